//! Every word the reader sees.
//!
//! The words live in data files under `content/` (TOML). `build.rs` reads and checks them when the
//! project builds, stops the build on any fault, and turns them into the Rust statics included
//! below, so the browser never parses anything. Components take their text from here and never
//! spell it out themselves; they never compute a score either: they call [`crate::model::assess`]
//! and the functions here.
//!
//! Fields marked `#[cfg(static_text)]` are words only the pre-rendered page shows (the steps'
//! prose, the cases' write-ups, full citations): the browser's build leaves them out, as the
//! HTML already carries them (see `build.rs` and [`crate::regions`]).

#[cfg(static_text)]
pub mod kit;
mod narrative;

use narrative::{
    ConstraintText, Effects, FactorSentence, InteractionNote, NarrativeText, SwitchNote,
};
pub use narrative::{Narrative, change_note, narrative, scenario_summary};

use crate::model::{
    Condition, Conditions, Context, ContextFactor, Gate, Input, Outcome, Scenario, Verdict,
};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub use crate::language::*;

/// What kind of work a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// One of the two articles whose argument the explainer presents.
    Article,
    /// A work of negotiation or international-relations theory.
    Theory,
    /// A report or official document about events.
    Record,
}

/// A published source the explainer credits.
#[derive(Debug)]
pub struct Source {
    /// A short, stable identifier used in content data.
    pub id: &'static str,
    /// What kind of work it is.
    pub kind: SourceKind,
    /// The authors or editors as cited; empty when the source names none.
    pub authors: &'static str,
    pub title: &'static str,
    /// The outlet, journal, publisher or book it appeared in; empty when the source names none.
    pub outlet: &'static str,
    /// Publication date as the reader reads it.
    pub date: &'static str,
    /// Publication date in ISO 8601 (a year alone when that is all that is known), for
    /// `<time datetime>`; empty when unknown.
    pub iso_date: &'static str,
    /// Where to read it; empty when there is no link to give.
    pub url: &'static str,
    /// The full citation, ready to show.
    #[cfg(static_text)]
    pub citation: &'static str,
    /// What the reader should know about the source (e.g. that no author is given).
    #[cfg(static_text)]
    pub note: &'static str,
}

/// One step of the argument, in reading order.
#[derive(Debug)]
pub struct Step {
    /// One of `situation`, `stakes`, `conditions`, `verdict`, `way-out`, `phase-2026`,
    /// `history` (checked at build time), usable as an element id.
    pub id: &'static str,
    pub heading: &'static str,
    #[cfg(static_text)]
    pub paragraphs: &'static [&'static str],
    /// The sources the step draws on.
    #[cfg(static_text)]
    pub sources: &'static [&'static Source],
}

/// The reader-facing words for one condition.
#[derive(Debug)]
pub struct ConditionText {
    /// The condition these words are for.
    pub condition: Condition,
    /// The condition as a full phrase.
    pub title: &'static str,
    /// A label short enough for a switch.
    pub short_name: &'static str,
    /// One line: what the condition means.
    #[cfg(static_text)]
    pub description: &'static str,
    /// How negotiation theory understands it.
    #[cfg(static_text)]
    pub explanation: &'static str,
    /// What the 2020 article said about it.
    #[cfg(static_text)]
    pub article_2020: &'static str,
    /// The works the explanation draws on.
    #[cfg(static_text)]
    pub sources: &'static [&'static Source],
}

/// The reader-facing words for one context factor.
#[derive(Debug)]
pub struct FactorText {
    /// The factor these words are for.
    pub factor: ContextFactor,
    /// The factor as a full phrase.
    pub title: &'static str,
    /// A label short enough for a switch.
    pub short_name: &'static str,
    /// One line: what the factor means.
    #[cfg(static_text)]
    pub description: &'static str,
    /// How negotiation theory understands it.
    #[cfg(static_text)]
    pub explanation: &'static str,
    /// What the 2026 piece says about it.
    #[cfg(static_text)]
    pub article_2026: &'static str,
    /// The works the explanation draws on.
    #[cfg(static_text)]
    pub sources: &'static [&'static Source],
}

