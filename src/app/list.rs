//! The record list: the archive's records as the index lists them for the search box's query (Sift's query
//! language) and the clicked column, filled by a worker, and the curator's selection over them. Nothing here walks the records in a frame: the rows come
//! from the worker already filtered and sorted, and the list draws only the rows on screen.

use super::store::Entry;
use crate::archive::Archive;
use crate::archive::catalog::SortKey;
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// Time the search box must rest before its query goes to the worker: a query per keystroke would make the
/// worker list the archive for words nobody asked for.
pub const DEBOUNCE_S: f64 = 0.15;

/// The list's columns, each a sort key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Column {
    Status,
    #[default]
    Date,
    Site,
    Title,
}

impl Column {
    pub const ALL: [Column; 4] = [Column::Status, Column::Date, Column::Site, Column::Title];

    pub fn label(self) -> &'static str {
        match self {
            Column::Status => "status",
            Column::Date => "date",
            Column::Site => "site",
            Column::Title => "title",
        }
    }
}

/// The list's order: a column, and which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListOrder {
    pub column: Column,
    pub descending: bool,
}

impl Default for ListOrder {
    /// Newest first.
    fn default() -> Self {
        Self {
            column: Column::Date,
            descending: true,
        }
    }
}

/// What the list asks its worker for.
#[derive(Debug, Clone, PartialEq)]
struct Request {
    generation: u64,
    query: String,
    order: ListOrder,
}

/// What the worker answers.
pub enum ListMsg {
    /// The index is being brought in step: records done of the total to read.
    Indexing { done: usize, total: usize },
    /// The index is in step (with a note when it was made anew or cancelled); requests are answered now.
    Indexed { note: Option<String> },
    /// Rows for a request, and how long the worker took.
    Rows {
        generation: u64,
        rows: Result<Vec<Entry>, String>,
        took: Duration,
    },
}

/// The list's worker: serves the latest request, skipping those a newer one made stale.
struct Worker {
    tx: Sender<Request>,
    rx: Receiver<ListMsg>,
    cancel: Arc<std::sync::atomic::AtomicBool>,
}

impl Worker {
    /// The worker holds the archive only while it brings the index in step; it answers requests from its own
    /// connection to the index, so closing the window releases the archive's lock at once.
    fn start(archive: &Arc<Archive>, wake: impl Fn() + Send + 'static) -> Option<Self> {
        let (tx, requests) = channel::<Request>();
        let (out, rx) = channel();
        let archive = Arc::downgrade(archive);
        let cancel = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = cancel.clone();
        std::thread::Builder::new()
            .name("sift-list".into())
            .spawn(move || {
                // A panic in the worker would leave the list waiting for ever: it is told as the list's error.
                let served = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    serve(&archive, &requests, &out, &flag, &wake)
                }));
                if let Err(p) = served {
                    let why = p
                        .downcast_ref::<String>()
                        .map(String::as_str)
                        .or_else(|| p.downcast_ref::<&str>().copied())
                        .unwrap_or("unknown cause");
                    let _ = out.send(ListMsg::Rows {
                        generation: 0,
                        rows: Err(format!("Listing the archive failed: {why}")),
                        took: Duration::ZERO,
                    });
                    wake();
                }
            })
            .ok()?;
        Some(Self { tx, rx, cancel })
    }
}

/// The worker: first brings the archive's index in step with the record files (made anew when missing or out of
/// date, with progress; `cancel` stops it), then answers each request with the index's rows, the latest only.
fn serve(
    archive: &std::sync::Weak<Archive>,
    requests: &Receiver<Request>,
    out: &Sender<ListMsg>,
    cancel: &std::sync::atomic::AtomicBool,
    wake: &(impl Fn() + Send),
) {
    let indexed = {
        let Some(archive) = archive.upgrade() else {
            return;
        };
        let progress = |done: usize, total: usize| {
            // Every 2,048 records: a smooth bar without a message per record.
            if done.is_multiple_of(2048) || done == total {
                let _ = out.send(ListMsg::Indexing { done, total });
                wake();
            }
        };
        archive.index(&progress, cancel)
    };
    let catalog = match indexed {
        Ok((c, report)) => {
            let note = if report.cancelled {
                Some("Indexing cancelled: the list shows the records indexed so far".to_string())
            } else {
                report
                    .rebuilt
                    .map(|why| format!("The archive's index was made anew ({why})"))
            };
            let _ = out.send(ListMsg::Indexed { note });
            c
        }
        Err(e) => {
            let _ = out.send(ListMsg::Rows {
                generation: 0,
                rows: Err(format!("The archive's index cannot be opened: {e}")),
                took: Duration::ZERO,
            });
            wake();
            return;
        }
    };
    while let Ok(mut req) = requests.recv() {
        while let Ok(newer) = requests.try_recv() {
            req = newer;
        }
        let started = Instant::now();
        let order = crate::archive::catalog::Order {
            key: match req.order.column {
                Column::Status => SortKey::Status,
                Column::Date => SortKey::Date,
                Column::Site => SortKey::Site,
                Column::Title => SortKey::Title,
            },
            descending: req.order.descending,
        };
        let rows = catalog
            .rows(&req.query, Some(order), None)
            .map(|rows| rows.into_iter().map(entry_of_row).collect())
            .map_err(|e| e.to_string());
        let msg = ListMsg::Rows {
            generation: req.generation,
            rows,
            took: started.elapsed(),
        };
        if out.send(msg).is_err() {
            return;
        }
        wake();
    }
}

