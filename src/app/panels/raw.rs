//! The raw pane: the decoded source as the extractor split it, one block a row. Dropped lines are dimmed;
//! clicking the mark at a row's start flips it, clicking its text selects it (Shift extends), and keys or the
//! buttons above assign the selection to a field. For HTML, a toggle shows the markup instead.
//!
//! Rows are drawn with `show_rows`, so a frame lays out only the rows on screen, whatever the page's size.

use crate::app::SiftApp;
use crate::app::command::{Command, Target, UICommand};
use crate::extract::Role;
use std::sync::Arc;

/// Encodings offered in the picker: the ones scraped archives are found in most.
pub const ENCODINGS: [&str; 16] = [
    "UTF-8",
    "windows-1252",
    "ISO-8859-1",
    "ISO-8859-2",
    "ISO-8859-15",
    "windows-1250",
    "windows-1251",
    "KOI8-R",
    "KOI8-U",
    "ISO-8859-7",
    "windows-1253",
    "Shift_JIS",
    "EUC-JP",
    "GBK",
    "Big5",
    "UTF-16LE",
];

/// The roles whose raw lines a focused field came from.
pub fn roles_of_field(field: &str) -> &'static [Role] {
    match field {
        "title" => &[Role::Title],
        "subtitle" => &[Role::Subtitle],
        "authors" => &[Role::Byline],
        "published" | "modified" => &[Role::Date],
        "images" => &[Role::Caption, Role::Credit],
        "body" => &[Role::Body],
        _ => &[],
    }
}

fn role_tag(r: Role) -> &'static str {
    match r {
        Role::Body => "",
        Role::Title => "title",
        Role::Subtitle => "subtitle",
        Role::Date => "date",
        Role::Byline => "byline",
        Role::Caption => "caption",
        Role::Credit => "credit",
        Role::Boilerplate => "",
    }
}

pub fn raw_pane_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    let Some(open) = app.open else { return };
    let html = app.items[open].doc.content_is_html;
    header_ui(ui, app, open, html);
    ui.separator();
    if html && app.ui_state.html_source {
        source_rows_ui(ui, app, open);
    } else {
        block_rows_ui(ui, app, open);
    }
}

fn header_ui(ui: &mut egui::Ui, app: &mut SiftApp, open: usize, html: bool) {
    ui.horizontal_wrapped(|ui| {
        ui.strong("Raw");
        let enc = app.items[open].record.source.encoding.clone();
        let mut pick = None;
        egui::ComboBox::new("encoding", "encoding")
            .selected_text(if enc.is_empty() {
                "encoding".to_string()
            } else {
                enc.clone()
            })
            .show_ui(ui, |ui| {
                for e in ENCODINGS {
                    if ui
                        .selectable_label(e.eq_ignore_ascii_case(&enc), e)
                        .clicked()
                    {
                        pick = Some(e.to_string());
                    }
                }
            })
            .response
            .on_hover_text("The encoding used to decode the file; pick another to decode it again");
        if let Some(e) = pick {
            app.push(Command::Redecode(e));
        }
        if html {
            let label = if app.ui_state.html_source {
                "Show text blocks"
            } else {
                "Show HTML"
            };
            if ui.button(label).on_hover_text("H").clicked() {
                app.push(Command::Ui(UICommand::ToggleHtmlSource));
            }
        }
    });
    let n = app.items[open].selected().len();
    ui.horizontal_wrapped(|ui| {
        if n == 0 {
            ui.weak("Click a line to select it (Shift+click extends); tick its box to keep it, untick to drop it.");
            return;
        }
        ui.label(format!("{n} selected:"));
        if ui
            .button("Flip")
            .on_hover_text(format!("{} (Space)", UICommand::FlipSelection.tooltip()))
            .clicked()
        {
            app.push(Command::Ui(UICommand::FlipSelection));
        }
        for t in Target::ALL {
            let c = t.command();
            let key = c.shortcut_text(ui.ctx());
            if ui.button(t.short()).on_hover_text(format!("{} ({key})", c.tooltip())).clicked() {
                app.push(Command::Ui(c));
            }
        }
    });
}

