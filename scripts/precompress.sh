#!/usr/bin/env sh
# Trunk's post-build hook: every text asset of the client is compressed once, at build
# time, at the highest levels (brotli 11, gzip 9); the server sends the .br or .gz file
# the browser accepts instead of compressing on each request.
set -eu
dir="${1:?usage: precompress.sh DIST_DIR}"
find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \) |
  while read -r f; do
    gzip -9 -k -f -n "$f"
    brotli -q 11 -f -k "$f"
  done
