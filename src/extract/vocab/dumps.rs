//! Word lists and thresholds of the plain-text dump extractor that are not shared with the HTML extractor.
//!
//! Values marked "swept" were calibrated on the dev dumps (`readability-text` scored with `score.py aeb`,
//! `snippets-text` with `score.py snippets`), keeping the best mean of the two body F1s.

/// End markers (see `boilerplate::END_MARKERS`) that a share bar prints: pages put share bars between the
/// paragraphs of an article as often as after it, so these end nothing; they are only furniture. Lowercase
/// prefixes of the line's label.
pub const SHARE_MARKERS: &[&str] = &[
    "share",
    "teilen",
    "diesen beitrag teilen",
    "partager",
    "compartir",
    "condividi",
    "compartilhar",
    "delen",
    "udostępnij",
    "поделиться",
    "paylaş",
];

/// Lines after an end marker searched for two paragraphs in a row, the sign that the article goes on after
/// an inline box (`Related`, `Most read`). A box holds three to ten headlines. Swept 6, 8, 12, 16: 12 is
/// the best mean (6 loses readability-text, 16 loses snippets-text).
pub const INLINE_WALL_PEEK: usize = 12;

/// Attributes that load from another host, the mark of a tracking pixel or an ad slot left as text.
pub const REMOTE_ATTRS: &[&str] = &["src=\"http", "src=\"//", "src=\" http", "href=\"http"];

/// Share of a line's characters inside tags for it to be markup rather than prose quoting a tag.
pub const MARKUP_MIN_SHARE: f32 = 0.5;

/// A subtitle at least this long is a lede paragraph, and stays in the body as well; a shorter one without a
/// full stop is a standfirst, kept apart. Swept 70, 90, 120.
pub const LEDE_BODY_MIN_CHARS: usize = 120;

/// Words of the calls to action that close a page's article block: newsletters, apps, social accounts,
/// subscriptions, comments. Lowercase substrings. One of these with a word addressing the reader, or two of
/// them, or one opening the line as an imperative (`Subscribe now …`), make a line a promotion (see
/// `SECOND_PERSON`).
pub const PROMO_WORDS: &[&str] = &[
    // en
    "newsletter",
    "subscribe",
    "sign up",
    "follow us",
    "follow the",
    "download the",
    "inbox",
    "latest news",
    "latest stories",
    "keep up with",
    "support our",
    "support us",
    "exclusive offers",
    "by email",
    // de
    "abonnieren",
    "abonniere",
    "postfach",
    "folgen sie uns",
    "folge uns",
    "klicken sie",
    "registrieren sie",
    "unterstützen sie",
    "unterstütze ",
    "jetzt registrieren",
    "exklusive angebote",
    "per e-mail",
    // fr
    "abonnez",
    "inscrivez",
    "suivez-nous",
    "téléchargez",
    "soutenez",
    "offres exclusives",
    "par e-mail",
    // es, pt, it
    "suscríbete",
    "suscribete",
    "síguenos",
    "siguenos",
    "cancela cuando",
    "assine",
    "siga-nos",
    "iscriviti",
    "abbonati",
    "seguici",
    "apóyanos",
    "ofertas exclusivas",
    "sostienici",
    // paywalls: the article stops for an offer
    "lesen sie weiter",
    "weiterlesen mit",
    "exklusiv für abonnenten",
    "continue reading with",
    "to continue reading",
    "subscribe to continue",
    "réservé aux abonnés",
    "para seguir leyendo",
    "riservato agli abbonati",
    // nl, pl
    "abonneer",
    "volg ons",
    "zapisz się",
    "subskrybuj",
    "obserwuj nas",
    "wesprzyj",
    // never miss: de, en, fr, es, it
    "verpasse keine",
    "verpassen sie keine",
    "nichts mehr verpassen",
    "nichts mehr versäumen",
    "don't miss",
    "never miss",
    "ne manquez",
    "no te pierdas",
    "non perdere",
];

/// A call to action set between paragraphs (`Sign up for our newsletter`) is at most this long; a longer
/// line naming a newsletter is a paragraph about one. Set by reading: the dev dumps' calls run to 130.
pub const PROMO_LINE_MAX_CHARS: usize = 200;

