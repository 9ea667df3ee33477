use leptos::prelude::*;

use crate::components::{InputSwitch, Meter};
use crate::content;
use crate::link::PageSettings;
use crate::model::{Condition, ContextFactor, Input};
use crate::regions::Region;
use crate::state::use_explainer;

/// The four condition switches and a compact verdict, always within reach: a sticky side panel
/// on wide screens, a compact bar at the bottom of phones.
///
/// In the compact embed the panel is the embed: the stylesheet also shows its `embed-only`
/// parts there, the context switches behind a disclosure (open with `context=1`) and the
/// scenario in a sentence or two.
#[component]
pub fn ScenarioPanel() -> impl IntoView {
    let state = use_explainer();
    let show_context = use_context::<PageSettings>().is_some_and(|p| p.show_context);
    let context_on = Memo::new(move |_| state.settled.with(|s| s.context.present().count()));
    let outcome = move || content::outcome(state.outcome());
    // The switches and the outcome answer a tap at once; the meter, the change note, the
    // summaries and the highlight that marks what changed follow a frame later
    // (`Explainer::settled`).
    let settled_verdict = state.settled_verdict;
    view! {
        <aside class="panel" id=Region::Panel.id() aria-labelledby="panel-heading">
            <h2 id="panel-heading" class="panel-heading">{content::SCENARIO_HEADING}</h2>
            <ul class="switches">
                {Condition::ALL
                    .into_iter()
                    .map(|c| view! { <li><InputSwitch input=Input::Condition(c) /></li> })
                    .collect_view()}
            </ul>
            <details class="panel-context embed-only" open=show_context>
                <summary>{move || content::embed_context(context_on.get())}</summary>
                <ul class="switches">
                    {ContextFactor::ALL
                        .into_iter()
                        .map(|f| view! { <li><InputSwitch input=Input::Context(f) compact=true /></li> })
                        .collect_view()}
                </ul>
            </details>
            <div class="panel-verdict">
                // The chip leads to the reasoning: the verdict step, its meter's key and the why.
                <p class="panel-outcome">
                    <a class="outcome-link" href="#step-verdict">
                        <span class=move || format!("outcome-chip outcome-{} {}", state.outcome().id(), flash(state.settled_changes.get()))>
                            {move || outcome().label}
                        </span>
                        <span class="visually-hidden">{content::OUTCOME_WHY}</span>
                    </a>
                </p>
                <Meter
                    id="panel-meter"
                    score=Signal::derive(move || settled_verdict.get().score)
                    ceiling=Signal::derive(move || settled_verdict.get().ceiling())
                    label=Signal::derive(move || content::meter_label(settled_verdict.get().score, settled_verdict.get().outcome))
                />
                <Show when=move || state.change_note().is_some()>
                    <p class="change-note">{move || state.change_note()}</p>
                </Show>
                <p class="panel-summary">{move || content::conditions_summary(state.settled.get().conditions)}</p>
                <p class="panel-gist embed-only">
                    {move || content::scenario_summary(state.settled.get(), &settled_verdict.get())}
                </p>
            </div>
            // What the last change did, announced politely: short, where the narrative is long.
            // Always in the page (a live region must exist before it changes), heard not seen.
            <p id="announcer" class="visually-hidden" aria-live="polite">
                {move || state.change_note()}
            </p>
            <Show when=move || state.preset.get().is_some()>
                <p class="panel-case">
                    {content::CASE_LOADED} " " <strong>{move || state.preset.get().map(|p| p.name)}</strong>
                </p>
            </Show>
            <button type="button" class="button button-quiet" on:click=move |_| state.reset()>
                {content::RESET_LABEL}
            </button>
        </aside>
    }
}

/// A class that replays a brief highlight on every change: the two names alternate so the
/// animation restarts; none before the first change. Reduced motion turns it off in CSS.
pub fn flash(changes: u32) -> &'static str {
    match changes {
        0 => "",
        n if n % 2 == 1 => "flash-a",
        _ => "flash-b",
    }
}
