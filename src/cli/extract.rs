//! `sift extract`: records to stdout, one JSON object a line; a failing file prints an error object and the
//! run goes on; a summary on stderr.
//!
//! Everything streams: files are opened a batch at a time, a WARC is read record by record, standard input
//! (`-`) is read as it comes (a WARC record by record, JSON Lines a line at a time), documents are extracted a
//! chunk at a time on every core and the chunk's lines written and flushed in order. So `sift extract --jsonl -`
//! serves as the map step of GNU parallel or Spark's `RDD.pipe` in constant memory.

use super::walk;
use crate::extract;
use crate::input::{self, Document, Entry, Limits};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Files opened in parallel at a time (files read whole are read and decoded in parallel; measured: no gain past
/// 32 on 2 cores; 64 leaves room for more).
const FILES_PER_BATCH: usize = 64;
/// Documents extracted in parallel at a time, then printed in order and flushed.
const DOCS_PER_CHUNK: usize = 64;
/// Error lines and skipped entries gathered per document a chunk may hold before it is printed anyway.
const ENTRIES_PER_DOC: usize = 16;

/// Arguments of `sift extract`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sift extract --jsonl saved-pages/ > records.jsonl\n  \
                        zcat crawl.warc.gz | sift extract --jsonl - > records.jsonl\n\n\
                        `-` reads standard input: a WARC record by record, JSON Lines a line at a time (either \
                        gzip'd or not), anything else whole. Output is written as it is made, so the command works as the \
                        map step of GNU parallel or Spark's RDD.pipe (see the README)."
)]
pub struct Args {
    /// Print one JSON record a line (the default and only format; kept for scripts that pass it).
    #[arg(long)]
    pub jsonl: bool,
    /// Files or folders (walked; hidden entries inside folders are skipped); `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Counts of a run, for the summary line.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub records: usize,
    /// Files that could not be read at all.
    pub failed: usize,
    /// Records of containers (a WARC's damaged record) that could not be read; the others were.
    pub failed_records: usize,
    /// Entries that are not documents (a WARC's requests and images, a saved page's assets), by kind.
    pub skipped: std::collections::BTreeMap<&'static str, usize>,
}

/// Runs the command: records on `out`, the summary on `err`. Exit status 1 when a file or record failed.
pub fn main(
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<super::Outcome> {
    let s = run(&args.paths, out)?;
    let records_failed = match s.failed_records {
        0 => String::new(),
        n => format!(", {} failed", crate::count(n, "record")),
    };
    let skipped: Vec<String> = s.skipped.iter().map(|(k, n)| crate::count(*n, k)).collect();
    let skipped = match skipped.is_empty() {
        true => String::new(),
        false => format!("; skipped {}", skipped.join(", ")),
    };
    writeln!(
        err,
        "sift: {}, {} failed{records_failed}{skipped}",
        crate::count(s.records, "record"),
        crate::count(s.failed, "file")
    )?;
    Ok(if s.failed + s.failed_records > 0 {
        super::Outcome::SomeFailed
    } else {
        super::Outcome::Ok
    })
}

/// Runs the extraction over `paths` (`-`: standard input), writing JSON lines to `out` in the order of the files.
pub fn run(paths: &[PathBuf], out: &mut dyn Write) -> std::io::Result<Summary> {
    let mut p = Printer {
        out,
        now: crate::archive::now_rfc3339(),
        pending: Vec::new(),
        docs: 0,
        sum: Summary::default(),
    };
    let limits = Limits::default();
    // Standard input stands where it was named; the paths between are walked as before.
    for group in paths.split_inclusive(|p| p.as_os_str() == "-") {
        let (files, stdin) = match group.split_last() {
            Some((last, rest)) if last.as_os_str() == "-" => (rest, true),
            _ => (group, false),
        };
        for batch in walk::walk(files).chunks(FILES_PER_BATCH) {
            let opened: Vec<_> = batch
                .par_iter()
                .map(|f| (f, input::open(f, &limits)))
                .collect();
            for (file, docs) in opened {
                match docs {
                    Ok(entries) => p.entries(entries)?,
                    Err(e) => {
                        p.sum.failed += 1;
                        p.line(error_line(&file.display().to_string(), &e.to_string()))?;
                    }
                }
            }
        }
        if stdin {
            match input::open_reader("-", std::io::stdin(), &limits) {
                Ok(entries) => p.entries(entries)?,
                Err(e) => {
                    p.sum.failed += 1;
                    p.line(error_line("-", &e.to_string()))?;
                }
            }
        }
    }
    p.flush()?;
    Ok(p.sum)
}

/// Output waiting for its chunk's extraction, in order.
enum Pending {
    Doc(Box<Document>),
    Line(String),
}

/// Gathers entries into chunks, extracts each chunk in parallel and prints it in order.
struct Printer<'a> {
    out: &'a mut dyn Write,
    now: String,
    pending: Vec<Pending>,
    docs: usize,
    sum: Summary,
}

impl Printer<'_> {
    fn entries(&mut self, entries: impl Iterator<Item = Entry>) -> std::io::Result<()> {
        for e in entries {
            match e {
                Entry::Document(d) => {
                    self.docs += 1;
                    self.pending.push(Pending::Doc(d));
                }
                Entry::Skipped { kind, .. } => *self.sum.skipped.entry(kind).or_default() += 1,
                Entry::Failed(e) => {
                    self.sum.failed_records += 1;
                    let file = match &e {
                        input::InputError::Io { path, .. }
                        | input::InputError::Invalid { path, .. }
                        | input::InputError::FileTooLarge { path, .. }
                        | input::InputError::TooLarge { path, .. } => path.clone(),
                    };
                    self.pending
                        .push(Pending::Line(error_line(&file, &e.to_string())));
                }
            }
            if self.docs >= DOCS_PER_CHUNK || self.pending.len() >= DOCS_PER_CHUNK * ENTRIES_PER_DOC
            {
                self.flush()?;
            }
        }
        Ok(())
    }

    fn line(&mut self, line: String) -> std::io::Result<()> {
        self.pending.push(Pending::Line(line));
        Ok(())
    }

    /// Extracts the pending documents in parallel, prints every pending line in order and flushes the output, so
    /// a pipe's reader gets each chunk as soon as it is made.
    fn flush(&mut self) -> std::io::Result<()> {
        let now = &self.now;
        let lines: Vec<(String, bool)> = std::mem::take(&mut self.pending)
            .into_par_iter()
            .map(|p| match p {
                Pending::Doc(d) => (record_line(&d, now), true),
                Pending::Line(l) => (l, false),
            })
            .collect();
        self.docs = 0;
        for (l, is_record) in lines {
            self.out.write_all(l.as_bytes())?;
            self.out.write_all(b"\n")?;
            self.sum.records += usize::from(is_record);
        }
        self.out.flush()
    }
}

/// One document's record as a JSON line. A panic in the extractor is this document's error line, not the run's
/// end (a map step over millions of pages must not die on one).
fn record_line(doc: &Document, now: &str) -> String {
    let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let ex = extract::extract(doc);
        serde_json::to_string(&extract::to_record(doc, &ex, now))
    }));
    match made {
        Ok(Ok(line)) => line,
        Ok(Err(e)) => error_line(&doc.file, &e.to_string()),
        Err(_) => error_line(
            &doc.file,
            "the extractor failed on this document (a bug: please report it)",
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

/// True when `path` names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}
