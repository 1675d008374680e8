//! JSON Lines: each record whole, one a line, in the archive's schema (unknown fields included).

use crate::record::Record;
use std::io::Write;

/// Writes one record a line.
pub fn write(records: &[Record], out: &mut dyn Write) -> std::io::Result<()> {
    for r in records {
        serde_json::to_writer(&mut *out, r)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
