//! `sift export`: the archive's records as JSON Lines, CSV, CSL-JSON or Markdown, to a file, a folder
//! (Markdown) or stdout. Reads only; runs while a window has the archive open.

use super::{ArchiveArg, Outcome, indexing};
use crate::archive::catalog::query::{Filter, Query};
use crate::archive::catalog::{Order, query};
use crate::archive::export::options::{self, Field, Options};
use crate::archive::export::{Format, stream};
use crate::record::Status;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

/// Formats, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// JSON Lines: one record a line, every field under its record name (the extractor's internals only
    /// with --with-extraction). For pandas, jq, DuckDB and scripts.
    Jsonl,
    /// CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads non-Latin text right), a header row,
    /// one row per record, lists joined by "; ", image captions and URLs in their own columns. Cells starting
    /// with = + - @ get a leading ' so they are never run as formulas; a cell longer than a spreadsheet holds
    /// (32,767 characters) is cut and says so.
    Csv,
    /// CSL-JSON for Zotero, Mendeley and citation processors (Zotero: File > Import).
    CslJson,
    /// Markdown with YAML front matter (title, authors, date, url, site, tags, …) for note apps and static
    /// sites; markup in the text is escaped. One file, or one file per record with `-o DIR/`.
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
                        sift export --format jsonl --query 'site:reuters published:2024' -o reuters-2024.jsonl\n  \
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
    /// Export only the records a search finds (the query language of `sift search`), in id order.
    #[arg(long, value_name = "QUERY")]
    pub query: Option<String>,
    /// Only these fields, in this order, e.g. `title,authors,published,url` (names as in the record JSON:
    /// id status title subtitle authors published modified site url language section page_type tags
    /// keywords images body notes source edited curated_at duplicate_of extraction).
    #[arg(long, value_name = "a,b,c", value_parser = parse_fields)]
    pub fields: Option<FieldList>,
    /// CSV without the UTF-8 byte-order mark (for programs that do not skip it).
    #[arg(long)]
    pub no_bom: bool,
    /// JSON Lines with each record's `extraction` (what the extractor found, its candidates and the lines it
    /// dropped), which roughly doubles the size.
    #[arg(long)]
    pub with_extraction: bool,
}

/// A `--fields` list (one value to clap, not many).
#[derive(Debug, Clone)]
pub struct FieldList(pub Vec<Field>);

fn parse_fields(s: &str) -> Result<FieldList, String> {
    let fields = options::parse_fields(s).map_err(|e| e.to_string())?;
    if fields.is_empty() {
        return Err("name at least one field".into());
    }
    Ok(FieldList(fields))
}

impl Args {
    fn options(&self) -> Options {
        Options {
            fields: self.fields.as_ref().map(|f| f.0.clone()),
            bom: !self.no_bom,
            with_extraction: self.with_extraction,
        }
    }
}

fn is_folder_target(p: &Path) -> bool {
    p.is_dir()
        || p.as_os_str()
            .to_string_lossy()
            .ends_with(std::path::MAIN_SEPARATOR)
        || p.as_os_str().to_string_lossy().ends_with('/')
}

/// The ids to export: every record (from the folder), or those the filters find through the index.
fn selected_ids(
    args: &Args,
    archive: &crate::archive::Archive,
    err: &mut dyn Write,
) -> anyhow::Result<Vec<String>> {
    if args.status.is_none() && args.query.is_none() {
        return Ok(archive.ids()?);
    }
    let mut q = match &args.query {
        Some(text) => query::parse(text)?,
        None => Query::default(),
    };
    if let Some(s) = args.status {
        q.filters.push(Filter::Status(Status::from(s)));
    }
    let cat = indexing::open(archive, err)?;
    Ok(cat
        .ranked(&q, Some(Order::default()), None)?
        .into_iter()
        .map(|(r, _)| r.id)
        .collect())
}

/// Runs the command: the export on `out` when no `-o`, the summary and unreadable records on `err`. Records
/// are read and written one at a time.
pub fn main(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Outcome> {
    let archive = args.archive.open_read_only()?;
    let ids = selected_ids(args, &archive, err)?;
    let format = Format::from(args.format);
    let opts = args.options();
    if args
        .fields
        .as_ref()
        .is_some_and(|f| f.0.contains(&Field::Extraction))
        && format != Format::Jsonl
    {
        anyhow::bail!("the extraction is exported only as JSON Lines (--format jsonl)");
    }
    let never = AtomicBool::new(false);
    let quiet = |_: usize, _: usize| {};
    let (done, target) = match &args.output {
        None => (
            stream::write_ids(&archive, format, &opts, &ids, out, &quiet, &never)?,
            "stdout".to_string(),
        ),
        Some(p) if format == Format::Markdown && is_folder_target(p) => {
            std::fs::create_dir_all(p)
                .map_err(|e| anyhow::anyhow!("cannot make the folder {}: {e}", p.display()))?;
            let done = stream::to_path(&archive, format, &opts, &ids, p, &quiet, &never)?;
            let files = format!("{} files in {}", done.written, p.display());
            (done, files)
        }
        Some(p) => (
            stream::to_path(&archive, format, &opts, &ids, p, &quiet, &never)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", p.display()))?,
            p.display().to_string(),
        ),
    };
    for e in &done.skipped {
        writeln!(err, "sift: skipped: {e}")?;
    }
    if done.cut_cells > 0 {
        writeln!(
            err,
            "sift: {} longer than a spreadsheet cell holds ({} characters) cut, each marked; \
             --format jsonl keeps every text whole",
            crate::count(done.cut_cells, "cell"),
            crate::archive::export::csv::CELL_MAX_CHARS
        )?;
    }
    writeln!(
        err,
        "sift: exported {} as {} to {target}",
        crate::count(done.written, "record"),
        format.name()
    )?;
    Ok(if done.skipped.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeFailed
    })
}
