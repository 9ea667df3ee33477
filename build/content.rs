//! Reads and checks the explainer's content data (the TOML files in `content/`).
//!
//! `build.rs` includes this file to stop the build on any fault and to generate the Rust data the
//! app compiles in; `tests/content.rs` includes it too, to check that each kind of broken content
//! gives its own message. Both includers provide a `crate::model` module (the scoring model), which
//! this file uses to check presets and to make sure the narrative covers every scenario.
//!
//! Every fault is reported as `FILE: ENTRY: FAULT`, and all faults are reported at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

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

/// The plain strings in `site.toml`, each with what it is for.
pub const SITE_FIELDS: [(&str, &str); 95] = [
    ("kicker", "Small label above the title."),
    (
        "headline",
        "The page's own headline (the article's title is in the credit line).",
    ),
    (
        "credit_prefix",
        "Words before the article's outlet in the credit line.",
    ),
    (
        "conditions_heading",
        "Heading over the four condition switches.",
    ),
    (
        "context_heading",
        "Heading over the context-factor switches.",
    ),
    ("context_intro", "One sentence under the context heading."),
    ("verdict_heading", "Heading over the verdict."),
    ("score_label", "Label of the score meter."),
    ("not_a_forecast", "The reminder shown with every verdict."),
    (
        "contributions_heading",
        "Heading over the list of each input's points.",
    ),
    ("points_unit", "The word after a number of points."),
    (
        "gate_heading",
        "Label before the gate that caps the outcome.",
    ),
    (
        "no_gate",
        "Shown in place of a gate when every gate is open.",
    ),
    (
        "next_step_heading",
        "Label before the change that would help most.",
    ),
    (
        "change_heading",
        "Label over the note on what the last switch changed.",
    ),
    ("presets_heading", "Heading over the presets."),
    ("presets_intro", "One sentence under the presets heading."),
    (
        "coding_heading",
        "Heading over a preset's coding of each input.",
    ),
    ("coded_on", "A preset's coding: the input holds."),
    ("coded_off", "A preset's coding: the input does not hold."),
    (
        "partly",
        "Marks a coding that was a judgment on a \"partly\".",
    ),
    (
        "expected_outcome",
        "Label before a preset's documented outcome.",
    ),
    ("sources_heading", "Heading over the list of sources."),
    ("theory_heading", "Heading over the theory sources."),
    ("timeline_heading", "Heading over the timeline."),
    (
        "dek",
        "One sentence under the title saying what the reader can do.",
    ),
    (
        "scenario_heading",
        "Heading of the panel that holds the four switches.",
    ),
    (
        "reset_label",
        "Button that returns every switch to the article's 2020 assessment.",
    ),
    ("steps_nav_label", "Accessible name of the step navigation."),
    (
        "step_progress",
        "Progress through the steps; {n} is the current step, {total} how many there are.",
    ),
    ("previous_step", "Button that moves to the previous step."),
    ("next_step", "Button that moves to the next step."),
    ("all_steps", "Label of the list of every step."),
    (
        "in_your_scenario",
        "Label before a condition's state in the reader's scenario.",
    ),
    ("state_present", "A condition that holds."),
    ("state_absent", "A condition that does not hold."),
    ("state_on", "A context factor that is switched on."),
    ("state_off", "A context factor that is switched off."),
    (
        "article_2020_label",
        "Label before what the 2020 article said about a condition.",
    ),
    (
        "article_2026_label",
        "Label before what the 2026 piece says about a context factor.",
    ),
    (
        "set_by_case",
        "Marker on a switch that the chosen case changed.",
    ),
    (
        "meter_label",
        "Accessible name of the meter; {score} is the score, {outcome} the outcome's label.",
    ),
    (
        "score_text",
        "The score in words beside the meter; {score} is the score.",
    ),
    (
        "uncapped_text",
        "The points before gates, shown when a gate holds them down; {points} is the total.",
    ),
    ("switch_column", "Column heading for a switch in a table."),
    ("points_column", "Column heading for points in a table."),
    ("total_label", "Row label for the score's total."),
    (
        "table_heading",
        "Heading over the table of every combination of the four conditions.",
    ),
    (
        "table_intro",
        "One sentence under the sixteen-scenario table heading.",
    ),
    ("table_caption", "Caption of the sixteen-scenario table."),
    (
        "table_row",
        "Button that loads one row of the table; {n} is the row number.",
    ),
    ("outcome_column", "Column heading for the outcome."),
    (
        "current_row",
        "Marker on the table row that matches the reader's scenario.",
    ),
    (
        "case_loaded",
        "Label before the name of the case whose switches are loaded.",
    ),
    (
        "model_gives",
        "Label before the outcome the model gives a case.",
    ),
    (
        "coded_column",
        "Column heading for how a case codes a switch.",
    ),
    ("why_column", "Column heading for the reason of a coding."),
    (
        "articles_heading",
        "Heading over the two articles in the sources.",
    ),
    (
        "about_model_heading",
        "Heading over the note about the model in the sources.",
    ),
    ("about_model", "What the model is, for the sources section."),
    (
        "model_notes_link",
        "Link text to the model's full documentation.",
    ),
    ("credits_note", "How the explainer treats its sources."),
    (
        "no_outlet",
        "Shown in place of an outlet the source does not name.",
    ),
    (
        "records_heading",
        "Heading over the reports and records in the sources.",
    ),
    (
        "url_note_intro",
        "Start of the note shown when part of a link could not be used.",
    ),
    (
        "url_note_dismiss",
        "Button that closes the note about an ignored link.",
    ),
    (
        "ignored_too_long",
        "An ignored part: the link was too long; {length} is its length in characters.",
    ),
    (
        "ignored_unknown_parameter",
        "An ignored part: a setting the explainer does not know; {text} is its name.",
    ),
    (
        "ignored_unknown_condition",
        "An ignored part: an unknown condition; {text} is what the link said.",
    ),
    (
        "ignored_unknown_factor",
        "An ignored part: an unknown context factor; {text} is what the link said.",
    ),
    (
        "ignored_unknown_step",
        "An ignored part: an unknown step; {text} is what the link said.",
    ),
    (
        "ignored_unknown_preset",
        "An ignored part: an unknown case; {text} is what the link said.",
    ),
    (
        "ignored_bad_value",
        "An ignored part: a value a setting cannot take; {text} is the value, {param} the setting.",
    ),
    (
        "ignored_repeated",
        "An ignored part: a setting given twice; {param} is the setting.",
    ),
    (
        "ignored_more",
        "The end of a long list of ignored parts; {n} is how many more.",
    ),
    ("share_heading", "Heading over the share buttons."),
    ("share_intro", "One sentence under the share heading."),
    (
        "copy_link",
        "Button that copies a link to the reader's scenario.",
    ),
    (
        "copy_embed",
        "Button that copies the responsive embed code.",
    ),
    (
        "copy_embed_fixed",
        "Button that copies embed code for pages that allow no scripts.",
    ),
    (
        "copied",
        "Confirmation after copying; {what} is what was copied.",
    ),
    ("copied_link", "What was copied: the link."),
    (
        "copied_embed",
        "What was copied: the responsive embed code.",
    ),
    (
        "copied_embed_fixed",
        "What was copied: the fixed-height embed code.",
    ),
    (
        "copy_image",
        "Button that copies the scenario's image, linked to the explainer, for hosts that take no iframes.",
    ),
    ("copied_image", "What was copied: the image code."),
    (
        "image_link",
        "Link that opens the scenario's image (to download it for print or an app).",
    ),
    (
        "handout_link",
        "Link to the one-page handout of the reader's scenario, with its citations and a link to compare it.",
    ),
    (
        "image_alt",
        "The scenario image's text alternative; {conditions} and {context} are the summaries of the switches, {outcome} the verdict's label.",
    ),
    (
        "copy_failed",
        "Shown when the browser does not allow copying; the text is shown selected below it.",
    ),
    (
        "copy_box_label",
        "Accessible name of the box that shows the text to copy by hand.",
    ),
    (
        "embed_title",
        "The title attribute of the embed iframe, read by screen readers on the host page.",
    ),
    (
        "full_explainer_link",
        "Link in embed mode to the full explainer.",
    ),
    (
        "embed_context",
        "The compact embed's disclosure of the context switches; {on} is how many are on.",
    ),
    (
        "ignored_not_from_host",
        "An ignored part of a host page's message: a setting only the link can set; {param} is the setting.",
    ),
];

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

