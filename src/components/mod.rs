//! The live components, one per file: what the app builds in the browser. Each region of
//! [`crate::regions`] is one of them ([`Region::place`] hands over its view); the static parts
//! of the page are in `crate::site::page`.

use leptos::prelude::*;

use crate::regions::Region;

mod case_buttons;
mod condition_state;
mod context_switches;
mod input_switch;
mod ladder;
mod meter;
mod next_step;
mod notices;
pub mod scenario_map;
pub mod scenario_panel;
mod share;
mod sources;
mod step_nav;
mod verdict;

pub use case_buttons::CaseButtons;
pub use condition_state::ConditionState;
pub use context_switches::ContextSwitches;
pub use input_switch::InputSwitch;
pub use ladder::Ladder;
pub use meter::Meter;
pub use next_step::NextStep;
pub use notices::{FullLink, Notices};
pub use scenario_panel::ScenarioPanel;
pub use share::Share;
pub use sources::{InlineSources, SourceLinks, SourceNames};
pub use step_nav::StepNav;
pub use verdict::VerdictSection;

impl Region {
    /// Hand the region's view to `to`: its concrete type, so each region builds without the
    /// cost of a type-erased view. It reads the explainer's state from context.
    pub fn place<P: Place>(self, to: P) -> P::Placed {
        match self {
            Region::Notices => to.place(Notices),
            Region::FullLink => to.place(FullLink),
            Region::Panel => to.place(ScenarioPanel),
            Region::StepNav => to.place(StepNav),
            Region::ConditionState(condition) => {
                to.place(move || view! { <ConditionState condition /> })
            }
            Region::NextStep(index) => to.place(move || view! { <NextStep index /> }),
            Region::ContextSwitches => to.place(ContextSwitches),
            Region::Verdict => to.place(VerdictSection),
            Region::Share => to.place(Share),
            Region::Cases => to.place(CaseButtons),
        }
    }

    /// The region's view, for the pre-rendered page.
    pub fn view(self) -> AnyView {
        self.place(AsView)
    }
}

/// Keep the figures that the pre-render draws and the browser does not build in step with the
/// reader's settled scenario, from one effect: the scenario map's squares and the ladder's lids
/// and score. The map also answers taps and keys ([`scenario_map::answer`]).
pub fn follow_drawn(state: crate::state::Explainer) {
    scenario_map::answer(state);
    Effect::new(move |_| {
        let from = state.settled.with(|s| s.conditions);
        state.table.with(|verdicts| {
            scenario_map::show(verdicts, from);
            // The reader's own square is the settled verdict.
            ladder::show(scenario_map::verdict_of(verdicts, from), from);
        });
    });
}

/// An empty element with the id `id`, in the browser: the pre-rendered element with that id
/// takes its place when its region is swapped in ([`crate::regions::KEPT`]).
#[cfg(not(static_text))]
fn kept(id: String) -> impl IntoView {
    view! { <div class=crate::regions::KEPT id=id></div> }
}

/// What takes a region's view: the pre-rendered page ([`AsView`]) or the browser's mount.
pub trait Place {
    /// What placing a view gives.
    type Placed;
    /// Place the view `view` makes.
    fn place<V: IntoView + 'static>(self, view: impl FnOnce() -> V + 'static) -> Self::Placed;
}

/// Places a region's view in a larger view.
pub struct AsView;

impl Place for AsView {
    type Placed = AnyView;
    fn place<V: IntoView + 'static>(self, view: impl FnOnce() -> V + 'static) -> AnyView {
        view().into_any()
    }
}
