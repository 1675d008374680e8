//! Author names from bylines and metadata: people, not UI words; several authors split.
//!
//! A byline says more than names: "By", "Von", "Par" before them, roles and dates after them, "and" between them,
//! links like "View all posts by". `clean` keeps the names; `looks_like_name` is the test the HTML extractor uses
//! to decide whether a short line is a byline at all.

use crate::extract::vocab::{alternation, bylines, credits, date_labels};
use regex::Regex;
use std::sync::LazyLock;

/// `bylines::PREFIXES`, longest first, so that "blog beitrag von" is stripped whole before "von" is tried.
static PREFIXES_LONGEST_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v = bylines::PREFIXES.to_vec();
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
});

/// The first bytes of the openers.
static PREFIX_FIRST_BYTES: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut v: Vec<u8> = bylines::PREFIXES
        .iter()
        .filter_map(|p| p.as_bytes().first().copied())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// The longest opener in bytes: a line's first this many characters, lower-cased, decide whether it opens
/// with one (a character never lower-cases to fewer than one byte).
static PREFIX_MAX_BYTES: LazyLock<usize> =
    LazyLock::new(|| bylines::PREFIXES.iter().map(|p| p.len()).max().unwrap_or(0));

/// A name that is a web address ("stern.de", "example.com") names a site, not a person.
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\.(?:{})\b",
        alternation(bylines::SITE_DOMAIN_ENDINGS.iter().copied())
    ))
    .expect("static regex")
});

/// Trailers after a name: "| Staff Writer", "- Reuters", ", CNN" and the like are cut at these separators.
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    // Built from the vocabulary: a failure is a bug in the word lists.
    Regex::new(&format!(
        r"(?i)\s*(?:\||•|·|—|–|\s-\s|\(|\[|\bon\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:{})\s*:|\b(?:{})\b|\bam\s+\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}).*$",
        alternation(credits::PICTURE_LABELS.iter().copied()),
        alternation(date_labels::PUBLISHED_WORDS.iter().copied()),
    ))
    .expect("static regex")
});

/// Brackets between a first and a last name: a nickname or initials.
static NICKNAME: LazyLock<Regex> = LazyLock::new(|| {
    // Static pattern: cannot fail.
    Regex::new(r"\s\([^()]{1,24}\)(\s+\p{Lu})").expect("static regex")
});

/// A photo or picture credit, not an author: "Foto: …", "Photo: …", "Bild: …".
static CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{})s?\s*:",
        alternation(credits::PICTURE_LABELS.iter().copied())
    ))
    .expect("static regex")
});

/// An opener written with a capital inside a line ("Disko Von Ernst Lohoff", "Analysis By Jane Roe"), where a
/// name's particle would be lowercase.
static TITLED_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    let titled = std::iter::once("by")
        .chain(bylines::PARTICLES.iter().copied())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        });
    let titled: Vec<String> = titled.collect();
    Regex::new(&format!(r"\s(?:{})\s", titled.join("|"))).expect("static regex")
});

/// Separators between several authors. A slash is not one: "dpa/AFP" or "det/dpa" credits one story to
/// desks together, and is kept as written.
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    // Word joiners need white space on both sides: "e" must not split "e.V.".
    Regex::new(&format!(
        r"\s*(?:,|;|&|\+|、|，)\s*|\s+(?:{})\s+",
        alternation(bylines::NAME_JOINERS.iter().copied())
    ))
    .expect("static regex")
});

/// A date opening a byline and the separator after it ("05.02.2020 – Redaktion: …", "11.12.2019 - Jane Roe").
static LEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}[./]\s?\d{1,2}[./]\s?(?:\d{4}|\d{2})\s*(?:[-–—|/·•]\s*)")
        .expect("static regex")
});

static EMAIL_OR_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\S+@\S+\.\S+|https?://\S+|www\.\S+|(?:^|\s)@\w+").expect("static regex")
});

/// Splits and cleans a byline or metadata author value into names. Returns nothing when the value is not a
/// list of people (a UI line, a URL, a date).
pub fn clean(raw: &str) -> Vec<String> {
    clean_with(raw, false)
}

