//! Elements classed as the author's (`author-name`, `byline`, `c-author`, a test id ending in `-byline`): the
//! names they hold, read as the page's metadata is.

use super::attrs::{Attrs, word_search};
use super::meta::{Meta, collapse};
use crate::extract::vocab::bylines;
use regex::Regex;
use scraper::ElementRef;
use scraper::node::Element;
use std::sync::LazyLock;

static AUTHOR_CLASS: LazyLock<Regex> = LazyLock::new(|| word_search(bylines::AUTHOR_CLASS_WORDS));
static AUTHOR_CLASS_NOT: LazyLock<Regex> = LazyLock::new(|| word_search(bylines::AUTHOR_CLASS_NOT));
static AUTHOR_CLASS_OUTSIDE: LazyLock<Regex> =
    LazyLock::new(|| word_search(bylines::AUTHOR_CLASS_OUTSIDE));

/// An element whose class, id or test id says it holds the author's name (`author-name`, `byline`, `c-author`;
/// sites with generated class names keep the meaning in `data-testid="…-byline"`): its short text, outside
/// comment threads and outside links (a teaser card for another article names that article's author).
pub(super) fn read(m: &mut Meta, er: ElementRef<'_>, at: &Attrs<'_>) {
    let any_word = |values: [Option<&str>; 3], words: &Regex| {
        values.into_iter().flatten().any(|v| words.is_match(v))
    };
    let own = [at.class, at.id, at.testid];
    if !any_word(own, &AUTHOR_CLASS) || any_word(own, &AUTHOR_CLASS_NOT) {
        return;
    }
    let marked = |e: &Element, words: &Regex| {
        any_word(
            [e.attr("class"), e.attr("id"), e.attr("data-testid")],
            words,
        )
    };
    if m.inline
        .iter()
        .filter(|(o, _, _)| *o == "author-class")
        .count()
        >= 6
    {
        return;
    }
    // Inside a link, a comment thread, a teaser, or a picture's `<figure>` (the photographer's name). Class
    // words would not do for the figure: a page's body may carry `…-captions` for a lightbox script.
    let in_comments = er.ancestors().any(|a| {
        a.value().as_element().is_some_and(|e| {
            matches!(e.name(), "a" | "figure" | "figcaption") || marked(e, &AUTHOR_CLASS_OUTSIDE)
        })
    });
    if in_comments {
        return;
    }
    let mut t = String::new();
    for chunk in er.text() {
        t.push_str(chunk);
        t.push(' ');
        if t.len() > 400 {
            return;
        }
    }
    let t = collapse(&t);
    if t.is_empty() || t.chars().count() > 80 {
        return;
    }
    // A name linked inside the byline ("By <a>Jane Roe</a> · KTRK · Friday, August 25") is the name itself;
    // the rest of the text is station, date and labels. Only a lone link of two words or more: one-word links
    // are sections ("Features"), and a container with several linked names may hold an editor's too.
    let linked: Vec<String> = er
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|a| a.value().name() == "a")
        .map(|a| collapse(&a.text().collect::<String>()))
        .filter(|n| n.split_whitespace().count() >= 2 && n.chars().count() <= 60)
        .collect();
    let value = match <[String; 1]>::try_from(linked) {
        Ok([name]) => name,
        Err(_) => t,
    };
    m.inline.push(("author-class", "author", value));
}
