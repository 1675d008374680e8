//! CSV (RFC 4180): a header row, then one row per record; list fields joined by `; `; CRLF line ends; a
//! field is quoted when it holds a comma, quote, CR or LF, with quotes doubled. Spreadsheets open it as is.

use crate::record::Record;
use std::io::Write;

/// The columns, in order.
pub const COLUMNS: [&str; 19] = [
    "id",
    "status",
    "title",
    "subtitle",
    "authors",
    "published",
    "modified",
    "site",
    "url",
    "language",
    "section",
    "tags",
    "keywords",
    "image_captions",
    "body",
    "notes",
    "source_file",
    "source_sha256",
    "curated_at",
];

/// Separator of list values inside one cell.
const LIST_SEP: &str = "; ";

fn row(r: &Record) -> [String; 19] {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let captions: Vec<String> = r
        .images
        .iter()
        .map(|i| match (&i.caption, &i.credit) {
            (Some(c), Some(cr)) => format!("{c} ({cr})"),
            (Some(c), None) => c.clone(),
            (None, Some(cr)) => format!("({cr})"),
            (None, None) => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    [
        r.id.clone(),
        r.status.as_str().to_string(),
        opt(&r.title),
        opt(&r.subtitle),
        r.authors.join(LIST_SEP),
        opt(&r.published),
        opt(&r.modified),
        opt(&r.site),
        opt(&r.url),
        opt(&r.language),
        opt(&r.section),
        r.tags.join(LIST_SEP),
        r.keywords.join(LIST_SEP),
        captions.join(LIST_SEP),
        r.body.clone(),
        opt(&r.notes),
        r.source.file.clone(),
        r.source.sha256.clone(),
        opt(&r.curated_at),
    ]
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

/// The header row.
pub fn header(out: &mut dyn Write) -> std::io::Result<()> {
    line(out, &COLUMNS)
}

/// One record's row.
pub fn record(r: &Record, out: &mut dyn Write) -> std::io::Result<()> {
    line(out, &row(r))
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
}
