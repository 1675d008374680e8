//! [`Archive`]: the archive folder, opened for writing under its lock (or read-only), and its operations on
//! records: import, save, load, list, raw bytes. History (`history.rs`) and the trash (`trash.rs`) add their
//! own methods.

use super::atomic::{self, DiskWriter, Writer};
use super::catalog::{Catalog, Stamp};
use super::error::{ArchiveError, Result};
use super::index::{Index, Place};
use super::lock::{self, Lock};
use super::manifest::{self, MANIFEST_FILE, Manifest};
use super::{HISTORY_DIR, RAW_DIR, RECORDS_DIR, TRASH_DIR, id, now_rfc3339};
use crate::extract::Extracted;
use crate::input::Document;
use crate::record::{Record, Status};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// An archive folder. Open it with [`Archive::open`] to write (one writer at a time, by OS lock) or
/// [`Archive::open_read_only`] to read while another Sift writes.
#[derive(Debug)]
pub struct Archive {
    pub(super) root: PathBuf,
    /// `None` when read-only.
    lock: Option<Lock>,
    pub(super) writer: Arc<dyn Writer>,
    /// The writer's index, built on first use; readers build a fresh one each time.
    index: Mutex<Option<Index>>,
    /// The connection to `index.sqlite` that writes keep up to date, opened on the first write.
    catalog: Mutex<Option<Catalog>>,
    /// The removal of temp files an interrupted writer left, running beside this one; waited for on drop,
    /// before the lock is let go.
    sweep: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl Drop for Archive {
    fn drop(&mut self) {
        self.wait_for_sweep();
    }
}

/// One line of the archive's listing: enough to show and sort records without loading bodies twice.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub status: Status,
    pub title: Option<String>,
    pub published: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
    /// The source file as it was given at import.
    pub file: String,
    /// Why the record file could not be read, when it could not; the other fields are then empty.
    pub broken: Option<String>,
}

/// What [`Archive::import`] did with a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// A new draft record with this id.
    New(String),
    /// The same source (same bytes, same place in its file) is already recorded under this id.
    Present(String),
    /// The same source is already recorded under this id, but its raw file had gone missing: the bytes given
    /// were written back.
    RawRestored(String),
    /// The same source is in the trash under this id; restore it rather than import it again.
    Trashed(String),
    /// A new draft record with this id, marked as a duplicate of record `of` (`duplicate_of`).
    Duplicate { id: String, of: String },
    /// The same canonical URL and the same text as record `of` (an item delivered again): nothing added.
    Repeat(String),
}

impl Imported {
    /// The record's id, whatever happened.
    pub fn id(&self) -> &str {
        match self {
            Imported::New(id)
            | Imported::Present(id)
            | Imported::RawRestored(id)
            | Imported::Trashed(id)
            | Imported::Duplicate { id, .. }
            | Imported::Repeat(id) => id,
        }
    }
}

/// A file's bytes with their SHA-256, computed once: every document of a multi-document file is imported
/// against the same hash. Only [`RawBytes::new`] and [`RawBytes::shared`] make one, so the hash always belongs
/// to the bytes.
#[derive(Debug, Clone)]
pub struct RawBytes<'a> {
    bytes: Held<'a>,
    sha256: String,
}

/// The bytes, borrowed, owned, or shared with the documents read from them (the streaming import).
#[derive(Debug, Clone)]
enum Held<'a> {
    Cow(std::borrow::Cow<'a, [u8]>),
    Shared(Arc<Vec<u8>>),
}

impl<'a> RawBytes<'a> {
    /// Hashes `bytes` (borrowed, or owned: `Vec<u8>`).
    pub fn new(bytes: impl Into<std::borrow::Cow<'a, [u8]>>) -> Self {
        let bytes = bytes.into();
        Self {
            sha256: sha256_hex(&bytes),
            bytes: Held::Cow(bytes),
        }
    }

    pub fn bytes(&self) -> &[u8] {
        match &self.bytes {
            Held::Cow(b) => b,
            Held::Shared(b) => b,
        }
    }

    pub fn sha256(&self) -> &str {
        &self.sha256
    }
}

