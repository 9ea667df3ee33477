#!/usr/bin/env bash
# Installs whatever the build or the tests need and is missing; fast when all is there.
# Sourced by scripts/serve.sh and scripts/test.sh. Every tool comes from a package registry:
# crates.io, npm or Debian. Nothing is downloaded from anywhere else.

TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Stop with a message that names exactly what to install.
need() {
  printf '\nMissing prerequisite: %s\n' "$1" >&2
  printf 'Install it, then run this command again: %s\n' "$2" >&2
  exit 1
}

# Runs a command as root: directly, or through passwordless sudo; fails otherwise.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    sudo "$@"
  else
    return 1
  fi
}

ensure_build_tools() {
  export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
  command -v cargo > /dev/null && command -v rustup > /dev/null \
    || need "the Rust toolchain (cargo and rustup)" "see https://rustup.rs"
  command -v node > /dev/null && command -v npm > /dev/null \
    || need "Node.js 20 or later, with npm" "sudo apt-get install nodejs npm"
  [ -n "$WASM_BINDGEN_VERSION" ] || need "a Cargo.lock that pins wasm-bindgen" "git checkout Cargo.lock"

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2> /dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing Trunk $TRUNK_VERSION from crates.io (about 7 minutes on 2 cores, once)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  if [ "$(wasm-bindgen --version 2> /dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes, once)"
    # Not --locked: one of its locked dependencies is missing from the registry mirror.
    cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
  fi
  # wasm-opt (binaryen), Sass, terser, the browser driver and axe-core come from npm, pinned in
  # package-lock.json.
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages (wasm-opt, Sass, terser, resvg and the DejaVu fonts, qrcode-generator, playwright-core, axe-core, pym.js, jsqr)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "Installing Debian's chromium and chromium-driver (about 30 seconds, once)"
    { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq chromium chromium-driver > /dev/null; } \
      || need "the Debian packages chromium and chromium-driver" \
        "sudo apt-get install chromium chromium-driver"
  fi
  export CHROMIUM=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver
}
