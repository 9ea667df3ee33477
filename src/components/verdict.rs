use leptos::prelude::*;

use crate::components::scenario_panel::flash;
use crate::components::{Ladder, Meter};
use crate::content;
use crate::model::Input;
use crate::regions::Region;
use crate::state::use_explainer;

/// The verdict on the reader's scenario: the outcome in words, the meter, the paragraph that
/// explains it, and why: each input's points and the gate that binds. (Screen readers hear a
/// short note on each change from the panel's live region, not this whole paragraph again.)
#[component]
pub fn VerdictSection() -> impl IntoView {
    let state = use_explainer();
    // The narrative answers a tap at once; the rest of the section, and the highlight that
    // marks what changed, follow a frame later.
    let verdict = state.settled_verdict;
    let outcome = move || content::outcome(verdict.get().outcome);
    let settled_flash = move || flash(state.settled_changes.get());
    view! {
        <div class="verdict" id=Region::Verdict.id()>
            <h3 class="verdict-heading">{content::VERDICT_HEADING}</h3>
            <p class=move || format!("verdict-outcome outcome-{} {}", verdict.get().outcome.id(), settled_flash())>
                {move || outcome().label}
            </p>
            <p class="verdict-description">{move || outcome().description}</p>
            <figure class="verdict-meter">
                <Meter
                    id="verdict-meter"
                    score=Signal::derive(move || verdict.get().score)
                    ceiling=Signal::derive(move || verdict.get().ceiling())
                    label=Signal::derive(move || content::meter_label(verdict.get().score, verdict.get().outcome))
                />
                <figcaption>
                    {content::SCORE_LABEL} ". "
                    <strong>{move || content::score_text(verdict.get().score)}</strong>
                </figcaption>
            </figure>
            <Ladder />
            <div id="narrative" class=move || format!("narrative {}", settled_flash())>
                <p>{move || state.narrative.with(|n| n.text())}</p>
            </div>
            <p class="not-a-forecast">{content::NOT_A_FORECAST}</p>
            <p class="model-version">
                {content::MODEL_LINE} ". " {content::REVIEW_LINE} " "
                <a href="#corrections">{content::CORRECTIONS_HEADING}</a>
            </p>
            <Breakdown />
        </div>
    }
}

/// Why the score is what it is: a table of every input's points, and the gate that binds.
#[component]
fn Breakdown() -> impl IntoView {
    let verdict = use_explainer().settled_verdict;
    view! {
        <div class="breakdown">
            <h4>{content::CONTRIBUTIONS_HEADING}</h4>
            <table class="breakdown-table">
                <thead>
                    <tr>
                        <th scope="col">{content::SWITCH_COLUMN}</th>
                        <th scope="col">{content::CODED_COLUMN}</th>
                        <th scope="col" class="num">{content::POINTS_COLUMN}</th>
                    </tr>
                </thead>
                <tbody>
                    {Input::ALL
                        .into_iter()
                        .map(|input| {
                            let c = move || verdict.with(|v| v.contribution(input));
                            view! {
                                <tr class:is-on=move || c().on>
                                    <th scope="row">{content::short_name(input)}</th>
                                    <td>{move || content::state_word(input, c().on)}</td>
                                    <td class="num">{move || content::number(c().points)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2">{content::TOTAL_LABEL}</th>
                        <td class="num">{move || content::number(verdict.get().score)}</td>
                    </tr>
                </tfoot>
            </table>
            <Show when=move || verdict.get().is_capped()>
                <p class="capped-note">
                    {move || content::uncapped_text(verdict.get().uncapped)}
                </p>
            </Show>
            <p class="gate">
                <strong>{content::GATE_HEADING}</strong> " "
                {move || content::gate_line(verdict.get().gate)}
            </p>
        </div>
    }
}
