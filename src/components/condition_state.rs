use leptos::prelude::*;

use crate::content;
use crate::model::{Condition, Input};
use crate::regions::Region;
use crate::state::use_explainer;

/// Whether a condition holds in the reader's scenario, in a word: the live part of "In your
/// scenario: present" in the condition's own step.
#[component]
pub fn ConditionState(
    /// The condition.
    condition: Condition,
) -> impl IntoView {
    let state = use_explainer();
    let input = Input::Condition(condition);
    let on = move || state.settled_on(input);
    view! {
        <strong id=Region::ConditionState(condition).id() class:is-on=on>
            {move || content::state_word(input, on())}
        </strong>
    }
}
