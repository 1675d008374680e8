//! WARC input: pages out of response records, everything else skipped and counted, damaged records failing
//! alone, on WARCs written by our own tiny writer (`tests/common/warc.rs`).

#[path = "common/warc.rs"]
mod w;

use sift::input::{self, Entry, InputError, Limits};
use std::io::Write;

const PAGE_EN: &str = "<!DOCTYPE html><html><head><title>Harbour town opens a floating library</title></head>\
<body><article><h1>Harbour town opens a floating library</h1><p>The floating library of Port Ellery left its \
mooring on Tuesday morning with four thousand books aboard and a crew of six volunteers.</p><p>It will call at \
six villages along the coast before the autumn storms arrive.</p></article></body></html>";

fn page_ru() -> Vec<u8> {
    let html = "<html><head><title>Городской совет утвердил бюджет</title></head><body><article>\
<h1>Городской совет утвердил бюджет</h1><p>Городской совет утвердил бюджет на следующий год после долгого \
обсуждения в четверг вечером.</p></article></body></html>";
    encoding_rs::WINDOWS_1251.encode(html).0.into_owned()
}

fn png() -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    b.extend_from_slice(&[0u8; 64]);
    b
}

/// The good WARC's records: warcinfo, request, an HTML page, an image, a 404, a revisit of the page, and a
/// Russian page sent chunked and gzip-encoded with its charset in the HTTP header.
fn good_records() -> Vec<Vec<u8>> {
    let ru = page_ru();
    let ru_gz = w::gz(&ru);
    vec![
        w::warcinfo(),
        w::request("https://gazette.example/library", "req-1"),
        w::response(
            "https://gazette.example/library",
            "page-1",
            &w::http(
                200,
                &[("Content-Type", "text/html; charset=utf-8")],
                PAGE_EN.as_bytes(),
            ),
        ),
        w::response(
            "https://gazette.example/logo.png",
            "img-1",
            &w::http(200, &[("Content-Type", "image/png")], &png()),
        ),
        w::response(
            "https://gazette.example/missing",
            "404-1",
            &w::http(
                404,
                &[("Content-Type", "text/html")],
                b"<html><body>Not found</body></html>",
            ),
        ),
        w::revisit("https://gazette.example/library", "rev-1", "page-1"),
        w::response(
            "https://vesti.example/budget",
            "page-2",
            &w::http(
                200,
                &[
                    ("Content-Type", "text/html; charset=windows-1251"),
                    ("Transfer-Encoding", "chunked"),
                    ("Content-Encoding", "gzip"),
                ],
                &w::chunked(&ru_gz, 50),
            ),
        ),
    ]
}

