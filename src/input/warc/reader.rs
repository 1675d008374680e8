//! Reading a WARC one record at a time, in constant memory: a `.warc.gz` one gzip member per record (as every
//! crawler writes them), or a plain `.warc`. Each record's own bytes (its gzip member, or its plain bytes) are
//! kept for the archive; only pages are held in memory, one at a time, within the per-document limit.
//!
//! A damaged record (a truncated gzip member, a Content-Length that lies) gives one error and the reader goes
//! on at the next record it finds: it scans the damaged record's bytes (and then the stream) for the next gzip
//! member or `WARC/1.` line.

use super::http::{self, ReadError, header};
use super::source::{CaptureCap, Source, read_up_to};
use crate::input::detect::hex;
use crate::input::vocab::GZIP_MAGIC;
use crate::input::{Document, Entry, Hints, InputError, Limits, detect};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;

/// The start of every gzip member a WARC writer makes (magic and the deflate method).
const MEMBER_START: &[u8] = &[0x1f, 0x8b, 0x08];
/// The start of a plain WARC record's version line.
const RECORD_START: &[u8] = b"WARC/1.";
/// Bytes of a skipped record kept to find the next record in, should it turn out damaged.
const SKIPPED_CAPTURE: usize = 1 << 20;
/// Records remembered by id and payload digest, so a `revisit` can name its original in the same file: 16 bytes
/// and the map's overhead each, so at most some 50 MB however long the WARC.
const MAX_REMEMBERED: usize = 1 << 20;

/// What one record gave.
enum Outcome {
    Page(Page),
    Skip { kind: &'static str, reason: String },
}

/// A page's payload with what its headers said.
struct Page {
    payload: Vec<u8>,
    charset: Option<String>,
    warc: Provenance,
    /// What the headers declared: markup (`Some(true)`), plain text, or nothing (then the bytes tell).
    is_html: Option<bool>,
}

/// Where a record came from, kept in its document's `source.warc`.
#[derive(Default, Clone)]
struct Provenance {
    target_uri: Option<String>,
    date: Option<String>,
    record_id: Option<String>,
    payload_digest: Option<String>,
}

/// An iterator of the documents (and skipped and failed records) of one WARC stream.
pub struct WarcReader<R> {
    src: Source<R>,
    file: String,
    /// The name as given is the document's own (re-reading one record's bytes from the archive).
    keep_name: bool,
    gz: Option<bool>,
    records: usize,
    limits: Limits,
    /// Hash of a record id or payload digest → the number of the response record that has it, for revisits.
    originals: HashMap<u64, usize>,
    done: bool,
}

impl<R: Read> WarcReader<R> {
    /// Reads the WARC from `inner`; `file` names its documents (`file#N` for the N-th record, from 1).
    pub fn new(file: &str, inner: R, limits: &Limits) -> Self {
        let keep_name = file
            .rsplit_once('#')
            .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        WarcReader {
            src: Source::new(inner),
            file: file.to_string(),
            keep_name,
            gz: None,
            records: 0,
            limits: *limits,
            originals: HashMap::new(),
            done: false,
        }
    }

    fn name(&self, n: usize) -> String {
        if self.keep_name && n == 1 {
            self.file.clone()
        } else {
            format!("{}#{n}", self.file)
        }
    }

    /// The place of the N-th record's document: N, or the `#N` the name already carries when it names one
    /// record read again on its own (a record's raw bytes are that one record).
    fn place_of(&self, n: usize) -> Option<usize> {
        if self.keep_name && n == 1 {
            self.file.rsplit_once('#').and_then(|(_, k)| k.parse().ok())
        } else {
            Some(n)
        }
    }

    fn fail(&self, n: usize, offset: u64, message: String) -> Entry {
        Entry::Failed(InputError::Invalid {
            path: self.name(n),
            message: format!("WARC record at offset {offset}: {message}"),
        })
    }

