//! The dump's title: the best headline-shaped line of the head, else the page's `<title>` line (the dump's
//! first line); and the subtitle right under the title.

use super::headline;
use super::lines::{self, Kind, Line};
use super::meta::Meta;
use crate::extract::vocab::{dumps, tuning};
use crate::extract::{Extracted, Role};
use crate::record::Candidate;

/// Sets the title, its candidates and the subtitle; returns the title's line.
pub fn choose(
    lines: &[Line],
    meta: &Meta,
    roles: &mut [Role],
    ex: &mut Extracted,
) -> Option<usize> {
    let (s, head_start, head_end) = (meta.start, meta.head_start, meta.head_end);
    let is_meta = |i: usize| meta.is_meta(i);
    let page_title = (lines[0].kind != Kind::Bad).then(|| lines[0].lower.clone());
    let free = |i: usize, roles: &[Role]| {
        !is_meta(i) && matches!(roles[i], Role::Boilerplate) && headline::headline_shaped(&lines[i])
    };
    let mut scored: Vec<(f32, usize)> = (head_start..s)
        .filter(|&i| free(i, roles) && (i > 0 || s <= 1))
        .map(|i| {
            (
                headline::title_score(lines, i, page_title.as_deref(), s, &is_meta),
                i,
            )
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Without a line the page's `<title>` repeats, its headline part is the better guess than a shape.
    let min_score = if page_title.is_some() { 3.0 } else { 0.5 };
    let mut title_line = scored
        .first()
        .filter(|(sc, _)| *sc >= min_score)
        .map(|(_, i)| *i);
    if title_line.is_none()
        && page_title.is_some()
        && (lines[0].kind != Kind::Good || headline::has_title_separator(&lines[0].text))
        && roles[0] == Role::Boilerplate
    {
        title_line = Some(0);
    }
    if let Some(t) = title_line {
        roles[t] = Role::Title;
        ex.fields.title = Some(if t == 0 {
            headline::headline_of_page_title(&lines[0].text)
        } else if page_title.is_some() {
            headline::trim_title_prefix(&lines[t].text, &lines[0].text)
                .unwrap_or_else(|| lines[t].text.clone())
        } else {
            lines[t].text.clone()
        });
        for (_, i) in scored.iter().take(3) {
            ex.candidates.title.push(Candidate {
                value: lines[*i].text.clone(),
                origin: "text".into(),
            });
        }
        // A repeat of the title at the top of the body leaves it.
        for i in s..head_end {
            if lines[i].lower == lines[t].lower && i != t {
                roles[i] = Role::Boilerplate;
            }
        }
        // Subtitle: a sentence-shaped line right after the title, dates and bylines skipped.
        let mut seen = 0;
        for i in t + 1..s {
            if is_meta(i) || roles[i] != Role::Boilerplate {
                continue;
            }
            seen += 1;
            if seen > 2 {
                break;
            }
            let l = &lines[i];
            if l.kind != Kind::Bad
                && l.words >= tuning::SUBTITLE_MIN_WORDS
                && l.chars <= tuning::SUBTITLE_MAX_CHARS
                && !l.text.ends_with(':')
            {
                // A lede written as a sentence is also the body's first paragraph.
                roles[i] = if lines::ends_sentence(&l.text) || l.chars >= dumps::LEDE_BODY_MIN_CHARS
                {
                    Role::Body
                } else {
                    Role::Subtitle
                };
                ex.fields.subtitle = Some(l.text.clone());
                break;
            }
        }
    }
    if lines[0].kind != Kind::Bad && title_line != Some(0) {
        ex.candidates.title.push(Candidate {
            value: headline::headline_of_page_title(&lines[0].text),
            origin: "title-tag".into(),
        });
    }
    title_line
}

#[cfg(test)]
mod tests {
    use crate::extract::text::extract;

    const PARA: &str = "The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1890.";

    #[test]
    fn a_lede_written_as_a_sentence_opens_the_body() {
        let lede = "La commune perd son plus vieux pont après un vote serré du conseil.";
        let mut page = vec![
            "Le pont ferme | Journal du Val",
            "Accueil",
            "Le pont ferme",
            lede,
        ];
        page.extend([PARA; 6]);
        let ex = extract(&page.join("\n"));
        assert_eq!(ex.fields.subtitle.as_deref(), Some(lede));
        assert!(ex.fields.body.starts_with(lede), "{}", ex.fields.body);
    }

    #[test]
    fn a_headline_shaped_lede_stays_out_of_the_body() {
        let lede = "Die Stadt verliert ihre älteste Brücke nach einer knappen Abstimmung";
        let mut page = vec!["Brücke zu | Stadtanzeiger", "Startseite", "Brücke zu", lede];
        page.extend([PARA; 6]);
        let ex = extract(&page.join("\n"));
        assert_eq!(ex.fields.subtitle.as_deref(), Some(lede));
        assert!(ex.fields.body.starts_with(PARA), "{}", ex.fields.body);
    }
}
