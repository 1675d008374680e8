//! The `sift` binary end to end: import a mixed folder, check, import again, list, export in every format;
//! extract; errors, the lock and exit statuses.

mod common;

use common::{sift, stdout_of};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn mixed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/archive/mixed")
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn import_check_reimport_and_every_export() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    let a = archive.to_str().unwrap();

    let out = sift()
        .args(["import", "--archive", a])
        .arg(mixed())
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains(" new, 0 already present, 0 failed"), "{err}");

    let problems = sift().args(["check", "--archive", a]).output().unwrap();
    assert!(
        problems.status.success(),
        "{}{}",
        stderr_of(&problems),
        String::from_utf8_lossy(&problems.stdout)
    );

    let list = stdout_of(sift().args(["list", "--archive", a]));
    let n = list.lines().count();
    // Every file of the fixture folder gives at least one record.
    assert!(n >= 6, "{list}");
    for line in list.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "{line}");
        assert_eq!(cols[1], "draft");
    }

    let again = sift()
        .args(["import", "--archive", a])
        .arg(mixed())
        .output()
        .unwrap();
    let err = stderr_of(&again);
    assert!(again.status.success(), "{err}");
    assert!(
        err.contains(&format!("0 new, {n} already present, 0 failed")),
        "{err}"
    );
    assert_eq!(
        stdout_of(sift().args(["list", "--archive", a]))
            .lines()
            .count(),
        n
    );

    let jsonl = stdout_of(sift().args(["export", "--archive", a, "--format", "jsonl"]));
    assert_eq!(jsonl.lines().count(), n);
    for l in jsonl.lines() {
        let v: Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["schema_version"], 1);
    }

    let csv_path = tmp.path().join("out.csv");
    sift()
        .args(["export", "--archive", a, "--format", "csv", "-o"])
        .arg(&csv_path)
        .assert()
        .success();
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    assert!(csv.starts_with("\u{FEFF}id,status,title,"));
    // Rows start with an id; quoted bodies may span lines, so count the ids instead of the lines.
    for id in list.lines().map(|l| l.split('\t').next().unwrap()) {
        assert_eq!(csv.matches(&format!("\r\n{id},")).count(), 1, "{id}");
    }

    let csl: Vec<Value> = serde_json::from_str(&stdout_of(sift().args([
        "export",
        "--archive",
        a,
        "--format",
        "csl-json",
    ])))
    .unwrap();
    assert_eq!(csl.len(), n);
    assert!(
        csl.iter()
            .all(|i| i["type"] == "webpage" || i["type"] == "article-newspaper")
    );

    let md = stdout_of(sift().args(["export", "--archive", a, "--format", "markdown"]));
    assert_eq!(md.lines().filter(|l| l.starts_with("# ")).count(), n);
    let md_dir = tmp.path().join("md");
    sift()
        .args(["export", "--archive", a, "--format", "markdown", "-o"])
        .arg(format!("{}/", md_dir.display()))
        .assert()
        .success();
    assert_eq!(std::fs::read_dir(&md_dir).unwrap().count(), n);

    let curated = stdout_of(sift().args([
        "export",
        "--archive",
        a,
        "--format",
        "jsonl",
        "--status",
        "curated",
    ]));
    assert_eq!(curated.lines().count(), 0);
}

#[test]
fn extract_prints_a_line_per_document_and_reports_failures() {
    let missing = mixed().join("no-such-file.html");
    let out = sift()
        .args(["extract", "--jsonl"])
        .arg(mixed().join("en-harbour-library.txt"))
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0]["source"]["file"]
            .as_str()
            .unwrap()
            .ends_with("en-harbour-library.txt")
    );
    assert!(
        lines[0]["body"]
            .as_str()
            .unwrap()
            .contains("floating library")
    );
    assert_eq!(lines[1]["source"]["file"], missing.display().to_string());
    assert!(lines[1]["error"].is_string());
    assert!(stderr_of_output_contains(
        &out.stderr,
        "1 record, 1 file failed"
    ));
}

fn stderr_of_output_contains(stderr: &[u8], needle: &str) -> bool {
    String::from_utf8_lossy(stderr).contains(needle)
}

#[test]
fn import_goes_on_past_a_bad_file() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let out = sift()
        .args(["import", "--archive"])
        .arg(&a)
        .arg(mixed().join("en-harbour-library.txt"))
        .arg(tmp.path().join("missing.txt"))
        .arg(mixed().join("de-solar-bakery.html"))
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err.contains("2 new, 0 already present, 1 failed"), "{err}");
    sift()
        .args(["check", "--archive"])
        .arg(&a)
        .assert()
        .success();
}

#[test]
fn a_second_writer_gets_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let held = sift::archive::Archive::open(tmp.path()).unwrap();
    let out = sift()
        .args(["import", "--archive"])
        .arg(tmp.path())
        .arg(mixed().join("en-harbour-library.txt"))
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("in use by another Sift"), "{err}");
    assert!(held.ids().unwrap().is_empty());
    // Reading commands still work while the archive is held.
    sift()
        .args(["list", "--archive"])
        .arg(tmp.path())
        .assert()
        .success();
    drop(held);
    sift()
        .args(["import", "--archive"])
        .arg(tmp.path())
        .arg(mixed().join("en-harbour-library.txt"))
        .assert()
        .success();
}

