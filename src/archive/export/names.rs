//! Author strings to CSL names: `family`/`given` for a person's name we can split, `literal` otherwise.

use super::vocab::{ORGANISATION_WORDS, PARTICLES, SUFFIXES};
use serde_json::{Value, json};

/// The CSL name object for one author string.
pub fn csl_name(name: &str) -> Value {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((family, given)) = name.split_once(',') {
        // "Family, Given": the writer already split it.
        let (family, given) = (family.trim(), given.trim());
        if !family.is_empty() && !given.is_empty() && !given.contains(',') {
            return json!({"family": family, "given": given});
        }
    }
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 || !looks_personal(&words) {
        return json!({"literal": name});
    }
    let mut end = words.len();
    let mut suffix = None;
    if end > 2 && SUFFIXES.contains(&words[end - 1].to_lowercase().as_str()) {
        suffix = Some(words[end - 1]);
        end -= 1;
    }
    // The family name starts at the first particle after the first word, else at the last word.
    let mut start = end - 1;
    for (i, w) in words.iter().enumerate().take(end - 1).skip(1) {
        if PARTICLES.contains(&w.to_lowercase().as_str()) {
            start = i;
            break;
        }
    }
    let given = words[..start].join(" ");
    let family = words[start..end].join(" ");
    match suffix {
        Some(s) => json!({"family": family, "given": given, "suffix": s}),
        None => json!({"family": family, "given": given}),
    }
}

/// True when the words read as a person's name: not an organisation word, every word starting with a letter,
/// and written in a script that puts the given name first (CJK names are kept whole as `literal`).
fn looks_personal(words: &[&str]) -> bool {
    words.len() <= 5
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
            !ORGANISATION_WORDS.contains(&bare)
                && w.chars().next().is_some_and(char::is_alphabetic)
                && !w.chars().any(is_cjk)
        })
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_split_and_organisations_stay_whole() {
        assert_eq!(
            csl_name("Jane Q. Doe"),
            json!({"family": "Doe", "given": "Jane Q."})
        );
        assert_eq!(
            csl_name("Doe, Jane"),
            json!({"family": "Doe", "given": "Jane"})
        );
        assert_eq!(
            csl_name("Ludwig van Beethoven"),
            json!({"family": "van Beethoven", "given": "Ludwig"})
        );
        assert_eq!(
            csl_name("Martin Luther King Jr."),
            json!({"family": "King", "given": "Martin Luther", "suffix": "Jr."})
        );
        assert_eq!(
            csl_name("Иван  Петров"),
            json!({"family": "Петров", "given": "Иван"})
        );
        assert_eq!(csl_name("Reuters"), json!({"literal": "Reuters"}));
        assert_eq!(
            csl_name("BBC News Staff"),
            json!({"literal": "BBC News Staff"})
        );
        assert_eq!(csl_name("山田 太郎"), json!({"literal": "山田 太郎"}));
    }
}