/// Words addressing the reader, which promotions use and reported articles rarely do. Whole words.
pub const SECOND_PERSON: &[&str] = &[
    "you", "your", "sie", "ihr", "ihre", "ihren", "ihnen", "du", "dich", "dir", "dein", "deine",
    "deinen", "vous", "votre", "vos", "tu", "tú", "te", "ti", "tuo", "tua", "você", "seu", "sua",
    "jij", "je", "jouw", "uw", "ty", "twój", "wy", "pan", "pani",
];

/// A short line just above the region that ends on a full stop joins it as the text's opening sentence when it
/// has at least this many words (`Thank you.` is a button's or a signature's). Set by reading.
pub const OPENING_SENTENCE_MIN_WORDS: usize = 3;

/// Lines at the end of the region searched for promotions. Swept 2, 3, 5: flat, 3 kept.
pub const TAIL_MAX_LINES: usize = 3;

/// Labels that open a box of links to other pages, set between paragraphs or after them (`Explore further`,
/// `Lesen Sie auch`): end markers, which `region::soften_inline_walls` turns into inline boxes when the
/// article goes on. Lowercase prefixes of a short line's label.
pub const BOX_OPENERS: &[&str] = &[
    "explore further",
    "read also",
    "read more:",
    "also read",
    "further reading",
    "more on this topic",
    "lesen sie auch",
    "lies auch",
    "auch interessant",
    "mehr dazu",
    "weitere informationen zum thema",
    "pour approfondir",
    "lire aussi",
    "à lire également",
    "voir aussi",
    "lee también",
    "leer más",
    "ver también",
    "leggi anche",
    "vedi anche",
    "leia mais",
    "saiba mais",
    "lees meer",
    "czytaj też",
    "czytaj także",
    "читайте также",
    "читайте також",
    // More labels of link boxes, by language (text dumps only; the HTML extractor reads the markup).
    "further reading",
    "recommended for you",
    "more like this",
    "you may also be interested",
    "verwandte themen",
    "verwandte artikel",
    "weitere inhalte",
    "weitere themen",
    "passend zum thema",
    "auch lesen",
    "lire aussi",
    "à lire également",
    "sur le même thème",
    "también te puede interesar",
    "notas relacionadas",
    "lo más visto",
    "más noticias",
    "leggi anche",
    "ti potrebbe interessare",
    "notícias relacionadas",
    "você pode gostar",
    "meer nieuws",
    "czytaj także",
    "czytaj też",
    "читайте еще",
    "по теме",
    "читайте ще",
    "ilginizi çekebilir",
    // A box of further links (`Weitere Informationen`, then headlines).
    "weitere informationen",
    "more information",
    "further information",
    "plus d'informations",
    "más información",
    "mais informações",
    "ulteriori informazioni",
    "meer informatie",
    "więcej informacji",
    "дополнительная информация",
    "додаткова інформація",
    "daha fazla bilgi",
    "lea también",
    "articles en relation",
    "dans la même rubrique",
    "relacionados",
    "relacionadas",
    // cs, sk
    "související",
    "čtěte také",
    "přečtěte si také",
    "súvisiace",
    "čítajte aj",
    "prečítajte si aj",
];

/// Phrases of a heading that offers other articles as what the reader may like (`Diese Artikel könnten dich
/// auch interessieren:`, `Stories you might also enjoy`): wherever they stand in a short line, it ends the
/// article like an end marker, and never announces a list of the article's own. Lowercase substrings, per
/// language (en, de, fr, es, it, pt, nl, pl, ru, uk, tr, zh, ja).
pub const RELATED_PHRASES: &[&str] = &[
    "may also like",
    "might also like",
    "may also enjoy",
    "might also enjoy",
    "also be interested in",
    "auch interessieren",
    "auch gefallen",
    "aussi aimer",
    "pourrait vous intéresser",
    "pourraient vous intéresser",
    "pourrait aussi vous plaire",
    "te puede interesar",
    "te pueden interesar",
    "también te puede gustar",
    "potrebbe interessarti",
    "potrebbero interessarti",
    "potrebbe piacerti",
    "você também pode gostar",
    "também pode gostar",
    "pode te interessar",
    "vind je misschien ook",
    "misschien ook interessant",
    "może cię zainteresować",
    "mogą cię zainteresować",
    "может быть интересно",
    "вам также может понравиться",
    "вас може зацікавити",
    "вам також може сподобатися",
    "ilginizi çekebilir",
    "hoşunuza gidebilir",
    "你可能也喜欢",
    "您可能也喜欢",
    "こちらもおすすめ",
    "あわせて読みたい",
];

