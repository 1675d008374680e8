//! Content scoring: which part of the page is the article.
//!
//! Readability's method over the flattened page: every paragraph scores its ancestors (commas, length), the
//! containers are weighed by tag, class and link density, the best wins with the siblings that score near it;
//! then the furniture inside it (share bars, link lists, negative classes) is dropped block by block.

use super::dom::{NO_PARENT, Page};
use super::links::{
    ListCache, boxed_links, linked_heading_in_prose, mostly_link_lines, prose_link_density,
};
pub use super::links::{is_ui_block, link_density};
use super::{ending, vocab};

/// The chosen content: which blocks are body, and the container that won.
pub struct Content {
    pub body: Vec<bool>,
    pub top: usize,
    pub chars: usize,
}

/// Subtree bounds: element `i`'s descendants are the indexes `i+1..=last[i]`.
pub fn subtree_ends(page: &Page) -> Vec<usize> {
    let mut last: Vec<usize> = (0..page.elems.len()).collect();
    for i in (0..page.elems.len()).rev() {
        let p = page.elems[i].parent;
        if p != NO_PARENT && last[i] > last[p] {
            last[p] = last[i];
        }
    }
    last
}

/// Picks the article. `strict` leaves out paragraphs of unlikely-looking containers (the first pass).
pub fn choose(page: &Page, last: &[usize], strict: bool) -> Option<Content> {
    let n = page.elems.len();
    // Paragraphs under furniture do not vote on the first pass, and stay out of its content (Readability
    // removes unlikely candidates before scoring).
    let mut muted = vec![false; n];
    if strict {
        let total = page.elems.first().map_or(0, |e| e.chars) as f64;
        for i in 0..n {
            let e = &page.elems[i];
            let inherited = e.parent != NO_PARENT && muted[e.parent];
            let wrapper =
                e.chars as f64 >= total * vocab::WRAPPER_SHARE && !matches!(e.name, "ul" | "ol");
            muted[i] =
                inherited || (!wrapper && (e.unlikely || (e.chrome_tag && e.name != "button")));
        }
    }
    let mut score: Vec<Option<f64>> = vec![None; n];
    for b in &page.blocks {
        let owner = &page.elems[b.owner];
        if muted[b.owner]
            || b.chars < vocab::MIN_PARAGRAPH_CHARS
            || !vocab::PARAGRAPH_TAGS.contains(&owner.name)
        {
            continue;
        }
        let points = 1.0
            + b.commas as f64
            + ((b.chars / vocab::CHARS_PER_POINT) as f64).min(vocab::MAX_LENGTH_POINTS);
        let mut anc = owner.parent;
        for level in 0..vocab::SCORE_LEVELS {
            if anc == NO_PARENT {
                break;
            }
            let s = score[anc].get_or_insert_with(|| initial_score(page, anc));
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *s += points / divider;
            anc = page.elems[anc].parent;
        }
    }
    // Weigh by link density, less the links of small link boxes set in the prose ("Read also" boxes).
    let boxed = boxed_links(page);
    let mut best: Option<(usize, f64)> = None;
    let mut finals: Vec<Option<f64>> = vec![None; n];
    for i in 0..n {
        if let Some(s) = score[i] {
            let f = s * (1.0 - prose_link_density(page, i, boxed[i]));
            finals[i] = Some(f);
            if best.is_none_or(|(_, b)| f > b) {
                best = Some((i, f));
            }
        }
    }
    let (mut first_best, mut first_score) = best?;
    if let Some((i, f)) = by_headline(page, last, &finals, first_best)
        && f >= first_score * vocab::HEADLINE_WINNER_SHARE
    {
        (first_best, first_score) = (i, f);
    }
    let top = climb(page, last, &finals, first_best, first_score);
    let top_score = finals[top].unwrap_or(first_score);
    let narrow = top;
    let top = widen(page, last, top);
    // Siblings that score near the winner join it.
    let parent = page.elems[top].parent;
    let mut roots = vec![top];
    if parent != NO_PARENT {
        let threshold = (top_score * vocab::SIBLING_SHARE).max(vocab::SIBLING_MIN_SCORE);
        let top_class = page.elems[top].el.attr("class").unwrap_or("");
        let mut i = parent + 1;
        while i <= last[parent] {
            if i != top {
                let e = &page.elems[i];
                let mut s = finals[i].unwrap_or(0.0);
                if !top_class.is_empty() && e.el.attr("class") == Some(top_class) {
                    s += top_score * vocab::SIBLING_CLASS_BONUS;
                }
                let ld = link_density(page, i);
                let join = s >= threshold
                    || (e.name == "p" && ld < 0.25 && e.chars > 80)
                    || (e.name == "p" && e.chars > 0 && ld == 0.0 && sentence_like(page, i, last));
                if join && !e.chrome {
                    roots.push(i);
                }
            }
            i = last[i] + 1;
        }
    }
    // Blocks in the content's structure; interface lines among them ("Comments", "Share") still mark where
    // the article ends, though they never join the body.
    let kept = mark_body(
        page,
        last,
        &roots,
        &[top, narrow, first_best],
        &score,
        &muted,
    );
    let mut lists = ListCache::default();
    let mut body: Vec<bool> = page
        .blocks
        .iter()
        .zip(&kept)
        .enumerate()
        .map(|(bi, (b, k))| {
            *k && (!is_ui_block(b.text.as_str(), b.chars, b.link_chars)
                || lists.linked_item_of_prose_list(page, last, b)
                || linked_heading_in_prose(page, page.blocks.get(bi + 1), b))
        })
        .collect();
    ending::cut_at_end_marker(page, last, &roots, first_best, &kept, &mut body);
    ending::drop_orphan_heading(page, &mut body);
    let chars = kept_chars(page, &body);
    Some(Content { body, top, chars })
}

