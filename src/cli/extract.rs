//! `sift extract`: records to stdout, one JSON object a line; a failing file prints an error object and the
//! run goes on.

use crate::extract;
use crate::input;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Counts of a run, for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub records: usize,
    pub failed: usize,
}

/// Runs the extraction over `paths`, writing JSON lines to `out`.
pub fn run(paths: &[PathBuf], out: &mut dyn Write) -> std::io::Result<Summary> {
    let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let mut sum = Summary::default();
    for file in walk(paths) {
        match input::read_file(&file) {
            Ok(docs) => {
                for doc in docs {
                    let ex = extract::extract(&doc);
                    let rec = extract::to_record(&doc, &ex, &now);
                    serde_json::to_writer(&mut *out, &rec)?;
                    out.write_all(b"\n")?;
                    sum.records += 1;
                }
            }
            Err(e) => {
                let v = serde_json::json!({"source": {"file": file.display().to_string()}, "error": e.to_string()});
                serde_json::to_writer(&mut *out, &v)?;
                out.write_all(b"\n")?;
                sum.failed += 1;
            }
        }
    }
    Ok(sum)
}

/// Files under `paths`, folders walked in sorted order.
pub fn walk(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        walk_one(p, &mut out);
    }
    out
}

fn walk_one(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let Ok(rd) = std::fs::read_dir(p) else {
            out.push(p.to_path_buf());
            return;
        };
        let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            let name = e.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') || name.ends_with(".json") && name.contains("metadata") {
                continue;
            }
            walk_one(&e, out);
        }
    } else {
        out.push(p.to_path_buf());
    }
}
