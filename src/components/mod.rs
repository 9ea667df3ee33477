//! Small components, one per file.

mod condition_switch;

pub use condition_switch::ConditionSwitch;