/// The reader-facing words for one outcome.
#[derive(Debug)]
pub struct OutcomeText {
    /// The outcome these words are for.
    pub outcome: Outcome,
    /// A label, e.g. for the verdict's headline.
    pub label: &'static str,
    /// The outcome as it reads inside a sentence.
    pub phrase: &'static str,
    /// What the outcome looks like in practice.
    pub description: &'static str,
}

/// The reader-facing words for one gate.
#[derive(Debug)]
pub struct GateText {
    /// The gate these words are for.
    pub gate: Gate,
    /// A label, e.g. "Ripeness".
    pub name: &'static str,
    /// The gate as it reads inside a sentence, e.g. "the ripeness gate".
    pub phrase: &'static str,
    /// What the gate does and why.
    pub description: &'static str,
}

/// How a preset codes one input, and why.
#[derive(Debug)]
pub struct Coding {
    /// The condition or context factor.
    pub input: Input,
    /// Whether the preset switches it on.
    pub on: bool,
    /// Whether the record shows it only in part (one side only, or for a narrow deal only), so
    /// that `on` is a judgment the reason explains.
    pub partly: bool,
    /// Why it is coded this way.
    pub reason: &'static str,
    /// The sources the reason rests on.
    pub sources: &'static [&'static Source],
}

/// A preset: the articles' readings and the historical cases to test the argument against.
#[derive(Debug)]
pub struct Preset {
    /// A short, stable identifier, usable in URLs.
    pub id: &'static str,
    pub name: &'static str,
    /// A word or two, where the case marks its cell on the scenario map (pre-rendered).
    #[cfg(static_text)]
    pub short_name: &'static str,
    /// When, as the reader reads it.
    pub date: &'static str,
    /// When, in ISO 8601 (a year alone when that is all that applies).
    #[cfg(static_text)]
    pub iso_date: &'static str,
    /// A short description of the case.
    #[cfg(static_text)]
    pub summary: &'static str,
    /// The switches the preset sets.
    pub scenario: Scenario,
    /// Every input's coding with its reason, in [`Input::ALL`] order.
    #[cfg(static_text)]
    pub codings: [Coding; 8],
    /// The outcome the case documents; the model reproduces it (checked at build time).
    pub outcome: Outcome,
    /// Why that outcome fits the case.
    #[cfg(static_text)]
    pub outcome_note: &'static str,
    /// Where the case's facts come from.
    #[cfg(static_text)]
    pub sources: &'static [&'static Source],
}

impl Preset {
    /// The id of the element that holds the case's write-up.
    pub fn card_id(&self) -> String {
        crate::paths::case_card_id(self.id)
    }

    /// The case's own page, relative to the explainer's folder: the page pre-rendered with the
    /// case applied, with its own title, description and share image.
    pub fn page_path(&self) -> String {
        crate::paths::case_page(self.id)
    }

    /// The id of the write-up's heading.
    pub fn heading_id(&self) -> String {
        crate::paths::case_heading_id(self.id)
    }

    /// The coding of `input`.
    #[cfg(static_text)]
    pub fn coding(&self, input: Input) -> &Coding {
        &self.codings[input.index()]
    }

    /// What the model gives for the case's coding (the build checks that it is [`Self::outcome`]).
    #[cfg(static_text)]
    pub fn model_outcome(&self) -> Outcome {
        crate::model::assess(self.scenario).outcome
    }
}

/// One dated event in the timeline.
#[derive(Debug)]
pub struct Event {
    /// As the reader reads it.
    pub date: &'static str,
    /// In ISO 8601, for `<time datetime>`.
    pub iso_date: &'static str,
    pub text: &'static str,
    pub sources: &'static [&'static Source],
}

/// One entry in the public list of corrections and updates.
#[derive(Debug)]
pub struct Correction {
    /// As the reader reads it.
    pub date: &'static str,
    /// In ISO 8601, for `<time datetime>`.
    pub iso_date: &'static str,
    /// What changed, and why.
    pub text: &'static str,
}

