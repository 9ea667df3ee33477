//! Reads and checks the explainer's content data (the TOML files in `content/`).
//!
//! `build.rs` includes this file to stop the build on any fault and to generate the Rust data the
//! app compiles in; `tests/content.rs` includes it too, to check that each kind of broken content
//! gives its own message. Both includers provide a `crate::model` module (the scoring model), which
//! this file uses to check presets and to make sure the narrative covers every scenario.
//!
//! Each file is read in two steps. Its shape (which fields, of which types, none unknown) is
//! declared by the `Deserialize` structs below and checked by serde; each `[[list]]` entry is read
//! on its own ([`Entry`]), so a shape fault names its entry and the other entries are still read.
//! Then the `read_*` functions check what the content means: known and unique ids, placeholders,
//! sources, dates, and that the narrative covers everything the model can produce.
//!
//! Every fault is reported as `FILE: ENTRY: FAULT`. A file whose shape is wrong outside its
//! entries is reported alone, and its meaning is not checked; all other faults come at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Deref;

use serde::de::{DeserializeOwned, Error as _, Unexpected};
use serde::{Deserialize, Deserializer};

use crate::model::{
    Condition, ContextFactor, Gate, Input, Outcome, Scenario, assess, counts, most_helpful_change,
};

/// The content files, by name, in the order they are read.
pub const FILES: [&str; 12] = [
    "site.toml",
    "argument.toml",
    "conditions.toml",
    "context.toml",
    "outcomes.toml",
    "gates.toml",
    "situations.toml",
    "narrative.toml",
    "presets.toml",
    "sources.toml",
    "timeline.toml",
    "review.toml",
];

/// The classroom kit's files, which the pre-render reads (`src/site/kit/`).
pub const KIT_FILES: [&str; 4] = [
    "kit.toml",
    "teaching.toml",
    "accessibility.toml",
    "glossary.toml",
];

/// Declares the strings of `content/site.toml`: each key becomes a field of `SiteFile` (so serde
/// refuses a missing or an unknown key) and a `pub const` in the generated code, in this order. A
/// template's placeholders are declared beside its key, `step_progress { n total }`: it must use
/// each, and no other. What each string is for is written once, in the comment above it in the
/// file.
macro_rules! site_strings {
    ($($key:ident $({ $($placeholder:ident)* })?)*) => {
        /// `content/site.toml`.
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct SiteFile {
            $($key: Text,)*
            conditions_summary: SummaryText,
            context_summary: SummaryText,
            dates: DateWords,
        }

        impl SiteFile {
            /// The strings with their keys, in the order declared, then the two summaries.
            fn into_parts(self) -> (Vec<(&'static str, Text)>, SummaryText, SummaryText) {
                let strings = vec![$((stringify!($key), self.$key)),*];
                (strings, self.conditions_summary, self.context_summary)
            }
        }

        /// The site strings that are templates, with the placeholders each must use (and may
        /// only use).
        pub const SITE_PLACEHOLDERS: &[(&str, &[&str])] = &[
            $($((stringify!($key), &[$(stringify!($placeholder)),*]),)?)*
        ];
    };
}

site_strings! {
    kicker headline credit_prefix conditions_heading context_heading context_intro verdict_heading
    score_label not_a_forecast contributions_heading points_unit gate_heading no_gate
    next_step_heading change_heading presets_heading presets_intro coding_heading coded_on
    coded_off partly expected_outcome sources_heading theory_heading timeline_heading dek
    scenario_heading reset_label steps_nav_label step_progress { n total } previous_step next_step
    all_steps in_your_scenario state_present state_absent state_on state_off article_2020_label
    article_2026_label set_by_case meter_label { score outcome } score_text { score }
    uncapped_text { points } switch_column points_column total_label ladder_caption ladder_lid { conditions outcome }
    ladder_here { score } map_heading map_intro
    map_neither map_square { conditions outcome points } map_current map_cases { cases }
    map_hint_outcome { condition state from to } map_hint_points { condition state outcome from to }
    language_nav translation_note_label in_english source_links_label quotations_heading quotations_intro
    map_key_crisis map_key_interim case_loaded model_gives coded_column
    why_column articles_heading about_model_heading about_model model_notes_link credits_note
    no_outlet records_heading url_note_intro url_note_dismiss ignored_too_long { length }
    ignored_unknown_condition { text } ignored_unknown_factor { text } ignored_unknown_step { text }
    ignored_unknown_preset { text } ignored_bad_value { text param } ignored_repeated { param }
    ignored_more { n } share_heading share_intro copy_link copy_embed copy_embed_fixed
    copied { what } copied_link copied_embed copied_embed_fixed copy_image copied_image image_link
    handout_link image_alt { conditions context outcome } copy_failed copy_box_label embed_title
    full_explainer_link embed_context { on } ignored_not_from_host { param } model_changed
    model_changed_link case_page_note published_by { publisher } outcome_why meter_legend_heading
    meter_legend_capped meter_legend_marker page_title page_description share_card_text share_image_alt { outcome }
    sub_title { page title } case_description { case date outcome summary }
    case_image_alt { case alt } loading loading_link start_failed { reload } reload nojs_main
    nojs_case card_context { factors } card_context_none
}

/// How the reader's dates are written (`[dates]` in `site.toml`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWords {
    /// January to December.
    pub months: Vec<Text>,
    /// A full date, with `{day}`, `{month}` and `{year}`.
    pub format: Text,
}

/// The step ids the explainer is built around; `argument.toml` must have each.
pub const REQUIRED_STEPS: [&str; 7] = [
    "situation",
    "stakes",
    "conditions",
    "verdict",
    "way-out",
    "phase-2026",
    "history",
];

/// The source ids the app refers to by name.
pub const REQUIRED_SOURCES: [&str; 2] = ["article-2020", "article-2026"];

/// The effect sentences of `narrative.toml`'s `[effect]`, in [`Effects::by_key`] order, with the
/// placeholders each may use and those it must.
pub const EFFECTS: [(&str, &[&str], &[&str]); 7] = [
    ("rise", &["before", "after"], &["before", "after"]),
    ("fall", &["before", "after"], &["before", "after"]),
    ("meter", &["outcome", "from", "to"], &[]),
    ("capped", &["outcome", "gate"], &["gate"]),
    ("still", &["outcome"], &[]),
    ("several", &["before", "after"], &["before", "after"]),
    ("several_same", &["outcome"], &[]),
];

/// The most characters a scenario's summary may have: the compact embed must fit one phone
/// screen (docs/EMBED.md).
pub const MAX_SUMMARY_CHARS: usize = 160;

/// Whether the content being checked is in the pseudo-locale, whose strings are longer by
/// design ([`load_in`]).
static PSEUDO: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// One fault in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file, as the reader of the message knows it.
    pub file: String,
    /// The entry in the file, e.g. `preset "jcpoa-2015"`.
    pub entry: String,
    /// What is wrong.
    pub fault: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.fault)
    }
}

// --- The shape of each file ----------------------------------------------------------------------

/// A string with words in it: read trimmed, and a shape fault if there is nothing left.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text(String);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let text = text.trim();
        if text.is_empty() {
            return Err(D::Error::invalid_value(Unexpected::Str(text), &"some text"));
        }
        Ok(Self(text.to_string()))
    }
}

/// One entry of a `[[list]]`, read on its own: a shape fault in it (a missing field, a wrong type,
/// an unknown field) names the entry, and the list's other entries are still read and checked.
pub enum Entry<T> {
    Read(T),
    Unread {
        /// The entry as written, to name it in messages.
        table: toml::Table,
        fault: String,
    },
}

impl<T> Entry<T> {
    /// The string in the field `key`, as written, whether or not the entry could be read.
    fn written(&self, key: &str, read: impl Fn(&T) -> &str) -> Option<&str> {
        match self {
            Self::Read(entry) => Some(read(entry)),
            Self::Unread { table, .. } => table.get(key).and_then(|v| v.as_str()),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Entry<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let table = toml::Table::deserialize(deserializer)?;
        Ok(match T::deserialize(toml::Value::Table(table.clone())) {
            Ok(entry) => Self::Read(entry),
            Err(e) => Self::Unread {
                table,
                fault: shape_fault(&e),
            },
        })
    }
}

/// A shape fault as a message: serde's words, and where in the file when it is not at the top.
fn shape_fault(e: &toml::de::Error) -> String {
    let mut message = e.message().to_string();
    // `site.toml`'s strings are too many to list in a message.
    if let Some((unknown, known)) = message.split_once(", expected one of ")
        && known.matches('`').count() > 40
    {
        message = format!(
            "{unknown}: the explainer has no such string (a new one is declared in `site_strings!` in build/content.rs)"
        );
    }
    // Without the document, the error's text is its message, then the path of keys to the field.
    let text = e.to_string();
    match text.trim_end().rsplit_once('\n') {
        Some((_, keys)) if keys.starts_with("in `") => format!("{message} ({keys})"),
        _ => message,
    }
}

/// `content/sources.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Entry<Source>>,
}

/// A publication the content cites. Its `authors`, `outlet`, `iso_date`, `url` and `note` may be
/// empty, when there is nothing true to put there.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    pub kind: SourceKind,
    pub authors: String,
    pub title: Text,
    pub outlet: String,
    pub date: Text,
    pub iso_date: String,
    pub url: String,
    pub citation: Text,
    pub note: String,
}

