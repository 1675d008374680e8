//! HTML pages: parse, score blocks, keep the article; metadata from JSON-LD, OpenGraph and meta tags.
//!
//! Stages, numbered as the code comments number them:
//! 1. parse with html5ever (through `scraper`);
//! 2. read the metadata: meta tags, JSON-LD, microdata, `<time>`, canonical link, `<html lang>` (`meta`);
//! 3. flatten the page into elements and visible text blocks (`dom`);
//! 4. choose the content: a strict pass, then a relaxed one when it comes out short, keeping the best (`score`);
//! 5. figures: captions and credits become images (`figures`);
//! 6. fields: headline (`title`), authors and dates with every candidate (`fields`), site, URL, language;
//!    then (6a) the page type (`page_signals`, `extract::page_type`), and the content of a page that is no
//!    article widens to its main region (`by_type`);
//! 7. give every block its role and join the body.

mod attrs;
mod author_class;
mod by_type;
mod dom;
mod ending;
mod fields;
mod figures;
mod jsonld;
mod kicker;
mod links;
mod meta;
mod meta_lines;
mod page_signals;
mod score;
mod title;
pub mod vocab;

pub use fields::normalize as metadata_date;

use super::{Block, Extracted, Role, body_from_blocks};
use dom::{NO_PARENT, Page};
use scraper::Html;

