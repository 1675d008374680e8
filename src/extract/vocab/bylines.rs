//! Bylines and date labels by language: how a page says who wrote the article and when.

/// Prefixes that open a byline (`By Jane Roe`), lowercase, each with the space or colon it ends with.
pub const BYLINE_PREFIXES: &[&str] = &[
    // en
    "by ",
    "written by ",
    "words by ",
    "story by ",
    "text by ",
    "author: ",
    "authors: ",
    "posted by ",
    "reported by ",
    "report by ",
    // de
    "von ",
    "autor: ",
    "autorin: ",
    "text: ",
    "ein beitrag von ",
    "geschrieben von ",
    // fr
    "par ",
    "auteur : ",
    "auteur: ",
    "auteure : ",
    "écrit par ",
    "rédigé par ",
    // es
    "por ",
    "autor: ",
    "escrito por ",
    "redacción: ",
    // it
    "di ",
    "a cura di ",
    "autore: ",
    "scritto da ",
    // pt
    "por ",
    "autor: ",
    "escrito por ",
    "texto: ",
    // nl
    "door ",
    "auteur: ",
    "geschreven door ",
    // pl
    "autor: ",
    "autorka: ",
    "tekst: ",
    "napisał ",
    "napisała ",
    // ru
    "автор: ",
    "автор ",
    "текст: ",
    "текст ",
    "автор материала: ",
    // uk
    "автор: ",
    "автор ",
    "текст: ",
    "авторка: ",
    // tr
    "yazar: ",
    "yazan: ",
    "haber: ",
    "muhabir: ",
    // zh
    "作者：",
    "作者:",
    "文／",
    "文/",
    "记者 ",
    "記者 ",
    "撰文：",
    // ja
    "著者：",
    "文：",
    "執筆：",
    "筆者：",
];

/// Words that join several authors' names (`Jane Roe and John Doe`), as separate words.
pub const NAME_JOINERS: &[&str] = &[
    "and", "und", "et", "y", "e", "i", "en", "и", "і", "та", "ve", "oraz",
];

/// Words of a job title or a desk, which end the names in a byline (`Jane Roe, Senior Editor`).
pub const ROLE_WORDS: &[&str] = &[
    "editor",
    "reporter",
    "correspondent",
    "writer",
    "staff",
    "senior",
    "contributor",
    "columnist",
    "technologist",
    "director",
    "professor",
    "analyst",
    "producer",
    "photographer",
    "desk",
    "team",
    "redaktion",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "rédaction",
    "rédacteur",
    "correspondant",
    "redacción",
    "redactor",
    "corresponsal",
    "redazione",
    "redação",
    "repórter",
    "redactie",
    "redakcja",
    "редакция",
    "корреспондент",
    "редакція",
    "кореспондент",
    "muhabiri",
    "editörü",
    "redactora",
    "periodista",
    "reportera",
    "journalist",
    "journaliste",
    "giornalista",
    "jornalista",
    "dziennikarz",
    "dziennikarka",
    "журналист",
    "журналістка",
    "журналіст",
    "muhabir",
    "gazeteci",
    "contributing",
];

/// Professions written before a name in a credit line ("Autor: Rechtsanwalt Jan Roe"), lowercase; dropped when a
/// name of two words or more follows. Academic titles ("Dr.", "Prof.") are part of the name as written and stay.
pub const LEADING_PROFESSIONS: &[&str] = &[
    "rechtsanwalt",
    "rechtsanwältin",
    "fachanwalt",
    "fachanwältin",
    "notar",
    "notarin",
    "steuerberater",
    "steuerberaterin",
    "attorney",
    "lawyer",
    "avocat",
    "avocate",
    "abogado",
    "abogada",
    "avvocato",
    "advogado",
    "advogada",
    "advocaat",
    "adwokat",
    "radca",
    "адвокат",
    "avukat",
];

/// Labels that say a date is the publication date, lowercase.
pub const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "posted on",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publié le",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
    "опубликовано",
    "опубліковано",
    "yayınlanma",
    "yayın tarihi",
    "发布",
    "发布时间",
    "公開",
    "投稿日",
];

/// Labels that say a date is a later revision, lowercase: such a date is `modified`, not `published`.
pub const MODIFIED_LABELS: &[&str] = &[
    "updated",
    "last updated",
    "modified",
    "aktualisiert",
    "zuletzt aktualisiert",
    "mis à jour",
    "actualizado",
    "actualizada",
    "aggiornato",
    "atualizado",
    "atualizada",
    "bijgewerkt",
    "zaktualizowano",
    "aktualizacja",
    "обновлено",
    "оновлено",
    "güncellendi",
    "güncelleme",
    "更新",
    "更新日",
    "最終更新",
];

