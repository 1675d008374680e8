//! Which line of a dump is the headline: the `<title>` line's headline part (without the site's name), and how
//! much a line by the body looks like it.

use super::lines::{Kind, Line, is_cjk, label_of, words_of};
use crate::extract::vocab::tuning;

/// Separators between a page's headline and its site name in a `<title>` line.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " « ",
];

/// A later part of a `<title>` with at least this many words is the headline when the first part is one word
/// (`BMAS - Änderung der Anforderungen`). Measured on the snippets dumps' `<title>` lines (gold titles): 3 takes
/// a site's three-word name for a headline, 4 is best, 5 and more keep one-word section names.
const TITLE_PHRASE_MIN_WORDS: usize = 4;

/// Whether a line may be a headline: a few words, not a sentence, not furniture.
pub fn headline_shaped(l: &Line) -> bool {
    if l.kind == Kind::Bad || l.text.ends_with(':') {
        return false;
    }
    let cjk = l.text.chars().filter(|c| is_cjk(*c)).count();
    if cjk * 2 >= l.chars {
        return (4..=tuning::TITLE_MAX_WORDS * 4).contains(&l.chars);
    }
    (1..=tuning::TITLE_MAX_WORDS).contains(&l.words)
        && l.chars >= 4
        && !label_of(&l.lower).is_empty()
}

/// Score of line `i` as the title, given the page's `<title>` line (the dump's first line) and the body start.
pub fn title_score(
    lines: &[Line],
    i: usize,
    page_title: Option<&str>,
    body_start: usize,
    is_meta: &dyn Fn(usize) -> bool,
) -> f32 {
    let l = &lines[i];
    let mut s = 0.0;
    if let Some(pt) = page_title
        && l.chars >= 8
    {
        if pt.contains(l.lower.as_str()) {
            let part = title_part_of(pt, &l.lower);
            s += match part {
                // The headline part itself: a title of one or two words is no label then.
                Some(TitlePart::Headline) if l.words <= 2 => 6.5,
                // Exactly the headline part beats a line that only contains it or part of it.
                Some(TitlePart::Headline) => 5.0,
                // The site's name, which the page also shows in its header.
                Some(TitlePart::Other) => 1.0,
                _ => 4.0,
            };
        } else {
            // A headline the `<title>` shortened or reworded still shares most of its words (CJK: characters).
            let pt_head = longest_title_part(pt);
            let share = shared_share(&l.lower, pt).max(shared_share(&pt_head, &l.lower));
            if share >= 0.5 {
                s += 3.5 * share;
            }
        }
    }
    if i == 0 || !headline_shaped(&lines[i - 1]) || is_meta(i - 1) {
        s += 1.0;
    }
    if (3..=20).contains(&l.words) || l.chars >= 12 && l.words <= 2 && l.text.chars().any(is_cjk) {
        s += 1.0;
    }
    // One or two words is a label, except in scripts written without spaces.
    if l.words <= 2 && !l.text.chars().any(is_cjk) {
        s -= 1.5;
    }
    if l.text.ends_with('.') {
        s -= 3.0;
    }
    if l.kind == Kind::Good {
        s -= 1.0;
    }
    s - 0.1 * body_start.saturating_sub(i) as f32
}

/// Share of `line`'s words (for CJK, characters) that also occur in `page_title`.
fn shared_share(line: &str, page_title: &str) -> f32 {
    if line.chars().any(is_cjk) {
        let cs: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
        let n = cs.iter().filter(|c| page_title.contains(**c)).count();
        return n as f32 / cs.len().max(1) as f32;
    }
    let title_words: Vec<&str> = words_of(page_title).collect();
    let ws: Vec<&str> = words_of(line).collect();
    let n = ws.iter().filter(|w| title_words.contains(w)).count();
    n as f32 / ws.len().max(1) as f32
}

/// The headline part of a page's `<title>` line: the longest part between site-name separators.
/// The headline inside a title line that carries more before it (`Home News Bridge closes`, `1 Comment on
/// Bridge closes`): when the line ends with the headline part of the page's `<title>`, that part, unless a
/// colon or a dash sets the words before it apart (`Budget: Bridge closes` is a kicker the page titles with).
pub fn trim_title_prefix(line: &str, page_title: &str) -> Option<String> {
    let head = longest_title_part(page_title);
    let n = head.chars().count();
    let total = line.chars().count();
    if head.split_whitespace().count() < tuning::TITLE_TAIL_MIN_WORDS || n >= total {
        return None;
    }
    let cut = line.char_indices().nth(total - n).map(|(i, _)| i)?;
    let (prefix, tail) = line.split_at(cut);
    let kicker = prefix.trim_end().ends_with([':', '-', '–', '—', '|']);
    (tail.to_lowercase() == head.to_lowercase() && !kicker).then(|| tail.to_string())
}

/// Whether a line joins a headline and a site name the way a `<title>` does (`Bridge closes | Town Post`):
/// then it is the page's title even when it reads as a sentence.
pub fn has_title_separator(t: &str) -> bool {
    TITLE_SEPARATORS.iter().any(|sep| t.contains(sep))
}

///
/// `Headline | Site` is the common order, so the first part; but a first part of one word is the site's
/// name or a section (`BMAS - Änderung der …`) when a later part is a phrase, and then the longest later part.
pub fn headline_of_page_title(t: &str) -> String {
    match title_parts(t) {
        Some(parts) => headline_part(&parts).to_string(),
        None => t.trim().to_string(),
    }
}

