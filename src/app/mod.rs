//! The curator window: raw and cleaned text side by side, every field editable, saved to the archive.
//!
//! Laid out like the egui demo app and rerun's viewer: panels draw and push [`Command`]s; [`SiftApp::run_commands`]
//! is the one place that runs dialogs and I/O; every user action is a [`UICommand`] with one label and one
//! shortcut; imports run on a worker thread. The window holds no extraction logic: it calls `sift::input`,
//! `sift::extract` and the archive through [`store`].

mod assign;
pub mod command;
mod commands_run;
pub mod compare;
pub mod file_dialog;
pub mod fonts;
pub mod jobs;
pub mod keys;
pub mod list;
mod navigate;
pub mod panels;
pub mod paragraphs;
mod path_complete;
mod redecode;
mod review;
pub mod selection;
pub mod state;
pub mod store;
mod type_filter;
pub mod undo;
pub mod validate;

use command::{Command, UICommand};
pub use jobs::BulkOp;
use jobs::{BulkJob, ImportJob};
use list::RecordList;
use state::{Failed, Item};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;
use store::Store;

/// Preferences kept between runs (eframe persistence): small things only; records live in the archive.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub last_archive: Option<PathBuf>,
    /// `None` follows the system.
    pub dark: Option<bool>,
}

/// A line for the status bar: what just happened, or what failed.
#[derive(Debug, Clone, Default)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// The export dialog's choices.
#[derive(Debug, Clone)]
pub struct ExportDialog {
    pub format: &'static str,
    /// Only the records the list shows (its search).
    pub filtered: bool,
    /// Only the records selected in the list (wins over `filtered`).
    pub selection: bool,
}

/// Window state that is not persisted.
#[derive(Debug, Default)]
pub struct UiState {
    /// The search box: a query in Sift's query language, sent to the list's worker once typing rests.
    pub search: String,
    /// The tag the bulk actions add or remove.
    pub bulk_tag: String,
    pub show_help: bool,
    /// The field whose text box has the keyboard, to highlight its raw lines.
    pub focused_field: Option<&'static str>,
    /// For HTML: show the markup instead of the text blocks.
    pub html_source: bool,
    pub export: Option<ExportDialog>,
    /// The user asked to close with unsaved edits: the confirmation is showing.
    pub confirm_close: bool,
    /// The user confirmed closing.
    pub close_confirmed: bool,
    /// Scroll the raw pane to put this block near its top next frame.
    pub scroll_raw_to: Option<usize>,
    /// Scroll the raw pane as little as needed to show this block next frame.
    pub reveal_raw: Option<usize>,
    /// Scroll the cleaned pane to this block's paragraph next frame.
    pub reveal_cleaned: Option<usize>,
    /// The raw pane shows only the lines not dropped.
    pub hide_dropped: bool,
    /// The body is being edited as text (else the cleaned pane is a view whose paragraphs select raw lines).
    pub editing_body: bool,
    /// The id of the item the panes were last drawn for: another one opens at its own top.
    pub shown_item: Option<String>,
    /// Scroll the cleaned pane to its top next frame.
    pub cleaned_top: bool,
    /// Records saved as curated or rejected this session, for the end of a review.
    pub reviewed: usize,
    /// Two duplicates side by side, when open.
    pub compare: Option<compare::CompareView>,
    /// No system file dialog can show (or `SIFT_FILE_DIALOG=in-window`): paths are asked in the window.
    pub no_native_dialog: bool,
    /// The in-window path entry, while it shows.
    pub path_entry: Option<panels::path_entry::PathEntry>,
    /// Shows the system's file dialog; `None` is rfd's (tests put a stand-in here).
    pub native_dialog: Option<fn(&file_dialog::PathAction) -> file_dialog::Native>,
}

