use leptos::prelude::*;

use crate::content;
use crate::model::{Gate, Outcome};
use crate::state::use_explainer;

/// The gates as a ladder: the four outcomes are rungs, best at the top; each shut gate is a lid
/// over the rungs it closes, named, and the reader's score sits on its rung. Opening a gate lifts
/// its lid (the stylesheet animates it, unless the reader asks for less motion).
///
/// Every rung and every lid is in the markup from the start; two attributes on the list say which
/// rung is the reader's and which gates are shut, and the stylesheet shows what they select (a few
/// reactive values, not one per rung and lid: the WebAssembly stays small).
#[component]
pub fn Ladder() -> impl IntoView {
    let state = use_explainer();
    let verdict = state.settled_verdict;
    let shut = move || {
        let gates: Vec<&str> = state
            .settled
            .get()
            .conditions
            .shut_gates()
            .map(Gate::id)
            .collect();
        gates.join(" ")
    };
    let rung = |outcome: Outcome| {
        view! {
            <li class=format!("ladder-rung outcome-{}", outcome.id())>
                {content::outcome(outcome).label}
            </li>
        }
    };
    // A lid for each set of shut gates that can close the rungs above `below`.
    let lid = |below: Outcome, gates: &[Gate]| {
        let names: Vec<&str> = gates
            .iter()
            .map(|g| content::condition(g.condition()).short_name)
            .collect();
        let ids: Vec<&str> = gates.iter().map(|g| g.id()).collect();
        view! {
            <li class="ladder-lid" data-gates=ids.join(" ")>{content::ladder_lid(&names, below)}</li>
        }
    };
    view! {
        <figure class="ladder">
            <ol
                class="ladder-rungs"
                aria-label=content::LADDER_CAPTION
                data-outcome=move || verdict.get().outcome.id()
                data-shut=shut
            >
                {rung(Outcome::Settlement)}
                {lid(Outcome::InterimDeal, &[Gate::Face])}
                {rung(Outcome::InterimDeal)}
                {lid(Outcome::CrisisChannel, &[Gate::Ripeness, Gate::Concessions])}
                {lid(Outcome::CrisisChannel, &[Gate::Ripeness])}
                {lid(Outcome::CrisisChannel, &[Gate::Concessions])}
                {rung(Outcome::CrisisChannel)}
                {rung(Outcome::Drift)}
                <li class="ladder-here">{move || content::ladder_here(verdict.get().score)}</li>
            </ol>
            <figcaption>{content::LADDER_CAPTION}</figcaption>
        </figure>
    }
}
