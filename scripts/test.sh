#!/usr/bin/env bash
# Runs the whole test suite: format and lint gates, domain unit and property tests, the server's HTTP tests on
# SQLite and (when TEST_DATABASE_URL is set) on PostgreSQL, then the browser tests in
# Chromium. Exits non-zero on the first failing suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
ensure_build_tools
ensure_browser_tools
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

say "format and lints (native and wasm32)"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --features csr --all-targets -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --features csr,split -- -D warnings
cargo clippy -p orga-widgets --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy -p domain --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p domain --target wasm32-unknown-unknown --features lazy_languages -- -D warnings

say "unit, property and HTTP tests (SQLite)"
env -u TEST_DATABASE_URL cargo test --workspace

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  say "HTTP tests against PostgreSQL ($TEST_DATABASE_URL)"
  cargo test -p server --test api
else
  say "TEST_DATABASE_URL is not set: PostgreSQL run skipped"
fi

say "browser tests (Playwright + Chromium)"
trunk build --release
bash bench/size.sh --no-build --report
cargo build -p server
ORGA_BIN="$TARGET_DIR/debug/orga" ORGA_DIST="$ROOT/dist" node --test --test-concurrency=1 e2e/
