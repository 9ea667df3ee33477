//! The scenario map as the pre-render draws it: on the explainer, a WAI-ARIA grid of buttons
//! that the app keeps up to date and answers (`crate::components::scenario_map::attach`); on a
//! handout, the same squares as plain cells for reading on paper.

use leptos::prelude::*;

use crate::components::scenario_map::{
    MAP_HINT, MAP_ID, cases_on, cell_id, column_heading, position, row_heading, square,
    square_class, square_label, verdict_of,
};
use crate::content;
use crate::model::{Outcome, Scenario};
use crate::state::Explainer;

/// The scenario map's heading, help, grid, hint line and key, on the reader's `scenario`.
#[component]
pub fn MapFrame(scenario: Scenario) -> impl IntoView {
    view! {
        <div class="scenario-map">
            <h3 id="map-heading">{content::MAP_HEADING}</h3>
            <p id="map-help">{content::MAP_INTRO}</p>
            <MapGrid scenario live=true />
            <p id=MAP_HINT class="map-hint" aria-hidden="true"></p>
            <MapKey crisis=content::MAP_KEY_CRISIS.to_string() interim=content::MAP_KEY_INTERIM.to_string() />
        </div>
    }
}

/// The sixteen squares, scored with `scenario`'s context factors, `scenario`'s own marked.
/// `live`: the explainer's grid of buttons (one tab stop, each square named in full, the cases'
/// markers); otherwise plain cells under the map's heading as a caption, for paper.
#[component]
pub fn MapGrid(scenario: Scenario, live: bool) -> impl IntoView {
    let verdicts = Explainer::starting_at(scenario, 0).table.get_untracked();
    let from = scenario.conditions;
    let stop = position(from);
    let cell = move |r: usize, c: usize| {
        let conditions = square(r, c);
        let verdict = verdict_of(&verdicts, conditions);
        let current = conditions == from;
        let class = square_class(conditions, verdict.outcome, current);
        if !live {
            return view! {
                <td class=class>
                    <span class="map-points">{verdict.score}</span>
                    {current.then(|| view! { <span class="visually-hidden">" " {content::MAP_CURRENT}</span> })}
                </td>
            }
            .into_any();
        }
        let cases: Vec<_> = cases_on(conditions)
            .map(|case| {
                view! {
                    <button type="button" class="map-case" tabindex="-1" aria-hidden="true" data-case=case.id>
                        {case.short_name}
                    </button>
                }
            })
            .collect();
        view! {
            <td role="gridcell" class=class>
                <button
                    type="button"
                    class="map-cell"
                    id=cell_id(r, c)
                    tabindex=if stop == (r, c) { "0" } else { "-1" }
                    aria-pressed=if current { "true" } else { "false" }
                    aria-label=square_label(conditions, &verdicts, from)
                >
                    <span class="map-points" aria-hidden="true">{content::number(verdict.score)}</span>
                </button>
                {(!cases.is_empty()).then(|| view! { <span class="map-cases">{cases}</span> })}
            </td>
        }
        .into_any()
    };
    let head = view! {
        <thead>
            <tr>
                <td></td>
                {(0..4).map(|c| view! { <th scope="col">{column_heading(c)}</th> }).collect_view()}
            </tr>
        </thead>
        <tbody>
            {(0..4)
                .map(|r| {
                    view! {
                        <tr>
                            <th scope="row">{row_heading(r)}</th>
                            {(0..4).map(|c| cell(r, c)).collect_view()}
                        </tr>
                    }
                })
                .collect_view()}
        </tbody>
    };
    if live {
        view! {
            <table
                class="map"
                id=MAP_ID
                role="grid"
                aria-labelledby="map-heading"
                aria-describedby="map-help"
            >
                {head}
            </table>
        }
        .into_any()
    } else {
        view! {
            <table class="map">
                <caption>{content::MAP_HEADING}</caption>
                {head}
            </table>
        }
        .into_any()
    }
}

/// The map's key: each outcome's colour, and the patterns of the squares a shut gate holds
/// down, in `crisis`'s and `interim`'s words (the handout's are shorter).
#[component]
pub fn MapKey(crisis: String, interim: String) -> impl IntoView {
    view! {
        <ul class="map-key">
            {Outcome::ALL
                .into_iter()
                .map(|o| {
                    view! {
                        <li>
                            <span class=format!("map-swatch outcome-{}", o.id()) aria-hidden="true"></span>
                            " " {content::outcome(o).label}
                        </li>
                    }
                })
                .collect_view()}
            <li><span class="map-swatch ceiling-crisis-channel" aria-hidden="true"></span> " " {crisis}</li>
            <li><span class="map-swatch ceiling-interim-deal" aria-hidden="true"></span> " " {interim}</li>
        </ul>
    }
}
