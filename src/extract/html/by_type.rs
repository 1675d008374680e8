//! Content by page type. The article scoring looks for one text; a forum thread, a listing, a shop page or a
//! company page spreads its main content over many boxes (posts, cards, sections), and the scoring then keeps
//! one of them. For those types the content takes, besides what the scoring chose, every block of the page's
//! main region that is not furniture, not interface text, and long enough to say something.

use super::dom::{NO_PARENT, Page};
use super::score::{self, Content, is_ui_block};
use super::vocab;
use crate::record::PageType;

/// Widens `content` for a page of type `kind`; articles (and pages of unknown type) keep theirs.
pub fn widen(page: &Page, last: &[usize], kind: PageType, content: &mut Content) {
    if matches!(kind, PageType::Article | PageType::Unknown) {
        return;
    }
    let n = page.elems.len();
    let mut chrome = vec![false; n];
    for i in 0..n {
        let e = &page.elems[i];
        chrome[i] = e.chrome || (e.parent != NO_PARENT && chrome[e.parent]);
    }
    // The main region: the page's `<main>` (or `role="main"`) when it has text, else the whole page.
    let main = (0..n).find(|&i| {
        let e = &page.elems[i];
        (e.name == "main" || e.el.attr("role") == Some("main")) && !chrome[i] && e.chars > 0
    });
    let min_chars = match kind {
        PageType::Service | PageType::Product => vocab::BY_TYPE_MIN_BLOCK_CHARS_SHORTER,
        PageType::Collection => vocab::BY_TYPE_MIN_BLOCK_CHARS_CARDS,
        _ => vocab::BY_TYPE_MIN_BLOCK_CHARS,
    };
    let span = match main {
        Some(m) => page.blocks_in(m, last),
        None => 0..page.blocks.len(),
    };
    for bi in span {
        let b = &page.blocks[bi];
        if b.chars >= min_chars && !chrome[b.owner] && !is_ui_block(&b.text, b.chars, b.link_chars)
        {
            content.body[bi] = true;
        }
    }
    content.chars = score::kept_chars(page, &content.body);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::dom;
    use scraper::Html;

    const THREAD: &str = "<html><body><nav><a href='/'>Home</a> <a href='/f'>Forums</a></nav><main>\
        <div class='post'><p>My kettle leaves white flakes in the water after a week, even with filtered water \
        from the tap. Is descaling with vinegar safe for the heating plate?</p></div>\
        <div class='post'><p>Citric acid works better than vinegar and leaves no smell; run two cycles with clean \
        water afterwards and the flakes are gone.</p></div>\
        <div class='post'><p>Ok</p></div></main><footer>About us, contact and imprint of the site</footer></body></html>";

    fn widened(kind: PageType) -> Vec<String> {
        let doc = Html::parse_document(THREAD);
        let page = dom::flatten(&doc);
        let last = score::subtree_ends(&page);
        // The scoring's choice, narrowed to the first post as a one-text pick would be.
        let mut content = Content {
            body: page
                .blocks
                .iter()
                .map(|b| b.text.contains("kettle"))
                .collect(),
            top: 0,
            chars: 0,
        };
        widen(&page, &last, kind, &mut content);
        page.blocks
            .iter()
            .zip(&content.body)
            .filter(|(_, k)| **k)
            .map(|(b, _)| b.text.clone())
            .collect()
    }

    #[test]
    fn a_thread_keeps_every_post_of_its_main_region_and_no_furniture() {
        let kept = widened(PageType::Forum);
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert!(kept[1].starts_with("Citric acid"));
        assert!(!kept.iter().any(|t| t.contains("imprint") || t == "Ok"));
    }

    #[test]
    fn an_article_keeps_the_scorings_choice() {
        assert_eq!(widened(PageType::Article).len(), 1);
    }
}
