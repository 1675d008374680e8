//! The cleaned pane: the article's body as it will be saved. It shows the body's paragraphs, the ones the raw
//! selection came from marked; a click on a paragraph selects its raw lines. "Edit body" (or a double-click)
//! turns it into a text box; Escape or "Done" turns it back. It follows raw flips at once.

use super::rows::{Scroll, estimate_height, virtual_rows};
use crate::app::SiftApp;
use crate::app::command::Command;
use crate::app::paragraphs;

/// The body's text box id, fixed so "Edit body" can give it the keyboard as it opens.
pub fn body_id() -> egui::Id {
    egui::Id::unique("sift-body")
}

pub fn cleaned_pane_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    let Some(open) = app.open else { return };
    ui.horizontal_wrapped(|ui| {
        ui.strong("Cleaned");
        let it = &app.items[open];
        let d = it.derived();
        if !d.follows_blocks {
            ui.weak("· body edited by hand");
        }
        let editing = app.ui_state.editing_body;
        let label = if editing { "Done" } else { "Edit body" };
        let tip = if editing {
            "Back to the paragraph view (Escape)"
        } else {
            "Edit the body as text (or double-click a paragraph)"
        };
        if ui.small_button(label).on_hover_text(tip).clicked() {
            set_editing(ui.ctx(), app, !editing);
        }
        if d.differs_from_auto
            && ui
                .small_button("Reset to automatic body")
                .on_hover_text("Reset the body to the extractor's")
                .clicked()
        {
            app.items[open].reset_field("body");
        }
    });
    ui.separator();
    if app.ui_state.editing_body {
        editor_ui(ui, app, open);
    } else {
        view_ui(ui, app, open);
    }
}

fn set_editing(ctx: &egui::Context, app: &mut SiftApp, on: bool) {
    app.ui_state.editing_body = on;
    if on {
        ctx.memory_mut(|m| m.request_focus(body_id()));
    }
}

fn editor_ui(ui: &mut egui::Ui, app: &mut SiftApp, open: usize) {
    let it = &mut app.items[open];
    let mut focused = false;
    let mut left = false;
    egui::ScrollArea::vertical()
        .id_salt("cleaned_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let r = ui.add(
                egui::TextEdit::multiline(&mut it.record.body)
                    .id(body_id())
                    .desired_width(f32::INFINITY)
                    .desired_rows(20)
                    .hint_text("The article's body: paragraphs separated by one blank line"),
            );
            if r.changed() {
                it.after_edit("field:body");
            }
            focused = r.has_focus();
            left = r.lost_focus();
        });
    if focused {
        app.ui_state.focused_field = Some("body");
    }
    if left {
        app.ui_state.editing_body = false;
    }
}

fn view_ui(ui: &mut egui::Ui, app: &mut SiftApp, open: usize) {
    let it = &app.items[open];
    let paras = paragraphs::paragraphs(&it.record.body);
    if paras.is_empty() {
        ui.weak("No body: tick raw lines to keep them, or Edit body.");
        return;
    }
    let map = paragraphs::blocks_of(&it.blocks, &paras, it.derived().follows_blocks);
    let selected = it.selection.as_ref().map(|s| &s.lines);
    let marked: Vec<bool> = map
        .iter()
        .map(|bs| selected.is_some_and(|s| bs.iter().any(|b| s.contains(b))))
        .collect();
    let scroll = if std::mem::take(&mut app.ui_state.cleaned_top) {
        Scroll::Top(0)
    } else if let Some(b) = app.ui_state.reveal_cleaned.take() {
        paragraphs::paragraph_of(&map, b).map_or(Scroll::Keep, Scroll::Reveal)
    } else {
        Scroll::Keep
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let (char_w, line_h) = ui.fonts_mut(|f| (f.glyph_width(&font, 'n'), f.row_height(&font)));
    let visuals = ui.visuals().clone();
    let pad = 6.0;
    let key = it.record.body.len() as u64 ^ (paras.len() as u64).rotate_left(40);
    let mut clicked = None;
    let mut edit = false;
    virtual_rows(
        ui,
        "cleaned_rows",
        key,
        paras.len(),
        scroll,
        |k, w| {
            estimate_height(paras[k].chars().count(), char_w, line_h, w - 12.0, line_h) + 2.0 * pad
        },
        |ui, k, rect| {
            let galley = ui.painter().layout(
                paras[k].to_string(),
                font.clone(),
                visuals.text_color(),
                (rect.width() - 12.0).max(40.0),
            );
            let h = galley.size().y + 2.0 * pad;
            let rect = egui::Rect::from_min_size(rect.min, egui::vec2(rect.width(), h));
            let resp = ui.interact(rect, ui.scope_id().with(("para", k)), egui::Sense::click());
            resp.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::accesskit::Role::Paragraph,
                    true,
                    marked[k],
                    paras[k],
                )
            });
            if marked[k] {
                let fill = visuals.selection.bg_fill.gamma_multiply(0.45);
                ui.painter()
                    .rect_filled(rect.shrink2(egui::vec2(0.0, 1.0)), 2.0, fill);
                let bar = egui::Rect::from_min_size(rect.min, egui::vec2(3.0, h));
                ui.painter()
                    .rect_filled(bar, 0.0, visuals.selection.stroke.color);
            } else if resp.hovered() {
                let fill = visuals.widgets.hovered.weak_bg_fill.gamma_multiply(0.5);
                ui.painter().rect_filled(rect, 2.0, fill);
            }
            ui.painter().galley(
                rect.min + egui::vec2(8.0, pad),
                galley,
                visuals.text_color(),
            );
            if resp.double_clicked() {
                edit = true;
            } else if resp.clicked() {
                clicked = Some(k);
            }
            h
        },
    );
    if let Some(k) = clicked {
        app.push(Command::SelectBlocks(map[k].clone()));
    }
    if edit {
        set_editing(ui.ctx(), app, true);
    }
}
