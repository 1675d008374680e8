//! The short lines around the headline that carry the byline and the date ("By Jane Roe", "3 May 2022 ·
//! 14:30", a dateline opening the first paragraph): found for the fields, and marked so they leave the body.

use super::{chain_matches, dom, fields, score, vocab};
use crate::extract::authors;
use dom::{NO_PARENT, Page};

/// The longest date a dateline writes (`Donnerstag, 12. September 2024, 14:30 Uhr`), in characters.
const DATELINE_DATE_CHARS: usize = 48;

/// Lines that name the author or give the date: (origin, text) bylines and raw date texts, a few of each.
/// Only blocks outside furniture (comment sections have bylines and dates of their own) count.
pub(super) fn byline_and_date_lines(
    page: &Page,
    content: &score::Content,
    title: Option<&str>,
) -> (Vec<(&'static str, String)>, Vec<String>) {
    let mut bylines = Vec::new();
    let mut dates = Vec::new();
    let n = page.elems.len();
    let mut furniture = vec![false; n];
    let mut top_anc = vec![false; n];
    let mut a = content.top;
    while a != NO_PARENT && a < n {
        top_anc[a] = true;
        a = page.elems[a].parent;
    }
    let headline = headline_owner(page, title);
    for i in 0..n {
        let e = &page.elems[i];
        furniture[i] = (e.chrome && !top_anc[i]) || (e.parent != NO_PARENT && furniture[e.parent]);
    }
    let first_body = content
        .body
        .iter()
        .position(|k| *k)
        .unwrap_or(page.blocks.len());
    let headline_block = headline.and_then(|h| page.blocks.iter().position(|b| b.owner == h));
    let near =
        |bi: usize, h: Option<usize>| h.is_some_and(|h| bi.abs_diff(h) <= vocab::HEADLINE_REACH);
    // Dated lines after the article are teasers and comments, not its date.
    let after_body = content
        .body
        .iter()
        .rposition(|k| *k)
        .map_or(usize::MAX, |l| l + 1);
    for (bi, b) in page.blocks.iter().enumerate() {
        if b.chars > vocab::MAX_META_LINE_CHARS || furniture[b.owner] {
            continue;
        }
        // The headline is never the byline, even when it opens like one ("Von Sprachregeln, Gender und …").
        if bylines.len() < 3 && headline != Some(b.owner) {
            // A block of labelled lines ("Datum: …", "Autor: Jane Roe", "Quelle: …") holds its byline as one line.
            let labelled = || b.text.lines().find(|l| authors::is_byline(l));
            if authors::is_byline(&b.text) {
                bylines.push(("byline", b.text.clone()));
            } else if let Some(line) = b.text.contains('\n').then(labelled).flatten() {
                bylines.push(("byline", line.trim().to_string()));
            } else if b.chars <= 60
                && chain_matches(page, b.owner, dom::HINT_BYLINE, 2)
                && !authors::clean(&b.text).is_empty()
            {
                bylines.push(("byline-class", b.text.clone()));
            }
        }
        if dates.len() < 3
            && bi <= after_body
            && b.chars <= 60
            && (chain_matches(page, b.owner, dom::HINT_DATE, 2)
                // A `<time>` or date-classed span inside a line counts from near the headline on: the site's
                // top bar shows today's date that way too.
                || (b.has_time && (bi + vocab::HEADLINE_REACH >= first_body || near(bi, headline_block))))
            && b.text.chars().any(|c| c.is_ascii_digit())
        {
            dates.push(b.text.clone());
        }
    }
    // Short lines by the headline (just before the body or at its start) that hold a date.
    let from = first_body.saturating_sub(vocab::HEADLINE_REACH);
    for b in page.blocks.iter().take(first_body + 3).skip(from) {
        if dates.len() >= 5 {
            break;
        }
        if b.chars <= vocab::MAX_DATE_LINE_CHARS
            && !furniture[b.owner]
            && b.text.chars().any(|c| c.is_ascii_digit())
            && !dates.contains(&b.text)
        {
            dates.push(b.text.clone());
        }
    }
    // A dateline opening one of the first paragraphs ("01.02.2022 – Der Arbeitsmarkt …", "BERLIN, 3. Mai 2022 –").
    // The first three paragraphs, past any short heading or byline lines opening the content.
    for b in page
        .blocks
        .iter()
        .skip(first_body)
        .filter(|b| b.chars > vocab::MAX_DATE_LINE_CHARS)
        .take(3)
    {
        // Only the paragraph's opening can hold a dateline: scanning whole paragraphs for dates cost more
        // than every other date search of the page together.
        let head_end = b
            .text
            .char_indices()
            .nth(crate::extract::vocab::date_labels::DATELINE_REACH + DATELINE_DATE_CHARS)
            .map_or(b.text.len(), |(i, _)| i);
        if b.chars > vocab::MAX_DATE_LINE_CHARS
            && let Some(f) = crate::extract::dates::find_in_text(&b.text[..head_end])
                .into_iter()
                .next()
            && b.text[..f.start].chars().count()
                <= crate::extract::vocab::date_labels::DATELINE_REACH
        {
            dates.push(b.text[f.start..f.end].to_string());
        }
    }
    // A date alone on a short line closing the article (a blog's "Benni / 10. September 2017"), last of all.
    let last_body = content.body.iter().rposition(|k| *k).unwrap_or(0);
    for b in page
        .blocks
        .iter()
        .take(last_body + 1)
        .skip(last_body.saturating_sub(2))
    {
        if let Some(line) = b.text.lines().rev().find(|l| !l.trim().is_empty())
            && line.chars().count() <= 40
            && fields::normalize(line).is_some_and(|d| d.len() >= 10)
            && !dates.iter().any(|d| d == line)
        {
            dates.push(line.trim().to_string());
        }
        // A credit line closing the article names its writer ("Text: Jane Roe", "Redaktion: Jane Roe").
        for line in b.text.lines().rev().take(3) {
            if line.chars().count() <= 80
                && authors::is_byline(line)
                && !bylines.iter().any(|(_, l)| l == line)
            {
                bylines.push(("byline-end", line.trim().to_string()));
            }
        }
    }
    // A labelled credit line in the article's second half ("Text: Jane Roe" before a reading list or the photo
    // credits), when nothing else names the writer.
    if bylines.is_empty() {
        let body: Vec<&str> = (0..=last_body)
            .filter(|&bi| content.body.get(bi).is_some_and(|k| *k))
            .flat_map(|bi| page.blocks[bi].text.lines())
            .collect();
        let total: usize = body.iter().map(|l| l.len()).sum();
        let mut seen = 0;
        let credit = body
            .iter()
            .rev()
            .take_while(|l| {
                seen += l.len();
                seen <= total / 2
            })
            .map(|l| l.trim())
            .find(|l| l.chars().count() <= 80 && authors::is_byline(l));
        if let Some(line) = credit {
            bylines.push(("byline-end", line.to_string()));
        }
    }
    // The article's signature just after it, with the day it was written ("Autor: Jane Roe am 29.12.2010").
    for b in page.blocks.iter().skip(last_body + 1).take(2) {
        if b.chars <= vocab::MAX_DATE_LINE_CHARS
            && !furniture[b.owner]
            && authors::opens_byline(&b.text)
            && let Some(f) = crate::extract::dates::find_in_text(&b.text)
                .into_iter()
                .next()
        {
            dates.push(b.text[f.start..f.end].to_string());
        }
    }
    // A line labelled as the publication date ("Veröffentlichung: 04.02.2022") counts wherever it stands, first.
    if let Some(t) = page
        .blocks
        .iter()
        .filter(|b| b.chars <= vocab::MAX_META_LINE_CHARS && !furniture[b.owner])
        .find_map(|b| fields::labelled_date(&b.text))
    {
        dates.insert(0, t);
    }
    // Openers ("By …") before class hints.
    bylines.sort_by_key(|(o, _)| *o != "byline");
    (bylines, dates)
}

/// The day a dated copyright line gives the page (`Copyright © 19.12.2019 - 12:14 h by …`, `©Daily vom
/// 15.05.2019`): the page's own stamp, a last resort for a page that shows no other date. A bare year
/// (`© 2019 Example Ltd`) is not a day and does not count.
pub(super) fn copyright_stamp(page: &Page) -> Option<String> {
    page.blocks
        .iter()
        .filter(|b| b.chars <= vocab::MAX_META_LINE_CHARS)
        .flat_map(|b| b.text.lines())
        .find_map(|line| {
            let line = line.trim_start();
            let rest = line
                .strip_prefix('©')
                .or_else(|| line.strip_prefix("(c)"))
                .or_else(|| {
                    line.get(..9)
                        .filter(|p| p.eq_ignore_ascii_case("copyright"))
                        .map(|_| &line[9..])
                })?;
            let found = crate::extract::dates::find_in_text(rest)
                .into_iter()
                .next()?;
            (rest[..found.start].chars().count() <= COPYRIGHT_DATE_REACH && found.iso.len() == 10)
                .then_some(found.iso)
        })
}

/// How far into a copyright line its date may stand (`© Daily Example vom 15.05.2019`), in characters.
const COPYRIGHT_DATE_REACH: usize = 24;

/// The `h1` that carries the chosen title, when one does.
fn headline_owner(page: &Page, title: Option<&str>) -> Option<usize> {
    let title = super::title::fold(title?);
    page.blocks
        .iter()
        .find(|b| page.elems[b.owner].name == "h1" && super::title::fold(&b.text) == title)
        .map(|b| b.owner)
}

pub(super) fn is_byline(page: &Page, bi: usize, names: &[String]) -> bool {
    let b = &page.blocks[bi];
    if authors::is_byline(&b.text) {
        return true;
    }
    if b.chars <= 60
        && chain_matches(page, b.owner, dom::HINT_BYLINE, 2)
        && !authors::clean(&b.text).is_empty()
    {
        return true;
    }
    b.chars <= 60 && names.iter().any(|n| b.text.contains(n.as_str())) && !b.text.contains(". ")
}

pub(super) fn is_date_line(page: &Page, bi: usize) -> bool {
    let b = &page.blocks[bi];
    if b.chars <= 40 && fields::normalize(&b.text).is_some() {
        return true;
    }
    if b.chars <= vocab::MAX_DATE_LINE_CHARS && is_dates_block(&b.text) {
        return true;
    }
    if b.has_time && b.chars <= 60 && !b.text.contains(". ") {
        return true;
    }
    b.chars <= 60
        && chain_matches(page, b.owner, dom::HINT_DATE, 2)
        && b.text.chars().any(|c| c.is_ascii_digit())
        && !b.text.contains(". ")
}

/// Whether a block of several lines holds dates and their labels only ("Published / 3 May 2022 / Updated /
/// 4 May 2022 / 12:02"): each line a date (of at most `DATE_LINE_WORDS` words), a clock time, or a label of
/// at most `DATE_LABEL_WORDS` words without digits; one line at least a date.
fn is_dates_block(text: &str) -> bool {
    if !text.contains('\n') {
        return false;
    }
    let mut lines = 0;
    let mut dated = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        if line.chars().count() <= 40
            && line.split_whitespace().count() <= vocab::DATE_LINE_WORDS
            && fields::normalize(line).is_some()
        {
            dated = true;
        } else if !(line
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | ' ' | 'h'))
            || (!line.chars().any(|c| c.is_ascii_digit())
                && line.split_whitespace().count() <= vocab::DATE_LABEL_WORDS))
        {
            return false;
        }
    }
    lines >= 2 && dated
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(footer: &str) -> Option<String> {
        let doc = scraper::Html::parse_document(&format!(
            "<html><body><p>Some text about the thing.</p><footer><p>{footer}</p></footer></body></html>"
        ));
        copyright_stamp(&dom::flatten(&doc))
    }

    #[test]
    fn dated_copyright_lines_stamp_the_page() {
        assert_eq!(
            stamp("Copyright © 19.12.2019 - 12:14 h by Example GmbH").as_deref(),
            Some("2019-12-19")
        );
        assert_eq!(
            stamp("©Tagesblatt vom 15.05.2019").as_deref(),
            Some("2019-05-15")
        );
        assert_eq!(
            stamp("© 3 mars 2021 Exemple SARL").as_deref(),
            Some("2021-03-03")
        );
        // A year is not a day; a date far into the line, or a line that only mentions copyright, is not a stamp.
        assert_eq!(stamp("© 2019 Example Ltd. All rights reserved."), None);
        assert_eq!(
            stamp("© Example Ltd, a company registered in England and Wales on 3 May 2001"),
            None
        );
        assert_eq!(stamp("Our copyright policy changed on 3 May 2021."), None);
    }

    #[test]
    fn blocks_of_dates_and_their_labels() {
        for t in [
            "Pubblicato il\n19 febbraio 2020\nUltima modifica\n19 febbraio 2020\n12:02",
            "Veröffentlicht am\n3. Mai 2022\nAktualisiert\n4. Mai 2022",
            "Published\nMay 3, 2022",
            "Publié le\n3 mai 2022\n14h30",
        ] {
            assert!(is_dates_block(t), "{t}");
        }
        for t in [
            "3 May 2022",
            "Published\nThe council met on 3 May 2022 to vote",
            "Pubblicato il\nUltima modifica",
        ] {
            assert!(!is_dates_block(t), "{t}");
        }
    }
}
