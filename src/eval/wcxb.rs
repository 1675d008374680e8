//! The WCXB score (Web Content Extraction Benchmark): per page, the word-level F1 of the body against the
//! page's full main content (lower-cased `\w+` tokens counted as a multiset, as the benchmark's `evaluate.py`),
//! averaged over pages and over the pages of each type; the share of `with` snippets found and of `without`
//! snippets leaked (lower-cased substrings, averaged over the pages that have them); title and date exact after
//! folding, authors the same set of names, counted over the pages with gold. Written to agree with
//! `score.py wcxb` to the third decimal.

use super::fold::{fold_text, names, tokens, value_text};
use super::truth::{Prediction, Predictions, TruthError};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// One page of a WCXB ground truth (`ground-truth/NNNN.json`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WcxbPage {
    /// The file's name without `.json`: the key extracted pages pair with.
    pub key: String,
    /// The page's URL, for the halves and for reports.
    pub url: String,
    /// The annotated page type (`category` read as `collection`; `article` when the file says none).
    pub page_type: String,
    pub main_content: String,
    pub with: Vec<String>,
    pub without: Vec<String>,
    /// Gold metadata; empty when the page has none, and then it is not scored.
    pub title: String,
    pub author: Value,
    /// The day (first ten characters) of the publication date.
    pub date: String,
}

impl WcxbPage {
    /// The page as one ground-truth file gives it, or `None` when the JSON has no `ground_truth` object.
    pub fn from_value(key: &str, v: &Value) -> Option<WcxbPage> {
        let gt = v.get("ground_truth")?.as_object()?;
        let text = |k: &str| gt.get(k).map(value_text).unwrap_or_default();
        let list = |k: &str| -> Vec<String> {
            gt.get(k)
                .and_then(Value::as_array)
                .map(|a| a.iter().map(value_text).collect())
                .unwrap_or_default()
        };
        let declared = v.get("_internal").and_then(|i| i.get("page_type"));
        let page_type = match declared {
            Some(Value::Object(o)) => o.get("primary").map(value_text),
            Some(other) => Some(value_text(other)),
            None => None,
        }
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "article".to_string());
        Some(WcxbPage {
            key: key.to_string(),
            url: v.get("url").map(value_text).unwrap_or_default(),
            page_type: if page_type == "category" {
                "collection".to_string()
            } else {
                page_type
            },
            main_content: text("main_content"),
            with: list("with"),
            without: list("without"),
            title: text("title"),
            author: gt.get("author").cloned().unwrap_or(Value::Null),
            date: text("publish_date").chars().take(10).collect(),
        })
    }
}

/// Reads every `*.json` of a ground-truth folder, in file-name order. Files that are not WCXB pages are an
/// error: a folder of anything else is not this truth.
pub fn load_dir(dir: &Path) -> Result<Vec<WcxbPage>, TruthError> {
    let io = |source| TruthError::Io {
        path: dir.into(),
        source,
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut pages = Vec::with_capacity(files.len());
    for path in files {
        let bytes = std::fs::read(&path).map_err(|source| TruthError::Io {
            path: path.clone(),
            source,
        })?;
        let v: Value = serde_json::from_slice(&bytes).map_err(|source| TruthError::Json {
            path: path.clone(),
            source,
        })?;
        let key = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        pages.push(
            WcxbPage::from_value(&key, &v)
                .ok_or(TruthError::UnknownFormat { path: path.clone() })?,
        );
    }
    Ok(pages)
}

/// One page's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub key: String,
    pub url: String,
    pub page_type: String,
    pub missing: bool,
    /// Word-level F1 of the body.
    pub f1: f64,
    /// Share of `with` snippets found, of `without` snippets leaked (`None` when the page has none).
    pub with: Option<f64>,
    pub without: Option<f64>,
    /// Metadata matches: `None` when the truth has no gold value for the field.
    pub title: Option<bool>,
    pub author: Option<bool>,
    pub date: Option<bool>,
    /// The page type the extractor told (empty when it told none).
    pub told_type: String,
}

/// The corpus figures and every page's.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Mean body F1 over all pages.
    pub f1: f64,
    /// Mean share of `with` snippets found, of `without` snippets leaked.
    pub with: f64,
    pub without: f64,
    pub missing: usize,
    /// (matches, pages with gold) for title, author, date.
    pub title: (usize, usize),
    pub author: (usize, usize),
    pub date: (usize, usize),
    /// Per page type, in name order: (mean body F1, pages).
    pub by_type: BTreeMap<String, (f64, usize)>,
    pub pages: Vec<Page>,
}

