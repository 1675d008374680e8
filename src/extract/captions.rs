//! Image captions and credits in a line of text: `File photo: … © Agency`, `… (Photo: Jane Roe/AFP)`,
//! `Foto: dpa`. The caption keeps its opener (`File photo:`), as the page wrote it; the credit drops its marker.

use super::vocab::{alternation, credits, dumps, tuning};
use crate::record::Image;
use regex::Regex;
use std::sync::LazyLock;

/// What a line is, as far as images go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptionLine {
    /// A caption, with its credit when the line carries one.
    Caption(Image),
    /// Only a credit (`Photo: Reuters`, `Jane Roe/Shutterstock`): it belongs to the caption or image before.
    Credit(String),
}

// Static patterns, compiled once; a failure is a bug in the pattern text, caught by every test.
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{})(?:$|[^\p{{L}}\p{{N}}])",
        alternation(credits::AGENCIES.iter().copied())
    ))
    .expect("static regex")
});
static NAME_SLASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}/\p{L}").expect("static regex"));
// A Creative Commons licence code closing a line (`CC-BY-SA 2.0`, `cc by nc 4.0`, `CC0`).
static LICENCE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s(\[]cc(?:[- ]?0|(?:[- ](?:by|sa|nc|nd))+(?:[- ]\d\.\d)?(?:[- ][a-z]{2})?)[\s)\].]*$")
        .expect("static regex")
});
static COPYRIGHT_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}|by\b)").expect("static regex")
});

/// The longest caption opener `lower` starts with, in bytes of `lower`.
fn opener_len(lower: &str) -> Option<usize> {
    credits::CAPTION_OPENERS
        .iter()
        .filter(|o| lower.starts_with(**o))
        .map(|o| o.len())
        .max()
}

/// The last credit marker in `lower` at or after `from`, the longest of those ending there (`bildquelle:`
/// over `quelle:`): (start, end) in bytes.
fn last_credit_marker(lower: &str, from: usize) -> Option<(usize, usize)> {
    credits::CREDIT_MARKERS
        .iter()
        .filter_map(|m| {
            lower[from..]
                .rfind(m)
                .map(|i| (from + i, from + i + m.len()))
        })
        .max_by_key(|(s, e)| (*e, std::cmp::Reverse(*s)))
}

