//! Bringing the index in step with the record files: each file's size and modification time against what the
//! index saw, so only records added, changed or removed behind Sift's back are read again. Runs in batches, each
//! its own transaction, so a window's save waits at most one batch, and a cancel loses at most one.

use super::super::error::{ArchiveError, Result};
use super::super::store::read_record;
use super::Catalog;
use rayon::prelude::*;
use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::UNIX_EPOCH;

/// Records read and indexed per transaction.
const BATCH: usize = 512;

/// A record file's size and modification time (nanoseconds since 1970), as the index last saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: i64,
    pub mtime: i64,
}

impl Stamp {
    /// The stamp of a file's metadata.
    pub fn of(meta: &fs::Metadata) -> Stamp {
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_nanos().min(i64::MAX as u128) as i64)
            .unwrap_or(0);
        Stamp {
            size: meta.len().min(i64::MAX as u64) as i64,
            mtime,
        }
    }
}

/// What a sync did or, from [`diff`], would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexReport {
    /// Records in `records/` the index lacked.
    pub added: Vec<String>,
    /// Records whose file changed since they were indexed.
    pub changed: Vec<String>,
    /// Records the index holds whose file is gone.
    pub removed: Vec<String>,
    /// Why the whole index was made anew, when it was (missing, another version, damaged).
    pub rebuilt: Option<String>,
    /// Records indexed at the end.
    pub total: usize,
    /// The sync was cancelled before the end (what was done is kept; the next sync does the rest).
    pub cancelled: bool,
}

impl IndexReport {
    /// True when index and files agreed.
    pub fn in_step(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && self.rebuilt.is_none()
    }
}

/// The `*.json` record files of `dir` (not hidden, not temp files), with their stamps, sorted by id. Symlinks are listed
/// with their own stamp (the index never follows them; loading such a record reports it). The listing is
/// one pass; the stats, one a file, run on every core: at 100,000 records they are most of a `sift list`.
pub fn file_stamps(dir: &Path) -> Result<Vec<(String, Stamp)>> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(ArchiveError::io(dir, e)),
    };
    let mut entries = Vec::new();
    for e in rd {
        let e = e.map_err(|e| ArchiveError::io(dir, e))?;
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(stem) = name.strip_suffix(".json") else {
            continue;
        };
        if stem.starts_with('.') {
            continue;
        }
        entries.push((stem.to_string(), e));
    }
    // `DirEntry::metadata` stats by the folder's handle and the name: no walk of the whole path per file.
    let mut stamps: Vec<(String, Stamp)> = entries
        .into_par_iter()
        .with_min_len(1024)
        .filter_map(|(stem, e)| {
            // A file removed between the listing and its stat was being replaced or trashed: the next sync
            // sees it.
            let meta = e.metadata().ok()?;
            Some((stem, Stamp::of(&meta)))
        })
        .collect();
    stamps.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(stamps)
}

/// What differs between the index and the files of `records_dir`, without changing anything.
pub fn diff(cat: &Catalog, records_dir: &Path) -> Result<IndexReport> {
    let files = file_stamps(records_dir)?;
    compare_with(&files, |each| cat.each_stamp(each))
}

/// Compares the files' stamps (sorted by id) with the index's, which come in id order one at a time: one
/// merge, with no copy of 100,000 ids.
fn compare_with(
    files: &[(String, Stamp)],
    each_known: impl FnOnce(&mut dyn FnMut(&str, Stamp)) -> Result<()>,
) -> Result<IndexReport> {
    let mut r = IndexReport::default();
    let mut f = 0;
    each_known(&mut |kid, kst| {
        while f < files.len() && files[f].0.as_str() < kid {
            r.added.push(files[f].0.clone());
            f += 1;
        }
        match files.get(f) {
            Some((fid, fst)) if fid == kid => {
                if *fst != kst {
                    r.changed.push(fid.clone());
                }
                f += 1;
            }
            _ => r.removed.push(kid.to_string()),
        }
    })?;
    r.added.extend(files[f..].iter().map(|(id, _)| id.clone()));
    Ok(r)
}

#[cfg(test)]
fn compare(files: &[(String, Stamp)], known: &[(String, Stamp)]) -> IndexReport {
    compare_with(files, |each| {
        for (id, st) in known {
            each(id, *st);
        }
        Ok(())
    })
    .unwrap_or_default()
}

/// Brings `cat` in step with `records_dir`: reads the records added or changed (in parallel, a batch at a
/// time), drops the removed ones. `progress(done, total)` after each batch; stops between batches once
/// `cancel` is set.
pub fn sync(
    cat: &mut Catalog,
    records_dir: &Path,
    progress: &dyn Fn(usize, usize),
    cancel: &AtomicBool,
) -> Result<IndexReport> {
    let files = file_stamps(records_dir)?;
    let mut report = compare_with(&files, |each| cat.each_stamp(each))?;
    let stamps: HashMap<&str, Stamp> = report
        .added
        .iter()
        .chain(&report.changed)
        .filter_map(|id| {
            let i = files.binary_search_by(|(f, _)| f.as_str().cmp(id)).ok()?;
            Some((files[i].0.as_str(), files[i].1))
        })
        .collect();
    if !report.removed.is_empty() {
        cat.remove(&report.removed)?;
    }
    let todo: Vec<&String> = report.added.iter().chain(&report.changed).collect();
    let total = todo.len();
    progress(0, total);
    for (n, chunk) in todo.chunks(BATCH).enumerate() {
        if cancel.load(Ordering::Relaxed) {
            report.cancelled = true;
            break;
        }
        let batch: Vec<_> = chunk
            .par_iter()
            .map(|id| {
                let path = records_dir.join(format!("{id}.json"));
                let stamp = stamps
                    .get(id.as_str())
                    .copied()
                    .unwrap_or(Stamp { size: 0, mtime: 0 });
                let rec = read_record(&path).map_err(|e| e.to_string()).and_then(|r| {
                    if &r.id == *id {
                        Ok(r)
                    } else {
                        Err(format!("its id {:?} is not its file name", r.id))
                    }
                });
                ((*id).clone(), stamp, rec)
            })
            .collect();
        cat.put_many(&batch)?;
        progress((n * BATCH + chunk.len()).min(total), total);
    }
    report.total = cat.len()?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(size: i64, mtime: i64) -> Stamp {
        Stamp { size, mtime }
    }

    #[test]
    fn compare_finds_added_changed_and_removed() {
        let files = vec![
            ("a".to_string(), st(10, 1)),
            ("b".to_string(), st(20, 2)),
            ("c".to_string(), st(30, 3)),
        ];
        let known = vec![
            ("a".to_string(), st(10, 1)),
            ("b".to_string(), st(20, 9)),
            ("z".to_string(), st(1, 1)),
        ];
        let r = compare(&files, &known);
        assert_eq!(r.added, vec!["c"]);
        assert_eq!(r.changed, vec!["b"]);
        assert_eq!(r.removed, vec!["z"]);
        assert!(!r.in_step());
        assert!(compare(&files, &files).in_step());
        let r = compare(&[], &known);
        assert_eq!(r.removed, vec!["a", "b", "z"]);
        let r = compare(&files, &[]);
        assert_eq!(r.added, vec!["a", "b", "c"]);
    }
}
