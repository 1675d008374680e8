//! The window's one door to the archive: open, list, load, save, trash, raw bytes, export, and the drafts that
//! keep unsaved edits through a crash. Everything here calls the core library; the window never writes archive
//! files itself.

use super::state::Item;
use crate::archive::{Archive, export};
use crate::record::Record;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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

    pub fn of_summary(s: crate::archive::Summary) -> Self {
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

/// An open archive (holding its writer lock while open). Shared with the workers (import, opening records),
/// which write through the same lock holder.
pub struct Store {
    inner: Arc<Archive>,
    /// Why the archive is open for reading only (another user's, a read-only disk); `None` when writable.
    read_only: Option<String>,
}

impl Store {
    /// Opens (creating if needed) the archive at `root`, taking its lock.
    pub fn open(root: &Path) -> Result<Self, String> {
        Self::open_with(root, |p| Archive::open(p))
    }

    /// [`Store::open`] with the writer's opening given (tests stand in a folder that refuses writing). An
    /// archive that cannot be written is opened for reading, saying why.
    pub fn open_with(
        root: &Path,
        open: impl FnOnce(&Path) -> crate::archive::error::Result<Archive>,
    ) -> Result<Self, String> {
        match open(root) {
            Ok(inner) => Ok(Self {
                inner: Arc::new(inner),
                read_only: None,
            }),
            Err(e @ crate::archive::error::ArchiveError::NotWritable { .. }) => {
                let inner = Archive::open_read_only(root)
                    .map_err(|r| format!("{e}; opening it for reading failed too: {r}"))?;
                Ok(Self {
                    inner: Arc::new(inner),
                    read_only: Some(e.to_string()),
                })
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Why the archive is open for reading only, when it is.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// The archive, for a worker.
    pub fn archive(&self) -> Arc<Archive> {
        self.inner.clone()
    }

    /// True when record `id` is in the archive (not in its trash).
    pub fn contains(&self, id: &str) -> bool {
        self.inner.record_path(id).is_ok_and(|p| p.exists())
    }

    pub fn root(&self) -> &Path {
        self.inner.root()
    }

    /// Every record, listed; broken record files are listed with why.
    pub fn list(&self) -> Result<Vec<Entry>, String> {
        let s = self.inner.list().map_err(|e| e.to_string())?;
        Ok(s.into_iter().map(Entry::of_summary).collect())
    }

    /// Ids of every record, sorted.
    pub fn ids(&self) -> Result<Vec<String>, String> {
        self.inner.ids().map_err(|e| e.to_string())
    }

    pub fn load(&self, id: &str) -> Result<Record, String> {
        self.inner.load(id).map_err(|e| e.to_string())
    }

    /// The bytes the record was imported from: the archive's raw file, else the file it was imported from.
    pub fn raw(&self, rec: &Record) -> Vec<u8> {
        raw_for(&self.inner, rec).0
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

/// The bytes a record was imported from: the archive's raw file, else the file at its source path when it
/// still holds the same bytes (empty when neither does); with why the archive's raw file was not used.
pub fn raw_for(archive: &Archive, rec: &Record) -> (Vec<u8>, Option<String>) {
    let problem = match archive.raw_bytes(rec) {
        Ok(b) => return (b, None),
        Err(e) => e.to_string(),
    };
    let path = match rec.source.file.rsplit_once('#') {
        // A file of one document keeps its name whole, even one ending in `#N`.
        _ if rec.source.document == Some(0) => rec.source.file.clone(),
        Some((p, n)) if n.chars().all(|c| c.is_ascii_digit()) => p.to_string(),
        _ => rec.source.file.clone(),
    };
    match crate::input::read_raw(Path::new(&path), &crate::input::Limits::default()) {
        Ok(b) if crate::archive::store::sha256_hex(&b) == rec.source.sha256 => (
            b,
            Some(format!(
                "{problem}; shown from {path}, which holds the same bytes"
            )),
        ),
        _ => (Vec::new(), Some(problem)),
    }
}

/// Record `id` as the window edits it: loaded, its document read again from the raw bytes, its blocks
/// extracted again with the curator's saved flips. Slow for a document of a large multi-document file (the
/// whole file is read again): the window runs it on a worker ([`super::jobs::OpenJob`]).
pub fn open_item(archive: &Archive, id: &str) -> Result<Item, String> {
    let rec = archive
        .load(id)
        .map_err(|e| format!("Cannot open {id}: {e}"))?;
    let (raw, raw_problem) = raw_for(archive, &rec);
    let doc = crate::input::read_bytes(&rec.source.file, &raw)
        .ok()
        .and_then(|d| pick_doc(d, &rec.source.file))
        .unwrap_or_else(|| crate::input::Document {
            file: rec.source.file.clone(),
            ..Default::default()
        });
    let mut it = Item::from_saved(rec, doc, Arc::new(raw));
    it.raw_problem = raw_problem;
    it.duplicates = archive.duplicate_ids(id);
    Ok(it)
}

/// The document of a multi-document file that `file` (`path#N`) names; the only one otherwise.
pub fn pick_doc(
    mut docs: Vec<crate::input::Document>,
    file: &str,
) -> Option<crate::input::Document> {
    if let Some(i) = docs.iter().position(|d| d.file == file) {
        return Some(docs.swap_remove(i));
    }
    if let Some((_, n)) = file.rsplit_once('#')
        && let Ok(n) = n.parse::<usize>()
        && n >= 1
        && n <= docs.len()
    {
        return Some(docs.swap_remove(n - 1));
    }
    docs.into_iter().next()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::error::ArchiveError;

    fn archive_with_one_record(dir: &Path) -> String {
        let a = Archive::open(dir).unwrap();
        let text = b"Harbour cranes return\n\nThe old cranes of the harbour were set up again on Monday, the port said.\n";
        let doc = crate::input::read_bytes("cranes.txt", text)
            .unwrap()
            .remove(0);
        let ex = crate::extract::extract(&doc);
        a.import(&doc, &ex, text).unwrap().id().to_string()
    }

    #[test]
    fn an_archive_that_refuses_writing_opens_for_reading_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let id = archive_with_one_record(dir.path());
        let mut st = Store::open_with(dir.path(), |p| {
            Err(ArchiveError::NotWritable {
                path: p.to_path_buf(),
                reason: "Permission denied (os error 13)".into(),
            })
        })
        .unwrap();
        let why = st.read_only().unwrap();
        assert!(
            why.contains("Permission denied") && why.contains("reading"),
            "{why}"
        );
        let listed = st.list().unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].id, id);
        assert!(st.load(&id).is_ok());
        let refused = st.trash(&id).unwrap_err();
        assert!(refused.contains("read"), "{refused}");
        assert!(
            dir.path()
                .join("records")
                .join(format!("{id}.json"))
                .exists()
        );
    }

    #[test]
    fn other_failures_to_open_are_errors_not_read_only() {
        let dir = tempfile::tempdir().unwrap();
        archive_with_one_record(dir.path());
        let err = Store::open_with(dir.path(), |p| {
            Err(ArchiveError::Locked {
                path: p.to_path_buf(),
                holder: "pid 1".into(),
            })
        })
        .err()
        .unwrap();
        assert!(err.contains("in use"), "{err}");
    }
}
