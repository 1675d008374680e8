//! `sift import`: extract files into an archive as draft records, keeping their raw bytes.
//!
//! The work is the library's import pipeline ([`crate::archive::import`]); this shows its progress and says what
//! it did. A file that fails is reported and counted; the run goes on.

use super::{ArchiveArg, Outcome};
use crate::archive::Archive;
use crate::archive::import::{Event, Report, import_paths};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

/// Arguments of `sift import`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sift import saved-pages/ crawl.jsonl.gz\n  \
                        sift import --archive ~/my-archive page.html\n\n\
                        Importing the same file again adds nothing: each source is recorded once.\n\n\
                        Formats, recognised by content (gzip'd or not): HTML pages, plain-text dumps, scraper \
                        JSON and JSON Lines (trafilatura, news-please, newspaper4k, Scrapy, readability.js), \
                        MHTML (.mhtml, .mht), WARC (.warc, .warc.gz one gzip member a record: each 2xx \
                        HTML or text response is a record; requests, media, errors and revisits are skipped and \
                        counted; the archive keeps each record's own bytes) and WACZ (.wacz: its WARCs). WARC and \
                        WACZ files are read record by record in constant memory, whatever their size."
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// Files or folders to import (walked; hidden entries inside folders are skipped).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Imports `paths` into `archive` through the library's pipeline. Per-file problems go to `err` (above the
/// progress bar when one shows).
pub fn run(archive: &Archive, paths: &[PathBuf], err: &mut dyn Write, progress: bool) -> Report {
    let bar = if progress {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    // A constant template: it parses, or the bar shows its default style.
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed}  {wide_msg}")
    {
        bar.set_style(style);
    }
    let never = AtomicBool::new(false);
    let mut on = |ev: Event<'_>| match ev {
        Event::Started { files } => bar.set_length(files as u64),
        Event::Failed(f) => {
            bar.suspend(|| writeln!(err, "sift: {}: {}", f.file, f.error).ok());
        }
        Event::Document { doc, .. } => bar.set_message(short_name(&doc.file)),
        Event::Progress { done, .. } => bar.set_position(done as u64),
    };
    let report = import_paths(archive, paths, &mut on, &never);
    bar.finish_and_clear();
    report
}

/// The file's name without its folders, for the progress bar.
fn short_name(file: &str) -> String {
    file.rsplit(['/', '\\']).next().unwrap_or(file).to_string()
}

/// Runs the command: opens the archive (taking its lock), imports, prints the summary.
pub fn main(args: &Args, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let dir = args.archive.dir()?;
    let archive = Archive::open(&dir)?;
    let progress = std::io::stderr().is_terminal();
    let s = run(&archive, &args.paths, err, progress);
    // A re-import that found a record's raw file missing put it back: worth saying, it was a problem.
    let restored = match s.raw_restored {
        0 => String::new(),
        n => format!(" ({} put back)", crate::count(n, "missing raw file")),
    };
    // Requests, images, error pages and a saved page's assets are not documents: counted, not failures.
    let skipped = s
        .skipped_summary()
        .map(|k| format!("; skipped {k}"))
        .unwrap_or_default();
    writeln!(
        err,
        "sift: {} new, {} already present{restored}, {} failed{skipped}  (archive {})",
        s.new,
        s.present,
        s.failed.len(),
        dir.display()
    )?;
    Ok(if !s.failed.is_empty() {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}
