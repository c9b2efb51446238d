#!/usr/bin/env bash
# PostgreSQL at scale (issue 10, P7): seeds 1,000,000 users into the database orga_scale
# (created when missing; BENCH_DATABASE_URL names another), then measures the member list
# of a 100,000-member organization. Figures, not a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/tools.sh
command -v wrk >/dev/null 2>&1 || { say "installing wrk (Debian)"; apt_install wrk; }
if [ -z "${BENCH_DATABASE_URL:-}" ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'orga_scale'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE orga_scale"
  export BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/orga_scale
fi
exec cargo bench -p server --bench scale
