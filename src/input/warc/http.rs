//! The HTTP response inside a WARC `response` record: its status line and headers, and the payload with the
//! transfer coding (chunked) and content coding (gzip, deflate, br) undone, so the page is what a browser got.

use super::super::gzip::{self, Gunzipped};
use std::io::{BufRead, Read};

/// Longest header block (a WARC record's, or its HTTP response's) read before giving up on the record.
pub const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Why a record could not be read: the stream failed (a damaged gzip member: the reader must look for the next
/// record), or the record itself is wrong (the stream is still in step).
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Bad(String),
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Header lines until the blank line that ends them, at most [`MAX_HEADER_BYTES`]. `Ok(None)` when the stream
/// ends before any byte.
pub fn read_head(r: &mut impl BufRead) -> Result<Option<Vec<String>>, ReadError> {
    let mut lines = Vec::new();
    let mut total = 0usize;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = r
            .by_ref()
            .take((MAX_HEADER_BYTES - total + 1) as u64)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            if lines.is_empty() && total == 0 {
                return Ok(None);
            }
            return Err(ReadError::Bad(
                "the headers end before their blank line".to_string(),
            ));
        }
        total += n;
        if total > MAX_HEADER_BYTES {
            return Err(ReadError::Bad(format!(
                "headers longer than {MAX_HEADER_BYTES} bytes"
            )));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if lines.is_empty() {
                // Blank lines before a head (between records) are not its end.
                continue;
            }
            return Ok(Some(lines));
        }
        // A folded line continues the previous header.
        if (text.starts_with(' ') || text.starts_with('\t'))
            && let Some(last) = lines.last_mut()
        {
            let last: &mut String = last;
            last.push(' ');
            last.push_str(text.trim());
            continue;
        }
        lines.push(text.to_string());
    }
}

/// The value of header `name` (case-insensitive) among `Name: value` lines.
pub fn header<'a>(lines: &'a [String], name: &str) -> Option<&'a str> {
    lines.iter().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

/// What an HTTP response head says about its payload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// The media type, lowercase, without parameters (`text/html`).
    pub media_type: Option<String>,
    /// The `charset` parameter of `Content-Type`.
    pub charset: Option<String>,
    pub chunked: bool,
    /// `Content-Encoding`, lowercase (`gzip`, `br`, …).
    pub content_encoding: Option<String>,
}

/// Parses the head of an HTTP response (status line first).
pub fn response(lines: &[String]) -> Result<Response, String> {
    let first = lines.first().map(String::as_str).unwrap_or("");
    let mut parts = first.split_whitespace();
    let version = parts.next().unwrap_or("");
    if !version.starts_with("HTTP/") {
        return Err(format!(
            "no HTTP status line (starts with {:?})",
            clip(first)
        ));
    }
    let status = parts
        .next()
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("bad HTTP status line {:?}", clip(first)))?;
    let (media_type, charset) = content_type(header(&lines[1..], "content-type"));
    Ok(Response {
        status,
        media_type,
        charset,
        chunked: header(&lines[1..], "transfer-encoding")
            .is_some_and(|v| v.to_ascii_lowercase().contains("chunked")),
        content_encoding: header(&lines[1..], "content-encoding")
            .map(|v| v.trim().to_ascii_lowercase())
            .filter(|v| !v.is_empty() && v != "identity"),
    })
}

/// The media type and charset of a `Content-Type` value.
pub fn content_type(value: Option<&str>) -> (Option<String>, Option<String>) {
    let Some(v) = value else { return (None, None) };
    let mut parts = v.split(';');
    let media = parts
        .next()
        .map(|m| m.trim().to_ascii_lowercase())
        .filter(|m| !m.is_empty());
    let charset = parts.find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    });
    (media, charset.filter(|c| !c.is_empty()))
}

/// True for the media types Sift reads as documents (a page or a text), or for none given.
pub fn is_document_type(media: Option<&str>) -> bool {
    match media {
        None => true,
        Some(m) => m == "text/html" || m == "application/xhtml+xml" || m == "text/plain",
    }
}

/// The body with the chunked transfer coding undone. Bytes that do not parse as chunks are returned as they
/// are: many crawlers store the body already de-chunked but keep the header.
pub fn dechunk(body: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    loop {
        let Some(nl) = memchr::memchr(b'\n', &body[i..]) else {
            return body;
        };
        let line = String::from_utf8_lossy(&body[i..i + nl]);
        let size_text = line.trim().split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            return body;
        };
        i += nl + 1;
        if size == 0 {
            return out;
        }
        let Some(chunk) = body.get(i..i.saturating_add(size)) else {
            return body;
        };
        out.extend_from_slice(chunk);
        i += size;
        // The CRLF after each chunk.
        if body.get(i) == Some(&b'\r') {
            i += 1;
        }
        if body.get(i) == Some(&b'\n') {
            i += 1;
        }
        if i >= body.len() {
            // A last chunk without the zero-size terminator: what came is the body.
            return out;
        }
    }
}

