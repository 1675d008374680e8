//! Extraction: one decoded document in, the article's fields out.
//!
//! Stages, numbered as the code comments number them:
//! 1. choose the extractor by content (HTML page or plain-text dump);
//! 2. split the source into blocks and extract fields and body (`html`, `text`);
//! 3. merge the container's hints (a crawler's url, title, date); every date kept meets the schema's rule;
//! 4. detect the language where the page did not say it;
//! 5. tell the page type (`page_type`);
//! 6. build the record.

pub mod authors;
pub mod captions;
pub mod dates;
pub mod html;
pub mod keywords;
pub mod page_type;
pub mod text;
pub mod vocab;

use crate::input::Document;
use crate::record::{
    Candidates, ExtractionInfo, Fields, PageTypeGuess, Record, SCHEMA_VERSION, SourceInfo, Status,
};

/// What a block of the source became.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Part of the article body.
    Body,
    Title,
    Subtitle,
    Date,
    Byline,
    Caption,
    Credit,
    /// Dropped: menus, share bars, footers, related lists, icon names.
    Boilerplate,
}

/// A unit of the source the curator can keep or drop: a line of a text dump, a text block of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    pub role: Role,
    /// Line in the decoded source where the block starts (from 0), for the raw pane; for HTML, the line of the
    /// element's start tag when known, else 0.
    pub line: usize,
    /// For HTML blocks, the element's tag name (`p`, `h2`, `li`, …); empty for text dumps.
    pub tag: String,
}

impl Block {
    pub fn is_body(&self) -> bool {
        self.role == Role::Body
    }
}

/// The extractor's result for one document.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub fields: Fields,
    /// Every block of the source, in order, with what it became. The body is the `Body` blocks joined.
    pub blocks: Vec<Block>,
    pub candidates: Candidates,
    pub warnings: Vec<String>,
    /// The page's `<base href>`, as written: relative URLs resolve against it (stage 3).
    pub base: Option<String>,
    /// What kind of page it is (`None` until decided).
    pub page_type: Option<PageTypeGuess>,
    /// What the page showed that the page type was told from (kept for `sift eval --page-features`).
    pub page_signals: Option<page_type::Signals>,
    /// The record's hashes and sketches, when the import made them beside the extraction (on every core);
    /// `None`: [`to_record`] makes them.
    pub prepared: Option<crate::dedup::Prepared>,
}

impl Extracted {
    /// Indexes of blocks that are not in the body.
    pub fn dropped(&self) -> Vec<usize> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| !b.is_body())
            .map(|(i, _)| i)
            .collect()
    }
}

/// The body as the kept blocks give it: paragraphs separated by one blank line.
pub fn body_from_blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks.iter().filter(|b| b.is_body()) {
        let t = b.text.trim();
        if t.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(t);
    }
    out
}

/// Stage 1–5: extracts the article from a decoded document.
pub fn extract(doc: &Document) -> Extracted {
    // 1–2. By content.
    let mut ex = if doc.content_is_html {
        html::extract(&doc.text)
    } else {
        text::extract(&doc.text)
    };
    // 3. A crawler's own fields are evidence the page itself may lack; URLs resolved, only web ones kept.
    merge_hints(&mut ex, doc);
    settle_urls(&mut ex, doc);
    settle_dates(&mut ex);
    strip_hidden(&mut ex.fields);
    // 4. Language.
    if ex.fields.language.is_none() {
        ex.fields.language = detect_language(&ex.fields.body);
    }
    // 5. The page type, where the extractor did not tell it (a text dump: only its URL and lines speak).
    if ex.page_type.is_none() {
        let signals = page_type::text_signals(&ex);
        ex.page_type = Some(page_type::decide(&signals));
        ex.page_signals = Some(signals);
    }
    ex.warnings.extend(doc.warnings.iter().cloned());
    ex
}

fn merge_hints(ex: &mut Extracted, doc: &Document) {
    let h = &doc.hints;
    let f = &mut ex.fields;
    if f.url.is_none() {
        f.url = h.url.clone();
    }
    if f.title.is_none() {
        f.title = h.title.clone();
    }
    if f.published.is_none() {
        f.published = h.date.as_deref().map(hint_date);
    }
    if f.authors.is_empty() {
        f.authors = h.authors.clone();
    }
    if f.language.is_none() {
        f.language = h.language.clone();
    }
    if f.site.is_none() {
        f.site = h.site.clone();
    }
    if f.subtitle.is_none() {
        f.subtitle = h.subtitle.clone();
    }
    if f.modified.is_none() {
        f.modified = h.modified.as_deref().map(hint_date);
    }
    if f.section.is_none() {
        f.section = h.section.clone();
    }
    if f.keywords.is_empty() {
        f.keywords = keywords::clean(h.keywords.clone());
    }
}

/// A crawler's date as it wrote it when the schema's rule takes it, else read as a page's metadata date is
/// (`Mon, 24 Jun 2024 10:00:00 GMT`, `2024/06/24`); as given when no reader makes a date of it, for
/// [`settle_dates`] to report.
fn hint_date(d: &str) -> String {
    if crate::record::date::is_valid(d) {
        return d.to_string();
    }
    html::metadata_date(d).unwrap_or_else(|| d.to_string())
}

