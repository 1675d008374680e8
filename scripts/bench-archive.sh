#!/usr/bin/env bash
# The archive at scale (issue 12), whole processes on a release build: `sift list`, `sift search` for a word only
# one body holds, export to JSONL (time and peak memory), the index rebuilt from the files, and importing 100 new
# pages into the big archive against into an empty one. Then the in-process query bench (benches/search.rs).
# Usage: scripts/bench-archive.sh [ARCHIVE]   (default /tmp/sift-archive-100000; make it with gen-archive.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-/tmp/sift-archive-100000}
cargo build --release --locked -q --bins --features bench-tools
sift=target/release/sift
t() { /usr/bin/time -f "  %e s wall, %U s user, peak %M KB" "$@"; }
echo "records: $(find "$archive/records" -name '*.json' | wc -l)"
$sift list --archive "$archive" >/dev/null 2>&1   # warm the cache and bring the index in step
for i in 1 2 3; do echo "sift list (warm), run $i"; t $sift list --archive "$archive" >/dev/null 2>/tmp/bench-list.err; tail -1 /tmp/bench-list.err; done
for i in 1 2 3; do echo "sift search zyxwquillon, run $i"; t $sift search --archive "$archive" zyxwquillon 2>&1 >/dev/null | tail -2; done
echo "sift export --format jsonl"
t $sift export --archive "$archive" --format jsonl -o /tmp/bench-export.jsonl 2>&1 | tail -2
ls -la /tmp/bench-export.jsonl | awk '{print "  " $5 " bytes"}'; rm -f /tmp/bench-export.jsonl
echo "sift reindex"
t $sift reindex --archive "$archive" 2>&1 | tail -2
pages=$(mktemp -d); empty=$(mktemp -d)
trap 'rm -rf "$pages" "$empty"' EXIT
python3 scripts/gen-pages.py 100 "$pages" --start 900000 --seed "$RANDOM"  # new pages each run
echo "import 100 new pages into the big archive"
t $sift import --archive "$archive" "$pages" 2>&1 | tail -2
echo "import the same 100 pages into an empty archive"
t $sift import --archive "$empty/a" "$pages" 2>&1 | tail -2
echo "in-process queries"
SIFT_BENCH_ARCHIVE="$archive" target/release/sift-bench-search | grep -v '^$'
