//! What a browser or SingleFile wrote into a saved page about where it came from: Internet Explorer's and
//! Chrome's `<!-- saved from url=(0044)https://… -->` line, and SingleFile's banner comment (`Page saved with
//! SingleFile`, `url:`, `saved date:`). They give the page's URL (when the page itself has none) and when it was
//! saved.

/// Bytes of the page's start searched: both comments come before or right after the doctype.
const HEAD_BYTES: usize = 4096;

/// Where a saved page came from, by its own comment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    pub url: Option<String>,
    /// The save time as written (SingleFile writes the browser's `Date.toString()`).
    pub saved: Option<String>,
    /// `SingleFile` or `browser`.
    pub by: &'static str,
}

/// The provenance comment of a saved page, when it has one.
pub fn provenance(html: &str) -> Option<Provenance> {
    let mut end = html.len().min(HEAD_BYTES);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let head = &html[..end];
    if let Some(i) = head.find("Page saved with SingleFile") {
        let banner = &head[i..];
        let banner = &banner[..banner.find("-->").unwrap_or(banner.len())];
        let field = |name: &str| {
            banner.lines().find_map(|l| {
                let l = l.trim();
                l.strip_prefix(name)
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
            })
        };
        return Some(Provenance {
            url: field("url:").filter(|u| is_web(u)),
            saved: field("saved date:"),
            by: "SingleFile",
        });
    }
    let i = head.find("saved from url=(")?;
    let rest = &head[i + "saved from url=(".len()..];
    let close = rest.find(')')?;
    let after = &rest[close + 1..];
    // The number in brackets is the URL's length; without it, the URL runs to the next blank.
    let url: String = match rest[..close].parse::<usize>() {
        Ok(n) if n > 0 => after.chars().take(n).collect(),
        _ => after.chars().take_while(|c| !c.is_whitespace()).collect(),
    };
    Some(Provenance {
        url: Some(url).filter(|u| is_web(u)),
        saved: None,
        by: "browser",
    })
}

fn is_web(u: &str) -> bool {
    u.starts_with("http://") || u.starts_with("https://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_and_singlefile_comments() {
        let ie = "<!DOCTYPE html>\r\n<!-- saved from url=(0032)https://gazette.example/a-b/page -->\r\n<html>";
        let p = provenance(ie).unwrap();
        assert_eq!(p.url.as_deref(), Some("https://gazette.example/a-b/page"));
        assert_eq!(p.by, "browser");
        let sf = "<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://vesti.example/budget \n \
                  saved date: Wed Mar 12 2025 10:15:00 GMT+0100 (Central European Standard Time)\n--><head>";
        let p = provenance(sf).unwrap();
        assert_eq!(p.url.as_deref(), Some("https://vesti.example/budget"));
        assert_eq!(
            p.saved.as_deref(),
            Some("Wed Mar 12 2025 10:15:00 GMT+0100 (Central European Standard Time)")
        );
        assert!(
            provenance("<!-- saved from url=(0014)about:internet -->")
                .unwrap()
                .url
                .is_none()
        );
        assert!(provenance("<html><p>saved from nowhere</p>").is_none());
    }
}
