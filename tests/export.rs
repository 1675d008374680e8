//! Exports on records written for the test: one entry per record in every format, CSV quoting, CSL fields
//! Zotero reads, Markdown file and folder.

use serde_json::{Value, json};
use sift::archive::atomic::DiskWriter;
use sift::archive::export::{self, Field, Format, Options, markdown};
use sift::record::Record;

#[path = "common/csv.rs"]
mod csv;
use csv::parse_csv;

fn record(id: &str, extra: Value) -> Record {
    let mut v = json!({
        "schema_version": 1,
        "id": id,
        "status": "curated",
        "title": "Harbour town opens a floating library",
        "authors": ["Marta Quill", "Coastline Desk"],
        "published": "2025-03",
        "site": "Coastline Gazette",
        "url": "https://gazette.example/2025/03/library",
        "language": "en",
        "subtitle": "Volunteers say the barge will visit six villages",
        "body": "First paragraph, with a comma.\n\nSecond \"quoted\" paragraph.",
        "source": {"file": "in/a.txt", "sha256": "ab".repeat(32), "bytes": 10, "format": "text",
                   "encoding": "UTF-8", "imported_at": "2025-03-12T10:00:00+01:00"}
    });
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        for (k, x) in e {
            o.insert(k.clone(), x.clone());
        }
    }
    serde_json::from_value(v).unwrap()
}

fn sample() -> Vec<Record> {
    vec![
        record("2025-03-harbour-town-11111111", json!({})),
        record(
            "2024-06-24-a-b-22222222",
            json!({"title": "Озёрск, музей", "site": null, "published": "2024-06-24T08:00:00+03:00",
                   "authors": ["Иван Соколов"], "language": "ru", "status": "draft",
                   "body": "Строка один\r\nстрока два"}),
        ),
        record(
            "2023-untitled-33333333",
            json!({"title": null, "published": "2023", "authors": []}),
        ),
    ]
}

fn to_string(format: Format, records: &[Record]) -> String {
    to_string_with(format, &Options::default(), records)
}

