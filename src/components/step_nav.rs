use leptos::prelude::*;

use crate::browser;
use crate::content;
use crate::regions::Region;
use crate::state::use_explainer;

/// The progress bar over the argument: "Step 3 of 11", previous and next, and a list to jump
/// to any step. It follows the reader's scrolling, and moving with it scrolls the page.
#[component]
pub fn StepNav() -> impl IntoView {
    let state = use_explainer();
    let total = state.step_count();
    let steps = state.steps();
    let current = move || state.step.get();
    let heading = move || steps[current()].heading();
    let go = move |to: usize| {
        state.step.set(to);
        browser::scroll_to_step(steps[to].id(), false);
    };
    let go_prev = go;
    let at_start = move || current() == 0;
    let at_end = move || current() + 1 >= total;
    view! {
        <nav class="step-nav" id=Region::StepNav.id() aria-label=content::STEPS_NAV_LABEL>
            <button
                type="button"
                class="button step-prev"
                aria-label=content::PREVIOUS_STEP
                disabled=at_start
                on:click=move |_| go_prev(current().saturating_sub(1))
            >
                <span aria-hidden="true">"‹"</span>
            </button>
            <p class="step-progress">
                <span class="step-count">
                    {move || content::step_progress(current(), total)}
                </span>
                <span class="step-title">{heading}</span>
            </p>
            <button
                type="button"
                class="button step-next"
                aria-label=content::NEXT_STEP
                disabled=at_end
                on:click=move |_| go((current() + 1).min(total - 1))
            >
                <span aria-hidden="true">"›"</span>
            </button>
            <details class="step-jump" id="step-menu">
                <summary>{content::ALL_STEPS}</summary>
                <ol>
                    {steps
                        .iter()
                        .copied()
                        .enumerate()
                        .map(|(i, step)| {
                            view! {
                                <li>
                                    <a
                                        href=format!("#{}", crate::paths::step_id(step.id()))
                                        aria-current=move || (current() == i).then_some("step")
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            browser::close_details(&ev);
                                            state.step.set(i);
                                            browser::scroll_to_step(step.id(), true);
                                        }
                                    >
                                        {step.heading()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </details>
        </nav>
    }
}
