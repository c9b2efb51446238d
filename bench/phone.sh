#!/usr/bin/env bash
# Time to member rows on a throttled phone (see phone.mjs): builds the release client and
# server, then prints cold and warm figures against the 1.5 s goal.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/tools.sh"
cd "$ROOT"
ensure_build_tools
ensure_browser_tools
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
if [ "${1:-}" != "--no-build" ]; then
  trunk build --release >/dev/null
  cargo build --release -p server
fi
ORGA_BIN="$TARGET_DIR/release/orga" ORGA_DIST="$ROOT/dist" node bench/phone.mjs
