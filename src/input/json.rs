//! Crawler and extractor JSON: one object per article (trafilatura, news-please, common crawlers), as a single
//! object, an array, an envelope (`{"articles": [...]}`) or JSON Lines. Each object with content becomes one
//! item; objects without content and broken lines become problems, and the good ones still come through.

use super::Hints;
use super::sniff::looks_like_html;
use super::vocab::{
    AUTHOR_SEPARATORS, JSON_AUTHOR_FIELDS, JSON_DATE_FIELDS, JSON_HTML_FIELDS, JSON_KEYWORD_FIELDS,
    JSON_LANGUAGE_FIELDS, JSON_MODIFIED_FIELDS, JSON_SECTION_FIELDS, JSON_SITE_FIELDS,
    JSON_SUBTITLE_FIELDS, JSON_TEXT_FIELDS, JSON_TITLE_FIELDS, JSON_URL_FIELDS,
    MAX_LISTED_PROBLEMS, QUOTED_LINE_CHARS,
};
use serde_json::{Map, Value};

/// One article found in a JSON container.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Position of its record in the file (array element or non-blank line), from 1, counting broken ones, so
    /// `#N` keeps pointing at the same record when another is fixed.
    pub position: usize,
    pub content: String,
    pub content_is_html: bool,
    pub hints: Hints,
    /// The record's keys Sift does not read, with their values: kept in the record's `source.json`.
    pub extra: Map<String, Value>,
}

/// The articles of a JSON file, and what could not be read.
#[derive(Debug, Default)]
pub struct Items {
    pub items: Vec<Item>,
    /// Records that gave no article, by position: broken lines, objects without content.
    pub problems: Vec<String>,
    /// Records in the file, read or not (more than were read when the document limit stopped reading).
    pub total: usize,
    /// True for containers of many records (array, envelope, JSON Lines): their documents are numbered.
    pub multi: bool,
}

impl Items {
    /// The problems as one warning, listing the first few.
    pub fn problems_warning(&self) -> Option<String> {
        let n = self.problems.len();
        if n == 0 {
            return None;
        }
        let mut listed = self.problems[..n.min(MAX_LISTED_PROBLEMS)].join("; ");
        if n > MAX_LISTED_PROBLEMS {
            listed.push_str(&format!("; and {} more", n - MAX_LISTED_PROBLEMS));
        }
        Some(format!("{n} record(s) of this file were skipped: {listed}"))
    }
}

/// Items of a parsed JSON value (object, envelope or array), at most `max` of them.
pub fn from_value(value: &Value, max: usize) -> Result<Items, String> {
    match value {
        Value::Object(obj) => {
            if let Some(item) = item(obj, 1) {
                return Ok(Items {
                    items: vec![item],
                    total: 1,
                    ..Items::default()
                });
            }
            match envelope(obj) {
                Some(records) => from_records(records, max),
                None => Err(no_content_message("the JSON object", obj)),
            }
        }
        Value::Array(records) => from_records(records, max),
        _ => Err("JSON holds neither an object nor an array of objects".to_string()),
    }
}

/// Items of a JSON Lines text, at most `max` of them. Blank lines are skipped; a broken line is a problem.
pub fn from_lines(text: &str, max: usize) -> Result<Items, String> {
    let mut out = Items {
        multi: true,
        ..Items::default()
    };
    let mut seen = Vec::new();
    for (i, line) in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let position = i + 1;
        out.total = position;
        if out.items.len() >= max {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(obj)) => match item(&obj, position) {
                Some(it) => out.items.push(it),
                None => {
                    note_keys(&mut seen, &obj);
                    out.problems.push(format!(
                        "record {position}: {}",
                        no_content_message("object", &obj)
                    ));
                }
            },
            Ok(_) => out
                .problems
                .push(format!("record {position}: not a JSON object")),
            Err(e) => out.problems.push(format!(
                "record {position} (\"{}\"): not valid JSON: {e}",
                quote(line)
            )),
        }
    }
    if out.items.is_empty() {
        if let Some(m) = unknown_fields_message(&seen, out.total) {
            return Err(m);
        }
        return Err(match out.problems.first() {
            Some(first) => format!("no readable record in this JSON Lines file; {first}"),
            None => "no records in this JSON Lines file".to_string(),
        });
    }
    Ok(out)
}

