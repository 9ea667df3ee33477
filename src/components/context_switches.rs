use leptos::prelude::*;

use crate::components::InputSwitch;
use crate::model::{ContextFactor, Input};
use crate::regions::Region;

/// The four context switches of the 2026 step.
#[component]
pub fn ContextSwitches() -> impl IntoView {
    view! {
        <ul class="switches" id=Region::ContextSwitches.id()>
            {ContextFactor::ALL
                .into_iter()
                .map(|f| view! { <li><InputSwitch input=Input::Context(f) /></li> })
                .collect_view()}
        </ul>
    }
}