/// A line with a phrase of `RELATED_PHRASES` is such a heading when it has at most this many words; a
/// sentence can say what its reader may like (`Freut mich, dass sie dir auch gefallen!`). Set by reading:
/// the headings of the dev dumps have two to seven words.
pub const RELATED_PHRASE_MAX_WORDS: usize = 8;

/// A box opener is a label, not a sentence that happens to start with one of the words.
pub const BOX_OPENER_MAX_CHARS: usize = 40;

/// Labels of a tag list (`Tags: bridges, council`, `Schlagwörter:` alone): pages print the tags after the
/// article and before its author box, teasers and comments, so a tag line ends the article like an end
/// marker. Matched as the whole label or as the label's start followed by a colon. Lowercase; per language
/// (en, de, fr, es, it, pt, nl, pl, ru, uk, tr, zh, ja); `topics` and `themen` only with a colon or an
/// `in this article` (alone they are also menu entries).
pub const TAG_LABELS: &[&str] = &[
    "tags",
    "tagged",
    "tagged with",
    "keywords",
    "topics in this article",
    "schlagwörter",
    "schlagworte",
    "stichwörter",
    "stichworte",
    "themen in diesem artikel",
    "mots-clés",
    "mots clés",
    "étiquettes",
    "etiquetas",
    "palabras clave",
    "parole chiave",
    "argomenti",
    "palavras-chave",
    "trefwoorden",
    "tagi",
    "słowa kluczowe",
    "теги",
    "метки",
    "ключевые слова",
    "теґи",
    "мітки",
    "ключові слова",
    "etiketler",
    "anahtar kelimeler",
    "标签",
    "タグ",
];

/// Tag labels that end the article only when a colon follows (`Themen: Brücken, Rat`).
pub const TAG_LABELS_WITH_COLON: &[&str] = &["topics", "themen", "temas", "sujets"];

/// Labels that lead a link to another article on the same line (`Read more: Budget under fire`): the line
/// is a link, not the article's sentence, when a colon or an ellipsis follows the label and the rest is a
/// headline (no full stop). Lowercase; per language.
pub const LINK_LEADS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "more",
    "lesen sie auch",
    "lesen sie hier",
    "auch lesen",
    "lies auch",
    "siehe auch",
    "mehr zum thema",
    "mehr",
    "weiterlesen",
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "lee también",
    "lea también",
    "ver también",
    "leia também",
    "veja também",
    "leia mais",
    "leggi anche",
    "vedi anche",
    "lees ook",
    "zie ook",
    "czytaj także",
    "czytaj też",
    "zobacz też",
    "zobacz także",
    "читайте также",
    "смотрите также",
    "читайте також",
    "дивіться також",
    "ayrıca okuyun",
    "ilgili haber",
    "相关阅读",
    "関連記事",
];

/// A link line led by one of `LINK_LEADS` is at most this long; a longer line is a paragraph quoting one.
pub const LINK_LEAD_MAX_CHARS: usize = 200;

/// Words that lead a clock time after a date on a meta line (`um 11:30 Uhr`, `à 09h08`, `at 2:54 pm`), per
/// language (en, de, fr, es, it, pt, nl, pl, ru, uk, tr). Lowercase.
pub const CLOCK_LEADS: &[&str] = &[
    "at", "um", "à", "a las", "a la", "alle", "às", "om", "o", "godz.", "в", "о", "saat",
];

/// Words that close a clock time (`11:30 Uhr`, `2:54 pm`). Lowercase.
pub const CLOCK_TAILS: &[&str] = &["uhr", "h", "pm", "am", "p.m.", "a.m.", "hrs", "hs"];

