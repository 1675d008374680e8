//! Page furniture known by vocabulary and shape alone: menu entries and bars, share bars, copyright and
//! licence lines, cookie and comment notices, icon strips, markup left as text, rows of short links.

use super::super::notices;
use super::label_of;
use crate::extract::vocab::notices as notice_words;
use crate::extract::vocab::{alternation, boilerplate, dumps, tuning};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

// Static patterns and sets, built once from the vocabulary; a failure is a bug in the word lists.
static UI_LINES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    boilerplate::UI_LINES
        .iter()
        .chain(boilerplate::UI_LINES_TEXT)
        .copied()
        .collect()
});
static UI_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?i){}",
        alternation(
            boilerplate::UI_PHRASES
                .iter()
                .chain(boilerplate::APPEALS)
                .chain(boilerplate::READING_TIME)
                .copied()
        )
    ))
    .expect("static regex")
});
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*\d{4}|^copyright\b").expect("static regex")
});

/// Whether the line is page furniture by vocabulary alone.
pub fn is_furniture(text: &str, lower: &str, chars: usize) -> bool {
    let label = label_of(lower);
    if label.is_empty() || UI_LINES.contains(label) || dumps::TOC_LABELS.contains(&label) {
        return true;
    }
    if chars <= tuning::PHRASE_LINE_MAX_CHARS
        && (UI_PHRASE.is_match(lower) || COPYRIGHT.is_match(text))
    {
        return true;
    }
    is_icon_strip(lower)
        || notices::is_licence_notice(lower, chars)
        || chars <= notice_words::AFFILIATE_LINE_MAX_CHARS
            && notice_words::AFFILIATE_PHRASES
                .iter()
                .any(|p| lower.contains(p))
        || is_link_row(text)
        || is_menu_row(text)
        || is_share_row(lower)
        || notices::is_cookie_notice(lower)
        || notices::is_comment_policy(lower, chars)
        || notices::is_disclaimer(lower)
        || notices::is_embed_consent(lower, chars)
        || is_markup(lower)
}

/// A menu bar without separators, as dumps flatten it: `Home News Sport Weather Login`. Every word starts
/// with a capital (menus are labels, not sentences) and enough of them are UI labels on their own.
fn is_menu_row(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 3 || words.len() > tuning::MENU_ROW_MAX_WORDS {
        return false;
    }
    if !words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', ',', ';']))
    {
        return false;
    }
    let labels = words
        .iter()
        .filter(|w| UI_LINES.contains(w.to_lowercase().as_str()))
        .count();
    labels >= tuning::MENU_ROW_MIN_LABELS
        && labels as f32 >= tuning::MENU_ROW_MIN_LABEL_SHARE * words.len() as f32
}

/// A share bar flattened onto one line, however long (`Share Facebook Twitter WhatsApp Email Print`): most
/// of its words are the networks' names or interface labels.
fn is_share_row(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    if words.len() < tuning::SHARE_ROW_MIN_WORDS {
        return false;
    }
    let named = words
        .iter()
        .filter(|w| boilerplate::SOCIAL_NETWORKS.contains(w) || UI_LINES.contains(*w))
        .count();
    named as f32 >= tuning::SHARE_ROW_MIN_SHARE * words.len() as f32
}

/// Markup a scraper left as text (`<noscript>` tracking pixels, ad slots): mostly tags, loading something
/// from another host. Code samples in an article are markup too, but name local files or none.
fn is_markup(lower: &str) -> bool {
    if !dumps::REMOTE_ATTRS.iter().any(|a| lower.contains(a)) {
        return false;
    }
    let mut inside = 0usize;
    let mut total = 0usize;
    let mut in_tag = false;
    let mut prev = ' ';
    for c in lower.chars() {
        total += 1;
        if !in_tag && prev == '<' && (c.is_ascii_alphabetic() || c == '/' || c == '!') {
            in_tag = true;
            inside += 1;
        }
        if in_tag {
            inside += 1;
            if c == '>' {
                in_tag = false;
            }
        }
        prev = c;
    }
    inside as f32 >= total as f32 * dumps::MARKUP_MIN_SHARE
}

/// The strip of icon-font class names a scraper leaves at the top (`chevron downicon closeicon …`).
fn is_icon_strip(lower: &str) -> bool {
    let toks: Vec<&str> = lower.split_whitespace().collect();
    if toks.len() < 5 {
        return false;
    }
    let icons = toks
        .iter()
        .filter(|t| boilerplate::ICON_TOKENS.iter().any(|i| t.contains(i)))
        .count();
    icons as f32 / toks.len() as f32 >= tuning::ICON_TOKEN_SHARE
}

/// A row of short links: `Home | About | Contact`, a breadcrumb `Home » News » Story`.
fn is_link_row(text: &str) -> bool {
    for sep in ['|', '»', '›', '•', '·', '>'] {
        let parts: Vec<&str> = text.split(sep).map(str::trim).collect();
        if parts.len() >= 3
            && parts
                .iter()
                .all(|p| p.split_whitespace().count() <= 4 && !p.ends_with('.'))
        {
            return true;
        }
    }
    false
}
