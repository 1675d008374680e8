//! `sift list`: one line per record — id, status, date, title — separated by tabs, for reading and for
//! `cut`/`awk`.

use super::{ArchiveArg, Outcome};
use std::io::Write;

/// Arguments of `sift list`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Prints one line per record: id, status, date, title, separated by tabs.\n\
                        A record that cannot be read is listed as `broken` with the reason, and the exit \
                        status is 1."
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
}

/// Runs the command.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let mut broken = 0;
    let list = archive.list()?;
    for s in &list {
        let line = match &s.broken {
            Some(why) => {
                broken += 1;
                format!("{}\tbroken\t-\t{}", s.id, one_line(why))
            }
            None => format!(
                "{}\t{}\t{}\t{}",
                s.id,
                s.status.as_str(),
                s.published.as_deref().unwrap_or("-"),
                one_line(s.title.as_deref().unwrap_or("(untitled)"))
            ),
        };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    writeln!(
        err,
        "sift: {}  (archive {})",
        crate::count(list.len(), "record"),
        archive.root().display()
    )?;
    Ok(if broken > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}

/// Tabs and line breaks in a title would break the columns.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
