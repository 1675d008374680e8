#!/usr/bin/env bash
# Whole-process speed of `sift extract` against trafilatura on the same pages, one thread each, in one run.
# Usage: scripts/speed.sh [PAGES_DIR]   (default ../shared/devset/snippets/pages; peers venv from
# ../shared/eval/setup-peers.sh in /tmp/sift-peers). Prints wall and CPU seconds, pages per second and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SIFT_SHARED:-../shared}
pages=${1:-$shared/devset/snippets/pages}
peer=/tmp/sift-peers/bin/python
cargo build --release --locked --no-default-features -q
n=$(find "$pages" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.html.gz' -o -name '*.txt' \) | wc -l)

# Prints "wall cpu" in seconds for the command given.
measure() {
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$t"
  rm -f "$t"
}

read -r s_wall s_cpu < <(RAYON_NUM_THREADS=1 measure target/release/sift extract --jsonl "$pages")
read -r t_wall t_cpu < <(measure "$peer" "$shared/eval/run_peer.py" trafilatura "$pages")
awk -v n="$n" -v sw="$s_wall" -v sc="$s_cpu" -v tw="$t_wall" -v tc="$t_cpu" 'BEGIN {
  printf "%d pages, one thread each, whole process (start-up, reading, extraction, JSON out)\n", n
  printf "sift extract --jsonl      wall %6.2f s  cpu %6.2f s  %6.0f pages/s (cpu)\n", sw, sc, n / sc
  printf "run_peer.py trafilatura   wall %6.2f s  cpu %6.2f s  %6.0f pages/s (cpu)\n", tw, tc, n / tc
  printf "ratio: %.1fx by CPU time, %.1fx by wall clock\n", tc / sc, tw / sw
}'

# `sift import` on all cores against one: each into a fresh archive (extraction in parallel, writes one at a time).
cores=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
read -r i1_wall i1_cpu < <(RAYON_NUM_THREADS=1 measure target/release/sift import --archive "$tmp/one" "$pages")
read -r in_wall in_cpu < <(RAYON_NUM_THREADS="$cores" measure target/release/sift import --archive "$tmp/all" "$pages")
awk -v n="$n" -v c="$cores" -v w1="$i1_wall" -v wn="$in_wall" 'BEGIN {
  printf "sift import, 1 thread      wall %6.2f s  %6.0f pages/s\n", w1, n / w1
  printf "sift import, %d threads     wall %6.2f s  %6.0f pages/s  (%.2fx)\n", c, wn, n / wn, w1 / wn
}'
