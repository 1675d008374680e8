//! Trims at the end of the article's region: a list of teasers, calls to action, an author's profile box.
//! Each returns where the region ends instead; none moves its start.

use super::head;
use super::lines::{Kind, Line, words_of};
use crate::extract::vocab::{boilerplate, dumps, tuning};

/// Cuts a list of teasers off the end of a region: units of two or more short lines (a kicker and a
/// headline) followed by one line of prose (the blurb), repeated up to the region's end. An article's
/// own headings come one at a time between paragraphs.
pub(super) fn trim_teasers(lines: &[Line], s: usize, e: usize) -> usize {
    let prose = |k: Kind| matches!(k, Kind::Good | Kind::Near);
    let mut cut = e;
    let mut units = 0;
    // Where the cut stands after the last unit of two or more short lines, and after the last unit of any.
    let mut paired = (e, 0);
    loop {
        if cut < s + 3 || !prose(lines[cut - 1].kind) {
            break;
        }
        let mut k = cut - 1;
        while k > s && lines[k - 1].kind == Kind::Short {
            k -= 1;
        }
        // Ingredients and their steps, typed lists and numbered steps are not teasers.
        if k == s || cut - 1 == k || lines[k..cut].iter().any(|l| l.list_item || l.bullet) {
            break;
        }
        // A lone heading over a blurb: a teaser only when the blurb is short and the heading no label.
        let lone = cut - 1 - k < 2;
        if lone
            && (lines[cut - 1].chars > tuning::TEASER_BLURB_MAX_CHARS
                || lines[k].words < tuning::TEASER_HEADLINE_MIN_WORDS
                || super::lines::ends_sentence(&lines[k].text))
        {
            break;
        }
        units += 1;
        cut = k;
        if !lone {
            paired = (cut, units);
        }
    }
    if units >= tuning::TEASER_LONE_MIN_UNITS {
        cut
    } else if paired.1 >= tuning::TEASER_MIN_UNITS.max(1) {
        paired.0
    } else {
        e
    }
}

/// Whether a line is a call to action (newsletter, app, social accounts, subscription) rather than the
/// article's own closing sentence: promotion words, and the reader addressed.
pub fn is_promo(l: &Line) -> bool {
    let hits = dumps::PROMO_WORDS
        .iter()
        .filter(|w| l.lower.contains(*w))
        .count();
    if hits != 1 {
        return hits >= 2;
    }
    // An imperative opening the line (`Sign up to get …`) addresses the reader without a pronoun.
    let head = l.lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    dumps::PROMO_WORDS.iter().any(|w| head.starts_with(w))
        || words_of(&l.lower).any(|w| dumps::SECOND_PERSON.contains(&w))
        || words_of(&l.lower)
            .filter(|w| boilerplate::SOCIAL_NETWORKS.contains(w))
            .count()
            >= 2
}

/// A call to action set between paragraphs: short, and a promotion (see `is_promo`).
pub fn is_inline_promo(l: &Line) -> bool {
    l.chars <= dumps::PROMO_LINE_MAX_CHARS && is_promo(l)
}

/// Cuts calls to action off the end of a region, and the headings and labels left bare before them.
pub fn trim_promos(lines: &[Line], s: usize, e: usize) -> usize {
    let lo = e.saturating_sub(dumps::TAIL_MAX_LINES).max(s + 1);
    let Some(first) = (lo..e).find(|&k| is_promo(&lines[k])) else {
        return e;
    };
    let mut cut = first;
    while cut > s + 1 && matches!(lines[cut - 1].kind, Kind::Short | Kind::Bad) {
        cut -= 1;
    }
    cut
}

