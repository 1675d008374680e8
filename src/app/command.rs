//! Every user action the window offers, with its label and shortcut in one place, so the top bar, the shortcut
//! handling and the F1 overlay can never disagree; and the side effects panels ask for, run once a frame.

use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A named user action: each has a label, a tooltip and at most one shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UICommand {
    ImportFiles,
    ImportFolder,
    OpenArchive,
    Export,
    Save,
    SaveCuratedNext,
    Reject,
    Undo,
    Redo,
    Delete,
    RestoreDeleted,
    NextItem,
    PrevItem,
    SelectUp,
    SelectDown,
    ExtendUp,
    ExtendDown,
    FirstKept,
    LastKept,
    NextDropped,
    ToggleDropped,
    FlipSelection,
    AssignTitle,
    AssignSubtitle,
    AssignAuthor,
    AssignDate,
    AssignCaption,
    AssignCredit,
    AppendBody,
    ToggleHtmlSource,
    FocusSearch,
    SelectAllRecords,
    ToggleTheme,
    Help,
}

/// Whether a shortcut may fire while a text field has the keyboard: plain-letter keys must not steal typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Fires anywhere (it has Ctrl or is a function key).
    Global,
    /// Fires only when no text field is being edited, nor gains the keyboard in the same frame.
    NotTyping,
}

impl UICommand {
    /// Every command, in the order the help overlay lists them.
    pub const ALL: [UICommand; 34] = [
        UICommand::ImportFiles,
        UICommand::ImportFolder,
        UICommand::OpenArchive,
        UICommand::Export,
        UICommand::Save,
        UICommand::SaveCuratedNext,
        UICommand::Reject,
        UICommand::Undo,
        UICommand::Redo,
        UICommand::Delete,
        UICommand::RestoreDeleted,
        UICommand::NextItem,
        UICommand::PrevItem,
        UICommand::SelectUp,
        UICommand::SelectDown,
        UICommand::ExtendUp,
        UICommand::ExtendDown,
        UICommand::FirstKept,
        UICommand::LastKept,
        UICommand::NextDropped,
        UICommand::ToggleDropped,
        UICommand::FlipSelection,
        UICommand::AssignTitle,
        UICommand::AssignSubtitle,
        UICommand::AssignAuthor,
        UICommand::AssignDate,
        UICommand::AssignCaption,
        UICommand::AssignCredit,
        UICommand::AppendBody,
        UICommand::ToggleHtmlSource,
        UICommand::FocusSearch,
        UICommand::SelectAllRecords,
        UICommand::ToggleTheme,
        UICommand::Help,
    ];

