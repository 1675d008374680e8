//! The record list: the archive's records as listed for the search box's query and the clicked column, filled by
//! a worker, and the curator's selection over them. Nothing here walks the records in a frame: the rows come
//! from the worker already filtered and sorted, and the list draws only the rows on screen.

use super::store::Entry;
use crate::archive::Archive;
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
    /// The records changed (an import, a bulk action): read them again.
    reload: bool,
}

/// What the worker answers.
pub enum ListMsg {
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
}

impl Worker {
    /// The worker holds the archive only while it answers a request, so closing the window releases the
    /// archive's lock at once, not when the idle worker notices.
    fn start(archive: &Arc<Archive>, wake: impl Fn() + Send + 'static) -> Option<Self> {
        let (tx, requests) = channel::<Request>();
        let (out, rx) = channel();
        let archive = Arc::downgrade(archive);
        std::thread::Builder::new()
            .name("sift-list".into())
            .spawn(move || serve(&archive, &requests, &out, &wake))
            .ok()?;
        Some(Self { tx, rx })
    }
}

fn serve(
    archive: &std::sync::Weak<Archive>,
    requests: &Receiver<Request>,
    out: &Sender<ListMsg>,
    wake: &(impl Fn() + Send),
) {
    let mut all: Option<Vec<Entry>> = None;
    while let Ok(mut req) = requests.recv() {
        let mut reload = req.reload;
        while let Ok(newer) = requests.try_recv() {
            reload |= newer.reload;
            req = newer;
        }
        let started = Instant::now();
        let Some(archive) = archive.upgrade() else {
            return;
        };
        if reload || all.is_none() {
            all = archive
                .list()
                .ok()
                .map(|s| s.into_iter().map(Entry::of_summary).collect());
        }
        let rows = match &all {
            Some(a) => Ok(select(a, &req.query, req.order)),
            None => Err("the archive's records could not be listed".to_string()),
        };
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

/// The rows of `all` matching `query` (every word in the title, site or id), in `order`.
fn select(all: &[Entry], query: &str, order: ListOrder) -> Vec<Entry> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let mut rows: Vec<Entry> = all
        .iter()
        .filter(|e| {
            words.is_empty() || {
                let hay = format!("{} {} {}", e.title, e.site, e.id).to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            }
        })
        .cloned()
        .collect();
    let key = |e: &Entry| -> String {
        match order.column {
            Column::Status => e.status.as_str().to_string(),
            Column::Date => e.published.clone(),
            Column::Site => e.site.to_lowercase(),
            Column::Title => e.title.to_lowercase(),
        }
    };
    rows.sort_by_cached_key(|e| (key(e), e.id.clone()));
    if order.descending {
        rows.reverse();
    }
    rows
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
}

impl RecordList {
    /// A list over `archive`, asking at once for every record.
    pub fn open(archive: Arc<Archive>, wake: impl Fn() + Send + 'static) -> Self {
        let mut l = Self {
            worker: Worker::start(&archive, wake),
            ..Self::default()
        };
        l.request(String::new(), true);
        l
    }

    fn request(&mut self, query: String, reload: bool) {
        self.generation += 1;
        self.complete = false;
        if let Some(w) = &self.worker {
            let sent = w.tx.send(Request {
                generation: self.generation,
                query,
                order: self.order,
                reload,
            });
            if sent.is_err() {
                self.error = Some("the list's worker stopped".into());
            }
        }
    }

    /// The records changed: list them again for the shown query.
    pub fn refresh(&mut self) {
        let q = self
            .typed
            .as_ref()
            .map(|(q, _)| q.clone())
            .unwrap_or_else(|| self.shown_query.clone());
        self.typed = None;
        self.request(q, true);
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
        self.request(q, false);
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
                self.request(t, false);
            }
            return false;
        }
        self.typed.is_some()
    }

    /// Takes in the worker's answers; returns true when the current request's rows arrived.
    pub fn poll(&mut self) -> bool {
        let Some(w) = &self.worker else { return false };
        let mut arrived = false;
        while let Ok(ListMsg::Rows {
            generation, rows, ..
        }) = w.rx.try_recv()
        {
            if generation != self.generation {
                continue;
            }
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
        arrived
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
    fn select_filters_every_word_and_sorts_by_the_column() {
        let all = vec![
            entry("x1", "Harbour lamp restored", "2024-03-01"),
            entry("x2", "Ferry timetable", "2025-01-02"),
            entry("x3", "Old harbour pier", "2023-07-09"),
        ];
        let rows = select(&all, "HARBOUR", ListOrder::default());
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["x1", "x3"], "newest first");
        let rows = select(
            &all,
            "",
            ListOrder {
                column: Column::Title,
                descending: false,
            },
        );
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["x2", "x1", "x3"]);
        assert!(select(&all, "harbour ferry", ListOrder::default()).is_empty());
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
