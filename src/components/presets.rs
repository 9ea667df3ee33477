use leptos::prelude::*;

use crate::browser;
use crate::components::{InlineSources, SourceLinks};
use crate::content::{self, PRESETS, Preset};
use crate::model::Input;
use crate::state::use_explainer;

/// The cases that show how the argument fits history: choosing one loads its switches and shows
/// how each was coded, why, and on which source.
#[component]
pub fn Presets() -> impl IntoView {
    let state = use_explainer();
    view! {
        <div class="presets">
            <h3 id="presets-heading">{content::PRESETS_HEADING}</h3>
            <p>{content::PRESETS_INTRO}</p>
            <ul class="preset-list" aria-labelledby="presets-heading">
                {PRESETS
                    .iter()
                    .map(|preset| {
                        let chosen = move || state.preset.get().is_some_and(|p| p.id == preset.id);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="button preset-button"
                                    aria-pressed=move || if chosen() { "true" } else { "false" }
                                    on:click=move |_| {
                                        state.load_preset(preset);
                                        browser::reveal("case-heading");
                                    }
                                >
                                    <span class="preset-name">{preset.name}</span>
                                    <span class="preset-date">{preset.date}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="button button-quiet" on:click=move |_| state.reset()>
                {content::RESET_LABEL}
            </button>
            {move || state.preset.get().map(|preset| view! { <CaseCard preset /> })}
        </div>
    }
}

/// One case: what happened, how every switch is coded and why, and what the model gives.
#[component]
fn CaseCard(
    /// The case to show.
    preset: &'static Preset,
) -> impl IntoView {
    let outcome = preset.model_outcome();
    view! {
        <article class="case-card" aria-labelledby="case-heading">
            <h4 id="case-heading">
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
            <p>
                <strong>{content::EXPECTED_OUTCOME} ": "</strong>
                {content::outcome(preset.outcome).label} ". " {preset.outcome_note}
            </p>
            <p>
                <strong>{content::MODEL_GIVES} ": "</strong>
                {content::outcome(outcome).label} "."
            </p>
            <SourceLinks sources=preset.sources />
        </article>
    }
}
