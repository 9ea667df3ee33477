#![cfg(not(target_arch = "wasm32"))]
//! The scoring model, checked over every one of the 256 combinations of its eight inputs.

use std::collections::HashSet;

use explainer::model::{
    Condition, Conditions, Context, ContextFactor, Gate, Input, MAX_SCORE, Outcome, Scenario,
    assess, counts, most_helpful_change,
};

const PRESSURE: Input = Input::Context(ContextFactor::Pressure);
const VICTORY: Input = Input::Condition(Condition::BothCanDeclareVictory);

fn all_conditions() -> Conditions {
    Conditions::ALL
}

#[test]
fn there_are_256_distinct_scenarios() {
    let all: HashSet<Scenario> = Scenario::every().collect();
    assert_eq!(all.len(), 256);
}

#[test]
fn the_points_add_up_to_the_maximum_score() {
    let total: u32 = Input::ALL.iter().map(|i| u32::from(i.points())).sum();
    assert_eq!(total, u32::from(MAX_SCORE));
    let everything = Scenario {
        conditions: Conditions::ALL,
        context: Context::ALL,
    };
    assert_eq!(assess(everything).score, MAX_SCORE);
}

#[test]
fn every_input_off_is_the_worst_outcome() {
    let verdict = assess(Scenario::NONE);
    assert_eq!(verdict.outcome, Outcome::Drift);
    assert_eq!(verdict.score, 0);
    assert_eq!(verdict.gate, Some(Gate::Ripeness));
    // A score of 0 means nothing counts: any scenario in which some input earns points scores
    // above the all-off scenario.
    for scenario in Scenario::every() {
        let v = assess(scenario);
        let earns = v.contributions.iter().any(|c| c.points > 0);
        assert_eq!(v.score > 0, earns, "{scenario:?}");
    }
}

#[test]
fn all_four_conditions_give_a_settlement_whatever_the_context() {
    for scenario in Scenario::every().filter(|s| s.conditions == all_conditions()) {
        let verdict = assess(scenario);
        assert_eq!(verdict.outcome, Outcome::Settlement, "{scenario:?}");
        assert_eq!(verdict.gate, None);
    }
}

#[test]
fn every_outcome_is_reachable() {
    let reached: HashSet<Outcome> = Scenario::every().map(|s| assess(s).outcome).collect();
    for outcome in Outcome::ALL {
        assert!(reached.contains(&outcome), "{outcome:?} is never reached");
    }
}

#[test]
fn switching_any_input_on_never_lowers_the_outcome_or_the_score() {
    // Sanctions pressure needs no exemption here: without a face-saving way out it earns no
    // points at all (see docs/MODEL.md), so it cannot lower anything either.
    for scenario in Scenario::every() {
        let before = assess(scenario);
        for input in Input::ALL.into_iter().filter(|&i| !scenario.has(i)) {
            let after = assess(scenario.with(input, true));
            assert!(
                after.outcome >= before.outcome,
                "switching {} on lowers the outcome in {scenario:?}",
                input.id()
            );
            assert!(
                after.score >= before.score,
                "switching {} on lowers the score in {scenario:?}",
                input.id()
            );
        }
    }
}

#[test]
fn pressure_counts_only_when_both_sides_can_declare_victory() {
    for scenario in Scenario::every().filter(|s| s.has(PRESSURE)) {
        let verdict = assess(scenario);
        let without = assess(scenario.with(PRESSURE, false));
        if scenario.has(VICTORY) {
            assert!(counts(scenario, PRESSURE));
            assert_eq!(verdict.contribution(PRESSURE).points, PRESSURE.points());
            assert_eq!(verdict.uncapped, without.uncapped + PRESSURE.points());
        } else {
            assert!(!counts(scenario, PRESSURE));
            assert_eq!(verdict.contribution(PRESSURE).points, 0);
            assert_eq!(verdict.outcome, without.outcome);
            assert_eq!(verdict.score, without.score);
        }
    }
}

#[test]
fn pressure_with_a_way_out_can_open_a_crisis_channel() {
    let face_only =
        Scenario::from_conditions(Conditions::NONE.with(Condition::BothCanDeclareVictory, true));
    assert_eq!(assess(face_only).outcome, Outcome::Drift);
    assert_eq!(
        assess(face_only.with(PRESSURE, true)).outcome,
        Outcome::CrisisChannel
    );
}

