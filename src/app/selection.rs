//! The raw pane's selection: any set of lines, with an anchor for Shift (click or arrow) to extend from and a
//! cursor the arrows move. Plain click or arrow selects one line, Shift extends a run from the anchor,
//! Ctrl+click adds or removes one line.

use std::collections::BTreeSet;

/// How a click or a key changes the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// This line alone.
    Only,
    /// The run from the anchor to this line.
    Extend,
    /// Add this line, or remove it when selected (Ctrl+click).
    Toggle,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub cursor: usize,
    pub lines: BTreeSet<usize>,
}

impl Selection {
    pub fn one(i: usize) -> Self {
        Self {
            anchor: i,
            cursor: i,
            lines: BTreeSet::from([i]),
        }
    }

    /// The selection after picking line `i` of `rows` (the lines the pane shows, in order) with `how`.
    pub fn pick(old: Option<&Selection>, i: usize, how: Pick, rows: &[usize]) -> Option<Selection> {
        let Some(old) = old else {
            return Some(Self::one(i));
        };
        match how {
            Pick::Only => Some(Self::one(i)),
            Pick::Extend => Some(Self {
                anchor: old.anchor,
                cursor: i,
                lines: run(rows, old.anchor, i),
            }),
            Pick::Toggle => {
                let mut lines = old.lines.clone();
                if !lines.remove(&i) {
                    lines.insert(i);
                }
                (!lines.is_empty()).then_some(Self {
                    anchor: i,
                    cursor: i,
                    lines,
                })
            }
        }
    }

    /// The selection after moving the cursor `step` rows of `rows` (Up is -1); `extend` keeps the anchor.
    pub fn step(
        old: Option<&Selection>,
        step: isize,
        extend: bool,
        rows: &[usize],
    ) -> Option<Selection> {
        if rows.is_empty() {
            return None;
        }
        let Some(old) = old else {
            let i = if step < 0 {
                rows[rows.len() - 1]
            } else {
                rows[0]
            };
            return Some(Self::one(i));
        };
        // The cursor's place among the rows shown (a hidden line goes to the nearest shown one).
        let pos = rows.partition_point(|r| *r < old.cursor) as isize;
        let at = if rows.get(pos as usize) == Some(&old.cursor) || step < 0 {
            pos + step
        } else {
            pos + step - 1
        };
        let next = rows[at.clamp(0, rows.len() as isize - 1) as usize];
        Self::pick(
            Some(old),
            next,
            if extend { Pick::Extend } else { Pick::Only },
            rows,
        )
    }
}

/// The rows from `a` to `b` (either order), among those shown.
fn run(rows: &[usize], a: usize, b: usize) -> BTreeSet<usize> {
    let (lo, hi) = (a.min(b), a.max(b));
    rows.iter()
        .copied()
        .filter(|r| (lo..=hi).contains(r))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn click_shift_ctrl_and_arrows() {
        let rows: Vec<usize> = (0..10).collect();
        let s = Selection::pick(None, 2, Pick::Only, &rows);
        let s = Selection::pick(s.as_ref(), 5, Pick::Extend, &rows).expect("run");
        assert_eq!(s.lines, BTreeSet::from([2, 3, 4, 5]));
        let s = Selection::pick(Some(&s), 8, Pick::Toggle, &rows).expect("added");
        assert_eq!(s.lines, BTreeSet::from([2, 3, 4, 5, 8]));
        let s = Selection::pick(Some(&s), 3, Pick::Toggle, &rows).expect("removed");
        assert_eq!(s.lines, BTreeSet::from([2, 4, 5, 8]));
        let s = Selection::step(Some(&Selection::one(4)), 1, false, &rows).expect("down");
        assert_eq!(s, Selection::one(5));
        let s = Selection::step(Some(&s), 1, true, &rows).expect("shift+down");
        assert_eq!(s.lines, BTreeSet::from([5, 6]));
        let s = Selection::step(Some(&Selection::one(0)), -1, false, &rows).expect("stays");
        assert_eq!(s, Selection::one(0));
    }

    #[test]
    fn arrows_skip_hidden_rows() {
        let rows = vec![1, 4, 7];
        let s = Selection::step(Some(&Selection::one(4)), 1, false, &rows).expect("down");
        assert_eq!(s.cursor, 7);
        // From a hidden line, Down goes to the next shown one, Up to the previous.
        let s = Selection::step(Some(&Selection::one(5)), 1, false, &rows).expect("down");
        assert_eq!(s.cursor, 7);
        let s = Selection::step(Some(&Selection::one(5)), -1, false, &rows).expect("up");
        assert_eq!(s.cursor, 4);
    }
}
