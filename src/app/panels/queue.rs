//! The left panel: the archive's records as a virtualised table (status, date, site, title; a click on a header
//! sorts), multi-select with bulk actions on the selection, the records open with unsaved edits, and the files
//! that failed to import, with why. Rows come from the list's worker already filtered and sorted; only the rows
//! on screen are laid out.

use crate::app::command::Command;
use crate::app::list::Column;
use crate::app::state::ItemStatus;
use crate::app::{BulkOp, SiftApp};
use crate::record::Status;

/// Widths of the status and date columns, and the most the site column takes; the title takes the rest.
const STATUS_W: f32 = 58.0;
const DATE_W: f32 = 80.0;
const SITE_W: f32 = 110.0;

/// The site column's width in a table `total` wide: a third of what status and date leave, at most
/// [`SITE_W`], so that in a narrow list the title keeps two thirds (a fixed site column left titles ten
/// characters).
fn site_width(total: f32) -> f32 {
    ((total - STATUS_W - DATE_W) / 3.0).clamp(0.0, SITE_W)
}

fn status_color(ui: &egui::Ui, s: ItemStatus) -> egui::Color32 {
    let v = ui.visuals();
    match s {
        ItemStatus::New => v.hyperlink_color,
        ItemStatus::Edited => v.warn_fg_color,
        ItemStatus::Draft => v.weak_text_color(),
        ItemStatus::Curated => egui::Color32::from_rgb(60, 160, 90),
        ItemStatus::Rejected | ItemStatus::Error => v.error_fg_color,
    }
}

fn item_status(broken: bool, s: Status) -> ItemStatus {
    match (broken, s) {
        (true, _) => ItemStatus::Error,
        (_, Status::Draft) => ItemStatus::Draft,
        (_, Status::Curated) => ItemStatus::Curated,
        (_, Status::Rejected) => ItemStatus::Rejected,
    }
}

pub fn queue_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    // At most 45% of the window, so the raw and cleaned panes keep their room on a small screen.
    let max = (ui.available_width() * 0.45).max(200.0);
    egui::Panel::left("queue")
        .resizable(true)
        .default_size(360.0_f32.min(max))
        .size_range(200.0..=max)
        .show(ui, |ui| {
            let mut cmds = Vec::new();
            summary_ui(ui, app);
            bulk_ui(ui, app, &mut cmds);
            unsaved_ui(ui, app, &mut cmds);
            ui.separator();
            header_ui(ui, app);
            rows_ui(ui, app, &mut cmds);
            failed_ui(ui, app);
            for c in cmds {
                app.push(c);
            }
        });
}

fn summary_ui(ui: &mut egui::Ui, app: &SiftApp) {
    let l = &app.list;
    if let Some((done, total)) = l.indexing {
        ui.horizontal(|ui| {
            ui.spinner();
            let frac = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            ui.add(
                egui::ProgressBar::new(frac)
                    .desired_width(160.0)
                    .text(format!("Indexing {done} / {total}")),
            )
            .on_hover_text("The archive's index is brought in step with its record files");
            if ui.button("Cancel").clicked() {
                l.cancel_indexing();
            }
        });
    }
    let mut text = crate::count(l.rows.len(), "record");
    if !l.shown_query.trim().is_empty() {
        text.push_str(&format!(
            " for “{}”",
            crate::app::state::short(&l.shown_query)
        ));
    }
    if !l.selected.is_empty() {
        text.push_str(&format!(" · {} selected", l.selected.len()));
    }
    ui.horizontal(|ui| {
        if l.busy() {
            ui.spinner();
        }
        ui.weak(text);
    });
    if let Some(e) = &l.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
}