impl RawBytes<'static> {
    /// Hashes bytes a document already holds (`Document::raw`), without copying them.
    pub fn shared(bytes: Arc<Vec<u8>>) -> Self {
        Self {
            sha256: sha256_hex(&bytes),
            bytes: Held::Shared(bytes),
        }
    }
}

impl Archive {
    /// Opens the archive at `dir` for writing, creating it when `dir` is missing or empty. Fails with
    /// [`ArchiveError::Locked`] while another Sift has it open for writing.
    pub fn open(dir: impl AsRef<Path>) -> Result<Self> {
        Self::open_with(dir, Arc::new(DiskWriter))
    }

    /// [`Archive::open`] with the given byte writer (tests inject failing ones).
    pub fn open_with(dir: impl AsRef<Path>, writer: Arc<dyn Writer>) -> Result<Self> {
        let root = dir.as_ref().to_path_buf();
        fs::create_dir_all(&root).map_err(|e| ArchiveError::io(&root, e))?;
        let has_manifest = root.join(MANIFEST_FILE).exists();
        if !has_manifest && !is_fresh_dir(&root)? {
            return Err(ArchiveError::NotAnArchive { path: root });
        }
        let lock = lock::acquire(&root)?;
        // Folders first, manifest last: the manifest marks a whole archive, so a kill in between leaves a
        // folder that still counts as fresh rather than an archive with folders missing.
        for d in [RECORDS_DIR, RAW_DIR, HISTORY_DIR, TRASH_DIR] {
            let p = root.join(d);
            fs::create_dir_all(&p).map_err(|e| ArchiveError::io(&p, e))?;
        }
        atomic::sync_dir(&root).map_err(|e| ArchiveError::io(&root, e))?;
        if has_manifest {
            manifest::read(&root)?;
        } else {
            let m = Manifest::new(&now_rfc3339());
            let bytes = pretty(&m).map_err(|source| ArchiveError::Json {
                id: MANIFEST_FILE.into(),
                source,
            })?;
            let path = root.join(MANIFEST_FILE);
            atomic::replace(writer.as_ref(), &path, &bytes)
                .map_err(|e| ArchiveError::io(&path, e))?;
        }
        let mut sweep = None;
        if lock.after_clean_close() {
            lock.close_clean();
        } else {
            // Off the caller's thread: at 100,000 records the listing takes a noticeable part of a second, and
            // the window must not wait for it. The close is marked clean only once the sweep is done.
            let (dir, done) = (root.clone(), lock.close_clean_flag());
            sweep = Some(std::thread::spawn(move || {
                remove_stale_temps(&dir);
                done.store(true, std::sync::atomic::Ordering::Release);
            }));
        }
        Ok(Archive {
            root,
            lock: Some(lock),
            writer,
            index: Mutex::new(None),
            catalog: Mutex::new(None),
            sweep: Mutex::new(sweep),
        })
    }

    /// Opens an existing archive for reading only, without the lock: listing, checking and exporting work
    /// while a window has it open. Every write method returns [`ArchiveError::ReadOnly`].
    pub fn open_read_only(dir: impl AsRef<Path>) -> Result<Self> {
        let root = dir.as_ref().to_path_buf();
        if !root.join(MANIFEST_FILE).exists() {
            return Err(ArchiveError::Missing { path: root });
        }
        manifest::read(&root)?;
        Ok(Archive {
            root,
            lock: None,
            writer: Arc::new(DiskWriter),
            index: Mutex::new(None),
            catalog: Mutex::new(None),
            sweep: Mutex::new(None),
        })
    }

