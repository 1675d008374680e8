//! Fuzzing the input layer and extraction: arbitrary bytes through `input::read_bytes`, then
//! `extract::extract` and `extract::to_record` on every document, must never panic; the same bytes through the
//! streaming readers (`input::open_reader` as for standard input: WARC record by record, JSON Lines a line at a
//! time; `input::open` on a file for a zip, as a WACZ) must never panic either.
//!
//! A mutation fuzzer with no extra dependency: it starts from the synthetic fixtures (the seed corpus), mutates
//! them (bit flips, byte edits, splices, tokens that steer the sniffers: charsets, BOMs, JSON keys, tags), and
//! sometimes gzips the result, so every path (gzip, binary check, decoding, JSON/JSONL, HTML, text) is hit.
//!
//! - In `cargo test`: a short deterministic run (`fuzz_short`).
//! - Long run: `SIFT_FUZZ_SECS=1800 cargo test --release --no-default-features --test fuzz_input -- --ignored
//!   --nocapture fuzz_long` (optional `SIFT_FUZZ_SEED=N`). It prints executions, rate and the slowest input;
//!   an input that panics is saved under `target/fuzz-findings/`, and the input under test is kept in
//!   `target/fuzz-findings/current.bin` so a crash that aborts the process (stack overflow) can be replayed.

#[path = "common/input_fixtures.rs"]
mod fx;
#[path = "common/warc.rs"]
mod w;
#[path = "common/zip.rs"]
mod z;

use sift::{extract, input};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Tokens that steer the sniffers and parsers toward their interesting paths.
const TOKENS: &[&[u8]] = &[
    b"<meta charset=\"",
    b"koi8-r\">",
    b"shift_jis\">",
    b"utf-16\">",
    b"x-user-defined",
    b"<?xml version=\"1.0\" encoding=\"gbk\"?>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
    b"{\"html\": \"",
    b"{\"text\": \"",
    b"\"maintext\": ",
    b"\"authors\": [",
    b"\"content\": {\"rendered\": \"",
    b"\"}\n{",
    b"[{",
    b"}]",
    b"\\u0000",
    b"\\ud800",
    b"<!DOCTYPE html><html><head>",
    b"<body><article><p>",
    b"</p></div>",
    b"<div><div><div><div>",
    b"<script>var a='</p>';</script>",
    b"<figure><img src=x><figcaption>Photo: A. B. / Agency</figcaption></figure>",
    b"<time datetime=\"2024-06-24T10:00:00+02:00\">",
    b"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"",
    b"<meta property=\"og:title\" content=\"",
    b"<!--",
    b"-->",
    b"&amp;&#x1F600;&#0;&#xD800;",
    b"\x00",
    b"\r\n\r\n",
    b"\n\n",
    b"By ",
    b"24 \xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 2024",
    b"2024\xe5\xb9\xb46\xe6\x9c\x8824\xe6\x97\xa5",
    b"June 24, 2024",
    b"\xc2\xa9 ",
    b"Share Subscribe Login",
    b"\xe2\x80\xae",
    b"WARC/1.1\r\n",
    b"WARC-Type: response\r\n",
    b"Content-Length: 99999999999\r\n",
    b"Content-Length: 12\r\n\r\n",
    b"Content-Type: application/http; msgtype=response\r\n",
    b"HTTP/1.1 200 OK\r\n",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Encoding: br\r\n",
    b"Content-Encoding: gzip\r\n",
    b"\r\nffffffff\r\n",
];