/// What kind of work a source is.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// One of the two pieces whose argument is presented.
    Article,
    Theory,
    /// A report or record.
    Record,
}

/// The reader's words for the summary sentences (`site.toml`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryText {
    pub none: Text,
    pub all: Text,
    pub some: Text,
    pub and: Text,
}

/// `content/argument.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArgumentFile {
    step: Vec<Entry<Step>>,
}

/// One step of the argument.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: Text,
    pub heading: Text,
    pub paragraphs: Vec<Text>,
    pub sources: Vec<Text>,
}

/// `content/conditions.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionsFile {
    condition: Vec<Entry<ConditionEntry>>,
}

/// A condition's words, with what the 2020 article said about it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionEntry {
    id: Text,
    title: Text,
    short_name: Text,
    description: Text,
    explanation: Text,
    article_2020: Text,
    sources: Vec<Text>,
}

/// `content/context.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    factor: Vec<Entry<FactorEntry>>,
}

/// A context factor's words, with what the 2026 piece says about it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactorEntry {
    id: Text,
    title: Text,
    short_name: Text,
    description: Text,
    explanation: Text,
    article_2026: Text,
    sources: Vec<Text>,
}

/// The words for a condition or a context factor.
#[derive(Clone, Debug, Default)]
pub struct InputText {
    pub id: Text,
    pub title: Text,
    pub short_name: Text,
    pub description: Text,
    pub explanation: Text,
    /// What the source article said: the 2020 article for a condition, the 2026 piece for a
    /// context factor.
    pub article: Text,
    pub sources: Vec<Text>,
}

impl From<ConditionEntry> for InputText {
    fn from(c: ConditionEntry) -> Self {
        Self {
            id: c.id,
            title: c.title,
            short_name: c.short_name,
            description: c.description,
            explanation: c.explanation,
            article: c.article_2020,
            sources: c.sources,
        }
    }
}

impl From<FactorEntry> for InputText {
    fn from(f: FactorEntry) -> Self {
        Self {
            id: f.id,
            title: f.title,
            short_name: f.short_name,
            description: f.description,
            explanation: f.explanation,
            article: f.article_2026,
            sources: f.sources,
        }
    }
}

/// `content/outcomes.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomesFile {
    outcome: Vec<Entry<OutcomeText>>,
}

/// The words for an outcome.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub id: Text,
    pub label: Text,
    pub phrase: Text,
    pub description: Text,
}

/// `content/gates.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GatesFile {
    gate: Vec<Entry<GateText>>,
}

/// The words for a gate.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GateText {
    pub id: Text,
    pub name: Text,
    pub phrase: Text,
    pub description: Text,
}

/// `content/situations.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SituationsFile {
    situation: Vec<Entry<SituationEntry>>,
}

/// The situation for one combination of conditions, named by the ids of those that hold.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SituationEntry {
    conditions: Vec<Text>,
    text: Text,
}

/// `content/narrative.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NarrativeFile {
    context: ContextText,
    factor: Vec<Entry<FactorSentence>>,
    constraint: Vec<Entry<ConstraintEntry>>,
    help: Vec<Entry<HelpEntry>>,
    no_single_change: Vec<Entry<NoSingleChangeEntry>>,
    switch: Vec<Entry<SwitchText>>,
    interaction: Vec<Entry<InteractionEntry>>,
    effect: Effects,
}

/// What the context factors add, after the situation.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextText {
    /// When no factor is on.
    pub none: Text,
    /// When a gate caps what the factors add; names `{gate}`.
    pub capped: Text,
}

/// The sentence for one context factor when it holds and counts, and when it holds idle.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactorSentence {
    pub id: Text,
    pub text: Text,
    /// Required exactly when the model can give the factor no points while it holds.
    #[serde(default)]
    pub idle: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstraintEntry {
    outcome: Text,
    gates: Vec<Text>,
    text: Text,
    summary: Text,
}

/// The binding constraint for one outcome with one set of shut gates.
#[derive(Clone, Debug)]
pub struct Constraint {
    pub outcome: Outcome,
    pub gates: Vec<Gate>,
    pub text: Text,
    /// The scenario in one or two sentences, for the compact embed.
    pub summary: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HelpEntry {
    input: Text,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoSingleChangeEntry {
    outcome: Text,
    text: Text,
}

/// What a switch note says for one input.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SwitchText {
    pub input: Text,
    pub on: Text,
    pub off: Text,
    /// Used instead of `on` when the input holds but earns nothing.
    #[serde(default)]
    pub on_idle: Option<Text>,
    /// Used instead of `off` when the input held but earned nothing.
    #[serde(default)]
    pub off_idle: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InteractionEntry {
    input: Text,
    affects: Text,
    on: Text,
    off: Text,
}

/// A note for switching one input that changes whether another counts.
#[derive(Clone, Debug)]
pub struct InteractionText {
    pub input: Input,
    pub affects: Input,
    pub on: Text,
    pub off: Text,
}

/// How the verdict moved after a switch.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effects {
    pub rise: Text,
    pub fall: Text,
    pub meter: Text,
    pub capped: Text,
    pub still: Text,
    pub several: Text,
    pub several_same: Text,
}

impl Effects {
    /// Every sentence with its key, in [`EFFECTS`] order.
    pub fn by_key(&self) -> [(&'static str, &Text); 7] {
        [
            ("rise", &self.rise),
            ("fall", &self.fall),
            ("meter", &self.meter),
            ("capped", &self.capped),
            ("still", &self.still),
            ("several", &self.several),
            ("several_same", &self.several_same),
        ]
    }
}

/// `content/presets.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetsFile {
    preset: Vec<Entry<PresetEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetEntry {
    id: Text,
    name: Text,
    /// A word or two, where the case marks its cell on the scenario map.
    short_name: Text,
    date: Text,
    iso_date: Text,
    summary: Text,
    outcome: Text,
    outcome_note: Text,
    sources: Vec<Text>,
    /// `[preset.coding.ID]`, by condition or context id.
    #[serde(default)]
    coding: BTreeMap<String, Coding>,
}

/// How a preset codes one input.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coding {
    pub on: bool,
    /// Whether `on` was a judgment on a "partly".
    #[serde(default)]
    pub partly: bool,
    pub reason: Text,
    /// The sources the reason rests on (at least one).
    pub sources: Vec<Text>,
}

/// A preset: a historical case or a reading of one of the articles.
#[derive(Clone, Debug)]
pub struct Preset {
    pub id: Text,
    pub name: Text,
    pub short_name: Text,
    pub date: Text,
    pub iso_date: Text,
    pub summary: Text,
    pub outcome: Outcome,
    pub outcome_note: Text,
    pub sources: Vec<Text>,
    /// In [`Input::ALL`] order.
    pub codings: Vec<Coding>,
}

impl Preset {
    /// The scenario the preset's codings describe.
    pub fn scenario(&self) -> Scenario {
        Input::ALL
            .into_iter()
            .zip(&self.codings)
            .fold(Scenario::NONE, |s, (input, c)| s.with(input, c.on))
    }
}

/// `content/timeline.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineFile {
    since_heading: Text,
    since_intro: Text,
    since_unknown: Text,
    reading_heading: Text,
    reading: Vec<Text>,
    reading_sources: Vec<Text>,
    arc_heading: Text,
    arc: Vec<Entry<ArcStep>>,
    event: Vec<Entry<Event>>,
    since: Vec<Entry<Event>>,
}

/// One dated event.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: Text,
    pub iso_date: Text,
    pub text: Text,
    pub sources: Vec<Text>,
}

/// One line of the arc of the events since: a phase, linked to the event it begins with.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArcStep {
    pub text: Text,
    /// The `iso_date` of the `[[since]]` event the phase begins with.
    pub event: Text,
}

/// The events since the 2026 piece, with the words around them.
#[derive(Clone, Debug, Default)]
pub struct Since {
    pub heading: Text,
    pub intro: Text,
    /// What is not known, said plainly.
    pub unknown: Text,
    pub events: Vec<Event>,
    /// The explainer's reading of the events since through the article's conditions.
    pub reading_heading: Text,
    pub reading: Vec<Text>,
    pub reading_sources: Vec<Text>,
    /// The arc in brief: a line per phase, oldest first.
    pub arc_heading: Text,
    pub arc: Vec<ArcStep>,
}

/// `content/review.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewFile {
    last_reviewed: Text,
    covered_until: Text,
    model_version: Text,
    model_fingerprint: Text,
    review_line: Text,
    model_line: Text,
    corrections_heading: Text,
    corrections_intro: Text,
    stand_heading: Text,
    stand_dateline: Text,
    stand_text: Text,
    stand_link: Text,
    correction: Vec<Entry<CorrectionEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorrectionEntry {
    date: Text,
    text: Text,
    /// The model version the correction introduced, if it did.
    #[serde(default)]
    model_version: Option<Text>,
}

/// One entry in the public list of corrections and updates.
#[derive(Clone, Debug, Default)]
pub struct Correction {
    /// ISO 8601, a full date.
    pub iso_date: Text,
    /// The same date as the reader reads it, e.g. "23 November 2026".
    pub date: String,
    pub text: Text,
}