/// Cuts an author box off the end of a region: a bare name among the last lines, followed by no more
/// than `AUTHOR_BOX_MAX_LINES` lines of bio and preceded perhaps by a short label (`Author`). An article
/// does not end on a lone name and a paragraph about a person, but a profile box always does.
pub fn trim_author_box(lines: &[Line], s: usize, e: usize) -> usize {
    let prose = |k: Kind| matches!(k, Kind::Good | Kind::Near);
    let lo = e
        .saturating_sub(tuning::AUTHOR_BOX_MAX_LINES + 1)
        .max(s + 3);
    for k in lo..e {
        let after = &lines[k + 1..e];
        if head::bare_name(&lines[k]).is_none()
            || after.is_empty()
            || !after.iter().any(|l| prose(l.kind))
        {
            continue;
        }
        let label = &lines[k - 1];
        let labelled = label.kind == Kind::Short
            && label.words <= tuning::AUTHOR_LABEL_MAX_WORDS
            && head::bare_name(label).is_none()
            && !label.text.chars().any(|c| c.is_ascii_digit());
        // A bio speaks of the person: it opens with the name, or goes on from it (`ist …`), or is labelled.
        // Without that, two capitalized words are as likely a section heading.
        let first = after[0].text.split_whitespace().next().unwrap_or_default();
        let about = labelled
            || after[0].text.starts_with(lines[k].text.as_str())
            || first.chars().next().is_some_and(char::is_lowercase);
        if !about {
            continue;
        }
        return if labelled { k - 1 } else { k };
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::text::lines::classify_all as lines;

    const PARA: &str = "The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1890.";

    #[test]
    fn author_box_leaves_the_end() {
        let ls = lines(&[
            PARA,
            PARA,
            PARA,
            PARA,
            "Author",
            "Mara Feld",
            "Mara Feld is a reporter who has covered the city hall and its budgets for a decade, mostly on foot.",
        ]);
        assert_eq!(trim_author_box(&ls, 0, ls.len()), 4);
    }

    #[test]
    fn lone_headlines_with_short_blurbs_leave_the_end() {
        let de = "Die Stadt erklärt, warum die Fähre ab Mai stündlich fährt und was die Fahrkarten kosten.";
        let es = "El ayuntamiento explica por qué el ferry saldrá cada hora desde mayo y cuánto costará.";
        let mut texts = vec![PARA; 6];
        texts.extend([
            "Neue Fähre für das ganze Tal",
            de,
            "El ferry llega por fin al valle",
            es,
            "Neue Fähre für das ganze Tal",
            de,
        ]);
        let ls = lines(&texts);
        assert_eq!(trim_teasers(&ls, 0, ls.len()), 6);
        // Two such pairs are an article's closing sections, and so are short headings or sentences.
        let ls = lines(&texts[..10]);
        assert_eq!(trim_teasers(&ls, 0, ls.len()), 10);
        let mut steps = vec![PARA; 6];
        steps.extend([
            "Bake the biscuits for eight minutes.",
            de,
            "Let them cool on the tray.",
            es,
            "Keep them in a closed tin.",
            de,
        ]);
        let ls = lines(&steps);
        assert_eq!(trim_teasers(&ls, 0, ls.len()), ls.len());
    }

    #[test]
    fn closing_section_heading_stays() {
        let ls = lines(&[
            PARA,
            PARA,
            PARA,
            PARA,
            "Lange Geschichte",
            "Die Abstimmung mit den Beteiligten erfordere nach wie vor Geduld, sagte die Sprecherin der Stadt.",
        ]);
        assert_eq!(trim_author_box(&ls, 0, ls.len()), ls.len());
    }

    #[test]
    fn calls_to_action_leave_the_end() {
        let ls = lines(&[
            PARA,
            PARA,
            PARA,
            "Newsletter",
            "Die wichtigsten Nachrichten der Woche jeden Freitag direkt in dein Postfach!",
            "Follow us on Twitter and sign up for our newsletter to get the latest news from your town.",
        ]);
        assert_eq!(trim_promos(&ls, 0, ls.len()), 3);
    }

    #[test]
    fn a_paywall_offer_leaves_the_end() {
        let ls = lines(&[
            PARA,
            PARA,
            PARA,
            "Wählen Sie Ihr Angebot und lesen Sie weiter:",
        ]);
        assert_eq!(trim_promos(&ls, 0, ls.len()), 3);
        let ls = lines(&[PARA, PARA, PARA, "To continue reading, choose your plan:"]);
        assert_eq!(trim_promos(&ls, 0, ls.len()), 3);
    }

    #[test]
    fn a_call_to_follow_on_networks_leaves_the_end() {
        for t in [
            "Síguenos en Telegram, Instagram, Facebook y Twitter",
            "Folgen Sie uns auf Instagram und Facebook",
            "Follow the Town Post on Twitter and Instagram",
        ] {
            let ls = lines(&[PARA, PARA, PARA, t]);
            assert_eq!(trim_promos(&ls, 0, ls.len()), 3, "{t}");
        }
    }

    #[test]
    fn a_closing_sentence_naming_a_network_stays() {
        let ls = lines(&[
            PARA,
            PARA,
            "The mayor said on Twitter that the bridge would reopen after repairs next spring.",
        ]);
        assert_eq!(trim_promos(&ls, 0, ls.len()), ls.len());
    }
}