/// Extracts the article from a page.
pub fn extract(html: &str) -> Extracted {
    // 1. Parse.
    let doc = Html::parse_document(html);
    // 2. Metadata.
    let meta = meta::read(&doc);
    // 3. Flatten.
    let page = dom::flatten(&doc);
    let last = score::subtree_ends(&page);
    // 4. Content.
    let mut content = choose_content(&page, &last, &meta);
    // 5. Figures.
    let (images, fig_roles) = figures::read(&page, &last);
    // 6. Fields.
    let mut ex = Extracted::default();
    let f = &mut ex.fields;
    f.site = meta
        .first(vocab::META_SITE)
        .map(|(_, v)| v.trim_start_matches('@').to_string())
        .or_else(|| meta.ld.publisher.clone())
        .filter(|s| !s.contains("://"));
    f.url = meta
        .canonical
        .clone()
        .or_else(|| meta.first(&["og:url"]).map(|(_, v)| v.to_string()))
        .or_else(|| meta.ld.url.clone())
        .filter(|u| !u.trim().is_empty());
    // Relative URLs (a canonical, image sources) resolve against it in extraction's stage 3.
    ex.base = scraper::Selector::parse("base[href]")
        .ok()
        .and_then(|sel| doc.select(&sel).next())
        .and_then(|e| e.value().attr("href"))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty());
    let mut h1s = headlines(&page, &content);
    kicker::apply(&doc, &page, &last, &mut h1s);
    let (title, title_cands) = title::choose(&meta, &h1s, f.site.as_deref());
    f.title = title;
    ex.candidates.title = title_cands;
    let (bylines, text_dates) =
        meta_lines::byline_and_date_lines(&page, &content, f.title.as_deref());
    let (names, author_cands) =
        fields::authors(&meta, &bylines, f.site.as_deref(), f.url.as_deref());
    f.authors = names;
    ex.candidates.authors = author_cands;
    let stamp = meta_lines::copyright_stamp(&page);
    let (published, modified) =
        fields::dates(&meta, f.url.as_deref(), &text_dates, stamp.as_deref());
    f.published = published.first().map(|c| c.value.clone());
    f.modified = modified.first().map(|c| c.value.clone());
    ex.candidates.published = published;
    ex.candidates.modified = modified;
    f.language = meta::language(&meta);
    f.keywords = meta::keywords(&meta);
    f.section = meta
        .ld
        .section
        .clone()
        .or_else(|| meta.first(vocab::META_SECTION).map(|(_, v)| v.to_string()));
    f.images = images;
    let description = meta.ld.description.clone().or_else(|| {
        meta.first(vocab::META_DESCRIPTION)
            .map(|(_, v)| v.to_string())
    });
    // 6a. What kind of page it is; a page that is no article keeps more than the article scoring chose.
    let mut signals = page_signals::read(&page, &meta, ex.fields.url.as_deref());
    signals.dated = ex.fields.published.is_some();
    signals.authored = !ex.fields.authors.is_empty();
    signals.content_chars = content.chars;
    let guess = super::page_type::decide(&signals);
    by_type::widen(&page, &last, guess.kind, &mut content);
    ex.page_type = Some(guess);
    ex.page_signals = Some(signals);
    // 7. Roles and body.
    let first_body = content
        .body
        .iter()
        .position(|k| *k)
        .unwrap_or(page.blocks.len());
    let mut subtitle: Option<String> = meta.ld.alternative_headline.clone();
    let mut blocks = Vec::with_capacity(page.blocks.len());
    let title_fold = ex.fields.title.as_deref().map(title::fold);
    // A content whose text is all in captions but for a line or two (a video page: the player's description
    // is all the text, under the headline) has those captions for its body.
    let (mut caption_chars, mut other_chars) = (0, 0);
    for (bi, b) in page.blocks.iter().enumerate() {
        if content.body[bi] {
            if fig_roles[bi].is_some() {
                caption_chars += b.chars;
            } else {
                other_chars += b.chars;
            }
        }
    }
    let captions_are_body =
        other_chars < vocab::MIN_PARAGRAPH_CHARS * 2 && caption_chars > other_chars;
    let title_chars = ex
        .fields
        .title
        .as_deref()
        .map_or(0, |t| t.chars().filter(|c| !c.is_whitespace()).count());
    for (bi, b) in page.blocks.iter().enumerate() {
        let short = b.chars <= vocab::MAX_META_LINE_CHARS;
        let role =
            if let Some(r) = fig_roles[bi].filter(|_| !(captions_are_body && content.body[bi])) {
                match r {
                    figures::FigRole::Caption => Role::Caption,
                    figures::FigRole::Credit => Role::Credit,
                }
            } else if b.chars <= 400
                && b.chars <= title_chars * 2
                && title_fold
                    .as_deref()
                    .is_some_and(|t| title::similar_folded(t, &b.text))
                && (!content.body[bi] || is_heading(&page, b.owner))
            {
                Role::Title
            } else if short && meta_lines::is_byline(&page, bi, &ex.fields.authors) {
                Role::Byline
            } else if short && meta_lines::is_date_line(&page, bi) {
                Role::Date
            } else if subtitle.is_none()
                && bi == first_body
                && b.chars >= 20
                && b.chars <= 400
                && chain_matches(&page, b.owner, dom::HINT_SUBTITLE, 1)
            {
                // A standfirst that opens the content: the subtitle field, and still the body's first paragraph.
                subtitle = Some(b.text.clone());
                Role::Body
            } else if !content.body[bi]
                && bi < first_body
                && b.chars >= 20
                && (chain_matches(&page, b.owner, dom::HINT_SUBTITLE, 2)
                    || description
                        .as_deref()
                        .is_some_and(|d| title::similar(d, &b.text)))
                && (subtitle.is_none()
                    || subtitle
                        .as_deref()
                        .is_some_and(|s| title::similar(s, &b.text)))
            {
                subtitle.get_or_insert_with(|| b.text.clone());
                Role::Subtitle
            } else if content.body[bi] {
                Role::Body
            } else {
                Role::Boilerplate
            };
        blocks.push(Block {
            text: b.text.clone(),
            role,
            line: 0,
            tag: page.elems[b.owner].name.to_string(),
        });
    }
    ex.fields.subtitle = subtitle;
    // 7a. A standfirst under the headline, just above the text, opens the article: it stays the subtitle and
    // joins the body too. A site's tagline above the headline does not.
    for bi in 0..blocks.len().min(first_body) {
        if blocks[bi].role == Role::Subtitle
            && first_body - bi <= vocab::LEDE_MAX_GAP
            && blocks[bi.saturating_sub(vocab::HEADLINE_REACH)..bi]
                .iter()
                .any(|b| b.role == Role::Title)
        {
            blocks[bi].role = Role::Body;
        }
    }
    // 7a'. A lede the scoring left out: the one prose paragraph right under the headline, with nothing but
    // short lines (date, byline, share bar, image credit) between it and the text.
    if let Some(bi) = missed_lede(&page, &blocks, first_body) {
        blocks[bi].role = Role::Body;
    }
    // 7b. A page whose text is not in its markup (rendered by script) still says it in JSON-LD `articleBody`,
    // or at least in its description: taken when the chosen content is far shorter.
    if let Some(extra) = fallback_body(&meta, content.chars, description.as_deref()) {
        // A lede above the text stays when the script's text lacks it (JSON-LD bodies often leave it out).
        // So does the content's first paragraph, past a kicker or a heading: a paywalled page shows its lede and
        // keeps the rest in the script.
        let opening = |t: &str| t.chars().take(vocab::LEDE_PROBE_CHARS).collect::<String>();
        let first_paragraph = (first_body..blocks.len()).find(|&bi| {
            blocks[bi].role == Role::Body && page.blocks[bi].chars >= vocab::MIN_PARAGRAPH_CHARS * 4
        });
        let lede_kept: Vec<bool> = blocks
            .iter()
            .enumerate()
            .map(|(bi, b)| {
                (bi < first_body || Some(bi) == first_paragraph)
                    && b.role == Role::Body
                    && !extra.iter().any(|p| p.contains(opening(&b.text).as_str()))
            })
            .collect();
        for t in extra {
            blocks.push(Block {
                text: t,
                role: Role::Body,
                line: 0,
                tag: "json-ld".into(),
            });
        }
        for (b, _) in blocks
            .iter_mut()
            .zip(lede_kept.iter().chain(std::iter::repeat(&false)))
            .filter(|(b, kept)| b.role == Role::Body && b.tag != "json-ld" && !**kept)
        {
            b.role = Role::Boilerplate;
        }
    }
    ex.blocks = blocks;
    ex.fields.body = body_from_blocks(&ex.blocks);
    let _ = content.top;
    ex
}

