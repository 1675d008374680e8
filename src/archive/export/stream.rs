//! Exports that read and write one record at a time, so memory stays flat whatever the archive's size: the
//! format's opening, each record, its closing. [`super::write`] and the command line's and window's exports all
//! go through [`Streamer`], so a streamed export and one written from a list are the same bytes.

use super::options::{Field, Options};
use super::{Format, clean, csl, csv, markdown};
use crate::archive::catalog::{Catalog, Order};
use crate::archive::error::{ArchiveError, Result};
use crate::archive::{Archive, atomic};
use crate::record::Record;
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// Writes one format record by record.
#[derive(Debug)]
pub struct Streamer {
    format: Format,
    options: Options,
    written: usize,
    /// CSV cells cut to fit a spreadsheet cell.
    cut_cells: usize,
}

impl Streamer {
    pub fn new(format: Format) -> Self {
        Streamer::with(format, Options::default())
    }

    pub fn with(format: Format, options: Options) -> Self {
        Streamer {
            format,
            options,
            written: 0,
            cut_cells: 0,
        }
    }

    /// CSV cells cut so far to fit a spreadsheet cell.
    pub fn cut_cells(&self) -> usize {
        self.cut_cells
    }

    /// What comes before the first record (the CSV byte-order mark and header).
    pub fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.format == Format::Csv {
            csv::header(&self.options, out)?;
        }
        Ok(())
    }

    /// One record, cleaned for export first ([`clean::record`]).
    pub fn record(&mut self, r: &Record, out: &mut dyn Write) -> io::Result<()> {
        let first = self.written == 0;
        self.written += 1;
        let r = &clean::record(r);
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut *out, &json_object(r, &self.options)?)?;
                out.write_all(b"\n")
            }
            Format::Csv => {
                self.cut_cells += csv::record(r, &self.options, out)?;
                Ok(())
            }
            // The items of one pretty JSON array, indented as serde_json indents an array's items.
            Format::CslJson => {
                out.write_all(if first { b"[\n" } else { b",\n" })?;
                let item =
                    serde_json::to_string_pretty(&csl::item(&only_chosen(r, &self.options)))?;
                let indented: Vec<String> = item.lines().map(|l| format!("  {l}")).collect();
                out.write_all(indented.join("\n").as_bytes())
            }
            Format::Markdown => out.write_all(markdown::render(r, &self.options).as_bytes()),
        }
    }

    /// What comes after the last record; flushes.
    pub fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.format == Format::CslJson {
            out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        out.flush()
    }
}

/// A record as one JSON object of the chosen fields in their order; without a choice, every key of the record
/// (those this version does not know too) but `extraction` unless it was asked for.
fn json_object(r: &Record, opts: &Options) -> io::Result<serde_json::Value> {
    let serde_json::Value::Object(mut all) = serde_json::to_value(r)? else {
        return Err(io::Error::other("a record did not serialise to an object"));
    };
    let picked = match &opts.fields {
        None => {
            if !opts.with_extraction {
                all.remove(Field::Extraction.name());
            }
            all
        }
        Some(fields) => fields
            .iter()
            .filter_map(|f| all.remove(f.name()).map(|v| (f.name().to_string(), v)))
            .collect(),
    };
    Ok(serde_json::Value::Object(picked))
}

/// The record with the fields not chosen emptied (the id stays: it names the item), for formats that map
/// fields onto their own names.
fn only_chosen(r: &Record, opts: &Options) -> Record {
    if opts.fields.is_none() {
        return r.clone();
    }
    let mut c = r.clone();
    let keep = |f: Field| opts.has(f);
    for (f, v) in [
        (Field::Title, &mut c.title),
        (Field::Subtitle, &mut c.subtitle),
        (Field::Published, &mut c.published),
        (Field::Modified, &mut c.modified),
        (Field::Site, &mut c.site),
        (Field::Url, &mut c.url),
        (Field::Language, &mut c.language),
        (Field::Section, &mut c.section),
        (Field::Notes, &mut c.notes),
    ] {
        if !keep(f) {
            *v = None;
        }
    }
    for (f, v) in [
        (Field::Authors, &mut c.authors),
        (Field::Tags, &mut c.tags),
        (Field::Keywords, &mut c.keywords),
    ] {
        if !keep(f) {
            v.clear();
        }
    }
    if !keep(Field::Source) {
        c.source.imported_at.clear();
    }
    c
}