/// A publication the content cites.
#[derive(Clone, Debug, Default)]
pub struct Source {
    pub id: String,
    pub kind: String,
    pub authors: String,
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub iso_date: String,
    pub url: String,
    pub citation: String,
    pub note: String,
}

/// One step of the argument.
#[derive(Clone, Debug, Default)]
pub struct Step {
    pub id: String,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub sources: Vec<String>,
}

/// The words for a condition or a context factor.
#[derive(Clone, Debug, Default)]
pub struct InputText {
    pub id: String,
    pub title: String,
    pub short_name: String,
    pub description: String,
    pub explanation: String,
    /// What the source article said: the 2020 article for a condition, the 2026 piece for a
    /// context factor.
    pub article: String,
    pub sources: Vec<String>,
}

/// The words for an outcome.
#[derive(Clone, Debug, Default)]
pub struct OutcomeText {
    pub id: String,
    pub label: String,
    pub phrase: String,
    pub description: String,
}

/// The words for a gate.
#[derive(Clone, Debug, Default)]
pub struct GateText {
    pub id: String,
    pub name: String,
    pub phrase: String,
    pub description: String,
}

/// How a preset codes one input.
#[derive(Clone, Debug, Default)]
pub struct Coding {
    pub on: bool,
    pub partly: bool,
    pub reason: String,
    /// The sources the reason rests on (at least one).
    pub sources: Vec<String>,
}

/// A preset: a historical case or a reading of one of the articles.
#[derive(Clone, Debug, Default)]
pub struct Preset {
    pub id: String,
    pub name: String,
    pub date: String,
    pub iso_date: String,
    pub summary: String,
    pub outcome: Option<Outcome>,
    pub outcome_note: String,
    pub sources: Vec<String>,
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

/// One dated event.
#[derive(Clone, Debug, Default)]
pub struct Event {
    pub date: String,
    pub iso_date: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// The events since the 2026 piece, with the words around them.
#[derive(Clone, Debug, Default)]
pub struct Since {
    pub heading: String,
    pub intro: String,
    /// What is not known, said plainly.
    pub unknown: String,
    pub events: Vec<Event>,
}

/// One entry in the public list of corrections and updates.
#[derive(Clone, Debug, Default)]
pub struct Correction {
    /// ISO 8601, a full date.
    pub iso_date: String,
    /// The same date as the reader reads it, e.g. "23 November 2026".
    pub date: String,
    pub text: String,
}

/// When the content was last reviewed, what it covers, the model's version and the corrections.
#[derive(Clone, Debug, Default)]
pub struct Review {
    pub last_reviewed_iso: String,
    pub covered_until_iso: String,
    pub model_version: String,
    /// `review_line` with its dates filled in.
    pub review_line: String,
    /// `model_line` with the version filled in.
    pub model_line: String,
    pub corrections_heading: String,
    pub corrections_intro: String,
    /// Newest first.
    pub corrections: Vec<Correction>,
}

/// What a switch note says for one input.
#[derive(Clone, Debug, Default)]
pub struct SwitchText {
    pub on: String,
    pub off: String,
    /// Used instead of `on` when the input holds but earns nothing.
    pub on_idle: Option<String>,
    /// Used instead of `off` when the input held but earned nothing.
    pub off_idle: Option<String>,
}

/// A note for switching one input that changes whether another counts.
#[derive(Clone, Debug, Default)]
pub struct InteractionText {
    pub input: Option<Input>,
    pub affects: Option<Input>,
    pub on: String,
    pub off: String,
}

/// The narrative fragments.
#[derive(Clone, Debug, Default)]
pub struct NarrativeText {
    pub context_none: String,
    pub context_capped: String,
    /// For each context factor: the sentence when it holds and counts, and when it holds idle.
    pub factor: Vec<(String, Option<String>)>,
    /// `(outcome, shut gates, text, summary)`.
    pub constraints: Vec<(Outcome, Vec<Gate>, String, String)>,
    /// The "what would help most" sentence for each input the model can suggest.
    pub help: BTreeMap<usize, String>,
    /// The sentence for when no single switch helps, by outcome.
    pub no_single_change: BTreeMap<usize, String>,
    /// In [`Input::ALL`] order.
    pub switches: Vec<SwitchText>,
    pub interactions: Vec<InteractionText>,
    /// `rise`, `fall`, `meter`, `capped`, `still`, `several`, `several_same`.
    pub effects: BTreeMap<String, String>,
}

/// The reader's words for the summary sentences.
#[derive(Clone, Debug, Default)]
pub struct SummaryText {
    pub none: String,
    pub all: String,
    pub some: String,
    pub and: String,
}

/// All the content, read and checked.
#[derive(Clone, Debug, Default)]
pub struct Content {
    /// `(field, text)` in [`SITE_FIELDS`] order.
    pub site: Vec<(String, String)>,
    pub conditions_summary: SummaryText,
    pub context_summary: SummaryText,
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
    pub situations: Vec<String>,
    pub narrative: NarrativeText,
    pub presets: Vec<Preset>,
    pub sources: Vec<Source>,
    pub timeline: Vec<Event>,
    pub since: Since,
    pub review: Review,
}

/// The effect sentences `narrative.toml` must have, with the placeholders each may use.
pub const EFFECTS: [(&str, &[&str]); 7] = [
    ("rise", &["before", "after"]),
    ("fall", &["before", "after"]),
    ("meter", &["outcome", "from", "to"]),
    ("capped", &["outcome", "gate"]),
    ("still", &["outcome"]),
    ("several", &["before", "after"]),
    ("several_same", &["outcome"]),
];

/// Read and check every content file. `files` maps each name in [`FILES`] to the file's path as
/// the messages should show it and its text.
pub fn load(files: &BTreeMap<String, (String, String)>) -> Result<Content, Vec<ContentError>> {
    let mut errors = Errors::default();
    let mut tables = BTreeMap::new();
    for name in FILES {
        match files.get(name) {
            None => errors.push(
                &format!("content/{name}"),
                "(file)",
                "missing: the explainer needs this file",
            ),
            Some((path, text)) => match text.parse::<toml::Table>() {
                Ok(table) => {
                    tables.insert(name, (path.clone(), table));
                }
                Err(e) => errors.push(
                    path,
                    "(file)",
                    &format!("not valid TOML: {}", e.to_string().trim()),
                ),
            },
        }
    }
    if !errors.0.is_empty() {
        return Err(errors.0);
    }
    let file = |name: &str| {
        let (path, table) = &tables[name];
        File {
            path: path.as_str(),
            root: table,
        }
    };

    let sources = read_sources(&mut errors, file("sources.toml"));
    let source_ids: BTreeSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    let refs = Refs {
        sources: &source_ids,
    };
    let (site, conditions_summary, context_summary) = read_site(&mut errors, file("site.toml"));
    let timeline = read_timeline(&mut errors, file("timeline.toml"), &refs);
    let since = read_since(&mut errors, file("timeline.toml"), &refs, &timeline);
    let mut content = Content {
        site,
        conditions_summary,
        context_summary,
        steps: read_steps(&mut errors, file("argument.toml"), &refs),
        conditions: read_inputs(
            &mut errors,
            file("conditions.toml"),
            "condition",
            &Condition::ALL.map(|c| c.id()),
            "article_2020",
            &refs,
        ),
        factors: read_inputs(
            &mut errors,
            file("context.toml"),
            "factor",
            &ContextFactor::ALL.map(|f| f.id()),
            "article_2026",
            &refs,
        ),
        outcomes: read_outcomes(&mut errors, file("outcomes.toml")),
        gates: read_gates(&mut errors, file("gates.toml")),
        situations: read_situations(&mut errors, file("situations.toml")),
        narrative: read_narrative(&mut errors, file("narrative.toml")),
        presets: read_presets(&mut errors, file("presets.toml"), &refs),
        timeline,
        since,
        review: Review::default(),
        sources,
    };
    // The fingerprint is compared only when everything else is sound: broken cases have no
    // meaningful fingerprint.
    let sound = errors.0.is_empty();
    content.review = read_review(&mut errors, file("review.toml"), &content.presets, sound);
    if errors.0.is_empty() {
        Ok(content)
    } else {
        Err(errors.0)
    }
}

#[derive(Default)]
struct Errors(Vec<ContentError>);

impl Errors {
    fn push(&mut self, file: &str, entry: &str, fault: &str) {
        self.0.push(ContentError {
            file: file.to_string(),
            entry: entry.to_string(),
            fault: fault.to_string(),
        });
    }
}

#[derive(Clone, Copy)]
struct File<'a> {
    path: &'a str,
    root: &'a toml::Table,
}

struct Refs<'a> {
    sources: &'a BTreeSet<String>,
}

