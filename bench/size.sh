#!/usr/bin/env bash
# Initial-load size of the console: builds the release client and prints what a first
# visit downloads (html, js, wasm, css), raw and gzip, against the 200 KB gzip budget.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/tools.sh"
cd "$ROOT"
ensure_build_tools
if [ "${1:-}" != "--no-build" ]; then
  trunk build --release >/dev/null
fi
BUDGET=$((200 * 1024))
printf '%-40s %10s %10s\n' file raw gzip
total_raw=0
total_gz=0
for f in dist/index.html dist/*.js dist/*.wasm dist/*.css; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' total "$total_raw" "$total_gz"
awk -v gz="$total_gz" -v budget="$BUDGET" 'BEGIN { printf "gzip total is %.1f KB, %.0f%% of the 200 KB budget\n", gz / 1024, 100 * gz / budget }'