    /// The label on buttons and in the help overlay.
    pub fn label(self) -> &'static str {
        match self {
            UICommand::ImportFiles => "Import files…",
            UICommand::ImportFolder => "Import folder…",
            UICommand::OpenArchive => "Open archive…",
            UICommand::Export => "Export…",
            UICommand::Save => "Save",
            UICommand::SaveCuratedNext => "Save as curated, next",
            UICommand::Reject => "Reject",
            UICommand::Undo => "Undo",
            UICommand::Redo => "Redo",
            UICommand::Delete => "Delete record",
            UICommand::RestoreDeleted => "Restore deleted",
            UICommand::NextItem => "Next item",
            UICommand::PrevItem => "Previous item",
            UICommand::SelectUp => "Select the line above",
            UICommand::SelectDown => "Select the line below",
            UICommand::ExtendUp => "Extend the selection up",
            UICommand::ExtendDown => "Extend the selection down",
            UICommand::FirstKept => "First kept line",
            UICommand::LastKept => "Last kept line",
            UICommand::NextDropped => "Next dropped line inside the text",
            UICommand::ToggleDropped => "Show / hide dropped lines",
            UICommand::FlipSelection => "Flip selected lines",
            UICommand::AssignTitle => "Selection to title",
            UICommand::AssignSubtitle => "Selection to subtitle",
            UICommand::AssignAuthor => "Selection to author",
            UICommand::AssignDate => "Selection to date",
            UICommand::AssignCaption => "Selection to caption",
            UICommand::AssignCredit => "Selection to credit",
            UICommand::AppendBody => "Selection: append to body",
            UICommand::ToggleHtmlSource => "Blocks / HTML source",
            UICommand::FocusSearch => "Search",
            UICommand::SelectAllRecords => "Select all listed records",
            UICommand::ToggleTheme => "Light / dark theme",
            UICommand::Help => "Shortcuts",
        }
    }

    /// A sentence for tooltips.
    pub fn tooltip(self) -> &'static str {
        match self {
            UICommand::ImportFiles => {
                "Extract files into the queue (they are saved only when you save them)"
            }
            UICommand::ImportFolder => "Extract every file under a folder into the queue",
            UICommand::OpenArchive => "Work on another archive folder",
            UICommand::Export => "Write the archive's records as JSONL, CSV, CSL-JSON or Markdown",
            UICommand::Save => "Save the open record to the archive",
            UICommand::SaveCuratedNext => {
                "Mark the open record curated, save it and open the next one still to review"
            }
            UICommand::Reject => {
                "Mark the open record rejected, save it and open the next one still to review"
            }
            UICommand::Undo => "Undo the last edit or flip",
            UICommand::Redo => "Redo what was undone",
            UICommand::Delete => "Move the open record to the archive's trash",
            UICommand::RestoreDeleted => "Bring back the last record deleted in this session",
            UICommand::NextItem => "Open the next item of the list",
            UICommand::PrevItem => "Open the previous item of the list",
            UICommand::SelectUp | UICommand::SelectDown => "Move the raw selection by one line",
            UICommand::ExtendUp | UICommand::ExtendDown => "Extend the raw selection by one line",
            UICommand::FirstKept => {
                "Select the first line the extractor kept, where a missed lede or a kept menu sits"
            }
            UICommand::LastKept => {
                "Select the last line the extractor kept, where a kept footer or a lost ending sits"
            }
            UICommand::NextDropped => {
                "Select the next dropped line between the first and the last kept ones"
            }
            UICommand::ToggleDropped => "Show the lines the extractor dropped, or only the others",
            UICommand::FlipSelection => "Keep the selected raw lines if dropped, drop them if kept",
            UICommand::AssignTitle => "Use the selected raw lines as the title",
            UICommand::AssignSubtitle => "Use the selected raw lines as the subtitle",
            UICommand::AssignAuthor => "Add the selected raw lines as an author",
            UICommand::AssignDate => "Read a date from the selected raw lines",
            UICommand::AssignCaption => "Add the selected raw lines as an image caption",
            UICommand::AssignCredit => "Use the selected raw lines as the last image's credit",
            UICommand::AppendBody => "Append the selected raw lines to the body",
            UICommand::ToggleHtmlSource => "Show an HTML page's text blocks or its markup",
            UICommand::FocusSearch => {
                "Search the archive: words, \"a phrase\", prefix*, -word, status:curated, site:…"
            }
            UICommand::SelectAllRecords => {
                "Select every record the list shows, for a bulk action (status, tags, trash, export)"
            }
            UICommand::ToggleTheme => "Switch between light and dark",
            UICommand::Help => "Show every shortcut",
        }
    }

    /// The key that runs it, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let ctrl = |k| Some(KeyboardShortcut::new(Modifiers::COMMAND, k));
        let ctrl_shift = |k| {
            Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                k,
            ))
        };
        let key = |k| Some(KeyboardShortcut::new(Modifiers::NONE, k));
        match self {
            UICommand::ImportFiles => ctrl(Key::O),
            UICommand::ImportFolder => ctrl_shift(Key::O),
            UICommand::OpenArchive => None,
            UICommand::Export => ctrl(Key::E),
            UICommand::Save => ctrl(Key::S),
            UICommand::SaveCuratedNext => ctrl(Key::Enter),
            UICommand::Reject => ctrl(Key::R),
            UICommand::Undo => ctrl(Key::Z),
            UICommand::Redo => ctrl_shift(Key::Z),
            UICommand::Delete => key(Key::Delete),
            UICommand::RestoreDeleted => ctrl_shift(Key::Delete),
            UICommand::NextItem => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown)),
            UICommand::PrevItem => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp)),
            UICommand::SelectUp => key(Key::ArrowUp),
            UICommand::SelectDown => key(Key::ArrowDown),
            UICommand::ExtendUp => Some(KeyboardShortcut::new(Modifiers::SHIFT, Key::ArrowUp)),
            UICommand::ExtendDown => Some(KeyboardShortcut::new(Modifiers::SHIFT, Key::ArrowDown)),
            UICommand::FirstKept => key(Key::Home),
            UICommand::LastKept => key(Key::End),
            UICommand::NextDropped => key(Key::N),
            UICommand::ToggleDropped => None,
            UICommand::FlipSelection => key(Key::Space),
            UICommand::AssignTitle => key(Key::T),
            UICommand::AssignSubtitle => key(Key::S),
            UICommand::AssignAuthor => key(Key::A),
            UICommand::AssignDate => key(Key::D),
            UICommand::AssignCaption => key(Key::C),
            UICommand::AssignCredit => key(Key::K),
            UICommand::AppendBody => key(Key::B),
            UICommand::ToggleHtmlSource => key(Key::H),
            UICommand::FocusSearch => ctrl(Key::F),
            UICommand::SelectAllRecords => ctrl(Key::A),
            UICommand::ToggleTheme => None,
            UICommand::Help => key(Key::F1),
        }
    }

    /// When its shortcut may fire. Undo and redo in a text box are that box's own (egui's), so the item's undo
    /// never takes back another field's typing.
    pub fn scope(self) -> Scope {
        // Ctrl+A in a text box selects its text.
        if matches!(
            self,
            UICommand::Undo | UICommand::Redo | UICommand::SelectAllRecords
        ) {
            return Scope::NotTyping;
        }
        match self.shortcut() {
            // Shift+arrow selects text in a text box: only Ctrl, Alt or a function key may act while typing.
            Some(s)
                if !s.modifiers.command
                    && !s.modifiers.ctrl
                    && !s.modifiers.alt
                    && !matches!(s.logical_key, Key::F1) =>
            {
                Scope::NotTyping
            }
            _ => Scope::Global,
        }
    }

    /// The shortcut as text for this platform ("Ctrl+S"), or empty.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcut()
            .map(|s| ctx.format_shortcut(&s))
            .unwrap_or_default()
    }

    /// Commands whose shortcut was pressed this frame, consumed so text fields do not also act on them.
    /// Shortcuts with more modifiers are tried first, so Ctrl+Shift+Z is never taken for Ctrl+Z.
    pub fn pressed(ctx: &egui::Context, typing: bool) -> Vec<UICommand> {
        let mut cmds: Vec<(UICommand, KeyboardShortcut)> = Self::ALL
            .iter()
            .filter_map(|c| c.shortcut().map(|s| (*c, s)))
            .filter(|(c, _)| !(typing && c.scope() == Scope::NotTyping))
            // Ctrl+A is left to the text boxes; the window selects all records at the frame's end when no text
            // box is in play (`select_all_pressed`).
            .filter(|(c, _)| *c != UICommand::SelectAllRecords)
            .collect();
        cmds.sort_by_key(|(_, s)| {
            std::cmp::Reverse(
                s.modifiers.shift as u8 + s.modifiers.alt as u8 + s.modifiers.command as u8,
            )
        });
        let mut out = Vec::new();
        ctx.input_mut(|i| {
            for (c, s) in &cmds {
                if i.consume_shortcut(s) {
                    out.push(*c);
                }
            }
        });
        out
    }
}