    /// Stops at the end of the stream, or at a failure to read it at all.
    fn next_entry(&mut self) -> Option<Entry> {
        loop {
            if self.done {
                return None;
            }
            let start = match self.src.fill_buf() {
                Ok(b) => b.iter().take(8).copied().collect::<Vec<u8>>(),
                Err(e) => {
                    self.done = true;
                    return Some(Entry::Failed(InputError::Io {
                        path: self.file.clone(),
                        source: e,
                    }));
                }
            };
            if start.is_empty() {
                self.done = true;
                return (self.records == 0).then(|| {
                    Entry::Failed(InputError::Invalid {
                        path: self.file.clone(),
                        message: "no WARC records in this file".to_string(),
                    })
                });
            }
            let gz = *self.gz.get_or_insert(start.starts_with(GZIP_MAGIC));
            // Blank lines between plain records, and NUL or blank padding after the last member.
            if start[0] == b'\r' || start[0] == b'\n' || (gz && start[0] == 0) {
                self.src.consume(1);
                continue;
            }
            let offset = self.src.pos();
            let expected = if gz { MEMBER_START } else { RECORD_START };
            if !start.starts_with(&expected[..2.min(start.len())]) {
                self.records += 1;
                let n = self.records;
                let what = if gz {
                    "bytes that are not a gzip member"
                } else {
                    "bytes that are not a WARC record"
                };
                self.src.consume(1);
                let _ = self.src.seek_marker(expected);
                return Some(self.fail(n, offset, format!("{what}; skipped to the next record")));
            }
            self.records += 1;
            return Some(self.record(gz, offset));
        }
    }

    /// Reads the record at the current position.
    fn record(&mut self, gz: bool, offset: u64) -> Entry {
        let n = self.records;
        let cap = usize::try_from(self.limits.max_file_bytes)
            .unwrap_or(usize::MAX)
            .saturating_add(SKIPPED_CAPTURE);
        let handle = self.src.start_capture(cap);
        let limits = self.limits;
        let result = if gz {
            read_member(&mut self.src, &limits, &handle)
        } else {
            read_plain(&mut self.src, &limits, &handle)
        };
        let (raw, overflowed) = self.src.end_capture();
        let damaged = |me: &mut Self, raw: &[u8], message: String| {
            // Look for the next record inside this one's bytes first: a cut member is followed by the next.
            if !overflowed && raw.len() > 1 {
                me.src.unread(&raw[1..]);
            }
            let _ = me
                .src
                .seek_marker(if gz { MEMBER_START } else { RECORD_START });
            me.fail(n, offset, message)
        };
        let outcome = match result {
            Ok(o) => o,
            Err(ReadError::Io(e)) => {
                let what = if gz {
                    format!("damaged or truncated gzip member ({e})")
                } else {
                    format!("cannot read it ({e})")
                };
                return damaged(self, &raw, what);
            }
            Err(ReadError::Bad(m)) if gz => return self.fail(n, offset, m),
            Err(ReadError::Bad(m)) => return damaged(self, &raw, m),
        };
        if !gz && !self.next_is_record() {
            return damaged(
                self,
                &raw,
                "its Content-Length does not end it where the next record starts".to_string(),
            );
        }
        match outcome {
            Outcome::Skip { kind, reason } => Entry::Skipped {
                file: self.name(n),
                kind,
                reason: self.revisit_note(kind, reason),
            },
            Outcome::Page(page) => {
                if overflowed {
                    return self.fail(
                        n,
                        offset,
                        format!(
                            "the record exceeds the limit of {} bytes a document",
                            self.limits.max_file_bytes
                        ),
                    );
                }
                self.document(n, offset, raw, page)
            }
        }
    }

    /// True when the stream ends or a plain record starts here (checked after a plain record's block).
    fn next_is_record(&mut self) -> bool {
        let mut head = [0u8; 5];
        match read_up_to(&mut self.src, &mut head) {
            Ok(got) => {
                self.src.unread(&head[..got]);
                got == 0 || head[..got] == RECORD_START[..got.min(5)] && got == 5
            }
            Err(_) => false,
        }
    }

    /// A revisit's reason names its original when this file holds it.
    fn revisit_note(&self, kind: &'static str, reason: String) -> String {
        if kind != "revisit" {
            return reason;
        }
        // The reason holds the record id or digest it refers to, after "revisit of ".
        let key = reason
            .strip_prefix("revisit of ")
            .unwrap_or("")
            .split(' ')
            .next()
            .unwrap_or("");
        match self.originals.get(&key_hash(key)) {
            Some(&n) => format!("{reason}, imported from {}", self.name(n)),
            None => reason,
        }
    }

