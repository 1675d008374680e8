//! The record schema, version 1: what Sift saves for one article (or any other page: `page_type` says which).
//!
//! Field names are a contract: tests, exports and other tools read them. Unknown values are `None` or empty,
//! never guessed. Fields a newer Sift (or a person) added that this version does not know are kept in `extra`
//! and written back on save, so an older Sift never drops data.

pub mod date;
pub mod text;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Where a record stands in curation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Extracted automatically, not yet reviewed.
    #[default]
    Draft,
    /// Reviewed and accepted by a person.
    Curated,
    /// Reviewed and judged not an article worth keeping.
    Rejected,
}

impl Status {
    /// The lowercase name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Curated => "curated",
            Status::Rejected => "rejected",
        }
    }
}

/// What kind of page a document is. Records written before Sift told page types (and values a newer Sift
/// adds) read as `Unknown`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PageType {
    /// News, blog post, essay, recipe: one text with a headline.
    Article,
    /// A discussion thread or Q&A page: posts by several people.
    Forum,
    /// One product for sale, with its description and specifications.
    Product,
    /// A shop's category page: a grid of products.
    Collection,
    /// An index of other pages: articles, jobs, events, search results.
    Listing,
    /// Technical documentation, API references, manuals.
    Documentation,
    /// A company's or institution's own page: services, about, pricing, contact.
    Service,
    #[default]
    #[serde(other)]
    Unknown,
}

impl PageType {
    /// Every type the extractor decides, in the order reports list them.
    pub const KNOWN: [PageType; 7] = [
        PageType::Article,
        PageType::Forum,
        PageType::Product,
        PageType::Collection,
        PageType::Listing,
        PageType::Documentation,
        PageType::Service,
    ];

    /// Every type a curator can choose or a filter name: the known ones, then `Unknown`.
    pub const ALL: [PageType; 8] = [
        PageType::Article,
        PageType::Forum,
        PageType::Product,
        PageType::Collection,
        PageType::Listing,
        PageType::Documentation,
        PageType::Service,
        PageType::Unknown,
    ];

    /// The type named `s`, as [`PageType::as_str`] writes it.
    pub fn parse(s: &str) -> Option<PageType> {
        PageType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The lowercase name used in files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Collection => "collection",
            PageType::Listing => "listing",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
            PageType::Unknown => "unknown",
        }
    }
}

/// The extractor's decision on the page type, with how sure it is and the signals that decided.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageTypeGuess {
    #[serde(rename = "type")]
    pub kind: PageType,
    /// From 0 to 1: the share of the evidence that spoke for this type.
    pub confidence: f32,
    /// The signals that spoke for it, strongest first (`json-ld Product`, `url /forum/`, `12 repeated cards`).
    pub signals: Vec<String>,
}

/// One image of the article, as its caption told it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub url: Option<String>,
}

/// The format of the source, decided by content rather than by file name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Html,
    #[default]
    Text,
    Json,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Text => "text",
            Format::Json => "json",
        }
    }
}

/// Where the record came from: enough to find and verify the raw bytes again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The path as the user gave it (with `#N` appended for the N-th record of a JSON Lines file, from 1).
    pub file: String,
    /// SHA-256 of the file's bytes as imported (before any gunzip), lowercase hex.
    pub sha256: String,
    /// Size of the file's bytes as imported.
    pub bytes: u64,
    pub format: Format,
    /// The encoding used to decode the text (WHATWG name, e.g. `UTF-8`, `windows-1251`).
    pub encoding: String,
    /// When it was imported, RFC 3339 with offset.
    pub imported_at: String,
    /// Which document of its file this is: N for the N-th (from 1) of a multi-document file (a JSON Lines
    /// dump, a WARC), 0 for a file that is one document. Part of the source's identity, so it is stored
    /// rather than read back from a `#N` at the end of `file`: a real file name may end so. Absent in records
    /// of older Sifts (then that `#N` tells).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<u64>,
    /// SHA-256 of the document's content (the page or dump after gunzip and decoding, a JSON record's
    /// content), lowercase hex: the same page reached through another file (gzip'd, inside a JSON Lines dump)
    /// is a duplicate by bytes. Absent in records of older Sifts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_sha256: Option<String>,
    /// A MinHash sketch of the document's whole text (every text block or line, boilerplate included), 128
    /// hex digits: the same page in another form (its HTML and a text dump of it) is a duplicate by text even
    /// when the two extractions kept different parts of it. Absent in records of older Sifts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_minhash: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The extractable fields of an article. Used both for the automatic values (kept in `extraction.auto`) and as
