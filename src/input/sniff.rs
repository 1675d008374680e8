//! What the bytes are, by content alone: binary data (and which kind), UTF-16 without a BOM, markup, JSON.
//! The file name is never consulted: scrapers save JSON as `.txt` and images as `.html`.

use super::vocab::{
    BINARY_CONTROL_SHARE, BINARY_MIN_CONTROLS, BINARY_SIGNATURES, CHARSET_SCAN_BYTES,
    HTML_ANYWHERE, HTML_STARTS, JSONL_SAMPLE_LINES, NON_NESTING_TAGS, RIFF_KINDS, SNIFF_BYTES,
    UTF16_HIGH_NUL_SHARE, UTF16_LOW_NUL_SHARE,
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
        if !opens_object(t) {
            // "{Site name} – a headline": a text dump, not JSON.
            return None;
        }
        if is_json_lines(t) {
            return Some(Shape::JsonLines);
        }
        return t
            .ends_with('}')
            .then(|| Shape::BrokenJson(whole.to_string()));
    }
    // `[`: a text dump may open with "[Menu]"; only `[{"…` or `[]` is meant as JSON.
    let rest = t[1..].trim_start();
    if t.ends_with(']') && (rest.starts_with(']') || opens_object(rest)) {
        return Some(Shape::BrokenJson(whole.to_string()));
    }
    None
}

/// True when `t` starts like a JSON object: `{"` or `{}` (blanks allowed between).
fn opens_object(t: &str) -> bool {
    t.strip_prefix('{')
        .map(str::trim_start)
        .is_some_and(|r| r.starts_with('"') || r.starts_with('}'))
}

/// JSON Lines: most of the first lines open a JSON object, and at least one of them parses as one (the others
/// may be broken records).
fn is_json_lines(t: &str) -> bool {
    let lines: Vec<&str> = t
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(JSONL_SAMPLE_LINES)
        .collect();
    let opening: Vec<&&str> = lines.iter().filter(|l| opens_object(l)).collect();
    let parsing = opening
        .iter()
        .any(|l| serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(l).is_ok());
    parsing && opening.len() * 2 >= lines.len()
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

/// How deep the page's elements nest, estimated in one pass over its tags (comments, scripts and styles
/// skipped; elements the parser closes by itself not counted). Stops counting once past `stop_at`.
pub fn html_depth(text: &str, stop_at: usize) -> usize {
    let b = text.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    // Runs on every page before parsing, so it scans with memchr/memmem and compares tag names in place
    // rather than allocating a lower-case copy of each.
    let comment_end = memchr::memmem::Finder::new(b"-->");
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            i = comment_end.find(&b[i..]).map_or(b.len(), |p| i + p + 3);
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let end = b[start..]
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'!' || *c == b'-'))
            .map_or(b.len(), |p| start + p);
        if end == start {
            continue;
        }
        let name = &b[start..end];
        let tag_end = memchr::memchr(b'>', &b[end..]).map_or(b.len(), |p| end + p + 1);
        let self_closing = tag_end > end && b[tag_end - 1] == b'/';
        i = tag_end;
        if [&b"script"[..], b"style", b"textarea", b"title"]
            .iter()
            .any(|raw| name.eq_ignore_ascii_case(raw))
        {
            if !closing {
                i = find_close(b, i, name).unwrap_or(b.len());
            }
            continue;
        }
        if self_closing
            || NON_NESTING_TAGS
                .iter()
                .any(|t| name.eq_ignore_ascii_case(t.as_bytes()))
        {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
            if max > stop_at {
                return max;
            }
        }
    }
    max
}

/// Where `</name` (any case) starts at or after `from`: the end of a raw-text element.
fn find_close(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr::memmem::find(&b[i..], b"</") {
        let at = i + off;
        let n = b.get(at + 2..at + 2 + name.len())?;
        if n.eq_ignore_ascii_case(name) {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noise(len: usize) -> Vec<u8> {
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    #[test]
    fn random_bytes_are_binary_and_not_utf16() {
        let b = noise(4096);
        assert_eq!(binary_kind(&b), Some("binary data"));
        assert_eq!(utf16_without_bom(&b), None);
    }

    #[test]
    fn text_with_rare_controls_is_text() {
        let mut t = "Some words of an article, and more words. "
            .repeat(20)
            .into_bytes();
        t[100] = 0;
        t[200] = 0x07;
        assert_eq!(binary_kind(&t), None);
        assert_eq!(
            binary_kind(b"\x00\x01\x02"),
            None,
            "too few controls to judge"
        );
    }

    #[test]
    fn utf16_orders_are_told_apart() {
        let le: Vec<u8> = "Привет, мир! 123"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Привет, мир! 123"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16_without_bom(&le), Some(encoding_rs::UTF_16LE));
        assert_eq!(utf16_without_bom(&be), Some(encoding_rs::UTF_16BE));
        assert_eq!(utf16_without_bom(b"plain ascii text"), None);
    }

    #[test]
    fn depth_counts_nesting_not_siblings() {
        assert_eq!(
            html_depth("<html><body><div><div><p>a<p>b</div></div>", 100),
            2
        );
        assert_eq!(html_depth(&"<div>".repeat(50), 100), 50);
        assert_eq!(
            html_depth(&"<div>".repeat(500), 100),
            101,
            "stops counting past the limit"
        );
        assert_eq!(html_depth(&"<p>para".repeat(1000), 100), 0);
        assert_eq!(
            html_depth(
                "<div><!-- <div><div> --><script>'<div>'</script><br/><img src=x></div>",
                100
            ),
            1
        );
        assert_eq!(html_depth("a < b and c<d", 100), 1);
    }

    #[test]
    fn json_shapes() {
        assert!(matches!(shape("{\"a\": 1}"), Shape::Json(_)));
        assert!(matches!(shape("[{\"a\": 1}]"), Shape::Json(_)));
        assert!(matches!(
            shape("{\"a\": 1}\n{\"a\": 2}\n"),
            Shape::JsonLines
        ));
        assert!(matches!(shape("{\"a\": 1\n{\"a\": 2}\n"), Shape::JsonLines));
        assert!(matches!(shape("{\n  \"a\": \n}"), Shape::BrokenJson(_)));
        assert!(matches!(shape("[{\"a\": }]"), Shape::BrokenJson(_)));
        assert!(matches!(shape("[Home] [News]\nText"), Shape::Text));
        assert!(matches!(shape("{curly} start of a text dump"), Shape::Text));
        let dump = "{Site name} - a headline\nA paragraph.\n{Site name} - another\nThe end. }";
        assert!(matches!(shape(dump), Shape::Text));
    }

    #[test]
    fn markup_is_found_after_a_banner_or_as_a_fragment() {
        assert!(looks_like_html("<!-- saved from url=(0042)x -->\n<html>"));
        assert!(looks_like_html("<p>One.</p><p>Two.</p>"));
        assert!(looks_like_html("  <DIV class=a>x</DIV>"));
        assert!(!looks_like_html("A dump that says 3 < 4 and 5 > 2."));
        assert!(!looks_like_html("<3 this text"));
    }
}