fn to_string_with(format: Format, opts: &Options, records: &[Record]) -> String {
    let mut buf = Vec::new();
    export::write_with(format, opts, records, &mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

#[test]
fn jsonl_is_one_whole_record_a_line() {
    let recs = sample();
    let out = to_string(Format::Jsonl, &recs);
    let back: Vec<Record> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let cleaned: Vec<Record> = recs.iter().map(export::clean::record).collect();
    assert_eq!(back, cleaned);
    // Line breaks are normalised; nothing else in these records changes.
    assert_eq!(back[1].body, "Строка один\nстрока два");
    assert_eq!(back[0], recs[0]);
}

#[test]
fn jsonl_leaves_the_extraction_out_unless_asked() {
    let mut recs = sample();
    recs[0].extraction.extractor = "sift-test".into();
    recs[0].extraction.auto.body = "the whole body again".into();
    let plain = to_string(Format::Jsonl, &recs);
    let first: Value = serde_json::from_str(plain.lines().next().unwrap()).unwrap();
    assert!(first.get("extraction").is_none(), "{first}");
    assert!(!plain.contains("the whole body again"));
    assert_eq!(first["title"], "Harbour town opens a floating library");
    let opts = Options {
        with_extraction: true,
        ..Options::default()
    };
    let with = to_string_with(Format::Jsonl, &opts, &recs);
    let first: Value = serde_json::from_str(with.lines().next().unwrap()).unwrap();
    assert_eq!(first["extraction"]["extractor"], "sift-test");
}

#[test]
fn csv_has_a_header_and_round_trips_awkward_text() {
    let recs = sample();
    let out = to_string(Format::Csv, &recs);
    let out = out.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    let rows = parse_csv(out);
    assert_eq!(rows.len(), 1 + recs.len());
    assert_eq!(rows[0][0], "id");
    let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    assert_eq!(rows[1][col("body")], recs[0].body);
    assert_eq!(rows[1][col("authors")], "Marta Quill; Coastline Desk");
    assert_eq!(rows[2][col("title")], "Озёрск, музей");
    assert_eq!(rows[2][col("body")], "Строка один\nстрока два");
    assert_eq!(rows[3][col("title")], "");
}

#[test]
fn csl_json_has_what_zotero_reads() {
    let items: Vec<Value> = serde_json::from_str(&to_string(Format::CslJson, &sample())).unwrap();
    assert_eq!(items.len(), 3);
    let a = &items[0];
    assert_eq!(a["type"], "article-newspaper");
    assert_eq!(a["container-title"], "Coastline Gazette");
    assert_eq!(a["issued"], json!({"date-parts": [[2025, 3]]}));
    assert_eq!(a["author"][0], json!({"family": "Quill", "given": "Marta"}));
    assert_eq!(a["author"][1], json!({"literal": "Coastline Desk"}));
    assert_eq!(a["URL"], "https://gazette.example/2025/03/library");
    assert_eq!(
        a["abstract"],
        "Volunteers say the barge will visit six villages"
    );
    assert_eq!(a["language"], "en");
    assert_eq!(a["accessed"], json!({"date-parts": [[2025, 3, 12]]}));
    let b = &items[1];
    assert_eq!(b["type"], "webpage");
    assert!(b.get("container-title").is_none());
    assert_eq!(b["issued"], json!({"date-parts": [[2024, 6, 24]]}));
    assert_eq!(
        b["author"][0],
        json!({"family": "Соколов", "given": "Иван"})
    );
    let c = &items[2];
    assert!(c.get("title").is_none() && c.get("author").is_none());
    assert_eq!(c["issued"], json!({"date-parts": [[2023]]}));
    for it in &items {
        assert!(it["id"].is_string());
    }
}

#[test]
fn markdown_one_file_has_one_heading_per_record() {
    let recs = sample();
    let out = to_string(Format::Markdown, &recs);
    let headings = out.lines().filter(|l| l.starts_with("# ")).count();
    assert_eq!(headings, recs.len());
    assert!(out.contains("# (untitled)"));
    assert!(out.contains("\nurl: \"https://gazette.example/2025/03/library\"\n"));
    assert!(out.contains("*Volunteers say the barge will visit six villages*"));
    assert!(out.contains("\nauthors: [\"Marta Quill\", \"Coastline Desk\"]\n"));
    assert!(out.contains("\ndate: \"2025-03\"\n"));
    // Each record opens with its front matter.
    assert_eq!(out.lines().filter(|l| l.starts_with("title: ")).count(), 2);
    assert!(out.starts_with("---\n"));
}

#[test]
fn markdown_folder_has_one_file_per_record_and_refuses_unsafe_ids() {
    let dir = tempfile::tempdir().unwrap();
    let recs = sample();
    let opts = Options::default();
    let files = markdown::write_folder(&recs, &opts, &dir.path().join("md"), &DiskWriter).unwrap();
    assert_eq!(files.len(), recs.len());
    for (f, r) in files.iter().zip(&recs) {
        assert_eq!(
            f.file_name().unwrap().to_string_lossy(),
            format!("{}.md", r.id)
        );
        let text = std::fs::read_to_string(f).unwrap();
        assert!(text.starts_with("---\nid: "), "{text}");
        assert_eq!(text.matches("\n# ").count(), 1, "{text}");
    }
    let mut bad = sample();
    bad[0].id = "../../escape".into();
    assert!(markdown::write_folder(&bad, &opts, &dir.path().join("md2"), &DiskWriter).is_err());
    assert!(!dir.path().join("escape.md").exists());
}

#[test]
fn format_names_parse_back() {
    for f in Format::ALL {
        assert_eq!(Format::parse(f.name()), Some(f));
    }
    assert_eq!(Format::parse("xml"), None);
}

#[test]
fn to_path_exports_the_chosen_records_of_an_archive() {
    let dir = tempfile::tempdir().unwrap();
    let a = sift::archive::Archive::open(dir.path().join("a")).unwrap();
    let mut recs = sample();
    for r in &mut recs {
        // Records saved straight from the window carry their raw bytes; these have none, so save() alone.
        r.source.sha256 = "ab".repeat(32);
        a.save(r).unwrap();
    }
    let out = dir.path().join("two.csv");
    let ids = vec![recs[0].id.clone(), recs[2].id.clone()];
    assert_eq!(
        export::to_path(&a, Format::Csv, &out, Some(&ids)).unwrap(),
        2
    );
    let rows = parse_csv(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(rows.len(), 3);
    let md = dir.path().join("md");
    std::fs::create_dir(&md).unwrap();
    assert_eq!(export::to_path(&a, Format::Markdown, &md, None).unwrap(), 3);
    assert_eq!(std::fs::read_dir(&md).unwrap().count(), 3);
}

#[test]
fn chosen_fields_are_all_every_format_writes() {
    let recs = sample();
    let opts = Options {
        fields: Some(vec![Field::Url, Field::Title, Field::Authors]),
        ..Options::default()
    };
    let jsonl = to_string_with(Format::Jsonl, &opts, &recs);
    let first: Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["url", "title", "authors"]);

    let csv = to_string_with(Format::Csv, &opts, &recs);
    let rows = parse_csv(csv.strip_prefix('\u{FEFF}').unwrap());
    assert_eq!(rows[0], ["url", "title", "authors"]);
    assert_eq!(rows[2][1..], ["Озёрск, музей", "Иван Соколов"]);

    let csl: Vec<Value> =
        serde_json::from_str(&to_string_with(Format::CslJson, &opts, &recs)).unwrap();
    assert!(csl[0].get("title").is_some() && csl[0].get("author").is_some());
    assert!(csl[0].get("issued").is_none() && csl[0].get("container-title").is_none());

    let md = to_string_with(Format::Markdown, &opts, &recs);
    assert!(md.contains("title: ") && md.contains("authors: ") && md.contains("url: "));
    assert!(
        !md.contains("date: ") && !md.contains("First paragraph"),
        "{md}"
    );
}

#[test]
fn csv_byte_order_mark_can_be_left_out() {
    let opts = Options {
        bom: false,
        ..Options::default()
    };
    assert!(to_string_with(Format::Csv, &opts, &sample()).starts_with("id,status,title,"));
    assert!(to_string(Format::Csv, &sample()).starts_with("\u{FEFF}id,status,title,"));
}

#[test]
fn a_body_longer_than_a_cell_is_cut_in_csv_only_and_says_so() {
    let mut recs = sample();
    recs[0].body = "Длинный текст. ".repeat(3000);
    let csv = to_string(Format::Csv, &recs);
    let rows = parse_csv(csv.strip_prefix('\u{FEFF}').unwrap());
    let body = &rows[1][rows[0].iter().position(|c| c == "body").unwrap()];
    assert_eq!(body.chars().count(), export::csv::CELL_MAX_CHARS);
    assert!(
        body.contains("45000 characters in all"),
        "{}",
        &body[body.len() - 200..]
    );
    let jsonl = to_string(Format::Jsonl, &recs);
    let first: Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["body"].as_str().unwrap().chars().count(), 45000);
}
