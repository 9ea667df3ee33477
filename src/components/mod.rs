//! Small components, one per file.

mod input_switch;
mod meter;
mod presets;
pub mod scenario_panel;
mod scenario_table;
mod share;
mod sources;
mod step_nav;
mod story_section;
mod url_note;
mod verdict;

pub use input_switch::InputSwitch;
pub use meter::Meter;
pub use presets::Presets;
pub use scenario_panel::ScenarioPanel;
pub use scenario_table::ScenarioTable;
pub use share::Share;
pub use sources::{InlineSources, SinceThen, SourceLinks, SourcesSection, Timeline};
pub use step_nav::StepNav;
pub use story_section::StorySection;
pub use url_note::UrlNote;
pub use verdict::VerdictSection;
