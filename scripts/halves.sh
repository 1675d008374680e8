#!/usr/bin/env bash
# Scores Sift on every dev set beside ../shared, each set also split in two halves by a hash of the page's
# domain (64-bit FNV-1a of the URL's host without www.; even hash -> half A, odd -> B; see src/eval/halves.rs),
# with trafilatura's output beside it on the same pages and halves when it has been made.
# A rule or threshold is tuned on one half and kept only when the other half does not lose.
# Usage: scripts/halves.sh [OUT_DIR] [--peers]
#   OUT_DIR   where the JSON lines are kept (default /tmp/sift-eval, shared with scripts/eval.sh)
#   --peers   also run trafilatura where its output is missing (slow: ~20 min for wcxb on one core; needs
#             ../shared/eval/setup-peers.sh, venv in /tmp/sift-peers)
set -euo pipefail
cd "$(dirname "$0")/.."
out=/tmp/sift-eval; peers=0
for a in "$@"; do
  case $a in
    --peers) peers=1 ;;
    *) out=$a ;;
  esac
done
shared=${SIFT_SHARED:-../shared}
dev=$shared/devset
peer=/tmp/sift-peers/bin/python
mkdir -p "$out"
cargo build --release --locked --no-default-features -q
sift=target/release/sift

traf() { # NAME PAGES: trafilatura's JSON lines for a set, made once
  local f="$out/traf-$1.jsonl"
  if [ ! -s "$f" ] && [ "$peers" = 1 ] && [ -x "$peer" ]; then
    "$peer" "$shared/eval/run_peer.py" trafilatura "$2" > "$f" 2>/dev/null
  fi
  [ -s "$f" ] && echo "$f"
  return 0
}

run() { # LABEL TRUTH PAGES [PEER_JSONL]
  echo "== $1"
  local extra=()
  [ -n "${4:-}" ] && extra=(--jsonl "$4")
  "$sift" eval --halves --worst 0 --truth "$2" "$3" "${extra[@]}" 2>/dev/null
}

run "snippets (HTML)" "$dev/snippets/evaldata.json" "$dev/snippets/pages" "$(traf snippets "$dev/snippets/pages")"
run "readability (HTML)" "$dev/readability/ground-truth.json" "$dev/readability" "$(traf readability "$dev/readability")"
run "wcxb (HTML)" "$dev/wcxb/ground-truth" "$dev/wcxb/html" "$(traf wcxb "$dev/wcxb/html")"
run "snippets-text (dumps)" "$dev/snippets/evaldata.json" "$dev/snippets-text"
run "readability-text (dumps)" "$dev/readability/ground-truth.json" "$dev/readability-text"
run "wcxb-text (dumps)" "$dev/wcxb/ground-truth" "$dev/wcxb-text"
