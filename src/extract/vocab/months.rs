//! Month names and abbreviations by language, as dates are written in page text and metadata.
//!
//! Nominative and genitive forms both appear (`июнь` / `июня`, `czerwiec` / `czerwca`), as do abbreviations
//! with or without their dot (`févr.`, `Sept`). A name shared by several languages (`april`, `mai`) is listed
//! once per language; the lookup folds duplicates.

/// `(name, month number)` for en, de, fr, es, it, pt, nl, pl, ru, uk, tr, and the Nordic languages.
pub const MONTHS: &[(&str, u8)] = &[
    // en
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    // de
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("mai", 5), ("juni", 6),
    ("juli", 7), ("oktober", 10), ("dezember", 12), ("mär", 3), ("okt", 10), ("dez", 12),
    // fr
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("decembre", 12), ("janv", 1), ("févr", 2), ("fév", 2), ("avr", 4), ("juil", 7),
    ("déc", 12),
    // es
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
    ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11),
    ("diciembre", 12), ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
    // it
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12), ("gen", 1), ("mag", 5), ("giu", 6),
    ("lug", 7), ("set", 9), ("ott", 10),
    // pt
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6),
    ("julho", 7), ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12), ("fev", 2),
    ("out", 10),
    // nl
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8),
    ("mrt", 3),
    // pl (nominative, then genitive as dates use it)
    ("styczeń", 1), ("luty", 2), ("marzec", 3), ("kwiecień", 4), ("maj", 5), ("czerwiec", 6),
    ("lipiec", 7), ("sierpień", 8), ("wrzesień", 9), ("październik", 10), ("listopad", 11),
    ("grudzień", 12), ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5),
    ("czerwca", 6), ("lipca", 7), ("sierpnia", 8), ("września", 9), ("października", 10),
    ("listopada", 11), ("grudnia", 12),
    // ru
    ("январь", 1), ("февраль", 2), ("март", 3), ("апрель", 4), ("май", 5), ("июнь", 6), ("июль", 7),
    ("август", 8), ("сентябрь", 9), ("октябрь", 10), ("ноябрь", 11), ("декабрь", 12),
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6), ("июля", 7),
    ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
    ("янв", 1), ("фев", 2), ("апр", 4), ("авг", 8), ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11),
    ("дек", 12),
    // uk
    ("січень", 1), ("лютий", 2), ("березень", 3), ("квітень", 4), ("травень", 5), ("червень", 6),
    ("липень", 7), ("серпень", 8), ("вересень", 9), ("жовтень", 10), ("листопад", 11), ("грудень", 12),
    ("січня", 1), ("лютого", 2), ("березня", 3), ("квітня", 4), ("травня", 5), ("червня", 6),
    ("липня", 7), ("серпня", 8), ("вересня", 9), ("жовтня", 10), ("листопада", 11), ("грудня", 12),
    // tr
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6), ("temmuz", 7),
    ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    // sv, da, no
    ("augusti", 8), ("marts", 3), ("desember", 12), ("okt", 10),
];

/// Month number of `name` (any case, a trailing dot allowed), if it is a month in a known language.
pub fn month_number(name: &str) -> Option<u8> {
    let n = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == n).map(|(_, v)| *v)
}
