#!/usr/bin/env bash
# Does importing one JSON Lines file grow linearly with its lines? Imports a synthetic file of SMALL lines and
# one of LARGE lines (default 5,000 and 100,000), each into a fresh archive, and prints the time per item and the
# ratio (target: the large file's time per item at most 2x the small one's) with peak resident memory.
# Usage: scripts/import-scale.sh [SMALL] [LARGE]
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-5000}
large=${2:-100000}
cargo build --release --locked -q --bin sift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# N articles, one JSON object a line: varied titles, dates, sites and bodies in English, German and French,
# each body a few paragraphs from a small pseudo-random generator (so no two lines are the same).
gen() {
  python3 - "$1" <<'EOF'
import json, random, sys
n = int(sys.argv[1])
rnd = random.Random(7)
words = {
    "en": "the harbour council said that volunteers restored old lamp glass winter pier boats museum readers town weekly money north new".split(),
    "de": "der Hafen Rat sagte dass Freiwillige die alte Lampe Glas Winter Steg Boote Museum Leser Stadt Geld Norden neue".split(),
    "fr": "le port conseil a dit que les bénévoles ont restauré vieille lampe verre hiver jetée bateaux musée lecteurs ville".split(),
}
sites = ["harbour-news.example", "kuestenbote.example", "le-phare.example", "northern-times.example"]
out = sys.stdout
for i in range(n):
    lang = ("en", "de", "fr")[i % 3]
    w = words[lang]
    def sentence(k):
        s = " ".join(rnd.choice(w) for _ in range(k))
        return s[0].upper() + s[1:] + "."
    paras = ["\n".join(sentence(rnd.randint(10, 22)) for _ in range(3)) for _ in range(rnd.randint(3, 6))]
    rec = {
        "url": f"https://{sites[i % 4]}/{2020 + i % 6}/{i}",
        "title": f"{sentence(6)[:-1]} {i}",
        "date": f"{2020 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "author": f"Reporter {i % 97}",
        "language": lang,
        "text": "\n\n".join(paras),
    }
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
EOF
}

# Prints "wall_seconds max_rss_kb cpu_seconds" for the command given (CPU: user + system, which a loaded
# machine disturbs less than the wall clock).
measure() {
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %M %U %S' "$@" >/dev/null 2>&1
  awk '{ print $1, $2, $3 + $4 }' "$t"
  rm -f "$t"
}

gen "$small" >"$tmp/small.jsonl"
gen "$large" >"$tmp/large.jsonl"
read -r ws ms cs < <(measure target/release/sift import --archive "$tmp/a-small" "$tmp/small.jsonl")
read -r wl ml cl < <(measure target/release/sift import --archive "$tmp/a-large" "$tmp/large.jsonl")
ns=$(find "$tmp/a-small/records" -name '*.json' | wc -l)
nl=$(find "$tmp/a-large/records" -name '*.json' | wc -l)
awk -v s="$small" -v l="$large" -v ws="$ws" -v wl="$wl" -v ms="$ms" -v ml="$ml" -v cs="$cs" -v cl="$cl" -v ns="$ns" -v nl="$nl" \
  -v bs="$(stat -c %s "$tmp/small.jsonl")" -v bl="$(stat -c %s "$tmp/large.jsonl")" 'BEGIN {
  printf "%7d lines (%5.1f MB): %7.2f s  %6.3f ms/item  CPU %6.3f ms/item  peak %4d MB  (%d records)\n", s, bs / 1e6, ws, ws * 1000 / s, cs * 1000 / s, ms / 1024, ns
  printf "%7d lines (%5.1f MB): %7.2f s  %6.3f ms/item  CPU %6.3f ms/item  peak %4d MB  (%d records)\n", l, bl / 1e6, wl, wl * 1000 / l, cl * 1000 / l, ml / 1024, nl
  printf "time per item, large / small: %.2fx wall, %.2fx CPU (target <= 2x)\n", (wl / l) / (ws / s), (cl / l) / (cs / s)
}'