/// Words joining a name to the date on a meta line (`Jane Roe on June 9`, `Hans Roth am 9. Juni`).
pub const DATE_JOINERS: &[&str] = &["on", "am", "le", "el", "il", "em", "op"];

/// Parts of a class or id that mark an element holding the author's name (`author-name`, `byline`,
/// `c-article-writer`), matched inside each class token, lowercase.
pub const AUTHOR_CLASS_WORDS: &[&str] =
    &["author", "byline", "writer", "autor", "auteur", "zuozhe"];

/// Parts of a class or id that mark the author's picture, biography or links rather than the name itself.
pub const AUTHOR_CLASS_NOT: &[&str] = &[
    "avatar", "image", "img", "photo", "pic", "bio", "desc", "about", "social", "follow", "more",
    "date", "time", "comment", "share", "label", "title",
];

/// Parts of a class or id of a container whose authors are not the article's: comment threads, replies, teasers
/// of other articles.
pub const AUTHOR_CLASS_OUTSIDE: &[&str] = &[
    "comment",
    "reply",
    "replies",
    "respond",
    "disqus",
    "related",
    "teaser",
    "recommend",
];

/// Words that make a name an organisation's (legal forms and kinds of body), lowercase, whole words.
pub const ORGANISATION_WORDS: &[&str] = &[
    "gmbh",
    "ag",
    "e.v.",
    "ev",
    "ltd",
    "ltd.",
    "inc",
    "inc.",
    "llc",
    "plc",
    "corp",
    "corp.",
    "s.a.",
    "sa",
    "srl",
    "s.r.l.",
    "s.l.",
    "bv",
    "b.v.",
    "nv",
    "kg",
    "ohg",
    "gbr",
    "ug",
    "oy",
    "ab",
    "as",
    "verlag",
    "stiftung",
    "verband",
    "verein",
    "foundation",
    "association",
    "institut",
    "institute",
    "university",
    "universität",
    "ministerium",
    "ministry",
    "agency",
    "agentur",
];

/// Endings of a word that make a name an organisation's ("Hanns-Seidel-Stiftung", "Bauernverband").
pub const ORGANISATION_ENDINGS: &[&str] = &["stiftung", "verband", "verlag", "gmbh"];

/// Meta tags named only `date` (`<meta name="date">`, Dublin Core's `dc.date`): as often the page's last change as
/// its publication, so they rank after the dates the page shows. Calibrated on the snippets dev set, where the
/// date by the headline was right in 5 of 6 disagreements with them.
pub const WEAK_META_DATES: &[&str] = &["date", "dc.date", "dcterms.date", "dc:date"];

/// Labels that open a line giving the publication date (`Veröffentlichung: 04.02.2022`, `Publié le 3 mars`),
/// lowercase; such a line is taken wherever it stands on the page.
pub const DATE_LINE_LABELS: &[&str] = &[
    "published",
    "published on",
    "publication date",
    "date published",
    "posted on",
    "veröffentlicht",
    "veröffentlicht am",
    "veröffentlichung",
    "erschienen am",
    "erstellt am",
    "publié le",
    "date de publication",
    "publicado el",
    "publicado em",
    "fecha de publicación",
    "pubblicato il",
    "data di pubblicazione",
    "gepubliceerd op",
    "data publikacji",
    "opublikowano",
    "дата публикации",
    "опубликовано",
    "опубліковано",
    "yayınlanma tarihi",
    "发布时间",
    "发布日期",
    "公開日",
    "投稿日",
];

/// Elements whose `<time>`s date something else than the article: today's date in the navigation. Not `aside`,
/// `footer` or a "sidebar" class: themes put the article's own date in those as often as not (a blog's
/// content column named `sidebar` on the snippets dev set).
pub const TIME_FURNITURE_TAGS: &[&str] = &["nav"];

/// Class or id tokens starting with these mark navigation (`navtop`, `navbar`, `navigation`).
pub const TIME_FURNITURE_CLASS_STARTS: &[&str] = &["nav"];

/// Class or id tokens containing these mark a comment section (`comment-list`, `kb-comments`, `kommentare`).
pub const TIME_FURNITURE_CLASS_WORDS: &[&str] =
    &["comment", "kommentar", "commentaire", "comentario"];

/// A UTC timestamp before this hour may fall on the previous day where the page was written (the Americas are
/// up to 10 hours behind UTC): then a date the page shows for that previous day wins.
pub const UTC_EARLY_HOURS: u32 = 12;

/// Days a page's metadata date may lie after the day in its URL before the URL's day is taken instead (a page
/// re-saved years later keeps its URL). A week leaves room for late edits stamped as publication.
pub const URL_DAY_SLACK_DAYS: i64 = 7;

/// Characters a dateline's date may stand from the start of a paragraph ("BERLIN, 3. Mai 2022 –": a place name
/// and a comma before it).
pub const DATELINE_REACH: usize = 30;
