//! Phrases of page furniture only the HTML extractor matches in its blocks, per language: interface lines,
//! closing headings, appeals, blog-post footers and calls to follow on social networks. What both paths match
//! lives once in `boilerplate` (interface lines, appeals, reading time, end markers) and `notices` (ad labels);
//! the HTML path reads those beside these. `html::vocab` re-exports this module.

/// Short lines that are interface words in any article container: share bars, ad labels, "read more".
/// Compared case-insensitively with the whole block after trimming punctuation.
pub const UI_LINES_HTML: &[&str] = &[
    // en
    "share this article",
    "leave a comment",
    "related articles",
    "related posts",
    "you may also like",
    "next article",
    "previous article",
    "topics",
    "see also",
    "photo",
    "listen",
    "listen to this article",
    "most read",
    "most popular",
    // de
    "mehr zum thema",
    "artikel teilen",
    "schlagworte",
    // fr
    "lire aussi",
    "à lire aussi",
    // es, pt, it
    "lee también",
    "leia também",
    "leggi anche",
    // nl, pl, tr
    "lees ook",
    "reclama",
    "czytaj także",
    // ru, uk
    "читайте также",
    "читайте також",
    // zh, ja
    "相关文章",
    "関連記事",
];

/// Prefixes of lines that are interface text whatever follows ("Read more: …", "Related: …").
pub const UI_PREFIXES: &[&str] = &[
    "read more:",
    "related:",
    "see also:",
    "also read:",
    "read also:",
    "share this",
    "sign up for",
    "subscribe to",
    "follow us on",
    "click here to",
    "lesen sie auch:",
    "mehr zum thema:",
    "lire aussi :",
    "à lire aussi",
    "lea también:",
    "leia também:",
    "leggi anche:",
    "lees ook:",
    "czytaj też:",
    "читайте также:",
    "читайте також:",
    "advertisement",
    "copyright ©",
    "© copyright",
    "all rights reserved",
];

/// Closing headings of an article's furniture, beside the text extractor's end markers
/// (`vocab::boilerplate::END_MARKERS`): where one stands past `END_MARKER_MIN_SHARE` of the body, the body ends.
/// Compared lowercase with the whole block, a count or a colon allowed after.
pub const END_HEADINGS: &[&str] = &[
    // en
    "related content",
    "related reading",
    "more news",
    "latest news",
    "recommended",
    "recommended for you",
    "recommended articles",
    "popular posts",
    "popular articles",
    "trending now",
    "more to explore",
    "don't miss",
    "you may also be interested in",
    "read more about",
    "more in this category",
    "leave a reply cancel reply",
    "comments are closed",
    "no comments",
    "post a comment",
    "reader comments",
    // de
    "das könnte ihnen auch gefallen",
    "das könnte dir auch gefallen",
    "ebenfalls interessant",
    "weitere news",
    "weitere nachrichten",
    "weitere themen",
    "weitere aktuelle themen",
    "verwandte artikel",
    "verwandte beiträge",
    "passend zum thema",
    "mehr aus dieser rubrik",
    "lesen sie auch",
    "lies auch",
    "empfohlene beiträge",
    "empfohlene artikel",
    "beliebte beiträge",
    "neueste artikel",
    "zuletzt veröffentlicht",
    "keine kommentare",
    "kommentar hinterlassen",
    "bisherige kommentare",
    "leserkommentare",
    "beliebt",
    "popular",
    "populaire",
    "populares",
    "popolari",
    "unsere lesetipps",
    "lesetipps",
    "vorschau auf den nächsten artikel",
    "wie bewerten sie diesen artikel",
    // A lone "Author" line past half the body heads the author's box (bio, portrait), in several languages.
    "autor",
    "autorin",
    "author",
    "auteur",
    "autore",
    "autora",
    "автор",
    "yazar",
    // fr
    "articles les plus lus",
    "à lire également",
    "lire également",
    "sur le même thème",
    "dans la même rubrique",
    "vous aimerez aussi",
    "vous aimerez aussi",
    "nos derniers articles",
    "ajouter un commentaire",
    // es
    "más noticias",
    "también te puede interesar",
    "lo más visto",
    "más leídas",
    "contexto de la noticia",
    "otras noticias",
    // it
    "leggi anche",
    "ti potrebbe interessare",
    "potrebbe interessarti anche",
    "altre notizie",
    "articoli più letti",
    // pt
    "mais notícias",
    "notícias relacionadas",
    // pl
    "czytaj także",
    "czytaj też",
    "polecane artykuły",
    "zobacz również",
    // nl
    "meer nieuws",
    "ook interessant",
];

