//! The dump's dates: the date line nearest the title (or the body), published before modified; else the
//! first line anywhere that is only a date.

use super::head::LineDates;
use super::lines::{Kind, Line};
use super::meta::Meta;
use crate::extract::vocab::tuning;
use crate::extract::{Extracted, Role};
use crate::record::Candidate;

/// At most this many characters before a date that opens a line (a place, `Red. /`); longer, the date sits
/// inside a sentence. Set by reading press-release datelines (`Frankfurt am Main, `: 18).
const DATELINE_PLACE_MAX_CHARS: usize = 24;

/// Length of an ISO date with its day (`2024-06-24`); `2024-06` names a month only.
const FULL_DATE_LEN: usize = 10;

/// Sets the published and modified dates and their candidates, given the title's line.
pub fn choose(
    lines: &[Line],
    meta: &Meta,
    title_line: Option<usize>,
    roles: &mut [Role],
    ex: &mut Extracted,
) {
    let (s, head_start, head_end) = (meta.start, meta.head_start, meta.head_end);
    let (dates, bylines) = (&meta.dates, &meta.bylines);
    // The `<title>` line (0) says nothing of where the headline stands.
    let anchor = title_line.filter(|&t| t > 0).unwrap_or(s);
    let mut order: Vec<usize> = (head_start..head_end).collect();
    order.sort_by_key(|&i| (i as isize - anchor as isize).unsigned_abs());
    // A month without a day (`Mai 2022`, often a headline's or a section's) gives way to a full date
    // further off; it is kept only when no line has one.
    let mut month_only: Option<String> = None;
    for &i in &order {
        let Some(d) = &dates[i] else { continue };
        let short_meta =
            lines[i].chars <= tuning::META_LINE_MAX_CHARS && lines[i].kind != Kind::Good;
        let dateline = opens_with_date(&lines[i], d);
        if !(d.date_line || short_meta || i == 0 || bylines[i].is_some() || dateline) {
            continue;
        }
        let full = d.found.iter().find(|f| f.iso.len() >= FULL_DATE_LEN);
        let iso = full.unwrap_or(&d.found[0]).iso.clone();
        if d.modified {
            if ex.fields.modified.is_none() {
                ex.fields.modified = Some(iso);
            }
        } else if ex.fields.published.is_none() {
            if full.is_some() {
                ex.fields.published = Some(iso);
            } else if month_only.is_none() {
                month_only = Some(iso);
            }
        }
        if d.date_line && matches!(roles[i], Role::Boilerplate | Role::Body) {
            roles[i] = Role::Date;
        }
    }
    if ex.fields.published.is_none() {
        ex.fields.published = month_only;
    }
    for d in dates {
        let Some(d) = d else { continue };
        if !d.date_line {
            continue;
        }
        for f in &d.found {
            let c = Candidate {
                value: f.iso.clone(),
                origin: "text".into(),
            };
            if !ex.candidates.published.contains(&c) {
                ex.candidates.published.push(c);
            }
        }
        // Else the first line that is only a date, wherever it stands: inside the article region too (a dateline
        // the region took in, a date under the headline), as prose rarely sets a date on a line of its own.
        if ex.fields.published.is_none() && !d.modified {
            ex.fields.published = Some(d.found[0].iso.clone());
        }
    }
}

/// Whether the line opens with a full date, at most a place or a desk before it (`Berlin, 29. November 2022.
/// Die Stadt …`, `Red. / 31.10.2023 …`): the dateline of a first paragraph or a teaser under the headline.
fn opens_with_date(l: &Line, d: &LineDates) -> bool {
    let first = &d.found[0];
    let before = l.text.get(..first.start).unwrap_or("");
    first.iso.len() >= FULL_DATE_LEN
        && before.chars().count() <= DATELINE_PLACE_MAX_CHARS
        && before.split_whitespace().count() <= 2
}

#[cfg(test)]
mod tests {
    use crate::extract::text::extract;

    const PARA_DE: &str = "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen, die seit 1890 den Fluss überquert.";

    #[test]
    fn a_full_date_wins_over_a_month_in_the_headline() {
        let mut page = vec![
            "Fischmarkt im Mai 2022 | Anglerblatt",
            "Start",
            "Fischmarkt im Mai 2022",
            "Angeln",
            "11.01.2022",
        ];
        page.extend([PARA_DE; 5]);
        let ex = extract(&page.join("\n"));
        assert_eq!(ex.fields.published.as_deref(), Some("2022-01-11"));
        // With no full date anywhere, the month is kept.
        let mut page = vec![
            "Fischmarkt im Mai 2022 | Anglerblatt",
            "Start",
            "Fischmarkt im Mai 2022",
        ];
        page.extend([PARA_DE; 5]);
        assert_eq!(
            extract(&page.join("\n")).fields.published.as_deref(),
            Some("2022-05")
        );
    }

    #[test]
    fn a_date_line_inside_the_article_dates_it_when_nothing_else_does() {
        let mut page = vec![
            "Helfer für den Ernstfall | Kreisverband",
            "Start",
            "Helfer für den Ernstfall",
        ];
        page.extend([PARA_DE; 8]);
        page.push("28.10.2021");
        page.extend([PARA_DE; 8]);
        let ex = extract(&page.join("\n"));
        assert_eq!(ex.fields.published.as_deref(), Some("2021-10-28"));
    }

    #[test]
    fn a_dateline_opening_the_first_paragraph_dates_the_article() {
        for (head, iso) in [
            (
                "Berlin, 29. November 2022. Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen.",
                "2022-11-29",
            ),
            (
                "Red. / 31.10.2023 Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen.",
                "2023-10-31",
            ),
            (
                "LYON, le 3 mars 2021 – Le conseil municipal a voté mardi la fermeture du vieux pont de la ville.",
                "2021-03-03",
            ),
        ] {
            let mut page = vec![
                "Brücke zu | Stadtanzeiger",
                "Mittwoch, 01. November 2023",
                "Startseite",
                "Lokales",
                "Brücke zu",
                head,
            ];
            page.extend([PARA_DE; 6]);
            let ex = extract(&page.join("\n"));
            assert_eq!(ex.fields.published.as_deref(), Some(iso), "{head}");
        }
        // A date inside the sentence is the story's, not the page's.
        let mut page = vec![
            "Brücke zu | Stadtanzeiger",
            "Mittwoch, 01. November 2023",
            "Startseite",
            "Lokales",
            "Brücke zu",
            "Der Rat hatte schon am 29. November 2022 über die Brücke und ihre Zukunft beraten.",
        ];
        page.extend([PARA_DE; 6]);
        let ex = extract(&page.join("\n"));
        assert_eq!(ex.fields.published.as_deref(), Some("2023-11-01"));
    }
}