    /// The default archive folder: `$SIFT_ARCHIVE` when set, else `archive` in the user's data folder
    /// (`~/.local/share/sift/archive` on Linux).
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("SIFT_ARCHIVE").filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(p));
        }
        directories::ProjectDirs::from("", "", "Sift").map(|d| d.data_dir().join("archive"))
    }

    /// The archive's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// True when opened with [`Archive::open_read_only`].
    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Runs `f` on the listing index: the writer's cached one (listing `records/` and `raw/` too only when
    /// `full`), or for a reader a fresh full one.
    pub(super) fn with_index<T>(&self, full: bool, f: impl FnOnce(&mut Index) -> T) -> Result<T> {
        if self.lock.is_none() {
            return Ok(f(&mut Index::build(&self.root, true)?));
        }
        // A panic elsewhere while holding this cannot leave the index half-changed: every change is one call.
        let mut guard = self.index.lock().unwrap_or_else(|e| e.into_inner());
        if guard.as_ref().is_none_or(|ix| full && !ix.is_full()) {
            *guard = Some(Index::build(&self.root, full)?);
        }
        match guard.as_mut() {
            Some(ix) => Ok(f(ix)),
            None => Err(ArchiveError::ReadOnly),
        }
    }

    pub(super) fn writable(&self) -> Result<()> {
        if self.lock.is_none() {
            return Err(ArchiveError::ReadOnly);
        }
        Ok(())
    }

    /// The path of record `id`, refusing ids that could leave `records/`.
    pub fn record_path(&self, id: &str) -> Result<PathBuf> {
        checked_id(id)?;
        Ok(self.root.join(RECORDS_DIR).join(format!("{id}.json")))
    }

    /// Loads record `id`.
    pub fn load(&self, id: &str) -> Result<Record> {
        let path = self.record_path(id)?;
        // Not `exists()`: that follows a link, and a dangling link must be reported, not hidden.
        if fs::symlink_metadata(&path).is_err() {
            return Err(ArchiveError::NotFound { id: id.into() });
        }
        read_record(&path)
    }

    /// Ids of the records, sorted.
    pub fn ids(&self) -> Result<Vec<String>> {
        json_stems(&self.root.join(RECORDS_DIR))
    }

    /// Every record, sorted by id; records that do not parse come back as errors in the second list.
    pub fn load_all(&self) -> Result<(Vec<Record>, Vec<ArchiveError>)> {
        let mut ok = Vec::new();
        let mut bad = Vec::new();
        for id in self.ids()? {
            match self.load(&id) {
                Ok(r) => ok.push(r),
                Err(e) => bad.push(e),
            }
        }
        Ok((ok, bad))
    }

    /// One summary per record, sorted by id. A record that does not parse is listed with `broken` set.
    pub fn list(&self) -> Result<Vec<Summary>> {
        let mut out = Vec::new();
        for id in self.ids()? {
            out.push(match self.load(&id) {
                Ok(r) => Summary {
                    id,
                    status: r.status,
                    title: r.title,
                    published: r.published,
                    site: r.site,
                    language: r.language,
                    file: r.source.file,
                    broken: None,
                },
                Err(e) => Summary {
                    id,
                    status: Status::Draft,
                    title: None,
                    published: None,
                    site: None,
                    language: None,
                    file: String::new(),
                    broken: Some(e.to_string()),
                },
            });
        }
        Ok(out)
    }

    /// Saves `rec` as `records/<id>.json`, atomically. The version it replaces is first kept as
    /// `history/<id>/<timestamp>.json`. Saving an unchanged record writes nothing. A record file on disk that
    /// does not parse is never replaced: it was broken by hand, and only a person should decide its fate.
    pub fn save(&self, rec: &Record) -> Result<()> {
        self.writable()?;
        let path = self.record_path(&rec.id)?;
        let bytes = record_bytes(rec)?;
        match read_no_link(&path) {
            Ok(old) => {
                if old == bytes {
                    return Ok(());
                }
                if let Err(e) = serde_json::from_slice::<Record>(&old) {
                    return Err(ArchiveError::BadRecord {
                        path,
                        message: e.to_string(),
                    });
                }
                self.keep_history(&rec.id, &old)?;
            }
            Err(ArchiveError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                atomic::replace(self.writer.as_ref(), &path, &bytes)
                    .map_err(|e| ArchiveError::io(&path, e))?;
                self.index_put(rec, &path);
                return self.with_index(false, |ix| ix.add(&rec.id, Place::Records));
            }
            Err(e) => return Err(e),
        }
        atomic::replace(self.writer.as_ref(), &path, &bytes)
            .map_err(|e| ArchiveError::io(&path, e))?;
        self.index_put(rec, &path);
        Ok(())
    }

    /// Puts `rec`, just written at `path`, into `index.sqlite`. A failure is not the save's: the record file
    /// is written, and the next sync sees its stamp differ from the index's and indexes it then.
    pub(super) fn index_put(&self, rec: &Record, path: &Path) {
        self.index_put_with(rec, path, None);
    }

    /// [`Archive::index_put`] with the record's duplicate fingerprint, when made already.
    fn index_put_with(&self, rec: &Record, path: &Path, fp: Option<&crate::dedup::Fingerprint>) {
        let Ok(meta) = fs::symlink_metadata(path) else {
            return;
        };
        let stamp = Stamp::of(&meta);
        self.with_catalog(|c| c.put_with(rec, stamp, fp));
    }

    /// Drops record `id` from `index.sqlite` (trashed); as with [`Archive::index_put`], a failure heals at
    /// the next sync.
    pub(super) fn index_remove(&self, id: &str) {
        self.with_catalog(|c| c.remove(&[id.to_string()]));
    }

    /// Opens a transaction that the index's writes join until [`Archive::index_commit`] (see
    /// [`Catalog::begin_batch`]). Should the commit fail, the records written are in their files, and the
    /// next sync indexes them.
    pub(super) fn index_begin(&self) {
        self.with_catalog(|c| c.begin_batch());
    }

    /// Commits what [`Archive::index_begin`] opened.
    pub(super) fn index_commit(&self) {
        self.with_catalog(|c| c.end_batch());
    }

    fn with_catalog(&self, f: impl FnOnce(&mut Catalog) -> Result<()>) {
        let _ = self.catalog_do(f);
    }

    /// Runs `f` on the writer's connection to `index.sqlite`, opened on first use; `None` when there is no
    /// writer or the index cannot be opened or answer. An index made anew on that open (none yet, another
    /// version, damaged) is first brought in step with the files, so the lookups of an import can trust it.
    pub(super) fn catalog_do<T>(&self, f: impl FnOnce(&mut Catalog) -> Result<T>) -> Option<T> {
        self.lock.as_ref()?;
        let mut guard = self.catalog.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none() {
            *guard = Catalog::open(&self.root).ok().and_then(|(mut c, rebuilt)| {
                if rebuilt.is_some() {
                    let never = std::sync::atomic::AtomicBool::new(false);
                    super::catalog::sync::sync(
                        &mut c,
                        &self.root.join(RECORDS_DIR),
                        &|_, _| {},
                        &never,
                    )
                    .ok()?;
                }
                Some(c)
            });
        }
        let c = guard.as_mut()?;
        match f(c) {
            Ok(v) => Some(v),
            Err(_) => {
                // A connection that failed once (a damaged file) is opened afresh next time.
                *guard = None;
                None
            }
        }
    }

    /// Saves a record that may not be in the archive yet (the window curated it straight from its queue):
    /// keeps `raw` (the bytes of `rec.source`, checked against its hash) once, then [`Archive::save`]s.
    /// Fails with [`ArchiveError::Exists`] when the same source is already recorded under another id.
    pub fn save_with_raw(&self, rec: &Record, raw: &[u8]) -> Result<()> {
        self.writable()?;
        checked_id(&rec.id)?;
        if !id::is_valid_sha256(&rec.source.sha256) || sha256_hex(raw) != rec.source.sha256 {
            return Err(ArchiveError::HashMismatch {
                expected: rec.source.sha256.clone(),
            });
        }
        if let Some(found) = self.find_source(&id::record_source_key(&rec.source))?
            && found.id() != rec.id
        {
            return Err(ArchiveError::Exists {
                id: found.id().to_string(),
            });
        }
        self.store_raw(&rec.source.sha256, &rec.source.file, raw)?;
        self.save(rec)
    }

    /// Keeps a document: its file's raw bytes (once) and a draft record, unless the same source is already
    /// in the archive (same bytes, same place in a multi-document file). `raw` are the file's bytes as read
    /// from disk, and must hash to `doc.sha256`.
    ///
    /// This hashes `raw` on every call: for the documents of one multi-document file, hash it once with
    /// [`RawBytes::new`] and call [`Archive::import_raw`] (hashing a 100,000-line file once per line made
    /// importing it quadratic).
    pub fn import(&self, doc: &Document, ex: &Extracted, raw: &[u8]) -> Result<Imported> {
        self.import_raw(doc, ex, &RawBytes::new(raw))
    }

    /// [`Archive::import`] with the file's bytes already hashed.
    pub fn import_raw(
        &self,
        doc: &Document,
        ex: &Extracted,
        raw: &RawBytes<'_>,
    ) -> Result<Imported> {
        self.writable()?;
        if !id::is_valid_sha256(&doc.sha256) || raw.sha256 != doc.sha256 {
            return Err(ArchiveError::HashMismatch {
                expected: doc.sha256.clone(),
            });
        }
        let key = id::source_key(doc);
        if let Some(found) = self.find_source(&key)? {
            return self.put_back_raw(found, doc, raw);
        }
        let mut rec = crate::extract::to_record(doc, ex, &now_rfc3339());
        let fp = crate::dedup::Fingerprint::of_prepared(&rec, ex.prepared.as_ref());
        // Before any byte is written: a repeat adds nothing, not even its raw file.
        match self.duplicate_check(&rec, &fp) {
            Some(d) if d.repeat => return Ok(Imported::Repeat(d.of)),
            Some(d) => rec.duplicate_of = Some(d.of),
            None => {}
        }
        self.store_raw(&doc.sha256, &doc.file, raw.bytes())?;
        let path = self.record_path(&rec.id)?;
        let bytes = record_bytes(&rec)?;
        let created = atomic::create_new(self.writer.as_ref(), &path, &bytes)
            .map_err(|e| ArchiveError::io(&path, e))?;
        if !created {
            // A record file the index did not know of (copied in by hand since the last sync) may hold
            // this very source: then it is present, not a clash.
            if read_record(&path).is_ok_and(|r| id::record_source_key(&r.source) == key) {
                return self.put_back_raw(Imported::Present(rec.id), doc, raw);
            }
            return Err(ArchiveError::Exists { id: rec.id });
        }
        self.index_put_with(&rec, &path, Some(&fp));
        self.with_index(false, |ix| ix.add(&rec.id, Place::Records))?;
        Ok(match rec.duplicate_of {
            Some(of) => Imported::Duplicate { id: rec.id, of },
            None => Imported::New(rec.id),
        })
    }

    /// For a source already recorded (`found`): writes its raw file back when it has gone missing, from `raw`,
    /// the file's bytes read again (checked against the record's hash), and says so with
    /// [`Imported::RawRestored`]; otherwise gives `found` back.
    pub fn put_back_raw(
        &self,
        found: Imported,
        doc: &Document,
        raw: &RawBytes<'_>,
    ) -> Result<Imported> {
        let Imported::Present(id) = found else {
            return Ok(found);
        };
        if raw.sha256 != doc.sha256 || self.find_raw(&doc.sha256, &doc.file)?.is_some() {
            return Ok(Imported::Present(id));
        }
        let rec_sha = self.load(&id).map(|r| r.source.sha256);
        if rec_sha.as_deref().ok() != Some(doc.sha256.as_str()) {
            return Ok(Imported::Present(id));
        }
        self.store_raw(&doc.sha256, &doc.file, raw.bytes())?;
        Ok(Imported::RawRestored(id))
    }

    /// The record (or trashed record) of a source key: the records the index holds for it and the trashed
    /// ones whose id ends with its hash, each confirmed by reading its file. Without an index, the folders are
    /// listed instead.
    pub fn find_source(&self, key: &str) -> Result<Option<Imported>> {
        let hash = id::key_hash(key);
        let indexed = self.catalog_do(|c| {
            let mut ids = c.ids_with_source(key)?;
            ids.extend(c.broken_ids_ending(&hash)?);
            Ok(ids)
        });
        let candidates: Vec<(String, Place)> = match indexed {
            Some(ids) => {
                let mut v: Vec<_> = ids.into_iter().map(|i| (i, Place::Records)).collect();
                v.extend(self.with_index(false, |ix| {
                    ix.with_hash(&hash)
                        .iter()
                        .filter(|(_, p)| *p == Place::Trash)
                        .cloned()
                        .collect::<Vec<_>>()
                })?);
                v
            }
            None => self.with_index(true, |ix| ix.with_hash(&hash).to_vec())?,
        };
        for (stem, place) in candidates {
            let dir = match place {
                Place::Records => RECORDS_DIR,
                Place::Trash => TRASH_DIR,
            };
            let path = self.root.join(dir).join(format!("{stem}.json"));
            // A broken record with the right hash still holds this source: never import over it.
            let same = match read_record(&path) {
                Ok(r) => id::record_source_key(&r.source) == key,
                Err(ArchiveError::Io { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound =>
                {
                    false
                }
                Err(_) => true,
            };
            if same {
                return Ok(Some(match place {
                    Place::Records => Imported::Present(stem),
                    Place::Trash => Imported::Trashed(stem),
                }));
            }
        }
        Ok(None)
    }

    /// Writes `raw/<sha256>.<ext>` unless a raw file with that hash exists (under any extension).
    fn store_raw(&self, sha256: &str, file: &str, raw: &[u8]) -> Result<()> {
        if self.find_raw(sha256, file)?.is_some() {
            return Ok(());
        }
        let name = raw_name(sha256, file);
        let path = self.root.join(RAW_DIR).join(&name);
        atomic::create_new(self.writer.as_ref(), &path, raw)
            .map_err(|e| ArchiveError::io(&path, e))?;
        self.with_index(false, |ix| ix.add_raw(sha256, &name))
    }

    /// The raw file of bytes hashing to `sha256`: under the name their source `file` gives, else under a name
    /// another record of the same bytes gives (the index says which), else, without an index, found by
    /// listing `raw/`.
    fn find_raw(&self, sha256: &str, file: &str) -> Result<Option<PathBuf>> {
        let dir = self.root.join(RAW_DIR);
        let first = dir.join(raw_name(sha256, file));
        if first.exists() {
            return Ok(Some(first));
        }
        if let Some(names) = self.catalog_do(|c| c.raw_names(sha256)) {
            return Ok(names.into_iter().map(|n| dir.join(n)).find(|p| p.exists()));
        }
        let name = self.with_index(true, |ix| ix.raw(sha256).map(str::to_string))?;
        Ok(name.map(|n| dir.join(n)).filter(|p| p.exists()))
    }

    /// The path of a record's raw file, when it exists. The hash is checked for shape before it makes a path.
    pub fn raw_path(&self, rec: &Record) -> Result<Option<PathBuf>> {
        if !id::is_valid_sha256(&rec.source.sha256) {
            return Err(ArchiveError::BadHash {
                id: rec.id.clone(),
                sha256: rec.source.sha256.clone(),
            });
        }
        self.find_raw(&rec.source.sha256, &rec.source.file)
    }

    /// The bytes the record was imported from, as they were on disk (still gzip'd if they were).
    /// Fails with [`ArchiveError::RawMissing`] or [`ArchiveError::RawAltered`] when they are not there as imported.
    pub fn raw_bytes(&self, rec: &Record) -> Result<Vec<u8>> {
        let Some(path) = self.raw_path(rec)? else {
            return Err(ArchiveError::RawMissing {
                id: rec.id.clone(),
                sha256: rec.source.sha256.clone(),
            });
        };
        let bytes = read_no_link(&path)?;
        if sha256_hex(&bytes) != rec.source.sha256 {
            return Err(ArchiveError::RawAltered {
                id: rec.id.clone(),
                sha256: rec.source.sha256.clone(),
            });
        }
        Ok(bytes)
    }

    /// Waits until the temp files an interrupted writer left are removed, when that is still running.
    fn wait_for_sweep(&self) {
        let h = self.sweep.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(h) = h {
            let _ = h.join();
        }
    }

    /// Everything wrong with the archive; empty when it is sound. Reads only.
    pub fn check(&self) -> Result<Vec<super::check::Problem>> {
        if self.lock.is_some() {
            self.wait_for_sweep();
            return super::check::check_as_writer(&self.root);
        }
        super::check::check(&self.root)
    }
}

/// Removes the temp files left by a write that was interrupted (a crash, a kill): safe, since the caller holds
/// the lock, so only this process writes, and its own temp files are skipped; the file each was to replace is
/// intact. Only needed when the
/// writer before did not let go in order: listing every folder costs a second at 100,000 records.
fn remove_stale_temps(root: &Path) {
    for d in [".", RECORDS_DIR, RAW_DIR, TRASH_DIR] {
        remove_temps_in(&root.join(d));
    }
    if let Ok(rd) = fs::read_dir(root.join(HISTORY_DIR)) {
        for e in rd.flatten() {
            remove_temps_in(&e.path());
        }
    }
}

fn remove_temps_in(dir: &Path) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let ours = std::process::id();
    for e in rd.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        // The sweep runs beside this process's own writes: their temp files are not stale.
        if atomic::is_temp_name(&name) && atomic::temp_pid(&name) != Some(ours) {
            let _ = fs::remove_file(e.path());
        }
    }
}

