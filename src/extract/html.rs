//! HTML pages: parse, score blocks, keep the article; metadata from JSON-LD, OpenGraph and meta tags.

use super::{Block, Extracted, Role, body_from_blocks};
use scraper::Html;

/// Extracts the article from a page. Baseline: every paragraph is body.
pub fn extract(html: &str) -> Extracted {
    let doc = Html::parse_document(html);
    let sel = scraper::Selector::parse("p").expect("static selector");
    let blocks: Vec<Block> = doc
        .select(&sel)
        .map(|e| e.text().collect::<String>())
        .filter(|t| !t.trim().is_empty())
        .map(|t| Block {
            text: t.trim().to_string(),
            role: Role::Body,
            line: 0,
            tag: "p".into(),
        })
        .collect();
    let mut ex = Extracted {
        blocks,
        ..Default::default()
    };
    ex.fields.body = body_from_blocks(&ex.blocks);
    ex
}
