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
            // Two columns of commands, so the list fits a small window.
            let mut rows: Vec<(String, String)> = UICommand::ALL
                .iter()
                .map(|c| {
                    let key = c.shortcut_text(ctx);
                    (
                        c.label().to_string(),
                        if key.is_empty() {
                            "—".to_string()
                        } else {
                            key
                        },
                    )
                })
                .collect();
            rows.push(("Flip one raw line".into(), "click its box".into()));
            rows.push(("Select raw lines".into(), "click, Shift/Ctrl+click".into()));
            rows.push(("Select a paragraph's raw lines".into(), "click it".into()));
            rows.push(("Close this, a dialog, body editing".into(), "Escape".into()));
            let half = rows.len().div_ceil(2);
            egui::Grid::new("shortcuts")
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for k in 0..half {
                        for (label, key) in [rows.get(k), rows.get(k + half)].into_iter().flatten()
                        {
                            ui.label(label);
                            ui.monospace(key);
                        }
                        ui.end_row();
                    }
                });
            ui.weak("Letter keys act on the raw selection when no text field is being edited.");
        });
    if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        app.ui_state.show_help = false;
    }
}
