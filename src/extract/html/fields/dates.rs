//! Published and modified dates from metadata, the URL and the text, every candidate with its origin.

use super::cand;
use crate::extract::dates;
use crate::extract::html::meta::Meta;
use crate::extract::html::vocab;
use crate::extract::vocab::date_labels;
use crate::record::Candidate;
use regex::Regex;
use std::sync::LazyLock;

/// [`vocab::META_PUBLISHED_FRAGMENTS`] without dashes and dots, as the tag names are compared.
static PUBLISHED_FRAGMENTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    vocab::META_PUBLISHED_FRAGMENTS
        .iter()
        .map(|f| f.replace(['-', '.'], ""))
        .collect()
});

/// Published and modified dates: JSON-LD, meta tags, microdata, `<time>`, the URL, then dates in the text.
pub fn dates(
    meta: &Meta,
    url: Option<&str>,
    text_dates: &[String],
    copyright_stamp: Option<&str>,
) -> (Vec<Candidate>, Vec<Candidate>) {
    let mut published = Vec::new();
    let mut modified = Vec::new();
    let order = crate::extract::html::meta::language(meta)
        .map_or(dates::Order::Unknown, |l| dates::Order::for_language(&l));
    let add = |list: &mut Vec<Candidate>, raw: &str, origin: &str| {
        // A line of the page's text may write the year in two digits ("23.09.22") or split the date with bars
        // ("26 | 01 | 2022"); metadata never does.
        let short_year = || {
            (origin == "text")
                .then(|| {
                    dates::short_year_date(raw)
                        .or_else(|| dates::barred_date(raw, order))
                        .map(|f| f.iso)
                })
                .flatten()
        };
        if let Some(d) = normalize_ordered(raw, order).or_else(short_year)
            && !list.iter().any(|c: &Candidate| c.value == d)
        {
            list.push(cand(d, origin));
        }
    };
    if let Some(d) = &meta.ld.published {
        add(&mut published, d, "json-ld");
    }
    if let Some(d) = &meta.ld.video_uploaded {
        add(&mut published, d, "json-ld-video");
    }
    if let Some(d) = &meta.ld.modified {
        add(&mut modified, d, "json-ld");
    }
    let weak = |k: &str| date_labels::WEAK_META_DATES.contains(&k);
    for (k, v) in meta.all(vocab::META_PUBLISHED) {
        if !weak(k) {
            add(&mut published, v, "meta");
        }
    }
    for (k, v) in &meta.tags {
        let k = k.replace(['-', '.'], "");
        if PUBLISHED_FRAGMENTS.iter().any(|f| k.contains(f.as_str())) && !k.contains("modif") {
            add(&mut published, v, "meta");
        }
    }
    for (_, v) in meta.all(vocab::META_MODIFIED) {
        add(&mut modified, v, "meta");
    }
    for (origin, kind, v) in &meta.inline {
        match *kind {
            "published" => add(&mut published, v, origin),
            "modified" => add(&mut modified, v, origin),
            _ => {}
        }
    }
    // The URL's date when it gives the day; a month-only URL date comes after the page's text dates, which
    // usually give the day within it.
    let url_d = url.and_then(url_date);
    let url_day = url_d.clone().filter(|d| d.len() == 10);
    if let Some(d) = &url_day
        && !published.iter().any(|c| c.value.starts_with(d.as_str()))
    {
        published.push(cand(d.clone(), "url"));
    }
    let before_text = published.len();
    // Dates giving the day before those giving only the month ("November 2022" in a headline).
    let mut text_first: Vec<&String> = text_dates.iter().collect();
    text_first.sort_by_cached_key(|t| normalize_ordered(t, order).is_none_or(|d| d.len() < 10));
    for t in text_first {
        add(&mut published, t, "text");
    }
    // A bare `date` meta tag is as often the page's last change as its publication: after the page's own dates.
    for (k, v) in meta.all(vocab::META_PUBLISHED) {
        if weak(k) {
            add(&mut published, v, "meta");
        }
    }
    // Last resorts, for a page that shows no date: its own teaser in a list of latest articles, a script's data,
    // then a date its description writes
    // ("… (Notizia del 14 gennaio 2020)").
    if let Some(v) = &meta.self_link_date {
        add(&mut published, v, "self-link");
    }
    if let Some(v) = &meta.script_published {
        add(&mut published, v, "script");
    }
    for (_, v) in meta.all(vocab::META_DESCRIPTION).into_iter().take(1) {
        if let Some(f) = dates::find_in_text_ordered(v, order)
            .into_iter()
            .find(|f| f.iso.len() == 10)
        {
            add(&mut published, &f.iso, "description");
        }
    }
    // The day a dated copyright line stamps on the page, after everything the page says of the article.
    if let Some(v) = copyright_stamp {
        add(&mut published, v, "copyright");
    }
    if let Some(month) = url_d.filter(|d| d.len() == 7) {
        // A text date inside the URL's month is the one to take.
        if let Some(i) = published[before_text..]
            .iter()
            .position(|c| c.value.starts_with(&month))
        {
            let c = published.remove(before_text + i);
            published.insert(before_text, c);
        } else if !published.iter().any(|c| c.value.starts_with(&month)) {
            published.push(cand(month, "url"));
        }
    }
    prefer_meta_over_ld(&mut published, &modified);
    prefer_shown_update(&mut published, &modified);
    prefer_local_day(&mut published);
    if let Some(d) = &url_day {
        prefer_url_day(&mut published, d);
    }
    (published, modified)
}

