//! Background work: imports run on a worker thread, report over a channel and wake the window, so it stays
//! responsive; a Cancel flag stops them between files.

use super::state::{Failed, Item};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// What a running import tells the window.
pub enum ImportMsg {
    /// How many files the walk found.
    Total(usize),
    /// One file finished: its documents, or why it failed.
    File {
        items: Vec<Item>,
        failed: Option<Failed>,
    },
    /// The run is over (finished or cancelled).
    Done { cancelled: bool },
}

/// A running import, as the window holds it.
pub struct ImportJob {
    rx: Receiver<ImportMsg>,
    cancel: Arc<AtomicBool>,
    pub total: usize,
    pub done: usize,
    pub finished: bool,
}

impl ImportJob {
    /// Starts importing `paths` on a worker; `wake` is called after each message (the window's repaint).
    pub fn start(paths: Vec<PathBuf>, wake: impl Fn() + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = cancel.clone();
        let spawned = std::thread::Builder::new()
            .name("sift-import".into())
            .spawn(move || run(paths, &tx, &flag, &wake));
        let mut job = Self {
            rx,
            cancel,
            total: 0,
            done: 0,
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

    /// Messages received since the last call (never blocks).
    pub fn poll(&mut self) -> Vec<ImportMsg> {
        let mut out = Vec::new();
        while let Ok(m) = self.rx.try_recv() {
            match &m {
                ImportMsg::Total(n) => self.total = *n,
                ImportMsg::File { .. } => self.done += 1,
                ImportMsg::Done { .. } => self.finished = true,
            }
            out.push(m);
        }
        out
    }

    /// Waits for the whole import (tests and the benchmark use it; the window polls).
    pub fn wait(&mut self) -> Vec<ImportMsg> {
        let mut out = Vec::new();
        while !self.finished {
            match self.rx.recv() {
                Ok(m) => {
                    match &m {
                        ImportMsg::Total(n) => self.total = *n,
                        ImportMsg::File { .. } => self.done += 1,
                        ImportMsg::Done { .. } => self.finished = true,
                    }
                    out.push(m);
                }
                Err(_) => self.finished = true,
            }
        }
        out
    }
}

fn run(
    paths: Vec<PathBuf>,
    tx: &Sender<ImportMsg>,
    cancel: &AtomicBool,
    wake: &(impl Fn() + Send),
) {
    let files = crate::cli::extract::walk(&paths);
    let _ = tx.send(ImportMsg::Total(files.len()));
    wake();
    let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    // Files go out in order, but extraction of many files uses every core through a small pool.
    let results: Mutex<Vec<Option<ImportMsg>>> =
        Mutex::new((0..files.len()).map(|_| None).collect());
    let mut next_to_send = 0;
    let chunk = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .max(1);
    let mut cancelled = false;
    for start in (0..files.len()).step_by(chunk) {
        if cancel.load(Ordering::Relaxed) {
            cancelled = true;
            break;
        }
        let end = (start + chunk).min(files.len());
        std::thread::scope(|s| {
            for (i, f) in files.iter().enumerate().take(end).skip(start) {
                let results = &results;
                let now = &now;
                s.spawn(move || {
                    let msg = import_one(f, now);
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(msg);
                    }
                });
            }
        });
        if let Ok(mut r) = results.lock() {
            while next_to_send < end {
                if let Some(m) = r[next_to_send].take() {
                    let _ = tx.send(m);
                }
                next_to_send += 1;
            }
        }
        wake();
    }
    let _ = tx.send(ImportMsg::Done { cancelled });
    wake();
}

/// Reads and extracts one file; never panics the worker (a panic in extraction is reported as the file's error).
fn import_one(f: &std::path::Path, now: &str) -> ImportMsg {
    let name = f.display().to_string();
    let fail = |error: String| ImportMsg::File {
        items: vec![],
        failed: Some(Failed {
            file: name.clone(),
            error,
        }),
    };
    let bytes = match crate::input::read_raw(f, &crate::input::Limits::default()) {
        Ok(b) => Arc::new(b),
        Err(e) => return fail(e.to_string()),
    };
    let docs = match crate::input::read_bytes(&name, &bytes) {
        Ok(d) => d,
        Err(e) => return fail(e.to_string()),
    };
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        docs.into_iter()
            .map(|d| {
                // A WARC record keeps its own bytes, not the whole WARC's.
                let raw = d.raw.clone().unwrap_or_else(|| bytes.clone());
                Item::from_extraction(d, raw, now)
            })
            .collect::<Vec<_>>()
    }));
    match caught {
        Ok(items) => ImportMsg::File {
            items,
            failed: None,
        },
        Err(_) => fail("the extractor failed on this file (a bug: please report it)".into()),
    }
}