fn entries(name: &str, bytes: Vec<u8>) -> Vec<Entry> {
    input::open_reader(name, std::io::Cursor::new(bytes), &Limits::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .collect()
}

fn split(entries: Vec<Entry>) -> (Vec<input::Document>, Vec<(String, String)>, Vec<String>) {
    let (mut docs, mut skipped, mut failed) = (vec![], vec![], vec![]);
    for e in entries {
        match e {
            Entry::Document(d) => docs.push(*d),
            Entry::Skipped { file, reason, .. } => skipped.push((file, reason)),
            Entry::Failed(e) => failed.push(e.to_string()),
        }
    }
    (docs, skipped, failed)
}

#[test]
fn pages_come_out_of_a_gzip_per_record_warc_and_the_rest_is_skipped() {
    let records = good_records();
    let bytes = w::gz_each(&records);
    let (docs, skipped, failed) = split(entries("crawl.warc.gz", bytes.clone()));
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(docs.len(), 2, "two pages");
    assert_eq!(skipped.len(), 5, "{skipped:?}");
    let reasons: Vec<&str> = skipped.iter().map(|(_, r)| r.as_str()).collect();
    assert!(reasons.iter().any(|r| r.contains("request")), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r.contains("image/png")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r.contains("404")), "{reasons:?}");
    let revisit = reasons.iter().find(|r| r.starts_with("revisit")).unwrap();
    assert!(
        revisit.contains("page-1") && revisit.contains("crawl.warc.gz#3"),
        "{revisit}"
    );

    let en = &docs[0];
    assert_eq!(en.file, "crawl.warc.gz#3");
    assert!(en.content_is_html);
    assert!(en.text.contains("Port Ellery"));
    assert_eq!(
        en.hints.url.as_deref(),
        Some("https://gazette.example/library")
    );
    // The record's own bytes: its gzip member, found at the offset the provenance gives.
    let raw = en.raw.as_ref().unwrap();
    let offset = records[..2].iter().map(|r| w::gz(r).len()).sum::<usize>();
    let warc = en.source_data["warc"].as_object().unwrap();
    assert_eq!(warc["offset"], offset as u64);
    assert_eq!(warc["file"], "crawl.warc.gz");
    assert_eq!(warc["record_id"], "<urn:uuid:page-1>");
    assert_eq!(warc["date"], "2025-03-12T10:15:00Z");
    assert_eq!(raw.as_slice(), &bytes[offset..offset + raw.len()]);
    assert_eq!(raw.as_slice(), w::gz(&records[2]).as_slice());
    assert_eq!(en.bytes, raw.len() as u64);

    let ru = &docs[1];
    assert_eq!(ru.encoding, "windows-1251");
    assert!(
        ru.text.contains("Городской совет утвердил бюджет"),
        "{}",
        ru.text
    );
    assert_eq!(
        ru.hints.url.as_deref(),
        Some("https://vesti.example/budget")
    );
}

#[test]
fn a_plain_warc_reads_the_same() {
    let records = good_records();
    let bytes: Vec<u8> = records.concat();
    let (docs, skipped, failed) = split(entries("crawl.warc", bytes.clone()));
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!((docs.len(), skipped.len()), (2, 5));
    assert_eq!(
        docs[0].raw.as_ref().unwrap().as_slice(),
        records[2].as_slice()
    );
    let offset: usize = records[..2].iter().map(Vec::len).sum();
    assert_eq!(docs[0].source_data["warc"]["offset"], offset as u64);
}

#[test]
fn one_records_bytes_read_again_give_the_same_document() {
    // What the window does with a record's raw bytes from the archive.
    let bytes = w::gz_each(&good_records());
    let (docs, _, _) = split(entries("crawl.warc.gz", bytes));
    for d in &docs {
        let again = input::read_bytes(&d.file, d.raw.as_ref().unwrap()).unwrap();
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].file, d.file);
        assert_eq!(again[0].sha256, d.sha256);
        assert_eq!(again[0].text, d.text);
        assert_eq!(
            again[0].source_data["warc"]["record_id"],
            d.source_data["warc"]["record_id"]
        );
    }
}

#[test]
fn damaged_records_fail_alone_and_the_rest_imports() {
    let good = |n: u32| {
        w::response(
            &format!("https://gazette.example/{n}"),
            &format!("ok-{n}"),
            &w::http(200, &[("Content-Type", "text/html")], PAGE_EN.as_bytes()),
        )
    };
    let mut truncated = w::gz(&good(2));
    truncated.truncate(truncated.len() / 2);
    let lying_short = w::record_declaring(40, &w::http(200, &[], PAGE_EN.as_bytes()));
    let page = w::http(200, &[("Content-Type", "text/html")], PAGE_EN.as_bytes());
    let lying_long = w::record_declaring(page.len() as u64 + 500, &page);
    let huge = w::record_declaring(2 * 1024 * 1024 * 1024, &page);
    let bytes = [
        w::gz(&good(1)),
        truncated,
        w::gz(&good(3)),
        w::gz(&lying_short),
        w::gz(&good(4)),
        w::gz(&lying_long),
        w::gz(&huge),
        w::gz(&good(5)),
    ]
    .concat();
    let (docs, skipped, failed) = split(entries("bad.warc.gz", bytes));
    let urls: Vec<&str> = docs.iter().filter_map(|d| d.hints.url.as_deref()).collect();
    assert_eq!(
        urls,
        [
            "https://gazette.example/1",
            "https://gazette.example/3",
            "https://gazette.example/4",
            "https://gazette.example/5"
        ]
    );
    assert!(skipped.is_empty(), "{skipped:?}");
    assert_eq!(failed.len(), 4, "{failed:#?}");
    assert!(
        failed[0].contains("bad.warc.gz#2") && failed[0].contains("gzip"),
        "{}",
        failed[0]
    );
    assert!(failed[1].contains("Content-Length"), "{}", failed[1]);
    assert!(failed[2].contains("Content-Length"), "{}", failed[2]);
    assert!(failed[3].contains("2147483648"), "{}", failed[3]);
}