/// Beginnings of closing headings that go on with a topic or a site's name ("Weitere Beiträge aus der Kolumne",
/// "More from Science", "Auch auf example.de"). Only `h2`–`h6` headings are compared with these: a sentence
/// may begin the same way.
pub const END_HEADING_PREFIXES: &[&str] = &[
    "more from ",
    "more on ",
    "more about ",
    "related to ",
    "weitere beiträge",
    "weitere artikel",
    "weitere aktuelle",
    "weitere news",
    "weitere nachrichten",
    "weitere themen",
    "weitere tipps",
    "lesen sie auch",
    "mehr zum thema",
    "mehr aus ",
    "auch auf ",
    "articles liés",
    "plus d'articles",
    "à lire aussi",
    "más de ",
    "más noticias",
    "leggi anche",
    "altri articoli",
    "leia também",
    "mais sobre",
    "czytaj także",
    "читайте также",
];

/// Appeals and notices that close an article page: subscription and app pitches, copyright notices, the
/// comment form's fine print. A short block holding one, past `END_MARKER_MIN_SHARE` of the body, is dropped.
/// Compared lowercase as substrings; each is specific enough not to occur in an article's closing sentences
/// on the dev set ("our app" alone matched "our application" in tutorials, so the phrases are longer).
pub const APPEAL_PHRASES: &[&str] = &[
    // Copyright notices.
    "copyrighted property",
    "prawem autorskim",
    // Subscriptions, newsletters, apps, support.
    "subscribe now",
    "assine já",
    "apóyanos",
    "support our work",
    "consider supporting",
    "download our app",
    "our app for",
    "our apps",
    "app for ios",
    "apps for ios",
    "síguenos en",
    "get the latest news",
    "become a member",
    "werden sie mitglied",
    "werde mitglied",
    "devenez membre",
    "hazte miembro",
    "hágase miembro",
    "diventa socio",
    "torne-se membro",
    "word lid",
    "not responsible for the opinions",
    // Rating widgets with no rating yet.
    "no ratings yet",
    "noch keine bewertungen",
    "aucune note pour",
    "sin valoraciones",
    // How to cite the page.
    "suggested citation",
    "zitiervorschlag",
    "how to cite this",
    "comment citer cet",
    // Comment forms.
    "must be logged in",
    "eingeloggt sein",
];

/// Blog post footers: when and where the post was filed ("This entry was posted in … Bookmark the permalink").
/// A block opening with one is furniture however long its list of categories and feed notes runs.
pub const POST_FOOTERS: &[&str] = &[
    "this entry was posted",
    "this post was posted",
    "der beitrag wurde am",
    "dieser beitrag wurde am",
    "dieser eintrag wurde am",
    "ce billet a été publié",
    "cet article a été publié dans",
    "esta entrada fue publicada",
    "questo articolo è stato pubblicato il",
    "este post foi publicado",
    "dit bericht werd geplaatst",
    "wpis został opublikowany",
];

/// Openers of a line that asks the reader to follow someone on a social network ("Follow the Courier on
/// Twitter …"), with `vocab::boilerplate::SOCIAL_NETWORKS`: past half the body such a line is an appeal.
pub const FOLLOW_OPENERS: &[&str] = &[
    "follow ",
    "folgen sie ",
    "folge ",
    "folgt ",
    "suivez ",
    "síguenos",
    "sigue a ",
    "siga ",
    "segui ",
    "seguite ",
    "volg ",
    "obserwuj ",
    "подписывайтесь",
    "takip edin",
];
