#!/usr/bin/env bash
# Starts the console for development: builds the client and the server, then serves on
# http://127.0.0.1:8080 with an embedded SQLite database under ./data (demo data on the
# first start only). Ctrl-C stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
ensure_build_tools
say "building the client (trunk, release)"
trunk build --release
say "building the server"
cargo build --release -p server
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
exec "$TARGET_DIR/release/orga" serve --dev --seed-demo \
  --database-url "${ORGA_DEV_DATABASE_URL:-sqlite://data/orga.db}" \
  --bind "${ORGA_BIND:-127.0.0.1:8080}" --dist "$ROOT/dist" \
  --partner-demo "${ORGA_PARTNER_DEMO:-127.0.0.1:8081}"