#[test]
fn damaged_plain_records_fail_alone() {
    let page = w::http(200, &[("Content-Type", "text/html")], PAGE_EN.as_bytes());
    let good = |n: u32| w::response(&format!("https://g.example/{n}"), &format!("ok-{n}"), &page);
    let bytes = [
        good(1),
        w::record_declaring(40, &page),
        good(2),
        w::record_declaring(2 * 1024 * 1024 * 1024, &page),
    ]
    .concat();
    let (docs, _, failed) = split(entries("bad.warc", bytes));
    assert_eq!(docs.len(), 2, "{failed:?}");
    assert_eq!(docs[1].hints.url.as_deref(), Some("https://g.example/2"));
    assert_eq!(failed.len(), 2, "{failed:?}");
    assert!(failed[1].contains("2147483648"), "{}", failed[1]);
}

#[test]
fn a_warc_without_records_or_pages_says_so() {
    let err = input::read_bytes("empty.warc.gz", &w::gz(&w::warcinfo())).unwrap_err();
    assert!(
        matches!(&err, InputError::Invalid { message, .. } if message.contains("no page")),
        "{err}"
    );
    // A WARC head cut before its end: one clear failure, nothing else.
    let (docs, _, failed) = split(entries("cut.warc.gz", w::gz(b"WARC/1.1\r\n")));
    assert!(docs.is_empty());
    assert_eq!(failed.len(), 1, "{failed:?}");
}

#[test]
fn a_warc_file_is_streamed_past_the_whole_file_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.warc.gz");
    let mut f = std::fs::File::create(&path).unwrap();
    for r in good_records() {
        f.write_all(&w::gz(&r)).unwrap();
    }
    drop(f);
    let limits = Limits {
        max_file_bytes: 1024,
        ..Limits::default()
    };
    assert!(std::fs::metadata(&path).unwrap().len() > 1024);
    let (docs, skipped, failed) = split(input::open(&path, &limits).unwrap().collect());
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!((docs.len(), skipped.len()), (2, 5));
    // Each record still has the per-document limit.
    let tiny = Limits {
        max_file_bytes: 200,
        max_decompressed_bytes: 200,
        ..Limits::default()
    };
    let (docs, _, failed) = split(input::open(&path, &tiny).unwrap().collect());
    assert!(
        docs.is_empty(),
        "{:?}",
        docs.iter()
            .map(|d| (&d.file, d.text.len()))
            .collect::<Vec<_>>()
    );
    assert_eq!(failed.len(), 2, "{failed:?}");
    assert!(failed[0].contains("limit"), "{}", failed[0]);
}

#[path = "common/mod.rs"]
mod common;

