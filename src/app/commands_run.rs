//! The one place where the window's side effects happen: dialogs, archive I/O, moving between items. Panels
//! only push commands; this runs them after the frame is drawn.

use super::command::{Command, Target, UICommand};
use super::file_dialog::PathAction;
use super::state::Item;
use super::store::{self, Store};
use super::{ExportDialog, SiftApp};
use crate::record::Status;
use std::path::PathBuf;
use std::sync::Arc;

impl SiftApp {
    /// Runs the commands pushed this frame, in order.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        let cmds = std::mem::take(&mut self.commands);
        if !cmds.is_empty() {
            // The frame was drawn before these ran: draw again so their effect shows without waiting for input.
            ctx.request_repaint();
        }
        for c in cmds {
            self.run_command(ctx, c);
        }
    }

    /// Runs one command now (tests call this to act as a click or a key would).
    pub fn run_command(&mut self, ctx: &egui::Context, c: Command) {
        match c {
            Command::Ui(u) => self.run_ui_command(ctx, u),
            Command::OpenItem(i) => {
                if i < self.items.len() {
                    self.open = Some(i);
                    self.ui_state.focused_field = None;
                }
            }
            Command::OpenRecord(id) => self.open_record(&id),
            Command::Import(paths) => self.start_import(paths),
            Command::UseArchive(p) => self.use_archive(p),
            Command::CancelImport => {
                if let Some(j) = &self.import {
                    j.cancel();
                }
            }
            Command::Flip(i) => {
                if let Some(it) = self.current_mut() {
                    let kept_hand_edits = it.flip(i);
                    if !kept_hand_edits {
                        self.say("The body was rebuilt from the kept lines; Ctrl+Z brings your hand edits back");
                    }
                }
            }
            Command::Select { block, how } => self.select_block(block, how),
            Command::SelectBlocks(b) => self.select_blocks(&b),
            Command::Redecode(label) => {
                if let Some(it) = self.current_mut() {
                    match it.redecode(&label) {
                        Ok(msg) => self.say(msg),
                        Err(e) => self.fail(e),
                    }
                }
            }
            Command::AskPath(action) => self.ask_path(action),
            Command::PathChosen(action, path) => self.path_chosen(action, vec![path]),
            Command::ExportTo {
                format,
                path,
                filtered,
                selection,
            } => self.export_to(&format, &path, filtered, selection),
            Command::Bulk(op) => {
                let ids = self.list.selection();
                self.start_bulk(op, ids);
            }
            Command::CancelBulk => {
                if let Some(j) = &self.bulk {
                    j.cancel();
                }
            }
            Command::Compare { id, other } => self.compare(&id, other.as_deref()),
            Command::KeepDuplicate(keep) => self.keep_duplicate(&keep),
            Command::CloseCompare => self.ui_state.compare = None,
            Command::ExportSelection => {
                self.ui_state.export = Some(ExportDialog {
                    format: "jsonl",
                    filtered: false,
                    selection: true,
                })
            }
        }
    }

    fn run_ui_command(&mut self, ctx: &egui::Context, u: UICommand) {
        match u {
            UICommand::ImportFiles => self.ask_path(PathAction::ImportFiles),
            UICommand::ImportFolder => self.ask_path(PathAction::ImportFolder),
            UICommand::OpenArchive => self.ask_path(PathAction::OpenArchive),
            UICommand::Export => {
                self.ui_state.export = Some(ExportDialog {
                    format: "jsonl",
                    filtered: false,
                    selection: false,
                })
            }
            UICommand::Save => self.save_current(None),
            UICommand::SaveCuratedNext => self.save_and_next(Status::Curated),
            UICommand::Reject => self.save_and_next(Status::Rejected),
            UICommand::Undo => {
                if let Some(it) = self.current_mut()
                    && !it.undo()
                {
                    self.say("Nothing to undo");
                }
            }
            UICommand::Redo => {
                if let Some(it) = self.current_mut()
                    && !it.redo()
                {
                    self.say("Nothing to redo");
                }
            }
            UICommand::Delete => self.delete_current(),
            UICommand::RestoreDeleted => self.restore_deleted(),
            UICommand::NextItem => self.open_next(1),
            UICommand::PrevItem => self.open_next(-1),
            UICommand::SelectUp
            | UICommand::SelectDown
            | UICommand::ExtendUp
            | UICommand::ExtendDown
            | UICommand::FirstKept
            | UICommand::LastKept
            | UICommand::NextDropped
            | UICommand::ToggleDropped => self.run_navigation(u),
            UICommand::FlipSelection => {
                if let Some(it) = self.current_mut() {
                    let sel = it.selected();
                    if sel.is_empty() {
                        self.say("Select raw lines first (click a line, Shift+click to extend)");
                    } else {
                        let kept_hand_edits = it.flip_many(&sel);
                        let kept = sel.iter().filter(|i| it.blocks[**i].is_body()).count();
                        let what = if kept == sel.len() { "kept" } else { "dropped" };
                        let n = crate::count(sel.len(), "line");
                        self.say(if kept_hand_edits {
                            format!("Flipped {n}: {what} (Ctrl+Z undoes)")
                        } else {
                            format!("Flipped {n}: {what}; the body was rebuilt from the kept lines, Ctrl+Z brings your hand edits back")
                        });
                    }
                }
            }
            UICommand::AssignTitle => self.assign(Target::Title),
            UICommand::AssignSubtitle => self.assign(Target::Subtitle),
            UICommand::AssignAuthor => self.assign(Target::Author),
            UICommand::AssignDate => self.assign(Target::Date),
            UICommand::AssignCaption => self.assign(Target::Caption),
            UICommand::AssignCredit => self.assign(Target::Credit),
            UICommand::AppendBody => self.assign(Target::Body),
            UICommand::ToggleHtmlSource => self.ui_state.html_source = !self.ui_state.html_source,
            UICommand::FocusSearch => {
                ctx.memory_mut(|m| m.request_focus(super::panels::top_bar::search_id()))
            }
            UICommand::SelectAllRecords => self.list.select_all(),
            UICommand::ToggleTheme => {
                let dark = self.prefs.dark.unwrap_or(ctx.theme() == egui::Theme::Dark);
                self.prefs.dark = Some(!dark);
                self.apply_theme(ctx);
            }
            UICommand::Help => self.ui_state.show_help = !self.ui_state.show_help,
        }
    }

    fn assign(&mut self, t: Target) {
        let Some(it) = self.current_mut() else { return };
        match it.assign(t) {
            Ok(m) => self.say(m),
            Err(e) => self.fail(e),
        }
    }

    /// Opens the archive at `p` (creating it), lists its records, and picks up drafts a crash left.
    pub fn use_archive(&mut self, p: PathBuf) {
        self.store = None;
        self.list = super::list::RecordList::default();
        self.items.retain(|i| !i.in_archive || i.dirty);
        self.open = if self.items.is_empty() { None } else { Some(0) };
        self.archive_path = p.clone();
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Title(format!(
                "Sift — {}",
                p.display()
            )));
        match Store::open(&p) {
            Ok(s) => {
                // Listed on a worker: the window shows at once, and the rows come when they are ready.
                let ctx = self.ctx.clone();
                self.list =
                    super::list::RecordList::open(s.archive(), move || ctx.request_repaint());
                let read_only = s.read_only().map(str::to_string);
                self.store = Some(s);
                self.prefs.last_archive = Some(p.clone());
                self.recover_drafts();
                if let Some(why) = read_only {
                    self.fail(format!("Opened for reading only: {why}"));
                }
            }
            Err(e) => self.fail(format!("Cannot open the archive {}: {e}", p.display())),
        }
    }

    fn recover_drafts(&mut self) {
        let drafts = store::drafts::load_all(&self.data_dir, &self.archive_path);
        let mut n = 0;
        for rec in drafts {
            if self.items.iter().any(|i| i.record.id == rec.id) {
                continue;
            }
            let Some(st) = &self.store else { return };
            let raw = st.raw(&rec);
            let doc = crate::input::read_bytes(&rec.source.file, &raw)
                .ok()
                .and_then(|docs| store::pick_doc(docs, &rec.source.file));
            let Some(doc) = doc else { continue };
            let in_archive = st.contains(&rec.id);
            let mut it = Item::from_saved(rec, doc, Arc::new(raw));
            it.in_archive = in_archive;
            it.dirty = true;
            // The draft is not what the archive holds: undoing back to it leaves the item unsaved.
            it.history = super::undo::History::new(it.snapshot());
            self.items.push(it);
            n += 1;
        }
        if n > 0 {
            self.say(format!(
                "Recovered {n} unsaved drafts from the last session"
            ));
            if self.open.is_none() {
                self.open = Some(0);
            }
        }
    }

    /// Starts importing `paths` into the open archive on a worker (one import at a time).
    pub fn start_import(&mut self, paths: Vec<PathBuf>) {
        if self.importing() {
            self.fail("An import is running; wait for it or cancel it first");
            return;
        }
        let Some(store) = &self.store else {
            return self.fail("No archive is open to import into: use Open archive… first");
        };
        let ctx = self.ctx.clone();
        self.import = Some(super::jobs::ImportJob::start(
            store.archive(),
            paths,
            move || ctx.request_repaint(),
        ));
        self.import_opened = false;
        self.say("Importing…");
    }

    /// Opens record `id`: at once when it is in the queue, else loaded and extracted on a worker.
    pub(super) fn open_record(&mut self, id: &str) {
        if let Some(i) = self.items.iter().position(|x| x.record.id == id) {
            self.open = Some(i);
            return;
        }
        let Some(store) = &self.store else { return };
        let ctx = self.ctx.clone();
        self.opening = Some(super::jobs::OpenJob::start(
            store.archive(),
            id.to_string(),
            move || ctx.request_repaint(),
        ));
    }

    /// Takes in a record the worker opened.
    pub(super) fn opened(&mut self, res: Result<Item, String>) {
        let it = match res {
            Ok(it) => it,
            Err(e) => return self.fail(e),
        };
        let id = it.record.id.clone();
        if let Some(p) = &it.raw_problem {
            self.fail(format!(
                "Opened from its saved fields: {p}. Fields stay editable"
            ));
        } else if it.raw.is_empty() {
            self.fail(format!(
                "The raw file of {id} is missing; fields stay editable"
            ));
        }
        if let Some(i) = self.items.iter().position(|x| x.record.id == id) {
            self.open = Some(i);
            return;
        }
        self.items.push(it);
        self.open = Some(self.items.len() - 1);
        self.ui_state.focused_field = None;
    }

    /// Saves the open item, setting its status first when `status` is given.
    pub fn save_current(&mut self, status: Option<Status>) {
        let Some(i) = self.open else {
            return self.say("Nothing open to save");
        };
        let Some(store) = self.store.as_mut() else {
            return self.fail("No archive is open: use Open archive… first");
        };
        let it = &mut self.items[i];
        let mut rec = it.record_to_save();
        if let Some(s) = status {
            rec.status = s;
        }
        if rec.status != Status::Draft {
            rec.curated_at =
                Some(chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false));
        }
        match store.save(&rec, it) {
            Ok(()) => {
                self.list.refresh();
                let id = rec.id.clone();
                let st = rec.status;
                it.record.status = rec.status;
                it.record.curated_at = rec.curated_at.clone();
                it.record.edited = rec.edited.clone();
                it.dirty = false;
                it.in_archive = true;
                it.history.saved(it.snapshot());
                store::drafts::remove(&self.data_dir, &self.archive_path, &id);
                self.say(format!("Saved {id} ({})", st.as_str()));
            }
            // The edits stay in the window (and in drafts); nothing is lost.
            Err(e) => self.fail(format!("Save failed, your edits are kept: {e}")),
        }
    }

    /// Opens the item `step` places after (or before) the open one in the queue's order.
    /// Opens the record `step` rows after (or before) the open one in the list's order.
    fn open_next(&mut self, step: isize) {
        let Some(next) = self.row_after(step) else {
            return self.say("End of the list");
        };
        self.list.click(next, false, false);
        let id = self.list.rows[next].id.clone();
        self.ui_state.focused_field = None;
        self.open_record(&id);
    }

    /// The list's row `step` rows from the open record's (the first row when it is not listed).
    fn row_after(&self, step: isize) -> Option<usize> {
        let rows = &self.list.rows;
        let open = self.current().map(|i| i.record.id.as_str());
        let next = match open.and_then(|id| rows.iter().position(|r| r.id == id)) {
            Some(p) => p as isize + step,
            None => 0,
        };
        (next >= 0 && (next as usize) < rows.len()).then_some(next as usize)
    }

    fn delete_current(&mut self) {
        let Some(i) = self.open else { return };
        let id = self.items[i].record.id.clone();
        if self.items[i].in_archive {
            let Some(store) = self.store.as_mut() else {
                return;
            };
            if let Err(e) = store.trash(&id) {
                return self.fail(format!("Cannot delete {id}: {e}"));
            }
            self.trashed.push(id.clone());
            self.say(format!(
                "Moved {id} to the trash (Ctrl+Shift+Delete restores it)"
            ));
        } else {
            self.say(format!("Removed {id} from the queue"));
        }
        let next = self.row_after(1).map(|r| self.list.rows[r].id.clone());
        store::drafts::remove(&self.data_dir, &self.archive_path, &id);
        self.items.remove(i);
        self.open = None;
        self.list.selected.remove(&id);
        self.list.refresh();
        if let Some(next) = next {
            self.open_record(&next);
        }
    }

    fn restore_deleted(&mut self) {
        let Some(id) = self.trashed.pop() else {
            return self.say("Nothing deleted in this session");
        };
        let Some(store) = self.store.as_mut() else {
            return;
        };
        match store.restore(&id) {
            Ok(()) => {
                self.list.refresh();
                self.say(format!("Restored {id}"));
                self.open_record(&id);
            }
            Err(e) => self.fail(format!("Cannot restore {id}: {e}")),
        }
    }

    /// Exports on a worker: the list's selection, else what the list shows when `filtered`, else everything.
    fn export_to(&mut self, format: &str, path: &std::path::Path, filtered: bool, selection: bool) {
        let Some(f) = crate::archive::export::Format::parse(format) else {
            return self.fail(format!("Unknown export format {format}"));
        };
        let ids: Vec<String> = if selection {
            self.list.selection()
        } else if filtered {
            self.list.rows.iter().map(|r| r.id.clone()).collect()
        } else {
            match self.store.as_ref().map(|s| s.ids()) {
                Some(Ok(ids)) => ids,
                Some(Err(e)) => return self.fail(format!("Export failed: {e}")),
                None => return self.fail("No archive is open"),
            }
        };
        self.start_bulk(
            super::BulkOp::Export {
                format: f,
                path: path.to_path_buf(),
            },
            ids,
        );
    }

    /// Starts a bulk action on a worker (one at a time).
    pub fn start_bulk(&mut self, op: super::BulkOp, ids: Vec<String>) {
        if self.bulk.as_ref().is_some_and(|j| !j.finished) {
            return self.fail("A bulk action is running; wait for it or cancel it first");
        }
        let Some(store) = &self.store else {
            return self.fail("No archive is open");
        };
        if ids.is_empty() {
            return self.say("No records selected");
        }
        let ctx = self.ctx.clone();
        self.bulk = Some(super::jobs::BulkJob::start(
            store.archive(),
            op,
            ids,
            move || ctx.request_repaint(),
        ));
    }
}