/// Ctrl+A was pressed this frame (read, not taken: a text box that has or gets the keyboard selects its text).
pub fn select_all_pressed(ctx: &egui::Context) -> bool {
    ctx.input(|i| i.modifiers.command && i.key_pressed(Key::A))
}

/// A field a raw selection can be assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Title,
    Subtitle,
    Author,
    Date,
    Caption,
    Credit,
    Body,
}

impl Target {
    /// The command that assigns to it.
    pub fn command(self) -> UICommand {
        match self {
            Target::Title => UICommand::AssignTitle,
            Target::Subtitle => UICommand::AssignSubtitle,
            Target::Author => UICommand::AssignAuthor,
            Target::Date => UICommand::AssignDate,
            Target::Caption => UICommand::AssignCaption,
            Target::Credit => UICommand::AssignCredit,
            Target::Body => UICommand::AppendBody,
        }
    }

    pub const ALL: [Target; 7] = [
        Target::Title,
        Target::Subtitle,
        Target::Author,
        Target::Date,
        Target::Caption,
        Target::Credit,
        Target::Body,
    ];

    /// Short name for buttons.
    pub fn short(self) -> &'static str {
        match self {
            Target::Title => "Title",
            Target::Subtitle => "Subtitle",
            Target::Author => "Author",
            Target::Date => "Date",
            Target::Caption => "Caption",
            Target::Credit => "Credit",
            Target::Body => "+Body",
        }
    }
}

/// A side effect a panel asks for; the app runs them after drawing, in order.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    Ui(UICommand),
    /// Open the queue item at this index.
    OpenItem(usize),
    /// Open a saved record of the archive by id.
    OpenRecord(String),
    /// Import these files or folders (dialog results, drops, the command line).
    Import(Vec<PathBuf>),
    /// Switch to this archive folder.
    UseArchive(PathBuf),
    /// Cancel the running import.
    CancelImport,
    /// Flip one raw block between kept and dropped.
    Flip(usize),
    /// Select a raw block: alone, extending from the anchor (Shift), or adding it (Ctrl).
    Select {
        block: usize,
        how: crate::app::selection::Pick,
    },
    /// Select these raw blocks (a paragraph clicked in the cleaned pane) and scroll the raw pane to them.
    SelectBlocks(Vec<usize>),
    /// Decode the open item's raw bytes again with this encoding.
    Redecode(String),
    /// Ask for a path (the system's file dialog, else the in-window entry), then act on it.
    AskPath(super::file_dialog::PathAction),
    /// Act on a path chosen in the in-window entry.
    PathChosen(super::file_dialog::PathAction, std::path::PathBuf),
    /// Write an export of the archive: the list's selection, else what it shows when `filtered`, else all.
    ExportTo {
        format: String,
        path: PathBuf,
        filtered: bool,
        selection: bool,
    },
    /// Run a bulk action on the list's selection (on a worker).
    Bulk(super::BulkOp),
    /// Cancel the running bulk action.
    CancelBulk,
    /// Open the export dialog for the list's selection.
    ExportSelection,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = std::collections::HashSet::new();
        for c in UICommand::ALL {
            if let Some(s) = c.shortcut() {
                assert!(
                    seen.insert((
                        s.modifiers.command,
                        s.modifiers.shift,
                        s.modifiers.alt,
                        s.logical_key
                    )),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn letter_keys_do_not_fire_while_typing() {
        assert_eq!(UICommand::AssignTitle.scope(), Scope::NotTyping);
        assert_eq!(UICommand::Save.scope(), Scope::Global);
        assert_eq!(UICommand::Help.scope(), Scope::Global);
        assert_eq!(UICommand::Undo.scope(), Scope::NotTyping);
    }
}
