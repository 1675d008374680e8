//! WACZ input: the WARC members of a zip (stored or deflated) streamed through the WARC reader, on WACZ files
//! made by our own tiny zip writer (`tests/common/zip.rs`) around WARCs from our WARC writer.

#[path = "common/mod.rs"]
mod common;
#[path = "common/warc.rs"]
mod w;
#[path = "common/zip.rs"]
mod z;

use sift::input::{self, Entry, Limits};

fn page(title: &str, body: &str) -> Vec<u8> {
    let html = format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
         <p>{body}</p><p>The crew will report from every harbour along the coast this summer.</p>\
         </article></body></html>"
    );
    w::http(200, &[("Content-Type", "text/html")], html.as_bytes())
}

/// A WACZ as Webrecorder lays it out: one gzip'd WARC stored, a second plain WARC deflated, the pages list and
/// the package description.
fn wacz() -> Vec<u8> {
    let first = w::gz_each(&[
        w::warcinfo(),
        w::request("https://gazette.example/library", "req-1"),
        w::response(
            "https://gazette.example/library",
            "page-1",
            &page(
                "Harbour town opens a floating library",
                "The floating library of Port Ellery left its mooring on Tuesday with four thousand books.",
            ),
        ),
        w::response(
            "https://gazette.example/missing",
            "404-1",
            &w::http(404, &[("Content-Type", "text/html")], b"<p>gone</p>"),
        ),
    ]);
    let second = [w::response(
        "https://rundschau.example/fähre",
        "page-2",
        &page(
            "Die Fähre fährt wieder",
            "Nach drei Monaten in der Werft fährt die Fähre über den Fluss wieder nach Fahrplan.",
        ),
    )]
    .concat();
    let pages =
        b"{\"format\": \"json-pages-1.0\"}\n{\"url\": \"https://gazette.example/library\"}\n";
    z::zip(&[
        (
            "datapackage.json",
            b"{\"profile\": \"data-package\"}",
            false,
        ),
        ("archive/data.warc.gz", &first, false),
        ("archive/more.warc", &second, true),
        ("pages/pages.jsonl", pages, true),
    ])
}

#[test]
fn a_waczs_warcs_are_read_record_by_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.wacz");
    std::fs::write(&path, wacz()).unwrap();
    let (mut docs, mut skipped, mut failed) = (vec![], vec![], vec![]);
    for e in input::open(&path, &Limits::default()).unwrap() {
        match e {
            Entry::Document(d) => docs.push(*d),
            Entry::Skipped { kind, .. } => skipped.push(kind),
            Entry::Failed(e) => failed.push(e.to_string()),
        }
    }
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(
        skipped,
        ["warcinfo record", "request", "error or redirect response"]
    );
    let name = path.display().to_string();
    let files: Vec<&str> = docs.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(
        files,
        [
            format!("{name}/archive/data.warc.gz#3"),
            format!("{name}/archive/more.warc#1")
        ]
    );
    assert!(docs[0].text.contains("Port Ellery"));
    assert!(docs[1].text.contains("Werft"), "{}", docs[1].text);
    assert_eq!(
        docs[1].hints.url.as_deref(),
        Some("https://rundschau.example/fähre")
    );
    // Each record keeps its own bytes: the first one's gzip member, found in the stored WARC.
    let raw = docs[0].raw.as_ref().unwrap();
    assert_eq!(raw[..2], [0x1f, 0x8b]);
    assert!(
        wacz().windows(raw.len()).any(|win| win == raw.as_slice()),
        "a stored member's bytes are in the zip as they are"
    );
}

#[test]
fn sift_import_takes_a_wacz_and_refuses_a_zip_without_warcs() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("crawl.wacz");
    std::fs::write(&good, wacz()).unwrap();
    let archive = dir.path().join("a");
    let out = common::sift()
        .args(["import", "--archive"])
        .arg(&archive)
        .arg(&good)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("2 new") && err.contains("1 request"), "{err}");
    common::stdout_of(common::sift().args(["check", "--archive"]).arg(&archive));

    let empty = dir.path().join("empty.wacz");
    std::fs::write(&empty, z::zip(&[("datapackage.json", b"{}", false)])).unwrap();
    let cut = dir.path().join("cut.wacz");
    let mut bytes = wacz();
    bytes.truncate(bytes.len() - 30);
    std::fs::write(&cut, bytes).unwrap();
    let out = common::sift()
        .args(["import", "--archive"])
        .arg(&archive)
        .arg(&empty)
        .arg(&cut)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("empty.wacz: no WARC file under archive/"),
        "{err}"
    );
    assert!(err.contains("cut.wacz: not a readable WACZ"), "{err}");
}