/// The block that is the article's lede though the content left it out: after the last headline among the
/// `LEDE_SEARCH_BLOCKS` blocks before the body, within `LEDE_AFTER_TITLE` blocks of it, the only block longer
/// than a date line, mostly not links, outside furniture. Anything else long in between (a teaser, a second
/// paragraph) means the layout is not headline–lede–text, and nothing is taken.
fn missed_lede(page: &Page, blocks: &[Block], first_body: usize) -> Option<usize> {
    let first_body = first_body.min(blocks.len());
    let from = first_body.saturating_sub(vocab::LEDE_SEARCH_BLOCKS);
    let title = (from..first_body)
        .rev()
        .find(|&i| blocks[i].role == Role::Title)?;
    let mut lede = None;
    for (bi, block) in blocks.iter().enumerate().take(first_body).skip(title + 1) {
        let b = &page.blocks[bi];
        let role = block.role;
        if matches!(
            role,
            Role::Caption | Role::Credit | Role::Title | Role::Date | Role::Byline
        ) || b.chars <= vocab::MAX_DATE_LINE_CHARS
        {
            continue;
        }
        if role == Role::Body
            || lede.is_some()
            || bi > title + vocab::LEDE_AFTER_TITLE
            || b.link_chars * 5 > b.chars
            || in_furniture(page, b.owner)
        {
            return None;
        }
        lede = Some(bi);
    }
    lede
}

/// Paragraphs of the JSON-LD article body (or the description) when the page's own content is much shorter.
fn fallback_body(
    meta: &meta::Meta,
    content_chars: usize,
    description: Option<&str>,
) -> Option<Vec<String>> {
    let count = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    if let Some(body) = meta.ld.body.as_deref() {
        // Some pages escape the HTML of their body once more (`&lt;p&gt;…`): unescaped, it is HTML again.
        let unescaped;
        let body = if body.contains("&lt;") && body.contains("&gt;") {
            unescaped = Html::parse_fragment(body)
                .root_element()
                .text()
                .collect::<String>();
            unescaped.as_str()
        } else {
            body
        };
        let paras: Vec<String> = if body.contains("</") || body.contains("<br") {
            let frag = Html::parse_fragment(body);
            dom::flatten(&frag)
                .blocks
                .into_iter()
                .map(|b| b.text)
                .collect()
        } else {
            body.split('\n')
                .map(meta::collapse)
                .filter(|p| !p.is_empty())
                .collect()
        };
        let chars: usize = paras.iter().map(|p| count(p)).sum();
        if chars > content_chars * vocab::LD_BODY_RATIO && chars > vocab::MIN_CONTENT_CHARS {
            return Some(paras);
        }
    }
    let d = description?;
    (content_chars < vocab::MIN_PARAGRAPH_CHARS * 4
        && count(d) > content_chars * 2
        && count(d) >= vocab::MIN_PARAGRAPH_CHARS * 4)
        .then(|| vec![meta::collapse(d)])
}

/// Stage 4: the strict pass, then the relaxed one if the strict one is short of what the page promises.
fn choose_content(page: &Page, last: &[usize], meta: &meta::Meta) -> score::Content {
    let ld_chars = meta
        .ld
        .body
        .as_deref()
        .map_or(0, |b| b.chars().filter(|c| !c.is_whitespace()).count());
    let want = vocab::MIN_CONTENT_CHARS.max(ld_chars / 3);
    let mut best = score::choose(page, last, true);
    if best.as_ref().is_none_or(|c| c.chars < want)
        && let Some(relaxed) = score::choose(page, last, false)
        && best.as_ref().is_none_or(|b| relaxed.chars > b.chars)
    {
        best = Some(relaxed);
    }
    let _ = last;
    if let Some(c) = best.take_if(|c| c.chars > 0 || ld_chars > 0) {
        return c;
    }
    // Nothing scored, or all that scored was interface text. When the rest of the page is interface text too
    // (a page of nothing but links), its visible text outside furniture is the body rather than nothing; else
    // an empty pick stays empty so that the description may stand in (stage 7b).
    let rest = score::everything(page, false);
    if rest.chars == 0 {
        return score::everything(page, true);
    }
    best.unwrap_or(rest)
}

