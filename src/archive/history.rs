//! History: every version a save replaced, as `history/<id>/<UTC time>.json`, oldest first by name.

use super::error::{ArchiveError, Result};
use super::store::{Archive, checked_id, json_stems};
use super::{HISTORY_DIR, atomic};
use std::fs;
use std::path::PathBuf;

impl Archive {
    /// Keeps `old` (the bytes a save is about to replace) as `history/<id>/<UTC time>.json`, never replacing
    /// an earlier version, even two saves in the same microsecond.
    pub(super) fn keep_history(&self, id: &str, old: &[u8]) -> Result<PathBuf> {
        checked_id(id)?;
        let dir = self.root.join(HISTORY_DIR).join(id);
        fs::create_dir_all(&dir).map_err(|e| ArchiveError::io(&dir, e))?;
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ").to_string();
        for n in 0u32.. {
            let name = if n == 0 {
                format!("{stamp}.json")
            } else {
                format!("{stamp}-{n}.json")
            };
            let p = dir.join(name);
            let created = atomic::create_new(self.writer.as_ref(), &p, old)
                .map_err(|e| ArchiveError::io(&p, e))?;
            if created {
                return Ok(p);
            }
        }
        unreachable!("u32 range exhausted")
    }

    /// Earlier versions of record `id`, oldest first.
    pub fn history(&self, id: &str) -> Result<Vec<PathBuf>> {
        checked_id(id)?;
        let dir = self.root.join(HISTORY_DIR).join(id);
        let mut v: Vec<PathBuf> = json_stems(&dir)?
            .into_iter()
            .map(|s| dir.join(format!("{s}.json")))
            .collect();
        v.sort();
        Ok(v)
    }
}
