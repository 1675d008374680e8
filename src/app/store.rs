//! The window's one door to the archive: open, list, load, save, trash, raw bytes, export, and the drafts that
//! keep unsaved edits through a crash. Everything here calls the core library; the window never writes archive
//! files itself.

use super::state::Item;
use crate::archive::{Archive, export};
use crate::record::Record;
use std::path::{Path, PathBuf};

/// Where the archive goes when none is given: `SIFT_ARCHIVE`, else the user's data folder.
pub fn default_archive() -> PathBuf {
    crate::archive::Archive::default_dir().unwrap_or_else(|| data_dir().join("archive"))
}

/// Sift's own data folder (drafts live under it).
pub fn data_dir() -> PathBuf {
    directories::ProjectDirs::from("", "", "Sift")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".sift"))
}

/// One record as the archive lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub title: String,
    pub site: String,
    pub status: crate::record::Status,
    pub published: String,
    /// Why its file could not be read, when it could not.
    pub broken: Option<String>,
}

impl Entry {
    pub fn of(r: &Record) -> Self {
        Self {
            id: r.id.clone(),
            title: r.title.clone().unwrap_or_default(),
            site: r.site.clone().unwrap_or_default(),
            status: r.status,
            published: r.published.clone().unwrap_or_default(),
            broken: None,
        }
    }

    fn of_summary(s: crate::archive::Summary) -> Self {
        Self {
            id: s.id,
            title: s.title.unwrap_or_default(),
            site: s.site.unwrap_or_default(),
            status: s.status,
            published: s.published.unwrap_or_default(),
            broken: s.broken,
        }
    }
}

/// An open archive (holding its writer lock while open).
pub struct Store {
    inner: Archive,
}

impl Store {
    /// Opens (creating if needed) the archive at `root`, taking its lock.
    pub fn open(root: &Path) -> Result<Self, String> {
        Archive::open(root)
            .map(|inner| Self { inner })
            .map_err(|e| e.to_string())
    }

    pub fn root(&self) -> &Path {
        self.inner.root()
    }

    /// Every record, listed; broken record files are listed with why.
    pub fn list(&self) -> Result<Vec<Entry>, String> {
        let s = self.inner.list().map_err(|e| e.to_string())?;
        Ok(s.into_iter().map(Entry::of_summary).collect())
    }

    pub fn load(&self, id: &str) -> Result<Record, String> {
        self.inner.load(id).map_err(|e| e.to_string())
    }

    /// The raw bytes the record was imported from.
    pub fn raw(&self, rec: &Record) -> Result<Vec<u8>, String> {
        self.inner.raw_bytes(rec).map_err(|e| e.to_string())
    }

    /// Saves the curated `rec` of `item`, atomically, the version it replaces kept in history; the first time,
    /// the item's raw bytes are kept in the archive too.
    pub fn save(&mut self, rec: &Record, item: &Item) -> Result<(), String> {
        let res = if item.in_archive && item.raw.is_empty() {
            self.inner.save(rec)
        } else {
            self.inner.save_with_raw(rec, &item.raw)
        };
        res.map_err(|e| e.to_string())
    }

    pub fn trash(&mut self, id: &str) -> Result<(), String> {
        self.inner.trash(id).map_err(|e| e.to_string())
    }

    pub fn restore(&mut self, id: &str) -> Result<(), String> {
        self.inner.restore(id).map_err(|e| e.to_string())
    }

    /// Writes the records with these ids (all when `None`) to `path` in `format`. Returns how many.
    pub fn export(
        &self,
        format: &str,
        path: &Path,
        ids: Option<&[String]>,
    ) -> Result<usize, String> {
        let f = export::Format::parse(format)
            .ok_or_else(|| format!("unknown export format {format}"))?;
        export::to_path(&self.inner, f, path, ids).map_err(|e| e.to_string())
    }
}

/// Drafts: unsaved edits written beside the archive's key in Sift's data folder, so a crash loses nothing.
pub mod drafts {
    use super::*;
    use crate::input::detect::hex;
    use sha2::{Digest, Sha256};

    /// The drafts folder for one archive, under Sift's data folder `data`.
    pub fn dir(data: &Path, archive: &Path) -> PathBuf {
        let key = hex(&Sha256::digest(archive.to_string_lossy().as_bytes()))[..16].to_string();
        data.join("drafts").join(key)
    }

    /// Writes the draft of `rec` (temp file then rename, so a crash mid-write leaves the older draft).
    pub fn write(data: &Path, archive: &Path, rec: &Record) -> Result<(), String> {
        let d = dir(data, archive);
        std::fs::create_dir_all(&d).map_err(|e| format!("drafts folder {}: {e}", d.display()))?;
        let name = crate::archive::id::slug(&rec.id);
        let tmp = d.join(format!(".{name}.tmp"));
        let text = serde_json::to_string_pretty(rec).map_err(|e| e.to_string())?;
        std::fs::write(&tmp, text).map_err(|e| format!("draft {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, d.join(format!("{name}.json"))).map_err(|e| format!("draft: {e}"))
    }

    pub fn remove(data: &Path, archive: &Path, id: &str) {
        let name = crate::archive::id::slug(id);
        // A missing draft is the usual case (nothing was edited): nothing to report.
        let _ = std::fs::remove_file(dir(data, archive).join(format!("{name}.json")));
    }

    /// Every draft left for this archive (by a crash or an unsaved close).
    pub fn load_all(data: &Path, archive: &Path) -> Vec<Record> {
        let Ok(rd) = std::fs::read_dir(dir(data, archive)) else {
            return vec![];
        };
        let mut out: Vec<Record> = rd
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| std::fs::read(e.path()).ok())
            .filter_map(|b| serde_json::from_slice(&b).ok())
            .collect();
        out.sort_by(|a: &Record, b: &Record| a.id.cmp(&b.id));
        out
    }
}
