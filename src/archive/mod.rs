//! The archive folder: records, raw bytes, history; atomic writes under an exclusive lock.
//!
//! Layout (format version [`manifest::FORMAT_VERSION`]):
//! - `sift-archive.json`: the manifest;
//! - `records/<id>.json`: one record each, pretty JSON in schema order;
//! - `raw/<sha256>.<ext>`: the bytes each source was imported from, written once, never changed;
//! - `history/<id>/<timestamp>.json`: every version a save replaced;
//! - `trash/<id>.json`: deleted records, until restored;
//! - `index.sqlite`: the index for listing and search, derived from `records/` and rebuilt from it at need;
//! - `sift-archive.lock`: the writer lock (its content means nothing; the OS lock does).

pub mod atomic;
pub mod catalog;
pub mod check;
pub mod error;
pub mod export;
mod feed;
mod history;
pub mod id;
pub mod import;
mod index;
mod indexed;
pub mod lock;
pub mod manifest;
pub mod store;
mod trash;

pub use check::Problem;
pub use error::ArchiveError;
pub use indexed::Hit;
pub use store::{Archive, Imported, RawBytes, Summary};

/// Folder of the current records.
pub const RECORDS_DIR: &str = "records";
/// Folder of the imported bytes.
pub const RAW_DIR: &str = "raw";
/// Folder of replaced versions, one subfolder per record.
pub const HISTORY_DIR: &str = "history";
/// Folder of deleted records.
pub const TRASH_DIR: &str = "trash";

/// Now, as records carry times: RFC 3339 with the local offset, to the second.
pub fn now_rfc3339() -> String {
    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}