#[test]
fn sift_import_keeps_each_records_bytes_and_its_provenance() {
    let dir = tempfile::tempdir().unwrap();
    let warc = dir.path().join("crawl.warc.gz");
    std::fs::write(&warc, w::gz_each(&good_records())).unwrap();
    let archive = dir.path().join("archive");
    let out = common::sift()
        .args(["import", "--archive"])
        .arg(&archive)
        .arg(&warc)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("2 new"), "{err}");
    // What is not a page is counted by kind, not failed.
    assert!(
        err.contains(
            "0 failed; skipped 1 error or redirect response, 1 non-page response, 1 request, 1 revisit, \
             1 warcinfo record"
        ),
        "{err}"
    );
    common::stdout_of(common::sift().args(["check", "--archive"]).arg(&archive));
    let mut urls = Vec::new();
    for e in std::fs::read_dir(archive.join("records")).unwrap() {
        let rec: serde_json::Value =
            serde_json::from_slice(&std::fs::read(e.unwrap().path()).unwrap()).unwrap();
        urls.push(rec["url"].as_str().unwrap().to_string());
        let src = &rec["source"];
        assert!(src["warc"]["offset"].as_u64().is_some(), "{src}");
        let raw = std::fs::read_dir(archive.join("raw"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.to_string_lossy()
                    .contains(src["sha256"].as_str().unwrap())
            })
            .unwrap();
        // One gzip member, not the whole WARC.
        assert_eq!(
            std::fs::metadata(&raw).unwrap().len(),
            src["bytes"].as_u64().unwrap()
        );
        assert!(src["bytes"].as_u64().unwrap() < std::fs::metadata(&warc).unwrap().len() / 2);
    }
    urls.sort();
    assert_eq!(
        urls,
        [
            "https://gazette.example/library",
            "https://vesti.example/budget"
        ]
    );
}

