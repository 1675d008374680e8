//! The snippets score: per page, text that must be in the body (`with`) and boilerplate that must not
//! (`without`), counted over the whole corpus into one F1; title and date must match after folding, authors
//! must be the same set of names. Pages the extractor gave nothing for count as an empty body.

use super::fold::{fold_text, names, squash, value_text};
use super::truth::{Prediction, Predictions, SnippetPage};
use serde_json::Value;

/// One page's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub name: String,
    pub key: String,
    /// Whether the extractor gave anything for the page.
    pub missing: bool,
    /// `with` snippets found, of how many.
    pub found: usize,
    pub with: usize,
    /// `without` snippets wrongly present, of how many.
    pub leaked: usize,
    pub without: usize,
    /// The page's body F1 (1 when it has no snippets at all).
    pub f1: f64,
    /// Metadata matches: `None` when the truth has no gold value for the field.
    pub title: Option<bool>,
    pub author: Option<bool>,
    pub date: Option<bool>,
}

impl Page {
    /// Metadata fields with gold that the extractor got wrong.
    pub fn meta_misses(&self) -> usize {
        [self.title, self.author, self.date]
            .iter()
            .filter(|m| **m == Some(false))
            .count()
    }
}

/// The corpus figures and every page's.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub missing: usize,
    /// (matches, pages with gold) for title, author, date.
    pub title: (usize, usize),
    pub author: (usize, usize),
    pub date: (usize, usize),
    pub pages: Vec<Page>,
}

impl Report {
    /// Pages worst first: lowest body F1, then most metadata misses.
    pub fn worst(&self, n: usize) -> Vec<&Page> {
        let mut v: Vec<&Page> = self.pages.iter().collect();
        v.sort_by(|a, b| {
            a.f1.total_cmp(&b.f1)
                .then(b.meta_misses().cmp(&a.meta_misses()))
                .then(a.name.cmp(&b.name))
        });
        v.truncate(n);
        v
    }
}

/// A share, 0 when there is nothing to share (`x / max(1, n)`).
pub fn ratio(ok: usize, n: usize) -> f64 {
    ok as f64 / n.max(1) as f64
}

fn gold(v: &Option<Value>) -> Option<&Value> {
    v.as_ref().filter(|v| match v {
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::Number(n) => n.as_f64() != Some(0.0),
        other => !value_text(other).is_empty(),
    })
}

fn page(t: &SnippetPage, p: Option<&Prediction>) -> Page {
    let empty = Prediction::default();
    let r = p.unwrap_or(&empty);
    let body = squash(&r.body);
    let found = t.with.iter().filter(|w| body.contains(&squash(w))).count();
    let leaked = t
        .without
        .iter()
        .filter(|w| body.contains(&squash(w)))
        .count();
    let (fp, fn_) = (leaked, t.with.len() - found);
    let f1 = if found + fp + fn_ == 0 {
        1.0
    } else {
        2.0 * found as f64 / (2 * found + fp + fn_) as f64
    };
    let same = |a: &str, g: &Value| fold_text(a) == fold_text(&value_text(g));
    Page {
        name: t.name.clone(),
        key: t.key.clone(),
        missing: p.is_none(),
        found,
        with: t.with.len(),
        leaked,
        without: t.without.len(),
        f1,
        title: gold(&t.title).map(|g| same(&value_text(&r.title), g)),
        author: gold(&t.author).map(|g| names(&r.authors) == names(g)),
        date: gold(&t.date).map(|g| same(&r.date, g)),
    }
}

/// Scores `pred` against the pages of a snippets truth.
pub fn score(truth: &[SnippetPage], pred: &Predictions) -> Report {
    let pages: Vec<Page> = truth.iter().map(|t| page(t, pred.get(&t.key))).collect();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut meta = [(0, 0); 3];
    for p in &pages {
        tp += p.found;
        fp += p.leaked;
        fn_ += p.with - p.found;
        for (m, v) in meta.iter_mut().zip([p.title, p.author, p.date]) {
            if let Some(ok) = v {
                m.1 += 1;
                m.0 += usize::from(ok);
            }
        }
    }
    Report {
        f1: ratio(2 * tp, 2 * tp + fp + fn_),
        precision: ratio(tp, tp + fp),
        recall: ratio(tp, tp + fn_),
        missing: pages.iter().filter(|p| p.missing).count(),
        title: meta[0],
        author: meta[1],
        date: meta[2],
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn truth() -> Vec<SnippetPage> {
        vec![
            SnippetPage {
                name: "https://example.org/a".into(),
                key: "a".into(),
                with: vec!["Der Fluss  stieg".into(), "über Nacht".into()],
                without: vec!["Teilen Sie".into()],
                title: Some(json!("Hochwasser – im Tal")),
                author: Some(json!("Jana Roth, Emil Vogt")),
                date: Some(json!("2024-03-02")),
            },
            SnippetPage {
                name: "https://example.org/b".into(),
                key: "b".into(),
                with: vec!["one".into()],
                without: vec![],
                title: Some(json!("")),
                author: None,
                date: None,
            },
        ]
    }

    #[test]
    fn counts_snippets_over_the_corpus_and_metadata_per_field() {
        let mut pred = Predictions::new();
        pred.insert(
            "a".into(),
            Prediction {
                body: "Der Fluss\nstieg über Nacht. Teilen Sie das!".into(),
                title: json!("HOCHWASSER - im Tal"),
                authors: json!(["Emil Vogt", "Jana Roth"]),
                date: "2024-03-01".into(),
                ..Default::default()
            },
        );
        let r = score(&truth(), &pred);
        // a: 2 found, 1 leaked; b: missing, 1 not found.
        assert_eq!((r.pages[0].found, r.pages[0].leaked), (2, 1));
        assert!(r.pages[1].missing);
        assert_eq!(r.missing, 1);
        assert!((r.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((r.recall - 2.0 / 3.0).abs() < 1e-12);
        assert!((r.f1 - 4.0 / 6.0).abs() < 1e-12);
        // The empty gold title of b is not scored.
        assert_eq!(r.title, (1, 1));
        assert_eq!(r.author, (1, 1));
        assert_eq!(r.date, (0, 1));
        let worst = r.worst(1);
        assert_eq!(worst[0].key, "b");
    }
}