/// When no record held a field Sift reads: which fields the records had, so the user can say which is which.
fn unknown_fields_message(seen: &[String], records: usize) -> Option<String> {
    if seen.is_empty() || seen.iter().any(|k| is_known(k)) {
        return None;
    }
    let mut fields: Vec<&str> = seen.iter().map(String::as_str).take(30).collect();
    if seen.len() > 30 {
        fields.push("…");
    }
    Some(format!(
        "none of the {records} record(s) has a field Sift reads (such as html, text, content, maintext, \
         title, url); the fields seen: {}",
        fields.join(", ")
    ))
}

/// Adds the keys of `obj` not yet in `seen` (at most a few hundred, to bound a hostile file).
fn note_keys(seen: &mut Vec<String>, obj: &Map<String, Value>) {
    for k in obj.keys() {
        if seen.len() < 300 && !seen.contains(k) {
            seen.push(k.clone());
        }
    }
}

fn from_records(records: &[Value], max: usize) -> Result<Items, String> {
    let mut out = Items {
        multi: true,
        total: records.len(),
        ..Items::default()
    };
    let mut seen = Vec::new();
    for (i, rec) in records.iter().enumerate() {
        if out.items.len() >= max {
            break;
        }
        let position = i + 1;
        match rec {
            Value::Object(obj) => match item(obj, position) {
                Some(it) => out.items.push(it),
                None => {
                    note_keys(&mut seen, obj);
                    out.problems.push(format!(
                        "record {position}: {}",
                        no_content_message("object", obj)
                    ));
                }
            },
            _ => out
                .problems
                .push(format!("record {position}: not a JSON object")),
        }
    }
    if out.items.is_empty() {
        if let Some(m) = unknown_fields_message(&seen, out.total) {
            return Err(m);
        }
        return Err(match out.problems.first() {
            Some(first) => format!("no readable record in this JSON array; {first}"),
            None => "the JSON array is empty".to_string(),
        });
    }
    Ok(out)
}

/// The first array field of an object whose elements carry content (`{"articles": [...]}`).
fn envelope(obj: &Map<String, Value>) -> Option<&[Value]> {
    obj.values().find_map(|v| match v {
        Value::Array(a)
            if a.iter()
                .any(|r| r.as_object().is_some_and(|o| content(o).is_some())) =>
        {
            Some(a.as_slice())
        }
        _ => None,
    })
}

fn item(obj: &Map<String, Value>, position: usize) -> Option<Item> {
    let (content, content_is_html) = content(obj)?;
    Some(Item {
        position,
        content,
        content_is_html,
        hints: hints(obj),
        extra: obj
            .iter()
            .filter(|(k, _)| !is_known(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    })
}

/// True for a key one of the field lists reads.
fn is_known(key: &str) -> bool {
    [
        JSON_HTML_FIELDS,
        JSON_TEXT_FIELDS,
        JSON_URL_FIELDS,
        JSON_TITLE_FIELDS,
        JSON_DATE_FIELDS,
        JSON_AUTHOR_FIELDS,
        JSON_LANGUAGE_FIELDS,
        JSON_SITE_FIELDS,
        JSON_SUBTITLE_FIELDS,
        JSON_MODIFIED_FIELDS,
        JSON_KEYWORD_FIELDS,
        JSON_SECTION_FIELDS,
    ]
    .iter()
    .any(|list| list.contains(&key))
}

/// The record's content and whether it is markup: markup fields first, then text fields.
fn content(obj: &Map<String, Value>) -> Option<(String, bool)> {
    if let Some(html) = string_field(obj, JSON_HTML_FIELDS) {
        return Some((html, true));
    }
    let text = string_field(obj, JSON_TEXT_FIELDS)?;
    let is_html = looks_like_html(&text);
    Some((text, is_html))
}

fn hints(obj: &Map<String, Value>) -> Hints {
    Hints {
        url: JSON_URL_FIELDS.iter().find_map(|n| {
            string_field(obj, &[n])
                .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        }),
        title: string_field(obj, JSON_TITLE_FIELDS),
        date: string_field(obj, JSON_DATE_FIELDS),
        authors: authors(obj),
        language: string_field(obj, JSON_LANGUAGE_FIELDS),
        site: string_field(obj, JSON_SITE_FIELDS),
        subtitle: string_field(obj, JSON_SUBTITLE_FIELDS),
        modified: string_field(obj, JSON_MODIFIED_FIELDS),
        section: JSON_SECTION_FIELDS
            .iter()
            .find_map(|n| obj.get(*n).and_then(|v| terms(v).into_iter().next())),
        keywords: {
            let mut all: Vec<String> = Vec::new();
            for v in JSON_KEYWORD_FIELDS.iter().filter_map(|n| obj.get(*n)) {
                for t in terms(v) {
                    if !all.iter().any(|a| a.eq_ignore_ascii_case(&t)) {
                        all.push(t);
                    }
                }
            }
            all
        },
    }
}

/// Terms of a keyword-like value: a list of strings, or one string split at `;` or `,`.
fn terms(v: &Value) -> Vec<String> {
    let split = |s: &str| -> Vec<String> {
        s.split([';', ','])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    match v {
        Value::String(s) => split(s),
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str())
            .flat_map(split)
            .collect(),
        _ => Vec::new(),
    }
}

/// The first of `names` holding a non-blank string (or a WordPress-style `{"rendered": "…"}`), trimmed.
fn string_field(obj: &Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| {
        let s = match obj.get(*n)? {
            Value::String(s) => s.as_str(),
            Value::Object(o) => o.get("rendered")?.as_str()?,
            _ => return None,
        };
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_string())
    })
}