/// The window.
pub struct SiftApp {
    pub prefs: Prefs,
    pub archive_path: PathBuf,
    pub store: Option<Store>,
    /// The archive's records as the list shows them.
    pub list: RecordList,
    /// A bulk action on the list's selection, running or just finished.
    pub bulk: Option<BulkJob>,
    /// Records opened this session (from the list or an import).
    pub items: Vec<Item>,
    pub failed: Vec<Failed>,
    /// Index of the open item.
    pub open: Option<usize>,
    pub import: Option<ImportJob>,
    /// True once the running import's first record was opened (or something was open already).
    import_opened: bool,
    /// A record being opened on a worker.
    pub opening: Option<jobs::OpenJob>,
    /// When the list was last refreshed during an import (egui time).
    listed_during_import_at: f64,
    pub status: Status,
    pub ui_state: UiState,
    /// Ids deleted this session, newest last, for "Restore deleted".
    pub trashed: Vec<String>,
    commands: Vec<Command>,
    keys: keys::KeyRouter,
    /// When drafts were last written (egui time, seconds).
    drafts_written_at: f64,
    /// Sift's data folder, where drafts go (tests point it at a temporary folder).
    pub data_dir: PathBuf,
    ctx: egui::Context,
}

const PREFS_KEY: &str = "sift-prefs";

/// Seconds between writes of the drafts of unsaved items: often enough that a crash loses only the last few
/// keystrokes, rarely enough that typing never waits on the disk.
const DRAFT_INTERVAL_S: f64 = 2.0;

/// Seconds between listings of the archive while an import writes into it.
const LIST_DURING_IMPORT_S: f64 = 2.0;

