//! The article's region: the run of lines where prose outweighs everything else.
//!
//! Each line brings its length when it is prose and costs a fixed amount when it is not; the article is the
//! run with the greatest sum (a maximum-subarray search), which keeps headings and short lines between
//! paragraphs and leaves menus, teasers and footers outside. Headings that end an article (`Comments`) are
//! walls a region cannot cross once it holds prose.

use super::lines::{Kind, Line};
use super::{trims, widen};
use crate::extract::vocab::{dumps, tuning};

/// Marks end markers that an article goes on after as soft (see `Line::soft_end`): a `Related` box or a
/// `Most read` list set inside the text is followed, within a few lines, by two paragraphs in a row, while
/// the real end is followed by teasers (a headline, one blurb) or comments. Comment headings stay walls, as
/// a thread can hold paragraphs in a row.
pub fn soften_inline_walls(lines: &mut [Line]) {
    let prose = |l: &Line| matches!(l.kind, Kind::Good | Kind::Near);
    for i in 0..lines.len() {
        if !lines[i].end_marker || lines[i].soft_end || lines[i].comment_marker {
            continue;
        }
        let end = (i + 1 + dumps::INLINE_WALL_PEEK).min(lines.len());
        if (i + 1..end.saturating_sub(1)).any(|j| prose(&lines[j]) && prose(&lines[j + 1])) {
            lines[i].soft_end = true;
        }
    }
}

/// Marks the signatures of a comment thread (`Jane Roe says:`, then the comment's date and time on the next
/// line) as comment headings: a thread that prints no `Comments` heading of its own is known by them, and
/// the article above keeps the region.
pub fn mark_comment_signatures(lines: &mut [Line]) {
    for i in 0..lines.len().saturating_sub(1) {
        if is_signature(&lines[i]) && is_timestamp(&lines[i + 1].text) {
            lines[i].end_marker = true;
            lines[i].comment_marker = true;
            lines[i].soft_end = false;
        }
    }
}

/// A short line whose last word, before a colon, is a verb of saying.
fn is_signature(l: &Line) -> bool {
    let Some(head) = l.lower.trim_end().strip_suffix(':') else {
        return false;
    };
    l.words <= dumps::SIGNATURE_MAX_WORDS
        && l.words >= 2
        && head
            .split_whitespace()
            .last()
            .is_some_and(|w| dumps::SIGNATURE_VERBS.contains(&w))
}

/// A date with a clock time on a short line (`3. November 2023 um 20:14 Uhr`, `May 2, 2021 at 9:05 pm`): a
/// time `h:mm` and a four-digit year.
fn is_timestamp(text: &str) -> bool {
    let cs: Vec<char> = text.chars().collect();
    if cs.len() > dumps::TIMESTAMP_MAX_CHARS {
        return false;
    }
    let clock = cs.windows(4).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], ':' | '.')
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    });
    let year = cs.windows(4).any(|w| w.iter().all(char::is_ascii_digit));
    clock && year
}

/// A heading that opens a comment thread (`Kommentare`, `Leave a reply`); a count (`12 comments`) is
/// as often a teaser's counter in a list before the article.
fn is_comment_heading(l: &Line) -> bool {
    l.comment_marker && !l.soft_end && !l.text.chars().any(|c| c.is_ascii_digit())
}

/// What a line brings to a region.
pub(super) fn gain(l: &Line) -> f32 {
    match l.kind {
        Kind::Good => (l.chars as f32).min(tuning::LINE_GAIN_CAP),
        Kind::Near => (l.chars as f32 * tuning::NEAR_WEIGHT).min(tuning::LINE_GAIN_CAP),
        Kind::Short if l.list_item || l.bullet => tuning::LIST_ITEM_GAIN,
        // A short sentence (a recipe's step, a one-line remark) is the article's more often than a menu's.
        Kind::Short if l.words >= 3 && l.text.ends_with('.') => -tuning::SENTENCE_COST,
        Kind::Short => -tuning::SHORT_COST,
        Kind::Bad => -tuning::BAD_COST,
    }
}

