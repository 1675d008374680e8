//! Decoding the open page again with another encoding, keeping the curator's work where the lines allow.
//!
//! A new encoding changes the lines' text, not (for the encodings a page is mistaken for) how the page splits
//! into lines. So each line of the old decoding is matched to the line at the same place in the new one, and
//! what the curator did to a line is done to its match: a flipped line stays flipped, a field assigned from
//! lines is taken again from the same lines in the new text. A field the curator typed keeps what was typed,
//! and so does a body typed into; otherwise the body is rebuilt from the lines. What could not be kept is
//! said, for the status line.

use super::assign::one_line;
use super::state::{Item, copy_field};
use crate::extract::{self, Block, Extracted, Role};
use crate::input::Document;
use crate::record::Fields;
use std::collections::HashMap;
use std::sync::Arc;

impl Item {
    /// Decodes the raw bytes again with `label` and re-extracts, keeping flips, line-assigned fields and typed
    /// fields (see the module doc). Returns the message for the status line.
    pub fn redecode(&mut self, label: &str) -> Result<String, String> {
        let (doc, ex) = self.decode_as(label)?;
        let map = match_blocks(&self.blocks, &ex.blocks);
        let typed_body = !self.body_follows_blocks();
        let mut lost = Vec::new();

        // The curator's roles on the lines that have a match.
        let mut blocks = ex.blocks.clone();
        let (mut flips, mut lost_flips) = (0, 0);
        for (i, b) in self.blocks.iter().enumerate() {
            if Some(&b.role) == self.auto_roles.get(i) {
                continue;
            }
            match map[i] {
                Some(j) => {
                    blocks[j].role = b.role;
                    flips += 1;
                }
                None => lost_flips += 1,
            }
        }
        if lost_flips > 0 {
            lost.push(format!(
                "{} (the page splits into other lines now)",
                crate::count(lost_flips, "line change")
            ));
        }

        // Fields: typed ones kept as typed, line-assigned ones taken again from their lines.
        let old = self.record.fields();
        let mut fresh = ex.fields.clone();
        for name in &self.record.edited {
            copy_field(name, &old, &mut fresh);
        }
        let mut retake = Retake {
            old: &self.blocks,
            new: &mut blocks,
            map: &map,
            kept: Vec::new(),
        };
        retake.fields(&self.record.edited, &old, &mut fresh, &mut lost);
        let mut kept = Vec::new();
        if flips > 0 {
            kept.push(crate::count(flips, "line change"));
        }
        for k in retake.kept {
            if !kept.contains(&k) {
                kept.push(k);
            }
        }
        fresh.body = if typed_body {
            old.body.clone()
        } else {
            extract::body_from_blocks(&blocks)
        };

        self.record.set_fields(fresh);
        self.record.source.encoding = doc.encoding.clone();
        self.record.extraction.auto = ex.fields;
        self.record.extraction.dropped = ex
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| !b.is_body())
            .map(|(i, _)| i)
            .collect();
        self.record.extraction.blocks = ex.blocks.len();
        self.record.extraction.candidates = ex.candidates;
        self.auto_roles = ex.blocks.iter().map(|b| b.role).collect();
        self.blocks = blocks;
        self.doc = Arc::new(doc);
        self.selection = None;
        self.after_edit("redecode!");

        let mut msg = format!("Decoded again as {}", self.record.source.encoding);
        if !kept.is_empty() {
            msg.push_str(&format!("; kept {}", kept.join(", ")));
        }
        if typed_body {
            msg.push_str(
                "; the body you typed is kept as typed (reset it to take the lines' text)",
            );
        }
        if !lost.is_empty() {
            msg.push_str(&format!("; could not keep {}", lost.join(", ")));
        }
        Ok(msg)
    }

    /// The page decoded with `label` and extracted afresh.
    pub(super) fn decode_as(&self, label: &str) -> Result<(Document, Extracted), String> {
        if self.raw.is_empty() {
            return Err("The raw bytes of this item are not available".into());
        }
        if self.doc.format == crate::record::Format::Json {
            return Err("Re-decoding a document taken out of a JSON file is not supported".into());
        }
        let dec = crate::input::decode::decode_as(&self.raw, label)
            .ok_or_else(|| format!("Unknown encoding {label}"))?;
        let mut doc = (*self.doc).clone();
        doc.text = dec.text;
        doc.encoding = dec.encoding.to_string();
        doc.content_is_html = crate::input::detect::looks_like_html(&doc.text);
        let ex = extract::extract(&doc);
        Ok((doc, ex))
    }

    /// Puts back the lines of the decoding `label` (undo or redo across a re-decode), the roles to come from the
    /// snapshot being restored.
    pub(super) fn lines_of_encoding(&mut self, label: &str) {
        if let Ok((doc, ex)) = self.decode_as(label) {
            self.auto_roles = ex.blocks.iter().map(|b| b.role).collect();
            self.blocks = ex.blocks;
            self.doc = Arc::new(doc);
            self.selection = None;
        }
    }
}