impl SiftApp {
    /// The window's state over `archive` (else the last used, else the default), with `files` to import.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        archive: Option<PathBuf>,
        files: Vec<PathBuf>,
    ) -> Self {
        let prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, PREFS_KEY))
            .unwrap_or_default();
        // Only the real window: tests and snapshots keep egui's own fonts, the same on every machine.
        fonts::install_system_fallbacks_in_background(&cc.egui_ctx);
        let mut app = Self::with_prefs(&cc.egui_ctx, prefs, archive, files);
        app.ui_state.no_native_dialog = file_dialog::in_window_from_env();
        app
    }

    /// As [`Self::new`], without eframe storage.
    pub fn with_prefs(
        ctx: &egui::Context,
        prefs: Prefs,
        archive: Option<PathBuf>,
        files: Vec<PathBuf>,
    ) -> Self {
        Self::with_data_dir(ctx, prefs, archive, files, store::data_dir())
    }

    /// As [`Self::with_prefs`], keeping drafts under `data_dir` (tests and the benchmark use a temporary one).
    pub fn with_data_dir(
        ctx: &egui::Context,
        prefs: Prefs,
        archive: Option<PathBuf>,
        files: Vec<PathBuf>,
        data_dir: PathBuf,
    ) -> Self {
        let archive_path = archive
            .or_else(|| prefs.last_archive.clone())
            .unwrap_or_else(store::default_archive);
        let mut app = Self {
            prefs,
            archive_path: archive_path.clone(),
            store: None,
            list: RecordList::default(),
            bulk: None,
            items: vec![],
            failed: vec![],
            open: None,
            import: None,
            import_opened: false,
            opening: None,
            listed_during_import_at: 0.0,
            status: Status::default(),
            ui_state: UiState::default(),
            trashed: vec![],
            commands: vec![],
            keys: keys::KeyRouter::default(),
            drafts_written_at: 0.0,
            data_dir,
            ctx: ctx.clone(),
        };
        app.apply_theme(ctx);
        app.use_archive(archive_path);
        if !files.is_empty() {
            app.start_import(files);
        }
        app
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        let pref = match self.prefs.dark {
            None => egui::ThemePreference::System,
            Some(true) => egui::ThemePreference::Dark,
            Some(false) => egui::ThemePreference::Light,
        };
        ctx.set_theme(pref);
    }

    /// The open item.
    pub fn current(&self) -> Option<&Item> {
        self.open.and_then(|i| self.items.get(i))
    }

    pub fn current_mut(&mut self) -> Option<&mut Item> {
        self.open.and_then(|i| self.items.get_mut(i))
    }

    /// Reports a message in the status line.
    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            error: false,
        };
    }

    /// Reports an error in the status line.
    pub fn fail(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            error: true,
        };
    }

    pub fn push(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// True while an import runs.
    pub fn importing(&self) -> bool {
        self.import.as_ref().is_some_and(|j| !j.finished)
    }

    /// Unsaved items exist.
    pub fn has_unsaved(&self) -> bool {
        self.items.iter().any(|i| i.dirty || !i.in_archive)
    }

    /// Takes in what the import and opening workers sent.
    fn poll_jobs(&mut self) {
        if let Some(job) = self.import.as_mut() {
            let msgs = job.poll();
            self.take_import_msgs(msgs);
        }
        if let Some(res) = self.opening.as_ref().and_then(|j| j.poll()) {
            self.opening = None;
            self.opened(res);
        }
        if self.list.poll() {
            self.list_arrived();
        }
        if self.bulk.as_mut().is_some_and(|j| j.poll()) {
            self.bulk_finished();
        }
    }

    /// Blocks until the running import is over and takes in its records, then until the record it opens is
    /// ready (tests and the benchmark; the window polls instead).
    pub fn wait_for_import(&mut self) {
        if let Some(job) = self.import.as_mut() {
            let msgs = job.wait();
            self.take_import_msgs(msgs);
        }
        self.wait_for_open();
    }

    /// During an import, lists the archive again now and then, so imported records show as they come without
    /// a listing per file.
    fn list_import_progress(&mut self) {
        let now = self.ctx.input(|i| i.time);
        if now - self.listed_during_import_at >= LIST_DURING_IMPORT_S {
            self.listed_during_import_at = now;
            self.list.refresh();
        }
    }

    /// Blocks until the list holds the rows for the current search and order (tests and the benchmark).
    pub fn wait_for_list(&mut self) {
        self.list.wait();
        self.list_arrived();
    }

    /// The list's rows arrived: says so with `SIFT_TIMING` the first time.
    fn list_arrived(&mut self) {
        if !self.list.reported && self.list.complete {
            self.list.reported = true;
            timing(&format!("archive listed: {} records", self.list.rows.len()));
            // Said unless something else already is (an import's summary says more).
            if let Some(note) = self.list.note.take()
                && self.status.text.is_empty()
            {
                self.say(note);
            }
        }
    }

    /// Takes in a finished bulk action: what it changed is listed again, and open records it changed are
    /// reloaded (or, when they hold unsaved edits, left as they are with a warning).
    fn bulk_finished(&mut self) {
        let Some(job) = &self.bulk else { return };
        let ids: std::collections::HashSet<&String> = job.ids.iter().collect();
        let touched_edited = self
            .items
            .iter()
            .filter(|i| i.dirty && ids.contains(&i.record.id))
            .count();
        let open_id = self.current().map(|i| i.record.id.clone());
        let exported = matches!(job.op, BulkOp::Export { .. });
        let mut msg = format!(
            "{}: {} of {} done{}",
            job.what,
            job.done - job.failures.len().min(job.done),
            job.total,
            if job.cancelled { " (cancelled)" } else { "" }
        );
        if let Some((id, e)) = job.failures.first() {
            msg.push_str(&format!(", {} failed ({id}: {e})", job.failures.len()));
        }
        for n in &job.notes {
            msg.push_str(&format!("; {n}"));
        }
        if !exported {
            if touched_edited > 0 {
                msg.push_str(&format!(
                    "; {touched_edited} open with unsaved edits kept their edits"
                ));
            }
            // Unedited copies in the window would save the old status back: take them out.
            let ids: std::collections::HashSet<String> = job.ids.iter().cloned().collect();
            self.items
                .retain(|i| i.dirty || !ids.contains(&i.record.id));
            self.open = open_id
                .as_ref()
                .and_then(|id| self.items.iter().position(|i| &i.record.id == id));
            if let Some(id) = open_id
                && self.open.is_none()
                && !matches!(self.bulk.as_ref().map(|j| &j.op), Some(BulkOp::Trash))
            {
                self.open_record(&id);
            }
            self.list.selected.clear();
            self.list.refresh();
        }
        let failed = self.bulk.as_ref().is_some_and(|j| !j.failures.is_empty());
        if failed {
            self.fail(msg);
        } else {
            self.say(msg);
        }
    }

    /// Blocks until the bulk action is over (tests and the benchmark).
    pub fn wait_for_bulk(&mut self) {
        if let Some(j) = self.bulk.as_mut() {
            j.wait();
            self.bulk_finished();
        }
    }

    /// Blocks until the record being opened is ready (tests and the benchmark).
    pub fn wait_for_open(&mut self) {
        if let Some(job) = self.opening.take() {
            let res = job.wait();
            self.opened(res);
        }
    }

    fn take_import_msgs(&mut self, msgs: Vec<jobs::ImportMsg>) {
        for m in msgs {
            match m {
                jobs::ImportMsg::Total(_) => {}
                jobs::ImportMsg::Progress(_) => self.list_import_progress(),
                jobs::ImportMsg::Record { entry, new: _ } => {
                    // One big file (a WARC, a JSON Lines dump) finishes no file for minutes: the list grows
                    // with its records as well, at most every LIST_DURING_IMPORT_S.
                    self.list_import_progress();
                    // The first record of an import opens, unless the curator is on one already.
                    if !self.import_opened {
                        self.import_opened = true;
                        if self.open.is_none() && self.opening.is_none() {
                            self.open_record(&entry.id);
                        }
                    }
                }
                jobs::ImportMsg::Failed(f) => self.failed.push(f),
                jobs::ImportMsg::Done(r) => {
                    self.list.refresh();
                    // A record opened while the import ran was told its duplicates before the rest of the
                    // import (and its index writes) came: asked again now that all is in.
                    if let Some(store) = &self.store {
                        let archive = store.archive();
                        for it in self.items.iter_mut().filter(|i| i.in_archive) {
                            it.duplicates = archive.duplicate_ids(&it.record.id);
                        }
                    }
                    let what = if r.cancelled {
                        "Import cancelled"
                    } else {
                        "Imported"
                    };
                    let restored = match r.raw_restored {
                        0 => String::new(),
                        n => format!(" ({} put back)", crate::count(n, "missing raw file")),
                    };
                    let skipped = r
                        .skipped_summary()
                        .map(|k| format!("; skipped {k}"))
                        .unwrap_or_default();
                    self.say(format!(
                        "{what}: {} of {}: {} new, {} already present{restored}, {} failed, {}, {}{skipped}",
                        r.files_done,
                        crate::count(r.files, "file"),
                        r.new,
                        r.present,
                        r.failed.len(),
                        crate::count(r.duplicates, "duplicate"),
                        crate::count(r.repeats, "repeat")
                    ));
                }
            }
        }
    }

    /// Writes drafts of edited items now and then, so a crash keeps them.
    fn write_drafts(&mut self, now: f64) {
        if now - self.drafts_written_at < DRAFT_INTERVAL_S {
            return;
        }
        self.drafts_written_at = now;
        let mut err = None;
        for it in self.items.iter().filter(|i| i.dirty) {
            if let Err(e) =
                store::drafts::write(&self.data_dir, &self.archive_path, &it.record_to_save())
            {
                err = Some(e);
            }
        }
        if let Some(e) = err {
            self.fail(format!("Could not write drafts: {e}"));
        }
    }

    /// Files dropped on the window go to the import.
    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.start_import(dropped);
        }
    }

    /// Asks before closing with unsaved edits (their drafts are kept either way).
    fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.items.iter().any(|i| i.dirty)
            && !self.ui_state.close_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ui_state.confirm_close = true;
        }
    }

    /// A field gained or lost the keyboard: typing there starts a new undo step, and the raw pane scrolls to
    /// the lines the field came from.
    fn focus_changed(&mut self) {
        let field = self.ui_state.focused_field;
        let Some(it) = self.current_mut() else { return };
        it.history.break_merge();
        let Some(f) = field else { return };
        let roles = panels::raw::roles_of_field(f);
        if f != "body"
            && let Some(i) = it.blocks.iter().position(|b| roles.contains(&b.role))
        {
            self.ui_state.scroll_raw_to = Some(i);
        }
    }

    /// Draws the whole window for one frame, then runs what the panels asked for.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Taken now so no widget also acts on the keys, but run after the panels' own commands: a key pressed in
        // the frame that also delivers a click (egui may hold a quick click's release for a frame) acts on what
        // the click selected.
        let typing_at_start = ctx.text_edit_focused();
        let keys = self.keys.begin(&ctx, panels::top_bar::search_id());
        self.when_another_item_shows();
        let prev_focus = self.ui_state.focused_field.take();
        panels::top_bar::top_bar_ui(ui, self);
        panels::path_entry::path_entry_ui(ui, self);
        panels::status_bar::status_bar_ui(ui, self);
        panels::queue::queue_ui(ui, self);
        panels::fields::fields_panel_ui(ui, self);
        egui::CentralPanel::default().show(ui, |ui| {
            if self.current().is_none() {
                panels::welcome_ui(ui, self);
                return;
            }
            egui::Panel::left("raw_pane")
                .resizable(true)
                .default_size(ui.available_width() / 2.0)
                .size_range(160.0..=(ui.available_width() - 160.0).max(160.0))
                .show(ui, |ui| panels::raw::raw_pane_ui(ui, self));
            egui::CentralPanel::default().show(ui, |ui| panels::cleaned::cleaned_pane_ui(ui, self));
        });
        if self.ui_state.focused_field != prev_focus {
            self.focus_changed();
        }
        panels::help_overlay::help_overlay_ui(&ctx, self);
        panels::dialogs::export_dialog_ui(&ctx, self);
        panels::dialogs::close_dialog_ui(&ctx, self);
        panels::compare::compare_window_ui(&ctx, self);
        let keys = self.keys.end(&ctx, keys);
        self.commands.extend(keys.into_iter().map(Command::Ui));
        if !typing_at_start && !ctx.text_edit_focused() && command::select_all_pressed(&ctx) {
            self.commands.push(Command::Ui(UICommand::SelectAllRecords));
        }
        self.run_commands(&ctx);
    }
}

