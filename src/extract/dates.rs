//! Dates in many formats and languages, to ISO 8601 at the source's precision (never inventing a day or zone).
//!
//! Two entry points: [`normalize`] for a value that is meant to be a date (metadata, a `<time>` element), and
//! [`find_in_text`] for dates written inside a line of text (`Posted on 24 June 2024 by …`).

use super::vocab::{alternation, months};
use chrono::{DateTime, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// A date found in a line of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// ISO 8601: `2024-06-24`, or `2024-06` when the text gave no day.
    pub iso: String,
    /// Byte range of the date in the line.
    pub start: usize,
    pub end: usize,
}

/// Which of the first two numbers of a slashed or dashed numeric date (`03/04/2021`) is the day, as the page's
/// language writes it. Dotted dates (`03.04.2021`) are day first everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Unknown: an ambiguous date is skipped, never guessed.
    #[default]
    Unknown,
    DayFirst,
    MonthFirst,
}

impl Order {
    /// The order a page in language `lang` (BCP 47: `de`, `en-GB`) writes numeric dates in.
    pub fn for_language(lang: &str) -> Order {
        let mut parts = lang.split(['-', '_']);
        let primary = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.next().unwrap_or("").to_ascii_uppercase();
        if primary == "en" {
            if months::DAY_FIRST_ENGLISH_REGIONS.contains(&region.as_str()) {
                return Order::DayFirst;
            }
            if months::MONTH_FIRST_ENGLISH_REGIONS.contains(&region.as_str()) {
                return Order::MonthFirst;
            }
            return Order::Unknown;
        }
        if months::DAY_FIRST_LANGUAGES.contains(&primary.as_str()) {
            Order::DayFirst
        } else {
            Order::Unknown
        }
    }
}

/// Years outside this range are taken for numbers, not dates.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

fn month_alt() -> String {
    alternation(months::MONTHS.iter().map(|(m, _)| *m))
}

// Static patterns: compiled once. A failure here is a bug in the pattern text, caught by every test.
static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)").expect("static regex"));
static YMD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b").expect("static regex"));
// Starts after any non-digit, not only at a word boundary, and the year may run into a word: inline elements
// flattened without a space leave "Jane Roe3.11.2023" and "02.02.2022Sport".
static DMY_NUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d./-])(\d{1,2})([./-])\s?(\d{1,2})[./-]\s?(\d{4})(?:\b|[^\W\d])")
        .expect("static regex")
});
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?")
        .expect("static regex")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?({})\b\.?,?\s*(?:de\s+|del\s+)?(\d{{4}})\b",
        month_alt()
    ))
    .expect("static regex")
});
// The day may run into the year when inline elements were flattened without a space ("Apr 042013"): then it
// has two digits.
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({})\b\.?\s+(\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{2}})(\d{{4}})\b",
        month_alt()
    ))
    .expect("static regex")
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b({})\b\.?,?\s+(\d{{4}})\b", month_alt())).expect("static regex")
});
/// `23.09.22`: day and month of two digits each, a two-digit year, dots between.
static DMY_SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d.])(\d{2})\.(\d{2})\.(\d{2})(?:$|[^\d.])").expect("static regex")
});
/// `26 | 01 | 2022`: a numeric date whose parts a layout separates with bars or dots set apart by spaces.
static DMY_BARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{1,2})\s*[|·•]\s*(\d{1,2})\s*[|·•]\s*(\d{4})(?:[^\d]|$)")
        .expect("static regex")
});
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$",
    )
    .expect("static regex")
});

/// Normalizes a date as pages and metadata write it (`2024-06-24T10:00:00+03:00`, `2024-06-24`, `June 24, 2024`,
/// `24.06.2024`, `Mon, 24 Jun 2024 10:00:00 +0000`, `24 июня 2024`, `2024年6月24日`, …) to ISO 8601 at the
/// precision given: `2024`, `2024-06`, `2024-06-24`, or a full timestamp with its offset (a timestamp without
/// one stays without). `None` when it is not a plausible date.
pub fn normalize(s: &str) -> Option<String> {
    normalize_ordered(s, Order::Unknown)
}

/// [`normalize`], reading an ambiguous numeric date in the order the page's language writes them.
pub fn normalize_ordered(s: &str, order: Order) -> Option<String> {
    let s = s.trim();
    // Every form below writes digits; the window and the HTML roles ask this of every short line.
    if s.len() > 120 || !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(ts) = timestamp(s) {
        return Some(ts);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false));
    }
    if let Some(f) = find_in_text_ordered(s, order).into_iter().next() {
        return Some(f.iso);
    }
    // A bare year (`2024`).
    if s.len() == 4 {
        let y: i32 = s.parse().ok()?;
        return YEARS.contains(&y).then(|| y.to_string());
    }
    None
}

