#!/usr/bin/env bash
# Tests the README's GNU parallel recipe: `sift extract --jsonl -` as the map step over WARC shards.
#
# Writes a few small WARC shards of synthetic pages (gzip'd one member a record, with requests and a 404
# between the pages), runs the recipe over them with GNU parallel (installed with apt when missing), and checks
# that every page came out once, with its url, and nothing failed; then that the output matches a plain
# `sift extract` over the same files, record for record (but for `source.file`).
#
# Usage: scripts/parallel-warc.sh [SHARDS] [PAGES_PER_SHARD]   (SIFT=path/to/sift to use a built binary)
set -euo pipefail
cd "$(dirname "$0")/.."
shards=${1:-4}
per=${2:-25}

if ! command -v parallel >/dev/null; then
    echo "installing GNU parallel" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq parallel >/dev/null
fi
if [ -z "${SIFT:-}" ]; then
    nice -n 19 cargo build --release --no-default-features --quiet
    SIFT=$PWD/target/release/sift
fi
export SIFT

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/crawl" "$work/out"

python3 - "$work/crawl" "$shards" "$per" <<'EOF'
import gzip, sys
out, shards, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
towns = ["Port Ellery", "Karsby", "Lindholm", "Saint-Aubin", "Vilanova", "Oakridge"]
def record(kind, uri, rid, block, ctype):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2025-03-12T10:15:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n")
    return gzip.compress(head.encode() + block + b"\r\n\r\n")
def http(status, body):
    return f"HTTP/1.1 {status} X\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".encode() + body
for s in range(shards):
    with open(f"{out}/shard-{s:03d}.warc.gz", "wb") as f:
        for i in range(per):
            n = s * per + i
            town = towns[n % len(towns)]
            uri = f"https://gazette.example/{s}/{i}"
            page = (f"<html><head><title>{town} council story {n}</title></head><body><nav>Home | News</nav>"
                    f"<article><h1>{town} council story {n}</h1><p>The council of {town} met on Tuesday "
                    f"evening and agreed item {n} of its plan for the harbour after a long debate.</p>"
                    f"<p>Work starts in spring, the mayor said, and the quay stays open meanwhile.</p>"
                    f"</article></body></html>").encode()
            f.write(record("request", uri, f"q{n}", b"GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request"))
            f.write(record("response", uri, f"p{n}", http(200, page), "application/http; msgtype=response"))
            if i % 5 == 0:
                f.write(record("response", uri + "/x", f"e{n}", http(404, b"gone"),
                               "application/http; msgtype=response"))
EOF

# The recipe (README, "Pipes"): one sift per shard, shards streamed in on stdin, output kept in shard order.
find "$work/crawl" -name '*.warc.gz' | sort |
    parallel -j2 --keep-order 'nice -n 19 "$SIFT" extract --jsonl - < {}' > "$work/out/records.jsonl" \
    2> "$work/out/summaries.txt"

want=$((shards * per))
got=$(wc -l < "$work/out/records.jsonl")
errors=$(grep -c '"error"' "$work/out/records.jsonl" || true)
urls=$(python3 -c 'import json,sys; print(len({json.loads(l)["url"] for l in open(sys.argv[1])}))' \
    "$work/out/records.jsonl")
echo "parallel recipe: $got records from $shards shards ($want pages written), $urls distinct urls, $errors errors"
[ "$got" -eq "$want" ] && [ "$urls" -eq "$want" ] && [ "$errors" -eq 0 ] || {
    cat "$work/out/summaries.txt" >&2
    echo "FAIL: the recipe lost or broke records" >&2
    exit 1
}
grep -q "skipped" "$work/out/summaries.txt" || { echo "FAIL: no skip counts on stderr" >&2; exit 1; }

# The same records as one plain run over the files, but for source.file (`-#N` against `PATH#N`).
nice -n 19 "$SIFT" extract --jsonl "$work/crawl" > "$work/out/direct.jsonl" 2>/dev/null
python3 - "$work/out/records.jsonl" "$work/out/direct.jsonl" <<'EOF'
import json, sys
def load(p):
    out = []
    for l in open(p):
        r = json.loads(l)
        for k in ("file", "imported_at"):
            r["source"].pop(k, None)
        r["source"].get("warc", {}).pop("file", None)
        out.append(json.dumps(r, sort_keys=True))
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
if a != b:
    diff = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y) if len(a) == len(b) else "lengths"
    sys.exit(f"FAIL: piped and direct records differ (first at {diff})")
print(f"piped output equals a direct sift extract: {len(a)} records")
EOF
echo "OK"
