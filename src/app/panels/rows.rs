//! A scrolled list of rows of different heights that lays out only the rows on screen, whatever their number:
//! the raw pane's wrapped lines and the cleaned pane's paragraphs.
//!
//! A row's height is known once it has been drawn at the current width; until then it is estimated from its
//! length. Rows on screen are always drawn at their true height, and a measured row changes only when the
//! width does, so a click or a selection never moves a row under the pointer.

/// How the list should scroll this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    Keep,
    /// Row `k` near the top.
    Top(usize),
    /// Row `k` on screen, scrolling as little as needed.
    Reveal(usize),
}

/// Row heights at one width, kept in egui's memory between frames.
#[derive(Debug, Clone, Default)]
struct Heights {
    key: (u64, u32),
    h: Vec<f32>,
}

/// Draws `n` rows in a vertical scroll area. `estimate(k, width)` guesses row `k`'s height before it was
/// drawn; `row(ui, k, rect)` draws row `k` from `rect`'s top at `rect`'s width and returns its true height.
/// `key` changes when the rows' content does (a re-decoded page, another item).
pub fn virtual_rows(
    ui: &mut egui::Ui,
    id_salt: &str,
    key: u64,
    n: usize,
    scroll: Scroll,
    estimate: impl Fn(usize, f32) -> f32,
    mut row: impl FnMut(&mut egui::Ui, usize, egui::Rect) -> f32,
) {
    let id = ui.scope_id().with(id_salt);
    let width = ui.available_width();
    let mut hs: Heights = ui.data_mut(|d| d.remove_temp(id)).unwrap_or_default();
    let k = (key, width.round().to_bits());
    if hs.key != k || hs.h.len() != n {
        hs = Heights {
            key: k,
            h: (0..n).map(|r| estimate(r, width)).collect(),
        };
    }
    let mut top = Vec::with_capacity(n + 1);
    top.push(0.0_f32);
    for h in &hs.h {
        top.push(top[top.len() - 1] + h);
    }
    let mut area = egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, false]);
    if let Scroll::Top(r) = scroll
        && r < n
    {
        area = area.vertical_scroll_offset((top[r] - 24.0).max(0.0));
    }
    let mut changed = false;
    area.show_viewport(ui, |ui, viewport| {
        ui.set_height(top[n]);
        let origin = ui.max_rect().min;
        let w = ui.max_rect().width();
        let mut r = top
            .partition_point(|t| *t <= viewport.min.y)
            .saturating_sub(1);
        while r < n && top[r] < viewport.max.y {
            let rect =
                egui::Rect::from_min_size(origin + egui::vec2(0.0, top[r]), egui::vec2(w, hs.h[r]));
            let real = row(ui, r, rect);
            if (real - hs.h[r]).abs() > 0.5 {
                hs.h[r] = real;
                changed = true;
            }
            r += 1;
        }
        if let Scroll::Reveal(r) = scroll
            && r < n
        {
            let rect =
                egui::Rect::from_min_size(origin + egui::vec2(0.0, top[r]), egui::vec2(w, hs.h[r]));
            ui.scroll_to_rect(rect, None);
        }
    });
    if changed {
        // Rows below a newly measured one move to their place in the next frame.
        ui.ctx().request_repaint();
    }
    ui.data_mut(|d| d.insert_temp(id, hs));
}

/// A guess at the height of `chars` characters wrapped at `width`, for rows not yet drawn.
pub fn estimate_height(chars: usize, char_w: f32, line_h: f32, width: f32, min_h: f32) -> f32 {
    let per_line = (width / char_w.max(1.0)).max(1.0);
    let lines = (chars as f32 / per_line).ceil().max(1.0);
    (lines * line_h).max(min_h)
}