/// the shape the extractor returns.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Fields {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 at the source's precision: `2024`, `2024-06`, `2024-06-24`, or a timestamp with offset.
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    /// BCP 47 tag, e.g. `en`, `pt-BR`.
    pub language: Option<String>,
    pub section: Option<String>,
    /// The page's own keywords (the curator's go to `tags`).
    pub keywords: Vec<String>,
    pub images: Vec<Image>,
    /// Plain text, paragraphs separated by one blank line.
    pub body: String,
}

/// The names of the fields in [`Fields`], in schema order: what `edited` may list, besides `tags` and `notes`.
pub const FIELD_NAMES: [&str; 12] = [
    "title",
    "subtitle",
    "authors",
    "published",
    "modified",
    "site",
    "url",
    "language",
    "section",
    "keywords",
    "images",
    "body",
];

/// A value the extractor considered for a field, and where it found it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub value: String,
    /// Where it was found: `json-ld`, `opengraph`, `meta`, `time`, `byline`, `url`, `text`, `title-tag`, `h1`, …
    pub origin: String,
}

/// Alternatives the extractor found, for the window to offer in a drop-down. Best first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Candidates {
    pub title: Vec<Candidate>,
    pub authors: Vec<Candidate>,
    pub published: Vec<Candidate>,
    pub modified: Vec<Candidate>,
}

