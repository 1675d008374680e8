//! The dump's authors, surest first: a byline in the head or at the foot, a byline split over two lines, a
//! name sharing a line with the date, a bare name next to a date line, a byline anywhere naming people, and
//! last a bare name just under the headline.

use super::head;
use super::lines::Line;
use super::meta::{self, Meta};
use super::names;
use crate::extract::vocab::bylines;
use crate::extract::{Extracted, Role};
use crate::record::Candidate;

/// Sets the authors and their candidates; the lines they come from become bylines. `anchors` are the lines
/// that repeat the headline part of the page's `<title>`.
pub fn choose(
    lines: &[Line],
    meta: &Meta,
    title_line: Option<usize>,
    anchors: &[usize],
    roles: &mut [Role],
    ex: &mut Extracted,
) {
    let (e, head_start, head_end) = (meta.end, meta.head_start, meta.head_end);
    let bylines = &meta.bylines;
    for i in head_start..head_end.max(e) {
        if let Some(names) = &bylines[i] {
            if ex.fields.authors.is_empty() {
                ex.fields.authors = names.clone();
            }
            for n in names {
                ex.candidates.authors.push(Candidate {
                    value: n.clone(),
                    origin: "byline".into(),
                });
            }
            roles[i] = Role::Byline;
        }
    }
    // A byline split over two lines anywhere on the page (head, author box): a lone `Von`, then the name.
    if ex.fields.authors.is_empty() {
        let near = 0..lines.len();
        for i in near.filter(|&i| i + 1 < lines.len()) {
            if let Some(name) = names::split_byline(&lines[i], &lines[i + 1]) {
                ex.candidates.authors.push(Candidate {
                    value: name.clone(),
                    origin: "byline".into(),
                });
                ex.fields.authors.push(name);
                for r in [i, i + 1] {
                    if matches!(roles[r], Role::Boilerplate | Role::Body) {
                        roles[r] = Role::Byline;
                    }
                }
                break;
            }
        }
    }
    // A name sharing a short line with a date in the head (`Jane Roe | 9 June 2024`), even when the line
    // carries more than a date line may (`… 3 min read · 4 comments`).
    if ex.fields.authors.is_empty() {
        for i in (head_start..head_end).filter(|&i| meta.dates[i].is_some()) {
            let name = names::name_beside_date(&lines[i]);
            if let Some(name) = name.filter(|n| names::person_like(n)) {
                ex.candidates.authors.push(Candidate {
                    value: name.clone(),
                    origin: "text".into(),
                });
                ex.fields.authors.push(name);
                break;
            }
        }
    }
    // A bare name next to a date line in the head (a separator line between them aside).
    if ex.fields.authors.is_empty() {
        for i in head_start..head_end {
            if roles[i] != Role::Boilerplate || !next_to_date(lines, roles, i) {
                continue;
            }
            if let Some(name) = names::bare_name(&lines[i]).filter(|n| bare_person(n, &lines[0])) {
                ex.candidates.authors.push(Candidate {
                    value: name.clone(),
                    origin: "text".into(),
                });
                ex.fields.authors.push(name);
                roles[i] = Role::Byline;
                break;
            }
        }
    }
    // A byline anywhere on the page, when what it names looks like people's names.
    if ex.fields.authors.is_empty() {
        for (i, l) in lines.iter().enumerate() {
            if meta::repeats_page_title(lines, i) {
                continue;
            }
            let Some(names) = head::byline_names(l) else {
                continue;
            };
            if !names.is_empty()
                && names
                    .iter()
                    .all(|n| names::name_shaped(n) && names::person_like(n))
            {
                ex.fields.authors = names;
                break;
            }
        }
    }
    // Last, a bare name just under the headline: a byline set as a link or a card drops its `By`.
    // The headline is the title line, or else (the title taken from the `<title>`) the line repeating it
    // nearest the article's start.
    let headline = title_line.filter(|&t| t > 0).or_else(|| {
        anchors
            .iter()
            .copied()
            .filter(|&a| (head_start..head_end).contains(&a))
            .min_by_key(|&a| a.abs_diff(meta.start))
    });
    if ex.fields.authors.is_empty()
        && let Some(t) = headline
    {
        let end = (t + 1 + bylines::NAME_AFTER_TITLE_LINES).min(lines.len());
        for i in t + 1..end {
            // Past the head, a short line inside the article is a subheading or a speaker, not the byline.
            let inside = roles[i] == Role::Body && i >= head_end;
            if inside || !matches!(roles[i], Role::Boilerplate | Role::Body) {
                continue;
            }
            if let Some(name) = names::bare_name(&lines[i])
                .filter(|n| bare_person(n, &lines[0]) && !mentioned_in(n, &lines[t]))
            {
                ex.candidates.authors.push(Candidate {
                    value: name.clone(),
                    origin: "text".into(),
                });
                ex.fields.authors.push(name);
                roles[i] = Role::Byline;
                break;
            }
        }
    }
}

/// Whether line `i` has a date line for a neighbour, or one beyond a line that is only a separator (`—`).
fn next_to_date(lines: &[Line], roles: &[Role], i: usize) -> bool {
    let is_sep = |j: usize| {
        lines[j]
            .text
            .chars()
            .all(|c| !c.is_alphanumeric() && !c.is_whitespace())
    };
    let date = |j: usize| roles.get(j) == Some(&Role::Date);
    let before = i > 0 && (date(i - 1) || i > 1 && is_sep(i - 1) && date(i - 2));
    let after = date(i + 1) || i + 2 < lines.len() && is_sep(i + 1) && date(i + 2);
    before || after
}

