//! The page's signals as a vector of numbers for the learned model (`model`): the hand rules' evidence for
//! each type, what the structured data and the URL say, and the page's shape. Counts enter as `ln(1 + n)`, so
//! a page with 400 list items is not 40 times one with 10; shares stay as they are. The names are the model
//! file's header: the model is refused when they differ, so features and weights cannot drift apart.

use super::Signals;
use crate::extract::vocab::page_types as v;

/// The names of the features, in the order `vector` gives them.
pub const NAMES: &[&str] = &[
    "rule_article",
    "rule_forum",
    "rule_product",
    "rule_collection",
    "rule_listing",
    "rule_documentation",
    "rule_service",
    "ld_article",
    "ld_forum",
    "ld_product",
    "ld_list",
    "ld_docs",
    "ld_service",
    "ld_breadcrumbs",
    "ld_organization",
    "ld_webpage",
    "ld_offer",
    "ld_rating",
    "ld_faq",
    "ld_howto",
    "ld_event",
    "ld_person",
    "ld_qa",
    "ld_none",
    "og_article",
    "og_product",
    "og_website",
    "og_other",
    "url_article",
    "url_forum",
    "url_product",
    "url_collection",
    "url_listing",
    "url_docs",
    "url_service",
    "url_root",
    "url_depth",
    "url_slug_words",
    "url_number",
    "url_html",
    "url_query",
    "url_year",
    "pre_blocks",
    "code_elems",
    "tables",
    "fields",
    "forms",
    "prices",
    "buy_buttons",
    "cards",
    "card_share",
    "posts",
    "marked_posts",
    "times",
    "paragraphs",
    "headings",
    "headings_per_paragraph",
    "docs_nav",
    "chars",
    "link_share",
    "dated",
    "authored",
    "content_share",
    "content_chars",
    "h1s",
    "list_items",
    "link_item_share",
    "images",
    "article_elems",
    "buttons",
    "breadcrumbs",
    "ratings",
    "comment_marks",
    "short_share",
    "blocks",
    "contact_links",
    "sections",
    "asides",
    "cta",
    "headed_links",
    "headed_link_share",
    "paging",
    "paragraph_share",
    "paragraph_length",
    "media",
    "figures",
    "details",
    "class_hero",
    "class_testimonial",
    "class_faq",
    "class_share",
    "class_byline",
    "class_related",
    "class_tags",
    "class_pricing",
    "class_newsletter",
    "class_filter",
    "class_grid",
    "class_product",
    "class_entry",
    "class_article",
];

/// `ln(1 + n)`: a count, damped.
fn log(n: usize) -> f32 {
    (n as f32).ln_1p()
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

fn share(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        (a as f32 / b as f32).min(1.0)
    }
}