/// Largest mutated input: keeps each execution short so a run covers many inputs.
const MAX_INPUT: usize = 64 * 1024;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus() -> Vec<Vec<u8>> {
    let mut c: Vec<Vec<u8>> = fx::all().into_iter().map(|(_, b)| b).collect();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/input");
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        c.extend(files.iter().filter_map(|p| std::fs::read(p).ok()));
    }
    c.push(fx::page("<meta charset=\"utf-8\">", "Title", fx::EN_TEXT).into_bytes());
    c.push(fx::EN_TEXT.as_bytes().to_vec());
    // WARCs, plain and gzip'd per record: every record kind, chunked and gzip-encoded payloads.
    let page = fx::page("<meta charset=\"utf-8\">", "Title", fx::EN_TEXT);
    let records = vec![
        w::warcinfo(),
        w::request("https://a.example/", "r1"),
        w::response(
            "https://a.example/",
            "p1",
            &w::http(200, &[("Content-Type", "text/html")], page.as_bytes()),
        ),
        w::response(
            "https://a.example/x.png",
            "i1",
            &w::http(200, &[("Content-Type", "image/png")], &fx::png()),
        ),
        w::response(
            "https://a.example/gone",
            "e1",
            &w::http(404, &[("Content-Type", "text/html")], b"<p>gone</p>"),
        ),
        w::revisit("https://a.example/", "v1", "p1"),
        w::response(
            "https://a.example/z",
            "p2",
            &w::http(
                200,
                &[
                    ("Content-Type", "text/html"),
                    ("Transfer-Encoding", "chunked"),
                    ("Content-Encoding", "gzip"),
                ],
                &w::chunked(&w::gz(page.as_bytes()), 100),
            ),
        ),
    ];
    c.push(records.concat());
    c.push(w::gz_each(&records));
    // A WACZ: the gzip'd WARC stored, the plain one deflated.
    c.push(z::zip(&[
        ("datapackage.json", b"{}", false),
        ("archive/a.warc.gz", &w::gz_each(&records), false),
        ("archive/b.warc", &records.concat(), true),
    ]));
    c.push(
        b"{\"url\": \"https://a.example/1\", \"text\": \"One item of the feed.\"}\n\n{\"title\": \"Two\", \"html\": \"<p>Two</p>\"}\n[1]\n"
            .to_vec(),
    );
    c.push(
        format!(
            "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://a.example/\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/related;\r\n\tboundary=\"--b--\"\r\n\r\n----b--\r\nContent-Type: text/html\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\r\n{}=\r\n=3D=E9\r\n----b--\r\n\
             Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n----b----\r\n",
            page
        )
        .into_bytes(),
    );
    c
}

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut b = corpus[rng.below(corpus.len())].clone();
    for _ in 0..=rng.below(6) {
        let len = b.len();
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                b[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                b[i] = rng.next() as u8;
            }
            2 => {
                let i = rng.below(len + 1);
                let n = rng.below(16) + 1;
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                b.splice(i..i, bytes);
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below((len - i).min(256)) + 1;
                b.drain(i..i + n);
            }
            4 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below((len - i).min(512)) + 1;
                let chunk = b[i..i + n].to_vec();
                let at = rng.below(len + 1);
                for _ in 0..=rng.below(8) {
                    b.splice(at..at, chunk.iter().copied());
                }
            }
            5 => {
                let other = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len() + 1);
                let to = from + rng.below(other.len() - from + 1);
                let at = rng.below(len + 1);
                b.splice(at..at, other[from..to].iter().copied());
            }
            6 | 7 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(len + 1);
                b.splice(at..at, t.iter().copied());
            }
            8 if len > 0 => b.truncate(rng.below(len)),
            _ => {
                let t = TOKENS[rng.below(TOKENS.len())];
                b.splice(0..0, t.iter().copied());
            }
        }
    }
    b.truncate(MAX_INPUT);
    if rng.below(12) == 0 {
        b = fx::gzip(&b);
        if rng.below(3) == 0 {
            let keep = rng.below(b.len());
            b.truncate(keep);
        }
    }
    b
}

/// Reads one input through the streaming readers: standard input (a WARC record by record, JSON Lines a line at a
/// time) and, for a zip, a WACZ file. Every entry must come out whole or as a clear error.
fn stream_one(bytes: &[u8]) {
    let limits = input::Limits::default();
    let check = |entries: input::Documents| {
        for e in entries {
            if let input::Entry::Failed(e) = e {
                assert!(!e.to_string().is_empty());
            }
        }
    };
    if let Ok(entries) = input::open_reader("-", std::io::Cursor::new(bytes.to_vec()), &limits) {
        check(entries);
    }
    if bytes.starts_with(b"PK") {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("fuzz.wacz");
        std::fs::write(&path, bytes).expect("temp file");
        if let Ok(entries) = input::open(&path, &limits) {
            check(entries);
        }
    }
}

/// Runs one input the way the CLI does; true when something came out.
fn run_one(bytes: &[u8]) -> bool {
    stream_one(bytes);
    match input::read_bytes("fuzz.bin", bytes) {
        Ok(docs) => {
            for doc in &docs {
                let ex = extract::extract(doc);
                let rec = extract::to_record(doc, &ex, "2024-01-01T00:00:00+00:00");
                // The record must serialize: the CLI writes it.
                assert!(serde_json::to_string(&rec).is_ok());
            }
            true
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            false
        }
    }
}

#[derive(Default, Debug)]
struct Stats {
    execs: u64,
    ok: u64,
    errors: u64,
    panics: Vec<PathBuf>,
    slowest: Duration,
}

fn fuzz(seed: u64, until: impl Fn(u64) -> bool, keep_current: bool) -> Stats {
    let corpus = corpus();
    let findings = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
    let mut rng = Rng(seed | 1);
    let mut st = Stats::default();
    let mut slowest_input = Vec::new();
    // Every seed as it is first, then mutants.
    let mut queue: Vec<Vec<u8>> = corpus.clone();
    while !until(st.execs) {
        let input = queue.pop().unwrap_or_else(|| mutate(&mut rng, &corpus));
        if keep_current {
            let _ = std::fs::create_dir_all(&findings);
            let _ = std::fs::write(findings.join("current.bin"), &input);
        }
        let t = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| run_one(&input)));
        let took = t.elapsed();
        if took > st.slowest {
            st.slowest = took;
            slowest_input.clone_from(&input);
        }
        st.execs += 1;
        match outcome {
            Ok(true) => st.ok += 1,
            Ok(false) => st.errors += 1,
            Err(_) => {
                let _ = std::fs::create_dir_all(&findings);
                let path = findings.join(format!("panic-{seed}-{}.bin", st.execs));
                let _ = std::fs::write(&path, &input);
                st.panics.push(path);
            }
        }
    }
    if keep_current {
        let _ = std::fs::write(findings.join("slowest.bin"), &slowest_input);
    }
    st
}

