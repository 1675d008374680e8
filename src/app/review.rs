//! The review order: Ctrl+Enter (curated) and Reject both save and open the next record still to review, and
//! the end of the work is said in the status line beside the last save's message. The close dialog's "Save all".

use super::SiftApp;
use super::state::ItemStatus;
use crate::record::Status;

impl SiftApp {
    /// The list row of the next record still to review (new, edited or draft) after the open one, in the
    /// list's order, wrapping round; never the open one. The list's order is whatever [`SiftApp::list`] holds.
    pub fn next_to_review(&self) -> Option<usize> {
        let rows = &self.list.rows;
        let open = self.current().map(|i| i.record.id.as_str());
        let from = open
            .and_then(|id| rows.iter().position(|r| r.id == id))
            .map_or(0, |p| p + 1)
            .min(rows.len());
        (from..rows.len())
            .chain(0..from)
            .filter(|k| Some(rows[*k].id.as_str()) != open)
            .find(|k| self.still_to_review(&rows[*k]))
    }

    /// A record open in the window goes by its own state (its edits are not in the list yet).
    fn still_to_review(&self, row: &super::store::Entry) -> bool {
        match self.items.iter().find(|i| i.record.id == row.id) {
            Some(it) => matches!(
                it.status(),
                ItemStatus::New | ItemStatus::Edited | ItemStatus::Draft
            ),
            None => row.broken.is_none() && row.status == Status::Draft,
        }
    }

    /// Saves the open item as `status` and opens the next one to review; at the end, says how many were
    /// reviewed and that none is left, after the save's own message.
    pub(super) fn save_and_next(&mut self, status: Status) {
        self.save_current(Some(status));
        if self.status.error {
            return;
        }
        self.ui_state.reviewed += 1;
        match self.next_to_review() {
            Some(k) => {
                self.list.click(k, false, false);
                let id = self.list.rows[k].id.clone();
                self.ui_state.focused_field = None;
                self.open_record(&id);
            }
            None => {
                let saved = self.status.text.clone();
                let n = crate::count(self.ui_state.reviewed, "record");
                self.say(format!("{saved} · {n} reviewed, none left to review"));
            }
        }
    }

    /// Saves every item with unsaved edits; returns how many could not be saved (their message is shown).
    pub fn save_all(&mut self) -> usize {
        let keep = self.open;
        let mut failed = 0;
        let mut saved = 0;
        for i in 0..self.items.len() {
            if !self.items[i].dirty {
                continue;
            }
            self.open = Some(i);
            self.save_current(None);
            if self.status.error {
                failed += 1;
            } else {
                saved += 1;
            }
        }
        self.open = keep;
        if failed == 0 {
            self.say(format!("Saved {}", crate::count(saved, "record")));
        }
        failed
    }
}
