//! Word lists, selectors and weights of the HTML extractor, apart from its logic.
//!
//! Numbers were calibrated on the dev set (`../shared/devset/snippets` and `readability`, scored with
//! `score.py`); each says how. Lists are language-neutral unless named for a language.

pub use crate::extract::vocab::html_phrases::*;
use regex::Regex;
use std::sync::LazyLock;

/// Elements whose content is never visible text of the article (or not visible at all).
pub const INVISIBLE_TAGS: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "audio", "video", "input", "textarea", "select", "link", "meta", "title", "map",
    "dialog",
];

/// Elements that start a new text block (the rest are inline and join their neighbours' text).
pub const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
    "button",
    "label",
    "legend",
    "option",
    "html",
];

/// Elements that are page furniture by their nature: their blocks are boilerplate unless they hold the article.
pub const CHROME_TAGS: &[&str] = &[
    "nav", "aside", "footer", "button", "menu", "label", "legend",
];

/// ARIA roles of page furniture.
pub const CHROME_ROLES: &[&str] = &[
    "navigation",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "banner",
    "toolbar",
    "tablist",
];

/// Class tokens that hide an element from sight (screen-reader texts such as "Share on Facebook").
pub const HIDDEN_CLASSES: &[&str] = &[
    "hidden",
    "hide",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screenreader",
    "element-invisible",
    "offscreen",
    "u-hidden",
    "is-hidden",
    "d-none",
];

/// Blocks whose owner is one of these count as paragraphs for content scoring.
pub const PARAGRAPH_TAGS: &[&str] = &[
    "p",
    "pre",
    "td",
    "div",
    "section",
    "article",
    "blockquote",
    "font",
    "span",
    "main",
    "center",
    "dd",
];

/// Minimum non-space characters for a block to add to its containers' scores (Readability's value; lowering it
/// to 15 let link lists win on 3 snippets pages).
pub const MIN_PARAGRAPH_CHARS: usize = 25;

/// Characters per point of paragraph score, and the cap (Readability's values).
pub const CHARS_PER_POINT: usize = 100;
pub const MAX_LENGTH_POINTS: f64 = 3.0;

/// Ancestor levels a paragraph's score reaches (Readability: 5).
pub const SCORE_LEVELS: usize = 5;

/// A sibling of the winner joins it when it scores this share of the winner's score, and at least the minimum.
/// Readability uses 0.2 and 10; 0.1 and 5 kept more article sections on the dev set (snippets F1 0.913 → 0.916,
/// readability 0.939 → 0.940) with no loss of precision on readability.
pub const SIBLING_SHARE: f64 = 0.1;
pub const SIBLING_MIN_SCORE: f64 = 5.0;
/// Share of the winner's score a sibling with the same class gets as a bonus (Readability's value).
pub const SIBLING_CLASS_BONUS: f64 = 0.2;

/// The winner widens to an ancestor while the text the ancestor adds has at most this share in links.
pub const WIDEN_MAX_LINK_DENSITY: f64 = 0.2;

/// ... and at least this share of it in prose: blocks of `WIDEN_PROSE_CHARS` or more, few links.
pub const WIDEN_MIN_PROSE_SHARE: f64 = 0.6;
pub const WIDEN_PROSE_CHARS: usize = 80;
/// Prose characters an ancestor must add to the winner to replace it.
pub const WIDEN_MIN_GAIN: usize = 150;
/// A page that is no article (a thread, a listing, a shop or company page) keeps, besides what the article
/// scoring chose, every block of its main region (`<main>`, else the page) outside furniture with at least
/// this many characters. Set on half A of the WCXB dev set (0.768 -> 0.790; half B 0.785 -> 0.806); 40 and
/// below let short lines leak (a "without" snippet of the snippets set's half B), 80 kept less.
pub const BY_TYPE_MIN_BLOCK_CHARS: usize = 60;
/// An ancestor that adds at most this many characters, none in links, neither widens the winner nor stops the
/// widening: a wrapper that adds a date or a heading between the article's rows.
pub const WIDEN_PASS_CHARS: usize = 100;

/// Score a class or id hint adds or takes away (Readability's value).
pub const CLASS_WEIGHT: i32 = 25;

