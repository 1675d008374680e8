//! `sift duplicates`: the groups of records holding the same article, as the import marked them (or a person
//! did, keeping one): each group's original, then each duplicate with why (bytes, url, text) and how much of
//! its body text it shares with the original.

use super::{ArchiveArg, Outcome, indexing};
use crate::archive::duplicates::Group;
use std::io::Write;

/// Arguments of `sift duplicates`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Prints each group: the original's id, then one line a duplicate, indented: id, status, why \
                        (bytes: the same page content; url: the same canonical URL; text: near-identical body \
                        text; marked: grouped by a person) and the share of body text in common (0-1). --json: \
                        one JSON object a group.\n\nExamples:\n  sift duplicates\n  sift duplicates --json | \
                        jq -r '.duplicates[].id'"
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// One JSON object a group: original, original_present, duplicates [{id, status, why, similarity}].
    #[arg(long)]
    pub json: bool,
}

/// Runs the command; a summary goes to stderr.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let cat = indexing::open(&archive, err)?;
    let groups = archive.duplicate_groups(&cat)?;
    for g in &groups {
        if args.json {
            writeln!(out, "{}", serde_json::to_string(g)?)?;
        } else {
            write_group(out, g)?;
        }
    }
    let members: usize = groups.iter().map(|g| g.duplicates.len()).sum();
    writeln!(
        err,
        "sift: {}, {}",
        crate::count(groups.len(), "group"),
        crate::count(members, "duplicate")
    )?;
    Ok(Outcome::Ok)
}

fn write_group(out: &mut dyn Write, g: &Group) -> std::io::Result<()> {
    let gone = if g.original_present {
        ""
    } else {
        "\t(no longer in the archive)"
    };
    writeln!(out, "{}{gone}", g.original)?;
    for m in &g.duplicates {
        writeln!(
            out,
            "  {}\t{}\t{}\t{:.2}",
            m.id,
            m.status.as_str(),
            m.why.as_str(),
            m.similarity
        )?;
    }
    Ok(())
}
