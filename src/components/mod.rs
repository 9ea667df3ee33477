//! The live components, one per file: what the app builds in the browser. Each region of
//! [`crate::regions`] is one of them; the static parts of the page are in `crate::page`.

mod case_buttons;
mod condition_state;
mod context_switches;
mod input_switch;
mod meter;
mod next_step;
mod notices;
pub mod scenario_panel;
mod scenario_table;
mod share;
mod sources;
mod step_nav;
mod verdict;

pub use case_buttons::CaseButtons;
pub use condition_state::ConditionState;
pub use context_switches::ContextSwitches;
pub use input_switch::InputSwitch;
pub use meter::Meter;
pub use next_step::NextStep;
pub use notices::{FullLink, Notices};
pub use scenario_panel::ScenarioPanel;
pub use scenario_table::ScenarioTable;
pub use share::Share;
pub use sources::{InlineSources, SourceLinks, SourceNames};
pub use step_nav::StepNav;
pub use verdict::VerdictSection;
