//! Checks the date fields as the curator types: ISO 8601 at any precision the schema allows, and dates that
//! cannot be right (in the future, after the file was saved, modified before published).

use crate::record::date;
use chrono::NaiveDate;

/// Why a typed date is not one the schema accepts (the rule `sift check` and the extractor follow, in
/// [`crate::record::date`]); `Ok` for a blank field, which the window saves as unknown.
pub fn check_iso8601(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        return Ok(());
    }
    date::check(s).map(|_| ()).map_err(|e| e.to_string())
}

/// Warnings about dates that are valid ISO but cannot be right. `saved` is when the source file was imported
/// (the page cannot be published after it was saved).
pub fn date_warnings(
    published: Option<&str>,
    modified: Option<&str>,
    saved: Option<&str>,
    today: NaiveDate,
) -> Vec<String> {
    let mut out = Vec::new();
    let p = published.and_then(date::first_day);
    let m = modified.and_then(date::first_day);
    let saved = saved.and_then(date::first_day);
    if p.is_some_and(|p| p > today) {
        out.push("published is in the future".into());
    }
    if m.is_some_and(|m| m > today) {
        out.push("modified is in the future".into());
    }
    if let (Some(p), Some(sv)) = (p, saved)
        && p > sv
    {
        out.push("published after the file was saved".into());
    }
    if let (Some(p), Some(m)) = (p, m)
        && m < p
    {
        out.push("modified before published".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_each_precision() {
        for ok in [
            "2024",
            "2024-06",
            "2024-06-24",
            "2024-06-24T10:00:00+02:00",
            "2024-06-24T10:00:00Z",
            "2024-06-24T10:00:00",
            "2024-06-24T10:00",
            "",
            "  ",
        ] {
            assert!(check_iso8601(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn explains_what_is_wrong() {
        assert!(check_iso8601("24.06.2024").unwrap_err().contains("year"));
        assert!(check_iso8601("2024-13").unwrap_err().contains("month 13"));
        assert!(
            check_iso8601("2024-02-30")
                .unwrap_err()
                .contains("real day")
        );
        assert!(
            check_iso8601("2024-06-24T10:00 CET")
                .unwrap_err()
                .contains("offset")
        );
    }

    #[test]
    fn flags_impossible_dates() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let w = date_warnings(
            Some("2027-01-01"),
            Some("2020-01"),
            Some("2025-05-01"),
            today,
        );
        assert!(w.iter().any(|x| x.contains("future")));
        assert!(w.iter().any(|x| x.contains("after the file")));
        assert!(w.iter().any(|x| x.contains("modified before")));
        assert!(date_warnings(Some("2024-06"), Some("2024-06-24"), None, today).is_empty());
    }
}