/// The day of a candidate (`2024-06-24` of `2024-06-24T10:00:00+02:00`), when it gives one.
fn day_of(c: &Candidate) -> Option<&str> {
    c.value
        .get(..10)
        .filter(|d| d.len() == 10 && d.as_bytes()[4] == b'-')
}

/// JSON-LD and the page's meta tags disagreeing on the day of publication: the meta tag's, unless it is the day
/// the metadata gives as the last change. Structured data is often written once when the story is drafted,
/// the meta tags when it goes out (calibrated on the snippets dev set: the meta day was right in 2 of 2 such
/// disagreements, and wrong in the 2 where it was the modified day).
fn prefer_meta_over_ld(published: &mut Vec<Candidate>, modified: &[Candidate]) {
    if published.first().is_none_or(|c| c.origin != "json-ld") {
        return;
    }
    let ld_day = day_of(&published[0]).map(str::to_string);
    let changed: Vec<&str> = modified.iter().filter_map(day_of).collect();
    // Only the named publication tags, which come before the page's text dates; a bare `date` tag after them is
    // as often the last change.
    let strong = published
        .iter()
        .position(|c| c.origin == "text")
        .unwrap_or(published.len());
    if let Some(i) = published[..strong].iter().position(|c| {
        c.origin == "meta"
            && day_of(c).is_some_and(|d| Some(d) != ld_day.as_deref() && !changed.contains(&d))
    }) {
        let c = published.remove(i);
        published.insert(0, c);
    }
}

/// A page that shows its last update as its date: the metadata's publication day appears nowhere in the text,
/// while the first date the text shows is the metadata's modified day. What the page shows is what the reader
/// (and the curator) takes for the article's date; the metadata's stays a candidate.
fn prefer_shown_update(published: &mut Vec<Candidate>, modified: &[Candidate]) {
    let Some(top) = published.first() else {
        return;
    };
    if !matches!(
        top.origin.as_str(),
        "json-ld" | "meta" | "microdata" | "time-pubdate" | "time"
    ) {
        return;
    }
    let Some(top_day) = day_of(top).map(str::to_string) else {
        return;
    };
    let shown: Vec<(usize, &str)> = published
        .iter()
        .enumerate()
        .filter(|(_, c)| c.origin == "text")
        .filter_map(|(i, c)| day_of(c).map(|d| (i, d)))
        .collect();
    let Some(&(i, first_shown)) = shown.first() else {
        return;
    };
    if shown.iter().any(|(_, d)| *d == top_day)
        || !modified.iter().any(|m| day_of(m) == Some(first_shown))
    {
        return;
    }
    let c = published.remove(i);
    published.insert(0, c);
}

