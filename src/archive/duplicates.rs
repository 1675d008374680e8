//! Duplicates in the archive: the check every imported record goes through, the groups `sift duplicates`
//! lists, and keeping one record of a group. What makes two records the same article is
//! [`crate::dedup`]'s; this finds the candidates through the index (`catalog/dups.rs`), never by reading
//! every record.

use super::Archive;
use super::catalog::Catalog;
use super::catalog::dups::DupEntry;
use super::error::Result;
use crate::dedup::{Fingerprint, Why};
use crate::record::{Record, Status};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// What the check found for a new record.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The record it repeats: the first of its group.
    pub of: String,
    pub why: Why,
    pub similarity: f64,
    /// Same canonical URL and same text: nothing new to keep.
    pub repeat: bool,
}

/// One record of a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub id: String,
    pub status: Status,
    /// How it matches the group's first record (or, failing that, another member).
    pub why: Why,
    /// Estimated share of body text in common with it, 0–1.
    pub similarity: f64,
}

/// Records holding the same article: the one the others point to, and the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The record the others are duplicates of.
    pub original: String,
    /// `false` when that record is no longer in the archive (trashed or deleted).
    pub original_present: bool,
    pub duplicates: Vec<Member>,
}

impl Archive {
    /// Opens the writer's index before an import checks its documents against it. Every Sift writer indexes
    /// what it writes, and an index that is missing or of an older version is rebuilt from the files on this
    /// open, so records written by another Sift or an older version are found. Records copied in by hand are
    /// found once any reader (`list`, `search`, the window) has brought the index in step: a full comparison of
    /// the files here would cost every import a stat of every record (a third of a second at 100,000). A
    /// failure only weakens the check; the import goes on.
    pub fn prepare_duplicate_check(&self) {
        self.catalog_do(|_| Ok(()));
    }

    /// The record `rec` (whose fingerprint is `fp`) repeats, if any: among the records sharing its URL, content or a MinHash band (looked
    /// up in the index), the strongest match; the answer names the first record of that one's group. `None`
    /// also when the index cannot be read: a document is never held back for want of an index.
    pub(super) fn duplicate_check(&self, rec: &Record, fp: &Fingerprint) -> Option<Found> {
        if check_disabled() {
            return None;
        }
        self.catalog_do(|c| {
            let candidates = c.dup_candidates(fp, Some(&rec.id))?;
            let mut first_of_group = |id: &str| {
                candidates
                    .iter()
                    .find(|e| e.id == id)
                    .cloned()
                    .map(Ok)
                    .or_else(|| c.dup_entry(id).transpose())
            };
            best_match(fp, &candidates, &mut first_of_group).transpose()
        })?
    }

    /// Every group of duplicates in the index, by the original's id.
    pub fn duplicate_groups(&self, cat: &Catalog) -> Result<Vec<Group>> {
        let links = cat.duplicate_links()?;
        let of: HashMap<&str, &str> = links
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (id, _) in &links {
            groups
                .entry(root_of(&of, id).to_string())
                .or_default()
                .push(id.clone());
        }
        let statuses: HashMap<String, Status> = cat
            .rows("", None, None)?
            .into_iter()
            .filter(|r| groups.contains_key(&r.id) || of.contains_key(r.id.as_str()))
            .map(|r| (r.id, r.status))
            .collect();
        let mut out = Vec::new();
        for (original, ids) in groups {
            let root = cat.dup_entry(&original)?;
            let entries: Vec<DupEntry> = ids
                .iter()
                .filter_map(|id| cat.dup_entry(id).transpose())
                .collect::<Result<_>>()?;
            let duplicates = entries
                .iter()
                .map(|e| {
                    let (why, similarity) = explain(e, root.as_ref(), &entries);
                    Member {
                        id: e.id.clone(),
                        status: statuses.get(&e.id).copied().unwrap_or_default(),
                        why,
                        similarity,
                    }
                })
                .collect();
            out.push(Group {
                original_present: root.is_some(),
                original,
                duplicates,
            });
        }
        Ok(out)
    }

    /// The ids of the records marked as duplicates of `id`.
    pub fn duplicates_of(&self, cat: &Catalog, id: &str) -> Result<Vec<String>> {
        Ok(cat.duplicates_of(id)?.into_iter().map(|e| e.id).collect())
    }

