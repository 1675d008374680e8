//! Duplicates: when two records hold the same article. Three signs, strongest first:
//! - **bytes**: the same document content (the page's or dump's bytes after gunzip and decoding, a JSON
//!   record's content), reached through another file: a page saved twice, gzip'd once, or again inside a
//!   scraper's JSON Lines;
//! - **url**: the same canonical URL ([`crate::urls::canonical`]), unless the two texts plainly differ (a site
//!   whose every page names its home page as canonical);
//! - **text**: near-identical bodies, by MinHash over word shingles ([`minhash`]): the same article from its
//!   HTML page and from a text dump of it.
//!
//! The [`Fingerprint`] of a record is all that matching needs, and is derived from the record alone, so the
//! archive's index can hold it and rebuild it from the files.

pub mod diff;
pub mod minhash;
pub mod page;

pub use minhash::{Signature, Sketch};
use serde::Serialize;

use crate::record::Record;

/// Least estimated Jaccard similarity of two bodies' shingle sets for a text duplicate. Calibrated on the dev
/// pages (scripts/duplicates.sh: every WCXB page as HTML and as its text dump): see the README's figures.
pub const TEXT_MIN: f64 = 0.5;
/// Shingles (word triples) a body needs before its likeness to another body makes the two the same article.
/// A shorter body is as often a block of the site's boilerplate the extractor took for the body (a consent
/// text, a newsletter box) as an article: on the dev pages, every pair of different pages grouped by their
/// bodies had bodies of 43 to 96 shingles, and the pairs of one page, above 100 but two.
pub const BODY_MIN_SHINGLES: usize = 100;
/// Least estimated Jaccard similarity of two documents' whole texts (boilerplate included, see [`page`]) for
/// a text duplicate: an HTML page and its text dump, whose extractions kept different parts. A page and its
/// dump are at 0.95 or more but for a few; two pages of one site whose shared template is most of their text
/// (product variants, a shop's service pages) reach 0.8–0.9. Calibrated on both domain halves of the dev
/// pages (scripts/duplicates.sh).
pub const PAGE_MIN: f64 = 0.85;
/// Below this similarity, two records with the same canonical URL are not grouped: their texts have almost
/// nothing in common, so the URL is wrong for one of them (a canonical link to the site's home page).
pub const URL_MIN: f64 = 0.1;

/// Why a record was taken for a duplicate of another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Why {
    /// The same document content.
    Bytes,
    /// The same canonical URL.
    Url,
    /// Near-identical body text.
    Text,
    /// No sign holds between the two now: a person grouped them (kept one), or the texts were edited since.
    Marked,
}

impl Why {
    pub fn as_str(self) -> &'static str {
        match self {
            Why::Bytes => "bytes",
            Why::Url => "url",
            Why::Text => "text",
            Why::Marked => "marked",
        }
    }
}

/// What matching needs of a record.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fingerprint {
    /// The canonical URL.
    pub url: Option<String>,
    /// SHA-256 of the document's content (`source.content_sha256`).
    pub content: Option<String>,
    /// SHA-256 of the body with its spacing collapsed: "the same text"; `None` for an empty body.
    pub body: Option<String>,
    /// The body's MinHash; `None` for a body too short to tell articles apart.
    pub minhash: Option<Signature>,
    /// The body's distinct shingles, when known: a fingerprint read back from the index lacks it (only the
    /// record being imported is checked against [`BODY_MIN_SHINGLES`], which suffices for a pair).
    pub body_shingles: Option<usize>,
    /// The whole document's sketch (`source.page_minhash`).
    pub page: Option<Sketch>,
}

/// How a record matches another.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    pub why: Why,
    /// Estimated share of text in common (0–1): 1 for equal bodies; for records without a signature, 1 when
    /// the bodies are equal, else 0.
    pub similarity: f64,
    /// Same canonical URL and the same text: a repeat delivery of one item, nothing new.
    pub repeat: bool,
}

/// The costly parts of a new document's record and fingerprint (hashes and MinHash of its content, page and
/// body), made where extraction runs, on every core, so that the archive's one writer only looks up and
/// writes: made on the writer, they took a fifth of its time.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// `source.content_sha256`.
    pub content_sha256: String,
    /// `source.page_minhash`.
    pub page_minhash: Option<String>,
    /// The body these were made of, by its length: a record whose body is another is fingerprinted anew.
    body_len: usize,
    body_hash: Option<String>,
    minhash: Option<Signature>,
    body_shingles: usize,
}

