#!/usr/bin/env bash
# Concurrent role changes in one organization (issue 10, P6): wrk at 32 connections, the
# invariant checked afterwards. Figures, not a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/tools.sh
command -v wrk >/dev/null 2>&1 || { say "installing wrk (Debian)"; apt_install wrk; }
exec cargo bench -p server --bench role_changes
