//! The words for what a link asked for and the explainer ignored.

use super::Ignored;
use crate::content::{
    IGNORED_BAD_VALUE, IGNORED_MORE, IGNORED_NOT_FROM_HOST, IGNORED_REPEATED, IGNORED_TOO_LONG,
    IGNORED_UNKNOWN_CONDITION, IGNORED_UNKNOWN_FACTOR, IGNORED_UNKNOWN_PRESET,
    IGNORED_UNKNOWN_STEP,
};

/// One ignored part of a link, in words. Text from the link is inserted as it is: the view
/// puts it in a text node, never into markup.
pub fn ignored_note(item: &Ignored) -> String {
    match item {
        Ignored::TooLong { length } => {
            IGNORED_TOO_LONG.replace("{length}", &crate::content::number(length))
        }
        Ignored::UnknownCondition(text) => IGNORED_UNKNOWN_CONDITION.replace("{text}", text),
        Ignored::UnknownFactor(text) => IGNORED_UNKNOWN_FACTOR.replace("{text}", text),
        Ignored::UnknownStep(text) => IGNORED_UNKNOWN_STEP.replace("{text}", text),
        Ignored::UnknownPreset(text) => IGNORED_UNKNOWN_PRESET.replace("{text}", text),
        Ignored::BadValue { param, value } => IGNORED_BAD_VALUE
            .replace("{param}", param.name())
            .replace("{text}", value),
        Ignored::Repeated(param) => IGNORED_REPEATED.replace("{param}", param.name()),
        Ignored::NotFromHost(param) => IGNORED_NOT_FROM_HOST.replace("{param}", param.name()),
        Ignored::More(n) => IGNORED_MORE.replace("{n}", &crate::content::number(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::Param;

    #[test]
    fn each_kind_of_ignored_part_is_worded_with_what_the_link_said() {
        assert_eq!(
            ignored_note(&Ignored::UnknownCondition("peace".into())),
            "an unknown condition “peace”"
        );
        assert_eq!(
            ignored_note(&Ignored::BadValue {
                param: Param::Embed,
                value: "banana".into()
            }),
            "“banana”, which is not a valid value for embed"
        );
        assert_eq!(
            ignored_note(&Ignored::TooLong { length: 5000 }),
            "the link is too long (5000 characters), so only its start was read"
        );
        assert_eq!(ignored_note(&Ignored::More(3)), "and 3 more");
        assert_eq!(
            ignored_note(&Ignored::Repeated(Param::On)),
            "a second “on” (the first one was used)"
        );
    }

    #[test]
    fn markup_from_a_link_stays_text() {
        let note = ignored_note(&Ignored::UnknownStep("<img src=x>".into()));
        assert!(note.contains("“<img src=x>”"), "{note}");
    }
}
