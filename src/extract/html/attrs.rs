//! Attributes read fast: one pass over an element's attributes for the ones the metadata reader needs, and
//! ASCII-case-insensitive searches of class names without lower-case copies.

use crate::extract::vocab::alternation;
use regex::Regex;
use scraper::node::Element;

/// The attributes [`super::meta::read`] looks at, gathered in one pass over an element's attributes.
/// `Element::attr` interns its argument and binary-searches for it: asked a dozen times of every element of the
/// page, that cost more than the rest of this module together (callgrind on 59 dev pages).
#[derive(Default)]
pub struct Attrs<'a> {
    pub property: Option<&'a str>,
    pub name: Option<&'a str>,
    pub itemprop: Option<&'a str>,
    pub content: Option<&'a str>,
    pub value: Option<&'a str>,
    pub http_equiv: Option<&'a str>,
    pub kind: Option<&'a str>,
    pub rel: Option<&'a str>,
    pub href: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub xml_lang: Option<&'a str>,
    pub datetime: Option<&'a str>,
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub testid: Option<&'a str>,
    pub pubdate: bool,
}

impl<'a> Attrs<'a> {
    pub fn of(el: &'a Element) -> Self {
        let mut a = Attrs::default();
        for (k, v) in plain(el) {
            let slot = match k {
                "property" => &mut a.property,
                "name" => &mut a.name,
                "itemprop" => &mut a.itemprop,
                "content" => &mut a.content,
                "value" => &mut a.value,
                "http-equiv" => &mut a.http_equiv,
                "type" => &mut a.kind,
                "rel" => &mut a.rel,
                "href" => &mut a.href,
                "lang" => &mut a.lang,
                "xml:lang" => &mut a.xml_lang,
                "datetime" => &mut a.datetime,
                "class" => &mut a.class,
                "id" => &mut a.id,
                "data-testid" => &mut a.testid,
                "pubdate" => {
                    a.pubdate = true;
                    continue;
                }
                _ => continue,
            };
            *slot = Some(v);
        }
        a
    }
}

/// An element's plain attributes, (name, value), as `Element::attr` finds them (not SVG's `xlink:href`).
fn plain(el: &Element) -> impl Iterator<Item = (&str, &str)> {
    el.attrs
        .iter()
        .filter(|(k, _)| k.prefix.is_none() && k.ns.is_empty())
        .map(|(k, v)| (&*k.local, &**v))
}

/// An attribute's value, as `Element::attr` gives it but without interning `name` as an atom and
/// binary-searching for it, which cost a tenth of the DOM walk when asked five times of every element.
pub(super) fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    plain(el).find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// Whether `hay` contains `needle` (lowercase ASCII) in any ASCII case, without a lower-case copy of `hay`.
pub(crate) fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let n = needle.as_bytes();
    n.is_empty()
        || hay
            .as_bytes()
            .windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n))
}

/// Any of `words` (lowercase ASCII) anywhere in a class, id or test id, in any ASCII case. The words hold no
/// spaces, so searching the whole value finds the same tokens as splitting it would; one search of one
/// automaton, without a lower-case copy, as this runs on every element of the page.
pub fn word_search(words: &[&'static str]) -> Regex {
    // Escaped literals only: cannot fail.
    Regex::new(&format!("(?i-u:{})", alternation(words.iter().copied()))).expect("static regex")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_searches() {
        assert!(contains_ascii_ci("application/LD+JSON", "ld+json"));
        assert!(!contains_ascii_ci("ld", "ld+json"));
        let re = word_search(&["byline", "author"]);
        assert!(re.is_match("Post-BYLINE"));
        assert!(re.is_match("c-Author_name"));
        assert!(!re.is_match("autor"));
    }
}
