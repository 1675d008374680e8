//! What each line of a dump looks like on its own: prose, a short line, or page furniture by vocabulary.

mod furniture;

pub use furniture::is_furniture;

use crate::extract::vocab::{boilerplate, dumps, stopwords, tuning};
use std::collections::HashSet;
use std::sync::LazyLock;

/// A line's kind before context is taken into account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A paragraph: long, sentence-shaped, dense with function words.
    Good,
    /// A shorter sentence: prose if its neighbours are.
    Near,
    /// A heading, a label, a name: body only inside the article.
    Short,
    /// Furniture by vocabulary: menus, share bars, cookie notices, copyright, icon names.
    Bad,
}

/// One non-empty line and what was measured on it.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub lower: String,
    /// Line number in the source, from 0.
    pub line: usize,
    pub chars: usize,
    pub words: usize,
    pub kind: Kind,
    /// The line is a heading that ends an article (`Related articles`, `Comments`).
    pub end_marker: bool,
    /// The end marker is a share bar's label, which pages also put between paragraphs: it ends nothing
    /// for sure.
    pub soft_end: bool,
    /// The end marker opens comments (`Comments (12)`, `Kommentare`).
    pub comment_marker: bool,
    /// An item of a recipe's ingredient list (see `lists`): short, but the article's.
    pub list_item: bool,
    /// An item of a list the author typed with bullets, or a numbered heading of a sequence (`Step 3`), see
    /// `lists::mark_bullets` and `lists::mark_numbered_headings`: short, but the article's, as an ingredient
    /// is; unlike one, it brings no steps after it.
    pub bullet: bool,
}

// Static patterns and sets, built once from the vocabulary; a failure is a bug in the word lists.
static END_MARKERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| boilerplate::END_MARKERS.iter().copied().collect());
static STOPSETS: LazyLock<Vec<(&'static str, HashSet<&'static str>)>> = LazyLock::new(|| {
    stopwords::STOPWORDS
        .iter()
        .map(|(l, w)| (*l, w.iter().copied().collect()))
        .collect()
});

/// Words of a line, lowercase, cut at anything that is not a letter, a digit or an apostrophe.
pub fn words_of(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// Whether `c` is a Han, kana or Hangul character: scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The line with bullets, counts and trailing punctuation stripped, for whole-line vocabulary lookups
/// (`» Comments (12)` → `comments`).
pub fn label_of(lower: &str) -> &str {
    lower.trim_matches(|c: char| {
        c.is_whitespace()
            || c.is_ascii_digit()
            || matches!(
                c,
                '•' | '·'
                    | '»'
                    | '«'
                    | '›'
                    | '‹'
                    | '>'
                    | '<'
                    | '|'
                    | '-'
                    | '–'
                    | '—'
                    | ':'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '*'
                    | '+'
                    | '#'
                    | '→'
                    | '←'
                    | '↑'
                    | '✓'
                    | '×'
                    | '.'
                    | '…'
                    | '!'
                    | '?'
                    | '/'
                    | '"'
                    | '\''
                    | '’'
                    | '“'
                    | '”'
                    | '⋅'
            )
    })
}

/// The function-word list of the page's language: the list with the most hits over the whole page, when
/// hits are frequent enough to trust it.
pub fn page_stopwords(lines: &[(usize, &str)]) -> Option<&'static HashSet<&'static str>> {
    let mut hits = vec![0usize; STOPSETS.len()];
    let mut total = 0usize;
    for (_, l) in lines {
        let lower = l.to_lowercase();
        for w in words_of(&lower) {
            total += 1;
            for (i, (_, set)) in STOPSETS.iter().enumerate() {
                if set.contains(w) {
                    hits[i] += 1;
                }
            }
        }
    }
    let (best, n) = hits.iter().enumerate().max_by_key(|(_, n)| **n)?;
    let share = *n as f32 / total.max(1) as f32;
    (share >= tuning::LANGUAGE_MIN_SHARE).then(|| &STOPSETS[best].1)
}

/// Whether the line is a teaser's blurb: words that end in a `read more` link label. An article's own
/// sentences never end on one; only a blurb pointing to another page does.
fn is_teaser(lower: &str, chars: usize, words: usize) -> bool {
    if chars > tuning::TEASER_LINE_MAX_CHARS {
        return false;
    }
    let end = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    // A full stop makes it a sentence about reading on; link labels end bare or with an arrow or ellipsis.
    if lower[end.len()..].trim() == "." {
        return false;
    }
    dumps::TEASER_TAILS.iter().any(|t| {
        end.strip_suffix(t)
            .is_some_and(|rest| rest.ends_with(' ') && words > t.split(' ').count() + 2)
    }) || dumps::TEASER_WORD_TAILS.iter().any(|t| {
        end.strip_suffix(t).is_some_and(|rest| {
            rest.ends_with(' ')
                && words > 3
                && ends_sentence(rest.trim_end())
                && !rest.trim_end().ends_with([':', ';'])
        })
    })
}

/// A link to another article led by a label on its own line (`Read more: Budget under fire`,
/// `Weiterlesen … Neue Fähre`): the label, a colon or an ellipsis, then a headline without a full stop.
fn is_link_lead(lower: &str, chars: usize) -> bool {
    is_led_by(lower, chars, dumps::LINK_LEADS)
}

/// A label of `leads`, then a colon or an ellipsis, then a headline without a full stop.
pub(super) fn is_led_by(lower: &str, chars: usize, leads: &[&str]) -> bool {
    if chars > dumps::LINK_LEAD_MAX_CHARS {
        return false;
    }
    let head = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    leads.iter().any(|t| {
        head.strip_prefix(t).is_some_and(|rest| {
            let rest = rest.trim_start();
            let after = rest
                .strip_prefix(':')
                .or_else(|| rest.strip_prefix('…'))
                .or_else(|| rest.strip_prefix("..."))
                .map(str::trim);
            after.is_some_and(|h| h.chars().any(char::is_alphanumeric) && !h.ends_with('.'))
        })
    })
}

/// A tag list or its label (`Tags: bridges, council`, `Schlagwörter`), which stands after the article.
fn is_tag_line(lower: &str) -> bool {
    let label = label_of(lower);
    let head = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let colon_after = |t: &str| {
        head.strip_prefix(t)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    };
    dumps::TAG_LABELS
        .iter()
        .any(|t| label == *t || colon_after(t))
        || dumps::TAG_LABELS_WITH_COLON.iter().any(|t| colon_after(t))
}

/// Ends like a sentence.
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '’', '”', '»', ')', ']'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？', ':', ';'])
}