fn entry_of_row(r: crate::archive::catalog::Row) -> Entry {
    Entry {
        id: r.id,
        title: r.title.unwrap_or_default(),
        site: r.site.unwrap_or_default(),
        status: r.status,
        published: r.published.unwrap_or_default(),
        broken: r.broken,
    }
}

/// The list as the window holds it.
#[derive(Default)]
pub struct RecordList {
    /// The rows shown, in order.
    pub rows: Arc<Vec<Entry>>,
    pub order: ListOrder,
    /// Ids of the selected rows.
    pub selected: HashSet<String>,
    /// Where Shift+click ranges start: the last row clicked without Shift.
    pub anchor: Option<String>,
    /// True once rows for the current request arrived.
    pub complete: bool,
    /// Why the last listing failed.
    pub error: Option<String>,
    /// The query the shown rows answer.
    pub shown_query: String,
    /// The search box's text when it last changed, and when (egui time): sent once it rests.
    typed: Option<(String, f64)>,
    /// The request whose answer is awaited.
    generation: u64,
    worker: Option<Worker>,
    /// Set once the first complete listing was reported (for `SIFT_TIMING`).
    pub reported: bool,
    /// The index being brought in step: records done, of the total (`None` once in step).
    pub indexing: Option<(usize, usize)>,
    /// What the indexing said (made anew, cancelled), for the status line.
    pub note: Option<String>,
}

impl RecordList {
    /// A list over `archive`, asking at once for every record.
    pub fn open(archive: Arc<Archive>, wake: impl Fn() + Send + 'static) -> Self {
        let mut l = Self {
            worker: Worker::start(&archive, wake),
            ..Self::default()
        };
        l.request(String::new());
        l
    }

    fn request(&mut self, query: String) {
        self.generation += 1;
        self.complete = false;
        if let Some(w) = &self.worker {
            let sent = w.tx.send(Request {
                generation: self.generation,
                query,
                order: self.order,
            });
            if sent.is_err() {
                self.error = Some("the list's worker stopped".into());
            }
        }
    }

    /// The records changed (the index follows every write): list them again for the shown query.
    pub fn refresh(&mut self) {
        let q = self
            .typed
            .as_ref()
            .map(|(q, _)| q.clone())
            .unwrap_or_else(|| self.shown_query.clone());
        self.typed = None;
        self.request(q);
    }

    /// Sorts by `column`: a second click on the same column turns the order round.
    pub fn sort_by(&mut self, column: Column) {
        self.order = if self.order.column == column {
            ListOrder {
                column,
                descending: !self.order.descending,
            }
        } else {
            ListOrder {
                column,
                descending: column == Column::Date,
            }
        };
        let q = self.shown_query.clone();
        self.request(q);
    }

    /// The search box holds `text` at egui time `now`: the query goes out once the box rests for
    /// [`DEBOUNCE_S`]. Returns true while a query waits (the window repaints to send it).
    pub fn search(&mut self, text: &str, now: f64) -> bool {
        match &self.typed {
            Some((t, _)) if t == text => {}
            _ if self.typed.is_none() && text == self.shown_query => return false,
            _ => self.typed = Some((text.to_string(), now)),
        }
        if let Some((t, at)) = self.typed.clone()
            && now - at >= DEBOUNCE_S
        {
            self.typed = None;
            if t != self.shown_query {
                self.shown_query = t.clone();
                self.request(t);
            }
            return false;
        }
        self.typed.is_some()
    }

