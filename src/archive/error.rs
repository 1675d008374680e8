//! What can go wrong with an archive, each case worded so a curator knows what to do next.

use std::path::PathBuf;

/// Errors of the archive folder.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "the archive {path} is in use by another Sift ({holder}); close that window or wait for that command, then try again"
    )]
    Locked { path: PathBuf, holder: String },
    #[error(
        "the archive {path} cannot be written ({reason}): it is another user's or on a read-only disk; it can be opened for reading"
    )]
    NotWritable { path: PathBuf, reason: String },
    #[error(
        "{path} is not a Sift archive (it has no sift-archive.json) and is not empty; choose an empty or new folder"
    )]
    NotAnArchive { path: PathBuf },
    #[error("{path} does not exist or is not a Sift archive")]
    Missing { path: PathBuf },
    #[error(
        "{path}: archive format {found} is newer than this Sift understands ({supported}); update Sift"
    )]
    TooNew {
        path: PathBuf,
        found: u64,
        supported: u32,
    },
    #[error("{path}: broken manifest: {message}")]
    BadManifest { path: PathBuf, message: String },
    #[error(
        "{path}: not a valid record ({message}); fix or remove it by hand, Sift will not overwrite it"
    )]
    BadRecord { path: PathBuf, message: String },
    #[error(
        "{path} is a symbolic link: Sift never follows links out of the archive; put the file itself there"
    )]
    Symlink { path: PathBuf },
    #[error("no record with id {id:?} in the archive")]
    NotFound { id: String },
    #[error("invalid record id {id:?}: ids are lowercase letters, digits and dashes")]
    BadId { id: String },
    #[error("invalid sha256 {sha256:?} in record {id}")]
    BadHash { id: String, sha256: String },
    #[error("the raw bytes given do not hash to {expected}")]
    HashMismatch { expected: String },
    #[error("the raw file of record {id} is missing (raw/{sha256}.*)")]
    RawMissing { id: String, sha256: String },
    #[error(
        "the raw file of record {id} was changed after import (raw/{sha256}.* no longer hashes to its name); \
         the record's saved fields are intact, import the original file again or restore the raw file from a backup"
    )]
    RawAltered { id: String, sha256: String },
    #[error("a record with id {id} already exists")]
    Exists { id: String },
    #[error("the archive was opened read-only")]
    ReadOnly,
    #[error("{path}: the index: {message}")]
    Index { path: PathBuf, message: String },
    #[error("{0}")]
    Query(#[from] super::catalog::query::QueryError),
    #[error("cannot write record {id} as JSON: {source}")]
    Json {
        id: String,
        #[source]
        source: serde_json::Error,
    },
}

impl ArchiveError {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        ArchiveError::Io {
            path: path.into(),
            source,
        }
    }
}

/// Shorthand for archive results.
pub type Result<T, E = ArchiveError> = std::result::Result<T, E>;
