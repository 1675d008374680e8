//! The left panel: the queue of imported items and the archive's records, with status, counts, filter and
//! sort; the files that failed to import, with why.

use crate::app::command::Command;
use crate::app::state::ItemStatus;
use crate::app::{Filter, SiftApp, Sort};
use crate::record::Status;

impl SiftApp {
    fn matches_search(&self, hay: &[&str]) -> bool {
        let q = self.ui_state.search.trim().to_lowercase();
        q.is_empty() || hay.iter().any(|h| h.to_lowercase().contains(&q))
    }

    /// Indexes of the queue's items the filter, search and sort show, in order.
    pub fn visible_items(&self) -> Vec<usize> {
        let f = self.ui_state.filter;
        let mut v: Vec<usize> = (0..self.items.len())
            .filter(|i| {
                let it = &self.items[*i];
                let st = it.status();
                let keep = match f {
                    Filter::All => true,
                    Filter::Unsaved => matches!(st, ItemStatus::New | ItemStatus::Edited),
                    Filter::Draft => st == ItemStatus::Draft,
                    Filter::Curated => st == ItemStatus::Curated,
                    Filter::Rejected => st == ItemStatus::Rejected,
                    Filter::Errors => false,
                };
                let r = &it.record;
                keep && self.matches_search(&[
                    r.title.as_deref().unwrap_or(""),
                    r.site.as_deref().unwrap_or(""),
                    &r.id,
                    &r.source.file,
                ])
            })
            .collect();
        match self.ui_state.sort {
            Sort::Added => {}
            Sort::Title => v.sort_by_key(|i| self.items[*i].display_title().to_lowercase()),
            Sort::Date => {
                v.sort_by_key(|i| std::cmp::Reverse(self.items[*i].record.published.clone()))
            }
            Sort::Status => v.sort_by_key(|i| self.items[*i].status()),
        }
        v
    }

    /// Indexes of the archive's records (not open in the queue) that the filter and search show.
    pub fn visible_entries(&self) -> Vec<usize> {
        let f = self.ui_state.filter;
        let mut v: Vec<usize> = (0..self.entries.len())
            .filter(|i| {
                let e = &self.entries[*i];
                let keep = match f {
                    Filter::All => true,
                    Filter::Unsaved | Filter::Errors => false,
                    Filter::Draft => e.status == Status::Draft,
                    Filter::Curated => e.status == Status::Curated,
                    Filter::Rejected => e.status == Status::Rejected,
                };
                keep && self.matches_search(&[&e.title, &e.site, &e.id])
            })
            .collect();
        match self.ui_state.sort {
            Sort::Added | Sort::Title => v.sort_by_key(|i| self.entries[*i].title.to_lowercase()),
            Sort::Date => v.sort_by_key(|i| std::cmp::Reverse(self.entries[*i].published.clone())),
            Sort::Status => v.sort_by_key(|i| self.entries[*i].status.as_str()),
        }
        v
    }
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

pub fn queue_ui(ui: &mut egui::Ui, app: &mut SiftApp) {
    // At most a quarter of the window, so the raw and cleaned panes keep their room on a small screen.
    let max = (ui.available_width() * 0.25).max(160.0);
    egui::Panel::left("queue")
        .resizable(true)
        .default_size(230.0_f32.min(max))
        .size_range(160.0..=max)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                egui::ComboBox::new("filter", "shown")
                    .selected_text(format!("{:?}", app.ui_state.filter))
                    .width(70.0)
                    .show_ui(ui, |ui| {
                        for f in [
                            Filter::All,
                            Filter::Unsaved,
                            Filter::Draft,
                            Filter::Curated,
                            Filter::Rejected,
                            Filter::Errors,
                        ] {
                            ui.selectable_value(&mut app.ui_state.filter, f, format!("{f:?}"));
                        }
                    });
                egui::ComboBox::new("sort", "order")
                    .selected_text(format!("{:?}", app.ui_state.sort))
                    .width(70.0)
                    .show_ui(ui, |ui| {
                        for s in [Sort::Added, Sort::Title, Sort::Date, Sort::Status] {
                            ui.selectable_value(&mut app.ui_state.sort, s, format!("{s:?}"));
                        }
                    });
            });
            let items = app.visible_items();
            let entries = app.visible_entries();
            let unsaved = app
                .items
                .iter()
                .filter(|i| i.dirty || !i.in_archive)
                .count();
            ui.weak(format!(
                "{} in queue ({unsaved} unsaved) · {} in archive · {} failed",
                app.items.len(),
                app.entries.len() + app.items.iter().filter(|i| i.in_archive).count(),
                app.failed.len()
            ));
            ui.separator();
            let mut cmds = Vec::new();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if app.ui_state.filter != crate::app::Filter::Errors {
                        for i in items {
                            let it = &app.items[i];
                            let st = it.status();
                            let sel = app.open == Some(i);
                            ui.horizontal(|ui| {
                                ui.colored_label(
                                    status_color(ui, st),
                                    format!("{:<8}", st.label()),
                                );
                                // Cut to the panel's width: an uncut title would widen the panel.
                                let r = ui
                                    .add(
                                        egui::Button::selectable(
                                            sel,
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
                        if !entries.is_empty() {
                            ui.separator();
                            ui.weak("Archive");
                            for e in entries {
                                let en = &app.entries[e];
                                let st = match (en.broken.is_some(), en.status) {
                                    (true, _) => ItemStatus::Error,
                                    (_, Status::Draft) => ItemStatus::Draft,
                                    (_, Status::Curated) => ItemStatus::Curated,
                                    (_, Status::Rejected) => ItemStatus::Rejected,
                                };
                                let title = if en.title.is_empty() {
                                    en.id.clone()
                                } else {
                                    en.title.clone()
                                };
                                ui.horizontal(|ui| {
                                    ui.colored_label(
                                        status_color(ui, st),
                                        format!("{:<8}", st.label()),
                                    );
                                    if ui
                                        .add(
                                            egui::Button::selectable(
                                                false,
                                                crate::app::state::short(&title),
                                            )
                                            .truncate(),
                                        )
                                        .on_hover_text(en.broken.as_deref().unwrap_or(&en.id))
                                        .clicked()
                                    {
                                        cmds.push(Command::OpenRecord(en.id.clone()));
                                    }
                                });
                            }
                        }
                    }
                    if !app.failed.is_empty() {
                        ui.separator();
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            format!("{} failed", crate::count(app.failed.len(), "file")),
                        );
                        for f in &app.failed {
                            ui.label(egui::RichText::new(&f.file).small())
                                .on_hover_text(&f.error);
                            ui.weak(egui::RichText::new(&f.error).small());
                        }
                    }
                });
            for c in cmds {
                app.push(c);
            }
        });
}