/// The words of a "present … missing …" summary.
#[derive(Debug)]
struct SummaryWords {
    none: &'static str,
    all: &'static str,
    some: &'static str,
    and: &'static str,
}

/// `lang` (and `hreflang`) for a cited work or a link to one: every source is cited in English,
/// as published (build/language.rs), so none in the English edition and `en` in the others.
pub fn english_work() -> Option<&'static str> {
    TRANSLATED.then_some("en")
}

/// Words set in this build's quotation marks: “words”, or «words» in Persian.
pub fn quoted(words: &str) -> String {
    format!("{}{words}{}", QUOTES.0, QUOTES.1)
}

/// A number written in this build's digits (`content/languages.toml`): `42`, or `۴۲` in Persian.
pub fn number(n: impl std::fmt::Display) -> String {
    let written = n.to_string();
    // A constant: an edition in Latin digits compiles none of what follows.
    if DIGITS[0] == '0' {
        return written;
    }
    written
        .chars()
        .map(|c| c.to_digit(10).map_or(c, |d| DIGITS[d as usize]))
        .collect()
}

/// "Step 3 of 11": the step at `index` (from 0) of `total`.
pub fn step_progress(index: usize, total: usize) -> String {
    STEP_PROGRESS
        .replace("{n}", &number(index + 1))
        .replace("{total}", &number(total))
}

/// A piece of a text that may link terms to the glossary: `[[id]]` or `[[words|id]]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Words as they are.
    Text(&'a str),
    /// Words linked to the glossary's term `id`.
    Term { words: &'a str, id: &'a str },
}

/// The pieces of `text`: its words, and the terms it links to the glossary. A `[[` with no
/// closing `]]` is left as text.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        let Some(len) = rest[start + 2..].find("]]") else {
            break;
        };
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        let inner = &rest[start + 2..start + 2 + len];
        let (words, id) = inner.split_once('|').unwrap_or((inner, inner));
        out.push(Piece::Term { words, id });
        rest = &rest[start + 2 + len + 2..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// `text` as a reader reads it, without the glossary's link marks.
pub fn plain(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t,
            Piece::Term { words, .. } => words,
        })
        .collect()
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// "2026-11-24" as a reader reads it, "24 November 2026" (`[dates]` in `site.toml`); anything
/// but a full ISO date is returned as written.
pub fn reader_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return iso.to_string();
    };
    let month = month
        .parse::<usize>()
        .ok()
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    match (month, day.parse::<u32>()) {
        (Some(month), Ok(day)) => fill(
            DATE_FORMAT,
            &[
                ("day", &number(day)),
                ("month", month),
                ("year", &number(year)),
            ],
        ),
        _ => iso.to_string(),
    }
}

/// The `<title>` of a page other than the main one: "For teachers: When can US–Iran diplomacy
/// succeed?".
pub fn sub_title(page: &str) -> String {
    fill(SUB_TITLE, &[("page", page), ("title", HEADLINE)])
}

/// "Published by News Example.", for the credit line of a build with a publisher's name.
pub fn published_by(publisher: &str) -> String {
    PUBLISHED_BY.replace("{publisher}", publisher)
}

/// "Score: 42 of 100".
pub fn score_text(score: u8) -> String {
    SCORE_TEXT.replace("{score}", &number(score))
}

/// The note under the breakdown when a gate holds the points down.
pub fn uncapped_text(points: u8) -> String {
    UNCAPPED_TEXT.replace("{points}", &number(points))
}

/// A meter's accessible name: its score and the outcome.
pub fn meter_label(score: u8, outcome: Outcome) -> String {
    METER_LABEL
        .replace("{score}", &number(score))
        .replace("{outcome}", self::outcome(outcome).label)
}

/// The text alternative of the image of `scenario`, whose verdict is `outcome`.
pub fn image_alt(scenario: Scenario, outcome: Outcome) -> String {
    IMAGE_ALT
        .replace("{conditions}", &conditions_summary(scenario.conditions))
        .replace("{context}", &context_summary(scenario.context))
        .replace("{outcome}", self::outcome(outcome).label)
}

