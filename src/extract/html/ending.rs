//! Where the article ends inside the chosen content: a closing heading ("Related articles", "Kommentare")
//! past half the body ends it, the heading of a box takes only its box, and short appeals, blog-post footers
//! and a box's orphaned heading leave the body one by one.

use super::dom::{NO_PARENT, Page};
use super::score::{kept_chars, link_density};
use super::vocab;

/// The article is over where a closing heading ("Related articles", "Kommentare", "Auch interessant") stands
/// after most of its text: that block and every later one leave the body. Only past half the body, so a page
/// that opens with "Comments (3)" above its text, or an article about comment sections, keeps its text. A
/// heading that opens a box of its own (a related-links box inside the text) takes only that box away.
/// Past the same point, short appeals (subscribe, copyright, app pitches) are dropped one by one.
pub(super) fn cut_at_end_marker(
    page: &Page,
    last: &[usize],
    roots: &[usize],
    core: usize,
    kept: &[bool],
    body: &mut [bool],
) {
    let total = kept_chars(page, body);
    // Past the container whose paragraphs won the vote, a closing heading ends the article at a smaller share:
    // the teasers after it ("Recommended for you" and a stream of headlines) can outweigh a short article.
    let core_end = page.blocks_in(core, last).end;
    let mut seen = 0;
    let mut bi = 0;
    while bi < page.blocks.len() {
        let b = &page.blocks[bi];
        if !kept[bi] {
            bi += 1;
            continue;
        }
        let past_half = seen as f64 >= total as f64 * vocab::END_MARKER_MIN_SHARE
            || (bi >= core_end && seen as f64 >= total as f64 * vocab::END_MARKER_AFTER_CORE_SHARE);
        if past_half
            && ((b.chars <= vocab::APPEAL_MAX_CHARS && is_appeal(&b.text))
                || (b.chars <= vocab::POST_FOOTER_MAX_CHARS && is_post_footer(&b.text)))
        {
            body[bi] = false;
            bi += 1;
            continue;
        }
        if past_half
            && b.chars <= vocab::END_MARKER_MAX_CHARS
            && (is_end_marker(&b.text) || is_end_heading(page, b.owner, &b.text))
        {
            let end = marker_box_end(page, last, roots, bi);
            if end < body.len() && body[end..].iter().any(|k| *k) && end > bi + 1 {
                body[bi..end].fill(false);
                bi = end;
                continue;
            }
            body[bi..].fill(false);
            return;
        }
        if body[bi] {
            seen += b.chars;
        }
        bi += 1;
    }
}

/// Where the box a closing heading opens ends (a block index): its largest ancestor that starts with it, below
/// the content's roots, and the link lists that follow it.
fn marker_box_end(page: &Page, last: &[usize], roots: &[usize], from: usize) -> usize {
    let mut bx = page.blocks[from].owner;
    loop {
        let p = page.elems[bx].parent;
        if p == NO_PARENT
            || roots.contains(&bx)
            || roots.contains(&p)
            || page.elems[p].first_block != from
        {
            break;
        }
        bx = p;
    }
    let mut end = page.blocks_in(bx, last).end;
    // Following siblings that are lists of links belong to the box.
    let parent = page.elems[bx].parent;
    let mut i = last[bx] + 1;
    while parent != NO_PARENT && i <= last[parent] {
        if link_density(page, i) <= vocab::MAX_LINK_DENSITY {
            break;
        }
        end = end.max(page.blocks_in(i, last).end);
        i = last[i] + 1;
    }
    end
}

/// Whether a heading, or a line ending in a colon, begins like a closing one ("Weitere Beiträge aus …", "More
/// from …:").
fn is_end_heading(page: &Page, owner: usize, text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    // A line that announces a list ("Lesen Sie auch die folgenden Beiträge:") heads one whatever its tag.
    if !matches!(page.elems[owner].name, "h2" | "h3" | "h4" | "h5" | "h6") && !lower.ends_with(':')
    {
        return false;
    }
    vocab::END_HEADING_PREFIXES
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Whether a block opens with a blog post's filing note ("This entry was posted in …").
fn is_post_footer(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    vocab::POST_FOOTERS.iter().any(|p| lower.starts_with(p))
}

/// Whether a block is a subscription pitch, a copyright notice or a comment form's fine print.
pub(super) fn is_appeal(text: &str) -> bool {
    let lower = text.to_lowercase();
    vocab::APPEAL_PHRASES
        .iter()
        .chain(crate::extract::vocab::boilerplate::APPEALS)
        .any(|p| lower.contains(p))
        || vocab::POST_FOOTERS.iter().any(|p| lower.contains(p))
        || (vocab::FOLLOW_OPENERS.iter().any(|o| lower.starts_with(o))
            && lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| crate::extract::vocab::boilerplate::SOCIAL_NETWORKS.contains(&w)))
}

