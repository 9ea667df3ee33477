use leptos::prelude::*;

use crate::browser;
use crate::content::{self, PRESETS};
use crate::model::{Condition, Conditions, Input, Scenario};
use crate::regions::Region;
use crate::state::use_explainer;

/// The order of the map's rows and columns: 00, 01, 11, 10 (a Gray code), so that neighbouring
/// squares differ by exactly one switch.
const GRAY: [(bool, bool); 4] = [(false, false), (false, true), (true, true), (true, false)];

/// The conditions that pick a row (no better alternative, concessions) and a column (both can
/// declare victory, parity of power).
const ROW: [Condition; 2] = [Condition::NoBetterAlternative, Condition::Concessions];
const COLUMN: [Condition; 2] = [Condition::BothCanDeclareVictory, Condition::Parity];

/// The id of the line under the map that says what a square one switch away would change.
pub const MAP_HINT: &str = "map-hint";

/// The combination of the four conditions in the map's square at `row`, `column`.
pub fn square(row: usize, column: usize) -> Conditions {
    let (a, b) = GRAY[row];
    let (c, d) = GRAY[column];
    let set = [(ROW[0], a), (ROW[1], b), (COLUMN[0], c), (COLUMN[1], d)];
    set.into_iter()
        .fold(Scenario::default(), |s, (condition, on)| {
            s.with(Input::Condition(condition), on)
        })
        .conditions
}

/// The square of a combination: its row and column.
pub fn position(conditions: Conditions) -> (usize, usize) {
    let find = |pair: [Condition; 2]| {
        let key = (conditions.has(pair[0]), conditions.has(pair[1]));
        GRAY.iter().position(|g| *g == key).unwrap_or(0)
    };
    (find(ROW), find(COLUMN))
}

/// The heading of the map's row `row` (0 to 3): the short names of the conditions it holds.
pub fn row_heading(row: usize) -> String {
    heading(ROW, GRAY[row])
}

/// The heading of the map's column `column` (0 to 3).
pub fn column_heading(column: usize) -> String {
    heading(COLUMN, GRAY[column])
}

/// A row's or column's heading: the short names of the conditions it holds.
fn heading(pair: [Condition; 2], on: (bool, bool)) -> String {
    let names: Vec<&str> = [(pair[0], on.0), (pair[1], on.1)]
        .into_iter()
        .filter(|(_, on)| *on)
        .map(|(c, _)| content::condition(c).short_name)
        .collect();
    if names.is_empty() {
        content::MAP_NEITHER.to_string()
    } else {
        names.join(" + ")
    }
}

