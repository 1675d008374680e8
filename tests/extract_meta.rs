//! Metadata of HTML pages (dates, authors) on synthetic pages: one folder per case under
//! `tests/fixtures/meta/<case>/` with the page (`input.html`) and what must come out (`expected.json`): record
//! fields by equality, and `published_origins` as the origins of the first published candidates, in order.

use serde_json::Value;
use std::path::Path;

fn check_case(dir: &Path) -> Vec<String> {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let input = std::fs::read(dir.join("input.html")).unwrap();
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let doc = sift::input::read_bytes("input.html", &input)
        .unwrap()
        .remove(0);
    let ex = sift::extract::extract(&doc);
    let got = serde_json::to_value(&ex.fields).unwrap();
    let mut problems = Vec::new();
    for (key, want) in expected.as_object().unwrap() {
        if key == "published_origins" {
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
        } else if got.get(key) != Some(want) {
            problems.push(format!("{name}: {key} = {:?}, want {want}", got.get(key)));
        }
    }
    problems
}

#[test]
fn fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/meta");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 5, "fixtures missing under {}", root.display());
    let problems: Vec<String> = dirs.iter().flat_map(|d| check_case(d)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