/// What the extractor did, kept so the window can show it and flip it, and `sift eval` can compare against it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExtractionInfo {
    /// `sift <version>`.
    pub extractor: String,
    /// The automatic value of every field.
    pub auto: Fields,
    /// Indexes (from 0) of the source's blocks (lines of a text dump, text blocks of a page) dropped as
    /// boilerplate or taken for another field. Blocks are those of [`crate::extract::Extracted::blocks`].
    pub dropped: Vec<usize>,
    /// How many blocks the source had, so `dropped` can be checked against a re-extraction.
    pub blocks: usize,
    pub candidates: Candidates,
    /// Things the curator should know: bytes that did not decode, a truncated file, limits hit.
    pub warnings: Vec<String>,
    /// The automatic page type; `None` in records from before page types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_type: Option<PageTypeGuess>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One article, as saved in `records/<id>.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema_version: u32,
    pub id: String,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub modified: Option<String>,
    #[serde(default)]
    pub site: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub section: Option<String>,
    /// What kind of page this is: the extractor's guess until the curator changes it.
    #[serde(default)]
    pub page_type: PageType,
    /// The curator's tags.
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub images: Vec<Image>,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub notes: Option<String>,
    pub source: SourceInfo,
    #[serde(default)]
    pub extraction: ExtractionInfo,
    /// Names of fields a person changed.
    #[serde(default)]
    pub edited: Vec<String>,
    #[serde(default)]
    pub curated_at: Option<String>,
    /// The id of the record this one repeats (same content, same canonical URL or near-identical text), set at
    /// import and when a person keeps one of a group; `None` otherwise, and in records of older Sifts.
    #[serde(default)]
    pub duplicate_of: Option<String>,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Record {
    /// The current field values, in the shape of the automatic ones.
    pub fn fields(&self) -> Fields {
        Fields {
            title: self.title.clone(),
            subtitle: self.subtitle.clone(),
            authors: self.authors.clone(),
            published: self.published.clone(),
            modified: self.modified.clone(),
            site: self.site.clone(),
            url: self.url.clone(),
            language: self.language.clone(),
            section: self.section.clone(),
            keywords: self.keywords.clone(),
            images: self.images.clone(),
            body: self.body.clone(),
        }
    }

    /// Sets every extractable field from `f`, leaving tags, notes, status and provenance alone.
    pub fn set_fields(&mut self, f: Fields) {
        self.title = f.title;
        self.subtitle = f.subtitle;
        self.authors = f.authors;
        self.published = f.published;
        self.modified = f.modified;
        self.site = f.site;
        self.url = f.url;
        self.language = f.language;
        self.section = f.section;
        self.keywords = f.keywords;
        self.images = f.images;
        self.body = f.body;
    }

    /// Recomputes `edited` by comparing every field with its automatic value (tags and notes count as edited
    /// when not empty), so the list is always true rather than a log of keystrokes.
    /// The page type the extractor told (unknown for records of Sifts that did not tell it).
    pub fn auto_page_type(&self) -> PageType {
        self.extraction
            .page_type
            .as_ref()
            .map_or(PageType::Unknown, |g| g.kind)
    }

    pub fn refresh_edited(&mut self) {
        let now = self.fields();
        let auto = &self.extraction.auto;
        let mut edited: Vec<String> = Vec::new();
        let pairs: [(&str, bool); 12] = [
            ("title", now.title != auto.title),
            ("subtitle", now.subtitle != auto.subtitle),
            ("authors", now.authors != auto.authors),
            ("published", now.published != auto.published),
            ("modified", now.modified != auto.modified),
            ("site", now.site != auto.site),
            ("url", now.url != auto.url),
            ("language", now.language != auto.language),
            ("section", now.section != auto.section),
            ("keywords", now.keywords != auto.keywords),
            ("images", now.images != auto.images),
            ("body", now.body != auto.body),
        ];
        for (name, changed) in pairs {
            if changed {
                edited.push(name.to_string());
            }
        }
        if self.page_type != self.auto_page_type() {
            edited.push("page_type".into());
        }
        if !self.tags.is_empty() {
            edited.push("tags".into());
        }
        if self.notes.as_deref().is_some_and(|n| !n.is_empty()) {
            edited.push("notes".into());
        }
        self.edited = edited;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(extra: &str) -> String {
        format!(
            r#"{{"schema_version": 1, "id": "a"{extra}, "source": {{"file": "a.html", "sha256": "", "bytes": 0,
            "format": "html", "encoding": "UTF-8", "imported_at": ""}}}}"#
        )
    }

    #[test]
    fn page_type_reads_unknown_from_old_records_and_unknown_values() {
        let old: Record = serde_json::from_str(&minimal("")).unwrap();
        assert_eq!(old.page_type, PageType::Unknown);
        assert!(old.extraction.page_type.is_none());
        let newer: Record =
            serde_json::from_str(&minimal(r#", "page_type": "recipe-card""#)).unwrap();
        assert_eq!(newer.page_type, PageType::Unknown);
        let forum: Record = serde_json::from_str(&minimal(
            r#", "page_type": "forum", "extraction": {"page_type": {"type": "forum", "confidence": 0.8, "signals": ["json-ld qapage"]}}"#,
        ))
        .unwrap();
        assert_eq!(forum.page_type, PageType::Forum);
        let guess = forum.extraction.page_type.as_ref().unwrap();
        assert_eq!((guess.kind, guess.confidence), (PageType::Forum, 0.8));
        // Written back under the same names.
        let v = serde_json::to_value(&forum).unwrap();
        assert_eq!(v["page_type"], "forum");
        assert_eq!(v["extraction"]["page_type"]["type"], "forum");
    }
}