impl Prepared {
    /// The parts for `doc`, extracted with `body` for its body.
    pub fn of(doc: &crate::input::Document, body: &str) -> Prepared {
        let (minhash, body_shingles) = Signature::counted(body);
        Prepared {
            content_sha256: crate::archive::store::sha256_hex(doc.text.as_bytes()),
            page_minhash: page::sketch(doc).map(|s| s.to_hex()),
            body_len: body.len(),
            body_hash: body_hash(body),
            minhash,
            body_shingles,
        }
    }
}

impl Fingerprint {
    /// The fingerprint of a record as it is now (its current body and URL).
    pub fn of(rec: &Record) -> Fingerprint {
        Fingerprint::of_prepared(rec, None)
    }

    /// [`Fingerprint::of`], taking the body's parts from `prepared` when it was made of a body of this length.
    pub fn of_prepared(rec: &Record, prepared: Option<&Prepared>) -> Fingerprint {
        let content = rec
            .source
            .content_sha256
            .clone()
            .filter(|s| crate::archive::id::is_valid_sha256(s));
        let (body, minhash, shingles) = match prepared.filter(|p| p.body_len == rec.body.len()) {
            Some(p) => (p.body_hash.clone(), p.minhash.clone(), p.body_shingles),
            None => {
                let (m, n) = Signature::counted(&rec.body);
                (body_hash(&rec.body), m, n)
            }
        };
        Fingerprint {
            url: rec.url.as_deref().and_then(crate::urls::canonical),
            content,
            body,
            minhash,
            body_shingles: Some(shingles),
            page: rec
                .source
                .page_minhash
                .as_deref()
                .and_then(Sketch::from_hex),
        }
    }

    /// The keys an index looks candidates up by: one for the URL, one for the content, one per MinHash band.
    /// Each is tagged with its kind, so a URL never meets a band.
    pub fn keys(&self) -> Vec<i64> {
        let mut out = Vec::new();
        if let Some(u) = &self.url {
            out.push(tagged(b'u', u));
        }
        if let Some(c) = &self.content {
            out.push(tagged(b'c', c));
        }
        if let Some(m) = &self.minhash {
            out.extend(m.band_keys().into_iter().map(|k| k as i64));
        }
        if let Some(p) = &self.page {
            out.extend(p.band_keys().into_iter().map(|k| k as i64));
        }
        out
    }

    /// The estimated similarity of the two whole documents; 0 when either has no sketch.
    pub fn page_similarity(&self, other: &Fingerprint) -> f64 {
        match (&self.page, &other.page) {
            (Some(a), Some(b)) => a.similarity(b),
            _ => 0.0,
        }
    }

    /// The estimated similarity of the two bodies.
    pub fn similarity(&self, other: &Fingerprint) -> f64 {
        match (&self.minhash, &other.minhash) {
            (Some(a), Some(b)) => a.similarity(b),
            _ if self.body.is_some() && self.body == other.body => 1.0,
            _ => 0.0,
        }
    }

    /// How `self` matches `other`, strongest sign first; `None` when it does not.
    pub fn matches(&self, other: &Fingerprint) -> Option<Match> {
        let body_sim = self.similarity(other);
        let page_sim = self.page_similarity(other);
        let similarity = body_sim.max(page_sim);
        let same_url = self.url.is_some() && self.url == other.url;
        let same_body = self.body.is_some() && self.body == other.body;
        let m = |why| {
            Some(Match {
                why,
                similarity,
                repeat: same_url && same_body,
            })
        };
        if self.content.is_some() && self.content == other.content {
            return m(Why::Bytes);
        }
        let both_signed = self.minhash.is_some() && other.minhash.is_some();
        if same_url && (same_body || !both_signed || similarity >= URL_MIN) {
            return m(Why::Url);
        }
        // Two pages at different addresses are different pages, however alike their texts: a shop's
        // variants of one product, two sites whose consent banner was taken for the body.
        if self.urls_differ(other) {
            return None;
        }
        // Bodies speak only when long enough to be an article rather than a block of boilerplate; the whole
        // pages, when nearly all of their text is the same.
        let long = |f: &Fingerprint| f.body_shingles.is_none_or(|n| n >= BODY_MIN_SHINGLES);
        let bodies = long(self) && long(other) && self.minhash.is_some();
        if bodies && (same_body || both_signed && body_sim >= TEXT_MIN) || page_sim >= PAGE_MIN {
            return m(Why::Text);
        }
        None
    }

