//! Markdown: a heading per record, its metadata as a list, then the body; one file for all records (separated
//! by rules) or a folder with one `<id>.md` per record.

use crate::archive::atomic::{self, Writer};
use crate::archive::id::is_valid_id;
use crate::record::Record;
use std::io;
use std::path::{Path, PathBuf};

/// One record as Markdown.
pub fn render(r: &Record) -> String {
    let mut s = String::new();
    let title = r
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or("(untitled)");
    s.push_str(&format!("# {}\n\n", one_line(title)));
    if let Some(sub) = r.subtitle.as_deref().filter(|t| !t.trim().is_empty()) {
        s.push_str(&format!("*{}*\n\n", one_line(sub)));
    }
    let mut meta: Vec<(&str, String)> = Vec::new();
    if !r.authors.is_empty() {
        meta.push(("Authors", r.authors.join(", ")));
    }
    for (label, v) in [
        ("Published", &r.published),
        ("Modified", &r.modified),
        ("Site", &r.site),
        ("Section", &r.section),
        ("Language", &r.language),
    ] {
        if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
            meta.push((label, v.to_string()));
        }
    }
    if let Some(u) = r.url.as_deref().filter(|v| !v.trim().is_empty()) {
        meta.push(("URL", format!("<{}>", u.trim())));
    }
    if !r.tags.is_empty() {
        meta.push(("Tags", r.tags.join(", ")));
    }
    meta.push(("Status", r.status.as_str().to_string()));
    meta.push(("Id", format!("`{}`", r.id)));
    for (label, v) in meta {
        s.push_str(&format!("- **{label}:** {}\n", one_line(&v)));
    }
    s.push('\n');
    if !r.body.trim().is_empty() {
        s.push_str(r.body.trim());
        s.push_str("\n\n");
    }
    for img in &r.images {
        let cap = img.caption.as_deref().unwrap_or("");
        let line = match img.credit.as_deref() {
            Some(c) if !cap.is_empty() => format!("{cap} — {c}"),
            Some(c) => c.to_string(),
            None => cap.to_string(),
        };
        if !line.trim().is_empty() {
            s.push_str(&format!("> Image: {}\n\n", one_line(&line)));
        }
    }
    if let Some(n) = r.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        s.push_str(&format!("**Notes:** {}\n\n", n.trim()));
    }
    s
}

/// Line breaks in a one-line value would break the Markdown structure around it.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One `<id>.md` per record in `dir` (created if missing), each written atomically. Returns the files.
pub fn write_folder(
    records: &[Record],
    dir: &Path,
    writer: &dyn Writer,
) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut files = Vec::new();
    for r in records {
        if !is_valid_id(&r.id) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("record id {:?} is not a safe file name", r.id),
            ));
        }
        let path = dir.join(format!("{}.md", r.id));
        atomic::replace(writer, &path, render(r).as_bytes())?;
        files.push(path);
    }
    Ok(files)
}