    /// Takes in the worker's answers; returns true when the current request's rows arrived.
    pub fn poll(&mut self) -> bool {
        let Some(w) = &self.worker else { return false };
        let mut arrived = false;
        loop {
            let msg = match w.rx.try_recv() {
                Ok(m) => m,
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    // The worker is gone (its archive was closed): nothing more will come.
                    self.worker = None;
                    if !self.complete {
                        self.complete = true;
                        self.error.get_or_insert_with(|| {
                            "The list stopped: open the archive again".into()
                        });
                        arrived = true;
                    }
                    break;
                }
            };
            match msg {
                ListMsg::Indexing { done, total } => self.indexing = Some((done, total)),
                ListMsg::Indexed { note } => {
                    self.indexing = None;
                    self.note = note;
                }
                ListMsg::Rows {
                    generation, rows, ..
                } => {
                    // Generation 0: the index could not be opened; every request fails the same way.
                    if generation != self.generation && generation != 0 {
                        continue;
                    }
                    // Rows come after the indexing, or instead of it when it failed.
                    self.indexing = None;
                    match rows {
                        Ok(r) => {
                            self.rows = Arc::new(r);
                            self.error = None;
                        }
                        Err(e) => self.error = Some(e),
                    }
                    self.complete = true;
                    arrived = true;
                }
            }
        }
        arrived
    }

    /// Stops the indexing (the list then shows what was indexed so far).
    pub fn cancel_indexing(&self) {
        if let Some(w) = &self.worker {
            w.cancel.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// True while the worker has a request to answer.
    pub fn busy(&self) -> bool {
        self.worker.is_some() && !self.complete
    }

    /// Waits for the current request's rows (tests and the benchmark; the window polls).
    pub fn wait(&mut self) {
        while !self.complete && self.worker.is_some() {
            if self.poll() {
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// The row clicked at `index`, with the modifiers held: plain selects it alone, Ctrl (Cmd) toggles it,
    /// Shift selects the range from the anchor.
    pub fn click(&mut self, index: usize, ctrl: bool, shift: bool) {
        let Some(id) = self.rows.get(index).map(|r| r.id.clone()) else {
            return;
        };
        if shift
            && let Some(a) = self
                .anchor
                .as_ref()
                .and_then(|a| self.rows.iter().position(|r| &r.id == a))
        {
            let (lo, hi) = (a.min(index), a.max(index));
            if !ctrl {
                self.selected.clear();
            }
            self.selected
                .extend(self.rows[lo..=hi].iter().map(|r| r.id.clone()));
            return;
        }
        if ctrl {
            if !self.selected.remove(&id) {
                self.selected.insert(id.clone());
            }
        } else {
            self.selected.clear();
            self.selected.insert(id.clone());
        }
        self.anchor = Some(id);
    }

    /// Selects every row shown.
    pub fn select_all(&mut self) {
        self.selected = self.rows.iter().map(|r| r.id.clone()).collect();
    }

    /// The selected ids in the list's order (ids no longer shown come last, sorted).
    pub fn selection(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .rows
            .iter()
            .filter(|r| self.selected.contains(&r.id))
            .map(|r| r.id.clone())
            .collect();
        if out.len() < self.selected.len() {
            let shown: HashSet<&String> = out.iter().collect();
            let mut rest: Vec<String> = self
                .selected
                .iter()
                .filter(|id| !shown.contains(id))
                .cloned()
                .collect();
            rest.sort();
            out.extend(rest);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Status;

    fn entry(id: &str, title: &str, date: &str) -> Entry {
        Entry {
            id: id.into(),
            title: title.into(),
            site: "example.org".into(),
            status: Status::Draft,
            published: date.into(),
            broken: None,
        }
    }

    fn list_of(ids: &[&str]) -> RecordList {
        RecordList {
            rows: Arc::new(ids.iter().map(|i| entry(i, i, "")).collect()),
            ..RecordList::default()
        }
    }

    #[test]
    fn click_ctrl_click_and_shift_click_select_as_file_managers_do() {
        let mut l = list_of(&["a", "b", "c", "d", "e"]);
        l.click(1, false, false);
        assert_eq!(l.selection(), ["b"]);
        l.click(3, false, true);
        assert_eq!(l.selection(), ["b", "c", "d"]);
        l.click(0, true, false);
        assert_eq!(l.selection(), ["a", "b", "c", "d"]);
        l.click(2, true, false);
        assert_eq!(l.selection(), ["a", "b", "d"]);
        // The anchor moved to the last Ctrl+click: Shift+click ranges from there.
        l.click(4, false, true);
        assert_eq!(l.selection(), ["c", "d", "e"]);
        l.select_all();
        assert_eq!(l.selection().len(), 5);
    }

    #[test]
    fn the_search_box_is_sent_once_it_rests() {
        let mut l = list_of(&[]);
        assert!(l.search("har", 1.0), "waits");
        assert!(l.search("harb", 1.05), "typing goes on");
        assert_eq!(l.generation, 0, "nothing sent while typing");
        assert!(!l.search("harb", 1.06 + DEBOUNCE_S), "sent once it rested");
        assert_eq!(l.generation, 1);
        assert_eq!(l.shown_query, "harb");
        assert!(!l.search("harb", 5.0), "the same text is not sent again");
        assert_eq!(l.generation, 1);
    }
}
