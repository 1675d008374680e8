#!/usr/bin/env bash
# Builds a large archive through Sift's own import of synthetic text dumps (scripts/gen-pages.py), for the
# archive benchmarks (scripts/bench-archive.sh) and for trying the window at that size.
# Usage: scripts/gen-archive.sh [N=100000] [DIR=/tmp/sift-big]   (release build; N pages; DIR/archive)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
dir=${2:-/tmp/sift-big}
cargo build --release --locked -q
mkdir -p "$dir"
if [ ! -d "$dir/pages" ]; then
  echo "gen-archive: writing $n pages to $dir/pages" >&2
  python3 scripts/gen-pages.py "$n" "$dir/pages"
fi
echo "gen-archive: importing into $dir/archive" >&2
/usr/bin/time -f "gen-archive: import took %e s, peak %M KB" target/release/sift import --archive "$dir/archive" "$dir/pages"
