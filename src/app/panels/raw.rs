//! The raw pane: the decoded source as the extractor split it, one block a row, wrapped so every line reads
//! whole. Dropped lines are dimmed (or hidden); a row's box flips it, a click anywhere else on the row selects it
//! (Shift extends, Ctrl adds), the arrows move the selection, and keys or the buttons above assign it to a
//! field. For HTML, a toggle shows the markup instead.
//!
//! Rows are drawn by [`virtual_rows`], so a frame lays out only the rows on screen, whatever the page's size.

use super::rows::{Scroll, estimate_height, virtual_rows};
use crate::app::SiftApp;
use crate::app::command::{Command, Target, UICommand};
use crate::app::selection::Pick;
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
        let mut show = !app.ui_state.hide_dropped;
        if ui
            .checkbox(&mut show, "show dropped lines")
            .on_hover_text(UICommand::ToggleDropped.tooltip())
            .changed()
        {
            app.push(Command::Ui(UICommand::ToggleDropped));
        }
    });
    // One fixed height whatever is selected, so the rows never move when the buttons appear (a Shift+click
    // aimed at a row must land on it).
    let n = app.items[open].selected().len();
    let h = ui.spacing().interact_size.y + 4.0;
    let size = egui::vec2(ui.available_width(), h);
    ui.allocate_ui_with_layout(
        size,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(size);
            // Scrolled sideways when the pane is narrow: wider buttons would widen the pane every frame.
            egui::ScrollArea::horizontal()
                .id_salt("selection_bar")
                .max_height(h)
                .show(ui, |ui| ui.horizontal(|ui| selection_bar_ui(ui, app, n)));
        },
    );
}

fn selection_bar_ui(ui: &mut egui::Ui, app: &mut SiftApp, n: usize) {
    {
        if n == 0 {
            ui.add(
                egui::Label::new(egui::RichText::new(
                    "Click a line to select it (Shift+click or Shift+Up/Down extends, Ctrl+click adds); tick its box to keep it.",
                ).weak())
                .extend(),
            );
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
            if ui
                .button(t.short())
                .on_hover_text(format!("{} ({key})", c.tooltip()))
                .clicked()
            {
                app.push(Command::Ui(c));
            }
        }
    }
}

/// The rows the pane shows: every block, or only those not dropped.
pub fn shown_rows(app: &SiftApp, open: usize) -> Vec<usize> {
    let it = &app.items[open];
    (0..it.blocks.len())
        .filter(|i| !app.ui_state.hide_dropped || it.blocks[*i].role != Role::Boilerplate)
        .collect()
}

fn block_rows_ui(ui: &mut egui::Ui, app: &mut SiftApp, open: usize) {
    let rows = shown_rows(app, open);
    let scroll = match (
        app.ui_state.scroll_raw_to.take(),
        app.ui_state.reveal_raw.take(),
    ) {
        (Some(b), _) => Scroll::Top(rows.partition_point(|r| *r < b)),
        (None, Some(b)) => Scroll::Reveal(rows.partition_point(|r| *r < b)),
        _ => Scroll::Keep,
    };
    let focus_roles = app
        .ui_state
        .focused_field
        .map(roles_of_field)
        .unwrap_or(&[]);
    let item = &app.items[open];
    let style = RowStyle::of(ui);
    let key = Arc::as_ptr(&item.doc) as u64 ^ (item.blocks.len() as u64).rotate_left(32);
    let mut cmds = Vec::new();
    virtual_rows(
        ui,
        "raw_rows",
        key,
        rows.len(),
        scroll,
        |k, w| style.estimate(item.blocks[rows[k]].text.chars().count(), w),
        |ui, k, rect| {
            let i = rows[k];
            let b = &item.blocks[i];
            let selected = item
                .selection
                .as_ref()
                .is_some_and(|s| s.lines.contains(&i));
            let tint = focus_roles.contains(&b.role) && b.role != Role::Body;
            row_ui(ui, &style, rect, i, b, selected, tint, &mut cmds)
        },
    );
    for c in cmds {
        app.push(c);
    }
}

