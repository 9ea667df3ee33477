//! What the kit's scripts are handed by the page, as JSON in data attributes, so that no
//! script repeats what Rust knows: the model's verdicts, the cards' text alternatives, and (for
//! the comparison and the link builder) each scenario's links and what each switch would change.

use crate::site::meta::PageMeta;
use crate::{content, model, paths};

/// What the teachers' link builder gives for each scenario (keyed by [`paths::scenario_key`])
/// and each case (keyed `case-<id>`): the explainer's address that opens it (`link`, relative to
/// the explainer's folder), the embed's query (`embed`, before the embed parameters), its card
/// (`image`) and the card's text alternative (`alt`), and its handout (`handout`). The builder's
/// script only looks these up (`public/teachers.js`).
pub fn link_targets_json() -> String {
    let mut all = serde_json::Map::new();
    for scenario in model::Scenario::every() {
        let link = crate::link::Link {
            scenario,
            ..crate::link::Link::default()
        };
        let query = crate::site::links::link_query(link);
        all.insert(
            paths::scenario_key(scenario),
            serde_json::json!({
                "link": crate::site::links::explainer_link(link),
                "embed": query,
                "image": paths::scenario_image(scenario),
                "alt": content::image_alt(scenario, model::assess(scenario).outcome),
                "handout": paths::handout(scenario, None),
            }),
        );
    }
    for case in content::PRESETS.iter() {
        let meta = PageMeta::case(case);
        all.insert(
            paths::case_card_id(case.id),
            serde_json::json!({
                "link": meta.path,
                "embed": crate::site::links::link_query(crate::link::Link {
                    scenario: case.scenario,
                    preset: Some(case),
                    ..crate::link::Link::default()
                }),
                "image": meta.image,
                "alt": meta.image_alt,
                "handout": paths::handout(case.scenario, Some((case.id, case.scenario))),
            }),
        );
    }
    serde_json::Value::Object(all).to_string()
}

/// Every scenario the comparison page can show, keyed by [`paths::scenario_key`]: its verdict
/// (`v`: the outcome's index in [`model::Outcome::ALL`], and the score), the explainer's
/// address that opens it (`link`), and for each input in [`model::Input::ALL`] order what
/// switching it alone does (`flips`): `0` when the outcome stays, else `[outcome, why, a, b]`
/// with `why` 0 when it opens gate `a`, 1 when it shuts gate `a` (indices in
/// [`model::Gate::ALL`]), 2 when the points carry the score from `a` to `b`. The page's script
/// only looks these up (`public/compare.js`): the model's reasoning is Rust's.
pub fn scenarios_json() -> String {
    use model::Why;
    let mut all = serde_json::Map::new();
    for scenario in model::Scenario::every() {
        let verdict = model::assess(scenario);
        let flips: Vec<serde_json::Value> = model::Input::ALL
            .iter()
            .map(|&input| match model::decisive(scenario, input) {
                None => serde_json::json!(0),
                Some((to, why)) => {
                    let (kind, a, b) = match why {
                        Why::Opens(gate) => (0, gate.index() as u8, 0),
                        Why::Shuts(gate) => (1, gate.index() as u8, 0),
                        Why::Points { from, to } => (2, from, to),
                    };
                    serde_json::json!([to.index(), kind, a, b])
                }
            })
            .collect();
        let link = crate::site::links::explainer_link(crate::link::Link {
            scenario,
            ..crate::link::Link::default()
        });
        all.insert(
            paths::scenario_key(scenario),
            serde_json::json!({
                "v": [verdict.outcome.index(), verdict.score],
                "link": link,
                "flips": flips,
            }),
        );
    }
    serde_json::Value::Object(all).to_string()
}
