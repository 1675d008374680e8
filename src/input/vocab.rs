//! Words, signatures and thresholds the input layer decides by, kept apart from the logic that uses them.
//!
//! Each tuned number says how it was calibrated.

/// Bytes of the file's start searched for a declared charset (`<meta charset>`, http-equiv, XML prolog).
/// The HTML standard's prescan reads 1024 bytes; real saved pages put a long `<head>` (scripts, styles, many
/// `<link>`s) before the meta tag, so we read 4 KB: on the devset (612 pages) every declaration sits within it.
pub const CHARSET_SCAN_BYTES: usize = 4096;

/// Bytes fed to chardetng for undeclared, non-UTF-8 text. Detection settles within a few KB of real text; a cap
/// keeps a 70 MB file's detection bounded. 1 MB is far past the point where the guess changes on our fixtures.
pub const DETECT_FEED_BYTES: usize = 1 << 20;

/// Bytes of the start examined to tell text from binary data, and UTF-16 without a BOM.
pub const SNIFF_BYTES: usize = 8192;

/// Share of "binary" control bytes (C0 controls other than tab, LF, FF, CR and ESC; DEL) above which data is
/// not text. Uniform random bytes score about 11%; text with stray NULs (a bad scrape) scores well under 1%.
/// 5% splits the two with room on both sides.
pub const BINARY_CONTROL_SHARE: f64 = 0.05;

/// Below this many control bytes, a short sample is text whatever its share (a 12-byte file with one NUL).
pub const BINARY_MIN_CONTROLS: usize = 4;

/// UTF-16 without a BOM: share of NUL bytes at the high-byte position of each code unit. Latin, Cyrillic or
/// Greek text and markup put a NUL in every space, digit and punctuation mark (≥ 15% of units even in Russian
/// prose); random data puts one in 1/256.
pub const UTF16_HIGH_NUL_SHARE: f64 = 0.10;

/// UTF-16 without a BOM: the other position must be nearly NUL-free (at most this share), or the data is not
/// UTF-16 but binary with runs of zeros.
pub const UTF16_LOW_NUL_SHARE: f64 = 0.02;

/// Bytes that are not valid UTF-8 are still read as UTF-8 (bad bytes replaced) when at most this share of their
/// non-ASCII bytes are invalid; past it they are read as declared or detected, even against a UTF-8
/// declaration. Legacy text scores near 100% (windows-1251 and Latin-1 letters are invalid UTF-8 leads or lone
/// continuations; GBK about 70%); two devset pages declaring UTF-8 with a few stray bytes (3 in 72 KB) score
/// under 1%. 20% splits the two with room on both sides.
pub const UTF8_MAX_INVALID_SHARE: f64 = 0.2;

/// Magic numbers of binary formats people mistake for pages (an image saved as `.html`), with their names.
pub const BINARY_SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (also .docx, .epub, .xlsx)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
];

/// RIFF containers: the kind is at offset 8.
pub const RIFF_KINDS: &[(&[u8], &str)] = &[
    (b"WEBP", "WebP image"),
    (b"WAVE", "WAV audio"),
    (b"AVI ", "AVI video"),
];

/// The gzip magic number (RFC 1952): a compressed file, whatever its name.
pub const GZIP_MAGIC: &[u8] = b"\x1f\x8b";

/// How many gzip layers are unwrapped (a `.gz` of a `.gz` happens when a crawler compresses twice).
pub const MAX_GZIP_DEPTH: usize = 2;

/// How markup starts: a text whose first non-blank characters are one of these is HTML.
pub const HTML_STARTS: &[&str] = &[
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<meta",
    "<title",
    "<link",
    "<script",
    "<style",
    "<base",
    "<article",
    "<main",
    "<div",
    "<section",
    "<header",
    "<nav",
    "<p>",
    "<p ",
    "<h1",
    "<table",
];

/// Tags that mark a document as HTML wherever they appear in its first part (after a comment, an XML prolog,
/// or a saved-page banner a browser put first).
pub const HTML_ANYWHERE: &[&str] = &["<!doctype html", "<html", "<body", "<head>", "<head "];

/// JSON fields carrying a page's markup, tried in order: the full page beats extracted text, since the
/// extractor then sees the page's metadata too.
pub const JSON_HTML_FIELDS: &[&str] = &["html", "raw_html", "rawHtml", "page_html", "source_html"];

/// JSON fields carrying the article text (trafilatura `text`, news-please `maintext`, crawlers `content`),
/// tried in order after the markup fields. A value that is itself markup is treated as HTML.
pub const JSON_TEXT_FIELDS: &[&str] = &[
    "maintext",
    "text",
    "content",
    "textContent",
    "raw_text",
    "body",
    "article",
    "articleBody",
];

/// JSON fields with the page's URL, tried in order; only an http(s) URL is taken. trafilatura writes the URL as
/// `source`; newspaper4k's `source_url` is the site's home page, so it comes last.
pub const JSON_URL_FIELDS: &[&str] = &[
    "url",
    "canonical_url",
    "canonical_link",
    "source",
    "link",
    "uri",
    "source_url",
];

/// JSON fields with the title.
pub const JSON_TITLE_FIELDS: &[&str] = &["title", "headline", "title_page", "title_rss"];

