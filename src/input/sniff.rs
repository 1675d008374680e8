//! What the bytes are, by content alone: binary data (and which kind), UTF-16 without a BOM, markup, JSON.
//! The file name is never consulted: scrapers save JSON as `.txt` and images as `.html`.

use super::vocab::{
    BINARY_CONTROL_SHARE, BINARY_MIN_CONTROLS, BINARY_SIGNATURES, CHARSET_SCAN_BYTES,
    HTML_ANYWHERE, HTML_STARTS, RIFF_KINDS, SNIFF_BYTES, UTF16_HIGH_NUL_SHARE, UTF16_LOW_NUL_SHARE,
};
use encoding_rs::Encoding;

/// What a decoded text holds.
#[derive(Debug)]
pub enum Shape {
    /// A web page.
    Html,
    /// A plain-text dump.
    Text,
    /// One JSON value (an object or an array of objects).
    Json(serde_json::Value),
    /// JSON Lines: one object a line.
    JsonLines,
    /// Meant as JSON (starts and ends like it) but does not parse: the parser's message.
    BrokenJson(String),
}

/// The binary format the bytes start with, or `"binary data"` when they are mostly control bytes; `None` for
/// text. A BOM or a UTF-16 pattern is checked by the caller first: their NULs are text.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    for (magic, name) in BINARY_SIGNATURES {
        if bytes.starts_with(magic) {
            return Some(name);
        }
    }
    if bytes.starts_with(b"RIFF") && bytes.len() >= 12 {
        for (kind, name) in RIFF_KINDS {
            if &bytes[8..12] == *kind {
                return Some(name);
            }
        }
    }
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let controls = sample.iter().filter(|&&b| is_binary_control(b)).count();
    let share = controls as f64 / sample.len().max(1) as f64;
    (controls >= BINARY_MIN_CONTROLS && share > BINARY_CONTROL_SHARE).then_some("binary data")
}

/// C0 controls that text does not contain; tab, LF, FF, CR and ESC (ISO-2022-JP) are text.
fn is_binary_control(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f | 0x7f)
}

/// UTF-16LE or BE recognised without a BOM: ASCII characters (spaces, digits, punctuation, markup) have a NUL
/// high byte, so one byte position of each pair is often NUL and the other almost never.
pub fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    let units = sample.len() / 2;
    if units < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let (even, odd) = (even as f64 / units as f64, odd as f64 / units as f64);
    if odd > UTF16_HIGH_NUL_SHARE && even <= UTF16_LOW_NUL_SHARE {
        Some(encoding_rs::UTF_16LE)
    } else if even > UTF16_HIGH_NUL_SHARE && odd <= UTF16_LOW_NUL_SHARE {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Decides what a decoded text holds. JSON is tried first (by its first character), then markup; the rest is
/// plain text.
pub fn shape(text: &str) -> Shape {
    let t = text.trim_start_matches('\u{feff}').trim();
    if (t.starts_with('{') || t.starts_with('['))
        && let Some(shape) = json_shape(t)
    {
        return shape;
    }
    if looks_like_html(t) {
        Shape::Html
    } else {
        Shape::Text
    }
}

fn json_shape(t: &str) -> Option<Shape> {
    let whole = match serde_json::from_str::<serde_json::Value>(t) {
        Ok(v @ (serde_json::Value::Object(_) | serde_json::Value::Array(_))) => {
            return Some(Shape::Json(v));
        }
        Ok(_) => return None,
        Err(e) => e,
    };
    if t.starts_with('{') {
        let mut lines = t.lines().map(str::trim).filter(|l| !l.is_empty());
        let first_is_object = lines.next().is_some_and(|l| {
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(l).is_ok()
        });
        let object_lines = t
            .lines()
            .filter(|l| l.trim_start().starts_with('{'))
            .take(2)
            .count();
        if first_is_object
            || object_lines >= 2 && t.lines().all(|l| !l.starts_with(char::is_whitespace))
        {
            return Some(Shape::JsonLines);
        }
        if t.ends_with('}') {
            return Some(Shape::BrokenJson(whole.to_string()));
        }
        return None;
    }
    // `[`: a text dump may open with "[Menu]"; only `[{…}]` or `[]` is meant as JSON.
    let second = t[1..].trim_start().chars().next();
    if t.ends_with(']') && matches!(second, Some('{') | Some(']')) {
        return Some(Shape::BrokenJson(whole.to_string()));
    }
    None
}

/// True when the text is markup: it opens with an HTML tag, or a page's root tags appear near its start (after
/// a comment, an XML prolog or a browser's "saved from" banner).
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let mut end = t.len().min(CHARSET_SCAN_BYTES);
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    let head = t[..end].to_ascii_lowercase();
    if HTML_STARTS.iter().any(|s| head.starts_with(s)) {
        return true;
    }
    if HTML_ANYWHERE.iter().any(|s| head.contains(s)) {
        return true;
    }
    // A fragment: opens with a tag and closes one.
    let mut chars = head.chars();
    chars.next() == Some('<')
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && head.contains("</")
}
