//! `check`: everything that could be wrong with an archive, found by reading only. A record broken by hand is
//! reported here, never repaired or overwritten.

use super::atomic::is_temp_name;
use super::error::Result;
use super::lock::LOCK_FILE;
use super::manifest::{self, MANIFEST_FILE};
use super::store::sha256_hex;
use super::{HISTORY_DIR, RAW_DIR, RECORDS_DIR, TRASH_DIR, id, lock};
use crate::record::{Record, SCHEMA_VERSION};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// One thing wrong, at one path (relative to the archive's root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// A SHA-256 in lowercase hex, as record files name their source.
static SHA256: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles, or every test fails.
    Regex::new(r"\b[0-9a-f]{64}\b").expect("constant regex")
});

/// What check says of a symbolic link where a file of the archive should be.
const SYMLINK: &str = "a symbolic link, not a file: Sift never follows links out of the archive (put the file \
                       itself here)";

struct Checker<'a> {
    root: &'a Path,
    problems: Vec<Problem>,
    /// Raw files by hash: `None` when sound, else what is wrong with it (said again on the records needing it).
    raw: HashMap<String, (PathBuf, Option<&'static str>)>,
    /// The source hashes that records, trashed records and history versions refer to.
    referenced: HashSet<String>,
    /// A record file could not be read at all: it may refer to any raw file, so none is called an orphan.
    unsure_refs: bool,
    /// Live records and their source hash, whose raw file is looked for once `raw/` is listed.
    needs_raw: Vec<(PathBuf, String)>,
    /// What to do with temp files.
    temps: Temps,
    /// Temp files removed (with [`Temps::Remove`]).
    removed: Vec<PathBuf>,
}

/// What a temp file found by the check means, by who holds the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Temps {
    /// Nobody holds the lock, but we could not take it: a stray we cannot remove safely, so a problem.
    Report,
    /// Another Sift is writing: the file may be its write in progress; not ours to judge.
    Ignore,
    /// We hold the lock: no write is running, so it is a stray of a dead process; removed.
    Remove,
}

