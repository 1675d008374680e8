//! The headline: the page's own `<h1>` when metadata agrees with it, else JSON-LD / OpenGraph, else `<title>`
//! without the site's name.

use super::meta::Meta;
use super::vocab;
use crate::record::Candidate;

/// Chooses the headline; every candidate is returned with its origin, the chosen one first.
/// A heading of the page: its text, tag origin (`h1`, `h2`), and whether it stands by the article (just before
/// the body or inside it, outside furniture).
pub struct Heading {
    pub text: String,
    pub origin: &'static str,
    pub near: bool,
}

pub fn choose(
    meta: &Meta,
    heads: &[Heading],
    site: Option<&str>,
) -> (Option<String>, Vec<Candidate>) {
    let mut cands: Vec<Candidate> = Vec::new();
    fn add(cands: &mut Vec<Candidate>, v: &str, origin: &str) {
        let v = super::meta::collapse(v);
        if !v.is_empty() && v.chars().count() <= 400 && !cands.iter().any(|c| c.value == v) {
            cands.push(Candidate {
                value: v,
                origin: origin.to_string(),
            });
        }
    }
    let mut push = |v: &str, origin: &str| add(&mut cands, v, origin);
    if let Some(h) = &meta.ld.headline {
        push(&strip_site(h, site), "json-ld");
    }
    for (k, v) in meta.all(vocab::META_TITLE) {
        let origin = if k.starts_with("og:") {
            "opengraph"
        } else if k.starts_with("twitter:") {
            "twitter"
        } else {
            "meta"
        };
        push(&strip_site(v, site), origin);
    }
    for (o, k, v) in &meta.inline {
        if *k == "headline" {
            push(v, o);
        }
    }
    if let Some(t) = &meta.title_tag {
        push(&strip_site(t, site), "title-tag");
    }
    let meta_count = cands.len();
    for h in heads {
        add(&mut cands, &h.text, h.origin);
    }
    let chosen = pick(&cands[..meta_count], heads, site).map(|c| match c {
        Pick::Meta(i) => i,
        Pick::Heading(h) => cands
            .iter()
            .position(|c| c.value == super::meta::collapse(&heads[h].text))
            .unwrap_or(0),
    });
    if let Some(i) = chosen {
        let c = cands.remove(i);
        cands.insert(0, c);
        // A heading that runs a kicker or a date into the headline ("Klimaschutz Bohren, bis es heiß wird",
        // "Jun 17 Das schönste Ende der Welt"): another candidate that is its tail, at least half of it, is the
        // headline alone.
        // A kicker set off by punctuation ("Sazerac - alles über …", "\"Pure Leere\": …") is part of the headline.
        let value = cands[0].value.clone();
        let whole = fold(&value);
        let glued = |tail: &str| {
            value
                .char_indices()
                .map(|(i, _)| i)
                .rfind(|&i| fold(&value[i..]) == tail)
                .is_some_and(|i| {
                    let head = value[..i].trim_end();
                    head.chars()
                        .last()
                        .is_some_and(|c| c.is_alphanumeric() || c == ')')
                })
        };
        if let Some(j) = cands[1..].iter().position(|c| {
            let tail = fold(&c.value);
            !matches!(c.origin.as_str(), "h1" | "h2")
                && tail.len() < whole.len()
                && tail.len() * 2 >= whole.len()
                && whole.ends_with(&tail)
                && glued(&tail)
        }) {
            let c = cands.remove(j + 1);
            cands.insert(0, c);
        }
    }
    let title = chosen.map(|_| cands[0].value.clone());
    (title, cands)
}

enum Pick {
    Meta(usize),
    Heading(usize),
}

/// The best candidate: a heading by the article that metadata or `<title>` confirms (an `h1` before an `h2`);
/// else the main `<h1>` by the article unless it is the site's name; else the metadata headline; else the title
/// tag; else any `<h1>`. The page's own headline wins over metadata, which is often rewritten for search and
/// social sites.
fn pick(metas: &[Candidate], heads: &[Heading], site: Option<&str>) -> Option<Pick> {
    for origin in ["h1", "h2"] {
        if let Some(h) = heads
            .iter()
            .position(|h| h.origin == origin && metas.iter().any(|m| similar(&m.value, &h.text)))
        {
            return Some(Pick::Heading(h));
        }
    }
    if let Some(h) = heads.iter().position(|h| h.origin == "h1" && h.near) {
        let v = &heads[h].text;
        let is_site = site.is_some_and(|s| similar(s, v));
        if !is_site && v.chars().count() >= 3 {
            return Some(Pick::Heading(h));
        }
    }
    if let Some(i) = metas.iter().position(|c| {
        matches!(
            c.origin.as_str(),
            "json-ld" | "opengraph" | "twitter" | "meta" | "microdata"
        )
    }) {
        return Some(Pick::Meta(i));
    }
    if let Some(i) = metas.iter().position(|c| c.origin == "title-tag") {
        return Some(Pick::Meta(i));
    }
    heads
        .iter()
        .position(|h| h.origin == "h1")
        .map(Pick::Heading)
}

/// Letters and digits only, lowercase: what two spellings of a headline share.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two headlines are the same text, or one holds the other nearly whole.
pub fn similar(a: &str, b: &str) -> bool {
    similar_folded(&fold(a), b)
}

