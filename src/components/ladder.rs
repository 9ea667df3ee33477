//! The gates as a ladder beside the verdict: the four outcomes are rungs, best at the top; each
//! shut gate is a lid over the rungs it closes, named, and the reader's score sits on its rung.
//! Opening a gate lifts its lid (the stylesheet animates it, unless the reader asks for less
//! motion).
//!
//! Every rung and every lid is in the pre-rendered markup; two attributes on the list say which
//! rung is the reader's and which gates are shut, and the stylesheet shows what they select. The
//! browser builds none of it: the verdict keeps the pre-rendered ladder ([`crate::regions::KEPT`])
//! and [`show`] writes the two attributes and the score's line.

use leptos::prelude::*;

use crate::model::{Conditions, Gate, Verdict};

/// The ladder's id, and its list's and its score line's.
const LADDER: &str = "ladder";
const RUNGS: &str = "ladder-rungs";
const HERE: &str = "ladder-here";

/// The shut gates' ids, separated by spaces: the list's `data-shut`.
fn shut(conditions: Conditions) -> String {
    let gates: Vec<&str> = conditions.shut_gates().map(Gate::id).collect();
    gates.join(" ")
}

/// The ladder on the settled scenario, as the pre-render draws it.
#[cfg(static_text)]
#[component]
pub fn Ladder() -> impl IntoView {
    use crate::content;
    use crate::model::Outcome;
    let state = crate::state::use_explainer();
    let verdict = state.settled_verdict.get_untracked();
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
        <figure class="ladder" id=LADDER>
            <ol
                class="ladder-rungs"
                id=RUNGS
                aria-label=content::LADDER_CAPTION
                data-outcome=verdict.outcome.id()
                data-shut=shut(state.settled.get_untracked().conditions)
            >
                {rung(Outcome::Settlement)}
                {lid(Outcome::InterimDeal, &[Gate::Face])}
                {rung(Outcome::InterimDeal)}
                {lid(Outcome::CrisisChannel, &[Gate::Ripeness, Gate::Concessions])}
                {lid(Outcome::CrisisChannel, &[Gate::Ripeness])}
                {lid(Outcome::CrisisChannel, &[Gate::Concessions])}
                {rung(Outcome::CrisisChannel)}
                {rung(Outcome::Drift)}
                <li class="ladder-here" id=HERE>{content::ladder_here(verdict.score)}</li>
            </ol>
            <figcaption>{content::LADDER_CAPTION}</figcaption>
        </figure>
    }
}

/// In the browser, the place of the pre-rendered ladder ([`crate::regions::KEPT`]).
#[cfg(not(static_text))]
#[component]
pub fn Ladder() -> impl IntoView {
    super::kept(LADDER.to_string())
}

/// Show `verdict`, on a scenario with `conditions`, on the pre-rendered ladder: its rung and
/// score, and the lids of the gates that are shut.
pub fn show(verdict: Verdict, conditions: Conditions) {
    if let Some(list) = crate::browser::element(RUNGS) {
        let _ = list.set_attribute("data-outcome", verdict.outcome.id());
        let _ = list.set_attribute("data-shut", &shut(conditions));
    }
    if let Some(line) = crate::browser::element(HERE) {
        line.set_text_content(Some(&crate::content::ladder_here(verdict.score)));
    }
}