    /// The ids of records marked as duplicates of `id`, through the writer's index connection (the window
    /// shows them with the record); empty when the index cannot be read.
    pub fn duplicate_ids(&self, id: &str) -> Vec<String> {
        self.catalog_do(|c| c.duplicates_of(id))
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.id)
            .collect()
    }

    /// Record `id`'s group: the record it repeats (or itself) first, then every duplicate of that one.
    pub fn duplicate_group(&self, id: &str) -> Result<Vec<String>> {
        let rec = self.load(id)?;
        let first = rec.duplicate_of.unwrap_or(rec.id);
        let mut out = vec![first.clone()];
        out.extend(
            self.duplicate_ids(&first)
                .into_iter()
                .filter(|d| *d != first),
        );
        if !out.iter().any(|x| x == id) {
            out.push(id.to_string());
        }
        Ok(out)
    }

    /// Keeps record `keep` of a group: it is no one's duplicate any more, and each of `others` is saved as
    /// rejected with `duplicate_of` naming it (the versions replaced kept in history, as by every save).
    pub fn keep_duplicate(&self, keep: &str, others: &[String]) -> Result<()> {
        let mut kept = self.load(keep)?;
        if kept.duplicate_of.is_some() {
            kept.duplicate_of = None;
            self.save(&kept)?;
        }
        for id in others.iter().filter(|o| o.as_str() != keep) {
            let mut rec = self.load(id)?;
            rec.status = Status::Rejected;
            rec.duplicate_of = Some(keep.to_string());
            self.save(&rec)?;
        }
        Ok(())
    }
}

/// True when `SIFT_NO_DUPLICATE_CHECK` is set: imports then mark no duplicate (the index still holds every
/// record's fingerprint). For measuring what the check costs (`scripts/duplicates.sh`).
fn check_disabled() -> bool {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("SIFT_NO_DUPLICATE_CHECK").is_some_and(|v| !v.is_empty()))
}

/// The strongest match of `fp` among `candidates`: bytes before url before text, then the most similar; the
/// answer points to the first record of the candidate's group, which `first_of_group` gives by id. A
/// candidate whose group starts with a record at another address than `fp`'s is passed over: a text dump
/// without an address, grouped with one page, must not bring a second page of its site into that group.
pub fn best_match(
    fp: &Fingerprint,
    candidates: &[DupEntry],
    first_of_group: &mut dyn FnMut(&str) -> Option<Result<DupEntry>>,
) -> Option<Result<Found>> {
    let mut best: Option<(Found, &DupEntry)> = None;
    for c in candidates {
        let Some(m) = fp.matches(&c.fingerprint) else {
            continue;
        };
        if let Some(first) = c.duplicate_of.as_deref().filter(|f| *f != c.id) {
            match first_of_group(first) {
                Some(Ok(e)) if fp.urls_differ(&e.fingerprint) => continue,
                Some(Err(e)) => return Some(Err(e)),
                _ => {}
            }
        }
        let found = Found {
            of: c.duplicate_of.clone().unwrap_or_else(|| c.id.clone()),
            why: m.why,
            similarity: m.similarity,
            repeat: m.repeat,
        };
        let better = match &best {
            None => true,
            Some((b, _)) => {
                (found.repeat, std::cmp::Reverse(found.why), found.similarity)
                    > (b.repeat, std::cmp::Reverse(b.why), b.similarity)
            }
        };
        if better {
            best = Some((found, c));
        }
    }
    best.map(|(f, _)| Ok(f))
}

/// The first record of `id`'s group: `duplicate_of` followed to its end (a loop, made by hand, stops).
fn root_of<'a>(of: &HashMap<&'a str, &'a str>, id: &'a str) -> &'a str {
    let mut cur = id;
    for _ in 0..of.len() + 1 {
        match of.get(cur) {
            Some(next) if *next != cur => cur = next,
            _ => break,
        }
    }
    cur
}

/// Why `e` is in its group: how it matches the original, else the best of the other members, else marked.
fn explain(e: &DupEntry, root: Option<&DupEntry>, members: &[DupEntry]) -> (Why, f64) {
    if let Some(m) = root.and_then(|r| e.fingerprint.matches(&r.fingerprint)) {
        return (m.why, m.similarity);
    }
    let best = members
        .iter()
        .filter(|o| o.id != e.id)
        .filter_map(|o| e.fingerprint.matches(&o.fingerprint))
        .max_by(|a, b| {
            (std::cmp::Reverse(a.why), a.similarity)
                .partial_cmp(&(std::cmp::Reverse(b.why), b.similarity))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    match best {
        Some(m) => (m.why, m.similarity),
        None => (
            Why::Marked,
            root.map_or(0.0, |r| e.fingerprint.similarity(&r.fingerprint)),
        ),
    }
}
