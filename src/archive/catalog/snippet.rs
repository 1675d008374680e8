//! Snippets for search hits: a short stretch of the record's text around the first word the query looks for,
//! with every such word marked. The index is contentless (the texts live in the record files), so snippets are
//! cut here from the record, only for the hits shown.

use crate::record::Record;
use std::ops::Range;

/// Characters of context on each side of the first match.
const CONTEXT: usize = 80;

/// A stretch of text and where the matched words are in it (byte ranges).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// The field it was cut from (`title`, `body`, …).
    pub field: &'static str,
    pub text: String,
    pub marks: Vec<Range<usize>>,
}

impl Snippet {
    /// The text with each mark wrapped in `open` and `close` (the command line uses `**`).
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.text.len() + self.marks.len() * 4);
        let mut at = 0;
        for m in &self.marks {
            out.push_str(&self.text[at..m.start]);
            out.push_str(open);
            out.push_str(&self.text[m.clone()]);
            out.push_str(close);
            at = m.end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// Words of `text` (runs of letters and digits) with their byte ranges.
fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut start = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), &text[s..]));
    }
    out.into_iter()
}

fn matches(word: &str, wanted: &[(String, bool)]) -> bool {
    let w = word.to_lowercase();
    wanted.iter().any(|(q, prefix)| {
        if *prefix {
            w.starts_with(q.as_str())
        } else {
            w == *q
        }
    })
}

/// The snippet of `rec` for the words wanted (lower-cased, with whether each is a prefix): from the first
/// field holding one (body first, since that is where context helps most), else the body's opening.
pub fn of(rec: &Record, wanted: &[(String, bool)]) -> Snippet {
    let captions: String = rec
        .images
        .iter()
        .flat_map(|i| [i.caption.as_deref(), i.credit.as_deref()])
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let fields: [(&'static str, &str); 9] = [
        ("body", &rec.body),
        ("title", rec.title.as_deref().unwrap_or("")),
        ("subtitle", rec.subtitle.as_deref().unwrap_or("")),
        ("notes", rec.notes.as_deref().unwrap_or("")),
        ("captions", &captions),
        ("authors", &rec.authors.join(", ")),
        ("tags", &rec.tags.join(", ")),
        ("keywords", &rec.keywords.join(", ")),
        ("url", rec.url.as_deref().unwrap_or("")),
    ];
    for (field, text) in fields {
        if let Some((first, _)) = words(text).find(|(_, w)| matches(w, wanted)) {
            return cut(field, text, first.start, wanted);
        }
    }
    cut("body", &rec.body, 0, wanted)
}

/// About `CONTEXT` characters each side of byte `at`, on char boundaries, whitespace folded, ellipses where cut.
fn cut(field: &'static str, text: &str, at: usize, wanted: &[(String, bool)]) -> Snippet {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(CONTEXT)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let end = text[at..]
        .char_indices()
        .nth(CONTEXT * 2)
        .map(|(i, _)| at + i)
        .unwrap_or(text.len());
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    s.push_str(
        &text[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    );
    if end < text.len() {
        s.push('…');
    }
    let marks = words(&s)
        .filter(|(_, w)| matches(w, wanted))
        .map(|(r, _)| r)
        .collect();
    Snippet {
        field,
        text: s,
        marks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(title: &str, body: &str) -> Record {
        let mut r: Record = serde_json::from_value(serde_json::json!({
            "schema_version": 1, "id": "x", "source": {"file": "f", "sha256": "", "bytes": 0, "format": "text",
            "encoding": "utf-8", "imported_at": ""}
        }))
        .unwrap();
        r.title = Some(title.into());
        r.body = body.into();
        r
    }

    #[test]
    fn marks_every_matching_word_in_the_body_first() {
        let long = "Lorem ipsum ".repeat(30);
        let r = rec(
            "Tidal power",
            &format!("{long}The tidal barrage opened; tidally driven turbines turn. {long}"),
        );
        let s = of(&r, &[("tidal".into(), true)]);
        assert_eq!(s.field, "body");
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert_eq!(
            s.marked("[", "]").matches('[').count(),
            2,
            "{}",
            s.marked("[", "]")
        );
        assert!(s.marked("[", "]").contains("[tidal] barrage"));
        assert!(s.marked("[", "]").contains("[tidally]"));
    }

    #[test]
    fn falls_back_to_other_fields_and_to_the_opening() {
        let r = rec("Москва сегодня", "Nothing here.");
        let s = of(&r, &[("москва".into(), false)]);
        assert_eq!(s.field, "title");
        assert_eq!(s.marked("<", ">"), "<Москва> сегодня");
        let s = of(&r, &[("absent".into(), false)]);
        assert_eq!((s.field, s.text.as_str()), ("body", "Nothing here."));
        assert!(s.marks.is_empty());
    }
}
