//! The index's tables. The record files stay the truth; these hold what listing, sorting, filtering and
//! full-text search need, so none of them reads a record file. A change here bumps [`VERSION`], and an index
//! of another version is rebuilt from the files on open. The duplicate tables are in `dups.rs`.

/// Bumped whenever a table or the meaning of a column changes (3: the duplicate tables; 4: the page type).
pub const VERSION: i64 = 4;

/// bm25 weight of each full-text column, in the `fts` table's order (title, subtitle, authors, site, url,
/// section, tags, keywords, notes, captions, body): a word in the title or the tags says more about a record than the
/// same word deep in its body.
pub const WEIGHTS: [f64; 11] = [10.0, 4.0, 4.0, 2.0, 1.0, 2.0, 5.0, 3.0, 2.0, 1.0, 1.0];

/// Creates the tables in an empty database. `records` holds what the list shows and filters on (lower-cased
/// copies for case-free matching, which SQLite's `lower` does only for ASCII), and what an import looks up
/// (the source's key, the raw file's hash and name) so that it never lists the archive's folders; `fts` is contentless, since
/// the texts are in the record files, and snippets are cut from those.
pub const CREATE: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    title TEXT,
    published TEXT,
    site TEXT,
    language TEXT,
    broken TEXT,
    title_key TEXT NOT NULL,
    site_key TEXT NOT NULL,
    site_url_lc TEXT NOT NULL,
    authors_lc TEXT NOT NULL,
    tags_lc TEXT NOT NULL,
    lang_lc TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    source_key TEXT,
    sha256 TEXT,
    raw_name TEXT,
    page_type TEXT NOT NULL DEFAULT 'unknown'
);
CREATE INDEX IF NOT EXISTS records_status ON records(status, id);
CREATE INDEX IF NOT EXISTS records_published ON records(published, id);
CREATE INDEX IF NOT EXISTS records_title ON records(title_key, id);
CREATE INDEX IF NOT EXISTS records_site ON records(site_key, id);
CREATE INDEX IF NOT EXISTS records_stamp ON records(id, size, mtime);
CREATE INDEX IF NOT EXISTS records_source ON records(source_key);
CREATE INDEX IF NOT EXISTS records_sha256 ON records(sha256);
CREATE INDEX IF NOT EXISTS records_type ON records(page_type, id);
CREATE INDEX IF NOT EXISTS records_broken ON records(id) WHERE broken IS NOT NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, subtitle, authors, site, url, section, tags, keywords, notes, captions, body,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
";