/// A date with a two-digit year (`23.09.22`, `Von: Jane Roe | 31.10.23`), as pages write it under a headline.
/// Only for a short line already taken for a date line: in prose the same shape is a version or a score. The
/// year is read in 2000–2039 or 1970–1999; other two-digit years are no date.
pub fn short_year_date(line: &str) -> Option<Found> {
    let c = DMY_SHORT_YEAR.captures(line)?;
    let yy: i32 = c[3].parse().ok()?;
    let year = match yy {
        0..=39 => 2000 + yy,
        70..=99 => 1900 + yy,
        _ => return None,
    };
    let iso = ymd(&year.to_string(), &c[2], &c[1])?;
    Some(Found {
        iso,
        start: c.get(1)?.start(),
        end: c.get(3)?.end(),
    })
}

/// A numeric date split by bars (`26 | 01 | 2022`), as some layouts set the date under a headline; day first
/// unless the page's language writes the month first. Only for a short line already taken for a date line.
pub fn barred_date(line: &str, order: Order) -> Option<Found> {
    let c = DMY_BARS.captures(line)?;
    let (a, b) = (&c[1], &c[2]);
    let iso = if order == Order::MonthFirst {
        ymd(&c[3], a, b)
    } else {
        ymd(&c[3], b, a)
    }?;
    Some(Found {
        iso,
        start: c.get(1)?.start(),
        end: c.get(3)?.end(),
    })
}

/// A full ISO timestamp, its offset kept as given (`Z` as `+00:00`), seconds kept when given.
fn timestamp(s: &str) -> Option<String> {
    let c = TIMESTAMP.captures(s)?;
    let date = c.get(1)?.as_str();
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    if !YEARS.contains(&chrono::Datelike::year(&d)) {
        return None;
    }
    let (h, m) = (c.get(2)?.as_str(), c.get(3)?.as_str());
    if h.parse::<u8>().ok()? > 23 || m.parse::<u8>().ok()? > 59 {
        return None;
    }
    let mut out = format!("{date}T{h}:{m}");
    match c.get(4) {
        Some(sec) => {
            out.push(':');
            out.push_str(sec.as_str());
        }
        None => out.push_str(":00"),
    }
    if let Some(off) = c.get(6) {
        let off = off.as_str();
        if off == "Z" {
            out.push_str("+00:00");
        } else if off.len() == 5 {
            out.push_str(&off[..3]);
            out.push(':');
            out.push_str(&off[3..]);
        } else {
            out.push_str(off);
        }
    }
    Some(out)
}

fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !YEARS.contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d).map(|dt| dt.format("%Y-%m-%d").to_string())
}

fn ym(y: &str, m: u32) -> Option<String> {
    let y: i32 = y.parse().ok()?;
    (YEARS.contains(&y) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}"))
}

/// Characters other than white space that a date naming its month may write before its year: a day of two
/// digits, a suffix (`th`, `er`, `.`), `de`/`of`, the month, a dot, a comma, `del`; with room to spare.
static MONTH_REACH: LazyLock<usize> = LazyLock::new(|| {
    months::MONTHS
        .iter()
        .map(|(m, _)| m.chars().count())
        .max()
        .unwrap_or(0)
        + 16
});

/// Byte ranges of `line` holding every match of the patterns that name the month, which all end with a
/// four-digit year: from [`MONTH_REACH`] characters before each year, widened to whole words on both sides so
/// that `\b` at a range's edges reads as it does in the whole line; overlapping ranges merged. On a long
/// text with non-ASCII letters those patterns' Unicode `\b` leaves the search to a slow engine, which then
/// reads only these ranges. A superset of word characters (any non-ASCII character but white space) only
/// widens a range.
fn year_windows(line: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let word = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            !c.is_whitespace()
        }
    };
    let mut windows: Vec<(usize, usize)> = Vec::new();
    let mut run = 0;
    for i in 0..chars.len() {
        run = if chars[i].1.is_numeric() { run + 1 } else { 0 };
        // `i + 1` ends four digits; one within the last window is covered by it.
        if run < 4 || windows.last().is_some_and(|w| i < w.1) {
            continue;
        }
        let mut start = i + 1 - 4;
        let mut seen = 0;
        while start > 0 && seen < *MONTH_REACH {
            start -= 1;
            if !chars[start].1.is_whitespace() {
                seen += 1;
            }
        }
        while start > 0 && word(chars[start - 1].1) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < chars.len() && word(chars[end].1) {
            end += 1;
        }
        match windows.last_mut() {
            Some(w) if start <= w.1 => w.1 = w.1.max(end),
            _ => windows.push((start, end)),
        }
    }
    let byte = |k: usize| chars.get(k).map_or(line.len(), |c| c.0);
    windows
        .into_iter()
        .map(|(a, b)| (byte(a), byte(b)))
        .collect()
}

