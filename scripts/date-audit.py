#!/usr/bin/env python3
"""Sorts Sift's date misses on the snippets dev set by where the gold date can be found on the page.

A miss whose gold date is malformed, or appears nowhere a reader or a parser could see it, is not an
extraction error; one whose gold date is on the page is. The script tells the two apart so date work
goes to the second kind only.

Usage: scripts/date-audit.py SIFT_SNIPPETS.jsonl [SHARED_DIR]
  (SIFT_SNIPPETS.jsonl is what `scripts/eval.sh` writes as sift-snippets.jsonl)
"""
import datetime
import html
import json
import os
import re
import sys

MONTHS = {
    'en': 'january february march april may june july august september october november december',
    'de': 'januar februar märz april mai juni juli august september oktober november dezember',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
}


def spellings(iso):
    """The ways a page may write one date: numeric orders, month names in seven languages."""
    try:
        d = datetime.date.fromisoformat(iso)
    except ValueError:
        return None
    y, m, dd = d.year, d.month, d.day
    out = {iso, f'{dd:02}.{m:02}.{y}', f'{dd}.{m}.{y}', f'{dd:02}/{m:02}/{y}', f'{m:02}/{dd:02}/{y}',
           f'{m}/{dd}/{y}', f'{dd}/{m}/{y}', f'{y}/{m:02}/{dd:02}', f'{dd:02}-{m:02}-{y}', f'{y}.{m:02}.{dd:02}',
           f'{y}年{m}月{dd}日', f'{dd:02}.{m:02}.{y % 100:02}'}
    for names in MONTHS.values():
        name = names.split()[m - 1]
        for n in (name, name[:3]):
            out |= {f'{dd} {n} {y}', f'{dd}. {n} {y}', f'{n} {dd}, {y}', f'{n} {dd} {y}', f'{dd} de {n} de {y}'}
    return {s.casefold() for s in out}


def visible_text(page):
    """The page's text as a reader sees it: no scripts, styles, comments or tags."""
    page = re.sub(r'(?is)<(script|style|noscript)\b.*?</\1\s*>', ' ', page)
    page = re.sub(r'(?s)<!--.*?-->', ' ', page)
    page = re.sub(r'(?s)<[^>]+>', ' ', page)
    return re.sub(r'\s+', ' ', html.unescape(page)).casefold()


def where(iso, page, url):
    """Where the date shows: 'visible', 'markup' (scripts, attributes, links), 'url', or 'nowhere'."""
    forms = spellings(iso)
    if forms is None:
        return 'malformed'
    text = visible_text(page)
    if any(f in text for f in forms):
        return 'visible'
    raw = re.sub(r'\s+', ' ', html.unescape(page)).casefold()
    if any(f in raw for f in forms):
        return 'markup'
    if any(f in url.casefold() for f in forms):
        return 'url'
    return 'nowhere'


def main():
    out_path = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared')
    sys.path.insert(0, os.path.join(shared, 'eval'))
    from score import key, load_out, same_text  # the scorer's own reading of the output

    gold = json.load(open(os.path.join(shared, 'devset', 'snippets', 'evaldata.json'), encoding='utf-8'))
    ours = load_out(out_path)
    pages = os.path.join(shared, 'devset', 'snippets', 'pages')
    counts, total = {}, 0
    for url, item in gold.items():
        want = item.get('date')
        if not want:
            continue
        total += 1
        got = ours.get(key(item['file']), {}).get('date')
        if same_text(got, want):
            continue
        page = open(os.path.join(pages, os.path.basename(item['file'])), encoding='utf-8', errors='replace').read()
        gold_at = where(want, page, url)
        ours_at = where(got, page, url) if got else '-'
        counts[gold_at] = counts.get(gold_at, 0) + 1
        print(f'{gold_at:9} gold {want:10}  sift {got or "-":10} ({ours_at:7})  {key(item["file"])}')
    misses = sum(counts.values())
    print(f'\n{misses} misses of {total} gold dates; gold date is: '
          + ', '.join(f'{k} {v}' for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == '__main__':
    main()
