#![cfg(not(target_arch = "wasm32"))]
//! What the lesson for teachers (`content/teaching.toml`) tells students they will see when they
//! flip a switch holds in the model: if the model or a case's coding changes, this fails and the
//! questions must change with it.

use explainer::content::preset;
use explainer::model::{Condition, ContextFactor, Input, Outcome, Scenario, assess};

const ALTERNATIVE: Input = Input::Condition(Condition::NoBetterAlternative);
const CONCESSIONS: Input = Input::Condition(Condition::Concessions);
const VICTORY: Input = Input::Condition(Condition::BothCanDeclareVictory);
const PARITY: Input = Input::Condition(Condition::Parity);
const VERIFICATION: Input = Input::Context(ContextFactor::Verification);
const CHANNELS: Input = Input::Context(ContextFactor::Facilitation);
const CALENDAR: Input = Input::Context(ContextFactor::Calendar);
const PRESSURE: Input = Input::Context(ContextFactor::Pressure);

fn case(id: &str) -> Scenario {
    preset(id)
        .unwrap_or_else(|| panic!("no case {id}"))
        .scenario
}

fn outcome(scenario: Scenario) -> Outcome {
    assess(scenario).outcome
}

#[test]
fn january_2020_moves_to_a_crisis_channel_with_quiet_channels() {
    let s = case("maximum-pressure-2020");
    assert_eq!(outcome(s), Outcome::Drift);
    assert_eq!(outcome(s.toggled(CHANNELS)), Outcome::CrisisChannel);
    assert!(s.has(PRESSURE));
    assert_eq!(
        assess(s).contribution(PRESSURE).points,
        0,
        "pressure earns no points"
    );
}

#[test]
fn the_2026_reading_rests_on_quiet_channels_and_verification_does_not_move_it() {
    let s = case("controlled-engagement-2026");
    assert_eq!(outcome(s), Outcome::CrisisChannel);
    assert!(!s.has(VERIFICATION));
    assert_eq!(outcome(s.toggled(VERIFICATION)), outcome(s));
    assert!(s.has(CHANNELS));
    assert_eq!(
        outcome(s.toggled(CHANNELS)),
        Outcome::Drift,
        "quiet channels alone hold it"
    );
}

#[test]
fn the_elysee_treaty_without_parity_scores_exactly_65_and_stays_a_settlement() {
    let s = case("elysee-1963");
    assert!(s.has(PARITY));
    let without = assess(s.toggled(PARITY));
    assert_eq!(without.score, 65);
    assert_eq!(without.outcome, Outcome::Settlement);
}

#[test]
fn camp_david_becomes_a_settlement_with_both_able_to_declare_victory() {
    let s = case("camp-david-1978");
    assert!(!s.has(VICTORY));
    assert_ne!(outcome(s), Outcome::Settlement);
    assert_eq!(outcome(s.toggled(VICTORY)), Outcome::Settlement);
    assert!(s.has(CHANNELS));
}

#[test]
fn good_friday_is_a_settlement_without_parity_and_keeps_it_without_the_calendar() {
    let s = case("good-friday-1998");
    assert!(!s.has(PARITY));
    assert_eq!(outcome(s), Outcome::Settlement);
    assert!(s.has(CALENDAR));
    assert_eq!(outcome(s.toggled(CALENDAR)), Outcome::Settlement);
}

#[test]
fn the_interim_deal_falls_to_a_crisis_channel_without_concessions() {
    let s = case("jpoa-2013");
    assert!(s.has(CONCESSIONS));
    assert_eq!(outcome(s.toggled(CONCESSIONS)), Outcome::CrisisChannel);
    assert!(s.has(PRESSURE));
    assert_eq!(
        assess(s).contribution(PRESSURE).points,
        0,
        "pressure earns nothing here"
    );
}

#[test]
fn the_nuclear_deal_is_a_partial_deal_in_the_model() {
    assert_eq!(outcome(case("jcpoa-2015")), Outcome::InterimDeal);
    assert!(case("jcpoa-2015").has(VERIFICATION));
}

#[test]
fn libya_is_a_settlement_between_unequal_parties() {
    let s = case("libya-2003");
    assert!(!s.has(PARITY));
    assert_eq!(outcome(s), Outcome::Settlement);
}

#[test]
fn the_weights_the_questions_compare() {
    assert_eq!(
        CHANNELS.points(),
        3 * PARITY.points(),
        "quiet channels earn three times parity"
    );
    // Pressure never lowers a score: without face-saving it earns 0, not less.
    for s in Scenario::every().filter(|s| s.has(PRESSURE)) {
        assert!(
            assess(s).score >= assess(s.toggled(PRESSURE)).score,
            "{s:?}"
        );
    }
}

#[test]
fn the_lesson_s_challenge_has_answers() {
    // "Find the fewest switches that give a partial or interim deal, then a settlement": both
    // can be reached, and a settlement needs more than an interim deal.
    let fewest = |wanted: Outcome| {
        Scenario::every()
            .filter(|s| outcome(*s) >= wanted)
            .map(|s| s.conditions.present().count() + s.context.present().count())
            .min()
            .unwrap()
    };
    assert!(fewest(Outcome::InterimDeal) < fewest(Outcome::Settlement));
    // Without ripeness or concessions the best outcome is a crisis channel.
    for s in Scenario::every().filter(|s| !s.has(ALTERNATIVE) || !s.has(CONCESSIONS)) {
        assert!(outcome(s) <= Outcome::CrisisChannel, "{s:?}");
    }
}
