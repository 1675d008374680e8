//! The archive's writer lock: an OS file lock on `sift-archive.lock`, so two Sifts (two windows, a window and
//! an import) never write the same archive at once. The OS drops the lock when its process ends, however it
//! ends, so a crash never leaves the archive blocked; the file itself may stay and means nothing.

use super::error::{ArchiveError, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

/// Name of the lock file in the archive's root.
pub const LOCK_FILE: &str = "sift-archive.lock";

/// Held while an archive is open for writing; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Takes the archive's lock, or says who holds it.
pub fn acquire(root: &Path) -> Result<Lock> {
    let path = root.join(LOCK_FILE);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| ArchiveError::io(&path, e))?;
    match file.try_lock() {
        Ok(()) => {
            // Who holds it, for the next one's error message; best effort, the lock is what counts.
            let _ = file
                .set_len(0)
                .and_then(|_| file.seek(SeekFrom::Start(0)))
                .and_then(|_| write!(file, "pid {}", std::process::id()));
            Ok(Lock { _file: file })
        }
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            Err(ArchiveError::Locked {
                path: root.to_path_buf(),
                holder: if holder.is_empty() {
                    "another process".to_string()
                } else {
                    holder.chars().take(40).collect()
                },
            })
        }
        Err(TryLockError::Error(e)) => Err(ArchiveError::io(&path, e)),
    }
}

/// True when some process holds the lock now (checked by taking and dropping it).
pub fn is_held(root: &Path) -> bool {
    matches!(acquire(root), Err(ArchiveError::Locked { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path()).unwrap();
        let err = acquire(dir.path()).unwrap_err();
        assert!(matches!(err, ArchiveError::Locked { .. }), "{err}");
        assert!(
            err.to_string()
                .contains(&format!("pid {}", std::process::id()))
        );
        assert!(is_held(dir.path()));
        drop(first);
        assert!(!is_held(dir.path()));
        acquire(dir.path()).unwrap();
    }
}