/// Characters that count as commas (Latin, Arabic, CJK full-width and ideographic).
pub const COMMAS: &[char] = &[',', '،', '﹐', '︐', '︑', '⹁', '⸴', '⸲', '，', '、'];

/// Class or id of elements unlikely to hold the article: their paragraphs do not score on the first pass.
/// Readability's list, with share bars, newsletters, cookie notices and overlays (modal, dialog)
/// added: an overlay shows over the article, never holds it.
pub static UNLIKELY: LazyLock<Regex> = LazyLock::new(|| {
    // Static pattern: cannot fail.
    Regex::new(
        r"(?i)-ad-|ai2html|reviews|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|shar(?:e|ing)(?:$|[^a-z])|subscribe|modal|dialog",
    )
    .expect("static regex")
});

/// Class or id that rescues an element from `UNLIKELY` (a wrapper named "content-with-sidebar").
pub static MAYBE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)and|article|body|column|content|main|mathjax|shadow|story|entry|post|text|(?:^|\s)section(?:\s|$)")
        .expect("static regex")
});

/// Class or id hints that the element holds the article.
pub static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text|articulo|artikel|texto|testo|tekst|contenu|inhalt")
        .expect("static regex")
});

/// Class or id hints that the element is page furniture.
pub static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|shar(?:e|ing)(?:$|[^a-z])|shoutbox|sidebar|skyscraper|sponsor|shopping|tags(?:$|[^a-z])|widget|newsletter|social|subscribe|recommend|teaser-list|byline|author|dateline|breadcrumb|cookie|popup|modal|toolbar")
        .expect("static regex")
});

/// Class or id of furniture inside an article: its blocks are dropped even within the chosen content.
/// Matched on whole class tokens split at `-` and `_`, so "has-sidebar" on a wrapper does not count. The
/// furniture word must be near the token's end, at most two parts before it ("comment-form-author",
/// "share-bar-2"): a longer tail means the word names something the element only holds or is about
/// ("share-btns-2_gig_containerParent" on an article's text wrapper, "sharing-with-a-single-developer" on a
/// manual's section). Two and three gave the same dev figures; with no limit two readability pages lost their
/// article wrappers.
pub static CHROME_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[a-z0-9]+[-_])*(?:comments?|commentlist|disqus|share|sharing|sharebar|shares|social|socials|related|relatedposts|sidebar|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|breadcrumbs?|promo|advert|advertisement|ads?|adslot|adunit|sponsor|sponsored|outbrain|taboola|recommended|recommendations|popular|trending|most-?read|pagination|pager|toolbar|tags|tag-?list|post-?tags|topics|author-?bio|authorbox|about-?author|more-?stories|read-?more|readmore|also-?read|see-?also|nav|navbar|navigation|menu|footer|masthead|rating|reactions|jump-?link|skip-?link|toc|table-of-contents|login|paywall|donate|inline-?ad|ad-?container|ad-?wrapper|native-?ad)(?:[-_][a-z0-9]+){0,2}$")
        // Static pattern: cannot fail.
        .expect("static regex")
});

/// Class prefixes of wrappers whose name mentions furniture without being it ("has-sidebar", "no-comments").
pub const CHROME_CLASS_EXEMPT_PREFIXES: &[&str] = &[
    "has-",
    "with-",
    "no-",
    "show-",
    "is-",
    "layout-",
    "template-",
];

/// An unlikely-looking element holding at least this share of the page's text is a layout wrapper, not
/// furniture ("layout-with-sidebar" around the whole page): its paragraphs still vote on the first pass, and
/// it stays in the content. A list is never such a wrapper: an unlikely-named list of slides ("legends") is a
/// gallery, however long.
pub const WRAPPER_SHARE: f64 = 0.5;

/// Class or id of a byline or an author element.
pub static BYLINE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)byline|author|writer|autor|auteur|firma|signature|reporter|contributor|creator",
    )
    .expect("static regex")
});

/// Class or id tokens starting with these mark the site's navigation (`navbar`, `navigation`); links to author
/// pages inside it are menu entries ("Journalisten", "Autor°innen"), not bylines.
pub const MENU_CLASS_STARTS: &[&str] = &["nav"];

