//! `sift eval` end to end on synthetic fixtures written here: a tiny snippets truth with its pages, an AEB
//! truth scored from JSON lines, and an archive with curated records as the truth.

mod common;

use common::{sift, stdout_of};
use serde_json::json;
use sift::archive::Archive;
use sift::record::Status;
use std::fs;
use std::path::{Path, PathBuf};

/// Two synthetic pages (German and Spanish) and their snippets truth, plus a page the truth names but the
/// folder lacks.
fn snippets_fixture(dir: &Path) -> PathBuf {
    let pages = dir.join("pages");
    fs::create_dir_all(&pages).unwrap();
    fs::write(
        pages.join("de-faehre.html"),
        "<html><head><title>Fähre | Inselbote</title></head><body><nav>Startseite Abo Kontakt</nav>\
         <article><h1>Die Fähre fährt wieder</h1><p>Nach drei Wochen Pause legt die kleine Fähre am Montag \
         wieder pünktlich um sieben Uhr im Hafen ab, meldet die Reederei.</p><p>Die Reparatur am Motor hat \
         länger gedauert als geplant, weil ein Ersatzteil aus dem Ausland kam.</p></article>\
         <footer>Impressum Datenschutz</footer></body></html>",
    )
    .unwrap();
    fs::write(
        pages.join("es-mercado.html"),
        "<html><body><article><h1>El mercado abre los domingos</h1><p>Desde este mes, el mercado del \
         barrio abrirá también los domingos por la mañana, con puestos de fruta, pan y flores.</p></article>\
         </body></html>",
    )
    .unwrap();
    let truth = dir.join("evaldata.json");
    fs::write(
        &truth,
        json!({
            "https://inselbote.example/faehre": {
                "file": "de-faehre.html",
                "with": ["legt die kleine Fähre am Montag", "ein Ersatzteil aus dem Ausland"],
                "without": ["Impressum Datenschutz"],
                "title": "Die Fähre fährt wieder", "author": "Jana Roth", "date": "2024-03-02"
            },
            "https://barrio.example/mercado": {
                "file": "es-mercado.html",
                "with": ["abrirá también los domingos"],
                "without": []
            },
            "https://nowhere.example/lost": {
                "file": "lost-page.html",
                "with": ["never extracted"],
                "without": []
            }
        })
        .to_string(),
    )
    .unwrap();
    truth
}

#[test]
fn snippets_truth_scores_extracted_pages_and_lists_the_worst() {
    let tmp = tempfile::tempdir().unwrap();
    let truth = snippets_fixture(tmp.path());
    let out = stdout_of(
        sift()
            .args(["eval", "--worst", "3", "--truth"])
            .arg(&truth)
            .arg(tmp.path().join("pages")),
    );
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("sift "), "{out}");
    assert!(first.contains(" missing=1/3 "), "{out}");
    // The lost page is the worst: nothing extracted.
    let worst: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("worst"))
        .collect();
    assert_eq!(worst.len(), 4, "{out}");
    assert!(
        worst[1].contains("lost-page") && worst[1].contains("(not extracted)"),
        "{out}"
    );
    // The article paragraphs are plainly there: the Spanish page's only snippet is found.
    assert!(
        out.lines()
            .any(|l| l.contains("es-mercado") && l.contains("with 1/1")),
        "{out}"
    );
}

#[test]
fn snippets_truth_scores_json_lines_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    let truth = snippets_fixture(tmp.path());
    let jl = tmp.path().join("other.jsonl");
    let lines = [
        json!({"source": {"file": "x/de-faehre.html"},
               "body": "Nach Pause legt die kleine Fähre am Montag ab. Impressum Datenschutz",
               "title": "DIE FÄHRE FÄHRT WIEDER", "authors": ["Jana Roth"], "published": "2024-03-02T08:00:00+01:00"}),
        json!({"file": "es-mercado.htm", "text": "el mercado abrirá también los domingos"}),
    ];
    let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    fs::write(&jl, text.join("\n") + "\nnot json\n").unwrap();
    let out = sift()
        .args(["eval", "--worst", "0", "--truth"])
        .arg(&truth)
        .arg("--jsonl")
        .arg(&jl)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    // with: 2 of 4 found; without: 1 leaked. P = 2/3, R = 2/4, F1 = 4/7.
    assert_eq!(
        stdout.trim(),
        "other.jsonl                  F1=0.571 P=0.667 R=0.500 missing=1/3 title=1.000 author=1.000 date=1.000"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 lines skipped"));
}

