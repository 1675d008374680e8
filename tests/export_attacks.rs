//! Every export fed one record made of attack strings: formulas, `javascript:` and `data:` URLs, `<script>`,
//! markup, a URL with `>` in it, NUL, an escape sequence and bidi overrides. Each output is read the way its
//! consumer reads it (a CSV parser, a JSON parser, a CommonMark renderer) and checked.

use serde_json::{Value, json};
use sift::archive::export::{self, Format, Options};
use sift::record::Record;

#[path = "common/csv.rs"]
mod csv;
use csv::parse_csv;

fn attack() -> Record {
    serde_json::from_value(json!({
        "schema_version": 1,
        "id": "2025-01-attack-0badf00d",
        "status": "draft",
        "title": "<img src=x onerror=alert(1)> News\u{0} of \u{202E}txt.exe\u{202C} day",
        "subtitle": "*bold* [click](javascript:alert(2))",
        "authors": ["=HYPERLINK(\"http://evil.example\",\"x\")", "Ана \u{1b}[31mКрасная"],
        "published": "2025-01-02",
        "site": "@SUM(1+1)",
        "url": "javascript:alert(3)",
        "section": "+1",
        "tags": ["-2+3", "safe"],
        "keywords": ["\tcmd"],
        "images": [
            {"caption": "](javascript:alert(4)) [x", "credit": "<b>Credit</b>",
             "url": "data:text/html,<script>alert(5)</script>"},
            {"caption": "A harbour", "url": "https://img.example/a.jpg?q=<x>\"y"}
        ],
        "body": "=1+1 starts the body\n# Not a heading\n<script>alert(6)</script>\n\
                 [link](javascript:alert(7)) and <https://ok.example/a>b>\n> not a quote\n1. not a list\n\
                 ```\nnot code\n```\nend\u{202E}\u{0}",
        "notes": "<iframe src=\"https://evil.example\"></iframe>",
        "source": {"file": "in/attack.html", "sha256": "cd".repeat(32), "bytes": 1, "format": "html",
                   "encoding": "UTF-8", "imported_at": "2025-01-02T00:00:00Z"}
    }))
    .unwrap()
}

fn export(format: Format) -> String {
    let mut buf = Vec::new();
    export::write_with(format, &Options::default(), &[attack()], &mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

/// No format carries a control character (but line breaks and tabs in text) or a bidi override.
fn assert_no_hidden_characters(format: Format, out: &str) {
    for c in out.chars() {
        let bad = (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        assert!(!bad, "{} carries U+{:04X}", format.name(), c as u32);
    }
}

#[test]
fn jsonl_keeps_text_but_no_unsafe_url() {
    let out = export(Format::Jsonl);
    assert_no_hidden_characters(Format::Jsonl, &out);
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert!(v["url"].is_null(), "{}", v["url"]);
    assert!(v["images"][0]["url"].is_null());
    assert_eq!(
        v["images"][1]["url"],
        "https://img.example/a.jpg?q=%3Cx%3E%22y"
    );
    assert_eq!(
        v["title"],
        "<img src=x onerror=alert(1)> News of txt.exe day"
    );
    assert_eq!(v["authors"][1], "Ана [31mКрасная");
}

#[test]
fn csv_cells_never_start_a_formula() {
    let out = export(Format::Csv);
    assert_no_hidden_characters(Format::Csv, &out);
    let rows = parse_csv(out.strip_prefix('\u{FEFF}').unwrap());
    assert_eq!(rows.len(), 2);
    let (head, row) = (&rows[0], &rows[1]);
    assert_eq!(head.len(), row.len());
    for (name, cell) in head.iter().zip(row) {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "column {name} starts a formula: {cell:?}"
        );
    }
    let col = |n: &str| &row[head.iter().position(|c| c == n).unwrap()];
    assert_eq!(col("url"), "");
    assert_eq!(col("image_urls"), "https://img.example/a.jpg?q=%3Cx%3E%22y");
    assert!(col("body").starts_with("'=1+1 starts the body"));
    assert_eq!(col("site"), "'@SUM(1+1)");
    assert_eq!(col("section"), "'+1");
    assert!(col("authors").starts_with("'=HYPERLINK"));
}

#[test]
fn csl_json_has_no_unsafe_url() {
    let out = export(Format::CslJson);
    assert_no_hidden_characters(Format::CslJson, &out);
    let items: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(items[0].get("URL").is_none(), "{}", items[0]);
    assert!(!out.contains("javascript:alert(3)"));
}

#[test]
fn markdown_renders_as_text_with_no_html_and_no_unsafe_link() {
    let out = export(Format::Markdown);
    assert_no_hidden_characters(Format::Markdown, &out);
    // The front matter is YAML whose values are JSON strings; the url is left out.
    let fm = out.strip_prefix("---\n").unwrap();
    let fm = &fm[..fm.find("\n---\n").unwrap()];
    assert!(!fm.lines().any(|l| l.starts_with("url:")), "{fm}");
    let title: String =
        serde_json::from_str(fm.lines().find(|l| l.starts_with("title: ")).unwrap()[7..].trim())
            .unwrap();
    assert_eq!(title, "<img src=x onerror=alert(1)> News of txt.exe day");

    let body = &out[out.find("\n---\n").unwrap() + 5..];
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(body));
    for bad in [
        "<script",
        "<img",
        "<iframe",
        "<b>",
        "href=\"javascript",
        "href=\"data",
        "<h2",
        "<ol",
        "<pre",
        "<code",
    ] {
        assert!(
            !html.contains(bad),
            "rendered Markdown holds {bad}:\n{html}"
        );
    }
    // Only Sift's own structure is markup: the subtitle in italics, two image quotes, the notes' label.
    assert_eq!(html.matches("<em>").count(), 1, "{html}");
    assert_eq!(html.matches("<blockquote>").count(), 2, "{html}");
    assert_eq!(html.matches("<strong>").count(), 1, "{html}");
    assert!(
        html.contains("*bold* [click](javascript:alert(2))"),
        "{html}"
    );
    // The text survives, as text.
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt; News of txt.exe day"),
        "{html}"
    );
    assert!(html.contains("# Not a heading"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(6)&lt;/script&gt;"),
        "{html}"
    );
    // The one web image URL is a link that ends where it should.
    assert!(
        html.contains("href=\"https://img.example/a.jpg?q=%3Cx%3E%22y\""),
        "{html}"
    );
    let links = html.matches("<a ").count();
    assert_eq!(links, 1, "{html}");
}
