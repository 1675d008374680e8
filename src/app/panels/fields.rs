//! The fields panel: every record field editable, each marked automatic or edited with a reset to the
//! automatic value; drop-downs of the extractor's candidates with their origin; inline checks of the dates.
//! Edits go straight into the open item and are recorded for undo, merged per field while typing.

use crate::app::SiftApp;
use crate::app::state::Item;
use crate::app::validate;
use crate::record::{Candidate, Image, PageType, Record, Status};

/// The single-line text fields, in the order shown: (name in the schema, label).
const TEXT_FIELDS: [(&str, &str); 8] = [
    ("title", "Title"),
    ("subtitle", "Subtitle"),
    ("published", "Published"),
    ("modified", "Modified"),
    ("site", "Site"),
    ("url", "URL"),
    ("language", "Language"),
    ("section", "Section"),
];

fn opt_mut<'a>(r: &'a mut Record, name: &str) -> Option<&'a mut Option<String>> {
    Some(match name {
        "title" => &mut r.title,
        "subtitle" => &mut r.subtitle,
        "published" => &mut r.published,
        "modified" => &mut r.modified,
        "site" => &mut r.site,
        "url" => &mut r.url,
        "language" => &mut r.language,
        "section" => &mut r.section,
        "notes" => &mut r.notes,
        _ => return None,
    })
}

fn candidates<'a>(r: &'a Record, name: &str) -> &'a [Candidate] {
    let c = &r.extraction.candidates;
    match name {
        "title" => &c.title,
        "published" => &c.published,
        "modified" => &c.modified,
        "authors" => &c.authors,
        _ => &[],
    }
}

pub fn fields_panel_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    let Some(open) = app.open else { return };
    // At most two fifths of the window, so the raw and cleaned panes keep their room on a small screen.
    let max = (ui.available_width() * 0.4).max(260.0);
    egui::Panel::right("fields")
        .resizable(true)
        .default_size(330.0_f32.min(max))
        .size_range(260.0..=max)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let mut focus = None;
                    super::compare::duplicates_line_ui(ui, app);
                    fields_ui(ui, &mut app.items[open], &mut focus);
                    if focus.is_some() {
                        app.ui_state.focused_field = focus;
                    }
                });
        });
}

/// A row of buttons then a text box, laid out right to left so the text box takes exactly the width the buttons
/// leave. A guessed reserve for the buttons made rows wider than the panel, which then grew every frame until it
/// passed the window's edge.
fn button_then_text_row(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(row, egui::Layout::right_to_left(egui::Align::Center), add);
}

/// A field's heading: its label, whether it is automatic or edited, and a reset.
fn heading_ui(ui: &mut egui::Ui, it: &mut Item, name: &'static str, label: &str) -> egui::Response {
    ui.horizontal(|ui| {
        let l = ui.strong(label);
        let edited = it.record.edited.iter().any(|e| e == name);
        if edited {
            ui.label(
                egui::RichText::new("edited")
                    .small()
                    .color(ui.visuals().warn_fg_color),
            );
            if crate::record::FIELD_NAMES.contains(&name)
                && ui
                    .small_button("reset")
                    .on_hover_text("Reset to the automatic value")
                    .clicked()
            {
                it.reset_field(name);
            }
        } else {
            ui.weak(egui::RichText::new("auto").small());
        }
        l
    })
    .inner
}

