//! The F1 overlay: every command with its key, read from the one command list so it is never out of date.

use crate::app::SiftApp;
use crate::app::command::UICommand;

pub fn help_overlay_ui(ctx: &egui::Context, app: &mut SiftApp) {
    if !app.ui_state.show_help {
        return;
    }
    let mut open = true;
    egui::Window::new("Shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for c in UICommand::ALL {
                        let key = c.shortcut_text(ctx);
                        ui.label(c.label());
                        ui.monospace(if key.is_empty() {
                            "—".to_string()
                        } else {
                            key
                        });
                        ui.end_row();
                    }
                    ui.label("Flip one raw line");
                    ui.monospace("click its box");
                    ui.end_row();
                    ui.label("Select raw lines");
                    ui.monospace("click, Shift+click");
                    ui.end_row();
                });
            ui.weak("Letter keys act on the raw selection when no text field is being edited.");
        });
    if !open {
        app.ui_state.show_help = false;
    }
}
