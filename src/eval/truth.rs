//! Reading ground truth (either format, told apart by content) and extraction output (Sift's records or
//! another extractor's JSON lines), keyed so the two meet.

use super::fold::{key, value_text};
use super::halves::{Half, half_of};
use super::wcxb::{self, WcxbPage};
use crate::record::Record;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Why a truth or output file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum TruthError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not JSON: {source}")]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error(
        "{path}: not a ground truth Sift knows (expected an evaldata.json of {{file, with, without}} entries, a ground-truth.json of {{articleBody}} entries, or a WCXB folder of NNNN.json pages with a ground_truth object)"
    )]
    UnknownFormat { path: PathBuf },
}

/// One page of a snippets truth (`evaldata.json`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SnippetPage {
    /// The page's URL (the entry's name), for reports.
    pub name: String,
    /// The key of the page's file.
    pub key: String,
    pub with: Vec<String>,
    pub without: Vec<String>,
    /// Gold metadata; `None` (or empty) when the page has none, and then it is not scored.
    pub title: Option<Value>,
    pub author: Option<Value>,
    pub date: Option<Value>,
}

/// A ground truth, in one of the three formats.
#[derive(Debug, Clone, PartialEq)]
pub enum Truth {
    /// Pages in file order of the truth.
    Snippets(Vec<SnippetPage>),
    /// Page key → expected body, in the truth's order.
    Aeb(Vec<(String, String)>),
    /// A WCXB ground-truth folder, in file-name order.
    Wcxb(Vec<WcxbPage>),
}

impl Truth {
    /// Reads a truth file, telling the format by its entries; a folder is read as WCXB's `ground-truth/`.
    pub fn load(path: &Path) -> Result<Truth, TruthError> {
        if path.is_dir() {
            return wcxb::load_dir(path).map(Truth::Wcxb);
        }
        let bytes = std::fs::read(path).map_err(|source| TruthError::Io {
            path: path.into(),
            source,
        })?;
        let v: Value = serde_json::from_slice(&bytes).map_err(|source| TruthError::Json {
            path: path.into(),
            source,
        })?;
        Truth::from_value(v).ok_or_else(|| TruthError::UnknownFormat { path: path.into() })
    }

    /// The truth in `v`, or `None` when it is neither format.
    pub fn from_value(v: Value) -> Option<Truth> {
        let Value::Object(mut map) = v else {
            return None;
        };
        // aeb_score.py accepts its prediction/truth files wrapped as {version, output}.
        if map.len() == 2 && map.contains_key("version") {
            if let Some(Value::Object(inner)) = map.remove("output") {
                map = inner;
            } else {
                return None;
            }
        }
        let first = map.values().next()?.as_object()?;
        if first.contains_key("with") || first.contains_key("file") {
            let mut pages = Vec::new();
            for (name, e) in map {
                let e = e.as_object()?;
                let list = |k: &str| -> Vec<String> {
                    e.get(k)
                        .and_then(Value::as_array)
                        .map(|a| a.iter().map(value_text).collect())
                        .unwrap_or_default()
                };
                pages.push(SnippetPage {
                    key: key(&value_text(e.get("file")?)),
                    with: list("with"),
                    without: list("without"),
                    title: e.get("title").cloned(),
                    author: e.get("author").cloned(),
                    date: e.get("date").cloned(),
                    name,
                });
            }
            Some(Truth::Snippets(pages))
        } else if first.contains_key("articleBody") {
            let mut pages = Vec::new();
            for (name, e) in map {
                let body = e.get("articleBody").map(value_text).unwrap_or_default();
                pages.push((name, body));
            }
            Some(Truth::Aeb(pages))
        } else {
            None
        }
    }

    /// The keys of the files the truth is about, to extract only those.
    pub fn keys(&self) -> Vec<String> {
        match self {
            Truth::Snippets(p) => p.iter().map(|p| p.key.clone()).collect(),
            Truth::Aeb(p) => p.iter().map(|(k, _)| k.clone()).collect(),
            Truth::Wcxb(p) => p.iter().map(|p| p.key.clone()).collect(),
        }
    }