/// A UTC timestamp early in the day (`2023-11-09T05:30:59+00:00`) is still the day before where the page was
/// written: when the page itself shows that day before (in `<time>` or its text), that day is taken.
fn prefer_local_day(published: &mut Vec<Candidate>) {
    let Some(top) = published.first() else {
        return;
    };
    let v = &top.value;
    let utc = v.ends_with("+00:00") || v.ends_with('Z');
    let hour: Option<u32> = v.get(11..13).and_then(|h| h.parse().ok());
    let Some(day) = v
        .get(..10)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    else {
        return;
    };
    if !utc || hour.is_none_or(|h| h >= date_labels::UTC_EARLY_HOURS) {
        return;
    }
    let before = (day - chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let top_utc = chrono::DateTime::parse_from_rfc3339(v)
        .ok()
        .map(|t| t.naive_utc());
    // The same moment, written in local time: a date alone, or a time at most 12 hours behind.
    let same_moment = |c: &str| {
        if c.len() == 10 {
            return true;
        }
        let Some(top) = top_utc else {
            return false;
        };
        if let Ok(t) = chrono::DateTime::parse_from_rfc3339(c) {
            return (top - t.naive_utc()).num_seconds().abs() < 60;
        }
        chrono::NaiveDateTime::parse_from_str(c, "%Y-%m-%dT%H:%M:%S")
            .is_ok_and(|l| (0..=12 * 3600).contains(&(top - l).num_seconds()))
    };
    if let Some(i) = published.iter().position(|c| {
        matches!(c.origin.as_str(), "text" | "time" | "time-pubdate")
            && c.value.starts_with(&before)
            && same_moment(&c.value)
    }) {
        let c = published.remove(i);
        published.insert(0, c);
    }
}

/// A URL's day is fixed when the article is first published; metadata far later than it (a re-saved page) gives
/// way to it.
fn prefer_url_day(published: &mut Vec<Candidate>, url_day: &str) {
    let parse = |s: &str| {
        s.get(..10)
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let (Some(top), Some(url)) = (
        published.first().and_then(|c| parse(&c.value)),
        parse(url_day),
    ) else {
        return;
    };
    if (top - url).num_days() > date_labels::URL_DAY_SLACK_DAYS {
        if let Some(i) = published.iter().position(|c| c.value.starts_with(url_day)) {
            let c = published.remove(i);
            published.insert(0, c);
        } else {
            published.insert(0, cand(url_day.to_string(), "url"));
        }
    }
}

/// The date of a line that opens with a publication label (`Veröffentlichung: 04.02.2022 / Label: …`): the text
/// from the label's end, when a date follows within a few characters.
pub fn labelled_date(line: &str) -> Option<String> {
    let lower = line.trim_start().to_lowercase();
    let label = date_labels::DATE_LINE_LABELS
        .iter()
        .filter(|l| lower.starts_with(*l))
        .max_by_key(|l| l.len())?;
    let rest = lower.get(label.len()..)?;
    let found = dates::find_in_text(rest).into_iter().next()?;
    let gap = rest[..found.start]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | ','));
    (gap.chars().count() <= 12).then(|| rest[found.start..found.end].to_string())
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // Static pattern: cannot fail.
    Regex::new(r"[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
        .expect("static regex")
});
/// `/2017/7/12/`: a day spelled without leading zeros, between slashes only.
static URL_DATE_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/").expect("static regex")
});
/// `/29-10-2021` or `/29-10-2021-title`: day, month, year in one path segment.
static URL_DATE_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?:[/_.-]|$)")
        .expect("static regex")
});
static URL_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/").expect("static regex"));

/// A date the URL spells (`/2024/06/24/`, `2024-06-24`), at the precision it gives.
pub fn url_date(url: &str) -> Option<String> {
    // `/2024/02/31/` is a number, not a day.
    url_date_written(url).filter(|d| crate::record::date::is_valid(d))
}

fn url_date_written(url: &str) -> Option<String> {
    if let Some(c) = URL_DATE.captures(url) {
        return Some(format!("{}-{}-{}", &c[1], &c[2], &c[3]));
    }
    if let Some(c) = URL_DATE_SHORT.captures(url) {
        let (m, d): (u32, u32) = (c[2].parse().ok()?, c[3].parse().ok()?);
        return Some(format!("{}-{m:02}-{d:02}", &c[1]));
    }
    if let Some(c) = URL_DATE_DMY.captures(url) {
        return Some(format!("{}-{}-{}", &c[3], &c[2], &c[1]));
    }
    URL_MONTH
        .captures(url)
        .map(|c| format!("{}-{}", &c[1], &c[2]))
}

static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b").expect("static regex")
});
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?:T|$)").expect("static regex")
});

