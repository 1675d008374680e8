//! Markdown: per record, YAML front matter (the fields note apps and static-site tools read: title, authors,
//! date, url, site, tags, …), a heading, the body, image captions and notes; one file for all records or a
//! folder with one `<id>.md` per record. Every piece of text is escaped (see [`super::md_escape`]), so a
//! scraped title or body reads as text, never as markup, HTML or a link.

use super::md_escape::{autolink, block, inline, yaml_list, yaml_str};
use super::options::{Field, Options};
use crate::archive::atomic::{self, Writer};
use crate::archive::id::is_valid_id;
use crate::record::Record;
use std::io;
use std::path::{Path, PathBuf};

/// The front matter's lines, `key: value`, of the fields `opts` writes.
fn front_matter(r: &Record, opts: &Options) -> Vec<String> {
    let mut lines = Vec::new();
    let one = |key: &str, v: Option<&str>| {
        v.map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| format!("{key}: {}", yaml_str(v)))
    };
    for f in opts.fields() {
        let scalar = match f {
            Field::Id => one("id", Some(&r.id)),
            Field::Status => one("status", Some(r.status.as_str())),
            Field::Title => one("title", r.title.as_deref()),
            Field::Subtitle => one("subtitle", r.subtitle.as_deref()),
            Field::Published => one("date", r.published.as_deref()),
            Field::Modified => one("modified", r.modified.as_deref()),
            Field::Site => one("site", r.site.as_deref()),
            Field::Url => one("url", r.url.as_deref()),
            Field::Language => one("language", r.language.as_deref()),
            Field::Section => one("section", r.section.as_deref()),
            Field::PageType => one("page_type", Some(r.page_type.as_str())),
            Field::CuratedAt => one("curated_at", r.curated_at.as_deref()),
            Field::DuplicateOf => one("duplicate_of", r.duplicate_of.as_deref()),
            Field::Source => one("source", Some(&r.source.file)),
            _ => None,
        };
        lines.extend(scalar);
        let list = match f {
            Field::Authors => Some(("authors", &r.authors)),
            Field::Tags => Some(("tags", &r.tags)),
            Field::Keywords => Some(("keywords", &r.keywords)),
            Field::Edited => Some(("edited", &r.edited)),
            _ => None,
        };
        if let Some((key, items)) = list.filter(|(_, v)| !v.is_empty()) {
            lines.push(format!("{key}: {}", yaml_list(items)));
        }
    }
    lines
}

/// One record, already cleaned for export, as Markdown.
pub fn render(r: &Record, opts: &Options) -> String {
    let mut s = String::from("---\n");
    for l in front_matter(r, opts) {
        s.push_str(&l);
        s.push('\n');
    }
    s.push_str("---\n\n");
    if opts.has(Field::Title) {
        let title = r
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(|t| inline(t.trim()))
            .unwrap_or_else(|| "(untitled)".into());
        s.push_str(&format!("# {title}\n\n"));
    }
    if opts.has(Field::Subtitle)
        && let Some(sub) = r.subtitle.as_deref().filter(|t| !t.trim().is_empty())
    {
        s.push_str(&format!("*{}*\n\n", inline(sub.trim())));
    }
    if opts.has(Field::Body) && !r.body.trim().is_empty() {
        s.push_str(&block(r.body.trim()));
        s.push_str("\n\n");
    }
    if opts.has(Field::Images) {
        for img in &r.images {
            let mut parts: Vec<String> = [&img.caption, &img.credit]
                .into_iter()
                .flatten()
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
                .map(inline)
                .collect();
            if let Some(u) = img.url.as_deref() {
                parts.push(autolink(u));
            }
            if !parts.is_empty() {
                s.push_str(&format!("> Image: {}\n\n", parts.join(" — ")));
            }
        }
    }
    if opts.has(Field::Notes)
        && let Some(n) = r.notes.as_deref().filter(|n| !n.trim().is_empty())
    {
        s.push_str(&format!("**Notes:**\n\n{}\n\n", block(n.trim())));
    }
    s
}

/// One `<id>.md` per record in `dir` (created if missing), each written atomically. Returns the files.
pub fn write_folder(
    records: &[Record],
    opts: &Options,
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
        atomic::replace(
            writer,
            &path,
            render(&super::clean::record(r), opts).as_bytes(),
        )?;
        files.push(path);
    }
    Ok(files)
}
