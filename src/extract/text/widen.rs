//! Widening the article's region past what the prose search reaches: the lede cut off above it by a byline
//! box or a paywall strip, a recipe's ingredient list beside it, and the list its last line announces. Each
//! is a part of the article made of lines the search prices as furniture.

use super::head;
use super::lines::{Kind, Line};
use super::region::{gain, runs};
use crate::extract::vocab::tuning;

/// The article's ledes when the region left them out, nearest first: a run with a paragraph that opens right
/// under the page's headline, above the region `s` and at most `LEDE_GAP` lines from it, cut off by what
/// sites set between the lede and the text (a byline box, a table of contents, a paywall or audio player,
/// a share bar). It brings too little to be merged by share, but no teaser sits under the headline. A lede
/// may sit above a caption run that qualifies too, so each one found opens the search above it. The lines
/// between stay out: they are that furniture, as the gap holds no paragraph.
pub fn ledes(lines: &[Line], anchors: &[usize], s: usize) -> Vec<(usize, usize)> {
    let wall = |a: usize, b: usize| lines[a..b].iter().any(|l| l.end_marker && !l.soft_end);
    let all = runs(lines);
    let mut out = Vec::new();
    let mut top = s;
    while let Some(r) = all
        .iter()
        .filter(|r| {
            r.end <= top
                && top - r.end <= tuning::LEDE_GAP
                && anchors
                    .iter()
                    .any(|&a| r.start > a && r.start - a <= tuning::ANCHOR_SPAN)
                && lines[r.start..r.end].iter().any(|l| l.kind == Kind::Good)
                && !wall(r.end, top)
                && lines[r.end..top].iter().all(|l| l.kind != Kind::Good)
        })
        .max_by_key(|r| r.end)
    {
        out.push((r.start, r.end));
        top = r.start;
    }
    out
}

/// Widens a region over a recipe's ingredient list just above or below it (`Line::list_item`), and below
/// over the steps that follow the list: a recipe card set apart from its introduction by a strip of
/// times, servings and print buttons is the article all the same.
pub(super) fn over_ingredients(lines: &[Line], mut s: usize, mut e: usize) -> (usize, usize) {
    let wall = |l: &Line| l.end_marker && !l.soft_end;
    // Above: the nearest list item within the gap, with no wall between.
    let lo = s.saturating_sub(tuning::MERGE_GAP);
    if let Some(k) = (lo..s)
        .rev()
        .take_while(|&k| !wall(&lines[k]))
        .find(|&k| lines[k].list_item)
    {
        let mut top = k;
        while top > 0 && lines[top - 1].list_item {
            top -= 1;
        }
        s = top;
    }
    // Below (or already inside, joined as a run of its own): the list, then the steps after it.
    let hi = (e + tuning::MERGE_GAP).min(lines.len());
    let reach = (e..hi)
        .take_while(|&k| !wall(&lines[k]))
        .last()
        .map_or(e, |k| k + 1);
    if let Some(last) = (s..reach).rev().find(|&k| lines[k].list_item) {
        let mut k = last;
        while k > s && lines[k - 1].list_item {
            k -= 1;
        }
        let end = last + 1;
        e = e.max(end);
        // The run goes on from the list, with what the list brought.
        let listed: f32 = lines[k..end].iter().map(gain).sum();
        let (mut sum, mut best) = (listed, listed);
        for (k, l) in lines.iter().enumerate().skip(end) {
            // Furniture (a share bar, a print button) closes the card.
            if wall(l) || l.kind == Kind::Bad {
                break;
            }
            sum += gain(l);
            if sum <= 0.0 {
                break;
            }
            // Steps are sentences, however short: the card ends at the last one before the run runs out.
            let step = l.words >= 3 && l.text.ends_with('.');
            if sum > best || step {
                best = best.max(sum);
                e = e.max(k + 1);
            }
        }
    }
    (s, e)
}

