#!/usr/bin/env bash
# Installs what is missing, then builds the explainer for release and serves it at
# http://127.0.0.1:8080 (rebuilding when a source file changes). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
# The translated editions (every language in content/languages.toml but English), built once
# here; each English build that `trunk serve` makes puts them in their folders, dist/fa/ for
# Persian (scripts/editions.mjs).
for code in $(sed -n 's/^code = "\([a-z-]*\)"$/\1/p' content/languages.toml | grep -vx en); do
  say "Building the $code edition (served at /$code/)"
  EXPLAINER_LANG="$code" trunk build --release --dist "dist-$code"
done
say "Serving a release build at http://127.0.0.1:8080/ (each translated edition in its folder)"
exec trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload "$@"