/// When the content was last reviewed, what it covers, the model's version and the corrections.
#[derive(Clone, Debug, Default)]
pub struct Review {
    pub last_reviewed_iso: Text,
    pub covered_until_iso: Text,
    pub model_version: Text,
    /// `model_version` as a number: embeds carry it in their address (`v`) and compare.
    pub model_number: u32,
    /// `review_line` with its dates filled in.
    pub review_line: String,
    /// `model_line` with the version filled in.
    pub model_line: String,
    pub corrections_heading: Text,
    pub corrections_intro: Text,
    /// "Where things stand": the heading of the short note on the first screen.
    pub stand_heading: Text,
    /// The note's date line, with its dates filled in.
    pub stand_dateline: String,
    /// Two or three sentences on what has changed since the 2020 article.
    pub stand_text: Text,
    /// The link from the note to "What has happened since".
    pub stand_link: Text,
    /// Newest first.
    pub corrections: Vec<Correction>,
}

// --- What the checker hands `build.rs` ------------------------------------------------------------

/// One string of `site.toml`.
#[derive(Clone, Debug)]
pub struct SiteText {
    pub key: &'static str,
    /// What it is for: the comment above it in the file.
    pub doc: String,
    pub text: Text,
}

/// The narrative fragments.
#[derive(Clone, Debug, Default)]
pub struct NarrativeText {
    pub context: ContextText,
    /// In [`ContextFactor::ALL`] order.
    pub factor: Vec<FactorSentence>,
    /// One for each (outcome, shut gates) the model produces.
    pub constraints: Vec<Constraint>,
    /// The "what would help most" sentence for each input the model can suggest, by index.
    pub help: BTreeMap<usize, Text>,
    /// The sentence for when no single switch helps, by outcome index.
    pub no_single_change: BTreeMap<usize, Text>,
    /// In [`Input::ALL`] order.
    pub switches: Vec<SwitchText>,
    pub interactions: Vec<InteractionText>,
    pub effects: Effects,
}

/// All the content, read and checked.
#[derive(Clone, Debug, Default)]
pub struct Content {
    /// In the order of [`site_strings!`].
    pub site: Vec<SiteText>,
    pub conditions_summary: SummaryText,
    pub context_summary: SummaryText,
    /// How the reader's dates are written.
    pub dates: DateWords,
    pub steps: Vec<Step>,
    /// In [`Condition::ALL`] order.
    pub conditions: Vec<InputText>,
    /// In [`ContextFactor::ALL`] order.
    pub factors: Vec<InputText>,
    /// In [`Outcome::ALL`] order.
    pub outcomes: Vec<OutcomeText>,
    /// In [`Gate::ALL`] order.
    pub gates: Vec<GateText>,
    /// Indexed by [`crate::model::Conditions::bits`].
    pub situations: Vec<Text>,
    pub narrative: NarrativeText,
    pub presets: Vec<Preset>,
    pub sources: Vec<Source>,
    pub timeline: Vec<Event>,
    pub since: Since,
    pub review: Review,
}

// --- Reading -----------------------------------------------------------------------------------

/// Read and check every content file. `files` maps each name in [`FILES`] to the file's path as
/// the messages should show it and its text.
pub fn load(files: &BTreeMap<String, (String, String)>) -> Result<Content, Vec<ContentError>> {
    load_in(files, false)
}

/// [`load`], with every text string in the pseudo-locale when `pseudo` is set
/// (`build/pseudo.rs`): the same checks, on the transformed words.
pub fn load_in(
    files: &BTreeMap<String, (String, String)>,
    pseudo: bool,
) -> Result<Content, Vec<ContentError>> {
    load_with(files, pseudo, None)
}

/// [`load_in`], with every content file's text changed by `transform` (file name, text) before
/// it is read, after the checks on what is not read (site.toml's comments): a right-to-left
/// language's isolation of Latin names (build/language.rs).
pub fn load_with(
    files: &BTreeMap<String, (String, String)>,
    pseudo: bool,
    transform: Option<fn(&str, &str) -> String>,
) -> Result<Content, Vec<ContentError>> {
    PSEUDO.store(pseudo, std::sync::atomic::Ordering::Relaxed);
    let mut errors = Vec::new();
    let original = files;
    let mut transformed = BTreeMap::new();
    let files = if pseudo || transform.is_some() {
        for (name, (path, text)) in files {
            let text = if !name.ends_with(".toml") {
                text.clone()
            } else if let Some(transform) = transform {
                transform(name, text)
            } else {
                crate::pseudo::file(name, text)
            };
            transformed.insert(name.clone(), (path.clone(), text));
        }
        &transformed
    } else {
        files
    };
    let site = parse::<SiteFile>(&mut errors, files, "site.toml");
    let argument = parse::<ArgumentFile>(&mut errors, files, "argument.toml");
    let conditions = parse::<ConditionsFile>(&mut errors, files, "conditions.toml");
    let context = parse::<ContextFile>(&mut errors, files, "context.toml");
    let outcomes = parse::<OutcomesFile>(&mut errors, files, "outcomes.toml");
    let gates = parse::<GatesFile>(&mut errors, files, "gates.toml");
    let situations = parse::<SituationsFile>(&mut errors, files, "situations.toml");
    let narrative = parse::<NarrativeFile>(&mut errors, files, "narrative.toml");
    let presets = parse::<PresetsFile>(&mut errors, files, "presets.toml");
    let sources = parse::<SourcesFile>(&mut errors, files, "sources.toml");
    let timeline = parse::<TimelineFile>(&mut errors, files, "timeline.toml");
    let review = parse::<ReviewFile>(&mut errors, files, "review.toml");
    let (
        Some(site),
        Some(argument),
        Some(conditions),
        Some(context),
        Some(outcomes),
        Some(gates),
        Some(situations),
        Some(narrative),
        Some(presets),
        Some(sources),
        Some(timeline),
        Some(review),
    ) = (
        site, argument, conditions, context, outcomes, gates, situations, narrative, presets,
        sources, timeline, review,
    )
    else {
        return Err(errors);
    };
    let mut errors = Errors(errors);
    let path = |name: &str| files[name].0.as_str();

    // An id a source entry has counts as known even if the entry could not be read: its fault is
    // reported, and the references to it are not.
    let source_ids: BTreeSet<String> = (sources.source.iter())
        .filter_map(|e| e.written("id", |s| s.id.as_str()))
        .map(str::to_string)
        .collect();
    let refs = Refs {
        sources: &source_ids,
    };
    let sources = read_sources(&mut errors.in_file(path("sources.toml")), sources);
    // What each site string is for is read from the comments, which only the file as written has.
    let site_text = &original["site.toml"].1;
    let dates = read_dates(&mut errors.in_file(path("site.toml")), site.dates.clone());
    let (site, conditions_summary, context_summary) =
        read_site(&mut errors.in_file(path("site.toml")), site_text, site);
    let (timeline, since) =
        read_timeline(&mut errors.in_file(path("timeline.toml")), timeline, &refs);
    let steps = read_steps(&mut errors.in_file(path("argument.toml")), argument, &refs);
    let conditions = read_inputs(
        &mut errors.in_file(path("conditions.toml")),
        "condition",
        &Condition::ALL.map(|c| c.id()),
        conditions.condition,
        &refs,
    );
    let factors = read_inputs(
        &mut errors.in_file(path("context.toml")),
        "factor",
        &ContextFactor::ALL.map(|f| f.id()),
        context.factor,
        &refs,
    );
    let outcomes = one_per_id(
        &mut errors.in_file(path("outcomes.toml")),
        "outcome",
        &Outcome::ALL.map(|o| o.id()),
        outcomes.outcome,
        |o| &o.id,
    );
    let gates = one_per_id(
        &mut errors.in_file(path("gates.toml")),
        "gate",
        &Gate::ALL.map(|g| g.id()),
        gates.gate,
        |g| &g.id,
    );
    let situations = read_situations(&mut errors.in_file(path("situations.toml")), situations);
    let narrative = read_narrative(&mut errors.in_file(path("narrative.toml")), narrative);
    let presets = read_presets(&mut errors.in_file(path("presets.toml")), presets, &refs);
    // The fingerprint is compared only when everything else is sound: broken cases have no
    // meaningful fingerprint.
    let sound = errors.0.is_empty();
    let last_event = since
        .events
        .iter()
        .chain(&timeline)
        .map(|e| e.iso_date.as_str())
        .max();
    let review = read_review(
        &mut errors.in_file(path("review.toml")),
        review,
        &presets,
        sound,
        last_event,
        &dates,
    );
    let content = Content {
        site,
        dates,
        conditions_summary,
        context_summary,
        steps,
        conditions,
        factors,
        outcomes,
        gates,
        situations,
        narrative,
        presets,
        sources,
        timeline,
        since,
        review,
    };
    if errors.0.is_empty() {
        Ok(content)
    } else {
        Err(errors.0)
    }
}

