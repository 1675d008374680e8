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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).expect("in memory");
        e.finish().expect("in memory")
    }

    #[test]
    fn cut_stream_gives_its_readable_start() {
        let text: Vec<u8> = (0..20_000u32)
            .flat_map(|i| format!("line {i}\n").into_bytes())
            .collect();
        let z = gz(&text);
        let cut = &z[..z.len() / 2];
        match gunzip(cut, 1 << 30) {
            Ok(Gunzipped::Partial { data, .. }) => {
                assert!(!data.is_empty());
                assert!(text.starts_with(&data));
            }
            other => panic!("expected Partial, got {other:?}"),
        }
    }
}
