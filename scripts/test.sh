#!/usr/bin/env bash
# Installs what is missing, then runs every test layer in turn and stops at the first failure:
#   1. formatting and clippy (native and wasm32), no warnings allowed
#   2. native unit and integration tests (model, content, URL state)
#   3. component tests with wasm-bindgen-test in headless Chromium
#   4. a release build with Trunk, then end-to-end tests that drive it in headless Chromium,
#      including the first-load size budget
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
ensure_browser

started=$SECONDS
layer() { say "[$1/4] $2"; }
# Every runner's output is also kept here, to add up the counts at the end.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
exec > >(tee "$log") 2>&1

layer 1 "Formatting and lints"
cargo fmt --all --check
# Native code with the build machine's features (ssr, as the pre-render step builds it): the
# same compiled dependencies serve the lints, the native tests and the pre-render, where the
# default (csr) features would compile Leptos natively a second time.
cargo clippy --quiet --all-targets --no-default-features --features ssr -- -D warnings
cargo clippy --quiet --all-targets --target wasm32-unknown-unknown -- -D warnings

layer 2 "Native tests"
cargo test --quiet --no-default-features --features ssr

layer 3 "Component tests in headless Chromium (wasm-bindgen-test)"
# webdriver.json in this directory gives Chromium its headless flags.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}" \
  cargo test --target wasm32-unknown-unknown --test web

layer 4 "Release builds, then end-to-end tests and the size budget in headless Chromium"
# The build a reader gets locally (no public address: nothing for CMSs or social networks), and
# the build a newsroom publishes, with its public address and name (tests/e2e/publish.test.mjs),
# and the pseudo-locale's.
# Each translated edition first (every language in content/languages.toml but English), into
# <dist>-<code>/; the English build after it puts it in its folder (scripts/editions.mjs):
# dist/fa/, dist-publish/fa/. Each language's two builds run one after the other: the public
# address is read when the page is pre-rendered, so the second reuses the first's compiled
# code, where a change of language recompiles it.
translated=$(sed -n 's/^code = "\([a-z-]*\)"$/\1/p' content/languages.toml | grep -vx en)
for code in $translated; do
  EXPLAINER_LANG="$code" trunk build --release --dist "dist-$code"
  EXPLAINER_LANG="$code" EXPLAINER_PUBLIC_URL="https://news.example/interactives/iran-diplomacy/$code/" \
    EXPLAINER_PUBLISHER="News Example" \
    trunk build --release --dist "dist-publish-$code"
done
trunk build --release
EXPLAINER_PUBLIC_URL="https://news.example/interactives/iran-diplomacy/" \
  EXPLAINER_PUBLISHER="News Example" \
  trunk build --release --dist dist-publish
# The pseudo-locale (build/pseudo.rs): every content string transformed, so that a word left in
# code shows on the page (tests/e2e/pseudo.test.mjs).
EXPLAINER_PSEUDO=1 trunk build --release --dist dist-pseudo
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/

say "All test layers passed in $((SECONDS - started)) s"
# cargo prints "test result: ok. N passed; M failed", Node's spec reporter "ℹ pass N" / "ℹ fail M".
passed=$(grep -oE '(test result: ok\. [0-9]+ passed|ℹ pass [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{ n += $1 } END { print n + 0 }')
failed=$(grep -oE '([0-9]+ failed;|ℹ fail [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{ n += $1 } END { print n + 0 }')
echo "$passed passed, $failed failed"
