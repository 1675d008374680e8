//! Text folding shared by the scores, written to agree with the Python scoring scripts of the shared eval
//! (`score.py`, `aeb_score.py`) to the third decimal: Python's notion of white space, word characters and
//! case folding differ from Rust's defaults in small ways that move scores on multilingual pages.

use regex::Regex;
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// Python's `str.isspace`: Rust's `White_Space` plus the four ASCII separators U+001C–U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Runs of white space as one space, trimmed (`re.sub(r'\s+', ' ', s).strip()`).
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_py_space(c) {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Python's `str.casefold` for the letters where it differs from per-character lowercasing; enough for the
/// scripts the devsets hold (German, Greek, ligatures).
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Titles and dates compare equal after folding white space, case, dashes and typographic quotes.
pub fn fold_text(s: &str) -> String {
    let dashed: String = squash(s)
        .chars()
        .map(|c| match c {
            '\u{2010}'..='\u{2014}' | '\u{2212}' => '-',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' => '"',
            c => c,
        })
        .collect();
    casefold(&dashed)
}

/// A JSON value as the text the scripts see (`str(v or '')`): null, false, empty give "".
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Null | Value::Bool(false) => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Separators between names: `;` `,` `&` and the word "and" in en, de, fr, es, ru.
static NAME_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles, or every test fails.
    Regex::new(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*").expect("constant regex")
});

/// Authors as a set of folded names, from a list (of strings or `{name}` objects) or one joined string.
pub fn names(v: &Value) -> BTreeSet<String> {
    let joined = match v {
        Value::Array(items) => items
            .iter()
            .map(|x| match x {
                Value::String(s) => s.clone(),
                Value::Object(o) => o
                    .get("name")
                    .filter(|n| !value_text(n).is_empty())
                    .or_else(|| o.get("literal"))
                    .map(value_text)
                    .unwrap_or_default(),
                _ => String::new(),
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => value_text(other),
    };
    NAME_SPLIT
        .split(&joined)
        .map(squash)
        .filter(|p| !p.is_empty())
        .map(|p| casefold(&p))
        .collect()
}

/// Python's `\w+` tokens: letters, numbers and underscore (not combining marks, unlike Rust's `\w`).
static WORD: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles, or every test fails.
    Regex::new(r"[\p{L}\p{N}_]+").expect("constant regex")
});

/// The word tokens of a text.
pub fn tokens(s: &str) -> Vec<&str> {
    WORD.find_iter(s).map(|m| m.as_str()).collect()
}

/// The key that pairs an extracted file with its ground truth: the file name without `.gz`, then without
/// `.html`, `.htm`, `.txt` (in that order, each once); for the `NAME/source.html` layout, `NAME`. A `#N`
/// suffix (the N-th record of a multi-record file) stays part of the key.
pub fn key(path: &str) -> String {
    let p = std::path::Path::new(path);
    let base = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    if base == "source.html" {
        return p
            .parent()
            .and_then(|d| d.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
    }
    let mut base = base.as_str();
    for ext in [".gz", ".html", ".htm", ".txt"] {
        if let Some(b) = base.strip_suffix(ext) {
            base = b;
        }
    }
    base.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn squash_folds_python_white_space() {
        assert_eq!(squash("  a\u{a0}\u{1f} b\n\tc "), "a b c");
        assert_eq!(squash(""), "");
    }

    #[test]
    fn fold_text_matches_casefold_dashes_quotes() {
        assert_eq!(fold_text("Straße – „Zeit“"), "strasse - \"zeit\"");
        assert_eq!(fold_text("ΟΔΟΣ"), fold_text("οδος"));
        assert_ne!(fold_text("a-b"), fold_text("a b"));
    }

    #[test]
    fn names_split_lists_and_joined_strings() {
        let a = names(&json!("Anna Berg and Olaf Lind"));
        let b = names(&json!(["olaf lind", {"name": "ANNA  BERG"}]));
        assert_eq!(a, b);
        assert_eq!(names(&json!("Иван Петров и Анна Смирнова")).len(), 2);
        // "Andrea" holds "and" but not as a word.
        assert_eq!(names(&json!("Andrea Rossi")).len(), 1);
        assert!(names(&Value::Null).is_empty());
    }

    #[test]
    fn tokens_skip_combining_marks_like_python() {
        assert_eq!(tokens("it's 2024_x — ok"), vec!["it", "s", "2024_x", "ok"]);
        // Devanagari vowel sign (a combining mark) splits words for Python's \w.
        assert_eq!(tokens("हिंदी").len(), 2);
    }

    #[test]
    fn keys_pair_files_with_truth() {
        assert_eq!(key("/x/pages/a.b.html"), "a.b");
        assert_eq!(key("t/a.txt.gz"), "a");
        assert_eq!(key("r/base-url/source.html"), "base-url");
        assert_eq!(key("a.html.txt"), "a.html");
        assert_eq!(key("d.jsonl#2"), "d.jsonl#2");
    }
}
