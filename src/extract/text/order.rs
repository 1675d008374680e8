//! Which of the first two numbers of a numeric date (`03/04/2021`) is the day on this page: a page writes all
//! its dates one way, so one that can be read only one way (`14/04/2020`) settles the rest; without one, the
//! page's language decides (German, French, Spanish… write the day first), and English stays undecided.

use super::lines::Line;
use crate::extract::dates::Order;
use crate::extract::vocab::stopwords;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

// Two numbers, a slash or a dash, then a year; built once, a failure is a bug in the pattern.
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d/-])(\d{1,2})([/-])(\d{1,2})[/-](?:\d{4}|\d{2})(?:[^\d/-]|$)")
        .expect("static regex")
});

/// The order of the page's numeric dates, from its unambiguous ones, else from its function-word language.
pub fn page_order(lines: &[Line], stop: Option<&HashSet<&'static str>>) -> Order {
    let (mut day_first, mut month_first) = (0, 0);
    for l in lines.iter().filter(|l| l.text.contains(['/', '-'])) {
        for c in NUMERIC_DATE.captures_iter(&l.text) {
            let (a, b) = (
                c[1].parse::<u32>().unwrap_or(0),
                c[3].parse::<u32>().unwrap_or(0),
            );
            if (13..=31).contains(&a) && (1..=12).contains(&b) {
                day_first += 1;
            } else if (13..=31).contains(&b) && (1..=12).contains(&a) {
                month_first += 1;
            }
        }
    }
    match (day_first, month_first) {
        (0, 0) => stop
            .and_then(language_of)
            .map_or(Order::Unknown, Order::for_language),
        (_, 0) => Order::DayFirst,
        (0, _) => Order::MonthFirst,
        _ => Order::Unknown,
    }
}

/// The language whose function words the page's set holds.
fn language_of(stop: &HashSet<&'static str>) -> Option<&'static str> {
    stopwords::STOPWORDS
        .iter()
        .find(|(_, ws)| ws.len() == stop.len() && ws.iter().all(|w| stop.contains(w)))
        .map(|(lang, _)| *lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines::classify;

    fn order(texts: &[&str], lang: Option<&str>) -> Order {
        let lines: Vec<Line> = texts.iter().map(|t| classify(t, 0, None)).collect();
        let set: Option<HashSet<&'static str>> = lang.map(|lang| {
            let (_, ws) = stopwords::STOPWORDS
                .iter()
                .find(|(l, _)| *l == lang)
                .unwrap();
            ws.iter().copied().collect()
        });
        page_order(&lines, set.as_ref())
    }

    #[test]
    fn an_unambiguous_date_settles_the_order() {
        assert_eq!(
            order(&["12/04/2020", "16/04/2020 at 9:35 pm"], Some("en")),
            Order::DayFirst
        );
        assert_eq!(
            order(&["04/12/2020", "Posted 04/16/2020"], Some("de")),
            Order::MonthFirst
        );
        // Both ways on one page: undecided.
        assert_eq!(
            order(&["16/04/2020", "04/16/2020"], Some("de")),
            Order::Unknown
        );
    }

    #[test]
    fn the_language_decides_without_one() {
        assert_eq!(order(&["03/05/2022"], Some("es")), Order::DayFirst);
        assert_eq!(order(&["03/05/2022"], Some("pt")), Order::DayFirst);
        assert_eq!(order(&["03/05/2022"], Some("en")), Order::Unknown);
        assert_eq!(order(&["03/05/2022"], None), Order::Unknown);
    }
}
