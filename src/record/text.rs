//! Characters no field of a record keeps: controls that hide or garble text, and bidirectional overrides.
//!
//! A NUL ends a C string, an escape sequence rewrites a terminal, and a right-to-left override makes
//! `txt.exe` read as `exe.txt`; none belongs in an article's title or body, whoever wrote it (a scraper, a page,
//! a hand edit). The extractor strips them from what it finds, and every export from what it writes.

/// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). Right-to-left text needs
/// none of them; the marks U+200E/U+200F, which it does use, stay.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character no field keeps: C0 and C1 controls but tab and line feed, DEL, bidi controls and the
/// byte-order mark.
fn is_dropped(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) || c == '\u{FEFF}'
}

/// `s` with the dropped characters gone and line breaks kept (`\r\n` and the Unicode line and paragraph
/// separators become `\n`): for the body and notes.
pub fn text(s: &str) -> String {
    let s = s.replace("\r\n", "\n");
    s.chars()
        .map(|c| match c {
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
            c => c,
        })
        .filter(|c| !is_dropped(*c))
        .collect()
}

/// `s` on one line: like [`text`], with every line break and tab turned into a space.
pub fn line(s: &str) -> String {
    text(s)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_go_line_breaks_stay() {
        assert_eq!(text("a\0b\u{1b}[2Jc\r\nd\u{202E}e\u{2066}f"), "ab[2Jc\ndef");
        assert_eq!(line("one\ntwo\tthree\u{7f}"), "one two three");
        assert_eq!(text("שלום\u{200F} world"), "שלום\u{200F} world");
    }
}
