//! Vocabulary of extraction, apart from its logic: word lists by language and the tuned thresholds.
//!
//! Each list says what a kind of line looks like in en, de, fr, es, it, pt, nl, pl, ru, uk, tr, zh and ja
//! (and a few more where it was cheap). The logic in `text`, `dates` and `captions` only combines them.

pub mod bare_names;
pub mod boilerplate;
pub mod bylines;
pub mod credits;
pub mod date_labels;
pub mod dumps;
pub mod html_phrases;
pub mod months;
pub mod notices;
pub mod page_types;
pub mod recipes;
pub mod stopwords;
pub mod structured;
pub mod tuning;

/// Builds a case-insensitive regex matching any of `words` as whole words (longest alternative first, so
/// `sept` wins over `sep`). Used once per list behind a `LazyLock`.
pub(crate) fn alternation(words: impl IntoIterator<Item = &'static str>) -> String {
    let mut v: Vec<&str> = words.into_iter().collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    v.dedup();
    v.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}