/// The actions on the selection, or the progress of the one running.
fn bulk_ui(ui: &mut egui::Ui, app: &mut SiftApp, cmds: &mut Vec<Command>) {
    if let Some(job) = &app.bulk
        && !job.finished
    {
        ui.horizontal(|ui| {
            ui.spinner();
            let frac = if job.total == 0 {
                0.0
            } else {
                job.done as f32 / job.total as f32
            };
            ui.add(
                egui::ProgressBar::new(frac)
                    .desired_width(160.0)
                    .text(format!("{} {} / {}", job.what, job.done, job.total)),
            );
            if ui.button("Cancel").clicked() {
                cmds.push(Command::CancelBulk);
            }
        });
        return;
    }
    let n = app.list.selected.len();
    if n == 0 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.menu_button("Set status", |ui| {
            for s in [Status::Draft, Status::Curated, Status::Rejected] {
                if ui.button(s.as_str()).clicked() {
                    cmds.push(Command::Bulk(BulkOp::Status(s)));
                    ui.close();
                }
            }
            ui.separator();
            if ui
                .button("reject non-articles")
                .on_hover_text(
                    "Reject the selected records whose page type is forum, product, collection, listing, \
                     documentation or service; articles and pages of unknown type stay as they are",
                )
                .clicked()
            {
                cmds.push(Command::Bulk(BulkOp::RejectNonArticles));
                ui.close();
            }
        })
        .response
        .on_hover_text(format!("Set the status of the {n} selected records"));
        ui.add(
            egui::TextEdit::singleline(&mut app.ui_state.bulk_tag)
                .hint_text("tag")
                .desired_width(70.0),
        );
        let tag = app.ui_state.bulk_tag.trim().to_string();
        if ui
            .add_enabled(!tag.is_empty(), egui::Button::new("+ tag"))
            .on_hover_text("Add this tag to the selected records")
            .clicked()
        {
            cmds.push(Command::Bulk(BulkOp::Tag {
                tag: tag.clone(),
                add: true,
            }));
        }
        if ui
            .add_enabled(!tag.is_empty(), egui::Button::new("− tag"))
            .on_hover_text("Remove this tag from the selected records")
            .clicked()
        {
            cmds.push(Command::Bulk(BulkOp::Tag { tag, add: false }));
        }
        if ui
            .button("Trash")
            .on_hover_text("Move the selected records to the trash")
            .clicked()
        {
            cmds.push(Command::Bulk(BulkOp::Trash));
        }
        if ui
            .button("Export…")
            .on_hover_text("Export the selected records")
            .clicked()
        {
            cmds.push(Command::ExportSelection);
        }
    });
}

/// Records open with edits not saved yet (and any document not in the archive): the curator's work in hand.
fn unsaved_ui(ui: &mut egui::Ui, app: &SiftApp, cmds: &mut Vec<Command>) {
    let unsaved: Vec<usize> = (0..app.items.len())
        .filter(|i| app.items[*i].dirty || !app.items[*i].in_archive)
        .collect();
    if unsaved.is_empty() {
        return;
    }
    ui.separator();
    ui.weak(format!("{} unsaved", unsaved.len()));
    for i in unsaved {
        let it = &app.items[i];
        let st = it.status();
        ui.horizontal(|ui| {
            ui.colored_label(status_color(ui, st), format!("{:<8}", st.label()));
            let r = ui
                .add(
                    egui::Button::selectable(
                        app.open == Some(i),
                        crate::app::state::short(&it.display_title()),
                    )
                    .truncate(),
                )
                .on_hover_text(&it.record.source.file);
            if r.clicked() {
                cmds.push(Command::OpenItem(i));
            }
        });
    }
}

fn header_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    let order = app.list.order;
    let site_w = site_width(ui.available_width());
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for c in Column::ALL {
            let text = egui::RichText::new(c.label()).strong();
            let b = egui::Button::new(text).frame(false);
            let r = match c {
                Column::Status => ui.add_sized([STATUS_W, 18.0], b),
                Column::Date => ui.add_sized([DATE_W, 18.0], b),
                Column::Site => ui.add_sized([site_w, 18.0], b),
                Column::Title => ui.add(b),
            };
            if order.column == c {
                sort_arrow(ui, r.rect, order.descending);
            }
            if r.on_hover_text(format!("Sort by {}", c.label())).clicked() {
                app.list.sort_by(c);
            }
        }
    });
}

/// A small triangle at the right of a sorted column's header, pointing the way the order goes (painted: the
/// fonts bundled with egui have no arrow glyph).
fn sort_arrow(ui: &egui::Ui, header: egui::Rect, descending: bool) {
    let c = egui::pos2(header.right() - 6.0, header.center().y);
    let (a, b) = if descending { (-3.0, 3.0) } else { (3.0, -3.0) };
    let pts = vec![
        egui::pos2(c.x - 4.0, c.y + a),
        egui::pos2(c.x + 4.0, c.y + a),
        egui::pos2(c.x, c.y + b),
    ];
    let color = ui.visuals().strong_text_color();
    ui.painter()
        .add(egui::Shape::convex_polygon(pts, color, egui::Stroke::NONE));
}

