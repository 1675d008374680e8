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

/// Limits for reading one file. `Limits::default()` uses the constants above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read from disk, in bytes.
    pub max_file_bytes: u64,
    /// Largest decompressed size of a compressed file, in bytes.
    pub max_decompressed_bytes: u64,
    /// Most documents taken from one file.
    pub max_documents: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: MAX_FILE_BYTES,
            max_decompressed_bytes: MAX_DECOMPRESSED_BYTES,
            max_documents: MAX_DOCUMENTS,
        }
    }
}