/// [`similar`] with the first text already [`fold`]ed: the page's title is compared with every block.
pub fn similar_folded(fa: &str, b: &str) -> bool {
    // Folding drops characters and lower-casing grows one by half at most (`İ`, 2 bytes, to `i̇`, 3): a block
    // too short to reach 60 % of the title even so is not it, without folding it (every block is asked).
    if fa.is_empty() || b.len() * 15 < fa.len() * 6 {
        return false;
    }
    let fb = fold(b);
    if fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    let (short, long) = if fa.len() < fb.len() {
        (fa, fb.as_str())
    } else {
        (fb.as_str(), fa)
    };
    long.contains(short) && short.len() * 10 >= long.len() * 6
}

/// Removes the site's name and its separator from a page title ("Headline | Site" → "Headline").
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    let t = super::meta::collapse(title);
    for sep in vocab::TITLE_SEPARATORS {
        let parts: Vec<&str> = t.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        if let Some(site) = site {
            let fs = fold(site);
            let kept: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| {
                    let fp = fold(p);
                    !(fp == fs
                        || (!fs.is_empty()
                            && (fp.contains(&fs) || fs.contains(&fp))
                            && p.split_whitespace().count() <= 4))
                })
                .collect();
            if !kept.is_empty() && kept.len() < parts.len() {
                return kept.join(sep);
            }
        }
        // No site name to match: a short last (or first) part is the site's name.
        let first = parts[0];
        let last = parts[parts.len() - 1];
        let words = |s: &str| s.split_whitespace().count();
        if words(last) <= 4 && words(first) > words(last) {
            return parts[..parts.len() - 1].join(sep);
        }
        if words(first) <= 3 && words(last) > words(first) + 2 && parts.len() == 2 {
            return last.to_string();
        }
    }
    strip_cjk_site(&t).unwrap_or(t)
}

/// Chinese and Japanese titles join the site's name without spaces (`标题-新华网`, `記事名_サイト名`): a short last
/// part after such a separator, in CJK script, is the site's name.
fn strip_cjk_site(t: &str) -> Option<String> {
    let is_cjk = |c: char| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF);
    let (i, sep) = t
        .char_indices()
        .rfind(|(_, c)| vocab::CJK_TITLE_SEPARATORS.contains(c))?;
    let (head, tail) = (t[..i].trim(), t[i + sep.len_utf8()..].trim());
    let tail_chars = tail.chars().count();
    ((2..=vocab::CJK_SITE_MAX_CHARS).contains(&tail_chars)
        && tail.chars().any(is_cjk)
        && head.chars().filter(|c| is_cjk(*c)).count() > tail_chars)
        .then(|| head.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_site_names_joined_without_spaces() {
        assert_eq!(
            strip_site("武汉的声音：有英勇的你，才有英雄的城！-新华网", None),
            "武汉的声音：有英勇的你，才有英雄的城！"
        );
        assert_eq!(
            strip_site("東京の桜が満開に_ニュースサイト", None),
            "東京の桜が満開に"
        );
        // A Latin title keeps its hyphens; a long last part is not a site's name.
        assert_eq!(strip_site("Covid-19 in Wuhan", None), "Covid-19 in Wuhan");
        assert_eq!(
            strip_site("新华网-武汉的声音有英勇的你才有英雄的城", None),
            "新华网-武汉的声音有英勇的你才有英雄的城"
        );
    }

    #[test]
    fn a_block_too_short_for_the_title_is_not_it() {
        let fa = fold("Rivers rise again across the northern valleys");
        assert!(!similar_folded(&fa, "Rivers"));
        assert!(similar_folded(
            &fa,
            "Rivers rise again across the northern valleys!"
        ));
        // Lower-casing may lengthen a block: `İ` folds to two characters, and a title of them still matches.
        let fi = fold("İİİİİİ");
        assert!(similar_folded(&fi, "İİİİİİ"));
    }

    #[test]
    fn strips_site_names() {
        assert_eq!(
            strip_site("Rain falls on the plain | Daily Bugle", Some("Daily Bugle")),
            "Rain falls on the plain"
        );
        assert_eq!(
            strip_site("Rain falls on the plain - Bugle", None),
            "Rain falls on the plain"
        );
        assert_eq!(
            strip_site("Bugle | Rain falls on the plain today", None),
            "Rain falls on the plain today"
        );
        assert_eq!(strip_site("Rain falls", None), "Rain falls");
    }

    #[test]
    fn kicker_run_into_the_heading_is_dropped() {
        let meta = Meta {
            tags: vec![("og:title".into(), "Bridges over the quiet river".into())],
            ..Meta::default()
        };
        let heads = [Heading {
            text: "Transport Bridges over the quiet river".into(),
            origin: "h1",
            near: true,
        }];
        let (t, _) = choose(&meta, &heads, None);
        assert_eq!(t.as_deref(), Some("Bridges over the quiet river"));
        // Set off by punctuation, the kicker belongs to the headline.
        let heads = [Heading {
            text: "Transport: Bridges over the quiet river".into(),
            origin: "h1",
            near: true,
        }];
        let (t, _) = choose(&meta, &heads, None);
        assert_eq!(
            t.as_deref(),
            Some("Transport: Bridges over the quiet river")
        );
    }

    #[test]
    fn similar_headlines() {
        assert!(similar(
            "Rain falls on the plain",
            "Rain Falls On The Plain!"
        ));
        assert!(!similar("Rain", "Rain falls on the plain in Spain"));
    }
}