impl Checker<'_> {
    fn add(&mut self, path: &Path, message: impl Into<String>) {
        let rel = path.strip_prefix(self.root).unwrap_or(path).to_path_buf();
        self.problems.push(Problem {
            path: rel,
            message: message.into(),
        });
    }

    /// Lists a folder's entries, reporting temp files; returns the others.
    fn entries(&mut self, dir: &Path) -> Vec<PathBuf> {
        let rd = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.add(dir, "folder missing");
                return Vec::new();
            }
            Err(e) => {
                self.add(dir, format!("cannot read folder: {e}"));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if is_temp_name(&name) {
                match self.temps {
                    Temps::Ignore => {}
                    Temps::Report => self.add(
                        &e.path(),
                        "stray temp file from an interrupted write (Sift removes it the next time it opens the archive for writing)",
                    ),
                    Temps::Remove => match fs::remove_file(e.path()) {
                        Ok(()) => {
                            let rel = e.path().strip_prefix(self.root).map(Path::to_path_buf);
                            self.removed.push(rel.unwrap_or_else(|_| e.path()));
                        }
                        Err(err) => self.add(
                            &e.path(),
                            format!("stray temp file from an interrupted write could not be removed: {err}"),
                        ),
                    },
                }
                continue;
            }
            out.push(e.path());
        }
        out.sort();
        out
    }

    fn raw_files(&mut self) {
        let dir = self.root.join(RAW_DIR);
        for p in self.entries(&dir) {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let sha = name.split('.').next().unwrap_or("").to_string();
            let kind = fs::symlink_metadata(&p).map(|m| m.file_type());
            if id::is_valid_sha256(&sha) && kind.as_ref().is_ok_and(|k| k.is_symlink()) {
                self.add(&p, SYMLINK);
                self.raw.insert(sha, (p, Some("a symbolic link")));
                continue;
            }
            if !id::is_valid_sha256(&sha) || !kind.is_ok_and(|k| k.is_file()) {
                self.add(
                    &p,
                    "unexpected entry in raw/ (raw files are named <sha256>.<ext>)",
                );
                continue;
            }
            let state = match fs::read(&p) {
                Ok(bytes) if sha256_hex(&bytes) == sha => None,
                Ok(_) => {
                    self.add(
                        &p,
                        "raw bytes do not match the hash in their name (changed after import)",
                    );
                    Some("damaged")
                }
                Err(e) => {
                    self.add(&p, format!("cannot read: {e}"));
                    Some("damaged")
                }
            };
            if self.raw.insert(sha, (p.clone(), state)).is_some() {
                self.add(&p, "a second raw file with the same hash");
            }
        }
    }

    /// Raw files no record, trashed record or history version refers to.
    fn orphans(&mut self) {
        let mut orphans: Vec<PathBuf> = self
            .raw
            .iter()
            .filter(|(sha, _)| !self.referenced.contains(*sha))
            .map(|(_, (p, _))| p.clone())
            .collect();
        orphans.sort();
        for p in orphans {
            self.add(
                &p,
                "orphan raw file: no record, trashed record or history version refers to it. Nothing is \
                 lost: these are the bytes of a source whose record was removed by hand (or whose import was \
                 cut short); import the file again to make its record, or delete it",
            );
        }
    }

    fn record_file(&mut self, p: &Path, in_trash: bool) -> Option<Record> {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(stem) = name.strip_suffix(".json") else {
            self.add(p, "unexpected file (records are <id>.json)");
            return None;
        };
        if fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) {
            self.add(p, SYMLINK);
            self.unsure_refs = true;
            return None;
        }
        let bytes = match fs::read(p) {
            Ok(b) => b,
            Err(e) => {
                self.add(p, format!("cannot read: {e}"));
                self.unsure_refs = true;
                return None;
            }
        };
        let rec: Record = match serde_json::from_slice(&bytes) {
            Ok(r) => r,
            Err(e) => {
                self.add(p, format!("not a valid record: {e}"));
                // Half-edited by hand, it most likely still names its source: that raw file is no orphan.
                // Naming none, it may be any raw file's record.
                let text = String::from_utf8_lossy(&bytes);
                if !SHA256.is_match(&text) {
                    self.unsure_refs = true;
                }
                for m in SHA256.find_iter(&text) {
                    self.referenced.insert(m.as_str().to_string());
                }
                return None;
            }
        };
        if !id::is_valid_id(stem) {
            self.add(p, "file name is not a valid id");
        }
        if rec.id != stem {
            self.add(p, format!("id {:?} does not match the file name", rec.id));
        }
        if rec.schema_version == 0 || rec.schema_version > SCHEMA_VERSION {
            self.add(
                p,
                format!(
                    "schema_version {} (this Sift knows 1 to {SCHEMA_VERSION})",
                    rec.schema_version
                ),
            );
        }
        for (field, v) in [("published", &rec.published), ("modified", &rec.modified)] {
            if let Some(v) = v
                && let Err(e) = crate::record::date::check(v)
            {
                self.add(p, format!("{field} {v:?} is not an ISO 8601 date: {e}"));
            }
        }
        for name in &rec.edited {
            if !crate::record::FIELD_NAMES.contains(&name.as_str())
                && name != "tags"
                && name != "notes"
            {
                self.add(p, format!("edited lists an unknown field {name:?}"));
            }
        }
        let sha = &rec.source.sha256;
        if !id::is_valid_sha256(sha) {
            self.add(p, format!("source.sha256 {sha:?} is not a SHA-256"));
        } else {
            self.referenced.insert(sha.clone());
            if !in_trash {
                self.needs_raw.push((p.to_path_buf(), sha.clone()));
            }
        }
        Some(rec)
    }

    /// The raw file of each live record, once `raw/` is listed.
    fn raw_of_records(&mut self) {
        for (p, sha) in std::mem::take(&mut self.needs_raw) {
            match self.raw.get(&sha) {
                None => self.add(&p, format!("its raw file raw/{sha}.* is missing")),
                Some((_, Some(why))) => self.add(&p, format!("its raw file raw/{sha}.* is {why}")),
                Some((_, None)) => {}
            }
        }
    }

    fn records(&mut self, dir_name: &str, in_trash: bool) -> HashSet<String> {
        let dir = self.root.join(dir_name);
        let mut keys = HashMap::<String, String>::new();
        let mut ids = HashSet::new();
        for p in self.entries(&dir) {
            if let Some(rec) = self.record_file(&p, in_trash) {
                let key = id::record_source_key(&rec.source);
                if let Some(other) = keys.insert(key, rec.id.clone())
                    && !in_trash
                {
                    self.add(&p, format!("same source as record {other}"));
                }
                ids.insert(rec.id);
            }
        }
        ids
    }

    fn history(&mut self) {
        let dir = self.root.join(HISTORY_DIR);
        for sub in self.entries(&dir) {
            if !sub.is_dir() {
                self.add(
                    &sub,
                    "unexpected file in history/ (history is history/<id>/<time>.json)",
                );
                continue;
            }
            for p in self.entries(&sub) {
                if p.extension().is_none_or(|e| e != "json") {
                    self.add(&p, "unexpected file in history");
                    continue;
                }
                if fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()) {
                    self.add(&p, SYMLINK);
                    continue;
                }
                // A version's source keeps its raw file referenced; a version that does not parse is left
                // to the record's own checks (history is what a save replaced, as it was).
                let sha = fs::read(&p)
                    .ok()
                    .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
                    .and_then(|v| v["source"]["sha256"].as_str().map(str::to_string));
                if let Some(sha) = sha {
                    self.referenced.insert(sha);
                }
            }
        }
    }

    fn root_entries(&mut self) {
        let known = [
            MANIFEST_FILE,
            LOCK_FILE,
            RECORDS_DIR,
            RAW_DIR,
            HISTORY_DIR,
            TRASH_DIR,
        ];
        let root = self.root.to_path_buf();
        for p in self.entries(&root) {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // The index and SQLite's files beside it while it is open.
            let index = name
                .strip_prefix(super::catalog::INDEX_FILE)
                .is_some_and(|rest| ["", "-wal", "-shm", "-journal"].contains(&rest));
            if !known.contains(&name.as_str()) && !index {
                self.add(&p, "unexpected entry in the archive's root");
            }
        }
    }
}

