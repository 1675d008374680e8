//! What the window works on: the queue of items, and the edits of the open one (flips, assignments, field
//! changes), each recorded for undo. No drawing here, so every edit can be tested without a window.

use super::selection::Selection;
use super::undo::{History, Snapshot};
use crate::extract::{self, Block, Role};
use crate::input::Document;
use crate::record::{Record, Status};
use std::sync::Arc;

/// Key in `extraction` under which the curator's flips are saved (indexes of blocks whose role the curator
/// changed from the automatic one), so reopening a record shows them.
pub const FLIPS_KEY: &str = "curator_roles";

/// How an item stands, for the queue's status column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemStatus {
    New,
    Edited,
    Draft,
    Curated,
    Rejected,
    Error,
}

impl ItemStatus {
    pub fn label(self) -> &'static str {
        match self {
            ItemStatus::New => "new",
            ItemStatus::Edited => "edited",
            ItemStatus::Draft => "draft",
            ItemStatus::Curated => "curated",
            ItemStatus::Rejected => "rejected",
            ItemStatus::Error => "error",
        }
    }
}

/// One document being curated: its record, its blocks with their current roles, and its undo history.
#[derive(Debug, Clone)]
pub struct Item {
    pub record: Record,
    pub blocks: Vec<Block>,
    /// The roles the extractor gave, for flipping back and for saving only the curator's changes.
    pub auto_roles: Vec<Role>,
    /// The decoded document (its text is the raw pane's HTML source view).
    pub doc: Arc<Document>,
    /// The file's bytes, for re-decoding with another encoding; empty when they could not be found.
    pub raw: Arc<Vec<u8>>,
    pub history: History,
    /// Changed since it was opened or last saved.
    pub dirty: bool,
    /// The archive holds a version of it.
    pub in_archive: bool,
    /// Why `raw` is not the archive's raw file as imported (missing, changed), for the status line.
    pub raw_problem: Option<String>,
    /// The raw lines selected.
    pub selection: Option<Selection>,
    /// Counts every change, so what is derived from the body is computed once per change, not once a frame.
    rev: u64,
    derived: std::cell::Cell<Option<Derived>>,
}

/// Facts about the body the panels show every frame, each a pass over the whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Derived {
    rev: u64,
    pub words: usize,
    /// The body is what the kept blocks give (no hand edits).
    pub follows_blocks: bool,
    /// The body differs from the automatic one.
    pub differs_from_auto: bool,
}

/// A file that could not be read, listed in the queue with its reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Failed {
    pub file: String,
    pub error: String,
}

impl Item {
    /// A new item from a freshly extracted document.
    pub fn from_extraction(doc: Document, raw: Arc<Vec<u8>>, imported_at: &str) -> Self {
        let ex = extract::extract(&doc);
        let record = extract::to_record(&doc, &ex, imported_at);
        Self::assemble(record, ex.blocks, Arc::new(doc), raw, false)
    }

    /// Reopens a saved record over its document: the blocks come from a fresh extraction, then the curator's
    /// saved flips are applied, and the record's own field values are kept as saved.
    pub fn from_saved(record: Record, doc: Document, raw: Arc<Vec<u8>>) -> Self {
        let ex = extract::extract(&doc);
        let auto_roles: Vec<Role> = ex.blocks.iter().map(|b| b.role).collect();
        let mut blocks = ex.blocks;
        if let Some(map) = record
            .extraction
            .extra
            .get(FLIPS_KEY)
            .and_then(|v| v.as_object())
        {
            for (k, v) in map {
                let role: Option<Role> = serde_json::from_value(v.clone()).ok();
                if let (Ok(i), Some(role)) = (k.parse::<usize>(), role)
                    && let Some(b) = blocks.get_mut(i)
                {
                    b.role = role;
                }
            }
        }
        let mut item = Self::assemble(record, blocks, Arc::new(doc), raw, true);
        item.auto_roles = auto_roles;
        item
    }

    fn assemble(
        record: Record,
        blocks: Vec<Block>,
        doc: Arc<Document>,
        raw: Arc<Vec<u8>>,
        in_archive: bool,
    ) -> Self {
        let auto_roles = blocks.iter().map(|b| b.role).collect();
        let start = history_start(&record, &blocks);
        let mut history = History::new(start.clone());
        if in_archive {
            history.saved(start);
        }
        Self {
            record,
            blocks,
            auto_roles,
            doc,
            raw,
            history,
            dirty: false,
            in_archive,
            raw_problem: None,
            selection: None,
            rev: 0,
            derived: std::cell::Cell::new(None),
        }
    }

    pub fn status(&self) -> ItemStatus {
        if self.dirty {
            return ItemStatus::Edited;
        }
        if !self.in_archive {
            return ItemStatus::New;
        }
        match self.record.status {
            Status::Draft => ItemStatus::Draft,
            Status::Curated => ItemStatus::Curated,
            Status::Rejected => ItemStatus::Rejected,
        }
    }

