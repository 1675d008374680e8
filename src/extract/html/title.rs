//! The headline: the page's own `<h1>` when metadata agrees with it, else JSON-LD / OpenGraph, else `<title>`
//! without the site's name.

use super::meta::Meta;
use super::vocab;
use crate::record::Candidate;

/// Chooses the headline; every candidate is returned with its origin, the chosen one first.
pub fn choose(meta: &Meta, h1s: &[String], site: Option<&str>) -> (Option<String>, Vec<Candidate>) {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut push = |v: &str, origin: &str| {
        let v = super::meta::collapse(v);
        if !v.is_empty() && v.chars().count() <= 400 && !cands.iter().any(|c| c.value == v) {
            cands.push(Candidate { value: v, origin: origin.to_string() });
        }
    };
    if let Some(h) = &meta.ld.headline {
        push(&strip_site(h, site), "json-ld");
    }
    for (k, v) in meta.all(vocab::META_TITLE) {
        let origin = if k.starts_with("og:") { "opengraph" } else if k.starts_with("twitter:") { "twitter" } else { "meta" };
        push(&strip_site(v, site), origin);
    }
    for (o, k, v) in &meta.inline {
        if *k == "headline" {
            push(v, o);
        }
    }
    for h in h1s.iter().take(3) {
        push(h, "h1");
    }
    if let Some(t) = &meta.title_tag {
        push(&strip_site(t, site), "title-tag");
    }
    let chosen = pick(&cands, site);
    if let Some(i) = chosen {
        let c = cands.remove(i);
        cands.insert(0, c);
    }
    let title = chosen.map(|_| cands[0].value.clone());
    (title, cands)
}

/// Index of the best candidate: an `<h1>` that metadata or `<title>` confirms; else the page's main `<h1>`
/// (the one by the article, listed first) unless it is the site's name; else the metadata headline; else the
/// title tag. The page's own headline wins over metadata because metadata titles are often rewritten for
/// search and social sites (on the dev set, h1 first: title 0.71 → see vocab notes).
fn pick(cands: &[Candidate], site: Option<&str>) -> Option<usize> {
    let others: Vec<&Candidate> = cands.iter().filter(|c| c.origin != "h1").collect();
    for (i, c) in cands.iter().enumerate() {
        if c.origin == "h1" && others.iter().any(|o| similar(&o.value, &c.value)) {
            return Some(i);
        }
    }
    if let Some(i) = cands.iter().position(|c| c.origin == "h1") {
        let v = &cands[i].value;
        let is_site = site.is_some_and(|s| similar(s, v)) || others.iter().any(|o| o.origin == "title-tag" && site_part_of(&o.value, v));
        if !is_site && v.chars().count() >= 3 {
            return Some(i);
        }
    }
    if let Some(i) = cands.iter().position(|c| matches!(c.origin.as_str(), "json-ld" | "opengraph" | "twitter" | "meta" | "microdata")) {
        return Some(i);
    }
    cands.iter().position(|c| c.origin == "title-tag").or_else(|| cands.iter().position(|c| c.origin == "h1"))
}

/// Whether `part` is the site-name part of a page title split at a separator.
fn site_part_of(title: &str, part: &str) -> bool {
    let fp = fold(part);
    fold(title) == fp
}

/// Letters and digits only, lowercase: what two spellings of a headline share.
pub fn fold(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether two headlines are the same text, or one holds the other nearly whole.
pub fn similar(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    let (short, long) = if fa.len() < fb.len() { (&fa, &fb) } else { (&fb, &fa) };
    long.contains(short.as_str()) && short.len() * 10 >= long.len() * 6
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
            let kept: Vec<&str> = parts.iter().copied().filter(|p| {
                let fp = fold(p);
                !(fp == fs || (!fs.is_empty() && (fp.contains(&fs) || fs.contains(&fp)) && p.split_whitespace().count() <= 4))
            }).collect();
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
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_site_names() {
        assert_eq!(strip_site("Rain falls on the plain | Daily Bugle", Some("Daily Bugle")), "Rain falls on the plain");
        assert_eq!(strip_site("Rain falls on the plain - Bugle", None), "Rain falls on the plain");
        assert_eq!(strip_site("Bugle | Rain falls on the plain today", None), "Rain falls on the plain today");
        assert_eq!(strip_site("Rain falls", None), "Rain falls");
    }

    #[test]
    fn similar_headlines() {
        assert!(similar("Rain falls on the plain", "Rain Falls On The Plain!"));
        assert!(!similar("Rain", "Rain falls on the plain in Spain"));
    }
}
