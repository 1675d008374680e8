//! From a file's bytes to its documents: gunzip, refuse binary data, decode, decide the format by content, and
//! split containers. The one place where "is this HTML?" is decided (`Document.content_is_html`).

use super::gzip::{self, Gunzipped};
use super::limits::Limits;
use super::sniff::{self, Shape};
use super::vocab::{GZIP_MAGIC, MAX_GZIP_DEPTH};
use super::{Document, Entry, Hints, InputError, decode, json, mhtml, saved, warc};
use crate::record::Format;
use sha2::{Digest, Sha256};

/// Splits a file's bytes into decoded documents, with the default limits.
pub fn documents(file: &str, bytes: &[u8]) -> Result<Vec<Document>, InputError> {
    documents_with(file, bytes, &Limits::default())
}

/// Splits a file's bytes into decoded documents.
pub fn documents_with(
    file: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Vec<Document>, InputError> {
    let invalid = |message: String| InputError::Invalid {
        path: file.to_string(),
        message,
    };
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(InputError::TooLarge {
            path: file.to_string(),
            what: "file",
            limit: limits.max_file_bytes,
        });
    }
    if warc::sniff(&bytes[..bytes.len().min(warc::SNIFF_BYTES)]) {
        return warc_documents(file, bytes, limits);
    }
    let base = Document {
        file: file.to_string(),
        sha256: hex(&Sha256::digest(bytes)),
        bytes: bytes.len() as u64,
        ..Document::default()
    };
    let mut warnings = Vec::new();
    let content = unwrap_gzip(file, bytes, limits, &mut warnings)?;
    let content: &[u8] = &content;

    if content.is_empty() {
        return Err(invalid("empty file: nothing to import".to_string()));
    }
    if mhtml::sniff(content) {
        return mhtml_document(base, warnings, content, limits).map(|d| vec![d]);
    }
    let has_bom = encoding_rs::Encoding::for_bom(content).is_some();
    if !has_bom
        && sniff::utf16_without_bom(content).is_none()
        && let Some(kind) = sniff::binary_kind(content)
    {
        return Err(invalid(format!("not text: looks like {kind}")));
    }

    let decoded = decode::decode(content, None);
    if let Some(note) = &decoded.note {
        warnings.push(note.clone());
    }
    if decoded.had_errors {
        warnings.push(format!(
            "some bytes were not valid {} and were replaced by \u{fffd}",
            decoded.encoding
        ));
    }
    let base = Document {
        encoding: decoded.encoding.to_string(),
        warnings,
        ..base
    };
    if decoded.text.trim().is_empty() {
        return Err(invalid("no text: the file holds only blanks".to_string()));
    }

    let items = match sniff::shape(&decoded.text) {
        Shape::Html => {
            if let Some(msg) = too_deep(&decoded.text, limits) {
                return Err(invalid(msg));
            }
            return Ok(vec![single(base, decoded.text, true)]);
        }
        Shape::Text => return Ok(vec![single(base, decoded.text, false)]),
        Shape::BrokenJson(e) => return Err(invalid(format!("not valid JSON: {e}"))),
        Shape::Json(value) => json::from_value(&value, limits.max_documents).map_err(invalid)?,
        Shape::JsonLines => {
            json::from_lines(&decoded.text, limits.max_documents).map_err(invalid)?
        }
    };
    let mut items = items;
    let (fine, deep): (Vec<_>, Vec<_>) = std::mem::take(&mut items.items)
        .into_iter()
        .partition(|it| !it.content_is_html || too_deep(&it.content, limits).is_none());
    for it in deep {
        items.problems.push(format!(
            "record {}: {}",
            it.position,
            too_deep(&it.content, limits).unwrap_or_default()
        ));
    }
    if fine.is_empty() {
        return Err(invalid(items.problems_warning().unwrap_or_default()));
    }
    items.items = fine;
    Ok(json_documents(base, items, limits))
}

