//! What tells page types apart: schema.org types, Open Graph types, URL path words, shop buttons, and the
//! weights the hand rules give each signal. Weights were set on half A of the WCXB dev set (split by domain,
//! `sift eval --halves`) and kept only where half B did not lose; the accuracy of both halves is in the README.

use regex::Regex;
use std::sync::LazyLock;

// Static patterns below: compiled once; a failure is a bug in the pattern text, caught by every test.

/// schema.org types of a single text with a headline.
pub const LD_ARTICLE: &[&str] = &[
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "scholarlyarticle",
    "report",
    "recipe",
    "liveblogposting",
    "socialmediaposting",
];

/// schema.org types of a discussion: a thread's posts, a question and its answers.
pub const LD_FORUM: &[&str] = &["discussionforumposting", "qapage"];

/// schema.org types of one product for sale.
pub const LD_PRODUCT: &[&str] = &[
    "product",
    "productgroup",
    "individualproduct",
    "car",
    "vehicle",
];

/// schema.org types of a page that lists others.
pub const LD_LIST: &[&str] = &[
    "itemlist",
    "collectionpage",
    "offercatalog",
    "searchresultspage",
];

/// schema.org types of technical documentation.
pub const LD_DOCS: &[&str] = &["techarticle", "apireference", "softwaresourcecode"];

/// schema.org types of an organisation's own pages.
pub const LD_SERVICE: &[&str] = &[
    "service",
    "localbusiness",
    "professionalservice",
    "faqpage",
    "aboutpage",
    "contactpage",
    "medicalbusiness",
    "financialservice",
    "legalservice",
    "homeandconstructionbusiness",
    "educationalorganization",
    "softwareapplication",
    "webapplication",
];

/// URL path words of a forum or Q&A thread (a path segment, or its start).
pub static URL_FORUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)/(?:forums?|threads?|t|d|topics?|questions|discussions?|community|comments|viewtopic\.php|showthread\.php|boards?)(?:/|\.|$|-)",
    )
    .expect("static regex")
});

/// URL path words of one product.
pub static URL_PRODUCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/(?:products?|p|dp|item|itm|ip|gp/product)/[^/]+").expect("static regex")
});

/// URL path words of a shop's category.
pub static URL_COLLECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/(?:collections?|categor(?:y|ies)|shop|c|department|browse|b)(?:/|$)")
        .expect("static regex")
});

/// URL path words of an index of other pages.
pub static URL_LISTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)/(?:tags?|topics|archives?|jobs|careers|events|search|results|page/\d+|authors?|latest|all)(?:/|$|\?)|[?&](?:q|s|query|page)=",
    )
    .expect("static regex")
});

/// URL path words of documentation.
pub static URL_DOCS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:/|^https?://)(?:docs?|documentation|api|reference|manual|guides?|learn|tutorials?|wiki|handbook|sdk|developers?|dev|kb|knowledge-?base|help|support)(?:[/.]|$)",
    )
    .expect("static regex")
});

/// URL path words of an organisation's own pages.
pub static URL_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)/(?:services?|pricing|plans|about(?:-us)?|contact(?:-us)?|solutions?|features|company|team|locations?|what-we-do|industries|treatments?|programs?)(?:/|$|-)",
    )
    .expect("static regex")
});

/// URL path words of a single article.
pub static URL_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)/(?:blog|news|articles?|posts?|stories|story|magazine|insights)/[^/]+|/20[0-3]\d/",
    )
    .expect("static regex")
});

/// A shop's buy button, in the languages of the dev sets.
pub static BUY_BUTTON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now|in den warenkorb|jetzt kaufen|ajouter au panier|añadir al carrito|aggiungi al carrello|adicionar ao carrinho|in winkelwagen|dodaj do koszyka|в корзину|カートに入れる|加入购物车)\s*$",
    )
    .expect("static regex")
});

/// A price: a currency sign or code beside a number.
pub static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:[$€£¥₹₽]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|Rs\.?))\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€£₽]|\b(?:USD|EUR|GBP|CHF|zł|kr|Kč))",
    )
    .expect("static regex")
});

/// Class or id words of one post in a thread.
pub static POST_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s_-])(?:post|posts|comment|reply|replies|message|answer|topic-post|postbody|post-body|cooked)(?:$|[\s_-])")
        .expect("static regex")
});

