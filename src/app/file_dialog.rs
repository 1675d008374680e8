//! Choosing a path: the system's file dialog when it can show, else an entry in the window.
//!
//! On a minimal desktop or a remote X session there is no desktop portal and no zenity, and rfd then returns
//! nothing at once, the same `None` as a cancelled dialog. A person cannot cancel a dialog in a fraction of a
//! second, so a `None` that quick means no dialog showed: the window says so and asks for the path itself (see
//! `panels/path_entry.rs`), for this dialog and every later one. `SIFT_FILE_DIALOG=in-window` asks in the window
//! from the start.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The environment variable that makes every path be asked in the window (`in-window`).
pub const ENV: &str = "SIFT_FILE_DIALOG";

/// A dialog answering sooner than this with nothing never showed (a person takes far longer to cancel one).
const NEVER_SHOWN: Duration = Duration::from_millis(300);

/// What a path is asked for, and what is done with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathAction {
    ImportFiles,
    ImportFolder,
    OpenArchive,
    /// Export the archive to a file (the export dialog's choices).
    Export {
        format: String,
        ext: &'static str,
        filtered: bool,
        selection: bool,
    },
}

impl PathAction {
    /// The dialog's title.
    pub fn title(&self) -> &'static str {
        match self {
            PathAction::ImportFiles => "Import files",
            PathAction::ImportFolder => "Import a folder",
            PathAction::OpenArchive => "Open an archive folder",
            PathAction::Export { .. } => "Export to",
        }
    }

    /// The button that acts on the path.
    pub fn verb(&self) -> &'static str {
        match self {
            PathAction::ImportFiles | PathAction::ImportFolder => "Import",
            PathAction::OpenArchive => "Open",
            PathAction::Export { .. } => "Export",
        }
    }

    /// Only folders are offered when completing.
    pub fn wants_folder(&self) -> bool {
        matches!(self, PathAction::ImportFolder | PathAction::OpenArchive)
    }
}

/// What the system's dialog gave.
#[derive(Debug)]
pub enum Native {
    Chosen(Vec<PathBuf>),
    /// The person closed it without choosing.
    Cancelled,
    /// No dialog showed.
    Failed,
}

/// Whether the environment asks for the in-window entry from the start.
pub fn in_window_from_env() -> bool {
    std::env::var(ENV).is_ok_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "in-window" | "window" | "builtin"
        )
    })
}

/// Shows the system's dialog for `action` (blocking, as rfd's dialogs are) and tells what came of it.
pub fn native(action: &PathAction) -> Native {
    let started = Instant::now();
    let dialog = rfd::FileDialog::new().set_title(action.title());
    let chosen = match action {
        PathAction::ImportFiles => dialog.pick_files(),
        PathAction::ImportFolder | PathAction::OpenArchive => dialog.pick_folder().map(|d| vec![d]),
        PathAction::Export { ext, .. } => dialog
            .set_file_name(format!("sift-export.{ext}"))
            .save_file()
            .map(|f| vec![f]),
    };
    classify(chosen, started.elapsed())
}

/// What a dialog's answer means, given how long it took.
fn classify(chosen: Option<Vec<PathBuf>>, took: Duration) -> Native {
    match chosen {
        Some(paths) if !paths.is_empty() => Native::Chosen(paths),
        _ if took < NEVER_SHOWN => Native::Failed,
        _ => Native::Cancelled,
    }
}

impl super::SiftApp {
    /// Asks for a path for `action`: the system's dialog, else (none can show, or `SIFT_FILE_DIALOG=in-window`)
    /// the entry in the window.
    pub fn ask_path(&mut self, action: PathAction) {
        if self.ui_state.no_native_dialog {
            self.say(format!(
                "{}: type or paste the path (Tab completes it)",
                action.title()
            ));
        } else {
            let show = self.ui_state.native_dialog.unwrap_or(native);
            match show(&action) {
                Native::Chosen(paths) => return self.path_chosen(action, paths),
                Native::Cancelled => return,
                Native::Failed => {
                    self.ui_state.no_native_dialog = true;
                    self.fail(
                        "No file dialog could open on this desktop (no desktop portal, no zenity): type or \
                         paste the path in the window instead (Tab completes it)",
                    );
                }
            }
        }
        self.open_path_entry(action);
    }

    /// Shows the in-window entry for `action`, with the keyboard in it.
    pub fn open_path_entry(&mut self, action: PathAction) {
        use super::panels::path_entry;
        let text = path_entry::start_text(&action, &self.archive_path);
        path_entry::focus_entry(&self.ctx, &text);
        self.ui_state.path_entry = Some(path_entry::PathEntry::new(action, text));
    }

    /// Does what the path was asked for.
    pub fn path_chosen(&mut self, action: PathAction, mut paths: Vec<PathBuf>) {
        match action {
            PathAction::ImportFiles | PathAction::ImportFolder => self.start_import(paths),
            PathAction::OpenArchive => {
                if let Some(dir) = paths.pop() {
                    self.use_archive(dir);
                }
            }
            PathAction::Export {
                format,
                filtered,
                selection,
                ..
            } => {
                if let Some(path) = paths.pop() {
                    self.push(super::command::Command::ExportTo {
                        format,
                        path,
                        filtered,
                        selection,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quick_nothing_is_a_dialog_that_never_showed() {
        let ms = Duration::from_millis;
        assert!(matches!(classify(None, ms(20)), Native::Failed));
        assert!(matches!(classify(Some(vec![]), ms(20)), Native::Failed));
        assert!(matches!(classify(None, ms(2500)), Native::Cancelled));
        let p = vec![PathBuf::from("/tmp/a.html")];
        assert!(matches!(classify(Some(p), ms(5)), Native::Chosen(_)));
    }
}
