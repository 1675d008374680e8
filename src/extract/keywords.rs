//! A page's keywords as people read them: a CMS's own codes left out, repeats dropped.
//!
//! Content systems write their routing and ad codes into the keywords meta tag and JSON-LD beside the real
//! keywords: `Section:culture`, `AdNode:news/world`, `topic_1234`, `a3f9c2e1b7d40c55`, `1234567`. No person
//! types those, and their shape tells them, whatever the site: a name and a value joined by a colon without a
//! space, an underscore joining words, or a run of letters and digits that is mostly digits.

/// The keywords without codes and without repeats (compared case-insensitively), in their order.
pub fn clean(keywords: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    keywords
        .into_iter()
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty() && !is_code(k) && seen.insert(k.to_lowercase()))
        .collect()
}

/// Whether a keyword is a system's code rather than a word for people.
pub fn is_code(k: &str) -> bool {
    // A phrase with spaces is written for people ("Star Wars: Episode IV").
    if k.chars().any(char::is_whitespace) {
        return false;
    }
    // `Section:culture`, `AdNode:news/world`, `nyt://topic/123`.
    if let Some((key, value)) = k.split_once(':')
        && !key.is_empty()
        && !value.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return true;
    }
    // `topic_1234`, `breaking_news`.
    if k.contains('_') {
        return true;
    }
    // Ids: a bare number longer than a year, a long run half digits or more, hex and uuids; `COVID-19`, `G7`,
    // `iPhone15`, `4000hertz`, `2024` stay.
    let n = k.chars().count();
    let digits = k.chars().filter(char::is_ascii_digit).count();
    let hex_id = n >= 16 && digits > 0 && k.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    (digits == n && n > 4) || (n >= 8 && digits * 2 >= n) || hex_id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn codes_go_and_words_stay() {
        let got = clean(v(&[
            "Section:culture",
            "Opera",
            "AdNode:news/world",
            "topic_1234",
            "a3f9c2e1b7d40c55",
            "6f1c2a9e-3b7d-4e1a-9c2f-0d8e7b6a5c43",
            "1234567",
            "Star Wars: Episode IV",
            "COVID-19",
            "G7",
            "2024",
            "iPhone15",
            "4000hertz",
            "opera",
            "Санкт-Петербург",
            "東京",
        ]));
        assert_eq!(
            got,
            v(&[
                "Opera",
                "Star Wars: Episode IV",
                "COVID-19",
                "G7",
                "2024",
                "iPhone15",
                "4000hertz",
                "Санкт-Петербург",
                "東京"
            ])
        );
    }
}
