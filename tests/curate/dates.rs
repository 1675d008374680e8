//! Item 13: one date rule. The extractor, the window's check of a date field and `sift check` agree: every date
//! the extractor writes is accepted by both checks, and on any typed date the two checks give the same verdict.

use sift::app::validate::check_iso8601;
use sift::archive::Archive;
use std::fs;
use std::path::Path;

/// A page whose only date is `published_time`, as a CMS writes it in its meta tags.
fn page_with_date(published_time: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>Ferry timetable changes</title>\
         <meta property=\"article:published_time\" content=\"{published_time}\"></head><body><article>\
         <h1>Ferry timetable changes</h1>\
         <p>The harbour ferry will leave twenty minutes earlier on weekdays from next month, the council said.</p>\
         <p>Commuters asked for the change last winter, when the last boat left before the evening train came in.</p>\
         <p>The weekend timetable stays as it is, and the night boat on Fridays keeps running until October.</p>\
         </article></body></html>"
    )
}

/// Imports `name` with `bytes` into `a`; the record's id.
fn import(a: &Archive, dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("write");
    let docs = sift::input::read_bytes(&path.display().to_string(), bytes).expect("reads");
    let doc = &docs[0];
    a.import(doc, &sift::extract::extract(doc), bytes)
        .expect("imports")
        .id()
        .to_string()
}

/// What `sift check` says of the record's dates.
fn date_problems(a: &Archive) -> Vec<String> {
    a.check()
        .expect("check runs")
        .into_iter()
        .map(|p| p.message)
        .filter(|m| m.contains("published") || m.contains("modified"))
        .collect()
}

#[test]
fn every_date_the_extractor_writes_passes_the_window_and_sift_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = Archive::open(dir.path().join("archive")).expect("archive");
    // Each form a source gives a date in, and the precision the extractor keeps.
    let sources: Vec<(String, Vec<u8>)> = vec![
        ("day.html".into(), page_with_date("2024-06-24").into_bytes()),
        (
            "no-offset.html".into(),
            page_with_date("2024-06-24T10:05:09").into_bytes(),
        ),
        (
            "minutes.html".into(),
            page_with_date("2024-06-24 10:05").into_bytes(),
        ),
        (
            "offset.html".into(),
            page_with_date("2024-06-24T10:05:09+0200").into_bytes(),
        ),
        (
            "fraction.html".into(),
            page_with_date("2024-06-24T10:05:09.250Z").into_bytes(),
        ),
        (
            "scraper.json".into(),
            br#"{"url": "https://news.example/ferry", "title": "Ferry timetable changes", "date": "Mon, 24 Jun 2024 10:05:09 GMT", "text": "The harbour ferry will leave twenty minutes earlier on weekdays from next month, the council said. Commuters asked for the change last winter."}"#
                .to_vec(),
        ),
        (
            "dump.txt".into(),
            "Harbour Gazette\nHome | News | Sport\n\nFerry timetable changes\n\n24.06.2024\n\n\
             The harbour ferry will leave twenty minutes earlier on weekdays from next month, the council said.\n\
             Commuters asked for the change last winter, when the last boat left before the evening train.\n"
                .as_bytes()
                .to_vec(),
        ),
    ];
    let mut seen = Vec::new();
    for (name, bytes) in &sources {
        let id = import(&a, dir.path(), name, bytes);
        let rec = a.load(&id).expect("loads");
        let published = rec
            .published
            .clone()
            .unwrap_or_else(|| panic!("{name}: the extractor found no date"));
        assert_eq!(
            check_iso8601(&published),
            Ok(()),
            "{name}: the window flags {published:?}, which the extractor wrote"
        );
        seen.push(published);
    }
    // The forms differ: a date, a time without offset, a time with one.
    assert!(seen.iter().any(|d| d.len() == 10), "{seen:?}");
    assert!(
        seen.contains(&"2024-06-24T10:05:09".to_string()),
        "{seen:?}"
    );
    assert!(seen.iter().any(|d| d.ends_with("+02:00")), "{seen:?}");
    assert_eq!(date_problems(&a), Vec::<String>::new(), "{seen:?}");
}

#[test]
fn the_window_and_sift_check_give_one_verdict_on_any_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = Archive::open(dir.path().join("archive")).expect("archive");
    let id = import(
        &a,
        dir.path(),
        "page.html",
        page_with_date("2024-06-24").as_bytes(),
    );
    let typed = [
        "2024",
        "2024-06",
        "2024-06-24",
        "2024-06-24T10:00",
        "2024-06-24T10:00:05",
        "2024-06-24 10:00:05",
        "2024-06-24T10:00:05.5Z",
        "2024-06-24T10:00:05+03:00",
        "2024-06-24T10:00:05-0500",
        "24.06.2024",
        "June 2024",
        "2024-13",
        "2024-02-30",
        "2024-06-24T24:00",
        "2024-06-24T10",
        "2024-06-24T10:00 CET",
        "2024-06-24 ",
    ];
    let mut accepted = 0;
    for d in typed {
        let mut rec = a.load(&id).expect("loads");
        rec.published = Some(d.to_string());
        a.save(&rec).expect("saves");
        let window = check_iso8601(d);
        let check = date_problems(&a);
        assert_eq!(
            window.is_ok(),
            check.is_empty(),
            "{d:?}: the window says {window:?}, sift check says {check:?}"
        );
        if let Err(why) = &window {
            // Both say why in the same words.
            assert!(
                check[0].ends_with(why.as_str()),
                "{d:?}: {check:?} vs {why}"
            );
        } else {
            accepted += 1;
        }
        if window.is_ok() && d.len() >= 10 {
            // And the extractor reads every day and time the rule accepts into one the rule accepts.
            let read = sift::extract::dates::normalize(d);
            assert!(
                read.as_deref().is_some_and(|r| check_iso8601(r).is_ok()),
                "{d:?} read as {read:?}"
            );
        }
    }
    assert_eq!(accepted, 9);
}
