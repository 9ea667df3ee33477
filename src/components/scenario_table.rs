use leptos::prelude::*;

use crate::content;
use crate::model::{Condition, Conditions, Scenario};
use crate::regions::Region;
use crate::state::use_explainer;

/// Every combination of the four conditions with its outcome, scored with the reader's context
/// factors: the current one highlighted, each row loadable. Teachers use it to discuss the model.
#[component]
pub fn ScenarioTable() -> impl IntoView {
    view! {
        <div class="scenario-table" id=Region::Table.id()>
            <h3 id="table-heading">{content::TABLE_HEADING}</h3>
            <p>{content::TABLE_INTRO}</p>
            <div class="table-scroll" role="region" aria-labelledby="table-heading" tabindex="0">
                <table>
                    <caption>{content::TABLE_CAPTION}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {Condition::ALL
                                .into_iter()
                                .map(|c| view! { <th scope="col">{content::condition(c).short_name}</th> })
                                .collect_view()}
                            <th scope="col">{content::OUTCOME_COLUMN}</th>
                            <th scope="col" class="num">{content::POINTS_COLUMN}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {Conditions::every()
                            .map(|conditions| view! { <Row conditions /> })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}

/// One combination of the four conditions.
#[component]
fn Row(
    /// The combination.
    conditions: Conditions,
) -> impl IntoView {
    let state = use_explainer();
    // The highlight has a signal of its own per row (`Explainer::is_current_row`), the verdict
    // a memo: a change writes only to the rows whose highlight or verdict it changes.
    let verdict = Memo::new(move |_| state.row_verdict(conditions));
    let current = move || state.is_current_row(conditions);
    let (number, label, name) = content::table_row(conditions);
    view! {
        <tr class:is-current=current aria-current=move || current().then_some("true")>
            <th scope="row">
                <button
                    type="button"
                    class="row-button"
                    aria-pressed=move || if current() { "true" } else { "false" }
                    aria-label=name
                    on:click=move |_| state.load_scenario(Scenario {
                        conditions,
                        context: state.scenario.get_untracked().context,
                    })
                >
                    <span class="row-label">{label}</span>
                    <span class="row-number">{number}</span>
                </button>
            </th>
            {Condition::ALL
                .into_iter()
                .map(|c| {
                    let on = conditions.has(c);
                    view! {
                        <td class="mark" class:is-on=on>
                            <span aria-hidden="true">{if on { "✓" } else { "–" }}</span>
                            <span class="visually-hidden">
                                {if on { content::STATE_PRESENT } else { content::STATE_ABSENT }}
                            </span>
                        </td>
                    }
                })
                .collect_view()}
            <td>
                <span class=move || format!("outcome-chip outcome-{}", verdict.get().outcome.id())>
                    {move || content::outcome(verdict.get().outcome).label}
                </span>
                // Always in the markup, hidden but in the current row (no `Show`).
                " " <span class="current-mark" hidden=move || !current()>{content::CURRENT_ROW}</span>
            </td>
            <td class="num">{move || verdict.get().score}</td>
        </tr>
    }
}
