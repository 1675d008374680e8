//! The one import pipeline: files → documents → extraction → draft records. `sift import` and the window both
//! run [`import_paths`]; they differ only in how they show progress.
//!
//! Stages:
//! 1. walk the paths (folders in sorted order);
//! 2. read and split a batch of files into documents, in parallel, hashing each file's bytes once;
//! 3. extract the batch's documents in parallel (every core, through rayon), a chunk at a time, skipping
//!    sources the archive already holds;
//! 4. write the chunks in file order on the caller's thread: the one writer, holding the archive's lock.
//!
//! Stages 2–3 run on a producer thread that hands chunks to stage 4 over a bounded channel, so the extraction of
//! the next chunk overlaps the writes of this one, and memory holds a few chunks whatever the number of files or
//! the number of documents in one file.

use super::id;
use super::store::{Archive, Imported, RawBytes};
use crate::extract::{self, Extracted};
use crate::input::{self, Document, Limits};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;

/// Documents extracted per chunk, per thread: large enough that the pool stays busy between chunks, small enough
/// that a chunk's extractions (blocks and fields) stay a few MB.
const DOCS_PER_THREAD: usize = 32;
/// Files read per batch, per thread. A batch's bytes and documents are held until its last chunk is written.
const FILES_PER_THREAD: usize = 8;
/// Chunks extracted ahead of the writer.
const CHUNKS_AHEAD: usize = 2;

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
    /// True when the cancel flag stopped the run before its end.
    pub cancelled: bool,
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

/// A file's bytes and documents, as stage 2 leaves them.
struct FileRead {
    path: PathBuf,
    raw: RawBytes<'static>,
    docs: Result<Vec<Document>, String>,
}

/// One document of a chunk after stage 3: extracted, already known, or failed.
enum Done {
    New(Box<Extracted>),
    Known,
    Failed(String),
}

/// What the producer hands the writer: documents of a file in order; `last` when the file ends with them.
struct Piece {
    file: Arc<FileHead>,
    docs: Vec<(Document, Done)>,
    last: bool,
}

/// A read file as the writer sees it: the bytes every document of it is written against, or why it failed.
struct FileHead {
    path: PathBuf,
    raw: RawBytes<'static>,
    error: Option<String>,
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
        s.spawn(move || produce(archive, files, threads, &tx, cancel));
        for piece in rx {
            write_piece(archive, &piece, &mut report, on);
            if piece.last {
                report.files_done += 1;
                on(Event::Progress {
                    done: report.files_done,
                    total: report.files,
                });
            }
        }
    });
    report.cancelled = report.files_done < report.files && cancel.load(Ordering::Relaxed);
    report
}

/// Stages 2 and 3, on the producer thread: batches of files read in parallel, their documents extracted in
/// parallel chunks, each chunk sent in order. Stops at the next chunk once `cancel` is set, or when the writer
/// is gone.
fn produce(
    archive: &Archive,
    files: &[PathBuf],
    threads: usize,
    tx: &std::sync::mpsc::SyncSender<Piece>,
    cancel: &AtomicBool,
) {
    let chunk = DOCS_PER_THREAD * threads;
    for batch in files.chunks(FILES_PER_THREAD * threads) {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let read: Vec<FileRead> = batch.par_iter().map(|p| read_file(p)).collect();
        // The chunk being filled: pieces of consecutive files, and the documents waiting for extraction.
        let mut pending: Vec<(Arc<FileHead>, Vec<Document>, bool)> = Vec::new();
        let mut queued = 0;
        for f in read {
            let (docs, error) = match f.docs {
                Ok(d) => (d, None),
                Err(e) => (Vec::new(), Some(e)),
            };
            let head = Arc::new(FileHead {
                path: f.path,
                raw: f.raw,
                error,
            });
            let mut docs = docs.into_iter().peekable();
            if docs.peek().is_none() {
                pending.push((head.clone(), Vec::new(), true));
            }
            while docs.peek().is_some() {
                let take: Vec<Document> = docs.by_ref().take(chunk - queued).collect();
                queued += take.len();
                let last = docs.peek().is_none();
                pending.push((head.clone(), take, last));
                if queued >= chunk {
                    if cancel.load(Ordering::Relaxed) || !send_chunk(archive, &mut pending, tx) {
                        return;
                    }
                    queued = 0;
                }
            }
        }
        if !pending.is_empty()
            && (cancel.load(Ordering::Relaxed) || !send_chunk(archive, &mut pending, tx))
        {
            return;
        }
    }
}

