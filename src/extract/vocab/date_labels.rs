//! Date labels and date thresholds by language: how a page says when the article was published or changed,
//! and where a date may stand.

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

/// Meta tags named only `date` (`<meta name="date">`, Dublin Core's `dc.date`): as often the page's last change as
/// its publication, so they rank after the dates the page shows. Calibrated on the snippets dev set, where the
/// date by the headline was right in 5 of 6 disagreements with them.
pub const WEAK_META_DATES: &[&str] = &["date", "dc.date", "dcterms.date", "dc:date"];

/// Words that say a date follows (`Jane Roe, published 3 May`, `veröffentlicht am …`): one after a byline's names
/// ends them.
pub const PUBLISHED_WORDS: &[&str] = &[
    "published",
    "updated",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
    "опубликовано",
];

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
