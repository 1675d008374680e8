//! The article-extraction-benchmark score: the body as 4-gram shingles of word tokens; per page, true and
//! false positives and negatives normalised by their sum; precision and recall averaged over pages; F1 the
//! harmonic mean of the averages. Exact: the page's token list equals the truth's.

use super::fold::tokens;
use super::truth::Predictions;
use std::collections::HashMap;

/// Shingle length of the benchmark.
const SHINGLE: usize = 4;

/// One page's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub key: String,
    pub missing: bool,
    /// `None` when the page has nothing to measure it on (both sides empty).
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub exact: bool,
}

impl Page {
    /// The page's own F1 (0 when either side is unmeasured or zero).
    pub fn f1(&self) -> f64 {
        match (self.precision, self.recall) {
            (Some(p), Some(r)) if p + r > 0.0 => 2.0 * p * r / (p + r),
            (None, None) => 1.0,
            _ => 0.0,
        }
    }
}

/// The corpus figures and every page's.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    /// Share of pages whose tokens match exactly.
    pub exact: f64,
    pub missing: usize,
    pub pages: Vec<Page>,
}

impl Report {
    /// Pages worst first, by their own F1.
    pub fn worst(&self, n: usize) -> Vec<&Page> {
        let mut v: Vec<&Page> = self.pages.iter().collect();
        v.sort_by(|a, b| a.f1().total_cmp(&b.f1()).then(a.key.cmp(&b.key)));
        v.truncate(n);
        v
    }
}

/// Shingle counts; a text shorter than a shingle is one shorter shingle, an empty text none.
fn shingles(toks: &[&str]) -> HashMap<Vec<String>, usize> {
    let mut m = HashMap::new();
    let n = toks.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..n.min(toks.len()) {
        let end = (i + SHINGLE).min(toks.len());
        *m.entry(toks[i..end].iter().map(|s| s.to_string()).collect())
            .or_insert(0) += 1;
    }
    m
}

/// One page's (precision, recall), each `None` when unmeasured.
pub fn page_scores(truth: &str, pred: &str) -> (Option<f64>, Option<f64>) {
    let (tt, pt) = (tokens(truth), tokens(pred));
    let (a, b) = (shingles(&tt), shingles(&pt));
    let mut tp = 0usize;
    let mut fn_ = 0usize;
    for (k, &na) in &a {
        let nb = b.get(k).copied().unwrap_or(0);
        tp += na.min(nb);
        fn_ += na.saturating_sub(nb);
    }
    let fp: usize = b
        .iter()
        .map(|(k, &nb)| nb.saturating_sub(a.get(k).copied().unwrap_or(0)))
        .sum();
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        return (None, None);
    }
    let (tp, fp, fn_) = (tp as f64 / s, fp as f64 / s, fn_ as f64 / s);
    let perfect = fp == 0.0 && fn_ == 0.0;
    let precision = (tp + fp > 0.0).then(|| if perfect { 1.0 } else { tp / (tp + fp) });
    let recall = (tp + fn_ > 0.0).then(|| if perfect { 1.0 } else { tp / (tp + fn_) });
    (precision, recall)
}

fn mean(v: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = v.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// Scores `pred` against expected bodies by page key.
pub fn score(truth: &[(String, String)], pred: &Predictions) -> Report {
    let pages: Vec<Page> = truth
        .iter()
        .map(|(k, body)| {
            let p = pred.get(k);
            let got = p.map(|p| p.body.as_str()).unwrap_or("");
            let (precision, recall) = page_scores(body, got);
            Page {
                key: k.clone(),
                missing: p.is_none(),
                precision,
                recall,
                exact: tokens(body) == tokens(got),
            }
        })
        .collect();
    let precision = mean(pages.iter().filter_map(|p| p.precision));
    let recall = mean(pages.iter().filter_map(|p| p.recall));
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Report {
        f1,
        precision,
        recall,
        exact: mean(pages.iter().map(|p| f64::from(u8::from(p.exact)))),
        missing: pages.iter().filter(|p| p.missing).count(),
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Prediction;

    #[test]
    fn shingles_of_short_and_empty_texts() {
        assert!(shingles(&[]).is_empty());
        assert_eq!(shingles(&["a", "b"]).len(), 1);
        assert_eq!(shingles(&["a", "b", "c", "d", "e"]).len(), 2);
    }

    #[test]
    fn page_scores_count_extra_and_missing_shingles() {
        let truth = "one two three four five six";
        assert_eq!(page_scores(truth, truth), (Some(1.0), Some(1.0)));
        // Prediction adds "seven": 3 shared shingles, 1 extra.
        let (p, r) = page_scores(truth, "one two three four five six seven");
        assert!((p.unwrap() - 0.75).abs() < 1e-12);
        assert_eq!(r, Some(1.0));
        assert_eq!(page_scores("", ""), (None, None));
        // Nothing extracted: recall 0, precision unmeasured.
        assert_eq!(page_scores(truth, ""), (None, Some(0.0)));
    }

    #[test]
    fn corpus_averages_precision_and_recall_over_pages() {
        let truth = vec![
            ("x".to_string(), "alpha beta gamma delta".to_string()),
            ("y".to_string(), "uno dos tres cuatro cinco".to_string()),
        ];
        let mut pred = Predictions::new();
        pred.insert(
            "x".into(),
            Prediction {
                body: "alpha beta gamma delta".into(),
                ..Default::default()
            },
        );
        let r = score(&truth, &pred);
        assert_eq!(r.missing, 1);
        assert_eq!(r.precision, 1.0);
        assert_eq!(r.recall, 0.5);
        assert!((r.f1 - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.exact, 0.5);
        assert_eq!(r.worst(1)[0].key, "y");
    }
}
