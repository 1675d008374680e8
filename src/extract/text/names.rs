//! Whether a piece of a head line is a person's name: its shape (two or three capitalized words), the words
//! a name never holds, and the name sharing a meta line with a date or following a lone `By`.

use super::lines::{Kind, Line};
use crate::extract::dates;
use crate::extract::vocab::date_labels;
use crate::extract::vocab::{alternation, bare_names, bylines, dumps, stopwords, tuning};
use regex::Regex;
use std::sync::LazyLock;

// A clock time after a date (`11:30 Uhr`, `à 09h08`, `at 2:54 pm`), with the word that leads it; built once
// from the vocabulary, a failure is a bug in the pattern.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b(?:{})\s+)?\b\d{{1,2}}[:h.]\d{{2}}(?::\d{{2}})?(?:\s*(?:{}))?\b",
        alternation(dumps::CLOCK_LEADS.iter().copied()),
        alternation(dumps::CLOCK_TAILS.iter().copied()),
    ))
    .expect("static regex")
});

/// A line that is only a person's name (`Kathrin Bierling`): two or three capitalized words.
pub fn bare_name(l: &Line) -> Option<String> {
    if l.chars > 40 || l.kind != Kind::Short {
        return None;
    }
    name_shaped(&l.text).then(|| l.text.clone())
}

/// Two or three capitalized words and nothing else: how a person's name looks.
pub fn name_shaped(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&ws.len())
        && ws.iter().all(|w| {
            let mut cs = w.chars();
            let mut prev = ' ';
            cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| {
                    // A capital only opens a part of a double name (`Boelen-Theile`, `O'Neill`).
                    let ok = c.is_lowercase()
                        || c == '-'
                        || c == '.'
                        || c == '\''
                        || c.is_uppercase() && matches!(prev, '-' | '\'');
                    prev = c;
                    ok
                })
        })
}

/// The name sharing a meta line with the date (`Jane Roe | 9 June 2024`, `12.06.2024 - Jane Roe`,
/// `2. Mai 2024, 11:30 Uhr von Jane Roe`, `Jane Roe | 9 juin 2024 à 09h08 | 3 comments`): the dates and
/// clock times leave the line, the rest is cut at separators, and exactly one piece must be a name once
/// the words around it (`von`, `am`, `Uhr`, a count) are dropped.
pub fn name_beside_date(l: &Line) -> Option<String> {
    // A photo's caption or credit dates the picture and names its photographer or agency, not the writer.
    if l.chars > tuning::META_LINE_MAX_CHARS
        || l.text.contains('©')
        || crate::extract::authors::opens_credit(l.text.trim())
    {
        return None;
    }
    let found = dates::find_in_text(&l.text);
    if found.is_empty() {
        return None;
    }
    let mut rest = String::with_capacity(l.text.len() + 8);
    let mut last = 0;
    for d in &found {
        if d.start >= last {
            rest.push_str(l.text.get(last..d.start)?);
            rest.push_str(" | ");
            last = d.end;
        }
    }
    rest.push_str(l.text.get(last..)?);
    let rest = CLOCK.replace_all(&rest, " | ");
    let mut names = rest
        .split(['|', '–', '—', '·', '•', ',', '/'])
        .flat_map(|p| p.split(" - "))
        .flat_map(split_at_counts)
        .filter_map(|p| {
            let filler = |w: &&str| {
                let w = w.to_lowercase();
                w.chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
                    || date_labels::DATE_JOINERS.contains(&w.as_str())
                    || date_labels::PUBLISHED_LABELS.contains(&w.as_str())
                    || bylines::BYLINE_PREFIXES
                        .iter()
                        .any(|b| b.trim_end_matches([':', ' ']) == w.trim_end_matches(':'))
            };
            let ws: Vec<&str> = p.split_whitespace().collect();
            let a = ws.iter().take_while(|w| filler(w)).count();
            let b = ws[a..].iter().rev().take_while(|w| filler(w)).count();
            let name = ws[a..ws.len() - b].join(" ");
            (!name.is_empty()).then_some(name)
        })
        .filter(|p| name_shaped(p) && person_like(p));
    let first = names.next()?;
    // One name only: two are a dateline's place and a name, or two people, and which is which is unclear.
    names.next().is_none().then_some(first)
}

/// The pieces of a meta line's part between its counts (`Jane Roe 1 Kommentar` → `Jane Roe`, `Kommentar`):
/// a number standing alone counts comments or views and parts what is around it.
fn split_at_counts(part: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for w in part.split_whitespace() {
        if w.chars().all(|c| c.is_ascii_digit()) {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(w);
        }
    }
    out
}

