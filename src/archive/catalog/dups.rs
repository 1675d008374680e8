//! The index's duplicate tables: each record's [`Fingerprint`] and the keys it is found by, so the check at
//! import looks up a few keys instead of reading every record, at 100,000 records as at ten.
//!
//! - `dup_info`: one row per record (by the `records` row), its canonical URL, content hash, body hash,
//!   MinHash signature and `duplicate_of`;
//! - `dup_keys`: (key, record) for the URL, the content and each MinHash band ([`Fingerprint::keys`]).

use super::Catalog;
use crate::archive::error::Result;
use crate::dedup::{Fingerprint, Signature, Sketch};
use crate::record::Record;
use rusqlite::{Connection, params, params_from_iter};

/// Tables made with the others (see `schema.rs`).
pub const CREATE: &str = "
CREATE TABLE IF NOT EXISTS dup_info (
    rec INTEGER PRIMARY KEY,
    url TEXT,
    content TEXT,
    body TEXT,
    minhash BLOB,
    page TEXT,
    duplicate_of TEXT
);
CREATE INDEX IF NOT EXISTS dup_info_of ON dup_info(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE IF NOT EXISTS dup_keys (
    key INTEGER NOT NULL,
    rec INTEGER NOT NULL,
    PRIMARY KEY (key, rec)
) WITHOUT ROWID;
";

/// Dropped when an index of another version is reset.
pub const DROP: &str = "DROP TABLE IF EXISTS dup_keys; DROP TABLE IF EXISTS dup_info;";

/// Emptied by `sift reindex`.
pub const CLEAR: &str = "DELETE FROM dup_keys; DELETE FROM dup_info;";

/// Candidates read per lookup at most: a URL shared by thousands of records (all one group) still costs one
/// bounded read; the earliest rows come first, and the group's first record is among them.
const CANDIDATES_MAX: usize = 256;

/// A record as matching sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct DupEntry {
    pub id: String,
    pub duplicate_of: Option<String>,
    pub fingerprint: Fingerprint,
}

/// Indexes `rec` (its `records` row is `rowid`) by `fp`, its fingerprint, made here when `None`.
pub(super) fn put_in(
    tx: &Connection,
    rowid: i64,
    rec: &Record,
    fp: Option<&Fingerprint>,
) -> rusqlite::Result<()> {
    let made;
    let fp = match fp {
        Some(f) => f,
        None => {
            made = Fingerprint::of(rec);
            &made
        }
    };
    tx.execute(
        "INSERT OR REPLACE INTO dup_info (rec, url, content, body, minhash, page, duplicate_of)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            rowid,
            fp.url,
            fp.content,
            fp.body,
            fp.minhash.as_ref().map(Signature::to_bytes),
            fp.page.as_ref().map(Sketch::to_hex),
            rec.duplicate_of,
        ],
    )?;
    let mut st = tx.prepare_cached("INSERT OR IGNORE INTO dup_keys (key, rec) VALUES (?1, ?2)")?;
    for k in fp.keys() {
        st.execute(params![k, rowid])?;
    }
    Ok(())
}

/// Drops the entries of the `records` row `rowid`, by the keys its stored fingerprint gives.
pub(super) fn remove_in(tx: &Connection, rowid: i64) -> rusqlite::Result<()> {
    let fp = tx
        .query_row(
            "SELECT url, content, body, minhash, page FROM dup_info WHERE rec = ?1",
            [rowid],
            |r| fingerprint_of(r, 0),
        )
        .ok();
    if let Some(fp) = fp {
        let mut st = tx.prepare_cached("DELETE FROM dup_keys WHERE key = ?1 AND rec = ?2")?;
        for k in fp.keys() {
            st.execute(params![k, rowid])?;
        }
        tx.execute("DELETE FROM dup_info WHERE rec = ?1", [rowid])?;
    }
    Ok(())
}

/// The fingerprint in columns `at..at+5` (url, content, body, minhash, page).
fn fingerprint_of(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Fingerprint> {
    let minhash: Option<Vec<u8>> = r.get(at + 3)?;
    let page: Option<String> = r.get(at + 4)?;
    Ok(Fingerprint {
        url: r.get(at)?,
        content: r.get(at + 1)?,
        body: r.get(at + 2)?,
        minhash: minhash.as_deref().and_then(Signature::from_bytes),
        body_shingles: None,
        page: page.as_deref().and_then(Sketch::from_hex),
    })
}

const ENTRY_COLUMNS: &str = "r.id, d.duplicate_of, d.url, d.content, d.body, d.minhash, d.page";

fn entry_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<DupEntry> {
    Ok(DupEntry {
        id: r.get(0)?,
        duplicate_of: r.get(1)?,
        fingerprint: fingerprint_of(r, 2)?,
    })
}

impl Catalog {
    /// The records sharing a key with `fp` (at most [`CANDIDATES_MAX`], earliest indexed first), leaving out
    /// `except` (the record itself, when it is indexed already).
    pub fn dup_candidates(&self, fp: &Fingerprint, except: Option<&str>) -> Result<Vec<DupEntry>> {
        let keys = fp.keys();
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; keys.len()].join(",");
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM dup_info d JOIN records r ON r.rowid = d.rec
             WHERE d.rec IN (SELECT rec FROM dup_keys WHERE key IN ({marks}))
             ORDER BY d.rec LIMIT {CANDIDATES_MAX}"
        );
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params_from_iter(keys), entry_of)
            .map_err(|e| self.err(e))?;
        let all: Vec<DupEntry> = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        Ok(all
            .into_iter()
            .filter(|e| Some(e.id.as_str()) != except)
            .collect())
    }

    /// Record `id` as matching sees it; `None` when it is not indexed.
    pub fn dup_entry(&self, id: &str) -> Result<Option<DupEntry>> {
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM dup_info d JOIN records r ON r.rowid = d.rec WHERE r.id = ?1"
        );
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mut rows = st.query_map([id], entry_of).map_err(|e| self.err(e))?;
        rows.next().transpose().map_err(|e| self.err(e))
    }

    /// The records marked as duplicates of `id`, by id.
    pub fn duplicates_of(&self, id: &str) -> Result<Vec<DupEntry>> {
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM dup_info d JOIN records r ON r.rowid = d.rec
             WHERE d.duplicate_of = ?1 ORDER BY r.id"
        );
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = st.query_map([id], entry_of).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// Every record marked as a duplicate, with what it points to: (id, duplicate_of), by id.
    pub fn duplicate_links(&self) -> Result<Vec<(String, String)>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT r.id, d.duplicate_of FROM dup_info d JOIN records r ON r.rowid = d.rec
                 WHERE d.duplicate_of IS NOT NULL ORDER BY r.id",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}
