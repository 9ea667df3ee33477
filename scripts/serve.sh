#!/usr/bin/env bash
# Installs what is missing, then builds the explainer for release and serves it at
# http://127.0.0.1:8080 (rebuilding when a source file changes). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
# The Persian edition (content/languages.toml), built once here; each English build that
# `trunk serve` makes puts it in dist/fa/ (scripts/editions.mjs).
say "Building the Persian edition (served at /fa/)"
EXPLAINER_LANG=fa trunk build --release --dist dist-fa
say "Serving a release build at http://127.0.0.1:8080/ (Persian at /fa/)"
exec trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload "$@"