/// Whether a name taken without a byline's `By` reads as a person's: no function word (`Die Geschichte`),
/// no interface word (`Keine Kommentare`), no word twice (`Suche Suche`).
pub fn person_like(name: &str) -> bool {
    let ws: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let bad = |w: &str| {
        stopwords::STOPWORDS.iter().any(|(_, ws)| ws.contains(&w))
            || bylines::NOT_NAME_WORDS.contains(&w)
            || bare_names::BARE_NAME_NOT_WORDS.contains(&w)
    };
    let repeated = ws.iter().enumerate().any(|(k, w)| ws[..k].contains(w));
    !repeated && !ws.iter().any(|w| bad(w))
}

/// The name of a byline split over two lines: a lone prefix (`Von`, `Author:`) and then a bare name.
pub fn split_byline(label: &Line, name: &Line) -> Option<String> {
    let l = label.lower.trim_end_matches([':', ' ']);
    if l.is_empty() || l.chars().count() > 20 {
        return None;
    }
    let lone = bylines::BYLINE_PREFIXES
        .iter()
        .any(|p| p.trim_end_matches([':', ' ']) == l);
    if lone { bare_name(name) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines::classify;

    #[test]
    fn a_count_parts_a_meta_line() {
        let l = |t: &str| classify(t, 0, None);
        for (line, name) in [
            (
                "3. März 2021 3. März 2021 Jana Novak 2 Kommentare Verkehr, Brücken",
                "Jana Novak",
            ),
            (
                "Tomas Brink 12 June 2024 14 comments Politics",
                "Tomas Brink",
            ),
        ] {
            assert_eq!(name_beside_date(&l(line)).as_deref(), Some(name), "{line}");
        }
    }

    #[test]
    fn a_double_surname_is_name_shaped() {
        assert!(name_shaped("Lena Vogt-Brandt"));
        assert!(name_shaped("Sean O'Neill"));
        assert!(!name_shaped("Lena VOGT"));
        assert!(!name_shaped("BBC News"));
    }

    #[test]
    fn split_byline_takes_the_name_after_a_lone_prefix() {
        let l = |t: &str| classify(t, 0, None);
        assert_eq!(
            split_byline(&l("Von"), &l("Hanne Weidler")).as_deref(),
            Some("Hanne Weidler")
        );
        assert_eq!(
            split_byline(&l("Author:"), &l("Tomas Brink")).as_deref(),
            Some("Tomas Brink")
        );
        assert_eq!(split_byline(&l("Von"), &l("Mehr lesen über dies")), None);
        assert_eq!(split_byline(&l("Weiterlesen"), &l("Hanne Weidler")), None);
    }

    #[test]
    fn name_beside_date_reads_meta_lines() {
        let l = |t: &str| classify(t, 0, None);
        for (line, name) in [
            ("2. Mai 2024, 11:30 Uhr von Hanne Weidler", "Hanne Weidler"),
            ("Tomas Brink | 9 juin 2024 à 09h08", "Tomas Brink"),
            (
                "24.06.2024 um 16:14 Uhr - Mara Feld - 12 Kommentare",
                "Mara Feld",
            ),
            ("3. März 2023 3. März 2023 von Jana Novak", "Jana Novak"),
            ("12 June 2024 // Jane Roe", "Jane Roe"),
            ("Ana Ruiz, 03.11.2023 15:32", "Ana Ruiz"),
        ] {
            assert_eq!(name_beside_date(&l(line)).as_deref(), Some(name), "{line}");
        }
        // Two name-shaped pieces: which one is the author is unclear.
        assert_eq!(
            name_beside_date(&l("New York | 12 June 2024 | Jane Roe")),
            None
        );
        assert_eq!(
            name_beside_date(&l("Hanne Weidler | 9. Juni 2024")).as_deref(),
            Some("Hanne Weidler")
        );
        assert_eq!(
            name_beside_date(&l("Tomas Brink am 3. März 2023")).as_deref(),
            Some("Tomas Brink")
        );
        assert_eq!(
            name_beside_date(&l("12.06.2024 - Lea Sommer")).as_deref(),
            Some("Lea Sommer")
        );
        assert_eq!(name_beside_date(&l("Updated 9 June 2024")), None);
        // A photo caption with its date and credit names no writer.
        for t in [
            "Photo: The pier at dawn, May 3, 2024. © Jon Kell/Harbour Images",
            "Foto: Der Hafen am Morgen, 3. Mai 2024 (Bild: Jon Kell/Hafenbild)",
        ] {
            assert_eq!(name_beside_date(&l(t)), None, "{t}");
        }
        assert_eq!(name_beside_date(&l("Lea Sommer")), None);
    }
}
