//! Files to documents one at a time, for the import and extract pipelines: a WARC is streamed record by record
//! (it may be many GB, so it is exempt from the whole-file limit while each record keeps the per-document
//! one); any other file is read whole within the limits and split as `read_bytes` does. Files that are not
//! documents (a saved page's assets) are skipped, not failed.

use super::lines::{self, JsonLines};
use super::vocab::GZIP_MAGIC;
use super::wacz;
use super::warc::{self, WarcReader};
use super::{Document, InputError, Limits};
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;
use std::sync::Arc;

/// What reading a file gives, one item at a time.
#[derive(Debug)]
pub enum Entry {
    /// A document to extract; its `raw` holds the bytes the archive keeps for it.
    Document(Box<Document>),
    /// Not a document, and not an error: a WARC's request or image record, a saved page's stylesheet.
    Skipped {
        /// The file, with `#N` for the N-th record of a container.
        file: String,
        /// What was skipped, as a singular noun for counting (`request`, `non-page response`, `asset`, …).
        kind: &'static str,
        reason: String,
    },
    /// One record of a container that could not be read; the others still come.
    Failed(InputError),
}

/// The entries of one file.
pub struct Documents(Box<dyn Iterator<Item = Entry> + Send>);

impl Iterator for Documents {
    type Item = Entry;
    fn next(&mut self) -> Option<Entry> {
        self.0.next()
    }
}

impl std::fmt::Debug for Documents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Documents")
    }
}

impl Documents {
    /// Entries of documents read whole, sharing the file's bytes as their raw bytes.
    fn whole(docs: Vec<Document>, bytes: Vec<u8>) -> Self {
        let bytes = Arc::new(bytes);
        let entries: Vec<Entry> = docs
            .into_iter()
            .map(|mut d| {
                if d.raw.is_none() {
                    d.raw = Some(bytes.clone());
                }
                Entry::Document(Box::new(d))
            })
            .collect();
        Documents(Box::new(entries.into_iter()))
    }

    /// Entries made by a container reader (a WACZ's WARC members).
    pub(crate) fn from_entries(entries: impl Iterator<Item = Entry> + Send + 'static) -> Self {
        Documents(Box::new(entries))
    }

    fn one(entry: Entry) -> Self {
        Documents(Box::new(std::iter::once(entry)))
    }
}

/// Opens a file for reading its documents one at a time. Fails when the file cannot be read or, for a file
/// read whole, holds nothing importable; a WARC's bad records come as `Entry::Failed` instead.
pub fn open(path: &Path, limits: &Limits) -> Result<Documents, InputError> {
    let name = path.display().to_string();
    let io = |source| InputError::Io {
        path: name.clone(),
        source,
    };
    // Before opening: opening a named pipe blocks until something writes to it.
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(InputError::Invalid {
            path: name.clone(),
            message: "not a regular file (a folder, pipe, socket or device)".to_string(),
        });
    }
    if let Some((kind, reason)) = super::assets::skip_reason(path) {
        return Ok(Documents::one(Entry::Skipped {
            file: name,
            kind,
            reason,
        }));
    }
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut magic = [0u8; 4];
    let got = warc::source::read_up_to(&mut file, &mut magic).map_err(io)?;
    if magic[..got] == *wacz::ZIP_MAGIC {
        // A zip needs its directory, at its end: a WACZ is read from the file, never as a stream.
        return wacz::open(path, limits);
    }
    let file = Cursor::new(magic[..got].to_vec()).chain(file);
    open_sized(&name, file, Some(meta.len()), limits)
}

/// Reads documents from any stream (standard input): a WARC streamed, anything else read whole within the
/// limits. `name` is what the documents' `source.file` says.
pub fn open_reader(
    name: &str,
    reader: impl Read + Send + 'static,
    limits: &Limits,
) -> Result<Documents, InputError> {
    open_sized(name, reader, None, limits)
}