/// The pages of a WARC held in memory. Records that failed are listed in the first document's warnings;
/// skipped ones (requests, images, errors) are only counted there.
fn warc_documents(file: &str, bytes: &[u8], limits: &Limits) -> Result<Vec<Document>, InputError> {
    let mut docs = Vec::new();
    let mut failed = Vec::new();
    let mut skipped = 0usize;
    for entry in warc::WarcReader::new(file, bytes, limits) {
        match entry {
            Entry::Document(d) if docs.len() < limits.max_documents => docs.push(*d),
            Entry::Document(_) | Entry::Skipped { .. } => skipped += 1,
            Entry::Failed(e) => failed.push(e.to_string()),
        }
    }
    let mut notes = Vec::new();
    if !failed.is_empty() {
        notes.push(format!(
            "{} record(s) of this WARC could not be read: {}",
            failed.len(),
            failed.join("; ")
        ));
    }
    match docs.first_mut() {
        Some(first) => {
            if skipped > 0 {
                notes.push(format!(
                    "{skipped} record(s) of this WARC are not pages (requests, metadata, other media, \
                     errors, revisits) and were skipped"
                ));
            }
            first.warnings.extend(notes);
            Ok(docs)
        }
        None => Err(InputError::Invalid {
            path: file.to_string(),
            message: match failed.first() {
                Some(_) => notes.join("; "),
                None => format!("no page in this WARC ({skipped} record(s), none a page)"),
            },
        }),
    }
}

/// The page of an MHTML file, its URL and save date from the message's headers.
fn mhtml_document(
    base: Document,
    warnings: Vec<String>,
    content: &[u8],
    limits: &Limits,
) -> Result<Document, InputError> {
    let invalid = |message: String| InputError::Invalid {
        path: base.file.clone(),
        message,
    };
    let page = mhtml::page(content).map_err(invalid)?;
    let mut data = serde_json::Map::new();
    for (k, v) in [
        ("url", &page.url),
        ("saved", &page.saved),
        ("subject", &page.subject),
    ] {
        if let Some(v) = v {
            data.insert(k.into(), v.clone().into());
        }
    }
    let mut source_data = serde_json::Map::new();
    source_data.insert("mhtml".into(), data.into());
    let base = Document {
        hints: Hints {
            url: page
                .url
                .clone()
                .filter(|u| u.starts_with("http://") || u.starts_with("https://")),
            ..Hints::default()
        },
        warnings,
        source_data,
        ..base.clone()
    };
    page_document(base, &page.html, page.charset.as_deref(), None, limits).map_err(invalid)
}

/// One page (a WARC record's payload) decoded into `base`: refused when empty, binary or nested too deep.
/// `is_html` is what the headers declared; without it the bytes tell.
pub fn page_document(
    base: Document,
    payload: &[u8],
    charset: Option<&str>,
    is_html: Option<bool>,
    limits: &Limits,
) -> Result<Document, String> {
    let has_bom = encoding_rs::Encoding::for_bom(payload).is_some();
    if !has_bom
        && sniff::utf16_without_bom(payload).is_none()
        && let Some(kind) = sniff::binary_kind(payload)
    {
        return Err(format!("not text: looks like {kind}"));
    }
    let decoded = decode::decode(payload, charset);
    if decoded.text.trim().is_empty() {
        return Err("an empty page".to_string());
    }
    let mut warnings = base.warnings.clone();
    if let Some(note) = &decoded.note {
        warnings.push(note.clone());
    }
    if decoded.had_errors {
        warnings.push(format!(
            "some bytes were not valid {} and were replaced by \u{fffd}",
            decoded.encoding
        ));
    }
    let is_html = is_html.unwrap_or_else(|| sniff::looks_like_html(&decoded.text));
    if is_html && let Some(msg) = too_deep(&decoded.text, limits) {
        return Err(msg);
    }
    let base = Document {
        encoding: decoded.encoding.to_string(),
        warnings,
        ..base
    };
    Ok(single(base, decoded.text, is_html))
}

