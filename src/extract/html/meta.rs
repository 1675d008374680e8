//! Page metadata: `<meta>` tags (OpenGraph, Twitter cards, Dublin Core, name=author/date/…), JSON-LD,
//! microdata (`itemprop`), `<time>`, `rel=canonical`, `<html lang>` and `<title>`.

use super::attrs::{Attrs, contains_ascii_ci};
use super::author_class;
use super::jsonld::{self, LdArticle};
use super::vocab;
use crate::extract::vocab::date_labels;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

/// Everything the page says about itself outside its visible text.
#[derive(Debug, Default)]
pub struct Meta {
    /// `name`/`property` (lowercase) → content, in document order; the first of each name wins.
    pub tags: Vec<(String, String)>,
    pub ld: LdArticle,
    pub title_tag: Option<String>,
    pub canonical: Option<String>,
    pub lang: Option<String>,
    /// Microdata and `<time>` values: (origin, kind, value) with kind `author`, `published`, `modified`, `headline`.
    pub inline: Vec<(&'static str, &'static str, String)>,
    /// A publication date in a script's JSON data that is not JSON-LD (`"published_at":"2024-06-24T…"`).
    pub script_published: Option<String>,
    /// The first date written inside a link to the page itself: the page's own teaser in a list of latest
    /// articles ("10.11.2021 Menschenrechte achten …").
    pub self_link_date: Option<String>,
}

impl Meta {
    /// The first value of the first of `names` present.
    pub fn first(&self, names: &[&str]) -> Option<(&str, &str)> {
        names.iter().find_map(|n| {
            self.tags
                .iter()
                .find(|(k, v)| k == n && !v.trim().is_empty())
                .map(|(k, v)| (k.as_str(), v.as_str()))
        })
    }

    /// Every value of every one of `names`, in the order of `names`.
    pub fn all(&self, names: &[&str]) -> Vec<(&str, &str)> {
        let mut out = Vec::new();
        for n in names {
            for (k, v) in &self.tags {
                if k == n && !v.trim().is_empty() {
                    out.push((k.as_str(), v.as_str()));
                }
            }
        }
        out
    }
}

/// Whether a node sits in the page's navigation, a sidebar or a comment section, where a `<time>` dates today's
/// page, a teaser or a comment rather than the article.
fn in_furniture(el: ElementRef<'_>) -> bool {
    el.ancestors().any(|a| {
        a.value().as_element().is_some_and(|e| {
            date_labels::TIME_FURNITURE_TAGS.contains(&e.name())
                || named_as(
                    e,
                    date_labels::TIME_FURNITURE_CLASS_STARTS,
                    date_labels::TIME_FURNITURE_CLASS_WORDS,
                )
        })
    })
}

/// Whether an element sits in the site's navigation: a `<nav>`, or a list or block classed as a menu
/// (`megamenu`, `menu-item`, `navbar`). The page's `<body>` and `<html>` do not count: themes class them
/// with their menu settings (`cb-menu-light`).
fn in_menu(el: ElementRef<'_>) -> bool {
    el.ancestors().any(|a| {
        a.value().as_element().is_some_and(|e| {
            e.name() == "nav"
                || (!matches!(e.name(), "body" | "html")
                    && named_as(e, vocab::MENU_CLASS_STARTS, vocab::MENU_CLASS_WORDS))
        })
    })
}

/// Whether an element's class or id has a token starting with one of `starts` or containing one of `words`
/// (lowercase).
fn named_as(e: &Element, starts: &[&str], words: &[&str]) -> bool {
    [e.attr("class"), e.attr("id")]
        .into_iter()
        .flatten()
        .any(|v| {
            v.split_whitespace().any(|t| {
                let t = t.to_ascii_lowercase();
                starts.iter().any(|w| t.starts_with(w)) || words.iter().any(|w| t.contains(w))
            })
        })
}

