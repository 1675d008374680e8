//! The window's panels, each in a file named for what it draws. Panels read the app's state, change their own
//! item's fields in place (recording undo), and push commands for everything else.

pub mod cleaned;
pub mod dialogs;
pub mod fields;
pub mod help_overlay;
pub mod path_entry;
pub mod queue;
pub mod raw;
pub mod rows;
pub mod status_bar;
pub mod top_bar;

use super::SiftApp;
use super::command::{Command, UICommand};

/// What the centre shows when nothing is open: how to start.
pub fn welcome_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() / 3.0);
        ui.heading("Nothing open");
        ui.label("Import scraped pages (HTML, text dumps, JSON/JSONL, .gz), or drop files and folders here.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.add_space((ui.available_width() - 260.0).max(0.0) / 2.0);
            for c in [UICommand::ImportFiles, UICommand::ImportFolder] {
                if ui.button(c.label()).clicked() {
                    app.push(Command::Ui(c));
                }
            }
        });
    });
}

/// A button for a command, with its tooltip and shortcut.
pub fn command_button(
    ui: &mut egui::Ui,
    app: &mut SiftApp,
    c: UICommand,
    enabled: bool,
) -> egui::Response {
    let sc = c.shortcut_text(ui.ctx());
    let tip = if sc.is_empty() {
        c.tooltip().to_string()
    } else {
        format!("{} ({sc})", c.tooltip())
    };
    let r = ui
        .add_enabled(enabled, egui::Button::new(c.label()))
        .on_hover_text(tip);
    if r.clicked() {
        app.push(Command::Ui(c));
    }
    r
}