    /// The title to list it by.
    pub fn display_title(&self) -> String {
        match self.record.title.as_deref() {
            Some(t) if !t.trim().is_empty() => t.to_string(),
            // No title yet: the file's name says more than its whole path.
            _ => {
                let f = &self.record.source.file;
                f.rsplit(['/', '\\']).next().unwrap_or(f).to_string()
            }
        }
    }

    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            record: self.record.clone(),
            roles: self.blocks.iter().map(|b| b.role).collect(),
        }
    }

    fn restore(&mut self, s: Snapshot) {
        self.dirty = !self.history.is_saved(&s);
        // Undo or redo across a re-decode: the lines of that decoding come back with it.
        if s.record.source.encoding != self.record.source.encoding {
            self.lines_of_encoding(&s.record.source.encoding);
        }
        self.record = s.record;
        for (b, r) in self.blocks.iter_mut().zip(s.roles) {
            b.role = r;
        }
        self.rev += 1;
    }

    /// Word count and body state, recomputed only after a change.
    pub fn derived(&self) -> Derived {
        if let Some(d) = self.derived.get()
            && d.rev == self.rev
        {
            return d;
        }
        let d = Derived {
            rev: self.rev,
            words: self.record.body.split_whitespace().count(),
            follows_blocks: self.body_follows_blocks(),
            differs_from_auto: self.record.body != self.record.extraction.auto.body,
        };
        self.derived.set(Some(d));
        d
    }

    /// Records a change made in place (a field typed into): `key` names the field, so typing merges.
    pub fn after_edit(&mut self, key: &str) {
        self.record.refresh_edited();
        self.dirty = true;
        self.rev += 1;
        let snap = self.snapshot();
        self.history.changed(key, snap);
    }

    pub fn undo(&mut self) -> bool {
        let now = self.snapshot();
        match self.history.undo(now) {
            Some(s) => {
                self.restore(s);
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        let now = self.snapshot();
        match self.history.redo(now) {
            Some(s) => {
                self.restore(s);
                true
            }
            None => false,
        }
    }

    /// True when the body is exactly what the kept blocks give (no hand edits to lose on a rebuild).
    pub fn body_follows_blocks(&self) -> bool {
        self.record.body == extract::body_from_blocks(&self.blocks)
    }

    /// Flips one block between kept (body) and dropped; the body follows at once. Returns false when the body
    /// had hand edits that the rebuild replaced (undo brings them back), so the window can say so.
    pub fn flip(&mut self, i: usize) -> bool {
        self.flip_many(&[i])
    }

    /// Flips several blocks as one undo step: all become body unless all already are, then all are dropped.
    pub fn flip_many(&mut self, idx: &[usize]) -> bool {
        let idx: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|i| *i < self.blocks.len())
            .collect();
        if idx.is_empty() {
            return true;
        }
        let kept_before = self.body_follows_blocks();
        let all_body = idx.iter().all(|i| self.blocks[*i].is_body());
        for i in &idx {
            let auto = self
                .auto_roles
                .get(*i)
                .copied()
                .unwrap_or(Role::Boilerplate);
            self.blocks[*i].role = if all_body {
                if auto == Role::Body {
                    Role::Boilerplate
                } else {
                    auto
                }
            } else {
                Role::Body
            };
        }
        self.record.body = extract::body_from_blocks(&self.blocks);
        self.after_edit("flip!");
        kept_before
    }

    /// The selected blocks' indexes, in order.
    pub fn selected(&self) -> Vec<usize> {
        match &self.selection {
            Some(s) => s
                .lines
                .iter()
                .copied()
                .filter(|i| *i < self.blocks.len())
                .collect(),
            None => vec![],
        }
    }

    /// The first and the last kept block: between them sit the extraction's likely errors.
    pub fn kept_region(&self) -> Option<(usize, usize)> {
        let first = self.blocks.iter().position(|b| b.is_body())?;
        let last = self.blocks.iter().rposition(|b| b.is_body())?;
        Some((first, last))
    }

    /// The next block after `after` (else from the region's start) that is not kept, inside the kept region;
    /// past the last one, the first again.
    pub fn next_dropped_inside(&self, after: Option<usize>) -> Option<usize> {
        let (lo, hi) = self.kept_region()?;
        let dropped = |i: &usize| !self.blocks[*i].is_body();
        let from = after.map_or(lo, |a| (a + 1).max(lo));
        (from..=hi)
            .find(dropped)
            .or_else(|| (lo..=hi).find(dropped))
    }

    /// Selects `i` alone (tests, and jumps).
    pub fn select_only(&mut self, i: usize) {
        self.selection = (i < self.blocks.len()).then(|| Selection::one(i));
    }

    /// The selected blocks' text, lines joined by `sep`.
    pub fn selected_text(&self, sep: &str) -> String {
        self.selected()
            .iter()
            .map(|i| self.blocks[*i].text.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// Resets one field to its automatic value.
    pub fn reset_field(&mut self, name: &str) {
        let auto = self.record.extraction.auto.clone();
        let mut now = self.record.fields();
        copy_field(name, &auto, &mut now);
        self.record.set_fields(now);
        self.after_edit(&format!("reset-{name}!"));
    }

    /// The record as it will be saved: `edited` true to the values, the curator's flips kept in `extraction`.
    pub fn record_to_save(&self) -> Record {
        let mut r = self.record.clone();
        r.refresh_edited();
        let flips: serde_json::Map<String, serde_json::Value> = self
            .blocks
            .iter()
            .zip(&self.auto_roles)
            .enumerate()
            .filter(|(_, (b, a))| b.role != **a)
            .filter_map(|(i, (b, _))| {
                serde_json::to_value(b.role)
                    .ok()
                    .map(|v| (i.to_string(), v))
            })
            .collect();
        if flips.is_empty() {
            r.extraction.extra.remove(FLIPS_KEY);
        } else {
            r.extraction
                .extra
                .insert(FLIPS_KEY.into(), serde_json::Value::Object(flips));
        }
        r
    }
}

fn history_start(record: &Record, blocks: &[Block]) -> Snapshot {
    Snapshot {
        record: record.clone(),
        roles: blocks.iter().map(|b| b.role).collect(),
    }
}

/// Copies the field named `name` from `from` to `to`.
pub fn copy_field(name: &str, from: &crate::record::Fields, to: &mut crate::record::Fields) {
    match name {
        "title" => to.title = from.title.clone(),
        "subtitle" => to.subtitle = from.subtitle.clone(),
        "authors" => to.authors = from.authors.clone(),
        "published" => to.published = from.published.clone(),
        "modified" => to.modified = from.modified.clone(),
        "site" => to.site = from.site.clone(),
        "url" => to.url = from.url.clone(),
        "language" => to.language = from.language.clone(),
        "section" => to.section = from.section.clone(),
        "keywords" => to.keywords = from.keywords.clone(),
        "images" => to.images = from.images.clone(),
        "body" => to.body = from.body.clone(),
        _ => {}
    }
}

/// The first few dozen characters, for messages.
pub fn short(s: &str) -> String {
    let mut out: String = s.chars().take(48).collect();
    if s.chars().count() > 48 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::command::Target;

    fn item(text: &str) -> Item {
        let doc = crate::input::read_bytes("t.txt", text.as_bytes())
            .expect("reads")
            .remove(0);
        Item::from_extraction(
            doc,
            Arc::new(text.as_bytes().to_vec()),
            "2026-01-01T00:00:00+00:00",
        )
    }

    #[test]
    fn flip_drops_a_line_from_the_body_and_undo_brings_it_back() {
        let mut it = item("First paragraph here.\nSecond paragraph here.\n");
        assert!(it.record.body.contains("First"));
        it.flip(0);
        assert!(!it.record.body.contains("First"));
        assert!(it.dirty);
        assert!(it.undo());
        assert!(it.record.body.contains("First"));
        assert!(it.redo());
        assert!(!it.record.body.contains("First"));
    }

    #[test]
    fn assigning_a_line_to_the_title_takes_it_out_of_the_body() {
        let mut it = item("A Headline Of Note\nBody text one.\n");
        it.select_only(0);
        it.assign(Target::Title).expect("assigned");
        assert_eq!(it.record.title.as_deref(), Some("A Headline Of Note"));
        assert_eq!(it.record.body, "Body text one.");
        assert!(it.record_to_save().edited.contains(&"title".to_string()));
        let saved = it.record_to_save();
        assert!(saved.extraction.extra.contains_key(FLIPS_KEY));
    }

    #[test]
    fn assign_date_rejects_what_is_no_date() {
        let mut it = item("not a date\n");
        it.select_only(0);
        assert!(it.assign(Target::Date).is_err());
        assert!(!it.dirty);
    }

    #[test]
    fn redecode_keeps_edited_fields() {
        // "Привет мир" in windows-1251.
        let bytes: Vec<u8> = vec![
            0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, b'\n',
        ];
        let doc = crate::input::read_bytes("r.txt", &bytes)
            .expect("reads")
            .remove(0);
        let mut it = Item::from_extraction(doc, Arc::new(bytes), "");
        it.record.title = Some("Mine".into());
        it.after_edit("field:title");
        it.redecode("koi8-r").expect("redecodes");
        assert_eq!(it.record.source.encoding, "KOI8-R");
        it.redecode("windows-1251").expect("redecodes");
        assert!(it.record.body.contains("Привет"), "{}", it.record.body);
        assert_eq!(it.record.title.as_deref(), Some("Mine"));
    }
}
