//! `sift check`: reports everything wrong with an archive, one problem a line. It changes nothing but one
//! thing: temp files a killed Sift left behind, which it removes when it can take the archive's lock (then no
//! write is running, so they are nobody's).

use super::{ArchiveArg, Outcome};
use std::io::Write;

/// Arguments of `sift check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Checks that every record parses and fits the schema, and that its raw file exists with \
                        the right hash; reports orphan raw files (no record refers to them: nothing is lost) \
                        and files that are symbolic links (never followed); compares the index (index.sqlite) \
                        with the record files. Temp files left by an interrupted write (a crash, a kill) are removed \
                        and mentioned; while another Sift is writing, its temp files are left alone.\n\
                        Exit status 0 when all is well, 1 when a problem was found (listed on stdout)."
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
}

/// Runs the command: problems on `out`, the summary on `err`.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let report = crate::archive::check::check_and_tidy(archive.root())?;
    let problems = report.problems;
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    for p in &report.removed {
        writeln!(
            err,
            "sift: removed {}, a temp file left by an interrupted write (the record it was for is intact)",
            p.display()
        )?;
    }
    if report.writer_active {
        writeln!(
            err,
            "sift: another Sift is writing to this archive; temp files of its writes were left alone and \
             orphan raw files not looked for"
        )?;
    }
    index_note(&archive, err)?;
    let records = archive.ids()?.len();
    if problems.is_empty() {
        writeln!(
            err,
            "sift: {}, no problems  (archive {})",
            crate::count(records, "record"),
            archive.root().display()
        )?;
        Ok(Outcome::Ok)
    } else {
        writeln!(
            err,
            "sift: {}, {}  (archive {})",
            crate::count(records, "record"),
            crate::count(problems.len(), "problem"),
            archive.root().display()
        )?;
        Ok(Outcome::SomeFailed)
    }
}

/// What differs between the index and the record files. Not a problem of the archive: the files are the
/// truth, and the next command that reads the index brings it in step; said so nothing changes unseen.
fn index_note(archive: &crate::archive::Archive, err: &mut dyn Write) -> anyhow::Result<()> {
    const SHOWN: usize = 10;
    match archive.index_diff() {
        Err(e) => writeln!(
            err,
            "sift: no usable index ({e}); it is made from the record files on the next list, search or window"
        )?,
        Ok(d) if d.in_step() => {}
        Ok(d) => {
            writeln!(
                err,
                "sift: the index is out of step with the record files (the next list, search or window updates \
                 it; `sift reindex` rebuilds it):"
            )?;
            for (what, ids) in [
                ("not in the index", &d.added),
                ("changed since indexed", &d.changed),
                ("in the index but gone", &d.removed),
            ] {
                for id in ids.iter().take(SHOWN) {
                    writeln!(err, "  {id}: {what}")?;
                }
                if ids.len() > SHOWN {
                    writeln!(err, "  … and {} more {what}", ids.len() - SHOWN)?;
                }
            }
        }
    }
    Ok(())
}
