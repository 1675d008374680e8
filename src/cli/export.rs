//! `sift export`: the archive's records as JSON Lines, CSV, CSL-JSON or Markdown, to a file, a folder
//! (Markdown) or stdout. Reads only; runs while a window has the archive open.

use super::{ArchiveArg, Outcome};
use crate::archive::atomic::{self, DiskWriter};
use crate::archive::export::{self, Format, markdown};
use crate::record::Status;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Formats, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// One JSON record a line, every field.
    Jsonl,
    /// A spreadsheet: a header row, one row per record.
    Csv,
    /// CSL-JSON for Zotero and other reference managers.
    CslJson,
    /// Readable text: one file, or one file per record with `-o DIR/`.
    Markdown,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::CslJson => Format::CslJson,
            FormatArg::Markdown => Format::Markdown,
        }
    }
}

/// Statuses, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusArg {
    Draft,
    Curated,
    Rejected,
}

impl From<StatusArg> for Status {
    fn from(s: StatusArg) -> Self {
        match s {
            StatusArg::Draft => Status::Draft,
            StatusArg::Curated => Status::Curated,
            StatusArg::Rejected => Status::Rejected,
        }
    }
}

/// Arguments of `sift export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sift export --format csl-json -o library.json   (then Zotero: File > Import)\n  \
                        sift export --format csv --status curated -o curated.csv\n  \
                        sift export --format markdown -o notes/          (one .md file per record)"
)]
pub struct Args {
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// The output format.
    #[arg(long, short, value_enum)]
    pub format: FormatArg,
    /// Where to write: a file (replaced atomically), or for Markdown a folder when it ends with `/` or exists
    /// as a folder. Without it, stdout.
    #[arg(long, short, value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
    /// Export only records with this status.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
}

fn is_folder_target(p: &Path) -> bool {
    p.is_dir()
        || p.as_os_str()
            .to_string_lossy()
            .ends_with(std::path::MAIN_SEPARATOR)
        || p.as_os_str().to_string_lossy().ends_with('/')
}

/// Runs the command: the export on `out` when no `-o`, the summary and unreadable records on `err`.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let (mut records, broken) = archive.load_all()?;
    for e in &broken {
        writeln!(err, "sift: skipped: {e}")?;
    }
    if let Some(s) = args.status {
        let s = Status::from(s);
        records.retain(|r| r.status == s);
    }
    let format = Format::from(args.format);
    let target = match &args.output {
        None => {
            export::write(format, &records, out)?;
            "stdout".to_string()
        }
        Some(p) if format == Format::Markdown && is_folder_target(p) => {
            let files = markdown::write_folder(&records, p, &DiskWriter)?;
            format!("{} files in {}", files.len(), p.display())
        }
        Some(p) => {
            let mut buf = Vec::new();
            export::write(format, &records, &mut buf)?;
            atomic::replace(&DiskWriter, p, &buf)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", p.display()))?;
            p.display().to_string()
        }
    };
    writeln!(
        err,
        "sift: exported {} as {} to {target}",
        crate::count(records.len(), "record"),
        format.name()
    )?;
    Ok(if broken.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeFailed
    })
}