/// Why a page is refused for its nesting, if it is.
fn too_deep(html: &str, limits: &Limits) -> Option<String> {
    let depth = sniff::html_depth(html, limits.max_html_depth);
    (depth > limits.max_html_depth).then(|| {
        format!(
            "HTML nested deeper than {} elements (the limit of nesting; parsing it would take too long)",
            limits.max_html_depth
        )
    })
}

fn single(mut base: Document, text: String, is_html: bool) -> Document {
    if is_html && let Some(p) = saved::provenance(&text) {
        if base.hints.url.is_none() {
            base.hints.url.clone_from(&p.url);
        }
        let mut data = serde_json::Map::new();
        data.insert("by".into(), p.by.into());
        for (k, v) in [("url", p.url), ("saved", p.saved)] {
            if let Some(v) = v {
                data.insert(k.into(), v.into());
            }
        }
        base.source_data.insert("saved_page".into(), data.into());
    }
    Document {
        format: if is_html { Format::Html } else { Format::Text },
        content_is_html: is_html,
        text,
        ..base
    }
}

fn json_documents(base: Document, items: json::Items, limits: &Limits) -> Vec<Document> {
    let mut first_warnings = Vec::new();
    if let Some(w) = items.problems_warning() {
        first_warnings.push(w);
    }
    if items.total > items.items.len() + items.problems.len() {
        first_warnings.push(format!(
            "the file holds {} records; only the first {} were read (the limit of documents per file)",
            items.total, limits.max_documents
        ));
    }
    let multi = items.multi;
    let mut docs: Vec<Document> = items
        .items
        .into_iter()
        .map(|it| Document {
            file: if multi {
                format!("{}#{}", base.file, it.position)
            } else {
                base.file.clone()
            },
            position: multi.then_some(it.position),
            format: Format::Json,
            content_is_html: it.content_is_html,
            text: it.content,
            hints: it.hints,
            source_data: if it.extra.is_empty() {
                serde_json::Map::new()
            } else {
                let mut m = serde_json::Map::new();
                m.insert("json".into(), it.extra.into());
                m
            },
            ..base.clone()
        })
        .collect();
    if let Some(first) = docs.first_mut() {
        first.warnings.extend(first_warnings);
    }
    docs
}

/// The bytes under any gzip layers (magic 1f 8b, whatever the name), or the bytes themselves.
fn unwrap_gzip<'a>(
    file: &str,
    bytes: &'a [u8],
    limits: &Limits,
    warnings: &mut Vec<String>,
) -> Result<std::borrow::Cow<'a, [u8]>, InputError> {
    let mut current = std::borrow::Cow::Borrowed(bytes);
    for _ in 0..MAX_GZIP_DEPTH {
        if !current.starts_with(GZIP_MAGIC) {
            break;
        }
        let out = gzip::gunzip(&current, limits.max_decompressed_bytes).map_err(|e| match e {
            gzip::GzipError::TooLarge { limit } => InputError::TooLarge {
                path: file.to_string(),
                what: "decompressed gzip data",
                limit,
            },
            e @ gzip::GzipError::Corrupt(_) => InputError::Invalid {
                path: file.to_string(),
                message: e.to_string(),
            },
        })?;
        current = std::borrow::Cow::Owned(match out {
            Gunzipped::Complete(data) => data,
            Gunzipped::Partial { data, error } => {
                warnings.push(format!(
                    "the gzip data is damaged or cut short ({error}); read the first {} bytes only",
                    data.len()
                ));
                data
            }
        });
    }
    if current.starts_with(GZIP_MAGIC) {
        return Err(InputError::Invalid {
            path: file.to_string(),
            message: format!("gzip inside gzip more than {MAX_GZIP_DEPTH} levels deep"),
        });
    }
    Ok(current)
}

/// True when the text is markup. Kept for callers; the decision lives in `sniff::looks_like_html`.
pub fn looks_like_html(text: &str) -> bool {
    sniff::looks_like_html(text)
}

/// Lowercase hex of a digest.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        // Writing to a String cannot fail.
        let _ = write!(s, "{b:02x}");
    }
    s
}