/// The longest part of a `<title>` line: the part whose words a reworded or prefixed headline line still
/// carries (a kicker or a site name is short).
fn longest_title_part(t: &str) -> String {
    title_parts(t)
        .and_then(|parts| parts.into_iter().max_by_key(|p| p.chars().count()))
        .unwrap_or(t)
        .trim()
        .to_string()
}

/// The parts of a `<title>` line split at its first separator kind, or `None` without one.
fn title_parts(t: &str) -> Option<Vec<&str>> {
    let sep = TITLE_SEPARATORS.iter().find(|sep| t.contains(**sep))?;
    Some(t.split(sep).map(str::trim).collect())
}

/// The headline among a `<title>`'s parts (see `headline_of_page_title`).
fn headline_part<'a>(parts: &[&'a str]) -> &'a str {
    let first = parts.first().copied().unwrap_or("");
    let later = parts
        .iter()
        .skip(1)
        .copied()
        .max_by_key(|p| p.chars().count())
        .unwrap_or("");
    let one_word = first.split_whitespace().count() <= 1;
    // A domain (`example.org`) is the site's name, whatever follows it.
    let domain = one_word && first.trim_end_matches('.').contains('.') && !later.is_empty();
    if domain || one_word && later.split_whitespace().count() >= TITLE_PHRASE_MIN_WORDS {
        later
    } else {
        first
    }
}

/// Which part of the page's `<title>` a line repeats whole.
#[derive(Debug, PartialEq)]
enum TitlePart {
    Headline,
    Other,
}

/// Whether `line` is exactly one part of `page_title` (both lowercase): its headline part or another one (the
/// site's name, a section).
fn title_part_of(page_title: &str, line: &str) -> Option<TitlePart> {
    let line = line.trim();
    let parts = title_parts(page_title)?;
    if headline_part(&parts) == line {
        Some(TitlePart::Headline)
    } else if parts.contains(&line) {
        Some(TitlePart::Other)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breadcrumbs_leave_the_title_but_kickers_stay() {
        let pt = "Bridge closes after council vote | Town Post";
        assert_eq!(
            trim_title_prefix("Home News Bridge closes after council vote", pt).as_deref(),
            Some("Bridge closes after council vote")
        );
        assert_eq!(
            trim_title_prefix(
                "Startseite » Lokales » Brücke nach Abstimmung gesperrt",
                "Brücke nach Abstimmung gesperrt - Stadtanzeiger"
            )
            .as_deref(),
            Some("Brücke nach Abstimmung gesperrt")
        );
        // A kicker set off by a colon or a dash belongs to the headline.
        assert_eq!(
            trim_title_prefix("Verkehr: Bridge closes after council vote", pt),
            None
        );
        assert_eq!(
            trim_title_prefix("Ciudad - Bridge closes after council vote", pt),
            None
        );
        // A short `<title>` part ends lines by chance.
        assert_eq!(
            trim_title_prefix("Our new bridge", "New bridge | Town Post"),
            None
        );
    }

    #[test]
    fn a_sentence_shaped_title_line_is_still_the_title_when_it_names_the_site() {
        let mut page = vec![
            "La commune ferme son vieux pont, qui enjambait la rivière depuis 1890 | Journal du Val",
            "Accueil",
            "Menu",
        ];
        let para = "Le conseil municipal a voté mardi la fermeture du vieux pont, qui enjambe la rivière depuis 1890.";
        page.extend([para; 6]);
        let ex = crate::extract::text::extract(&page.join("\n"));
        assert_eq!(
            ex.fields.title.as_deref(),
            Some("La commune ferme son vieux pont, qui enjambait la rivière depuis 1890")
        );
    }

    #[test]
    fn the_headline_part_of_a_page_title_is_first_unless_a_site_name_leads() {
        for (pt, head) in [
            ("Faire Preise | Stadtwerke Nord", "Faire Preise"),
            ("Emden - Sehenswürdigkeiten am Hafen", "Emden"),
            (
                "Ciudad - El puente cierra tras la votación del consejo",
                "El puente cierra tras la votación del consejo",
            ),
            ("stadtpost.de - Neue Brücke", "Neue Brücke"),
            ("Il ponte chiude", "Il ponte chiude"),
        ] {
            assert_eq!(headline_of_page_title(pt), head, "{pt}");
        }
    }

    #[test]
    fn a_line_repeating_the_headline_part_beats_the_site_name_line() {
        let mut page = vec![
            "Kleine Brückenkunde | Das Blog vom Fluss",
            "Das Blog vom Fluss",
            "Start",
            "Archiv",
            "Kleine Brückenkunde",
        ];
        let para = "Die Brücke über den Fluss wurde im Jahr 1890 gebaut und seitdem dreimal erneuert, zuletzt nach dem Hochwasser.";
        page.extend([para; 6]);
        let ex = crate::extract::text::extract(&page.join("\n"));
        assert_eq!(ex.fields.title.as_deref(), Some("Kleine Brückenkunde"));

        let mut page = vec![
            "Vieux ponts | Le journal de la vallée et de ses communes",
            "Le journal de la vallée et de ses communes",
            "Accueil",
            "Vieux ponts",
        ];
        let para = "Le conseil municipal a voté mardi la fermeture du vieux pont, qui enjambe la rivière depuis 1890.";
        page.extend([para; 6]);
        let ex = crate::extract::text::extract(&page.join("\n"));
        assert_eq!(ex.fields.title.as_deref(), Some("Vieux ponts"));
    }
}