/// The classroom kit's files (`KIT_FILES`) read and checked as the explainer's own content is,
/// in the pseudo-locale when `pseudo` is set: their shape (`build/kit.rs`), no empty string, each
/// template's placeholders, and what they name (the lesson's steps and cases, the glossary's
/// terms and the links to them in `content`). Returns each file's text as checked, to copy
/// beside the generated code for the pre-render.
pub fn load_kit(
    files: &BTreeMap<String, (String, String)>,
    pseudo: bool,
    content: &Content,
) -> Result<BTreeMap<String, String>, Vec<ContentError>> {
    use crate::kit::{Accessibility, Glossary, KIT_PLACEHOLDERS, KitText, Teaching};
    let files: BTreeMap<String, (String, String)> = files
        .iter()
        .map(|(name, (path, text))| {
            let text = if pseudo {
                crate::pseudo::file(name, text)
            } else {
                text.clone()
            };
            (name.clone(), (path.clone(), text))
        })
        .collect();
    let mut errors = Vec::new();
    // The kit's words have no checks beyond their shape and the ones below for every file.
    parse::<KitText>(&mut errors, &files, "kit.toml");
    let teaching = parse::<Teaching>(&mut errors, &files, "teaching.toml");
    let accessibility = parse::<Accessibility>(&mut errors, &files, "accessibility.toml");
    let glossary = parse::<Glossary>(&mut errors, &files, "glossary.toml");
    let mut errors = Errors(errors);
    for (name, (path, text)) in &files {
        let Ok(table) = text.parse::<toml::Table>() else {
            continue;
        };
        let mut f = errors.in_file(path);
        let mut empty = Vec::new();
        crate::kit::empty_strings(&toml::Value::Table(table.clone()), "", &mut empty);
        for key in empty {
            f.push(&key, "has no words: every string is text a reader sees");
        }
        if name == "kit.toml" {
            for (key, placeholders) in KIT_PLACEHOLDERS {
                if let Some(text) = table.get(key).and_then(toml::Value::as_str) {
                    f.placeholders("(file)", key, text, placeholders, placeholders);
                }
            }
        }
    }
    let path = |name: &str| files[name].0.clone();
    if let Some(teaching) = &teaching {
        let mut steps: Vec<String> = content.steps.iter().map(|s| s.id.to_string()).collect();
        steps.extend(Condition::ALL.map(|c| format!("condition-{}", c.id())));
        let steps: Vec<&str> = steps.iter().map(String::as_str).collect();
        let cases: Vec<&str> = content.presets.iter().map(|p| p.id.as_str()).collect();
        let path = path("teaching.toml");
        let mut f = errors.in_file(&path);
        for fault in teaching.faults(&steps, &cases) {
            f.push("(file)", &fault);
        }
    }
    if let Some(accessibility) = &accessibility {
        let path = path("accessibility.toml");
        let mut f = errors.in_file(&path);
        for fault in accessibility.faults() {
            f.push("(file)", &fault);
        }
    }
    if let Some(glossary) = &glossary {
        let linked: Vec<&str> = (content.steps.iter())
            .flat_map(|s| s.paragraphs.iter().map(Text::as_str))
            .chain(content.conditions.iter().map(|c| c.explanation.as_str()))
            .collect();
        let path = path("glossary.toml");
        let mut f = errors.in_file(&path);
        for fault in glossary
            .faults()
            .into_iter()
            .chain(glossary.unknown_links(&linked))
        {
            f.push("(file)", &fault);
        }
    }
    if errors.0.is_empty() {
        Ok(files
            .into_iter()
            .map(|(name, (_, text))| (name, text))
            .collect())
    } else {
        Err(errors.0)
    }
}

/// The file `name` read into its shape `T`; `None` after a fault if it is missing, not TOML, or
/// of the wrong shape outside its entries.
fn parse<T: DeserializeOwned>(
    errors: &mut Vec<ContentError>,
    files: &BTreeMap<String, (String, String)>,
    name: &str,
) -> Option<T> {
    let mut push = |file: &str, entry: &str, fault: String| {
        errors.push(ContentError {
            file: file.to_string(),
            entry: entry.to_string(),
            fault,
        });
    };
    let Some((path, text)) = files.get(name) else {
        let missing = "missing: the explainer needs this file".to_string();
        push(&format!("content/{name}"), "(file)", missing);
        return None;
    };
    let table = match toml::de::DeTable::parse(text) {
        Ok(table) => table,
        Err(e) => {
            push(
                path,
                "(file)",
                format!("not valid TOML: {}", e.to_string().trim()),
            );
            return None;
        }
    };
    match T::deserialize(toml::de::Deserializer::from(table)) {
        Ok(file) => Some(file),
        Err(e) => {
            let entry = match e.span() {
                Some(span) if !span.is_empty() => {
                    format!("line {}", text[..span.start].matches('\n').count() + 1)
                }
                _ => "(file)".to_string(),
            };
            push(path, &entry, shape_fault(&e));
            None
        }
    }
}

struct Errors(Vec<ContentError>);

impl Errors {
    fn in_file<'a>(&'a mut self, path: &'a str) -> Faults<'a> {
        Faults {
            errors: &mut self.0,
            path,
        }
    }
}

/// The faults found in one file.
struct Faults<'a> {
    errors: &'a mut Vec<ContentError>,
    path: &'a str,
}

impl Faults<'_> {
    fn push(&mut self, entry: &str, fault: &str) {
        self.errors.push(ContentError {
            file: self.path.to_string(),
            entry: entry.to_string(),
            fault: fault.to_string(),
        });
    }

    /// The entries of `[[kind]]` that could be read, with their position; a fault for each that
    /// could not (named `kind "…"` by its field `named_by`, as the list's reader names it), and
    /// if there are none. The flag says whether every entry could be read: what some entry must
    /// cover is checked only then, since an entry that could not be read may be the one that
    /// covers it.
    fn entries<T>(
        &mut self,
        kind: &str,
        named_by: Option<&str>,
        entries: Vec<Entry<T>>,
    ) -> (Vec<(usize, T)>, bool) {
        if entries.is_empty() {
            self.push(
                "(file)",
                &format!("[[{kind}]] must be a non-empty list of tables"),
            );
        }
        let mut read = Vec::new();
        let mut whole = true;
        for (n, entry) in entries.into_iter().enumerate() {
            match entry {
                Entry::Read(value) => read.push((n, value)),
                Entry::Unread { table, fault } => {
                    whole = false;
                    let name = named_by.and_then(|key| table.get(key)?.as_str());
                    self.push(&entry_name(kind, n, name), &fault);
                }
            }
        }
        (read, whole)
    }

    /// A text that may use only the `allowed` placeholders, and must use the `required` ones.
    fn placeholders(
        &mut self,
        entry: &str,
        key: &str,
        text: &str,
        allowed: &[&str],
        required: &[&str],
    ) {
        let used = placeholders(text);
        for name in &used {
            if !allowed.contains(&name.as_str()) {
                let allowed = if allowed.is_empty() {
                    "none".to_string()
                } else {
                    allowed
                        .iter()
                        .map(|a| format!("{{{a}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                self.push(
                    entry,
                    &format!(
                        "field \"{key}\" uses unknown placeholder {{{name}}} (allowed: {allowed})"
                    ),
                );
            }
        }
        for name in required {
            if !used.iter().any(|u| u == name) {
                self.push(entry, &format!("field \"{key}\" must name {{{name}}}"));
            }
        }
    }

    /// A text with no placeholders.
    fn plain(&mut self, entry: &str, key: &str, text: &str) {
        self.placeholders(entry, key, text, &[], &[]);
    }

    /// An id that starts with a letter and uses only a-z, 0-9 and '-'.
    fn id(&mut self, entry: &str, id: &str) {
        if !is_valid_id(id) {
            self.push(
                entry,
                &format!("id \"{id}\" must start with a letter and use only a-z, 0-9 and '-'"),
            );
        }
    }

    /// Ids that are unique, reporting each repeat.
    fn unique<'a>(&mut self, kind: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.push(
                    &format!("{kind} \"{id}\""),
                    &format!("duplicate id \"{id}\""),
                );
            }
        }
    }

    /// Source ids, each known.
    fn sources(&mut self, entry: &str, ids: &[Text], refs: &Refs) {
        for id in ids {
            if !refs.sources.contains(id.as_str()) {
                self.push(entry, &format!("unknown source id \"{id}\""));
            }
        }
    }

    /// Source ids, each known, with at least one: `what` says what must be sourced, for the
    /// message.
    fn cited(&mut self, entry: &str, ids: &[Text], refs: &Refs, what: &str) {
        self.sources(entry, ids, refs);
        if ids.is_empty() {
            self.push(
                entry,
                &format!("cites no source: {what} needs at least one a reader can check"),
            );
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn iso_date(&mut self, entry: &str, date: &str) {
        if !is_iso_date(date) {
            self.push(
                entry,
                &format!("iso_date \"{date}\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
            );
        }
    }

    /// A full ISO date, `YYYY-MM-DD`, in the field `key`: as the reader reads it, or `None`.
    fn full_date(
        &mut self,
        entry: &str,
        key: &str,
        iso: &str,
        words: &DateWords,
    ) -> Option<String> {
        let date = reader_date(iso, words);
        if date.is_none() {
            self.push(
                entry,
                &format!("{key} \"{iso}\" is not a full date, YYYY-MM-DD"),
            );
        }
        date
    }

    /// A scenario's summary for the compact embed: one or two sentences, short enough to fit.
    fn embed_summary(&mut self, entry: &str, summary: &str) {
        let mut chars = summary.chars().count();
        if PSEUDO.load(std::sync::atomic::Ordering::Relaxed) {
            // The pseudo-locale is about 40% longer by design: the limit is for the words.
            chars = chars * 10 / 15;
        }
        if chars > MAX_SUMMARY_CHARS {
            self.push(
                entry,
                &format!(
                    "summary has {chars} characters; the compact embed has room for {MAX_SUMMARY_CHARS}"
                ),
            );
        }
        let sentences = summary
            .split_inclusive(['.', '!', '?'])
            .filter(|s| !s.trim().is_empty())
            .count();
        if sentences > 2 {
            self.push(
                entry,
                &format!("summary has {sentences} sentences; write one or two"),
            );
        }
    }
}

/// An entry in messages: `kind "id"`, or `kind #n` (counting from 1) when it has no id.
fn entry_name(kind: &str, n: usize, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{kind} \"{id}\""),
        None => format!("{kind} #{}", n + 1),
    }
}

