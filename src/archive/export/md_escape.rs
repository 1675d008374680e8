//! Text made safe to put in Markdown: it reads as the same text in any CommonMark renderer, never as markup,
//! raw HTML or a link.
//!
//! Scraped titles and bodies hold `<script>`, `*`, `[x](y)` and lines starting with `#` or `1.`; a renderer that
//! saw them as markup would change the article or run what a page injected. CommonMark lets any ASCII
//! punctuation be escaped with a backslash, so markup characters are, and block markers are escaped at the
//! start of a line.

/// Characters that open inline markup, raw HTML, entities or links anywhere in a line.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|', '!', '{', '}',
];

/// One line of text (a title, a caption) with inline markup escaped.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if INLINE.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// True when `line` (trimmed at its start) would open a block: heading, quote, list item, rule, setext
/// underline, fence, table or footnote.
fn opens_block(line: &str) -> bool {
    let first = match line.chars().next() {
        Some(c) => c,
        None => return false,
    };
    if matches!(
        first,
        '#' | '>' | '-' | '+' | '*' | '=' | '_' | '`' | '~' | '|' | '['
    ) {
        return true;
    }
    // An ordered list item: up to nine digits then `.` or `)`.
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (1..=9).contains(&digits) && matches!(line[digits..].chars().next(), Some('.' | ')'))
}

/// A line's text with its block marker escaped and inline markup escaped.
fn block_line(line: &str) -> String {
    // Leading spaces would make an indented code block; they carry nothing in prose.
    let line = line.trim_start();
    let escaped = inline(line);
    if !opens_block(line) {
        return escaped;
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        // `1.` → `1\.`: the escape goes before the list marker's punctuation.
        format!("{}\\{}", &escaped[..digits], &escaped[digits..])
    } else if escaped.starts_with('\\') {
        escaped
    } else {
        format!("\\{escaped}")
    }
}

/// Paragraphs of text (the body, notes) with every line escaped; line breaks kept as they are.
pub fn block(text: &str) -> String {
    text.lines().map(block_line).collect::<Vec<_>>().join("\n")
}

/// An autolink `<url>` of a URL already checked to be `http`/`https` and serialised (so it holds no space or
/// angle bracket); anything else is written as escaped text instead.
pub fn autolink(url: &str) -> String {
    if url.contains(|c: char| c.is_whitespace() || c.is_control() || c == '<' || c == '>') {
        inline(url)
    } else {
        format!("<{url}>")
    }
}

/// A YAML scalar: a JSON string, which YAML reads as a double-quoted scalar, with the line and paragraph
/// separators escaped as YAML wants.
pub fn yaml_str(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap_or_else(|_| "\"\"".into())
        .replace('\u{2028}', "\\L")
        .replace('\u{2029}', "\\P")
}

/// A YAML flow sequence of strings.
pub fn yaml_list(items: &[String]) -> String {
    let parts: Vec<String> = items.iter().map(|s| yaml_str(s)).collect();
    format!("[{}]", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_title_is_text() {
        assert_eq!(
            inline("<img src=x onerror=alert(1)> *bold* [a](b)"),
            "\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[a\\](b)"
        );
        assert_eq!(inline("Москва, 2024"), "Москва, 2024");
    }

    #[test]
    fn block_markers_at_line_starts_are_escaped() {
        assert_eq!(block("# not a heading"), "\\# not a heading");
        assert_eq!(block("1. first\n2) second"), "1\\. first\n2\\) second");
        assert_eq!(
            block("- item\n+ item\n> quote"),
            "\\- item\n\\+ item\n\\> quote"
        );
        assert_eq!(block("    code?\n```"), "code?\n\\`\\`\\`");
        assert_eq!(block("1984 was a year."), "1984 was a year.");
        assert_eq!(block("a - b\n\nc"), "a - b\n\nc");
        assert_eq!(block("==="), "\\===");
    }

    #[test]
    fn autolinks_cannot_be_broken_out_of() {
        assert_eq!(autolink("https://a.example/x"), "<https://a.example/x>");
        assert_eq!(
            autolink("https://a.example/x> y"),
            "https://a.example/x\\> y"
        );
    }

    #[test]
    fn yaml_scalars_are_quoted() {
        assert_eq!(yaml_str("a: \"b\"\n"), "\"a: \\\"b\\\"\\n\"");
        assert_eq!(yaml_list(&["x".into(), "y'z".into()]), "[\"x\", \"y'z\"]");
    }
}
