# Installs what the build and the tests need when it is missing; sourced by start.sh,
# test.sh and bench/size.sh. Every step checks the version first, so a second run is
# quick. Only package registries are used (crates.io, npm, Debian).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  if [ -z "${ORGA_APT_UPDATED:-}" ]; then apt-get update -qq; export ORGA_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_node() {
  command -v npm >/dev/null 2>&1 || { say "installing Node.js and npm"; apt_install nodejs npm; }
}

# rust-toolchain.toml names the toolchain; when the machine's stable is that version
# under another name, link it rather than download it (these machines are offline).
ensure_pinned_toolchain() {
  local pinned
  pinned=$(sed -n 's/^channel = "\(.*\)"/\1/p' "$ROOT/rust-toolchain.toml")
  if ! rustup toolchain list | grep -q "^$pinned"; then
    if rustc +stable --version 2>/dev/null | grep -q "^rustc $pinned "; then
      # rustup refuses a custom toolchain named like a release: name the folder itself.
      local host sysroot
      host=$(rustc +stable -vV | sed -n 's/^host: //p')
      sysroot=$(rustc +stable --print sysroot)
      say "linking the stable toolchain ($sysroot) as $pinned"
      ln -sfn "$sysroot" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$pinned-$host"
    else
      say "installing Rust $pinned"
      rustup toolchain install "$pinned" --profile minimal --component clippy,rustfmt
    fi
  fi
}

ensure_build_tools() {
  command -v cargo >/dev/null 2>&1 || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }
  ensure_pinned_toolchain
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (takes about 10 minutes once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  # The CLI must be exactly the wasm-bindgen of Cargo.lock, or trunk tries to download one.
  local wbg
  wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg$"; then
    say "installing wasm-bindgen-cli $wbg"
    cargo install wasm-bindgen-cli --version "$wbg"
  fi
  # The client build precompresses its assets with brotli (a Trunk hook).
  command -v brotli >/dev/null 2>&1 || { say "installing brotli (Debian)"; apt_install brotli; }
  # Debian's binaryen (wasm-opt 108) produces a client that does not start: use npm's.
  if ! wasm-opt --version 2>/dev/null | grep -q "version_${BINARYEN_VERSION%%.*}"; then
    ensure_node
    say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
    mkdir -p "$ROOT/.tools"
    npm install --prefix "$ROOT/.tools" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  fi
}

ensure_browser_tools() {
  ensure_node
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Chromium (Debian)"
    apt_install chromium chromium-driver
  fi
  if [ ! -d "$ROOT/e2e/node_modules/playwright-core" ]; then
    say "installing Playwright (playwright-core from npm)"
    (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --silent)
  fi
}
