#!/usr/bin/env bash
# The member list at 10,000 members under load (MEM-7): the release server on SQLite
# (or BENCH_DATABASE_URL), wrk at 64 connections. Figures, not a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/tools.sh
command -v wrk >/dev/null 2>&1 || { say "installing wrk (Debian)"; apt_install wrk; }
exec cargo bench -p server --bench member_list
