//! URLs done once, for every field that holds one: relative links resolved against the page's URL or its
//! `<base>`, only `http`/`https` accepted as a record's or an image's URL (never `javascript:` or `data:`), a
//! canonical form for comparing (duplicates), and the site's registrable domain from the public suffix list.

use url::Url;

/// Query parameters that only track a click or a campaign: dropped from the canonical form. Names ending in
/// `*` are prefixes.
const TRACKING_PARAMS: &[&str] = &[
    "utm_*",
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "rb_clickid",
    "s_cid",
    "ncid",
    "cmpid",
    "at_medium",
    "at_campaign",
];

/// `u` parsed, when it is an absolute `http` or `https` URL with a host.
pub fn parse_web(u: &str) -> Option<Url> {
    let url = Url::parse(u.trim()).ok()?;
    (matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty()))
        .then_some(url)
}

/// True for an absolute `http`/`https` URL: the only kind kept as a record's or an image's URL.
pub fn is_web(u: &str) -> bool {
    parse_web(u).is_some()
}

/// `href` resolved against `base` (the page's URL, or its `<base>` resolved against it), kept only when the
/// result is an `http`/`https` URL. Without a base, only an absolute `href` is kept.
pub fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let joined = match base.and_then(parse_web) {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    parse_web(joined.as_str()).map(String::from)
}

/// The canonical form of a URL, for comparing two records' URLs: scheme and host lower-cased, the default port
/// and the fragment dropped, tracking parameters (`utm_*`, `fbclid`, `gclid`, …) removed, an empty query
/// dropped. `None` for anything but an `http`/`https` URL.
pub fn canonical(u: &str) -> Option<String> {
    let mut url = parse_web(u)?;
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !is_tracking(k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else if url.query_pairs().count() != kept.len() {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(url.into())
}

fn is_tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    TRACKING_PARAMS.iter().any(|p| match p.strip_suffix('*') {
        Some(prefix) => key.starts_with(prefix),
        None => key == *p,
    })
}

/// The registrable domain of a URL's host by the public suffix list (`news.bbc.co.uk` → `bbc.co.uk`), for a
/// site name when the page gives none. `None` for IP addresses and hosts that are a public suffix themselves.
pub fn registrable_domain(u: &str) -> Option<String> {
    let url = parse_web(u)?;
    let host = url.domain()?.trim_end_matches('.').to_ascii_lowercase();
    let domain = psl::domain_str(&host)?;
    Some(domain.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_resolve_and_only_web_urls_pass() {
        let base = Some("https://gazette.example/2025/03/story.html");
        assert_eq!(
            resolve(base, "../photos/a.jpg").as_deref(),
            Some("https://gazette.example/2025/photos/a.jpg")
        );
        assert_eq!(
            resolve(base, "//cdn.example/x.png").as_deref(),
            Some("https://cdn.example/x.png")
        );
        assert_eq!(resolve(None, "/x.png"), None);
        for bad in [
            "javascript:alert(1)",
            "data:image/png;base64,AAAA",
            "file:///etc/passwd",
            "mailto:a@b.c",
            "",
        ] {
            assert_eq!(resolve(base, bad), None, "{bad}");
            assert!(!is_web(bad), "{bad}");
        }
        assert!(is_web("HTTPS://Gazette.example/a"));
    }

    #[test]
    fn canonical_form_drops_what_does_not_name_the_page() {
        assert_eq!(
            canonical(
                "HTTPS://Gazette.EXAMPLE:443/a/b?id=7&utm_source=x&UTM_Medium=y&fbclid=z#top"
            )
            .as_deref(),
            Some("https://gazette.example/a/b?id=7")
        );
        assert_eq!(
            canonical("http://gazette.example:80/?gclid=1").as_deref(),
            Some("http://gazette.example/")
        );
        assert_eq!(
            canonical("https://gazette.example:8443/a?b=1&c=2").as_deref(),
            Some("https://gazette.example:8443/a?b=1&c=2")
        );
        assert_eq!(canonical("javascript:alert(1)"), None);
        assert_eq!(
            canonical("https://a.example/x?utm_campaign=1"),
            canonical("https://A.example/x#frag")
        );
    }

    #[test]
    fn registrable_domains_by_the_public_suffix_list() {
        assert_eq!(
            registrable_domain("https://news.bbc.co.uk/a").as_deref(),
            Some("bbc.co.uk")
        );
        assert_eq!(
            registrable_domain("https://www.lemonde.fr/").as_deref(),
            Some("lemonde.fr")
        );
        assert_eq!(
            registrable_domain("https://user.github.io/").as_deref(),
            Some("user.github.io")
        );
        assert_eq!(registrable_domain("https://co.uk/"), None);
        assert_eq!(registrable_domain("http://127.0.0.1/"), None);
    }
}