/// JSON fields with the lede or summary: trafilatura `description` and `excerpt`, news-please `description`,
/// newspaper4k `meta_description` and `summary`, readability.js `excerpt`.
pub const JSON_SUBTITLE_FIELDS: &[&str] = &[
    "subtitle",
    "description",
    "excerpt",
    "meta_description",
    "summary",
    "standfirst",
];

/// JSON fields with the date of the last change (news-please `date_modify`).
pub const JSON_MODIFIED_FIELDS: &[&str] = &[
    "date_modify",
    "modified",
    "dateModified",
    "date_modified",
    "modifiedTime",
    "updated_at",
];

/// JSON fields with the page's keywords, all taken (a list, or a string split at `;` or `,`): trafilatura
/// `tags`, newspaper4k `keywords`, `meta_keywords` and `tags`, news-please `keywords`.
pub const JSON_KEYWORD_FIELDS: &[&str] = &["keywords", "meta_keywords", "tags"];

/// JSON fields with the section: trafilatura `categories`, Scrapy items' `category`.
pub const JSON_SECTION_FIELDS: &[&str] = &["section", "categories", "category", "articleSection"];

/// JSON fields with the publication date (news-please `date_publish`, schema.org `datePublished`).
pub const JSON_DATE_FIELDS: &[&str] = &[
    "date",
    "date_publish",
    "publishedTime",
    "pubDate",
    "published",
    "datePublished",
    "publish_date",
    "published_at",
    "pubdate",
];

/// JSON fields with the author or authors (a string, a list of strings, or objects with a `name`).
pub const JSON_AUTHOR_FIELDS: &[&str] = &["authors", "author", "byline", "creator"];

/// JSON fields with the language.
pub const JSON_LANGUAGE_FIELDS: &[&str] = &["language", "lang", "inLanguage", "meta_lang"];

/// JSON fields with the site's name or domain.
/// JSON fields with the site's name or domain, names before host names: trafilatura's `source-hostname` is the
/// site's name where its `hostname` is the host.
pub const JSON_SITE_FIELDS: &[&str] = &[
    "sitename",
    "siteName",
    "site_name",
    "meta_site_name",
    "source-hostname",
    "source_domain",
    "hostname",
    "site",
    "domain",
];

/// Separators inside one author string ("Ann Lee; Bo Chen").
pub const AUTHOR_SEPARATORS: &[char] = &[';', '|'];

/// Per-record problems (broken JSON lines, records without content) listed by name in a warning; past this
/// many only their count is given, so a badly broken dump does not make a warning of megabytes.
pub const MAX_LISTED_PROBLEMS: usize = 20;

/// Characters of a broken JSON line quoted in its warning.
pub const QUOTED_LINE_CHARS: usize = 60;

/// Non-blank lines examined to call a text JSON Lines: enough to see past a few broken records at the start,
/// few enough that a big dump is not parsed twice.
pub const JSONL_SAMPLE_LINES: usize = 100;

/// Elements that never nest (void elements, raw text) or that the HTML parser closes by itself when a sibling
/// starts (`<p>`, `<li>`, table cells), so they do not deepen the tree when left unclosed.
pub const NON_NESTING_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb",
    "rt", "rp", "tbody", "thead", "tfoot", "colgroup", "caption", "html", "head", "body",
    "!doctype",
];

/// File extensions of a saved page's assets and other files that are never documents: images, stylesheets,
/// scripts, fonts, media, archives. Such a file met in a folder is skipped and counted, not failed.
pub const ASSET_EXTENSIONS: &[(&str, &str)] = &[
    ("css", "a stylesheet"),
    ("js", "a script"),
    ("mjs", "a script"),
    ("map", "a source map"),
    ("png", "an image"),
    ("jpg", "an image"),
    ("jpeg", "an image"),
    ("gif", "an image"),
    ("webp", "an image"),
    ("avif", "an image"),
    ("svg", "an image"),
    ("ico", "an image"),
    ("bmp", "an image"),
    ("tif", "an image"),
    ("tiff", "an image"),
    ("woff", "a font"),
    ("woff2", "a font"),
    ("ttf", "a font"),
    ("otf", "a font"),
    ("eot", "a font"),
    ("mp3", "audio"),
    ("ogg", "audio"),
    ("wav", "audio"),
    ("mp4", "a video"),
    ("webm", "a video"),
    ("zip", "an archive"),
    ("pdf", "a PDF"),
    ("swf", "a Flash file"),
    ("cdx", "a WARC index"),
];

/// What browsers append to a saved page's name for its asset folder (`Page_files/` beside `Page.html`), in the
/// languages Windows and the browsers use: the folder is skipped when the page it belongs to is beside it.
pub const ASSET_FOLDER_SUFFIXES: &[&str] = &[
    "_files",
    "-Dateien",
    "_archivos",
    "_fichiers",
    "_file",
    "_bestanden",
    "_arquivos",
    "_pliki",
    "_soubory",
    "_súbory",
    "_filer",
    "_tiedostot",
    "-filer",
    "_elemei",
    "_dosyalar",
    "_failai",
    "_datoteke",
    "_fitxers",
    "_fájlok",
    "-bestanden",
    "_ficheiros",
    "_файлы",
];

/// Extensions of the saved page an asset folder belongs to.
pub const SAVED_PAGE_EXTENSIONS: &[&str] = &["html", "htm", "xhtml", "shtml", "mhtml", "mht"];
