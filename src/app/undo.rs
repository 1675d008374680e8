//! Undo and redo of every edit and flip of one item, across fields.
//!
//! Steps are whole snapshots of what the curator can change (fields and block roles): simple and always right,
//! and cheap at the sizes involved (a snapshot is one copy of the record's text). Quick edits to the same
//! field merge into one step, like the egui demo's `Undoer`, so one undo takes back a typed word, not a letter.

use crate::extract::Role;
use crate::record::Record;

/// At most this many steps are kept per item; the oldest go first (as in rerun's viewer).
pub const MAX_STEPS: usize = 100;

/// What undo restores.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub record: Record,
    pub roles: Vec<Role>,
}

/// The undo and redo stacks of one item.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The state after the last recorded change, pushed when the next change of another kind starts.
    baseline: Option<Snapshot>,
    /// What the last change was (`field:title`, `flip`…); a change with the same key merges into its step.
    last_key: Option<String>,
    /// The state the archive holds, when it holds one: undoing back to it leaves nothing to save.
    saved: Option<Snapshot>,
}

impl History {
    /// Starts the history at `now` (a freshly opened item).
    pub fn new(now: Snapshot) -> Self {
        Self {
            baseline: Some(now),
            ..Default::default()
        }
    }

    /// Records that a change of kind `key` produced `now`. Keys ending in `!` never merge.
    pub fn changed(&mut self, key: &str, now: Snapshot) {
        let merge = self.last_key.as_deref() == Some(key) && !key.ends_with('!');
        if !merge && let Some(before) = self.baseline.take() {
            self.undo.push(before);
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.baseline = Some(now);
        self.last_key = Some(key.to_string());
    }

    /// Marks `now` as saved: a point in the history. The next edit starts a new step from it, and every step
    /// before it takes the saved status along, so undo after a save takes back edits, never the status.
    pub fn saved(&mut self, now: Snapshot) {
        for s in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            s.record.status = now.record.status;
            s.record.curated_at.clone_from(&now.record.curated_at);
        }
        self.baseline = Some(now.clone());
        self.last_key = None;
        self.saved = Some(now);
    }

    /// Whether `s` is what the archive holds.
    pub fn is_saved(&self, s: &Snapshot) -> bool {
        self.saved.as_ref() == Some(s)
    }

    /// Ends merging: the next change starts a new step (a field lost focus).
    pub fn break_merge(&mut self) {
        self.last_key = None;
    }

    /// The state to go back to, given the current one; `None` when there is nothing to undo.
    pub fn undo(&mut self, now: Snapshot) -> Option<Snapshot> {
        let prev = self.undo.pop()?;
        self.redo.push(now);
        self.baseline = Some(prev.clone());
        self.last_key = None;
        Some(prev)
    }

    /// The state to go forward to, given the current one.
    pub fn redo(&mut self, now: Snapshot) -> Option<Snapshot> {
        let next = self.redo.pop()?;
        self.undo.push(now);
        self.baseline = Some(next.clone());
        self.last_key = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(title: &str) -> Snapshot {
        let mut record: Record = serde_json::from_value(serde_json::json!({
            "schema_version": 1, "id": "x",
            "source": {"file": "f", "sha256": "", "bytes": 0, "format": "text", "encoding": "UTF-8", "imported_at": ""}
        }))
        .expect("literal record");
        record.title = Some(title.to_string());
        Snapshot {
            record,
            roles: vec![],
        }
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_another_field_is_another() {
        let mut h = History::new(snap(""));
        h.changed("field:title", snap("H"));
        h.changed("field:title", snap("He"));
        h.changed("field:subtitle", snap("He+sub"));
        let back = h.undo(snap("He+sub")).expect("one step");
        assert_eq!(back.record.title.as_deref(), Some("He"));
        let back = h.undo(back).expect("two steps");
        assert_eq!(back.record.title.as_deref(), Some(""));
        assert!(h.undo(back.clone()).is_none());
        let fwd = h.redo(back).expect("redo");
        assert_eq!(fwd.record.title.as_deref(), Some("He"));
    }

    #[test]
    fn flips_never_merge_and_a_new_change_clears_redo() {
        let mut h = History::new(snap("a"));
        h.changed("flip!", snap("b"));
        h.changed("flip!", snap("c"));
        let s = h.undo(snap("c")).expect("undo");
        assert_eq!(s.record.title.as_deref(), Some("b"));
        h.changed("field:title", snap("d"));
        assert!(!h.can_redo());
    }

    #[test]
    fn a_save_is_a_point_undo_never_crosses_with_the_status() {
        let mut h = History::new(snap("a"));
        h.changed("field:title", snap("b"));
        let mut saved = snap("b");
        saved.record.status = crate::record::Status::Curated;
        h.saved(saved.clone());
        h.changed("field:title", snap_with(&saved, "c"));
        let back = h.undo(snap_with(&saved, "c")).expect("undo");
        assert_eq!(back, saved);
        assert!(h.is_saved(&back));
        let older = h.undo(back).expect("undo past the save");
        assert_eq!(older.record.title.as_deref(), Some("a"));
        assert_eq!(older.record.status, crate::record::Status::Curated);
    }

    fn snap_with(base: &Snapshot, title: &str) -> Snapshot {
        let mut s = base.clone();
        s.record.title = Some(title.to_string());
        s
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::new(snap("0"));
        for i in 0..(MAX_STEPS + 20) {
            h.changed("x!", snap(&i.to_string()));
        }
        let mut n = 0;
        let mut now = snap("end");
        while let Some(s) = h.undo(now) {
            now = s;
            n += 1;
        }
        assert_eq!(n, MAX_STEPS);
    }
}
