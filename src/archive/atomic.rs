//! Atomic file writes: a temp file in the same folder, fsync, rename (or link), fsync the folder.
//!
//! A reader (or a crash) sees the old file or the new one, never a mix. The byte writing goes through a
//! [`Writer`] so tests can inject the failures a disk gives (full, read-only, cut off half-way) and prove the
//! old file is intact.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Suffix of every temp file the archive writes; anything ending so is a leftover from an interrupted write.
pub const TEMP_SUFFIX: &str = ".sift-tmp";

/// Writes the bytes of a new file. The archive uses [`DiskWriter`]; tests substitute one that fails.
pub trait Writer: Send + Sync + std::fmt::Debug {
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
}

/// Writes all bytes and flushes them to the disk.
#[derive(Debug, Default, Clone, Copy)]
pub struct DiskWriter;

impl Writer for DiskWriter {
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)?;
        file.sync_all()
    }
}

/// Makes temp names unique within the process; the pid makes them unique across processes.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// True when `name` is one of our temp files.
pub fn is_temp_name(name: &str) -> bool {
    name.ends_with(TEMP_SUFFIX)
}

/// The process that made temp file `name` (named `.{file}.{pid}.{n}.sift-tmp`), when the name says.
pub fn temp_pid(name: &str) -> Option<u32> {
    let mut parts = name.strip_suffix(TEMP_SUFFIX)?.rsplit('.');
    parts.next()?;
    parts.next()?.parse().ok()
}

fn temp_path(dest: &Path) -> io::Result<(PathBuf, PathBuf)> {
    // `out.csv` has the parent `` — the current folder.
    let dir = match dest.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = dest
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}{TEMP_SUFFIX}", std::process::id()));
    Ok((dir.to_path_buf(), tmp))
}

fn write_temp(writer: &dyn Writer, tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = OpenOptions::new().write(true).create_new(true).open(tmp)?;
    let res = writer.write(&mut f, bytes);
    drop(f);
    if res.is_err() {
        let _ = fs::remove_file(tmp);
    }
    res
}

/// Replaces (or creates) `dest` with `bytes`, atomically.
pub fn replace(writer: &dyn Writer, dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, tmp) = temp_path(dest)?;
    write_temp(writer, &tmp, bytes)?;
    if let Err(e) = fs::rename(&tmp, dest) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(&dir)
}

/// Replaces (or creates) `dest` with what `fill` writes, atomically, without holding it in memory: for exports
/// of any size. When `fill` fails, `dest` is left as it was and the temp file is removed.
pub fn replace_streaming(
    dest: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let (dir, tmp) = temp_path(dest)?;
    let f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
    let mut w = io::BufWriter::with_capacity(1 << 16, f);
    let res = fill(&mut w)
        .and_then(|()| w.flush())
        .and_then(|()| w.get_ref().sync_all());
    drop(w);
    if let Err(e) = res.and_then(|()| fs::rename(&tmp, dest)) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(&dir)
}

/// Creates `dest` with `bytes`, atomically, only if it does not exist yet. Returns false (and writes nothing)
/// when it exists: files written once, like raw bytes and history, are never replaced.
pub fn create_new(writer: &dyn Writer, dest: &Path, bytes: &[u8]) -> io::Result<bool> {
    if dest.exists() {
        return Ok(false);
    }
    let (dir, tmp) = temp_path(dest)?;
    write_temp(writer, &tmp, bytes)?;
    // A hard link fails when `dest` exists, where a rename would replace it.
    match fs::hard_link(&tmp, dest) {
        Ok(()) => {
            let _ = fs::remove_file(&tmp);
            sync_dir(&dir)?;
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let _ = fs::remove_file(&tmp);
            Ok(false)
        }
        Err(_) => {
            // A file system without hard links (FAT on a USB stick, some network shares). The archive's
            // writer holds its lock, so nothing else creates `dest` between this test and the rename.
            if dest.exists() {
                let _ = fs::remove_file(&tmp);
                return Ok(false);
            }
            if let Err(e) = fs::rename(&tmp, dest) {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
            sync_dir(&dir)?;
            Ok(true)
        }
    }
}

/// Moves `from` to `to` (same file system) without replacing `to`, and makes both folders durable.
pub fn move_new(from: &Path, to: &Path) -> io::Result<()> {
    if to.exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} exists", to.display()),
        ));
    }
    fs::rename(from, to)?;
    if let Some(d) = to.parent() {
        sync_dir(d)?;
    }
    if let Some(d) = from.parent() {
        sync_dir(d)?;
    }
    Ok(())
}

/// Flushes a folder's entries (a rename is durable only once its folder is).
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        // Windows cannot open a folder as a file; its renames are journaled by NTFS.
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes half the bytes, then fails as a full disk does.
    #[derive(Debug)]
    struct DiskFull;
    impl Writer for DiskFull {
        fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(io::Error::new(io::ErrorKind::StorageFull, "no space left"))
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn failed_replace_keeps_the_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.json");
        replace(&DiskWriter, &p, b"old version").unwrap();
        let err = replace(&DiskFull, &p, b"new version, longer").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert_eq!(fs::read(&p).unwrap(), b"old version");
        assert_eq!(names(dir.path()), ["r.json"]);
        replace(&DiskWriter, &p, b"new").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"new");
    }

    #[test]
    fn a_temp_name_says_its_process() {
        let (_, tmp) = temp_path(Path::new("/a/records/x-1.json")).unwrap();
        let name = tmp.file_name().unwrap().to_str().unwrap();
        assert!(is_temp_name(name));
        assert_eq!(temp_pid(name), Some(std::process::id()));
        assert_eq!(temp_pid("x.json"), None);
        assert_eq!(temp_pid(".x.json.notapid.3.sift-tmp"), None);
    }

    #[test]
    fn create_new_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("raw.bin");
        assert!(create_new(&DiskWriter, &p, b"first").unwrap());
        assert!(!create_new(&DiskWriter, &p, b"second").unwrap());
        assert_eq!(fs::read(&p).unwrap(), b"first");
        assert_eq!(names(dir.path()), ["raw.bin"]);
    }

    #[test]
    fn move_new_refuses_to_clobber() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::write(&a, "a").unwrap();
        fs::write(&b, "b").unwrap();
        assert!(move_new(&a, &b).is_err());
        assert_eq!(fs::read(&b).unwrap(), b"b");
        fs::remove_file(&b).unwrap();
        move_new(&a, &b).unwrap();
        assert_eq!(fs::read(&b).unwrap(), b"a");
        assert!(!a.exists());
    }
}
