//! Reading scraped files: bytes → decoded documents, whatever the encoding, compression or container.
//!
//! One file may hold several documents (a JSON Lines file from a crawler holds one per line). Reading never
//! fails on bad bytes: they are replaced and flagged in `warnings`. It fails only when the file cannot be read
//! at all, holds nothing importable (empty, binary, JSON without content), or a limit is hit, with a typed error
//! saying which.
//!
//! Problems with single records of a container (a broken JSON line, an object without content) do not fail the
//! file: the good records come through, and the first document's `warnings` lists what was skipped. Warnings
//! about the whole file (invalid bytes, a cut-short gzip) are on every document.

pub mod assets;
pub mod charset;
pub mod decode;
pub mod detect;
pub mod gzip;
pub mod json;
pub mod limits;
pub mod lines;
pub mod mhtml;
pub mod saved;
pub mod sniff;
pub mod stream;
pub mod vocab;
pub mod wacz;
pub mod walk;
pub mod warc;

pub use limits::Limits;
pub use stream::{Documents, Entry, open, open_reader};

use crate::record::Format;
use std::io::Read;
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
    /// The file is readable but holds nothing Sift can import: empty, binary, JSON without content.
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    /// The file's size on disk is over `Limits::max_file_bytes`: refused before reading it.
    #[error("{path}: the file is {size} bytes, over the limit of {limit} bytes; it was not read")]
    FileTooLarge { path: String, size: u64, limit: u64 },
    /// A limit of `Limits` was hit; the user can raise it.
    #[error("{path}: {what} exceeds the limit of {limit} bytes")]
    TooLarge {
        path: String,
        what: &'static str,
        limit: u64,
    },
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
    pub subtitle: Option<String>,
    pub modified: Option<String>,
    pub section: Option<String>,
    pub keywords: Vec<String>,
}

/// One decoded document, ready for extraction.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The path as given; `#N` appended for the N-th document (from 1) of a multi-document file.
    pub file: String,
    /// N for the N-th document (from 1) of a multi-document file, `None` for a file that is one document. The
    /// source's identity uses this, never the name: a real file name may end in `#N`.
    pub position: Option<usize>,
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
    /// The document's own bytes when they are not its whole file's (one record of a WARC): what the archive
    /// keeps under `raw/`, hashing to `sha256`. `None`: the file's bytes are the document's.
    pub raw: Option<std::sync::Arc<Vec<u8>>>,
    /// What the container told about the document beyond the fields (a WARC record's provenance, a scraper's
    /// keys Sift does not read): kept in the record's `source`.
    pub source_data: serde_json::Map<String, serde_json::Value>,
}

/// Reads one file into its documents, with the default limits.
pub fn read_file(path: &Path) -> Result<Vec<Document>, InputError> {
    read_file_with(path, &Limits::default())
}

/// Reads one file into its documents. A file larger than `limits.max_file_bytes` is refused before it is read.
pub fn read_file_with(path: &Path, limits: &Limits) -> Result<Vec<Document>, InputError> {
    let bytes = read_raw(path, limits)?;
    read_bytes_with(&path.display().to_string(), &bytes, limits)
}

/// A file's bytes as they are on disk, for every reader of input files (import, extract, the window): a file
/// larger than `limits.max_file_bytes` is refused from its size before a byte is read, and the read itself
/// stops one byte past the limit, so a file that grows meanwhile (or whose size lies) cannot fill memory either.
/// A pipe, socket or device is refused before it is opened (opening a pipe blocks until something writes).
pub fn read_raw(path: &Path, limits: &Limits) -> Result<Vec<u8>, InputError> {
    let name = path.display().to_string();
    let io = |source| InputError::Io {
        path: name.clone(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() && !meta.is_dir() {
        return Err(InputError::Invalid {
            path: name.clone(),
            message: "not a regular file (a pipe, socket or device)".to_string(),
        });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > limits.max_file_bytes {
        return Err(InputError::FileTooLarge {
            path: name,
            size,
            limit: limits.max_file_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limits.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(InputError::TooLarge {
            path: name,
            what: "file",
            limit: limits.max_file_bytes,
        });
    }
    Ok(bytes)
}

/// Reads a file's bytes (as they were on disk) into its documents, with the default limits. `file` is the name
/// to record.
pub fn read_bytes(file: &str, bytes: &[u8]) -> Result<Vec<Document>, InputError> {
    read_bytes_with(file, bytes, &Limits::default())
}

/// Reads a file's bytes (as they were on disk) into its documents. `file` is the name to record.
pub fn read_bytes_with(
    file: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Vec<Document>, InputError> {
    detect::documents_with(file, bytes, limits)
}