/// [`open_reader`] knowing the size on disk, so a file too large is refused before it is read.
fn open_sized(
    name: &str,
    mut reader: impl Read + Send + 'static,
    size: Option<u64>,
    limits: &Limits,
) -> Result<Documents, InputError> {
    let io = |source| InputError::Io {
        path: name.to_string(),
        source,
    };
    let mut head = vec![0u8; warc::SNIFF_BYTES];
    let got = warc::source::read_up_to(&mut reader, &mut head).map_err(io)?;
    head.truncate(got);
    if warc::sniff(&head) {
        let stream = Cursor::new(head).chain(reader);
        return Ok(Documents(Box::new(WarcReader::new(name, stream, limits))));
    }
    if size.is_none() {
        // A pipe: gzip is undone as it comes (`zcat` not needed), and JSON Lines are read a line at a time.
        let gz = head.starts_with(GZIP_MAGIC);
        let stream = Cursor::new(head).chain(reader);
        return if gz {
            // No cap on the whole stream: JSON Lines keep each line within the limits, anything else is read
            // whole only up to the file limit.
            open_pipe(
                name,
                Box::new(flate2::read::MultiGzDecoder::new(stream)),
                limits,
            )
        } else {
            open_pipe(name, Box::new(stream), limits)
        };
    }
    read_whole(
        name,
        Box::new(Cursor::new(head).chain(reader)),
        size,
        limits,
    )
}

/// A stream that is no WARC: JSON Lines a line at a time, anything else read whole within the limits.
fn open_pipe(
    name: &str,
    reader: Box<dyn Read + Send>,
    limits: &Limits,
) -> Result<Documents, InputError> {
    let io = |source| InputError::Io {
        path: name.to_string(),
        source,
    };
    let mut stream = BufReader::with_capacity(64 * 1024, reader);
    if let Some(first) = first_line(&mut stream, limits).map_err(io)? {
        let rest = stream.fill_buf().map_err(io)?;
        if lines::starts_json_lines(&first, rest) {
            let stream = Cursor::new(first).chain(stream);
            let stream = BufReader::with_capacity(64 * 1024, stream);
            return Ok(Documents(Box::new(JsonLines::new(name, stream, limits))));
        }
        let stream = Cursor::new(first).chain(stream);
        return read_whole(name, Box::new(stream), None, limits);
    }
    read_whole(name, Box::new(stream), None, limits)
}

/// The first line of a stream holding something other than blanks (with the blank lines before it), when it
/// is under the file limit; `None` (and nothing consumed past the buffer) when the stream starts otherwise.
fn first_line(stream: &mut impl BufRead, limits: &Limits) -> std::io::Result<Option<Vec<u8>>> {
    let starts_object = stream
        .fill_buf()?
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{');
    if !starts_object {
        return Ok(None);
    }
    let mut first = Vec::new();
    loop {
        let got = (&mut *stream)
            .take(limits.max_file_bytes.saturating_add(1))
            .read_until(b'\n', &mut first)?;
        if got == 0 || !first.iter().all(u8::is_ascii_whitespace) {
            return Ok(Some(first));
        }
    }
}

/// Reads the rest of a stream whole, within the limits, and splits it as `read_bytes` does.
fn read_whole(
    name: &str,
    reader: Box<dyn Read + Send>,
    size: Option<u64>,
    limits: &Limits,
) -> Result<Documents, InputError> {
    let io = |source| InputError::Io {
        path: name.to_string(),
        source,
    };
    if let Some(size) = size
        && size > limits.max_file_bytes
    {
        return Err(InputError::FileTooLarge {
            path: name.to_string(),
            size,
            limit: limits.max_file_bytes,
        });
    }
    let too_large = || InputError::TooLarge {
        path: name.to_string(),
        what: "file",
        limit: limits.max_file_bytes,
    };
    let mut bytes = Vec::new();
    // Never read past the limit, whatever the size on disk said (a growing file, a pipe).
    reader
        .take(limits.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_large());
    }
    let docs = super::read_bytes_with(name, &bytes, limits)?;
    Ok(Documents::whole(docs, bytes))
}
