//! Duplicates in the window: the line above the fields that says whose duplicate the open record is, or how
//! many it has, with a button to compare; and the compare view, two records side by side (fields, then the
//! body's word diff) with "Keep this one" under each.

use crate::app::SiftApp;
use crate::app::command::Command;
use crate::dedup::diff::Side;
use crate::record::Record;

/// The open record's place in a duplicate group, when it has one.
pub fn duplicates_line_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    let Some(it) = app.current() else { return };
    let id = it.record.id.clone();
    let of = it.record.duplicate_of.clone();
    let n = it.duplicates.len();
    if of.is_none() && n == 0 {
        return;
    }
    let mut compare = false;
    ui.horizontal_wrapped(|ui| {
        match &of {
            Some(of) => ui.label(format!("Duplicate of {of}")),
            None => ui.label(crate::count(n, "duplicate")),
        };
        compare = ui
            .button("Compare…")
            .on_hover_text("Show this record beside another of its group, and keep one")
            .clicked();
    });
    ui.separator();
    if compare {
        app.push(Command::Compare { id, other: None });
    }
}

/// The rows of the fields table: label and value.
fn field_rows(r: &Record) -> Vec<(&'static str, String)> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        ("Id", r.id.clone()),
        ("Status", r.status.as_str().to_string()),
        ("Title", opt(&r.title)),
        ("Authors", r.authors.join("; ")),
        ("Published", opt(&r.published)),
        ("Site", opt(&r.site)),
        ("URL", opt(&r.url)),
        ("Source", r.source.file.clone()),
        ("Words", r.body.split_whitespace().count().to_string()),
    ]
}

/// The compare view, while open.
pub fn compare_window_ui(ctx: &egui::Context, app: &mut SiftApp) {
    let Some(view) = &app.ui_state.compare else {
        return;
    };
    let mut cmds = Vec::new();
    let mut open = !ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let (left, right) = (&view.left, &view.right);
    egui::Window::new("Compare duplicates")
        .open(&mut open)
        .collapsible(false)
        .default_size([760.0, 560.0])
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            let others: Vec<&String> = view.group.iter().filter(|g| **g != left.id).collect();
            if others.len() > 1 {
                egui::ComboBox::from_label("compared with")
                    .selected_text(right.id.as_str())
                    .show_ui(ui, |ui| {
                        for o in others {
                            if ui.selectable_label(*o == right.id, o.as_str()).clicked() {
                                cmds.push(Command::Compare {
                                    id: left.id.clone(),
                                    other: Some(o.clone()),
                                });
                            }
                        }
                    });
            }
            egui::Grid::new("compare_fields")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    ui.label("");
                    for r in [left, right] {
                        if ui
                            .button("Keep this one")
                            .on_hover_text(format!(
                                "Keep {}; save the other records of the group as rejected duplicates of it",
                                r.id
                            ))
                            .clicked()
                        {
                            cmds.push(Command::KeepDuplicate(r.id.clone()));
                        }
                    }
                    ui.end_row();
                    for ((label, a), (_, b)) in field_rows(left).into_iter().zip(field_rows(right)) {
                        ui.strong(label);
                        let differs = a != b;
                        for v in [a, b] {
                            let t = egui::RichText::new(v);
                            ui.label(if differs { t.strong() } else { t });
                        }
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.label("Body: struck out only on the left, underlined only on the right");
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.label(diff_job(ui, &view.diff));
                });
        });
    if !open {
        cmds.push(Command::CloseCompare);
    }
    for c in cmds {
        app.push(c);
    }
}

/// The word diff as one wrapped text: words of one side only marked by colour and a stroke.
fn diff_job(ui: &egui::Ui, diff: &[(Side, String)]) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob {
        wrap: egui::text::TextWrapping {
            max_width: ui.available_width(),
            ..Default::default()
        },
        ..Default::default()
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let base = ui.visuals().text_color();
    for (side, text) in diff {
        let mut f = egui::TextFormat::simple(font.clone(), base);
        match side {
            Side::Both => {}
            Side::Removed => {
                f.color = ui.visuals().error_fg_color;
                f.strikethrough = egui::Stroke::new(1.0, ui.visuals().error_fg_color);
            }
            Side::Added => {
                f.color = egui::Color32::from_rgb(0x2e, 0x9e, 0x4f);
                f.underline = egui::Stroke::new(1.0, egui::Color32::from_rgb(0x2e, 0x9e, 0x4f));
            }
        }
        job.append(text, 0.0, f);
    }
    job
}
