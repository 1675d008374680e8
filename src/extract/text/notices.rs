//! Notices and labels a page sets in or around its article, known by their words: licence and cookie
//! notices, comment policies, disclaimers, embeds' consent placeholders, ad-slot labels, pointers to other
//! articles and links back to an index. The notices are furniture wherever they stand; labels, pointers and
//! links stand between paragraphs and only leave the body.

use super::lines::{Line, is_led_by, label_of, words_of};
use crate::extract::vocab::notices as notice_words;
use crate::extract::vocab::{boilerplate, dumps};

/// The notice of a comment form: comments named together with their moderation, their rules or the login
/// they need (`Comments are moderated`, `Para poder comentar tenés que ingresar con tu usuario`).
pub fn is_comment_policy(lower: &str, chars: usize) -> bool {
    chars <= notice_words::COMMENT_POLICY_MAX_CHARS
        && notice_words::COMMENT_STEMS
            .iter()
            .any(|w| lower.contains(w))
        && notice_words::COMMENT_POLICY_WORDS
            .iter()
            .any(|w| lower.contains(w))
}

/// A site's disclaimer: a line opened by a label of `vocab::notices::DISCLAIMER_LABELS`, then a colon, a bracket or
/// nothing (`Disclaimer (varies by section): …`), however long. A sentence that merely uses the word goes on
/// otherwise.
pub fn is_disclaimer(lower: &str) -> bool {
    let head = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    notice_words::DISCLAIMER_LABELS.iter().any(|t| {
        head.strip_prefix(t).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || rest.starts_with([':', '(', '['])
        })
    })
}

/// An embedded post's consent placeholder: a network named, consent or privacy, and the reader addressed.
pub fn is_embed_consent(lower: &str, chars: usize) -> bool {
    chars <= notice_words::EMBED_CONSENT_MAX_CHARS
        && notice_words::EMBED_CONSENT_WORDS
            .iter()
            .any(|w| lower.contains(w))
        && words_of(lower).any(|w| boilerplate::SOCIAL_NETWORKS.contains(&w))
        && words_of(lower).any(|w| dumps::SECOND_PERSON.contains(&w))
}

/// A link back to a list or an index (`Zurück zum Lexikon`); see `vocab::notices::NAV_BACK_LEADS`.
pub fn is_back_link(l: &Line) -> bool {
    let head = l.lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    l.words <= notice_words::NAV_BACK_MAX_WORDS
        && !head.trim_end().ends_with('.')
        && notice_words::NAV_BACK_LEADS.iter().any(|t| {
            head.strip_prefix(t)
                .is_some_and(|rest| rest.starts_with(' ') || rest.is_empty())
        })
}

/// The page's licence notice: a licence named with a Creative Commons name or code.
pub fn is_licence_notice(lower: &str, chars: usize) -> bool {
    chars <= notice_words::LICENCE_LINE_MAX_CHARS
        && notice_words::CC_NAMES.iter().any(|n| lower.contains(n))
        && notice_words::LICENCE_WORDS
            .iter()
            .any(|w| lower.contains(w))
}

/// A cookie-consent text: cookies named together with a browser, a site or consent.
pub fn is_cookie_notice(lower: &str) -> bool {
    boilerplate::COOKIE_WORDS.iter().any(|w| lower.contains(w))
        && boilerplate::CONSENT_CONTEXT
            .iter()
            .any(|w| lower.contains(w))
}

/// An ad slot's label (`Advertisement`); see `vocab::notices::AD_LABELS`.
pub fn is_ad_label(l: &Line) -> bool {
    notice_words::AD_LABELS.contains(&label_of(&l.lower))
}

