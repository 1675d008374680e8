//! A document's whole text, for the page sketch (`source.page_minhash`): what finds the same page again in
//! another form, whatever the extractor made of either copy.
//!
//! Why not the extractor's blocks: a text dump is every visible word of a page (menus, footers, the content
//! a script would have replaced, `<noscript>` fallbacks), while the blocks of the HTML page are only what the
//! extractor's DOM walk kept. When that walk missed most of a page (a forum whose posts are in `<noscript>`,
//! a page whose main element is hidden until a script runs), the HTML page and its dump looked unrelated:
//! on the WCXB dev pages, whole-page texts taken this way raised the share of HTML pages found again as their
//! text dumps from 0.926 to 0.97 (see the README's figures). So the page's text here is taken the way a dump
//! tool takes it: every text outside tags, comments, scripts and styles, entities decoded. It needs no parse
//! (a linear scan), so it costs an import a fraction of what extraction does.

use super::minhash::Sketch;
use crate::input::Document;

/// The sketch of a document's whole text: the visible text of an HTML page, the text itself otherwise.
pub fn sketch(doc: &Document) -> Option<Sketch> {
    if doc.content_is_html {
        Sketch::of(&visible_text(&doc.text))
    } else {
        Sketch::of(&doc.text)
    }
}

/// Elements whose content is never shown as text.
const HIDDEN: [&[u8]; 2] = [b"script", b"style"];

/// Every text of `html` outside markup, comments, scripts and styles, with character references decoded;
/// each tag becomes a space. Malformed markup (a `<` never closed) ends the text there, as browsers do.
pub fn visible_text(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 4);
    let mut i = 0;
    while i < b.len() {
        let Some(lt) = memchr::memchr(b'<', &b[i..]).map(|p| i + p) else {
            push_text(&mut out, &html[i..]);
            break;
        };
        push_text(&mut out, &html[i..lt]);
        out.push(' ');
        i = skip_markup(b, lt);
    }
    out
}

/// From the `<` at `lt`: the index after the comment, tag or hidden element that starts there. A `<` that
/// starts no tag (`a < b`) is skipped alone.
fn skip_markup(b: &[u8], lt: usize) -> usize {
    let rest = &b[lt..];
    if rest.starts_with(b"<!--") {
        return find(b, lt + 4, b"-->").map_or(b.len(), |p| p + 3);
    }
    let name_start = lt + 1 + usize::from(rest.get(1) == Some(&b'/'));
    let name_len = b[name_start.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let starts_tag = name_len > 0 || matches!(rest.get(1), Some(b'!' | b'?'));
    if !starts_tag {
        return lt + 1;
    }
    let end = tag_end(b, name_start + name_len);
    let name = &b[name_start..name_start + name_len];
    let closing = rest.get(1) == Some(&b'/');
    if !closing && HIDDEN.iter().any(|h| name.eq_ignore_ascii_case(h)) {
        // Up to the element's end tag, whatever the script or style holds.
        let mut close = Vec::with_capacity(name.len() + 2);
        close.extend_from_slice(b"</");
        close.extend(name.iter().map(u8::to_ascii_lowercase));
        return find_ci(b, end, &close).map_or(b.len(), |p| tag_end(b, p + close.len()));
    }
    end
}

/// The index after the `>` that ends the tag whose attributes start at `from`; quoted values may hold `>`.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    b.len()
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|p| from + p)
}

/// Like [`find`], ignoring ASCII case; `needle` is lower-case.
fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while i + needle.len() <= b.len() {
        let p = i + memchr::memchr(b'<', &b[i..])?;
        if b.len() - p >= needle.len() && b[p..p + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// Appends `text` with its character references decoded; an unknown one becomes a space (it stood for some
/// character, and the words around it stay apart).
fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(32)
            .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '#')
            .filter(|(_, c)| *c == ';')
            .map(|(p, _)| p);
        match end {
            Some(e) => {
                out.push(reference(&after[..e]).unwrap_or(' '));
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference names (`amp`, `#233`, `#xE9`); `None` for a name not in the common set.
fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(n);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "shy" => '\u{ad}',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "middot" => '·',
        "bull" => '•',
        _ => return latin1_letter(name),
    })
}

/// The Latin-1 letters by their entity names (`eacute`, `Uuml`, `szlig`, …): they sit inside words.
fn latin1_letter(name: &str) -> Option<char> {
    let (base, mark) = match name {
        "szlig" => return Some('ß'),
        "aelig" => return Some('æ'),
        "AElig" => return Some('Æ'),
        "oslash" => return Some('ø'),
        "Oslash" => return Some('Ø'),
        "ccedil" => return Some('ç'),
        "Ccedil" => return Some('Ç'),
        "eth" => return Some('ð'),
        "thorn" => return Some('þ'),
        _ if name.len() > 1 && name.is_char_boundary(1) => name.split_at(1),
        _ => return None,
    };
    let letters: &[(&str, &str, &str)] = &[
        ("acute", "aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ"),
        ("grave", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ("circ", "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ("uml", "aeiouyAEIOU", "äëïöüÿÄËÏÖÜ"),
        ("tilde", "anoANO", "ãñõÃÑÕ"),
        ("ring", "aA", "åÅ"),
    ];
    let (_, bases, marked) = letters.iter().find(|(m, _, _)| *m == mark)?;
    let at = bases.find(base)?;
    marked.chars().nth(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_keeps_every_shown_word_and_drops_code() {
        let html = r#"<html><head><title>Caf&eacute; news</title><style>p { color: red }</style>
            <script>if (a < b && c > d) { document.write("</p>hidden") }</SCRIPT></head>
            <body><nav>Home | About</nav><!-- a <b>comment</b> -->
            <noscript><div class="post">The post itself, for readers without scripts.</div></noscript>
            <p title="a > b">Fish &amp; chips&nbsp;cost &#8364;5 &#x2014; a&unknown;b, 3 < 4.</p>"#;
        let t = visible_text(html);
        let words: Vec<&str> = t.split_whitespace().collect();
        assert_eq!(
            words.join(" "),
            "Café news Home | About The post itself, for readers without scripts. \
             Fish & chips cost €5 — a b, 3 4."
        );
    }

    #[test]
    fn unclosed_markup_ends_the_text_without_panicking() {
        assert_eq!(visible_text("one <script>two").trim(), "one");
        assert_eq!(visible_text("one <!-- two").trim(), "one");
        assert_eq!(visible_text("one <p class=\"x>two").trim(), "one");
        assert_eq!(visible_text("é&").trim(), "é&");
        assert_eq!(
            visible_text("&#xFFFFFFFF;x &#1114112;y &#99999999999;").trim(),
            "x  y"
        );
        assert_eq!(visible_text("<").trim(), "");
        assert_eq!(visible_text("</").trim(), "/");
    }
}
