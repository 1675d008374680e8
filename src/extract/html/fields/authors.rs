//! Authors from metadata and bylines: people over publishers, the best source first.

use super::cand;
use crate::extract::authors;
use crate::extract::html::meta::Meta;
use crate::extract::html::vocab;
use crate::extract::vocab::bylines;
use crate::record::Candidate;

/// Authors from metadata, best source first; `bylines` are (origin, raw text) found in the page.
///
/// The first source that names anyone wins, unless what it names looks like the publisher rather than a writer
/// (the site's own name, an acronym, a user handle, a first name alone) while a byline in the page names a
/// person: then the byline's names are taken (see `prefer_person`).
pub fn authors(
    meta: &Meta,
    bylines: &[(&'static str, String)],
    site: Option<&str>,
    url: Option<&str>,
) -> (Vec<String>, Vec<Candidate>) {
    let not_site = |n: &String| site.is_none_or(|s| !crate::extract::html::title::similar(n, s));
    let mut sources: Vec<(&str, Vec<String>)> = Vec::new();
    let ld: Vec<String> = meta
        .ld
        .authors
        .iter()
        .flat_map(|a| authors::clean_meta(a))
        .collect();
    sources.push(("json-ld", ld));
    for origin in ["microdata", "author-link"] {
        // Links to author pages and `itemprop=author` also sit in lists of related posts: only the first is the
        // byline's (several authors of one article come from the sources that list them together).
        let take = 1;
        let found: Vec<String> = meta
            .inline
            .iter()
            .filter(|(o, k, _)| *k == "author" && *o == origin)
            .take(take)
            .flat_map(|(_, _, v)| authors::clean_meta(v))
            .collect();
        sources.push((origin, found));
    }
    for (origin, raw) in bylines.iter().filter(|(o, _)| *o == "byline") {
        sources.push((origin, authors::clean(raw)));
    }
    // Elements classed as the author's: the first that holds a name.
    if let Some(found) = meta
        .inline
        .iter()
        .filter(|(o, k, _)| *k == "author" && *o == "author-class")
        .map(|(_, _, v)| authors::clean_meta(v))
        .find(|n| !n.is_empty())
    {
        sources.push(("author-class", found));
    }
    // `<meta name=author>` is often the site's or the agency's, not the writer's: it comes after the page's own
    // bylines (calibrated on the snippets dev set: 18 of 38 right as the first source).
    let mut m = Vec::new();
    for (_, v) in meta.all(vocab::META_AUTHOR) {
        if !v.contains("://") && !v.starts_with('@') {
            m.extend(authors::clean_meta(v));
        }
    }
    sources.push(("meta", m));
    for (origin, raw) in bylines.iter().filter(|(o, _)| *o != "byline") {
        sources.push((origin, authors::clean(raw)));
    }
    let mut cands = Vec::new();
    let mut lists: Vec<(&str, Vec<String>)> = Vec::new();
    for (origin, names) in sources {
        let mut names: Vec<String> = names.into_iter().map(|n| cut_site(n, site)).collect();
        dedup_ci(&mut names);
        if names.is_empty() {
            continue;
        }
        cands.push(cand(names.join("; "), origin));
        lists.push((origin, names));
    }
    cands.dedup_by(|a, b| a.value == b.value);
    let host = url.and_then(host_of);
    let publisher = |n: &String| !not_site(n) || host.as_deref().is_some_and(|h| names_host(n, h));
    let chosen = prefer_person(&lists, &publisher);
    (chosen, cands)
}

/// A person's name followed by the site's name and a role ("Adam Roe PhillyVoice Staff"): the name alone.
fn cut_site(name: String, site: Option<&str>) -> String {
    let Some(site) = site
        .map(crate::extract::html::title::fold)
        .filter(|s| s.len() >= 3)
    else {
        return name;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    for i in 2..words.len() {
        let rest = crate::extract::html::title::fold(&words[i..].join(" "));
        if rest.starts_with(&site) {
            return words[..i].join(" ");
        }
    }
    name
}

/// Sources whose names are people, as a page shows them.
const PERSON_SOURCES: &[&str] = &[
    "byline",
    "byline-class",
    "author-class",
    "author-link",
    "byline-end",
];

/// The first list that names anyone, without the publisher's name when it also names people; a later byline
/// instead when that first list names only the publisher (the site, an acronym), or is a first name or a user
/// handle that a byline writes out in full.
fn prefer_person(
    lists: &[(&str, Vec<String>)],
    publisher: &dyn Fn(&String) -> bool,
) -> Vec<String> {
    let Some((_, first)) = lists.first() else {
        return Vec::new();
    };
    let people = || {
        lists[1..]
            .iter()
            .filter(|(o, _)| PERSON_SOURCES.contains(o))
            .map(|(_, n)| n)
    };
    let acronym = |n: &String| {
        let c = n.chars().filter(|c| c.is_alphabetic()).count();
        (1..=3).contains(&c) && !n.chars().any(char::is_lowercase)
    };
    let org = |n: &String| publisher(n) || acronym(n) || organisation(n);
    // Publisher names dropped from a list that also names people.
    let persons: Vec<String> = first.iter().filter(|n| !org(n)).cloned().collect();
    let Some(chosen) = (if persons.is_empty() {
        people().find(|n| n.iter().all(|x| !org(x))).cloned()
    } else {
        Some(persons)
    }) else {
        return first.clone();
    };
    if let [one] = chosen.as_slice()
        && !one.contains(' ')
        && let Some(full) = people().find(|n| {
            let Some(full) = n.first().filter(|_| n.len() == 1) else {
                return false;
            };
            // A first name alone ("Nils") that a byline writes in full ("Nils Pickert").
            let extends = full.len() > one.len()
                && full
                    .to_lowercase()
                    .starts_with(&format!("{} ", one.to_lowercase()));
            // A user handle ("arianschlichenmayer", "gabor_munier") spelling the very name a byline writes out.
            let spelled =
                !one.chars().any(char::is_uppercase) && ascii_fold(full) == ascii_fold(one);
            extends || spelled
        })
    {
        return full.clone();
    }
    // A later source naming the same people and more ("Ann Lee" in JSON-LD, "Ann Lee, Bo Chan" by the headline).
    // `<meta name=author>` is left out here: it lists the publisher beside the writer as often as not.
    let folded = |v: &[String]| v.iter().map(|n| ascii_fold(n)).collect::<Vec<_>>();
    let have = folded(&chosen);
    let handle = |n: &String| !n.contains(' ') && !n.chars().any(char::is_uppercase);
    lists
        .iter()
        .filter(|(o, _)| *o != "meta")
        .map(|(_, n)| n)
        .filter(|n| {
            let mut l = folded(n);
            l.dedup();
            l.len() > have.len()
                && have.iter().all(|h| l.contains(h))
                && !n.iter().any(|x| org(x) || handle(x))
        })
        .max_by_key(|n| n.len())
        .cloned()
        .unwrap_or(chosen)
}

/// Whether a name is an organisation's by its legal form or kind ("Web Commerce GmbH", "Hanns-Seidel-Stiftung
/// e.V.").
fn organisation(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        let w = w.trim_matches(|c: char| c == ',' || c == '(' || c == ')');
        bylines::ORGANISATION_WORDS.contains(&w)
            || bylines::ORGANISATION_ENDINGS
                .iter()
                .any(|e| w.len() > e.len() && w.ends_with(e))
    })
}

/// Letters only, lowercase, common Latin accents dropped: "Gàbor Muniér" and "gabor_munier" fold alike.
fn ascii_fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ñ' => "n",
            'ç' => "c",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => continue,
        };
        out.push_str(base);
    }
    out
}