    fn document(&mut self, n: usize, offset: u64, raw: Vec<u8>, page: Page) -> Entry {
        let name = self.name(n);
        let w = &page.warc;
        if self.originals.len() < MAX_REMEMBERED {
            for key in [&w.record_id, &w.payload_digest].into_iter().flatten() {
                self.originals.insert(key_hash(key), n);
            }
        }
        let mut warc = serde_json::Map::new();
        let base_file = match self.file.rsplit_once('#') {
            Some((f, _)) if self.keep_name => f.to_string(),
            _ => self.file.clone(),
        };
        warc.insert("file".into(), base_file.into());
        warc.insert("offset".into(), offset.into());
        for (k, v) in [
            ("record_id", &w.record_id),
            ("target_uri", &w.target_uri),
            ("date", &w.date),
        ] {
            if let Some(v) = v {
                warc.insert(k.into(), v.clone().into());
            }
        }
        let mut source_data = serde_json::Map::new();
        source_data.insert("warc".into(), warc.into());
        let base = Document {
            file: name.clone(),
            position: self.place_of(n),
            sha256: hex(&Sha256::digest(&raw)),
            bytes: raw.len() as u64,
            hints: Hints {
                url: w
                    .target_uri
                    .clone()
                    .filter(|u| u.starts_with("http://") || u.starts_with("https://")),
                ..Hints::default()
            },
            raw: Some(Arc::new(raw)),
            source_data,
            ..Document::default()
        };
        match detect::page_document(
            base,
            &page.payload,
            page.charset.as_deref(),
            page.is_html,
            &self.limits,
        ) {
            Ok(doc) => Entry::Document(Box::new(doc)),
            Err(message) => self.fail(n, offset, message),
        }
    }
}

/// A record id or digest as a 64-bit hash (a fixed-key SipHash, so the same in every run): a long WARC's
/// revisit keys take 8 bytes each instead of the strings.
fn key_hash(key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

impl<R: Read> Iterator for WarcReader<R> {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        self.next_entry()
    }
}

/// One gzip member: the record, then the rest of the member, which may hold only the record's end of lines.
fn read_member<R: Read>(
    src: &mut Source<R>,
    limits: &Limits,
    cap: &CaptureCap,
) -> Result<Outcome, ReadError> {
    let dec = flate2::bufread::GzDecoder::new(src);
    let mut r = BufReader::with_capacity(64 * 1024, dec);
    let outcome = read_record(&mut r, limits, cap);
    // Finish the member even after a bad record, so the next one starts in step.
    let mut extra = 0u64;
    let mut junk = 0u64;
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        extra += buf.len() as u64;
        junk += buf.iter().filter(|b| !matches!(b, b'\r' | b'\n')).count() as u64;
        let n = buf.len();
        r.consume(n);
    }
    let outcome = outcome?;
    if junk > 0 {
        return Err(ReadError::Bad(format!(
            "its Content-Length is {extra} bytes short of its gzip member (a Content-Length that lies)"
        )));
    }
    Ok(outcome)
}

/// A plain record: the record and the blank lines after it.
fn read_plain<R: Read>(
    src: &mut Source<R>,
    limits: &Limits,
    cap: &CaptureCap,
) -> Result<Outcome, ReadError> {
    let outcome = read_record(src, limits, cap)?;
    loop {
        let buf = src.fill_buf()?;
        let n = buf
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        if n == 0 {
            break;
        }
        src.consume(n);
    }
    Ok(outcome)
}

