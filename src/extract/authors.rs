//! Author names from bylines and metadata: people, not UI words; several authors split.

/// Splits and cleans a byline or metadata author value into names.
pub fn clean(raw: &str) -> Vec<String> {
    let t = raw.trim();
    let t = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("by "))
        .unwrap_or(t);
    t.split([',', ';', '&'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}