/// Like `clean`, for metadata (JSON-LD, `<meta name=author>`), where a value is meant as a name: user names in
/// lowercase ("rasos") are accepted there, never in running text.
pub fn clean_meta(raw: &str) -> Vec<String> {
    clean_with(raw, true)
}

fn clean_with(raw: &str, lenient: bool) -> Vec<String> {
    let t = collapse(raw);
    let t = EMAIL_OR_URL.replace_all(&t, " ");
    let t = LEADING_DATE.replace(t.trim(), "");
    let t = t.trim();
    if CREDIT_LABEL.is_match(t) {
        return Vec::new();
    }
    // "Disko Von Ernst Lohoff": a section's name before a capitalised opener.
    let t = match TITLED_OPENER.find(t) {
        Some(m) if t[..m.start()].split_whitespace().count() <= 2 => &t[m.end()..],
        _ => t,
    };
    // A nickname or initials set in brackets inside the name ("Richard (R.J.) Eskow") go; brackets after it
    // (an agency, a role) end it below.
    let mut t = NICKNAME
        .replace_all(strip_prefix(t.trim()), "$1")
        .into_owned();
    if let Some(m) = TRAILER.find(&t)
        && m.start() > 0
    {
        t.truncate(m.start());
    }
    let mut out: Vec<String> = Vec::new();
    for part in SPLIT.split(&t) {
        let name = strip_prefix(part.trim())
            .trim_start_matches(['\'', '‘', '’'])
            .trim_end_matches(['\'', '‘', '’'])
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'' && c != ')')
            .trim();
        let name = drop_profession(name);
        if name_test(name, lenient) && !out.iter().any(|o| o.eq_ignore_ascii_case(name)) {
            out.push(name.to_string());
        }
    }
    out
}

/// Removes a profession written before a name ("Rechtsanwalt Jan Roe" → "Jan Roe").
fn drop_profession(name: &str) -> &str {
    let Some((first, rest)) = name.split_once(' ') else {
        return name;
    };
    let rest = rest.trim_start();
    if rest.split_whitespace().count() >= 2
        && crate::extract::vocab::bylines::LEADING_PROFESSIONS
            .contains(&first.to_lowercase().as_str())
    {
        rest
    } else {
        name
    }
}

/// Whether a line opens with a byline label ending in a colon ("Autor:", "Text:", "By:"), whatever follows: a
/// signature line, even when the name is a user handle.
pub fn opens_byline(line: &str) -> bool {
    let lower = collapse(line).to_lowercase();
    bylines::PREFIXES
        .iter()
        .any(|p| p.ends_with(':') && p.len() > 3 && lower.starts_with(p))
}

/// Removes a byline opener ("By", "Von", "Автор:") from the front.
fn strip_prefix(t: &str) -> &str {
    let lower = t.to_lowercase();
    for p in PREFIXES_LONGEST_FIRST.iter() {
        if lower.starts_with(p) && lower.len() == t.len() {
            let rest = &t[p.len()..];
            let boundary = p.ends_with(':')
                || p.ends_with('：')
                || p.ends_with('/')
                || rest.starts_with([' ', ':', '\u{a0}']);
            if boundary && !rest.trim().is_empty() {
                return rest.trim_start_matches([' ', ':', '\u{a0}']).trim();
            }
        }
    }
    t
}

/// Whether `s` reads as a person's name (or an outlet standing as author): a few words, letters, no UI words.
pub fn looks_like_name(s: &str) -> bool {
    name_test(s, false)
}

/// Whether a line opens with a photo credit's label ("Foto:", "Photo:", "Bild:").
pub fn opens_credit(line: &str) -> bool {
    CREDIT_LABEL.is_match(line)
}