/// The path of a URL or of an absolute link (`/news/story?x=1` of `https://example.org/news/story?x=1#c`), when it
/// names more than the site's root.
fn url_path(href: &str) -> Option<&str> {
    let rest = match href.split_once("://") {
        Some((_, r)) => &r[r.find('/')?..],
        None if href.starts_with('/') && !href.starts_with("//") => href,
        None => return None,
    };
    let path = rest.split(['?', '#']).next()?.trim_end_matches('/');
    (path.len() > 1).then_some(path)
}

/// The page's own path, from its canonical link or `og:url`.
fn own_path(m: &Meta) -> Option<&str> {
    m.canonical
        .as_deref()
        .or_else(|| m.first(&["og:url"]).map(|(_, v)| v))
        .and_then(url_path)
}

/// Reads the metadata of a parsed page.
pub fn read(doc: &Html) -> Meta {
    let mut m = Meta::default();
    let mut scripts: Vec<String> = Vec::new();
    let mut time_count = 0;
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let at = Attrs::of(el);
        match el.name() {
            "meta" => {
                let key = at.property.or(at.name).or(at.itemprop);
                let val = at.content.or(at.value);
                if let (Some(k), Some(v)) = (key, val) {
                    let v = collapse(v);
                    if !v.is_empty() {
                        // Several properties may share one tag ("og:title twitter:title").
                        for k in k.split_whitespace() {
                            m.tags.push((k.to_ascii_lowercase(), v.clone()));
                        }
                    }
                }
                if let Some(ip) = at.itemprop
                    && let Some(v) = at.content
                {
                    push_itemprop(&mut m, ip, v);
                }
                if at
                    .http_equiv
                    .is_some_and(|h| h.eq_ignore_ascii_case("content-language"))
                    && m.lang.is_none()
                {
                    m.lang = at.content.map(collapse).filter(|s| !s.is_empty());
                }
            }
            "script" if at.kind.is_some_and(|t| contains_ascii_ci(t, "ld+json")) => {
                let t: String = ElementRef::wrap(node)
                    .map(|e| e.text().collect())
                    .unwrap_or_default();
                scripts.push(t);
            }
            "script" if m.script_published.is_none() => {
                // Shop and CMS pages carry their record as JSON in a script (`"published_at":"…"`).
                m.script_published = ElementRef::wrap(node).and_then(|e| {
                    e.text()
                        .find_map(|t| {
                            crate::extract::vocab::structured::SCRIPT_PUBLISHED.captures(t)
                        })
                        .map(|c| c[1].to_string())
                });
            }
            "title"
                if m.title_tag.is_none()
                    && !node
                        .ancestors()
                        .any(|a| a.value().as_element().is_some_and(|e| e.name() == "svg")) =>
            {
                let t: String = ElementRef::wrap(node)
                    .map(|e| e.text().collect())
                    .unwrap_or_default();
                m.title_tag = Some(collapse(&t)).filter(|s| !s.is_empty());
            }
            "link" => {
                let rel = at.rel.unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && m.canonical.is_none() {
                    m.canonical = at
                        .href
                        .map(str::trim)
                        .filter(|h| h.starts_with("http"))
                        .map(str::to_string);
                }
            }
            "html" if m.lang.is_none() => {
                m.lang = at
                    .lang
                    .or(at.xml_lang)
                    .map(collapse)
                    .filter(|s| !s.is_empty());
            }
            "a" => {
                if m.self_link_date.is_none()
                    && let Some(href) = at.href
                    && let Some(own) = own_path(&m)
                    && url_path(href) == Some(own)
                {
                    let t: String = ElementRef::wrap(node)
                        .map(|e| e.text().collect::<Vec<_>>().join(" "))
                        .unwrap_or_default();
                    m.self_link_date = crate::extract::dates::find_in_text(&t)
                        .into_iter()
                        .find(|f| f.iso.len() == 10)
                        .map(|f| f.iso);
                }
                // Links to an author's page name the author: rel=author, or /author/<slug>.
                let rel_author = at.rel.is_some_and(|r| {
                    r.split_whitespace()
                        .any(|x| x.eq_ignore_ascii_case("author"))
                });
                let href_author = at.href.is_some_and(|h| vocab::AUTHOR_HREF.is_match(h));
                // A menu's link to the journalists' pages is navigation, not a byline.
                if (rel_author || href_author)
                    && !ElementRef::wrap(node).is_some_and(in_menu)
                    && m.inline
                        .iter()
                        .filter(|(o, _, _)| *o == "author-link")
                        .count()
                        < 4
                {
                    // Text nodes joined with spaces: a link card's blocks ("Column" over "Jane Roe") must not run
                    // together into one word.
                    let t: String = ElementRef::wrap(node)
                        .map(|e| e.text().collect::<Vec<_>>().join(" "))
                        .unwrap_or_default();
                    let t = collapse(&t);
                    if !t.is_empty() && t.chars().count() <= 80 {
                        m.inline.push(("author-link", "author", t));
                    }
                }
            }
            "time" if time_count < 8 && !ElementRef::wrap(node).is_some_and(in_furniture) => {
                time_count += 1;
                if let Some(dt) = at.datetime {
                    let class = format!("{} {}", at.class.unwrap_or(""), at.itemprop.unwrap_or(""));
                    let lc = class.to_lowercase();
                    let kind = if lc.contains("modif") || lc.contains("updat") {
                        "modified"
                    } else {
                        "published"
                    };
                    let origin = if at.pubdate || lc.contains("publish") {
                        "time-pubdate"
                    } else {
                        "time"
                    };
                    m.inline.push((origin, kind, dt.trim().to_string()));
                }
            }
            _ => {}
        }
        if el.name() != "meta"
            && !matches!(el.name(), "script" | "style" | "img" | "time")
            && let Some(er) = ElementRef::wrap(node)
        {
            author_class::read(&mut m, er, &at);
        }
        if el.name() != "meta" {
            // RDFa on any element: <span property="schema:dateCreated" content="…">.
            if let (Some(prop), Some(v)) = (at.property, at.content) {
                let v = collapse(v);
                if !v.is_empty() {
                    for k in prop.split_whitespace() {
                        let k = k.to_ascii_lowercase();
                        let k = k.strip_prefix("schema:").unwrap_or(&k).to_string();
                        m.tags.push((k, v.clone()));
                    }
                }
            }
            if let Some(ip) = at.itemprop {
                let val = at.content.or(at.datetime).map(str::to_string).or_else(|| {
                    let er = ElementRef::wrap(node)?;
                    if ip.eq_ignore_ascii_case("author") || ip.eq_ignore_ascii_case("creator") {
                        // Prefer the nested name over the whole author card.
                        for d in er.descendants() {
                            if let Some(e) = ElementRef::wrap(d)
                                && e.value().attr("itemprop") == Some("name")
                            {
                                return Some(e.text().collect::<String>());
                            }
                        }
                    }
                    let t: String = er.text().take(50).collect();
                    Some(t)
                });
                // A creator inside a figure is the photographer ("Jane Roe/Reuters" under the lead image).
                let image_credit = || {
                    ip.split_whitespace().any(|p| {
                        p.eq_ignore_ascii_case("author") || p.eq_ignore_ascii_case("creator")
                    }) && ElementRef::wrap(node).is_some_and(|e| {
                        e.ancestors().any(|a| {
                            a.value()
                                .as_element()
                                .is_some_and(|a| matches!(a.name(), "figure" | "figcaption"))
                        })
                    })
                };
                if let Some(v) = val
                    && !image_credit()
                {
                    push_itemprop(&mut m, ip, &v);
                }
            }
        }
    }
    m.ld = jsonld::read(&scripts);
    m
}