/// The body with its content coding undone, at most `limit` bytes. A body the crawler already decoded (it
/// kept the header but the bytes are plain) comes back as it is.
pub fn decode_content(body: Vec<u8>, coding: Option<&str>, limit: u64) -> Result<Vec<u8>, String> {
    let Some(coding) = coding else {
        return Ok(body);
    };
    let out = match coding {
        "gzip" | "x-gzip" => {
            if !body.starts_with(&[0x1f, 0x8b]) {
                return Ok(body);
            }
            match gzip::gunzip(&body, limit) {
                Ok(Gunzipped::Complete(d)) => Ok(d),
                Ok(Gunzipped::Partial { data, .. }) => Ok(data),
                Err(e) => Err(e.to_string()),
            }
        }
        "deflate" => {
            let zlib = bounded(flate2::read::ZlibDecoder::new(&body[..]), limit);
            zlib.or_else(|_| bounded(flate2::read::DeflateDecoder::new(&body[..]), limit))
        }
        "br" => bounded(
            brotli_decompressor::Decompressor::new(&body[..], 64 * 1024),
            limit,
        ),
        other => return Err(format!("unknown content encoding {other:?}")),
    };
    match out {
        Ok(d) => Ok(d),
        // Already decoded by the crawler: plain text where compressed data was announced.
        Err(_) if looks_plain(&body) => Ok(body),
        Err(e) => Err(format!("cannot undo the {coding} content encoding: {e}")),
    }
}

/// Reads all of `r`, refusing more than `limit` bytes.
fn bounded(r: impl Read, limit: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    r.take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    if out.len() as u64 > limit {
        return Err(format!("decoded body exceeds the limit of {limit} bytes"));
    }
    Ok(out)
}

/// True when the first bytes are text (markup or prose), not compressed data.
fn looks_plain(body: &[u8]) -> bool {
    let head = &body[..body.len().min(512)];
    String::from_utf8_lossy(head).trim_start().starts_with('<')
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn head_and_status() {
        let raw = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/HTML; charset=\"KOI8-R\"\r\n\
                    Transfer-Encoding: chunked\r\nContent-Encoding: GZIP\r\n\r\nbody";
        let mut r = &raw[..];
        let lines = read_head(&mut r).unwrap().unwrap();
        assert_eq!(r, b"body");
        let resp = response(&lines).unwrap();
        assert_eq!(resp.status, 404);
        assert_eq!(resp.media_type.as_deref(), Some("text/html"));
        assert_eq!(resp.charset.as_deref(), Some("KOI8-R"));
        assert!(resp.chunked);
        assert_eq!(resp.content_encoding.as_deref(), Some("gzip"));
        assert!(response(&["GET / HTTP/1.1".into()]).is_err());
    }

    #[test]
    fn chunks_are_joined_and_plain_bodies_kept() {
        let body = b"4\r\nWiki\r\n6;ext=1\r\npedia \r\n3\r\nin.\r\n0\r\n\r\n".to_vec();
        assert_eq!(dechunk(body), b"Wikipedia in.");
        let plain = b"<html><p>1a is not a chunk size line".to_vec();
        assert_eq!(dechunk(plain.clone()), plain);
    }

    #[test]
    fn content_codings_are_undone() {
        let page = b"<html><body><p>caf\xc3\xa9</p></body></html>".to_vec();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&page).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decode_content(gz, Some("gzip"), 1 << 20).unwrap(), page);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&page).unwrap();
        assert_eq!(
            decode_content(z.finish().unwrap(), Some("deflate"), 1 << 20).unwrap(),
            page
        );
        // A body already decoded by the crawler.
        assert_eq!(
            decode_content(page.clone(), Some("br"), 1 << 20).unwrap(),
            page
        );
        assert!(decode_content(vec![0xff, 0x00, 0x13], Some("br"), 1 << 20).is_err());
        assert_eq!(
            decode_content(brotli_stored(&page), Some("br"), 1 << 20).unwrap(),
            page
        );
        assert!(decode_content(brotli_stored(&page), Some("br"), 10).is_err());
    }

    /// A brotli stream of one uncompressed meta-block (RFC 7932 §9.2) and an empty last one.
    fn brotli_stored(data: &[u8]) -> Vec<u8> {
        assert!(!data.is_empty() && data.len() <= 1 << 16);
        // WBITS 16 (bit 0), ISLAST 0, MNIBBLES 4, MLEN-1 in 16 bits, ISUNCOMPRESSED 1; padded to a byte.
        let bits = ((data.len() as u32 - 1) << 4) | (1 << 20);
        let mut out = bits.to_le_bytes()[..3].to_vec();
        out.extend_from_slice(data);
        // ISLAST 1, ISLASTEMPTY 1.
        out.push(0x03);
        out
    }
}
