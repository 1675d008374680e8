//! JSON-LD: the article object (NewsArticle and kin, inside `@graph` or arrays too) and its fields.

use super::vocab;
use crate::extract::vocab::structured;
use serde_json::Value;
use std::collections::HashMap;

/// What the page's JSON-LD says of its article.
#[derive(Debug, Default, Clone)]
pub struct LdArticle {
    pub headline: Option<String>,
    pub alternative_headline: Option<String>,
    pub description: Option<String>,
    /// Raw author values, one per author (names, or a byline string to split).
    pub authors: Vec<String>,
    pub published: Option<String>,
    /// When no article object gives the date: the upload date of the video the page is (named as the page).
    pub video_uploaded: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub section: Option<String>,
    pub keywords: Vec<String>,
    pub body: Option<String>,
    /// Every `@type` of every object in the page's JSON-LD, in order, once each: what the page says it is.
    pub types: Vec<String>,
}

/// Reads every JSON-LD script's text into the first article object found (fields missing from it are taken
/// from a WebPage object, as some sites put the dates there).
pub fn read(scripts: &[String]) -> LdArticle {
    let mut articles: Vec<Value> = Vec::new();
    let mut pages: Vec<Value> = Vec::new();
    let mut videos: Vec<Value> = Vec::new();
    let mut names = HashMap::new();
    let mut broken: Vec<&str> = Vec::new();
    let mut types: Vec<String> = Vec::new();
    for s in scripts {
        let Some(v) = parse_lenient(s) else {
            broken.push(s);
            continue;
        };
        collect(&v, &mut articles, &mut pages, &mut videos, 0);
        collect_names(&v, &mut names, 0);
        collect_types(&v, &mut types, 0);
    }
    let mut out = LdArticle {
        types,
        ..LdArticle::default()
    };
    for obj in articles.iter().chain(pages.iter()) {
        fill(&mut out, obj, &names);
    }
    // A page that is its video (the video bears the page's name) was published when the video was uploaded.
    if out.published.is_none() {
        out.video_uploaded = videos.iter().find_map(|v| {
            let name = text(v.get("name"))?;
            out.headline
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case(&name))
                .then(|| text(v.get("uploadDate")))?
        });
    }
    for s in broken {
        salvage(&mut out, s);
    }
    out
}

/// An article's JSON-LD that is not valid JSON (an unescaped quote in one value, HTML pasted into another):
/// its plain string fields are still read, each where the parsed scripts left it empty.
fn salvage(out: &mut LdArticle, s: &str) {
    if !structured::LD_BROKEN_ARTICLE.is_match(s) {
        return;
    }
    let field = |key: &str| {
        structured::LD_BROKEN_FIELD
            .captures_iter(s)
            .find(|c| &c[1] == key)
            .map(|c| c[2].trim().to_string())
            .filter(|v| !v.is_empty())
    };
    if out.published.is_none() {
        out.published = field("datePublished");
    }
    if out.modified.is_none() {
        out.modified = field("dateModified");
    }
    if out.headline.is_none() {
        out.headline = field("headline");
    }
    if out.authors.is_empty() {
        out.authors = structured::LD_BROKEN_AUTHOR
            .captures_iter(s)
            .map(|c| c[1].trim().to_string())
            .filter(|n| !n.is_empty())
            .take(4)
            .collect();
    }
}

