//! The cleaned pane: the article's body as it will be saved, editable. It follows raw flips at once.

use crate::app::SiftApp;

pub fn cleaned_pane_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    let Some(open) = app.open else { return };
    ui.horizontal(|ui| {
        ui.strong("Cleaned");
        let it = &app.items[open];
        let d = it.derived();
        let edited = !d.follows_blocks;
        if edited {
            ui.weak("· body edited by hand");
        }
        let auto = d.differs_from_auto;
        if auto
            && ui
                .small_button("Reset to automatic body")
                .on_hover_text("Reset the body to the extractor's")
                .clicked()
        {
            app.items[open].reset_field("body");
        }
    });
    ui.separator();
    let it = &mut app.items[open];
    let mut focused = false;
    egui::ScrollArea::vertical()
        .id_salt("cleaned_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let r = ui.add(
                egui::TextEdit::multiline(&mut it.record.body)
                    .id_salt("body")
                    .desired_width(f32::INFINITY)
                    .desired_rows(20)
                    .hint_text("The article's body: paragraphs separated by one blank line"),
            );
            if r.changed() {
                it.after_edit("field:body");
            }
            focused = r.has_focus();
        });
    if focused {
        app.ui_state.focused_field = Some("body");
    }
}