impl File<'_> {
    /// The entries of the array of tables `[[key]]`; a fault if it is missing or empty.
    fn entries(&self, errors: &mut Errors, key: &str) -> Vec<&toml::Table> {
        match self.root.get(key) {
            None => {
                errors.push(
                    self.path,
                    "(file)",
                    &format!("missing the [[{key}]] entries"),
                );
                Vec::new()
            }
            Some(toml::Value::Array(items)) => {
                let tables: Vec<_> = items.iter().filter_map(|v| v.as_table()).collect();
                if tables.len() != items.len() || tables.is_empty() {
                    errors.push(
                        self.path,
                        "(file)",
                        &format!("[[{key}]] must be a non-empty list of tables"),
                    );
                }
                tables
            }
            Some(_) => {
                errors.push(
                    self.path,
                    "(file)",
                    &format!("{key} must be [[{key}]] entries"),
                );
                Vec::new()
            }
        }
    }

    /// Fault on any top-level key other than `known`.
    fn only(&self, errors: &mut Errors, known: &[&str]) {
        for key in self.root.keys() {
            if !known.contains(&key.as_str()) {
                errors.push(self.path, "(file)", &format!("unknown field \"{key}\""));
            }
        }
    }

    /// A reader for one entry, named `kind "id"` (or `kind #n` when it has no usable id).
    fn entry<'a>(&'a self, table: &'a toml::Table, kind: &str, n: usize) -> Entry<'a> {
        let name = match table.get("id").and_then(|v| v.as_str()) {
            Some(id) => format!("{kind} \"{id}\""),
            None => format!("{kind} #{}", n + 1),
        };
        Entry {
            path: self.path,
            name,
            table,
        }
    }

    /// A reader for a top-level table `[key]`, named by its key.
    fn section<'a>(&'a self, errors: &mut Errors, key: &str) -> Option<Entry<'a>> {
        match self.root.get(key) {
            Some(toml::Value::Table(table)) => Some(Entry {
                path: self.path,
                name: format!("[{key}]"),
                table,
            }),
            Some(_) => {
                errors.push(self.path, &format!("[{key}]"), "must be a table");
                None
            }
            None => {
                errors.push(self.path, &format!("[{key}]"), "missing section");
                None
            }
        }
    }

    /// A reader for the whole file's top-level strings.
    fn top(&self) -> Entry<'_> {
        Entry {
            path: self.path,
            name: "(file)".to_string(),
            table: self.root,
        }
    }
}

struct Entry<'a> {
    path: &'a str,
    name: String,
    table: &'a toml::Table,
}

impl Entry<'_> {
    fn fault(&self, errors: &mut Errors, fault: &str) {
        errors.push(self.path, &self.name, fault);
    }

    /// Fault on any field other than `known`.
    fn only(&self, errors: &mut Errors, known: &[&str]) {
        for key in self.table.keys() {
            if !known.contains(&key.as_str()) {
                self.fault(errors, &format!("unknown field \"{key}\""));
            }
        }
    }

    /// A required string field that may be empty.
    fn text_or_empty(&self, errors: &mut Errors, key: &str) -> String {
        match self.table.get(key) {
            None => {
                self.fault(errors, &format!("missing field \"{key}\""));
                String::new()
            }
            Some(toml::Value::String(s)) => s.trim().to_string(),
            Some(_) => {
                self.fault(errors, &format!("field \"{key}\" must be a string"));
                String::new()
            }
        }
    }

    /// A required string field with some text in it.
    fn text(&self, errors: &mut Errors, key: &str) -> String {
        let text = self.text_or_empty(errors, key);
        if text.is_empty() && self.table.get(key).is_some_and(|v| v.is_str()) {
            self.fault(errors, &format!("field \"{key}\" is empty"));
        }
        text
    }

    /// An optional string field; if present it must have text.
    fn optional_text(&self, errors: &mut Errors, key: &str) -> Option<String> {
        self.table.get(key).map(|_| self.text(errors, key))
    }

    /// A required list of strings, each with text.
    fn list(&self, errors: &mut Errors, key: &str) -> Vec<String> {
        match self.table.get(key) {
            None => {
                self.fault(errors, &format!("missing field \"{key}\""));
                Vec::new()
            }
            Some(toml::Value::Array(items)) => {
                let texts: Vec<String> = items
                    .iter()
                    .filter_map(|v| v.as_str())
                    .map(|s| s.trim().to_string())
                    .collect();
                if texts.len() != items.len() || texts.iter().any(String::is_empty) {
                    self.fault(
                        errors,
                        &format!("field \"{key}\" must be a list of non-empty strings"),
                    );
                }
                texts
            }
            Some(_) => {
                self.fault(
                    errors,
                    &format!("field \"{key}\" must be a list of strings"),
                );
                Vec::new()
            }
        }
    }

    /// A required list of source ids, each known.
    fn sources(&self, errors: &mut Errors, refs: &Refs) -> Vec<String> {
        let ids = self.list(errors, "sources");
        for id in &ids {
            if !refs.sources.contains(id) {
                self.fault(errors, &format!("unknown source id \"{id}\""));
            }
        }
        ids
    }

    /// A required list of source ids, each known, with at least one: `what` says what must be
    /// sourced, for the message.
    fn cited(&self, errors: &mut Errors, refs: &Refs, what: &str) -> Vec<String> {
        let ids = self.sources(errors, refs);
        if ids.is_empty() && self.table.get("sources").is_some_and(|v| v.is_array()) {
            self.fault(
                errors,
                &format!("cites no source: {what} needs at least one a reader can check"),
            );
        }
        ids
    }

    fn boolean(&self, errors: &mut Errors, key: &str, default: Option<bool>) -> bool {
        match (self.table.get(key), default) {
            (None, Some(d)) => d,
            (None, None) => {
                self.fault(errors, &format!("missing field \"{key}\""));
                false
            }
            (Some(toml::Value::Boolean(b)), _) => *b,
            (Some(_), _) => {
                self.fault(errors, &format!("field \"{key}\" must be true or false"));
                false
            }
        }
    }

    /// The entry's id: required, well formed.
    fn id(&self, errors: &mut Errors) -> String {
        let id = self.text(errors, "id");
        if !id.is_empty() && !is_valid_id(&id) {
            self.fault(
                errors,
                &format!("id \"{id}\" must start with a letter and use only a-z, 0-9 and '-'"),
            );
        }
        id
    }

    /// A text that may use only the `allowed` placeholders, and must use the `required` ones.
    fn template(
        &self,
        errors: &mut Errors,
        key: &str,
        allowed: &[&str],
        required: &[&str],
    ) -> String {
        let text = self.text(errors, key);
        check_placeholders(errors, self.path, &self.name, key, &text, allowed, required);
        text
    }
}

