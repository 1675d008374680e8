//! The byte stream a WARC is read from: it counts how far it got (each record's offset in the file), keeps the
//! bytes one record consumed (so the archive can store that record alone), and can take bytes back, so a
//! damaged record is left by scanning its own bytes for the start of the next one.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Buffer of the underlying reader: large enough that gzip members are decoded from memory in few reads.
const BUF_BYTES: usize = 256 * 1024;

/// A buffered reader with an offset, a capture of consumed bytes and a push-back buffer.
pub struct Source<R> {
    inner: BufReader<R>,
    /// Bytes given back (`unread`), served before `inner`.
    pending: Vec<u8>,
    pending_pos: usize,
    /// Offset in the stream of the next byte `fill_buf` returns.
    pos: u64,
    capture: Option<Capture>,
}

/// The bytes consumed since `start_capture`, up to a cap: past it they are dropped and `overflowed` is set.
struct Capture {
    buf: Vec<u8>,
    cap: CaptureCap,
    overflowed: bool,
}

/// The cap of a running capture, lowered by whoever reads the record while the source is borrowed (a record
/// found not to be a document needs its bytes only to resynchronise after damage, so a little is enough).
#[derive(Clone, Debug, Default)]
pub struct CaptureCap(Arc<AtomicUsize>);

impl CaptureCap {
    pub fn shrink(&self, cap: usize) {
        self.0.fetch_min(cap, Ordering::Relaxed);
    }
    fn get(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }
}

impl<R: Read> Source<R> {
    pub fn new(inner: R) -> Self {
        Source {
            inner: BufReader::with_capacity(BUF_BYTES, inner),
            pending: Vec::new(),
            pending_pos: 0,
            pos: 0,
            capture: None,
        }
    }

    /// Offset of the next byte.
    pub fn pos(&self) -> u64 {
        self.pos
    }

    /// Starts keeping consumed bytes, at most `cap` of them; the handle lowers the cap later.
    pub fn start_capture(&mut self, cap: usize) -> CaptureCap {
        let handle = CaptureCap(Arc::new(AtomicUsize::new(cap)));
        self.capture = Some(Capture {
            buf: Vec::new(),
            cap: handle.clone(),
            overflowed: false,
        });
        handle
    }

    /// Stops capturing; the bytes kept, and whether some were dropped past the cap.
    pub fn end_capture(&mut self) -> (Vec<u8>, bool) {
        match self.capture.take() {
            Some(c) => (c.buf, c.overflowed),
            None => (Vec::new(), false),
        }
    }

    /// Gives bytes back: the next reads return them first. The offset moves back by their length, so they must
    /// be bytes this source returned last.
    pub fn unread(&mut self, bytes: &[u8]) {
        let mut v = bytes.to_vec();
        v.extend_from_slice(&self.pending[self.pending_pos..]);
        self.pending = v;
        self.pending_pos = 0;
        self.pos = self.pos.saturating_sub(bytes.len() as u64);
    }

    /// Skips bytes until `marker` starts the stream (true) or the stream ends (false). Nothing is captured.
    pub fn seek_marker(&mut self, marker: &[u8]) -> io::Result<bool> {
        let saved = self.capture.take();
        let found = self.seek_marker_inner(marker);
        self.capture = saved;
        found
    }

    fn seek_marker_inner(&mut self, marker: &[u8]) -> io::Result<bool> {
        let Some(&first) = marker.first() else {
            return Ok(true);
        };
        loop {
            let buf = self.fill_buf()?;
            if buf.is_empty() {
                return Ok(false);
            }
            match memchr::memchr(first, buf) {
                None => {
                    let n = buf.len();
                    self.consume(n);
                }
                Some(i) => {
                    self.consume(i);
                    let mut head = vec![0u8; marker.len()];
                    let got = read_up_to(self, &mut head)?;
                    if got == marker.len() && head == marker {
                        self.unread(&head);
                        return Ok(true);
                    }
                    if got < marker.len() {
                        return Ok(false);
                    }
                    // Not here: keep scanning from the byte after this candidate.
                    self.unread(&head[1..]);
                }
            }
        }
    }
}

/// Reads until `buf` is full or the stream ends; how many bytes were read.
pub fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let buf = self.fill_buf()?;
        let n = buf.len().min(out.len());
        out[..n].copy_from_slice(&buf[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Source<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pending_pos < self.pending.len() {
            return Ok(&self.pending[self.pending_pos..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        let from_pending = self.pending_pos < self.pending.len();
        let taken: &[u8] = if from_pending {
            let end = (self.pending_pos + amt).min(self.pending.len());
            &self.pending[self.pending_pos..end]
        } else {
            let b = self.inner.buffer();
            &b[..amt.min(b.len())]
        };
        if let Some(c) = &mut self.capture
            && !c.overflowed
        {
            let cap = c.cap.get();
            if c.buf.len() + taken.len() > cap {
                // Past the cap the bytes are of no use (they no longer follow on from the stream), so none
                // are kept.
                c.buf = Vec::new();
                c.overflowed = true;
            } else {
                c.buf.extend_from_slice(taken);
            }
        }
        let n = taken.len();
        self.pos += n as u64;
        if from_pending {
            self.pending_pos += n;
            if self.pending_pos >= self.pending.len() {
                self.pending = Vec::new();
                self.pending_pos = 0;
            }
        } else {
            self.inner.consume(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_counts_and_takes_back() {
        let mut s = Source::new(&b"0123456789abcdef"[..]);
        let _ = s.start_capture(4);
        let mut b = [0u8; 6];
        s.read_exact(&mut b).unwrap();
        assert_eq!(s.pos(), 6);
        let (kept, over) = s.end_capture();
        assert_eq!((kept.as_slice(), over), (&b""[..], true));
        s.unread(b"45");
        assert_eq!(s.pos(), 4);
        assert!(s.seek_marker(b"9a").unwrap());
        assert_eq!(s.pos(), 9);
        let mut rest = Vec::new();
        s.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, b"9abcdef");
        assert!(!s.seek_marker(b"zz").unwrap());
    }

    #[test]
    fn finds_a_marker_split_by_a_false_start() {
        let mut s = Source::new(&b"xx99a9ab"[..]);
        assert!(s.seek_marker(b"9ab").unwrap());
        assert_eq!(s.pos(), 5);
    }
}
