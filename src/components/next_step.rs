use leptos::prelude::*;

use crate::browser;
use crate::content;
use crate::regions::Region;
use crate::state::use_explainer;

/// The button at the end of a step that goes on to the next one, named after it.
#[component]
pub fn NextStep(
    /// The step the button ends, from 0; there is a step after it.
    index: usize,
) -> impl IntoView {
    let state = use_explainer();
    let next = state.steps()[index + 1];
    view! {
        <p class="step-continue" id=Region::NextStep(index).id()>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    state.step.set(index + 1);
                    browser::scroll_to_step(next.id(), true);
                }
            >
                {content::NEXT_STEP} ": " {next.heading()}
            </button>
        </p>
    }
}
