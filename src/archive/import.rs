//! The one import pipeline: files → documents → extraction → draft records. `sift import` and the window both
//! run [`import_paths`]; they differ only in how they show progress.
//!
//! Stages:
//! 1. walk the paths (folders in sorted order);
//! 2. open a batch of files in parallel and read their entries one at a time, in file order: a file read whole
//!    gives its documents at once, a WARC one record at a time whatever its size (`feed.rs`);
//! 3. hash and extract the documents in parallel (every core, through rayon), a chunk at a time, skipping
//!    sources the archive already holds (`feed.rs`);
//! 4. write the chunks in file order on the caller's thread: the one writer, holding the archive's lock.
//!
//! Stages 2–3 run on a producer thread that hands chunks to stage 4 over a bounded channel, so the extraction of
//! the next chunk overlaps the writes of this one, and memory holds a few chunks whatever the number of files,
//! the number of documents in one file or the size of a WARC: when the writer falls behind, the channel is
//! full and reading waits.

use super::feed::{self, CHUNKS_AHEAD, Piece, Slot};
use super::id;
use super::store::{Archive, Imported, RawBytes};
use crate::extract::{self, Extracted};
use crate::input::{self, Document};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;

/// Documents whose index writes are committed together. Other readers of the index (the window's list, a
/// `sift list` meanwhile) see a batch once committed; 256 keeps that within a second or two of the writes.
const INDEX_BATCH_DOCS: usize = 256;

/// A file or document that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The file as given (`path#N` for one document of a multi-document file).
    pub file: String,
    pub error: String,
}

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Files the walk found.
    pub files: usize,
    /// Files read to the end (all of them unless cancelled).
    pub files_done: usize,
    /// Draft records written.
    pub new: usize,
    /// Of those, records marked as duplicates of one already in the archive or earlier in the run.
    pub duplicates: usize,
    /// Documents with the same canonical URL and the same text as a record (an item delivered again): nothing
    /// was added for them.
    pub repeats: usize,
    /// Documents already in the archive (or in its trash).
    pub present: usize,
    /// Of those, documents whose missing raw file was written back from the file imported again.
    pub raw_restored: usize,
    /// Files that could not be read and documents that could not be extracted or written, in order.
    pub failed: Vec<Failure>,
    /// Entries that are not documents, by kind (a singular noun: `request`, `non-page response`, `asset`):
    /// passed over on purpose, not failures.
    pub skipped: BTreeMap<&'static str, usize>,
    /// True when the cancel flag stopped the run before its end.
    pub cancelled: bool,
}