/// Whether a bare name line is a person's: person-like, and not named in the page's `<title>` (which names
/// the site, or the person the article is about).
fn bare_person(name: &str, page_title: &Line) -> bool {
    names::person_like(name) && !mentioned_in(name, page_title)
}

/// Whether `name` is named in line `l` (a headline about a person names them; its author rarely).
fn mentioned_in(name: &str, l: &Line) -> bool {
    l.lower.contains(&name.to_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::extract::text::extract;

    const PARA: &str = "The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1890.";

    #[test]
    fn byline_far_below_the_head_names_the_author() {
        let mut page = vec!["Bridge closes | Town Post", "Home", "Bridge closes"];
        page.extend([PARA; 25]);
        page.extend(["Comments", "By Mara Feld"]);
        let ex = extract(&page.join("\n"));
        assert_eq!(ex.fields.authors, vec!["Mara Feld".to_string()]);
    }

    const PARA_DE: &str = "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen, die seit 1890 den Fluss überquert.";

    const PARA_FR: &str = "Le conseil municipal a voté mardi la fermeture du vieux pont, qui enjambe la rivière depuis 1890.";

    fn authors(head: &[&str], para: &str) -> Vec<String> {
        let mut page = head.to_vec();
        page.extend([para; 6]);
        extract(&page.join("\n")).fields.authors
    }

    #[test]
    fn a_name_shares_a_meta_line_with_a_date_and_more() {
        let head = [
            "Brücke zu | Stadtanzeiger",
            "Startseite",
            "Brücke zu",
            "Lena Vogt, 01. Dezember 2017, 12:01 Uhr 3 min Lesezeit Kommentare 4",
        ];
        assert_eq!(authors(&head, PARA_DE), vec!["Lena Vogt".to_string()]);
        // An interface label beside the date is no name.
        let head = [
            "Brücke zu | Stadtanzeiger",
            "Startseite",
            "Brücke zu",
            "01. Dezember 2017 | Keine Kommentare | Lesezeit 3 Minuten",
        ];
        assert!(authors(&head, PARA_DE).is_empty());
    }

    #[test]
    fn a_bare_name_beside_a_date_line_past_a_dash() {
        let head = [
            "Le pont ferme | Journal du Val",
            "Accueil",
            "Le pont ferme",
            "Léa Martin",
            "—",
            "12 mars 2021",
        ];
        assert_eq!(authors(&head, PARA_FR), vec!["Léa Martin".to_string()]);
    }

    #[test]
    fn a_bare_name_under_the_headline_is_the_author() {
        for (head, para, name) in [
            (
                [
                    "Bridge closes | Town Post",
                    "Home",
                    "Bridge closes",
                    "Mara Feld",
                ],
                PARA,
                "Mara Feld",
            ),
            (
                [
                    "Brücke zu | Stadtanzeiger",
                    "Startseite",
                    "Brücke zu",
                    "Hanne Weidler",
                ],
                PARA_DE,
                "Hanne Weidler",
            ),
            (
                [
                    "Le pont ferme | Journal du Val",
                    "Accueil",
                    "Le pont ferme",
                    "Tomas Brink",
                ],
                PARA_FR,
                "Tomas Brink",
            ),
        ] {
            assert_eq!(authors(&head, para), vec![name.to_string()], "{name}");
        }
        // A heading of capitalized words, a label, or the person the headline is about: no author.
        for line in ["Die Geschichte", "Letzte Aktualisierung", "Share Page"] {
            let head = ["Brücke zu | Stadtanzeiger", "Startseite", "Brücke zu", line];
            assert!(authors(&head, PARA_DE).is_empty(), "{line}");
        }
        let head = [
            "Mara Feld wins the race | Town Post",
            "Home",
            "Mara Feld wins the race",
            "Mara Feld",
        ];
        assert!(authors(&head, PARA).is_empty());
    }

    #[test]
    fn a_headline_with_von_is_no_byline() {
        let head = [
            "Sport in Zeiten von Corona | Sender",
            "Startseite",
            "Sport in Zeiten von Corona",
            "Hanne Weidler",
        ];
        let mut page = head.to_vec();
        page.extend([PARA_DE; 6]);
        let ex = extract(&page.join("\n"));
        assert_eq!(
            ex.fields.title.as_deref(),
            Some("Sport in Zeiten von Corona")
        );
        assert_eq!(ex.fields.authors, vec!["Hanne Weidler".to_string()]);
    }

    #[test]
    fn a_bare_name_a_few_lines_under_the_headline_but_not_inside_the_text() {
        let head = [
            "Bridge closes | Town Post",
            "Home",
            "Bridge closes",
            "The town loses its oldest crossing",
            "Share",
            "Tweet",
            "Print",
            "Mara Feld",
        ];
        assert_eq!(authors(&head, PARA), vec!["Mara Feld".to_string()]);
        // A name on a line of its own inside the article is a speaker or a subheading.
        let mut page = vec!["Bridge closes | Town Post", "Home", "Bridge closes"];
        page.extend([PARA; 4]);
        page.push("Mara Feld");
        page.extend([PARA; 4]);
        let ex = extract(&page.join("\n"));
        assert!(ex.fields.authors.is_empty(), "{:?}", ex.fields.authors);
        assert!(ex.fields.body.contains("Mara Feld"));
    }
}
