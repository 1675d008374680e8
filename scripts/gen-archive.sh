#!/usr/bin/env bash
# Builds a large archive through Sift's own import, for the benchmarks of issue 12 (scripts/bench-archive.sh)
# and for trying the window at that size: N synthetic whole-page text dumps from scripts/gen-pages.py (varied
# titles, dates, sites, bylines, bodies in English, German, French and Spanish, with the menus and footers a
# scraped page has; one body holds the word `zyxwquillon`), then `sift import`ed into ARCHIVE.
# Usage: scripts/gen-archive.sh [N] [ARCHIVE]   (default 100000, /tmp/sift-archive-N). An archive already
# holding N records is kept as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
archive=${2:-/tmp/sift-archive-$n}
if [ -d "$archive/records" ] && [ "$(find "$archive/records" -name '*.json' | wc -l)" -ge "$n" ]; then
  echo "$archive already holds $n records"
  exit 0
fi
cargo build --release --locked --no-default-features -q
dumps=$(mktemp -d)
trap 'rm -rf "$dumps"' EXIT
python3 scripts/gen-pages.py "$n" "$dumps"
start=$(date +%s.%N)
target/release/sift import --archive "$archive" "$dumps"
end=$(date +%s.%N)
echo "imported $n dumps into $archive in $(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b - a}') s"