/// A run of lines `[start, end)` and its summed gain.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub gain: f32,
}

/// Best runs, best first: a maximum-subarray pass that closes a run whenever its sum would fall to zero
/// (or at a wall), each run cut at the line where its running sum peaked.
pub(super) fn runs(lines: &[Line]) -> Vec<Run> {
    let mut out = Vec::new();
    // The open run: its start, its running sum, and where that sum peaked.
    let mut start = 0;
    let mut sum = 0.0f32;
    let mut peak = Run {
        start: 0,
        end: 0,
        gain: 0.0,
    };
    let mut has_prose = false;
    // Once an article-sized run has met a wall, what follows is comments and related lists: discounted.
    let mut weight = 1.0f32;
    // The best gain closed so far: a comment heading ends the article even when a share bar or a tag list
    // stands between them, so no run reaches the heading with its prose.
    let mut best_before = 0.0f32;
    let close = |peak: &Run, weight: f32, out: &mut Vec<Run>| {
        if peak.gain > 0.0 {
            out.push(Run {
                gain: peak.gain * weight,
                ..*peak
            });
        }
    };
    for (i, l) in lines.iter().enumerate() {
        let g = gain(l);
        let wall = l.end_marker && has_prose;
        let closing = wall || sum + g <= 0.0;
        if closing {
            close(&peak, weight, &mut out);
            if wall && !l.soft_end && peak.gain >= tuning::ARTICLE_MIN_GAIN {
                weight = weight.min(tuning::AFTER_END_WEIGHT);
            }
            best_before = best_before.max(peak.gain);
        }
        if is_comment_heading(l) && best_before.max(peak.gain) >= tuning::ARTICLE_MIN_GAIN {
            weight = weight.min(tuning::AFTER_COMMENTS_WEIGHT);
        }
        if closing {
            sum = 0.0;
            has_prose = false;
            peak = Run {
                start: i + 1,
                end: i + 1,
                gain: 0.0,
            };
            continue;
        }
        if sum <= 0.0 {
            start = i;
        }
        sum += g;
        has_prose |= matches!(l.kind, Kind::Good | Kind::Near);
        if sum > peak.gain {
            peak = Run {
                start,
                end: i + 1,
                gain: sum,
            };
        }
    }
    close(&peak, weight, &mut out);
    out.sort_by(|a, b| b.gain.total_cmp(&a.gain));
    out
}

