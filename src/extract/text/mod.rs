//! Plain-text page dumps: a whole page's visible text, one block a line, boilerplate and all.
//!
//! Stages, numbered as the code comments number them:
//! 1. split into lines and classify each on its own (`lines`): prose, short, or furniture by vocabulary;
//! 2. find the article's region, where prose outweighs the rest (`region`);
//! 3. read the head around the region's start (`meta`, `head`), then choose the title and subtitle (`title`),
//!    the dates (`date`) and the authors (`byline`);
//! 4. captions and credits around and inside the region go to `images`;
//! 5. every line keeps its role, so the window can flip it; the body is the `Body` lines joined.

mod bio;
mod byline;
mod date;
mod head;
mod headline;
mod lines;
mod lists;
mod meta;
mod names;
mod notices;
mod order;
mod region;
mod title;
mod trims;
mod widen;

use super::captions::{self, CaptionLine};
use super::vocab::{dumps, tuning};
use super::{Block, Extracted, Role, body_from_blocks};
use crate::record::Image;
use lines::{Kind, Line};
use meta::Meta;
use std::borrow::Cow;

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
    lists::mark_bullets(&mut lines);
    lists::mark_numbered_headings(&mut lines);
    let mut roles = vec![Role::Boilerplate; lines.len()];
    let mut ex = Extracted::default();
    if lines.is_empty() {
        return ex;
    }

    // 2. Region; a page without prose keeps every line that is not furniture.
    let anchors = headline_anchors(&lines);
    let (s, e) = region::find(&lines, &anchors).unwrap_or((0, lines.len()));
    let body_end = trims::trim_author_box(&lines, s, trims::trim_promos(&lines, s, e));
    // An end marker the article goes on after opens an inline box: its lines, up to the next prose, leave.
    let mut in_box = false;
    for i in s..body_end {
        in_box = lines[i].end_marker || in_box && !matches!(lines[i].kind, Kind::Good | Kind::Near);
        let aside = trims::is_inline_promo(&lines[i])
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

    // 3. Head: dates and bylines of the lines around the start; those at the top of the body leave it.
    let meta = Meta::read(&lines, s, e, order::page_order(&lines, stop));
    let (head_start, head_end) = (meta.head_start, meta.head_end);
    let is_meta = |i: usize| meta.is_meta(i);
    for (i, role) in roles.iter_mut().enumerate().take(head_end).skip(s) {
        if meta.bylines[i].is_some() {
            *role = Role::Byline;
        } else if meta.is_date_line(i) {
            *role = Role::Date;
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

    // 3 (cont.). Title and subtitle, date, authors.
    let title_line = title::choose(&lines, &meta, &mut roles, &mut ex);
    date::choose(&lines, &meta, title_line, &mut roles, &mut ex);
    byline::choose(&lines, &meta, title_line, &anchors, &mut roles, &mut ex);

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
