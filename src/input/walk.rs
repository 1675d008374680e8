//! The files under the paths a user gave (import, extract, eval): folders walked in sorted order, hidden entries
//! inside folders skipped, symlinked folders followed once (a symlink loop ends, it does not spin).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Files under `paths`, in the order given, folders walked in sorted order. A path that is not a folder is
/// returned as is, even if it does not exist, so the caller reports it.
pub fn walk(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for p in paths {
        walk_one(p, &mut out, &mut seen);
    }
    out
}

fn walk_one(p: &Path, out: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>) {
    if !p.is_dir() {
        out.push(p.to_path_buf());
        return;
    }
    // A folder reached twice (a symlink loop, or the same folder given twice) is walked once.
    let canonical = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    if !seen.insert(canonical) {
        return;
    }
    let Ok(rd) = std::fs::read_dir(p) else {
        // Unreadable: the caller's read reports why.
        out.push(p.to_path_buf());
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for e in entries {
        let hidden = e
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if !hidden {
            walk_one(&e, out, seen);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_skips_hidden_and_survives_a_symlink_loop() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("b.txt"), "b").unwrap();
        std::fs::write(d.join("a.html"), "a").unwrap();
        std::fs::write(d.join(".hidden"), "h").unwrap();
        std::fs::write(d.join("sub/c.jsonl"), "c").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
        let files = walk(&[d.to_path_buf()]);
        let names: Vec<String> = files
            .iter()
            .map(|f| f.strip_prefix(d).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.html", "b.txt", "sub/c.jsonl"]);
    }
}