#[test]
fn each_gate_holds_whatever_else_is_on() {
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        for gate in Gate::ALL {
            if !scenario.conditions.has(gate.condition()) {
                assert!(
                    verdict.outcome <= gate.ceiling(),
                    "{gate:?} is shut but {scenario:?} reaches {:?}",
                    verdict.outcome
                );
            }
        }
    }
}

#[test]
fn without_ripeness_or_concessions_the_best_is_a_crisis_channel() {
    let everything_but = |missing: Condition| {
        let scenario = Scenario {
            conditions: Conditions::ALL.with(missing, false),
            context: Context::ALL,
        };
        assess(scenario)
    };
    let no_ripeness = everything_but(Condition::NoBetterAlternative);
    assert_eq!(no_ripeness.outcome, Outcome::CrisisChannel);
    assert_eq!(no_ripeness.gate, Some(Gate::Ripeness));
    assert!(no_ripeness.is_capped());
    let no_concessions = everything_but(Condition::Concessions);
    assert_eq!(no_concessions.outcome, Outcome::CrisisChannel);
    assert_eq!(no_concessions.gate, Some(Gate::Concessions));
    let no_face = everything_but(Condition::BothCanDeclareVictory);
    assert_eq!(no_face.outcome, Outcome::InterimDeal);
    assert_eq!(no_face.gate, Some(Gate::Face));
    let no_parity = everything_but(Condition::Parity);
    assert_eq!(no_parity.outcome, Outcome::Settlement);
    assert_eq!(no_parity.gate, None);
}

#[test]
fn the_gate_named_is_the_tightest_shut_one() {
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        let shut: Vec<Gate> = scenario.conditions.shut_gates().collect();
        assert_eq!(verdict.gate, shut.first().copied());
        let tightest = shut.iter().map(|g| g.ceiling()).min();
        assert_eq!(verdict.ceiling(), tightest.unwrap_or(Outcome::Settlement));
    }
}

#[test]
fn parity_and_context_are_never_required_for_a_deal() {
    // Whatever outcome a scenario reaches, the same conditions without parity and without any
    // context factor reach at least the same ceiling: for every deal, the gates decide.
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        if verdict.outcome >= Outcome::InterimDeal {
            let bare =
                Scenario::from_conditions(scenario.conditions.with(Condition::Parity, false));
            assert_eq!(assess(bare).outcome, verdict.outcome, "{scenario:?}");
        }
    }
}

#[test]
fn the_score_lies_in_the_outcome_band_and_the_contributions_add_up() {
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        assert!(verdict.score <= MAX_SCORE);
        assert!(verdict.score >= verdict.outcome.floor(), "{scenario:?}");
        assert!(verdict.score <= verdict.outcome.top(), "{scenario:?}");
        let sum: u8 = verdict.contributions.iter().map(|c| c.points).sum();
        assert_eq!(sum, verdict.uncapped);
        assert_eq!(verdict.score, verdict.uncapped.min(verdict.ceiling().top()));
        for contribution in verdict.contributions {
            assert_eq!(contribution.on, scenario.has(contribution.input));
            if !contribution.on {
                assert_eq!(contribution.points, 0);
            }
        }
    }
}

#[test]
fn every_input_changes_the_outcome_somewhere() {
    for input in Input::ALL {
        let matters = Scenario::every()
            .any(|s| !s.has(input) && assess(s.with(input, true)).outcome > assess(s).outcome);
        assert!(matters, "{} never changes the outcome", input.id());
    }
}

#[test]
fn the_most_helpful_change_improves_the_outcome_more_than_any_other() {
    for scenario in Scenario::every() {
        let now = assess(scenario);
        let best_possible = Input::ALL
            .into_iter()
            .filter(|&i| !scenario.has(i))
            .map(|i| assess(scenario.with(i, true)).outcome)
            .max();
        match most_helpful_change(scenario) {
            Some(input) => {
                assert!(!scenario.has(input));
                let after = assess(scenario.with(input, true));
                assert!(after.outcome > now.outcome);
                assert_eq!(Some(after.outcome), best_possible);
            }
            None => assert!(
                best_possible.is_none_or(|b| b <= now.outcome),
                "{scenario:?}"
            ),
        }
    }
}

