//! `sift-archive.json`: marks a folder as a Sift archive and says which layout it uses.

use super::error::{ArchiveError, Result};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::path::Path;

/// Name of the manifest in the archive's root.
pub const MANIFEST_FILE: &str = "sift-archive.json";

/// The layout version this build reads and writes. Bump it when the folder layout changes (not the record
/// schema, which records carry themselves).
pub const FORMAT_VERSION: u32 = 1;

/// The manifest's contents. Unknown fields are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always `sift-archive`, so a stray JSON file is not taken for a manifest.
    pub format: String,
    pub format_version: u64,
    pub created_at: String,
    pub created_by: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Manifest {
    /// The manifest of a new archive.
    pub fn new(now: &str) -> Self {
        Manifest {
            format: "sift-archive".into(),
            format_version: u64::from(FORMAT_VERSION),
            created_at: now.into(),
            created_by: crate::extract::extractor_version(),
            extra: Map::new(),
        }
    }
}

/// Reads and validates the manifest of the archive at `root`.
pub fn read(root: &Path) -> Result<Manifest> {
    let path = root.join(MANIFEST_FILE);
    let bytes = std::fs::read(&path).map_err(|e| ArchiveError::io(&path, e))?;
    let m: Manifest = serde_json::from_slice(&bytes).map_err(|e| ArchiveError::BadManifest {
        path: path.clone(),
        message: e.to_string(),
    })?;
    if m.format != "sift-archive" {
        return Err(ArchiveError::BadManifest {
            path,
            message: format!("format is {:?}, not \"sift-archive\"", m.format),
        });
    }
    if m.format_version > u64::from(FORMAT_VERSION) {
        return Err(ArchiveError::TooNew {
            path,
            found: m.format_version,
            supported: FORMAT_VERSION,
        });
    }
    Ok(m)
}