/// Every date written in `line`, in order, as ISO 8601 at the precision written. Numeric dates with `/` or `-`
/// whose day and month could be swapped (`06/07/2024`) are skipped: we never guess.
pub fn find_in_text(line: &str) -> Vec<Found> {
    find_in_text_ordered(line, Order::Unknown)
}

/// [`find_in_text`], reading a numeric date whose day and month could be swapped in the order the page's
/// language writes them.
pub fn find_in_text_ordered(line: &str, order: Order) -> Vec<Found> {
    let mut all: Vec<Found> = Vec::new();
    let mut push = |start: usize, end: usize, iso: Option<String>| {
        if let Some(iso) = iso {
            all.push(Found { iso, start, end });
        }
    };
    // Cheap gate: every pattern needs a run of four digits.
    if !line
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
    {
        return Vec::new();
    }
    // Each numeric pattern needs its separator and CJK dates their characters: a byte test skips a search of
    // the whole line (the patterns run on every short line of a page).
    let has = |set: &[u8]| line.bytes().any(|b| set.contains(&b));
    let (dash, dot_slash) = (has(b"-"), has(b"./"));
    let numeric =
        |re: &'static LazyLock<Regex>, needed: bool| needed.then(|| re.captures_iter(line));
    for c in numeric(&ISO, dash).into_iter().flatten() {
        let m = c.get(0).map_or(0..0, |m| m.range());
        push(m.start, m.end, ymd(&c[1], &c[2], &c[3]));
    }
    for c in numeric(&YMD, dot_slash).into_iter().flatten() {
        let m = c.get(0).map_or(0..0, |m| m.range());
        push(m.start, m.end, ymd(&c[1], &c[2], &c[3]));
    }
    for c in numeric(&DMY_NUM, dash || dot_slash).into_iter().flatten() {
        let m = match (c.get(1), c.get(4)) {
            (Some(d), Some(y)) => d.start()..y.end(),
            _ => 0..0,
        };
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        let day_first = || ymd(&c[4], &c[3], &c[1]);
        let month_first = || ymd(&c[4], &c[1], &c[3]);
        let iso = if &c[2] == "." || a > 12 {
            day_first()
        } else if b > 12 || a == b {
            month_first()
        } else {
            match order {
                Order::DayFirst => day_first(),
                Order::MonthFirst => month_first(),
                Order::Unknown => None,
            }
        };
        push(m.start, m.end, iso);
    }
    let cjk = (line.contains('年') || line.contains('년'))
        && (line.contains('月') || line.contains('월'));
    for c in numeric(&CJK, cjk).into_iter().flatten() {
        let m = c.get(0).map_or(0..0, |m| m.range());
        let iso = match c.get(3) {
            Some(d) => ymd(&c[1], &c[2], d.as_str()),
            None => c[2].parse().ok().and_then(|mo| ym(&c[1], mo)),
        };
        push(m.start, m.end, iso);
    }
    // The patterns naming the month search only around the years they end with.
    let windows = year_windows(line);
    let named = |re: &'static LazyLock<Regex>| {
        windows
            .iter()
            .flat_map(move |&(from, to)| re.captures_iter(&line[from..to]).map(move |c| (from, c)))
    };
    for (from, c) in named(&DAY_MONTH_YEAR) {
        let m = c.get(0).map_or(0..0, |m| m.range());
        let m = m.start + from..m.end + from;
        let iso = months::month_number(&c[2]).and_then(|mo| ymd(&c[3], &mo.to_string(), &c[1]));
        push(m.start, m.end, iso);
    }
    for (from, c) in named(&MONTH_DAY_YEAR) {
        let m = c.get(0).map_or(0..0, |m| m.range());
        let m = m.start + from..m.end + from;
        let day: String = c[2].chars().take_while(char::is_ascii_digit).collect();
        let iso = months::month_number(&c[1]).and_then(|mo| ymd(&c[3], &mo.to_string(), &day));
        push(m.start, m.end, iso);
    }
    for (from, c) in named(&MONTH_YEAR) {
        let m = c.get(0).map_or(0..0, |m| m.range());
        let m = m.start + from..m.end + from;
        // `99 Jun 2024` is no date at all, not June 2024.
        if line[..m.start]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let iso = months::month_number(&c[1]).and_then(|mo| ym(&c[2], u32::from(mo)));
        push(m.start, m.end, iso);
    }
    // Overlaps: the earliest start wins, then the longest (a full date over its month-and-year tail).
    all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Found> = Vec::new();
    for f in all {
        if out.last().is_some_and(|l| f.start < l.end) {
            continue;
        }
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<String> {
        normalize(s)
    }

    #[test]
    fn iso_forms_keep_their_precision() {
        assert_eq!(n("2024-06-24").as_deref(), Some("2024-06-24"));
        assert_eq!(
            n("2024-06-24T10:00:00+03:00").as_deref(),
            Some("2024-06-24T10:00:00+03:00")
        );
        assert_eq!(
            n("2024-06-24T10:00Z").as_deref(),
            Some("2024-06-24T10:00:00+00:00")
        );
        assert_eq!(
            n("2024-06-24 10:05:09").as_deref(),
            Some("2024-06-24T10:05:09")
        );
        assert_eq!(
            n("2024-06-24T10:05:09+0200").as_deref(),
            Some("2024-06-24T10:05:09+02:00")
        );
        assert_eq!(n("2024").as_deref(), Some("2024"));
        assert_eq!(n("June 2024").as_deref(), Some("2024-06"));
    }

    #[test]
    fn rfc2822_keeps_offset() {
        assert_eq!(
            n("Mon, 24 Jun 2024 10:00:00 +0000").as_deref(),
            Some("2024-06-24T10:00:00+00:00")
        );
    }

    #[test]
    fn written_dates_in_many_languages() {
        let cases = [
            ("June 24, 2024", "2024-06-24"),
            ("24 Jun, 2024", "2024-06-24"),
            ("Jun. 24th 2024", "2024-06-24"),
            ("24.06.2024", "2024-06-24"),
            ("13. 1. 2020", "2020-01-13"),
            ("24/06/2024", "2024-06-24"),
            ("2024/06/24", "2024-06-24"),
            ("24. Juni 2024", "2024-06-24"),
            ("3. März 2023", "2023-03-03"),
            ("24 juin 2024", "2024-06-24"),
            ("1er février 2022", "2022-02-01"),
            ("24 de junio de 2024", "2024-06-24"),
            ("24 giugno 2024", "2024-06-24"),
            ("24 de junho de 2024", "2024-06-24"),
            ("24 juni 2024", "2024-06-24"),
            ("24 czerwca 2024", "2024-06-24"),
            ("24 июня 2024 г.", "2024-06-24"),
            ("24 червня 2024", "2024-06-24"),
            ("24 Haziran 2024", "2024-06-24"),
            ("2024年6月24日", "2024-06-24"),
            ("2024 年 6 月 24 日", "2024-06-24"),
            ("2024년 6월 24일", "2024-06-24"),
            ("Thursday, May 30, 2019", "2019-05-30"),
        ];
        for (input, want) in cases {
            assert_eq!(n(input).as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn month_dates_deep_in_long_text_with_any_letters() {
        // The patterns naming a month search only around years: dates far into a long text, beside non-ASCII
        // words, spaced widely or run into a word, are found as in a short line.
        let filler = "Überall schöne Grüße, très bien — ";
        let text = format!(
            "{}Veröffentlicht am 3. März 2023, zuletzt März\u{a0}2024. {}Опубликовано 24 июня 2024 г. \
             {}June\n\n     24,   2021 and ÜberMay 2020 and 5 Mai 2019ß",
            filler.repeat(20),
            filler.repeat(10),
            filler.repeat(5)
        );
        let isos: Vec<String> = find_in_text(&text).into_iter().map(|f| f.iso).collect();
        assert_eq!(
            isos,
            ["2023-03-03", "2024-03", "2024-06-24", "2021-06-24"],
            "{text}"
        );
        // Each range starts and ends at a word's edge, and covers the year.
        let line = "Straße Été 12 März 2024Ü x 1999";
        let w = year_windows(line);
        assert_eq!(w.len(), 1);
        assert_eq!(&line[w[0].0..w[0].1], line);
        assert!(year_windows("no years, 123 or 12 34").is_empty());
    }

    #[test]
    fn not_dates() {
        for s in [
            "",
            "hello",
            "2024-13-40",
            "31.02.2024",
            "06/07/2024",
            "1234567",
            "99 Jun 2024",
            "1776",
        ] {
            assert_eq!(n(s), None, "{s}");
        }
    }

    #[test]
    fn finds_dates_inside_lines() {
        let f = find_in_text("Posted on 5 April 2018 | 6:00 PM by Jane Roe, updated April 7, 2018");
        let isos: Vec<&str> = f.iter().map(|f| f.iso.as_str()).collect();
        assert_eq!(isos, ["2018-04-05", "2018-04-07"]);
        assert_eq!(
            &"Posted on 5 April 2018"[f[0].start..f[0].end],
            "5 April 2018"
        );
        assert!(find_in_text("We sold 2024 copies in May").is_empty());
        assert!(find_in_text("no digits here").is_empty());
    }

    #[test]
    fn day_glued_to_the_year() {
        assert_eq!(n("Apr 042013").as_deref(), Some("2013-04-04"));
        assert_eq!(n("June 4, 2024").as_deref(), Some("2024-06-04"));
        assert_eq!(n("May 2024").as_deref(), Some("2024-05"));
    }

    #[test]
    fn dates_glued_to_a_name() {
        let f = find_in_text("Tanja Roth3.11.2023");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].iso, "2023-11-03");
        assert_eq!(&"Tanja Roth3.11.2023"[f[0].start..f[0].end], "3.11.2023");
        assert!(find_in_text("v1.2.3.2023").is_empty());
    }

    #[test]
    fn year_run_into_a_word() {
        let f = find_in_text("02.02.2022Handball");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].iso, "2022-02-02");
        assert_eq!(&"02.02.2022Handball"[f[0].start..f[0].end], "02.02.2022");
        assert!(find_in_text("02.02.20221").is_empty());
    }

    #[test]
    fn ambiguous_numbers_read_in_the_pages_order() {
        let day = Order::for_language("en-GB");
        assert_eq!(day, Order::DayFirst);
        assert_eq!(Order::for_language("de"), Order::DayFirst);
        assert_eq!(Order::for_language("pt-BR"), Order::DayFirst);
        assert_eq!(Order::for_language("en-US"), Order::MonthFirst);
        assert_eq!(Order::for_language("en"), Order::Unknown);
        assert_eq!(Order::for_language("ja"), Order::Unknown);
        assert_eq!(
            normalize_ordered("03/04/2021", Order::DayFirst).as_deref(),
            Some("2021-04-03")
        );
        assert_eq!(
            normalize_ordered("03/04/2021", Order::MonthFirst).as_deref(),
            Some("2021-03-04")
        );
        assert_eq!(normalize_ordered("03/04/2021", Order::Unknown), None);
        // An unambiguous date is read the same whatever the language says.
        assert_eq!(
            normalize_ordered("12/24/2021", Order::DayFirst).as_deref(),
            Some("2021-12-24")
        );
    }

    #[test]
    fn two_digit_years_on_date_lines() {
        let iso = |s: &str| short_year_date(s).map(|f| f.iso);
        assert_eq!(iso("23.09.22").as_deref(), Some("2022-09-23"));
        assert_eq!(
            iso("Von: Jane Roe | 31.10.23").as_deref(),
            Some("2023-10-31")
        );
        assert_eq!(iso("Publié le 05.03.98").as_deref(), Some("1998-03-05"));
        assert_eq!(iso("v1.10.23.4"), None);
        assert_eq!(iso("10.12.55"), None);
        assert_eq!(iso("31.02.22"), None);
        assert_eq!(iso("1.2.22"), None);
    }

    #[test]
    fn dates_split_by_bars() {
        let iso = |s: &str, o| barred_date(s, o).map(|f| f.iso);
        assert_eq!(
            iso("26 | 01 | 2022 Schweiz | Seen", Order::Unknown).as_deref(),
            Some("2022-01-26")
        );
        assert_eq!(
            iso("01 | 26 | 2022", Order::MonthFirst).as_deref(),
            Some("2022-01-26")
        );
        assert_eq!(iso("Seite 3 | 14 | 2022", Order::Unknown), None);
        assert_eq!(iso("Home | News | 2022", Order::Unknown), None);
    }

    #[test]
    fn month_year_only_when_no_day() {
        let f = find_in_text("Ausgabe März 2021");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].iso, "2021-03");
    }
}