fn push_itemprop(m: &mut Meta, ip: &str, v: &str) {
    let v = collapse(v);
    if v.is_empty() || v.chars().count() > 300 {
        return;
    }
    for p in ip.split_whitespace() {
        let kind = match p.to_ascii_lowercase().as_str() {
            "author" | "creator" => "author",
            "datepublished" | "datecreated" => "published",
            "datemodified" => "modified",
            "headline" => "headline",
            _ => continue,
        };
        if m.inline
            .iter()
            .filter(|(o, k, _)| *o == "microdata" && *k == kind)
            .count()
            < 6
        {
            m.inline.push(("microdata", kind, v.clone()));
        }
    }
}

/// White space collapsed to single spaces, trimmed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page's language as a BCP 47 tag (`en`, `pt-BR`), from `<html lang>`, og:locale or JSON-LD.
pub fn language(m: &Meta) -> Option<String> {
    let raw = m
        .lang
        .clone()
        .or_else(|| m.ld.language.clone())
        .or_else(|| {
            m.first(&["og:locale", "dc.language", "language", "content-language"])
                .map(|(_, v)| v.to_string())
        })?;
    bcp47(&raw)
}

fn bcp47(raw: &str) -> Option<String> {
    let t = raw.trim().replace('_', "-");
    let mut parts = t.split('-');
    let lang = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    match parts.next() {
        Some(r) if r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()) => {
            Some(format!("{lang}-{}", r.to_ascii_uppercase()))
        }
        Some(r) if r.len() == 4 && r.chars().all(|c| c.is_ascii_alphabetic()) => {
            let mut s = r.to_ascii_lowercase();
            s[..1].make_ascii_uppercase();
            Some(format!("{lang}-{s}"))
        }
        _ => Some(lang),
    }
}

