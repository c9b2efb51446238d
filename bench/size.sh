#!/usr/bin/env bash
# What the console downloads: the first load (page, styles, the client's main module and
# its loader) and each part fetched when an area is first opened, raw and gzip, against
# the 200 KB gzip budget of the first load; exits 1 over budget. --no-build measures
# dist/ as it is; --report prints the figures and never fails (the test command uses it
# while the first load is over budget: see ARCHITECTURE.md, "Client size").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/tools.sh"
cd "$ROOT"
ensure_build_tools
build=1
report=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --report) report=1 ;;
  esac
done
if [ "$build" = 1 ]; then
  trunk build --release >/dev/null
fi
BUDGET=$((200 * 1024))
row() { printf '%-58s %10d %10d\n' "$1" "$(stat -c %s "$2")" "$(gzip -9 -c "$2" | wc -c)"; }
gz() { gzip -9 -c "$1" | wc -c; }
pkg=$(ls -d dist/pkg-* | head -1)
printf '%-58s %10s %10s\n' "first load" raw gzip
first=0
for f in dist/index.html dist/*.css "$pkg/app.js" "$pkg/__wasm_split.js" "$pkg/app_bg.wasm"; do
  [ -f "$f" ] || continue
  row "${f#dist/}" "$f"
  first=$((first + $(gz "$f")))
done
echo
printf '%-58s %10s %10s\n' "fetched when first opened" raw gzip
later=0
for f in "$pkg"/*.wasm; do
  [ "$(basename "$f")" = app_bg.wasm ] && continue
  row "${f#dist/}" "$f"
  later=$((later + $(gz "$f")))
done
echo
awk -v gz="$first" -v later="$later" -v budget="$BUDGET" 'BEGIN {
  printf "first load %.1f KB gzip, %.0f%% of the 200 KB budget; parts %.1f KB more\n", gz / 1024, 100 * gz / budget, later / 1024 }'
# The widgets partners embed (EMB-1): each page's own download (its page, the shared
# stylesheet, its loader, its bindings and its wasm), against the 100 KB gzip goal.
WIDGET_GOAL=$((100 * 1024))
widgets_over=0
if [ -d dist/embed ]; then
  echo
  printf '%-58s %10s %10s\n' "widgets (EMB-1), each" raw gzip
  epkg=$(ls -d dist/embed/pkg-* | head -1)
  for w in organization_switcher members security profile; do
    total_raw=0
    total_gz=0
    for f in "dist/embed/$w.html" "$epkg/widget.css" "$epkg/$w-start.js" "$epkg/$w.js" "$epkg/${w}_bg.wasm"; do
      total_raw=$((total_raw + $(stat -c %s "$f")))
      total_gz=$((total_gz + $(gz "$f")))
    done
    printf '%-58s %10d %10d\n' "$w" "$total_raw" "$total_gz"
    awk -v gz="$total_gz" -v goal="$WIDGET_GOAL" -v w="$w" 'BEGIN { printf "  %s: %.1f KB gzip, %.0f%% of the 100 KB goal\n", w, gz / 1024, 100 * gz / goal }'
    [ "$total_gz" -gt "$WIDGET_GOAL" ] && widgets_over=1
  done
  printf '%-58s %10d %10d\n' "embed.js (the host page's snippet)" "$(stat -c %s dist/embed.js)" "$(gz dist/embed.js)"
fi
if [ "$widgets_over" = 1 ] && [ "$report" = 0 ]; then
  echo "a widget is over its 100 KB goal" >&2
  exit 1
fi
if [ "$first" -gt "$BUDGET" ] && [ "$report" = 0 ]; then
  echo "the first load is over budget" >&2
  exit 1
fi
