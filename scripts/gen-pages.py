#!/usr/bin/env python3
"""Writes N synthetic whole-page text dumps (menu, headline, date line, byline, body, footer) for building and
benchmarking large archives through Sift's own import: `scripts/gen-archive.sh` uses it.

Titles, sites, dates (2015-2025) and bodies vary, in English, German, French and Spanish; every page is distinct.
Exactly one page (number N/2) has the word `zyxwquillon` in its body and nowhere else, for timing a search
that must find one record. Pages go in folders of 1,000 so no folder grows huge.

Usage: scripts/gen-pages.py N OUTDIR [--seed S] [--start K]
"""

import argparse
import os
import random

LANGS = {
    "en": {
        "words": "harbour council river bridge school market library station energy water housing budget "
        "museum festival garden hospital railway tunnel forest coast village mayor engineers residents "
        "survey report plan vote project summer winter morning evening region city museum archive".split(),
        "verbs": "approves opens delays rejects announces expands closes restores plans reviews".split(),
        "filler": "the of and to in a for on with that after before during from by".split(),
        "months": "January February March April May June July August September October November December".split(),
        "date": lambda d, m, y, months: f"{months[m - 1]} {d}, {y}",
        "by": "By",
        "menu": ["Home", "News", "Sport", "Business", "Culture", "Subscribe"],
        "footer": ["Share on Facebook", "Share on X", "Related articles", "Privacy policy", "Contact us"],
    },
    "de": {
        "words": "Hafen Rat Fluss Brücke Schule Markt Bibliothek Bahnhof Energie Wasser Wohnungen Haushalt "
        "Museum Fest Garten Krankenhaus Bahn Tunnel Wald Küste Dorf Bürgermeister Ingenieure Anwohner "
        "Gutachten Bericht Plan Abstimmung Projekt Sommer Winter Morgen Abend Region Stadt Archiv".split(),
        "verbs": "genehmigt eröffnet verschiebt lehnt ab kündigt an erweitert schließt saniert plant prüft".split(),
        "filler": "der die das und zu in ein für auf mit dass nach vor während von durch".split(),
        "months": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
        "date": lambda d, m, y, months: f"{d}. {months[m - 1]} {y}",
        "by": "Von",
        "menu": ["Startseite", "Politik", "Sport", "Wirtschaft", "Kultur", "Abo"],
        "footer": ["Auf Facebook teilen", "Mehr zum Thema", "Datenschutz", "Impressum"],
    },
    "fr": {
        "words": "port conseil rivière pont école marché bibliothèque gare énergie eau logement budget musée "
        "festival jardin hôpital chemin tunnel forêt côte village maire ingénieurs habitants enquête "
        "rapport projet vote été hiver matin soir région ville archives".split(),
        "verbs": "approuve ouvre reporte rejette annonce agrandit ferme restaure prévoit examine".split(),
        "filler": "le la les de et à en un une pour sur avec que après avant pendant par".split(),
        "months": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "date": lambda d, m, y, months: f"{d} {months[m - 1]} {y}",
        "by": "Par",
        "menu": ["Accueil", "Actualités", "Sport", "Économie", "Culture", "S'abonner"],
        "footer": ["Partager sur Facebook", "À lire aussi", "Mentions légales", "Contact"],
    },
    "es": {
        "words": "puerto consejo río puente escuela mercado biblioteca estación energía agua vivienda "
        "presupuesto museo festival jardín hospital tren túnel bosque costa pueblo alcalde ingenieros "
        "vecinos estudio informe plan votación proyecto verano invierno mañana tarde región ciudad archivo".split(),
        "verbs": "aprueba abre aplaza rechaza anuncia amplía cierra restaura planea revisa".split(),
        "filler": "el la los de y a en un una para sobre con que tras antes durante por".split(),
        "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        "date": lambda d, m, y, months: f"{d} de {months[m - 1]} de {y}",
        "by": "Por",
        "menu": ["Portada", "Noticias", "Deportes", "Economía", "Cultura", "Suscríbete"],
        "footer": ["Compartir en Facebook", "Te puede interesar", "Aviso legal", "Contacto"],
    },
}
SITES = ["Harbour Gazette", "Rhein-Kurier", "Le Petit Quotidien", "Diario del Sur", "Northern Chronicle",
         "Stadtanzeiger", "La Voix du Port", "El Heraldo Local", "Coastline Post", "Valley Times"]
FIRST = ["Anna", "Jonas", "Marie", "Pablo", "Lena", "Tom", "Claire", "Diego", "Sofia", "Ben", "Nora", "Luis"]
LAST = ["Keller", "Martin", "García", "Brooks", "Weber", "Dubois", "López", "Hughes", "Schmidt", "Moreau"]
NEEDLE = "zyxwquillon"


def sentence(rng, lang):
    L = LANGS[lang]
    n = rng.randint(10, 22)
    ws = [rng.choice(L["words"] if rng.random() < 0.45 else L["filler"]) for _ in range(n)]
    ws[0] = ws[0].capitalize()
    return " ".join(ws) + "."


def page(i, rng, needle):
    lang = rng.choice(list(LANGS))
    L = LANGS[lang]
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    topic = rng.sample(L["words"], 3)
    title = f"{topic[0].capitalize()} {rng.choice(L['verbs'])} {topic[1]} {topic[2]} ({i})"
    paras = []
    for _ in range(rng.randint(4, 9)):
        paras.append(" ".join(sentence(rng, lang) for _ in range(rng.randint(2, 5))))
    if needle:
        paras[len(paras) // 2] += f" {NEEDLE.capitalize()} {NEEDLE}."
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = list(L["menu"]) + ["", title, "", L["date"](d, m, y, L["months"]), f"{L['by']} {author}", ""]
    for p in paras:
        lines += [p, ""]
    lines += L["footer"] + [f"© {y} {rng.choice(SITES)}"]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--start", type=int, default=0, help="number of the first page (to make more, distinct)")
    a = ap.parse_args()
    rng = random.Random(a.seed * 1_000_003 + a.start)
    for i in range(a.start, a.start + a.n):
        folder = os.path.join(a.outdir, f"{i // 1000:04d}")
        if i % 1000 == 0 or i == a.start:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"page-{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(page(i, rng, needle=(a.start == 0 and i == a.n // 2)))


if __name__ == "__main__":
    main()