struct Refs<'a> {
    sources: &'a BTreeSet<String>,
}

/// The `{name}` placeholders in a text.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => {
                found.push(after.to_string());
                break;
            }
        }
    }
    found
}

fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a plausible month and day.
fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let numeric = |s: &str, len: usize| s.len() == len && s.chars().all(|c| c.is_ascii_digit());
    let in_range = |s: &str, max: u32| s.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n));
    match parts.as_slice() {
        [y] => numeric(y, 4),
        [y, m] => numeric(y, 4) && numeric(m, 2) && in_range(m, 12),
        [y, m, d] => {
            numeric(y, 4) && numeric(m, 2) && in_range(m, 12) && numeric(d, 2) && in_range(d, 31)
        }
        _ => false,
    }
}

/// A short name for a scenario in messages: the ids of the inputs that are on.
pub fn describe(scenario: Scenario) -> String {
    let on: Vec<&str> = Input::ALL
        .into_iter()
        .filter(|&i| scenario.has(i))
        .map(Input::id)
        .collect();
    if on.is_empty() {
        "nothing on".to_string()
    } else {
        on.join("+")
    }
}

/// Hosts whose links are not a source: news aggregators' redirects and link shorteners, which
/// hide the outlet and may change or vanish, and pages that re-write other outlets' reporting.
const NOT_SOURCES: [&str; 12] = [
    "news.google.com",
    "google.com/url",
    "feedproxy.google.com",
    "bing.com/news",
    "msn.com",
    "flipboard.com",
    "ground.news",
    "newsbreak.com",
    "newsnow.co.uk",
    "t.co",
    "l.facebook.com",
    "lnkd.in",
];

/// The entry of [`NOT_SOURCES`] that `url` goes through, if any: its host (any subdomain) and,
/// for an entry with a path, the path's start.
pub fn not_a_source(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let path = &rest[end..];
    NOT_SOURCES.into_iter().find(|entry| {
        let (entry_host, entry_path) = entry.split_once('/').unwrap_or((entry, ""));
        let host_matches = host == entry_host || host.ends_with(&format!(".{entry_host}"));
        host_matches && (entry_path.is_empty() || path.starts_with(&format!("/{entry_path}")))
    })
}

fn read_sources(f: &mut Faults, file: SourcesFile) -> Vec<Source> {
    let (sources, whole) = f.entries("source", Some("id"), file.source);
    let sources: Vec<Source> = sources.into_iter().map(|(_, s)| s).collect();
    for source in &sources {
        let name = format!("source \"{}\"", source.id);
        f.id(&name, &source.id);
        if !source.iso_date.is_empty() {
            f.iso_date(&name, &source.iso_date);
        }
        let published = match source.kind {
            SourceKind::Article => Some("article"),
            SourceKind::Record => Some("report or record"),
            SourceKind::Theory => None,
        };
        if let (true, Some(what)) = (source.url.is_empty(), published) {
            f.push(
                &name,
                &format!(
                    "has no url: a {what} is published on the web, so give the link a reader can open"
                ),
            );
        }
        let linked = ["https://", "http://"]
            .iter()
            .any(|scheme| source.url.starts_with(scheme));
        if !source.url.is_empty() && !linked {
            f.push(
                &name,
                &format!("url \"{}\" must start with https:// or http://", source.url),
            );
        }
        if let Some(host) = not_a_source(&source.url) {
            f.push(
                &name,
                &format!(
                    "url \"{}\" goes through {host}, a news aggregator or redirect, not the outlet: link the outlet's own article",
                    source.url
                ),
            );
        }
    }
    f.unique("source", sources.iter().map(|s| s.id.as_str()));
    for id in REQUIRED_SOURCES.into_iter().filter(|_| whole) {
        if !sources.iter().any(|s| s.id == id) {
            f.push(
                &format!("source \"{id}\""),
                "missing: the app names this source",
            );
        }
    }
    sources
}

/// What each string in `site.toml` is for: the comment lines directly above its key, joined.
fn site_docs(text: &str) -> BTreeMap<&str, String> {
    let mut docs = BTreeMap::new();
    let mut comment: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            // The tables after the strings.
            break;
        }
        if let Some(words) = line.strip_prefix('#') {
            comment.push(words.trim());
            continue;
        }
        if let Some((key, _)) = line.split_once('=')
            && !comment.is_empty()
        {
            docs.insert(key.trim(), comment.join(" "));
        }
        comment.clear();
    }
    docs
}

/// How dates are written: twelve months, and a format with each placeholder.
fn read_dates(f: &mut Faults, dates: DateWords) -> DateWords {
    if dates.months.len() != 12 {
        f.push(
            "[dates]",
            &format!("months has {} names, not 12", dates.months.len()),
        );
    }
    let all = ["day", "month", "year"];
    f.placeholders("[dates]", "format", &dates.format, &all, &all);
    dates
}

/// The site strings, each with what it is for, then the two summaries' words.
fn read_site(
    f: &mut Faults,
    text: &str,
    file: SiteFile,
) -> (Vec<SiteText>, SummaryText, SummaryText) {
    let docs = site_docs(text);
    let (strings, conditions_summary, context_summary) = file.into_parts();
    let mut site = Vec::new();
    for (key, text) in strings {
        let placeholders = SITE_PLACEHOLDERS
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&[][..], |(_, p)| *p);
        f.placeholders("(file)", key, &text, placeholders, placeholders);
        let doc = docs.get(key).cloned().unwrap_or_else(|| {
            f.push(
                "(file)",
                &format!(
                    "field \"{key}\" has no description: say what it is for in a comment on the line above it"
                ),
            );
            String::new()
        });
        site.push(SiteText { key, doc, text });
    }
    for (name, summary) in [
        ("[conditions_summary]", &conditions_summary),
        ("[context_summary]", &context_summary),
    ] {
        f.plain(name, "none", &summary.none);
        f.plain(name, "all", &summary.all);
        let both = ["present", "missing"];
        f.placeholders(name, "some", &summary.some, &both, &both);
        f.plain(name, "and", &summary.and);
    }
    (site, conditions_summary, context_summary)
}

fn read_steps(f: &mut Faults, file: ArgumentFile, refs: &Refs) -> Vec<Step> {
    let (steps, whole) = f.entries("step", Some("id"), file.step);
    let steps: Vec<Step> = steps.into_iter().map(|(_, s)| s).collect();
    for step in &steps {
        let name = format!("step \"{}\"", step.id);
        f.id(&name, &step.id);
        if step.paragraphs.is_empty() {
            f.push(&name, "has no paragraphs");
        }
        for (i, p) in step.paragraphs.iter().enumerate() {
            f.plain(&name, &format!("paragraphs[{i}]"), p);
        }
        f.sources(&name, &step.sources, refs);
    }
    f.unique("step", steps.iter().map(|s| s.id.as_str()));
    for id in REQUIRED_STEPS.into_iter().filter(|_| whole) {
        if !steps.iter().any(|s| s.id == id) {
            f.push(
                &format!("step \"{id}\""),
                "missing: the explainer needs this step",
            );
        }
    }
    steps
}

/// The entry found for each slot, in order; a slot with none gets a default, and, when its list
/// was read whole, the fault `gap` under the slot's name.
fn fill_slots<T: Default>(
    f: &mut Faults,
    whole: bool,
    found: Vec<Option<T>>,
    slot_name: impl Fn(usize) -> String,
    gap: &str,
) -> Vec<T> {
    found
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            entry.unwrap_or_else(|| {
                if whole {
                    f.push(&slot_name(i), gap);
                }
                T::default()
            })
        })
        .collect()
}

/// The `[[kind]]` entries, one for each id in `ids`, returned in that order: a fault for an
/// entry with another id, for a second entry with the same id, and for an id with no entry.
fn one_per_id<T: Default>(
    f: &mut Faults,
    kind: &str,
    ids: &[&str],
    entries: Vec<Entry<T>>,
    id_of: fn(&T) -> &Text,
) -> Vec<T> {
    let (entries, whole) = f.entries(kind, Some("id"), entries);
    let mut found: Vec<Option<T>> = ids.iter().map(|_| None).collect();
    let mut all_ids = Vec::new();
    for (_, entry) in entries {
        let id = id_of(&entry).to_string();
        let name = format!("{kind} \"{id}\"");
        f.id(&name, &id);
        match ids.iter().position(|known| *known == id) {
            Some(i) => {
                if found[i].is_none() {
                    found[i] = Some(entry);
                }
            }
            None => f.push(
                &name,
                &format!("unknown {kind} id \"{id}\" (known: {})", ids.join(", ")),
            ),
        }
        all_ids.push(id);
    }
    f.unique(kind, all_ids.iter().map(String::as_str));
    let slot_name = |i: usize| format!("{kind} \"{}\"", ids[i]);
    fill_slots(
        f,
        whole,
        found,
        slot_name,
        "missing: every one needs an entry",
    )
}

