//! The reader's state, natively (no browser): what a case marks, what a touch clears, and what
//! a reset and a row do. A Leptos owner is enough to run signals and memos here.

use explainer::content::PRESETS;
use explainer::model::{Condition, Conditions, ContextFactor, Input, Scenario, assess};
use explainer::state::Explainer;
use leptos::prelude::*;

fn case(id: &str) -> &'static explainer::content::Preset {
    PRESETS.iter().find(|p| p.id == id).unwrap()
}

#[test]
fn a_case_marks_only_what_it_changed_until_the_reader_touches_it() {
    let owner = Owner::new();
    owner.with(|| {
        let state = Explainer::new();
        let concessions = Input::Condition(Condition::Concessions);
        let parity = Input::Condition(Condition::Parity);
        state.toggle(parity);
        let preset = case("jcpoa-2015");
        state.load_preset(preset);
        assert_eq!(state.scenario.get_untracked(), preset.scenario);
        for input in Input::ALL {
            let changed =
                Scenario::default().toggled(parity).has(input) != preset.scenario.has(input);
            assert_eq!(state.is_set_by_case(input), changed, "{input:?}");
        }
        state.toggle(concessions);
        assert!(
            !state.is_set_by_case(concessions),
            "touching a switch clears its mark"
        );
        assert!(state.preset.get_untracked().is_some());
        state.reset();
        assert_eq!(state.scenario.get_untracked(), Scenario::default());
        assert!(state.preset.get_untracked().is_none());
        assert!(Input::ALL.iter().all(|&i| !state.is_set_by_case(i)));
        assert_eq!(state.changes.get_untracked(), 4);
    });
}

#[test]
fn choosing_the_case_already_loaded_keeps_its_marks() {
    let owner = Owner::new();
    owner.with(|| {
        let state = Explainer::new();
        let preset = case("libya-2003");
        state.load_preset(preset);
        let marked: Vec<Input> = Input::ALL
            .into_iter()
            .filter(|&i| state.is_set_by_case(i))
            .collect();
        assert!(!marked.is_empty());
        let changes = state.changes.get_untracked();
        state.load_preset(preset);
        let again: Vec<Input> = Input::ALL
            .into_iter()
            .filter(|&i| state.is_set_by_case(i))
            .collect();
        assert_eq!(again, marked, "the marks stay");
        assert_eq!(state.changes.get_untracked(), changes, "nothing changed");
    });
}

#[test]
fn a_square_of_the_map_keeps_the_readers_context_and_the_map_follows_it() {
    let owner = Owner::new();
    owner.with(|| {
        let state = Explainer::new();
        let facilitation = Input::Context(ContextFactor::Facilitation);
        state.toggle(facilitation);
        let all = Conditions::every().last().unwrap();
        let row = Scenario {
            conditions: all,
            context: state.scenario.get_untracked().context,
        };
        state.load_scenario(row);
        assert!(state.scenario.get_untracked().has(facilitation));
        let squares = state.table.get_untracked();
        assert_eq!(squares[usize::from(all.bits())], assess(row));
        assert_eq!(state.settled.get_untracked().conditions, all);
        assert_eq!(state.verdict.get_untracked(), assess(row));
    });
}

#[test]
fn the_compact_outcome_follows_every_change_by_switch_case_row_and_reset() {
    let owner = Owner::new();
    owner.with(|| {
        let state = Explainer::new();
        let check = |what: &str| {
            let expected = assess(state.scenario.get_untracked()).outcome;
            assert_eq!(state.outcome(), expected, "{what}");
        };
        check("at the start");
        for scenario in Scenario::every().step_by(7) {
            state.load_scenario(scenario);
            check("a row");
            for input in Input::ALL {
                state.toggle(input);
                check("a switch");
            }
        }
        for preset in &PRESETS {
            state.load_preset(preset);
            check(preset.id);
        }
        state.reset();
        check("a reset");
    });
}
