//! Moving through the raw lines by click and key, and keeping the raw and cleaned panes in step: whatever
//! selects a raw line scrolls the raw pane to it and the cleaned pane to its paragraph.

use super::SiftApp;
use super::command::UICommand;
use super::selection::{Pick, Selection};

impl SiftApp {
    /// A page opens at its first kept line and its body's top, never at the offsets of the page shown before.
    pub(super) fn when_another_item_shows(&mut self) {
        let id = self.current().map(|it| it.record.id.clone());
        if id == self.ui_state.shown_item {
            return;
        }
        self.ui_state.shown_item = id;
        self.ui_state.scroll_raw_to = Some(
            self.current()
                .and_then(|it| it.kept_region())
                .map_or(0, |r| r.0),
        );
        self.ui_state.cleaned_top = true;
        self.ui_state.editing_body = false;
    }

    /// Selects block `block` with `how` (a click), and brings both panes to it.
    pub fn select_block(&mut self, block: usize, how: Pick) {
        let Some(open) = self.open else { return };
        let rows = super::panels::raw::shown_rows(self, open);
        let it = &mut self.items[open];
        if block >= it.blocks.len() {
            return;
        }
        it.selection = Selection::pick(it.selection.as_ref(), block, how, &rows);
        self.follow_selection(false);
    }

    /// Selects these blocks (a paragraph clicked in the cleaned pane) and scrolls the raw pane to them.
    pub fn select_blocks(&mut self, blocks: &[usize]) {
        let Some(it) = self.current_mut() else { return };
        let Some(first) = blocks.first() else { return };
        let mut s = Selection::one(*first);
        s.lines.extend(blocks.iter().copied());
        s.cursor = *blocks.last().unwrap_or(first);
        it.selection = Some(s);
        self.ui_state.scroll_raw_to = Some(*first);
    }

    /// Brings the panes to the selection's cursor: the raw pane (`raw`, after a key) and the cleaned one.
    fn follow_selection(&mut self, raw: bool) {
        let cursor = self
            .current()
            .and_then(|it| it.selection.as_ref())
            .map(|s| s.cursor);
        if raw {
            self.ui_state.reveal_raw = cursor;
        }
        self.ui_state.reveal_cleaned = cursor;
    }

    /// The raw-line keys: arrows, jumps to the kept region's ends and to its dropped lines, the toggle.
    pub(super) fn run_navigation(&mut self, u: UICommand) {
        let Some(open) = self.open else { return };
        let rows = super::panels::raw::shown_rows(self, open);
        let it = &mut self.items[open];
        let old = it.selection.clone();
        let jump = |i: Option<usize>| i.map(Selection::one);
        let new = match u {
            UICommand::SelectUp => Selection::step(old.as_ref(), -1, false, &rows),
            UICommand::SelectDown => Selection::step(old.as_ref(), 1, false, &rows),
            UICommand::ExtendUp => Selection::step(old.as_ref(), -1, true, &rows),
            UICommand::ExtendDown => Selection::step(old.as_ref(), 1, true, &rows),
            UICommand::FirstKept => jump(it.kept_region().map(|r| r.0)),
            UICommand::LastKept => jump(it.kept_region().map(|r| r.1)),
            UICommand::NextDropped => {
                let found = jump(it.next_dropped_inside(old.as_ref().map(|s| s.cursor)));
                if found.is_none() {
                    self.say("No dropped line between the first and the last kept ones");
                    return;
                }
                if self.ui_state.hide_dropped {
                    // A hidden line cannot be shown selected: show the dropped lines again.
                    self.ui_state.hide_dropped = false;
                }
                found
            }
            UICommand::ToggleDropped => {
                self.ui_state.hide_dropped = !self.ui_state.hide_dropped;
                return;
            }
            _ => return,
        };
        if new.is_some() {
            self.items[open].selection = new;
            self.follow_selection(true);
        }
    }
}
