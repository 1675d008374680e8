//! A tiny WARC writer for the tests and the WARC generator (`examples/make_warc.rs`): records as crawlers write
//! them (WARC/1.1 heads, HTTP responses in `response` records), gzip'd one member per record or plain.
#![allow(dead_code)]

use std::io::Write;

/// One WARC record's bytes (head, block, the two CRLFs after it). `extra` heads go after the standard ones.
pub fn record(
    kind: &str,
    uri: Option<&str>,
    id: &str,
    extra: &[(&str, &str)],
    block: &[u8],
) -> Vec<u8> {
    let mut head = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2025-03-12T10:15:00Z\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n"
    );
    if let Some(u) = uri {
        head.push_str(&format!("WARC-Target-URI: {u}\r\n"));
    }
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
    let mut out = head.into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// A record whose Content-Length says `declared` whatever its block holds (a lying or huge length).
pub fn record_declaring(declared: u64, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:liar>\r\n\
         WARC-Target-URI: https://liar.example/\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {declared}\r\n\r\n"
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP response: status line, headers, body.
pub fn http(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} X\r\n").into_bytes();
    for (k, v) in headers {
        out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

/// A `response` record of an HTTP response.
pub fn response(uri: &str, id: &str, http_bytes: &[u8]) -> Vec<u8> {
    record(
        "response",
        Some(uri),
        id,
        &[("Content-Type", "application/http; msgtype=response")],
        http_bytes,
    )
}

/// A `request` record.
pub fn request(uri: &str, id: &str) -> Vec<u8> {
    let host = uri.split('/').nth(2).unwrap_or("example");
    let block = format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n");
    record(
        "request",
        Some(uri),
        id,
        &[("Content-Type", "application/http; msgtype=request")],
        block.as_bytes(),
    )
}

/// A `warcinfo` record.
pub fn warcinfo() -> Vec<u8> {
    record(
        "warcinfo",
        None,
        "info",
        &[("Content-Type", "application/warc-fields")],
        b"software: sift-tests\r\nformat: WARC File Format 1.1\r\n",
    )
}

/// A `revisit` record pointing at `original_id`.
pub fn revisit(uri: &str, id: &str, original_id: &str) -> Vec<u8> {
    let refers = format!("<urn:uuid:{original_id}>");
    record(
        "revisit",
        Some(uri),
        id,
        &[
            (
                "WARC-Profile",
                "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
            ),
            ("WARC-Refers-To", &refers),
        ],
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
    )
}

/// One gzip member.
pub fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).expect("in memory");
    e.finish().expect("in memory")
}

/// A `.warc.gz`: each record its own gzip member.
pub fn gz_each(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gz(r)).collect()
}

/// A chunked body.
pub fn chunked(body: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for c in body.chunks(size) {
        out.extend_from_slice(format!("{:x}\r\n", c.len()).as_bytes());
        out.extend_from_slice(c);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}