/// The WARC head and block of one record.
fn read_record(
    r: &mut impl BufRead,
    limits: &Limits,
    cap: &CaptureCap,
) -> Result<Outcome, ReadError> {
    let Some(head) = http::read_head(r)? else {
        return Err(ReadError::Bad("an empty gzip member".to_string()));
    };
    let version = head.first().map(String::as_str).unwrap_or("");
    if !version.starts_with("WARC/") {
        return Err(ReadError::Bad(format!(
            "not a WARC record (it starts with {:?})",
            version.chars().take(40).collect::<String>()
        )));
    }
    let fields = &head[1..];
    let len: u64 = header(fields, "content-length")
        .ok_or_else(|| ReadError::Bad("no Content-Length".to_string()))?
        .parse()
        .map_err(|_| ReadError::Bad("a Content-Length that is not a number".to_string()))?;
    let kind = header(fields, "warc-type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let warc = Provenance {
        target_uri: header(fields, "warc-target-uri")
            .map(|u| u.trim_matches(['<', '>']).to_string()),
        date: header(fields, "warc-date").map(str::to_string),
        record_id: header(fields, "warc-record-id").map(str::to_string),
        payload_digest: header(fields, "warc-payload-digest").map(str::to_string),
    };
    let mut block = r.take(len);
    let outcome = match kind.as_str() {
        "response" | "resource" => read_payload(&mut block, fields, &kind, warc, limits)?,
        "revisit" => {
            let original = header(fields, "warc-refers-to")
                .or_else(|| header(fields, "warc-payload-digest"))
                .unwrap_or("an earlier record");
            let target = warc.target_uri.as_deref().unwrap_or("");
            Outcome::Skip {
                kind: "revisit",
                reason: format!("revisit of {original} ({target})"),
            }
        }
        "" => Outcome::Skip {
            kind: "other record",
            reason: "a record without WARC-Type".to_string(),
        },
        other => Outcome::Skip {
            kind: match other {
                "request" => "request",
                "metadata" => "metadata record",
                "warcinfo" => "warcinfo record",
                _ => "other record",
            },
            reason: format!("a {other} record"),
        },
    };
    if matches!(outcome, Outcome::Skip { .. }) {
        cap.shrink(SKIPPED_CAPTURE);
    }
    io::copy(&mut block, &mut io::sink())?;
    if block.limit() > 0 {
        return Err(ReadError::Bad(format!(
            "it declares a Content-Length of {len} bytes but holds only {}",
            len - block.limit()
        )));
    }
    Ok(outcome)
}

/// The page of a `response` (an HTTP response) or `resource` record (the page itself), or why it is skipped.
fn read_payload(
    block: &mut io::Take<&mut impl BufRead>,
    fields: &[String],
    kind: &str,
    warc: Provenance,
    limits: &Limits,
) -> Result<Outcome, ReadError> {
    let record_type = http::content_type(header(fields, "content-type")).0;
    let is_http = kind == "response"
        && record_type
            .as_deref()
            .is_none_or(|t| t.starts_with("application/http"));
    let (media, charset, chunked, coding) = if is_http {
        let Some(lines) = http::read_head(block)? else {
            return Err(ReadError::Bad("an empty response record".to_string()));
        };
        let resp = http::response(&lines).map_err(ReadError::Bad)?;
        if !(200..300).contains(&resp.status) {
            return Ok(Outcome::Skip {
                kind: "error or redirect response",
                reason: format!("HTTP status {}", resp.status),
            });
        }
        (
            resp.media_type,
            resp.charset,
            resp.chunked,
            resp.content_encoding,
        )
    } else {
        let (m, c) = http::content_type(header(fields, "content-type"));
        (m, c, false, None)
    };
    if !http::is_document_type(media.as_deref()) {
        return Ok(Outcome::Skip {
            kind: "non-page response",
            reason: format!("not a page ({})", media.unwrap_or_default()),
        });
    }
    let mut payload = Vec::new();
    block
        .take(limits.max_file_bytes.saturating_add(1))
        .read_to_end(&mut payload)?;
    if payload.len() as u64 > limits.max_file_bytes {
        return Err(ReadError::Bad(format!(
            "its page exceeds the limit of {} bytes a document",
            limits.max_file_bytes
        )));
    }
    if chunked {
        payload = http::dechunk(payload);
    }
    let payload = http::decode_content(payload, coding.as_deref(), limits.max_decompressed_bytes)
        .map_err(ReadError::Bad)?;
    Ok(Outcome::Page(Page {
        payload,
        charset,
        warc,
        is_html: media.map(|m| m != "text/plain"),
    }))
}
