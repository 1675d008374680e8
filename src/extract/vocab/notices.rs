//! Word lists of the notices, labels and bios a page sets in or around its article, for the plain-text dump
//! extractor (`text::notices`, `text::bio`): licence, comment, advertising and consent notices, disclaimers,
//! ad-slot labels, pointers to other articles, links back to an index, and an author's bio.

/// An encyclopedia's pointers to the article of a subsection (`Main article: Climate of Norway`), led like
/// the links of `dumps::LINK_LEADS`. They stand between a section's heading and its text, so they cost the region
/// nothing (an article is not cut at each) but leave the body.
pub const HATNOTE_LEADS: &[&str] = &[
    "main article",
    "main articles",
    "further information",
    "hauptartikel",
    "article détaillé",
    "articles détaillés",
    "artículo principal",
    "artículos principales",
    "voce principale",
    "artigo principal",
    "hoofdartikel",
    "artykuł główny",
    "основная статья",
    "основна стаття",
    "ana madde",
];

/// A line naming a licence together with a Creative Commons name or code is the page's licence notice
/// (`Dieser Text steht unter der Lizenz CC BY 4.0`), furniture like a copyright line. Lowercase; the licence
/// word per language (en, de, fr, es, it, pt, nl, pl, ru, uk, tr).
pub const LICENCE_WORDS: &[&str] = &[
    "licens",
    "licenc",
    "lizenz",
    "licencia",
    "licenza",
    "licença",
    "licentie",
    "licencj",
    "лиценз",
    "ліценз",
    "lisans",
];

/// See `LICENCE_WORDS`.
pub const CC_NAMES: &[&str] = &["creative commons", "cc-by", "cc by", "cc0"];

/// A licence notice is at most this long; a longer line is a paragraph about licences.
pub const LICENCE_LINE_MAX_CHARS: usize = 300;

/// Affiliate-link and advertising disclosures (`Bei den Links handelt es sich um Affiliate-Links`, `We may
/// receive compensation …`, `Dieser Beitrag enthält Werbung`): furniture, however long, up to
/// `AFFILIATE_LINE_MAX_CHARS`. Lowercase substrings; per language.
pub const AFFILIATE_PHRASES: &[&str] = &[
    "affiliate link",
    "affiliate-link",
    "affiliatelink",
    "affiliate program",
    "affiliate advertising",
    "partnerlink",
    "partner-link",
    "provisionslink",
    "lien affilié",
    "liens affiliés",
    "liens d'affiliation",
    "enlace de afiliado",
    "enlaces de afiliado",
    "link di affiliazione",
    "link affiliati",
    "link de afiliado",
    "links de afiliado",
    "affiliate-links",
    "link partnerski",
    "linki partnerskie",
    "партнерская ссылка",
    "партнерские ссылки",
    "партнерські посилання",
    "satış ortaklığı",
    // paid links and sponsored posts
    "may receive compensation",
    "may earn a commission",
    "earn a small commission",
    "beitrag enthält werbung",
    "artikel enthält werbung",
    "unbezahlte werbung",
    "article sponsorisé",
    "contenu sponsorisé",
    "contenido patrocinado",
    "contenuto sponsorizzato",
    "conteúdo patrocinado",
    "gesponsorde inhoud",
];

/// See `AFFILIATE_PHRASES`.
pub const AFFILIATE_LINE_MAX_CHARS: usize = 300;

/// Labels that open a site's disclaimer (`Disclaimer: …`, `Haftungsausschluss`): the line is furniture when
/// it starts with one, followed by a colon, a bracket or nothing. Lowercase; per language.
pub const DISCLAIMER_LABELS: &[&str] = &[
    "disclaimer",
    "disclosure",
    "advertising disclosure",
    "haftungsausschluss",
    "avertissement",
    "clause de non-responsabilité",
    "aviso legal",
    "descargo de responsabilidad",
    "esclusione di responsabilità",
    "isenção de responsabilidade",
    "vrijwaring",
    "zastrzeżenie",
    "отказ от ответственности",
    "sorumluluk reddi",
];

/// Word stems of comments, for the notices about them: lowercase substrings, so `comment` covers en, fr
/// and it (`commenti`), `comentar` es and pt.
pub const COMMENT_STEMS: &[&str] = &[
    "comment",
    "kommentar",
    "comentar",
    "reactie",
    "komentar",
    "коммент",
    "комент",
    "yorum",
    "评论",
    "コメント",
];

/// What a comment policy says beside comments: moderation, the rules, the writer's liability, the login
/// needed. A line naming comments with one of these is the comment form's notice, not the article.
/// Lowercase substrings, per language.
pub const COMMENT_POLICY_WORDS: &[&str] = &[
    // en
    "moderated",
    "moderation",
    "will not be published",
    "libel",
    "hateful",
    "log in to",
    "sign in to",
    "logged in",
    // de
    "moderiert",
    "netiquette",
    "nicht veröffentlicht",
    "anmelden, um",
    "eingeloggt",
    // fr
    "modéré",
    "modération",
    "ne sera pas publié",
    "charte",
    "être connecté",
    // es, pt, it
    "moderación",
    "moderados",
    "responsabilidad",
    "responsabilidade",
    "no será publicad",
    "não será publicad",
    "ingresar con",
    "moderati",
    "responsabilità",
    // nl, pl, ru, uk, tr
    "gemodereerd",
    "moderowane",
    "regulamin",
    "модерац",
    "модерир",
    "denetlen",
];

