//! The archive's writer lock: an OS file lock on `sift-archive.lock`, so two Sifts (two windows, a window and
//! an import) never write the same archive at once. The OS drops the lock when its process ends, however it
//! ends, so a crash never leaves the archive blocked. The file's text says who holds it, and, once a writer
//! has let go in order, `closed`: the next writer then knows no write was cut off, and need not look through
//! 200,000 file names for temp files left behind.

use super::error::{ArchiveError, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Name of the lock file in the archive's root.
pub const LOCK_FILE: &str = "sift-archive.lock";

/// What the lock file says once its writer has let go in order.
const CLOSED: &str = "closed";

/// Held while an archive is open for writing; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    file: File,
    /// The writer before this one let go in order (the file said [`CLOSED`]).
    after_clean_close: bool,
    /// Write [`CLOSED`] when dropped: set by the archive once no temp file of an interrupted write is left
    /// (shared with the thread that removes them).
    close_clean: Arc<AtomicBool>,
}

impl Lock {
    /// True when the writer before this one let go in order, so no write of its can have been cut off.
    pub fn after_clean_close(&self) -> bool {
        self.after_clean_close
    }

    /// Says, when this lock is dropped, that its writer let go in order.
    pub fn close_clean(&self) {
        self.close_clean.store(true, Ordering::Release);
    }

    /// The flag [`Lock::close_clean`] sets, for a thread that sets it once its work is done.
    pub fn close_clean_flag(&self) -> Arc<AtomicBool> {
        self.close_clean.clone()
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if self.close_clean.load(Ordering::Acquire) && !std::thread::panicking() {
            let _ = self
                .file
                .set_len(0)
                .and_then(|_| self.file.seek(SeekFrom::Start(0)))
                .and_then(|_| self.file.write_all(CLOSED.as_bytes()));
        }
    }
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
        .map_err(|e| open_error(root, &path, e))?;
    match file.try_lock() {
        Ok(()) => {
            let mut before = String::new();
            let _ = file.read_to_string(&mut before);
            // Who holds it, for the next one's error message; best effort, the lock is what counts.
            let _ = file
                .set_len(0)
                .and_then(|_| file.seek(SeekFrom::Start(0)))
                .and_then(|_| write!(file, "pid {}", std::process::id()));
            Ok(Lock {
                file,
                after_clean_close: before.trim() == CLOSED,
                close_clean: Arc::new(AtomicBool::new(false)),
            })
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

/// Why the lock file could not be opened: a folder that refuses writing (another user's archive, a read-only
/// share or disk) says so in its own error, which the window answers by opening the archive for reading.
fn open_error(root: &Path, path: &Path, e: std::io::Error) -> ArchiveError {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => ArchiveError::NotWritable {
            path: root.to_path_buf(),
            reason: e.to_string(),
        },
        _ => ArchiveError::io(path, e),
    }
}

/// True when some process holds the lock now (checked by taking and dropping it).
pub fn is_held(root: &Path) -> bool {
    match acquire(root) {
        // Nothing was written while this held it: a clean close before stays one.
        Ok(lock) => {
            if lock.after_clean_close() {
                lock.close_clean();
            }
            false
        }
        Err(e) => matches!(e, ArchiveError::Locked { .. }),
    }
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

    #[test]
    fn only_a_writer_that_let_go_in_order_marks_the_close() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path()).unwrap();
        assert!(!first.after_clean_close(), "a new lock file says nothing");
        drop(first);
        let second = acquire(dir.path()).unwrap();
        assert!(
            !second.after_clean_close(),
            "the first never said it closed"
        );
        second.close_clean();
        drop(second);
        // `is_held` takes the lock and gives it back as it found it.
        assert!(!is_held(dir.path()));
        let third = acquire(dir.path()).unwrap();
        assert!(third.after_clean_close());
        drop(third);
        assert!(!is_held(dir.path()));
        assert!(
            !acquire(dir.path()).unwrap().after_clean_close(),
            "the third never said it closed"
        );
    }

    #[test]
    fn a_folder_that_refuses_writing_is_not_writable_not_an_io_failure() {
        let root = Path::new("/archives/theirs");
        for kind in [
            std::io::ErrorKind::PermissionDenied,
            std::io::ErrorKind::ReadOnlyFilesystem,
        ] {
            let e = open_error(root, &root.join(LOCK_FILE), std::io::Error::from(kind));
            assert!(matches!(e, ArchiveError::NotWritable { .. }), "{e}");
            assert!(e.to_string().contains("reading"), "{e}");
        }
        let other = open_error(
            root,
            &root.join(LOCK_FILE),
            std::io::Error::from(std::io::ErrorKind::StorageFull),
        );
        assert!(matches!(other, ArchiveError::Io { .. }), "{other}");
    }

    #[test]
    fn a_clean_close_is_seen_by_the_next_writer() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path()).unwrap();
        first.close_clean();
        drop(first);
        let next = acquire(dir.path()).unwrap();
        assert!(next.after_clean_close());
        let text = std::fs::read_to_string(dir.path().join(LOCK_FILE)).unwrap();
        assert!(text.starts_with("pid "), "{text}");
    }
}
