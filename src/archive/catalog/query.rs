//! The search language of the window's search box and `sift search`: what people type into search boxes
//! elsewhere — words, `"a phrase"`, `prefix*`, `-word` — and field filters (`status:curated`, `site:reuters`,
//! `author:…`, `tag:…`, `lang:de`, `type:forum`, `published:2024-01..2024-06`). Parsed here into words for the full-text
//! index and filters on the listing's columns; nothing here touches SQLite, so every rule is tested alone.

use crate::record::{PageType, Status};

/// A term for the full-text index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// One word, or the start of words when `prefix`.
    Word { text: String, prefix: bool },
    /// Words in this order.
    Phrase(String),
}

/// A filter on the listing's columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Status(Status),
    /// Part of the site name or of the url (case ignored).
    Site(String),
    /// Part of an author's name (case ignored).
    Author(String),
    /// A tag, whole (case ignored); with `prefix`, tags starting so.
    Tag {
        text: String,
        prefix: bool,
    },
    /// A language code: `de` matches `de` and `de-AT`.
    Lang(String),
    /// The page type (`type:forum`; `-type:article` for every other kind).
    Type(PageType),
    /// Published within these bounds, each a date at any precision (`2024`, `2024-01`, `2024-01-31`), both
    /// inclusive at their precision: `..2024-06` takes every day of June.
    Published {
        from: Option<String>,
        to: Option<String>,
    },
}

/// A parsed query: terms and filters, each kept or negated (`-`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
    pub not_terms: Vec<Term>,
    pub filters: Vec<Filter>,
    pub not_filters: Vec<Filter>,
}

/// Why a query cannot run, worded for the search box.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("unknown status {0:?}: use draft, curated or rejected")]
    Status(String),
    #[error(
        "bad date {0:?} in published: write 2024, 2024-06 or 2024-06-30, and a range as 2024-01..2024-06"
    )]
    Date(String),
    #[error("{0}: says what to look for after the colon, as in {0}value")]
    Empty(String),
    #[error("unknown page type {0:?}: use {list}", list = page_type_names())]
    Type(String),
}

fn page_type_names() -> String {
    PageType::ALL
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Query {
    /// True when the query asks nothing: every record matches.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.not_terms.is_empty()
            && self.filters.is_empty()
            && self.not_filters.is_empty()
    }

    /// The FTS5 expression of the kept terms, each quoted so no character of the user's means FTS syntax;
    /// `None` without kept terms. Negated terms join as `NOT` when there is a kept one.
    pub fn fts_match(&self) -> Option<String> {
        if self.terms.is_empty() {
            return None;
        }
        let mut s = self
            .terms
            .iter()
            .map(fts_term)
            .collect::<Vec<_>>()
            .join(" AND ");
        for t in &self.not_terms {
            s.push_str(" NOT ");
            s.push_str(&fts_term(t));
        }
        Some(s)
    }

    /// The FTS5 expression matching any negated term, for a query that has no kept term to hang `NOT` on.
    pub fn fts_excluded(&self) -> Option<String> {
        if !self.terms.is_empty() || self.not_terms.is_empty() {
            return None;
        }
        Some(
            self.not_terms
                .iter()
                .map(fts_term)
                .collect::<Vec<_>>()
                .join(" OR "),
        )
    }

    /// Every word the user looks for (kept terms, phrases split), lower-cased, with whether it is a prefix:
    /// what a snippet highlights.
    pub fn highlight_words(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for t in &self.terms {
            match t {
                Term::Word { text, prefix } => out.push((text.to_lowercase(), *prefix)),
                Term::Phrase(p) => {
                    out.extend(p.split_whitespace().map(|w| (w.to_lowercase(), false)))
                }
            }
        }
        out
    }
}

fn fts_term(t: &Term) -> String {
    match t {
        Term::Word { text, prefix } => {
            format!(
                "\"{}\"{}",
                text.replace('"', "\"\""),
                if *prefix { "*" } else { "" }
            )
        }
        Term::Phrase(p) => format!("\"{}\"", p.replace('"', "\"\"")),
    }
}

