//! Reading scraped files: bytes → decoded documents, whatever the encoding, compression or container.
//!
//! One file may hold several documents (a JSON Lines file from a crawler holds one per line). Reading never
//! fails on bad bytes: they are replaced and flagged in `warnings`. It fails only when the file cannot be read
//! at all, or a limit is hit, with a typed error saying which.

pub mod decode;
pub mod detect;

use crate::record::Format;
use std::path::Path;

/// Errors reading an input file.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// Hints a container gave about its document (a crawler's JSON record): taken as strong evidence by extraction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hints {
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub authors: Vec<String>,
    pub language: Option<String>,
    pub site: Option<String>,
}

/// One decoded document, ready for extraction.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The path as given; `#N` appended for the N-th document (from 1) of a multi-document file.
    pub file: String,
    /// SHA-256 of the file's bytes as read from disk (before gunzip), lowercase hex.
    pub sha256: String,
    /// Size of the file's bytes as read from disk.
    pub bytes: u64,
    /// The document's format: `Html` or `Text` for its content; `Json` when it came out of a JSON container
    /// (then `content_is_html` says what the content is).
    pub format: Format,
    /// True when `text` is HTML markup (a saved page, or a JSON record's `html`).
    pub content_is_html: bool,
    /// WHATWG name of the encoding used.
    pub encoding: String,
    /// The decoded text: the whole page or dump, or the JSON record's content.
    pub text: String,
    pub hints: Hints,
    /// Problems worth telling the curator: invalid bytes replaced, limits hit.
    pub warnings: Vec<String>,
}

/// Reads one file into its documents.
pub fn read_file(path: &Path) -> Result<Vec<Document>, InputError> {
    let bytes = std::fs::read(path).map_err(|source| InputError::Io {
        path: path.display().to_string(),
        source,
    })?;
    read_bytes(&path.display().to_string(), &bytes)
}

/// Reads a file's bytes (as they were on disk) into its documents. `file` is the name to record.
pub fn read_bytes(file: &str, bytes: &[u8]) -> Result<Vec<Document>, InputError> {
    detect::documents(file, bytes)
}
