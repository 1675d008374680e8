//! The archive's index: `index.sqlite` beside the records (SQLite, WAL, FTS5), so listing, sorting, filtering
//! and full-text search at 100,000 records read no record file.
//!
//! The JSON files in `records/` stay the truth. The index is derived: [`sync`] brings it in step with them by
//! size and modification time (a record edited by hand or copied in while no Sift ran), and rebuilds it when it
//! is missing, from another version, or damaged. Any Sift may update it, writer or reader: it only ever says
//! what the files say, and SQLite serialises its writers.

pub mod dups;
mod lookup;
pub mod query;
mod schema;
pub mod snippet;
pub mod sync;

use super::error::{ArchiveError, Result};
use crate::dedup::Fingerprint;
use crate::record::{Record, Status};
use query::{Filter, Query};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, params};
use std::path::{Path, PathBuf};

pub use sync::{IndexReport, Stamp};

/// The index file, in the archive's folder (SQLite adds `-wal` and `-shm` beside it while open).
pub const INDEX_FILE: &str = "index.sqlite";

/// How long a write waits for another Sift's write to the index before giving up.
/// Bytes of the index file read through a memory map rather than a read call per page: a `sift list` of
/// 100,000 records reads most of the file.
const MMAP_BYTES: i64 = 1 << 30;

/// Pages the write-ahead log grows to before it is copied back into the index file (about 40 MB).
const WAL_CHECKPOINT_PAGES: i64 = 10_000;

const BUSY_MS: u64 = 10_000;

/// One record as the list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub status: Status,
    pub published: Option<String>,
    pub site: Option<String>,
    pub title: Option<String>,
    /// Why the record file could not be read, when it could not; the other fields are then empty.
    pub broken: Option<String>,
}

/// What a list can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    Status,
    Date,
    Site,
    Title,
    #[default]
    Id,
}

/// A sort: a key and a direction. Records without the key's value (no date, no site) come last either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Order {
    pub key: SortKey,
    pub descending: bool,
}

/// An open index.
pub struct Catalog {
    conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("path", &self.path).finish()
    }
}

fn db_err(path: &Path, e: rusqlite::Error) -> ArchiveError {
    ArchiveError::Index {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// Puts the connection in WAL mode. SQLite answers "database is locked" at once, without waiting as the busy
/// timeout says, while another connection is making the same new file: so it is asked again for that long.
fn wal(conn: &Connection) -> rusqlite::Result<()> {
    let start = std::time::Instant::now();
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                    && start.elapsed() < std::time::Duration::from_millis(BUSY_MS) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            done => return done,
        }
    }
}

/// True for errors that mean the file is no usable SQLite database of ours.
fn is_damage(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode::*;
    matches!(
        e.sqlite_error_code(),
        Some(DatabaseCorrupt | NotADatabase | SchemaChanged)
    ) || matches!(e, rusqlite::Error::SqliteFailure(_, Some(m)) if m.contains("malformed"))
}

impl Catalog {
    /// Opens (creating when missing) the index of the archive at `root` for reading and writing. An index of
    /// another version, or one SQLite cannot read, is replaced by an empty one; the second value says why, and
    /// [`sync`] then fills it from the files.
    pub fn open(root: &Path) -> Result<(Catalog, Option<String>)> {
        let path = root.join(INDEX_FILE);
        let missing = !path.exists();
        match Self::try_open(&path) {
            Ok(Some(c)) => Ok((c, missing.then(|| "there was none".to_string()))),
            Ok(None) => {
                let c = Self::reset(&path)?;
                Ok((c, Some("it was made by another version of Sift".into())))
            }
            Err(e) if is_damage(&e) => {
                remove_files(&path)?;
                let c = Self::try_open(&path)
                    .map_err(|e| db_err(&path, e))?
                    .ok_or_else(|| ArchiveError::Index {
                        path: path.clone(),
                        message: "a new index reads as another version".into(),
                    })?;
                Ok((c, Some(format!("it was damaged ({e})"))))
            }
            Err(e) => Err(db_err(&path, e)),
        }
    }