/// The most characters a scenario's summary may have: the compact embed must fit one phone
/// screen (docs/EMBED.md).
pub const MAX_SUMMARY_CHARS: usize = 160;

/// A scenario's summary for the compact embed: one or two sentences, short enough to fit.
fn check_embed_summary(errors: &mut Errors, e: &Entry, summary: &str) {
    let chars = summary.chars().count();
    if chars > MAX_SUMMARY_CHARS {
        e.fault(
            errors,
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
        e.fault(
            errors,
            &format!("summary has {sentences} sentences; write one or two"),
        );
    }
}

fn check_placeholders(
    errors: &mut Errors,
    path: &str,
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
            errors.push(
                path,
                entry,
                &format!(
                    "field \"{key}\" uses unknown placeholder {{{name}}} (allowed: {allowed})"
                ),
            );
        }
    }
    for name in required {
        if !text.is_empty() && !used.iter().any(|u| u == name) {
            errors.push(
                path,
                entry,
                &format!("field \"{key}\" must name {{{name}}}"),
            );
        }
    }
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

/// Check that ids are unique, reporting each repeat.
fn check_unique(errors: &mut Errors, path: &str, kind: &str, ids: &[String]) {
    let mut seen = BTreeSet::new();
    for id in ids.iter().filter(|id| !id.is_empty()) {
        if !seen.insert(id.as_str()) {
            errors.push(
                path,
                &format!("{kind} \"{id}\""),
                &format!("duplicate id \"{id}\""),
            );
        }
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

fn read_sources(errors: &mut Errors, file: File) -> Vec<Source> {
    file.only(errors, &["source"]);
    let mut sources = Vec::new();
    for (n, table) in file.entries(errors, "source").into_iter().enumerate() {
        let e = file.entry(table, "source", n);
        e.only(
            errors,
            &[
                "id", "kind", "authors", "title", "outlet", "date", "iso_date", "url", "citation",
                "note",
            ],
        );
        let source = Source {
            id: e.id(errors),
            kind: e.text(errors, "kind"),
            authors: e.text_or_empty(errors, "authors"),
            title: e.text(errors, "title"),
            outlet: e.text_or_empty(errors, "outlet"),
            date: e.text(errors, "date"),
            iso_date: e.text_or_empty(errors, "iso_date"),
            url: e.text_or_empty(errors, "url"),
            citation: e.text(errors, "citation"),
            note: e.text_or_empty(errors, "note"),
        };
        if !source.kind.is_empty()
            && !["article", "theory", "record"].contains(&source.kind.as_str())
        {
            e.fault(
                errors,
                &format!(
                    "kind \"{}\" must be \"article\", \"theory\" or \"record\"",
                    source.kind
                ),
            );
        }
        if !source.iso_date.is_empty() && !is_iso_date(&source.iso_date) {
            e.fault(
                errors,
                &format!(
                    "iso_date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD",
                    source.iso_date
                ),
            );
        }
        if source.url.is_empty() && ["article", "record"].contains(&source.kind.as_str()) {
            e.fault(
                errors,
                &format!(
                    "has no url: a {} is published on the web, so give the link a reader can open",
                    if source.kind == "record" {
                        "report or record"
                    } else {
                        "article"
                    }
                ),
            );
        }
        let linked = ["https://", "http://"]
            .iter()
            .any(|scheme| source.url.starts_with(scheme));
        if !source.url.is_empty() && !linked {
            e.fault(
                errors,
                &format!("url \"{}\" must start with https:// or http://", source.url),
            );
        }
        sources.push(source);
    }
    let ids: Vec<String> = sources.iter().map(|s| s.id.clone()).collect();
    check_unique(errors, file.path, "source", &ids);
    for id in REQUIRED_SOURCES {
        if !ids.iter().any(|i| i == id) {
            errors.push(
                file.path,
                &format!("source \"{id}\""),
                "missing: the app names this source",
            );
        }
    }
    sources
}

fn read_summary(errors: &mut Errors, file: File, key: &str) -> SummaryText {
    let Some(e) = file.section(errors, key) else {
        return SummaryText::default();
    };
    e.only(errors, &["none", "all", "some", "and"]);
    SummaryText {
        none: e.template(errors, "none", &[], &[]),
        all: e.template(errors, "all", &[], &[]),
        some: e.template(
            errors,
            "some",
            &["present", "missing"],
            &["present", "missing"],
        ),
        and: e.template(errors, "and", &[], &[]),
    }
}

/// The site strings that are templates, with the placeholders each must use (and may only use).
pub const SITE_PLACEHOLDERS: [(&str, &[&str]); 18] = [
    ("step_progress", &["n", "total"]),
    ("image_alt", &["conditions", "context", "outcome"]),
    ("embed_context", &["on"]),
    ("meter_label", &["score", "outcome"]),
    ("score_text", &["score"]),
    ("uncapped_text", &["points"]),
    ("table_row", &["n"]),
    ("ignored_too_long", &["length"]),
    ("ignored_unknown_parameter", &["text"]),
    ("ignored_unknown_condition", &["text"]),
    ("ignored_unknown_factor", &["text"]),
    ("ignored_unknown_step", &["text"]),
    ("ignored_unknown_preset", &["text"]),
    ("ignored_bad_value", &["text", "param"]),
    ("ignored_repeated", &["param"]),
    ("ignored_more", &["n"]),
    ("copied", &["what"]),
    ("ignored_not_from_host", &["param"]),
];

/// The site strings in [`SITE_FIELDS`] order, then the two summaries' words.
fn read_site(errors: &mut Errors, file: File) -> (Vec<(String, String)>, SummaryText, SummaryText) {
    let mut known: Vec<&str> = SITE_FIELDS.iter().map(|(k, _)| *k).collect();
    known.extend(["conditions_summary", "context_summary"]);
    file.only(errors, &known);
    let top = file.top();
    let site = SITE_FIELDS
        .iter()
        .map(|(key, _)| {
            let placeholders = SITE_PLACEHOLDERS
                .iter()
                .find(|(k, _)| k == key)
                .map_or(&[][..], |(_, p)| *p);
            let text = top.template(errors, key, placeholders, placeholders);
            (key.to_string(), text)
        })
        .collect();
    (
        site,
        read_summary(errors, file, "conditions_summary"),
        read_summary(errors, file, "context_summary"),
    )
}

fn read_steps(errors: &mut Errors, file: File, refs: &Refs) -> Vec<Step> {
    file.only(errors, &["step"]);
    let mut steps = Vec::new();
    for (n, table) in file.entries(errors, "step").into_iter().enumerate() {
        let e = file.entry(table, "step", n);
        e.only(errors, &["id", "heading", "paragraphs", "sources"]);
        let step = Step {
            id: e.id(errors),
            heading: e.text(errors, "heading"),
            paragraphs: e.list(errors, "paragraphs"),
            sources: e.sources(errors, refs),
        };
        if step.paragraphs.is_empty() && table.contains_key("paragraphs") {
            e.fault(errors, "has no paragraphs");
        }
        for (i, p) in step.paragraphs.iter().enumerate() {
            check_placeholders(
                errors,
                file.path,
                &e.name,
                &format!("paragraphs[{i}]"),
                p,
                &[],
                &[],
            );
        }
        steps.push(step);
    }
    let ids: Vec<String> = steps.iter().map(|s| s.id.clone()).collect();
    check_unique(errors, file.path, "step", &ids);
    for id in REQUIRED_STEPS {
        if !ids.iter().any(|i| i == id) {
            errors.push(
                file.path,
                &format!("step \"{id}\""),
                "missing: the explainer needs this step",
            );
        }
    }
    steps
}

/// Read the `[[kind]]` entries that describe inputs, one per id in `ids`, returned in that order.
fn read_inputs(
    errors: &mut Errors,
    file: File,
    kind: &str,
    ids: &[&str],
    article_field: &str,
    refs: &Refs,
) -> Vec<InputText> {
    file.only(errors, &[kind]);
    let mut found: Vec<Option<InputText>> = vec![None; ids.len()];
    let mut all_ids = Vec::new();
    for (n, table) in file.entries(errors, kind).into_iter().enumerate() {
        let e = file.entry(table, kind, n);
        e.only(
            errors,
            &[
                "id",
                "title",
                "short_name",
                "description",
                "explanation",
                article_field,
                "sources",
            ],
        );
        let text = InputText {
            id: e.id(errors),
            title: e.text(errors, "title"),
            short_name: e.text(errors, "short_name"),
            description: e.text(errors, "description"),
            explanation: e.text(errors, "explanation"),
            article: e.text(errors, article_field),
            sources: e.sources(errors, refs),
        };
        all_ids.push(text.id.clone());
        match ids.iter().position(|&id| id == text.id) {
            Some(i) => {
                if found[i].is_none() {
                    found[i] = Some(text);
                }
            }
            None if text.id.is_empty() => {}
            None => e.fault(
                errors,
                &format!(
                    "unknown {kind} id \"{}\" (known: {})",
                    text.id,
                    ids.join(", ")
                ),
            ),
        }
    }
    check_unique(errors, file.path, kind, &all_ids);
    ids.iter()
        .zip(found)
        .map(|(id, text)| {
            text.unwrap_or_else(|| {
                errors.push(
                    file.path,
                    &format!("{kind} \"{id}\""),
                    "missing: every one needs an entry",
                );
                InputText::default()
            })
        })
        .collect()
}

fn read_outcomes(errors: &mut Errors, file: File) -> Vec<OutcomeText> {
    file.only(errors, &["outcome"]);
    let mut found: Vec<Option<OutcomeText>> = vec![None; Outcome::ALL.len()];
    let mut all_ids = Vec::new();
    for (n, table) in file.entries(errors, "outcome").into_iter().enumerate() {
        let e = file.entry(table, "outcome", n);
        e.only(errors, &["id", "label", "phrase", "description"]);
        let text = OutcomeText {
            id: e.id(errors),
            label: e.text(errors, "label"),
            phrase: e.text(errors, "phrase"),
            description: e.text(errors, "description"),
        };
        all_ids.push(text.id.clone());
        match Outcome::from_id(&text.id) {
            Some(o) => {
                if found[o.index()].is_none() {
                    found[o.index()] = Some(text);
                }
            }
            None if text.id.is_empty() => {}
            None => e.fault(errors, &format!("unknown outcome id \"{}\"", text.id)),
        }
    }
    check_unique(errors, file.path, "outcome", &all_ids);
    Outcome::ALL
        .into_iter()
        .zip(found)
        .map(|(o, text)| {
            text.unwrap_or_else(|| {
                errors.push(
                    file.path,
                    &format!("outcome \"{}\"", o.id()),
                    "missing: every outcome needs an entry",
                );
                OutcomeText::default()
            })
        })
        .collect()
}

fn read_gates(errors: &mut Errors, file: File) -> Vec<GateText> {
    file.only(errors, &["gate"]);
    let mut found: Vec<Option<GateText>> = vec![None; Gate::ALL.len()];
    let mut all_ids = Vec::new();
    for (n, table) in file.entries(errors, "gate").into_iter().enumerate() {
        let e = file.entry(table, "gate", n);
        e.only(errors, &["id", "name", "phrase", "description"]);
        let text = GateText {
            id: e.id(errors),
            name: e.text(errors, "name"),
            phrase: e.text(errors, "phrase"),
            description: e.text(errors, "description"),
        };
        all_ids.push(text.id.clone());
        match Gate::from_id(&text.id) {
            Some(g) => {
                if found[g.index()].is_none() {
                    found[g.index()] = Some(text);
                }
            }
            None if text.id.is_empty() => {}
            None => e.fault(errors, &format!("unknown gate id \"{}\"", text.id)),
        }
    }
    check_unique(errors, file.path, "gate", &all_ids);
    Gate::ALL
        .into_iter()
        .zip(found)
        .map(|(g, text)| {
            text.unwrap_or_else(|| {
                errors.push(
                    file.path,
                    &format!("gate \"{}\"", g.id()),
                    "missing: every gate needs an entry",
                );
                GateText::default()
            })
        })
        .collect()
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

fn read_situations(errors: &mut Errors, file: File) -> Vec<String> {
    file.only(errors, &["situation"]);
    let mut found: Vec<Option<String>> = vec![None; 16];
    for (n, table) in file.entries(errors, "situation").into_iter().enumerate() {
        let mut e = file.entry(table, "situation", n);
        e.only(errors, &["conditions", "text"]);
        let ids = e.list(errors, "conditions");
        let mut bits = 0u8;
        let mut known = true;
        for id in &ids {
            match Condition::from_id(id) {
                Some(c) => bits |= 1 << c.index(),
                None => {
                    known = false;
                    e.fault(errors, &format!("unknown condition id \"{id}\""));
                }
            }
        }
        if known && table.contains_key("conditions") {
            e.name = format!("situation \"{}\"", combination_name(bits));
        }
        let text = e.template(errors, "text", &[], &[]);
        if !known || !table.contains_key("conditions") {
            continue;
        }
        if found[usize::from(bits)].is_some() {
            e.fault(
                errors,
                "duplicate: another situation covers the same combination",
            );
        } else if let Some(other) = found
            .iter()
            .position(|t| t.as_deref() == Some(text.as_str()))
        {
            e.fault(
                errors,
                &format!(
                    "same text as situation \"{}\": each combination needs its own",
                    combination_name(other as u8)
                ),
            );
            found[usize::from(bits)] = Some(text);
        } else {
            found[usize::from(bits)] = Some(text);
        }
    }
    found
        .into_iter()
        .enumerate()
        .map(|(bits, text)| {
            text.unwrap_or_else(|| {
                errors.push(
                    file.path,
                    &format!("situation \"{}\"", combination_name(bits as u8)),
                    "narrative gap: no situation text for this combination of conditions",
                );
                String::new()
            })
        })
        .collect()
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

fn input_id(errors: &mut Errors, e: &Entry, key: &str) -> Option<Input> {
    let id = e.text(errors, key);
    if id.is_empty() {
        return None;
    }
    let input = Input::from_id(&id);
    if input.is_none() {
        e.fault(errors, &format!("unknown condition or context id \"{id}\""));
    }
    input
}

fn read_narrative(errors: &mut Errors, file: File) -> NarrativeText {
    file.only(
        errors,
        &[
            "context",
            "factor",
            "constraint",
            "help",
            "no_single_change",
            "switch",
            "interaction",
            "effect",
        ],
    );
    let needs = needs();
    let mut text = NarrativeText::default();

    if let Some(e) = file.section(errors, "context") {
        e.only(errors, &["none", "capped"]);
        text.context_none = e.template(errors, "none", &[], &[]);
        text.context_capped = e.template(errors, "capped", &["gate"], &["gate"]);
    }

    // One sentence per context factor, plus an idle one where the model can idle it.
    let mut factor: Vec<Option<(String, Option<String>)>> = vec![None; ContextFactor::ALL.len()];
    for (n, table) in file.entries(errors, "factor").into_iter().enumerate() {
        let e = file.entry(table, "factor", n);
        e.only(errors, &["id", "text", "idle"]);
        let id = e.text(errors, "id");
        let sentence = e.template(errors, "text", &[], &[]);
        let idle = e.optional_text(errors, "idle");
        let Some(f) = ContextFactor::from_id(&id) else {
            if !id.is_empty() {
                e.fault(errors, &format!("unknown context id \"{id}\""));
            }
            continue;
        };
        let input = Input::Context(f);
        match (&idle, needs.idle.get(&input)) {
            (None, Some(example)) => e.fault(
                errors,
                &format!("missing field \"idle\": the model gives it no points in some scenarios (e.g. {})", describe(*example)),
            ),
            (Some(_), None) => e.fault(errors, "field \"idle\" is never used: the model always counts this factor"),
            _ => {}
        }
        if factor[f.index()].is_some() {
            e.fault(errors, &format!("duplicate id \"{id}\""));
        } else {
            factor[f.index()] = Some((sentence, idle));
        }
    }
    text.factor = ContextFactor::ALL
        .into_iter()
        .zip(factor)
        .map(|(f, t)| {
            t.unwrap_or_else(|| {
                errors.push(
                    file.path,
                    &format!("factor \"{}\"", f.id()),
                    "narrative gap: no sentence for this factor",
                );
                Default::default()
            })
        })
        .collect();

    // The binding constraint, for every (outcome, shut gates) the model produces.
    let mut seen = BTreeSet::new();
    for (n, table) in file.entries(errors, "constraint").into_iter().enumerate() {
        let mut e = file.entry(table, "constraint", n);
        e.only(errors, &["outcome", "gates", "text", "summary"]);
        let outcome_id = e.text(errors, "outcome");
        let gate_ids = e.list(errors, "gates");
        let outcome = Outcome::from_id(&outcome_id);
        if outcome.is_none() && !outcome_id.is_empty() {
            e.fault(errors, &format!("unknown outcome id \"{outcome_id}\""));
        }
        let mut gates: Vec<Gate> = Vec::new();
        for id in &gate_ids {
            match Gate::from_id(id) {
                Some(g) => gates.push(g),
                None => e.fault(errors, &format!("unknown gate id \"{id}\"")),
            }
        }
        gates.sort();
        gates.dedup();
        let Some(outcome) = outcome else { continue };
        if gates.len() != gate_ids.len() {
            let _ = e.template(errors, "text", &["gate"], &[]);
            continue;
        }
        e.name = format!(
            "constraint \"{}\" with gates \"{}\"",
            outcome.id(),
            gates_name(&gates)
        );
        let required: &[&str] = if gates.is_empty() { &[] } else { &["gate"] };
        let sentence = e.template(errors, "text", &["gate"], required);
        let summary = e.template(errors, "summary", &[], &[]);
        check_embed_summary(errors, &e, &summary);
        let key = (outcome, gates);
        if !needs.constraints.contains_key(&key) {
            e.fault(
                errors,
                "never used: the model never produces this outcome with these gates shut",
            );
        } else if !seen.insert(key.clone()) {
            e.fault(
                errors,
                "duplicate: another constraint covers the same outcome and gates",
            );
        } else {
            text.constraints.push((key.0, key.1, sentence, summary));
        }
    }
    for ((outcome, gates), example) in &needs.constraints {
        if !seen.contains(&(*outcome, gates.clone())) {
            errors.push(
                file.path,
                &format!("constraint \"{}\" with gates \"{}\"", outcome.id(), gates_name(gates)),
                &format!("narrative gap: no constraint text for this outcome and these shut gates (e.g. {})", describe(*example)),
            );
        }
    }

    // The most helpful change, for every input the model can suggest.
    for (n, table) in file.entries(errors, "help").into_iter().enumerate() {
        let mut e = file.entry(table, "help", n);
        e.only(errors, &["input", "text"]);
        let input = input_id(errors, &e, "input");
        if let Some(input) = input {
            e.name = format!("help \"{}\"", input.id());
        }
        let sentence = e.template(errors, "text", &["outcome"], &["outcome"]);
        let Some(input) = input else { continue };
        if !needs.help.contains_key(&input) {
            e.fault(
                errors,
                "never used: the model never suggests this switch as the most helpful change",
            );
        } else if text.help.insert(input.index(), sentence).is_some() {
            e.fault(errors, &format!("duplicate id \"{}\"", input.id()));
        }
    }
    for (input, example) in &needs.help {
        if !text.help.contains_key(&input.index()) {
            errors.push(
                file.path,
                &format!("help \"{}\"", input.id()),
                &format!(
                    "narrative gap: no text for suggesting this switch (e.g. {})",
                    describe(*example)
                ),
            );
        }
    }
    for (n, table) in file
        .entries(errors, "no_single_change")
        .into_iter()
        .enumerate()
    {
        let mut e = file.entry(table, "no_single_change", n);
        e.only(errors, &["outcome", "text"]);
        let id = e.text(errors, "outcome");
        let outcome = Outcome::from_id(&id);
        if outcome.is_none() && !id.is_empty() {
            e.fault(errors, &format!("unknown outcome id \"{id}\""));
        }
        if let Some(o) = outcome {
            e.name = format!("no_single_change \"{}\"", o.id());
        }
        let sentence = e.template(errors, "text", &[], &[]);
        let Some(outcome) = outcome else { continue };
        if !needs.no_single_change.contains_key(&outcome) {
            e.fault(
                errors,
                "never used: at this outcome some single switch always helps",
            );
        } else if text
            .no_single_change
            .insert(outcome.index(), sentence)
            .is_some()
        {
            e.fault(errors, &format!("duplicate id \"{}\"", outcome.id()));
        }
    }
    for (outcome, example) in &needs.no_single_change {
        if !text.no_single_change.contains_key(&outcome.index()) {
            errors.push(
                file.path,
                &format!("no_single_change \"{}\"", outcome.id()),
                &format!(
                    "narrative gap: no text for when no single switch helps (e.g. {})",
                    describe(*example)
                ),
            );
        }
    }

    // What each switch means when the reader flips it.
    let mut switches: Vec<Option<SwitchText>> = vec![None; Input::ALL.len()];
    for (n, table) in file.entries(errors, "switch").into_iter().enumerate() {
        let mut e = file.entry(table, "switch", n);
        e.only(errors, &["input", "on", "off", "on_idle", "off_idle"]);
        let input = input_id(errors, &e, "input");
        if let Some(input) = input {
            e.name = format!("switch \"{}\"", input.id());
        }
        let switch = SwitchText {
            on: e.template(errors, "on", &[], &[]),
            off: e.template(errors, "off", &[], &[]),
            on_idle: e.optional_text(errors, "on_idle"),
            off_idle: e.optional_text(errors, "off_idle"),
        };
        let Some(input) = input else { continue };
        let idles = needs.idle.get(&input);
        for (key, value) in [("on_idle", &switch.on_idle), ("off_idle", &switch.off_idle)] {
            match (value, idles) {
                (None, Some(example)) => e.fault(
                    errors,
                    &format!("missing field \"{key}\": the model gives it no points in some scenarios (e.g. {})", describe(*example)),
                ),
                (Some(_), None) => e.fault(errors, &format!("field \"{key}\" is never used: the model always counts this switch")),
                _ => {}
            }
        }
        if switches[input.index()].is_some() {
            e.fault(errors, &format!("duplicate id \"{}\"", input.id()));
        } else {
            switches[input.index()] = Some(switch);
        }
    }
    text.switches = Input::ALL
        .into_iter()
        .zip(switches)
        .map(|(input, s)| {
            s.unwrap_or_else(|| {
                errors.push(
                    file.path,
                    &format!("switch \"{}\"", input.id()),
                    "narrative gap: no note for flipping this switch",
                );
                SwitchText::default()
            })
        })
        .collect();

    // Switching one input that changes whether another counts.
    let mut covered = BTreeSet::new();
    for (n, table) in file.entries(errors, "interaction").into_iter().enumerate() {
        let mut e = file.entry(table, "interaction", n);
        e.only(errors, &["input", "affects", "on", "off"]);
        let input = input_id(errors, &e, "input");
        let affects = input_id(errors, &e, "affects");
        if let (Some(i), Some(a)) = (input, affects) {
            e.name = format!("interaction \"{}\" on \"{}\"", i.id(), a.id());
        }
        let interaction = InteractionText {
            input,
            affects,
            on: e.template(errors, "on", &[], &[]),
            off: e.template(errors, "off", &[], &[]),
        };
        let (Some(i), Some(a)) = (input, affects) else {
            continue;
        };
        if !needs.interactions.contains_key(&(i, a)) {
            e.fault(
                errors,
                "never used: switching the one never changes whether the other counts",
            );
        } else if !covered.insert((i, a)) {
            e.fault(
                errors,
                "duplicate: another interaction covers the same pair",
            );
        } else {
            text.interactions.push(interaction);
        }
    }
    for ((i, a), example) in &needs.interactions {
        if !covered.contains(&(*i, *a)) {
            errors.push(
                file.path,
                &format!("interaction \"{}\" on \"{}\"", i.id(), a.id()),
                &format!("narrative gap: switching the one changes whether the other counts (e.g. from {})", describe(*example)),
            );
        }
    }

    if let Some(e) = file.section(errors, "effect") {
        let keys: Vec<&str> = EFFECTS.iter().map(|(k, _)| *k).collect();
        e.only(errors, &keys);
        for (key, allowed) in EFFECTS {
            let required: &[&str] = match key {
                "rise" | "fall" | "several" => &["before", "after"],
                "capped" => &["gate"],
                _ => &[],
            };
            let sentence = e.template(errors, key, allowed, required);
            text.effects.insert(key.to_string(), sentence);
        }
    }
    text
}

fn read_presets(errors: &mut Errors, file: File, refs: &Refs) -> Vec<Preset> {
    file.only(errors, &["preset"]);
    let mut presets = Vec::new();
    for (n, table) in file.entries(errors, "preset").into_iter().enumerate() {
        let e = file.entry(table, "preset", n);
        e.only(
            errors,
            &[
                "id",
                "name",
                "date",
                "iso_date",
                "summary",
                "outcome",
                "outcome_note",
                "sources",
                "coding",
            ],
        );
        let mut preset = Preset {
            id: e.id(errors),
            name: e.text(errors, "name"),
            date: e.text(errors, "date"),
            iso_date: e.text(errors, "iso_date"),
            summary: e.text(errors, "summary"),
            outcome: None,
            outcome_note: e.text(errors, "outcome_note"),
            sources: e.cited(errors, refs, "a case"),
            codings: vec![Coding::default(); Input::ALL.len()],
        };
        if !preset.iso_date.is_empty() && !is_iso_date(&preset.iso_date) {
            e.fault(
                errors,
                &format!(
                    "iso_date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD",
                    preset.iso_date
                ),
            );
        }
        let outcome_id = e.text(errors, "outcome");
        preset.outcome = Outcome::from_id(&outcome_id);
        if preset.outcome.is_none() && !outcome_id.is_empty() {
            e.fault(errors, &format!("unknown outcome id \"{outcome_id}\""));
        }

        let coding = match table.get("coding") {
            Some(toml::Value::Table(t)) => t.clone(),
            Some(_) => {
                e.fault(
                    errors,
                    "field \"coding\" must be a table of [preset.coding.ID] entries",
                );
                presets.push(preset);
                continue;
            }
            None => toml::Table::new(),
        };
        if coding.is_empty() {
            e.fault(
                errors,
                "names no condition or context factor: code each of them under [preset.coding.ID]",
            );
            presets.push(preset);
            continue;
        }
        let mut coded = [false; 8];
        let mut complete = true;
        for (id, value) in &coding {
            let Some(input) = Input::from_id(id) else {
                complete = false;
                e.fault(errors, &format!("unknown condition or context id \"{id}\""));
                continue;
            };
            let Some(t) = value.as_table() else {
                complete = false;
                e.fault(
                    errors,
                    &format!("coding \"{id}\" must be a table with on, partly, reason and sources"),
                );
                continue;
            };
            let c = Entry {
                path: file.path,
                name: format!("{} coding \"{id}\"", e.name),
                table: t,
            };
            c.only(errors, &["on", "partly", "reason", "sources"]);
            preset.codings[input.index()] = Coding {
                on: c.boolean(errors, "on", None),
                partly: c.boolean(errors, "partly", Some(false)),
                reason: c.template(errors, "reason", &[], &[]),
                sources: c.cited(errors, refs, "every coding's reason"),
            };
            coded[input.index()] = true;
        }
        for input in Input::ALL.into_iter().filter(|i| !coded[i.index()]) {
            complete = false;
            let what = match input {
                Input::Condition(_) => "condition",
                Input::Context(_) => "context factor",
            };
            e.fault(
                errors,
                &format!("does not code the {what} \"{}\"", input.id()),
            );
        }
        if let (true, Some(documented)) = (complete, preset.outcome) {
            let model = assess(preset.scenario()).outcome;
            if model != documented {
                e.fault(
                    errors,
                    &format!(
                        "documented outcome \"{}\" but the model gives \"{}\" for this coding",
                        documented.id(),
                        model.id()
                    ),
                );
            }
        }
        presets.push(preset);
    }
    let ids: Vec<String> = presets.iter().map(|p| p.id.clone()).collect();
    check_unique(errors, file.path, "preset", &ids);
    presets
}

fn read_timeline(errors: &mut Errors, file: File, refs: &Refs) -> Vec<Event> {
    file.only(
        errors,
        &[
            "event",
            "since",
            "since_heading",
            "since_intro",
            "since_unknown",
        ],
    );
    read_events(errors, file, refs, "event")
}

/// The `[[since]]` events and the words around them; they must start after the last of the
/// `timeline`'s events.
fn read_since(errors: &mut Errors, file: File, refs: &Refs, timeline: &[Event]) -> Since {
    let top = file.top();
    let since = Since {
        heading: top.text(errors, "since_heading"),
        intro: top.text(errors, "since_intro"),
        unknown: top.text(errors, "since_unknown"),
        events: read_events(errors, file, refs, "since"),
    };
    let last = timeline.last().map(|e| e.iso_date.as_str());
    let first = since.events.first().map(|e| e.iso_date.as_str());
    if let (Some(last), Some(first)) = (last, first)
        && is_iso_date(last)
        && is_iso_date(first)
        && first < last
    {
        errors.push(
            file.path,
            &format!("since \"{first}\""),
            &format!(
                "out of order: what has happened since must come after the timeline's last event, {last}"
            ),
        );
    }
    since
}

/// The `[[key]]` dated events, oldest first, each with at least one source.
fn read_events(errors: &mut Errors, file: File, refs: &Refs, key: &str) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    for (n, table) in file.entries(errors, key).into_iter().enumerate() {
        let mut e = file.entry(table, key, n);
        e.only(errors, &["date", "iso_date", "text", "sources"]);
        let iso_date = e.text(errors, "iso_date");
        if !iso_date.is_empty() {
            e.name = format!("{key} \"{iso_date}\"");
        }
        let event = Event {
            date: e.text(errors, "date"),
            text: e.text(errors, "text"),
            sources: e.cited(errors, refs, "every dated event"),
            iso_date,
        };
        if !event.iso_date.is_empty() {
            if !is_iso_date(&event.iso_date) {
                e.fault(
                    errors,
                    &format!(
                        "iso_date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD",
                        event.iso_date
                    ),
                );
            } else if let Some(last) = events
                .last()
                .filter(|l| is_iso_date(&l.iso_date) && l.iso_date > event.iso_date)
            {
                e.fault(
                    errors,
                    &format!("out of order: comes after {}", last.iso_date),
                );
            }
        }
        events.push(event);
    }
    events
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2026-11-23" as the reader reads it: "23 November 2026". `None` unless a full, valid date.
pub fn reader_date(iso: &str) -> Option<String> {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if is_iso_date(iso) => {
            let month = MONTHS[m.parse::<usize>().ok()? - 1];
            Some(format!("{} {month} {y}", d.parse::<u32>().ok()?))
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

/// A required full ISO date field; a fault unless it is YYYY-MM-DD.
fn full_date(errors: &mut Errors, e: &Entry, key: &str) -> String {
    let iso = e.text(errors, key);
    if !iso.is_empty() && reader_date(&iso).is_none() {
        e.fault(
            errors,
            &format!("{key} \"{iso}\" is not a full date, YYYY-MM-DD"),
        );
    }
    iso
}

fn read_review(errors: &mut Errors, file: File, presets: &[Preset], sound: bool) -> Review {
    file.only(
        errors,
        &[
            "last_reviewed",
            "covered_until",
            "model_version",
            "model_fingerprint",
            "review_line",
            "model_line",
            "corrections_heading",
            "corrections_intro",
            "correction",
        ],
    );
    let top = file.top();
    let last_reviewed_iso = full_date(errors, &top, "last_reviewed");
    let covered_until_iso = full_date(errors, &top, "covered_until");
    let model_version = top.text(errors, "model_version");
    let fingerprint = top.text(errors, "model_fingerprint");
    let review_line = top.template(
        errors,
        "review_line",
        &["reviewed", "covered"],
        &["reviewed", "covered"],
    );
    let model_line = top.template(errors, "model_line", &["version"], &["version"]);
    let mut review = Review {
        review_line: review_line
            .replace(
                "{reviewed}",
                &reader_date(&last_reviewed_iso).unwrap_or_default(),
            )
            .replace(
                "{covered}",
                &reader_date(&covered_until_iso).unwrap_or_default(),
            ),
        model_line: model_line.replace("{version}", &model_version),
        corrections_heading: top.text(errors, "corrections_heading"),
        corrections_intro: top.text(errors, "corrections_intro"),
        corrections: Vec::new(),
        last_reviewed_iso,
        covered_until_iso,
        model_version,
    };
    if covered_until_iso_after(&review) {
        top.fault(
            errors,
            "covered_until is after last_reviewed: the explainer cannot cover events after its review",
        );
    }
    let mut versions = Vec::new();
    for (n, table) in file.entries(errors, "correction").into_iter().enumerate() {
        let mut e = file.entry(table, "correction", n);
        e.only(errors, &["date", "text", "model_version"]);
        let iso_date = full_date(errors, &e, "date");
        if !iso_date.is_empty() {
            e.name = format!("correction \"{iso_date}\"");
        }
        let correction = Correction {
            date: reader_date(&iso_date).unwrap_or_default(),
            text: e.text(errors, "text"),
            iso_date,
        };
        if let Some(version) = e.optional_text(errors, "model_version") {
            versions.push(version);
        }
        if let Some(newer) = review.corrections.last().filter(|c: &&Correction| {
            !c.date.is_empty() && !correction.date.is_empty() && c.iso_date < correction.iso_date
        }) {
            e.fault(
                errors,
                &format!(
                    "out of order: newest first, but it is newer than {}",
                    newer.iso_date
                ),
            );
        }
        if !correction.date.is_empty()
            && !review.last_reviewed_iso.is_empty()
            && correction.iso_date > review.last_reviewed_iso
        {
            e.fault(errors, "is dated after last_reviewed");
        }
        review.corrections.push(correction);
    }
    if !review.model_version.is_empty() && !versions.contains(&review.model_version) {
        top.fault(
            errors,
            &format!(
                "model version \"{}\" has no corrections entry: say what changed, with model_version = \"{}\"",
                review.model_version, review.model_version
            ),
        );
    }
    let actual = model_fingerprint(presets);
    if sound && !fingerprint.is_empty() && fingerprint != actual {
        top.fault(
            errors,
            &format!(
                "the model or a case's coding changed (model_fingerprint {fingerprint}, now {actual}): give the model a new model_version, add a corrections entry for it, and set model_fingerprint = \"{actual}\""
            ),
        );
    }
    review
}

fn covered_until_iso_after(review: &Review) -> bool {
    !review.covered_until_iso.is_empty()
        && !review.last_reviewed_iso.is_empty()
        && review.covered_until_iso > review.last_reviewed_iso
}
