//! `sift reindex`: makes the archive's index anew from its record files. Never needed in the ordinary run of
//! things (every command brings the index in step by itself); for an index one suspects.

use super::{ArchiveArg, Outcome};
use std::io::Write;
use std::sync::atomic::AtomicBool;

/// Arguments of `sift reindex`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Reads every record file again and rebuilds index.sqlite, the index that list, \
                        search, export and the window use. The record files are never changed. It runs \
                        while a window has the archive open."
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
}

/// Runs the command.
pub fn main(args: &Args, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let bar = super::indexing::bar();
    let never = AtomicBool::new(false);
    let started = std::time::Instant::now();
    let (cat, _) = archive.reindex(
        &|done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
        &never,
    )?;
    bar.finish_and_clear();
    writeln!(
        err,
        "sift: index rebuilt: {} in {:.1} s  (archive {})",
        crate::count(cat.len()?, "record"),
        started.elapsed().as_secs_f64(),
        archive.root().display()
    )?;
    Ok(Outcome::Ok)
}
