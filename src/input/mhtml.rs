//! MHTML (`.mhtml`, `.mht`: RFC 2557, as Chrome's "Save page as… single file" and old Internet Explorer write
//! it): a MIME `multipart/related` message whose first HTML part is the page, its images and styles the other
//! parts. The page is taken out with its transfer encoding (quoted-printable, base64) undone, in the charset its
//! part declares; `Content-Location` (or the message's `Snapshot-Content-Location`) is its URL.

use super::warc::http;

/// Bytes of the head looked at to recognise MHTML.
const SNIFF_BYTES: usize = 8 * 1024;

/// The page of an MHTML message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The HTML part's bytes, transfer encoding undone (still in its charset).
    pub html: Vec<u8>,
    pub charset: Option<String>,
    /// The part's `Content-Location`, else the message's `Snapshot-Content-Location`.
    pub url: Option<String>,
    /// The message's `Date` (when the page was saved), as written.
    pub saved: Option<String>,
    /// The message's `Subject` (the page's title when it was saved).
    pub subject: Option<String>,
}

/// True when `bytes` start like an MHTML message: MIME headers declaring `multipart/related` before any blank
/// line.
pub fn sniff(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(SNIFF_BYTES)]).to_ascii_lowercase();
    let head = head.trim_start();
    // Headers first: the first line is `Name: value`.
    let first = head.lines().next().unwrap_or("");
    let is_header = first.split_once(':').is_some_and(|(k, _)| {
        !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    let headers_end = head
        .find("\r\n\r\n")
        .or_else(|| head.find("\n\n"))
        .unwrap_or(head.len());
    is_header && head[..headers_end].contains("multipart/related")
}

/// The page of an MHTML message, or why there is none.
pub fn page(bytes: &[u8]) -> Result<Page, String> {
    let (headers, body) = split_head(bytes);
    let (media, _) = http::content_type(http::header(&headers, "content-type"));
    if media.as_deref() != Some("multipart/related") {
        return Err("not an MHTML message (no multipart/related content type)".to_string());
    }
    let boundary = param(
        http::header(&headers, "content-type").unwrap_or(""),
        "boundary",
    )
    .ok_or_else(|| "MHTML message without a boundary".to_string())?;
    let delimiter = format!("--{boundary}");
    let parts = split_parts(body, delimiter.as_bytes());
    let mut first_text = None;
    for part in &parts {
        let (ph, pb) = split_head(part);
        let (pmedia, charset) = http::content_type(http::header(&ph, "content-type"));
        let is_html = matches!(
            pmedia.as_deref(),
            Some("text/html" | "application/xhtml+xml")
        );
        if !is_html && first_text.is_some() {
            continue;
        }
        let encoding = http::header(&ph, "content-transfer-encoding")
            .unwrap_or("")
            .to_ascii_lowercase();
        let decoded = match encoding.trim() {
            "quoted-printable" => quoted_printable(pb),
            "base64" => base64(pb)?,
            _ => pb.to_vec(),
        };
        let url = http::header(&ph, "content-location")
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            .or_else(|| http::header(&headers, "snapshot-content-location"))
            .map(str::to_string);
        let page = Page {
            html: decoded,
            charset,
            url,
            saved: http::header(&headers, "date").map(str::to_string),
            subject: http::header(&headers, "subject").map(str::to_string),
        };
        if is_html {
            return Ok(page);
        }
        if pmedia.as_deref() == Some("text/plain") {
            first_text = Some(page);
        }
    }
    first_text.ok_or_else(|| {
        format!(
            "no HTML part among the {} parts of this MHTML file",
            parts.len()
        )
    })
}

/// Header lines (unfolded) and the body after the blank line.
fn split_head(bytes: &[u8]) -> (Vec<String>, &[u8]) {
    let mut r = bytes;
    // Leading blank lines (after a boundary) are not the end of the headers.
    while let Some(rest) = r.strip_prefix(b"\r\n").or_else(|| r.strip_prefix(b"\n")) {
        r = rest;
    }
    let start_len = r.len();
    let lines = match http::read_head(&mut r) {
        Ok(Some(lines)) => lines,
        _ => return (Vec::new(), &bytes[bytes.len() - start_len..]),
    };
    (lines, r)
}

/// The parts between `delimiter` lines, the preamble and epilogue left out.
fn split_parts<'a>(body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let finder = memchr::memmem::Finder::new(delimiter);
    let mut starts: Vec<usize> = finder
        .find_iter(body)
        .filter(|&i| i == 0 || body[i - 1] == b'\n')
        .collect();
    starts.dedup();
    let mut parts = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let after = s + delimiter.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        let end = starts.get(k + 1).copied().unwrap_or(body.len());
        // The line break before the next delimiter belongs to it.
        let mut part = &body[after..end];
        part = part.strip_suffix(b"\n").unwrap_or(part);
        part = part.strip_suffix(b"\r").unwrap_or(part);
        parts.push(part);
    }
    parts
}

/// A parameter of a header value (`boundary="…"`), unquoted.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Quoted-printable decoded (RFC 2045 §6.7): `=XX` escapes, `=` at a line's end joins it to the next.
pub fn quoted_printable(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        let rest = &input[i + 1..];
        if rest.starts_with(b"\r\n") {
            i += 3;
        } else if rest.starts_with(b"\n") {
            i += 2;
        } else if let (Some(h), Some(l)) = (
            rest.first().and_then(|c| (*c as char).to_digit(16)),
            rest.get(1).and_then(|c| (*c as char).to_digit(16)),
        ) {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            // A stray `=`: kept, as decoders do.
            out.push(b);
            i += 1;
        }
    }
    out
}

/// Base64 decoded, blanks and line breaks ignored; padding optional.
pub fn base64(input: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in input {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return Err(format!("bad base64 in the HTML part (byte {c:#04x})")),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_and_base64() {
        assert_eq!(
            quoted_printable(b"mornin=\r\ng caf=C3=A9 a=3Db =\nend="),
            "morning café a=b end=".as_bytes()
        );
        assert_eq!(base64(b"Y2Fm\r\nw6k=").unwrap(), "café".as_bytes());
        assert_eq!(base64(b"aGk").unwrap(), b"hi");
        assert!(base64(b"a*b").is_err());
    }

    #[test]
    fn sniffs_only_multipart_related_headers() {
        assert!(sniff(
            b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"; boundary=\"b\"\r\n\r\n"
        ));
        assert!(!sniff(
            b"<html><body>Content-Type: multipart/related</body></html>"
        ));
        assert!(!sniff(b"Subject: hello\n\nmultipart/related in the text"));
    }
}
