//! Background work: imports and record opening run on worker threads, report over a channel and wake the window,
//! so it stays responsive; a Cancel flag stops an import between chunks.
//!
//! The import is the library's pipeline ([`crate::archive::import::import_paths`]) writing draft records into the
//! open archive, exactly as `sift import` does: closing the window loses nothing imported.

use super::state::{Failed, Item};
use super::store::Entry;
use crate::archive::Archive;
use crate::archive::import::{Event, Report, import_paths};
use crate::record::{PageType, Status};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// What a running import tells the window.
pub enum ImportMsg {
    /// How many files the walk found.
    Total(usize),
    /// A document is in the archive: a new draft (`new`) or a record it already held.
    Record { entry: Entry, new: bool },
    /// A file or document failed, and why.
    Failed(Failed),
    /// Files done so far.
    Progress(usize),
    /// The run is over (finished or cancelled).
    Done(Report),
}

/// A running import, as the window holds it.
pub struct ImportJob {
    rx: Receiver<ImportMsg>,
    cancel: Arc<AtomicBool>,
    pub total: usize,
    pub done: usize,
    /// Documents in the archive so far, new or known: what moves while one big file (a WARC, a JSON Lines
    /// dump) is read, when the file count stays at 0 of 1.
    pub documents: usize,
    pub finished: bool,
}

impl ImportJob {
    /// Starts importing `paths` into `archive` on a worker; `wake` is called after each message (the window's
    /// repaint), at most once per file done, so a 100,000-line file does not flood the window with repaints.
    pub fn start(
        archive: Arc<Archive>,
        paths: Vec<PathBuf>,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = cancel.clone();
        let spawned = std::thread::Builder::new()
            .name("sift-import".into())
            .spawn(move || run(&archive, &paths, &tx, &flag, &wake));
        let mut job = Self {
            rx,
            cancel,
            total: 0,
            done: 0,
            documents: 0,
            finished: false,
        };
        if spawned.is_err() {
            job.finished = true;
        }
        job
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    fn note(&mut self, m: &ImportMsg) {
        match m {
            ImportMsg::Total(n) => self.total = *n,
            ImportMsg::Progress(n) => self.done = *n,
            ImportMsg::Done(_) => self.finished = true,
            ImportMsg::Record { .. } => self.documents += 1,
            ImportMsg::Failed(_) => {}
        }
    }

    /// Messages received since the last call (never blocks).
    pub fn poll(&mut self) -> Vec<ImportMsg> {
        let mut out = Vec::new();
        while let Ok(m) = self.rx.try_recv() {
            self.note(&m);
            out.push(m);
        }
        out
    }

    /// What the progress bar says: files done of the total, and the documents so far once there are any.
    pub fn progress_text(&self) -> String {
        let files = format!("{} / {} files", self.done, self.total);
        if self.documents == 0 {
            files
        } else {
            format!("{files} · {} documents", self.documents)
        }
    }

    /// Waits for the whole import (tests and the benchmark use it; the window polls).
    pub fn wait(&mut self) -> Vec<ImportMsg> {
        let mut out = Vec::new();
        while !self.finished {
            match self.rx.recv() {
                Ok(m) => {
                    self.note(&m);
                    out.push(m);
                }
                Err(_) => self.finished = true,
            }
        }
        out
    }
}

fn run(
    archive: &Archive,
    paths: &[PathBuf],
    tx: &Sender<ImportMsg>,
    cancel: &AtomicBool,
    wake: &(impl Fn() + Send),
) {
    // The window is gone when a send fails; the import still finishes, so nothing half-done is left.
    let mut on = |ev: Event<'_>| match ev {
        Event::Started { files } => {
            let _ = tx.send(ImportMsg::Total(files));
            wake();
        }
        Event::Document {
            doc,
            extracted,
            outcome,
        } => {
            let entry = match extracted {
                Some(ex) => Entry {
                    id: outcome.id().to_string(),
                    title: ex.fields.title.clone().unwrap_or_default(),
                    site: ex.fields.site.clone().unwrap_or_default(),
                    status: Status::Draft,
                    published: ex.fields.published.clone().unwrap_or_default(),
                    broken: None,
                },
                // Already recorded: the window lists it from the archive; the id is enough to open it.
                None => match archive.load(outcome.id()) {
                    Ok(r) => Entry::of(&r),
                    Err(_) => Entry {
                        id: outcome.id().to_string(),
                        title: doc.file.clone(),
                        site: String::new(),
                        status: Status::Draft,
                        published: String::new(),
                        broken: None,
                    },
                },
            };
            let new = matches!(
                outcome,
                crate::archive::Imported::New(_) | crate::archive::Imported::Duplicate { .. }
            );
            let _ = tx.send(ImportMsg::Record { entry, new });
        }
        Event::Failed(f) => {
            let _ = tx.send(ImportMsg::Failed(Failed {
                file: f.file.clone(),
                error: f.error.clone(),
            }));
        }
        Event::Progress { done, .. } => {
            let _ = tx.send(ImportMsg::Progress(done));
            wake();
        }
    };
    let report = import_paths(archive, paths, &mut on, cancel);
    let _ = tx.send(ImportMsg::Done(report));
    wake();
}