#[test]
fn fuzz_short() {
    // 400 executions: the seeds and a few hundred mutants, a few seconds in a debug build.
    let st = fuzz(0x5eed, |n| n >= 400, false);
    assert!(
        st.panics.is_empty(),
        "inputs that panicked were saved: {:?}",
        st.panics
    );
    assert!(
        st.ok > 0 && st.errors > 0,
        "both paths were exercised: {st:?}"
    );
}

#[test]
#[ignore]
fn fuzz_long() {
    let secs: u64 = std::env::var("SIFT_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("SIFT_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let start = Instant::now();
    let limit = Duration::from_secs(secs);
    let st = fuzz(seed, |_| start.elapsed() >= limit, true);
    let elapsed = start.elapsed().as_secs_f64();
    eprintln!(
        "fuzz_long: seed {seed}, {:.0} s, {} executions ({:.0}/s), {} documents read, {} clear errors, {} panics, slowest input {:.3} s",
        elapsed,
        st.execs,
        st.execs as f64 / elapsed,
        st.ok,
        st.errors,
        st.panics.len(),
        st.slowest.as_secs_f64()
    );
    assert!(
        st.panics.is_empty(),
        "inputs that panicked were saved: {:?}",
        st.panics
    );
}

// ---- Hostile input through input and extraction (issue 5): a record or a clear error, never a panic ----

fn read_and_extract(name: &str, bytes: &[u8]) -> usize {
    let docs = input::read_bytes(name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    for doc in &docs {
        let ex = extract::extract(doc);
        let _ = extract::to_record(doc, &ex, "2024-01-01T00:00:00+00:00");
    }
    docs.len()
}

#[test]
fn html_nested_200000_deep_and_never_closed_is_a_clear_error() {
    // The parser is quadratic in nesting depth (hours at this depth): refused up front, by a setting.
    let mut page = String::from("<html><body>");
    page.push_str(&"<div>".repeat(200_000));
    page.push_str("<p>deep</p>");
    match input::read_bytes("deep.html", page.as_bytes()) {
        Err(input::InputError::Invalid { message, .. }) => {
            assert!(message.contains("nested deeper"), "{message}")
        }
        other => panic!("expected Invalid, got {:?}", other.map(|d| d.len())),
    }
    // Within the limit, the same shape imports.
    let mut page = String::from("<html><body>");
    page.push_str(&"<div>".repeat(2_000));
    page.push_str("<p>deep</p>");
    assert_eq!(read_and_extract("deep.html", page.as_bytes()), 1);
    // The limit is a setting: raised, the input layer accepts the deep page (extraction not run: slow).
    let limits = input::Limits {
        max_html_depth: 300_000,
        ..input::Limits::default()
    };
    let deep = format!("<html><body>{}", "<div>".repeat(200_000));
    assert!(input::read_bytes_with("deep.html", deep.as_bytes(), &limits).is_ok());
}

#[test]
fn deep_html_inside_jsonl_skips_that_record_only() {
    let deep = format!("<html><body>{}x", "<div>".repeat(10_000));
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"html": deep}),
        serde_json::json!({"html": "<p>fine</p>"})
    );
    let docs = input::read_bytes("mix.jsonl", jsonl.as_bytes()).expect("the good record imports");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].file, "mix.jsonl#2");
    assert!(
        docs[0]
            .warnings
            .iter()
            .any(|w| w.contains("record 1") && w.contains("nested deeper"))
    );
}

#[test]
fn page_with_300000_paragraphs() {
    let mut page = String::from("<!doctype html><html><body>");
    page.push_str(&"<p>A short paragraph of the article.</p>\n".repeat(300_000));
    page.push_str("</body></html>");
    assert_eq!(read_and_extract("many.html", page.as_bytes()), 1);
}

#[test]
fn script_only_page() {
    let page = format!(
        "<html><head><script>{}</script></head><body><script>x()</script></body></html>",
        "var a = 1;\n".repeat(1000)
    );
    assert_eq!(read_and_extract("script.html", page.as_bytes()), 1);
}

#[test]
fn hostile_field_values_stay_values() {
    let json = serde_json::json!({
        "url": "file:///etc/passwd",
        "title": "../../../tmp/x",
        "author": "../../etc",
        "text": "Body text.\n\nMore text.",
    });
    let docs = input::read_bytes("evil.json", json.to_string().as_bytes()).expect("reads");
    // Only http(s) urls are a record's url: a scraper's file: url is not taken.
    assert_eq!(docs[0].hints.url.as_deref(), None);
    let ex = extract::extract(&docs[0]);
    let rec = extract::to_record(&docs[0], &ex, "2024-01-01T00:00:00+00:00");
    assert!(
        !rec.id.contains('/') && !rec.id.contains(".."),
        "id {} is filesystem-safe",
        rec.id
    );
}
