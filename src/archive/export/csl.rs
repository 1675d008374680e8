//! CSL-JSON, the format Zotero, Mendeley and citation processors import: one array of items.
//!
//! `type` is `article-newspaper` when the site (the publisher) is known, else `webpage`; `issued` keeps the
//! source's precision (`2024` → `[[2024]]`, `2024-06` → `[[2024, 6]]`); authors are `family`/`given` when the
//! name splits cleanly, `literal` otherwise (agencies, desks, CJK names).

use super::names::csl_name;
use crate::record::Record;
use serde_json::{Map, Value, json};

/// CSL `date-parts` for an ISO 8601 date at any precision; `None` when it does not start with a year.
pub fn date_parts(iso: &str) -> Option<Value> {
    let date = iso.get(..iso.len().min(10))?;
    let mut parts: Vec<i64> = Vec::new();
    for (i, p) in date.split('-').enumerate() {
        let digits = if i == 0 { 4 } else { 2 };
        if p.len() != digits || !p.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        let n: i64 = p.parse().ok()?;
        let in_range = match i {
            0 => true,
            1 => (1..=12).contains(&n),
            _ => (1..=31).contains(&n),
        };
        if !in_range {
            break;
        }
        parts.push(n);
        if i == 2 {
            break;
        }
    }
    (!parts.is_empty()).then(|| json!({ "date-parts": [parts] }))
}

/// The CSL item of one record.
pub fn item(r: &Record) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(r.id));
    let kind = if r.site.as_deref().is_some_and(|s| !s.trim().is_empty()) {
        "article-newspaper"
    } else {
        "webpage"
    };
    m.insert("type".into(), json!(kind));
    let mut put = |k: &str, v: &Option<String>| {
        if let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            m.insert(k.into(), json!(v));
        }
    };
    put("title", &r.title);
    put("container-title", &r.site);
    put("URL", &r.url);
    put("language", &r.language);
    put("abstract", &r.subtitle);
    put("section", &r.section);
    put("note", &r.notes);
    if !r.authors.is_empty() {
        let authors: Vec<Value> = r.authors.iter().map(|a| csl_name(a)).collect();
        m.insert("author".into(), Value::Array(authors));
    }
    if let Some(d) = r.published.as_deref().and_then(date_parts) {
        m.insert("issued".into(), d);
    }
    if let Some(d) = date_parts(&r.source.imported_at) {
        m.insert("accessed".into(), d);
    }
    let keywords: Vec<&str> = r
        .tags
        .iter()
        .chain(&r.keywords)
        .map(String::as_str)
        .collect();
    if !keywords.is_empty() {
        m.insert("keyword".into(), json!(keywords.join(", ")));
    }
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_parts_keep_precision_and_never_invent() {
        assert_eq!(date_parts("2024"), Some(json!({"date-parts": [[2024]]})));
        assert_eq!(
            date_parts("2024-06"),
            Some(json!({"date-parts": [[2024, 6]]}))
        );
        assert_eq!(
            date_parts("2024-06-24T10:00:00+03:00"),
            Some(json!({"date-parts": [[2024, 6, 24]]}))
        );
        assert_eq!(
            date_parts("2024-13-01"),
            Some(json!({"date-parts": [[2024]]}))
        );
        assert_eq!(date_parts("June 2024"), None);
        assert_eq!(date_parts(""), None);
    }
}
