//! What an export writes besides its format: which fields, a CSV byte-order mark, the extraction's internals.
//!
//! Field names are the record's own JSON keys, so `--fields` reads the same in every format; a format that
//! splits a field into several columns (CSV's `images` → captions and URLs) takes them together.

use std::fmt;

/// A record field an export can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Id,
    Status,
    Title,
    Subtitle,
    Authors,
    Published,
    Modified,
    Site,
    Url,
    Language,
    Section,
    PageType,
    Tags,
    Keywords,
    Images,
    Body,
    Notes,
    Source,
    Edited,
    CuratedAt,
    DuplicateOf,
    /// What the extractor decided and why: only JSON Lines carries it, and only when asked.
    Extraction,
}

impl Field {
    /// Every field, in the order exports write them.
    pub const ALL: [Field; 22] = [
        Field::Id,
        Field::Status,
        Field::Title,
        Field::Subtitle,
        Field::Authors,
        Field::Published,
        Field::Modified,
        Field::Site,
        Field::Url,
        Field::Language,
        Field::Section,
        Field::PageType,
        Field::Tags,
        Field::Keywords,
        Field::Images,
        Field::Body,
        Field::Notes,
        Field::Source,
        Field::Edited,
        Field::CuratedAt,
        Field::DuplicateOf,
        Field::Extraction,
    ];

    /// The record's JSON key for this field.
    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Status => "status",
            Field::Title => "title",
            Field::Subtitle => "subtitle",
            Field::Authors => "authors",
            Field::Published => "published",
            Field::Modified => "modified",
            Field::Site => "site",
            Field::Url => "url",
            Field::Language => "language",
            Field::Section => "section",
            Field::PageType => "page_type",
            Field::Tags => "tags",
            Field::Keywords => "keywords",
            Field::Images => "images",
            Field::Body => "body",
            Field::Notes => "notes",
            Field::Source => "source",
            Field::Edited => "edited",
            Field::CuratedAt => "curated_at",
            Field::DuplicateOf => "duplicate_of",
            Field::Extraction => "extraction",
        }
    }

    /// The field named `s`: a record key, or one of CSV's split columns (`image_urls` → `images`).
    pub fn parse(s: &str) -> Option<Field> {
        let s = s.trim();
        match s {
            "image_captions" | "image_urls" => Some(Field::Images),
            "source_file" | "source_sha256" => Some(Field::Source),
            "date" => Some(Field::Published),
            _ => Field::ALL.into_iter().find(|f| f.name() == s),
        }
    }
}

/// A `--fields` list that names no field Sift knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField(pub String);

impl fmt::Display for UnknownField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        write!(
            f,
            "no field is called {:?}; the fields are {}",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownField {}

/// Parses `a,b,c` into fields in that order, each once.
pub fn parse_fields(list: &str) -> Result<Vec<Field>, UnknownField> {
    let mut out: Vec<Field> = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let f = Field::parse(name).ok_or_else(|| UnknownField(name.to_string()))?;
        if !out.contains(&f) {
            out.push(f);
        }
    }
    Ok(out)
}

/// How an export is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Only these fields, in this order (`None`: every field the format writes by default).
    pub fields: Option<Vec<Field>>,
    /// CSV starts with a UTF-8 byte-order mark, without which Excel reads UTF-8 as the system's code page.
    pub bom: bool,
    /// JSON Lines keeps `extraction` (the extractor's own fields, candidates, dropped lines), which doubles a
    /// record's size and is of use to those who study the extractor, not to readers of the data.
    pub with_extraction: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            fields: None,
            bom: true,
            with_extraction: false,
        }
    }
}

impl Options {
    /// The fields written, in order: the chosen ones, or every field but the extraction unless it was asked.
    pub fn fields(&self) -> Vec<Field> {
        match &self.fields {
            Some(v) => v.clone(),
            None => Field::ALL
                .into_iter()
                .filter(|f| *f != Field::Extraction || self.with_extraction)
                .collect(),
        }
    }

    /// True when `f` is written.
    pub fn has(&self, f: Field) -> bool {
        match &self.fields {
            Some(v) => v.contains(&f),
            None => f != Field::Extraction || self.with_extraction,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_parses_back_from_its_name() {
        for f in Field::ALL {
            assert_eq!(Field::parse(f.name()), Some(f));
        }
    }

    #[test]
    fn field_lists_keep_order_drop_repeats_and_name_the_unknown() {
        assert_eq!(
            parse_fields("url, title,url,image_urls").unwrap(),
            vec![Field::Url, Field::Title, Field::Images]
        );
        let e = parse_fields("title,headline").unwrap_err();
        assert_eq!(e.0, "headline");
        assert!(e.to_string().contains("page_type"), "{e}");
    }

    #[test]
    fn extraction_is_left_out_unless_asked() {
        let plain = Options::default();
        assert!(!plain.has(Field::Extraction) && plain.has(Field::Body));
        assert!(!plain.fields().contains(&Field::Extraction));
        let with = Options {
            with_extraction: true,
            ..Options::default()
        };
        assert!(with.fields().contains(&Field::Extraction));
        let chosen = Options {
            fields: Some(vec![Field::Title]),
            ..Options::default()
        };
        assert!(chosen.has(Field::Title) && !chosen.has(Field::Body));
    }
}