/// The words for the conditions or the context factors (`kind`), one per id in `ids`, in that
/// order.
fn read_inputs<T: Into<InputText>>(
    f: &mut Faults,
    kind: &str,
    ids: &[&str],
    entries: Vec<Entry<T>>,
    refs: &Refs,
) -> Vec<InputText> {
    let entries = entries
        .into_iter()
        .map(|e| match e {
            Entry::Read(entry) => Entry::Read(entry.into()),
            Entry::Unread { table, fault } => Entry::Unread { table, fault },
        })
        .collect();
    let texts = one_per_id(f, kind, ids, entries, |t| &t.id);
    for text in &texts {
        f.sources(&format!("{kind} \"{}\"", text.id), &text.sources, refs);
    }
    texts
}

/// The name of a combination of conditions in messages: `alternative+victory`, or `none`.
pub fn combination_name(bits: u8) -> String {
    let on: Vec<&str> = Condition::ALL
        .into_iter()
        .filter(|c| bits & (1 << c.index()) != 0)
        .map(Condition::id)
        .collect();
    if on.is_empty() {
        "none".to_string()
    } else {
        on.join("+")
    }
}

/// The situations, one for each of the 16 combinations of conditions, each with its own text.
fn read_situations(f: &mut Faults, file: SituationsFile) -> Vec<Text> {
    let (entries, whole) = f.entries("situation", None, file.situation);
    let mut found: Vec<Option<Text>> = vec![None; 16];
    for (n, entry) in entries {
        let mut name = entry_name("situation", n, None);
        let mut bits = 0u8;
        let mut known = true;
        for id in &entry.conditions {
            match Condition::from_id(id) {
                Some(c) => bits |= 1 << c.index(),
                None => {
                    known = false;
                    f.push(&name, &format!("unknown condition id \"{id}\""));
                }
            }
        }
        if known {
            name = format!("situation \"{}\"", combination_name(bits));
        }
        f.plain(&name, "text", &entry.text);
        if !known {
            continue;
        }
        if found[usize::from(bits)].is_some() {
            f.push(
                &name,
                "duplicate: another situation covers the same combination",
            );
            continue;
        }
        if let Some(other) = found.iter().position(|t| t.as_ref() == Some(&entry.text)) {
            f.push(
                &name,
                &format!(
                    "same text as situation \"{}\": each combination needs its own",
                    combination_name(other as u8)
                ),
            );
        }
        found[usize::from(bits)] = Some(entry.text);
    }
    let slot_name = |bits: usize| format!("situation \"{}\"", combination_name(bits as u8));
    let gap = "narrative gap: no situation text for this combination of conditions";
    fill_slots(f, whole, found, slot_name, gap)
}

/// The id list of a set of gates in messages.
fn gates_name(gates: &[Gate]) -> String {
    if gates.is_empty() {
        "none".to_string()
    } else {
        gates.iter().map(|g| g.id()).collect::<Vec<_>>().join("+")
    }
}

/// What the model can produce, which the narrative must cover.
struct Needs {
    /// `(outcome, shut gates)` → an example scenario.
    constraints: BTreeMap<(Outcome, Vec<Gate>), Scenario>,
    /// Inputs the model suggests as the most helpful change → an example.
    help: BTreeMap<Input, Scenario>,
    /// Outcomes at which no single change helps → an example.
    no_single_change: BTreeMap<Outcome, Scenario>,
    /// Inputs that can hold without earning points → an example.
    idle: BTreeMap<Input, Scenario>,
    /// `(switched, affected)` pairs where switching one changes whether the other counts.
    interactions: BTreeMap<(Input, Input), Scenario>,
}

fn needs() -> Needs {
    let mut needs = Needs {
        constraints: BTreeMap::new(),
        help: BTreeMap::new(),
        no_single_change: BTreeMap::new(),
        idle: BTreeMap::new(),
        interactions: BTreeMap::new(),
    };
    for s in Scenario::every() {
        let verdict = assess(s);
        let gates: Vec<Gate> = s.conditions.shut_gates().collect();
        needs
            .constraints
            .entry((verdict.outcome, gates))
            .or_insert(s);
        match most_helpful_change(s) {
            Some(input) => needs.help.entry(input).or_insert(s),
            None => needs.no_single_change.entry(verdict.outcome).or_insert(s),
        };
        for input in Input::ALL {
            if s.has(input) && !counts(s, input) {
                needs.idle.entry(input).or_insert(s);
            }
            let t = s.toggled(input);
            for other in Input::ALL.into_iter().filter(|&o| o != input) {
                if s.has(other) && counts(s, other) != counts(t, other) {
                    needs.interactions.entry((input, other)).or_insert(s);
                }
            }
        }
    }
    needs
}

/// A condition or context id, or a fault.
fn input_id(f: &mut Faults, entry: &str, id: &str) -> Option<Input> {
    let input = Input::from_id(id);
    if input.is_none() {
        f.push(entry, &format!("unknown condition or context id \"{id}\""));
    }
    input
}

/// An outcome id, or a fault.
fn outcome_id(f: &mut Faults, entry: &str, id: &str) -> Option<Outcome> {
    let outcome = Outcome::from_id(id);
    if outcome.is_none() {
        f.push(entry, &format!("unknown outcome id \"{id}\""));
    }
    outcome
}

/// A fault unless an optional `idle` field (`key`) is there exactly when the model can leave the
/// input idle; `what` names the input's kind for the message.
fn check_idle(
    f: &mut Faults,
    entry: &str,
    key: &str,
    idle: Option<&Text>,
    example: Option<&Scenario>,
    what: &str,
) {
    match (idle, example) {
        (None, Some(example)) => f.push(
            entry,
            &format!(
                "missing field \"{key}\": the model gives it no points in some scenarios (e.g. {})",
                describe(*example)
            ),
        ),
        (Some(_), None) => f.push(
            entry,
            &format!("field \"{key}\" is never used: the model always counts this {what}"),
        ),
        _ => {}
    }
}

fn read_narrative(f: &mut Faults, file: NarrativeFile) -> NarrativeText {
    let needs = needs();
    f.plain("[context]", "none", &file.context.none);
    f.placeholders(
        "[context]",
        "capped",
        &file.context.capped,
        &["gate"],
        &["gate"],
    );
    NarrativeText {
        factor: read_factor_sentences(f, file.factor, &needs),
        constraints: read_constraints(f, file.constraint, &needs),
        help: read_help(f, file.help, &needs),
        no_single_change: read_no_single_change(f, file.no_single_change, &needs),
        switches: read_switches(f, file.switch, &needs),
        interactions: read_interactions(f, file.interaction, &needs),
        effects: read_effects(f, file.effect),
        context: file.context,
    }
}

/// One sentence per context factor, with an idle one where the model can idle it.
fn read_factor_sentences(
    f: &mut Faults,
    entries: Vec<Entry<FactorSentence>>,
    needs: &Needs,
) -> Vec<FactorSentence> {
    let (entries, whole) = f.entries("factor", Some("id"), entries);
    let mut found: Vec<Option<FactorSentence>> = vec![None; ContextFactor::ALL.len()];
    for (_, sentence) in entries {
        let name = format!("factor \"{}\"", sentence.id);
        f.plain(&name, "text", &sentence.text);
        let Some(factor) = ContextFactor::from_id(&sentence.id) else {
            f.push(&name, &format!("unknown context id \"{}\"", sentence.id));
            continue;
        };
        let example = needs.idle.get(&Input::Context(factor));
        check_idle(f, &name, "idle", sentence.idle.as_ref(), example, "factor");
        if found[factor.index()].is_some() {
            f.push(&name, &format!("duplicate id \"{}\"", sentence.id));
        } else {
            found[factor.index()] = Some(sentence);
        }
    }
    let slot_name = |i: usize| format!("factor \"{}\"", ContextFactor::ALL[i].id());
    let gap = "narrative gap: no sentence for this factor";
    fill_slots(f, whole, found, slot_name, gap)
}