/// How well the told page types match the annotated ones: (annotated, told) → pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Confusion {
    pub cells: BTreeMap<(String, String), usize>,
    pub right: usize,
    pub pages: usize,
}

impl Confusion {
    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.pages.max(1) as f64
    }

    /// Every type named on either side, in name order.
    pub fn types(&self) -> Vec<String> {
        let mut t: Vec<String> = self
            .cells
            .keys()
            .flat_map(|(a, b)| [a.clone(), b.clone()])
            .collect();
        t.sort();
        t.dedup();
        t
    }
}

impl Report {
    /// The page types told against the annotated ones, over the pages where the extractor told one; `None`
    /// when it told none at all.
    pub fn confusion(&self) -> Option<Confusion> {
        let mut c = Confusion::default();
        for p in self.pages.iter().filter(|p| !p.told_type.is_empty()) {
            *c.cells
                .entry((p.page_type.clone(), p.told_type.clone()))
                .or_default() += 1;
            c.pages += 1;
            c.right += usize::from(p.page_type == p.told_type);
        }
        (c.pages > 0).then_some(c)
    }

    /// Pages worst first: lowest body F1, then key.
    pub fn worst(&self, n: usize) -> Vec<&Page> {
        let mut v: Vec<&Page> = self.pages.iter().collect();
        v.sort_by(|a, b| a.f1.total_cmp(&b.f1).then(a.key.cmp(&b.key)));
        v.truncate(n);
        v
    }
}

/// Word-level F1 of `pred` against `reference`: tokens as a multiset; an empty reference scores 1 only
/// against an empty prediction.
pub fn word_f1(pred: &str, reference: &str) -> f64 {
    let (p, r) = (pred.to_lowercase(), reference.to_lowercase());
    let (p, r) = (tokens(&p), tokens(&r));
    if r.is_empty() {
        return if p.is_empty() { 1.0 } else { 0.0 };
    }
    if p.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in &r {
        *counts.entry(t).or_default() += 1;
    }
    let mut overlap = 0;
    for t in &p {
        if let Some(c) = counts.get_mut(t).filter(|c| **c > 0) {
            *c -= 1;
            overlap += 1;
        }
    }
    2.0 * overlap as f64 / (p.len() + r.len()) as f64
}

/// Share of `snippets` that occur in `body_low` (already lower-cased), or `None` when there are none.
fn share_in(snippets: &[String], body_low: &str) -> Option<f64> {
    (!snippets.is_empty()).then(|| {
        let n = snippets
            .iter()
            .filter(|s| body_low.contains(&s.to_lowercase()))
            .count();
        n as f64 / snippets.len() as f64
    })
}

fn page(t: &WcxbPage, p: Option<&Prediction>) -> Page {
    let empty = Prediction::default();
    let r = p.unwrap_or(&empty);
    let low = r.body.to_lowercase();
    let same = |a: &str, g: &str| fold_text(a) == fold_text(g);
    let author_gold =
        !value_text(&t.author).is_empty() && !matches!(&t.author, Value::Array(a) if a.is_empty());
    Page {
        key: t.key.clone(),
        url: t.url.clone(),
        page_type: t.page_type.clone(),
        missing: p.is_none(),
        f1: word_f1(&r.body, &t.main_content),
        with: share_in(&t.with, &low),
        without: share_in(&t.without, &low),
        title: (!t.title.is_empty()).then(|| same(&value_text(&r.title), &t.title)),
        author: author_gold.then(|| names(&r.authors) == names(&t.author)),
        date: (!t.date.is_empty()).then(|| same(&r.date, &t.date)),
        told_type: r.page_type.clone(),
    }
}

fn mean(xs: impl Iterator<Item = f64>) -> (f64, usize) {
    let (sum, n) = xs.fold((0.0, 0), |(s, n), x| (s + x, n + 1));
    (sum / n.max(1) as f64, n)
}