impl Report {
    /// What was passed over, by kind, most first: `3 requests, 1 non-page response`; `None` when nothing was.
    pub fn skipped_summary(&self) -> Option<String> {
        let mut kinds: Vec<(&str, usize)> = self.skipped.iter().map(|(k, n)| (*k, *n)).collect();
        kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let parts: Vec<String> = kinds.iter().map(|(k, n)| crate::count(*n, k)).collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// What the writer tells the caller as it goes, on the caller's thread.
#[derive(Debug)]
pub enum Event<'a> {
    /// The walk found this many files.
    Started { files: usize },
    /// A document was imported (`Imported::New`) or found in the archive already. `extracted` is what the
    /// extractor found for a new one (`None` for a source already recorded, which is not extracted again).
    Document {
        doc: &'a Document,
        extracted: Option<&'a Extracted>,
        outcome: &'a Imported,
    },
    /// A file or document failed (also listed in the report).
    Failed(&'a Failure),
    /// Files fully written so far, of the total.
    Progress { done: usize, total: usize },
}

/// One document after stage 3: extracted, already known, or failed.
pub(super) enum Done {
    New(Box<Extracted>),
    Known,
    Failed(String),
}

/// Imports every file under `paths` into `archive` as draft records. Runs until done or until `cancel` is set
/// (checked between chunks). `on` is called on this thread for every event. Never panics on bad input: a file
/// that cannot be read and a document the extractor fails on are failures in the report, and the run goes on.
pub fn import_paths(
    archive: &Archive,
    paths: &[PathBuf],
    on: &mut dyn FnMut(Event<'_>),
    cancel: &AtomicBool,
) -> Report {
    let files = input::walk::walk(paths);
    let mut report = Report {
        files: files.len(),
        ..Report::default()
    };
    on(Event::Started { files: files.len() });
    archive.prepare_duplicate_check();
    let threads = rayon::current_num_threads().max(1);
    let (tx, rx) = sync_channel::<Piece>(CHUNKS_AHEAD);
    std::thread::scope(|s| {
        let files = &files;
        let extract = |d: &Document| extract_unless_known(archive, d);
        s.spawn(move || feed::produce(files, threads, &tx, cancel, &extract));
        // The index's writes in transactions of many documents: a commit a record (each flushing the
        // full-text index's terms) cost the writer more than the duplicate check's lookups.
        archive.index_begin();
        let mut batched = 0;
        for piece in rx {
            write_piece(archive, &piece, &mut report, on);
            batched += piece.slots.len();
            if batched >= INDEX_BATCH_DOCS {
                archive.index_commit();
                archive.index_begin();
                batched = 0;
            }
            if piece.last {
                report.files_done += 1;
                on(Event::Progress {
                    done: report.files_done,
                    total: report.files,
                });
            }
        }
        archive.index_commit();
    });
    report.cancelled = report.files_done < report.files && cancel.load(Ordering::Relaxed);
    report
}

/// Stage 3 for one document: extraction, and what the record and the duplicate check need of its text
/// ([`crate::dedup::Prepared`]). Extraction is the costly part; a source already recorded needs none (the writer
/// checks again, so two copies of one file in the same run still make one record). A panic in the extractor
/// is this document's failure, not the run's end.
fn extract_unless_known(archive: &Archive, d: &Document) -> Done {
    if matches!(archive.find_source(&id::source_key(d)), Ok(Some(_))) {
        return Done::Known;
    }
    let extract_and_prepare = || {
        let mut ex = extract::extract(d);
        ex.prepared = Some(crate::dedup::Prepared::of(d, &ex.fields.body));
        ex
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(extract_and_prepare)) {
        Ok(ex) => Done::New(Box::new(ex)),
        Err(_) => {
            Done::Failed("the extractor failed on this document (a bug: please report it)".into())
        }
    }
}

/// Stage 4 for one piece: each document written (or counted as present), each skip counted, each failure
/// reported.
fn write_piece(
    archive: &Archive,
    piece: &Piece,
    report: &mut Report,
    on: &mut dyn FnMut(Event<'_>),
) {
    if let Some(e) = &piece.file.error {
        return fail(report, on, piece.file.path.display().to_string(), e.clone());
    }
    for slot in &piece.slots {
        let (doc, raw, done) = match slot {
            Slot::Doc { doc, raw, done } => (doc, raw, done),
            Slot::Skipped(kind) => {
                *report.skipped.entry(kind).or_default() += 1;
                continue;
            }
            Slot::Failed(f) => {
                fail(report, on, f.file.clone(), f.error.clone());
                continue;
            }
        };
        // Each document keeps the bytes it was read from: its file's, or its own (a WARC record's member).
        let raw = raw.get_or_init(|| RawBytes::shared(doc.raw.clone().unwrap_or_default()));
        let (res, ex) = match done {
            Some(Done::New(ex)) => (archive.import_raw(doc, ex, raw), Some(ex.as_ref())),
            Some(Done::Known) => match archive.find_source(&id::source_key(doc)) {
                Ok(Some(found)) => (archive.put_back_raw(found, doc, raw), None),
                // Gone since the worker looked (nothing else writes while we hold the lock; kept for safety).
                Ok(None) => (archive.import_raw(doc, &extract::extract(doc), raw), None),
                Err(e) => (Err(e), None),
            },
            Some(Done::Failed(e)) => {
                fail(report, on, doc.file.clone(), e.clone());
                continue;
            }
            None => (archive.import_raw(doc, &extract::extract(doc), raw), None),
        };
        match res {
            Ok(outcome) => {
                match outcome {
                    Imported::New(_) => report.new += 1,
                    Imported::Duplicate { .. } => {
                        report.new += 1;
                        report.duplicates += 1;
                    }
                    Imported::Repeat(_) => report.repeats += 1,
                    Imported::Present(_) | Imported::Trashed(_) => report.present += 1,
                    Imported::RawRestored(_) => {
                        report.present += 1;
                        report.raw_restored += 1;
                    }
                }
                on(Event::Document {
                    doc,
                    extracted: ex,
                    outcome: &outcome,
                });
            }
            Err(e) => fail(report, on, doc.file.clone(), e.to_string()),
        }
    }
}

fn fail(report: &mut Report, on: &mut dyn FnMut(Event<'_>), file: String, error: String) {
    let f = Failure { file, error };
    on(Event::Failed(&f));
    report.failed.push(f);
}