/// The heading of a box the body does not keep, left as the body's last block ("More on this topic",
/// "Participating blogs:"): a few words, not a sentence (no full stop, no comma), no link, no number (a closing
/// date or phone number is the article's), not a list item or cell, and followed by blocks the body dropped.
/// Only that one block: the short lines before it may be the article's own (a closing list).
pub(super) fn drop_orphan_heading(page: &Page, body: &mut [bool]) {
    let Some(last) = body.iter().rposition(|k| *k) else {
        return;
    };
    let b = &page.blocks[last];
    let t = b.text.trim_end();
    if last + 1 < body.len()
        && b.chars <= vocab::ORPHAN_HEADING_MAX_CHARS
        && b.link_chars == 0
        && t.split_whitespace().count() <= vocab::ORPHAN_HEADING_MAX_WORDS
        && !t.contains([',', ';'])
        && !t.ends_with([
            '.', '!', '"', '»', '“', '”', ')', '。', '！', '？', '」', '』',
        ])
        && !t.contains(|c: char| c.is_ascii_digit())
        && !t.contains('\n')
        && !matches!(page.elems[b.owner].name, "li" | "td" | "th" | "dd" | "dt")
    {
        body[last] = false;
    }
}

/// Whether a short block is a closing heading: one of the end markers, alone or followed by a count or a colon
/// ("Kommentare (3)", "3 Kommentare", "Related articles:").
pub fn is_end_marker(text: &str) -> bool {
    let lower = text.to_lowercase();
    let t = lower
        .trim_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let matches = |m: &str| {
        t.strip_prefix(m).is_some_and(|rest| {
            rest.chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-')
                && rest.chars().filter(|c| c.is_alphabetic()).count() <= 2
        })
    };
    vocab::END_HEADINGS.iter().any(|m| matches(m))
        || crate::extract::vocab::boilerplate::END_MARKERS
            .iter()
            .any(|m| matches(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_blog_post_footers_are_footers() {
        let long = " Kategorien: Reisen, Wandern, Berge, Seen, Hütten, Wetter, Ausrüstung. Du kannst die \
                    Kommentare zu diesem Eintrag durch den RSS-Feed verfolgen. Kommentare sind geschlossen, \
                    aber Trackbacks und Pingbacks sind möglich, solange der Eintrag online steht. Schlagwörter: Alpen, Sommer, Familie, Kinder, Proviant.";
        for t in [
            format!("Der Beitrag wurde am Montag, den 3. Mai um 9:10 Uhr veröffentlicht.{long}"),
            format!("This entry was posted on Friday in Travel, Hiking.{long}"),
            format!("Ce billet a été publié le 4 mai dans Voyages.{long}"),
            format!("  Wpis został opublikowany w kategorii Podróże.{long}"),
        ] {
            assert!(t.chars().count() > vocab::APPEAL_MAX_CHARS, "{t}");
            assert!(is_post_footer(&t) && is_appeal(&t), "{t}");
        }
        // An article sentence that mentions when something was posted is no footer.
        assert!(!is_post_footer(
            "Als der Beitrag wurde am Abend gelöscht, fragten viele Leser nach dem Grund."
        ));
        assert!(!is_post_footer("We knew this entry was posted too early."));
    }

    #[test]
    fn closing_headings_in_several_languages() {
        for t in [
            "Related articles",
            "Kommentare (3)",
            "3 Kommentare",
            "Das könnte Sie auch interessieren!",
            "Articles les plus lus",
            "Noticias relacionadas:",
            "Leggi anche",
            "Unsere Lesetipps",
            "Beliebt.",
            "Popular",
            "AUTOR",
            "Author",
            "Auteur :",
            "Автор",
        ] {
            assert!(is_end_marker(t), "{t}");
        }
        for t in [
            "Beliebt bei Familien ist vor allem der neue Spielplatz",
            "Popular support for the plan fell",
            "Relatedness in small groups",
            "Kommentarfunktion und Moderation im Wandel",
            "Comments from the minister surprised the committee",
            "Autor: Jan Nowak",
            "Authority figures",
            "Auteure de trois romans, elle vit à Lyon",
        ] {
            assert!(!is_end_marker(t), "{t}");
        }
    }

    #[test]
    fn follow_membership_filing_rating_and_citation_appeals() {
        for t in [
            "Follow the Courier on Twitter and Instagram for more local news.",
            "Folgen Sie uns auf Facebook und Instagram!",
            "Suivez la rédaction sur LinkedIn.",
            "Werden Sie Mitglied und erhalten Sie exklusive Angebote!",
            "Hazte miembro y disfruta de beneficios exclusivos.",
            "Get the latest news straight to your phone with our app.",
            "This entry was posted on Monday, 3 May 2021 and is filed under Travel.",
            "Der Beitrag wurde am Mittwoch, den 4. Mai 2022 veröffentlicht.",
            "(Noch keine Bewertungen) Loading...",
            "Suggested citation: Roe, Jane: On bridges, Harbour Blog, 2021.",
            "Zitiervorschlag: Jane Roe, Über Brücken, 2021.",
        ] {
            assert!(is_appeal(t), "{t}");
        }
        for t in [
            "Followers of the old rite met on the square on Sunday.",
            "Die Polizei folgte der Spur bis zum Hafen.",
            "Follow the river path until the second bridge.",
        ] {
            assert!(!is_appeal(t), "{t}");
        }
    }
}
