//! Every word the reader sees.
//!
//! Components take their text from here and never spell it out themselves.

use crate::model::{Condition, Conditions};

/// A published source the explainer credits.
#[derive(Debug)]
pub struct Source {
    pub outlet: &'static str,
    pub title: &'static str,
    /// Publication date as the reader reads it.
    pub date: &'static str,
    /// Publication date in ISO 8601, for `<time datetime>`.
    pub iso_date: &'static str,
    pub url: &'static str,
}

/// The 2020 article whose argument the explainer presents.
pub static ARTICLE_2020: Source = Source {
    outlet: "Responsible Statecraft",
    title: "Under What Conditions Can Diplomacy With Iran Succeed?",
    date: "24 January 2020",
    iso_date: "2020-01-24",
    url: "https://responsiblestatecraft.org/2020/01/24/under-what-conditions-can-diplomacy-with-iran-succeed/",
};

/// Small label above the title.
pub const KICKER: &str = "An interactive explainer";
/// Words before the article's outlet in the credit line.
pub const CREDIT_PREFIX: &str = "The argument of an analysis published by";
/// Heading over the four switches.
pub const CONDITIONS_HEADING: &str = "The four conditions";

/// The reader-facing words for one condition.
#[derive(Debug)]
pub struct ConditionText {
    /// A label short enough for a switch.
    pub short_name: &'static str,
}

static CONDITIONS: [ConditionText; 4] = [
    ConditionText {
        short_name: "No better alternative",
    },
    ConditionText {
        short_name: "Concessions",
    },
    ConditionText {
        short_name: "Both can declare victory",
    },
    ConditionText {
        short_name: "Parity of power",
    },
];

/// The words for `condition`.
pub fn condition(condition: Condition) -> &'static ConditionText {
    &CONDITIONS[condition.index()]
}

/// One sentence saying which conditions are present and which are not.
pub fn conditions_summary(conditions: Conditions) -> String {
    let present: Vec<_> = conditions.present().map(|c| condition(c).short_name).collect();
    let absent: Vec<_> = conditions.absent().map(|c| condition(c).short_name).collect();
    match (present.is_empty(), absent.is_empty()) {
        (true, _) => "None of the four conditions is present.".to_string(),
        (_, true) => "All four conditions are present.".to_string(),
        _ => format!(
            "Present: {}. Missing: {}.",
            join_list(&present),
            join_list(&absent)
        ),
    }
}

/// "a", "a and b", "a, b and c".
fn join_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_names_present_and_missing_conditions() {
        let some = Conditions::default()
            .with(Condition::Concessions, true)
            .with(Condition::Parity, true);
        assert_eq!(
            conditions_summary(some),
            "Present: Concessions and Parity of power. Missing: No better alternative and Both can declare victory."
        );
    }

    #[test]
    fn summary_handles_none_and_all() {
        let none = Conditions::default();
        let all = Condition::ALL.into_iter().fold(none, |s, c| s.with(c, true));
        assert_eq!(conditions_summary(none), "None of the four conditions is present.");
        assert_eq!(conditions_summary(all), "All four conditions are present.");
    }

    #[test]
    fn three_items_join_with_commas() {
        assert_eq!(join_list(&["a", "b", "c"]), "a, b and c");
    }
}
