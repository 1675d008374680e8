//! Lists of the article: recipes' ingredient lists, runs of short lines that open with a quantity (`125 g Mehl`,
//! `2 tbsp oil`), and lists whose items open with a bullet the author typed (`– Reiki und Runen`).
//!
//! To the region search such lines look like a menu (short, no sentence), yet they are the article as much
//! as the steps that follow them; a run of them is marked so it counts as a little prose.

use super::lines::{Kind, Line};
use crate::extract::vocab::recipes;

/// Whether the line opens with a quantity, and whether a unit follows it (`2 EL`, `120g`, `½ cup`).
fn quantity(l: &Line) -> Option<bool> {
    if l.chars > recipes::RECIPE_ITEM_MAX_CHARS || l.kind != Kind::Short {
        return None;
    }
    let mut toks = l.lower.split_whitespace();
    let first = toks.next()?;
    let fraction = |c: char| matches!(c, '½' | '¼' | '¾' | '⅓' | '⅔' | '⅛');
    let c0 = first.chars().next()?;
    if !(c0.is_ascii_digit() || fraction(c0)) || first.ends_with('.') {
        return None;
    }
    // The number itself: digits, fractions, ranges and decimals (`1-2`, `1/2`, `2,5`, `1½`).
    let num_end = first
        .find(|c: char| {
            !(c.is_ascii_digit() || fraction(c) || matches!(c, '/' | '-' | '–' | ',' | '.'))
        })
        .unwrap_or(first.len());
    let glued = &first[num_end..];
    if glued.contains(|c: char| c.is_ascii_digit() || c == ':') {
        return None;
    }
    let is_unit = |t: &str| {
        let t = t.trim_end_matches(['.', ',']);
        recipes::RECIPE_UNITS.contains(&t)
    };
    if !glued.is_empty() {
        return is_unit(glued).then_some(true);
    }
    // Skip more of the number (`1 1/2 tbsp`, `1 – 2 EL`).
    let mut next = toks.next()?;
    while next
        .chars()
        .all(|c| c.is_ascii_digit() || fraction(c) || matches!(c, '/' | '-' | '–'))
    {
        next = toks.next()?;
    }
    Some(is_unit(next))
}

/// Marks the lines of ingredient lists (`Line::list_item`): at least `RECIPE_MIN_ITEMS` quantity lines,
/// `RECIPE_MIN_UNITS` of them with a unit, with at most `RECIPE_MAX_GAP` other short lines between two of
/// them (`Salt`, `For the sauce:`); a label ending in a colon just above the first item belongs to it.
pub fn mark_ingredients(lines: &mut [Line]) {
    let q: Vec<Option<bool>> = lines.iter().map(quantity).collect();
    let mut i = 0;
    while i < lines.len() {
        if q[i].is_none() {
            i += 1;
            continue;
        }
        // Grow the block from item i.
        let (start, mut end) = (i, i + 1);
        let (mut items, mut units) = (1, usize::from(q[i] == Some(true)));
        let mut j = i + 1;
        while j < lines.len() {
            if let Some(u) = q[j] {
                items += 1;
                units += usize::from(u);
                end = j + 1;
                j += 1;
            } else if j - end < recipes::RECIPE_MAX_GAP && lines[j].kind == Kind::Short {
                j += 1;
            } else {
                break;
            }
        }
        if items >= recipes::RECIPE_MIN_ITEMS && units >= recipes::RECIPE_MIN_UNITS {
            let label = start > 0
                && lines[start - 1].kind == Kind::Short
                && lines[start - 1].text.ends_with(':');
            let from = if label { start - 1 } else { start };
            for l in &mut lines[from..end] {
                l.list_item = true;
            }
        }
        i = end.max(i + 1);
    }
}

/// The bullet an author typed before a list item (`– Shintō and its rituals`, `+ Added a new block`), when
/// followed by a space.
fn bullet(l: &Line) -> Option<char> {
    let mut cs = l.text.chars();
    let b = cs.next()?;
    (recipes::BULLETS.contains(&b) && cs.next() == Some(' ')).then_some(b)
}