/// The binding constraint, for every (outcome, shut gates) the model produces.
fn read_constraints(
    f: &mut Faults,
    entries: Vec<Entry<ConstraintEntry>>,
    needs: &Needs,
) -> Vec<Constraint> {
    let (entries, whole) = f.entries("constraint", None, entries);
    let mut constraints = Vec::new();
    let mut seen = BTreeSet::new();
    for (n, entry) in entries {
        let name = entry_name("constraint", n, None);
        let outcome = outcome_id(f, &name, &entry.outcome);
        let mut gates: Vec<Gate> = Vec::new();
        for id in &entry.gates {
            match Gate::from_id(id) {
                Some(g) => gates.push(g),
                None => f.push(&name, &format!("unknown gate id \"{id}\"")),
            }
        }
        gates.sort();
        gates.dedup();
        let Some(outcome) = outcome else { continue };
        if gates.len() != entry.gates.len() {
            f.placeholders(&name, "text", &entry.text, &["gate"], &[]);
            continue;
        }
        let name = format!(
            "constraint \"{}\" with gates \"{}\"",
            outcome.id(),
            gates_name(&gates)
        );
        let required: &[&str] = if gates.is_empty() { &[] } else { &["gate"] };
        f.placeholders(&name, "text", &entry.text, &["gate"], required);
        f.plain(&name, "summary", &entry.summary);
        f.embed_summary(&name, &entry.summary);
        let key = (outcome, gates);
        if !needs.constraints.contains_key(&key) {
            f.push(
                &name,
                "never used: the model never produces this outcome with these gates shut",
            );
        } else if !seen.insert(key.clone()) {
            f.push(
                &name,
                "duplicate: another constraint covers the same outcome and gates",
            );
        } else {
            constraints.push(Constraint {
                outcome: key.0,
                gates: key.1,
                text: entry.text,
                summary: entry.summary,
            });
        }
    }
    for ((outcome, gates), example) in needs.constraints.iter().filter(|_| whole) {
        if !seen.contains(&(*outcome, gates.clone())) {
            f.push(
                &format!("constraint \"{}\" with gates \"{}\"", outcome.id(), gates_name(gates)),
                &format!("narrative gap: no constraint text for this outcome and these shut gates (e.g. {})", describe(*example)),
            );
        }
    }
    constraints
}

/// The most helpful change, for every input the model can suggest, by input index.
fn read_help(
    f: &mut Faults,
    entries: Vec<Entry<HelpEntry>>,
    needs: &Needs,
) -> BTreeMap<usize, Text> {
    let (entries, whole) = f.entries("help", Some("input"), entries);
    let mut help = BTreeMap::new();
    for (n, entry) in entries {
        let mut name = entry_name("help", n, None);
        let input = input_id(f, &name, &entry.input);
        if let Some(input) = input {
            name = format!("help \"{}\"", input.id());
        }
        f.placeholders(&name, "text", &entry.text, &["outcome"], &["outcome"]);
        let Some(input) = input else { continue };
        if !needs.help.contains_key(&input) {
            f.push(
                &name,
                "never used: the model never suggests this switch as the most helpful change",
            );
        } else if help.insert(input.index(), entry.text).is_some() {
            f.push(&name, &format!("duplicate id \"{}\"", input.id()));
        }
    }
    for (input, example) in needs.help.iter().filter(|_| whole) {
        if !help.contains_key(&input.index()) {
            f.push(
                &format!("help \"{}\"", input.id()),
                &format!(
                    "narrative gap: no text for suggesting this switch (e.g. {})",
                    describe(*example)
                ),
            );
        }
    }
    help
}

/// The sentence for when no single switch helps, for every outcome where that happens, by
/// outcome index.
fn read_no_single_change(
    f: &mut Faults,
    entries: Vec<Entry<NoSingleChangeEntry>>,
    needs: &Needs,
) -> BTreeMap<usize, Text> {
    let (entries, whole) = f.entries("no_single_change", Some("outcome"), entries);
    let mut none = BTreeMap::new();
    for (n, entry) in entries {
        let mut name = entry_name("no_single_change", n, None);
        let outcome = outcome_id(f, &name, &entry.outcome);
        if let Some(outcome) = outcome {
            name = format!("no_single_change \"{}\"", outcome.id());
        }
        f.plain(&name, "text", &entry.text);
        let Some(outcome) = outcome else { continue };
        if !needs.no_single_change.contains_key(&outcome) {
            f.push(
                &name,
                "never used: at this outcome some single switch always helps",
            );
        } else if none.insert(outcome.index(), entry.text).is_some() {
            f.push(&name, &format!("duplicate id \"{}\"", outcome.id()));
        }
    }
    for (outcome, example) in needs.no_single_change.iter().filter(|_| whole) {
        if !none.contains_key(&outcome.index()) {
            f.push(
                &format!("no_single_change \"{}\"", outcome.id()),
                &format!(
                    "narrative gap: no text for when no single switch helps (e.g. {})",
                    describe(*example)
                ),
            );
        }
    }
    none
}

/// What each switch means when the reader flips it, in [`Input::ALL`] order.
fn read_switches(
    f: &mut Faults,
    entries: Vec<Entry<SwitchText>>,
    needs: &Needs,
) -> Vec<SwitchText> {
    let (entries, whole) = f.entries("switch", Some("input"), entries);
    let mut found: Vec<Option<SwitchText>> = vec![None; Input::ALL.len()];
    for (n, switch) in entries {
        let mut name = entry_name("switch", n, None);
        let input = input_id(f, &name, &switch.input);
        if let Some(input) = input {
            name = format!("switch \"{}\"", input.id());
        }
        f.plain(&name, "on", &switch.on);
        f.plain(&name, "off", &switch.off);
        let Some(input) = input else { continue };
        let example = needs.idle.get(&input);
        check_idle(
            f,
            &name,
            "on_idle",
            switch.on_idle.as_ref(),
            example,
            "switch",
        );
        check_idle(
            f,
            &name,
            "off_idle",
            switch.off_idle.as_ref(),
            example,
            "switch",
        );
        if found[input.index()].is_some() {
            f.push(&name, &format!("duplicate id \"{}\"", input.id()));
        } else {
            found[input.index()] = Some(switch);
        }
    }
    let slot_name = |i: usize| format!("switch \"{}\"", Input::ALL[i].id());
    let gap = "narrative gap: no note for flipping this switch";
    fill_slots(f, whole, found, slot_name, gap)
}

/// A note for each pair where switching one input changes whether another counts.
fn read_interactions(
    f: &mut Faults,
    entries: Vec<Entry<InteractionEntry>>,
    needs: &Needs,
) -> Vec<InteractionText> {
    let (entries, whole) = f.entries("interaction", None, entries);
    let mut interactions = Vec::new();
    let mut covered = BTreeSet::new();
    for (n, entry) in entries {
        let mut name = entry_name("interaction", n, None);
        let input = input_id(f, &name, &entry.input);
        let affects = input_id(f, &name, &entry.affects);
        if let (Some(i), Some(a)) = (input, affects) {
            name = format!("interaction \"{}\" on \"{}\"", i.id(), a.id());
        }
        f.plain(&name, "on", &entry.on);
        f.plain(&name, "off", &entry.off);
        let (Some(input), Some(affects)) = (input, affects) else {
            continue;
        };
        if !needs.interactions.contains_key(&(input, affects)) {
            f.push(
                &name,
                "never used: switching the one never changes whether the other counts",
            );
        } else if !covered.insert((input, affects)) {
            f.push(&name, "duplicate: another interaction covers the same pair");
        } else {
            interactions.push(InteractionText {
                input,
                affects,
                on: entry.on,
                off: entry.off,
            });
        }
    }
    for ((i, a), example) in needs.interactions.iter().filter(|_| whole) {
        if !covered.contains(&(*i, *a)) {
            f.push(
                &format!("interaction \"{}\" on \"{}\"", i.id(), a.id()),
                &format!("narrative gap: switching the one changes whether the other counts (e.g. from {})", describe(*example)),
            );
        }
    }
    interactions
}

/// How the verdict moved after a switch: each sentence with its placeholders.
fn read_effects(f: &mut Faults, effects: Effects) -> Effects {
    for ((key, text), (_, allowed, required)) in effects.by_key().into_iter().zip(EFFECTS) {
        f.placeholders("[effect]", key, text, allowed, required);
    }
    effects
}

/// The cases whose every input is coded and whose outcome the model reproduces.
fn read_presets(f: &mut Faults, file: PresetsFile, refs: &Refs) -> Vec<Preset> {
    let (entries, _) = f.entries("preset", Some("id"), file.preset);
    f.unique("preset", entries.iter().map(|(_, p)| p.id.as_str()));
    entries
        .into_iter()
        .filter_map(|(_, entry)| read_preset(f, entry, refs))
        .collect()
}

/// One case, if every input is coded.
fn read_preset(f: &mut Faults, entry: PresetEntry, refs: &Refs) -> Option<Preset> {
    let name = format!("preset \"{}\"", entry.id);
    f.id(&name, &entry.id);
    f.iso_date(&name, &entry.iso_date);
    let outcome = outcome_id(f, &name, &entry.outcome);
    f.cited(&name, &entry.sources, refs, "a case");
    if entry.coding.is_empty() {
        f.push(
            &name,
            "names no condition or context factor: code each of them under [preset.coding.ID]",
        );
        return None;
    }
    let mut codings: Vec<Option<Coding>> = vec![None; Input::ALL.len()];
    let mut complete = true;
    for (id, coding) in entry.coding {
        let Some(input) = Input::from_id(&id) else {
            complete = false;
            f.push(&name, &format!("unknown condition or context id \"{id}\""));
            continue;
        };
        let coding_name = format!("{name} coding \"{id}\"");
        f.plain(&coding_name, "reason", &coding.reason);
        f.cited(&coding_name, &coding.sources, refs, "every coding's reason");
        codings[input.index()] = Some(coding);
    }
    for input in Input::ALL {
        if codings[input.index()].is_none() {
            complete = false;
            let what = match input {
                Input::Condition(_) => "condition",
                Input::Context(_) => "context factor",
            };
            f.push(
                &name,
                &format!("does not code the {what} \"{}\"", input.id()),
            );
        }
    }
    let (true, Some(outcome)) = (complete, outcome) else {
        return None;
    };
    let preset = Preset {
        id: entry.id,
        name: entry.name,
        short_name: entry.short_name,
        date: entry.date,
        iso_date: entry.iso_date,
        summary: entry.summary,
        outcome,
        outcome_note: entry.outcome_note,
        sources: entry.sources,
        codings: codings.into_iter().flatten().collect(),
    };
    let model = assess(preset.scenario()).outcome;
    if model != outcome {
        f.push(
            &name,
            &format!(
                "documented outcome \"{}\" but the model gives \"{}\" for this coding",
                outcome.id(),
                model.id()
            ),
        );
    }
    Some(preset)
}

