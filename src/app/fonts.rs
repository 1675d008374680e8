//! Fallback fonts from the system, so CJK, Thai, Arabic and Hebrew text shows as text rather than boxes.
//!
//! egui's bundled fonts cover Latin, Greek and Cyrillic only. Bundling a CJK font would add ~16 MB to the
//! binary, so the window looks for fonts the system already has and appends them as fallbacks, after egui's
//! own fonts (Latin text keeps its usual look). Nothing found is not an error: those scripts show as boxes,
//! and the README says which packages to install.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Font files to try, best first, by script. The first one found of each group is used; file names, not
/// families, so no font-config library is needed. Covers Debian/Ubuntu/Fedora packages, macOS and Windows.
const FALLBACKS: &[(&str, &[&str])] = &[
    (
        "cjk",
        &[
            "NotoSansCJK-Regular.ttc",
            "NotoSansCJKsc-Regular.otf",
            "NotoSansCJKjp-Regular.otf",
            "SourceHanSans-Regular.ttc",
            "wqy-microhei.ttc",
            "wqy-zenhei.ttc",
            "DroidSansFallbackFull.ttf",
            "PingFang.ttc",
            "Hiragino Sans GB.ttc",
            "msyh.ttc",
            "YuGothM.ttc",
        ],
    ),
    (
        "thai",
        &[
            "NotoSansThai-Regular.ttf",
            "NotoSansThaiUI-Regular.ttf",
            "Loma.ttf",
            "Garuda.ttf",
            "Thonburi.ttc",
            "LeelawUI.ttf",
            "tahoma.ttf",
        ],
    ),
    (
        "arabic-hebrew",
        &[
            "DejaVuSans.ttf",
            "NotoSansArabic-Regular.ttf",
            "FreeSans.ttf",
            "GeezaPro.ttc",
            "arial.ttf",
        ],
    ),
];

/// Folders searched, recursively up to [`MAX_DEPTH`]; `~` is the user's home.
const FONT_DIRS: &[&str] = &[
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/System/Library/Fonts",
    "/Library/Fonts",
    "C:\\Windows\\Fonts",
];

/// Font trees are shallow (`/usr/share/fonts/opentype/noto/x.ttc` is depth 2); 4 leaves room without walking
/// anything unexpected.
const MAX_DEPTH: usize = 4;

/// Adds the system's fallback fonts to `ctx` from a background thread: finding and reading them (a CJK font
/// is 16 MB or more) would otherwise delay the window's first frame. Latin text shows at once; the other
/// scripts from the frame after the fonts arrive.
pub fn install_system_fallbacks_in_background(ctx: &egui::Context) {
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("sift-fonts".into())
        .spawn(move || {
            install_system_fallbacks(&ctx);
            ctx.request_repaint();
        });
    // No thread, no fallbacks: those scripts show as boxes, as without the fonts installed.
    drop(spawned);
}

/// Adds the system's fallback fonts to `ctx`. Returns the files used (for the log and the tests).
pub fn install_system_fallbacks(ctx: &egui::Context) -> Vec<PathBuf> {
    let found = find_fallbacks(&font_dirs());
    if found.is_empty() {
        return found;
    }
    let mut defs = egui::FontDefinitions::default();
    let mut used = Vec::new();
    for (i, path) in found.into_iter().enumerate() {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let name = format!("system-fallback-{i}");
        defs.font_data
            .insert(name.clone(), Arc::new(egui::FontData::from_owned(bytes)));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            defs.families.entry(family).or_default().push(name.clone());
        }
        used.push(path);
    }
    ctx.set_fonts(defs);
    used
}

fn font_dirs() -> Vec<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    FONT_DIRS
        .iter()
        .filter_map(|d| match d.strip_prefix("~/") {
            Some(rest) => home.as_ref().map(|h| h.join(rest)),
            None => Some(PathBuf::from(d)),
        })
        .collect()
}

/// The first file of each [`FALLBACKS`] group found under `dirs`, without duplicates.
pub fn find_fallbacks(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut by_name: HashMap<String, PathBuf> = HashMap::new();
    for d in dirs {
        index_dir(d, 0, &mut by_name);
    }
    let mut out: Vec<PathBuf> = Vec::new();
    for (_, names) in FALLBACKS {
        let hit = names
            .iter()
            .find_map(|n| by_name.get(&n.to_ascii_lowercase()));
        if let Some(p) = hit
            && !out.contains(p)
        {
            out.push(p.clone());
        }
    }
    out
}

/// Records every file under `dir` by lower-cased name (Windows and macOS names vary in case); the first seen
/// wins.
fn index_dir(dir: &Path, depth: usize, by_name: &mut HashMap<String, PathBuf>) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            index_dir(&path, depth + 1, by_name);
        } else if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            by_name.entry(name.to_ascii_lowercase()).or_insert(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_best_file_of_each_script_once() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("opentype/noto");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::create_dir_all(dir.path().join("tlwg")).unwrap();
        // A lesser CJK choice beside the preferred one: the preferred wins.
        std::fs::write(dir.path().join("wqy-microhei.ttc"), b"x").unwrap();
        std::fs::write(deep.join("NotoSansCJK-Regular.ttc"), b"x").unwrap();
        std::fs::write(dir.path().join("tlwg/Loma.ttf"), b"x").unwrap();
        std::fs::write(dir.path().join("unrelated.ttf"), b"x").unwrap();
        let found = find_fallbacks(&[dir.path().to_path_buf()]);
        assert_eq!(
            found,
            vec![
                deep.join("NotoSansCJK-Regular.ttc"),
                dir.path().join("tlwg/Loma.ttf")
            ]
        );
    }

    #[test]
    fn missing_folders_find_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert!(find_fallbacks(&[dir.path().join("absent")]).is_empty());
    }
}
