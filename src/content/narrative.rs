//! The paragraph that explains a scenario, and the note that explains the last switch flipped.
//!
//! Both are put together from fragments in `content/situations.toml` and
//! `content/narrative.toml`; the build checks that every scenario the model can produce has the
//! fragments it needs.

use std::fmt;

use super::{NARRATIVE, SITUATIONS, gate, outcome};
use crate::model::{Gate, Input, Outcome, Scenario, Verdict, assess, counts, most_helpful_change};

/// The sentence for a context factor that holds.
#[derive(Debug)]
pub(super) struct FactorSentence {
    /// When the factor counts.
    pub text: &'static str,
    /// When it holds but earns nothing (only sanctions pressure without a way out).
    pub idle: Option<&'static str>,
}

/// The binding-constraint sentence for one outcome with one set of shut gates.
#[derive(Debug)]
pub(super) struct ConstraintText {
    pub outcome: Outcome,
    /// One bit per gate, by [`Gate::index`].
    pub shut_gates: u8,
    /// May name `{gate}`, the tightest shut gate.
    pub text: &'static str,
    /// The scenario in one or two sentences, for the compact embed.
    pub summary: &'static str,
}

/// What flipping one switch means.
#[derive(Debug)]
pub(super) struct SwitchNote {
    pub on: &'static str,
    pub off: &'static str,
    pub on_idle: Option<&'static str>,
    pub off_idle: Option<&'static str>,
}

/// A note for when flipping `input` changes whether `affects` counts.
#[derive(Debug)]
pub(super) struct InteractionNote {
    pub input: Input,
    pub affects: Input,
    /// Switching `input` on made `affects` count.
    pub on: &'static str,
    /// Switching `input` off made `affects` stop counting.
    pub off: &'static str,
}

/// The sentences that say how the verdict moved.
#[derive(Debug)]
pub(super) struct Effects {
    pub rise: &'static str,
    pub fall: &'static str,
    pub meter: &'static str,
    pub capped: &'static str,
    pub still: &'static str,
    pub several: &'static str,
    pub several_same: &'static str,
}

/// All narrative fragments.
#[derive(Debug)]
pub(super) struct NarrativeText {
    pub context_none: &'static str,
    pub context_capped: &'static str,
    pub factors: [FactorSentence; 4],
    pub constraints: &'static [ConstraintText],
    /// By [`Input::index`]: the sentence when this switch would help most; may name `{outcome}`.
    pub help: [Option<&'static str>; 8],
    /// By [`Outcome::index`]: the sentence when no single switch helps.
    pub no_single_change: [Option<&'static str>; 4],
    pub switches: [SwitchNote; 8],
    pub interactions: &'static [InteractionNote],
    pub effects: Effects,
}

/// The plain-language account of one scenario, in four parts that read as one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Narrative {
    /// What this combination of the four conditions means.
    pub situation: &'static str,
    /// What the context factors add, or that none is on.
    pub context: String,
    /// The binding constraint: the verdict, and the gate that caps it, by name.
    pub constraint: String,
    /// The one change that would help most, or why no single change does.
    pub next_step: String,
}

impl Narrative {
    /// The four parts as one paragraph.
    pub fn text(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Narrative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = [
            self.situation,
            self.context.as_str(),
            self.constraint.as_str(),
            self.next_step.as_str(),
        ];
        let mut first = true;
        for part in parts.into_iter().filter(|p| !p.is_empty()) {
            if !first {
                f.write_str(" ")?;
            }
            f.write_str(part)?;
            first = false;
        }
        Ok(())
    }
}

fn gate_mask(scenario: Scenario) -> u8 {
    scenario
        .conditions
        .shut_gates()
        .map(|g| 1u8 << g.index())
        .sum()
}

fn gate_phrase(gate_: Option<Gate>) -> &'static str {
    gate_.map_or("", |g| gate(g).phrase)
}

/// The scenario in one or two sentences (for the compact embed): what its outcome, with the
/// gates it leaves shut, means. `verdict` is `scenario`'s (from [`assess`]).
pub fn scenario_summary(scenario: Scenario, verdict: &Verdict) -> &'static str {
    let mask = gate_mask(scenario);
    NARRATIVE
        .constraints
        .iter()
        .find(|c| c.outcome == verdict.outcome && c.shut_gates == mask)
        .map_or("", |c| c.summary)
}

