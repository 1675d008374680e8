//! `sift list`: one line per record — id, status, date, title — separated by tabs, for reading and for
//! `cut`/`awk`; or one JSON object a line. Read from the archive's index, not from the record files.

use super::export::StatusArg;
use super::{ArchiveArg, Outcome, indexing};
use crate::archive::catalog::query::{self, Filter};
use crate::archive::catalog::{Order, Row, SortKey};
use crate::record::Status;
use std::io::Write;

/// Sort keys, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    Id,
    Date,
    Title,
    Site,
    Status,
}

/// Arguments of `sift list`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Prints one line per record: id, status, date, title, separated by tabs (--json: one JSON \
                        object a line). A record that cannot be read is listed as `broken` with the reason, and \
                        the exit status is 1.\n\nExamples:\n  sift list --status curated --since 2024-01\n  \
                        sift list --site reuters --sort date --json"
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// Only records with this status.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Only records published on or after this date (2024, 2024-06 or 2024-06-30).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only records published on or before this date (at its precision: 2024-06 takes all of June).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only records whose site name or url holds this (case ignored).
    #[arg(long, value_name = "TEXT")]
    pub site: Option<String>,
    /// The order (dates newest first).
    #[arg(long, value_enum, default_value = "id")]
    pub sort: SortArg,
    /// One JSON object a line: id, status, published, site, title (and broken, for a record that cannot be read).
    #[arg(long)]
    pub json: bool,
}

/// The tab-separated line of a row.
pub fn line(r: &Row) -> String {
    match &r.broken {
        Some(why) => format!("{}\tbroken\t-\t{}", r.id, one_line(why)),
        None => format!(
            "{}\t{}\t{}\t{}",
            r.id,
            r.status.as_str(),
            r.published.as_deref().unwrap_or("-"),
            one_line(r.title.as_deref().unwrap_or("(untitled)"))
        ),
    }
}

fn query_of(args: &Args) -> anyhow::Result<query::Query> {
    let mut q = query::Query::default();
    if let Some(s) = args.status {
        q.filters.push(Filter::Status(Status::from(s)));
    }
    if let Some(s) = &args.site {
        q.filters.push(Filter::Site(s.to_lowercase()));
    }
    if args.since.is_some() || args.until.is_some() {
        let range = format!(
            "published:{}..{}",
            args.since.as_deref().unwrap_or(""),
            args.until.as_deref().unwrap_or("")
        );
        q.filters.extend(query::parse(&range)?.filters);
    }
    Ok(q)
}

/// Runs the command.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let q = query_of(args)?;
    let cat = indexing::open(&archive, err)?;
    let (key, descending) = match args.sort {
        SortArg::Id => (SortKey::Id, false),
        SortArg::Date => (SortKey::Date, true),
        SortArg::Title => (SortKey::Title, false),
        SortArg::Site => (SortKey::Site, false),
        SortArg::Status => (SortKey::Status, false),
    };
    let rows = cat.ranked(&q, Some(Order { key, descending }), None)?;
    let mut broken = 0;
    for (r, _) in &rows {
        broken += usize::from(r.broken.is_some());
        if args.json {
            let mut v = serde_json::json!({
                "id": r.id,
                "status": if r.broken.is_some() { "broken" } else { r.status.as_str() },
                "published": r.published,
                "site": r.site,
                "title": r.title,
            });
            if let Some(b) = &r.broken {
                v["broken"] = b.clone().into();
            }
            writeln!(out, "{v}")?;
        } else {
            writeln!(out, "{}", line(r))?;
        }
    }
    out.flush()?;
    writeln!(
        err,
        "sift: {}  (archive {})",
        crate::count(rows.len(), "record"),
        archive.root().display()
    )?;
    Ok(if broken > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Ok
    })
}

/// Tabs and line breaks in a title would break the columns, and control characters reach the terminal.
fn one_line(s: &str) -> String {
    crate::record::text::line(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
