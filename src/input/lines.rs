//! JSON Lines from a stream (standard input in a pipe), a line at a time in constant memory: each line is read
//! as a file of its own would be (`detect::documents_with`), so every scraper dialect reads the same as in a
//! file. A line's document is named `NAME#N` (N counting non-blank lines from 1) and its bytes are the line's:
//! its id does not depend on which shard or pipe the line came through.

use super::{Entry, InputError, Limits, detect};
use std::io::{BufRead, Read};
use std::sync::Arc;

/// True when `first` (a stream's first non-blank line) is a JSON object and `next` (the bytes after it) holds
/// more: then the stream is JSON Lines (the first line of pretty-printed JSON or of an array is no object on its
/// own). A single object is read whole instead.
pub fn starts_json_lines(first: &[u8], next: &[u8]) -> bool {
    next.iter().any(|b| !b.is_ascii_whitespace())
        && matches!(
            serde_json::from_slice::<serde_json::Value>(first),
            Ok(serde_json::Value::Object(_))
        )
}

/// The documents of a JSON Lines stream, one line at a time.
pub struct JsonLines<R> {
    name: String,
    reader: R,
    limits: Limits,
    /// Non-blank lines read so far.
    line: usize,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(name: &str, reader: R, limits: &Limits) -> Self {
        JsonLines {
            name: name.to_string(),
            reader,
            limits: *limits,
            line: 0,
            done: false,
        }
    }

    /// The next non-blank line, at most `max_file_bytes` of it kept (a longer one is an error, and skipped).
    fn next_line(&mut self) -> Option<Result<Vec<u8>, InputError>> {
        loop {
            let mut buf = Vec::new();
            let cap = self.limits.max_file_bytes.saturating_add(1);
            let read = (&mut self.reader).take(cap).read_until(b'\n', &mut buf);
            match read {
                Err(source) => {
                    self.done = true;
                    return Some(Err(InputError::Io {
                        path: self.name.clone(),
                        source,
                    }));
                }
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
            }
            if buf.len() as u64 >= cap && buf.last() != Some(&b'\n') {
                // Too long: skip to the line's end so the next line reads in step.
                self.line += 1;
                let mut rest = Vec::new();
                while !matches!(self.reader.read_until(b'\n', &mut rest), Ok(0) | Err(_))
                    && rest.last() != Some(&b'\n')
                {
                    rest.clear();
                }
                return Some(Err(InputError::TooLarge {
                    path: format!("{}#{}", self.name, self.line),
                    what: "the line",
                    limit: self.limits.max_file_bytes,
                }));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.line += 1;
            return Some(Ok(buf));
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        if self.done {
            return None;
        }
        let line = match self.next_line()? {
            Ok(l) => l,
            Err(e) => return Some(Entry::Failed(e)),
        };
        let file = format!("{}#{}", self.name, self.line);
        let trimmed = line.trim_ascii_end();
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(trimmed) {
            return Some(Entry::Failed(InputError::Invalid {
                path: file,
                message: format!("not valid JSON: {e}"),
            }));
        }
        let raw = Arc::new(trimmed.to_vec());
        match detect::documents_with(&file, trimmed, &self.limits) {
            Ok(mut docs) if docs.len() == 1 => {
                let mut d = docs.remove(0);
                d.file = file;
                d.position = Some(self.line);
                d.raw = Some(raw);
                Some(Entry::Document(Box::new(d)))
            }
            Ok(_) => Some(Entry::Failed(InputError::Invalid {
                path: file,
                message: "a line of JSON Lines holds one record, not several".to_string(),
            })),
            Err(e) => Some(Entry::Failed(e)),
        }
    }
}
