//! Record ids: stable, readable, filesystem-safe. `<date>-<title-slug>-<hash8>`.
//!
//! The hash comes from the raw bytes (and the document's place in a multi-document file), so the same bytes
//! always get the same id; the date and slug only make it readable, and are reduced to `[a-z0-9-]`, so no field
//! value can steer a path.

use crate::input::Document;
use crate::record::Fields;

/// Longest slug kept, in characters.
const SLUG_MAX: usize = 48;

/// The id for a document's record.
pub fn record_id(doc: &Document, fields: &Fields) -> String {
    let date: String = fields
        .published
        .as_deref()
        .unwrap_or("")
        .chars()
        .take(10)
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let slug = slug(fields.title.as_deref().unwrap_or(""));
    let hash = short_hash(doc);
    let mut parts = Vec::new();
    if date.len() >= 4 {
        parts.push(date.trim_matches('-').to_string());
    }
    if !slug.is_empty() {
        parts.push(slug);
    }
    parts.push(hash);
    parts.join("-")
}

/// The dedup key of a document: its file's hash plus its place in that file.
pub fn source_key(doc: &Document) -> String {
    match doc.file.rsplit_once('#') {
        Some((_, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
            format!("{}#{n}", doc.sha256)
        }
        _ => doc.sha256.clone(),
    }
}

fn short_hash(doc: &Document) -> String {
    use sha2::{Digest, Sha256};
    let key = source_key(doc);
    let d = Sha256::digest(key.as_bytes());
    crate::input::detect::hex(&d[..4])
}

/// Lowercase ASCII slug: letters and digits kept (accents folded where simple), everything else one `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = fold(c);
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= SLUG_MAX {
            break;
        }
    }
    out.trim_matches('-').to_string()
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'ß' => 's',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_cannot_steer_a_path() {
        assert_eq!(slug("../../../tmp/x"), "tmp-x");
        assert_eq!(slug("Ça marche: déjà vu!"), "ca-marche-deja-vu");
        assert_eq!(slug("Путин"), "");
    }
}
