//! WARC input (ISO 28500, as crawlers, Heritrix, wget, browsertrix and Common Crawl write it): each `response`
//! or `resource` record holding a page becomes one document; requests, metadata, revisits, error responses and
//! records that are not pages are skipped and counted. See `reader.rs` for the streaming and recovery rules.

pub mod http;
pub mod reader;
pub mod source;

pub use reader::WarcReader;

use super::vocab::GZIP_MAGIC;
use std::io::Read;

/// Bytes read from the start of a file to decide whether it is a WARC.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// True when `head` (the first bytes of a file) starts a WARC, gzip'd or not.
pub fn sniff(head: &[u8]) -> bool {
    if head.starts_with(GZIP_MAGIC) {
        let mut start = [0u8; 8];
        let mut dec = flate2::read::GzDecoder::new(head);
        let got = source::read_up_to(&mut dec, &mut start).unwrap_or(0);
        return is_warc_start(&start[..got]);
    }
    is_warc_start(head)
}

fn is_warc_start(bytes: &[u8]) -> bool {
    let t = bytes
        .iter()
        .position(|b| !matches!(b, b'\r' | b'\n'))
        .map_or(&[][..], |i| &bytes[i..]);
    t.starts_with(b"WARC/1.") || t.starts_with(b"WARC/0.")
}

/// Reads a WARC held in memory (a small one, or one record's bytes from the archive).
pub fn read_all(file: &str, bytes: &[u8], limits: &super::Limits) -> WarcReader<impl Read> {
    WarcReader::new(file, bytes, limits)
}
