#!/usr/bin/env bash
# The CSV export opened by a spreadsheet: records in seven scripts (our own fixtures) and two records of formula
# attacks are exported as CSV, LibreOffice converts the file to .xlsx headless, and the workbook is read back.
# Passes when every title is intact in its row, the header and row count match, and no cell became a formula.
# Installs LibreOffice Calc when missing.
# The import options are comma, double quote, character set left to LibreOffice's detection, from row 1
# (`CSV:44,34,,1`), as its import dialog does. With no options at all, a headless conversion (LibreOffice 7.4)
# reads any CSV in the 8-bit system code page, byte-order mark or not. A cell `=1+1` without the guard becomes a
# formula in this conversion (seen with LibreOffice 7.4), which is what the leading `'` prevents.
# Usage: scripts/csv-libreoffice.sh   (SIFT=path/to/sift to use another build)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "csv-libreoffice: installing libreoffice-calc-nogui" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
if [ -z "${SIFT:-}" ]; then
  cargo build --locked -q --no-default-features
  SIFT=target/debug/sift
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/in"
cp tests/fixtures/archive/mixed/* tests/fixtures/input/{el_iso88597_meta.html,ja_shiftjis_http_equiv.html,pl_iso88592_xml_prolog.xhtml,zh_gbk_meta.html,ru_windows1251_undeclared.txt} "$tmp/in/"
python3 - "$tmp/in/attacks.jsonl" <<'PY'
import json, sys
items = [
    {"url": "https://attack.example/1", "title": "=HYPERLINK(\"http://evil.example\",\"click\")",
     "author": "+cmd|' /C calc'!A0", "text": "-2+3 starts this body.\n\nA second paragraph of the item."},
    {"url": "https://attack.example/2", "title": "@SUM(1+1) и ещё «кавычки», запятые",
     "text": "=1+1\n\nThe body of the second item goes on for a while."},
]
with open(sys.argv[1], "w") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
PY
"$SIFT" import --archive "$tmp/a" "$tmp/in" 2> "$tmp/import.log" || { cat "$tmp/import.log" >&2; exit 1; }
"$SIFT" export --archive "$tmp/a" --format jsonl --fields id,title,authors -o "$tmp/records.jsonl" 2>/dev/null
"$SIFT" export --archive "$tmp/a" --format csv -o "$tmp/records.csv" 2>/dev/null
(cd "$tmp" && HOME="$tmp" soffice --headless --infilter="CSV:44,34,,1" --convert-to xlsx records.csv > soffice.log 2>&1) || { cat "$tmp/soffice.log" >&2; exit 1; }

python3 - "$tmp/records.jsonl" "$tmp/records.xlsx" <<'PY'
import json, re, sys, zipfile
from xml.etree import ElementTree as ET
records = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(sys.argv[2])
shared = []
if "xl/sharedStrings.xml" in z.namelist():
    for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
        shared.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
rows = []
formulas = 0
for row in sheet.iter("{%s}row" % ns["m"]):
    cells = []
    for c in row.findall("m:c", ns):
        if c.find("m:f", ns) is not None:
            formulas += 1
        v = c.find("m:v", ns)
        is_ = c.find("m:is", ns)
        if c.get("t") == "s" and v is not None:
            cells.append(shared[int(v.text)])
        elif is_ is not None:
            cells.append("".join(t.text or "" for t in is_.iter("{%s}t" % ns["m"])))
        else:
            cells.append(v.text if v is not None else "")
    rows.append(cells)
head = rows[0]
problems = []
if len(rows) != len(records) + 1:
    problems.append(f"{len(rows) - 1} rows for {len(records)} records")
ti, ii = head.index("title"), head.index("id")
by_id = {r[ii]: r for r in rows[1:] if len(r) > ii}
for rec in records:
    row = by_id.get(rec["id"])
    want = rec.get("title") or ""
    if want[:1] in ("=", "+", "-", "@"):
        want = "'" + want
    if row is None:
        problems.append(f"no row for {rec['id']}")
    elif row[ti] != want:
        problems.append(f"{rec['id']}: title {row[ti]!r}, want {want!r}")
if formulas:
    problems.append(f"{formulas} cells became formulas")
scripts = sorted({s for r in records for s, rx in [("Cyrillic", "[а-я]"), ("Greek", "[α-ω]"), ("CJK", "[\u4e00-\u9fff]"),
                  ("Kana", "[\u3040-\u30ff]"), ("Polish", "[ąęłńśźż]"), ("German", "[äöüß]"), ("French", "[éèàç]")]
                  if re.search(rx, (r.get("title") or "").lower())})
print(f"csv-libreoffice: {len(records)} records, {len(rows) - 1} rows, scripts in titles: {', '.join(scripts)}; "
      f"formulas: {formulas}")
for p in problems:
    print("csv-libreoffice: FAIL", p)
sys.exit(1 if problems else 0)
PY
