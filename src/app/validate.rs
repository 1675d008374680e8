//! Checks the date fields as the curator types: ISO 8601 at any precision the schema allows, and dates that
//! cannot be right (in the future, after the file was saved, modified before published).

use chrono::{DateTime, NaiveDate};

/// Why a typed date is not one the schema accepts; `Ok` for empty (unknown) too.
pub fn check_iso8601(s: &str) -> Result<(), String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(());
    }
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) {
        return Err("starts with a four-digit year: 2024, 2024-06, 2024-06-24".into());
    }
    match b.len() {
        4 => return Ok(()),
        7 => {
            if b[4] != b'-' || !digits(5..7) {
                return Err("year and month are written 2024-06".into());
            }
            let m: u32 = s[5..7].parse().unwrap_or(0);
            return if (1..=12).contains(&m) {
                Ok(())
            } else {
                Err(format!("month {m} does not exist"))
            };
        }
        10 => {
            return NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(|_| ())
                .map_err(|_| "not a real day: write 2024-06-24".into());
        }
        _ => {}
    }
    if b.len() > 10 && (b[10] == b'T' || b[10] == b' ') {
        if DateTime::parse_from_rfc3339(&s.replacen(' ', "T", 1)).is_ok() {
            return Ok(());
        }
        return Err("a time needs seconds and an offset: 2024-06-24T10:00:00+02:00 (or Z)".into());
    }
    Err("write 2024, 2024-06, 2024-06-24 or 2024-06-24T10:00:00+02:00".into())
}

/// The earliest day a date string can mean, for comparisons (`2024-06` → 1 June 2024).
pub fn first_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let d: u32 = s.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    NaiveDate::from_ymd_opt(y, m, d)
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
    let p = published.and_then(first_day);
    let m = modified.and_then(first_day);
    let saved = saved.and_then(first_day);
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
            "",
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
            check_iso8601("2024-06-24T10:00")
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