/// The feature vector of a page with signals `s`, whose hand rules gave `rules` (one score a type, in
/// `PageType::KNOWN` order). A value that cannot be known (the URL's, for a page without one) is NaN.
pub fn vector(s: &Signals, rules: &[f32; 7]) -> Vec<f32> {
    let any = |names: &[&str]| {
        flag(
            s.ld_types
                .iter()
                .chain(&s.item_types)
                .any(|t| names.contains(&t.as_str())),
        )
    };
    let path = s.path();
    let segments: Vec<&str> = path
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split('/')
        .filter(|x| !x.is_empty())
        .collect();
    let last = segments.last().copied().unwrap_or("");
    let root = !s.url.is_empty() && segments.is_empty();
    let og = s.og_type.as_str();
    let mut x = Vec::with_capacity(NAMES.len());
    x.extend_from_slice(rules);
    x.extend([
        any(v::LD_ARTICLE),
        any(v::LD_FORUM),
        any(v::LD_PRODUCT),
        any(v::LD_LIST),
        any(v::LD_DOCS),
        any(v::LD_SERVICE),
        any(&["breadcrumblist"]),
        any(&["organization", "corporation", "newsmediaorganization"]),
        any(&["webpage", "website"]),
        any(&["offer", "aggregateoffer"]),
        any(&["aggregaterating", "review", "rating"]),
        any(&["faqpage", "question"]),
        any(&["howto", "howtostep"]),
        any(&["event"]),
        any(&["person"]),
        any(&["qapage", "answer"]),
        flag(s.ld_types.is_empty() && s.item_types.is_empty()),
        flag(og == "article"),
        flag(og.contains("product") || og.contains("item")),
        flag(og == "website"),
        flag(!og.is_empty() && og != "article" && og != "website" && !og.contains("product")),
        flag(v::URL_ARTICLE.is_match(path)),
        flag(v::URL_FORUM.is_match(path)),
        flag(v::URL_PRODUCT.is_match(path)),
        flag(v::URL_COLLECTION.is_match(path)),
        flag(v::URL_LISTING.is_match(path)),
        flag(v::URL_DOCS.is_match(&s.url)),
        flag(v::URL_SERVICE.is_match(path)),
        flag(root),
        log(segments.len()),
        log(last.split(['-', '_']).filter(|w| !w.is_empty()).count()),
        flag(
            segments
                .iter()
                .any(|g| g.chars().filter(char::is_ascii_digit).count() >= 4),
        ),
        flag(last.ends_with(".html") || last.ends_with(".htm") || last.ends_with(".php")),
        flag(path.contains('?')),
        flag(v::URL_YEAR.is_match(path)),
        log(s.pre_blocks),
        log(s.code_elems),
        log(s.tables),
        log(s.fields),
        log(s.forms),
        log(s.prices),
        log(s.buy_buttons),
        log(s.cards),
        s.card_share,
        log(s.posts),
        log(s.marked_posts),
        log(s.times),
        log(s.paragraphs),
        log(s.headings),
        share(s.headings, s.paragraphs + 1),
        log(s.docs_nav),
        log(s.chars) / 10.0,
        s.link_share,
        flag(s.dated),
        flag(s.authored),
        share(s.content_chars, s.chars),
        log(s.content_chars) / 10.0,
        log(s.h1s),
        log(s.list_items),
        share(s.link_items, s.list_items),
        log(s.images),
        log(s.article_elems),
        log(s.buttons),
        log(s.breadcrumbs),
        log(s.ratings),
        log(s.comment_marks),
        share(s.short_blocks, s.blocks),
        log(s.blocks),
        log(s.contact_links),
        log(s.sections),
        log(s.asides),
        log(s.cta),
        log(s.headed_links),
        share(s.headed_links, s.headings + s.h1s),
        log(s.paging),
        share(s.paragraph_chars, s.chars),
        log(s.paragraph_chars / s.paragraphs.max(1)),
        log(s.media),
        log(s.figures),
        log(s.details),
    ]);
    // One value a class part, whatever the signals hold (a text dump has none).
    x.extend((0..v::CLASS_PARTS.len()).map(|k| log(s.class_parts.get(k).copied().unwrap_or(0))));
    // Without a URL its features are unknown, not zero: zero depth would read as a site's home page. The
    // model puts an unknown value at its mean.
    if s.url.is_empty() {
        for (x, name) in x.iter_mut().zip(NAMES) {
            if name.starts_with("url_") {
                *x = f32::NAN;
            }
        }
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vector_has_a_value_for_every_name() {
        let s = Signals {
            url: "https://shop.example/products/blue-kettle-2l.html?ref=1".into(),
            list_items: 10,
            link_items: 4,
            ..Default::default()
        };
        let x = vector(&s, &[0.0; 7]);
        assert_eq!(x.len(), NAMES.len());
        let at = |n: &str| x[NAMES.iter().position(|k| *k == n).unwrap()];
        assert_eq!(at("url_product"), 1.0);
        assert_eq!(
            at("url_html"),
            1.0,
            "the query after the name is not part of it"
        );
        assert_eq!(at("url_query"), 1.0);
        assert_eq!(at("url_depth"), 2f32.ln_1p());
        assert!((at("link_item_share") - 0.4).abs() < 1e-6);
        let none = vector(&Signals::default(), &[0.0; 7]);
        let at = |n: &str| none[NAMES.iter().position(|k| *k == n).unwrap()];
        assert!(at("url_depth").is_nan() && at("url_root").is_nan());
        assert_eq!(at("link_item_share"), 0.0);
    }

    #[test]
    fn the_class_parts_close_the_names_in_their_order() {
        let tail = &NAMES[NAMES.len() - v::CLASS_PARTS.len()..];
        let parts: Vec<&str> = v::CLASS_PARTS.iter().map(|(n, _)| *n).collect();
        assert_eq!(tail, parts.as_slice());
    }
}
