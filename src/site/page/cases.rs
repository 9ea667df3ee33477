//! The cases' write-ups: static text, every case pre-rendered; the live case buttons mark the
//! chosen one ([`crate::components::CaseButtons`]).

use leptos::prelude::*;

use crate::components::{InlineSources, SourceLinks};
use crate::content::{self, PRESETS, Preset};
use crate::model::Input;
use crate::regions::Region;
use crate::state::use_explainer;

/// The cases that show how the argument fits history: the buttons that load them, and how each
/// was coded, why, and on which source.
#[component]
pub fn Cases() -> impl IntoView {
    let state = use_explainer();
    view! {
        <div class="presets">
            <h3 id="presets-heading">{content::PRESETS_HEADING}</h3>
            <p>{content::PRESETS_INTRO}</p>
            {Region::Cases.view()}
            {PRESETS
                .iter()
                .map(|preset| {
                    let chosen = state.preset.get_untracked().is_some_and(|p| p.id == preset.id);
                    view! { <CaseCard preset chosen /> }
                })
                .collect_view()}
        </div>
    }
}

/// One case: what happened, how every switch is coded and why, and what the model gives.
#[component]
pub(crate) fn CaseCard(
    /// The case to show.
    preset: &'static Preset,
    /// Whether it is the loaded case.
    chosen: bool,
) -> impl IntoView {
    let outcome = preset.model_outcome();
    view! {
        <article class="case-card" class:is-chosen=chosen id=preset.card_id() aria-labelledby=preset.heading_id()>
            <h4 id=preset.heading_id()>
                {preset.name} " " <time datetime=preset.iso_date>{preset.date}</time>
            </h4>
            <p>{preset.summary}</p>
            <table class="coding-table">
                <caption>{content::CODING_HEADING}</caption>
                <thead>
                    <tr>
                        <th scope="col">{content::SWITCH_COLUMN}</th>
                        <th scope="col">{content::CODED_COLUMN}</th>
                        <th scope="col">{content::WHY_COLUMN}</th>
                    </tr>
                </thead>
                <tbody>
                    {Input::ALL
                        .into_iter()
                        .map(|input| {
                            let coding = preset.coding(input);
                            view! {
                                <tr class:is-on=coding.on>
                                    <th scope="row">{content::short_name(input)}</th>
                                    <td>
                                        {content::state_word(input, coding.on)}
                                        {coding.partly.then(|| view! { " " <em class="partly">"(" {content::PARTLY} ")"</em> })}
                                    </td>
                                    <td>{coding.reason} <InlineSources sources=coding.sources /></td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="answer">
                <strong>{content::EXPECTED_OUTCOME} ": "</strong>
                {content::outcome(preset.outcome).label} ". " {preset.outcome_note}
            </p>
            <p class="case-model answer">
                <strong>{content::MODEL_GIVES} ": "</strong>
                {content::outcome(outcome).label} "."
            </p>
            <SourceLinks sources=preset.sources />
        </article>
    }
}
