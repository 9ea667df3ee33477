//! The scenario map: the sixteen combinations of the four conditions as a 4×4 grid, scored with
//! the reader's context factors, the reader's square marked, the regions the gates close off
//! drawn, the cases on their squares. One tab stop; the arrow keys move between squares (a
//! WAI-ARIA grid).
//!
//! The pre-render draws the whole map (`crate::site::page::map`). In the browser no view is
//! built: [`show`] writes the drawn squares (from the one effect of
//! [`crate::components::follow_drawn`]) and [`answer`] takes their taps and keys through
//! listeners on the grid, which costs the WebAssembly far less than sixteen reactive squares
//! did (docs/BENCHMARK.md, issue 25).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::browser;
use crate::content::{self, PRESETS, Preset};
use crate::model::{Condition, Conditions, Input, Outcome, Scenario, Verdict};
use crate::state::Explainer;

/// The order of the map's rows and columns: 00, 01, 11, 10 (a Gray code), so that neighbouring
/// squares differ by exactly one switch.
const GRAY: [(bool, bool); 4] = [(false, false), (false, true), (true, true), (true, false)];

/// The conditions that pick a row (no better alternative, concessions) and a column (both can
/// declare victory, parity of power).
const ROW: [Condition; 2] = [Condition::NoBetterAlternative, Condition::Concessions];
const COLUMN: [Condition; 2] = [Condition::BothCanDeclareVictory, Condition::Parity];

/// The id of the map's grid.
pub const MAP_ID: &str = "scenario-map";

/// The class `public/boot.js` puts on a control tapped before the app was live.
const WAITING: &str = "is-waiting";

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

/// Every square's row and column, row by row.
fn squares() -> impl Iterator<Item = (usize, usize)> {
    (0..4).flat_map(|r| (0..4).map(move |c| (r, c)))
}

/// The id of the square's button at `row`, `column`: `map-` and the two digits.
pub fn cell_id(row: usize, column: usize) -> String {
    format!("map-{row}{column}")
}

/// The row and column of a square's button, from its id ([`cell_id`]).
fn cell_of(id: &str) -> Option<(usize, usize)> {
    let digits = id.strip_prefix("map-")?.as_bytes();
    match digits {
        [r @ b'0'..=b'3', c @ b'0'..=b'3'] => Some((usize::from(r - b'0'), usize::from(c - b'0'))),
        _ => None,
    }
}

/// The verdict on `conditions` among the sixteen, in [`Conditions::bits`] order.
pub fn verdict_of(verdicts: &[Verdict; 16], conditions: Conditions) -> Verdict {
    verdicts[usize::from(conditions.bits())]
}

/// The cases whose coding puts them on the square of `conditions`.
pub fn cases_on(conditions: Conditions) -> impl Iterator<Item = &'static Preset> {
    PRESETS
        .iter()
        .filter(move |p| p.scenario.conditions == conditions)
}

/// What choosing the square of `to` would change for a reader on `from`, when the two are one
/// switch apart ([`content::map_hint`]).
fn hint(verdicts: &[Verdict; 16], from: Conditions, to: Conditions) -> Option<String> {
    content::map_hint(
        from,
        to,
        verdict_of(verdicts, from),
        verdict_of(verdicts, to),
    )
}

/// The classes of a square: its outcome's colour, the pattern of the ceiling its shut gates set,
/// and whether it is the reader's.
pub fn square_class(conditions: Conditions, outcome: Outcome, current: bool) -> String {
    format!(
        "map-square outcome-{} ceiling-{}{}",
        outcome.id(),
        conditions.ceiling().id(),
        if current { " is-current" } else { "" }
    )
}

/// A square's accessible name for a reader on `from`: its switches, its outcome and points,
/// whether it is the reader's, the cases on it, and what choosing it would change when it is
/// one switch away.
pub fn square_label(conditions: Conditions, verdicts: &[Verdict; 16], from: Conditions) -> String {
    let v = verdict_of(verdicts, conditions);
    let mut words = content::map_square(conditions, v.outcome, v.score);
    let names: Vec<&str> = cases_on(conditions).map(|p| p.name).collect();
    let cases = (!names.is_empty()).then(|| content::map_cases(&names));
    let change = hint(verdicts, from, conditions);
    let current = (conditions == from).then_some(content::MAP_CURRENT);
    for extra in [current, cases.as_deref(), change.as_deref()]
        .into_iter()
        .flatten()
    {
        words.push(' ');
        words.push_str(extra);
    }
    words
}

