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