/// Which records an export takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Every record, by id.
    All,
    /// The records a query of Sift's search language finds (through the index), by id.
    Query(String),
    /// These records, in this order (the window's selection).
    Ids(Vec<String>),
}

/// What an export did.
#[derive(Debug, Default)]
pub struct Exported {
    pub written: usize,
    /// CSV cells longer than a spreadsheet cell holds, cut and marked as cut.
    pub cut_cells: usize,
    /// Records that could not be read (listed by `sift check`); the export went on without them.
    pub skipped: Vec<ArchiveError>,
    pub cancelled: bool,
}

/// The ids of a selection, in export order. `cat` is needed only for [`Selection::Query`].
pub fn ids(archive: &Archive, cat: Option<&Catalog>, sel: &Selection) -> Result<Vec<String>> {
    match sel {
        Selection::All => archive.ids(),
        Selection::Ids(v) => Ok(v.clone()),
        Selection::Query(q) => {
            let cat = cat.ok_or_else(|| ArchiveError::Index {
                path: archive.root().join(crate::archive::catalog::INDEX_FILE),
                message: "an export by query needs the index".into(),
            })?;
            Ok(cat
                .rows(q, Some(Order::default()), None)?
                .into_iter()
                .map(|r| r.id)
                .collect())
        }
    }
}

/// Streams the records `ids` of `archive` to `out` in `format`, loading one at a time. `progress(done,
/// total)` every 256 records and at the end; stops between records once `cancel` is set (the output then
/// holds a well-formed prefix).
pub fn write_ids(
    archive: &Archive,
    format: Format,
    options: &Options,
    ids: &[String],
    out: &mut dyn Write,
    progress: &dyn Fn(usize, usize),
    cancel: &AtomicBool,
) -> io::Result<Exported> {
    let mut s = Streamer::with(format, options.clone());
    s.begin(out)?;
    let mut done = each_record(archive, ids, progress, cancel, |r| s.record(r, out))?;
    s.end(out)?;
    done.cut_cells = s.cut_cells();
    Ok(done)
}

/// Loads the records `ids` one at a time and hands each to `write`; the loop every streamed export shares:
/// unreadable records are skipped and listed, `progress(done, total)` every 256 records and at the end, and a
/// stop between records once `cancel` is set.
fn each_record(
    archive: &Archive,
    ids: &[String],
    progress: &dyn Fn(usize, usize),
    cancel: &AtomicBool,
    mut write: impl FnMut(&Record) -> io::Result<()>,
) -> io::Result<Exported> {
    let mut done = Exported::default();
    for (i, id) in ids.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            done.cancelled = true;
            break;
        }
        match archive.load(id) {
            Ok(r) => {
                write(&r)?;
                done.written += 1;
            }
            Err(e) => done.skipped.push(e),
        }
        if i % 256 == 255 {
            progress(i + 1, ids.len());
        }
    }
    progress(ids.len(), ids.len());
    Ok(done)
}

/// [`write_ids`] into the file `path`, replaced atomically (a cancelled or failed export leaves it as it
/// was), or for Markdown into a folder of one `<id>.md` per record when `path` is a folder.
pub fn to_path(
    archive: &Archive,
    format: Format,
    options: &Options,
    ids: &[String],
    path: &Path,
    progress: &dyn Fn(usize, usize),
    cancel: &AtomicBool,
) -> Result<Exported> {
    if format == Format::Markdown && path.is_dir() {
        return markdown_folder(archive, options, ids, path, progress, cancel);
    }
    let mut done = Exported::default();
    atomic::replace_streaming(path, |out| {
        done = write_ids(archive, format, options, ids, out, progress, cancel)?;
        if done.cancelled {
            return Err(io::Error::new(
                io::ErrorKind::Interrupted,
                "export cancelled",
            ));
        }
        Ok(())
    })
    .or_else(|e| {
        if done.cancelled {
            Ok(())
        } else {
            Err(ArchiveError::io(path, e))
        }
    })?;
    Ok(done)
}

fn markdown_folder(
    archive: &Archive,
    options: &Options,
    ids: &[String],
    dir: &Path,
    progress: &dyn Fn(usize, usize),
    cancel: &AtomicBool,
) -> Result<Exported> {
    each_record(archive, ids, progress, cancel, |r| {
        markdown::write_folder(std::slice::from_ref(r), options, dir, &atomic::DiskWriter)
            .map(|_| ())
    })
    .map_err(|e| ArchiveError::io(dir, e))
}