/// Every text as a line of a page, in order, for the tests of the modules that read lines.
#[cfg(test)]
pub(crate) fn classify_all(texts: &[&str]) -> Vec<Line> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| classify(t, i, None))
        .collect()
}

/// Measures and classifies one line. `stop` is the page's function-word list, if known.
pub fn classify(text: &str, line: usize, stop: Option<&HashSet<&'static str>>) -> Line {
    let lower = text.to_lowercase();
    let chars = text.chars().count();
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    let ws: Vec<&str> = words_of(&lower).collect();
    let words = ws.len();
    let label = label_of(&lower);
    let end_marker = END_MARKERS.contains(label)
        || (chars <= 60
            && boilerplate::END_MARKERS
                .iter()
                .any(|m| label.starts_with(m) && m.len() > 6))
        || (chars <= 40
            && text.chars().any(|c| c.is_ascii_digit())
            && words_of(&lower).any(|w| boilerplate::COMMENT_WORDS.contains(&w)));
    let end_marker = end_marker
        || is_tag_line(&lower)
        || dumps::AUTHOR_BOX_LABELS.contains(&label)
        || chars <= dumps::BOX_OPENER_MAX_CHARS
            && dumps::BOX_OPENERS.iter().any(|m| label.starts_with(m))
        || words <= dumps::RELATED_PHRASE_MAX_WORDS
            && dumps::RELATED_PHRASES.iter().any(|p| lower.contains(p));
    // A single link set between paragraphs (`Related: Budget under fire`) ends nothing: it is furniture.
    let link_lead = is_link_lead(&lower, chars);
    let end_marker = end_marker && !link_lead;
    let soft_end = end_marker && dumps::SHARE_MARKERS.iter().any(|m| label.starts_with(m));
    let comment_marker =
        end_marker && words_of(label).any(|w| boilerplate::COMMENT_WORDS.contains(&w));
    let kind = if is_furniture(text, &lower, chars) || is_teaser(&lower, chars, words) || link_lead
    {
        Kind::Bad
    } else if cjk * 2 >= chars {
        let punct = text
            .chars()
            .filter(|c| matches!(c, '。' | '，' | '、' | '！' | '？'))
            .count();
        if cjk >= tuning::CJK_GOOD_CHARS && punct >= 2 {
            Kind::Good
        } else if cjk >= tuning::CJK_NEAR_CHARS && punct >= 1 {
            Kind::Near
        } else {
            Kind::Short
        }
    } else {
        let ratio = match stop {
            Some(set) => {
                ws.iter().filter(|w| set.contains(*w)).count() as f32 / words.max(1) as f32
            }
            None => 1.0,
        };
        let punct = text
            .chars()
            .filter(|c| matches!(c, '.' | ',' | ';' | '!' | '?'))
            .count();
        let long = chars >= tuning::LONG_LINE_CHARS && ratio >= tuning::NEAR_STOP_RATIO;
        let paragraph =
            chars >= tuning::GOOD_MIN_CHARS && ratio >= tuning::GOOD_STOP_RATIO && punct >= 1;
        if long || paragraph {
            Kind::Good
        } else if chars >= tuning::NEAR_MIN_CHARS
            && ratio >= tuning::NEAR_STOP_RATIO
            && ends_sentence(text)
        {
            Kind::Near
        } else {
            Kind::Short
        }
    };
    Line {
        text: text.to_string(),
        lower,
        line,
        chars,
        words,
        kind,
        end_marker,
        soft_end,
        comment_marker,
        list_item: false,
        bullet: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blurbs_ending_in_read_more_are_teasers() {
        for t in [
            "Glatteis im Januar: Fünf Tipps, wie du sicher zur Arbeit kommst, auch ohne Auto mehr lesen",
            "The mayor explains why the old bridge must close for two years, and what comes next. Read more »",
            "Le maire explique pourquoi le vieux pont doit fermer pendant deux ans. Lire la suite…",
            "Der Stadtrat streitet über die Brücke. Eine Entscheidung fällt erst im Frühjahr. mehr",
            "El alcalde explica por qué el puente cerrará dos años. ¿Y después? más",
            "Мэр объяснил, почему мост закроют на два года. далее »",
        ] {
            assert_eq!(kind(t), Kind::Bad, "{t}");
        }
        // A sentence that only speaks of reading more is prose.
        assert_ne!(
            kind(
                "Wer mehr über die Geschichte der Brücke wissen will, sollte im Stadtarchiv weiterlesen."
            ),
            Kind::Bad
        );
        // A bare `more` ending a sentence or a heading is the text's own.
        for t in [
            "Die Stadt braucht für die Sanierung der Brücke in diesem Jahr nicht mehr",
            "Why the city needs a new bridge and why it will cost more",
        ] {
            assert_ne!(kind(t), Kind::Bad, "{t}");
        }
    }

    fn kind(s: &str) -> Kind {
        let stop = STOPSETS.iter().find(|(l, _)| *l == "en").map(|(_, s)| s);
        classify(s, 0, stop).kind
    }

    #[test]
    fn menus_and_notices_are_furniture() {
        for s in [
            "Home",
            "» Comments (12)",
            "Share on Facebook",
            "We use cookies to improve your experience on our site.",
            "© 2024 Example Media. All rights reserved.",
            "Dieser Text steht unter der Lizenz CC BY-SA 4.0, die Fotos nicht.",
            "Inhaltsverzeichnis",
            "Table of contents",
            "Содержание:",
            "Bei den Links auf dieser Seite handelt es sich um Affiliate-Links: Wir erhalten eine Provision.",
            "Ce site contient des liens affiliés vers des boutiques en ligne.",
            "Unless otherwise noted, this page is licensed under Creative Commons Attribution 4.0.",
            "Home | World | Business | Tech",
            "Home News Sport Weather Login",
            "Главная Новости Спорт Погода Войти",
            "Share Facebook Twitter Google+ Reddit WhatsApp Pinterest Email LinkedIn Tumblr Telegram Print",
            "Teilen: Facebook, Twitter, WhatsApp, E-Mail",
            "Startseite Politik Sport Anmelden",
            "date 2024-06-24 icon bookmark-bicon cameraicon checkicon chevron downicon closeicon",
            "Anmelden",
            "Поделиться",
            "続きを読む",
            r#"<img src="//pixel.example.net/p.gif" height="1" width="1" alt="" />"#,
            r#"<div><a href="https://ads.example.com/jump;sz=300x250"><img src="https://ads.example.com/i.gif"></a></div>"#,
        ] {
            assert_eq!(kind(s), Kind::Bad, "{s}");
        }
    }

    #[test]
    fn paragraphs_are_prose() {
        assert_eq!(
            kind(
                "The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1890."
            ),
            Kind::Good
        );
        assert_eq!(
            kind("It was not the first time that this happened."),
            Kind::Near
        );
        assert_eq!(kind("Local Elections 2024"), Kind::Short);
        // A researcher affiliated with a university is no affiliate link.
        assert_eq!(
            kind(
                "A team of researchers affiliated with two universities has found new evidence of early tool use."
            ),
            Kind::Good
        );
        // A headline naming networks is no share bar.
        assert_ne!(
            kind("Facebook and Twitter ban the account of the bridge"),
            Kind::Bad
        );
        // A title-case headline naming one UI word is no menu.
        assert_ne!(kind("Home Secretary Resigns Over Login Scandal"), Kind::Bad);
        // A code sample naming a local file is the article's, not a tracking pixel.
        assert_ne!(
            kind(r#"<img src="images/chart.png" alt="Chart of votes by district in the town">"#),
            Kind::Bad
        );
    }

    #[test]
    fn tag_lists_end_the_article() {
        for t in [
            "Tags: bridges, council, river",
            "Schlagwörter: Brücke, Gemeinderat",
            "Themen: Verkehr, Haushalt",
            "Etiquetas: puente, ayuntamiento",
            "Теги: мост, совет",
            "Schlagworte",
            "TAGS",
        ] {
            assert!(classify(t, 0, None).end_marker, "{t}");
        }
        // A sentence about tags, or a heading naming topics without a colon, is no tag list.
        for t in [
            "Tags are what the council uses to sort its files by street.",
            "Themen der Woche",
        ] {
            assert!(!classify(t, 0, None).end_marker, "{t}");
        }
    }

    #[test]
    fn a_link_led_by_a_label_is_furniture_not_an_end() {
        for t in [
            "Read more: Budget under fire as the council meets",
            "Related: Why the old ferry was sold",
            "Weiterlesen … Neue Fähre für das Oberland",
            "Lee también: El puente cierra por obras",
            "Lesen Sie hier: Neue Fähre für das Oberland",
            "Auch lesen: Die neue Fähre fährt ab Mai stündlich",
            "Читайте также: Мост закрыт на ремонт",
        ] {
            let l = classify(t, 0, None);
            assert_eq!(l.kind, Kind::Bad, "{t}");
            assert!(!l.end_marker, "{t}");
        }
        // The label ending a sentence, or a sentence after it, stays prose.
        assert_ne!(
            kind("More: the council will meet again on Friday to vote on the budget."),
            Kind::Bad
        );
        assert_ne!(
            kind("More people crossed the bridge on foot than by car last year, the survey found."),
            Kind::Bad
        );
    }

    #[test]
    fn headings_offering_other_articles_end_the_article() {
        for t in [
            "Diese Artikel könnten dich auch interessieren:",
            "Stories you might also like",
            "Ces articles pourraient vous intéresser",
            "Otras notas que te pueden interesar:",
            "Articoli che potrebbero interessarti",
            "Вам также может понравиться",
            "你可能也喜欢",
        ] {
            assert!(classify(t, 0, None).end_marker, "{t}");
        }
        // A sentence that says what the reader may like is no heading.
        for t in [
            "Freut mich sehr, dass euch die Bilder von der Brücke auch gefallen haben!",
            "If you liked the old bridge, you may also like the ferry that replaces it next spring.",
        ] {
            assert!(!classify(t, 0, None).end_marker, "{t}");
        }
    }

    #[test]
    fn end_markers_are_flagged() {
        let stop = None;
        assert!(classify("Related articles", 0, stop).end_marker);
        assert!(classify("Похожие статьи", 0, stop).end_marker);
        assert!(!classify("The bridge", 0, stop).end_marker);
        assert!(!classify("Autorennen am Ring", 0, stop).end_marker);
        // Labels of link boxes set between paragraphs.
        assert!(classify("Explore further", 0, stop).end_marker);
        assert!(classify("Lesen Sie auch:", 0, stop).end_marker);
        assert!(classify("Pour approfondir", 0, stop).end_marker);
        for m in [
            "Autor",
            "Zum Autor",
            "About the writer",
            "Автор:",
            "Weitere Informationen",
            "More information",
            "Relacionados:",
            "Articles en relation",
            "Verwandte Themen",
            "Weitere Inhalte:",
            "Leggi anche",
            "Czytaj także",
            "Lire aussi",
        ] {
            assert!(classify(m, 0, stop).end_marker, "{m}");
        }
        assert!(
            !classify(
                "Lesen Sie auch die Stellungnahme des Rates, die am Montag veröffentlicht wurde.",
                0,
                stop
            )
            .end_marker
        );
    }
}