/// The article's line range `[start, end)`: the best run, joined with close runs that are nearly as good
/// (an article split by an inline box), and widened over the half-prose lines just above it (a lede).
/// `anchors` are lines repeating the page's headline. `None` when the page has no prose at all.
pub fn find(lines: &[Line], anchors: &[usize]) -> Option<(usize, usize)> {
    let mut all: Vec<(f32, Run)> = runs(lines).into_iter().map(|r| (r.gain, r)).collect();
    for (score, r) in &mut all {
        if anchors
            .iter()
            .any(|&a| r.start > a && r.start - a <= tuning::ANCHOR_SPAN)
            && lines[r.start..r.end].iter().any(|l| l.kind == Kind::Good)
        {
            *score += tuning::ANCHOR_BONUS;
        }
    }
    all.sort_by(|a, b| b.0.total_cmp(&a.0));
    let all: Vec<Run> = all.into_iter().map(|(_, r)| r).collect();
    let best = *all.first()?;
    let (mut s, mut e) = (best.start, best.end);
    loop {
        let mut grew = false;
        for r in &all[1..] {
            if r.gain < best.gain * tuning::MERGE_SHARE {
                continue;
            }
            let wall = |a: usize, b: usize| lines[a..b].iter().any(|l| l.end_marker && !l.soft_end);
            if r.end <= s && s - r.end <= tuning::MERGE_GAP && !wall(r.end, s) {
                s = r.start;
                grew = true;
            } else if r.start >= e && r.start - e <= tuning::MERGE_GAP && !wall(e, r.start) {
                e = r.end;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    while s > 0
        && !lines[s - 1].end_marker
        && !anchors.contains(&(s - 1))
        && (lines[s - 1].kind == Kind::Near
            || opens_text(&lines[s - 1], s >= 2 && anchors.contains(&(s - 2))))
    {
        s -= 1;
    }
    let (s, e) = widen::over_ingredients(lines, s, e);
    let e = widen::over_announced_list(lines, e);
    Some((s, trims::trim_teasers(lines, s, e)))
}

/// A short line that leads into the text below it: a salutation (`Dear readers,`, `Liebe Leserinnen und
/// Leser,`), which ends on a comma, or a short sentence (`When I woke up, there was nothing.`). Headings,
/// labels and menu entries end on neither; a headline ending on a full stop is kept out by the caller
/// (it repeats the page's `<title>`). A sentence right `under_headline` is the page's lede, which the head
/// reads as the subtitle (and keeps in the body too).
fn opens_text(l: &Line, under_headline: bool) -> bool {
    l.kind == Kind::Short
        && (l.text.ends_with(',')
            || !under_headline
                && l.words >= dumps::OPENING_SENTENCE_MIN_WORDS
                && l.text.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::text::lines::classify_all as lines;

    const PARA: &str = "The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1890.";

    #[test]
    fn an_opening_salutation_or_short_sentence_joins_the_region() {
        let de = "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen, die seit 1890 den Fluss überquert.";
        let fr = "Le conseil a voté mardi la fermeture du vieux pont, qui enjambe la rivière depuis 1890 sans interruption.";
        for (opening, para) in [
            ("Dear readers,", PARA),
            ("Liebe Leserinnen und Leser,", de),
            ("Chers amis,", fr),
            ("When I woke up, the bridge was gone.", PARA),
            ("An jenem Morgen war alles still.", de),
        ] {
            let mut texts = vec!["Menu", "Home", "Contact", opening];
            texts.extend([para; 4]);
            let ls = lines(&texts);
            assert_eq!(find(&ls, &[]), Some((3, 8)), "{opening}");
        }
        // Menu entries, labels and a headline (the page's `<title>` repeats it) stay out.
        for above in ["Contact", "Read more", "Thank you.", "Time to say goodbye."] {
            let mut texts = vec!["Menu", "Home", above];
            texts.extend([PARA; 4]);
            let ls = lines(&texts);
            let anchors = if above.starts_with("Time") {
                vec![2]
            } else {
                vec![]
            };
            assert_eq!(find(&ls, &anchors), Some((3, 7)), "{above}");
        }
        // A sentence right under the headline is the lede, read by the head; a salutation there opens the text.
        for (opening, start) in [("The town loses its bridge.", 4), ("Dear readers,", 3)] {
            let mut texts = vec!["Menu", "Home", "Bridge closes", opening];
            texts.extend([PARA; 4]);
            let ls = lines(&texts);
            assert_eq!(find(&ls, &[2]), Some((start, 8)), "{opening}");
        }
    }

    #[test]
    fn a_typed_list_after_the_text_joins_it() {
        for (label, items) in [
            (
                "What the council decided:",
                [
                    "- The old bridge closes in March",
                    "- A ferry runs every hour from May",
                    "- The new bridge opens in two years",
                ],
            ),
            (
                "Die Beschlüsse im Überblick:",
                [
                    "• Die alte Brücke schließt im März",
                    "• Ab Mai fährt stündlich eine Fähre",
                    "• Die neue Brücke öffnet in zwei Jahren",
                ],
            ),
        ] {
            let mut texts = vec!["Menu", "Home"];
            texts.extend([PARA; 4]);
            texts.push(label);
            texts.extend(items);
            texts.extend(["Contact", "Imprint", "Jobs"]);
            let mut ls = lines(&texts);
            crate::extract::text::lists::mark_bullets(&mut ls);
            assert_eq!(find(&ls, &[]), Some((2, 10)), "{label}");
        }
    }

    #[test]
    fn a_share_bar_between_paragraphs_does_not_end_the_article() {
        let mut texts = vec!["Menu", "Home"];
        texts.extend([PARA; 3]);
        texts.extend([
            "Share this article",
            "Facebook",
            "Twitter",
            "Diesen Beitrag teilen",
        ]);
        texts.extend([PARA; 8]);
        let ls = lines(&texts);
        assert_eq!(find(&ls, &[]), Some((2, ls.len())));
    }

    #[test]
    fn comments_still_end_the_article() {
        let mut texts = vec!["Menu", "Home"];
        texts.extend([PARA; 8]);
        texts.extend(["Comments", "Reply", "Reply"]);
        texts.extend([PARA; 3]);
        let ls = lines(&texts);
        assert_eq!(find(&ls, &[]), Some((2, 10)));
    }

    #[test]
    fn a_long_thread_after_a_comment_heading_loses_to_its_article() {
        let reply = "Thanks for the piece, I drove over that bridge every day for twenty years and I will miss it a lot, honestly.";
        let mut texts = vec!["Menu", "Home"];
        texts.extend([PARA; 5]);
        texts.extend(["Share", "Facebook", "Tags", "Bridges", "Leave a comment"]);
        for _ in 0..30 {
            texts.extend(["Anna", reply]);
        }
        let ls = lines(&texts);
        assert_eq!(find(&ls, &[]), Some((2, 7)));
    }

    #[test]
    fn the_headline_lifts_only_a_run_with_a_paragraph() {
        let mut texts = vec![
            "Bridge closes | Town Post",
            "Bridge closes",
            "Rate this now! Thanks for rating!",
        ];
        texts.extend([
            "Print",
            "Save",
            "Ingredients",
            "Steps",
            "Tips",
            "Video",
            "Forum",
            "Photos",
        ]);
        texts.extend(["Archive", "Jobs", "Events", "Weather"]);
        texts.extend([PARA; 3]);
        let ls = lines(&texts);
        assert_eq!(find(&ls, &[1]), Some((15, 18)));
    }

    #[test]
    fn a_recipe_card_below_its_introduction_joins_it() {
        let mut texts = vec!["Menu"];
        texts.extend([PARA; 3]);
        texts.extend([
            "Print",
            "Pin",
            "Servings",
            "2",
            "Prep time",
            "10",
            "minutes",
            "Ingredients",
        ]);
        texts.extend([
            "200 g flour",
            "2 tbsp sugar",
            "1 pinch of salt",
            "Butter",
            "3 eggs",
        ]);
        texts.extend([
            "Method",
            "Mix the flour with the sugar.",
            "Beat the eggs in a bowl.",
            "Bake for one hour.",
        ]);
        texts.extend(["Related", "Lemon cake", "Plum tart"]);
        let mut ls = lines(&texts);
        crate::extract::text::lists::mark_ingredients(&mut ls);
        assert_eq!(find(&ls, &[]), Some((1, 21)));
    }

    #[test]
    fn a_thread_known_by_its_signatures_loses_to_its_article() {
        let reply = "Thanks for the piece, I drove over that bridge every day for twenty years and I will miss it a lot, honestly.";
        let mut texts = vec!["Menu", "Home"];
        texts.extend([PARA; 4]);
        texts.extend(["Teaser one", "Teaser two", "Teaser three"]);
        for (who, when) in [
            ("Anna Berg says:", "June 3, 2024 at 9:15 pm"),
            ("Kritischer Leser sagt:", "4. Juni 2024 um 9:29 Uhr"),
            ("Paul dit :", "5 juin 2024 à 10:02"),
        ] {
            for _ in 0..4 {
                texts.extend([who, when, reply, reply]);
            }
        }
        let mut ls = lines(&texts);
        mark_comment_signatures(&mut ls);
        assert!(ls[9].comment_marker && ls[9].end_marker);
        assert_eq!(find(&ls, &[]), Some((2, 6)));
        // A quote led by a verb of saying, with no timestamp under it, is the article's.
        let mut ls = lines(&[PARA, "The mayor says:", PARA, PARA]);
        mark_comment_signatures(&mut ls);
        assert!(!ls[1].end_marker);
    }
}