/// The best container by the page's one `h1`: holding it, or starting within a few blocks under it. None when
/// the page has no single `h1`, or when `best` is already by it.
fn by_headline(
    page: &Page,
    last: &[usize],
    finals: &[Option<f64>],
    best: usize,
) -> Option<(usize, f64)> {
    let mut h1s = page
        .elems
        .iter()
        .enumerate()
        .filter(|(_, e)| e.name == "h1" && e.chars > 0);
    let (h, _) = h1s.next()?;
    if h1s.next().is_some() {
        return None;
    }
    let hb = page.elems[h].first_block;
    let near = |i: usize| {
        (i <= h && h <= last[i])
            || (page.elems[i].first_block > hb
                && page.elems[i].first_block <= hb.saturating_add(vocab::HEADLINE_REACH))
    };
    if near(best) {
        return None;
    }
    finals
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.map(|f| (i, f)))
        .filter(|&(i, _)| near(i) && !matches!(page.elems[i].name, "body" | "html"))
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Readability's climb: a parent that scores better takes over; a lone child gives way to its parent.
fn climb(
    page: &Page,
    last: &[usize],
    finals: &[Option<f64>],
    mut top: usize,
    top_score: f64,
) -> usize {
    let parent = |i: usize| page.elems[i].parent;
    let is_top_level = |i: usize| i == NO_PARENT || matches!(page.elems[i].name, "body" | "html");
    // Several near-equal candidates under one ancestor: the ancestor is the article.
    let mut ranked: Vec<(usize, f64)> = finals
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.map(|f| (i, f)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let alts: Vec<usize> = ranked
        .iter()
        .take(5)
        .filter(|(i, f)| *i != top && top_score > 0.0 && f / top_score >= 0.75)
        .map(|(i, _)| *i)
        .collect();
    if alts.len() >= 3 {
        let mut p = parent(top);
        while !is_top_level(p) {
            if alts.iter().filter(|&&a| a > p && a <= last[p]).count() >= 3 {
                top = p;
                break;
            }
            p = parent(p);
        }
    }
    // A parent scoring better than its child takes over.
    let mut last_score = finals[top].unwrap_or(top_score);
    let threshold = last_score / 3.0;
    let mut p = parent(top);
    while !is_top_level(p) {
        if let Some(ps) = finals[p] {
            if ps < threshold {
                break;
            }
            if ps > last_score {
                top = p;
                break;
            }
            last_score = ps;
        }
        p = parent(p);
    }
    // A lone child gives way to its parent.
    loop {
        let p = parent(top);
        if is_top_level(p) || element_children(last, p) != 1 {
            break;
        }
        top = p;
    }
    top
}

/// Page builders split one article over nested rows and columns, and the winner is then one column of it. An
/// ancestor whose added text is prose, not links, is the same article: it takes over, up to the first wrapper
/// that adds navigation. Text in furniture (share bars, comment boxes) does not count either way; it is dropped
/// later.
fn widen(page: &Page, last: &[usize], top: usize) -> usize {
    let n = page.elems.len();
    // The winner's ancestors hold it and are no furniture whatever their class ("sidebar-wrapper" around the
    // article and its sidebar).
    let mut holds_top = vec![false; n];
    let mut a = top;
    while a != NO_PARENT {
        holds_top[a] = true;
        a = page.elems[a].parent;
    }
    let mut chrome = vec![false; n];
    for i in 0..n {
        let e = &page.elems[i];
        chrome[i] = (e.chrome && !holds_top[i]) || (e.parent != NO_PARENT && chrome[e.parent]);
    }
    // (characters, link characters, characters in prose paragraphs) outside furniture, per element.
    let mut clean = vec![(0usize, 0usize, 0usize); n];
    for b in &page.blocks {
        if !chrome[b.owner] {
            let c = &mut clean[b.owner];
            c.0 += b.chars;
            c.1 += b.link_chars;
            if b.chars >= vocab::WIDEN_PROSE_CHARS && b.link_chars * 5 <= b.chars {
                c.2 += b.chars;
            }
        }
    }
    for i in (0..n).rev() {
        let p = page.elems[i].parent;
        if p != NO_PARENT {
            let (c, l, r) = clean[i];
            clean[p].0 += c;
            clean[p].1 += l;
            clean[p].2 += r;
        }
    }
    let mut cur = top;
    let mut best = top;
    loop {
        let p = page.elems[cur].parent;
        if p == NO_PARENT || matches!(page.elems[p].name, "body" | "html") || chrome[p] {
            return best;
        }
        let extra = clean[p].0 - clean[cur].0;
        let extra_links = clean[p].1 - clean[cur].1;
        let extra_prose = clean[p].2 - clean[cur].2;
        // A wrapper that adds a line or two without links above the winner (a date, a heading) is passed
        // through; one that adds them below may hold what follows the article.
        let small = extra <= vocab::WIDEN_PASS_CHARS
            && extra_links == 0
            && page.blocks_in(p, last).end == page.blocks_in(cur, last).end;
        if !small
            && (extra_links as f64 > extra as f64 * vocab::WIDEN_MAX_LINK_DENSITY
                || (extra_prose as f64) < extra as f64 * vocab::WIDEN_MIN_PROSE_SHARE)
        {
            return best;
        }
        cur = p;
        // Only an ancestor that brings a paragraph's worth of prose is worth taking; wrappers that add a
        // heading or a line are left to the sibling pass.
        if clean[cur].2 >= clean[best].2 + vocab::WIDEN_MIN_GAIN {
            best = cur;
        }
    }
}

fn element_children(last: &[usize], p: usize) -> usize {
    let mut count = 0;
    let mut i = p + 1;
    while i <= last[p] {
        count += 1;
        i = last[i] + 1;
    }
    count
}

fn initial_score(page: &Page, i: usize) -> f64 {
    let e = &page.elems[i];
    let tag = match e.name {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    tag + e.class_weight as f64
}

fn sentence_like(page: &Page, i: usize, last: &[usize]) -> bool {
    page.blocks_in(i, last)
        .map(|bi| &page.blocks[bi])
        .any(|b| b.text.contains(". ") || b.text.ends_with('.'))
}

/// Blocks within the roots, less the furniture inside them. `cores`: the winner, the winner before
/// it widened, the best-scoring container before the climb; `muted`: the elements the strict pass left out of
/// the vote, left out of the body too.
fn mark_body(
    page: &Page,
    last: &[usize],
    roots: &[usize],
    cores: &[usize; 3],
    score: &[Option<f64>],
    muted: &[bool],
) -> Vec<bool> {
    let n = page.elems.len();
    // keep[i]: element i is in the content and not dropped furniture.
    let mut keep = vec![false; n];
    let mut in_content = vec![false; n];
    for &r in roots {
        in_content[r..=last[r]].fill(true);
    }
    // Ancestors of the winner, and of the best-scoring container before the climb, are never furniture: a
    // wrapper named "sidebar-layout" or "paywall-container" holds the article.
    let mut exempt = vec![false; n];
    for &core in cores {
        let mut a = core;
        while a != NO_PARENT && !exempt[a] {
            exempt[a] = true;
            a = page.elems[a].parent;
        }
    }
    // What "most of the article" is measured against: the winner before it widened.
    let top_chars: usize = if cores[0] == cores[1] {
        roots.iter().map(|&r| page.elems[r].chars).sum()
    } else {
        page.elems[cores[1]].chars
    };
    for i in 0..n {
        if !in_content[i] {
            continue;
        }
        let e = &page.elems[i];
        let parent_keep = roots.contains(&i) || (e.parent != NO_PARENT && keep[e.parent]);
        // A negative class does not drop what holds most of the article ("editor scrolling-tracker").
        let major = e.chars * 2 >= top_chars;
        let dropped = ((e.chrome || !major)
            && is_furniture(page, i, score[i].unwrap_or(0.0), last))
            || muted[i];
        keep[i] = parent_keep && (exempt[i] || !dropped);
    }
    page.blocks.iter().map(|b| keep[b.owner]).collect()
}

/// Readability's conditional cleaning, on one element inside the content: a negative class loses unless the
/// paragraphs under it scored enough to outweigh it. A list's own tag score (−3) is no such class: a list of
/// release notes inside the article stays, unless its lines are mostly bare links.
pub fn is_furniture(page: &Page, i: usize, score: f64, last: &[usize]) -> bool {
    let e = &page.elems[i];
    if e.chrome
        || ((e.class_weight < 0 || !matches!(e.name, "ul" | "ol" | "dl" | "li"))
            && e.class_weight as f64 + score < 0.0)
    {
        return true;
    }
    let ld = link_density(page, i);
    match e.name {
        "ul" | "ol" | "dl" => {
            e.commas < 10 && ld > vocab::MAX_LINK_DENSITY && mostly_link_lines(page, i, last)
        }
        "div" | "section" | "table" | "form" | "header" | "fieldset" => {
            e.commas < 10 && e.chars > 0 && ld > vocab::MAX_LINK_DENSITY * 0.66 && e.paragraphs < 3
        }
        _ => false,
    }
}

/// The last resort when nothing scored: every block that is not furniture or interface text; with
/// `all_visible`, when that leaves nothing, every block that is not furniture.
pub fn everything(page: &Page, all_visible: bool) -> Content {
    let n = page.elems.len();
    let mut chrome = vec![false; n];
    for i in 0..n {
        let e = &page.elems[i];
        chrome[i] = e.chrome || (e.parent != NO_PARENT && chrome[e.parent]);
    }
    let mut body: Vec<bool> = page
        .blocks
        .iter()
        .map(|b| !chrome[b.owner] && !is_ui_block(&b.text, b.chars, b.link_chars))
        .collect();
    if !body.iter().any(|k| *k) && all_visible {
        // Only interface-looking text is left (every line a link): that is the page's text.
        for (k, b) in body.iter_mut().zip(&page.blocks) {
            *k = !chrome[b.owner];
        }
    }
    let chars = kept_chars(page, &body);
    Content {
        body,
        top: 0,
        chars,
    }
}

/// Characters of the blocks `body` keeps.
pub fn kept_chars(page: &Page, body: &[bool]) -> usize {
    page.blocks
        .iter()
        .zip(body)
        .filter(|(_, k)| **k)
        .map(|(b, _)| b.chars)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::ending::is_appeal;
    use super::*;
    use scraper::Html;

    #[test]
    fn read_also_boxes_leave_the_articles_link_density() {
        let para = |w: &str| format!("<p>{}</p>", [w; 40].join(", "));
        let html = format!(
            "<html><body><div id='story'>{}{}<div class='box'><b>Lesen Sie auch</b><a href='/1'>Ein Dorf \
             wählt neu</a><a href='/2'>Der Markt am Fluss</a></div>{}{}<section><b>À lire aussi</b><a href='/3'>Le \
             pont rouvre</a><a href='/4'>Une saison de pluie</a></section>{}<p><a href='/5'>Read the whole \
             report</a></p></div><nav><ul><li><a href='/a'>Home and garden</a></li><li><a href='/b'>Sport \
             results</a></li><li><a href='/c'>Weather today</a></li></ul></nav></body></html>",
            para("Regen fiel"),
            para("la ville dort"),
            para("the river rose"),
            para("el puente cerró"),
            para("il mercato apre"),
        );
        let doc = Html::parse_document(&html);
        let page = super::super::dom::flatten(&doc);
        let boxed = boxed_links(&page);
        let at = |name: &str| page.elems.iter().position(|e| e.name == name).unwrap();
        let story = page
            .elems
            .iter()
            .position(|e| e.el.attr("id") == Some("story"))
            .unwrap();
        // Both labelled boxes count, the all-link line ("Read the whole report") stays a link in the prose.
        let (box_chars, box_links) = boxed[story];
        assert!(box_chars > box_links && box_links > 0);
        let div_box = page
            .elems
            .iter()
            .position(|e| e.el.attr("class") == Some("box"))
            .unwrap();
        assert_eq!(boxed[div_box].0, page.elems[div_box].chars);
        assert_eq!(boxed[at("section")].0, page.elems[at("section")].chars);
        let plain = link_density(&page, story);
        let prose = prose_link_density(&page, story, boxed[story]);
        assert!(prose > 0.0 && prose < plain, "{prose} < {plain}");
        // A menu's items are links in a list of links, no box in prose.
        assert_eq!(boxed[at("li")], (0, 0));
        // A candidate that is mostly boxes keeps its density.
        let nav = at("nav");
        assert_eq!(
            prose_link_density(
                &page,
                nav,
                (page.elems[nav].chars, page.elems[nav].link_chars)
            ),
            link_density(&page, nav)
        );
    }

    #[test]
    fn reading_time_lines() {
        for t in [
            "5 min read",
            "Lesezeit: 3 Minuten",
            "Temps de lecture : 4 min",
            "Ten tekst przeczytasz w 2 minuty",
        ] {
            assert!(
                is_ui_block(t, t.chars().filter(|c| !c.is_whitespace()).count(), 0),
                "{t}"
            );
        }
    }

    #[test]
    fn a_page_of_links_keeps_its_text() {
        let ex = crate::extract::html::extract(
            "<html><body><a href='/x'><p>uno</p><p>dos</p>tres</a></body></html>",
        );
        assert_eq!(ex.fields.body, "uno\n\ndos\n\ntres");
    }

    #[test]
    fn appeals_and_credit_lines() {
        assert!(is_appeal("Abonnieren Sie unseren Newsletter!"));
        assert!(is_appeal("© 2024 Le Courrier. Tous droits réservés."));
        assert!(is_appeal(
            "Get the news on your phone: download the app for iOS and Android."
        ));
        assert!(!is_appeal(
            "The council said the ferry would run later in the evening from next spring."
        ));
        assert!(is_ui_block("Foto: Jan Nowak", 13, 0));
        assert!(is_ui_block("Titelbild: Archiv", 16, 0));
        assert!(is_ui_block("Crédits photos : Studio Martin", 26, 0));
        assert!(!is_ui_block(
            "Photographers waited outside: the minister never came.",
            46,
            0
        ));
    }
}