/// A metadata date to ISO 8601: the shared parser first, then the forms metadata uses that prose does not
/// (RFC 2822, `2024/06/24`, `20240624`).
pub fn normalize(raw: &str) -> Option<String> {
    normalize_ordered(raw, dates::Order::Unknown)
}

/// [`normalize`], reading an ambiguous numeric date (`03/04/2021`) in the order the page's language writes it.
fn normalize_ordered(raw: &str, order: dates::Order) -> Option<String> {
    let t = raw.trim();
    // Every form read here writes digits; the HTML roles ask this of every short block.
    if t.is_empty() || t.len() > 80 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // The shared parser reads RFC 2822 too.
    if let Some(d) = dates::normalize_ordered(t, order) {
        return Some(d);
    }
    for re in [&*SLASHED, &*COMPACT] {
        if let Some(c) = re.captures(t) {
            let (y, m, d): (i32, u32, u32) =
                (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
            // A real day only: `2024/02/31` is no date.
            if let Some(day) = chrono::NaiveDate::from_ymd_opt(y, m, d) {
                return Some(day.format("%Y-%m-%d").to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_dates() {
        assert_eq!(
            url_date("https://x.org/2024/06/24/story").as_deref(),
            Some("2024-06-24")
        );
        assert_eq!(
            url_date("https://x.org/news/2024-06-24-story").as_deref(),
            Some("2024-06-24")
        );
        assert_eq!(
            url_date("https://x.org/2024/06/story").as_deref(),
            Some("2024-06")
        );
        assert_eq!(url_date("https://x.org/p/123456"), None);
    }

    #[test]
    fn labelled_date_lines() {
        assert_eq!(
            labelled_date("Veröffentlichung: 04.02.2022 / Label: Sony").as_deref(),
            Some("04.02.2022")
        );
        assert_eq!(
            labelled_date("Published on March 5, 2024")
                .and_then(|d| normalize(&d))
                .as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(labelled_date("Tickets from 04.02.2022"), None);
        assert_eq!(labelled_date("Published by the city council in 2024"), None);
    }

    #[test]
    fn more_url_dates() {
        assert_eq!(
            url_date("https://x.org/home/2017/7/12/story").as_deref(),
            Some("2017-07-12")
        );
        assert_eq!(
            url_date("https://x.org/meldungen/29-10-2021").as_deref(),
            Some("2021-10-29")
        );
    }

    fn c(value: &str, origin: &str) -> Candidate {
        cand(value.to_string(), origin)
    }

    #[test]
    fn utc_timestamp_gives_way_to_the_local_day() {
        let mut p = vec![
            c("2023-11-09T05:30:59+00:00", "json-ld"),
            c("2023-11-08T23:30:59", "time"),
        ];
        prefer_local_day(&mut p);
        assert_eq!(p[0].value, "2023-11-08T23:30:59");
        // Another article's time on the day before is not the same moment.
        let mut p = vec![
            c("2022-02-04T11:01:53+00:00", "json-ld"),
            c("2022-02-03T10:00:41+01:00", "time"),
        ];
        prefer_local_day(&mut p);
        assert_eq!(p[0].origin, "json-ld");
        // Late in the UTC day, the day stands.
        let mut p = vec![
            c("2022-05-04T15:00:00+00:00", "json-ld"),
            c("2022-05-03", "text"),
        ];
        prefer_local_day(&mut p);
        assert_eq!(p[0].origin, "json-ld");
    }

    #[test]
    fn url_day_beats_much_later_metadata() {
        let mut p = vec![c("2019-06-17T18:28:00+02:00", "json-ld")];
        prefer_url_day(&mut p, "2017-07-12");
        assert_eq!(p[0].value, "2017-07-12");
        let mut p = vec![c("2017-07-13", "json-ld")];
        prefer_url_day(&mut p, "2017-07-12");
        assert_eq!(p[0].value, "2017-07-13");
    }

    #[test]
    fn last_resorts_for_a_page_without_a_date() {
        let meta = Meta {
            tags: vec![(
                "description".into(),
                "Orsi in città (notizia del 14 gennaio 2020)".into(),
            )],
            script_published: Some("2019-03-02T06:22:28+01:00".into()),
            ..Meta::default()
        };
        let (p, _) = dates(&meta, None, &[], None);
        let got: Vec<(&str, &str)> = p
            .iter()
            .map(|c| (c.value.as_str(), c.origin.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("2019-03-02T06:22:28+01:00", "script"),
                ("2020-01-14", "description")
            ]
        );
        // The page's own date comes first.
        let (p, _) = dates(&meta, None, &["5. März 2021".to_string()], None);
        assert_eq!(p[0].value, "2021-03-05");
    }

    #[test]
    fn numeric_dates_read_in_the_pages_language() {
        let meta = |lang: &str| Meta {
            lang: Some(lang.into()),
            ..Meta::default()
        };
        let line = ["02/10/2020".to_string()];
        assert_eq!(
            dates(&meta("en-GB"), None, &line, None).0[0].value,
            "2020-10-02"
        );
        assert_eq!(
            dates(&meta("en-US"), None, &line, None).0[0].value,
            "2020-02-10"
        );
        assert!(dates(&meta("en"), None, &line, None).0.is_empty());
        // Two-digit years on the page's own date lines.
        assert_eq!(
            dates(&meta("de"), None, &["23.09.22".to_string()], None).0[0].value,
            "2022-09-23"
        );
    }

    #[test]
    fn meta_day_over_a_differing_json_ld_day() {
        let mut p = vec![
            c("2024-03-04T07:00:00+00:00", "json-ld"),
            c("2024-03-06T08:00:00", "meta"),
        ];
        prefer_meta_over_ld(&mut p, &[c("2024-03-20", "json-ld")]);
        assert_eq!(p[0].origin, "meta");
        // A bare `date` tag, ranked after the text's dates, is not taken over JSON-LD.
        let mut p = vec![
            c("2024-03-04", "json-ld"),
            c("2024-03-04", "text"),
            c("2024-03-06", "meta"),
        ];
        prefer_meta_over_ld(&mut p, &[]);
        assert_eq!(p[0].origin, "json-ld");
        // The meta tag giving the modified day is the update, not the publication.
        let mut p = vec![c("2024-03-04", "json-ld"), c("2024-03-06", "meta")];
        prefer_meta_over_ld(&mut p, &[c("2024-03-06T09:00:00", "json-ld")]);
        assert_eq!(p[0].origin, "json-ld");
    }

    #[test]
    fn the_update_the_page_shows() {
        let modified = [c("2024-02-20T10:00:00+01:00", "json-ld")];
        let mut p = vec![
            c("2022-02-20T10:00:00+01:00", "json-ld"),
            c("2024-02-20", "text"),
        ];
        prefer_shown_update(&mut p, &modified);
        assert_eq!(p[0].value, "2024-02-20");
        // The text also shows the publication day: it stands.
        let mut p = vec![
            c("2022-02-20", "json-ld"),
            c("2024-02-20", "text"),
            c("2022-02-20", "text"),
        ];
        prefer_shown_update(&mut p, &modified);
        assert_eq!(p[0].value, "2022-02-20");
        // A `<time>` marked as the publication, and a dateline showing the update.
        let mut p = vec![
            c("2022-02-19T20:35:36+01:00", "time-pubdate"),
            c("2022-02-20", "text"),
        ];
        prefer_shown_update(&mut p, &[c("2022-02-20T13:21:30+01:00", "meta")]);
        assert_eq!(p[0].value, "2022-02-20");
        // A text date that is no update is not taken over the metadata.
        let mut p = vec![c("2022-02-20", "json-ld"), c("2023-05-01", "text")];
        prefer_shown_update(&mut p, &modified);
        assert_eq!(p[0].value, "2022-02-20");
    }

    #[test]
    fn bare_date_meta_after_the_page_dates() {
        let meta = Meta {
            tags: vec![("date".into(), "2020-02-12".into())],
            ..Meta::default()
        };
        let (p, _) = dates(&meta, None, &["05.02.2020".to_string()], None);
        assert_eq!(p[0].value, "2020-02-05");
        assert_eq!(p[1].value, "2020-02-12");
    }

    #[test]
    fn metadata_dates() {
        assert_eq!(normalize("2024/6/4").as_deref(), Some("2024-06-04"));
        assert_eq!(normalize("20240604").as_deref(), Some("2024-06-04"));
        assert_eq!(
            normalize("Tue, 04 Jun 2024 10:00:00 +0200").as_deref(),
            Some("2024-06-04T10:00:00+02:00")
        );
        assert_eq!(normalize("soon"), None);
    }
}
