//! Links in the content: how much of a container is link text, the small link boxes set in an article ("Read
//! also" and three headlines), and which lines that are all link still belong to it (a list's linked entries,
//! linked section headings) or are interface text wherever they stand.

use super::dom::{NO_PARENT, Page, RawBlock};
use super::vocab;
use crate::extract::vocab::{boilerplate, notices};

/// Share of an element's text inside links.
pub fn link_density(page: &Page, i: usize) -> f64 {
    let e = &page.elems[i];
    if e.chars == 0 {
        return 0.0;
    }
    e.link_chars as f64 / e.chars as f64
}

/// Per element, the (characters, link characters) of the link boxes inside it: small blocks that are mostly
/// links, set in text that is not ("Read also" boxes of three headlines inside an article). Boxes in
/// furniture and the items of a link list (whose parent is itself mostly links) do not count.
pub(super) fn boxed_links(page: &Page) -> Vec<(usize, usize)> {
    let n = page.elems.len();
    let mut boxed = vec![(0usize, 0usize); n];
    for i in (0..n).rev() {
        let e = &page.elems[i];
        let is_box = matches!(e.name, "div" | "section" | "p")
            && e.chars > 0
            && e.chars <= vocab::LINK_BOX_MAX_CHARS
            && e.link_chars as f64 >= e.chars as f64 * vocab::LINK_BOX_MIN_DENSITY
            && e.link_chars < e.chars
            && !e.chrome
            && e.parent != NO_PARENT
            && link_density(page, e.parent) < vocab::MAX_LINK_DENSITY;
        if is_box {
            boxed[i] = (e.chars, e.link_chars);
        }
        let p = e.parent;
        if p != NO_PARENT {
            boxed[p].0 += boxed[i].0;
            boxed[p].1 += boxed[i].1;
        }
    }
    boxed
}

/// Link density of a candidate with its link boxes left out, when the rest outweighs them: a page of
/// boxes is navigation however small each box is.
pub(super) fn prose_link_density(
    page: &Page,
    i: usize,
    (box_chars, box_links): (usize, usize),
) -> f64 {
    let e = &page.elems[i];
    let rest = e.chars.saturating_sub(box_chars);
    if box_chars == 0 || rest < box_chars * vocab::LINK_BOX_PROSE_RATIO {
        return link_density(page, i);
    }
    e.link_chars.saturating_sub(box_links) as f64 / rest as f64
}

/// Whether most of the lines under element `i` are links and nothing else. A list of links is navigation; a
/// list whose items say something beside their links (release notes citing their bugs) is the article's.
pub(super) fn mostly_link_lines(page: &Page, i: usize, last: &[usize]) -> bool {
    let (mut links, mut all) = (0, 0);
    for b in page.blocks_in(i, last).map(|bi| &page.blocks[bi]) {
        all += 1;
        if b.link_chars as f64 >= b.chars as f64 * vocab::LINK_LINE_SHARE {
            links += 1;
        }
    }
    links * 2 >= all
}

/// Per list or table, whether most of its lines say something beside their links (computed once per list).
#[derive(Default)]
pub(super) struct ListCache(std::collections::HashMap<usize, bool>);

impl ListCache {
    /// Whether block `b`, a line that is all link, is an item of a list or a cell of a table whose other lines
    /// are mostly not links: a release note's linked entry, a film table's linked title. Such a line is the
    /// article's, where a line of links standing alone, or in a list of links, is navigation.
    pub(super) fn linked_item_of_prose_list(
        &mut self,
        page: &Page,
        last: &[usize],
        b: &RawBlock,
    ) -> bool {
        if is_ui_block(b.text.as_str(), b.chars, 0) {
            return false;
        }
        let mut i = b.owner;
        for _ in 0..vocab::LIST_ITEM_DEPTH {
            if i == NO_PARENT {
                return false;
            }
            let e = &page.elems[i];
            if matches!(e.name, "ul" | "ol" | "table") {
                return *self.0.entry(i).or_insert_with(|| {
                    let lines = page.blocks_in(i, last).len();
                    lines >= vocab::PROSE_LIST_MIN_LINES && !mostly_link_lines(page, i, last)
                });
            }
            if !matches!(
                e.name,
                "li" | "td"
                    | "th"
                    | "tr"
                    | "tbody"
                    | "thead"
                    | "p"
                    | "a"
                    | "strong"
                    | "b"
                    | "em"
                    | "span"
            ) {
                return false;
            }
            i = e.parent;
        }
        false
    }
}

/// Whether block `b`, a line that is all link, is a section heading set among the article's own paragraphs
/// (a review of five games, each game's name a linked heading): its parent holds several paragraphs and few
/// links, and the next block is a paragraph of prose. A teaser's linked headline sits in its own small box,
/// with one summary at most; a row of linked headings is a link list.
pub(super) fn linked_heading_in_prose(page: &Page, next: Option<&RawBlock>, b: &RawBlock) -> bool {
    let e = &page.elems[b.owner];
    if !matches!(e.name, "h2" | "h3" | "h4" | "h5" | "h6") || e.parent == NO_PARENT {
        return false;
    }
    if is_ui_block(b.text.as_str(), b.chars, 0) {
        return false;
    }
    let Some(next) = next else {
        return false;
    };
    let p = &page.elems[e.parent];
    page.elems[next.owner].name == "p"
        && page.elems[next.owner].parent == e.parent
        && next.chars >= vocab::WIDEN_PROSE_CHARS
        && next.link_chars * 5 <= next.chars
        && p.paragraphs >= vocab::PROSE_HEADING_MIN_PARAGRAPHS
        && link_density(page, e.parent) <= vocab::PROSE_HEADING_MAX_LINK_DENSITY
}

/// A block that is interface text wherever it stands: "Share", "Advertisement", "Read more: …", a line of links,
/// an image credit.
pub fn is_ui_block(text: &str, chars: usize, link_chars: usize) -> bool {
    if chars > 0 && link_chars * 10 > chars * 6 && chars < 300 && !text.contains(". ") {
        return true;
    }
    if chars <= vocab::CREDIT_LINE_MAX_CHARS
        && text.contains(':')
        && vocab::CREDIT_LINE.is_match(text)
    {
        return true;
    }
    if chars > 80 {
        return false;
    }
    let t = text
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let t = t.as_str();
    boilerplate::UI_LINES.contains(&t)
        || notices::AD_LABELS.contains(&t)
        || vocab::UI_LINES_HTML.contains(&t)
        || vocab::UI_PREFIXES.iter().any(|p| t.starts_with(p))
        || (chars <= vocab::READING_TIME_MAX_CHARS
            && boilerplate::READING_TIME
                .iter()
                .chain(boilerplate::READING_TIME_MORE)
                .any(|p| t.contains(p)))
}