pub(super) fn checked_id(id: &str) -> Result<()> {
    if id::is_valid_id(id) {
        Ok(())
    } else {
        Err(ArchiveError::BadId { id: id.into() })
    }
}

/// True when `dir` holds nothing but what an interrupted creation of an archive leaves (the lock file, temp
/// files, empty archive folders): safe to make an archive in, and never someone else's files.
fn is_fresh_dir(dir: &Path) -> Result<bool> {
    let rd = fs::read_dir(dir).map_err(|e| ArchiveError::io(dir, e))?;
    for e in rd {
        let e = e.map_err(|e| ArchiveError::io(dir, e))?;
        let name = e.file_name().to_string_lossy().into_owned();
        let ours = name == lock::LOCK_FILE
            || atomic::is_temp_name(&name)
            || [RECORDS_DIR, RAW_DIR, HISTORY_DIR, TRASH_DIR].contains(&name.as_str())
                && fs::read_dir(e.path()).is_ok_and(|mut d| d.next().is_none());
        if !ours {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Stems of the `*.json` files in `dir` (not hidden), sorted; a missing folder has none. Stems that are not
/// valid ids are kept, so loading them reports [`ArchiveError::BadId`] rather than hiding them.
pub(crate) fn json_stems(dir: &Path) -> Result<Vec<String>> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(ArchiveError::io(dir, e)),
    };
    let mut out: Vec<String> = rd
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let stem = name.strip_suffix(".json")?;
            (!stem.starts_with('.')).then(|| stem.to_string())
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Reads and parses a record file.
pub fn read_record(path: &Path) -> Result<Record> {
    let bytes = read_no_link(path)?;
    serde_json::from_slice(&bytes).map_err(|e| ArchiveError::BadRecord {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// A file of the archive's, refusing a symbolic link: a link could lead a read (and then a save over what was
/// read) out of the archive.
fn read_no_link(path: &Path) -> Result<Vec<u8>> {
    let meta = fs::symlink_metadata(path).map_err(|e| ArchiveError::io(path, e))?;
    if meta.file_type().is_symlink() {
        return Err(ArchiveError::Symlink {
            path: path.to_path_buf(),
        });
    }
    fs::read(path).map_err(|e| ArchiveError::io(path, e))
}

/// A record as it is written: pretty JSON in schema field order, UTF-8, a final newline.
pub fn record_bytes(rec: &Record) -> Result<Vec<u8>> {
    pretty(rec).map_err(|source| ArchiveError::Json {
        id: rec.id.clone(),
        source,
    })
}

fn pretty<T: serde::Serialize>(v: &T) -> serde_json::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(v)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    crate::input::detect::hex(&Sha256::digest(bytes))
}

/// The name in `raw/` of bytes hashing to `sha256`, imported from the file named `file`.
pub(crate) fn raw_name(sha256: &str, file: &str) -> String {
    format!("{sha256}.{}", raw_ext(file))
}

/// The raw file's extension, from the source's name: short, lowercase ASCII letters and digits, else `bin`.
fn raw_ext(file: &str) -> String {
    let file = match file.rsplit_once('#') {
        Some((f, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => f,
        _ => file,
    };
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if (1..=8).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric()) {
        ext
    } else {
        "bin".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_extensions_are_tame() {
        assert_eq!(raw_ext("pages/a.HTML"), "html");
        assert_eq!(raw_ext("dump.jsonl.gz#12"), "gz");
        assert_eq!(raw_ext("noext"), "bin");
        assert_eq!(raw_ext("x.../../etc"), "bin");
        assert_eq!(raw_ext("a.verylongextension"), "bin");
    }
}
