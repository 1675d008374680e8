//! Author names from bylines and metadata: people, not UI words; several authors split.
//!
//! A byline says more than names: "By", "Von", "Par" before them, roles and dates after them, "and" between them,
//! links like "View all posts by". `clean` keeps the names; `looks_like_name` is the test the HTML extractor uses
//! to decide whether a short line is a byline at all.

use regex::Regex;
use std::sync::LazyLock;

/// Byline openers, per language, stripped before the names (lowercase, with their trailing space or colon).
const PREFIXES: &[&str] = &[
    "interview:",
    "interview von",
    "interview by",
    "written by",
    "posted by",
    "published by",
    "reported by",
    "story by",
    "words by",
    "text by",
    "article by",
    "by:",
    "by",
    "von:",
    "von",
    "text:",
    "texte :",
    "texte:",
    "par :",
    "par:",
    "par",
    "por:",
    "por",
    "di:",
    "di",
    "door:",
    "door",
    "autor:",
    "autor",
    "autora:",
    "autora",
    "auteur:",
    "auteur",
    "author:",
    "authors:",
    "autore:",
    "autore",
    "av",
    "af",
    "przez",
    "yazan:",
    "yazar:",
    "автор:",
    "автор",
    "авторы:",
    "текст:",
    "текст",
    "автор статті:",
    "作者：",
    "作者:",
    "文：",
    "文/",
    "记者",
    "取材・文：",
    "文：",
];

/// Words that mark a line as interface or role text, not a name (lowercase; matched as whole words).
const NOT_NAME_WORDS: &[&str] = &[
    "view",
    "posts",
    "post",
    "all",
    "read",
    "minute",
    "minutes",
    "min",
    "email",
    "e-mail",
    "mail",
    "follow",
    "author",
    "authors",
    "profile",
    "updated",
    "published",
    "posted",
    "share",
    "comments",
    "comment",
    "subscribe",
    "contact",
    "twitter",
    "facebook",
    "linkedin",
    "instagram",
    "more",
    "articles",
    "stories",
    "editor's",
    "staff",
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "contributor",
    "columnist",
    "senior",
    "news",
    "photos",
    "photo",
    "click",
    "here",
    "home",
    "login",
    "sign",
    "menu",
    "search",
    "about",
    "admin",
    "administrator",
    "redaktion",
    "redacción",
    "rédaction",
    "redazione",
    "redactie",
    "redakcja",
    "редакция",
    "mehr",
    "artikel",
    "lesezeit",
    "lecture",
    "leitura",
    "lettura",
    "today",
    "yesterday",
    "ago",
    "am",
    "pm",
    "uhr",
    "unknown",
    "anonymous",
    "guest",
    "team",
    "desk",
    "wire",
    "newsroom",
    "updated:",
    "www",
    "http",
    "https",
    "image",
    "video",
    "audio",
    "listen",
    "print",
    "copyright",
    "all rights reserved",
    "von",
    "by",
    "par",
    "por",
    "door",
    "reply",
    "replies",
    "antworten",
    "antwort",
    "danke",
    "thanks",
    "auteurs",
    "autoren",
    "autor",
    "auteur",
    "autore",
    "réponse",
    "répondre",
    "responder",
    "rispondi",
    "beantwoorden",
    "odpowiedz",
    "ответить",
    "yanıtla",
    "sponsored",
    "gesponserte",
    "inhalte",
    "theme",
    "powered",
    "wordpress",
    "blog",
];

/// A name that is a web address ("stern.de", "example.com") names a site, not a person.
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\.(?:com|net|org|de|at|ch|fr|it|es|uk|eu|io|info|ru|pl|nl|be|tv|news)\b")
        .expect("static regex")
});

/// Trailers after a name: "| Staff Writer", "- Reuters", ", CNN" and the like are cut at these separators.
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    // Static pattern: cannot fail.
    Regex::new(r"\s*(?:\||•|·|—|–|\s-\s|\(|\[|\bon\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bupdated\b|\bpublished\b|\bam\s+\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}).*$")
        .expect("static regex")
});

/// Separators between several authors.
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:,|;|&|\+|/|、|，|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b|\boraz\b|\bve\b|\bи\b|\bта\b|\bі\b|\bmit\b|\bwith\b|\bcon\b|\bavec\b)\s*")
        .expect("static regex")
});

static EMAIL_OR_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\S+@\S+\.\S+|https?://\S+|www\.\S+|^@\w+").expect("static regex")
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
    let mut t = strip_prefix(t.trim()).to_string();
    if let Some(m) = TRAILER.find(&t)
        && m.start() > 0
    {
        t.truncate(m.start());
    }
    let mut out: Vec<String> = Vec::new();
    for part in SPLIT.split(&t) {
        let name = strip_prefix(part.trim())
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'' && c != ')')
            .trim();
        if name_test(name, lenient) && !out.iter().any(|o| o.eq_ignore_ascii_case(name)) {
            out.push(name.to_string());
        }
    }
    out
}

/// Removes a byline opener ("By", "Von", "Автор:") from the front.
fn strip_prefix(t: &str) -> &str {
    let lower = t.to_lowercase();
    for p in PREFIXES {
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
    let cjk = s.chars().any(is_cjk);
    if cjk {
        return n <= 12;
    }
    for w in &words {
        let lw = w.to_lowercase();
        let lw = lw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        if NOT_NAME_WORDS.contains(&lw) {
            return false;
        }
    }
    // A name has a capital somewhere (Latin, Cyrillic, Greek); all-lowercase words are prose or UI, but a
    // metadata field may hold a user name.
    s.chars().any(char::is_uppercase) || (lenient && words.len() <= 2)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a short line is a byline: an opener followed by names.
pub fn is_byline(line: &str) -> bool {
    let t = collapse(line);
    let lower = t.to_lowercase();
    let opened = PREFIXES
        .iter()
        .filter(|p| p.len() > 2 || p.ends_with(':'))
        .any(|p| {
            lower.starts_with(p)
                && t.get(p.len()..).is_some_and(|r| {
                    r.starts_with([' ', ':']) || p.ends_with(':') || p.ends_with('：')
                })
        });
    opened && t.chars().count() <= 120 && !clean(&t).is_empty()
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
    fn recognises_bylines() {
        assert!(is_byline("By Jane Doe"));
        assert!(is_byline("Von Max Mustermann und Erika Muster"));
        assert!(!is_byline("By the river the town grew quiet"));
        assert!(!is_byline("Jane Doe"));
    }
}