fn fields_ui(ui: &mut egui::Ui, it: &mut Item, focus: &mut Option<&'static str>) {
    status_ui(ui, it);
    page_type_ui(ui, it);
    ui.separator();
    for (name, label) in TEXT_FIELDS {
        let l = heading_ui(ui, it, name, label);
        // The "pick" button first, then the text box in the width left.
        button_then_text_row(ui, |ui| {
            let cands = candidates(&it.record, name).to_vec();
            if !cands.is_empty() {
                candidates_ui(ui, it, name, &cands);
            }
            let Some(v) = opt_mut(&mut it.record, name) else {
                return;
            };
            let mut s = v.clone().unwrap_or_default();
            let width = ui.available_width();
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut s)
                        .id_salt(name)
                        .desired_width(width),
                )
                .labelled_by(l.id);
            if r.changed() {
                *v = (!s.trim().is_empty()).then_some(s);
                it.after_edit(&format!("field:{name}"));
            }
            if r.has_focus() {
                *focus = Some(name);
            }
        });
        if name == "published" || name == "modified" {
            let v = opt_mut(&mut it.record, name)
                .and_then(|v| v.clone())
                .unwrap_or_default();
            if let Err(e) = validate::check_iso8601(&v) {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
        }
        if name == "modified" {
            let today = chrono::Local::now().date_naive();
            let r = &it.record;
            for w in validate::date_warnings(
                r.published.as_deref(),
                r.modified.as_deref(),
                Some(r.source.imported_at.as_str()),
                today,
            ) {
                ui.colored_label(ui.visuals().warn_fg_color, w);
            }
        }
    }
    ui.separator();
    list_ui(ui, it, "authors", "Authors", focus);
    list_ui(ui, it, "tags", "Tags", focus);
    list_ui(ui, it, "keywords", "Keywords", focus);
    ui.separator();
    images_ui(ui, it, focus);
    ui.separator();
    let l = heading_ui(ui, it, "notes", "Notes");
    let mut s = it.record.notes.clone().unwrap_or_default();
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut s)
                .id_salt("notes")
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    if r.changed() {
        it.record.notes = (!s.trim().is_empty()).then_some(s);
        it.after_edit("field:notes");
    }
    if r.has_focus() {
        *focus = Some("notes");
    }
    ui.separator();
    ui.weak(format!("id {}", it.record.id));
    ui.weak(format!("from {}", it.record.source.file));
}

fn status_ui(ui: &mut egui::Ui, it: &mut Item) {
    ui.horizontal(|ui| {
        ui.strong("Status");
        let mut s = it.record.status;
        for (v, label) in [
            (Status::Draft, "draft"),
            (Status::Curated, "curated"),
            (Status::Rejected, "rejected"),
        ] {
            ui.selectable_value(&mut s, v, label);
        }
        if s != it.record.status {
            it.record.status = s;
            it.after_edit("status!");
        }
    });
}

/// What kind of page this is: the extractor's guess (its confidence and signals on hover) until changed here.
fn page_type_ui(ui: &mut egui::Ui, it: &mut Item) {
    ui.horizontal(|ui| {
        let label = ui.strong("Type");
        let mut t = it.record.page_type;
        let guess = it.record.extraction.page_type.clone();
        let why = match &guess {
            Some(g) if g.signals.is_empty() => format!(
                "The extractor told {} (confidence {:.2})",
                g.kind.as_str(),
                g.confidence
            ),
            Some(g) => format!(
                "The extractor told {} (confidence {:.2}) from: {}",
                g.kind.as_str(),
                g.confidence,
                g.signals.join("; ")
            ),
            None => "The extractor did not tell this record's type".into(),
        };
        egui::ComboBox::from_id_salt("page_type")
            .selected_text(t.as_str())
            .show_ui(ui, |ui| {
                for v in PageType::ALL {
                    ui.selectable_value(&mut t, v, v.as_str());
                }
            })
            .response
            .on_hover_text(&why)
            .labelled_by(label.id);
        if t != it.record.page_type {
            it.record.page_type = t;
            it.after_edit("page_type!");
        }
        if it.record.page_type != it.record.auto_page_type() {
            ui.label(
                egui::RichText::new("edited")
                    .small()
                    .color(ui.visuals().warn_fg_color),
            );
            if ui
                .small_button("reset")
                .on_hover_text("Reset to the extractor's type")
                .clicked()
            {
                it.record.page_type = it.record.auto_page_type();
                it.after_edit("reset-page_type!");
            }
        } else if let Some(g) = &guess {
            ui.weak(egui::RichText::new(format!("auto {:.0}%", g.confidence * 100.0)).small())
                .on_hover_text(&why);
        }
    });
}

fn candidates_ui(ui: &mut egui::Ui, it: &mut Item, name: &'static str, cands: &[Candidate]) {
    let mut pick = None;
    ui.menu_button("pick", |ui| {
        for c in cands {
            if ui.button(format!("{}  · {}", c.value, c.origin)).clicked() {
                pick = Some(c.value.clone());
                ui.close();
            }
        }
    })
    .response
    .on_hover_text(format!(
        "{} candidates the extractor found, with where it found them",
        cands.len()
    ));
    if let Some(v) = pick {
        if name == "authors" {
            if !it.record.authors.contains(&v) {
                it.record.authors.push(v);
            }
        } else if let Some(f) = opt_mut(&mut it.record, name) {
            *f = Some(v);
        }
        it.after_edit(&format!("pick-{name}!"));
    }
}

