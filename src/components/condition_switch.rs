use leptos::prelude::*;

use crate::content;
use crate::model::{Condition, Conditions};

/// An accessible on/off switch for one of the four conditions.
///
/// A native `<button>` with `role="switch"`: it takes focus, and Enter and Space toggle it.
/// Its accessible name is the condition's visible short name.
#[component]
pub fn ConditionSwitch(
    /// The condition this switch turns on and off.
    condition: Condition,
    /// The scenario the switch reads and changes.
    conditions: RwSignal<Conditions>,
) -> impl IntoView {
    let on = move || conditions.get().has(condition);
    view! {
        <button
            type="button"
            role="switch"
            class="switch"
            id=format!("switch-{}", condition.id())
            aria-checked=move || if on() { "true" } else { "false" }
            on:click=move |_| conditions.update(|c| *c = c.toggled(condition))
        >
            <span class="switch-track" aria-hidden="true">
                <span class="switch-thumb"></span>
            </span>
            <span class="switch-label">{content::condition(condition).short_name}</span>
        </button>
    }
}