/// The compact embed's label for its context switches, with how many are on.
pub fn embed_context(on: usize) -> String {
    EMBED_CONTEXT.replace("{on}", &number(on))
}

/// What caps the outcome: the tightest shut gate and what it does, or that none is shut.
pub fn gate_line(gate: Option<Gate>) -> String {
    match gate {
        Some(gate) => {
            let words = self::gate(gate);
            format!("{}. {}", words.name, words.description)
        }
        None => NO_GATE.to_string(),
    }
}

/// "Copied: the link to this scenario."
pub fn copied(what: &str) -> String {
    COPIED.replace("{what}", what)
}

/// "present"/"absent" for a condition, "on"/"off" for a context factor.
pub fn state_word(input: Input, on: bool) -> &'static str {
    match (input, on) {
        (Input::Condition(_), true) => STATE_PRESENT,
        (Input::Condition(_), false) => STATE_ABSENT,
        (Input::Context(_), true) => STATE_ON,
        (Input::Context(_), false) => STATE_OFF,
    }
}

/// A lid on the ladder: "Without “Concessions”: no higher than a crisis-management channel".
/// `conditions` are the short names of the missing conditions whose gates it stands for.
pub fn ladder_lid(conditions: &[&str], below: Outcome) -> String {
    let quoted: Vec<String> = conditions.iter().map(|c| quoted(c)).collect();
    let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
    fill(
        LADDER_LID,
        &[
            ("conditions", &join_list(&quoted, CONDITIONS_SUMMARY.and)),
            ("outcome", outcome(below).phrase),
        ],
    )
}

/// "your scenario, 55 points", on the reader's rung.
pub fn ladder_here(score: u8) -> String {
    fill(LADDER_HERE, &[("score", &number(score))])
}

/// A square of the scenario map, in words: which conditions hold, and its verdict.
pub fn map_square(conditions: Conditions, outcome: Outcome, points: u8) -> String {
    fill(
        MAP_SQUARE,
        &[
            ("conditions", &conditions_summary(conditions)),
            ("outcome", self::outcome(outcome).label),
            ("points", &number(points)),
        ],
    )
}

/// "Cases here: The Camp David Accords and The Algiers Accords."
pub fn map_cases(names: &[&str]) -> String {
    fill(
        MAP_CASES,
        &[("cases", &join_list(names, CONDITIONS_SUMMARY.and))],
    )
}

/// What choosing the square `to` would change for a reader on `from`, when the two differ by
/// exactly one condition: "One switch from yours, Concessions on: a crisis-management channel
/// only would become a partial or interim deal." `None` for any other square.
pub fn map_hint(
    from: Conditions,
    to: Conditions,
    before: Verdict,
    after: Verdict,
) -> Option<String> {
    let mut differ = Condition::ALL
        .into_iter()
        .filter(|&c| from.has(c) != to.has(c));
    let (switch, None) = (differ.next()?, differ.next()) else {
        return None;
    };
    let state = if to.has(switch) { STATE_ON } else { STATE_OFF };
    let condition = ("condition", condition(switch).short_name);
    Some(if before.outcome == after.outcome {
        fill(
            MAP_HINT_POINTS,
            &[
                condition,
                ("state", state),
                ("outcome", outcome(after.outcome).phrase),
                ("from", &number(before.score)),
                ("to", &number(after.score)),
            ],
        )
    } else {
        fill(
            MAP_HINT_OUTCOME,
            &[
                condition,
                ("state", state),
                ("from", outcome(before.outcome).phrase),
                ("to", outcome(after.outcome).phrase),
            ],
        )
    })
}

/// The words for `condition`.
pub fn condition(condition: Condition) -> &'static ConditionText {
    &CONDITIONS[condition.index()]
}

/// The words for a context factor.
pub fn factor(factor: ContextFactor) -> &'static FactorText {
    &FACTORS[factor.index()]
}