/// Authors from a string ("Ann Lee; Bo Chen"), a list of strings, or objects with a `name`.
fn authors(obj: &Map<String, Value>) -> Vec<String> {
    let Some(v) = JSON_AUTHOR_FIELDS
        .iter()
        .find_map(|n| obj.get(*n).filter(|v| !v.is_null()))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    collect_authors(v, &mut out);
    out
}

fn collect_authors(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            for name in s
                .split(AUTHOR_SEPARATORS)
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                if !out.iter().any(|o| o == name) {
                    out.push(name.to_string());
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| match x {
            Value::Array(_) => {}
            _ => collect_authors(x, out),
        }),
        Value::Object(o) => {
            if let Some(name) = o.get("name").filter(|n| n.is_string()) {
                collect_authors(name, out);
            }
        }
        _ => {}
    }
}

fn no_content_message(what: &str, obj: &Map<String, Value>) -> String {
    let mut fields: Vec<&str> = JSON_HTML_FIELDS.to_vec();
    fields.extend_from_slice(JSON_TEXT_FIELDS);
    let keys: Vec<&str> = obj.keys().map(String::as_str).take(12).collect();
    format!(
        "{what} has no content: expected a non-empty string in one of {} (its keys: {})",
        fields.join(", "),
        if keys.is_empty() {
            "none".to_string()
        } else {
            keys.join(", ")
        }
    )
}

fn quote(line: &str) -> String {
    let mut q: String = line.chars().take(QUOTED_LINE_CHARS).collect();
    if line.chars().nth(QUOTED_LINE_CHARS).is_some() {
        q.push('…');
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn authors_from_each_shape() {
        let obj = |v: Value| {
            json!({ "author": v })
                .as_object()
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(
            authors(&obj(json!("A One; B Two | A One"))),
            ["A One", "B Two"]
        );
        assert_eq!(
            authors(&obj(json!(["A", {"name": "B"}, 3, null]))),
            ["A", "B"]
        );
        assert_eq!(authors(&obj(json!({"name": "C"}))), ["C"]);
        assert!(authors(&obj(json!(null))).is_empty());
    }

    #[test]
    fn html_field_beats_text_field() {
        let v = json!({"text": "plain", "raw_html": "<p>page</p>"});
        let items = from_value(&v, 10).expect("one item");
        assert_eq!(items.items[0].content, "<p>page</p>");
        assert!(items.items[0].content_is_html);
        assert!(!items.multi);
    }

    #[test]
    fn blank_content_counts_as_none() {
        let v = json!([{"text": "  "}, {"text": "words"}]);
        let items = from_value(&v, 10).expect("second item");
        assert_eq!(items.items.len(), 1);
        assert_eq!(items.items[0].position, 2);
        assert_eq!(items.problems.len(), 1);
        assert!(
            items
                .problems_warning()
                .is_some_and(|w| w.contains("record 1"))
        );
    }

    #[test]
    fn problems_warning_is_bounded() {
        let lines: String = (0..100)
            .map(|i| format!("{{broken {i}\n"))
            .collect::<String>()
            + "{\"text\": \"ok\"}\n";
        let items = from_lines(&lines, 1000).expect("one good line");
        let w = items.problems_warning().expect("warning");
        assert!(
            w.contains("100 record(s)") && w.contains("and 80 more"),
            "{w}"
        );
    }

    #[test]
    fn all_lines_broken_is_an_error() {
        assert!(from_lines("{x\n{y\n", 10).is_err_and(|e| e.contains("no readable record")));
        assert!(from_value(&json!([]), 10).is_err());
        assert!(from_value(&json!({"a": 1}), 10).is_err_and(|e| e.contains("its keys: a")));
    }
}
