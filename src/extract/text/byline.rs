//! The dump's authors: a byline in the head or at the foot, a byline split over two lines, a byline anywhere
//! naming people, a name sharing the date's line, and last a bare name next to a date line.

use super::head;
use super::lines::Line;
use super::meta::Meta;
use crate::extract::{Extracted, Role};
use crate::record::Candidate;

/// Sets the authors and their candidates; the lines they come from become bylines.
pub fn choose(lines: &[Line], meta: &Meta, roles: &mut [Role], ex: &mut Extracted) {
    let (s, e, head_start, head_end) = (meta.start, meta.end, meta.head_start, meta.head_end);
    let bylines = &meta.bylines;
    let is_date_line = |i: usize| meta.is_date_line(i);
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
            if let Some(name) = head::split_byline(&lines[i], &lines[i + 1]) {
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
    // Last, a byline anywhere on the page, when what it names looks like people's names.
    if ex.fields.authors.is_empty() {
        for l in lines {
            let Some(names) = head::byline_names(l) else {
                continue;
            };
            if !names.is_empty() && names.iter().all(|n| head::name_shaped(n)) {
                ex.fields.authors = names;
                break;
            }
        }
    }
    if ex.fields.authors.is_empty() {
        for i in (head_start..head_end).filter(|&i| is_date_line(i)) {
            if let Some(name) = head::name_beside_date(&lines[i]) {
                ex.candidates.authors.push(Candidate {
                    value: name.clone(),
                    origin: "text".into(),
                });
                ex.fields.authors.push(name);
                break;
            }
        }
    }
    if ex.fields.authors.is_empty() {
        for i in head_start..s {
            if roles[i] != Role::Boilerplate
                || !(i > 0 && roles[i - 1] == Role::Date || roles.get(i + 1) == Some(&Role::Date))
            {
                continue;
            }
            if let Some(name) = head::bare_name(&lines[i]) {
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
}
