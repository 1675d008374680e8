//! Assigning raw lines to fields (T S A D C K B): a line takes one role, and a one-line field gets one line.

use super::command::Target;
use super::state::{Item, short};
use crate::extract::{self, Role};
use crate::record::Image;

impl Item {
    /// Assigns the raw selection to a field. The blocks take the field's role, so they leave the body (or, for
    /// `Body`, the text is appended to it). Returns a message for the status line.
    pub fn assign(&mut self, target: Target) -> Result<String, String> {
        let sel = self.selected();
        if sel.is_empty() {
            return Err("Select raw lines first (click a line, Shift+click to extend)".into());
        }
        if target == Target::Caption && runs(&sel).len() > 1 {
            return self.assign_captions(&sel);
        }
        // A one-line field gets one line: a row holding several lines is joined with spaces.
        let text = if target == Target::Body {
            self.selected_text("\n\n")
        } else {
            one_line(&self.selected_text(" "))
        };
        // A line takes one role: what it gave another field leaves that field first.
        let freed = self.release(&sel, target);
        let role = match target {
            Target::Title => {
                self.record.title = Some(text.clone());
                Some(Role::Title)
            }
            Target::Subtitle => {
                self.record.subtitle = Some(text.clone());
                Some(Role::Subtitle)
            }
            Target::Author => {
                let names = extract::authors::clean(&text);
                if names.is_empty() {
                    return Err("No name in the selection".into());
                }
                for n in names {
                    if !self.record.authors.contains(&n) {
                        self.record.authors.push(n);
                    }
                }
                Some(Role::Byline)
            }
            Target::Date => {
                let d = extract::dates::normalize(&text)
                    .ok_or_else(|| format!("No date Sift can read in “{}”", short(&text)))?;
                self.record.published = Some(d);
                Some(Role::Date)
            }
            Target::Caption => {
                self.record.images.push(Image {
                    caption: Some(text.clone()),
                    credit: None,
                    url: None,
                });
                Some(Role::Caption)
            }
            Target::Credit => {
                let img = freed.or(self.record.images.len().checked_sub(1));
                match img.and_then(|i| self.record.images.get_mut(i)) {
                    Some(img) => img.credit = Some(text.clone()),
                    None => self.record.images.push(Image {
                        caption: None,
                        credit: Some(text.clone()),
                        url: None,
                    }),
                }
                Some(Role::Credit)
            }
            Target::Body => {
                if !self.record.body.is_empty() {
                    self.record.body.push_str("\n\n");
                }
                self.record.body.push_str(&text);
                None
            }
        };
        if let Some(role) = role {
            let follows = self.body_follows_blocks();
            for i in &sel {
                self.blocks[*i].role = role;
            }
            if follows {
                self.record.body = extract::body_from_blocks(&self.blocks);
            }
        }
        self.after_edit(&format!("assign-{target:?}!"));
        Ok(format!("{} set from “{}”", target.short(), short(&text)))
    }