fn block_rows_ui(ui: &mut egui::Ui, app: &mut SiftApp, open: usize) {
    // Rows hold a checkbox, which is taller than a line of text.
    let row_h = ui
        .text_style_height(&egui::TextStyle::Body)
        .max(ui.spacing().interact_size.y);
    let focus_roles = app
        .ui_state
        .focused_field
        .map(roles_of_field)
        .unwrap_or(&[]);
    let item = &app.items[open];
    let n = item.blocks.len();
    let (sel_lo, sel_hi) = match item.selection {
        Some((a, b)) => (a.min(b), a.max(b)),
        None => (usize::MAX, 0),
    };
    let mut area = egui::ScrollArea::both()
        .id_salt("raw_rows")
        .auto_shrink([false, false]);
    if let Some(to) = app.ui_state.scroll_raw_to.take() {
        let y = to as f32 * (row_h + ui.spacing().item_spacing.y);
        area = area.vertical_scroll_offset((y - 60.0).max(0.0));
    }
    let visuals = ui.visuals().clone();
    let mut cmds = Vec::new();
    area.show_rows(ui, row_h, n, |ui, range| {
        for i in range {
            let b = &item.blocks[i];
            let kept = b.is_body();
            let bg = ui.painter().add(egui::Shape::Noop);
            let row = ui.horizontal(|ui| {
                let mut keep = kept;
                let m = ui
                    .add(egui::Checkbox::without_text(&mut keep))
                    .on_hover_text(if kept {
                        "Kept: untick to drop"
                    } else {
                        "Dropped: tick to keep"
                    });
                if m.clicked() {
                    cmds.push(Command::Flip(i));
                }
                // The role tag selects like the text does: it sits where a click on a row's start lands.
                let tag = role_tag(b.role);
                let tag_clicked = !tag.is_empty()
                    && ui
                        .add(
                            egui::Label::new(
                                egui::RichText::new(tag)
                                    .small()
                                    .color(visuals.hyperlink_color),
                            )
                            .sense(egui::Sense::click()),
                        )
                        .clicked();
                let text = egui::RichText::new(&b.text);
                let text = if kept {
                    text
                } else {
                    text.color(visuals.weak_text_color())
                };
                let r = ui.add(
                    egui::Label::new(text)
                        .truncate()
                        .sense(egui::Sense::click()),
                );
                if r.clicked() || tag_clicked {
                    let extend = ui.input(|i| i.modifiers.shift);
                    cmds.push(Command::Select { block: i, extend });
                }
            });
            let rect = row.response.rect.with_max_x(ui.max_rect().right());
            let fill = if (sel_lo..=sel_hi).contains(&i) {
                Some(visuals.selection.bg_fill)
            } else if focus_roles.contains(&b.role) && !(b.role == Role::Body) {
                Some(visuals.warn_fg_color.gamma_multiply(0.25))
            } else {
                None
            };
            if let Some(fill) = fill {
                ui.painter()
                    .set(bg, egui::Shape::rect_filled(rect, 2.0, fill));
            }
        }
    });
    // The selected lines in full, since rows are cut to one line.
    if let Some((a, _)) = item.selection
        && let Some(b) = item.blocks.get(a)
        && b.text.chars().count() > 80
    {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("raw_selected")
            .max_height(120.0)
            .show(ui, |ui| {
                ui.label(&b.text);
            });
    }
    for c in cmds {
        app.push(c);
    }
}

/// The HTML markup, one source line a row; line starts are found once per document and kept.
fn source_rows_ui(ui: &mut egui::Ui, app: &mut SiftApp, open: usize) {
    let doc = app.items[open].doc.clone();
    let key = egui::Id::unique(("line_starts", Arc::as_ptr(&doc) as usize));
    let starts: Arc<Vec<usize>> = ui.ctx().data_mut(|d| {
        d.get_temp_mut_or_insert_with(key, || {
            let mut v = vec![0];
            v.extend(doc.text.match_indices('\n').map(|(i, _)| i + 1));
            Arc::new(v)
        })
        .clone()
    });
    let row_h = ui.text_style_height(&egui::TextStyle::Monospace);
    egui::ScrollArea::both()
        .id_salt("raw_source")
        .auto_shrink([false, false])
        .show_rows(ui, row_h, starts.len(), |ui, range| {
            for i in range {
                let s = starts[i];
                let e = starts.get(i + 1).copied().unwrap_or(doc.text.len());
                let line = doc.text.get(s..e).unwrap_or("").trim_end();
                ui.add(egui::Label::new(egui::RichText::new(line).monospace()).truncate());
            }
        });
}
