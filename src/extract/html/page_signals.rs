//! The page-type signals of an HTML page (see `extract::page_type`), read from the flattened page and its
//! metadata in one pass over the elements and one over the blocks.

use super::dom::{NO_PARENT, Page};
use super::meta::Meta;
use crate::extract::page_type::Signals;
use crate::extract::vocab::page_types as v;
use std::collections::HashMap;

/// Longest block read as a price or a button: prices and buttons are short.
const SHORT_BLOCK: usize = 40;
/// A card holds a link and at most this much text; a post at least that much.
const CARD_MAX_CHARS: usize = 800;
const POST_MIN_CHARS: usize = 120;

/// One group of alike siblings: members, their text, and (for posts) those marked as posts.
#[derive(Default)]
struct Group {
    cards: usize,
    card_chars: usize,
    posts: usize,
    marked: usize,
}

/// Reads the signals of `page`, whose URL (canonical or given) is `url`.
pub fn read(page: &Page, meta: &Meta, url: Option<&str>) -> Signals {
    let mut s = Signals {
        ld_types: meta
            .ld
            .types
            .iter()
            .map(|t| {
                let t = t.rsplit(['/', ':']).next().unwrap_or(t);
                t.to_lowercase()
            })
            .collect(),
        og_type: meta
            .first(&["og:type"])
            .map(|(_, v)| v.trim().to_lowercase())
            .unwrap_or_default(),
        url: url.unwrap_or_default().to_string(),
        markup: true,
        ..Signals::default()
    };
    // Elements that hold a time-marked block somewhere inside.
    let mut timed = vec![false; page.elems.len()];
    for b in page.blocks.iter().filter(|b| b.has_time) {
        s.times += 1;
        let mut i = b.owner;
        while i != NO_PARENT && !timed[i] {
            timed[i] = true;
            i = page.elems[i].parent;
        }
    }
    let mut groups: HashMap<(usize, &str, &str), Group> = HashMap::new();
    for (i, e) in page.elems.iter().enumerate() {
        match e.name {
            "pre" if e.chars >= 20 => s.pre_blocks += 1,
            "code" => s.code_elems += 1,
            "table" => s.tables += 1,
            "form" => s.forms += 1,
            "p" if e.chars >= 40 => s.paragraphs += 1,
            "h2" | "h3" | "h4" => s.headings += 1,
            "input" | "select" | "textarea" => {
                let kind = e.el.attr("type").unwrap_or("text").to_ascii_lowercase();
                if !matches!(
                    kind.as_str(),
                    "hidden" | "submit" | "button" | "search" | "image"
                ) {
                    s.fields += 1;
                }
                if matches!(kind.as_str(), "submit" | "button")
                    && e.el
                        .attr("value")
                        .is_some_and(|t| v::BUY_BUTTON.is_match(t))
                {
                    s.buy_buttons += 1;
                }
            }
            _ => {}
        }
        let class_id = page.class_id(i);
        if v::DOCS_NAV_CLASS.is_match(&class_id) {
            s.docs_nav += 1;
        }
        if e.parent == NO_PARENT || e.chars == 0 {
            continue;
        }
        let class = e.el.attr("class").unwrap_or("");
        let g = groups.entry((e.parent, e.name, class)).or_default();
        if e.link_chars > 0 && e.chars <= CARD_MAX_CHARS {
            g.cards += 1;
            g.card_chars += e.chars;
        }
        if e.chars >= POST_MIN_CHARS && e.link_chars * 2 < e.chars {
            g.posts += 1;
            if timed[i] || v::POST_CLASS.is_match(&class_id) {
                g.marked += 1;
            }
        }
    }
    let (mut chars, mut link_chars) = (0, 0);
    for b in &page.blocks {
        chars += b.chars;
        link_chars += b.link_chars;
        if b.chars <= SHORT_BLOCK {
            if v::PRICE.is_match(&b.text) {
                s.prices += 1;
            }
            if v::BUY_BUTTON.is_match(&b.text) {
                s.buy_buttons += 1;
            }
        }
    }
    s.chars = chars;
    s.link_share = ratio(link_chars, chars);
    if let Some(g) = groups.values().max_by_key(|g| (g.cards, g.card_chars)) {
        s.cards = g.cards;
        s.card_share = ratio(g.card_chars, chars);
    }
    if let Some(g) = groups.values().max_by_key(|g| (g.marked, g.posts)) {
        s.posts = g.posts;
        s.marked_posts = g.marked;
    }
    s
}

fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 { 0.0 } else { a as f32 / b as f32 }
}