impl SiftApp {
    /// What the window does each frame before drawing: takes in the workers' results, dropped files, the close
    /// request, drafts, the search box's query (debounced). eframe calls it through `App::logic`; the
    /// benchmarks call it directly.
    pub fn tick(&mut self, ctx: &egui::Context) {
        self.poll_jobs();
        self.take_dropped_files(ctx);
        self.guard_close(ctx);
        let now = ctx.input(|i| i.time);
        self.write_drafts(now);
        if self.list.search(&self.ui_state.search, now) {
            // Typing rests: come back to send the query.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(list::DEBOUNCE_S));
        }
        let bulk_running = self.bulk.as_ref().is_some_and(|j| !j.finished);
        if self.importing() || self.opening.is_some() || bulk_running || self.list.busy() {
            // The worker wakes the window on every file; this keeps the spinner turning between files.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

/// When `run` was called, for `SIFT_TIMING=1`: how long the window took to its first frame, on stderr.
static STARTED: OnceLock<Instant> = OnceLock::new();

/// With `SIFT_TIMING` set, says on stderr how long after `run` a step was reached (startup checks).
fn timing(step: &str) {
    if let Some(t) = STARTED.get()
        && std::env::var_os("SIFT_TIMING").is_some()
    {
        eprintln!("sift: {step} after {} ms", t.elapsed().as_millis());
    }
}

impl eframe::App for SiftApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
        match ui.ctx().cumulative_frame_nr() {
            0 => timing("first frame laid out"),
            // The second frame starts once the first is on screen.
            1 => timing("first frame shown"),
            _ => {}
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.last_archive = Some(self.archive_path.clone());
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    fn on_exit(&mut self) {
        // Unsaved edits stay as drafts, picked up at the next start.
        self.drafts_written_at = f64::NEG_INFINITY;
        self.write_drafts(0.0);
    }
}

/// The window and taskbar icon, drawn for Sift (`assets/icon.png`, 256×256) and built into the binary so an
/// installed `sift` needs no files beside it. A broken image falls back to the platform's default icon.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).unwrap_or_default()
}

/// Opens the window titled "Sift — <archive>" over `archive` (or the last one used), importing `files`.
pub fn run(archive: Option<PathBuf>, files: Vec<PathBuf>) -> anyhow::Result<()> {
    let _ = STARTED.set(Instant::now());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Sift")
            .with_app_id("sift")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 420.0])
            .with_drag_and_drop(true)
            .with_icon(window_icon()),
        ..Default::default()
    };
    eframe::run_native(
        "Sift",
        options,
        Box::new(move |cc| {
            timing("renderer ready");
            let app = SiftApp::new(cc, archive, files);
            timing("window state ready");
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_icon_decodes() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
