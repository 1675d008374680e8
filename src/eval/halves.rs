//! Two halves of a dev set, split by the page's domain, so a rule tuned on one half can be checked on pages
//! of sites it never saw: a rule that only fits the sites it was tuned on wins on its half and loses on the
//! other.
//!
//! The split is stable across runs, machines and versions: the domain (the URL's host, lower-cased, without a
//! leading `www.`) is hashed with 64-bit FNV-1a, and an even hash puts the page in half A, an odd one in half
//! B. A truth page without a URL (the readability set names pages `site-N`) hashes its name without the
//! trailing `-N`, so the pages of one site stay together.

/// One of the two halves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Half {
    A,
    B,
}

impl Half {
    pub fn name(self) -> &'static str {
        match self {
            Half::A => "A",
            Half::B => "B",
        }
    }
}

/// 64-bit FNV-1a: simple, documented, and the same everywhere (unlike `std`'s randomly seeded hasher).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The domain a page belongs to: the host of a URL (lower-cased, no `www.`, no port, no credentials), or, for a
/// name that is not a URL, the name without a trailing `-N` or `_N`.
pub fn domain(url_or_name: &str) -> String {
    let s = url_or_name.trim();
    if let Some((_, rest)) = s.split_once("://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit('@').next().unwrap_or(host);
        let host = host.split(':').next().unwrap_or(host).to_lowercase();
        return host.strip_prefix("www.").unwrap_or(&host).to_string();
    }
    let trimmed = s.trim_end_matches(|c: char| c.is_ascii_digit());
    match trimmed.strip_suffix(['-', '_']) {
        Some(stem) if trimmed.len() < s.len() && !stem.is_empty() => stem.to_lowercase(),
        _ => s.to_lowercase(),
    }
}

/// The half of a page, by its URL (or name when it has none).
pub fn half_of(url_or_name: &str) -> Half {
    if fnv1a64(domain(url_or_name).as_bytes()).is_multiple_of(2) {
        Half::A
    } else {
        Half::B
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn domains_fold_hosts_and_site_names() {
        assert_eq!(domain("https://WWW.Example.org:8080/a?b"), "example.org");
        assert_eq!(domain("http://user@news.example.org"), "news.example.org");
        assert_eq!(domain("nytimes-2"), "nytimes");
        assert_eq!(domain("001"), "001");
        assert_eq!(domain("wikipedia"), "wikipedia");
    }

    #[test]
    fn one_site_stays_in_one_half() {
        assert_eq!(
            half_of("https://www.example.org/a"),
            half_of("http://example.org/b/c")
        );
        assert_eq!(half_of("site-1"), half_of("site-12"));
        // Both halves occur: the split is not degenerate.
        let halves: std::collections::HashSet<Half> = ["a.org", "b.org", "c.org", "d.org", "e.org"]
            .iter()
            .map(|d| half_of(&format!("https://{d}/")))
            .collect();
        assert_eq!(halves.len(), 2);
    }
}