/// The sixteen combinations of the four conditions as a map, scored with the reader's context
/// factors: the reader's square marked, the regions the gates close off drawn, the cases on
/// their squares. One tab stop; the arrow keys move between squares (a WAI-ARIA grid).
#[component]
pub fn ScenarioMap() -> impl IntoView {
    let state = use_explainer();
    // The square that takes the tab stop: the reader's at first, then the last one focused.
    let (row, column) = position(state.scenario.get_untracked().conditions);
    let focus = RwSignal::new((row, column));
    let keydown = move |event: web_sys::KeyboardEvent| {
        let (r, c) = focus.get_untracked();
        // The columns run the way the page's lines do: right to left in a right-to-left edition.
        let (back, on) = if content::RTL {
            ("ArrowRight", "ArrowLeft")
        } else {
            ("ArrowLeft", "ArrowRight")
        };
        let key = event.key();
        let to = match key.as_str() {
            "ArrowUp" => (r.saturating_sub(1), c),
            "ArrowDown" => ((r + 1).min(3), c),
            k if k == back => (r, c.saturating_sub(1)),
            k if k == on => (r, (c + 1).min(3)),
            "Home" => (r, 0),
            "End" => (r, 3),
            _ => return,
        };
        event.prevent_default();
        focus.set(to);
        if let Some(el) = browser::element(&cell_id(to.0, to.1)) {
            let _ = el.focus();
        }
    };
    // The heading, the help and the key around the grid are static, pre-rendered with the page
    // (`crate::site::page`): only the grid changes.
    view! {
        <table
            class="map"
            id=Region::Map.id()
            role="grid"
            aria-labelledby="map-heading"
            aria-describedby="map-help"
            on:keydown=keydown
        >
            <thead>
                <tr>
                    <td></td>
                    {GRAY
                        .iter()
                        .map(|&on| view! { <th scope="col">{heading(COLUMN, on)}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>
                {(0..4)
                    .map(|r| {
                        view! {
                            <tr>
                                <th scope="row">{heading(ROW, GRAY[r])}</th>
                                {(0..4).map(|c| square_view(r, c, focus)).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The id of the square's button.
fn cell_id(row: usize, column: usize) -> String {
    format!("map-{row}{column}")
}

/// One square: its outcome under the reader's context, its points, whether it is the reader's,
/// the cases that sit on it, and the ceiling its shut gates set.
///
/// A plain function, not a component: one fewer props type in the WebAssembly.
fn square_view(row: usize, column: usize, focus: RwSignal<(usize, usize)>) -> impl IntoView {
    let state = use_explainer();
    let conditions = square(row, column);
    let verdict = Memo::new(move |_| state.row_verdict(conditions));
    let current = move || state.is_current_row(conditions);
    let ceiling = conditions.ceiling();
    let cases: Vec<&'static content::Preset> = PRESETS
        .iter()
        .filter(|p| p.scenario.conditions == conditions)
        .collect();
    let case_names: Vec<&str> = cases.iter().map(|p| p.name).collect();
    let here = (!case_names.is_empty()).then(|| content::map_cases(&case_names));
    // What choosing this square would change, when it is one switch from the reader's.
    let hint = move || {
        let from = state.settled.with(|s| s.conditions);
        content::map_hint(from, conditions, state.row_verdict(from), verdict.get())
    };
    let label = move || {
        let v = verdict.get();
        let mut words = content::map_square(conditions, v.outcome, v.score);
        for extra in [current().then_some(content::MAP_CURRENT), here.as_deref()]
            .into_iter()
            .flatten()
            .chain(hint().as_deref())
        {
            words.push(' ');
            words.push_str(extra);
        }
        words
    };
    // The same words under the map for a reader who points at the square or moves to it (a
    // screen reader hears them in the square's name).
    let show_hint = move || {
        if let Some(line) = browser::element(MAP_HINT) {
            line.set_text_content(hint().as_deref());
        }
    };
    view! {
        <td
            role="gridcell"
            class=move || format!("map-square outcome-{} ceiling-{}", verdict.get().outcome.id(), ceiling.id())
            class:is-current=current
        >
            <button
                type="button"
                class="map-cell"
                id=cell_id(row, column)
                tabindex=move || if focus.get() == (row, column) { "0" } else { "-1" }
                aria-pressed=move || if current() { "true" } else { "false" }
                aria-label=label
                on:pointerenter=move |_| show_hint()
                on:focus=move |_| show_hint()
                on:click=move |_| {
                    state.load_scenario(Scenario {
                        conditions,
                        context: state.scenario.get_untracked().context,
                    });
                    // The tab stop and the hint follow once the answer is painted.
                    crate::schedule::after_paint(move || {
                        focus.set((row, column));
                        if let Some(line) = browser::element(MAP_HINT) {
                            line.set_text_content(None);
                        }
                    });
                }
            >
                <span class="map-points" aria-hidden="true">{move || content::number(verdict.get().score)}</span>
            </button>
            {(!cases.is_empty()).then(|| view! {
                <span class="map-cases">
                {cases
                .into_iter()
                .map(|case| {
                    view! {
                        <button
                            type="button"
                            class="map-case"
                            tabindex="-1"
                            aria-hidden="true"
                            on:click=move |_| state.load_preset(case)
                        >
                            {case.short_name}
                        </button>
                    }
                })
                .collect_view()}
                </span>
            })}
        </td>
    }
}
