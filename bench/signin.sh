#!/usr/bin/env bash
# Sign-in at the argon2 limit (issue 10, P4): H alone, then the release server under wrk
# at 32 connections; prints the ratios to the goals. Figures, not a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/tools.sh
command -v wrk >/dev/null 2>&1 || { say "installing wrk (Debian)"; apt_install wrk; }
exec cargo bench -p server --bench signin