/// Class or id tokens containing these mark a menu (`megamenu`, `menu-item`, `sub-menu`).
pub const MENU_CLASS_WORDS: &[&str] = &["menu"];

/// Link targets of author pages (`/author/jane-doe/`, `/autor/…`).
pub static AUTHOR_HREF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|auteurs|redakteur|redaktor|journalist|journalisten|columnist|profil/autor)/[^/?#]+/?(?:$|[?#])").expect("static regex")
});

/// Class or id of a date element.
pub static DATE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)date|time|posted|published|timestamp|datum|fecha|data-pub|pubdate|meta-info|post-meta|entry-meta|article-meta|submitted").expect("static regex")
});

/// Class or id of a subtitle, standfirst or lede.
pub static SUBTITLE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)subtitle|sub-title|subhead|standfirst|dek\b|deck|lede|summary|teaser|intro|kicker-desc|strapline|description|excerpt|chapo|sottotitolo|entradilla|bajada|lead\b|article-lead|vorspann").expect("static regex")
});

/// Class or id of an image caption or its credit line.
pub static CAPTION_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)caption|legend|legende|bildunterschrift|image-text|img-text|photo-text|wp-caption-text").expect("static regex")
});
pub static CREDIT_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)credit|copyright|photographer|source|byline|attribution|fotograf|courtesy")
        .expect("static regex")
});

/// A credit written inside a caption: "Photo: …", "(Foto: …)", "© …", "Getty Images".
pub static CREDIT_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s(\[|/–—-])((?:photo(?:graph)?s?|image|picture|pic|credit|foto|fotos|bild|quelle|crédit|crédits|photo ?credit|fuente|imagen|immagine|фото|źródło|kaynak|fotoğraf|写真|图片|图)\s*[:：]\s*[^)\]]+|©\s*[^)\]]+|\(c\)\s*[^)\]]+|(?:[\w./ ]+/)?(?:getty images|afp|reuters|ap photo|associated press|dpa|epa|shutterstock|istock|picture alliance|imago|anadolu|xinhua|ria novosti|tass|efe|ansa|keystone|depositphotos|unsplash|pixabay)\b[^)\]]*)[)\]]?\s*$")
        .expect("static regex")
});

/// A short block that is only a credit line: "Foto: …", "Titelbild: …", "Crédits photos : …", "Quelle: dpa".
/// Such lines stand under images or at the article's end and are never its text.
pub static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:photos?|fotos?|bild|titelbild|beitragsbild|titelfoto|aufmacherbild|headerbild|symbolbild|vorschaubild|teaserbild|images?|pictures?|credits?|crédits?(?: photos?)?|photo ?credits?|image ?credits?|bildquelle|bildnachweis|fotonachweis|quelle|źródło|zdjęcie|fuente|fonte|foto ?credits?|featured image|cover image|header image|immagine|imagen|фото|источник)\s*:")
        .expect("static regex")
});

/// Longest block taken for a credit line (`CREDIT_LINE`).
pub const CREDIT_LINE_MAX_CHARS: usize = 120;

/// Reading-time notices ("4 min read", "Lesezeit: 3 Minuten", "Ten tekst przeczytasz w 2 minuty",
/// `vocab::boilerplate::READING_TIME` and `READING_TIME_MORE`): a block of at most this many characters holding
/// one is never the article's text.
pub const READING_TIME_MAX_CHARS: usize = 60;

/// Longest block dropped for opening with a post footer phrase; the footer with categories, tags and the
/// comment-feed note runs to about 400 characters, a paragraph of the article is rarely that short and opens so.
pub const POST_FOOTER_MAX_CHARS: usize = 600;

/// Longest block dropped for an appeal phrase; a paragraph that mentions a newsletter in passing is longer.
pub const APPEAL_MAX_CHARS: usize = 300;

/// Share of the body's characters that must come before a closing heading for it to end the body. At 0.5 on the
/// dev set no article lost its second half.
pub const END_MARKER_MIN_SHARE: f64 = 0.5;

/// The same share for a closing heading after the best-scoring container (the article's paragraphs), where
/// a stream of teasers may be longer than the article.
pub const END_MARKER_AFTER_CORE_SHARE: f64 = 0.2;