/// For each old block, the new block at the same place: same source line and tag, and the same rank among the
/// blocks sharing them. `None` where the new decoding split the page otherwise.
fn match_blocks(old: &[Block], new: &[Block]) -> Vec<Option<usize>> {
    let mut place: HashMap<(usize, &str, usize), usize> = HashMap::new();
    let mut rank: HashMap<(usize, &str), usize> = HashMap::new();
    for (j, b) in new.iter().enumerate() {
        let r = rank.entry((b.line, b.tag.as_str())).or_default();
        place.insert((b.line, b.tag.as_str(), *r), j);
        *r += 1;
    }
    let mut rank: HashMap<(usize, &str), usize> = HashMap::new();
    old.iter()
        .map(|b| {
            let r = rank.entry((b.line, b.tag.as_str())).or_default();
            let j = place.get(&(b.line, b.tag.as_str(), *r)).copied();
            *r += 1;
            j
        })
        .collect()
}

/// Takes the fields the curator set from lines again from the same lines in the new decoding, and gives those
/// lines their role (the new extraction may not see a caption in the new text, but the curator did).
struct Retake<'a> {
    old: &'a [Block],
    new: &'a mut [Block],
    map: &'a [Option<usize>],
    /// What was taken again from its lines, for the status line.
    kept: Vec<String>,
}

impl Retake<'_> {
    fn fields(
        &mut self,
        edited: &[String],
        old: &Fields,
        fresh: &mut Fields,
        lost: &mut Vec<String>,
    ) {
        let edited = |name: &str| edited.iter().any(|e| e == name);
        for (name, role, value) in [
            ("title", Role::Title, &mut fresh.title),
            ("subtitle", Role::Subtitle, &mut fresh.subtitle),
        ] {
            let Some(was) = old_value(name, old).filter(|_| edited(name)) else {
                continue;
            };
            match self.text_of(role, &was) {
                Found::Moved(t) => {
                    *value = Some(t);
                    self.kept.push(format!("the {name} from its lines"));
                }
                Found::Lost => lost.push(format!("the {name} as its lines give it")),
                Found::NotFromLines => {}
            }
        }
        let images: &mut [crate::record::Image] = if edited("images") {
            &mut fresh.images
        } else {
            &mut []
        };
        for img in images {
            for (what, role, value) in [
                ("a caption", Role::Caption, &mut img.caption),
                ("a credit", Role::Credit, &mut img.credit),
            ] {
                let Some(was) = value.clone() else { continue };
                match self.text_of(role, &was) {
                    Found::Moved(t) => {
                        *value = Some(t);
                        self.kept.push(format!("{what} from its lines"));
                    }
                    Found::Lost => lost.push(format!("{what} as its lines give it")),
                    Found::NotFromLines => {}
                }
            }
        }
        // Authors: each byline line's names, in order, become the same line's names in the new text.
        for (i, b) in self.old.iter().enumerate() {
            if b.role != Role::Byline || !edited("authors") {
                continue;
            }
            let before = extract::authors::clean(&b.text);
            if !before.iter().any(|n| fresh.authors.contains(n)) {
                continue;
            }
            let after = self.map[i].map(|j| extract::authors::clean(&self.new[j].text));
            match after {
                Some(after) if after.len() == before.len() => {
                    if let Some(j) = self.map[i] {
                        self.new[j].role = Role::Byline;
                    }
                    self.kept.push("the authors from their lines".into());
                    for a in &mut fresh.authors {
                        if let Some(k) = before.iter().position(|n| n == a) {
                            a.clone_from(&after[k]);
                        }
                    }
                }
                _ => lost.push("authors as their lines give them".into()),
            }
        }
    }

    /// Where `was` (a field's value) came from lines of `role`: those lines' new text, joined as assignment
    /// joins them.
    fn text_of(&mut self, role: Role, was: &str) -> Found {
        for group in groups(self.old, role) {
            let text = one_line(
                &group
                    .iter()
                    .map(|i| self.old[*i].text.trim())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            if text != was {
                continue;
            }
            let Some(new) = group
                .iter()
                .map(|i| self.map[*i])
                .collect::<Option<Vec<usize>>>()
            else {
                return Found::Lost;
            };
            let parts: Vec<&str> = new.iter().map(|j| self.new[*j].text.trim()).collect();
            let text = one_line(&parts.join(" "));
            for j in new {
                self.new[j].role = role;
            }
            return Found::Moved(text);
        }
        Found::NotFromLines
    }
}

