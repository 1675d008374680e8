//! The article's head, read from the lines around the start of its body: title, subtitle, date and byline.
//!
//! Pages put these in many orders (date above the title, byline below the lede, a category label first), so
//! each line is scored for what it looks like and where it sits, rather than read off fixed positions.

use super::lines::{Line, is_cjk, words_of};
pub use super::names::bare_name;
use crate::extract::authors;
use crate::extract::dates::{self, Found};
use crate::extract::vocab::date_labels;
use crate::extract::vocab::{bylines, tuning};

/// A user name signing a byline has at most this many characters; longer tokens are links or run-together
/// words. Set by reading blog and forum bylines.
const USER_HANDLE_MAX_CHARS: usize = 24;

/// The dates of a line, with what its labels say about them.
#[derive(Debug, Clone)]
pub struct LineDates {
    pub found: Vec<Found>,
    /// A revision label (`Updated`, `Aktualisiert`) precedes the dates.
    pub modified: bool,
    /// Apart from its dates and labels, the line has at most a few words: it is a date line.
    pub date_line: bool,
}

/// Dates of a line, when it is short enough to be a meta line (the icon strip is an exception: long, but a
/// scraper's `date …` prefix is the page's own date).
pub fn line_dates(l: &Line) -> Option<LineDates> {
    line_dates_ordered(l, dates::Order::Unknown)
}

/// [`line_dates`], reading a numeric date whose day and month could be swapped in the page's order.
pub fn line_dates_ordered(l: &Line, order: dates::Order) -> Option<LineDates> {
    let mut found = dates::find_in_text_ordered(&l.text, order);
    // A meta line may write the year in two digits (`19.10.19, 18:56 Uhr`, `mardi 10.12.19`): taken only when
    // the line is a date line, as in prose the same shape is a version or a score.
    let short_year = found.is_empty() && l.chars <= tuning::META_LINE_MAX_CHARS;
    if short_year {
        found.extend(dates::short_year_date(&l.text));
    }
    if found.is_empty() {
        return None;
    }
    let first = &found[0];
    let before = l.lower.get(..first.start).unwrap_or("");
    let modified = date_labels::MODIFIED_LABELS
        .iter()
        .any(|m| before.contains(m));
    let mut rest = String::new();
    let mut prev = 0;
    for f in &found {
        rest.push_str(l.text.get(prev..f.start).unwrap_or(""));
        rest.push(' ');
        prev = f.end;
    }
    rest.push_str(l.text.get(prev..).unwrap_or(""));
    let rest_lower = rest.to_lowercase();
    let other_words = words_of(&rest_lower)
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| {
            !date_labels::PUBLISHED_LABELS.contains(w)
                && !date_labels::MODIFIED_LABELS.contains(w)
                && w.len() > 2
        })
        .count();
    let date_line = l.chars <= tuning::META_LINE_MAX_CHARS && other_words <= 4;
    if short_year && !date_line {
        return None;
    }
    Some(LineDates {
        found,
        modified,
        date_line,
    })
}

/// Author names in a byline line (`By Jane Roe and John Doe, Staff Writer | June 24, 2024`), or `None` when
/// the line is not a byline.
pub fn byline_names(l: &Line) -> Option<Vec<String>> {
    if l.chars > tuning::META_LINE_MAX_CHARS {
        return None;
    }
    let lower = &l.lower;
    // The prefix at the start, or after a date (`June 5, 2019 by jane`).
    let mut start = None;
    for p in bylines::BYLINE_PREFIXES {
        if lower.starts_with(p) {
            start = Some(p.len());
            break;
        }
    }
    // After a short label (`Post author By Jane Roe`): then the names must be capitalized.
    let mut after_label = false;
    // The words before the prefix are a known label (`Veröffentlicht von`, `Post author by`), not a phrase.
    let mut known_label = false;
    if start.is_none() && l.chars <= 80 {
        start = bylines::BYLINE_PREFIXES.iter().find_map(|p| {
            let i = find_after_space(lower, p)?;
            (lower[..i].split_whitespace().count() <= 3
                && !lower[..i].chars().any(|c| c.is_ascii_digit()))
            .then(|| {
                known_label = lower[..i].split_whitespace().all(|w| {
                    bylines::NOT_NAME_WORDS.contains(&w)
                        || date_labels::PUBLISHED_LABELS.contains(&w)
                });
                i + 1 + p.len()
            })
        });
        after_label = start.is_some();
    }
    // The date search is the costly part; a line with no prefix anywhere has no byline after a date.
    if start.is_none() && bylines::BYLINE_PREFIXES.iter().any(|p| lower.contains(p)) {
        let ds = dates::find_in_text(&l.text);
        // After the last date: a line may give the date twice (published, updated) before the byline.
        if let Some(d) = ds.iter().max_by_key(|d| d.end) {
            let after = lower
                .get(d.end..)
                .unwrap_or("")
                .trim_start_matches([',', ' ', '|', '-', '·']);
            let offset = lower.len() - after.len();
            for p in bylines::BYLINE_PREFIXES {
                if after.starts_with(p) {
                    start = Some(offset + p.len());
                    break;
                }
            }
        }
    }
    // `lower` and `text` share byte offsets only when lowercasing kept every length.
    if lower.len() != l.text.len() {
        return None;
    }
    let rest = l.text.get(start?..)?.trim();
    // The names end where a date, a separator or a job title begins.
    let mut end = rest.len();
    if let Some(d) = dates::find_in_text(rest).first() {
        end = end.min(d.start);
    }
    for sep in bylines::BYLINE_NAME_ENDS {
        if let Some(i) = rest.find(sep) {
            end = end.min(i);
        }
    }
    // A date's label or a count after the names ends them (`von Jane Roe Erstellt am …`, `By Jane Roe 4
    // Comments`).
    if let Some(i) = label_after_names(&rest[..end]) {
        end = i;
    }
    // A word ending in a colon opens the next label (`von Jane Roe Kategorien: News`): the names end before it.
    if let Some(colon) = rest[..end].find(": ") {
        // French sets a space before the colon (`Catégories : Vie locale`).
        end = rest[..colon].trim_end().rfind(' ').unwrap_or(0);
    }
    let names_part = rest[..end].trim().trim_end_matches([',', ';', ':']);
    // A lone user name after the prefix (`von lupa`, `Posted on 2015-04-05 by marc`): blogs and forums sign
    // with a handle, which the name rules (capitals, no digits) would refuse.
    if !after_label && let Some(handle) = user_handle(names_part) {
        return Some(vec![handle.to_string()]);
    }
    let mut names = split_names(names_part);
    // After a label mid-line the prefix may be a preposition (`Leasing von Firmenwagen`): only capitalized
    // names (or in a script without case) count, and after words that are no known label a one-word name
    // shows the line is a phrase.
    if after_label {
        let one_word = |n: &String| !n.contains(' ') && !n.chars().any(is_cjk);
        if !known_label && names.iter().any(one_word) {
            return None;
        }
        names.retain(|n| {
            n.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || is_cjk(c))
        });
    }
    (!names.is_empty()).then_some(names)
}