#[test]
fn below_a_settlement_a_single_change_helps_unless_two_gates_are_shut() {
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        let two_gates_shut = !scenario.conditions.has(Condition::NoBetterAlternative)
            && !scenario.conditions.has(Condition::Concessions);
        let expect_none = verdict.outcome == Outcome::Settlement
            || (two_gates_shut && verdict.outcome == Outcome::CrisisChannel);
        assert_eq!(
            most_helpful_change(scenario).is_none(),
            expect_none,
            "{scenario:?}"
        );
    }
}

#[test]
fn ripeness_is_the_first_change_from_nothing() {
    assert_eq!(
        most_helpful_change(Scenario::NONE),
        Some(Input::Condition(Condition::NoBetterAlternative))
    );
}

#[test]
fn ids_round_trip_and_are_distinct() {
    let ids: HashSet<&str> = Input::ALL.iter().map(|i| i.id()).collect();
    assert_eq!(ids.len(), 8);
    for input in Input::ALL {
        assert_eq!(Input::from_id(input.id()), Some(input));
        assert_eq!(Input::ALL[input.index()], input);
    }
    for outcome in Outcome::ALL {
        assert_eq!(Outcome::from_id(outcome.id()), Some(outcome));
    }
    for gate in Gate::ALL {
        assert_eq!(Gate::from_id(gate.id()), Some(gate));
    }
    assert_eq!(Input::from_id("ripeness"), None);
}

#[test]
fn outcomes_are_ordered_worst_to_best_and_bands_touch() {
    for pair in Outcome::ALL.windows(2) {
        assert!(pair[0] < pair[1]);
        assert_eq!(pair[0].top() + 1, pair[1].floor());
    }
    for score in 0..=MAX_SCORE {
        let band = Outcome::for_score(score);
        assert!(band.floor() <= score && score <= band.top());
    }
}

#[test]
fn differences_name_the_switched_inputs() {
    let before = Scenario::NONE;
    let after = before.toggled(PRESSURE).toggled(VICTORY);
    assert_eq!(
        before.differences(after).collect::<Vec<_>>(),
        [VICTORY, PRESSURE]
    );
    assert_eq!(before.differences(before).count(), 0);
}

#[test]
fn the_table_rows_are_the_verdicts_of_the_sixteen_combinations() {
    for scenario in Scenario::every() {
        let rows = explainer::model::assess_each(scenario.context);
        let row = rows[usize::from(scenario.conditions.bits())];
        assert_eq!(row, assess(scenario), "{scenario:?}");
    }
}

#[test]
fn a_decisive_switch_says_whether_a_gate_or_the_points_moved_the_outcome() {
    use explainer::model::{Why, decisive};
    for scenario in Scenario::every() {
        let before = assess(scenario);
        for input in Input::ALL {
            let after = assess(scenario.with(input, !scenario.has(input)));
            match decisive(scenario, input) {
                None => assert_eq!(after.outcome, before.outcome),
                Some((to, why)) => {
                    assert_eq!(to, after.outcome);
                    assert_ne!(to, before.outcome);
                    match why {
                        Why::Opens(gate) => {
                            assert!(to > before.outcome && before.gate == Some(gate))
                        }
                        Why::Shuts(gate) => {
                            assert!(to < before.outcome && after.gate == Some(gate))
                        }
                        Why::Points { from, to } => {
                            assert_eq!((from, to), (before.score, after.score))
                        }
                    }
                }
            }
        }
    }
    // Each of the three reasons decides some change.
    let reasons: Vec<Why> = Scenario::every()
        .flat_map(|s| Input::ALL.map(|i| decisive(s, i)))
        .flatten()
        .map(|(_, why)| why)
        .collect();
    assert!(reasons.iter().any(|w| matches!(w, Why::Opens(_))));
    assert!(reasons.iter().any(|w| matches!(w, Why::Shuts(_))));
    assert!(reasons.iter().any(|w| matches!(w, Why::Points { .. })));
}