#[test]
fn a_saved_page_folder_imports_its_page_and_passes_over_its_assets() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("saved");
    std::fs::create_dir_all(saved.join("story_files")).unwrap();
    let page = PAGE_EN.replacen(
        "<html>",
        "<!-- saved from url=(0031)https://gazette.example/library -->\n<html>",
        1,
    );
    std::fs::write(saved.join("story.html"), page).unwrap();
    std::fs::write(saved.join("story_files/style.css"), "body { color: red }").unwrap();
    std::fs::write(saved.join("story_files/app.js"), "var a = 1;").unwrap();
    std::fs::write(
        saved.join("story_files/frame.html"),
        "<html><body><p>ad</p></body></html>",
    )
    .unwrap();
    std::fs::write(saved.join("logo.png"), png()).unwrap();
    let archive = dir.path().join("archive");
    let out = common::sift()
        .args(["import", "--archive"])
        .arg(&archive)
        .arg(&saved)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("1 new") && err.contains("0 failed"), "{err}");
    assert!(err.contains("skipped 4 assets"), "{err}");
    let rec = std::fs::read_dir(archive.join("records"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let rec: serde_json::Value = serde_json::from_slice(&std::fs::read(rec).unwrap()).unwrap();
    assert_eq!(rec["url"], "https://gazette.example/library");
    assert_eq!(rec["source"]["saved_page"]["by"], "browser");
}

/// The import pipeline streams a WARC: damaged records fail alone (named `FILE#N`), everything that is not a page
/// is counted by kind, the pages become records in the order of the file.
#[test]
fn import_fails_damaged_records_alone_and_counts_what_it_skips() {
    let dir = tempfile::tempdir().unwrap();
    let warc = dir.path().join("crawl.warc.gz");
    let mut records = good_records();
    let page = |n: u32| {
        w::response(
            &format!("https://gazette.example/{n}"),
            &format!("ok-{n}"),
            &w::http(200, &[("Content-Type", "text/html")], PAGE_EN.as_bytes()),
        )
    };
    records.push(page(1));
    let mut bytes = w::gz_each(&records);
    let mut truncated = w::gz(&page(2));
    truncated.truncate(truncated.len() / 2);
    bytes.extend(truncated);
    bytes.extend(w::gz(&w::record_declaring(
        2 * 1024 * 1024 * 1024,
        &w::http(200, &[], PAGE_EN.as_bytes()),
    )));
    bytes.extend(w::gz(&page(3)));
    std::fs::write(&warc, &bytes).unwrap();

    let archive = sift::archive::Archive::open(dir.path().join("a")).unwrap();
    let mut urls = Vec::new();
    let report = sift::archive::import::import_paths(
        &archive,
        std::slice::from_ref(&warc),
        &mut |ev| {
            if let sift::archive::import::Event::Document { doc, .. } = ev {
                urls.push(doc.hints.url.clone().unwrap_or_default());
            }
        },
        &std::sync::atomic::AtomicBool::new(false),
    );
    assert_eq!(
        urls,
        [
            "https://gazette.example/library",
            "https://vesti.example/budget",
            "https://gazette.example/1",
            "https://gazette.example/3"
        ]
    );
    assert_eq!((report.new, report.files_done), (4, 1));
    let failed: Vec<&str> = report.failed.iter().map(|f| f.file.as_str()).collect();
    let name = warc.display().to_string();
    assert_eq!(failed, [format!("{name}#9"), format!("{name}#10")]);
    assert!(
        report.failed[1].error.contains("2147483648"),
        "{:?}",
        report.failed
    );
    let skipped: Vec<(&str, usize)> = report.skipped.iter().map(|(k, n)| (*k, *n)).collect();
    assert_eq!(
        skipped,
        [
            ("error or redirect response", 1),
            ("non-page response", 1),
            ("request", 1),
            ("revisit", 1),
            ("warcinfo record", 1)
        ]
    );
    assert!(
        report
            .skipped_summary()
            .unwrap()
            .contains("1 request, 1 revisit"),
        "{:?}",
        report.skipped_summary()
    );
}

/// Documents of one file spread over many extraction chunks keep their order, and the documents of one JSON
/// Lines file share one raw file (hashed once, not once per line).
#[test]
fn many_documents_of_one_file_import_in_order_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let n = 150;
    let pages: Vec<Vec<u8>> = (0..n)
        .map(|i| {
            let html = PAGE_EN.replace("Port Ellery", &format!("Port Ellery number {i}"));
            w::response(
                &format!("https://gazette.example/p/{i}"),
                &format!("p-{i}"),
                &w::http(200, &[("Content-Type", "text/html")], html.as_bytes()),
            )
        })
        .collect();
    let warc = dir.path().join("many.warc.gz");
    std::fs::write(&warc, w::gz_each(&pages)).unwrap();
    let jsonl = dir.path().join("many.jsonl");
    let lines: String = (0..n)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"url": format!("https://j.example/{i}"), "title": format!("Item {i}"),
                    "text": format!("Item {i} of the feed. The council met on Tuesday and agreed the plan.")})
            )
        })
        .collect();
    std::fs::write(&jsonl, lines).unwrap();

    let archive = sift::archive::Archive::open(dir.path().join("a")).unwrap();
    let mut urls = Vec::new();
    let mut shas = std::collections::BTreeSet::new();
    let report = sift::archive::import::import_paths(
        &archive,
        &[warc.clone(), jsonl.clone()],
        &mut |ev| {
            if let sift::archive::import::Event::Document { doc, .. } = ev {
                urls.push(doc.hints.url.clone().unwrap_or_default());
                if doc.file.contains("jsonl") {
                    shas.insert(doc.sha256.clone());
                }
            }
        },
        &std::sync::atomic::AtomicBool::new(false),
    );
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!((report.new, report.files_done), (2 * n, 2));
    let want: Vec<String> = (0..n)
        .map(|i| format!("https://gazette.example/p/{i}"))
        .chain((0..n).map(|i| format!("https://j.example/{i}")))
        .collect();
    assert_eq!(urls, want);
    assert_eq!(shas.len(), 1, "one raw file for the JSON Lines file");
    let raws = std::fs::read_dir(dir.path().join("a/raw")).unwrap().count();
    assert_eq!(raws, n + 1);
}
