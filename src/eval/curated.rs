//! The archive as truth: for curated records, how often each automatic value (`extraction.auto`) was kept
//! as it was, and which documents needed the most fixing. Curators read it to see where extraction fails them.

use crate::record::{FIELD_NAMES, Fields, Record, Status};

/// How one field fared over the curated records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldStats {
    pub name: &'static str,
    /// The automatic value was kept unchanged.
    pub kept: usize,
    /// The extractor found nothing and the curator filled it in.
    pub filled: usize,
    /// The curator emptied a value the extractor had found.
    pub cleared: usize,
    /// The curator replaced one value by another.
    pub changed: usize,
}

impl FieldStats {
    /// Share kept, of the records counted.
    pub fn kept_share(&self) -> f64 {
        let n = self.kept + self.filled + self.cleared + self.changed;
        if n == 0 {
            0.0
        } else {
            self.kept as f64 / n as f64
        }
    }
}

/// One curated record, by how much it was fixed.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub id: String,
    pub title: Option<String>,
    pub file: String,
    /// Names of the fields whose value differs from the automatic one, in schema order.
    pub changed: Vec<&'static str>,
    /// How close the automatic body was to the curated one (the benchmark's shingle F1; 1 when identical).
    pub body_f1: f64,
}

/// The whole archive's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Curated records counted.
    pub curated: usize,
    /// Records not counted: drafts (not yet judged) and rejected ones.
    pub skipped: usize,
    /// Curated records that kept every automatic value.
    pub untouched: usize,
    pub fields: Vec<FieldStats>,
    /// Mean of [`Doc::body_f1`].
    pub body_f1: f64,
    pub docs: Vec<Doc>,
}

impl Report {
    /// Documents worst first: most fields changed, then the least of their body kept.
    pub fn worst(&self, n: usize) -> Vec<&Doc> {
        let mut v: Vec<&Doc> = self.docs.iter().filter(|d| !d.changed.is_empty()).collect();
        v.sort_by(|a, b| {
            b.changed
                .len()
                .cmp(&a.changed.len())
                .then(a.body_f1.total_cmp(&b.body_f1))
                .then(a.id.cmp(&b.id))
        });
        v.truncate(n);
        v
    }
}

/// Each field's (auto is empty, now is empty, equal) for one record.
fn compare(auto: &Fields, now: &Fields) -> [(&'static str, bool, bool, bool); 12] {
    fn opt(a: &Option<String>, b: &Option<String>) -> (bool, bool, bool) {
        let e = |x: &Option<String>| x.as_deref().is_none_or(|s| s.trim().is_empty());
        (e(a), e(b), a == b)
    }
    fn list<T: PartialEq>(a: &[T], b: &[T]) -> (bool, bool, bool) {
        (a.is_empty(), b.is_empty(), a == b)
    }
    let c = [
        opt(&auto.title, &now.title),
        opt(&auto.subtitle, &now.subtitle),
        list(&auto.authors, &now.authors),
        opt(&auto.published, &now.published),
        opt(&auto.modified, &now.modified),
        opt(&auto.site, &now.site),
        opt(&auto.url, &now.url),
        opt(&auto.language, &now.language),
        opt(&auto.section, &now.section),
        list(&auto.keywords, &now.keywords),
        list(&auto.images, &now.images),
        (
            auto.body.trim().is_empty(),
            now.body.trim().is_empty(),
            auto.body == now.body,
        ),
    ];
    let mut out = [("", false, false, false); 12];
    for (i, (a, n, same)) in c.into_iter().enumerate() {
        out[i] = (FIELD_NAMES[i], a, n, same);
    }
    out
}

/// Scores the records of an archive (the curated ones; others are counted as skipped).
pub fn score(records: &[Record]) -> Report {
    let mut fields: Vec<FieldStats> = FIELD_NAMES
        .iter()
        .map(|&name| FieldStats {
            name,
            ..Default::default()
        })
        .collect();
    let mut docs = Vec::new();
    let mut skipped = 0;
    for rec in records {
        if rec.status != Status::Curated {
            skipped += 1;
            continue;
        }
        let auto = &rec.extraction.auto;
        let now = rec.fields();
        let mut changed = Vec::new();
        for (stats, (name, auto_empty, now_empty, same)) in
            fields.iter_mut().zip(compare(auto, &now))
        {
            if same {
                stats.kept += 1;
                continue;
            }
            changed.push(name);
            match (auto_empty, now_empty) {
                (true, false) => stats.filled += 1,
                (false, true) => stats.cleared += 1,
                _ => stats.changed += 1,
            }
        }
        let body_f1 = if auto.body == now.body {
            1.0
        } else {
            let (p, r) = super::aeb::page_scores(&now.body, &auto.body);
            match (p, r) {
                (Some(p), Some(r)) if p + r > 0.0 => 2.0 * p * r / (p + r),
                (None, None) => 1.0,
                _ => 0.0,
            }
        };
        docs.push(Doc {
            id: rec.id.clone(),
            title: rec.title.clone(),
            file: rec.source.file.clone(),
            changed,
            body_f1,
        });
    }
    let curated = docs.len();
    Report {
        curated,
        skipped,
        untouched: docs.iter().filter(|d| d.changed.is_empty()).count(),
        fields,
        body_f1: if curated == 0 {
            0.0
        } else {
            docs.iter().map(|d| d.body_f1).sum::<f64>() / curated as f64
        },
        docs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, status: Status, auto: Fields, now: Fields) -> Record {
        let mut r: Record = serde_json::from_value(serde_json::json!({
            "schema_version": 1, "id": id,
            "source": {"file": format!("{id}.html"), "sha256": "", "bytes": 0, "format": "html",
                       "encoding": "UTF-8", "imported_at": ""}
        }))
        .unwrap();
        r.status = status;
        r.extraction.auto = auto;
        r.set_fields(now);
        r
    }

    #[test]
    fn counts_kept_filled_cleared_changed_per_field() {
        let auto = Fields {
            title: Some("Regen in Köln".into()),
            authors: vec!["Menu".into()],
            body: "eins zwei drei vier fünf".into(),
            ..Default::default()
        };
        let mut fixed = auto.clone();
        fixed.authors.clear();
        fixed.published = Some("2024-05-01".into());
        fixed.title = Some("Starker Regen in Köln".into());
        let records = vec![
            rec("a", Status::Curated, auto.clone(), auto.clone()),
            rec("b", Status::Curated, auto.clone(), fixed),
            rec("c", Status::Draft, auto.clone(), Fields::default()),
        ];
        let r = score(&records);
        assert_eq!((r.curated, r.skipped, r.untouched), (2, 1, 1));
        let f = |n: &str| r.fields.iter().find(|f| f.name == n).unwrap().clone();
        assert_eq!((f("title").kept, f("title").changed), (1, 1));
        assert_eq!(f("authors").cleared, 1);
        assert_eq!(f("published").filled, 1);
        assert_eq!(f("body").kept, 2);
        assert_eq!(f("title").kept_share(), 0.5);
        let worst = r.worst(5);
        assert_eq!(worst.len(), 1);
        assert_eq!(worst[0].id, "b");
        assert_eq!(worst[0].changed, vec!["title", "authors", "published"]);
        assert_eq!(r.body_f1, 1.0);
    }
}