    /// An index of the archive at `root` for reading only (a worker filling the window's list). Fails when
    /// there is none yet or it is of another version: [`Catalog::open`] and [`sync`] make it.
    pub fn open_reader(root: &Path) -> Result<Catalog> {
        let path = root.join(INDEX_FILE);
        if !path.exists() {
            return Err(ArchiveError::Index {
                path,
                message: "no index yet".into(),
            });
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| db_err(&path, e))?;
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_MS))
            .map_err(|e| db_err(&path, e))?;
        conn.pragma_update(None, "mmap_size", MMAP_BYTES)
            .map_err(|e| db_err(&path, e))?;
        let c = Catalog {
            conn,
            path: Some(path.clone()),
        };
        match c.version() {
            Ok(Some(schema::VERSION)) => Ok(c),
            Ok(_) => Err(ArchiveError::Index {
                path,
                message: "the index is of another version of Sift".into(),
            }),
            Err(e) => Err(db_err(&path, e)),
        }
    }

    /// An index in memory, for an archive whose folder cannot be written (another user's, a read-only share).
    pub fn in_memory() -> Result<Catalog> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| db_err(&path, e))?;
        let c = Catalog { conn, path: None };
        c.create().map_err(|e| db_err(&path, e))?;
        Ok(c)
    }

    /// `Ok(None)` when the file holds an index of another version.
    fn try_open(path: &Path) -> rusqlite::Result<Option<Catalog>> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_MS))?;
        // WAL: the window's writes never block a `sift list` reading meanwhile. NORMAL sync is safe in WAL
        // (a power cut may lose the last commits, never corrupt), and the index is rebuilt from the files anyway.
        wal(&conn)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
        // The default checkpoint every 1,000 pages ran several times in one small import into a large index
        // (each record touches pages all over the duplicate keys): checkpoint less often, each page once.
        conn.pragma_update(None, "wal_autocheckpoint", WAL_CHECKPOINT_PAGES)?;
        let c = Catalog {
            conn,
            path: Some(path.to_path_buf()),
        };
        // Checked and made in one write transaction: two Sifts opening a new index at once (the window's list
        // and an import) otherwise saw each other's half-made tables as an index of another version, and one
        // dropped what the other was making ("no such table: records").
        c.conn.execute_batch("BEGIN IMMEDIATE")?;
        let decided = match c.version() {
            Ok(Some(schema::VERSION)) => Ok(true),
            Ok(None) => match c.table_count() {
                Ok(0) => c.create().map(|()| true),
                Ok(_) => Ok(false),
                Err(e) => Err(e),
            },
            Ok(Some(_)) => Ok(false),
            Err(e) => Err(e),
        };
        match decided {
            Ok(ok) => {
                c.conn.execute_batch("COMMIT")?;
                Ok(ok.then_some(c))
            }
            Err(e) => {
                let _ = c.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Empties the index file of another version: drops every table and starts again.
    fn reset(path: &Path) -> Result<Catalog> {
        // Dropping inside the file, not deleting it, keeps any other Sift's open connection valid.
        let conn = Connection::open(path).map_err(|e| db_err(path, e))?;
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_MS))
            .map_err(|e| db_err(path, e))?;
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {} DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS records; \
             DROP TABLE IF EXISTS meta; COMMIT;",
            dups::DROP
        ))
        .map_err(|e| db_err(path, e))?;
        drop(conn);
        Self::try_open(path)
            .map_err(|e| db_err(path, e))?
            .ok_or_else(|| ArchiveError::Index {
                path: path.to_path_buf(),
                message: "the index could not be reset".into(),
            })
    }

    fn table_count(&self) -> rusqlite::Result<i64> {
        self.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
    }

    fn version(&self) -> rusqlite::Result<Option<i64>> {
        let has_meta: i64 = self.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
            [],
            |r| r.get(0),
        )?;
        if has_meta == 0 {
            return Ok(None);
        }
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'version'", [], |r| {
                r.get(0)
            })
            .ok();
        Ok(v.and_then(|v| v.parse().ok()))
    }

    fn create(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch(schema::CREATE)?;
        self.conn.execute_batch(dups::CREATE)?;
        self.conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('version', ?1)",
            params![schema::VERSION.to_string()],
        )?;
        Ok(())
    }

    fn err(&self, e: rusqlite::Error) -> ArchiveError {
        db_err(self.path.as_deref().unwrap_or(Path::new(":memory:")), e)
    }

    /// Removes every entry (for `sift reindex`), keeping the file and the tables.
    pub fn clear(&mut self) -> Result<()> {
        self.conn
            .execute_batch(&format!(
                "{} DELETE FROM fts; DELETE FROM records;",
                dups::CLEAR
            ))
            .map_err(|e| self.err(e))
    }

    /// Calls `each` with the id, size and modification time of every indexed record as it was indexed, in id
    /// order (read from the covering index `records_stamp`), without collecting them.
    pub fn each_stamp(&self, each: &mut dyn FnMut(&str, Stamp)) -> Result<()> {
        let mut st = self
            .conn
            .prepare("SELECT id, size, mtime FROM records ORDER BY id")
            .map_err(|e| self.err(e))?;
        let mut rows = st.query([]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let id = r
                .get_ref(0)
                .and_then(|v| Ok(v.as_str()?))
                .map_err(|e| self.err(e))?;
            let stamp = Stamp {
                size: r.get(1).map_err(|e| self.err(e))?,
                mtime: r.get(2).map_err(|e| self.err(e))?,
            };
            each(id, stamp);
        }
        Ok(())
    }

    /// Adds or replaces record `rec`, whose file had `stamp`.
    pub fn put(&mut self, rec: &Record, stamp: Stamp) -> Result<()> {
        self.put_with(rec, stamp, None)
    }

    /// [`Catalog::put`] with the record's duplicate fingerprint, when made already. Inside an import's batch
    /// ([`Catalog::begin_batch`]) it joins the batch's transaction: no savepoint of its own, since each one
    /// makes the full-text index flush its pending terms to disk. Should a write fail there, the connection
    /// is dropped and the batch rolled back; its records are in their files, and the next sync indexes them.
    pub fn put_with(&mut self, rec: &Record, stamp: Stamp, fp: Option<&Fingerprint>) -> Result<()> {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(":memory:"));
        if !self.conn.is_autocommit() {
            return put_in(&self.conn, rec, stamp, fp).map_err(|e| db_err(&path, e));
        }
        let tx = self.conn.transaction().map_err(|e| db_err(&path, e))?;
        put_in(&tx, rec, stamp, fp).map_err(|e| db_err(&path, e))?;
        tx.commit().map_err(|e| db_err(&path, e))
    }

    /// Opens a transaction that the writes after it join until [`Catalog::end_batch`]: an import commits once
    /// every few hundred documents instead of once a record. The
    /// connection's own reads see the writes before the commit, so the duplicate check finds a document
    /// written earlier in the chunk. Nothing when a transaction is open already.
    pub fn begin_batch(&mut self) -> Result<()> {
        if !self.conn.is_autocommit() {
            return Ok(());
        }
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| self.err(e))
    }

    /// Commits what [`Catalog::begin_batch`] opened; nothing when no transaction is open.
    pub fn end_batch(&mut self) -> Result<()> {
        if self.conn.is_autocommit() {
            return Ok(());
        }
        self.conn.execute_batch("COMMIT").map_err(|e| self.err(e))
    }

    /// Adds or replaces records in one transaction: `Ok` records indexed, `Err` ones listed as broken with why.
    pub fn put_many(
        &mut self,
        batch: &[(String, Stamp, std::result::Result<Record, String>)],
    ) -> Result<()> {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(":memory:"));
        let tx = self.conn.savepoint().map_err(|e| db_err(&path, e))?;
        for (id, stamp, rec) in batch {
            match rec {
                Ok(r) => put_in(&tx, r, *stamp, None),
                Err(why) => put_broken_in(&tx, id, *stamp, why),
            }
            .map_err(|e| db_err(&path, e))?;
        }
        tx.commit().map_err(|e| db_err(&path, e))
    }

    /// Removes records by id (gone from `records/`: trashed, or deleted by hand).
    pub fn remove(&mut self, ids: &[String]) -> Result<()> {
        let path = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(":memory:"));
        let tx = self.conn.savepoint().map_err(|e| db_err(&path, e))?;
        for id in ids {
            remove_in(&tx, id).map_err(|e| db_err(&path, e))?;
        }
        tx.commit().map_err(|e| db_err(&path, e))
    }

    /// How many records the index holds.
    pub fn len(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM records", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    /// True when the index holds no record.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Rows matching `query` (Sift's search language; empty: all), in `order` — by relevance (bm25) when
    /// `None` and the query has words, else by id — at most `limit`.
    pub fn rows(
        &self,
        query: &str,
        order: Option<Order>,
        limit: Option<usize>,
    ) -> Result<Vec<Row>> {
        let q = query::parse(query)?;
        Ok(self
            .ranked(&q, order, limit)?
            .into_iter()
            .map(|(r, _)| r)
            .collect())
    }

    /// As [`Catalog::rows`], for a parsed query, with each row's bm25 rank (lower is better; 0 without words).
    pub fn ranked(
        &self,
        q: &Query,
        order: Option<Order>,
        limit: Option<usize>,
    ) -> Result<Vec<(Row, f64)>> {
        let (sql, args) = select_sql(q, order, limit);
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(rusqlite::params_from_iter(args), |r| {
                let status: String = r.get(1)?;
                Ok((
                    Row {
                        id: r.get(0)?,
                        status: match status.as_str() {
                            "curated" => Status::Curated,
                            "rejected" => Status::Rejected,
                            _ => Status::Draft,
                        },
                        published: r.get(2)?,
                        site: r.get(3)?,
                        title: r.get(4)?,
                        broken: r.get(5)?,
                    },
                    r.get::<_, f64>(6)?,
                ))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

/// Removes the index file and SQLite's files beside it.
fn remove_files(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", path.display()));
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(ArchiveError::io(&p, e)),
        }
    }
    Ok(())
}

fn lc(s: Option<&str>) -> String {
    s.unwrap_or("").to_lowercase()
}

/// Lines wrapped in newlines, so one whole entry is `\nentry\n`.
fn lines_lc(v: &[String]) -> String {
    let mut s = String::from("\n");
    for x in v {
        s.push_str(&x.to_lowercase());
        s.push('\n');
    }
    s
}

fn rowid_of(tx: &Connection, id: &str) -> rusqlite::Result<Option<i64>> {
    match tx.query_row("SELECT rowid FROM records WHERE id = ?1", [id], |r| {
        r.get(0)
    }) {
        Ok(v) => Ok(Some(v)),
        Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
        Err(e) => Err(e),
    }
}

fn remove_in(tx: &Connection, id: &str) -> rusqlite::Result<()> {
    if let Some(rowid) = rowid_of(tx, id)? {
        dups::remove_in(tx, rowid)?;
        tx.execute("DELETE FROM fts WHERE rowid = ?1", [rowid])?;
        tx.execute("DELETE FROM records WHERE rowid = ?1", [rowid])?;
    }
    Ok(())
}

fn put_in(
    tx: &Connection,
    rec: &Record,
    stamp: Stamp,
    fp: Option<&Fingerprint>,
) -> rusqlite::Result<()> {
    remove_in(tx, &rec.id)?;
    let site_url = format!(
        "{}\n{}",
        rec.site.as_deref().unwrap_or(""),
        rec.url.as_deref().unwrap_or("")
    );
    tx.execute(
        "INSERT INTO records (id, status, title, published, site, language, broken, title_key, site_key,
             site_url_lc, authors_lc, tags_lc, lang_lc, size, mtime, source_key, sha256, raw_name, page_type)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            rec.id,
            rec.status.as_str(),
            rec.title,
            rec.published,
            rec.site,
            rec.language,
            lc(rec.title.as_deref()),
            lc(rec.site.as_deref()),
            site_url.to_lowercase(),
            lines_lc(&rec.authors),
            lines_lc(&rec.tags),
            lc(rec.language.as_deref()),
            stamp.size,
            stamp.mtime,
            crate::archive::id::record_source_key(&rec.source),
            rec.source.sha256,
            crate::archive::store::raw_name(&rec.source.sha256, &rec.source.file),
            rec.page_type.as_str(),
        ],
    )?;
    let rowid = tx.last_insert_rowid();
    let captions: Vec<&str> = rec
        .images
        .iter()
        .flat_map(|i| [i.caption.as_deref(), i.credit.as_deref()])
        .flatten()
        .collect();
    tx.execute(
        "INSERT INTO fts (rowid, title, subtitle, authors, site, url, section, tags, keywords, notes, captions,
             body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            rowid,
            rec.title,
            rec.subtitle,
            rec.authors.join("\n"),
            rec.site,
            rec.url,
            rec.section,
            rec.tags.join("\n"),
            rec.keywords.join("\n"),
            rec.notes,
            captions.join("\n"),
            rec.body,
        ],
    )?;
    dups::put_in(tx, rowid, rec, fp)
}