/// Byte index of the first word after the first that opens a date's label (`Erstellt`, `Last updated`) or is
/// a count (`Jane Roe 4 Comments`).
fn label_after_names(part: &str) -> Option<usize> {
    let mut words = part.split_whitespace();
    words.next()?;
    let first_end = part.find(char::is_whitespace)?;
    let mut at = first_end;
    for w in words {
        let i = at + part[at..].find(w)?;
        at = i + w.len();
        let count = w.chars().all(|c| c.is_ascii_digit());
        if count || bylines::NAME_END_LABELS.contains(&w.to_lowercase().as_str()) {
            return Some(i);
        }
    }
    None
}

/// Byte index of the first occurrence of `p` in `s` that follows a space, as `s.find(" {p}") + 1` without
/// building the pattern (this runs on every line of the head).
fn find_after_space(s: &str, p: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = s.get(from..)?.find(p) {
        let i = from + k;
        if i > 0 && s.as_bytes()[i - 1] == b' ' {
            return Some(i - 1);
        }
        from = i + s[i..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The names part of a byline when it is one user name: a single token of letters (digits, `-`, `_`, `.`
/// after the first letter), not a word the name rules know as UI or prose.
fn user_handle(part: &str) -> Option<&str> {
    let mut cs = part.chars();
    let ok = cs.next().is_some_and(char::is_alphabetic)
        && cs.all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && (2..=USER_HANDLE_MAX_CHARS).contains(&part.chars().count())
        && !part.ends_with('.');
    let lower = part.to_lowercase();
    (ok && !bylines::NOT_NAME_WORDS.contains(&lower.as_str())
        && !bylines::ROLE_NOT_NAME_WORDS.contains(&lower.as_str())
        && !bylines::PARTICLES.contains(&lower.as_str()))
    .then_some(part)
}

/// Splits a names part of a byline into names: joiners in many languages, then `authors::clean`; stops at
/// the first job title.
fn split_names(part: &str) -> Vec<String> {
    let mut spaced = format!(" {part} ");
    for j in bylines::NAME_JOINERS {
        spaced = spaced.replace(&format!(" {j} "), " ; ");
    }
    let mut out = Vec::new();
    for (k, name) in authors::clean(&spaced).into_iter().enumerate() {
        let lower = name.to_lowercase();
        if lower
            .split_whitespace()
            .any(|w| bylines::ROLE_WORDS.contains(&w))
        {
            break;
        }
        // After the first name, a single word is a place or a desk (`Jane Roe, Berlin`), not a person.
        if k > 0 && !name.contains(' ') && !name.chars().any(is_cjk) {
            break;
        }
        if looks_like_name(&name) {
            out.push(name);
        }
    }
    out
}

/// One to five words, starting with a capital (or written in a script without case), no digits.
fn looks_like_name(name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 5 || name.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let first = name.chars().next().unwrap_or(' ');
    first.is_uppercase() || is_cjk(first) || (ws.len() == 1 && first.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines::classify;

    #[test]
    fn a_byline_may_sign_with_a_user_name() {
        let l = |t: &str| classify(t, 0, None);
        for (line, name) in [
            ("von kater_felix", "kater_felix"),
            (
                "Posted on 2021-03-04 by lmoreau | Leave a comment",
                "lmoreau",
            ),
            ("Publiziert am 3. März 2021 von wanderer77", "wanderer77"),
            ("Publicado el 4 de marzo de 2021 por pepa", "pepa"),
            ("Pubblicato il 4 marzo 2021 di gattonero", "gattonero"),
        ] {
            assert_eq!(
                byline_names(&l(line)),
                Some(vec![name.to_string()]),
                "{line}"
            );
        }
        // After a label mid-line only capitalised names count; a UI word is no handle.
        assert_eq!(byline_names(&l("Kommentare von heute")), None);
        assert_eq!(byline_names(&l("by admin")), None);
    }

    #[test]
    fn byline_names_end_before_the_next_label_or_a_time() {
        let l = |t: &str| classify(t, 0, None);
        for (line, name) in [
            (
                "3. März 2021 von Jana Novak Kategorien: Allgemein",
                "Jana Novak",
            ),
            (
                "Posted by Jane Roe at 18:52 Tagged with: rivers, bridges",
                "Jane Roe",
            ),
            (
                "12 mars 2021 par Léa Martin Catégories : Vie locale",
                "Léa Martin",
            ),
            ("Publicado por Ana Ruiz Etiquetas: puentes", "Ana Ruiz"),
            ("Von: Jana Novak", "Jana Novak"),
            ("By: Jane Roe", "Jane Roe"),
        ] {
            assert_eq!(
                byline_names(&l(line)),
                Some(vec![name.to_string()]),
                "{line}"
            );
        }
    }

    #[test]
    fn a_date_label_ends_the_names() {
        let l = |t: &str| classify(t, 0, None);
        for (line, name) in [
            ("von Lena Vogt Erstellt am 01.01.23 um 08:35", "Lena Vogt"),
            ("By Jane Roe Last updated Nov 8, 2023", "Jane Roe"),
            ("Par Léa Martin Publié le 3 mars 2023", "Léa Martin"),
            ("Por Ana Ruiz Actualizado 4 de marzo de 2021", "Ana Ruiz"),
        ] {
            assert_eq!(
                byline_names(&l(line)),
                Some(vec![name.to_string()]),
                "{line}"
            );
        }
    }

    #[test]
    fn a_preposition_mid_line_is_no_byline() {
        let l = |t: &str| classify(t, 0, None);
        // `von`, `by`, `par` inside a phrase, then a capitalized noun: a heading, not a byline.
        for line in [
            "Leasing von Firmenfahrzeugen",
            "Entwicklung der Preise von Heizöl",
            "Stand by Sunday",
        ] {
            assert_eq!(byline_names(&l(line)), None, "{line}");
        }
        // After a known label a one-word name is a user name.
        for (line, name) in [
            ("Veröffentlicht von HansG", "HansG"),
            ("Post author By Tomas", "Tomas"),
        ] {
            assert_eq!(
                byline_names(&l(line)),
                Some(vec![name.to_string()]),
                "{line}"
            );
        }
    }

    #[test]
    fn a_byline_follows_the_last_date_or_a_bare_author_label() {
        let l = |t: &str| classify(t, 0, None);
        for (line, name) in [
            (
                "Posted on 3 March 2021 4 March 2021 Author Jane Roe 4 Comments",
                "Jane Roe",
            ),
            ("Autor Tomas Brink:", "Tomas Brink"),
            ("Autorin Hanne Weidler", "Hanne Weidler"),
        ] {
            assert_eq!(
                byline_names(&l(line)),
                Some(vec![name.to_string()]),
                "{line}"
            );
        }
        assert_eq!(byline_names(&l("Autor des Monats")), None);
    }

    #[test]
    fn find_after_space_matches_the_spaced_pattern() {
        for (s, p) in [
            ("post author by jane", "by "),
            ("byline by jane", "by "),
            ("nearby by", "by "),
            ("é by x", "by "),
            ("xby by ", "by "),
        ] {
            assert_eq!(find_after_space(s, p), s.find(&format!(" {p}")), "{s}");
        }
    }

    #[test]
    fn a_date_line_may_write_a_two_digit_year() {
        let l = |t: &str| classify(t, 0, None);
        for (line, iso) in [
            ("19.10.19, 18:56", "2019-10-19"),
            ("Lena Vogt 04.05.20 14:50 Uhr", "2020-05-04"),
            ("mardi 10.12.19", "2019-12-10"),
            ("Publicado 23.09.22", "2022-09-23"),
        ] {
            let d = line_dates(&l(line));
            let d = d.unwrap_or_else(|| panic!("{line}"));
            assert!(d.date_line, "{line}");
            assert_eq!(d.found[0].iso, iso, "{line}");
        }
        // In prose the same shape is a version or a score, not the page's date.
        assert!(
            line_dates(&l(
                "Version 10.12.19 of the toolkit adds faster builds, better errors and a new plugin system"
            ))
            .is_none()
        );
    }
}
