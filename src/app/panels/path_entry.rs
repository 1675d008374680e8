//! The in-window path entry, for a desktop where no file dialog can show: the path typed or pasted, Tab
//! completes it from the file system, Enter imports, opens or exports, Escape cancels. It has the keyboard as it
//! opens (see [`SiftApp::open_path_entry`]), so typing goes into it and never to the letter shortcuts.

use crate::app::SiftApp;
use crate::app::command::Command;
use crate::app::file_dialog::PathAction;
use crate::app::path_complete;
use egui::text::{CCursor, CCursorRange};
use std::path::{Path, PathBuf};

/// The entry's state while it shows.
#[derive(Debug, Clone)]
pub struct PathEntry {
    pub action: PathAction,
    pub text: String,
    /// The names that fit after a Tab, when several do.
    pub choices: Vec<String>,
    /// Why the path cannot be used, or the question an existing export file asks.
    pub problem: Option<String>,
    /// The export file exists and a second Enter replaces it.
    pub confirm_replace: bool,
}

impl PathEntry {
    pub fn new(action: PathAction, text: String) -> Self {
        Self {
            action,
            text,
            choices: vec![],
            problem: None,
            confirm_replace: false,
        }
    }
}

/// The entry's text box.
pub fn entry_id() -> egui::Id {
    egui::Id::unique("sift-path-entry")
}

/// Gives the entry the keyboard, its cursor at the end of `text`. Called when it opens, before it is first
/// drawn, so the frame it first shows in already counts it as the box being typed into.
pub fn focus_entry(ctx: &egui::Context, text: &str) {
    let mut st = egui::text_edit::TextEditState::default();
    st.cursor
        .set_char_range(Some(CCursorRange::one(CCursor::new(text.chars().count()))));
    st.store(ctx, entry_id());
    ctx.memory_mut(|m| m.request_focus(entry_id()));
}

/// The entry, as a bar under the top bar (a panel, drawn from its first frame: a new floating window is laid
/// out unseen in its first frame, and its box could not take the keyboard then).
pub fn path_entry_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    let Some(mut e) = app.ui_state.path_entry.take() else {
        return;
    };
    let ctx = ui.ctx().clone();
    let id = entry_id();
    let focused = ctx.memory(|m| m.has_focus(id));
    let mut go = false;
    let mut cancel = false;
    // Tab completes (the box keeps the keyboard: its filter takes Tab).
    if focused && ctx.input(|i| i.key_pressed(egui::Key::Tab)) {
        let c = path_complete::complete(&e.text, e.action.wants_folder());
        e.text = c.text;
        e.choices = c.choices;
        e.problem = (e.choices.is_empty() && !path_complete::resolve(&e.text).exists())
            .then(|| "Nothing here starts like that".to_string());
        e.confirm_replace = false;
        focus_entry(&ctx, &e.text);
    }
    egui::Panel::top("path_entry").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.strong(e.action.title());
            ui.weak(format!(
                "type or paste a path; Tab completes it, Enter {}, Escape cancels",
                e.action.verb().to_lowercase()
            ));
        });
        ui.horizontal(|ui| {
            let buttons = 150.0;
            let r = ui.add(
                egui::TextEdit::singleline(&mut e.text)
                    .id(id)
                    .desired_width((ui.available_width() - buttons).max(120.0))
                    .event_filter(egui::EventFilter {
                        tab: true,
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: true,
                    })
                    .hint_text("/path/to/…"),
            );
            if r.changed() {
                e.choices.clear();
                e.problem = None;
                e.confirm_replace = false;
            }
            if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                go = true;
            }
            go |= ui.button(e.action.verb()).clicked();
            cancel |= ui.button("Cancel").clicked();
        });
        if let Some(p) = &e.problem {
            ui.colored_label(ui.visuals().warn_fg_color, p);
        }
        if !e.choices.is_empty() {
            choices_ui(ui, &mut e);
        }
        ui.add_space(4.0);
    });
    cancel |= focused && ctx.input(|i| i.key_pressed(egui::Key::Escape));
    if cancel {
        app.say(format!("{}: cancelled", e.action.title()));
        return;
    }
    if go {
        let path = path_complete::resolve(&e.text);
        match check(&e.action, &path, e.confirm_replace) {
            Ok(()) => {
                app.push(Command::PathChosen(e.action, path));
                return;
            }
            Err(Problem::Replace(msg)) => {
                e.problem = Some(msg);
                e.confirm_replace = true;
            }
            Err(Problem::Unusable(msg)) => e.problem = Some(msg),
        }
        // The keyboard stays in the box to fix the path.
        focus_entry(&ctx, &e.text);
    }
    app.ui_state.path_entry = Some(e);
}

/// The names that fit, each a button that takes it into the path.
fn choices_ui(ui: &mut egui::Ui, e: &mut PathEntry) {
    let mut picked = None;
    egui::ScrollArea::vertical()
        .max_height(180.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for c in &e.choices {
                    if ui.small_button(c).clicked() {
                        picked = Some(c.clone());
                    }
                }
            });
        });
    if let Some(c) = picked {
        let cut = e
            .text
            .rfind(['/', std::path::MAIN_SEPARATOR])
            .map_or(0, |i| i + 1);
        e.text.truncate(cut);
        e.text.push_str(&c);
        e.choices.clear();
        focus_entry(ui.ctx(), &e.text);
    }
}

enum Problem {
    /// The path cannot serve: said, the entry stays.
    Unusable(String),
    /// The export file exists: said, and a second Enter replaces it.
    Replace(String),
}

/// Whether `path` can serve `action`.
fn check(action: &PathAction, path: &Path, replace: bool) -> Result<(), Problem> {
    let shown = path.display();
    if path.as_os_str().is_empty() {
        return Err(Problem::Unusable("Type a path first".into()));
    }
    match action {
        PathAction::ImportFiles if !path.exists() => {
            Err(Problem::Unusable(format!("No file or folder at {shown}")))
        }
        PathAction::ImportFolder if !path.is_dir() => {
            Err(Problem::Unusable(format!("No folder at {shown}")))
        }
        PathAction::OpenArchive if path.exists() && !path.is_dir() => Err(Problem::Unusable(
            format!("{shown} is a file: an archive is a folder"),
        )),
        PathAction::Export { .. } => {
            if path.is_dir() {
                return Err(Problem::Unusable(format!(
                    "{shown} is a folder: add a file name"
                )));
            }
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            if parent.is_some_and(|p| !p.is_dir()) {
                return Err(Problem::Unusable(format!(
                    "No folder {} to write into",
                    parent
                        .map(Path::display)
                        .map(|d| d.to_string())
                        .unwrap_or_default()
                )));
            }
            if path.exists() && !replace {
                return Err(Problem::Replace(format!(
                    "{shown} exists: Enter again replaces it"
                )));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// What the entry starts with: the current folder (the archive's for opening one), and for an export the file
/// name the system dialog would offer.
pub fn start_text(action: &PathAction, archive: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let dir = match action {
        PathAction::OpenArchive => archive.parent().map_or(cwd, Path::to_path_buf),
        _ => cwd,
    };
    let mut s = dir.display().to_string();
    if !s.ends_with(['/', std::path::MAIN_SEPARATOR]) {
        s.push(std::path::MAIN_SEPARATOR);
    }
    if let PathAction::Export { ext, .. } = action {
        s.push_str(&format!("sift-export.{ext}"));
    }
    s
}