/// Class or id words of a documentation page's navigation: the sidebar and the table of contents.
pub static DOCS_NAV_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s_-])(?:toc|table-of-contents|sidebar|sidenav|side-nav|docs-nav|menu-docs|on-this-page)(?:$|[\s_-])")
        .expect("static regex")
});

/// Class or id words of a breadcrumb trail.
pub static BREADCRUMB_CLASS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)bread-?crumb").expect("static regex"));

/// Class or id words of a rating: stars, review counts.
pub static RATING_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s_-])(?:rating|ratings|stars?|star-rating|reviews?)(?:$|[\s_-])")
        .expect("static regex")
});

/// Class or id words of comments under a text.
pub static COMMENT_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s_-])(?:comments?|comment-list|commentlist|discussion)(?:$|[\s_-])")
        .expect("static regex")
});

/// A year (and month) in a URL's path: how dated posts are filed.
pub static URL_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/(?:19|20)\d\d/(?:\d\d?/)?").expect("static regex"));

/// Class or id words of a link or button styled as a call to action.
pub static CTA_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])").expect("static regex")
});

/// Class or id words of paging controls under a list.
pub static PAGING_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)pagination|(?:^|[\s_-])pager(?:$|[\s_-])").expect("static regex")
});

/// Class or id words that tell a page's parts, one pattern a part, in the order of `CLASS_PARTS`: a landing
/// page's hero and testimonials, a question list, share bars, bylines, related links, tags, price plans,
/// newsletter boxes, a shop's filters and sorting, product grids, a cart, an article's text and wrappers.
pub const CLASS_PARTS: &[(&str, &str)] = &[
    (
        "class_hero",
        r"(?i)(?:^|[\s_-])(?:hero|jumbotron|masthead|banner)(?:$|[\s_-])",
    ),
    (
        "class_testimonial",
        r"(?i)testimonial|(?:^|[\s_-])(?:clients?|partners?|logos?)(?:$|[\s_-])",
    ),
    (
        "class_faq",
        r"(?i)(?:^|[\s_-])(?:faqs?|accordion)(?:$|[\s_-])",
    ),
    (
        "class_share",
        r"(?i)(?:^|[\s_-])(?:share|sharing|social)(?:$|[\s_-])",
    ),
    (
        "class_byline",
        r"(?i)(?:^|[\s_-])(?:byline|author|authors|posted-on|entry-meta|post-meta)(?:$|[\s_-])",
    ),
    (
        "class_related",
        r"(?i)(?:^|[\s_-])(?:related|recommended|more-stories)(?:$|[\s_-])",
    ),
    (
        "class_tags",
        r"(?i)(?:^|[\s_-])(?:tags?|tag-list|categories|taxonomy)(?:$|[\s_-])",
    ),
    (
        "class_pricing",
        r"(?i)(?:^|[\s_-])(?:pricing|plans?|tiers?)(?:$|[\s_-])",
    ),
    (
        "class_newsletter",
        r"(?i)newsletter|subscribe|signup|sign-up",
    ),
    (
        "class_filter",
        r"(?i)(?:^|[\s_-])(?:filters?|facets?|sort|sorting|refine)(?:$|[\s_-])",
    ),
    (
        "class_grid",
        r"(?i)(?:^|[\s_-])(?:grid|tiles?|cards?|teasers?|list-item|results?)(?:$|[\s_-])",
    ),
    (
        "class_product",
        r"(?i)(?:^|[\s_-])(?:product|products|sku|variant|quantity|qty|add-to-cart|cart)(?:$|[\s_-])",
    ),
    (
        "class_entry",
        r"(?i)(?:^|[\s_-])(?:entry-content|post-content|article-body|article-content|story-body|prose)(?:$|[\s_-])",
    ),
    (
        "class_article",
        r"(?i)(?:^|[\s_-])(?:article|story|blog-?post|single-post|news-?item)(?:$|[\s_-])",
    ),
];

/// `CLASS_PARTS` as one set, matched once per element.
pub static CLASS_PART_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(CLASS_PARTS.iter().map(|(_, r)| *r)).expect("static regex")
});
