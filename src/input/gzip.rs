//! Reading through gzip, found by its magic bytes, within a size limit so a bomb cannot fill memory.

use std::io::Read;

/// What a gzip stream gave.
#[derive(Debug)]
pub enum Gunzipped {
    /// The whole stream.
    Complete(Vec<u8>),
    /// The stream is cut short or damaged after some data: what was readable, and what went wrong.
    Partial { data: Vec<u8>, error: String },
}

/// Why nothing usable came out of a gzip stream.
#[derive(Debug, thiserror::Error)]
pub enum GzipError {
    #[error(
        "decompressed data exceeds the limit of {limit} bytes (a gzip bomb, or a dump bigger than allowed)"
    )]
    TooLarge { limit: u64 },
    #[error("damaged or truncated gzip data, nothing readable: {0}")]
    Corrupt(String),
}

/// Decompresses every gzip member of `bytes`, refusing to produce more than `limit` bytes.
pub fn gunzip(bytes: &[u8], limit: u64) -> Result<Gunzipped, GzipError> {
    let mut out = Vec::new();
    let reader = flate2::read::MultiGzDecoder::new(bytes);
    let result = reader.take(limit.saturating_add(1)).read_to_end(&mut out);
    if out.len() as u64 > limit {
        return Err(GzipError::TooLarge { limit });
    }
    match result {
        Ok(_) => Ok(Gunzipped::Complete(out)),
        Err(e) if out.is_empty() => Err(GzipError::Corrupt(e.to_string())),
        Err(e) => Ok(Gunzipped::Partial {
            data: out,
            error: e.to_string(),
        }),
    }
}
