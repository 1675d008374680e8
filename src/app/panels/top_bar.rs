//! The top bar: import, archive, export and save buttons, the search box, the archive's path, import progress.

use super::command_button;
use crate::app::SiftApp;
use crate::app::command::{Command, UICommand};

/// The search box's id, fixed so Ctrl+F can give it the keyboard before it is drawn.
pub fn search_id() -> egui::Id {
    egui::Id::unique("sift-search")
}

pub fn top_bar_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.strong("Sift");
            ui.separator();
            command_button(ui, app, UICommand::ImportFiles, true);
            command_button(ui, app, UICommand::ImportFolder, true);
            command_button(ui, app, UICommand::OpenArchive, true);
            command_button(ui, app, UICommand::Export, app.store.is_some());
            ui.separator();
            let can_save = app.current().is_some() && app.store.is_some();
            command_button(ui, app, UICommand::Save, can_save);
            command_button(ui, app, UICommand::SaveCuratedNext, can_save);
            command_button(ui, app, UICommand::Reject, can_save);
            ui.separator();
            let (u, r) = app
                .current()
                .map(|i| (i.history.can_undo(), i.history.can_redo()))
                .unwrap_or((false, false));
            command_button(ui, app, UICommand::Undo, u);
            command_button(ui, app, UICommand::Redo, r);
            ui.separator();
            ui.add(
                egui::TextEdit::singleline(&mut app.ui_state.search)
                    .id(search_id())
                    .hint_text("Search: words, \"phrase\", status:curated")
                    .desired_width(180.0),
            );
            type_filter_ui(ui, app);
            if let Some(job) = &app.import
                && !job.finished
            {
                ui.separator();
                ui.spinner();
                let frac = if job.total == 0 {
                    0.0
                } else {
                    job.done as f32 / job.total as f32
                };
                ui.add(
                    egui::ProgressBar::new(frac)
                        .desired_width(220.0)
                        .text(job.progress_text()),
                );
                if ui.button("Cancel").clicked() {
                    app.push(Command::CancelImport);
                }
            }
            ui.separator();
            if ui.button("?").on_hover_text("Shortcuts (F1)").clicked() {
                app.push(Command::Ui(UICommand::Help));
            }
            let theme = if ui.ctx().theme() == egui::Theme::Dark {
                "Light"
            } else {
                "Dark"
            };
            if ui
                .button(theme)
                .on_hover_text(UICommand::ToggleTheme.tooltip())
                .clicked()
            {
                app.push(Command::Ui(UICommand::ToggleTheme));
            }
            let path = app.archive_path.display().to_string();
            let read_only = app.store.as_ref().and_then(|s| s.read_only());
            let label = if read_only.is_some() {
                egui::RichText::new(format!("Archive (read-only): {path}"))
                    .color(ui.visuals().warn_fg_color)
            } else if app.store.is_some() {
                egui::RichText::new(format!("Archive: {path}")).weak()
            } else {
                egui::RichText::new(format!("Archive not open: {path}"))
                    .color(ui.visuals().error_fg_color)
            };
            let shown = ui.label(label);
            if let Some(why) = read_only {
                shown.on_hover_text(why);
            }
        });
    });
}

/// A drop-down of page types that sets the search's `type:` filter.
fn type_filter_ui(ui: &mut egui::Ui, app: &mut crate::app::SiftApp) {
    use crate::app::type_filter::{type_in, with_type};
    use crate::record::PageType;
    let now = type_in(&app.ui_state.search);
    let mut pick = now;
    egui::ComboBox::from_id_salt("type_filter")
        .selected_text(now.map_or("any type", |t| t.as_str()))
        .width(96.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut pick, None, "any type");
            for t in PageType::ALL {
                ui.selectable_value(&mut pick, Some(t), t.as_str());
            }
        })
        .response
        .on_hover_text("List only pages of this type (the search's type: filter)");
    if pick != now {
        app.ui_state.search = with_type(&app.ui_state.search, pick);
    }
}