/// Marks bulleted lists (`Line::bullet`): at least `BULLET_MIN_ITEMS` lines in a row that
/// open with the same bullet, none of them furniture, with `BULLET_MIN_WORDS` words an item on average. A
/// dump keeps no bullets of the page's markup, so typed ones are the author's: a list of the text, short
/// lines the search would price as a menu. A menu typed with dashes (`- Shop`, `- Kontakt`) has one- and
/// two-word items.
pub fn mark_bullets(lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        let Some(b) = bullet(&lines[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < lines.len() && bullet(&lines[j]) == Some(b) {
            j += 1;
        }
        let items = &lines[i..j];
        let words: usize = items.iter().map(|l| l.words).sum();
        if items.len() >= recipes::BULLET_MIN_ITEMS
            && items.iter().all(|l| l.kind != Kind::Bad)
            && words as f32 >= recipes::BULLET_MIN_WORDS * items.len() as f32
        {
            for l in &mut lines[i..j] {
                l.bullet = true;
            }
        }
        i = j;
    }
}

/// A short line that ends on a number after a word or two (`Step 3`, `Schritt 3:`, `Tag 3`), split into those
/// words (lowercase) and the number.
fn numbered(l: &Line) -> Option<(&str, u32)> {
    if l.words < 2 || l.words > recipes::NUMBERED_HEADING_MAX_WORDS || l.kind == Kind::Bad {
        return None;
    }
    let t = l.lower.trim_end_matches([':', '.']);
    let (head, n) = t.rsplit_once(' ')?;
    let n: u32 = n.parse().ok()?;
    (n <= recipes::NUMBERED_HEADING_MAX && !head.chars().any(|c| c.is_ascii_digit()))
        .then_some((head.trim(), n))
}

/// Marks the numbered headings of a sequence (`Line::bullet`): a line `Step 3` when `Step 2` stands within
/// `NUMBERED_HEADING_REACH` lines above it or `Step 4` as near below. A how-to or a travel diary numbers its sections so,
/// each over a sentence or two and a caption, which the region search would price as a teaser's kicker and
/// headline; a teaser list never numbers its kickers.
pub fn mark_numbered_headings(lines: &mut [Line]) {
    let nums: Vec<Option<(&str, u32)>> = lines.iter().map(numbered).collect();
    let marked: Vec<bool> = (0..lines.len())
        .map(|i| {
            let Some((head, n)) = nums[i] else {
                return false;
            };
            let lo = i.saturating_sub(recipes::NUMBERED_HEADING_REACH);
            let hi = (i + 1 + recipes::NUMBERED_HEADING_REACH).min(lines.len());
            // Counting up, as steps do: a menu of years (`Archive 2020`, `Archive 2019`) counts down.
            (lo..hi).any(|j| {
                nums[j]
                    .is_some_and(|(h, m)| h == head && (j < i && m + 1 == n || j > i && n + 1 == m))
            })
        })
        .collect();
    for (l, m) in lines.iter_mut().zip(marked) {
        l.bullet |= m;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines::classify;

    /// Each line's flag after one marking pass over the lines.
    fn flags(texts: &[&str], mark: fn(&mut [Line]), flag: fn(&Line) -> bool) -> Vec<bool> {
        let mut ls: Vec<Line> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| classify(t, i, None))
            .collect();
        mark(&mut ls);
        ls.iter().map(flag).collect()
    }

    fn marked(texts: &[&str]) -> Vec<bool> {
        flags(texts, mark_ingredients, |l| l.list_item)
    }

    #[test]
    fn ingredient_lists_in_several_languages() {
        assert_eq!(
            marked(&[
                "Zutaten",
                "Für den Teig:",
                "200 g Mehl",
                "1 Prise Salz",
                "2 Eier",
                "Butter",
                "1 EL Zucker",
                "Zubereitung"
            ]),
            [false, true, true, true, true, true, true, false]
        );
        assert_eq!(
            marked(&[
                "Ingredients",
                "1 1/2 cups flour",
                "2 tbsp sugar",
                "120g butter, soft",
                "Method"
            ]),
            [false, true, true, true, false]
        );
        assert_eq!(
            marked(&["250 ml de lait", "2 cuillères à soupe de sucre", "3 œufs"]),
            [true, true, true]
        );
        assert_eq!(
            marked(&["2 łyżki cukru", "1 szklanka mleka", "½ łyżeczki soli"]),
            [true, true, true]
        );
    }

    #[test]
    fn numbered_lists_dates_and_scores_are_not_ingredients() {
        assert!(
            !marked(&["1. Anna Berg", "2. Jon Vik", "3. Ole Dahl", "4. Eva Lund"]).contains(&true)
        );
        assert!(
            !marked(&["12.04.2020 17:02", "11.04.2020 22:26", "09.04.2020 14:29"]).contains(&true)
        );
        assert!(!marked(&["3 Kommentare", "12 Bilder", "5 Videos", "2 Artikel"]).contains(&true));
        // Two units are not enough without a third item.
        assert!(!marked(&["200 g Mehl", "Die Stadt", "1 EL Zucker"]).contains(&true));
    }

    fn bullets(texts: &[&str]) -> Vec<bool> {
        flags(texts, mark_bullets, |l| l.bullet)
    }

    #[test]
    fn typed_lists_are_the_articles() {
        assert_eq!(
            bullets(&[
                "Aus dem Programm:",
                "– Die Geschichte der alten Brücke",
                "– Warum die Fähre stündlich fährt",
                "– Was die neue Brücke kosten wird",
                "Anmeldung bis Freitag",
            ]),
            [false, true, true, true, false]
        );
        assert!(
            bullets(&[
                "+ Added a ferry pier by the mill",
                "+ Added night buses over the hill",
                "* Fixed the timetable of the weekend",
            ])[..2]
                .iter()
                .all(|b| !b)
        );
        assert!(
            bullets(&[
                "• Le pont ferme le 1er mars",
                "• Le bac part toutes les heures",
                "• Les billets coûtent deux euros",
            ])
            .iter()
            .all(|b| *b)
        );
        // A menu typed with dashes, and a dialogue, are no lists of the text.
        assert!(!bullets(&["- Shop", "- Kontakt", "- Impressum", "- Datenschutz"]).contains(&true));
        assert!(!bullets(&["— Where is the bridge?", "— Gone, since Tuesday."]).contains(&true));
    }

    fn headings(texts: &[&str]) -> Vec<bool> {
        let mut ls: Vec<Line> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| classify(t, i, None))
            .collect();
        mark_numbered_headings(&mut ls);
        ls.iter().map(|l| l.bullet).collect()
    }

    #[test]
    fn numbered_steps_are_headings_of_the_text() {
        for (one, two) in [
            ("Step 1", "Step 2"),
            ("Schritt 1:", "Schritt 2:"),
            ("Étape 1", "Étape 2"),
            ("Paso 1", "Paso 2"),
            ("Dzień 1", "Dzień 2"),
        ] {
            let marked = headings(&[
                one,
                "Cut the board to length.",
                "The board, cut (Photo: Mara Feld)",
                two,
                "Sand the edges.",
            ]);
            assert_eq!(marked, [true, false, false, true, false], "{one}");
        }
        // A menu of years counts down; a lone number, a price and a date are no steps.
        assert!(!headings(&["Archiv 2020", "Archiv 2019", "Archiv 2018"]).contains(&true));
        assert!(!headings(&["Step 1", "Price 20", "Chapter 3"]).contains(&true));
    }

    #[test]
    fn steps_with_captions_are_no_teaser_list() {
        let intro = "This shelf takes an afternoon to build, and you need no more tools than a saw and a drill for it.";
        let mut texts = vec!["Menu", "Home", intro, intro];
        for (n, step) in [
            (
                "Step 1",
                "Cut the four boards to the same length, measuring twice before you saw each one.",
            ),
            (
                "Step 2",
                "Drill two holes into each end, a thumb's width from the edge, for the screws to hold.",
            ),
            (
                "Step 3",
                "Screw the boards together at right angles, then sand the edges until they are smooth.",
            ),
        ] {
            texts.extend([n, step, "The shelf, half done (Photo: Mara Feld)"]);
        }
        texts.extend(["Related", "How to build a table"]);
        let mut ls: Vec<Line> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| classify(t, i, None))
            .collect();
        mark_numbered_headings(&mut ls);
        assert_eq!(crate::extract::text::region::find(&ls, &[]), Some((2, 12)));
    }
}
