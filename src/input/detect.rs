//! Which format a file holds, decided by its content, and splitting containers into documents.

use super::{Document, InputError, decode};
use crate::record::Format;
use sha2::{Digest, Sha256};

/// Splits a file's bytes into decoded documents.
pub fn documents(file: &str, bytes: &[u8]) -> Result<Vec<Document>, InputError> {
    let sha256 = hex(&Sha256::digest(bytes));
    let decoded = decode::decode(bytes, None);
    let is_html = looks_like_html(&decoded.text);
    let mut warnings = Vec::new();
    if decoded.had_errors {
        warnings.push(format!(
            "some bytes were not valid {} and were replaced",
            decoded.encoding
        ));
    }
    Ok(vec![Document {
        file: file.to_string(),
        sha256,
        bytes: bytes.len() as u64,
        format: if is_html { Format::Html } else { Format::Text },
        content_is_html: is_html,
        encoding: decoded.encoding.to_string(),
        text: decoded.text,
        hints: Default::default(),
        warnings,
    }])
}

/// True when the text starts like markup.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect();
    let lower = head.to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
        || lower.starts_with("<!--")
        || lower.starts_with("<head")
        || lower.starts_with("<meta")
}

/// Lowercase hex of a digest.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
