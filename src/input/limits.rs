//! How much one input file may make Sift read, inflate and split, so hostile input stays bounded in time and
//! memory. The defaults fit any real scraped page or crawler dump; a user with bigger files raises them.

/// Largest file read from disk: 256 MiB. The biggest crawler dumps we know are tens of MB per file; Sift holds the
/// bytes and their decoded text at once, so this bounds one file to about 0.5–1 GB of memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Largest decompressed size of a `.gz` file: 256 MiB, the same bound as an uncompressed file. A gzip bomb
/// (a few KB inflating to GBs) stops here with an error instead of filling memory.
pub const MAX_DECOMPRESSED_BYTES: u64 = 256 * 1024 * 1024;

/// Most documents taken from one file (JSON array or JSON Lines): 100,000. Past it the rest is skipped with a
/// warning, so one huge dump cannot flood the import queue; raise it to import bigger dumps whole.
pub const MAX_DOCUMENTS: usize = 100_000;

/// Deepest element nesting accepted in a page: 5,000. The HTML parser checks the whole stack of open elements
/// at each new element, so a page of 200,000 unclosed `<div>`s takes it hours (measured: 10,000 deep 2 s,
/// 40,000 deep 44 s on the shared 2-core machine, quadrupling as the depth doubles). By `sniff::html_depth`'s
/// estimate the devset's 612 pages nest 15 deep at the median, 62 at the 95th percentile and 663 at most (an
/// old page's unclosed inline tags), so 5,000 leaves a wide margin and parses in well under a second.
pub const MAX_HTML_DEPTH: usize = 5_000;

/// Limits for reading one file. `Limits::default()` uses the constants above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read from disk, in bytes.
    pub max_file_bytes: u64,
    /// Largest decompressed size of a compressed file, in bytes.
    pub max_decompressed_bytes: u64,
    /// Most documents taken from one file.
    pub max_documents: usize,
    /// Deepest element nesting accepted in a page.
    pub max_html_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: MAX_FILE_BYTES,
            max_decompressed_bytes: MAX_DECOMPRESSED_BYTES,
            max_documents: MAX_DOCUMENTS,
            max_html_depth: MAX_HTML_DEPTH,
        }
    }
}
