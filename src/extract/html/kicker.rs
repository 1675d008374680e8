//! Headlines set with a kicker inside the `<h1>` (`<span class="overline">Klimaschutz</span><span>Bohren, bis es
//! heiß wird</span>`): news sites print a label over the headline, and the label is not part of it. The flattened
//! page only has the `<h1>`'s whole text, so the split is read from the parsed document.

use super::dom::Page;
use super::{attrs, title, title::Heading, vocab};
use scraper::node::Element;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

/// Only the first few `<h1>`s: a page with more uses them for teasers.
const MAX_H1: usize = 4;

static H1: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1").expect("static selector"));

/// Headings whose text is an `<h1>` with a kicker inside take the headline without the kicker. The document is
/// walked again only when the flattened page has an `<h1>` holding an element classed as a kicker.
pub fn apply(doc: &Html, page: &Page, last: &[usize], heads: &mut [Heading]) {
    if !heads.iter().any(|h| h.origin == "h1") || !has_kicker(page, last) {
        return;
    }
    for h1 in doc.select(&H1).take(MAX_H1) {
        let Some((whole, headline)) = split(h1) else {
            continue;
        };
        for h in heads.iter_mut().filter(|h| h.origin == "h1") {
            if title::fold(&h.text) == whole {
                h.text = headline.clone();
            }
        }
    }
}

/// Whether an `<h1>` of the page holds an element whose class or id names a kicker.
fn has_kicker(page: &Page, last: &[usize]) -> bool {
    page.elems
        .iter()
        .enumerate()
        .filter(|(_, e)| e.name == "h1")
        .take(MAX_H1)
        .any(|(h, _)| (h + 1..=last[h]).any(|d| is_kicker(page.elems[d].el)))
}

/// Whether an element's class or id names a kicker.
fn is_kicker(el: &Element) -> bool {
    attrs::attr(el, "class").is_some_and(|v| vocab::KICKER_CLASS.is_match(v))
        || el.id().is_some_and(|v| vocab::KICKER_CLASS.is_match(v))
}

/// The `<h1>`'s whole text folded (as [`title::fold`]), and its text without the kicker, when it holds one.
fn split(h1: ElementRef) -> Option<(String, String)> {
    let mut whole = String::new();
    let mut rest = String::new();
    let mut kicker = false;
    collect(h1, false, &mut whole, &mut rest, &mut kicker);
    let rest = rest
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| c.is_whitespace() || vocab::KICKER_SEPARATORS.contains(&c))
        .to_string();
    let folded_rest = title::fold(&rest);
    let whole = title::fold(&whole);
    (kicker && folded_rest.chars().count() >= 3 && folded_rest.len() < whole.len())
        .then_some((whole, rest))
}

fn collect(
    el: ElementRef,
    in_kicker: bool,
    whole: &mut String,
    rest: &mut String,
    kicker: &mut bool,
) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                whole.push_str(t);
                if !in_kicker {
                    rest.push_str(t);
                }
            }
            Node::Element(e) => {
                if matches!(e.name(), "script" | "style" | "template" | "noscript") {
                    continue;
                }
                if e.name() == "br" {
                    whole.push(' ');
                    rest.push(' ');
                    continue;
                }
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                let opens = !in_kicker && is_kicker(e);
                *kicker |= opens;
                // Inline elements run into each other in the flattened text; a space keeps words apart here.
                rest.push(' ');
                collect(c, in_kicker || opens, whole, rest, kicker);
                rest.push(' ');
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(html: &str) -> String {
        let doc = Html::parse_document(html);
        let h1 = doc.select(&H1).next().unwrap();
        let text: String = h1
            .text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let mut heads = vec![Heading {
            text,
            origin: "h1",
            near: true,
        }];
        let page = crate::extract::html::dom::flatten(&doc);
        let last = crate::extract::html::score::subtree_ends(&page);
        apply(&doc, &page, &last, &mut heads);
        heads.remove(0).text
    }

    #[test]
    fn kickers_inside_the_headline_are_dropped() {
        assert_eq!(
            head(
                r#"<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>"#
            ),
            "Bohren, bis es heiß wird"
        );
        assert_eq!(
            head(
                r#"<h1><span class="ts-overline">Tarifstreit </span><span class="ts-colon">: </span><span>Wie es weitergeht</span></h1>"#
            ),
            "Wie es weitergeht"
        );
        assert_eq!(
            head(
                r#"<h1><span class="subtitle">Jeux olympiques</span> Les boissons arrivent par bateau </h1>"#
            ),
            "Les boissons arrivent par bateau"
        );
        assert_eq!(
            head(
                r#"<h1 class="entry-title"><span class='sub-heading'>Energiewende:</span><br> Wer zahlt den Strom?</h1>"#
            ),
            "Wer zahlt den Strom?"
        );
    }

    #[test]
    fn headlines_without_a_kicker_stay_whole() {
        for h in [
            r#"<h1><span class="title">Rzeka wylała w nocy</span></h1>"#,
            r#"<h1>Una <em>nuova</em> strada per il porto</h1>"#,
            // A kicker that is all the heading leaves nothing to take.
            r#"<h1><span class="kicker">Breaking</span></h1>"#,
        ] {
            let doc = Html::parse_document(h);
            let whole: String = doc.select(&H1).next().unwrap().text().collect();
            assert_eq!(
                head(h),
                whole.split_whitespace().collect::<Vec<_>>().join(" "),
                "{h}"
            );
        }
    }
}