fn list_mut<'a>(r: &'a mut Record, name: &str) -> &'a mut Vec<String> {
    match name {
        "authors" => &mut r.authors,
        "tags" => &mut r.tags,
        _ => &mut r.keywords,
    }
}

/// The text box of entry `i` of the list `name`.
fn entry_id(name: &str, i: usize) -> egui::Id {
    egui::Id::unique(("sift-list", name, i))
}

/// A list of strings with add and remove.
fn list_ui(
    ui: &mut egui::Ui,
    it: &mut Item,
    name: &'static str,
    label: &str,
    focus: &mut Option<&'static str>,
) {
    let mut heading = None;
    let mut added = None;
    ui.horizontal(|ui| {
        heading = Some(heading_ui(ui, it, name, label).id);
        if ui
            .small_button("+")
            .on_hover_text(format!("Add to {label}"))
            .clicked()
        {
            list_mut(&mut it.record, name).push(String::new());
            added = Some(list_mut(&mut it.record, name).len() - 1);
            it.after_edit(&format!("add-{name}!"));
        }
        let cands = candidates(&it.record, name).to_vec();
        if !cands.is_empty() {
            candidates_ui(ui, it, name, &cands);
        }
    });
    let mut remove = None;
    let mut changed = None;
    let len = list_mut(&mut it.record, name).len();
    for i in 0..len {
        button_then_text_row(ui, |ui| {
            if ui.small_button("x").on_hover_text("Remove").clicked() {
                remove = Some(i);
            }
            let v = &mut list_mut(&mut it.record, name)[i];
            // Each entry is named by the list's heading ("Authors"), for screen readers.
            let mut r = ui.add(
                egui::TextEdit::singleline(v)
                    .id(entry_id(name, i))
                    .desired_width(ui.available_width()),
            );
            if let Some(h) = heading {
                r = r.labelled_by(h);
            }
            if r.changed() {
                changed = Some(i);
            }
            if r.has_focus() {
                *focus = Some(name);
            }
        });
    }
    // The new entry gets the keyboard, so what is typed next goes into it (what was typed in this frame is
    // handed to it in the next, see app/keys.rs).
    if let Some(i) = added {
        ui.memory_mut(|m| m.request_focus(entry_id(name, i)));
    }
    // Each entry is its own undo step.
    if let Some(i) = changed {
        it.after_edit(&format!("field:{name}:{i}"));
    }
    if let Some(i) = remove {
        list_mut(&mut it.record, name).remove(i);
        it.after_edit(&format!("remove-{name}!"));
    }
}

fn images_ui(ui: &mut egui::Ui, it: &mut Item, focus: &mut Option<&'static str>) {
    let mut added = None;
    ui.horizontal(|ui| {
        heading_ui(ui, it, "images", "Images");
        if ui.small_button("+").on_hover_text("Add an image").clicked() {
            it.record.images.push(Image::default());
            it.after_edit("add-images!");
            added = Some(it.record.images.len() - 1);
        }
    });
    let mut remove = None;
    let mut changed = None;
    for (i, img) in it.record.images.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            for (part, hint) in [(0, "caption"), (1, "credit"), (2, "url")] {
                let v = match part {
                    0 => &mut img.caption,
                    1 => &mut img.credit,
                    _ => &mut img.url,
                };
                let mut s = v.clone().unwrap_or_default();
                let r = ui.add(
                    egui::TextEdit::singleline(&mut s)
                        .id(egui::Id::unique(("sift-image", i, part)))
                        .hint_text(hint)
                        .desired_width(f32::INFINITY),
                );
                if r.changed() {
                    *v = (!s.trim().is_empty()).then_some(s);
                    changed = Some((i, hint));
                }
                if r.has_focus() {
                    *focus = Some("images");
                }
            }
            if ui.small_button("Remove image").clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = added {
        ui.memory_mut(|m| m.request_focus(egui::Id::unique(("sift-image", i, 0))));
    }
    // A caption and a credit are separate undo steps.
    if let Some((i, part)) = changed {
        it.after_edit(&format!("field:images:{i}:{part}"));
    }
    if let Some(i) = remove {
        it.record.images.remove(i);
        it.after_edit("remove-images!");
    }
}