/// Longest last block of the body taken for the heading of a dropped box after it, in characters
/// and words: headings of related boxes had 1 to 6 on the dev set, the article's closing lines that
/// looked like them (a slogan, "Sources in English and Chinese:") 7 or more.
pub const ORPHAN_HEADING_MAX_CHARS: usize = 60;
pub const ORPHAN_HEADING_MAX_WORDS: usize = 6;

/// Longest block taken as a closing heading.
pub const END_MARKER_MAX_CHARS: usize = 80;

/// Link density above which a block or container is navigation, not prose. Readability uses 0.5 for
/// low-weight containers; 0.5 also kept the most 'with' snippets on the dev set among 0.33–0.66.
pub const MAX_LINK_DENSITY: f64 = 0.5;

/// A link box ("Read also" and three headlines) inside an article: at most this many characters, at least
/// this share of them in links, and the candidate's other text at least this many times the boxes' for them
/// to be left out of its link density. Calibrated on the dev sets (see the commit).
pub const LINK_BOX_MAX_CHARS: usize = 250;
pub const LINK_BOX_MIN_DENSITY: f64 = 0.6;
pub const LINK_BOX_PROSE_RATIO: usize = 5;

/// A line with at least this share of its characters in links is a link and nothing else (a list of such
/// lines is navigation). Set by reading lists of links, whose lines are whole links, against release notes.
pub const LINK_LINE_SHARE: f64 = 0.8;

/// A line that is all link stays in the body as an item of a list or table whose lines mostly are not links
/// (`score::ListCache`): the list or table is found within this many ancestors of the line, and has at least
/// this many lines (a two-line box proves nothing). Set on release notes and film tables in the dev set.
pub const LIST_ITEM_DEPTH: usize = 6;
pub const PROSE_LIST_MIN_LINES: usize = 4;

/// A heading that is all link stays in the body when its parent holds at least this many paragraphs, with at
/// most this share of its text in links (`score::linked_heading_in_prose`): the article's own sections. Set on
/// a review whose sections are headed by linked names, against teaser streams (a headline and one summary a box).
pub const PROSE_HEADING_MIN_PARAGRAPHS: usize = 3;
pub const PROSE_HEADING_MAX_LINK_DENSITY: f64 = 0.2;

/// Below this many characters the chosen content is suspect and the next, relaxed attempt runs
/// (Readability's 500 was too eager on short news items; 250 on the dev set).
pub const MIN_CONTENT_CHARS: usize = 250;

/// A container by the page's one headline wins over a better-scoring one elsewhere when it scores at least this
/// share of it: the article follows its headline, and a long footer blurb can outscore a text broken up by
/// "read also" boxes.
pub const HEADLINE_WINNER_SHARE: f64 = 0.7;

/// JSON-LD `articleBody` replaces the chosen content when it is this many times longer (the page renders its
/// text by script). 2 on the dev set: 3 missed two such pages, 1.5 took teaser-only bodies on three.
pub const LD_BODY_RATIO: usize = 2;

/// How many blocks before the body a headline may stand (kicker, byline, date, lede and share bar between).
pub const HEADLINE_REACH: usize = 12;

/// A standfirst below the headline joins the body when at most this many blocks (byline, date, share bar)
/// separate it from the text. 3–6 gave the same snippets F1 on the dev set (+0.005); 3 kept the readability
/// pages' figures.
pub const LEDE_MAX_GAP: usize = 4;

/// How far before the body a headline is looked for when the lede under it was left out of the content (a
/// date, a byline, an image with its credit and a subscription box may stand between): 30 reached every such
/// page of the dev set, the farthest at 26 blocks.
pub const LEDE_SEARCH_BLOCKS: usize = 30;
/// The left-out lede stands at most this many blocks under the headline (kicker and date between; 4 on the
/// dev set, where ledes stood 1 to 2 blocks under it).
pub const LEDE_AFTER_TITLE: usize = 4;
/// Characters of a lede's opening looked for in a JSON-LD body to tell whether the body already has it.
pub const LEDE_PROBE_CHARS: usize = 40;

