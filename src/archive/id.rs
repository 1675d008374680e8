//! Record ids: stable, readable, filesystem-safe. `<date>-<title-slug>-<hash8>`.
//!
//! The hash comes from the raw bytes (and the document's place in a multi-document file), so the same bytes
//! always get the same id; the date and slug only make it readable, and are reduced to `[a-z0-9-]`, so no field
//! value can steer a path.

use crate::input::Document;
use crate::record::{Fields, SourceInfo};

/// Longest slug kept, in characters.
const SLUG_MAX: usize = 48;

/// Longest id accepted: date (10) + slug (48) + hash (8) + dashes, with room for ids from older builds; far
/// under any file system's name limit (255).
const ID_MAX: usize = 128;

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

/// The dedup key of a document: its file's hash plus its place in that file (never its name, which may end in
/// `#N` on its own).
pub fn source_key(doc: &Document) -> String {
    key_at(&doc.sha256, doc.position.map_or(0, |n| n as u64))
}

/// The dedup key of a saved record's source, the same as [`source_key`] gave its document.
pub fn record_source_key(source: &SourceInfo) -> String {
    match source.document {
        Some(n) => key_at(&source.sha256, n),
        None => legacy_key(&source.sha256, &source.file),
    }
}

/// The key of the document at `position` (0: the file is one document).
fn key_at(sha256: &str, position: u64) -> String {
    if position == 0 {
        sha256.to_string()
    } else {
        format!("{sha256}#{position}")
    }
}

/// The key older Sifts gave, reading the place from a `#N` at the end of the name; their records carry no
/// `source.document`, and their ids were made from this key.
fn legacy_key(sha256: &str, file: &str) -> String {
    match file.rsplit_once('#') {
        Some((_, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
            format!("{sha256}#{n}")
        }
        _ => sha256.to_string(),
    }
}

/// The 8-hex-digit hash every id ends with, from a source key: lets the archive find a source's record by
/// file name alone, without reading every record.
pub fn key_hash(key: &str) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(key.as_bytes());
    crate::input::detect::hex(&d[..4])
}

fn short_hash(doc: &Document) -> String {
    key_hash(&source_key(doc))
}

/// True when `id` is safe as a file name: `[a-z0-9-]`, not empty, not starting with `-`, at most 128 bytes.
/// Every path the archive builds from an id goes through this, so an id edited by hand cannot leave its folder.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= ID_MAX
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True when `s` is a lowercase hex SHA-256, the only shape a raw file's name may take.
pub fn is_valid_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Lowercase ASCII slug: the text transliterated to Latin letters first (`deunicode`: Cyrillic, Greek, CJK,
/// Arabic and accented letters alike), then letters and digits kept and everything else one `-`.
pub fn slug(s: &str) -> String {
    let latin = deunicode::deunicode(s);
    let mut out = String::new();
    for c in latin.chars() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_cannot_steer_a_path() {
        assert_eq!(slug("../../../tmp/x"), "tmp-x");
        assert_eq!(slug("Ça marche: déjà vu!"), "ca-marche-deja-vu");
        assert_eq!(slug("Путин"), "putin");
        assert_eq!(
            slug("Городской совет утвердил бюджет"),
            "gorodskoi-sovet-utverdil-biudzhet"
        );
        assert_eq!(
            slug("Świętokrzyskie: od Płyni po Wisłę"),
            "swietokrzyskie-od-plyni-po-wisle"
        );
        assert_eq!(slug("東京の図書館"), "dong-jing-notu-shu-guan");
        assert_eq!(slug("Ελληνικά νέα"), "ellenika-nea");
        assert_eq!(slug("../\u{202e}../x"), "x");
    }

    #[test]
    fn ids_that_could_leave_their_folder_are_invalid() {
        assert!(is_valid_id("2024-06-24-russia-pushes-1a2b3c4d"));
        for bad in ["", "../x", "a/b", "A", "-rf", "x.json", "a\\b", "é"] {
            assert!(!is_valid_id(bad), "{bad:?} accepted");
        }
        assert!(!is_valid_id(&"a".repeat(ID_MAX + 1)));
    }

    #[test]
    fn record_and_document_keys_agree() {
        let doc = Document {
            file: "dump.jsonl#3".into(),
            position: Some(3),
            sha256: "ab".repeat(32),
            ..Default::default()
        };
        let src = SourceInfo {
            file: doc.file.clone(),
            sha256: doc.sha256.clone(),
            document: Some(3),
            ..Default::default()
        };
        assert_eq!(source_key(&doc), record_source_key(&src));
        assert_eq!(source_key(&doc), format!("{}#3", doc.sha256));
        assert!(is_valid_sha256(&doc.sha256));
        assert!(!is_valid_sha256("../../etc/passwd"));
        // A record of an older Sift, without `document`, keeps the key its id was made from.
        let legacy = SourceInfo {
            document: None,
            ..src.clone()
        };
        assert_eq!(record_source_key(&legacy), source_key(&doc));
    }

    #[test]
    fn a_name_ending_in_hash_n_does_not_change_the_key() {
        let sha = "cd".repeat(32);
        let whole = Document {
            file: "page.html".into(),
            sha256: sha.clone(),
            ..Default::default()
        };
        let hashed = Document {
            file: "page.html#2".into(),
            ..whole.clone()
        };
        assert_eq!(source_key(&whole), source_key(&hashed));
        assert_eq!(source_key(&hashed), sha);
        let src = SourceInfo {
            file: hashed.file.clone(),
            sha256: sha.clone(),
            document: Some(0),
            ..Default::default()
        };
        assert_eq!(record_source_key(&src), source_key(&hashed));
    }
}