/// A record being opened on a worker: loading it, reading its raw file and extracting its blocks take from a
/// few ms to seconds (a record from a 100 MB JSON Lines file re-reads that file), never on the UI thread.
pub struct OpenJob {
    pub id: String,
    rx: Receiver<Result<Item, String>>,
}

impl OpenJob {
    /// Starts opening record `id` of `archive`; `wake` is called when it is ready.
    pub fn start(archive: Arc<Archive>, id: String, wake: impl Fn() + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let key = id.clone();
        let spawned = std::thread::Builder::new()
            .name("sift-open".into())
            .spawn(move || {
                let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    super::store::open_item(&archive, &key)
                }))
                .unwrap_or_else(|_| Err(format!("opening {key} failed (a bug: please report it)")));
                let _ = tx.send(res);
                wake();
            });
        if let Err(e) = spawned {
            let (tx, rx2) = channel();
            let _ = tx.send(Err(format!("cannot start a worker: {e}")));
            return Self { id, rx: rx2 };
        }
        Self { id, rx }
    }

    /// The item, once ready (never blocks).
    pub fn poll(&self) -> Option<Result<Item, String>> {
        self.rx.try_recv().ok()
    }

    /// Waits for the item (tests and the benchmark).
    pub fn wait(&self) -> Result<Item, String> {
        self.rx
            .recv()
            .unwrap_or_else(|_| Err("the opening worker stopped".into()))
    }
}

/// Work on many records at once, from the list's selection.
#[derive(Debug, Clone, PartialEq)]
pub enum BulkOp {
    /// Set the status (the old version goes to history).
    Status(Status),
    /// Add or remove a tag.
    Tag { tag: String, add: bool },
    /// Move to the trash.
    Trash,
    /// Reject the records whose page type is known and not an article (articles and unknown types stay).
    RejectNonArticles,
    /// Write the records to a file.
    Export {
        format: crate::archive::export::Format,
        path: PathBuf,
    },
}

impl BulkOp {
    /// What the progress bar says it is doing.
    pub fn verb(&self) -> &'static str {
        match self {
            BulkOp::Status(_) => "Setting status",
            BulkOp::Tag { add: true, .. } => "Tagging",
            BulkOp::Tag { add: false, .. } => "Untagging",
            BulkOp::Trash => "Moving to trash",
            BulkOp::RejectNonArticles => "Rejecting non-articles",
            BulkOp::Export { .. } => "Exporting",
        }
    }
}

/// What a bulk job tells the window.
pub enum BulkMsg {
    Progress(usize),
    Failed {
        id: String,
        error: String,
    },
    /// Something the status line should say when the job is done (an export's cut cells).
    Note(String),
    Done {
        done: usize,
        cancelled: bool,
    },
}

/// A bulk action running on a worker, with its progress and a cancel flag checked between records.
pub struct BulkJob {
    pub op: BulkOp,
    pub what: &'static str,
    /// The records it works on.
    pub ids: Arc<Vec<String>>,
    rx: Receiver<BulkMsg>,
    cancel: Arc<AtomicBool>,
    pub total: usize,
    pub done: usize,
    pub finished: bool,
    pub failures: Vec<(String, String)>,
    pub notes: Vec<String>,
    pub cancelled: bool,
}

