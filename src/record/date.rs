//! The schema's one date rule, for `published` and `modified`: ISO 8601 at the precision the source gave.
//!
//! Written once and used by the extractor (it keeps no date that breaks it), the window (it checks a date as the
//! curator types) and `sift check` (it reports a record that breaks it), so the three never disagree on a date.
//!
//! Accepted: a year (`2024`), a month (`2024-06`), a day (`2024-06-24`), or a day and a time (`T` or a space
//! between them) to the minute or the second, with a fraction of a second if given, and with an offset (`Z`,
//! `+02:00`, `+0200`) or without one: a source that gave no offset must not get one invented, and the extractor
//! writes such a time as `2024-06-24T10:00:00`.

use chrono::NaiveDate;
use thiserror::Error;

/// Why a string is not a date the schema accepts; each message says how to write it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("empty: leave the field out for an unknown date")]
    Empty,
    #[error("spaces before or after the date")]
    Spaces,
    #[error("starts with a four-digit year: 2024, 2024-06, 2024-06-24")]
    Year,
    #[error("year and month are written 2024-06")]
    MonthForm,
    #[error("month {0} does not exist")]
    Month(u32),
    #[error("not a real day: write 2024-06-24")]
    Day,
    #[error(
        "a time is written after the day as 10:00 or 10:00:05 (hours 00–23): 2024-06-24T10:00:05"
    )]
    Time,
    #[error("an offset is written Z, +02:00 or -05:00 after the time")]
    Offset,
    #[error("write 2024, 2024-06, 2024-06-24, 2024-06-24T10:00:00 or 2024-06-24T10:00:00+02:00")]
    Form,
}

/// How precise a valid date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
    /// A time of day, with or without seconds and offset.
    Time,
}

/// Checks `s` against the rule (exactly as stored: no trimming), telling its precision.
pub fn check(s: &str) -> Result<Precision, DateError> {
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    if s.trim() != s {
        return Err(DateError::Spaces);
    }
    let b = s.as_bytes();
    if !digits(b, 0..4) {
        return Err(DateError::Year);
    }
    if b.len() == 4 {
        return Ok(Precision::Year);
    }
    if b[4] != b'-' || !digits(b, 5..7) || (b.len() > 7 && b[7] != b'-') {
        return Err(DateError::MonthForm);
    }
    let month = number(b, 5..7);
    if !(1..=12).contains(&month) {
        return Err(DateError::Month(month));
    }
    if b.len() == 7 {
        return Ok(Precision::Month);
    }
    if !digits(b, 8..10) {
        return Err(DateError::Form);
    }
    if NaiveDate::from_ymd_opt(number(b, 0..4) as i32, month, number(b, 8..10)).is_none() {
        return Err(DateError::Day);
    }
    if b.len() == 10 {
        return Ok(Precision::Day);
    }
    if b[10] != b'T' && b[10] != b' ' {
        return Err(DateError::Form);
    }
    let rest = time(&b[11..])?;
    offset(rest)?;
    Ok(Precision::Time)
}

/// Whether `s` meets the rule.
pub fn is_valid(s: &str) -> bool {
    check(s).is_ok()
}

/// The earliest day a valid date can mean, for comparisons (`2024-06` → 1 June 2024); `None` when it breaks the
/// rule.
pub fn first_day(s: &str) -> Option<NaiveDate> {
    check(s).ok()?;
    let b = s.as_bytes();
    let part = |r: std::ops::Range<usize>| if b.len() >= r.end { number(b, r) } else { 1 };
    NaiveDate::from_ymd_opt(number(b, 0..4) as i32, part(5..7), part(8..10))
}

/// `HH:MM`, then `:SS` and a fraction if given; returns what follows.
fn time(b: &[u8]) -> Result<&[u8], DateError> {
    if !digits(b, 0..2) || b.get(2) != Some(&b':') || !digits(b, 3..5) {
        return Err(DateError::Time);
    }
    if number(b, 0..2) > 23 || number(b, 3..5) > 59 {
        return Err(DateError::Time);
    }
    let mut i = 5;
    if b.get(i) == Some(&b':') {
        if !digits(b, 6..8) || number(b, 6..8) > 59 {
            return Err(DateError::Time);
        }
        i = 8;
        if b.get(i) == Some(&b'.') {
            let n = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return Err(DateError::Time);
            }
            i += 1 + n;
        }
    }
    Ok(&b[i..])
}

/// Nothing, `Z`, `±HH:MM` or `±HHMM`.
fn offset(b: &[u8]) -> Result<(), DateError> {
    match b {
        [] | [b'Z'] => Ok(()),
        [b'+' | b'-', rest @ ..] => {
            let (h, m) = match rest {
                [h1, h2, b':', m1, m2] | [h1, h2, m1, m2] => ([*h1, *h2], [*m1, *m2]),
                _ => return Err(DateError::Offset),
            };
            if digits(&h, 0..2)
                && digits(&m, 0..2)
                && number(&h, 0..2) <= 23
                && number(&m, 0..2) <= 59
            {
                Ok(())
            } else {
                Err(DateError::Offset)
            }
        }
        [c, ..] if c.is_ascii_digit() || *c == b':' || *c == b'.' => Err(DateError::Time),
        _ => Err(DateError::Offset),
    }
}

fn digits(b: &[u8], r: std::ops::Range<usize>) -> bool {
    b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit))
}

/// The decimal number in `b[r]`; the caller has checked they are digits.
fn number(b: &[u8], r: std::ops::Range<usize>) -> u32 {
    b[r].iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_precision_the_extractor_writes() {
        for (s, p) in [
            ("2024", Precision::Year),
            ("2024-06", Precision::Month),
            ("2024-06-24", Precision::Day),
            ("2024-06-24T10:00", Precision::Time),
            ("2024-06-24T10:00:05", Precision::Time),
            ("2024-06-24 10:00:05", Precision::Time),
            ("2024-06-24T10:00:05.123Z", Precision::Time),
            ("2024-06-24T10:00:05+03:00", Precision::Time),
            ("2024-06-24T10:00:05-0500", Precision::Time),
        ] {
            assert_eq!(check(s), Ok(p), "{s}");
        }
    }

    #[test]
    fn says_what_is_wrong() {
        for (s, e) in [
            ("", DateError::Empty),
            (" 2024-06-24", DateError::Spaces),
            ("24.06.2024", DateError::Year),
            ("June 2024", DateError::Year),
            ("2024-6-1", DateError::MonthForm),
            ("2024-13", DateError::Month(13)),
            ("2024-00-10", DateError::Month(0)),
            ("2024-02-30", DateError::Day),
            ("2024-06-32", DateError::Day),
            ("2024-06-24T25:00", DateError::Time),
            ("2024-06-24T10", DateError::Time),
            ("2024-06-24T10:00:5", DateError::Time),
            ("2024-06-24T10:00:05.", DateError::Time),
            ("2024-06-24T10:00:05+3", DateError::Offset),
            ("2024-06-24T10:00:05 CET", DateError::Offset),
            ("2024-06-24/25", DateError::Form),
        ] {
            assert_eq!(check(s), Err(e.clone()), "{s}");
        }
    }

    #[test]
    fn first_day_of_each_precision() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(first_day("2024"), d(2024, 1, 1));
        assert_eq!(first_day("2024-06"), d(2024, 6, 1));
        assert_eq!(first_day("2024-06-24T23:30:00-05:00"), d(2024, 6, 24));
        assert_eq!(first_day("2024-02-30"), None);
    }
}
