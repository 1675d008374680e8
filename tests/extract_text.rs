//! Plain-text dump extraction on synthetic articles, one folder per case under `tests/fixtures/text/`:
//! `input.txt` (in the encoding the case is about) and `expected.json` with the fields the extractor must give.
//! Every field present in `expected.json` is compared exactly; absent fields are not checked.

use serde_json::Value;
use std::path::Path;

fn check_case(dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let input = dir.join("input.txt");
    let docs = sift::input::read_file(&input).expect("fixture readable");
    assert_eq!(docs.len(), 1, "{}: one document", dir.display());
    let ex = sift::extract::extract(&docs[0]);
    let got = serde_json::to_value(&ex.fields).expect("fields serialize");
    let want: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json readable"),
    )
    .expect("expected.json parses");
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    for (field, w) in want.as_object().expect("expected.json is an object") {
        let g = got.get(field).cloned().unwrap_or(Value::Null);
        if &g != w {
            problems.push(format!("{name}: {field}\n  want {w}\n  got  {g}"));
        }
    }
    // The blocks account for every non-empty line, and the body is exactly the kept ones.
    let lines = docs[0]
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    if ex.blocks.len() != lines {
        problems.push(format!(
            "{name}: {} blocks for {lines} lines",
            ex.blocks.len()
        ));
    }
    if sift::extract::body_from_blocks(&ex.blocks) != ex.fields.body {
        problems.push(format!("{name}: body differs from its blocks"));
    }
    problems
}

#[test]
fn text_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/text");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("input.txt").exists())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 13, "fixture cases found: {}", dirs.len());
    let problems: Vec<String> = dirs.iter().flat_map(|d| check_case(d)).collect();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_role_is_kept_for_flipping() {
    let text = "Menu\nSearch\nA headline about the river\n12 May 2024\n\
        The river rose by two metres overnight, and the town closed the bridge to cars until the water goes down again.\n\
        Residents on the low streets moved their cars to the hill, where the school opened its yard for them.\n\
        Related articles\nAnother story about something else\n";
    let ex = sift::extract::text::extract(text);
    use sift::extract::Role;
    let roles: Vec<Role> = ex.blocks.iter().map(|b| b.role).collect();
    assert_eq!(
        roles,
        [
            Role::Boilerplate,
            Role::Boilerplate,
            Role::Title,
            Role::Date,
            Role::Body,
            Role::Body,
            Role::Boilerplate,
            Role::Boilerplate
        ]
    );
    assert_eq!(ex.blocks[4].line, 4);
    assert_eq!(ex.dropped(), [0, 1, 2, 3, 6, 7]);
}

#[test]
fn hostile_text_never_panics() {
    let long = "word ".repeat(200_000);
    let weird = "\u{feff}\u{0}\u{fffd}©©©\n2024年13月40日\n31.02.2024\nBy \nPhoto:\n©\n|||\n»»»\n";
    for t in [
        "",
        "\n\n\n",
        " ",
        weird,
        long.as_str(),
        "İİİ İstanbul'da ©  Foto: x/y",
    ] {
        let ex = sift::extract::text::extract(t);
        assert_eq!(sift::extract::body_from_blocks(&ex.blocks), ex.fields.body);
    }
}