fn put_broken_in(tx: &Connection, id: &str, stamp: Stamp, why: &str) -> rusqlite::Result<()> {
    remove_in(tx, id)?;
    tx.execute(
        "INSERT INTO records (id, status, broken, title_key, site_key, site_url_lc, authors_lc, tags_lc, lang_lc,
             size, mtime) VALUES (?1, 'draft', ?2, '', '', '', '', '', '', ?3, ?4)",
        params![id, why, stamp.size, stamp.mtime],
    )?;
    Ok(())
}

/// The SQL of a query, with its arguments in order.
fn select_sql(q: &Query, order: Option<Order>, limit: Option<usize>) -> (String, Vec<Value>) {
    let mut args: Vec<Value> = Vec::new();
    let weights = schema::WEIGHTS
        .iter()
        .map(|w| w.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    // Words alone, best first, a page of them: the best are picked inside the full-text index and only they
    // are joined to their rows (a common word or a prefix matches tens of thousands of records).
    if order.is_none()
        && q.filters.is_empty()
        && q.not_filters.is_empty()
        && let (Some(m), Some(n)) = (q.fts_match(), limit)
    {
        args.push(Value::Text(m));
        let mut inner =
            format!("SELECT rowid, bm25(fts, {weights}) AS rank FROM fts WHERE fts MATCH ?");
        if let Some(ex) = q.fts_excluded() {
            inner.push_str(" AND rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)");
            args.push(Value::Text(ex));
        }
        args.push(Value::Integer(n.min(i64::MAX as usize) as i64));
        return (
            format!(
                "SELECT r.id, r.status, r.published, r.site, r.title, r.broken, f.rank \
                 FROM ({inner} ORDER BY rank, rowid LIMIT ?) f JOIN records r ON r.rowid = f.rowid \
                 ORDER BY f.rank, r.id"
            ),
            args,
        );
    }
    let (mut sql, ranked) = match q.fts_match() {
        Some(m) => {
            args.push(Value::Text(m));
            (
                format!(
                    "SELECT r.id, r.status, r.published, r.site, r.title, r.broken, bm25(fts, {weights}) \
                     FROM fts JOIN records r ON r.rowid = fts.rowid WHERE fts MATCH ?"
                ),
                true,
            )
        }
        None => (
            "SELECT r.id, r.status, r.published, r.site, r.title, r.broken, 0.0 FROM records r WHERE 1".to_string(),
            false,
        ),
    };
    if let Some(ex) = q.fts_excluded() {
        sql.push_str(" AND r.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)");
        args.push(Value::Text(ex));
    }
    for f in &q.filters {
        sql.push_str(" AND coalesce(");
        sql.push_str(&filter_sql(f, &mut args));
        sql.push_str(", 0)");
    }
    for f in &q.not_filters {
        sql.push_str(" AND NOT coalesce(");
        sql.push_str(&filter_sql(f, &mut args));
        sql.push_str(", 0)");
    }
    sql.push_str(" ORDER BY ");
    sql.push_str(&match (order, ranked) {
        (None, true) => "7, r.id".to_string(),
        (None, false) => "r.id".to_string(),
        (Some(o), _) => order_sql(o),
    });
    if let Some(n) = limit {
        sql.push_str(" LIMIT ?");
        args.push(Value::Integer(n.min(i64::MAX as usize) as i64));
    }
    (sql, args)
}

fn order_sql(o: Order) -> String {
    let dir = if o.descending { "DESC" } else { "ASC" };
    match o.key {
        SortKey::Id => format!("r.id {dir}"),
        SortKey::Status => format!("r.status {dir}, r.id"),
        SortKey::Date => format!("r.published IS NULL, r.published {dir}, r.id"),
        SortKey::Site => format!("r.site_key = '', r.site_key {dir}, r.id"),
        SortKey::Title => format!("r.title_key = '', r.title_key {dir}, r.id"),
    }
}

fn filter_sql(f: &Filter, args: &mut Vec<Value>) -> String {
    let mut arg = |s: &str| {
        args.push(Value::Text(s.to_string()));
    };
    match f {
        Filter::Status(s) => {
            arg(s.as_str());
            "r.status = ?".into()
        }
        Filter::Site(s) => {
            arg(s);
            "instr(r.site_url_lc, ?) > 0".into()
        }
        Filter::Author(s) => {
            arg(s);
            "instr(r.authors_lc, ?) > 0".into()
        }
        Filter::Tag { text, prefix } => {
            if *prefix {
                arg(&format!("\n{text}"));
            } else {
                arg(&format!("\n{text}\n"));
            }
            "instr(r.tags_lc, ?) > 0".into()
        }
        Filter::Type(t) => {
            arg(t.as_str());
            "r.page_type = ?".into()
        }
        Filter::Lang(l) => {
            arg(l);
            arg(&format!("{l}-"));
            format!(
                "(r.lang_lc = ? OR substr(r.lang_lc, 1, {}) = ?)",
                l.chars().count() + 1
            )
        }
        Filter::Published { from, to } => {
            let mut parts = vec!["r.published IS NOT NULL".to_string()];
            if let Some(f) = from {
                arg(f);
                parts.push(format!("substr(r.published, 1, {}) >= ?", f.len()));
            }
            if let Some(t) = to {
                arg(t);
                parts.push(format!("substr(r.published, 1, {}) <= ?", t.len()));
            }
            format!("({})", parts.join(" AND "))
        }
    }
}
