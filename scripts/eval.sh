#!/usr/bin/env bash
# Scores Sift's extraction on the dev pages beside ../shared, with trafilatura side by side (by halves of each set:
# scripts/halves.sh).
# Usage: scripts/eval.sh [OUT_DIR]   (needs ../shared; peers from ../shared/eval/setup-peers.sh in /tmp/sift-peers)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SIFT_SHARED:-../shared}
out=${1:-/tmp/sift-eval}
mkdir -p "$out"
cargo build --release --locked --no-default-features -q
sift=target/release/sift
dev=$shared/devset
score=$shared/eval/score.py
peer=/tmp/sift-peers/bin/python

"$sift" extract --jsonl "$dev/snippets/pages" > "$out/sift-snippets.jsonl" 2>/dev/null || true
"$sift" extract --jsonl "$dev/readability" > "$out/sift-readability.jsonl" 2>/dev/null || true
"$sift" extract --jsonl "$dev/snippets-text" > "$out/sift-snippets-text.jsonl" 2>/dev/null || true
"$sift" extract --jsonl "$dev/readability-text" > "$out/sift-readability-text.jsonl" 2>/dev/null || true
"$sift" extract --jsonl "$dev/wcxb/html" > "$out/sift-wcxb.jsonl" 2>/dev/null || true
"$sift" extract --jsonl "$dev/wcxb-text" > "$out/sift-wcxb-text.jsonl" 2>/dev/null || true
if [ -x "$peer" ] && [ ! -s "$out/traf-snippets.jsonl" ]; then
  "$peer" "$shared/eval/run_peer.py" trafilatura "$dev/snippets/pages" > "$out/traf-snippets.jsonl" 2>/dev/null
  "$peer" "$shared/eval/run_peer.py" trafilatura "$dev/readability" > "$out/traf-readability.jsonl" 2>/dev/null
fi
if [ -x "$peer" ] && [ ! -s "$out/traf-wcxb.jsonl" ]; then
  "$peer" "$shared/eval/run_peer.py" trafilatura "$dev/wcxb/html" > "$out/traf-wcxb.jsonl" 2>/dev/null
fi
traf_s=(); traf_r=(); traf_w=()
[ -s "$out/traf-snippets.jsonl" ] && traf_s=("$out/traf-snippets.jsonl") && traf_r=("$out/traf-readability.jsonl")
[ -s "$out/traf-wcxb.jsonl" ] && traf_w=("$out/traf-wcxb.jsonl")
echo "== snippets (HTML)";        python3 "$score" snippets "$dev/snippets/evaldata.json" "$out/sift-snippets.jsonl" "${traf_s[@]}"
echo "== readability (HTML)";     python3 "$score" aeb "$dev/readability/ground-truth.json" "$out/sift-readability.jsonl" "${traf_r[@]}"
echo "== snippets-text (dumps)";  python3 "$score" snippets "$dev/snippets/evaldata.json" "$out/sift-snippets-text.jsonl"
echo "== readability-text (dumps)"; python3 "$score" aeb "$dev/readability/ground-truth.json" "$out/sift-readability-text.jsonl"
echo "== wcxb (HTML)";            python3 "$score" wcxb "$dev/wcxb/ground-truth" "$out/sift-wcxb.jsonl" "${traf_w[@]}"
echo "== wcxb-text (dumps)";      python3 "$score" wcxb "$dev/wcxb/ground-truth" "$out/sift-wcxb-text.jsonl"