/// Extracts the pending documents in parallel and sends them as pieces; false when the writer is gone.
fn send_chunk(
    archive: &Archive,
    pending: &mut Vec<(Arc<FileHead>, Vec<Document>, bool)>,
    tx: &std::sync::mpsc::SyncSender<Piece>,
) -> bool {
    let work: Vec<(usize, Document)> = pending
        .iter_mut()
        .enumerate()
        .flat_map(|(i, (_, docs, _))| std::mem::take(docs).into_iter().map(move |d| (i, d)))
        .collect();
    let done: Vec<(usize, Document, Done)> = work
        .into_par_iter()
        .map(|(i, d)| {
            let r = extract_unless_known(archive, &d);
            (i, d, r)
        })
        .collect();
    let mut pieces: Vec<Piece> = pending
        .drain(..)
        .map(|(file, _, last)| Piece {
            file,
            docs: Vec::new(),
            last,
        })
        .collect();
    for (i, d, r) in done {
        pieces[i].docs.push((d, r));
    }
    pieces.into_iter().all(|p| tx.send(p).is_ok())
}

/// Stage 2 for one file: its bytes, bounded by the input limits, and its documents.
fn read_file(path: &Path) -> FileRead {
    let name = path.display().to_string();
    let limits = Limits::default();
    // A saved page's assets and files that are never documents (images, styles, scripts, fonts) are passed
    // over: no record, no failure.
    if input::assets::skip_reason(path).is_some() {
        return FileRead {
            path: path.to_path_buf(),
            raw: RawBytes::new(Vec::new()),
            docs: Ok(Vec::new()),
        };
    }
    let (bytes, docs) = match input::read_raw(path, &limits) {
        Ok(b) => {
            let docs = input::read_bytes_with(&name, &b, &limits).map_err(|e| e.to_string());
            (b, docs)
        }
        Err(e) => (Vec::new(), Err(e.to_string())),
    };
    FileRead {
        path: path.to_path_buf(),
        raw: RawBytes::new(bytes),
        docs,
    }
}

/// Stage 3 for one document. Extraction is the costly part; a source already recorded needs none (the writer
/// checks again, so two copies of one file in the same run still make one record). A panic in the extractor
/// is this document's failure, not the run's end.
fn extract_unless_known(archive: &Archive, d: &Document) -> Done {
    if matches!(archive.find_source(&id::source_key(d)), Ok(Some(_))) {
        return Done::Known;
    }
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract::extract(d))) {
        Ok(ex) => Done::New(Box::new(ex)),
        Err(_) => {
            Done::Failed("the extractor failed on this document (a bug: please report it)".into())
        }
    }
}

/// Stage 4 for one piece: each document written (or counted as present), each failure reported.
fn write_piece(
    archive: &Archive,
    piece: &Piece,
    report: &mut Report,
    on: &mut dyn FnMut(Event<'_>),
) {
    if let Some(e) = &piece.file.error {
        return fail(report, on, piece.file.path.display().to_string(), e.clone());
    }
    for (doc, done) in &piece.docs {
        // A WARC record keeps its own bytes (hashed once here), not the whole WARC's.
        let own = doc.raw.as_ref().map(|b| RawBytes::new(b.as_slice()));
        let raw = own.as_ref().unwrap_or(&piece.file.raw);
        let (res, ex) = match done {
            Done::New(ex) => (archive.import_raw(doc, ex, raw), Some(ex.as_ref())),
            Done::Known => match archive.find_source(&id::source_key(doc)) {
                Ok(Some(found)) => (archive.put_back_raw(found, doc, raw), None),
                // Gone since the worker looked (nothing else writes while we hold the lock; kept for safety).
                Ok(None) => (archive.import_raw(doc, &extract::extract(doc), raw), None),
                Err(e) => (Err(e), None),
            },
            Done::Failed(e) => {
                fail(report, on, doc.file.clone(), e.clone());
                continue;
            }
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