/// The words for an outcome.
pub fn outcome(outcome: Outcome) -> &'static OutcomeText {
    &OUTCOMES[outcome.index()]
}

/// The words for a gate.
pub fn gate(gate: Gate) -> &'static GateText {
    &GATES[gate.index()]
}

/// The switch label of any input.
pub fn short_name(input: Input) -> &'static str {
    match input {
        Input::Condition(c) => condition(c).short_name,
        Input::Context(f) => factor(f).short_name,
    }
}

/// The one-line description of any input.
#[cfg(static_text)]
pub fn description(input: Input) -> &'static str {
    match input {
        Input::Condition(c) => condition(c).description,
        Input::Context(f) => factor(f).description,
    }
}

/// The preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// What this combination of the four conditions means, before context and verdict.
pub fn situation(conditions: Conditions) -> &'static str {
    SITUATIONS[usize::from(conditions.bits())]
}

/// One sentence saying which conditions are present and which are not.
pub fn conditions_summary(conditions: Conditions) -> String {
    let present: Vec<_> = conditions
        .present()
        .map(|c| condition(c).short_name)
        .collect();
    let absent: Vec<_> = conditions
        .absent()
        .map(|c| condition(c).short_name)
        .collect();
    summary(&CONDITIONS_SUMMARY, &present, &absent)
}

/// One sentence saying which context factors are on and which are off.
pub fn context_summary(context: Context) -> String {
    let present: Vec<_> = context.present().map(|f| factor(f).short_name).collect();
    let absent: Vec<_> = context.absent().map(|f| factor(f).short_name).collect();
    summary(&CONTEXT_SUMMARY, &present, &absent)
}

fn summary(words: &SummaryWords, present: &[&str], absent: &[&str]) -> String {
    match (present.is_empty(), absent.is_empty()) {
        (true, _) => words.none.to_string(),
        (_, true) => words.all.to_string(),
        _ => words
            .some
            .replace("{present}", &join_list(present, words.and))
            .replace("{missing}", &join_list(absent, words.and)),
    }
}

/// "a", "a and b", "a, b and c".
fn join_list(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {and} {}", init.join(LIST_SEPARATOR), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_names_present_and_missing_conditions() {
        let some = Conditions::default()
            .with(Condition::Concessions, true)
            .with(Condition::Parity, true);
        assert_eq!(
            conditions_summary(some),
            "Present: Concessions and Parity of power. Missing: No better alternative and Both can declare victory."
        );
    }

    #[test]
    fn summary_handles_none_and_all() {
        let none = Conditions::default();
        let all = Condition::ALL
            .into_iter()
            .fold(none, |s, c| s.with(c, true));
        assert_eq!(
            conditions_summary(none),
            "None of the four conditions is present."
        );
        assert_eq!(conditions_summary(all), "All four conditions are present.");
    }

    #[test]
    fn filled_templates_keep_no_placeholder() {
        let texts = [
            step_progress(2, 11),
            score_text(42),
            uncapped_text(57),
            meter_label(42, Outcome::InterimDeal),
            gate_line(Some(Gate::Ripeness)),
            gate_line(None),
            copied(COPIED_LINK),
        ];
        for text in &texts {
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
        }
        assert_eq!(step_progress(2, 11), "Step 3 of 11");
        assert_eq!(score_text(42), "Score: 42 of 100");
        assert!(meter_label(42, Outcome::InterimDeal).contains("42"));
    }

    #[test]
    fn a_map_square_names_its_conditions_and_its_verdict() {
        let words = map_square(Conditions::NONE, Outcome::Drift, 0);
        assert!(
            words.starts_with(&conditions_summary(Conditions::NONE)),
            "{words}"
        );
        assert!(words.contains(outcome(Outcome::Drift).label) && words.contains('0'));
        assert!(map_cases(&["A", "B"]).contains("A and B"));
    }

    #[test]
    fn three_items_join_with_commas() {
        assert_eq!(join_list(&["a", "b", "c"], "and"), "a, b and c");
    }
}