/// Words of a label line in a block of dates ("Pubblicato il", "Zuletzt aktualisiert am").
pub const DATE_LABEL_WORDS: usize = 3;
/// Words of a date line in such a block ("Donnerstag, 12. September 2024, 14:30 Uhr" has six); a sentence
/// holding a date has more.
pub const DATE_LINE_WORDS: usize = 6;

/// Longest line by the headline searched for a date ("Posted on 3 June 2024 by Jane Doe | 4 comments").
pub const MAX_DATE_LINE_CHARS: usize = 80;

/// Longest block that may be taken as a byline or date line rather than body text.
pub const MAX_META_LINE_CHARS: usize = 120;

/// Title separators between the headline and the site's name in `<title>` and og:title.
pub const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / ", " : ", " ~ ", "｜",
    " || ",
];

/// JSON-LD types of an object that holds an article's fields, besides the single texts of
/// `vocab::page_types::LD_ARTICLE`: documentation, posts, reviews, how-tos, Q&A pages.
pub const ARTICLE_TYPES: &[&str] = &[
    "askpublicnewsarticle",
    "techarticle",
    "discussionforumposting",
    "posting",
    "review",
    "creativework",
    "medicalwebpage",
    "satiricalarticle",
    "advertisercontentarticle",
    "howto",
    "qapage",
];

/// Meta names and properties, best first, for each field (compared lowercase).
pub const META_TITLE: &[&str] = &[
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "citation_title",
    "title",
    "headline",
];
pub const META_AUTHOR: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "twitter:creator",
    "cxenseparse:author",
    "article:author_name",
    "og:article:author",
    "book:author",
    "authors",
];
pub const META_PUBLISHED: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "published_time",
    "article_date_original",
    "original-publish-date",
    "date_published",
    "cxenseparse:recs:publishtime",
    "og:published_time",
    "release_date",
    "created",
    "dc.date.created",
    "datecreated",
    "dc:date",
    "dcterms:created",
    "dcterms:issued",
    "dc:created",
];

/// Fragments of other meta names that carry the publication date (a site's own prefix, as in
/// `xyz:publicationDate`); tried after the names above, and never on names that say "modified".
pub const META_PUBLISHED_FRAGMENTS: &[&str] = &[
    "publicationdate",
    "publishdate",
    "publishedtime",
    "published_time",
    "datepublished",
    "pubdate",
    "publish_date",
    "publication_date",
    "firstpublished",
    "created_at",
    "createdate",
];
pub const META_MODIFIED: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "updated_time",
    "modified",
    "dc.date.modified",
];
pub const META_SITE: &[&str] = &[
    "og:site_name",
    "application-name",
    "twitter:site",
    "publisher",
    "dc.publisher",
    "cxenseparse:site",
];
pub const META_DESCRIPTION: &[&str] = &[
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
];
pub const META_KEYWORDS: &[&str] = &[
    "keywords",
    "news_keywords",
    "article:tag",
    "parsely-tags",
    "sailthru.tags",
];
pub const META_SECTION: &[&str] = &[
    "article:section",
    "parsely-section",
    "section",
    "og:article:section",
];

/// Class or id of a kicker set inside the `<h1>`, over or beside the headline proper (`overline`, `Dachzeile`,
/// `supertitle`, a small subtitle): a label, not part of the headline.
pub static KICKER_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)kicker|overline|topline|supertitle|super-title|surtitre|dachzeile|roofline|eyebrow|pretitle|pre-title|sub-?heading|sub-?title|h1small|spitzmarke|antetitulo|occhiello")
        .expect("static regex")
});

/// Punctuation between a kicker and the headline (`Klimaschutz: Bohren …`, `Corona – Wie …`).
pub const KICKER_SEPARATORS: &[char] = &[':', '-', '–', '—', '|', '·', '•', '/'];

/// Separators Chinese and Japanese titles put between the headline and the site's name, unspaced.
pub const CJK_TITLE_SEPARATORS: &[char] = &['-', '_', '|', '｜', '—', '－'];

/// The longest site name, in characters, taken off the end of a CJK title (`新华网`, `日本経済新聞 電子版`).
pub const CJK_SITE_MAX_CHARS: usize = 10;
