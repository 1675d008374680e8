//! `sift import`: extract files into an archive as draft records, keeping their raw bytes.
//!
//! Reading and extraction run on every core (rayon); the archive's writes run on this thread, one at a
//! time, as results arrive. A file that fails is reported and counted; the run goes on.

use super::{ArchiveArg, Outcome, walk};
use crate::archive::{Archive, Imported, id};
use crate::extract::{self, Extracted};
use crate::input::{self, Document};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Results waiting for the writer at most, per worker thread: bounds memory when writing is slower than
/// extraction (a slow disk), without stalling the workers on a fast one.
const QUEUE_PER_THREAD: usize = 4;

/// Arguments of `sift import`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sift import saved-pages/ crawl.jsonl.gz\n  \
                        sift import --archive ~/my-archive page.html\n\n\
                        Importing the same file again adds nothing: each source is recorded once."
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// Files or folders to import (walked; hidden entries inside folders are skipped).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Counts of a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Draft records written.
    pub new: usize,
    /// Documents already in the archive (or in its trash).
    pub present: usize,
    /// Files that could not be read, and documents that could not be written.
    pub failed: usize,
}

/// What the workers hand the writer: a file's bytes and its documents (extracted, or `None` when the archive
/// already holds that source), or why the file failed.
type FileResult = (
    PathBuf,
    Result<(Vec<u8>, Vec<(Document, Option<Extracted>)>), String>,
);

fn read_and_extract(archive: &Archive, path: &Path) -> FileResult {
    let bytes = match input::read_raw(path, &input::Limits::default()) {
        Ok(b) => b,
        Err(e) => return (path.to_path_buf(), Err(e.to_string())),
    };
    match input::read_bytes(&path.display().to_string(), &bytes) {
        Ok(docs) => {
            let done = docs
                .into_iter()
                .map(|d| {
                    // Extraction is the costly part; a source already recorded needs none (the writer
                    // checks again, so two copies of one file in the same run still make one record).
                    let known = matches!(archive.find_source(&id::source_key(&d)), Ok(Some(_)));
                    let ex = (!known).then(|| extract::extract(&d));
                    (d, ex)
                })
                .collect();
            (path.to_path_buf(), Ok((bytes, done)))
        }
        Err(e) => (path.to_path_buf(), Err(e.to_string())),
    }
}

/// Imports `paths` into `archive`. Per-file problems go to `err` (above the progress bar when one shows).
pub fn run(archive: &Archive, paths: &[PathBuf], err: &mut dyn Write, progress: bool) -> Summary {
    let files = walk::walk(paths);
    let bar = if progress {
        ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    // A constant template: it parses, or the bar shows its default style.
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed}  {wide_msg}")
    {
        bar.set_style(style);
    }
    let mut sum = Summary::default();
    let cap = QUEUE_PER_THREAD * rayon::current_num_threads();
    let (tx, rx) = std::sync::mpsc::sync_channel::<FileResult>(cap);
    std::thread::scope(|s| {
        let files = &files;
        s.spawn(move || {
            files.par_iter().for_each_with(tx, |tx, f| {
                // The receiver only goes away when this scope ends; nothing is lost by ignoring a send error.
                let _ = tx.send(read_and_extract(archive, f));
            });
        });
        for (path, res) in rx {
            let name = path.file_name().unwrap_or(path.as_os_str());
            bar.set_message(name.to_string_lossy().into_owned());
            match res {
                Err(e) => {
                    sum.failed += 1;
                    bar.suspend(|| writeln!(err, "sift: {}: {e}", path.display()).ok());
                }
                Ok((bytes, docs)) => {
                    for (doc, ex) in &docs {
                        let res = match ex {
                            // A WARC record keeps its own bytes, not the whole WARC's.
                            Some(ex) => {
                                archive.import(doc, ex, doc.raw.as_deref().unwrap_or(&bytes))
                            }
                            // Already recorded, as the worker found; nothing else writes this archive
                            // meanwhile (we hold its lock).
                            None => {
                                sum.present += 1;
                                continue;
                            }
                        };
                        match res {
                            Ok(Imported::New(_)) => sum.new += 1,
                            Ok(Imported::Present(_) | Imported::Trashed(_)) => sum.present += 1,
                            Err(e) => {
                                sum.failed += 1;
                                bar.suspend(|| writeln!(err, "sift: {}: {e}", doc.file).ok());
                            }
                        }
                    }
                }
            }
            bar.inc(1);
        }
    });
    bar.finish_and_clear();
    sum
}

/// Runs the command: opens the archive (taking its lock), imports, prints the summary.
pub fn main(args: &Args, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let dir = args.archive.dir()?;
    let archive = Archive::open(&dir)?;
    let progress = std::io::stderr().is_terminal();
    let s = run(&archive, &args.paths, err, progress);
    writeln!(
        err,
        "sift: {} new, {} already present, {} failed  (archive {})",
        s.new,
        s.present,
        s.failed,
        dir.display()
    )?;
    Ok(if s.failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}
