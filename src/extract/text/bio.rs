//! An author's bio set at the top or the foot of the article without a label (`Jane Roe is a professor of
//! law at …`): a person's name, a verb that presents them, and a job in writing or research.

use super::lines::{Line, words_of};
use super::names::name_shaped;
use crate::extract::vocab::notices as notice_words;

/// Whether the line presents the author: it opens with a name (two or three capitalized words) followed by
/// a presenting verb (`is`, `ist`, `est`, `leitet`), and it names a writer's or researcher's job.
pub fn is_bio(l: &Line) -> bool {
    if l.chars > notice_words::BIO_MAX_CHARS {
        return false;
    }
    let ws: Vec<&str> = l.text.split_whitespace().collect();
    let Some(verb) = (2..=3.min(ws.len().saturating_sub(1)))
        .find(|&n| notice_words::BIO_VERBS.contains(&ws[n].to_lowercase().as_str()))
    else {
        return false;
    };
    name_shaped(&ws[..verb].join(" "))
        && words_of(&l.lower)
            .skip(verb + 1)
            .any(|w| notice_words::BIO_ROLES.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines::classify;

    fn bio(t: &str) -> bool {
        is_bio(&classify(t, 0, None))
    }

    #[test]
    fn bios_are_known_in_several_languages() {
        for t in [
            "Mara Feld is a professor of law at the University of Greenhill.",
            "Tom Berg was a correspondent in the valley for ten years and now writes about trains.",
            "Anna Maria Roth ist Redakteurin im Ressort Verkehr und schreibt über Brücken.",
            "Paul Brun est journaliste au service politique depuis 2010.",
            "Lucía Gómez es periodista y autora de dos libros sobre ríos.",
            "Marco Verdi è giornalista e scrive di infrastrutture.",
            "Jan Kowal jest dziennikarzem i redaktorem działu miejskiego.",
        ] {
            assert!(bio(t), "{t}");
        }
        // A sentence of the story about a person, or a name without a writer's job, is no bio.
        for t in [
            "The Council is a body of nine members elected every four years by the town.",
            "Mara Feld is a nurse who crossed the bridge every day for twenty years.",
            "Mara Feld said she was a professor before she retired to the valley.",
            "Bridge closes as the professor and the journalist look on from the bank.",
        ] {
            assert!(!bio(t), "{t}");
        }
    }
}
