//! Scoring the extractor: against ground truth in the three formats of the shared evaluation (`snippets`:
//! text that must and must not be in the body, plus gold title, authors, date; `aeb`: the expected body, scored
//! by 4-gram shingles; `wcxb`: word F1 of the full main content, per page type), and against an archive, where the curated records are the truth.
//!
//! The rules agree with the Python scripts the project is judged by (`score.py`, `aeb_score.py`), so
//! `sift eval` and those scripts print the same figures. Nothing here prints; `cli::eval` does.

pub mod aeb;
pub mod curated;
pub mod fold;
pub mod halves;
pub mod snippets;
mod truth;
pub mod wcxb;

pub use truth::{Prediction, Predictions, Truth, TruthError, load_jsonl, prediction_of};

/// Body, title, authors and date scores of one run over a ground truth, with a score per document.
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    Snippets(snippets::Report),
    Aeb(aeb::Report),
    Wcxb(wcxb::Report),
}

impl Report {
    /// The body's F1, whichever the format.
    pub fn f1(&self) -> f64 {
        match self {
            Report::Snippets(r) => r.f1,
            Report::Aeb(r) => r.f1,
            Report::Wcxb(r) => r.f1,
        }
    }
}

/// Scores `pred` against `truth`, by the rule of the truth's format.
pub fn score(truth: &Truth, pred: &Predictions) -> Report {
    match truth {
        Truth::Snippets(t) => Report::Snippets(snippets::score(t, pred)),
        Truth::Aeb(t) => Report::Aeb(aeb::score(t, pred)),
        Truth::Wcxb(t) => Report::Wcxb(wcxb::score(t, pred)),
    }
}
