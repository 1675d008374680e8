//! CSV (RFC 4180) for spreadsheets: a UTF-8 byte-order mark, a header row, one row per record; list fields
//! joined by `; `; CRLF line ends; a field quoted when it holds a comma, quote, CR or LF, quotes doubled.
//!
//! Two spreadsheet habits are guarded against. A cell starting with `=`, `+`, `-`, `@`, tab or CR is a formula
//! to Excel and LibreOffice, so such a cell gets a leading `'` (OWASP's rule for CSV injection). A cell holds at
//! most 32,767 characters, and longer text spills into the next rows; a longer cell is cut and says so, in the
//! cell itself, and the export counts it.

use super::options::{Field, Options};
use crate::record::Record;
use std::io::Write;

/// Separator of list values inside one cell.
const LIST_SEP: &str = "; ";

/// The most characters a spreadsheet cell holds (Excel's limit; LibreOffice's is larger).
pub const CELL_MAX_CHARS: usize = 32_767;

/// The columns a field takes, in order.
fn columns(f: Field) -> &'static [&'static str] {
    match f {
        Field::Id => &["id"],
        Field::Status => &["status"],
        Field::Title => &["title"],
        Field::Subtitle => &["subtitle"],
        Field::Authors => &["authors"],
        Field::Published => &["published"],
        Field::Modified => &["modified"],
        Field::Site => &["site"],
        Field::Url => &["url"],
        Field::Language => &["language"],
        Field::Section => &["section"],
        Field::PageType => &["page_type"],
        Field::Tags => &["tags"],
        Field::Keywords => &["keywords"],
        Field::Images => &["image_captions", "image_urls"],
        Field::Body => &["body"],
        Field::Notes => &["notes"],
        Field::Source => &["source_file", "source_sha256"],
        Field::Edited => &["edited"],
        Field::CuratedAt => &["curated_at"],
        Field::DuplicateOf => &["duplicate_of"],
        Field::Extraction => &[],
    }
}

/// The header of the columns `opts` writes.
pub fn column_names(opts: &Options) -> Vec<&'static str> {
    opts.fields()
        .into_iter()
        .flat_map(|f| columns(f).iter().copied())
        .collect()
}

fn caption(i: &crate::record::Image) -> String {
    match (&i.caption, &i.credit) {
        (Some(c), Some(cr)) => format!("{c} ({cr})"),
        (Some(c), None) => c.clone(),
        (None, Some(cr)) => format!("({cr})"),
        (None, None) => String::new(),
    }
}

fn cells(r: &Record, f: Field) -> Vec<String> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let joined = |v: Vec<String>| {
        v.into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(LIST_SEP)
    };
    match f {
        Field::Id => vec![r.id.clone()],
        Field::Status => vec![r.status.as_str().to_string()],
        Field::Title => vec![opt(&r.title)],
        Field::Subtitle => vec![opt(&r.subtitle)],
        Field::Authors => vec![r.authors.join(LIST_SEP)],
        Field::Published => vec![opt(&r.published)],
        Field::Modified => vec![opt(&r.modified)],
        Field::Site => vec![opt(&r.site)],
        Field::Url => vec![opt(&r.url)],
        Field::Language => vec![opt(&r.language)],
        Field::Section => vec![opt(&r.section)],
        Field::PageType => vec![r.page_type.as_str().to_string()],
        Field::Tags => vec![r.tags.join(LIST_SEP)],
        Field::Keywords => vec![r.keywords.join(LIST_SEP)],
        Field::Images => vec![
            joined(r.images.iter().map(caption).collect()),
            joined(r.images.iter().map(|i| opt(&i.url)).collect()),
        ],
        Field::Body => vec![r.body.clone()],
        Field::Notes => vec![opt(&r.notes)],
        Field::Source => vec![r.source.file.clone(), r.source.sha256.clone()],
        Field::Edited => vec![r.edited.join(LIST_SEP)],
        Field::CuratedAt => vec![opt(&r.curated_at)],
        Field::DuplicateOf => vec![opt(&r.duplicate_of)],
        Field::Extraction => vec![],
    }
}

/// A cell a spreadsheet would run as a formula gets a leading `'`.
pub fn guard(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// `s` cut to fit one spreadsheet cell, ending with a note of its full length; `None` when it fits.
pub fn cut(s: &str) -> Option<String> {
    let total = s.chars().count();
    if total <= CELL_MAX_CHARS {
        return None;
    }
    let note = format!(
        " […cut: {total} characters in all, a spreadsheet cell holds {CELL_MAX_CHARS}; the JSON Lines \
         export keeps the whole text]"
    );
    let keep = CELL_MAX_CHARS - note.chars().count();
    let head: String = s.chars().take(keep).collect();
    Some(head + &note)
}

/// One field, quoted when RFC 4180 requires it.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn line(out: &mut dyn Write, cells: &[impl AsRef<str>]) -> std::io::Result<()> {
    let joined: Vec<String> = cells.iter().map(|c| field(c.as_ref())).collect();
    out.write_all(joined.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

/// The byte-order mark (unless left out) and the header row.
pub fn header(opts: &Options, out: &mut dyn Write) -> std::io::Result<()> {
    if opts.bom {
        out.write_all("\u{FEFF}".as_bytes())?;
    }
    line(out, &column_names(opts))
}

/// One record's row, of a record already cleaned for export; returns how many of its cells were cut.
pub fn record(r: &Record, opts: &Options, out: &mut dyn Write) -> std::io::Result<usize> {
    let mut was_cut = 0;
    let row: Vec<String> = opts
        .fields()
        .into_iter()
        .flat_map(|f| cells(r, f))
        .map(|c| {
            let c = guard(&c);
            match cut(&c) {
                Some(short) => {
                    was_cut += 1;
                    short
                }
                None => c,
            }
        })
        .collect();
    line(out, &row)?;
    Ok(was_cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn formula_starts_are_guarded_and_nothing_else() {
        for bad in ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard(bad), format!("'{bad}"));
        }
        for fine in ["1+1", "a=b", " =x", "", "Москва"] {
            assert_eq!(guard(fine), fine);
        }
    }

    #[test]
    fn long_cells_are_cut_to_fit_and_say_so() {
        assert_eq!(cut("short"), None);
        let long = "ж".repeat(CELL_MAX_CHARS + 10);
        let c = cut(&long).unwrap();
        assert_eq!(c.chars().count(), CELL_MAX_CHARS);
        assert!(
            c.ends_with("keeps the whole text]"),
            "{}",
            &c[c.len() - 80..]
        );
        assert!(c.contains(&format!("{} characters", CELL_MAX_CHARS + 10)));
    }

    #[test]
    fn columns_follow_the_chosen_fields() {
        let opts = Options {
            fields: Some(vec![Field::Url, Field::Images, Field::Title]),
            ..Options::default()
        };
        assert_eq!(
            column_names(&opts),
            ["url", "image_captions", "image_urls", "title"]
        );
        let all = column_names(&Options::default());
        assert_eq!(all[..3], ["id", "status", "title"]);
        assert!(all.contains(&"image_urls") && !all.contains(&"extraction"));
    }
}
