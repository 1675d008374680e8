//! `sift extract`: records to stdout, one JSON object a line; a failing file prints an error object and the
//! run goes on; a summary on stderr.

use super::walk;
use crate::extract;
use crate::input;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

/// Files extracted in parallel at a time, then printed in order: bounds memory on huge folders while keeping
/// both cores busy (measured: no gain past 32 on 2 cores; 64 leaves room for more).
const CHUNK: usize = 64;

/// Arguments of `sift extract`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  sift extract --jsonl saved-pages/ > records.jsonl")]
pub struct Args {
    /// Print one JSON record a line (the default and only format; kept for scripts that pass it).
    #[arg(long)]
    pub jsonl: bool,
    /// Files or folders (walked; hidden entries inside folders are skipped).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Counts of a run, for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub records: usize,
    pub failed: usize,
}

/// Runs the command: records on `out`, the summary on `err`. Exit status 1 when a file failed.
pub fn main(
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<super::Outcome> {
    let s = run(&args.paths, out)?;
    writeln!(
        err,
        "sift: {}, {} failed",
        crate::count(s.records, "record"),
        crate::count(s.failed, "file")
    )?;
    Ok(if s.failed > 0 {
        super::Outcome::SomeFailed
    } else {
        super::Outcome::Ok
    })
}

/// Runs the extraction over `paths`, writing JSON lines to `out` in the order of the files.
pub fn run(paths: &[PathBuf], out: &mut dyn Write) -> std::io::Result<Summary> {
    let now = crate::archive::now_rfc3339();
    let mut sum = Summary::default();
    let files = walk::walk(paths);
    for chunk in files.chunks(CHUNK) {
        let lines: Vec<(Vec<String>, bool)> = chunk.par_iter().map(|f| one_file(f, &now)).collect();
        for (lines, ok) in lines {
            let n = lines.len();
            for l in lines {
                out.write_all(l.as_bytes())?;
                out.write_all(b"\n")?;
            }
            if ok {
                sum.records += n;
            } else {
                sum.failed += 1;
            }
        }
    }
    out.flush()?;
    Ok(sum)
}

/// The JSON lines of one file, and whether it read.
fn one_file(file: &std::path::Path, now: &str) -> (Vec<String>, bool) {
    match input::read_file(file) {
        Ok(docs) => {
            let lines = docs
                .iter()
                .map(|doc| {
                    let ex = extract::extract(doc);
                    let rec = extract::to_record(doc, &ex, now);
                    serde_json::to_string(&rec)
                        .unwrap_or_else(|e| error_line(&doc.file, &e.to_string()))
                })
                .collect();
            (lines, true)
        }
        Err(e) => (
            vec![error_line(&file.display().to_string(), &e.to_string())],
            false,
        ),
    }
}

fn error_line(file: &str, message: &str) -> String {
    serde_json::json!({"source": {"file": file}, "error": message}).to_string()
}

/// Files under `paths` (kept for callers of the earlier API).
pub fn walk(paths: &[PathBuf]) -> Vec<PathBuf> {
    walk::walk(paths)
}