/// The host of a URL, lowercase, without `www.`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    Some(host.trim_start_matches("www.").to_string())
}

/// Whether a name is the site's host spelled as words ("Helmholtz Klima" for helmholtz-klima.de, "LN" for
/// ln-online.de, "Volksblatt" for volksblatt.at).
fn names_host(name: &str, host: &str) -> bool {
    let folded = crate::extract::html::title::fold(name);
    if folded.len() < 2 {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let main = labels.len().checked_sub(2).map_or(host, |i| labels[i]);
    let main_folded: String = main.chars().filter(|c| c.is_alphanumeric()).collect();
    main_folded == folded
        || main.split('-').any(|part| part == folded)
        || (folded.len() >= 4 && main_folded.contains(&folded))
        || (main_folded.len() >= 4 && folded.contains(&main_folded))
}

fn dedup_ci(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|s| seen.insert(s.to_lowercase()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(origin: &'static str, names: &[&str]) -> (&'static str, Vec<String>) {
        (origin, names.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn publisher_gives_way_to_a_person() {
        let host = Some("valley-courier.example".to_string());
        let publisher =
            |n: &String| host.as_deref().is_some_and(|h| names_host(n, h)) || n == "Valley Courier";
        let pick = |lists: &[(&str, Vec<String>)]| prefer_person(lists, &publisher);
        assert_eq!(
            pick(&[
                l("json-ld", &["Valley Courier"]),
                l("byline", &["Jane Roe"])
            ]),
            ["Jane Roe"]
        );
        assert_eq!(
            pick(&[l("json-ld", &["VC"]), l("author-class", &["Jane Roe"])]),
            ["Jane Roe"]
        );
        assert_eq!(
            pick(&[l("meta", &["Valley Courier", "Jane Roe"])]),
            ["Jane Roe"]
        );
        assert_eq!(
            pick(&[l("meta", &["Web Works GmbH"]), l("byline", &["Jane Roe"])]),
            ["Jane Roe"]
        );
        // The publisher alone stays when no person is named.
        assert_eq!(
            pick(&[l("json-ld", &["Valley Courier"])]),
            ["Valley Courier"]
        );
        // A handle or a first name written out in full by a byline.
        assert_eq!(
            pick(&[
                l("json-ld", &["gabor_munier"]),
                l("byline", &["Gàbor Muniér"])
            ]),
            ["Gàbor Muniér"]
        );
        assert_eq!(
            pick(&[l("json-ld", &["Nils"]), l("byline", &["Nils Picker"])]),
            ["Nils Picker"]
        );
        // A real user name stays when the byline is someone else.
        assert_eq!(
            pick(&[
                l("json-ld", &["jesusfreak"]),
                l("byline", &["Rezept Profil"])
            ]),
            ["jesusfreak"]
        );
        // A later source with the same people and more.
        assert_eq!(
            pick(&[
                l("json-ld", &["Ann Lee"]),
                l("author-class", &["Ann Lee", "Bo Chan"])
            ]),
            ["Ann Lee", "Bo Chan"]
        );
    }

    #[test]
    fn site_after_a_name_is_cut() {
        assert_eq!(
            cut_site("Adam Roe PhillyVoice Staff".into(), Some("PhillyVoice")),
            "Adam Roe"
        );
        assert_eq!(
            cut_site(
                "Redaktion Polizeiticker Schweiz".into(),
                Some("Polizeiticker")
            ),
            "Redaktion Polizeiticker Schweiz"
        );
    }

    #[test]
    fn host_names() {
        assert!(names_host("Helmholtz Klima", "helmholtz-klima.de"));
        assert!(names_host("LN", "ln-online.de"));
        assert!(names_host("OÖ Volksblatt", "volksblatt.at"));
        assert!(!names_host("Jane Roe", "volksblatt.at"));
    }
}