/// What [`check_and_tidy`] found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub problems: Vec<Problem>,
    /// Stray temp files of dead processes it removed (relative to the root). Not problems: every write
    /// leaves the file it replaces intact until its temp file is complete.
    pub removed: Vec<PathBuf>,
    /// Another Sift held the lock: temp files were left alone and not counted, as they may be its writes.
    pub writer_active: bool,
}

/// Checks the archive at `root`, reading only. Temp files count as problems unless another Sift holds the
/// lock (then they may be its writes in progress). Fails only when `root` cannot be read at all.
pub fn check(root: &Path) -> Result<Vec<Problem>> {
    let temps = if lock::is_held(root) {
        Temps::Ignore
    } else {
        Temps::Report
    };
    Ok(run(root, temps).problems)
}

/// Checks the archive at `root` for the Sift that holds its lock (and is not writing meanwhile): every temp
/// file and orphan raw file is a problem.
pub fn check_as_writer(root: &Path) -> Result<Vec<Problem>> {
    Ok(run(root, Temps::Report).problems)
}

/// Checks the archive at `root` holding its lock when it can, so that leftovers of a dead process are told
/// apart from a live writer's: with the lock, stray temp files are removed and listed; while another Sift
/// writes, they are left alone and not counted; when the lock cannot be taken at all (a read-only folder),
/// they are problems. The lock is held for the whole check: a writer that starts meanwhile gets the
/// "in use" error and can try again a moment later.
pub fn check_and_tidy(root: &Path) -> Result<Report> {
    match lock::acquire(root) {
        Ok(held) => {
            let r = run(root, Temps::Remove);
            drop(held);
            Ok(r)
        }
        Err(super::ArchiveError::Locked { .. }) => Ok(run(root, Temps::Ignore)),
        Err(_) => Ok(run(root, Temps::Report)),
    }
}

fn run(root: &Path, temps: Temps) -> Report {
    run_with(root, temps, &mut || {})
}

/// [`run`], calling `between` after the first folder is listed (tests land a write there).
fn run_with(root: &Path, temps: Temps, between: &mut dyn FnMut()) -> Report {
    let mut c = Checker {
        root,
        problems: Vec::new(),
        raw: HashMap::new(),
        referenced: HashSet::new(),
        unsure_refs: false,
        needs_raw: Vec::new(),
        temps,
        removed: Vec::new(),
    };
    if let Err(e) = manifest::read(root) {
        c.add(&root.join(MANIFEST_FILE), e.to_string());
    }
    c.root_entries();
    // Records before raw files: an import writes a source's raw file before its record, so the raw file of
    // every record listed here is in place by the time raw/ is listed, even while another Sift imports.
    let live = c.records(RECORDS_DIR, false);
    let trashed = c.records(TRASH_DIR, true);
    for id in live.intersection(&trashed) {
        let p = root.join(TRASH_DIR).join(format!("{id}.json"));
        c.add(&p, "a record with this id is also live in records/");
    }
    c.history();
    between();
    c.raw_files();
    c.raw_of_records();
    // While another Sift writes, a raw file may be an import whose record is still to come.
    if temps != Temps::Ignore && !c.unsure_refs {
        c.orphans();
    }
    Report {
        problems: c.problems,
        removed: c.removed,
        writer_active: temps == Temps::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::Archive;

    fn import(a: &Archive, name: &str, text: &str) {
        let doc = crate::input::read_bytes(name, text.as_bytes())
            .expect("reads")
            .remove(0);
        let ex = crate::extract::extract(&doc);
        a.import(&doc, &ex, text.as_bytes()).expect("imports");
    }

    /// An import landing while check runs (its raw file, then its record) is never reported as a record
    /// whose raw file is missing, nor its raw file as an orphan.
    #[test]
    fn an_import_during_check_is_no_problem() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = Archive::open(dir.path()).expect("opens");
        import(
            &a,
            "first.txt",
            "Harbour news\n\nThe ferry runs again from Monday morning on.\n",
        );
        let report = run_with(dir.path(), Temps::Ignore, &mut || {
            import(
                &a,
                "second.txt",
                "Valley news\n\nThe old mill reopens as a bakery with a reading room.\n",
            )
        });
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(a.ids().expect("ids").len(), 2);
    }
}