    /// The pages of one half (see [`super::halves`]): by the page's URL where the truth has one, else by its
    /// name.
    pub fn half(&self, half: Half) -> Truth {
        match self {
            Truth::Snippets(p) => Truth::Snippets(
                p.iter()
                    .filter(|p| half_of(&p.name) == half)
                    .cloned()
                    .collect(),
            ),
            Truth::Aeb(p) => Truth::Aeb(
                p.iter()
                    .filter(|(k, _)| half_of(k) == half)
                    .cloned()
                    .collect(),
            ),
            Truth::Wcxb(p) => Truth::Wcxb(
                p.iter()
                    .filter(|p| half_of(&p.url) == half)
                    .cloned()
                    .collect(),
            ),
        }
    }

    /// How many pages it holds.
    pub fn len(&self) -> usize {
        match self {
            Truth::Snippets(p) => p.len(),
            Truth::Aeb(p) => p.len(),
            Truth::Wcxb(p) => p.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What an extractor gave for one page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prediction {
    pub body: String,
    pub title: Value,
    /// A list of names, or one string.
    pub authors: Value,
    /// The first ten characters of the published date (the day), or empty.
    pub date: String,
    /// The page type the extractor decided (`article`, `forum`, …), or empty when it says none.
    pub page_type: String,
}

/// Predictions by page key; a later one for the same key replaces the earlier, as in `score.py`.
pub type Predictions = HashMap<String, Prediction>;

/// The first ten characters: the day of an ISO timestamp.
fn day(s: &str) -> String {
    s.chars().take(10).collect()
}

/// A Sift record as a prediction, with its key.
pub fn prediction_of(rec: &Record) -> (String, Prediction) {
    (
        key(&rec.source.file),
        Prediction {
            body: rec.body.clone(),
            title: rec.title.clone().map(Value::String).unwrap_or(Value::Null),
            authors: Value::Array(rec.authors.iter().cloned().map(Value::String).collect()),
            date: day(rec.published.as_deref().unwrap_or("")),
            page_type: rec.page_type.as_str().to_string(),
        },
    )
}

/// A JSON line of any extractor (the shape `sift extract --jsonl` prints; `text`/`articleBody` and `date`
/// accepted as other tools name them), or `None` when it names no file.
fn prediction_of_value(v: &Value) -> Option<(String, Prediction)> {
    let src = v.get("source").filter(|s| s.is_object());
    let file = src
        .and_then(|s| s.get("file").or_else(|| s.get("path")))
        .or_else(|| v.get("file"))
        .map(value_text)
        .filter(|f| !f.is_empty())?;
    let body = match v.get("body").filter(|b| !b.is_null()) {
        Some(b) => b.clone(),
        None => v
            .get("text")
            .filter(|t| !value_text(t).is_empty())
            .or_else(|| v.get("articleBody"))
            .cloned()
            .unwrap_or(Value::Null),
    };
    let body = match body {
        Value::Array(parts) => parts
            .iter()
            .map(value_text)
            .collect::<Vec<_>>()
            .join("\n\n"),
        other => value_text(&other),
    };
    let published = v
        .get("published")
        .filter(|d| !value_text(d).is_empty())
        .or_else(|| v.get("date"))
        .map(value_text)
        .unwrap_or_default();
    Some((
        key(&file),
        Prediction {
            body,
            title: v.get("title").cloned().unwrap_or(Value::Null),
            authors: v
                .get("authors")
                .or_else(|| v.get("author"))
                .cloned()
                .unwrap_or(Value::Null),
            date: day(&published),
            page_type: v
                .get("page_type")
                .map(|t| match t {
                    Value::Object(o) => o.get("type").map(value_text).unwrap_or_default(),
                    other => value_text(other),
                })
                .unwrap_or_default(),
        },
    ))
}

/// Reads an extractor's JSON lines. Returns the predictions and how many non-empty lines could not be used
/// (not JSON, or naming no file).
pub fn load_jsonl(path: &Path) -> Result<(Predictions, usize), TruthError> {
    let text = std::fs::read_to_string(path).map_err(|source| TruthError::Io {
        path: path.into(),
        source,
    })?;
    let mut out = Predictions::new();
    let mut bad = 0;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match serde_json::from_str::<Value>(line)
            .ok()
            .as_ref()
            .and_then(prediction_of_value)
        {
            Some((k, p)) => {
                out.insert(k, p);
            }
            None => bad += 1,
        }
    }
    Ok((out, bad))
}
