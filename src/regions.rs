//! The parts of the page that change with the reader's scenario or step: the live regions.
//!
//! The page is pre-rendered HTML (`crate::site::page`, on the build machine). In the browser the app
//! builds only these regions, all sharing one [`crate::state::Explainer`], and puts each in
//! place of its pre-rendered copy (`crate::mount::mount_app`); everything else on the page
//! (the steps' prose, the theory, the cases' write-ups, the timeline, the sources) stays the
//! pre-rendered nodes and is not compiled into the WebAssembly. The scenario map is live but not
//! a region: its pre-rendered squares stay, and the app only updates and answers them
//! (`crate::components::follow_drawn`). Each region's view has one root
//! element whose id is [`Region::id`]: the pre-render and the app find each other by it.

use crate::model::Condition;
use crate::story;

/// The class of an element that a region's view leaves empty in the browser: the pre-rendered
/// element with the same id takes its place when the region is swapped in
/// (`crate::mount`). Static text inside a live region (a switch's notes, the ladder's rungs)
/// is kept that way, not rebuilt, and its words stay out of the WebAssembly.
pub const KEPT: &str = "kept";

/// One live region of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    /// Notes about the link that opened the page.
    Notices,
    /// In an embed, the credit line's link to the full explainer on the reader's scenario.
    FullLink,
    /// The four condition switches and the compact verdict.
    Panel,
    /// Progress through the steps, previous and next, and the list of steps.
    StepNav,
    /// "In your scenario: present" in a condition's own step.
    ConditionState(Condition),
    /// The button on from the step at this index to the next.
    NextStep(usize),
    /// The four context switches in the 2026 step.
    ContextSwitches,
    /// The verdict, its meter, the narrative and the breakdown.
    Verdict,
    /// Copying the link and the embed code.
    Share,
    /// The buttons that load the cases.
    Cases,
}

impl Region {
    /// The regions that take most of a start-up slice on their own (measured in
    /// docs/BENCHMARK.md). The browser builds each in a task of its own, after the small ones:
    /// those run first much of the code the large ones share (a switch, the meter), and the
    /// first run of any code is the slow one.
    pub const LARGE: [Region; 2] = [Region::Panel, Region::Verdict];

    /// Every region, in the order the browser builds them ([`crate::mount::mount_app`]): the
    /// small ones in page order, then [`Region::LARGE`].
    pub fn all() -> Vec<Region> {
        let steps = story::steps();
        let mut regions = vec![Region::Notices, Region::FullLink, Region::StepNav];
        for (index, step) in steps.iter().enumerate() {
            if let story::StoryStep::Condition(c) = step {
                regions.push(Region::ConditionState(*c));
            }
            match step.id() {
                "verdict" => regions.push(Region::Share),
                "phase-2026" => regions.push(Region::ContextSwitches),
                "history" => regions.push(Region::Cases),
                _ => {}
            }
            if index + 1 < steps.len() {
                regions.push(Region::NextStep(index));
            }
        }
        regions.extend(Region::LARGE);
        regions
    }

    /// Whether this is one of [`Region::LARGE`].
    pub fn is_large(self) -> bool {
        // Not `Self::LARGE.contains(&self)`, which compiles to a comparison of whole regions
        // (about 100 bytes more WebAssembly); the test below keeps the two lists together.
        matches!(self, Region::Panel | Region::Verdict)
    }

    /// The id of the region's root element.
    pub fn id(self) -> String {
        match self {
            Region::Notices => "notices".into(),
            Region::FullLink => "full-link".into(),
            Region::Panel => "panel".into(),
            Region::StepNav => "step-nav".into(),
            Region::ConditionState(c) => format!("state-{}", c.id()),
            Region::NextStep(index) => format!("continue-{}", story::steps()[index].id()),
            Region::ContextSwitches => "context-switches".into(),
            Region::Verdict => "verdict".into(),
            Region::Share => "share".into(),
            Region::Cases => "case-buttons".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_ids_are_unique() {
        let mut ids: Vec<String> = Region::all().into_iter().map(Region::id).collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }

    #[test]
    fn every_step_but_the_last_has_a_button_on() {
        let buttons = Region::all()
            .into_iter()
            .filter(|r| matches!(r, Region::NextStep(_)))
            .count();
        assert_eq!(buttons, story::steps().len() - 1);
    }

    #[test]
    fn the_large_regions_come_last_once_each() {
        let all = Region::all();
        let (small, large) = all.split_at(all.len() - Region::LARGE.len());
        assert_eq!(large, Region::LARGE);
        assert!(large.iter().all(|region| region.is_large()));
        assert!(small.iter().all(|region| !region.is_large()));
    }
}
