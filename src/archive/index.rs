//! The writer's in-memory index: which records and raw files exist, by the hash each id ends with and by
//! raw hash. Built on first use from the folder listings (no record is read), then kept up to date by the
//! writer, which holds the lock, so nothing else changes the folders meanwhile. It keeps an import of many
//! files from listing the folders once per file.

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
}

/// The hash an id ends with (its last dash-separated part).
fn tail(stem: &str) -> &str {
    stem.rsplit('-').next().unwrap_or(stem)
}

impl Index {
    /// Lists `records/`, `trash/` and `raw/` under `root`.
    pub fn build(root: &Path) -> Result<Self> {
        let mut ix = Index::default();
        for (dir, place) in [(RECORDS_DIR, Place::Records), (TRASH_DIR, Place::Trash)] {
            for stem in json_stems(&root.join(dir))? {
                ix.add(&stem, place);
            }
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