/// Widens a region that ends on a line announcing what follows (`The rankings were as follows:`) over the
/// list it announces: an article does not end on a colon, and the items are short lines the search priced
/// as menu lines. The list ends at furniture, a wall, a paragraph, a date or byline line (the article's
/// footer), or after `ANNOUNCED_LIST_MAX` lines. The text goes on after the list as far as a run would
/// (see `run_on`): the search stopped at the list, not at the article's end.
pub(super) fn over_announced_list(lines: &[Line], e: usize) -> usize {
    if e == 0 || !lines[e - 1].text.ends_with(':') || lines[e - 1].kind == Kind::Bad {
        return e;
    }
    let hi = (e + tuning::ANNOUNCED_LIST_MAX).min(lines.len());
    let listed = (e..hi)
        .take_while(|&k| {
            let l = &lines[k];
            (!l.end_marker || l.soft_end)
                && matches!(l.kind, Kind::Short | Kind::Near)
                && !head::line_dates(l).is_some_and(|d| d.date_line)
                && head::byline_names(l).is_none()
        })
        .last()
        .map_or(e, |k| k + 1);
    if listed == e {
        return e;
    }
    run_on(lines, listed)
}

/// Where a run that reaches `e` with nothing in hand ends: it takes the lines after `e` while their summed
/// gain stays above zero, and stops at a wall; the end is where the sum peaked.
fn run_on(lines: &[Line], e: usize) -> usize {
    let (mut sum, mut best, mut end) = (0.0f32, 0.0f32, e);
    for (k, l) in lines.iter().enumerate().skip(e) {
        if l.end_marker && !l.soft_end {
            break;
        }
        sum += gain(l);
        if sum <= 0.0 {
            break;
        }
        if sum > best {
            best = sum;
            end = k + 1;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::region::find;

    use crate::extract::text::lines::classify_all as lines;

    const PARA: &str = "The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1890.";

    /// A page whose lede stands under the headline, apart from the text by a byline, a date and a table of
    /// contents (or a paywall strip), in the language of `lede` and `para`.
    fn page_with_lede<'a>(
        headline: &'a str,
        lede: &'a str,
        gap: &[&'a str],
        para: &'a str,
    ) -> Vec<&'a str> {
        let mut texts = vec![headline, "Menu", "Home", headline, lede];
        texts.extend(gap);
        texts.extend([para; 15]);
        texts
    }

    #[test]
    fn a_lede_cut_off_by_a_byline_box_joins_the_article() {
        let cases = [
            (
                "Bridge closes after 130 years",
                "The old bridge over the river will close next month, and the town must now decide what comes next.",
                vec![
                    "By Mara Feld",
                    "March 12, 2024",
                    "Contents",
                    "The vote",
                    "The cost",
                    "What next",
                ],
                PARA,
            ),
            (
                "Die alte Brücke wird gesperrt",
                "Die alte Brücke über den Fluss wird im nächsten Monat gesperrt, und die Stadt muss nun entscheiden, wie es weitergeht.",
                vec![
                    "Von Mara Feld",
                    "12. März 2024",
                    "Mit Abo weiterlesen",
                    "Jetzt abonnieren",
                    "Bereits Abonnent? Einloggen",
                ],
                "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren, die seit 1890 den Verkehr über den Fluss trägt.",
            ),
            (
                "El puente viejo se cierra",
                "El puente viejo sobre el río cerrará el próximo mes, y el ayuntamiento debe decidir ahora qué hará con él.",
                vec![
                    "Por Mara Feld",
                    "12 de marzo de 2024",
                    "Escuchá este artículo",
                    "Suscribite",
                    "Ingresá",
                ],
                "El concejo votó el martes cerrar el puente viejo, que lleva el tráfico sobre el río desde 1890 sin descanso.",
            ),
        ];
        for (headline, lede, gap, para) in cases {
            let texts = page_with_lede(headline, lede, &gap, para);
            let ls = lines(&texts);
            let s = 5 + gap.len();
            assert_eq!(find(&ls, &[3]), Some((s, ls.len())), "{headline}");
            assert_eq!(ledes(&ls, &[3], s), vec![(4, 5)], "{headline}");
            // Through the whole extractor: the lede is in the body, the byline and the strip are not.
            let body = crate::extract::text::extract(&texts.join("\n")).fields.body;
            assert!(body.starts_with(lede), "{headline}");
            assert!(!body.contains(gap[2]), "{headline}");
        }
    }

    #[test]
    fn a_teaser_between_headline_and_article_is_no_lede() {
        let teaser = "Read also: the ferry will run every hour from May, and the city explains what the tickets will cost.";
        let lede = "The old bridge over the river will close next month, and the town must now decide what comes next.";
        // A paragraph-long teaser in the gap: the run above is another story's, not the lede.
        let texts = page_with_lede(
            "Bridge closes",
            lede,
            &["By Mara Feld", teaser, "More"],
            PARA,
        );
        let ls = lines(&texts);
        assert_eq!(ledes(&ls, &[3], 8), vec![]);
        // Nor is a paragraph far from any headline.
        let texts = page_with_lede("Bridge closes", lede, &["By Mara Feld"], PARA);
        let ls = lines(&texts);
        assert_eq!(ledes(&ls, &[], 6), vec![]);
    }

    #[test]
    fn a_list_announced_by_the_last_line_joins_the_region() {
        let cases: [(&str, &str, [&str; 4]); 3] = [
            (
                "After two years of work, the council listed the bridges it will repair first as follows:",
                "March 12, 2024",
                [
                    "The old stone bridge",
                    "The rail bridge at the mill",
                    "The footbridge by the school",
                    "The ferry pier",
                ],
            ),
            (
                "Nach zwei Jahren Arbeit hat der Stadtrat die Brücken genannt, die er zuerst reparieren will:",
                "12. März 2024",
                [
                    "Die alte Steinbrücke",
                    "Die Bahnbrücke an der Mühle",
                    "Der Steg bei der Schule",
                    "Der Fähranleger",
                ],
            ),
            (
                "Après deux ans de travail, le conseil a dressé la liste des ponts qu'il réparera d'abord :",
                "12 mars 2024",
                [
                    "Le vieux pont de pierre",
                    "Le pont du moulin",
                    "La passerelle de l'école",
                    "Le quai du bac",
                ],
            ),
        ];
        for (intro, date, items) in cases {
            let mut texts = vec!["Menu", "Home"];
            texts.extend([PARA; 4]);
            texts.push(intro);
            texts.extend(items);
            texts.extend([date, "Tags", "Bridges"]);
            let ls = lines(&texts);
            // The items, not the date line under them.
            assert_eq!(find(&ls, &[]), Some((2, 11)), "{intro}");
            // A heading offering other articles announces none of the article's.
            texts[6] = "You may also like:";
            let ls = lines(&texts);
            assert_eq!(find(&ls, &[]), Some((2, 6)), "{intro}");
            // A region whose last line announces nothing keeps its end.
            texts[6] = PARA;
            let ls = lines(&texts);
            assert_eq!(find(&ls, &[]), Some((2, 7)), "{intro}");
        }
    }

    #[test]
    fn the_text_goes_on_after_an_announced_list() {
        let cases = [
            (
                "The council ranked the bridges it will repair as follows:",
                [
                    "1. The stone bridge",
                    "2. The rail bridge",
                    "3. The footbridge",
                    "4. The mill bridge",
                    "5. The school bridge",
                    "6. The harbour bridge",
                ],
                "The ferry pier comes last, as the ferry will not run before the summer, the mayor said on Tuesday.",
            ),
            (
                "Der Stadtrat hat die Brücken so gereiht:",
                [
                    "1. Die Steinbrücke",
                    "2. Die Bahnbrücke",
                    "3. Der Steg",
                    "4. Die Mühlenbrücke",
                    "5. Die Schulbrücke",
                    "6. Die Hafenbrücke",
                ],
                "Der Fähranleger kommt zuletzt, weil die Fähre erst im Sommer fährt, sagte der Bürgermeister am Dienstag.",
            ),
        ];
        for (intro, items, after) in cases {
            let mut texts = vec!["Menu", "Home"];
            texts.extend([PARA; 4]);
            texts.push(intro);
            texts.extend(items);
            texts.extend([after, after, "Contact", "Imprint", "Jobs"]);
            let ls = lines(&texts);
            assert_eq!(find(&ls, &[]), Some((2, 15)), "{intro}");
        }
    }
}
