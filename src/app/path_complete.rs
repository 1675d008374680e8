//! The in-window path entry's reading of a typed or pasted path, and its Tab completion from the file system,
//! as a shell completes: the one name that fits is written out, several that fit are written up to what they
//! share and listed.

use std::path::{MAIN_SEPARATOR, Path, PathBuf};

/// At most this many names are listed under the entry when several fit.
pub const MAX_CHOICES: usize = 40;

/// What Tab made of the typed path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completion {
    /// The path completed as far as the names that fit agree.
    pub text: String,
    /// The names that fit, when more than one does (folders end with a separator); at most [`MAX_CHOICES`].
    pub choices: Vec<String>,
}

/// The path a person typed or pasted: spaces and quotes around it dropped, a `file://` URI (what a file manager
/// copies) read as its path, `~` as the home folder.
pub fn resolve(typed: &str) -> PathBuf {
    let t = typed.trim().trim_matches(['"', '\'']);
    let t = t
        .strip_prefix("file://")
        .map_or_else(|| t.to_string(), percent_decode);
    if t == "~" {
        return home().unwrap_or_else(|| PathBuf::from(t));
    }
    if let Some(rest) = t.strip_prefix("~/")
        && let Some(h) = home()
    {
        return h.join(rest);
    }
    PathBuf::from(t)
}

/// Completes `typed` from the names in its folder (only folders when `folders_only`).
pub fn complete(typed: &str, folders_only: bool) -> Completion {
    let unchanged = Completion {
        text: typed.to_string(),
        choices: vec![],
    };
    let cut = typed.rfind(['/', MAIN_SEPARATOR]).map_or(0, |i| i + 1);
    let (dir_part, prefix) = typed.split_at(cut);
    let dir = if dir_part.is_empty() {
        PathBuf::from(".")
    } else {
        resolve(dir_part)
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return unchanged;
    };
    let mut fits: Vec<(String, bool)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            // Hidden names only when the typed part asks for them, as shells do.
            if name.starts_with('.') && !prefix.starts_with('.') {
                return None;
            }
            if !name.starts_with(prefix) {
                return None;
            }
            let is_dir = is_dir(&e.path());
            (is_dir || !folders_only).then_some((name, is_dir))
        })
        .collect();
    fits.sort();
    match fits.as_slice() {
        [] => unchanged,
        [(name, is_dir)] => Completion {
            text: format!("{dir_part}{name}{}", if *is_dir { "/" } else { "" }),
            choices: vec![],
        },
        _ => {
            let shared = shared_prefix(fits.iter().map(|(n, _)| n.as_str()));
            Completion {
                text: format!("{dir_part}{shared}"),
                choices: fits
                    .iter()
                    .take(MAX_CHOICES)
                    .map(|(n, d)| format!("{n}{}", if *d { "/" } else { "" }))
                    .collect(),
            }
        }
    }
}

/// A folder, or a link to one.
fn is_dir(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.is_dir())
}

/// The longest start all `names` share, cut at a character boundary.
fn shared_prefix<'a>(mut names: impl Iterator<Item = &'a str>) -> String {
    let Some(first) = names.next() else {
        return String::new();
    };
    let mut len = first.len();
    for n in names {
        len = first
            .char_indices()
            .zip(n.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| i + a.len_utf8())
            .min(len);
    }
    first[..len].to_string()
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
}

/// `%20` and the like in a `file://` URI, as bytes; a stray `%` stays.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).copied().and_then(hex),
                b.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> tempfile::TempDir {
        let d = tempfile::tempdir().expect("tempdir");
        for f in [
            "harbour-news.html",
            "harbour-notes.txt",
            "valley.txt",
            ".hidden",
        ] {
            std::fs::write(d.path().join(f), "x").expect("write");
        }
        std::fs::create_dir(d.path().join("harbour-archive")).expect("mkdir");
        std::fs::create_dir(d.path().join("valley pages")).expect("mkdir");
        d
    }

    #[test]
    fn one_fit_is_written_out_and_a_folder_gets_its_separator() {
        let d = tree();
        let base = format!("{}/", d.path().display());
        let c = complete(&format!("{base}val"), false);
        assert_eq!(c.choices.len(), 2, "{c:?}");
        let c = complete(&format!("{base}valley."), false);
        assert_eq!(c.text, format!("{base}valley.txt"));
        let c = complete(&format!("{base}val"), true);
        assert_eq!(c.text, format!("{base}valley pages/"));
        assert!(c.choices.is_empty());
    }

    #[test]
    fn several_fits_complete_to_what_they_share_and_are_listed() {
        let d = tree();
        let base = format!("{}/", d.path().display());
        let c = complete(&format!("{base}harb"), false);
        assert_eq!(c.text, format!("{base}harbour-"));
        assert_eq!(
            c.choices,
            vec!["harbour-archive/", "harbour-news.html", "harbour-notes.txt"]
        );
        let c = complete(&format!("{base}harbour-n"), false);
        assert_eq!(c.text, format!("{base}harbour-n"));
        // Hidden names only when asked for; nothing fits: unchanged.
        assert!(
            !complete(&base, false)
                .choices
                .iter()
                .any(|c| c.starts_with('.'))
        );
        assert_eq!(
            complete(&format!("{base}.hid"), false).text,
            format!("{base}.hidden")
        );
        assert_eq!(
            complete(&format!("{base}zzz"), false).text,
            format!("{base}zzz")
        );
        assert_eq!(
            complete("/no/such/folder/x", false).text,
            "/no/such/folder/x"
        );
    }

    #[test]
    fn pasted_paths_are_read_as_meant() {
        assert_eq!(
            resolve("  '/tmp/my pages/a.html' "),
            PathBuf::from("/tmp/my pages/a.html")
        );
        assert_eq!(
            resolve("file:///tmp/my%20pages/%D0%B0.html"),
            PathBuf::from("/tmp/my pages/а.html")
        );
        assert_eq!(resolve("100%"), PathBuf::from("100%"));
    }
}
