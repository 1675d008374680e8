//! Two duplicates side by side: what the compare view holds, and keeping one record of a group. The group, the
//! word diff and the saves are the library's (`archive::duplicates`, `dedup::diff`); this holds what the view
//! shows and puts the window in step after a keep.

use super::SiftApp;
use crate::dedup::diff::{Side, word_diff};
use crate::record::Record;

/// Two records of one duplicate group, compared.
#[derive(Debug, Clone)]
pub struct CompareView {
    pub left: Record,
    pub right: Record,
    /// Every record of the group, the first one first.
    pub group: Vec<String>,
    /// The bodies' word diff, left to right, computed once when the view opens.
    pub diff: Vec<(Side, String)>,
}

impl SiftApp {
    /// Opens the compare view on record `id` and `other` (else the first other record of its group).
    pub(super) fn compare(&mut self, id: &str, other: Option<&str>) {
        let Some(store) = &self.store else { return };
        let archive = store.archive();
        let group = match archive.duplicate_group(id) {
            Ok(g) => g,
            Err(e) => return self.fail(format!("Cannot compare {id}: {e}")),
        };
        let Some(other) = other
            .map(str::to_string)
            .or_else(|| group.iter().find(|g| *g != id).cloned())
        else {
            return self.say(format!("{id} has no duplicates to compare"));
        };
        let (left, right) = match (archive.load(id), archive.load(&other)) {
            (Ok(l), Ok(r)) => (l, r),
            (Err(e), _) | (_, Err(e)) => return self.fail(format!("Cannot compare: {e}")),
        };
        let diff = word_diff(&left.body, &right.body);
        self.ui_state.compare = Some(CompareView {
            left,
            right,
            group,
            diff,
        });
    }

    /// Keeps record `keep` of the compared group; the others become rejected duplicates of it. Open copies of
    /// them without unsaved edits are reloaded (they would save the old status back); edited ones keep their
    /// edits, and the status line says so.
    pub(super) fn keep_duplicate(&mut self, keep: &str) {
        let Some(view) = self.ui_state.compare.take() else {
            return;
        };
        let Some(store) = &self.store else { return };
        if let Err(e) = store.archive().keep_duplicate(keep, &view.group) {
            return self.fail(format!("Keeping {keep} failed: {e}"));
        }
        let edited = self
            .items
            .iter()
            .filter(|i| i.dirty && view.group.contains(&i.record.id))
            .count();
        let open_id = self.current().map(|i| i.record.id.clone());
        self.items
            .retain(|i| i.dirty || !view.group.contains(&i.record.id));
        self.open = open_id
            .as_ref()
            .and_then(|id| self.items.iter().position(|i| &i.record.id == id));
        if let Some(id) = open_id
            && self.open.is_none()
        {
            self.open_record(&id);
        }
        self.list.refresh();
        let mut msg = format!(
            "Kept {keep}; {} saved as rejected duplicates of it",
            crate::count(view.group.len().saturating_sub(1), "other record")
        );
        if edited > 0 {
            msg.push_str(&format!(
                "; {edited} open with unsaved edits kept their edits"
            ));
        }
        self.say(msg);
    }
}
