//! Two scenarios side by side (`compare.html?a=<bits>&b=<bits>`): the pinned one from the link,
//! and a second one the reader sets; which switches differ, the two verdicts, and which
//! difference changes the outcome and why. The page is written here with every word and, for all
//! 256 scenarios, the model's verdict, the explainer's link and what each switch would change
//! (`script_data::scenarios_json`); `public/compare.js` reads the page's address, runs the
//! switches and looks the rest up.

use leptos::prelude::*;

use super::{KitPage, render};
use crate::content;
use crate::model::{Condition, ContextFactor, Gate, Input, Outcome, Scenario};
use crate::paths::COMPARE_PAGE;

/// The comparison page.
pub fn page() -> KitPage {
    let kit = crate::content::kit::text();
    KitPage {
        path: COMPARE_PAGE.into(),
        title: content::sub_title(&kit.compare_title),
        description: kit.compare_intro.clone(),
        body: render(|| view! { <Compare /> }),
        scripts: &["compare.js"],
    }
}

/// The bit an input sets in its scenario's conditions or context.
fn bit(input: Input) -> u8 {
    let s = Scenario::default().with(input, true);
    s.conditions.bits() | s.context.bits()
}

/// A JSON array of strings.
fn json_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = items.map(crate::site::html::json_string).collect();
    format!("[{}]", quoted.join(","))
}

#[component]
fn Compare() -> impl IntoView {
    let kit = crate::content::kit::text();
    let inputs: Vec<(Input, &'static str)> = Condition::ALL
        .into_iter()
        .map(|c| (Input::Condition(c), "on"))
        .chain(
            ContextFactor::ALL
                .into_iter()
                .map(|f| (Input::Context(f), "ctx")),
        )
        .collect();
    let outcomes = json_list(Outcome::ALL.iter().map(|o| content::outcome(*o).label));
    let gates = json_list(Gate::ALL.iter().map(|g| content::gate(*g).name));
    view! {
        <header class="kit-header">
            <p class="kicker">{content::HEADLINE}</p>
            <h1>{kit.compare_title.clone()}</h1>
            <p class="dek">{kit.compare_intro.clone()}</p>
            <p class="review-line">{content::MODEL_LINE} ". " {content::REVIEW_LINE}</p>
        </header>
        <p class="builder-nojs">{kit.compare_nojs.clone()}</p>
        <form
            id="compare"
            hidden
            data-scenarios=crate::site::script_data::scenarios_json()
            data-outcomes=outcomes
            data-gates=gates
            data-score=kit.compare_score.clone()
            data-same=kit.compare_same_switches.clone()
            data-no-change=kit.compare_no_change.clone()
            data-decisive=kit.compare_decisive.clone()
            data-opens=kit.compare_why_gate_opens.clone()
            data-shuts=kit.compare_why_gate_shuts.clone()
            data-points=kit.compare_why_points.clone()
        >
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="compare-caption">
                <table class="compare-table">
                    <caption id="compare-caption">{kit.compare_title.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{kit.compare_switch.clone()}</th>
                            <th scope="col">{kit.compare_pinned.clone()}</th>
                            <th scope="col">{kit.compare_other.clone()}</th>
                            <th scope="col"><span class="visually-hidden">{kit.compare_differs.clone()}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {inputs
                            .into_iter()
                            .map(|(input, kind)| {
                                let index = input.index().to_string();
                                let id = format!("b-{}", input.id());
                                let words = format!("{}|{}", content::state_word(input, true), content::state_word(input, false));
                                view! {
                                    <tr data-kind=kind data-bit=bit(input).to_string() data-input=index data-words=words>
                                        // On a narrow screen the "differs" column gives way to a
                                        // word after the switch's name (`style/kit.scss`).
                                        <th scope="row" data-differs=kit.compare_differs.clone()>{content::short_name(input)}</th>
                                        <td class="compare-a"></td>
                                        <td>
                                            <input type="checkbox" id=id.clone() />
                                            <label for=id class="visually-hidden">
                                                {content::short_name(input)} " (" {kit.compare_other.clone()} ")"
                                            </label>
                                        </td>
                                        <td class="compare-differs" data-word=kit.compare_differs.clone()></td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{kit.compare_verdict.clone()}</th>
                            <td id="verdict-a"></td>
                            <td id="verdict-b"></td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <div id="compare-result" role="status"></div>
            <p>
                <a id="open-a" href="./">{kit.compare_open.clone()} ": " {kit.compare_pinned.clone()}</a>
                " · "
                <a id="open-b" href="./">{kit.compare_open.clone()} ": " {kit.compare_other.clone()}</a>
            </p>
        </form>
    }
}
