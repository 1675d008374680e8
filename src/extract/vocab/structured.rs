//! Patterns for structured data that is not clean JSON-LD: a script's own JSON, and JSON-LD too broken to parse.

use regex::Regex;
use std::sync::LazyLock;

// Static patterns below: compiled once; a failure is a bug in the pattern text, caught by every test.

/// A publication date in a page's script data (not JSON-LD): a JSON key naming publication, and its value. Only
/// a last resort: such data may describe a product or a feed as well as the article.
pub static SCRIPT_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#""(?:datePublished|published_at|publishedAt|publishDate|publish_date|publishedDate|date_published|firstPublished)"\s*:\s*"([0-9][0-9T:./+ -]{7,34})""#,
    )
    .expect("static regex")
});

/// A broken JSON-LD script that describes an article (its `@type`), worth salvaging field by field.
pub static LD_BROKEN_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""@type"\s*:\s*"(?:News|Blog|Report|Scholarly|Tech)?(?:Article|Posting|OpinionNewsArticle)""#)
        .expect("static regex")
});

/// A plain string field of a broken JSON-LD script: key, value (no escaped quotes inside).
pub static LD_BROKEN_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(datePublished|dateModified|headline)"\s*:\s*"([^"\\]{1,300})""#)
        .expect("static regex")
});

/// An author object's name in a broken JSON-LD script (`"author":{"@type":"Person","name":"Jane Roe"}`, or the
/// first of a list).
pub static LD_BROKEN_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""author"\s*:\s*\[?\s*\{[^{}]{0,200}?"name"\s*:\s*"([^"\\]{2,80})""#)
        .expect("static regex")
});