/// The page's `h1` and `h2` headings, in order, each marked whether it stands by the article: inside the
/// content, or among the few blocks before the body starts, and not in furniture.
fn headlines(page: &Page, content: &score::Content) -> Vec<title::Heading> {
    let first_body = content
        .body
        .iter()
        .position(|k| *k)
        .unwrap_or(page.blocks.len());
    let last_body = content.body.iter().rposition(|k| *k).unwrap_or(0);
    let mut out = Vec::new();
    for (bi, b) in page.blocks.iter().enumerate() {
        let name = page.elems[b.owner].name;
        if !matches!(name, "h1" | "h2") || b.chars > 400 || b.chars == 0 {
            continue;
        }
        let near = bi + vocab::HEADLINE_REACH >= first_body
            && bi <= last_body
            && !in_furniture(page, b.owner);
        out.push(title::Heading {
            text: b.text.replace('\n', " "),
            origin: if name == "h1" { "h1" } else { "h2" },
            near,
        });
        if out.len() >= 12 {
            break;
        }
    }
    // The main h1 first: the last one by the article before the body, else the first by it.
    if let Some(main) = out.iter().rposition(|h| h.origin == "h1" && h.near) {
        let h = out.remove(main);
        out.insert(0, h);
    }
    out
}

/// Whether element `i` lies inside page furniture (nav, aside, footer, comment and share boxes).
fn in_furniture(page: &Page, mut i: usize) -> bool {
    while i != NO_PARENT {
        if page.elems[i].chrome {
            return true;
        }
        i = page.elems[i].parent;
    }
    false
}

fn is_heading(page: &Page, owner: usize) -> bool {
    matches!(
        page.elems[owner].name,
        "h1" | "h2" | "h3" | "header" | "hgroup"
    )
}

/// Whether element `i` or one of its `levels` nearest ancestors has the class hint `hint`.
pub(super) fn chain_matches(page: &Page, mut i: usize, hint: u8, levels: usize) -> bool {
    for _ in 0..=levels {
        if i == NO_PARENT {
            return false;
        }
        if page.elems[i].hints & hint != 0 {
            return true;
        }
        i = page.elems[i].parent;
    }
    false
}

/// How the content was chosen, for tuning: the winning container and its path. Not part of the stable API.
#[doc(hidden)]
pub fn explain(html: &str, needle: Option<&str>) -> String {
    let doc = Html::parse_document(html);
    let meta = meta::read(&doc);
    let page = dom::flatten(&doc);
    let last = score::subtree_ends(&page);
    let content = choose_content(&page, &last, &meta);
    let mut out = format!("chars={} top={}\n", content.chars, content.top);
    let mut i = content.top;
    while i != NO_PARENT {
        let e = &page.elems[i];
        out.push_str(&format!(
            "  {} [{}] w={} chrome={} unlikely={} chars={} links={}\n",
            e.name,
            page.class_id(i),
            e.class_weight,
            e.chrome,
            e.unlikely,
            e.chars,
            e.link_chars
        ));
        i = e.parent;
    }
    let mut shown = 0;
    for (bi, b) in page.blocks.iter().enumerate() {
        let wanted = match needle {
            Some(n) => b.text.contains(n),
            None => {
                !content.body[bi]
                    && b.owner >= content.top
                    && b.owner <= last[content.top]
                    && shown < 4
            }
        };
        if !wanted {
            continue;
        }
        shown += 1;
        out.push_str(&format!(
            "dropped: {:.60} body={}\n",
            b.text, content.body[bi]
        ));
        let mut i = b.owner;
        while i != NO_PARENT && (needle.is_some() || i != content.top) {
            out.push_str(&format!(
                "    {} {i} [{}] w={} chrome={} unlikely={} furniture={} ui={}\n",
                page.elems[i].name,
                page.class_id(i),
                page.elems[i].class_weight,
                page.elems[i].chrome,
                page.elems[i].unlikely,
                score::is_furniture(&page, i, 0.0, &last),
                score::is_ui_block(&b.text, b.chars, b.link_chars)
            ));
            i = page.elems[i].parent;
        }
    }
    out
}