/// `@id` → `name` of every named node: an article's `"author": {"@id": …}` points at a Person elsewhere in the
/// `@graph` (Yoast and other SEO plugins write it so).
fn collect_names(v: &Value, names: &mut HashMap<String, String>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect_names(x, names, depth + 1)),
        Value::Object(o) => {
            if let (Some(Value::String(id)), Some(name)) = (o.get("@id"), text(o.get("name"))) {
                names.entry(id.clone()).or_insert(name);
            }
            for x in o.values() {
                if x.is_object() || x.is_array() {
                    collect_names(x, names, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Every `@type` (a string or a list of them) of every object, nested ones too, each once.
fn collect_types(v: &Value, types: &mut Vec<String>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect_types(x, types, depth + 1)),
        Value::Object(o) => {
            let named: Vec<&str> = match o.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            for t in named {
                if !types.iter().any(|x| x == t) {
                    types.push(t.to_string());
                }
            }
            for x in o.values() {
                if x.is_object() || x.is_array() {
                    collect_types(x, types, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn parse_lenient(s: &str) -> Option<Value> {
    let t = s.trim().trim_start_matches("<!--").trim_end_matches("-->");
    let t = t
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>")
        .trim();
    if let Ok(v) = serde_json::from_str(t) {
        return Some(v);
    }
    // Raw line breaks and tabs inside strings are the usual fault.
    let fixed: String = t
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    serde_json::from_str(&fixed).ok()
}

fn types(obj: &serde_json::Map<String, Value>) -> Vec<String> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.to_lowercase()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_lowercase)
            .collect(),
        _ => vec![],
    }
}

fn collect(
    v: &Value,
    articles: &mut Vec<Value>,
    pages: &mut Vec<Value>,
    videos: &mut Vec<Value>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a
            .iter()
            .for_each(|x| collect(x, articles, pages, videos, depth + 1)),
        Value::Object(o) => {
            let t = types(o);
            let t: Vec<&str> = t
                .iter()
                .map(|s| {
                    s.trim_start_matches("schema:")
                        .trim_start_matches("http://schema.org/")
                        .trim_start_matches("https://schema.org/")
                })
                .collect();
            if t.iter().any(|t| {
                vocab::ARTICLE_TYPES.contains(t)
                    || crate::extract::vocab::page_types::LD_ARTICLE.contains(t)
            }) {
                articles.push(v.clone());
            } else if t.iter().any(|t| t.ends_with("webpage")) {
                pages.push(v.clone());
            } else if t.contains(&"videoobject") {
                videos.push(v.clone());
            }
            if let Some(g) = o.get("@graph") {
                collect(g, articles, pages, videos, depth + 1);
            }
            if let Some(m) = o.get("mainEntity") {
                collect(m, articles, pages, videos, depth + 1);
            }
        }
        _ => {}
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => {
            let s = unescape(s);
            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            (!s.is_empty()).then_some(s)
        }
        Value::Array(a) => a.iter().find_map(|x| text(Some(x))),
        Value::Object(o) => text(o.get("name")).or_else(|| text(o.get("@value"))),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// HTML entities some sites leave in JSON-LD strings ("Redacci&oacute;n"), decoded as the HTML parser does.
fn unescape(s: &str) -> String {
    if !(s.contains('&') && s.contains(';')) {
        return s.to_string();
    }
    scraper::Html::parse_fragment(s)
        .root_element()
        .text()
        .collect()
}

fn fill(out: &mut LdArticle, v: &Value, names: &HashMap<String, String>) {
    let Value::Object(o) = v else { return };
    let set = |slot: &mut Option<String>, val: Option<String>| {
        if slot.is_none() {
            *slot = val;
        }
    };
    set(
        &mut out.headline,
        text(o.get("headline")).or_else(|| text(o.get("name"))),
    );
    set(
        &mut out.alternative_headline,
        text(o.get("alternativeHeadline")),
    );
    set(&mut out.description, text(o.get("description")));
    set(
        &mut out.published,
        text(o.get("datePublished")).or_else(|| text(o.get("dateCreated"))),
    );
    set(&mut out.modified, text(o.get("dateModified")));
    set(
        &mut out.publisher,
        o.get("publisher").and_then(|p| text(Some(p))),
    );
    set(
        &mut out.url,
        text(o.get("url")).or_else(|| {
            o.get("mainEntityOfPage").and_then(|m| match m {
                Value::Object(mo) => text(mo.get("@id")),
                other => text(Some(other)),
            })
        }),
    );
    set(&mut out.language, text(o.get("inLanguage")));
    set(&mut out.section, text(o.get("articleSection")));
    if out.body.is_none() {
        out.body = o
            .get("articleBody")
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty());
    }
    if out.authors.is_empty() {
        for key in ["author", "creator"] {
            match o.get(key) {
                Some(Value::Array(a)) => out
                    .authors
                    .extend(a.iter().filter_map(|x| person(x, names))),
                Some(x) => out.authors.extend(person(x, names)),
                None => {}
            }
            if !out.authors.is_empty() {
                break;
            }
        }
    }
    if out.keywords.is_empty() {
        match o.get("keywords") {
            Some(Value::String(s)) => out.keywords = split_keywords(s),
            Some(Value::Array(a)) => {
                out.keywords = a
                    .iter()
                    .filter_map(Value::as_str)
                    .flat_map(split_keywords)
                    .collect();
            }
            _ => {}
        }
    }
}

/// An author entry's name, written there or found by its `@id`.
fn person(v: &Value, names: &HashMap<String, String>) -> Option<String> {
    match v {
        Value::String(_) => text(Some(v)),
        Value::Object(o) => text(o.get("name")).or_else(|| match o.get("@id") {
            Some(Value::String(id)) => names.get(id).cloned(),
            _ => None,
        }),
        _ => None,
    }
}

/// Splits a keywords value written with commas.
pub fn split_keywords(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty() && k.chars().count() <= 80)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_is_collected_once_nested_and_listed() {
        let ld = read(&[r#"{"@graph": [{"@type": ["WebPage", "FAQPage"]},
            {"@type": "Product", "offers": {"@type": "Offer"}}, {"@type": "WebPage"}]}"#
            .to_string()]);
        assert_eq!(ld.types, vec!["WebPage", "FAQPage", "Product", "Offer"]);
    }

    #[test]
    fn broken_article_json_is_salvaged() {
        // HTML pasted unescaped into one value breaks the whole script.
        let ld = r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Les rivières en hiver",
            "datePublished":"2024-01-09T19:00:49+01:00","author":{"@type":"Person","name":"Claire Dumas"},
            "image":{"@type":"ImageObject","url":"<img width="300" src="a.jpg">"}}"#;
        let a = read(&[ld.to_string()]);
        assert_eq!(a.authors, vec!["Claire Dumas"]);
        assert_eq!(a.published.as_deref(), Some("2024-01-09T19:00:49+01:00"));
        assert_eq!(a.headline.as_deref(), Some("Les rivières en hiver"));
        // A broken script of another kind (a shop's product) says nothing of an article.
        let product =
            r#"{"@type":"Product","name":"Bohnen","datePublished":"2020-01-01","x":"a"b"}"#;
        assert_eq!(read(&[product.to_string()]).published, None);
    }

    #[test]
    fn author_by_id_in_the_graph() {
        let ld = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"Article","headline":"H","author":{"@id":"https://x.example/#p1"}},
            {"@type":"Person","@id":"https://x.example/#p1","name":"Jane Roe"}]}"#;
        let a = read(&[ld.to_string()]);
        assert_eq!(a.authors, vec!["Jane Roe"]);
    }

    #[test]
    fn a_video_named_as_the_page_dates_it() {
        let page = r#"{"@type":"WebPage","name":"Les orgues de Bretagne"}"#.to_string();
        let video = |name: &str| {
            format!(
                r#"{{"@type":"VideoObject","name":"{name}","uploadDate":"2020-04-04T20:57:00+02:00"}}"#
            )
        };
        let ld = read(&[page.clone(), video("Les orgues de Bretagne")]);
        assert_eq!(
            ld.video_uploaded.as_deref(),
            Some("2020-04-04T20:57:00+02:00")
        );
        // A clip embedded in an article about something else does not date it, nor does one beside an article
        // that gives its own date.
        assert_eq!(read(&[page, video("Bande-annonce")]).video_uploaded, None);
        let article = r#"{"@type":"NewsArticle","headline":"Les orgues de Bretagne","datePublished":"2020-05-01"}"#;
        assert_eq!(
            read(&[article.to_string(), video("Les orgues de Bretagne")]).video_uploaded,
            None
        );
    }

    #[test]
    fn entities_in_strings_decoded() {
        let ld = r#"{"@type":"NewsArticle","author":{"@type":"Person","name":"Redacci&oacute;n Central"}}"#;
        assert_eq!(read(&[ld.to_string()]).authors, vec!["Redacción Central"]);
    }
}
