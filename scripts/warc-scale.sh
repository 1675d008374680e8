#!/usr/bin/env bash
# Measures the streaming import: writes a big WARC.gz from the dev pages (scripts/make-warc.py), imports it into
# a fresh archive with `/usr/bin/time -v`, prints peak RSS and wall time, then deletes the WARC and the archive.
#
# Usage: scripts/warc-scale.sh [MB] [DEVSET]   (default 1024 MB from ../shared/devset; needs about 3x MB free)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1024}
devset=${2:-../shared/devset}
nice -n 19 cargo build --release --no-default-features --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/make-warc.py "$tmp/big.warc.gz" --mb "$mb" --devset "$devset"
/usr/bin/time -v target/release/sift import --archive "$tmp/archive" "$tmp/big.warc.gz" 2> "$tmp/time.txt" || true
grep -E "^sift:|Maximum resident|Elapsed|User time|System time" "$tmp/time.txt"
