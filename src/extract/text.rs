//! Plain-text page dumps: a whole page's visible text, one block a line, boilerplate and all.

use super::{Block, Extracted, Role, body_from_blocks};

/// Extracts the article from a text dump. Baseline: every non-empty line is body.
pub fn extract(text: &str) -> Extracted {
    let blocks: Vec<Block> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| Block {
            text: l.trim().to_string(),
            role: Role::Body,
            line: i,
            tag: String::new(),
        })
        .collect();
    let mut ex = Extracted {
        blocks,
        ..Default::default()
    };
    ex.fields.body = body_from_blocks(&ex.blocks);
    ex
}