/// Labels of a picture's enlarge button, which dumps glue before the caption (`Vergrößern Die Brücke im
/// Nebel`): a line opening with one is a caption. Lowercase; per language.
pub const ENLARGE_LABELS: &[&str] = &[
    "vergrößern",
    "bild vergrößern",
    "enlarge",
    "enlarge image",
    "agrandir",
    "ampliar",
    "ingrandisci",
    "vergroten",
    "powiększ",
    "увеличить",
    "збільшити",
    "büyüt",
];

/// Labels of a table of contents (`Inhaltsverzeichnis`): furniture, as the entries repeat the headings
/// below. The whole label, lowercase; per language.
pub const TOC_LABELS: &[&str] = &[
    "table of contents",
    "contents",
    "inhaltsverzeichnis",
    "inhalt",
    "sommaire",
    "table des matières",
    "índice",
    "indice",
    "contenuti",
    "inhoud",
    "inhoudsopgave",
    "spis treści",
    "содержание",
    "оглавление",
    "зміст",
    "içindekiler",
    "目录",
    "目次",
];

/// Labels of an author box (`Autor`, `Zum Autor`, then a name and a bio): the article is over. Matched as
/// the whole label, lowercase; per language.
pub const AUTHOR_BOX_LABELS: &[&str] = &[
    "author",
    "about the writer",
    "autor",
    "autorin",
    "autoreninfo",
    "zum autor",
    "zur autorin",
    "der autor",
    "die autorin",
    "l'auteur",
    "l'autrice",
    "el autor",
    "la autora",
    "sull'autore",
    "o autor",
    "a autora",
    "de auteur",
    "over de auteur",
    "автор",
    "yazar",
    "作者",
];

/// Characters that never show: soft hyphens (`Ita\u{ad}li\u{ad}en`), zero-width spaces, word joiners, the
/// invisible operators some recipe plugins put after each line (U+2061–2064) and
/// byte-order marks. (Zero-width joiners stay: they shape emoji and Indic and Persian text.)
pub const INVISIBLE_CHARS: &[char] = &[
    '\u{00AD}', '\u{200B}', '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{FEFF}',
];

/// Link labels that close a teaser's blurb (`… mehr lesen`): a line ending in one leads to another page.
/// Lowercase.
pub const TEASER_TAILS: &[&str] = &[
    "read more",
    "continue reading",
    "mehr lesen",
    "weiterlesen",
    "lire la suite",
    "en savoir plus",
    "leer más",
    "seguir leyendo",
    "continua a leggere",
    "leggi tutto",
    "lees meer",
    "verder lezen",
    "czytaj więcej",
    "läs mer",
    "ler mais",
    "читать далее",
];

/// One-word link labels that close a teaser's blurb only after a finished sentence (`… im Visier. mehr`):
/// alone they end many a heading, but a sentence's full stop followed by a bare `more` is a link.
/// Lowercase. Per language: en, de, fr, es, it, pt, nl, pl, ru, uk, tr, ja/zh have none.
pub const TEASER_WORD_TAILS: &[&str] = &[
    "more",
    "mehr",
    "weiter",
    "plus",
    "suite",
    "más",
    "leer",
    "altro",
    "continua",
    "mais",
    "meer",
    "więcej",
    "далее",
    "ещё",
    "еще",
    "більше",
    "далі",
    "devamı",
];

/// Verbs that end a comment's signature line (`Jane Roe says:`, `Kritischer Leser sagt:`), which a thread
/// prints above each comment with its time. Lowercase, the line's last word before the colon; per language.
pub const SIGNATURE_VERBS: &[&str] = &[
    "says",
    "said",
    "wrote",
    "writes",
    "sagt",
    "schreibt",
    "meint",
    "dit",
    "écrit",
    "dice",
    "escribió",
    "scrive",
    "diz",
    "zegt",
    "schreef",
    "pisze",
    "napisał",
    "napisała",
    "пишет",
    "написал",
    "говорит",
    "пише",
    "diyor",
    "yazdı",
];
/// A signature line has at most this many words, the verb included: a name or a handle, then the verb.
pub const SIGNATURE_MAX_WORDS: usize = 5;
/// A comment's timestamp line (see `SIGNATURE_VERBS`) is at most this long: a date, a time, a permalink label.
pub const TIMESTAMP_MAX_CHARS: usize = 60;