/// The timeline's events, and the `[[since]]` events with the words around them; those must
/// start after the last of the timeline's events.
fn read_timeline(f: &mut Faults, file: TimelineFile, refs: &Refs) -> (Vec<Event>, Since) {
    let timeline = read_events(f, "event", file.event, refs);
    let mut since = Since {
        heading: file.since_heading,
        intro: file.since_intro,
        unknown: file.since_unknown,
        events: read_events(f, "since", file.since, refs),
        reading_heading: file.reading_heading,
        reading: file.reading,
        reading_sources: file.reading_sources,
        arc_heading: file.arc_heading,
        arc: Vec::new(),
    };
    // Each line of the arc leads to one event since, in order.
    let (arc, _) = f.entries("arc", Some("event"), file.arc);
    for (_, step) in arc {
        let name = format!("arc \"{}\"", step.event);
        let found = since
            .events
            .iter()
            .filter(|e| e.iso_date == step.event)
            .count();
        if found != 1 {
            f.push(
                &name,
                &format!(
                    "event must be the iso_date of exactly one [[since]] event (found {found})"
                ),
            );
        }
        if let Some(last) = since.arc.last().filter(|l| l.event >= step.event) {
            f.push(&name, &format!("out of order: comes after {}", last.event));
        }
        since.arc.push(step);
    }
    if since.reading.is_empty() {
        f.push("(file)", "reading: give at least one paragraph");
    }
    f.cited(
        "(file)",
        &since.reading_sources,
        refs,
        "the reading of the events since",
    );
    let last = timeline.last().map(|e| e.iso_date.as_str());
    let first = since.events.first().map(|e| e.iso_date.as_str());
    if let (Some(last), Some(first)) = (last, first)
        && is_iso_date(last)
        && is_iso_date(first)
        && first < last
    {
        f.push(
            &format!("since \"{first}\""),
            &format!(
                "out of order: what has happened since must come after the timeline's last event, {last}"
            ),
        );
    }
    (timeline, since)
}

/// The `[[kind]]` dated events, oldest first, each with at least one source.
fn read_events(f: &mut Faults, kind: &str, entries: Vec<Entry<Event>>, refs: &Refs) -> Vec<Event> {
    let (entries, _) = f.entries(kind, Some("iso_date"), entries);
    let mut events: Vec<Event> = Vec::new();
    for (_, event) in entries {
        let name = format!("{kind} \"{}\"", event.iso_date);
        f.cited(&name, &event.sources, refs, "every dated event");
        if !is_iso_date(&event.iso_date) {
            f.iso_date(&name, &event.iso_date);
        } else if let Some(last) = events
            .last()
            .filter(|l| is_iso_date(&l.iso_date) && l.iso_date > event.iso_date)
        {
            f.push(
                &name,
                &format!("out of order: comes after {}", last.iso_date),
            );
        }
        events.push(event);
    }
    events
}

/// "2026-11-23" as the reader reads it, in `words`: "23 November 2026". `None` unless a full,
/// valid date.
/// The digits this build writes numbers with, 0 to 9 (`content/languages.toml`); set by
/// `build.rs` before the content is read, ASCII unless it is.
pub static DIGITS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();

/// A number as the reader reads it, in this build's digits.
pub fn digits(number: &str) -> String {
    match DIGITS.get() {
        Some(digits) if digits.len() == 10 => number
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
            .collect(),
        _ => number.to_string(),
    }
}

pub fn reader_date(iso: &str, words: &DateWords) -> Option<String> {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if is_iso_date(iso) => {
            let month = words.months.get(m.parse::<usize>().ok()? - 1)?;
            Some(
                words
                    .format
                    .replace("{day}", &digits(&d.parse::<u32>().ok()?.to_string()))
                    .replace("{month}", month)
                    .replace("{year}", &digits(y)),
            )
        }
        _ => None,
    }
}

/// A short fingerprint of everything a new model version is for: the score, outcome and gate
/// of every scenario, and every case's coding. FNV-1a, 64 bits, in hex.
pub fn model_fingerprint(presets: &[Preset]) -> String {
    let mut text = String::new();
    for scenario in Scenario::every() {
        let v = assess(scenario);
        let points: Vec<String> = v
            .contributions
            .iter()
            .map(|c| c.points.to_string())
            .collect();
        text.push_str(&format!(
            "{}:{}:{:?}:{};",
            v.score,
            v.outcome.id(),
            v.gate,
            points.join(",")
        ));
    }
    for p in presets {
        text.push_str(&p.id);
        for c in &p.codings {
            text.push(if c.on { '1' } else { '0' });
            text.push(if c.partly { 'p' } else { '-' });
        }
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn read_review(
    f: &mut Faults,
    file: ReviewFile,
    presets: &[Preset],
    sound: bool,
    last_event: Option<&str>,
    dates: &DateWords,
) -> Review {
    let reviewed = f.full_date("(file)", "last_reviewed", &file.last_reviewed, dates);
    let covered = f.full_date("(file)", "covered_until", &file.covered_until, dates);
    let both = ["reviewed", "covered"];
    f.placeholders("(file)", "review_line", &file.review_line, &both, &both);
    f.placeholders(
        "(file)",
        "stand_dateline",
        &file.stand_dateline,
        &both,
        &["covered"],
    );
    f.placeholders(
        "(file)",
        "model_line",
        &file.model_line,
        &["version"],
        &["version"],
    );
    if reviewed.is_some() && covered.is_some() && file.covered_until > file.last_reviewed {
        f.push(
            "(file)",
            "covered_until is after last_reviewed: the explainer cannot cover events after its review",
        );
    }
    if let Some(last) =
        last_event.filter(|&last| covered.is_some() && last > file.covered_until.as_str())
    {
        f.push(
            "(file)",
            &format!(
                "covered_until {} ends before the last dated event ({last}, in timeline.toml): move it to the date of the latest event the review checked",
                file.covered_until
            ),
        );
    }
    let (entries, whole) = f.entries("correction", Some("date"), file.correction);
    let mut corrections: Vec<Correction> = Vec::new();
    let mut versions = Vec::new();
    for (_, entry) in entries {
        let name = format!("correction \"{}\"", entry.date);
        let date = f.full_date(&name, "date", &entry.date, dates);
        versions.extend(entry.model_version);
        if date.is_some() {
            if let Some(newer) = corrections
                .last()
                .filter(|c| !c.date.is_empty() && c.iso_date < entry.date)
            {
                f.push(
                    &name,
                    &format!(
                        "out of order: newest first, but it is newer than {}",
                        newer.iso_date
                    ),
                );
            }
            if reviewed.is_some() && entry.date > file.last_reviewed {
                f.push(&name, "is dated after last_reviewed");
            }
        }
        corrections.push(Correction {
            iso_date: entry.date,
            date: date.unwrap_or_default(),
            text: entry.text,
        });
    }
    if whole && !versions.contains(&file.model_version) {
        f.push(
            "(file)",
            &format!(
                "model version \"{}\" has no corrections entry: say what changed, with model_version = \"{}\"",
                file.model_version, file.model_version
            ),
        );
    }
    let model_number = file.model_version.parse::<u32>().ok().filter(|&n| n > 0);
    if model_number.is_none() {
        f.push(
            "(file)",
            &format!(
                "model_version \"{}\" is not a whole number from 1: embeds compare versions by number",
                file.model_version
            ),
        );
    }
    let actual = model_fingerprint(presets);
    if sound && file.model_fingerprint != actual.as_str() {
        f.push(
            "(file)",
            &format!(
                "the model or a case's coding changed (model_fingerprint {}, now {actual}): give the model a new model_version, add a corrections entry for it, and set model_fingerprint = \"{actual}\"",
                file.model_fingerprint
            ),
        );
    }
    let stand_dateline = file
        .stand_dateline
        .replace("{reviewed}", reviewed.as_deref().unwrap_or_default())
        .replace("{covered}", covered.as_deref().unwrap_or_default());
    Review {
        review_line: file
            .review_line
            .replace("{reviewed}", &reviewed.unwrap_or_default())
            .replace("{covered}", &covered.unwrap_or_default()),
        model_line: file
            .model_line
            .replace("{version}", &digits(&file.model_version)),
        stand_dateline,
        stand_heading: file.stand_heading,
        stand_text: file.stand_text,
        stand_link: file.stand_link,
        last_reviewed_iso: file.last_reviewed,
        covered_until_iso: file.covered_until,
        model_version: file.model_version,
        model_number: model_number.unwrap_or_default(),
        corrections_heading: file.corrections_heading,
        corrections_intro: file.corrections_intro,
        corrections,
    }
}
