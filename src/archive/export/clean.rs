//! What every export does to a record before writing it: characters that hide or garble text go, and a URL
//! that is not `http`/`https` is left out.
//!
//! Records come from scrapers and hand edits, and exports go to spreadsheets, note apps and reference managers
//! that trust what they read. Control characters (a NUL ends a C string; an escape sequence rewrites a
//! terminal) and bidirectional overrides (which make `txt.exe` read as `exe.txt`) have no place in an article's
//! fields; a `javascript:` or `data:` URL is an attack, not a source. The archive keeps the record as it was:
//! only the export is cleaned.

use crate::record::Record;
use crate::record::text::{line, text};
use crate::urls;

/// The URL in its serialised form when it is `http`/`https` (spaces, quotes and angle brackets come out
/// percent-encoded, so no format's quoting can be broken from inside it), else `None`.
pub fn web_url(u: &str) -> Option<String> {
    urls::parse_web(&line(u)).map(|u| u.to_string())
}

fn opt_line(v: &Option<String>) -> Option<String> {
    v.as_deref().map(line)
}

/// The record as exports write it.
pub fn record(r: &Record) -> Record {
    let mut c = r.clone();
    c.id = line(&r.id);
    for v in [
        &mut c.title,
        &mut c.subtitle,
        &mut c.published,
        &mut c.modified,
        &mut c.site,
        &mut c.language,
        &mut c.section,
        &mut c.curated_at,
        &mut c.duplicate_of,
    ] {
        *v = opt_line(v);
    }
    c.url = r.url.as_deref().and_then(web_url);
    for list in [&mut c.authors, &mut c.tags, &mut c.keywords, &mut c.edited] {
        *list = list.iter().map(|s| line(s)).collect();
    }
    for img in &mut c.images {
        img.caption = opt_line(&img.caption);
        img.credit = opt_line(&img.credit);
        img.url = img.url.as_deref().and_then(web_url);
    }
    c.body = text(&r.body);
    c.notes = r.notes.as_deref().map(text);
    c.source.file = line(&r.source.file);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_are_kept_and_come_out_encoded() {
        assert_eq!(web_url("javascript:alert(1)"), None);
        assert_eq!(web_url("data:text/html,<script>x</script>"), None);
        assert_eq!(web_url("file:///etc/passwd"), None);
        assert_eq!(
            web_url("https://a.example/p?q=<x> y").as_deref(),
            Some("https://a.example/p?q=%3Cx%3E%20y")
        );
    }
}