#[test]
fn fail_under_gates_on_the_first_runs_body_f1() {
    let tmp = tempfile::tempdir().unwrap();
    let truth = snippets_fixture(tmp.path());
    let jl = tmp.path().join("other.jsonl");
    // Found: 2 of the 4 `with` snippets, none leaked: P = 1, R = 1/2, F1 = 2/3.
    fs::write(
        &jl,
        json!({"file": "de-faehre.html", "body": "legt die kleine Fähre am Montag; ein Ersatzteil aus dem Ausland"})
            .to_string(),
    )
    .unwrap();
    let run = |floor: &str| {
        sift()
            .args(["eval", "--worst", "0", "--fail-under", floor, "--truth"])
            .arg(&truth)
            .arg("--jsonl")
            .arg(&jl)
            .output()
            .unwrap()
    };
    let pass = run("0.66");
    assert!(pass.status.success(), "{pass:?}");
    let fail = run("0.67");
    assert_eq!(fail.status.code(), Some(1), "{fail:?}");
    assert!(
        String::from_utf8_lossy(&fail.stderr).contains("body F1 0.667 is below --fail-under 0.67"),
        "{fail:?}"
    );
}

#[test]
fn aeb_truth_from_a_wrapped_ground_truth() {
    let tmp = tempfile::tempdir().unwrap();
    let truth = tmp.path().join("ground-truth.json");
    fs::write(
        &truth,
        json!({"version": 1, "output": {
            "kettle": {"articleBody": "Den Wasserkocher vor dem Entkalken immer vom Strom trennen"},
            "tram": {"articleBody": "Трамвай номер семь снова ходит по старому маршруту"}
        }})
        .to_string(),
    )
    .unwrap();
    let jl = tmp.path().join("out.jsonl");
    fs::write(
        &jl,
        [
            json!({"source": {"file": "d/kettle/source.html"},
                   "body": "Den Wasserkocher vor dem Entkalken immer vom Strom trennen"}),
            json!({"source": {"file": "tram.txt"}, "body": "Меню Трамвай номер семь снова"}),
        ]
        .map(|v| v.to_string())
        .join("\n"),
    )
    .unwrap();
    let out = stdout_of(
        sift()
            .args(["eval", "--truth"])
            .arg(&truth)
            .arg("--jsonl")
            .arg(&jl),
    );
    let first = out.lines().next().unwrap();
    // kettle exact (P=R=1); tram: the truth's 8 words make 5 shingles, the prediction's 5 words 2, 1 shared
    // → P=1/2, R=1/5. Means: P=0.75, R=0.6; F1=0.667 (aeb_score.py prints the same).
    assert_eq!(
        first,
        "out.jsonl                    F1=0.667 P=0.750 R=0.600 exact=0.500 missing=0/2"
    );
    assert!(out.contains("tram"), "{out}");
}

#[test]
fn archive_curated_records_are_the_truth() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("a");
    let mixed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/archive/mixed");
    stdout_of(sift().args(["import", "--archive"]).arg(&root).arg(mixed));
    let empty = stdout_of(sift().args(["eval", "--archive"]).arg(&root));
    assert!(empty.contains("0 curated records"), "{empty}");
    assert!(empty.contains("nothing to score yet"), "{empty}");
    {
        let a = Archive::open(&root).unwrap();
        let ids = a.ids().unwrap();
        assert!(ids.len() >= 3);
        // One accepted as extracted, one with its title and authors fixed; the rest stay drafts.
        let mut r = a.load(&ids[0]).unwrap();
        r.status = Status::Curated;
        a.save(&r).unwrap();
        let mut r = a.load(&ids[1]).unwrap();
        r.status = Status::Curated;
        r.title = Some("Ein besserer Titel".into());
        r.authors = vec!["Mira Falk".into()];
        r.refresh_edited();
        a.save(&r).unwrap();
    }
    let out = stdout_of(sift().args(["eval", "--archive"]).arg(&root));
    assert!(out.contains("2 curated records"), "{out}");
    assert!(out.contains("1 kept every automatic value"), "{out}");
    let title = out.lines().find(|l| l.starts_with("title ")).unwrap();
    assert!(title.contains("0.500"), "{out}");
    let body = out.lines().find(|l| l.starts_with("body ")).unwrap();
    assert!(body.contains("1.000"), "{out}");
    let worst: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("most fixed"))
        .skip(1)
        .collect();
    assert_eq!(worst.len(), 1, "{out}");
    assert!(worst[0].contains("Ein besserer Titel"), "{out}");
    assert!(worst[0].contains("title, authors"), "{out}");
}

#[test]
fn unknown_truth_format_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let truth = tmp.path().join("t.json");
    fs::write(&truth, r#"{"a": {"something": 1}}"#).unwrap();
    let out = sift()
        .args(["eval", "--truth"])
        .arg(&truth)
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a ground truth Sift knows"));
    // PATHs without --truth are a usage error.
    let out = sift().args(["eval", "somewhere"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
