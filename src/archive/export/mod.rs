//! Exports of the archive's records: JSON Lines, CSV, CSL-JSON (Zotero and other reference managers), Markdown.
//!
//! Each format is its own module writing to any `Write`; Markdown can also write a folder of one file per
//! record. Exports read records only; they never change the archive.

pub mod clean;
pub mod csl;
pub mod csv;
pub mod markdown;
mod md_escape;
mod names;
pub mod options;
pub mod stream;
pub mod vocab;

use crate::record::Record;
pub use options::{Field, Options};
use std::io::Write;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    CslJson,
    Markdown,
}

impl Format {
    /// Every format, in the order menus show them.
    pub const ALL: [Format; 4] = [
        Format::Jsonl,
        Format::Csv,
        Format::CslJson,
        Format::Markdown,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::CslJson => "csl-json",
            Format::Markdown => "markdown",
        }
    }

    /// The usual file extension, for save dialogs.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::CslJson => "json",
            Format::Markdown => "md",
        }
    }

    /// The format named `s` (as [`Format::name`] gives it).
    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == s)
    }
}

/// Writes `records` in `format` to `out`, as one file, with the default options.
pub fn write(format: Format, records: &[Record], out: &mut dyn Write) -> std::io::Result<()> {
    write_with(format, &Options::default(), records, out)
}

/// Writes `records` in `format` to `out`, as one file.
pub fn write_with(
    format: Format,
    options: &Options,
    records: &[Record],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut s = stream::Streamer::with(format, options.clone());
    s.begin(out)?;
    for r in records {
        s.record(r, out)?;
    }
    s.end(out)
}

/// Exports the records with these ids (all when `None`, sorted by id) from `archive` to `path`: one file,
/// written atomically, or for Markdown a folder when `path` is one. Returns how many records were written.
/// Records are read one at a time; those that do not parse are skipped (`sift check` lists them).
pub fn to_path(
    archive: &crate::archive::Archive,
    format: Format,
    path: &std::path::Path,
    ids: Option<&[String]>,
) -> Result<usize, crate::archive::ArchiveError> {
    let ids = match ids {
        Some(v) => v.to_vec(),
        None => archive.ids()?,
    };
    let never = std::sync::atomic::AtomicBool::new(false);
    let done = stream::to_path(
        archive,
        format,
        &Options::default(),
        &ids,
        path,
        &|_, _| {},
        &never,
    )?;
    Ok(done.written)
}
