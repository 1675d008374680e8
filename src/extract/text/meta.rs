//! What the lines around the article's start say about it: each line's dates and byline names, read once,
//! and the head window they are looked for in.

use super::head::{self, LineDates};
use super::lines::{Kind, Line};
use crate::extract::dates::Order;
use crate::extract::vocab::tuning;

/// The head window and, per line, its dates and (inside the window or at the article's foot) its byline.
pub struct Meta {
    /// First line of the article's region.
    pub start: usize,
    /// End of the article's region (exclusive).
    pub end: usize,
    /// First line of the head: a few lines above the region.
    pub head_start: usize,
    /// End of the head (exclusive): a few lines into the region.
    pub head_end: usize,
    pub dates: Vec<Option<LineDates>>,
    pub bylines: Vec<Option<Vec<String>>>,
}

impl Meta {
    /// Reads the meta lines of a page whose article region is `start..end`, its numeric dates in `order`.
    pub fn read(lines: &[Line], start: usize, end: usize, order: Order) -> Self {
        let head_start = start.saturating_sub(tuning::HEAD_LOOKBACK);
        let head_end = (start + tuning::HEAD_LOOKAHEAD).min(end);
        let dates = lines
            .iter()
            .map(|l| head::line_dates_ordered(l, order))
            .collect();
        // A byline is looked for in the head and in the region's last two lines (a signature).
        let bylines = (0..lines.len())
            .map(|i| {
                let near = (head_start..head_end).contains(&i)
                    || (end.saturating_sub(2)..end).contains(&i);
                if near && !repeats_page_title(lines, i) {
                    head::byline_names(&lines[i])
                } else {
                    None
                }
            })
            .collect();
        Meta {
            start,
            end,
            head_start,
            head_end,
            dates,
            bylines,
        }
    }

    /// Line `i` is only a date, with at most a few words around it.
    pub fn is_date_line(&self, i: usize) -> bool {
        self.dates[i].as_ref().is_some_and(|d| d.date_line)
    }

    /// Line `i` is a date line or a byline.
    pub fn is_meta(&self, i: usize) -> bool {
        self.is_date_line(i) || self.bylines[i].is_some()
    }
}

/// Whether line `i` is the page's `<title>` line or repeats part of it (a headline): a headline's `von` or
/// `by` (`Leben von Luft`, `Stand by me`) is a word of the title, never a byline.
pub fn repeats_page_title(lines: &[Line], i: usize) -> bool {
    let first = &lines[0];
    i == 0
        || first.kind != Kind::Bad && lines[i].chars >= 8 && first.lower.contains(&lines[i].lower)
}
