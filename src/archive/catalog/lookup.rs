//! What an import asks the index before it writes: which records hold a source, and under which names a raw
//! file's bytes are kept. Answered from indexed columns, so importing into an archive of 100,000 records
//! costs what importing into an empty one does, with no listing of `records/` or `raw/`.

use super::super::error::Result;
use super::Catalog;

impl Catalog {
    /// Ids of the indexed records whose source has `key` (the file's hash and the document's place in it).
    pub fn ids_with_source(&self, key: &str) -> Result<Vec<String>> {
        self.strings(
            "SELECT id FROM records WHERE source_key = ?1 ORDER BY id",
            key,
        )
    }

    /// The raw file names the indexed records give for bytes hashing to `sha256` (one name per extension
    /// the bytes were imported under).
    pub fn raw_names(&self, sha256: &str) -> Result<Vec<String>> {
        self.strings(
            "SELECT DISTINCT raw_name FROM records WHERE sha256 = ?1 AND raw_name IS NOT NULL \
             ORDER BY raw_name",
            sha256,
        )
    }

    /// Ids of the indexed records that cannot be read and whose id ends with `-hash`: such a record may hold
    /// any source its id's hash fits, so an import must not add another beside it.
    pub fn broken_ids_ending(&self, hash: &str) -> Result<Vec<String>> {
        self.strings(
            "SELECT id FROM records WHERE broken IS NOT NULL AND id LIKE '%-' || ?1 ORDER BY id",
            hash,
        )
    }

    fn strings(&self, sql: &str, arg: &str) -> Result<Vec<String>> {
        let mut st = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map([arg], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}