/// Keywords from meta tags and JSON-LD, without repeats and without the CMS's codes.
pub fn keywords(m: &Meta) -> Vec<String> {
    let mut out: Vec<String> = m.ld.keywords.clone();
    for (_, v) in m.all(vocab::META_KEYWORDS) {
        out.extend(jsonld::split_keywords(v));
    }
    crate::extract::keywords::clean(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author_classes(html: &str) -> Vec<String> {
        read(&Html::parse_document(html))
            .inline
            .into_iter()
            .filter(|(o, _, _)| *o == "author-class")
            .map(|(_, _, v)| v)
            .collect()
    }

    #[test]
    fn author_class_elements() {
        let html = r#"<div class="post-meta"><span class="author-name">Jane Roe</span>
            <img class="author-avatar" alt="x"><p class="author-bio">Writes about rivers.</p></div>
            <ol class="comment-list"><li><span class="comment-author">Troll</span></li></ol>
            <a href="/other"><span class="author">Lee Park</span></a>"#;
        assert_eq!(author_classes(html), vec!["Jane Roe"]);
    }

    #[test]
    fn a_lone_linked_name_in_a_test_id_byline() {
        let html = r#"<div data-testid="story-byline"><div class="xQz1"><img alt="Ana Ruiz Image">
            <span><a href="/team/ana-ruiz">Ana Ruiz</a></span><span>KXYZ</span>
            <span>Friday, August 25, 2023</span></div></div>"#;
        assert_eq!(author_classes(html), vec!["Ana Ruiz"]);
        // A one-word link is a section, and several linked names may include an editor: the whole text stays.
        let html = r#"<p class="byline"><a href="/features">Features</a> Tom Lee</p>
            <div class="autor">Publicado por <a href="/a/1">Rosa Díaz</a> Editado por <a href="/a/2">Juan Gil</a></div>"#;
        assert_eq!(
            author_classes(html),
            vec![
                "Features Tom Lee",
                "Publicado por Rosa Díaz Editado por Juan Gil"
            ]
        );
    }

    #[test]
    fn times_in_navigation_and_comments_are_not_the_articles() {
        let html = r#"<header><div class="navtop"><time datetime="2024-05-01">Mittwoch, 1. Mai 2024</time></div></header>
            <article><header><time datetime="2024-04-20T09:00:00+02:00">20. April 2024</time></header><p>Text.</p></article>
            <ol class="comment-list"><li><time datetime="2024-04-22T10:00:00+02:00">22 avril</time></li></ol>
            <div id="kb-comments"><time datetime="2024-04-23">23.04.24</time></div>"#;
        let m = read(&Html::parse_document(html));
        let times: Vec<&str> = m
            .inline
            .iter()
            .filter(|(o, _, _)| o.starts_with("time"))
            .map(|(_, _, v)| v.as_str())
            .collect();
        assert_eq!(times, ["2024-04-20T09:00:00+02:00"]);
    }

    #[test]
    fn the_pages_own_teaser_dates_it() {
        let html = r#"<head><link rel="canonical" href="https://www.example.org/rechte-achten/"></head>
            <nav><a href="/rechte-achten">Rechte achten</a></nav>
            <a href="/anderes"><div>09.11.2021</div><h2>Anderes</h2></a>
            <a href="https://www.example.org/rechte-achten?ref=list"><div>10.11.2021</div><h2>Rechte achten</h2></a>"#;
        let m = read(&Html::parse_document(html));
        assert_eq!(m.self_link_date.as_deref(), Some("2021-11-10"));
        assert_eq!(url_path("https://x.org/"), None);
        assert_eq!(url_path("/a/b/#c"), Some("/a/b"));
        assert_eq!(url_path("mailto:x@y.z"), None);
    }

    #[test]
    fn publication_date_in_script_data() {
        let html = r#"<script>var shop = {"title":"Bohnen","published_at":"2019-03-02T06:22:28+01:00"};</script>
            <script>var later = {"publishedAt":"2020-01-01"};</script>"#;
        let m = read(&Html::parse_document(html));
        assert_eq!(
            m.script_published.as_deref(),
            Some("2019-03-02T06:22:28+01:00")
        );
        let m = read(&Html::parse_document(
            r#"<script>var x = {"published_at": null};</script>"#,
        ));
        assert_eq!(m.script_published, None);
    }

    #[test]
    fn attributes_read_in_one_pass_as_attr_finds_them() {
        // SVG's namespaced `xlink:href` is no link target; `pubdate` counts with no value; classes in any case.
        let html = r#"<svg><a xlink:href="/author/lee-park/">Lee Park</a></svg>
            <a rel="AUTHOR" href="/team">Ann Lee</a>
            <time pubdate datetime="2024-04-20" class="Entry-Date">20 April</time>
            <div ID="Post-BYLINE">Tom Roe</div>"#;
        let m = read(&Html::parse_document(html));
        let got: Vec<(&str, &str)> = m.inline.iter().map(|(o, _, v)| (*o, v.as_str())).collect();
        assert_eq!(
            got,
            [
                ("author-link", "Ann Lee"),
                ("time-pubdate", "2024-04-20"),
                ("author-class", "Tom Roe")
            ]
        );
    }

    #[test]
    fn author_links_outside_menus_with_their_blocks_apart() {
        let html = r#"<ul class="sub-menu"><li><a href="/autoren/alle/">Unsere Autoren</a></li></ul>
            <nav><a href="/author/editors/">Editors</a></nav>
            <a href="/author/jane-roe/"><div class="kicker">Kolumne</div><div class="name">Jane Roe</div></a>"#;
        let m = read(&Html::parse_document(html));
        let links: Vec<&str> = m
            .inline
            .iter()
            .filter(|(o, _, _)| *o == "author-link")
            .map(|(_, _, v)| v.as_str())
            .collect();
        assert_eq!(links, ["Kolumne Jane Roe"]);
    }

    #[test]
    fn a_creator_in_a_figure_is_the_photographer() {
        let html = r#"<figure><img src="a.jpg"><figcaption><span itemprop="caption">Am Hafen</span>
            <span itemprop="creator">Jane Roe/Agentur</span></figcaption></figure>
            <p class="byline"><span itemprop="author">Lee Park</span></p>"#;
        let m = read(&Html::parse_document(html));
        let got: Vec<&str> = m
            .inline
            .iter()
            .filter(|(o, k, _)| *o == "microdata" && *k == "author")
            .map(|(_, _, v)| v.as_str())
            .collect();
        assert_eq!(got, ["Lee Park"]);
    }

    #[test]
    fn bcp47_tags() {
        assert_eq!(bcp47("en_US").as_deref(), Some("en-US"));
        assert_eq!(bcp47("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(bcp47("zh-hans").as_deref(), Some("zh-Hans"));
        assert_eq!(bcp47("DE").as_deref(), Some("de"));
        assert_eq!(bcp47("x"), None);
    }
}
