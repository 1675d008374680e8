//! The one place where the window's side effects happen: dialogs, archive I/O, moving between items. Panels
//! only push commands; this runs them after the frame is drawn.

use super::command::{Command, Target, UICommand};
use super::state::Item;
use super::store::{self, Entry, Store};
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
                        Ok(()) => self.say(format!("Decoded again as {label}")),
                        Err(e) => self.fail(e),
                    }
                }
            }
            Command::ExportTo {
                format,
                path,
                filtered,
            } => self.export_to(&format, &path, filtered),
        }
    }

    fn run_ui_command(&mut self, ctx: &egui::Context, u: UICommand) {
        match u {
            UICommand::ImportFiles => {
                if let Some(files) = rfd::FileDialog::new()
                    .set_title("Import files")
                    .pick_files()
                {
                    self.start_import(files);
                }
            }
            UICommand::ImportFolder => {
                if let Some(dir) = rfd::FileDialog::new()
                    .set_title("Import a folder")
                    .pick_folder()
                {
                    self.start_import(vec![dir]);
                }
            }
            UICommand::OpenArchive => {
                if let Some(dir) = rfd::FileDialog::new()
                    .set_title("Open an archive folder")
                    .pick_folder()
                {
                    self.use_archive(dir);
                }
            }
            UICommand::Export => {
                self.ui_state.export = Some(ExportDialog {
                    format: "jsonl",
                    filtered: false,
                })
            }
            UICommand::Save => self.save_current(None),
            UICommand::SaveCuratedNext => {
                self.save_current(Some(Status::Curated));
                if !self.status.error {
                    self.open_next(1);
                }
            }
            UICommand::Reject => self.save_current(Some(Status::Rejected)),
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
        self.entries.clear();
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
                match s.list() {
                    Ok(e) => self.entries = e,
                    Err(e) => self.fail(format!("Cannot list the archive: {e}")),
                }
                self.store = Some(s);
                self.prefs.last_archive = Some(p.clone());
                self.recover_drafts();
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
            let raw = self.raw_for(&rec);
            let doc = crate::input::read_bytes(&rec.source.file, &raw)
                .ok()
                .and_then(|docs| pick_doc(docs, &rec.source.file));
            let Some(doc) = doc else { continue };
            let in_archive = self.entries.iter().any(|e| e.id == rec.id);
            let mut it = Item::from_saved(rec, doc, Arc::new(raw));
            it.in_archive = in_archive;
            it.dirty = true;
            // The draft is not what the archive holds: undoing back to it leaves the item unsaved.
            it.history = super::undo::History::new(it.snapshot());
            self.entries.retain(|e| e.id != it.record.id);
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

    /// The raw bytes of a record: from the archive, else the file it was imported from.
    fn raw_for(&self, rec: &crate::record::Record) -> Vec<u8> {
        if let Some(s) = &self.store
            && let Ok(b) = s.raw(rec)
        {
            return b;
        }
        let path = match rec.source.file.rsplit_once('#') {
            // A file of one document keeps its name whole, even one ending in `#N`.
            _ if rec.source.document == Some(0) => rec.source.file.clone(),
            Some((p, n)) if n.chars().all(|c| c.is_ascii_digit()) => p.to_string(),
            _ => rec.source.file.clone(),
        };
        crate::input::read_raw(
            std::path::Path::new(&path),
            &crate::input::Limits::default(),
        )
        .unwrap_or_default()
    }

    /// Starts importing `paths` on the worker (one import at a time).
    pub fn start_import(&mut self, paths: Vec<PathBuf>) {
        if self.importing() {
            self.fail("An import is running; wait for it or cancel it first");
            return;
        }
        let ctx = self.ctx.clone();
        self.import = Some(super::jobs::ImportJob::start(paths, move || {
            ctx.request_repaint()
        }));
        self.say("Importing…");
    }

    fn open_record(&mut self, id: &str) {
        if let Some(i) = self.items.iter().position(|x| x.record.id == id) {
            self.open = Some(i);
            return;
        }
        let Some(store) = &self.store else { return };
        let rec = match store.load(id) {
            Ok(r) => r,
            Err(e) => return self.fail(format!("Cannot open {id}: {e}")),
        };
        let raw = self.raw_for(&rec);
        if raw.is_empty() {
            self.fail(format!(
                "The raw file of {id} is missing; fields stay editable"
            ));
        }
        let doc = crate::input::read_bytes(&rec.source.file, &raw)
            .ok()
            .and_then(|d| pick_doc(d, &rec.source.file))
            .unwrap_or_else(|| crate::input::Document {
                file: rec.source.file.clone(),
                ..Default::default()
            });
        let it = Item::from_saved(rec, doc, Arc::new(raw));
        self.entries.retain(|e| e.id != id);
        self.items.push(it);
        self.open = Some(self.items.len() - 1);
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
    fn open_next(&mut self, step: isize) {
        let order = self.visible_items();
        if order.is_empty() {
            return;
        }
        let pos = self.open.and_then(|o| order.iter().position(|x| *x == o));
        let next = match pos {
            Some(p) => p as isize + step,
            None => 0,
        };
        if next >= 0 && (next as usize) < order.len() {
            self.open = Some(order[next as usize]);
            self.ui_state.focused_field = None;
        } else {
            self.say("End of the list");
        }
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
        store::drafts::remove(&self.data_dir, &self.archive_path, &id);
        self.items.remove(i);
        self.open = if self.items.is_empty() {
            None
        } else {
            Some(i.min(self.items.len() - 1))
        };
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
                if let Ok(rec) = store.load(&id) {
                    self.entries.push(Entry::of(&rec));
                }
                self.say(format!("Restored {id}"));
                self.open_record(&id);
            }
            Err(e) => self.fail(format!("Cannot restore {id}: {e}")),
        }
    }

    fn export_to(&mut self, format: &str, path: &std::path::Path, filtered: bool) {
        let Some(store) = &self.store else {
            return self.fail("No archive is open");
        };
        let ids: Option<Vec<String>> = filtered.then(|| {
            let mut ids: Vec<String> = self
                .visible_items()
                .iter()
                .map(|i| self.items[*i].record.id.clone())
                .collect();
            ids.extend(
                self.visible_entries()
                    .iter()
                    .map(|e| self.entries[*e].id.clone()),
            );
            ids
        });
        match store.export(format, path, ids.as_deref()) {
            Ok(n) => self.say(format!("Exported {n} records to {}", path.display())),
            Err(e) => self.fail(format!("Export failed: {e}")),
        }
    }
}

/// The document of a multi-document file that `file` (`path#N`) names; the only one otherwise.
pub fn pick_doc(
    mut docs: Vec<crate::input::Document>,
    file: &str,
) -> Option<crate::input::Document> {
    if let Some(i) = docs.iter().position(|d| d.file == file) {
        return Some(docs.swap_remove(i));
    }
    if let Some((_, n)) = file.rsplit_once('#')
        && let Ok(n) = n.parse::<usize>()
        && n >= 1
        && n <= docs.len()
    {
        return Some(docs.swap_remove(n - 1));
    }
    docs.into_iter().next()
}
