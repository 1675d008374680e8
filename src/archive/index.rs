//! The writer's listing index: which records and raw files exist, by the hash each id ends with and by raw
//! hash, built from the folder listings (no record is read) and then kept up to date by the writer, which
//! holds the lock, so nothing else changes the folders meanwhile.
//!
//! The SQLite index answers an import's lookups for `records/` and `raw/`, so the writer normally lists only
//! `trash/` (small, and not in the SQLite index). The full listing is the fallback when the SQLite index
//! cannot be opened, and what a reader builds to find a raw file kept under an unexpected name.

use super::atomic::is_temp_name;
use super::error::Result;
use super::store::json_stems;
use super::{RAW_DIR, RECORDS_DIR, TRASH_DIR};
use std::collections::HashMap;
use std::path::Path;

/// Where a record file lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Records,
    Trash,
}

/// Record stems by the 8-hex hash their id ends with, and raw file names by hash.
#[derive(Debug, Default)]
pub struct Index {
    by_hash: HashMap<String, Vec<(String, Place)>>,
    raw: HashMap<String, String>,
    /// True when `records/` and `raw/` were listed too, not only `trash/`.
    full: bool,
}

/// The hash an id ends with (its last dash-separated part).
fn tail(stem: &str) -> &str {
    stem.rsplit('-').next().unwrap_or(stem)
}

impl Index {
    /// Lists `trash/` under `root` and, when `full`, `records/` and `raw/` too.
    pub fn build(root: &Path, full: bool) -> Result<Self> {
        let mut ix = Index {
            full,
            ..Index::default()
        };
        for stem in json_stems(&root.join(TRASH_DIR))? {
            ix.add(&stem, Place::Trash);
        }
        if !full {
            return Ok(ix);
        }
        for stem in json_stems(&root.join(RECORDS_DIR))? {
            ix.add(&stem, Place::Records);
        }
        if let Ok(rd) = std::fs::read_dir(root.join(RAW_DIR)) {
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if is_temp_name(&name) {
                    continue;
                }
                let sha = name.split('.').next().unwrap_or("").to_string();
                ix.raw.entry(sha).or_insert(name);
            }
        }
        Ok(ix)
    }

    /// True when built with `full`.
    pub fn is_full(&self) -> bool {
        self.full
    }

    /// Records (and trashed records) whose id ends with `hash`.
    pub fn with_hash(&self, hash: &str) -> &[(String, Place)] {
        self.by_hash.get(hash).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn add(&mut self, stem: &str, place: Place) {
        self.by_hash
            .entry(tail(stem).to_string())
            .or_default()
            .push((stem.to_string(), place));
    }

    /// Records that `stem` moved to `place`.
    pub fn moved(&mut self, stem: &str, place: Place) {
        if let Some(v) = self.by_hash.get_mut(tail(stem)) {
            v.retain(|(s, _)| s != stem);
        }
        self.add(stem, place);
    }

    /// The raw file's name for `sha256`, when one exists.
    pub fn raw(&self, sha256: &str) -> Option<&str> {
        self.raw.get(sha256).map(String::as_str)
    }

    pub fn add_raw(&mut self, sha256: &str, name: &str) {
        self.raw.insert(sha256.to_string(), name.to_string());
    }
}
