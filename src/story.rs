//! The argument as the reader walks it: the content's steps, with one step for each of the four
//! conditions after the step that introduces them.
//!
//! Pure: no web dependencies, so the URL state and the tests can use the same list.

use std::sync::LazyLock;

use crate::content::{self, STEPS, Step};
use crate::model::Condition;

/// One step of the walk-through.
#[derive(Clone, Copy, Debug)]
pub enum StoryStep {
    /// A step of the argument as the content tells it.
    Argument(&'static Step),
    /// One of the four conditions, in the article's order.
    Condition(Condition),
}

impl StoryStep {
    /// A stable id, used in URLs and as the section's element id.
    pub fn id(self) -> &'static str {
        match self {
            StoryStep::Argument(step) => step.id,
            StoryStep::Condition(c) => match c {
                Condition::NoBetterAlternative => "condition-alternative",
                Condition::Concessions => "condition-concessions",
                Condition::BothCanDeclareVictory => "condition-victory",
                Condition::Parity => "condition-parity",
            },
        }
    }

    /// The step's heading.
    pub fn heading(self) -> &'static str {
        match self {
            StoryStep::Argument(step) => step.heading,
            StoryStep::Condition(c) => content::condition(c).title,
        }
    }
}

/// The steps, built once from the content: fixed when the project builds.
static STORY: LazyLock<Vec<StoryStep>> = LazyLock::new(|| {
    let mut steps = Vec::with_capacity(STEPS.len() + Condition::ALL.len());
    for step in STEPS.iter() {
        steps.push(StoryStep::Argument(step));
        if step.id == "conditions" {
            steps.extend(Condition::ALL.map(StoryStep::Condition));
        }
    }
    steps
});

/// Their ids, in the same order.
static STEP_IDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| STORY.iter().map(|s| s.id()).collect());

/// Every step in reading order: the content's steps, with the four conditions after the step
/// with id `conditions`.
pub fn steps() -> &'static [StoryStep] {
    &STORY
}

/// The ids of [`steps`], in order.
pub fn step_ids() -> &'static [&'static str] {
    &STEP_IDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_follow_their_introduction_in_the_articles_order() {
        let ids = step_ids();
        let intro = ids.iter().position(|&id| id == "conditions").unwrap();
        assert_eq!(
            ids[intro + 1..intro + 5],
            [
                "condition-alternative",
                "condition-concessions",
                "condition-victory",
                "condition-parity"
            ]
        );
        assert_eq!(ids.len(), STEPS.len() + 4);
    }

    #[test]
    fn step_ids_are_unique_and_every_step_has_a_heading() {
        let mut ids = step_ids().to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), steps().len());
        assert!(steps().iter().all(|s| !s.heading().is_empty()));
    }

    #[test]
    fn the_argument_runs_from_the_situation_to_history() {
        let ids = step_ids();
        assert_eq!(ids.first(), Some(&"situation"));
        assert_eq!(ids.last(), Some(&"history"));
        let verdict = ids.iter().position(|&id| id == "verdict").unwrap();
        let parity = ids.iter().position(|&id| id == "condition-parity").unwrap();
        assert!(
            verdict > parity,
            "the verdict comes after all four conditions"
        );
    }
}