    /// Several separate runs of lines (Ctrl+click) to captions: one image each, one undo step.
    fn assign_captions(&mut self, sel: &[usize]) -> Result<String, String> {
        let follows = self.body_follows_blocks();
        let runs = runs(sel);
        for run in &runs {
            self.release(run, Target::Caption);
            let text = one_line(
                &run.iter()
                    .map(|i| self.blocks[*i].text.trim())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            self.record.images.push(Image {
                caption: Some(text),
                credit: None,
                url: None,
            });
            for i in run {
                self.blocks[*i].role = Role::Caption;
            }
        }
        if follows {
            self.record.body = extract::body_from_blocks(&self.blocks);
        }
        self.after_edit("assign-Caption!");
        Ok(format!("{} captions added", runs.len()))
    }

    /// Takes the text of the lines `sel` out of the fields their current roles gave it to, when they are to
    /// get another role. Returns the image whose caption or credit they were (so K on a caption line moves
    /// it to that image's credit).
    fn release(&mut self, sel: &[usize], to: Target) -> Option<usize> {
        let mut freed = None;
        for i in sel {
            let b = &self.blocks[*i];
            let text = one_line(b.text.trim());
            let r = &mut self.record;
            match b.role {
                Role::Title if to != Target::Title && r.title.as_deref() == Some(&text) => {
                    r.title = None
                }
                Role::Subtitle
                    if to != Target::Subtitle && r.subtitle.as_deref() == Some(&text) =>
                {
                    r.subtitle = None
                }
                Role::Caption if to != Target::Caption => {
                    if let Some(k) = r
                        .images
                        .iter()
                        .position(|im| im.caption.as_deref() == Some(&text))
                    {
                        r.images[k].caption = None;
                        freed = Some(k);
                    }
                }
                Role::Credit if to != Target::Credit => {
                    if let Some(k) = r
                        .images
                        .iter()
                        .position(|im| im.credit.as_deref() == Some(&text))
                    {
                        r.images[k].credit = None;
                        freed = Some(k);
                    }
                }
                Role::Byline if to != Target::Author => {
                    r.authors.retain(|a| !text.contains(a.as_str()));
                }
                _ => {}
            }
        }
        // An image left with nothing is removed, unless the line is about to fill it.
        if to != Target::Credit && to != Target::Caption {
            self.record
                .images
                .retain(|im| im.caption.is_some() || im.credit.is_some() || im.url.is_some());
            freed = None;
        }
        freed
    }
}

/// Whitespace runs, line breaks included, as one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The selection's runs of consecutive lines.
fn runs(sel: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in sel {
        match out.last_mut() {
            Some(run) if run.last().is_some_and(|l| l + 1 == *i) => run.push(*i),
            _ => out.push(vec![*i]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn item(text: &str) -> Item {
        let doc = crate::input::read_bytes("t.txt", text.as_bytes())
            .expect("reads")
            .remove(0);
        Item::from_extraction(
            doc,
            Arc::new(text.as_bytes().to_vec()),
            "2026-01-01T00:00:00+00:00",
        )
    }

    #[test]
    fn a_row_of_several_lines_joins_into_a_one_line_field_and_k_moves_a_caption_to_the_credit() {
        let mut it = item(
            "Headline of the day\nFirst paragraph of the story, long enough.\nSecond paragraph.\n",
        );
        // A row holding two lines, as HTML blocks and dumps can give.
        it.blocks[1].text = "Photo: The quay at dawn\nMarta Quill/Coastline Photo".into();
        it.select_only(1);
        it.assign(Target::Caption).expect("caption");
        assert_eq!(
            it.record.images.last().and_then(|i| i.caption.as_deref()),
            Some("Photo: The quay at dawn Marta Quill/Coastline Photo")
        );
        let images = it.record.images.len();
        it.assign(Target::Credit).expect("credit");
        let img = it.record.images.last().expect("image");
        assert_eq!(
            img.credit.as_deref(),
            Some("Photo: The quay at dawn Marta Quill/Coastline Photo")
        );
        assert_eq!(img.caption, None, "the line left the caption");
        assert_eq!(it.record.images.len(), images, "the same image, no new one");
        assert!(!img.credit.as_deref().unwrap_or("").contains('\n'));
    }

    #[test]
    fn separate_runs_become_separate_captions() {
        let mut it =
            item("Head line here\nPhoto one caption\nBody text paragraph.\nPhoto two caption\n");
        it.record.images.clear();
        it.select_only(1);
        let rows: Vec<usize> = (0..it.blocks.len()).collect();
        it.selection = super::super::selection::Selection::pick(
            it.selection.as_ref(),
            3,
            super::super::selection::Pick::Toggle,
            &rows,
        );
        it.assign(Target::Caption).expect("captions");
        let caps: Vec<_> = it
            .record
            .images
            .iter()
            .filter_map(|i| i.caption.clone())
            .collect();
        assert_eq!(
            caps,
            vec![
                "Photo one caption".to_string(),
                "Photo two caption".to_string()
            ]
        );
        assert!(it.undo());
        assert!(it.record.images.is_empty(), "one undo step");
    }
}
