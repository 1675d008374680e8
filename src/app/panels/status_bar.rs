//! The status line at the bottom: the last message or error, and the open item's warnings and counts.

use crate::app::SiftApp;

pub fn status_bar_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let s = &app.status;
            if s.error {
                ui.colored_label(ui.visuals().error_fg_color, s.text.as_str());
            } else {
                ui.label(&s.text);
            }
            if let Some(it) = app.current() {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let kept = it.blocks.iter().filter(|b| b.is_body()).count();
                    ui.weak(format!(
                        "{} · {} of {} lines kept · {} words",
                        it.status().label(),
                        kept,
                        it.blocks.len(),
                        it.derived().words
                    ));
                    for w in &it.record.extraction.warnings {
                        ui.colored_label(ui.visuals().warn_fg_color, w);
                    }
                });
            }
        });
    });
}
