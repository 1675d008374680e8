//! `sift eval` on a WCXB-shaped ground truth written here: four synthetic pages (a forum thread, a category page
//! in Hindi and German, an article the output lacks, a page with no type and no content), scored from JSON
//! lines. The figures are worked out by hand in the comments; where `../shared/eval/score.py` and `python3` are
//! present, `sift eval` must also print exactly what the script prints.

mod common;

use common::{sift, stdout_of};
use serde_json::json;
use std::fs;
use std::path::{Path, PathBuf};

/// Writes the ground-truth folder and an extractor's JSON lines; returns (folder, jsonl).
fn fixture(dir: &Path) -> (PathBuf, PathBuf) {
    let gt = dir.join("ground-truth");
    fs::create_dir_all(&gt).unwrap();
    let page = |key: &str, v: serde_json::Value| {
        fs::write(gt.join(format!("{key}.json")), v.to_string()).unwrap();
    };
    page(
        "0001",
        json!({"url": "https://forum.example/t/1", "_internal": {"page_type": {"primary": "forum"}},
            "ground_truth": {"title": "Ein Faden – Teil 2", "author": "Ana Lima & Bo Chen",
            "publish_date": "2025-01-02", "main_content": "Alpha beta\n\nbeta gamma",
            "with": ["Beta Gamma", "alpha"], "without": ["delta"]}}),
    );
    page(
        "0002",
        json!({"url": "https://www.shop.example/c/", "_internal": {"page_type": {"primary": "category"}},
            "ground_truth": {"title": "Straße", "author": null, "publish_date": null,
            "main_content": "हिंदी straße", "with": [], "without": []}}),
    );
    page(
        "0003",
        json!({"url": "https://news.example/a", "_internal": {"page_type": {"primary": "article"}},
            "ground_truth": {"title": "Drei", "author": null, "publish_date": null,
            "main_content": "x y", "with": ["x"], "without": []}}),
    );
    page(
        "0004",
        json!({"url": "https://empty.example/", "ground_truth": {"title": "", "main_content": ""}}),
    );
    let lines = [
        json!({"source": {"file": "html/0001.html.gz"}, "title": "ein faden - teil 2",
            "authors": ["Bo Chen", "Ana Lima"], "published": "2025-01-02T08:00:00Z", "body": "alpha BETA delta"}),
        json!({"source": {"file": "html/0002.html.gz"}, "title": "STRASSE", "authors": [],
            "body": "हिंदी STRASSE"}),
        json!({"source": {"file": "html/0004.html.gz"}, "title": null, "body": ""}),
    ];
    let jsonl = dir.join("out.jsonl");
    fs::write(
        &jsonl,
        lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
    )
    .unwrap();
    (gt, jsonl)
}

#[test]
fn wcxb_truth_scores_word_f1_per_type_and_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let (gt, jsonl) = fixture(tmp.path());
    let out = stdout_of(
        sift()
            .args(["eval", "--worst", "1", "--truth"])
            .arg(&gt)
            .arg("--jsonl")
            .arg(&jsonl),
    );
    let lines: Vec<&str> = out.lines().collect();
    // 0001: tokens alpha beta delta against alpha beta beta gamma → overlap 2, F1 4/7. 0002: Python's \w splits
    // हिंदी at its two vowel signs into 2 words; straße and strasse differ → 4/6. 0003 missing → 0. 0004 empty on
    // both sides → 1. Mean (4/7 + 2/3 + 0 + 1) / 4 = 0.5595.
    // with: 0001 finds alpha, not beta gamma (0.5); 0003 none (0) → 0.25. without: 0001 leaks delta → 1.
    // title: 0001 folds equal, 0002 casefolds ß, 0003 missing → 2/3; author and date: 0001 only, right.
    assert_eq!(
        lines[0],
        format!(
            "{:28} F1=0.560 with=0.250 without=1.000 missing=1/4 title=0.667 author=1.000 date=1.000",
            "out.jsonl"
        ),
        "{out}"
    );
    assert_eq!(
        lines[1].trim(),
        "article=0.500(2) collection=0.667(1) forum=0.571(1)",
        "{out}"
    );
    // The worst page is the one the output lacks.
    let worst = lines.iter().skip_while(|l| !l.starts_with("worst")).nth(1);
    assert!(
        worst.is_some_and(|l| l.contains("0003") && l.contains("not extracted")),
        "{out}"
    );
}

#[test]
fn halves_split_the_pages_by_domain_and_add_up() {
    let tmp = tempfile::tempdir().unwrap();
    let (gt, jsonl) = fixture(tmp.path());
    let out = stdout_of(
        sift()
            .args(["eval", "--worst", "0", "--halves", "--truth"])
            .arg(&gt)
            .arg("--jsonl")
            .arg(&jsonl),
    );
    let count = |tag: &str| -> usize {
        let l = out.lines().find(|l| l.contains(tag)).unwrap();
        let after = &l[l.find(tag).unwrap() + tag.len()..];
        after
            .trim_start()
            .split(']')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(count("[A") + count("[B"), 4, "{out}");
    assert!(out.lines().any(|l| l.starts_with("out.jsonl ")), "{out}");
}

#[test]
fn agrees_with_score_py_when_it_is_at_hand() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/score.py");
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output();
    if !script.exists() || python.is_err() {
        eprintln!("score.py or python3 not at hand: agreement not checked");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (gt, jsonl) = fixture(tmp.path());
    let py = std::process::Command::new("python3")
        .arg(&script)
        .arg("wcxb")
        .arg(&gt)
        .arg(&jsonl)
        .output()
        .unwrap();
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let py = String::from_utf8(py.stdout).unwrap();
    let ours = stdout_of(
        sift()
            .args(["eval", "--worst", "0", "--truth"])
            .arg(&gt)
            .arg("--jsonl")
            .arg(&jsonl),
    );
    assert_eq!(ours.trim_end(), py.trim_end());
}

#[test]
fn under_a_floor_a_page_that_fails_to_read_is_scored_missing_not_fatal() {
    let tmp = tempfile::tempdir().unwrap();
    let (gt, _) = fixture(tmp.path());
    let html = tmp.path().join("html");
    fs::create_dir_all(&html).unwrap();
    fs::write(
        html.join("0001.html"),
        "<html><body><main><p>Alpha beta beta gamma, said the first post of the thread.</p></main></body></html>",
    )
    .unwrap();
    // Nested past the parser's limit: refused with an error.
    let deep = format!("<html><body>{}</body></html>", "<div>".repeat(6000));
    fs::write(html.join("0003.html"), deep).unwrap();
    let run = |floor: &str| {
        sift()
            .args(["eval", "--worst", "0", "--fail-under", floor, "--truth"])
            .arg(&gt)
            .arg(&html)
            .output()
            .unwrap()
    };
    let ok = run("0.1");
    let out = String::from_utf8_lossy(&ok.stdout);
    assert!(ok.status.success(), "{out}");
    // 0002 and 0004 have no file, 0003 failed to read.
    assert!(out.contains("missing=3/4"), "{out}");
    assert!(String::from_utf8_lossy(&ok.stderr).contains("0003.html"));
    // The floor still decides.
    assert!(!run("0.9").status.success());
}
