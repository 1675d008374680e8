//! A word diff of two bodies, for comparing duplicates side by side: which words only one of them has.

use similar::{ChangeTag, TextDiff};
use std::time::Duration;

/// Longest a diff may take: two long bodies with little in common would otherwise cost seconds; past it the
/// diff is coarser (whole runs marked changed), never wrong.
const DEADLINE: Duration = Duration::from_millis(300);

/// Whose a run of words is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Both,
    /// Only in the first text.
    Removed,
    /// Only in the second text.
    Added,
}

/// The two texts as runs of words (with their spacing), each marked with whose it is; the `Both` and
/// `Removed` runs in order give `a`, the `Both` and `Added` ones give `b`.
pub fn word_diff(a: &str, b: &str) -> Vec<(Side, String)> {
    let diff = TextDiff::configure().timeout(DEADLINE).diff_words(a, b);
    let mut out: Vec<(Side, String)> = Vec::new();
    for c in diff.iter_all_changes() {
        let side = match c.tag() {
            ChangeTag::Equal => Side::Both,
            ChangeTag::Delete => Side::Removed,
            ChangeTag::Insert => Side::Added,
        };
        match out.last_mut() {
            Some((s, text)) if *s == side => text.push_str(c.value()),
            _ => out.push((side, c.value().to_string())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_rebuild_both_texts() {
        let a = "The barge left on Tuesday with four hundred books.";
        let b = "The barge left on Monday with four hundred books and a cat.";
        let d = word_diff(a, b);
        let side = |keep: Side| -> String {
            d.iter()
                .filter(|(s, _)| *s == Side::Both || *s == keep)
                .map(|(_, t)| t.as_str())
                .collect()
        };
        assert_eq!(side(Side::Removed), a);
        assert_eq!(side(Side::Added), b);
        assert!(d.contains(&(Side::Removed, "Tuesday".into())), "{d:?}");
        assert!(
            d.iter()
                .any(|(s, t)| *s == Side::Added && t.contains("cat"))
        );
    }
}