/// Show the reader on `from`, with the sixteen `verdicts` of their context, on the
/// pre-rendered map: each square's outcome, points and name, and which square is theirs.
pub fn show(verdicts: &[Verdict; 16], from: Conditions) {
    for (r, c) in squares() {
        let Some(button) = browser::element(&cell_id(r, c)) else {
            continue;
        };
        let conditions = square(r, c);
        let current = conditions == from;
        let v = verdict_of(verdicts, conditions);
        if let Some(cell) = button.parent_element() {
            cell.set_class_name(&square_class(conditions, v.outcome, current));
        }
        let _ = button.set_attribute("aria-pressed", if current { "true" } else { "false" });
        let _ = button.set_attribute("aria-label", &square_label(conditions, verdicts, from));
        if let Some(points) = button.first_element_child() {
            points.set_text_content(Some(&content::number(v.score)));
        }
    }
}

/// Make the pre-rendered map answer: a tap or Enter on a square loads its conditions (the
/// context stays), a case's marker loads the case, the arrow keys, Home and End move the one tab
/// stop, and pointing at or moving to a square says under the map what it would change. Does
/// nothing if the page has no map.
pub fn answer(state: Explainer) {
    let Some(grid) = browser::element(MAP_ID) else {
        return;
    };
    let (row, column) = position(state.scenario.get_untracked().conditions);
    move_stop(row, column);
    let answer = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten())
        else {
            return;
        };
        let kind = event.type_();
        // A tap kept from before the app was live (public/boot.js) has been answered.
        if kind == "click" && button.class_list().contains(WAITING) {
            let _ = button.class_list().remove_1(WAITING);
        }
        if let Some(id) = button.get_attribute("data-case") {
            if kind == "click"
                && let Some(case) = PRESETS.iter().find(|p| p.id == id)
            {
                state.load_preset(case);
            }
            return;
        }
        let Some((r, c)) = cell_of(&button.id()) else {
            return;
        };
        match kind.as_str() {
            "click" => {
                state.load_scenario(Scenario {
                    conditions: square(r, c),
                    context: state.scenario.get_untracked().context,
                });
                // The tab stop follows, and the hint goes, once the answer is painted.
                crate::schedule::after_paint(move || {
                    move_stop(r, c);
                    show_hint(None);
                });
            }
            "keydown" => {
                if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>()
                    && let Some(to) = arrow(key.key().as_str(), r, c)
                {
                    event.prevent_default();
                    move_stop(to.0, to.1);
                    if let Some(next) = browser::element(&cell_id(to.0, to.1)) {
                        let _ = next.focus();
                    }
                }
            }
            // Pointing at a square or moving to it.
            _ => {
                let from = state.settled.with_untracked(|s| s.conditions);
                let change = state
                    .table
                    .with_untracked(|verdicts| hint(verdicts, from, square(r, c)));
                show_hint(change.as_deref());
            }
        }
    });
    for kind in ["click", "keydown", "focusin", "pointerover"] {
        let _ = grid.add_event_listener_with_callback(kind, answer.as_ref().unchecked_ref());
    }
    // The listeners live as long as the page.
    answer.forget();
}

/// The square an arrow key, Home or End moves to from `row`, `column`; `None` for other keys.
/// The columns run the way the page's lines do: right to left in a right-to-left edition.
fn arrow(key: &str, row: usize, column: usize) -> Option<(usize, usize)> {
    let (back, on) = if content::RTL {
        ("ArrowRight", "ArrowLeft")
    } else {
        ("ArrowLeft", "ArrowRight")
    };
    Some(match key {
        "ArrowUp" => (row.saturating_sub(1), column),
        "ArrowDown" => ((row + 1).min(3), column),
        k if k == back => (row, column.saturating_sub(1)),
        k if k == on => (row, (column + 1).min(3)),
        "Home" => (row, 0),
        "End" => (row, 3),
        _ => return None,
    })
}

/// Give the square at `row`, `column` the grid's one tab stop.
fn move_stop(row: usize, column: usize) {
    for (r, c) in squares() {
        if let Some(button) = browser::element(&cell_id(r, c)) {
            let stop = if (r, c) == (row, column) { "0" } else { "-1" };
            let _ = button.set_attribute("tabindex", stop);
        }
    }
}

/// Write `hint` (or nothing) on the line under the map.
fn show_hint(hint: Option<&str>) {
    if let Some(line) = browser::element(MAP_HINT) {
        line.set_text_content(hint);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_square_s_id_reads_back() {
        for (r, c) in squares() {
            assert_eq!(cell_of(&cell_id(r, c)), Some((r, c)));
            assert_eq!(position(square(r, c)), (r, c));
        }
        for id in ["map-", "map-4", "map-04x", "map-40", "x-00", ""] {
            assert_eq!(cell_of(id), None, "{id}");
        }
    }

    #[test]
    fn the_arrows_stop_at_the_edges() {
        assert_eq!(arrow("ArrowUp", 0, 2), Some((0, 2)));
        assert_eq!(arrow("ArrowDown", 3, 2), Some((3, 2)));
        assert_eq!(arrow("Home", 2, 2), Some((2, 0)));
        assert_eq!(arrow("End", 2, 0), Some((2, 3)));
        assert_eq!(arrow("Enter", 1, 1), None);
    }
}
