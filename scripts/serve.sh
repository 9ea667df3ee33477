#!/usr/bin/env bash
# Installs what is missing, then builds the explainer for release and serves it at
# http://127.0.0.1:8080 (rebuilding when a source file changes). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_build_tools
say "Serving a release build at http://127.0.0.1:8080/"
exec trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload "$@"
