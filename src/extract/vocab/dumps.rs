//! Word lists and thresholds of the plain-text dump extractor that are not shared with the HTML extractor.
//!
//! Values marked "swept" were calibrated on the dev dumps (`readability-text` scored with `score.py aeb`,
//! `snippets-text` with `score.py snippets`), keeping the best mean of the two body F1s.

/// End markers (see `boilerplate::END_MARKERS`) that a share bar prints: pages put share bars between the
/// paragraphs of an article as often as after it, so these end nothing; they are only furniture. Lowercase
/// prefixes of the line's label.
pub const SHARE_MARKERS: &[&str] = &[
    "share",
    "teilen",
    "diesen beitrag teilen",
    "partager",
    "compartir",
    "condividi",
    "compartilhar",
    "delen",
    "udostępnij",
    "поделиться",
    "paylaş",
];

/// Lines after an end marker searched for two paragraphs in a row, the sign that the article goes on after
/// an inline box (`Related`, `Most read`). A box holds three to five headlines. Swept 6, 8, 12.
pub const INLINE_WALL_PEEK: usize = 8;

/// Attributes that load from another host, the mark of a tracking pixel or an ad slot left as text.
pub const REMOTE_ATTRS: &[&str] = &["src=\"http", "src=\"//", "src=\" http", "href=\"http"];
/// Share of a line's characters inside tags for it to be markup rather than prose quoting a tag.
pub const MARKUP_MIN_SHARE: f32 = 0.5;