/// Parses `input`. Words that hold no letter or digit (a lone `-`, `*`) are ignored; a `name:value` whose
/// name is no known field is searched as words (so `http://x` or `10:30` still find something).
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let mut q = Query::default();
    for tok in tokens(input) {
        let (negated, tok) = match tok.strip_prefix('-') {
            Some(rest) if !rest.is_empty() => (true, rest.to_string()),
            _ => (false, tok),
        };
        if let Some(phrase) = tok.strip_prefix('"') {
            let phrase = phrase.strip_suffix('"').unwrap_or(phrase);
            if let Some(t) = phrase_term(phrase) {
                push(&mut q.terms, &mut q.not_terms, negated, t);
            }
            continue;
        }
        if let Some((name, value)) = tok.split_once(':')
            && let Some(f) = filter(name, value)?
        {
            push(&mut q.filters, &mut q.not_filters, negated, f);
            continue;
        }
        for t in word_terms(&tok) {
            push(&mut q.terms, &mut q.not_terms, negated, t);
        }
    }
    Ok(q)
}

fn push<T>(kept: &mut Vec<T>, negated_list: &mut Vec<T>, negated: bool, t: T) {
    if negated {
        negated_list.push(t)
    } else {
        kept.push(t)
    }
}

/// Splits on whitespace, keeping a quoted phrase (with its quotes, and a `-` before it) as one token; an
/// unclosed quote runs to the end.
fn tokens(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in input.chars() {
        if c == '"' {
            cur.push(c);
            quoted = !quoted;
            if !quoted {
                out.push(std::mem::take(&mut cur));
            }
        } else if c.is_whitespace() && !quoted {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn has_word_char(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

fn phrase_term(p: &str) -> Option<Term> {
    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
    has_word_char(&p).then_some(Term::Phrase(p))
}

/// A bare token: one word, or, when punctuation splits it into several (`state-of-the-art`, `x.com`), a
/// phrase of its parts, as the index splits them; a trailing `*` makes the last part a prefix.
fn word_terms(tok: &str) -> Vec<Term> {
    let (tok, prefix) = match tok.strip_suffix('*') {
        Some(t) => (t, true),
        None => (tok, false),
    };
    let parts: Vec<&str> = tok
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [] => vec![],
        [one] => vec![Term::Word {
            text: one.to_string(),
            prefix,
        }],
        // A prefix phrase is FTS5's "a b"*, which `Phrase` cannot say; the words are ANDed instead.
        many if prefix => many
            .iter()
            .enumerate()
            .map(|(i, p)| Term::Word {
                text: p.to_string(),
                prefix: i + 1 == many.len(),
            })
            .collect(),
        many => vec![Term::Phrase(many.join(" "))],
    }
}

fn filter(name: &str, value: &str) -> Result<Option<Filter>, QueryError> {
    let name = name.to_lowercase();
    let known = [
        "status",
        "site",
        "author",
        "tag",
        "lang",
        "language",
        "published",
        "date",
        "type",
        "page_type",
    ];
    if !known.contains(&name.as_str()) {
        return Ok(None);
    }
    let value = value.trim_matches('"').trim();
    if value.is_empty() {
        return Err(QueryError::Empty(format!("{name}:")));
    }
    Ok(Some(match name.as_str() {
        "status" => Filter::Status(match value.to_lowercase().as_str() {
            "draft" => Status::Draft,
            "curated" => Status::Curated,
            "rejected" => Status::Rejected,
            _ => return Err(QueryError::Status(value.into())),
        }),
        "site" => Filter::Site(value.to_lowercase()),
        "author" => Filter::Author(value.to_lowercase()),
        "tag" => match value.strip_suffix('*') {
            Some(t) => Filter::Tag {
                text: t.to_lowercase(),
                prefix: true,
            },
            None => Filter::Tag {
                text: value.to_lowercase(),
                prefix: false,
            },
        },
        "lang" | "language" => Filter::Lang(value.to_lowercase()),
        "type" | "page_type" => {
            let v = value.to_lowercase();
            match PageType::ALL
                .into_iter()
                .find(|t| t.as_str() == v || (v.len() >= 3 && t.as_str().starts_with(&v)))
            {
                Some(t) => Filter::Type(t),
                None => return Err(QueryError::Type(value.into())),
            }
        }
        _ => published(value)?,
    }))
}

/// `A..B`, `A..`, `..B` or `A` (that year, month or day).
fn published(value: &str) -> Result<Filter, QueryError> {
    let bound = |s: &str| -> Result<Option<String>, QueryError> {
        if s.is_empty() {
            return Ok(None);
        }
        if is_date_prefix(s) {
            Ok(Some(s.to_string()))
        } else {
            Err(QueryError::Date(s.into()))
        }
    };
    match value.split_once("..") {
        Some((a, b)) => {
            let (from, to) = (bound(a)?, bound(b)?);
            if from.is_none() && to.is_none() {
                return Err(QueryError::Date(value.into()));
            }
            Ok(Filter::Published { from, to })
        }
        None => {
            let d = bound(value)?;
            Ok(Filter::Published {
                from: d.clone(),
                to: d,
            })
        }
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month and day in range.
fn is_date_prefix(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize, max: u32| {
        p.len() == len
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    match parts.as_slice() {
        [y] => num(y, 4, 9999),
        [y, m] => num(y, 4, 9999) && num(m, 2, 12),
        [y, m, d] => num(y, 4, 9999) && num(m, 2, 12) && num(d, 2, 31),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(t: &str) -> Term {
        Term::Word {
            text: t.into(),
            prefix: false,
        }
    }

    #[test]
    fn words_phrases_prefixes_and_negations() {
        let q = parse(r#"harbour "tidal power" wind* -coal"#).unwrap();
        assert_eq!(
            q.terms,
            vec![
                word("harbour"),
                Term::Phrase("tidal power".into()),
                Term::Word {
                    text: "wind".into(),
                    prefix: true
                }
            ]
        );
        assert_eq!(q.not_terms, vec![word("coal")]);
        assert_eq!(
            q.fts_match().unwrap(),
            r#""harbour" AND "tidal power" AND "wind"* NOT "coal""#
        );
        assert_eq!(q.fts_excluded(), None);
    }

    #[test]
    fn only_negated_words_exclude() {
        let q = parse("-coal -gas").unwrap();
        assert_eq!(q.fts_match(), None);
        assert_eq!(q.fts_excluded().unwrap(), r#""coal" OR "gas""#);
    }

    #[test]
    fn quotes_in_words_cannot_break_out() {
        // An unclosed quote runs to the end; FTS syntax characters stay inside quotes.
        let q = parse(r#"a"b OR c NEAR(d"#).unwrap();
        assert_eq!(q.terms, vec![Term::Phrase("a b OR c NEAR d".into())]);
        assert_eq!(q.fts_match().unwrap(), r#""a b OR c NEAR d""#);
        let q = parse(r#""say ""hi"" now"#).unwrap();
        assert!(
            q.fts_match()
                .unwrap()
                .matches('"')
                .count()
                .is_multiple_of(2)
        );
    }

    #[test]
    fn filters_of_every_field() {
        let q = parse(
            "status:curated site:Reuters author:müller tag:energy* lang:de published:2024-01..2024-06",
        )
        .unwrap();
        assert!(q.terms.is_empty());
        assert_eq!(
            q.filters,
            vec![
                Filter::Status(Status::Curated),
                Filter::Site("reuters".into()),
                Filter::Author("müller".into()),
                Filter::Tag {
                    text: "energy".into(),
                    prefix: true
                },
                Filter::Lang("de".into()),
                Filter::Published {
                    from: Some("2024-01".into()),
                    to: Some("2024-06".into())
                },
            ]
        );
        let q = parse("type:forum -type:art").unwrap();
        assert_eq!(q.filters, vec![Filter::Type(PageType::Forum)]);
        assert_eq!(q.not_filters, vec![Filter::Type(PageType::Article)]);
        let e = parse("type:blog").unwrap_err().to_string();
        assert!(e.contains("\"blog\"") && e.contains("documentation"), "{e}");
        let q = parse("-status:rejected published:2023").unwrap();
        assert_eq!(q.not_filters, vec![Filter::Status(Status::Rejected)]);
        assert_eq!(
            q.filters,
            vec![Filter::Published {
                from: Some("2023".into()),
                to: Some("2023".into())
            }]
        );
    }

    #[test]
    fn unknown_names_are_words_and_bad_values_are_errors() {
        let q = parse("http://example.org 10:30").unwrap();
        assert_eq!(
            q.terms,
            vec![
                Term::Phrase("http example org".into()),
                Term::Phrase("10 30".into())
            ]
        );
        assert!(matches!(parse("status:done"), Err(QueryError::Status(_))));
        assert!(matches!(
            parse("published:2024-13"),
            Err(QueryError::Date(_))
        ));
        assert!(matches!(parse("published:.."), Err(QueryError::Date(_))));
        assert!(matches!(parse("tag:"), Err(QueryError::Empty(_))));
    }

    #[test]
    fn empty_and_punctuation_only_queries_ask_nothing() {
        assert!(parse("").unwrap().is_empty());
        assert!(parse("  - * \"\" ").unwrap().is_empty());
    }

    #[test]
    fn words_in_other_scripts() {
        let q = parse("Москва 東京 -Straße").unwrap();
        assert_eq!(q.terms, vec![word("Москва"), word("東京")]);
        assert_eq!(q.not_terms, vec![word("Straße")]);
    }
}