/// The record's dates meet the schema's one rule ([`crate::record::date`]), which the window and `sift check`
/// apply too, so a date the extractor wrote is never flagged. A date breaking it (a container's own form) is
/// left out, and a warning names it so nothing goes unsaid.
fn settle_dates(ex: &mut Extracted) {
    use crate::record::date;
    let f = &mut ex.fields;
    for (name, v) in [
        ("published", &mut f.published),
        ("modified", &mut f.modified),
    ] {
        if let Some(d) = v.as_deref()
            && let Err(e) = date::check(d)
        {
            ex.warnings.push(format!(
                "the {name} date {d:?} is not one Sift can read ({e}); left out"
            ));
            *v = None;
        }
    }
    let c = &mut ex.candidates;
    for list in [&mut c.published, &mut c.modified] {
        list.retain(|c| date::is_valid(&c.value));
    }
}

/// Control characters and bidi overrides out of every field (see [`crate::record::text`]): a page or a
/// scraper's item may carry them, and no field should.
fn strip_hidden(f: &mut Fields) {
    use crate::record::text::{line, text};
    let one = |v: &mut Option<String>| {
        *v = v
            .take()
            .map(|s| line(&s).trim().to_string())
            .filter(|s| !s.is_empty());
    };
    for v in [&mut f.title, &mut f.subtitle, &mut f.site, &mut f.section] {
        one(v);
    }
    for list in [&mut f.authors, &mut f.keywords] {
        *list = list
            .iter()
            .map(|s| line(s).trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
    }
    for img in &mut f.images {
        one(&mut img.caption);
        one(&mut img.credit);
    }
    f.body = text(&f.body);
}

/// Relative URLs resolved against the page's `<base>` (itself resolved against the page's URL) or its URL (the
/// container's, else the page's own canonical when absolute); a URL that is not `http`/`https` is dropped. A
/// page without a site name gets its URL's registrable domain.
fn settle_urls(ex: &mut Extracted, doc: &Document) {
    use crate::urls;
    let f = &mut ex.fields;
    let page_url = doc
        .hints
        .url
        .as_deref()
        .filter(|u| urls::is_web(u))
        .or(f.url.as_deref().filter(|u| urls::is_web(u)))
        .map(str::to_string);
    let base = match ex.base.as_deref() {
        Some(b) => urls::resolve(page_url.as_deref(), b).or(page_url),
        None => page_url,
    };
    f.url = f
        .url
        .as_deref()
        .and_then(|u| urls::resolve(base.as_deref(), u));
    for img in &mut f.images {
        img.url = img
            .url
            .as_deref()
            .and_then(|u| urls::resolve(base.as_deref(), u));
    }
    if f.site.is_none() {
        f.site = f.url.as_deref().and_then(urls::registrable_domain);
    }
}

/// ISO 639-1 code of the body's language, when the text is long enough to tell.
pub fn detect_language(text: &str) -> Option<String> {
    let sample: String = text.chars().take(4000).collect();
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() && sample.chars().count() < 200 {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Epo => "eo",
        #[allow(unreachable_patterns)]
        _ => return None,
    })
}

/// The extractor's name and version, as records carry it.
pub fn extractor_version() -> String {
    format!("sift {}", env!("CARGO_PKG_VERSION"))
}

/// Stage 6: a draft record for `doc`, with every automatic value kept beside the live one.
pub fn to_record(doc: &Document, ex: &Extracted, imported_at: &str) -> Record {
    let (content_sha256, page_minhash) = match &ex.prepared {
        Some(p) => (p.content_sha256.clone(), p.page_minhash.clone()),
        None => (
            crate::archive::store::sha256_hex(doc.text.as_bytes()),
            crate::dedup::page::sketch(doc).map(|s| s.to_hex()),
        ),
    };
    let mut rec = Record {
        schema_version: SCHEMA_VERSION,
        id: crate::archive::id::record_id(doc, &ex.fields),
        status: Status::Draft,
        title: None,
        subtitle: None,
        authors: vec![],
        published: None,
        modified: None,
        site: None,
        url: None,
        language: None,
        section: None,
        page_type: ex.page_type.as_ref().map(|g| g.kind).unwrap_or_default(),
        tags: vec![],
        keywords: vec![],
        images: vec![],
        body: String::new(),
        notes: None,
        source: SourceInfo {
            file: doc.file.clone(),
            sha256: doc.sha256.clone(),
            bytes: doc.bytes,
            format: doc.format,
            encoding: doc.encoding.clone(),
            imported_at: imported_at.to_string(),
            document: Some(doc.position.map_or(0, |n| n as u64)),
            content_sha256: Some(content_sha256),
            page_minhash,
            extra: doc.source_data.clone(),
        },
        extraction: ExtractionInfo {
            extractor: extractor_version(),
            auto: ex.fields.clone(),
            dropped: ex.dropped(),
            blocks: ex.blocks.len(),
            candidates: ex.candidates.clone(),
            warnings: ex.warnings.clone(),
            page_type: ex.page_type.clone(),
            extra: Default::default(),
        },
        edited: vec![],
        curated_at: None,
        duplicate_of: None,
        extra: Default::default(),
    };
    rec.set_fields(ex.fields.clone());
    rec
}

/// Convenience for callers that only want fields: `Candidates` and blocks dropped.
pub fn fields_only(doc: &Document) -> (Fields, Candidates) {
    let ex = extract(doc);
    (ex.fields, ex.candidates)
}