fn clean_credit(s: &str) -> Option<String> {
    let t = s
        .trim()
        .trim_start_matches([':', '-', '–', '—', '/', '|'])
        .trim_end_matches([')', ']', '.'])
        .trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn clean_caption(s: &str) -> Option<String> {
    let t = s
        .trim()
        .trim_end_matches(['(', '[', '|', '/', '–', '—', '-'])
        .trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Words of `s`: separators standing alone (`Jane Roe | flickr | CC BY`) are not words.
fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether `s` reads as a credit: short, and an agency or a `Name/Agency` shape.
fn looks_like_credit(s: &str) -> bool {
    let w = words(s);
    w > 0
        && w <= 10
        && !s.contains(". ")
        && (AGENCY.is_match(s) || (NAME_SLASH.is_match(s) && !s.contains("://")))
}

/// Reads `line` as a caption or a credit, or `None` when it is neither. `line` is trimmed.
pub fn parse(line: &str) -> Option<CaptionLine> {
    if line.is_empty() || line.chars().count() > tuning::CAPTION_MAX_CHARS {
        return None;
    }
    let lower = line.to_lowercase();
    // `lower` may differ from `line` in byte length (a few letters change size when lowercased); then we
    // read markers on `line` itself, which is rarer but safe.
    if lower.len() != line.len() {
        return parse_same_case(line);
    }
    parse_with(line, &lower)
}

fn parse_same_case(line: &str) -> Option<CaptionLine> {
    parse_with(line, line)
}

fn parse_with(line: &str, lower: &str) -> Option<CaptionLine> {
    if COPYRIGHT_FOOTER.is_match(lower) {
        return None;
    }
    // 0. An enlarge button's label glued before the caption (`Vergrößern Die Brücke im Nebel`).
    if let Some(rest) = dumps::ENLARGE_LABELS.iter().find_map(|e| {
        lower
            .strip_prefix(e)
            .filter(|r| r.starts_with(' '))
            .map(|r| &line[line.len() - r.len()..])
    }) && words(rest) >= 2
    {
        return Some(CaptionLine::Caption(Image {
            caption: clean_caption(rest),
            credit: None,
            url: None,
        }));
    }
    let opener = opener_len(lower);
    // 1. `caption © credit`: the copyright sign splits them, or its ASCII form `(C)` after a caption.
    let sign = lower
        .find('©')
        .map(|i| (i, '©'.len_utf8()))
        .or_else(|| lower.find(" (c) ").map(|i| (i + 1, "(c) ".len())));
    if let Some((i, n)) = sign {
        let credit = clean_credit(&line[i + n..]);
        return match clean_caption(&line[..i]) {
            Some(caption) => Some(CaptionLine::Caption(Image {
                caption: Some(caption),
                credit,
                url: None,
            })),
            None => credit.map(CaptionLine::Credit),
        };
    }
    // 2. A line opening with `Photo:` and the like.
    if let Some(n) = opener {
        let rest = &line[n..];
        if looks_like_credit(rest.trim()) && !rest.trim().ends_with('.') {
            return clean_credit(rest).map(CaptionLine::Credit);
        }
        let (caption, credit) = match last_credit_marker(lower, n) {
            Some((s, e)) if looks_like_credit(line[e..].trim()) => {
                (clean_caption(&line[..s]), clean_credit(&line[e..]))
            }
            _ => (
                clean_caption(line),
                trailing_agency(line).and_then(clean_credit),
            ),
        };
        return Some(CaptionLine::Caption(Image {
            caption,
            credit,
            url: None,
        }));
    }
    // 3. A sentence ending in a credit: `… (Photo: Jane Roe/AFP)`, `… Photo by Jane Roe`.
    if let Some((s, e)) = last_credit_marker(lower, 0) {
        let credit = line[e..].trim();
        if looks_like_credit(credit) || short_photo_credit(&lower[s..e], credit) {
            // Nothing but punctuation before the marker (`. Photo: AFP`, left over from a caption split
            // across two lines): a credit alone.
            if !line[..s].chars().any(char::is_alphanumeric) {
                return clean_credit(credit).map(CaptionLine::Credit);
            }
            if words(&line[..s]) >= 2 {
                return Some(CaptionLine::Caption(Image {
                    caption: clean_caption(&line[..s]),
                    credit: clean_credit(credit),
                    url: None,
                }));
            }
        }
    }
    // 3b. A sentence ending in an agency in parentheses: `… gut getarnt. (Jane Roe / iStock.com)`. A name
    // pair in parentheses (`(Israel/France)`) is prose; an agency closing the line is a credit.
    if line.ends_with(')')
        && let Some(open) = line.rfind('(')
    {
        let (head, inner) = (&line[..open], &line[open + 1..line.len() - 1]);
        if words(head) >= 2 && words(inner) <= credits::CREDIT_MAX_WORDS && AGENCY.is_match(inner) {
            return Some(CaptionLine::Caption(Image {
                caption: clean_caption(head),
                credit: clean_credit(inner),
                url: None,
            }));
        }
    }
    // 3c. A caption closed by a Creative Commons licence code: pictures carry their licence, prose does not
    // end on one.
    if let Some(m) = LICENCE_CODE.find(line)
        && words(&line[..m.start()]) >= 2
    {
        return Some(CaptionLine::Caption(Image {
            caption: clean_caption(&line[..m.start()]),
            credit: clean_credit(m.as_str().trim_start_matches(['(', '['])),
            url: None,
        }));
    }
    // 4. A short line that is only a credit (`Jane Roe/Shutterstock.com`, `Getty Images`).
    if words(line) <= 6 && looks_like_credit(line) && !line.ends_with('.') {
        return clean_credit(line).map(CaptionLine::Credit);
    }
    None
}

/// A photographer's name after a marker that speaks of a picture (`Foto:`, `Photograph:`, `Bildquelle:`): a
/// few words, not a sentence. Markers of any source (`Quelle:`) need an agency, as prose cites sources too.
fn short_photo_credit(marker: &str, credit: &str) -> bool {
    words(credit) <= credits::CREDIT_MAX_WORDS
        && !credit.trim_end_matches(')').ends_with('.')
        && credits::PHOTO_MARKER_WORDS
            .iter()
            .any(|w| marker.contains(w))
}

/// The agency credit at the end of a caption after a ` / ` or ` - ` (`… in Paris. / AFP`).
fn trailing_agency(line: &str) -> Option<&str> {
    let i = line.rfind([' ', '('])?;
    let (_, tail) = line.split_at(i);
    // The credit starts after the separator; `—` is three bytes long, so its offset is measured.
    let cut = line[..i]
        .rfind(" / ")
        .map(|c| c + " / ".len())
        .or_else(|| line[..i].rfind(" — ").map(|c| c + " — ".len()));
    match cut {
        Some(c) if looks_like_credit(&line[c..]) && words(&line[c..]) <= 5 => Some(&line[c..]),
        _ if tail.trim_start().starts_with('(') && looks_like_credit(tail.trim()) => {
            Some(tail.trim().trim_start_matches('('))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cap(line: &str) -> (Option<String>, Option<String>) {
        match parse(line) {
            Some(CaptionLine::Caption(i)) => (i.caption, i.credit),
            other => panic!("not a caption: {line}: {other:?}"),
        }
    }

    #[test]
    fn copyright_sign_splits_caption_and_credit() {
        let (c, r) = cap(
            "File photo: The harbour of Valletta at dawn, March 3, 2020. ©  Jane Roe/Example Images via Getty Images",
        );
        assert_eq!(
            c.as_deref(),
            Some("File photo: The harbour of Valletta at dawn, March 3, 2020.")
        );
        assert_eq!(
            r.as_deref(),
            Some("Jane Roe/Example Images via Getty Images")
        );
    }

    #[test]
    fn an_enlarge_label_opens_a_caption() {
        assert_eq!(
            cap("Vergrößern Die alte Brücke im Morgennebel."),
            (Some("Die alte Brücke im Morgennebel.".into()), None)
        );
        assert_eq!(
            cap("Enlarge The old bridge at dawn").0.as_deref(),
            Some("The old bridge at dawn")
        );
        // A sentence that starts with the verb is prose.
        assert_eq!(
            parse("Vergrößerte Ansichten der Brücke zeigen die Risse im Beton deutlich."),
            None
        );
    }

    #[test]
    fn a_licence_code_closes_a_caption() {
        assert_eq!(
            cap("Map of the old river crossings. Click the picture to enlarge. CC-BY-SA 2.0"),
            (
                Some("Map of the old river crossings. Click the picture to enlarge.".into()),
                Some("CC-BY-SA 2.0".into())
            )
        );
        assert_eq!(
            cap("Die alte Brücke im Nebel (cc by nc 4.0)").1.as_deref(),
            Some("cc by nc 4.0")
        );
        // A sentence naming the licences is no caption.
        assert_eq!(
            parse("The council publishes its minutes under CC BY and its maps under other terms."),
            None
        );
    }

    #[test]
    fn ascii_copyright_and_spaced_separators() {
        assert_eq!(
            cap("Le marché couvert un samedi matin / (C) Jeanne Roux"),
            (
                Some("Le marché couvert un samedi matin".into()),
                Some("Jeanne Roux".into())
            )
        );
        assert_eq!(
            cap("Der Marktplatz am Samstag. Foto: Jan Ros | flickr | CC BY 2.0"),
            (
                Some("Der Marktplatz am Samstag.".into()),
                Some("Jan Ros | flickr | CC BY 2.0".into())
            )
        );
        assert_eq!(
            parse(". Foto: Jan Ros"),
            Some(CaptionLine::Credit("Jan Ros".into()))
        );
    }

    #[test]
    fn trailing_credit_in_parentheses() {
        let (c, r) = cap("Der Marktplatz von Tübingen im Regen. (Foto: Max Muster/dpa)");
        assert_eq!(c.as_deref(), Some("Der Marktplatz von Tübingen im Regen."));
        assert_eq!(r.as_deref(), Some("Max Muster/dpa"));
        let (c, r) = cap("Фото: Мост через Днепр вечером. Фото: Иван Петров/ТАСС");
        assert_eq!(c.as_deref(), Some("Фото: Мост через Днепр вечером."));
        assert_eq!(r.as_deref(), Some("Иван Петров/ТАСС"));
    }

    #[test]
    fn credit_only_lines() {
        assert_eq!(
            parse("Photo: Reuters"),
            Some(CaptionLine::Credit("Reuters".into()))
        );
        assert_eq!(
            parse("Anna Kowalska/Shutterstock.com"),
            Some(CaptionLine::Credit("Anna Kowalska/Shutterstock.com".into()))
        );
        assert_eq!(
            parse("© Getty Images"),
            Some(CaptionLine::Credit("Getty Images".into()))
        );
    }

    #[test]
    fn prose_and_footers_are_not_captions() {
        assert_eq!(parse("© 2019 Example Media. All rights reserved."), None);
        assert_eq!(
            parse("The committee met on Tuesday to discuss the budget for next year."),
            None
        );
        assert_eq!(parse("Copyright by Example GmbH"), None);
    }

    #[test]
    fn photographer_after_a_picture_marker() {
        let (c, r) = cap(
            "Teachers on strike outside the town hall last week. Photograph: Jane Roe/Example Images",
        );
        assert_eq!(
            c.as_deref(),
            Some("Teachers on strike outside the town hall last week.")
        );
        assert_eq!(r.as_deref(), Some("Jane Roe/Example Images"));
        let (c, r) =
            cap("Die Jugendverbände beim Treffen im Rathaus. (Bildquelle: Ring der Jugend )");
        assert_eq!(
            c.as_deref(),
            Some("Die Jugendverbände beim Treffen im Rathaus.")
        );
        assert_eq!(r.as_deref(), Some("Ring der Jugend"));
    }

    #[test]
    fn agency_in_closing_parentheses() {
        let (c, r) = cap("Das Hermelin ist im Winter gut getarnt. (Max Muster / iStock.com)");
        assert_eq!(
            c.as_deref(),
            Some("Das Hermelin ist im Winter gut getarnt.")
        );
        assert_eq!(r.as_deref(), Some("Max Muster / iStock.com"));
    }

    #[test]
    fn sources_and_name_pairs_in_prose_are_not_credits() {
        assert_eq!(
            parse("Das Duo verlor am Dienstag gegen Anna Berg/Eva Lind (Schweden/Norwegen)."),
            None
        );
        assert_eq!(
            parse(
                "Die Zahl der Baugenehmigungen sank im Vorjahr deutlich (Quelle: Statistisches Landesamt)"
            ),
            None
        );
        // A separator of three bytes before a credit-less tail is read safely.
        assert_eq!(
            parse("Photo: I'm not technophobic — I'm a geek, said the developer."),
            Some(CaptionLine::Caption(Image {
                caption: Some(
                    "Photo: I'm not technophobic — I'm a geek, said the developer.".into()
                ),
                credit: None,
                url: None
            }))
        );
    }
}