enum Found {
    /// The value came from lines, and this is their new text.
    Moved(String),
    /// The value came from lines that have no match in the new decoding.
    Lost,
    /// The value came from no lines (typed, or metadata): it stays.
    NotFromLines,
}

fn old_value(name: &str, old: &Fields) -> Option<String> {
    match name {
        "title" => old.title.clone(),
        "subtitle" => old.subtitle.clone(),
        _ => None,
    }
}

/// The blocks of `role` a field may have come from: each single block, each run of consecutive ones, and all of
/// them together.
fn groups(blocks: &[Block], role: Role) -> Vec<Vec<usize>> {
    let idx: Vec<usize> = (0..blocks.len())
        .filter(|i| blocks[*i].role == role)
        .collect();
    let mut out: Vec<Vec<usize>> = idx.iter().map(|i| vec![*i]).collect();
    let mut run: Vec<usize> = Vec::new();
    for i in &idx {
        if run.last().is_some_and(|l| l + 1 != *i) {
            if run.len() > 1 {
                out.push(std::mem::take(&mut run));
            }
            run.clear();
        }
        run.push(*i);
    }
    if run.len() > 1 {
        out.push(run);
    }
    if idx.len() > 1 && !out.contains(&idx) {
        out.push(idx);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::command::Target;

    /// A windows-1251 dump: a menu, a headline, three paragraphs.
    fn item() -> Item {
        let text = "Главная | Новости | Спорт\nМост через реку откроют в мае\n\n\
                    Строители закончили укладку асфальта на новом мосту через реку Сосновку.\n\n\
                    Движение по мосту откроют после проверки, которую назначили на конец апреля.\n\n\
                    Старый паромный переход закроют, как только мост примет первые машины.\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let bytes = bytes.into_owned();
        let doc = crate::input::read_bytes("bridge.txt", &bytes)
            .expect("reads")
            .remove(0);
        Item::from_extraction(doc, Arc::new(bytes), "2026-01-01T00:00:00+00:00")
    }

    fn block(it: &Item, start: &str) -> usize {
        it.blocks
            .iter()
            .position(|b| b.text.starts_with(start))
            .expect("block")
    }

    #[test]
    fn an_assigned_title_follows_its_line_and_a_typed_subtitle_stays() {
        let mut it = item();
        let line = block(&it, "Старый паромный");
        it.select_only(line);
        it.assign(Target::Title).expect("title");
        it.record.subtitle = Some("Набрано вручную".into());
        it.after_edit("field:subtitle");
        let title = it.record.title.clone();
        it.redecode("KOI8-R").expect("redecodes");
        assert_ne!(
            it.record.title, title,
            "the title is the line's KOI8-R text"
        );
        assert_eq!(
            it.record.title.as_deref(),
            Some(it.blocks[line].text.trim())
        );
        assert_eq!(it.blocks[line].role, Role::Title);
        assert_eq!(it.record.subtitle.as_deref(), Some("Набрано вручную"));
        it.redecode("windows-1251").expect("redecodes");
        assert_eq!(it.record.title, title);
        assert!(!it.record.body.contains("Старый паромный"));
        assert!(it.body_follows_blocks());
    }

    #[test]
    fn what_the_new_lines_cannot_hold_is_said() {
        let mut it = item();
        let line = block(&it, "Движение по мосту");
        it.flip(line);
        // Read as UTF-16 the bytes pair up: no line of the page is where it was.
        let msg = it.redecode("UTF-16LE").expect("redecodes");
        assert!(msg.contains("could not keep 1 line change"), "{msg}");
        // Undo brings the old decoding's lines and the flip back.
        assert!(it.undo());
        assert_eq!(it.record.source.encoding, "windows-1251");
        assert!(it.blocks[line].text.starts_with("Движение по мосту"));
        assert_ne!(it.blocks[line].role, Role::Body);
    }
}