/// Sizes and colours of the raw rows, taken once a frame.
struct RowStyle {
    font: egui::FontId,
    tag_font: egui::FontId,
    char_w: f32,
    line_h: f32,
    check_w: f32,
    tag_w: f32,
    min_h: f32,
    pad: f32,
    visuals: egui::Visuals,
}

impl RowStyle {
    fn of(ui: &egui::Ui) -> Self {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let (char_w, line_h) = ui.fonts_mut(|f| (f.glyph_width(&font, 'n'), f.row_height(&font)));
        let check_w = ui.spacing().interact_size.y;
        Self {
            tag_font: egui::TextStyle::Small.resolve(ui.style()),
            font,
            char_w,
            line_h,
            check_w,
            tag_w: 54.0,
            min_h: ui.spacing().interact_size.y,
            pad: 2.0,
            visuals: ui.visuals().clone(),
        }
    }

    fn text_left(&self) -> f32 {
        self.check_w + 4.0 + self.tag_w
    }

    fn estimate(&self, chars: usize, width: f32) -> f32 {
        estimate_height(
            chars,
            self.char_w,
            self.line_h,
            width - self.text_left() - 4.0,
            self.min_h,
        ) + 2.0 * self.pad
    }
}

/// One raw line, wrapped so it reads whole; the whole row is the click target, its box flips it.
#[allow(clippy::too_many_arguments)]
fn row_ui(
    ui: &mut egui::Ui,
    st: &RowStyle,
    rect: egui::Rect,
    i: usize,
    b: &crate::extract::Block,
    selected: bool,
    tint: bool,
    cmds: &mut Vec<Command>,
) -> f32 {
    let kept = b.is_body();
    let v = &st.visuals;
    let color = if kept {
        v.text_color()
    } else {
        v.weak_text_color()
    };
    let wrap = (rect.width() - st.text_left() - 4.0).max(40.0);
    let galley = ui
        .painter()
        .layout(b.text.clone(), st.font.clone(), color, wrap);
    let h = (galley.size().y + 2.0 * st.pad).max(st.min_h + 2.0 * st.pad);
    let rect = egui::Rect::from_min_size(rect.min, egui::vec2(rect.width(), h));
    let resp = ui.interact(
        rect,
        ui.scope_id().with(("raw_row", i)),
        egui::Sense::click(),
    );
    resp.widget_info(|| {
        egui::WidgetInfo::selected(egui::accesskit::Role::ListItem, true, selected, &b.text)
    });
    let fill = if selected {
        Some(v.selection.bg_fill)
    } else if tint {
        Some(v.warn_fg_color.gamma_multiply(0.25))
    } else if resp.hovered() {
        Some(v.widgets.hovered.weak_bg_fill.gamma_multiply(0.5))
    } else {
        None
    };
    if let Some(fill) = fill {
        ui.painter().rect_filled(rect, 2.0, fill);
    }
    let mut keep = kept;
    let check = egui::Rect::from_min_size(
        rect.min + egui::vec2(0.0, st.pad),
        egui::vec2(st.check_w, st.min_h),
    );
    let m = ui
        .put(check, egui::Checkbox::without_text(&mut keep))
        .on_hover_text(if kept {
            "Kept: untick to drop"
        } else {
            "Dropped: tick to keep"
        });
    if m.clicked() {
        cmds.push(Command::Flip(i));
    }
    let tag = role_tag(b.role);
    if !tag.is_empty() {
        ui.painter().text(
            rect.min + egui::vec2(st.check_w + 4.0, st.pad + 3.0),
            egui::Align2::LEFT_TOP,
            tag,
            st.tag_font.clone(),
            v.hyperlink_color,
        );
    }
    ui.painter()
        .galley(rect.min + egui::vec2(st.text_left(), st.pad), galley, color);
    if resp.clicked() {
        let m = ui.input(|i| i.modifiers);
        let how = if m.shift {
            Pick::Extend
        } else if m.command {
            Pick::Toggle
        } else {
            Pick::Only
        };
        cmds.push(Command::Select { block: i, how });
    }
    h
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
