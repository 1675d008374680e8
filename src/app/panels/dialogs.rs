//! Small dialogs: export (format, scope, destination) and the question asked before closing with unsaved edits.

use crate::app::SiftApp;
use crate::app::command::Command;
use crate::app::file_dialog::PathAction;

/// Export formats the archive writes, with their file extension.
pub const FORMATS: [(&str, &str, &str); 4] = [
    ("jsonl", "JSON Lines", "jsonl"),
    ("csv", "CSV", "csv"),
    ("csl-json", "CSL-JSON (Zotero)", "json"),
    ("markdown", "Markdown", "md"),
];

pub fn export_dialog_ui(ctx: &egui::Context, app: &mut SiftApp) {
    let Some(mut d) = app.ui_state.export.clone() else {
        return;
    };
    let mut open = !ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let mut go = false;
    egui::Window::new("Export")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label("Format");
            for (key, label, _) in FORMATS {
                ui.radio_value(&mut d.format, key, label);
            }
            ui.separator();
            let n = app.list.selected.len();
            if ui
                .radio(!d.filtered && !d.selection, "All records")
                .clicked()
            {
                (d.filtered, d.selection) = (false, false);
            }
            if ui
                .radio(
                    d.filtered && !d.selection,
                    "Only those the list shows (its search)",
                )
                .clicked()
            {
                (d.filtered, d.selection) = (true, false);
            }
            if n > 0
                && ui
                    .radio(d.selection, format!("Only the {n} selected"))
                    .clicked()
            {
                (d.filtered, d.selection) = (false, true);
            }
            ui.separator();
            go = ui.button("Choose file and export…").clicked();
        });
    if go {
        let ext = FORMATS
            .iter()
            .find(|f| f.0 == d.format)
            .map(|f| f.2)
            .unwrap_or("txt");
        app.push(Command::AskPath(PathAction::Export {
            format: d.format.to_string(),
            ext,
            filtered: d.filtered,
            selection: d.selection,
        }));
        open = false;
    }
    app.ui_state.export = open.then_some(d);
}

pub fn close_dialog_ui(ctx: &egui::Context, app: &mut SiftApp) {
    if !app.ui_state.confirm_close {
        return;
    }
    let n = app.items.iter().filter(|i| i.dirty).count();
    let mut close = false;
    let mut cancel = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
        ui.heading("Unsaved edits");
        let (what, have) = if n == 1 { ("1 item", "has") } else { ("", "have") };
        let what = if n == 1 { what.to_string() } else { format!("{n} items") };
        ui.label(format!(
            "{what} {have} edits not saved to the archive. Closing without saving keeps them as drafts, which come back at the next start."
        ));
        ui.horizontal(|ui| {
            if ui.button("Save all and close").clicked() {
                // A save that fails keeps the dialog open, its message in the status line.
                close = app.save_all() == 0;
                cancel = !close;
            }
            if ui.button("Close without saving").clicked() {
                close = true;
            }
            if ui.button("Cancel").clicked() {
                cancel = true;
            }
        });
    });
    if close {
        app.ui_state.close_confirmed = true;
        app.ui_state.confirm_close = false;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    } else if cancel {
        app.ui_state.confirm_close = false;
    }
}