impl BulkJob {
    pub fn start(
        archive: Arc<Archive>,
        op: BulkOp,
        ids: Vec<String>,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let ids = Arc::new(ids);
        let (flag, work, op2) = (cancel.clone(), ids.clone(), op.clone());
        let spawned = std::thread::Builder::new()
            .name("sift-bulk".into())
            .spawn(move || {
                let (done, cancelled) = run_bulk(&archive, &op2, &work, &tx, &flag, &wake);
                let _ = tx.send(BulkMsg::Done { done, cancelled });
                wake();
            });
        let total = ids.len();
        Self {
            what: op.verb(),
            op,
            ids,
            rx,
            cancel,
            total,
            done: 0,
            finished: spawned.is_err(),
            failures: Vec::new(),
            notes: Vec::new(),
            cancelled: false,
        }
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    fn note(&mut self, m: BulkMsg) {
        match m {
            BulkMsg::Progress(n) => self.done = n,
            BulkMsg::Failed { id, error } => self.failures.push((id, error)),
            BulkMsg::Note(n) => self.notes.push(n),
            BulkMsg::Done { done, cancelled } => {
                self.done = done;
                self.cancelled = cancelled;
                self.finished = true;
            }
        }
    }

    /// Takes in the worker's messages; true when the job just finished.
    pub fn poll(&mut self) -> bool {
        let was = self.finished;
        while let Ok(m) = self.rx.try_recv() {
            self.note(m);
        }
        self.finished && !was
    }

    /// Waits for the end (tests and the benchmark).
    pub fn wait(&mut self) {
        while !self.finished {
            match self.rx.recv() {
                Ok(m) => self.note(m),
                Err(_) => self.finished = true,
            }
        }
    }
}

/// Records done between two progress messages: often enough for a smooth bar, rarely enough not to flood.
const BULK_PROGRESS_EVERY: usize = 64;

/// Runs `op` over `ids`; returns how many were done and whether it was cancelled.
fn run_bulk(
    archive: &Archive,
    op: &BulkOp,
    ids: &[String],
    tx: &Sender<BulkMsg>,
    cancel: &AtomicBool,
    wake: &(impl Fn() + Send),
) -> (usize, bool) {
    if let BulkOp::Export { format, path } = op {
        let progress = |done: usize, _total: usize| {
            let _ = tx.send(BulkMsg::Progress(done));
            wake();
        };
        return match crate::archive::export::stream::to_path(
            archive,
            *format,
            &crate::archive::export::Options::default(),
            ids,
            path,
            &progress,
            cancel,
        ) {
            Ok(done) => {
                if done.cut_cells > 0 {
                    let _ = tx.send(BulkMsg::Note(format!(
                        "{} longer than a spreadsheet cell cut, each marked (JSONL keeps them whole)",
                        crate::count(done.cut_cells, "cell")
                    )));
                }
                for e in done.skipped {
                    let _ = tx.send(BulkMsg::Failed {
                        id: path.display().to_string(),
                        error: e.to_string(),
                    });
                }
                (done.written, done.cancelled)
            }
            Err(e) => {
                let _ = tx.send(BulkMsg::Failed {
                    id: path.display().to_string(),
                    error: e.to_string(),
                });
                (0, false)
            }
        };
    }
    // Records a "reject non-articles" left as they were (articles, and pages of unknown type).
    let mut left = 0;
    let note_left = |left: usize| {
        if matches!(op, BulkOp::RejectNonArticles) && left > 0 {
            let _ = tx.send(BulkMsg::Note(format!(
                "{} left as {} (articles or of unknown type)",
                crate::count(left, "record"),
                if left == 1 { "it was" } else { "they were" }
            )));
        }
    };
    for (i, id) in ids.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            note_left(left);
            return (i, true);
        }
        let res = match op {
            BulkOp::Status(s) => archive.set_status(id, *s),
            BulkOp::Tag { tag, add: true } => archive.edit_tags(id, std::slice::from_ref(tag), &[]),
            BulkOp::Tag { tag, add: false } => {
                archive.edit_tags(id, &[], std::slice::from_ref(tag))
            }
            BulkOp::Trash => archive.trash(id),
            BulkOp::RejectNonArticles => match archive.load(id) {
                Ok(r) if matches!(r.page_type, PageType::Article | PageType::Unknown) => {
                    left += 1;
                    Ok(())
                }
                Ok(_) => archive.set_status(id, Status::Rejected),
                Err(e) => Err(e),
            },
            BulkOp::Export { .. } => Ok(()),
        }
        .map_err(|e| e.to_string());
        if let Err(error) = res {
            let _ = tx.send(BulkMsg::Failed {
                id: id.clone(),
                error,
            });
        }
        if (i + 1) % BULK_PROGRESS_EVERY == 0 {
            let _ = tx.send(BulkMsg::Progress(i + 1));
            wake();
        }
    }
    note_left(left);
    (ids.len(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One file of many documents: the file count says 0 of 1 until it is read, the document count moves.
    #[test]
    fn progress_counts_documents_inside_one_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("crawl.jsonl");
        let lines: String = (0..5)
            .map(|i| {
                format!(
                    "{{\"url\": \"https://example.org/{i}\", \"title\": \"Item {i}\", \"text\": \"Item {i} has a \
                     body long enough to be an article, with a few more words about item number {i}.\"}}\n"
                )
            })
            .collect();
        std::fs::write(&file, lines).expect("jsonl");
        let archive = Arc::new(Archive::open(dir.path().join("a")).expect("archive"));
        let mut job = ImportJob::start(archive, vec![file], || {});
        assert_eq!(job.progress_text(), "0 / 0 files");
        job.wait();
        assert_eq!(job.documents, 5);
        assert_eq!(job.progress_text(), "1 / 1 files · 5 documents");
    }
}
