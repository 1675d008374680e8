#!/usr/bin/env bash
# Builds a large archive through Sift's own import, for the benchmarks of issue 12: N synthetic whole-page text
# dumps (varied titles, dates, sites, bodies in English, German, French and Spanish, with the menus and footers a
# scraped page has), written in folders of 1,000, then `sift import`ed into ARCHIVE.
# Usage: scripts/gen-archive.sh [N] [ARCHIVE]   (default 100000, /tmp/sift-archive-N). Takes about 4 ms a record
# on a 2-core machine; an archive already holding N records is kept as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
archive=${2:-/tmp/sift-archive-$n}
if [ -d "$archive/records" ] && [ "$(find "$archive/records" -name '*.json' | wc -l)" -ge "$n" ]; then
  echo "$archive already holds $n records"
  exit 0
fi
cargo build --release --locked --no-default-features -q
dumps=$(mktemp -d)
trap 'rm -rf "$dumps"' EXIT

python3 - "$n" "$dumps" <<'EOF'
import os, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(12)
langs = {
    "en": ("the harbour council said that volunteers restored old lamp glass winter pier boats museum readers town "
           "weekly money north new library ferry school budget river bridge").split(),
    "de": ("der Hafen Rat sagte dass Freiwillige die alte Lampe Glas Winter Steg Boote Museum Leser Stadt Geld "
           "Norden neue Bibliothek Fähre Schule Haushalt Fluss Brücke").split(),
    "fr": ("le port conseil a dit que les bénévoles ont restauré vieille lampe verre hiver jetée bateaux musée "
           "lecteurs ville bibliothèque traversier école budget rivière pont").split(),
    "es": ("el puerto consejo dijo que los voluntarios restauraron vieja lámpara vidrio invierno muelle barcos museo "
           "lectores ciudad biblioteca transbordador escuela presupuesto río puente").split(),
}
months = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
sites = [("Westerby Gazette", "westerby-gazette.example"), ("Küstenbote", "kuestenbote.example"),
         ("Le Phare du Nord", "le-phare.example"), ("El Faro del Puerto", "elfaro.example"),
         ("Northern Times", "northern-times.example"), ("Hafenblatt", "hafenblatt.example")]
site_lang = ["en", "de", "fr", "es", "en", "de"]
for i in range(n):
    s = i % len(sites)
    name, domain = sites[s]
    lang = site_lang[s]
    w = langs[lang]
    def sentence(k):
        t = " ".join(rnd.choice(w) for _ in range(k))
        return t[0].upper() + t[1:] + "."
    year, month, day = 2015 + i % 11, 1 + (i // 7) % 12, 1 + (i // 3) % 28
    title = f"{sentence(rnd.randint(5, 9))[:-1]} ({i})"
    if lang == "en":
        date = f"{day} {months[lang][month - 1]} {year}"
    else:
        date = f"{day}. {months[lang][month - 1]} {year}" if lang == "de" else f"{day} {months[lang][month - 1]} {year}"
    paras = [" ".join(sentence(rnd.randint(10, 22)) for _ in range(rnd.randint(2, 4)))
             for _ in range(rnd.randint(3, 7))]
    page = "\n".join([
        f"{name}", "Home  News  Sport  Culture  Login", "", title, date, f"Reporter {i % 211}", "",
        "\n\n".join(paras), "", "Share this story", "Subscribe to our newsletter",
        f"© {year} {name} · {domain}",
    ])
    d = os.path.join(out, f"{i // 1000:04d}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(page + "\n")
EOF
start=$(date +%s.%N)
target/release/sift import --archive "$archive" "$dumps"
end=$(date +%s.%N)
echo "imported $n dumps into $archive in $(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b - a}') s"