#[test]
fn check_reports_a_hand_broken_record_and_leaves_it_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path();
    sift()
        .args(["import", "--archive"])
        .arg(a)
        .arg(mixed().join("ru-telephone-museum.txt"))
        .assert()
        .success();
    let rec = std::fs::read_dir(a.join("records"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&rec, "{ not json").unwrap();
    let out = sift().args(["check", "--archive"]).arg(a).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let problems = String::from_utf8(out.stdout).unwrap();
    assert!(problems.contains("not a valid record"), "{problems}");
    assert!(
        problems.contains(rec.file_name().unwrap().to_str().unwrap()),
        "{problems}"
    );
    let listed = sift().args(["list", "--archive"]).arg(a).output().unwrap();
    assert_eq!(listed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&listed.stdout).contains("\tbroken\t"));
    sift()
        .args(["import", "--archive"])
        .arg(a)
        .arg(mixed().join("ru-telephone-museum.txt"))
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&rec).unwrap(), "{ not json");
}

#[test]
fn sift_archive_names_the_default_archive() {
    let tmp = tempfile::tempdir().unwrap();
    sift()
        .env("SIFT_ARCHIVE", tmp.path())
        .arg("import")
        .arg(mixed().join("ja-station-library.html"))
        .assert()
        .success();
    let list = stdout_of(sift().env("SIFT_ARCHIVE", tmp.path()).arg("list"));
    assert_eq!(list.lines().count(), 1);
}

#[test]
fn usage_errors_exit_2_and_help_explains_the_commands() {
    sift().args(["export", "--format", "pdf"]).assert().code(2);
    sift().args(["frobnicate"]).assert().code(2);
    sift().args(["import"]).assert().code(2);
    let help = stdout_of(sift().arg("--help"));
    for word in [
        "extract",
        "import",
        "export",
        "check",
        "list",
        "Exit status",
        "SIFT_ARCHIVE",
    ] {
        assert!(help.contains(word), "--help lacks {word}:\n{help}");
    }
    let export_help = stdout_of(sift().args(["export", "--help"]));
    for word in [
        "jsonl",
        "csv",
        "csl-json",
        "markdown",
        "Zotero",
        "byte-order mark",
        "formulas",
        "front matter",
        "--fields",
        "--no-bom",
        "--with-extraction",
    ] {
        assert!(
            export_help.contains(word),
            "export --help lacks {word}:\n{export_help}"
        );
    }
}

#[test]
fn export_options_reach_the_output_and_bad_ones_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let a = a.to_str().unwrap();
    sift()
        .args(["import", "--archive", a])
        .arg(mixed().join("ja-station-library.html"))
        .assert()
        .success();
    let csv = stdout_of(sift().args([
        "export",
        "--archive",
        a,
        "--format",
        "csv",
        "--no-bom",
        "--fields",
        "title,url",
    ]));
    assert!(csv.starts_with("title,url\r\n"), "{csv}");
    let jsonl = stdout_of(sift().args(["export", "--archive", a, "--format", "jsonl"]));
    assert!(!jsonl.contains("\"extraction\""));
    let with = stdout_of(sift().args([
        "export",
        "--archive",
        a,
        "--format",
        "jsonl",
        "--with-extraction",
    ]));
    assert!(with.contains("\"extraction\""));
    let out = sift()
        .args([
            "export",
            "--archive",
            a,
            "--format",
            "csv",
            "--fields",
            "title,headline",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("headline") && err.contains("page_type"),
        "{err}"
    );
    let out = sift()
        .args([
            "export",
            "--archive",
            a,
            "--format",
            "csv",
            "--fields",
            "extraction",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("only as JSON Lines"));
}

#[test]
fn a_missing_archive_is_an_error_not_a_new_folder_for_readers() {
    let tmp = tempfile::tempdir().unwrap();
    let nowhere = tmp.path().join("nowhere");
    let out = sift()
        .args(["list", "--archive"])
        .arg(&nowhere)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("not a Sift archive"));
    assert!(!nowhere.exists());
}

#[test]
fn check_removes_strays_of_a_dead_writer_and_leaves_a_live_writers_temps() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    let a = archive.to_str().unwrap();
    stdout_of(sift().args(["import", "--archive", a]).arg(mixed()));
    let stray = archive.join("records").join(".abc.json.123.0.sift-tmp");
    std::fs::write(&stray, b"{\"half\": ").unwrap();

    // A live writer holds the lock: its temp files are left alone and not counted.
    let writer = sift::archive::Archive::open(&archive).unwrap();
    // Opening for writing removed the stray; this one stands for the writer's own write in progress.
    std::fs::write(&stray, b"{\"half\": ").unwrap();
    let out = sift().args(["check", "--archive", a]).output().unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("another Sift is writing"), "{err}");
    assert!(stray.exists());
    drop(writer);

    // Nobody holds the lock: a stray of a dead process, removed and mentioned, not a problem.
    let out = sift().args(["check", "--archive", a]).output().unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("removed records/.abc.json.123.0.sift-tmp"),
        "{err}"
    );
    assert!(err.contains("no problems"), "{err}");
    assert!(!stray.exists());
}

