//! `sift check`: reports everything wrong with an archive, one problem a line; changes nothing.

use super::{ArchiveArg, Outcome};
use crate::archive::Archive;
use std::io::Write;

/// Arguments of `sift check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Checks that every record parses and fits the schema, that its raw file exists with \
                        the right hash, and that no temp file was left by an interrupted write.\n\
                        Exit status 0 when all is well, 1 when a problem was found (listed on stdout)."
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
}

/// Runs the command: problems on `out`, the summary on `err`.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let dir = args.archive.dir()?;
    let archive = Archive::open_read_only(&dir)?;
    let problems = archive.check()?;
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    let records = archive.ids()?.len();
    if problems.is_empty() {
        writeln!(
            err,
            "sift: {} records, no problems  (archive {})",
            records,
            dir.display()
        )?;
        Ok(Outcome::Ok)
    } else {
        writeln!(
            err,
            "sift: {} records, {} problems  (archive {})",
            records,
            problems.len(),
            dir.display()
        )?;
        Ok(Outcome::SomeFailed)
    }
}
