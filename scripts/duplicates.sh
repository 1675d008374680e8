#!/usr/bin/env bash
# Duplicates measured on the dev pages: every page of a set imported as HTML and again as its whole-page text
# dump, into one archive. Prints
#   - recall: the share of pages whose HTML record and text record are in one group (target >= 0.95);
#   - false groups: groups holding records of two different pages (target 0);
#   - the import's time with the duplicate check and without it (SIFT_NO_DUPLICATE_CHECK=1), release build,
#     best of RUNS runs each, and the slowdown (target <= 10%); also its CPU time (user + system).
# Usage: scripts/duplicates.sh [SET...]   (sets: wcxb readability snippets; default wcxb)
#        RUNS=2 by default; SIFT=path/to/sift to measure another build; OUT=DIR keeps the details there
#        (missed.tsv, false.tsv: ids, files and similarities of every missed page and false group).
# Recall and false groups are also given per set and per half (the page's domain hashed as scripts/halves.sh
# does), so a threshold tuned on one half is kept only when the other does not lose.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${DEVSET:-../shared/devset}
runs=${RUNS:-2}
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(wcxb)
if [ -z "${SIFT:-}" ]; then
  cargo build --release --locked --no-default-features -q
  SIFT=target/release/sift
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The inputs: per set its HTML pages and its text dumps (symbolic links, so nothing is copied).
mkdir -p "$tmp/in"
for s in "${sets[@]}"; do
  case $s in
    wcxb) html="$dev/wcxb/html"; text="$dev/wcxb-text" ;;
    snippets) html="$dev/snippets/pages"; text="$dev/snippets-text" ;;
    readability) html="$dev/readability"; text="$dev/readability-text" ;;
    *) echo "unknown set $s" >&2; exit 2 ;;
  esac
  if [ "$s" = readability ]; then
    # Only each page's source.html: its folder also holds Readability's expected output, the same article.
    for d in "$html"/*/; do
      mkdir -p "$tmp/in/$s-html/$(basename "$d")"
      ln -s "$(realpath "$d/source.html")" "$tmp/in/$s-html/$(basename "$d")/source.html"
    done
  else
    ln -s "$(realpath "$html")" "$tmp/in/$s-html"
  fi
  ln -s "$(realpath "$text")" "$tmp/in/$s-text"
done

import() { # $1 archive, rest: env; prints "wall cpu" seconds (cpu: user + system, every thread)
  local a=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$a.time" env "$@" "$SIFT" import --archive "$a" "$tmp/in" 2> "$a.log" || true
  tail -1 "$a.time" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}

# Wall time is what the target is about, but on a shared machine it follows the other loads; the CPU time
# (what the check adds in work, on every thread) is given beside it, and the load average before each run.
best_on=""; best_off=""; cpu_on=""; cpu_off=""
for r in $(seq "$runs"); do
  rm -rf "$tmp/on" "$tmp/off"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  read -r on con < <(import "$tmp/on" SIFT_TIMING=)
  read -r off coff < <(import "$tmp/off" SIFT_NO_DUPLICATE_CHECK=1)
  echo "run $r (load average $load): with check ${on}s (cpu ${con}s), without ${off}s (cpu ${coff}s)" >&2
  best_on=$(python3 -c "print(min(float('$on'), float('${best_on:-1e9}')))")
  best_off=$(python3 -c "print(min(float('$off'), float('${best_off:-1e9}')))")
  cpu_on=$(python3 -c "print(min(float('$con'), float('${cpu_on:-1e9}')))")
  cpu_off=$(python3 -c "print(min(float('$coff'), float('${cpu_off:-1e9}')))")
done
tail -1 "$tmp/on.log" >&2

"$SIFT" duplicates --json --archive "$tmp/on" > "$tmp/groups.jsonl" 2>/dev/null
"$SIFT" export --format jsonl --archive "$tmp/on" -o "$tmp/records.jsonl" 2>/dev/null

out=${OUT:-}
[ -n "$out" ] && mkdir -p "$out" && cp "$tmp/groups.jsonl" "$tmp/records.jsonl" "$tmp/on.log" "$out/"
python3 - "$tmp/groups.jsonl" "$tmp/records.jsonl" "$best_on" "$best_off" "$dev" "$out" "$cpu_on" "$cpu_off" <<'PY'
import json, os, re, sys
from collections import defaultdict
groups_path, records_path, on, off = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
dev, out = sys.argv[5], sys.argv[6]
cpu_on, cpu_off = float(sys.argv[7]), float(sys.argv[8])

def fnv1a64(b):
    h = 0xcbf29ce484222325
    for x in b:
        h = ((h ^ x) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def domain(s):
    """As src/eval/halves.rs: a URL's host without www., or a name without its trailing -N."""
    s = s.strip()
    if "://" in s:
        host = re.split(r"[/?#]", s.split("://", 1)[1])[0].rsplit("@", 1)[-1].split(":")[0].lower()
        return host[4:] if host.startswith("www.") else host
    t = s.rstrip("0123456789")
    if len(t) < len(s) and t[-1:] in ("-", "_") and len(t) > 1:
        return t[:-1].lower()
    return s.lower()

url_of = {}
try:
    for f in os.listdir(f"{dev}/wcxb/ground-truth"):
        url_of[("wcxb", f[:-5])] = json.load(open(f"{dev}/wcxb/ground-truth/{f}")).get("url") or f[:-5]
except OSError:
    pass
try:
    for u, v in json.load(open(f"{dev}/snippets/evaldata.json")).items():
        url_of[("snippets", re.sub(r"\.html?$", "", v["file"]))] = u
except OSError:
    pass

def half(p):
    return "AB"[fnv1a64(domain(url_of.get(p, p[1])).encode()) % 2]

def page(file):
    """The dev page a record came from: its set and its name without folders and extensions."""
    parts = file.split("/")
    top = next((p for p in parts if p.endswith("-html") or p.endswith("-text")), "")
    s = top.rsplit("-", 1)[0]
    f = parts[-1]
    if f == "source.html":  # readability: NAME/source.html
        f = parts[-2]
    f = re.sub(r"(\.html?|\.txt)?(\.gz)?$", "", f)
    return (s, f), top.endswith("-text")

kind = {}
pages = defaultdict(lambda: [0, 0])
recs = {}
for line in open(records_path):
    r = json.loads(line)
    p, is_text = page(r["source"]["file"])
    kind[r["id"]] = p
    pages[p][is_text] += 1
    recs[(p, is_text)] = r

def sketch_sim(a, b):
    """The page sketches' similarity, as sift estimates it (b-bit MinHash, corrected)."""
    a, b = a["source"].get("page_minhash"), b["source"].get("page_minhash")
    if not a or not b:
        return None
    m = sum(a[i:i + 2] == b[i:i + 2] for i in range(0, len(a), 2)) / (len(a) // 2)
    return round(max(0.0, (m - 1 / 256) / (1 - 1 / 256)), 2)

def body_jaccard(a, b):
    def sh(t):
        w = re.findall(r"\w+", t.lower())
        return set(zip(w, w[1:], w[2:]))
    x, y = sh(a["body"]), sh(b["body"])
    return round(len(x & y) / max(1, len(x | y)), 2)

group_of = {}
false_groups = []
why = defaultdict(int)
for line in open(groups_path):
    g = json.loads(line)
    ids = [g["original"]] + [m["id"] for m in g["duplicates"]]
    for m in g["duplicates"]:
        why[m["why"]] += 1
    names = {kind.get(i) for i in ids}
    if len(names) > 1:
        false_groups.append((g, names))
    for i in ids:
        group_of[i] = g["original"]

both = [p for p, (h, t) in pages.items() if h and t]
by_page = defaultdict(set)
for i, p in kind.items():
    by_page[p].add(group_of.get(i, i))
found = sum(1 for p in both if len(by_page[p]) == 1)
missed = [p for p in both if len(by_page[p]) > 1]
print(f"pages with both an HTML and a text record: {len(both)}")
print(f"recall: {found}/{len(both)} = {found / max(1, len(both)):.4f}")
print(f"false groups: {len(false_groups)}")
for s in sorted({p[0] for p in both}):
    for h in "AB":
        ps = [p for p in both if p[0] == s and half(p) == h]
        ok = sum(1 for p in ps if len(by_page[p]) == 1)
        fg = sum(1 for _, names in false_groups if any(n and n[0] == s and half(n) == h for n in names))
        print(f"  {s} half {h}: recall {ok}/{len(ps)} = {ok / max(1, len(ps)):.4f}, false groups touching it {fg}")
if out:
    with open(f"{out}/missed.tsv", "w") as f:
        f.write("set\tpage\thalf\thtml_id\ttext_id\tpage_sim\tbody_jaccard\thtml_words\ttext_words\n")
        for p in missed:
            a, b = recs[(p, False)], recs[(p, True)]
            f.write(f"{p[0]}\t{p[1]}\t{half(p)}\t{a['id']}\t{b['id']}\t{sketch_sim(a, b)}\t{body_jaccard(a, b)}"
                    f"\t{len(a['body'].split())}\t{len(b['body'].split())}\n")
    with open(f"{out}/false.tsv", "w") as f:
        for g, names in false_groups:
            f.write(json.dumps({"pages": sorted(map(list, filter(None, names))), "group": g}) + "\n")
for g, names in false_groups[:10]:
    print("  false:", sorted(n[1] for n in names if n), [(m['why'], m['similarity']) for m in g['duplicates']])
print("duplicates by why:", dict(why))
print("missed (first 15), page and body similarity:",
      [(p[1], sketch_sim(recs[(p, False)], recs[(p, True)]), body_jaccard(recs[(p, False)], recs[(p, True)]))
       for p in missed[:15]])
print(f"import: {on:.1f}s with the check, {off:.1f}s without: slowdown {100 * (on - off) / off:+.1f}% (best runs)")
print(f"import CPU: {cpu_on:.1f}s with the check, {cpu_off:.1f}s without: {100 * (cpu_on - cpu_off) / cpu_off:+.1f}% (best runs)")
PY
