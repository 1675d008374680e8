//! Figures: captions and their credits go to `images`, not the body.

use super::dom::Page;
use super::vocab;
use crate::record::Image;

/// What a block is within a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigRole {
    Caption,
    Credit,
}

/// Images with captions, and the role of each block that is a caption or credit (indexed like `page.blocks`).
pub fn read(page: &Page, last: &[usize]) -> (Vec<Image>, Vec<Option<FigRole>>) {
    let mut roles: Vec<Option<FigRole>> = vec![None; page.blocks.len()];
    let mut images = Vec::new();
    // Caption elements: figcaption, or a short element with a caption class.
    let mut is_caption = vec![false; page.elems.len()];
    for (i, e) in page.elems.iter().enumerate() {
        let parent_caption = e.parent != super::dom::NO_PARENT && is_caption[e.parent];
        let own = e.name == "figcaption"
            || (e.chars > 0
                && e.chars <= 600
                && e.paragraphs <= 2
                && !matches!(e.name, "body" | "html" | "article" | "main")
                && e.hints & super::dom::HINT_CAPTION != 0);
        is_caption[i] = parent_caption || own;
    }
    let mut i = 0;
    while i < page.elems.len() {
        if !is_caption[i] {
            i += 1;
            continue;
        }
        // A caption root: gather its blocks.
        let end = last[i];
        let mut caption = Vec::new();
        let mut credit = Vec::new();
        for bi in page.blocks_in(i, last) {
            let b = &page.blocks[bi];
            let credit_el = inline_credit_owner(page, b.owner, i);
            if credit_el {
                roles[bi] = Some(FigRole::Credit);
                credit.push(b.text.clone());
            } else {
                roles[bi] = Some(FigRole::Caption);
                caption.push(b.text.clone());
            }
        }
        let mut caption = caption.join(" ");
        if credit.is_empty()
            && let Some(m) = vocab::CREDIT_TEXT.captures(&caption).and_then(|c| c.get(1))
        {
            credit.push(m.as_str().trim().to_string());
            caption = caption[..m.start()]
                .trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '(' | '[' | '|' | '/' | '-' | '–' | '—')
                })
                .to_string();
        }
        let url = image_url(page, last, i);
        if !caption.is_empty() || !credit.is_empty() {
            images.push(Image {
                caption: Some(caption).filter(|c| !c.is_empty()),
                credit: Some(credit.join(" ")).filter(|c| !c.is_empty()),
                url,
            });
        }
        i = end + 1;
    }
    // Text standing in a figure itself, outside its caption, is the photo's credit laid over the image.
    for (bi, b) in page.blocks.iter().enumerate() {
        if roles[bi].is_none()
            && page.elems[b.owner].name == "figure"
            && b.chars <= vocab::CREDIT_LINE_MAX_CHARS
        {
            roles[bi] = Some(FigRole::Credit);
        }
    }
    (images, roles)
}

/// Whether the block's owner is a credit element inside caption `root`.
fn inline_credit_owner(page: &Page, owner: usize, root: usize) -> bool {
    let mut o = owner;
    while o != super::dom::NO_PARENT && o > root {
        if page.elems[o].hints & super::dom::HINT_CREDIT != 0 {
            return true;
        }
        o = page.elems[o].parent;
    }
    false
}

/// The image the caption belongs to: an `img` in the caption's figure (its parent), else none.
fn image_url(page: &Page, last: &[usize], caption: usize) -> Option<String> {
    let fig = page.elems[caption].parent;
    if fig == super::dom::NO_PARENT {
        return None;
    }
    (fig..=last[fig]).find_map(|j| {
        let e = &page.elems[j];
        if e.name != "img" {
            return None;
        }
        ["src", "data-src", "data-original", "data-lazy-src"]
            .iter()
            .find_map(|a| e.el.attr(a))
            .map(str::trim)
            .filter(|s| !s.is_empty() && !s.starts_with("data:"))
            .map(str::to_string)
    })
}
