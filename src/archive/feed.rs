//! Stages 2 and 3 of the import pipeline (see `import.rs`), on the producer thread: files opened a batch at a
//! time in parallel, their entries read one at a time in file order (a WARC record by record, whatever its
//! size), documents extracted in parallel chunks, each chunk handed to the writer over a bounded channel.
//!
//! Memory stays flat: a chunk holds at most `chunk` documents (and a bounded number of skipped or failed
//! entries), the channel holds `CHUNKS_AHEAD` pieces, and the reader of a streamed file is only pulled while a
//! chunk has room, so a slow writer holds the reading back instead of letting documents pile up.

use super::import::{Done, Failure};
use super::store::RawBytes;
use crate::input::{self, Document, Documents, Entry, Limits};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, OnceLock};

/// Documents extracted per chunk, per thread: large enough that the pool stays busy between chunks, small enough
/// that a chunk's extractions (blocks and fields) stay a few MB.
pub(super) const DOCS_PER_THREAD: usize = 32;
/// Files opened per batch, per thread. Files read whole keep their bytes until their last document is written;
/// a streamed WARC holds only its buffers.
const FILES_PER_THREAD: usize = 8;
/// Entries (skipped records, failures) a chunk may gather per document it may hold, before it is sent anyway: a
/// WARC of a million images and no page still moves on in bounded memory.
const ENTRIES_PER_DOC: usize = 16;
/// Pieces extracted ahead of the writer.
pub(super) const CHUNKS_AHEAD: usize = 2;

/// A document's raw bytes, hashed once by whichever stage needs them first, shared by the documents of one file.
pub(super) type RawCell = Arc<OnceLock<RawBytes<'static>>>;

/// A file as the writer sees it: its path, or why it could not be opened.
pub(super) struct FileHead {
    pub path: PathBuf,
    pub error: Option<String>,
}

/// One entry of a file, in the order read.
pub(super) enum Slot {
    /// A document; `done` is filled by the extraction stage before the piece is sent.
    Doc {
        doc: Box<Document>,
        /// The bytes the archive keeps for it, hashed once for all the documents that share them.
        raw: RawCell,
        done: Option<Done>,
    },
    /// Not a document (a WARC's request, an image, a saved page's asset): counted by kind.
    Skipped(&'static str),
    /// One record of a container that could not be read.
    Failed(Failure),
}

/// Consecutive entries of one file; `last` when the file ends with them.
pub(super) struct Piece {
    pub file: Arc<FileHead>,
    pub slots: Vec<Slot>,
    pub last: bool,
}

/// The pieces gathered for the next send, and how full they are.
struct Chunk {
    pieces: Vec<Piece>,
    docs: usize,
    entries: usize,
    size: usize,
    /// The last document's raw bytes and their hash cell: the next document sharing them shares the cell.
    last_raw: Option<(Arc<Vec<u8>>, RawCell)>,
}

impl Chunk {
    fn full(&self) -> bool {
        self.docs >= self.size || self.entries >= self.size * ENTRIES_PER_DOC
    }

    fn start(&mut self, file: &Arc<FileHead>) {
        self.pieces.push(Piece {
            file: file.clone(),
            slots: Vec::new(),
            last: false,
        });
    }

    fn end_file(&mut self) {
        if let Some(p) = self.pieces.last_mut() {
            p.last = true;
        }
        self.last_raw = None;
    }

    fn push(&mut self, entry: Entry) {
        let slot = match entry {
            Entry::Document(doc) => {
                self.docs += 1;
                let bytes = doc.raw.clone().unwrap_or_default();
                let raw = match &self.last_raw {
                    Some((b, cell)) if Arc::ptr_eq(b, &bytes) => cell.clone(),
                    _ => {
                        let cell = Arc::new(OnceLock::new());
                        self.last_raw = Some((bytes, cell.clone()));
                        cell
                    }
                };
                Slot::Doc {
                    doc,
                    raw,
                    done: None,
                }
            }
            Entry::Skipped { kind, .. } => Slot::Skipped(kind),
            Entry::Failed(e) => Slot::Failed(Failure {
                file: failed_file(&e),
                error: e.to_string(),
            }),
        };
        self.entries += 1;
        if let Some(p) = self.pieces.last_mut() {
            p.slots.push(slot);
        }
    }

    /// Hashes and extracts the pending documents in parallel and sends the pieces; false when the writer is
    /// gone. The piece of a file still being read goes on in a new piece.
    fn send(
        &mut self,
        tx: &SyncSender<Piece>,
        extract: &(dyn Fn(&Document) -> Done + Sync),
    ) -> bool {
        let pending: Vec<&mut Slot> = self
            .pieces
            .iter_mut()
            .flat_map(|p| p.slots.iter_mut())
            .filter(|s| matches!(s, Slot::Doc { done: None, .. }))
            .collect();
        pending.into_par_iter().for_each(|slot| {
            if let Slot::Doc { doc, raw, done } = slot {
                raw.get_or_init(|| RawBytes::shared(doc.raw.clone().unwrap_or_default()));
                *done = Some(extract(doc));
            }
        });
        let open = self
            .pieces
            .last()
            .filter(|p| !p.last)
            .map(|p| p.file.clone());
        self.docs = 0;
        self.entries = 0;
        let sent = self.pieces.drain(..).all(|p| tx.send(p).is_ok());
        if let Some(file) = open {
            self.start(&file);
        }
        sent
    }
}

/// The name an entry's error is about (`path#N` for one record of a container).
fn failed_file(e: &input::InputError) -> String {
    match e {
        input::InputError::Io { path, .. }
        | input::InputError::Invalid { path, .. }
        | input::InputError::FileTooLarge { path, .. }
        | input::InputError::TooLarge { path, .. } => path.clone(),
    }
}

/// Stages 2 and 3 over `files`: sends pieces in file order until done, until `cancel` is set (checked before
/// each chunk is extracted) or until the writer is gone.
pub(super) fn produce(
    files: &[PathBuf],
    threads: usize,
    tx: &SyncSender<Piece>,
    cancel: &AtomicBool,
    extract: &(dyn Fn(&Document) -> Done + Sync),
) {
    let mut chunk = Chunk {
        pieces: Vec::new(),
        docs: 0,
        entries: 0,
        size: DOCS_PER_THREAD * threads,
        last_raw: None,
    };
    let stop = |chunk: &mut Chunk| cancel.load(Ordering::Relaxed) || !chunk.send(tx, extract);
    for batch in files.chunks(FILES_PER_THREAD * threads) {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let opened: Vec<(PathBuf, Result<Documents, String>)> = batch
            .par_iter()
            .map(|p| {
                let docs = input::open(p, &Limits::default()).map_err(|e| e.to_string());
                (p.clone(), docs)
            })
            .collect();
        for (path, docs) in opened {
            let (entries, error) = match docs {
                Ok(d) => (Some(d), None),
                Err(e) => (None, Some(e)),
            };
            chunk.start(&Arc::new(FileHead { path, error }));
            for entry in entries.into_iter().flatten() {
                chunk.push(entry);
                if chunk.full() && stop(&mut chunk) {
                    return;
                }
            }
            chunk.end_file();
        }
    }
    if !chunk.pieces.is_empty() {
        let _ = stop(&mut chunk);
    }
}