    /// True when the two are at different addresses: then no text makes them one article.
    pub fn urls_differ(&self, other: &Fingerprint) -> bool {
        matches!((&self.url, &other.url), (Some(a), Some(b)) if a != b)
    }
}

/// SHA-256 of the text with every run of white space made one space and the ends trimmed; `None` when empty.
pub fn body_hash(body: &str) -> Option<String> {
    let mut norm = String::with_capacity(body.len());
    for w in body.split_whitespace() {
        if !norm.is_empty() {
            norm.push(' ');
        }
        norm.push_str(w);
    }
    (!norm.is_empty()).then(|| crate::archive::store::sha256_hex(norm.as_bytes()))
}

fn tagged(tag: u8, s: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update([tag]);
    h.update(s.as_bytes());
    let d = h.finalize();
    i64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(url: Option<&str>, content: Option<&str>, body: &str) -> Fingerprint {
        Fingerprint {
            url: url.and_then(crate::urls::canonical),
            content: content.map(str::to_string),
            body: body_hash(body),
            minhash: Signature::of(body),
            body_shingles: Some(minhash::shingles(body).len()),
            page: None,
        }
    }

    fn text(seed: u64, n: u64) -> String {
        (0..n)
            .map(|i| format!("w{}", minhash::mix(seed * 1_000_003 + i) % 3000))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn short_bodies_alike_do_not_make_different_pages_one() {
        // A boilerplate block taken for the body of two pages: alike, but under [`BODY_MIN_SHINGLES`].
        let notice = text(7, 60);
        let mut a = fp(None, None, &notice);
        let mut b = fp(None, None, &notice);
        assert!(a.body_shingles.unwrap() < BODY_MIN_SHINGLES);
        // Their pages: the same template (the larger part) around different content.
        let template = text(8, 500);
        a.page = Sketch::of(&format!("{template} {}", text(9, 250)));
        b.page = Sketch::of(&format!("{template} {}", text(10, 250)));
        assert!(
            a.page_similarity(&b) < PAGE_MIN,
            "{}",
            a.page_similarity(&b)
        );
        assert_eq!(a.matches(&b), None);
        // The same pages with long bodies alike: one article.
        let article = text(11, 300);
        let long_a = Fingerprint {
            page: a.page.clone(),
            ..fp(None, None, &article)
        };
        let long_b = Fingerprint {
            page: b.page.clone(),
            ..fp(None, None, &article)
        };
        assert_eq!(long_a.matches(&long_b).map(|m| m.why), Some(Why::Text));
        // A page and a copy of it with a line of its own: one page, whatever the bodies.
        let page = format!("{template} {}", text(9, 250));
        a.page = Sketch::of(&page);
        b.page = Sketch::of(&format!("{page} Printed from the archive on 3 May"));
        assert_eq!(a.matches(&b).map(|m| m.why), Some(Why::Text));
    }

    #[test]
    fn signs_in_order_of_strength() {
        let a = text(1, 300);
        let b = text(2, 300);
        let u = Some("https://news.example/a?utm_source=x");
        // Same URL, same text (spacing aside): a repeat.
        let m = fp(u, None, &a)
            .matches(&fp(
                Some("https://NEWS.example/a"),
                None,
                &format!(" {a}\n"),
            ))
            .unwrap();
        assert_eq!((m.why, m.repeat), (Why::Url, true));
        // Same content: bytes, even without a URL.
        let m = fp(None, Some("c1"), &a)
            .matches(&fp(None, Some("c1"), &a))
            .unwrap();
        assert_eq!((m.why, m.repeat), (Why::Bytes, false));
        // Same URL, unrelated texts: a wrong canonical link, not a duplicate.
        assert_eq!(fp(u, None, &a).matches(&fp(u, None, &b)), None);
        // Near-identical text without URL.
        let edited = a.replacen("w", "x", 10);
        let m = fp(None, None, &a)
            .matches(&fp(None, None, &edited))
            .unwrap();
        assert_eq!(m.why, Why::Text);
        assert!(m.similarity > 0.7, "{}", m.similarity);
        assert_eq!(fp(None, None, &a).matches(&fp(None, None, &b)), None);
        // Two short identical bodies say nothing.
        assert_eq!(
            fp(None, None, "Not found").matches(&fp(None, None, "Not found")),
            None
        );
    }
}