/// A file far over the 256 MiB input limit is refused from its size, before it is read: the message gives the
/// size, which only the check before reading knows (reading the file whole first took its size in memory).
#[test]
fn import_and_extract_refuse_a_huge_file_before_reading_it() {
    let tmp = tempfile::tempdir().unwrap();
    let huge = tmp.path().join("huge.txt");
    let f = std::fs::File::create(&huge).unwrap();
    // Sparse: 3 GiB that take no disk space.
    f.set_len(3 << 30).unwrap();
    drop(f);
    let want = format!("the file is {} bytes, over the limit", 3u64 << 30);
    let out = sift()
        .args(["import", "--archive"])
        .arg(tmp.path().join("a"))
        .arg(&huge)
        .arg(mixed().join("en-harbour-library.txt"))
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&want), "{err}");
    assert!(err.contains("1 new, 0 already present, 1 failed"), "{err}");
    let out = sift().arg("extract").arg(&huge).output().unwrap();
    let lines = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{lines}");
    assert!(lines.contains(&want), "{lines}");
}

/// `sift import` of a file whose record's raw file went missing puts the raw file back and says so.
#[test]
fn reimport_puts_a_missing_raw_file_back() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let file = mixed().join("en-harbour-library.txt");
    sift()
        .args(["import", "--archive"])
        .arg(&a)
        .arg(&file)
        .assert()
        .success();
    let raw = std::fs::read_dir(a.join("raw"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::remove_file(&raw).unwrap();
    let out = sift()
        .args(["check", "--archive"])
        .arg(&a)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("is missing"));
    let out = sift()
        .args(["import", "--archive"])
        .arg(&a)
        .arg(&file)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("0 new, 1 already present (1 missing raw file put back), 0 failed"),
        "{err}"
    );
    assert_eq!(std::fs::read(&raw).unwrap(), std::fs::read(&file).unwrap());
    sift()
        .args(["check", "--archive"])
        .arg(&a)
        .assert()
        .success();
}

#[path = "common/warc.rs"]
mod w;

/// `sift extract --jsonl -` reads a WARC (gzip'd, one member a record) or JSON Lines from standard input and
/// prints a record a line: the map step of GNU parallel or Spark's RDD.pipe.
#[test]
fn extract_reads_a_warc_or_json_lines_from_stdin() {
    let page = |title: &str| {
        let html = format!(
            "<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>The harbour \
             master said on Tuesday that the new quay would open before the autumn storms.</p></article>\
             </body></html>"
        );
        w::http(200, &[("Content-Type", "text/html")], html.as_bytes())
    };
    let warc = w::gz_each(&[
        w::warcinfo(),
        w::request("https://port.example/quay", "r1"),
        w::response("https://port.example/quay", "p1", &page("New quay opens")),
        w::response("https://port.example/ferry", "p2", &page("Ferry returns")),
    ]);
    let out = sift()
        .args(["extract", "--jsonl", "-"])
        .write_stdin(warc)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| (l["url"].as_str().unwrap(), l["title"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("https://port.example/quay", "New quay opens"),
            ("https://port.example/ferry", "Ferry returns")
        ]
    );
    assert_eq!(lines[0]["source"]["file"], "-#3");
    assert!(
        err.contains("2 records, 0 files failed; skipped 1 request, 1 warcinfo record"),
        "{err}"
    );

    // JSON Lines, a broken line among them: its error line in its place, the others extracted.
    let jsonl = "{\"url\": \"https://a.example/1\", \"title\": \"One\", \"text\": \"The first item of the feed, long enough to keep.\"}\n\
                 not json\n\n\
                 {\"url\": \"https://a.example/2\", \"title\": \"Two\", \"text\": \"The second item of the feed, long enough to keep.\"}\n";
    let out = sift()
        .args(["extract", "--jsonl", "-"])
        .write_stdin(jsonl)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["url"], "https://a.example/1");
    assert_eq!(lines[1]["source"]["file"], "-#2");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("not valid JSON")
    );
    assert_eq!(lines[2]["url"], "https://a.example/2");
    assert_eq!(lines[2]["source"]["file"], "-#3");
    assert!(
        err.contains("2 records, 0 files failed, 1 record failed"),
        "{err}"
    );

    // Gzip'd JSON Lines stream the same (no zcat needed).
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, jsonl.as_bytes()).unwrap();
    let out = sift()
        .args(["extract", "--jsonl", "-"])
        .write_stdin(gz.finish().unwrap())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.lines().nth(2).unwrap().contains("https://a.example/2"));
}