/// Scores `pred` against the pages of a WCXB truth.
pub fn score(truth: &[WcxbPage], pred: &Predictions) -> Report {
    let pages: Vec<Page> = truth.iter().map(|t| page(t, pred.get(&t.key))).collect();
    let mut meta = [(0, 0); 3];
    for p in &pages {
        for (m, v) in meta.iter_mut().zip([p.title, p.author, p.date]) {
            if let Some(ok) = v {
                m.1 += 1;
                m.0 += usize::from(ok);
            }
        }
    }
    let mut by_type: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    for p in &pages {
        by_type.entry(p.page_type.clone()).or_default();
    }
    for (ty, slot) in by_type.iter_mut() {
        *slot = mean(pages.iter().filter(|p| &p.page_type == ty).map(|p| p.f1));
    }
    Report {
        f1: mean(pages.iter().map(|p| p.f1)).0,
        with: mean(pages.iter().filter_map(|p| p.with)).0,
        without: mean(pages.iter().filter_map(|p| p.without)).0,
        missing: pages.iter().filter(|p| p.missing).count(),
        title: meta[0],
        author: meta[1],
        date: meta[2],
        by_type,
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn truth() -> Vec<WcxbPage> {
        let a = json!({"url": "https://a.example/x", "_internal": {"page_type": {"primary": "forum"}},
            "ground_truth": {"title": "Ein Faden", "author": "Ana Lima", "publish_date": "2025-01-02T10:00",
            "main_content": "one two two three", "with": ["Two Three"], "without": ["menu", "login"]}});
        let b = json!({"url": "https://b.example/", "_internal": {"page_type": {"primary": "category"}},
            "ground_truth": {"title": "", "author": null, "publish_date": null,
            "main_content": "", "with": [], "without": []}});
        vec![
            WcxbPage::from_value("0001", &a).unwrap(),
            WcxbPage::from_value("0002", &b).unwrap(),
        ]
    }

    #[test]
    fn reads_types_dates_and_gold() {
        let t = truth();
        assert_eq!(t[0].page_type, "forum");
        assert_eq!(t[1].page_type, "collection");
        assert_eq!(t[0].date, "2025-01-02");
        assert!(t[1].title.is_empty() && t[1].date.is_empty());
        assert!(WcxbPage::from_value("x", &json!({"url": "u"})).is_none());
    }

    #[test]
    fn word_f1_counts_a_multiset_of_lowercased_words() {
        // pred: one, two, four; ref: one, two, two, three → overlap 2, F1 = 4 / 7.
        assert!((word_f1("One TWO, four", "one two two three") - 4.0 / 7.0).abs() < 1e-12);
        assert_eq!(word_f1("", ""), 1.0);
        assert_eq!(word_f1("x", ""), 0.0);
        assert_eq!(word_f1("", "x"), 0.0);
    }

    #[test]
    fn averages_pages_and_types_and_counts_gold_only() {
        let mut pred = Predictions::new();
        pred.insert(
            "0001".into(),
            Prediction {
                body: "one two TWO three Menu".into(),
                title: json!("ein  faden"),
                authors: json!(["ana lima"]),
                date: "2025-01-03".into(),
                ..Default::default()
            },
        );
        let r = score(&truth(), &pred);
        // 0001: overlap 4 of 5 and 4 → 8/9; 0002 missing, empty reference, empty body → 1.
        assert!((r.pages[0].f1 - 8.0 / 9.0).abs() < 1e-12);
        assert_eq!(r.pages[1].f1, 1.0);
        assert!((r.f1 - (8.0 / 9.0 + 1.0) / 2.0).abs() < 1e-12);
        assert_eq!(r.by_type["collection"], (1.0, 1));
        assert_eq!(r.missing, 1);
        // with: 1 of 1 found; without: 1 of 2 leaked; the page with none of either is not averaged.
        assert_eq!((r.with, r.without), (1.0, 0.5));
        assert_eq!((r.title, r.author, r.date), ((1, 1), (1, 1), (0, 1)));
        assert!(r.confusion().is_none());
    }

    #[test]
    fn confusion_counts_told_types_against_annotated_ones() {
        let mut pred = Predictions::new();
        for (k, t) in [("0001", "forum"), ("0002", "listing")] {
            let p = Prediction {
                page_type: t.into(),
                ..Default::default()
            };
            pred.insert(k.into(), p);
        }
        let c = score(&truth(), &pred).confusion().unwrap();
        // 0001 forum told forum; 0002 collection told listing; the missing page is not counted.
        assert_eq!((c.right, c.pages), (1, 2));
        assert_eq!(c.cells[&("collection".into(), "listing".into())], 1);
        assert_eq!(c.types(), vec!["collection", "forum", "listing"]);
    }
}
