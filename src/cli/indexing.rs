//! Opening the archive's index for a command: brought in step with the record files first, with a progress
//! bar on a terminal when many records must be read, and a word on stderr when it was made anew or had fallen
//! out of step (a record edited by hand), so nothing changes unseen.

use crate::archive::Archive;
use crate::archive::catalog::Catalog;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::sync::atomic::AtomicBool;

/// Records to read before a progress bar is worth showing.
const BAR_FROM: usize = 2000;

/// The indexing progress bar on stderr: drawn on a terminal, hidden otherwise.
pub fn bar() -> ProgressBar {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    // A constant template: it parses, or the bar shows its default style.
    if let Ok(style) =
        ProgressStyle::with_template("indexing {bar:40} {pos}/{len} records  {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

/// The archive's index, in step with its files.
pub fn open(archive: &Archive, err: &mut dyn Write) -> anyhow::Result<Catalog> {
    let bar = bar();
    let never = AtomicBool::new(false);
    let progress = |done: usize, total: usize| {
        if total >= BAR_FROM {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    };
    let (cat, report) = archive.index(&progress, &never)?;
    bar.finish_and_clear();
    if let Some(why) = &report.rebuilt {
        writeln!(
            err,
            "sift: the index was made anew ({why}): {}",
            crate::count(report.total, "record")
        )?;
    } else if !report.in_step() {
        writeln!(
            err,
            "sift: the index caught up with the record files: {} added, {} changed, {} removed",
            report.added.len(),
            report.changed.len(),
            report.removed.len()
        )?;
    }
    Ok(cat)
}
