//! The trash: Delete moves a record to `trash/<id>.json`, and restore moves it back, so a deletion is
//! always undoable. Raw bytes and history stay where they are.

use super::TRASH_DIR;
use super::atomic;
use super::error::{ArchiveError, Result};
use super::index::Place;
use super::store::{Archive, checked_id, json_stems};
use std::fs;
use std::path::PathBuf;

impl Archive {
    fn trash_path(&self, id: &str) -> Result<PathBuf> {
        checked_id(id)?;
        Ok(self.root.join(TRASH_DIR).join(format!("{id}.json")))
    }

    /// Moves record `id` to `trash/`; [`Archive::restore`] undoes it. Its raw bytes and history stay.
    pub fn trash(&self, id: &str) -> Result<()> {
        self.writable()?;
        let from = self.record_path(id)?;
        if !from.exists() {
            return Err(ArchiveError::NotFound { id: id.into() });
        }
        let to = self.trash_path(id)?;
        if to.exists() {
            // An older trashed copy of the same id: keep it in history rather than lose it.
            let old = fs::read(&to).map_err(|e| ArchiveError::io(&to, e))?;
            self.keep_history(id, &old)?;
            fs::remove_file(&to).map_err(|e| ArchiveError::io(&to, e))?;
        }
        atomic::move_new(&from, &to).map_err(|e| ArchiveError::io(&from, e))?;
        self.index_remove(id);
        self.with_index(false, |ix| ix.moved(id, Place::Trash))
    }

    /// Brings record `id` back from the trash. Fails with [`ArchiveError::Exists`] if a record with that id
    /// was made meanwhile.
    pub fn restore(&self, id: &str) -> Result<()> {
        self.writable()?;
        let from = self.trash_path(id)?;
        if !from.exists() {
            return Err(ArchiveError::NotFound { id: id.into() });
        }
        let to = self.record_path(id)?;
        if to.exists() {
            return Err(ArchiveError::Exists { id: id.into() });
        }
        atomic::move_new(&from, &to).map_err(|e| ArchiveError::io(&from, e))?;
        if let Ok(rec) = super::store::read_record(&to) {
            self.index_put(&rec, &to);
        }
        self.with_index(false, |ix| ix.moved(id, Place::Records))
    }

    /// Ids of the trashed records, sorted.
    pub fn trashed(&self) -> Result<Vec<String>> {
        json_stems(&self.root.join(TRASH_DIR))
    }
}
