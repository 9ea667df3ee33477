#!/usr/bin/env bash
# Measures what docs/BENCHMARK.md records. Timings are reported, never asserted.
#   scripts/bench.sh            build times (cold and warm) and first-load sizes
#   scripts/bench.sh --install  also times installing Trunk and wasm-bindgen-cli from scratch
#                               (into a throwaway folder; about 10 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
ensure_browser

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
seconds() { local t0=$SECONDS; "$@" > "$scratch/log" 2>&1 || { cat "$scratch/log"; exit 1; }; echo $((SECONDS - t0)); }

if [ "${1:-}" = "--install" ]; then
  say "Timing tool installs from crates.io (throwaway root: $scratch/tools)"
  echo "trunk $TRUNK_VERSION: $(seconds cargo install --locked --root "$scratch/tools" "trunk@$TRUNK_VERSION") s"
  echo "wasm-bindgen-cli $WASM_BINDGEN_VERSION: $(seconds cargo install --root "$scratch/tools" "wasm-bindgen-cli@$WASM_BINDGEN_VERSION") s"
fi

say "Timing release builds"
echo "cold release build (empty target folder): $(CARGO_TARGET_DIR="$scratch/target" seconds trunk build --release --dist "$scratch/dist") s"
trunk build --release > /dev/null 2>&1
touch src/lib.rs
echo "warm release build (one source file changed): $(seconds trunk build --release) s"

say "First-load sizes (what the browser fetches, compressed as a static host serves it)"
node scripts/bench.mjs