fn name_test(s: &str, lenient: bool) -> bool {
    let n = s.chars().count();
    if !(2..=60).contains(&n) {
        return false;
    }
    if s.chars().any(|c| {
        c.is_ascii_digit() || matches!(c, '@' | '!' | '?' | '|' | '=' | '<' | '>' | '{' | '}' | '#')
    }) {
        return false;
    }
    if !s.chars().any(char::is_alphabetic) || DOMAIN.is_match(s) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 5 {
        return false;
    }
    // A byline's label standing alone ("作者", "Autor:") is no name.
    let bare = s.trim_end_matches([':', '：', '/']).trim().to_lowercase();
    if bylines::AUTHOR_LABELS.contains(&bare.as_str()) {
        return false;
    }
    let cjk = s.chars().any(is_cjk);
    if cjk {
        return n <= 12;
    }
    for (i, w) in words.iter().enumerate() {
        let lw = w.to_lowercase();
        let lw = lw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        if bylines::NOT_NAME_WORDS.contains(&lw)
            || (!lenient && bylines::ROLE_NOT_NAME_WORDS.contains(&lw))
            || (i == 0 && bylines::PARTICLES.contains(&lw))
        {
            return false;
        }
    }
    // In running text a name's words are capitalised but for its particles; "Projektleiterin der HSS in
    // Tunesien" is a job, "ganz normalem Deutsch" a phrase.
    if !lenient
        && words.iter().any(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !bylines::NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
    {
        return false;
    }
    // A name has a capital somewhere (Latin, Cyrillic, Greek); all-lowercase words are prose or UI, but a
    // metadata field may hold a user name or a desk written in lowercase ("news service reports").
    s.chars().any(char::is_uppercase) || (lenient && words.len() <= 3)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether a short line is a byline: an opener followed by names, or a date, a dash and names
/// ("11.12.2019 - Jane Roe", "05.02.2020 – Redaktion: Jane Roe (Pressesprecherin)").
pub fn is_byline(line: &str) -> bool {
    // A byline opens with a digit (a date) or an opener: any other line is none, without a copy of it (every
    // short block of a page is asked). The first byte of a lower-cased character is the same whatever
    // follows it, even for a final sigma.
    let Some(c) = line.chars().find(|c| !c.is_whitespace()) else {
        return false;
    };
    let first = c
        .to_lowercase()
        .next()
        .map(|l| l.encode_utf8(&mut [0; 4]).as_bytes()[0]);
    if !c.is_numeric() && !first.is_some_and(|b| PREFIX_FIRST_BYTES.contains(&b)) {
        return false;
    }
    let t = collapse(line);
    if let Some(m) = LEADING_DATE.find(&t) {
        let rest = &t[m.end()..];
        // Two to four capitalised words: a name, not a place ("Berlin") or a headline.
        let words = rest.split_whitespace().count();
        return is_byline(rest)
            || ((2..=4).contains(&words) && looks_like_names(rest) && !clean(rest).is_empty());
    }
    // Only the line's opening is compared with the openers (this runs on every short block of a page). One
    // character more than the longest opener: lower-casing reads no further context, except a final sigma,
    // which no opener holds.
    let head_end = t
        .char_indices()
        .nth(*PREFIX_MAX_BYTES + 1)
        .map_or(t.len(), |(i, _)| i);
    let lower = t[..head_end].to_lowercase();
    let first = lower.as_bytes().first().copied();
    let opened = PREFIXES_LONGEST_FIRST.iter().any(|p| {
        p.as_bytes().first().copied() == first
            && lower.starts_with(p)
            && t.get(p.len()..).is_some_and(|r| {
                let opens = r.starts_with([' ', ':']) || p.ends_with(':') || p.ends_with('：');
                // A two-letter opener ("By", "Di", "Av") also starts ordinary sentences: take it only before
                // a short run of capitalised words, as a name is written.
                // So does an opener that is also a preposition ("Von Brücken und Fähren", "Par la fenêtre").
                opens
                    && ((p.len() > 2 && !bylines::PARTICLES.contains(p))
                        || p.ends_with(':')
                        || looks_like_names(r))
            })
    });
    opened && t.chars().count() <= 120 && !clean(&t).is_empty()
}

/// A few words, each capitalised: the shape of one or two names after a short opener.
fn looks_like_names(rest: &str) -> bool {
    // The first name's words, up to a comma: what follows may be an agency in lowercase ("Jane Roe, dpa").
    let first = rest.split([',', ';', '/']).next().unwrap_or(rest);
    let words: Vec<&str> = first.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 7
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || bylines::NAME_PARTICLES.contains(&w.to_lowercase().as_str())
                || SPLIT.is_match(&format!(" {w} "))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_openers_in_several_languages() {
        assert_eq!(clean("By Jane Doe"), vec!["Jane Doe"]);
        assert_eq!(clean("Von Max Mustermann"), vec!["Max Mustermann"]);
        assert_eq!(clean("Par Jeanne Martin"), vec!["Jeanne Martin"]);
        assert_eq!(clean("Автор: Иван Петров"), vec!["Иван Петров"]);
    }

    #[test]
    fn a_label_alone_is_no_name_and_a_nickname_goes() {
        assert!(clean_meta("作者").is_empty());
        assert!(clean_meta("Autor:").is_empty());
        assert!(clean("By").is_empty());
        assert_eq!(clean_meta("作者：李明"), vec!["李明"]);
        assert_eq!(clean("Richard (R.J.) Eskow"), vec!["Richard Eskow"]);
        assert_eq!(clean("José (Pepe) García"), vec!["José García"]);
        // Brackets after the name still end it.
        assert_eq!(clean("Jane Roe (dpa)"), vec!["Jane Roe"]);
    }

    #[test]
    fn a_preposition_opens_a_byline_only_before_names() {
        assert!(!is_byline("Von Mob und Macheten bedroht:"));
        assert!(!is_byline("Par la fenêtre du train"));
        assert!(!is_byline("Por qué llueve tanto"));
        assert!(is_byline("Von David Roth, dpa"));
        assert!(is_byline("Par Jean de la Tour"));
        assert!(is_byline("Door Anna van der Berg"));
    }

    #[test]
    fn splits_several_authors() {
        assert_eq!(clean("By Ann Lee and Bo Chan"), vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(
            clean("Ana Ruiz y Luis Gómez"),
            vec!["Ana Ruiz", "Luis Gómez"]
        );
        assert_eq!(
            clean("Ann Lee, Bo Chan & Cy Diaz"),
            vec!["Ann Lee", "Bo Chan", "Cy Diaz"]
        );
    }

    #[test]
    fn keeps_initials_and_user_names_from_metadata() {
        assert_eq!(clean("Juan Carlos Muñoz C."), vec!["Juan Carlos Muñoz C."]);
        assert!(clean("rasos").is_empty());
        assert_eq!(clean_meta("rasos"), vec!["rasos"]);
    }

    #[test]
    fn drops_ui_words_and_trailers() {
        assert!(clean("View all posts by").is_empty());
        assert!(clean("5 Minute Read").is_empty());
        assert!(clean("Email the author").is_empty());
        assert_eq!(clean("By Jane Doe | Staff Writer"), vec!["Jane Doe"]);
        assert_eq!(clean("Jane Doe - Reuters"), vec!["Jane Doe"]);
        assert_eq!(clean("By Jane Doe on June 3, 2024"), vec!["Jane Doe"]);
        assert!(clean("https://example.org/author/jane").is_empty());
    }

    #[test]
    fn keeps_particles_desks_and_slashed_credits() {
        assert_eq!(clean_meta("Alexa von Heyden"), vec!["Alexa von Heyden"]);
        assert!(!looks_like_name("von Heyden"));
        assert_eq!(clean_meta("det/dpa"), vec!["det/dpa"]);
        assert_eq!(clean("AFP/The Local"), vec!["AFP/The Local"]);
        assert_eq!(
            clean_meta("Hanns-Seidel-Stiftung e.V."),
            vec!["Hanns-Seidel-Stiftung e.V."]
        );
        assert_eq!(clean_meta("HLNF Staff Report"), vec!["HLNF Staff Report"]);
        assert!(clean("Staff Reporter").is_empty());
        assert_eq!(
            clean_meta("Williams Perdomo @wperdomod"),
            vec!["Williams Perdomo"]
        );
    }

    #[test]
    fn drops_credits_phrases_and_section_names() {
        assert!(clean("Foto: Ingo Schneider").is_empty());
        assert_eq!(clean("Jens Berg Foto: Mia Hude"), vec!["Jens Berg"]);
        assert_eq!(clean("Disko Von Ernst Lohoff"), vec!["Ernst Lohoff"]);
        assert_eq!(clean("Herr_Rein Veröffentlicht"), vec!["Herr_Rein"]);
        assert_eq!(
            clean("Uta Stasch, Projektleiterin der HSS in Tunesien"),
            vec!["Uta Stasch"]
        );
        assert_eq!(clean("'Ann Lee, Bo Chan'"), vec!["Ann Lee", "Bo Chan"]);
    }

    #[test]
    fn more_openers() {
        assert_eq!(clean("Erstellt von Andri Bryn"), vec!["Andri Bryn"]);
        assert_eq!(clean("Alles von Martin Junk"), vec!["Martin Junk"]);
        assert_eq!(clean("Text, Harald Will"), vec!["Harald Will"]);
        assert_eq!(clean("Blog Beitrag von Marga Koren"), vec!["Marga Koren"]);
        assert_eq!(clean("责任编辑：焦鹏"), vec!["焦鹏"]);
        assert_eq!(clean("Eine Kolumne von Lars Brenner"), vec!["Lars Brenner"]);
        assert!(is_byline("A column by Ann Lee"));
        assert!(is_byline("Une chronique de Jeanne Martin"));
        assert!(is_byline("Artikel von Alexa von Heyden"));
    }

    #[test]
    fn signature_labels() {
        assert!(opens_byline("Author: dz5man am 29.12.2010, 13:36 Uhr"));
        assert!(opens_byline("Texte : Jeanne Martin"));
        assert!(!opens_byline("By the river"));
        assert!(!opens_byline("Autorität der Gerichte"));
    }

    #[test]
    fn professions_before_names() {
        assert_eq!(clean("Autor: Rechtsanwalt Jan Berger"), vec!["Jan Berger"]);
        assert_eq!(clean("Par Avocate Marie Roux"), vec!["Marie Roux"]);
        assert_eq!(clean("Dr. Jan Berger"), vec!["Dr. Jan Berger"]);
    }

    #[test]
    fn a_date_then_names() {
        assert!(is_byline("11.12.2019 - Lena Hofer"));
        assert_eq!(clean("11.12.2019 - Lena Hofer"), vec!["Lena Hofer"]);
        assert!(is_byline(
            "05.02.2020 – Redaktion: Karl Mohr (Pressesprecher des Vereins)"
        ));
        assert_eq!(
            clean("05.02.2020 – Redaktion: Karl Mohr (Pressesprecher des Vereins)"),
            vec!["Karl Mohr"]
        );
        assert!(is_byline("03/04/21 | Par Jeanne Martin"));
        // A place or a headline after the date is no byline.
        assert!(!is_byline("12.03.2021 - Berlin"));
        assert!(!is_byline(
            "12.03.2021 - Neue Regeln für den Winterdienst ab Montag"
        ));
    }

    #[test]
    fn recognises_bylines() {
        assert!(is_byline("By Jane Doe"));
        assert!(is_byline("Von Max Mustermann und Erika Muster"));
        assert!(!is_byline("By the river the town grew quiet"));
        assert!(!is_byline("Jane Doe"));
        // Read past leading white space and in any case, in any script; a line opening otherwise is none.
        assert!(is_byline("  \u{a0}BY   JANE\n DOE"));
        assert!(is_byline("Автор: Иван Петров"));
        assert!(is_byline("ÉCRIT PAR Jeanne Martin"));
        assert!(!is_byline("Quelle: Jane Doe"));
        assert!(!is_byline("   "));
    }
}