/// The table's rows: only those scrolled into view are laid out.
fn rows_ui(ui: &mut egui::Ui, app: &mut SiftApp, cmds: &mut Vec<Command>) {
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    let rows = app.list.rows.clone();
    let open_id = app.current().map(|i| i.record.id.clone());
    let mut clicked = None;
    let max_h = (ui.available_height() - if app.failed.is_empty() { 0.0 } else { 90.0 }).max(row_h);
    egui::ScrollArea::vertical()
        .id_salt("record_rows")
        .auto_shrink([false, false])
        .max_height(max_h)
        .show_rows(ui, row_h, rows.len(), |ui, range| {
            let width = ui.available_width();
            let site_w = site_width(width);
            for i in range {
                let row = &rows[i];
                let (rect, resp) =
                    ui.allocate_exact_size(egui::vec2(width, row_h), egui::Sense::click());
                let selected = app.list.selected.contains(&row.id);
                let is_open = open_id.as_deref() == Some(row.id.as_str());
                let v = ui.visuals();
                if selected {
                    ui.painter().rect_filled(rect, 2.0, v.selection.bg_fill);
                } else if is_open {
                    ui.painter().rect_filled(rect, 2.0, v.faint_bg_color);
                } else if resp.hovered() {
                    ui.painter()
                        .rect_filled(rect, 2.0, v.widgets.hovered.weak_bg_fill);
                }
                let edited = is_open && app.current().is_some_and(|i| i.dirty);
                let st = if edited {
                    ItemStatus::Edited
                } else {
                    item_status(row.broken.is_some(), row.status)
                };
                let color = status_color(ui, st);
                let date = row.published.get(..10).unwrap_or(&row.published);
                let title = if row.title.is_empty() {
                    &row.id
                } else {
                    &row.title
                };
                let title_w = (rect.width() - STATUS_W - DATE_W - site_w - 4.0).max(20.0);
                // The status is a label of its own, so screen readers (and tests) read it; the other cells are
                // painted, the row being one widget named by its title.
                let status_rect = egui::Rect::from_min_size(
                    egui::pos2(rect.left() + 2.0, rect.top()),
                    egui::vec2(STATUS_W - 4.0, row_h),
                );
                ui.put(
                    status_rect,
                    egui::Label::new(egui::RichText::new(st.label()).color(color))
                        .selectable(false),
                );
                let mut x = rect.left() + 2.0 + STATUS_W;
                for (w, text) in [
                    (DATE_W, egui::RichText::new(date).weak()),
                    (site_w, egui::RichText::new(&row.site).weak()),
                    (title_w, egui::RichText::new(title.as_str())),
                ] {
                    // Painted, not a widget each: a row is one widget, named by its title for screen readers.
                    let galley = egui::WidgetText::from(text).into_galley(
                        ui,
                        Some(egui::TextWrapMode::Truncate),
                        w - 6.0,
                        egui::TextStyle::Body,
                    );
                    let y = rect.center().y - galley.size().y / 2.0;
                    ui.painter()
                        .galley(egui::pos2(x, y), galley, ui.visuals().text_color());
                    x += w;
                }
                resp.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, selected, title.as_str())
                });
                let resp = resp.on_hover_text(row.broken.as_deref().unwrap_or(&row.id));
                if resp.clicked() {
                    clicked = Some(i);
                }
            }
        });
    if let Some(i) = clicked {
        let m = ui.input(|i| i.modifiers);
        app.list.click(i, m.command, m.shift);
        if !m.command && !m.shift {
            cmds.push(Command::OpenRecord(rows[i].id.clone()));
        }
    }
}

fn failed_ui(ui: &mut egui::Ui, app: &SiftApp) {
    if app.failed.is_empty() {
        return;
    }
    ui.separator();
    egui::CollapsingHeader::new(
        egui::RichText::new(format!("{} failed", crate::count(app.failed.len(), "file")))
            .color(ui.visuals().error_fg_color),
    )
    .id_salt("failed_files")
    .show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("failed_rows")
            .max_height(160.0)
            .show(ui, |ui| {
                for f in &app.failed {
                    ui.label(egui::RichText::new(&f.file).small())
                        .on_hover_text(&f.error);
                    ui.weak(egui::RichText::new(&f.error).small());
                }
            });
    });
}