/// A pointer to the article of a subsection (`Main article: Climate of Norway`); see `vocab::notices::HATNOTE_LEADS`.
pub fn is_hatnote(l: &Line) -> bool {
    is_led_by(&l.lower, l.chars, notice_words::HATNOTE_LEADS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines::{Kind, classify};

    #[test]
    fn comment_policies_are_furniture() {
        for t in [
            "Comments are moderated and will appear once approved; please keep them civil.",
            "Your email address will not be published. Comments that are hateful are removed.",
            "Kommentare werden moderiert. Bitte beachten Sie unsere Netiquette.",
            "Les commentaires sont modérés avant publication.",
            "Los comentarios publicados son responsabilidad de sus autores.",
            "Para comentar tenés que ingresar con tu cuenta.",
            "I commenti sono moderati dalla redazione.",
            "Комментарии проходят модерацию.",
        ] {
            let lower = t.to_lowercase();
            assert!(is_comment_policy(&lower, t.chars().count()), "{t}");
            assert_eq!(classify(t, 0, None).kind, Kind::Bad, "{t}");
        }
        // A report about comments, or one naming moderation without comments, is prose.
        for t in [
            "The council commented on the plan on Tuesday, saying the bridge would reopen next spring.",
            "Die Moderation des Abends übernahm die Bürgermeisterin, die auch die Fragen der Anwohner sammelte.",
        ] {
            assert!(
                !is_comment_policy(&t.to_lowercase(), t.chars().count()),
                "{t}"
            );
        }
    }

    #[test]
    fn disclaimers_and_disclosures_are_furniture() {
        for t in [
            "Disclaimer: the views expressed here are those of the authors alone.",
            "Advertising Disclosure",
            "Haftungsausschluss: Alle Angaben ohne Gewähr.",
            "Aviso legal (actualizado en 2024): los contenidos son orientativos.",
            "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.",
            "We may receive compensation if you buy through links on this page.",
        ] {
            assert_eq!(classify(t, 0, None).kind, Kind::Bad, "{t}");
        }
        for t in [
            "Disclaimers like this one are printed on every ticket the ferry company sells.",
            "Avertissements et amendes se sont multipliés sur le pont depuis le printemps dernier.",
        ] {
            assert!(!is_disclaimer(&t.to_lowercase()), "{t}");
        }
    }

    #[test]
    fn embed_placeholders_and_back_links_are_known() {
        for t in [
            "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Instagram her.",
            "By loading this post you consent to the privacy policy of YouTube.",
            "Empfohlener redaktioneller Inhalt",
        ] {
            assert_eq!(classify(t, 0, None).kind, Kind::Bad, "{t}");
        }
        let told = "The ferry company said it would ask for consent before it shares passenger data with Facebook.";
        assert!(!is_embed_consent(
            &told.to_lowercase(),
            told.chars().count()
        ));
        for t in [
            "Zurück zum Lexikon",
            "Back to the list of bridges",
            "Retour au sommaire",
            "Volver al índice",
        ] {
            assert!(is_back_link(&classify(t, 0, None)), "{t}");
        }
        for t in [
            "Aber zurück zum Thema: Die Brücke bleibt bis zum Sommer gesperrt.",
            "Back to school.",
            "Backpacks for the trip",
        ] {
            assert!(!is_back_link(&classify(t, 0, None)), "{t}");
        }
    }

    #[test]
    fn ad_labels_and_hatnotes_are_known() {
        for t in [
            "Advertisement",
            "ADVERTISING",
            "Anzeige",
            "Publicidad",
            "— Реклама —",
        ] {
            assert!(is_ad_label(&classify(t, 0, None)), "{t}");
        }
        assert!(!is_ad_label(&classify(
            "Advertising rules for the town",
            0,
            None
        )));
        for t in [
            "Main article: Climate of the valley",
            "Main articles: Ferries and Bridges of the valley",
            "Hauptartikel: Geschichte der Brücke",
            "Article détaillé : Histoire du pont",
            "Artículo principal: Historia del puente",
        ] {
            let l = classify(t, 0, None);
            assert!(is_hatnote(&l), "{t}");
            // A pointer stands between a section's heading and its text: the region goes on over it.
            assert_ne!(l.kind, Kind::Bad, "{t}");
        }
        assert!(!is_hatnote(&classify(
            "The main article of the law says that bridges belong to the town.",
            0,
            None
        )));
    }
}