/// The paragraph for `scenario`, whose verdict is `verdict` (from [`assess`]).
pub fn narrative(scenario: Scenario, verdict: &Verdict) -> Narrative {
    let n = &NARRATIVE;
    let situation = SITUATIONS[usize::from(scenario.conditions.bits())];

    let mut context: Vec<&str> = scenario
        .context
        .present()
        .map(|f| {
            let sentence = &n.factors[f.index()];
            if counts(scenario, Input::Context(f)) {
                sentence.text
            } else {
                sentence.idle.unwrap_or(sentence.text)
            }
        })
        .collect();
    let capped;
    if context.is_empty() {
        context.push(n.context_none);
    } else if verdict.is_capped() {
        capped = n
            .context_capped
            .replace("{gate}", gate_phrase(verdict.gate));
        context.push(&capped);
    }

    let mask = gate_mask(scenario);
    let constraint = n
        .constraints
        .iter()
        .find(|c| c.outcome == verdict.outcome && c.shut_gates == mask)
        .map_or(String::new(), |c| {
            c.text.replace("{gate}", gate_phrase(verdict.gate))
        });

    let next_step = match most_helpful_change(scenario) {
        Some(input) => {
            let after = assess(scenario.with(input, true));
            n.help[input.index()]
                .unwrap_or_default()
                .replace("{outcome}", outcome(after.outcome).phrase)
        }
        None => n.no_single_change[verdict.outcome.index()]
            .unwrap_or_default()
            .to_string(),
    };

    Narrative {
        situation,
        context: context.join(" "),
        constraint,
        next_step,
    }
}

/// What changed between two scenarios, for a reader who has just flipped a switch: what the
/// switch means, anything it changed about another input, and how the verdict moved. `None`
/// when nothing changed.
pub fn change_note(before: Scenario, after: Scenario) -> Option<String> {
    let n = &NARRATIVE;
    let changed: Vec<Input> = before.differences(after).collect();
    let (b, a) = (assess(before), assess(after));
    let mut parts: Vec<String> = Vec::new();
    match changed.as_slice() {
        [] => return None,
        [input] => {
            let input = *input;
            let note = &n.switches[input.index()];
            let turned_on = after.has(input);
            parts.push(
                if turned_on {
                    if counts(after, input) {
                        note.on
                    } else {
                        note.on_idle.unwrap_or(note.on)
                    }
                } else if counts(before, input) {
                    note.off
                } else {
                    note.off_idle.unwrap_or(note.off)
                }
                .to_string(),
            );
            for i in n.interactions.iter().filter(|i| i.input == input) {
                let held = before.has(i.affects) && after.has(i.affects);
                if held && counts(before, i.affects) != counts(after, i.affects) {
                    parts.push(if turned_on { i.on } else { i.off }.to_string());
                }
            }
            parts.push(effect(&b, &a));
        }
        _ => {
            let e = &n.effects;
            parts.push(if a.outcome == b.outcome {
                e.several_same
                    .replace("{outcome}", outcome(a.outcome).phrase)
            } else {
                e.several
                    .replace("{before}", outcome(b.outcome).phrase)
                    .replace("{after}", outcome(a.outcome).phrase)
            });
        }
    }
    Some(parts.join(" "))
}

/// How the verdict moved from `b` to `a` after one switch.
fn effect(b: &Verdict, a: &Verdict) -> String {
    let e = &NARRATIVE.effects;
    let phrase = |o: Outcome| outcome(o).phrase;
    if a.outcome != b.outcome {
        let template = if a.outcome > b.outcome {
            e.rise
        } else {
            e.fall
        };
        template
            .replace("{before}", phrase(b.outcome))
            .replace("{after}", phrase(a.outcome))
    } else if a.score != b.score {
        e.meter
            .replace("{outcome}", phrase(a.outcome))
            .replace("{from}", &super::number(b.score))
            .replace("{to}", &super::number(a.score))
    } else if a.uncapped != b.uncapped {
        e.capped
            .replace("{outcome}", phrase(a.outcome))
            .replace("{gate}", gate_phrase(a.gate.or(b.gate)))
    } else {
        e.still.replace("{outcome}", phrase(a.outcome))
    }
}
