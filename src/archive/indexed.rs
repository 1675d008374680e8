//! The archive's work through its index: opening it in step with the files, search with snippets, and the
//! bulk edits of the list (status, tags) that the window and the command line share.

use super::catalog::snippet::{self, Snippet};
use super::catalog::sync::{self, IndexReport};
use super::catalog::{Catalog, Order, Row, query};
use super::error::Result;
use super::{Archive, RECORDS_DIR, now_rfc3339};
use crate::record::Status;
use std::sync::atomic::AtomicBool;

/// One search result: the record's row, its rank (bm25, lower is better) and a snippet around the match.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub row: Row,
    pub rank: f64,
    /// `None` when the record file could not be read for it.
    pub snippet: Option<Snippet>,
}

impl Archive {
    /// The archive's index, brought in step with the record files first: made when missing, remade when of
    /// another version or damaged (the report says why), else only the records changed behind Sift's back are
    /// read. `progress(done, total)` counts those. When the folder cannot be written (another user's archive, a
    /// read-only share) the index is built in memory for this run.
    pub fn index(
        &self,
        progress: &dyn Fn(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<(Catalog, IndexReport)> {
        let (mut cat, rebuilt) = match Catalog::open(&self.root) {
            Ok(c) => c,
            Err(_) if !self.folder_writable() => (
                Catalog::in_memory()?,
                Some("the archive's folder cannot be written: the index is kept in memory".into()),
            ),
            Err(e) => return Err(e),
        };
        let mut report = sync::sync(&mut cat, &self.root.join(RECORDS_DIR), progress, cancel)?;
        if rebuilt.is_some() {
            report.rebuilt = rebuilt;
        }
        Ok((cat, report))
    }

    /// Empties the index and fills it again from every record file (`sift reindex`).
    pub fn reindex(
        &self,
        progress: &dyn Fn(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<(Catalog, IndexReport)> {
        let (mut cat, _) = Catalog::open(&self.root)?;
        cat.clear()?;
        let mut report = sync::sync(&mut cat, &self.root.join(RECORDS_DIR), progress, cancel)?;
        report.rebuilt = Some("asked for".into());
        Ok((cat, report))
    }

    /// What differs between the index and the record files, changing nothing (`sift check`). `Err` when
    /// there is no index, or it cannot be read.
    pub fn index_diff(&self) -> Result<IndexReport> {
        let cat = Catalog::open_reader(&self.root)?;
        sync::diff(&cat, &self.root.join(RECORDS_DIR))
    }

    /// Records matching `query` (Sift's search language), best first when it has words, each with a snippet
    /// cut from its record file; at most `limit`.
    pub fn search(
        &self,
        cat: &Catalog,
        query: &str,
        order: Option<Order>,
        limit: Option<usize>,
    ) -> Result<Vec<Hit>> {
        let q = query::parse(query)?;
        let words = q.highlight_words();
        Ok(cat
            .ranked(&q, order, limit)?
            .into_iter()
            .map(|(row, rank)| {
                let snippet = self.load(&row.id).ok().map(|r| snippet::of(&r, &words));
                Hit { row, rank, snippet }
            })
            .collect())
    }

    /// Sets record `id`'s status, the version it replaces kept in history; marks the curation time when it
    /// becomes curated. Nothing is written when the status is already so.
    pub fn set_status(&self, id: &str, status: Status) -> Result<()> {
        let mut rec = self.load(id)?;
        if rec.status == status {
            return Ok(());
        }
        rec.status = status;
        if status == Status::Curated {
            rec.curated_at = Some(now_rfc3339());
        }
        self.save(&rec)
    }

    /// Adds and removes tags of record `id` (tags compared without case; added ones keep the case given),
    /// the version it replaces kept in history.
    pub fn edit_tags(&self, id: &str, add: &[String], remove: &[String]) -> Result<()> {
        let mut rec = self.load(id)?;
        let before = rec.tags.clone();
        rec.tags.retain(|t| {
            !remove
                .iter()
                .any(|r| r.trim().to_lowercase() == t.to_lowercase())
        });
        for a in add.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
            if !rec
                .tags
                .iter()
                .any(|t| t.to_lowercase() == a.to_lowercase())
            {
                rec.tags.push(a.to_string());
            }
        }
        if rec.tags == before {
            return Ok(());
        }
        if !rec.edited.iter().any(|e| e == "tags") {
            rec.edited.push("tags".into());
        }
        self.save(&rec)
    }

    /// True when a file can be made in the archive's folder.
    fn folder_writable(&self) -> bool {
        let probe = self
            .root
            .join(format!(".sift-probe-{}", std::process::id()));
        match std::fs::File::create(&probe) {
            Ok(_) => {
                let _ = std::fs::remove_file(&probe);
                true
            }
            Err(_) => false,
        }
    }
}