/// A comment notice is at most this long; a paragraph about a site's moderation is longer.
pub const COMMENT_POLICY_MAX_CHARS: usize = 300;

/// Labels of ad slots, which pages set between an article's paragraphs (`Advertisement`, `Anzeige`): they
/// cost the region what any short line costs, as the article goes on after them, and leave the body.
/// Whole labels, lowercase; per language.
pub const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertising",
    "werbung",
    "anzeige",
    "publicité",
    "publicidad",
    "pubblicità",
    "publicidade",
    "advertentie",
    "reklama",
    "реклама",
    "reklam",
    "广告",
    "広告",
];

/// An author's bio (see `text::bio`) is at most this long; a longer line is a paragraph about a person.
pub const BIO_MAX_CHARS: usize = 300;

/// Verbs that present a person right after the name: copulas, and the jobs' own verbs (`leitet`, `writes`).
/// Lowercase; per language.
pub const BIO_VERBS: &[&str] = &[
    "is", "was", "writes", "covers", "ist", "war", "leitet", "schreibt", "arbeitet", "est",
    "écrit", "es", "escribe", "è", "scrive", "é", "escreve", "jest", "pisze", "schrijft", "—", "–",
];

/// Jobs of those who write articles: journalists, editors, researchers. Whole lowercase words, in the
/// forms a bio uses (Polish in the instrumental); per language.
pub const BIO_ROLES: &[&str] = &[
    // en
    "professor",
    "journalist",
    "reporter",
    "writer",
    "author",
    "editor",
    "correspondent",
    "columnist",
    "contributor",
    "lecturer",
    "researcher",
    "historian",
    "economist",
    "fellow",
    "freelance",
    "blogger",
    // de
    "professorin",
    "journalistin",
    "redakteur",
    "redakteurin",
    "autor",
    "autorin",
    "korrespondent",
    "korrespondentin",
    "kolumnist",
    "kolumnistin",
    "ressort",
    "wissenschaftler",
    "wissenschaftlerin",
    // fr
    "journaliste",
    "rédacteur",
    "rédactrice",
    "professeur",
    "professeure",
    "auteur",
    "autrice",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "chercheur",
    "chercheuse",
    // es, it, pt
    "periodista",
    "redactor",
    "redactora",
    "profesor",
    "profesora",
    "autora",
    "corresponsal",
    "columnista",
    "investigador",
    "investigadora",
    "giornalista",
    "redattore",
    "redattrice",
    "professore",
    "professoressa",
    "autore",
    "corrispondente",
    "scrittore",
    "scrittrice",
    "jornalista",
    "repórter",
    "colunista",
    "pesquisador",
    "pesquisadora",
    // nl, pl, ru, uk, tr
    "redacteur",
    "hoogleraar",
    "schrijver",
    "verslaggever",
    "dziennikarz",
    "dziennikarzem",
    "dziennikarka",
    "dziennikarką",
    "redaktor",
    "redaktorem",
    "profesorem",
    "publicysta",
    "publicystą",
    "журналист",
    "корреспондент",
    "редактор",
    "профессор",
    "обозреватель",
    "журналіст",
    "кореспондент",
    "gazeteci",
    "muhabir",
    "editör",
    "yazar",
    "profesör",
];

/// Links back to a list or an index (`Zurück zum Lexikon`, `Back to top`): navigation, which pages repeat
/// between an article's sections. Lowercase prefixes of a line of at most `NAV_BACK_MAX_WORDS` words;
/// per language.
pub const NAV_BACK_LEADS: &[&str] = &[
    "back to",
    "zurück zum",
    "zurück zur",
    "zurück zu",
    "retour à",
    "retour au",
    "retour aux",
    "volver a",
    "volver al",
    "torna a",
    "torna al",
    "voltar para",
    "voltar ao",
    "terug naar",
    "powrót do",
    "wróć do",
    "назад к",
    "вернуться к",
    "повернутися до",
    "geri dön",
];

/// See `NAV_BACK_LEADS`.
pub const NAV_BACK_MAX_WORDS: usize = 6;

/// An embedded post's consent placeholder (`Wir respektieren deine Privatsphäre und stellen ohne dein
/// Einverständnis keine Verbindung zu Twitter her`): one of these, a network's name and the reader addressed.
/// Lowercase substrings; per language.
pub const EMBED_CONSENT_WORDS: &[&str] = &[
    "consent",
    "privacy",
    "einverständnis",
    "zustimmung",
    "einwilligung",
    "privatsphäre",
    "datenschutz",
    "consentement",
    "confidentialité",
    "consentimiento",
    "privacidad",
    "consenso",
    "consentimento",
    "toestemming",
    "zgody",
    "согласи",
    "izin",
];

/// An embed's consent placeholder is at most this long.
pub const EMBED_CONSENT_MAX_CHARS: usize = 300;
