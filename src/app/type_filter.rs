//! The search box's page-type filter, set from a drop-down: the `type:` token of the query text is replaced,
//! so the box always shows the whole query the list runs, and typing `type:forum` by hand works the same.

use crate::record::PageType;

/// True for a `type:` or `page_type:` token (not negated: `-type:article` is the user's own, left alone).
fn is_type_token(tok: &str) -> bool {
    let lower = tok.to_lowercase();
    lower.starts_with("type:") || lower.starts_with("page_type:")
}

/// The page type the query filters on, when it has exactly one `type:` token naming a type.
pub fn type_in(query: &str) -> Option<PageType> {
    let mut found = query.split_whitespace().filter(|t| is_type_token(t));
    let tok = found.next()?;
    if found.next().is_some() {
        return None;
    }
    PageType::parse(&tok.split_once(':')?.1.to_lowercase())
}

/// `query` with its `type:` tokens replaced by one for `t` (none for `None`), at the end.
pub fn with_type(query: &str, t: Option<PageType>) -> String {
    let mut toks: Vec<String> = query
        .split_whitespace()
        .filter(|tok| !is_type_token(tok))
        .map(str::to_string)
        .collect();
    if let Some(t) = t {
        toks.push(format!("type:{}", t.as_str()));
    }
    toks.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_token_is_set_replaced_and_cleared() {
        assert_eq!(with_type("", Some(PageType::Forum)), "type:forum");
        let q = with_type("energy status:draft type:forum", Some(PageType::Product));
        assert_eq!(q, "energy status:draft type:product");
        assert_eq!(type_in(&q), Some(PageType::Product));
        assert_eq!(with_type(&q, None), "energy status:draft");
        assert_eq!(type_in("energy"), None);
        // A negated filter is the user's own: kept, and not read as the drop-down's choice.
        assert_eq!(with_type("-type:article", None), "-type:article");
        assert_eq!(type_in("-type:article"), None);
    }
}
