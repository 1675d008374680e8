//! The page-type signals of an HTML page (see `extract::page_type`), read from the flattened page and its
//! metadata in one pass over the elements and one over the blocks.

use super::dom::{NO_PARENT, Page};
use super::meta::Meta;
use crate::extract::page_type::Signals;
use crate::extract::vocab::page_types as v;
use std::collections::HashMap;

/// Longest block read as a price or a button: prices and buttons are short.
const SHORT_BLOCK: usize = 40;
/// A block of at most this many characters is a label, a menu item or a card's title.
const SHORT_LINE: usize = 30;
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
        class_parts: vec![0; v::CLASS_PARTS.len()],
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
            "p" => {
                s.paragraph_chars += e.chars;
                s.paragraphs += usize::from(e.chars >= 40);
            }
            "h2" | "h3" | "h4" => {
                s.headings += 1;
                s.headed_links += usize::from(e.chars > 0 && e.link_chars * 2 > e.chars);
            }
            "section" => s.sections += 1,
            "aside" => s.asides += 1,
            "video" | "iframe" | "audio" => s.media += 1,
            "figure" => s.figures += 1,
            "details" => s.details += 1,
            "a" => {
                let href = e.el.attr("href").unwrap_or("").trim_start();
                if href.starts_with("tel:") || href.starts_with("mailto:") {
                    s.contact_links += 1;
                }
                if e.el.attr("rel").is_some_and(|r| r.contains("next")) {
                    s.paging += 1;
                }
            }
            "h1" => s.h1s += 1,
            "li" if e.chars > 0 => {
                s.list_items += 1;
                s.link_items += usize::from(e.link_chars * 2 > e.chars);
            }
            "img" => s.images += 1,
            "article" => s.article_elems += 1,
            "button" => s.buttons += 1,
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
        if let Some(t) = e.el.attr("itemtype") {
            for t in t.split_whitespace() {
                let t = t
                    .trim_end_matches('/')
                    .rsplit(['/', ':'])
                    .next()
                    .unwrap_or(t);
                let t = t.to_lowercase();
                if !t.is_empty() && !s.item_types.contains(&t) {
                    s.item_types.push(t);
                }
            }
        }
        let class_id = page.class_id(i);
        if v::DOCS_NAV_CLASS.is_match(&class_id) {
            s.docs_nav += 1;
        }
        if v::BREADCRUMB_CLASS.is_match(&class_id) {
            s.breadcrumbs += 1;
        }
        if v::RATING_CLASS.is_match(&class_id) {
            s.ratings += 1;
        }
        if v::COMMENT_CLASS.is_match(&class_id) {
            s.comment_marks += 1;
        }
        if matches!(e.name, "a" | "button") && v::CTA_CLASS.is_match(&class_id) {
            s.cta += 1;
        }
        if v::PAGING_CLASS.is_match(&class_id) {
            s.paging += 1;
        }
        if !class_id.is_empty() {
            for k in v::CLASS_PART_SET.matches(&class_id).iter() {
                s.class_parts[k] += 1;
            }
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
        s.blocks += 1;
        s.short_blocks += usize::from(b.chars <= SHORT_LINE);
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
