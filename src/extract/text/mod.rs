//! Plain-text page dumps: a whole page's visible text, one block a line, boilerplate and all.
//!
//! Stages, numbered as the code comments number them:
//! 1. split into lines and classify each on its own (`lines`): prose, short, or furniture by vocabulary;
//! 2. find the article's region, where prose outweighs the rest (`region`);
//! 3. read the head before the region (`head`): title, subtitle, date, byline;
//! 4. captions and credits around and inside the region go to `images`;
//! 5. every line keeps its role, so the window can flip it; the body is the `Body` lines joined.

mod bio;
mod head;
mod headline;
mod lines;
mod lists;
mod notices;
mod region;
mod widen;

use super::captions::{self, CaptionLine};
use super::vocab::{dumps, tuning};
use super::{Block, Extracted, Role, body_from_blocks};
use crate::record::{Candidate, Image};
use lines::{Kind, Line};
use std::borrow::Cow;

/// Length of an ISO date with its day (`2024-06-24`); `2024-06` names a month only.
const FULL_DATE_LEN: usize = 10;

/// Body lines at the top searched for an author's bio: the bio, and the lede or a photo credit above it.
const BIO_TOP_LINES: usize = 2;

/// Extracts the article from a text dump.
pub fn extract(text: &str) -> Extracted {
    // 1. Lines.
    let visible: Vec<(usize, Cow<str>)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i, strip_invisible(l.trim())))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let raw: Vec<(usize, &str)> = visible.iter().map(|(i, l)| (*i, l.as_ref())).collect();
    let stop = lines::page_stopwords(&raw);
    let mut lines: Vec<Line> = raw
        .iter()
        .map(|(i, l)| lines::classify(l, *i, stop))
        .collect();
    region::mark_comment_signatures(&mut lines);
    region::soften_inline_walls(&mut lines);
    lists::mark_ingredients(&mut lines);
    let mut roles = vec![Role::Boilerplate; lines.len()];
    let mut ex = Extracted::default();
    if lines.is_empty() {
        return ex;
    }

    // 2. Region; a page without prose keeps every line that is not furniture.
    let anchors = headline_anchors(&lines);
    let (s, e) = region::find(&lines, &anchors).unwrap_or((0, lines.len()));
    let body_end = region::trim_author_box(&lines, s, region::trim_promos(&lines, s, e));
    // An end marker the article goes on after opens an inline box: its lines, up to the next prose, leave.
    let mut in_box = false;
    for i in s..body_end {
        in_box = lines[i].end_marker || in_box && !matches!(lines[i].kind, Kind::Good | Kind::Near);
        let aside = region::is_inline_promo(&lines[i])
            || notices::is_hatnote(&lines[i])
            || notices::is_ad_label(&lines[i])
            || notices::is_back_link(&lines[i]);
        if lines[i].kind != Kind::Bad && !in_box && !aside {
            roles[i] = Role::Body;
        }
    }

    for (a, b) in widen::ledes(&lines, &anchors, s) {
        for i in a..b {
            if lines[i].kind != Kind::Bad {
                roles[i] = Role::Body;
            }
        }
    }

    // 3. Head.
    let head_start = s.saturating_sub(tuning::HEAD_LOOKBACK);
    let head_end = (s + tuning::HEAD_LOOKAHEAD).min(e);
    let dates: Vec<Option<head::LineDates>> = lines.iter().map(head::line_dates).collect();
    let is_date_line = |i: usize| dates[i].as_ref().is_some_and(|d| d.date_line);
    let bylines: Vec<Option<Vec<String>>> = (0..lines.len())
        .map(|i| {
            if (head_start..head_end).contains(&i) || (e.saturating_sub(2)..e).contains(&i) {
                head::byline_names(&lines[i])
            } else {
                None
            }
        })
        .collect();
    let is_meta = |i: usize| is_date_line(i) || bylines[i].is_some();
    // Lines at the top of the body that are dates or bylines leave it.
    for i in s..head_end {
        if is_meta(i) {
            roles[i] = if bylines[i].is_some() {
                Role::Byline
            } else {
                Role::Date
            };
        }
    }

    // 4. Captions, before the title so a caption is never taken for one.
    let mut images: Vec<Image> = Vec::new();
    let mut last_caption: Option<usize> = None;
    for i in head_start..e {
        if is_meta(i) || lines[i].kind == Kind::Good && lines[i].chars > tuning::CAPTION_MAX_CHARS {
            continue;
        }
        match captions::parse(&lines[i].text) {
            Some(CaptionLine::Caption(img)) => {
                images.push(img);
                roles[i] = Role::Caption;
                last_caption = Some(i);
            }
            Some(CaptionLine::Credit(c)) => {
                let attach = last_caption.is_some_and(|j| j + 1 == i)
                    && images.last().is_some_and(|im| im.credit.is_none());
                match images.last_mut() {
                    Some(im) if attach => im.credit = Some(c),
                    _ => images.push(Image {
                        caption: None,
                        credit: Some(c),
                        url: None,
                    }),
                }
                roles[i] = Role::Credit;
            }
            None => {}
        }
    }

    // 3 (cont.). Title: the best headline-shaped line of the head; else the page's `<title>` line.
    let page_title = (lines[0].kind != Kind::Bad).then(|| lines[0].lower.clone());
    let free = |i: usize, roles: &[Role]| {
        !is_meta(i) && matches!(roles[i], Role::Boilerplate) && headline::headline_shaped(&lines[i])
    };
    let mut scored: Vec<(f32, usize)> = (head_start..s)
        .filter(|&i| free(i, &roles) && (i > 0 || s <= 1))
        .map(|i| {
            (
                headline::title_score(&lines, i, page_title.as_deref(), s, &is_meta),
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

    // 3 (cont.). Date: the date line nearest the title (or the body), published before modified.
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
        if !(d.date_line || short_meta || i == 0 || bylines[i].is_some()) {
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
    for d in &dates {
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

    // 3 (cont.). Bylines, and a bare name next to the date line.
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
        for l in &lines {
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

    // 5. Blocks and body. An unlabelled author bio above the text (the author box of the head) leaves it; at
    // the foot a bio is as often kept as the article's last word (Readability keeps it), so it stays.
    let top: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Body)
        .take(BIO_TOP_LINES)
        .collect();
    for i in top {
        if bio::is_bio(&lines[i]) {
            roles[i] = Role::Boilerplate;
        }
    }
    ex.blocks = lines
        .iter()
        .zip(&roles)
        .map(|(l, r)| Block {
            text: l.text.clone(),
            role: *r,
            line: l.line,
            tag: String::new(),
        })
        .collect();
    ex.fields.images = images;
    ex.fields.body = body_from_blocks(&ex.blocks);
    ex
}

/// Drops characters that never show (soft hyphens, zero-width spaces): a dump of a hyphenated page keeps
/// them inside words, and a word split by them is one word to a reader and to whoever searches the text.
fn strip_invisible(line: &str) -> Cow<'_, str> {
    if line.contains(dumps::INVISIBLE_CHARS) {
        Cow::Owned(
            line.chars()
                .filter(|c| !dumps::INVISIBLE_CHARS.contains(c))
                .collect(),
        )
    } else {
        Cow::Borrowed(line)
    }
}

/// The lines that repeat the headline part of the page's `<title>` (the dump's first line).
fn headline_anchors(lines: &[Line]) -> Vec<usize> {
    let Some(first) = lines.first().filter(|f| f.kind != Kind::Bad) else {
        return Vec::new();
    };
    let pt = &first.lower;
    let min = (pt.chars().count() as f32 * tuning::ANCHOR_MIN_SHARE) as usize;
    lines
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| {
            l.chars >= min.max(8) && headline::headline_shaped(l) && pt.contains(l.lower.as_str())
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1890.";

    #[test]
    fn soft_hyphens_leave_the_words() {
        let body = |title: &str, para: &str| {
            let mut page = vec![title, "Start", title];
            page.extend([para; 6]);
            extract(&page.join("\n")).fields.body
        };
        let de = body(
            "Brücke gesperrt",
            "Die Ge\u{ad}mein\u{ad}de hat am Diens\u{ad}tag be\u{ad}schlos\u{ad}sen, die alte Brü\u{ad}cke über den Fluss zu sper\u{ad}ren.",
        );
        assert!(de.contains("Die Gemeinde hat am Dienstag beschlossen"));
        assert!(!de.contains('\u{ad}'));
        let fr = body(
            "Le pont ferme",
            "La mai\u{200b}rie a voté mardi la fer\u{ad}meture du vieux pont, qui enjambe la rivière depuis 1890.",
        );
        assert!(fr.contains("La mairie a voté mardi la fermeture"));
    }

    #[test]
    fn byline_far_below_the_head_names_the_author() {
        let mut page = vec!["Bridge closes | Town Post", "Home", "Bridge closes"];
        page.extend([PARA; 25]);
        page.extend(["Comments", "By Mara Feld"]);
        let ex = extract(&page.join("\n"));
        assert_eq!(ex.fields.authors, vec!["Mara Feld".to_string()]);
    }

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

    #[test]
    fn a_recipe_keeps_its_ingredients_and_steps() {
        let intro = "Dieser Kuchen gelingt immer, und er schmeckt am nächsten Tag fast noch besser als frisch aus dem Ofen.";
        let step = "Den Teig in eine gefettete Form geben und bei 180 Grad ungefähr eine Stunde backen, bis er goldbraun ist.";
        let page = [
            "Apfelkuchen | Backstube",
            "Startseite",
            "Rezepte",
            "Apfelkuchen",
            intro,
            "Drucken",
            "Merken",
            "Portionen",
            "12",
            "Zutaten",
            "Für den Teig:",
            "250 g Mehl",
            "125 g Butter",
            "1 Ei",
            "Für den Belag:",
            "4 Äpfel",
            "2 EL Zucker\u{2063}",
            "Zubereitung",
            "Alles rasch zu einem Teig verkneten.\u{2063}",
            step,
            "Kommentare",
            "Lecker!",
        ];
        let body = extract(&page.join("\n")).fields.body;
        for part in [
            "250 g Mehl",
            "Für den Belag:",
            "2 EL Zucker",
            "verkneten.",
            "goldbraun",
        ] {
            assert!(body.contains(part), "{part}: {body}");
        }
        assert!(!body.contains('\u{2063}'));
        assert!(!body.contains("Lecker"));
    }

    const PARA_DE: &str = "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen, die seit 1890 den Fluss überquert.";

    const PARA_EN2: &str = "For people living nearby this means a detour of several miles until the new ferry starts in the summer.";

    const PARA_DE2: &str = "Für die Anwohner bedeutet das einen Umweg von mehreren Kilometern, bis die neue Fähre im Sommer fährt.";

    #[test]
    fn the_article_goes_on_after_an_inline_related_box() {
        let mut page = vec!["Brücke zu | Stadtanzeiger", "Startseite", "Brücke zu"];
        page.extend([PARA_DE; 4]);
        page.extend([
            "Mehr zum Thema",
            "Neue Fähre für das Oberland",
            "Kritik am Haushalt wächst",
        ]);
        page.extend([PARA_DE2; 3]);
        page.extend(["Kommentare", "Antworten"]);
        let ex = extract(&page.join("\n"));
        assert!(ex.fields.body.ends_with(PARA_DE2), "{}", ex.fields.body);
        assert!(!ex.fields.body.contains("Neue Fähre"), "{}", ex.fields.body);
    }

    #[test]
    fn teasers_after_a_related_heading_stay_out() {
        let blurb = "The ferry will run every hour from May, the operator said, and tickets will cost less than the bus.";
        let mut page = vec!["Bridge closes | Town Post", "Home", "Bridge closes"];
        page.extend([PARA; 6]);
        page.extend([
            "Related articles",
            "New ferry for the valley",
            blurb,
            "Budget under fire",
            blurb,
        ]);
        let ex = extract(&page.join("\n"));
        assert!(!ex.fields.body.contains("ferry"), "{}", ex.fields.body);
    }

    #[test]
    fn calls_to_action_and_ad_labels_between_paragraphs_leave_the_body() {
        let mut page = vec!["Bridge closes | Town Post", "Home", "Bridge closes"];
        page.extend([PARA; 3]);
        page.extend([
            "Advertisement",
            "Sign up to get the week's best stories from the valley.",
            "Keep up with the valley: the morning briefing, every weekday at seven.",
        ]);
        page.extend([PARA; 3]);
        page.extend(["Advertising", "Main article: History of the bridge"]);
        page.extend([PARA_EN2; 3]);
        let body = extract(&page.join("\n")).fields.body;
        assert!(body.starts_with(PARA) && body.ends_with(PARA_EN2), "{body}");
        for gone in ["Advertis", "Sign up", "Keep up", "Main article"] {
            assert!(!body.contains(gone), "{gone}: {body}");
        }
        // A sentence of the article that names a download is no call to action.
        let told = "Engineers had to download the old plans from the archive before they could judge the bridge.";
        let mut page = vec!["Bridge closes | Town Post", "Home", "Bridge closes"];
        page.extend([PARA, told, PARA, PARA]);
        let body = extract(&page.join("\n")).fields.body;
        assert!(body.contains(told), "{body}");
    }

    #[test]
    fn an_author_bio_above_the_text_leaves_the_body() {
        let bio =
            "Mara Feld ist Redakteurin im Ressort Verkehr und schreibt über Brücken und Fähren.";
        let mut page = vec![
            "Brücke zu | Stadtanzeiger",
            "Startseite",
            "Brücke zu",
            "Mara Feld",
            bio,
        ];
        page.extend([PARA_DE; 4]);
        let body = extract(&page.join("\n")).fields.body;
        assert!(body.starts_with(PARA_DE) && !body.contains(bio), "{body}");
        // At the foot it stays: there it is as often the article's last word.
        let mut page = vec!["Brücke zu | Stadtanzeiger", "Startseite", "Brücke zu"];
        page.extend([PARA_DE; 4]);
        page.push(bio);
        assert!(extract(&page.join("\n")).fields.body.ends_with(bio));
    }
}
