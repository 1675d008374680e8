//! The HTML extractor on synthetic pages: one folder per case under `tests/fixtures/html/<case>/` with the page
//! (`input.html`) and what must come out (`expected.json`). Keys present in the expectation are checked:
//! the record fields by equality, `body_contains` / `body_excludes` as substrings of the body, and
//! `published_origins` as the origins of the first published-date candidates, in order.

use serde_json::Value;
use sift::extract::html;
use sift::extract::{Extracted, Role};
use std::path::Path;

fn check_case(dir: &Path) -> Vec<String> {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let input = std::fs::read(dir.join("input.html")).unwrap();
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    // The whole pipeline, as `sift extract` runs it: decoding, then extraction with language detection.
    let doc = sift::input::read_bytes("input.html", &input)
        .unwrap()
        .remove(0);
    let ex = sift::extract::extract(&doc);
    let got = serde_json::to_value(&ex.fields).unwrap();
    let mut problems = Vec::new();
    for (key, want) in expected.as_object().unwrap() {
        match key.as_str() {
            "body_contains" => {
                for s in want.as_array().unwrap() {
                    let s = s.as_str().unwrap();
                    if !ex.fields.body.contains(s) {
                        problems.push(format!("{name}: body lacks {s:?}"));
                    }
                }
            }
            "body_excludes" => {
                for s in want.as_array().unwrap() {
                    let s = s.as_str().unwrap();
                    if ex.fields.body.contains(s) {
                        problems.push(format!("{name}: body has {s:?}"));
                    }
                }
            }
            "published_origins" => {
                let want: Vec<&str> = want
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect();
                let origins: Vec<&str> = ex
                    .candidates
                    .published
                    .iter()
                    .map(|c| c.origin.as_str())
                    .take(want.len())
                    .collect();
                if origins != want {
                    problems.push(format!(
                        "{name}: published origins {origins:?}, want {want:?}"
                    ));
                }
            }
            field => {
                if got.get(field) != Some(want) {
                    problems.push(format!(
                        "{name}: {field} = {:?}, want {want}",
                        got.get(field)
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        problems.push(format!("{name}: body was:\n{}", ex.fields.body));
    }
    problems
}

#[test]
fn fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 6, "fixtures missing under {}", root.display());
    let problems: Vec<String> = dirs.iter().flat_map(|d| check_case(d)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn extract(s: &str) -> Extracted {
    html::extract(s)
}

#[test]
fn every_visible_block_is_listed_in_order_with_a_role() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html/en-jsonld-graph/input.html");
    let ex = extract(&std::fs::read_to_string(root).unwrap());
    let roles = |r: Role| ex.blocks.iter().filter(|b| b.role == r).count();
    assert!(roles(Role::Body) >= 6);
    assert!(roles(Role::Boilerplate) >= 3);
    // The credit is an inline span of the figcaption: one block (one flip for the curator), split in the field.
    assert_eq!(roles(Role::Caption), 1);
    let caption = ex.blocks.iter().find(|b| b.role == Role::Caption).unwrap();
    assert!(caption.text.contains("Ailsa Brodie"));
    assert_eq!(
        ex.fields.images[0].caption.as_deref(),
        Some("Seals resting on a sandbank at low tide.")
    );
    assert!(
        ex.fields.images[0]
            .credit
            .as_deref()
            .is_some_and(|c| c.contains("Ailsa Brodie"))
    );
    assert!(
        ex.blocks
            .iter()
            .any(|b| b.role == Role::Title && b.tag == "h1")
    );
    assert!(ex.blocks.iter().any(|b| b.role == Role::Byline));
    let nav = ex
        .blocks
        .iter()
        .position(|b| b.text.contains("Home"))
        .unwrap();
    let first_body = ex.blocks.iter().position(|b| b.role == Role::Body).unwrap();
    assert!(nav < first_body, "blocks keep document order");
    // Candidates keep their origin, the chosen value first.
    assert_eq!(
        ex.candidates.title[0].value,
        ex.fields.title.clone().unwrap()
    );
    assert!(
        ex.candidates
            .published
            .iter()
            .any(|c| c.origin == "json-ld")
    );
}

#[test]
fn url_date_is_a_candidate_when_nothing_else_says() {
    let page = r#"<html><head><link rel="canonical" href="https://news.example/2018/07/09/storm"></head>
        <body><h1>Storm</h1><p>The storm passed in the night and left the harbour wall broken in two places, the council said.</p></body></html>"#;
    let ex = extract(page);
    assert_eq!(ex.fields.published.as_deref(), Some("2018-07-09"));
    assert_eq!(ex.candidates.published[0].origin, "url");
}

#[test]
fn hostile_pages_do_not_panic() {
    // Parsing cost grows with the square of the depth (html5ever's open-element scans): 5,000 keeps the test quick.
    let deep = "<div>".repeat(5_000) + "deep text" + &"</div>".repeat(10);
    for page in [
        String::new(),
        "<script>var a = 1;</script>".to_string(),
        "<<<>>>&&&;;".to_string(),
        "<p>never closed <b><i><table><tr><td>cell".to_string(),
        deep,
        "<p>".repeat(50_000),
    ] {
        let ex = extract(&page);
        assert!(ex.fields.body.len() <= page.len());
    }
}

#[test]
fn hidden_and_script_text_is_not_a_block() {
    let page = r#"<html><body><article><p>Visible paragraph with enough words to count as article text for the scorer here.</p>
        <p style="display: none">hidden words</p><p hidden>also hidden</p><span class="sr-only">Share on Facebook</span>
        <script>document.write("script words")</script></article></body></html>"#;
    let ex = extract(page);
    let all: String = ex.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(all.contains("Visible paragraph"));
    for hidden in [
        "hidden words",
        "also hidden",
        "Share on Facebook",
        "script words",
    ] {
        assert!(!all.contains(hidden), "{hidden} leaked");
    }
}

/// URLs: a relative image source resolves against `<base>` (itself against the page's URL from its
/// container); `javascript:` never becomes a url; without og:site_name the site is the registrable domain.
#[test]
fn urls_resolve_against_base_and_only_web_urls_stay() {
    let page = "<html><head><base href=\"/2025/\">\
<title>Floating library</title></head><body><article><h1>Floating library</h1>\
<p>The floating library of Port Ellery left its mooring on Tuesday morning with four thousand books.</p>\
<figure><img src=\"img/barge.jpg\"><figcaption>The barge at the quay. Photo: Marta Quill</figcaption></figure>\
<figure><img src=\"javascript:alert(1)\"><figcaption>A second picture of the quay. Photo: Marta Quill</figcaption></figure>\
<p>It will call at six villages along the coast before the autumn storms arrive.</p></article></body></html>";
    let json = serde_json::json!({"url": "https://news.gazette.co.uk/index.html", "html": page});
    let doc = sift::input::read_bytes("p.json", json.to_string().as_bytes())
        .unwrap()
        .remove(0);
    let f = sift::extract::extract(&doc).fields;
    assert_eq!(
        f.url.as_deref(),
        Some("https://news.gazette.co.uk/index.html")
    );
    assert_eq!(f.site.as_deref(), Some("gazette.co.uk"));
    let urls: Vec<Option<&str>> = f.images.iter().map(|i| i.url.as_deref()).collect();
    assert!(
        urls.contains(&Some("https://news.gazette.co.uk/2025/img/barge.jpg")),
        "{urls:?}"
    );
    assert!(
        !urls.iter().flatten().any(|u| u.starts_with("javascript")),
        "{urls:?}"
    );

    let evil = "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"><meta property=\"og:site_name\" \
content=\"Gazette\"></head><body><p>The floating library of Port Ellery left its mooring on Tuesday.</p></body></html>";
    let f = extract(evil).fields;
    assert_eq!(f.url, None);
    assert_eq!(f.site.as_deref(), Some("Gazette"));
}
