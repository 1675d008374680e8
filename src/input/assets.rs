//! Files that are not documents, recognised by name before they are read: a saved page's asset folder
//! (`Page_files/` beside `Page.html`, `Seite-Dateien/` beside `Seite.html`, …) and images, stylesheets,
//! scripts and fonts wherever they are. They are skipped and counted, never failures: a folder saved by a
//! browser imports with exit status 0.

use super::vocab::{ASSET_EXTENSIONS, ASSET_FOLDER_SUFFIXES, SAVED_PAGE_EXTENSIONS};
use std::path::Path;

/// Why `path` is not a document (its kind for counting, and a reason), or `None` when it may be one.
pub fn skip_reason(path: &Path) -> Option<(&'static str, String)> {
    if let Some(page) = asset_folder_page(path) {
        return Some((
            "asset",
            format!("in the asset folder of {}", page.display()),
        ));
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    let (_, what) = ASSET_EXTENSIONS.iter().find(|(e, _)| *e == ext)?;
    Some(("asset", format!("not a document: {what} (.{ext})")))
}

/// The saved page whose asset folder holds `path`, if any of its folders is one.
fn asset_folder_page(path: &Path) -> Option<std::path::PathBuf> {
    for dir in path.ancestors().skip(1) {
        let Some(name) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = ASSET_FOLDER_SUFFIXES
            .iter()
            .find_map(|s| name.strip_suffix(s))
            .filter(|s| !s.is_empty())
        else {
            continue;
        };
        let parent = dir.parent().unwrap_or(Path::new(""));
        for ext in SAVED_PAGE_EXTENSIONS {
            let page = parent.join(format!("{stem}.{ext}"));
            if page.is_file() {
                return Some(page);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_and_asset_folders_are_skipped_by_name() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path();
        std::fs::write(p.join("Story.html"), "<html></html>").unwrap();
        std::fs::create_dir(p.join("Story_files")).unwrap();
        std::fs::create_dir(p.join("Other_files")).unwrap();
        std::fs::create_dir(p.join("Seite-Dateien")).unwrap();
        std::fs::write(p.join("Seite.htm"), "<html></html>").unwrap();
        let in_folder = p.join("Story_files/frame.html");
        assert_eq!(skip_reason(&in_folder).unwrap().0, "asset");
        assert!(skip_reason(&p.join("Seite-Dateien/x.txt")).is_some());
        // No page beside it: an ordinary folder that happens to be named so.
        assert!(skip_reason(&p.join("Other_files/notes.txt")).is_none());
        assert!(skip_reason(&p.join("Story.html")).is_none());
        let (kind, why) = skip_reason(&p.join("logo.PNG")).unwrap();
        assert_eq!(kind, "asset");
        assert!(why.contains("an image"), "{why}");
        assert!(skip_reason(&p.join("page.txt")).is_none());
    }
}
