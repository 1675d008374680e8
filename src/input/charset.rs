//! The charset a file declares about itself: `<meta charset>`, `<meta http-equiv="Content-Type"
//! content="…; charset=…">`, or an XML prolog's `encoding=`. Only the first few KB are searched, as browsers do.

use super::vocab::CHARSET_SCAN_BYTES;
use regex::bytes::Regex;
use std::sync::LazyLock;

/// `<meta … charset=LABEL …>` in either form: the attribute of HTML5, or inside http-equiv's `content`.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles or the tests fail.
    Regex::new(r#"(?i-u)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#)
        .expect("static regex")
});

/// `<?xml … encoding="LABEL" …?>` at the very start (after a BOM or blanks).
static XML_ENCODING: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles or the tests fail.
    Regex::new(
        r#"(?i-u)\A(?:\xef\xbb\xbf)?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([a-z0-9_:.\-]+)"#,
    )
    .expect("static regex")
});

/// The charset label the bytes declare in their first `CHARSET_SCAN_BYTES`, as written (not yet resolved).
pub fn declared(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(CHARSET_SCAN_BYTES)];
    let caps = XML_ENCODING
        .captures(head)
        .or_else(|| META_CHARSET.captures(head))?;
    let label = caps.get(1)?.as_bytes();
    Some(String::from_utf8_lossy(label).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_html5_meta_charset() {
        let page = b"<!doctype html><html><head><meta charset=\"koi8-r\"><title>x</title>";
        assert_eq!(declared(page).as_deref(), Some("koi8-r"));
    }

    #[test]
    fn finds_http_equiv_content_charset() {
        let page =
            b"<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; Charset=Shift_JIS'>";
        assert_eq!(declared(page).as_deref(), Some("Shift_JIS"));
    }

    #[test]
    fn finds_xml_prolog_encoding() {
        let page = b"<?xml version=\"1.0\" encoding='windows-1251'?>\n<html>";
        assert_eq!(declared(page).as_deref(), Some("windows-1251"));
    }

    #[test]
    fn ignores_declarations_past_the_scan_window() {
        let mut page = b"<html><head>".to_vec();
        page.extend(std::iter::repeat_n(b' ', CHARSET_SCAN_BYTES));
        page.extend_from_slice(b"<meta charset=\"gbk\">");
        assert_eq!(declared(&page), None);
    }

    #[test]
    fn plain_text_declares_nothing() {
        assert_eq!(
            declared(b"Just words, and the word charset=utf-8 outside a tag."),
            None
        );
    }
}
