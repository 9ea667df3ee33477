//! The shape of the classroom kit's content files (`content/kit.toml`, `teaching.toml`,
//! `accessibility.toml`, `glossary.toml`) and what the build checks in them beyond their shape.
//!
//! One pipeline with the explainer's own content: `build.rs` reads these files with
//! `build/content.rs`'s reader (the same `FILE: ENTRY: FAULT` messages, the same pseudo-locale),
//! runs the checks below against the explainer's steps, cases and texts, and stops the build on
//! any fault; then it copies each file, checked, beside the generated code, where the
//! pre-render reads it into these same types (`crate::content::kit`) without checking again.
//! Plain `String`s: every string must have words in it, which the build checks for all of them
//! at once ([`empty_strings`]).

use serde::Deserialize;

/// The words of the kit's own pages (`content/kit.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KitText {
    pub back_link: String,
    pub nav_label: String,
    pub teachers_link: String,
    pub model_link: String,
    pub glossary_link: String,
    pub accessibility_link: String,
    pub handout_label: String,
    pub handout_scenario: String,
    pub handout_case: String,
    pub handout_switches_heading: String,
    pub conditions_column: String,
    pub context_column: String,
    pub state_column: String,
    pub handout_verdict_heading: String,
    pub handout_score: String,
    pub handout_link_heading: String,
    pub handout_link_intro: String,
    pub handout_map_note: String,
    pub handout_key_crisis: String,
    pub handout_key_interim: String,
    pub qr_label: String,
    pub handout_sources_heading: String,
    pub print_button: String,
    pub print_note: String,
    pub model_page_title: String,
    pub model_page_intro: String,
    pub cite_heading: String,
    pub cite_intro: String,
    pub cite_title: String,
    pub cite_medium: String,
    pub copy_button: String,
    pub copied: String,
    pub copy_failed: String,
    pub access_date_unknown: String,
    pub goals_heading: String,
    /// With `{minutes}`.
    pub lesson_heading: String,
    /// With `{minutes}`.
    pub lesson_minutes: String,
    pub open_prefix: String,
    pub links_heading: String,
    pub links_intro: String,
    pub steps_heading: String,
    pub cases_heading: String,
    pub questions_heading: String,
    pub case_questions_heading: String,
    pub model_questions_heading: String,
    pub cautions_heading: String,
    pub contact_heading: String,
    pub contact_line: String,
    pub no_contact: String,
    pub footer_teachers: String,
    pub footer_accessibility: String,
    pub predict_link: String,
    pub predict_heading: String,
    pub predict_intro: String,
    pub predict_legend: String,
    pub predict_reveal: String,
    pub predict_write: String,
    pub handout_questions_heading: String,
    pub handout_references_heading: String,
    pub predict_choose: String,
    /// With `{guess}`; `public/handout.js` fills it in.
    pub predict_same: String,
    /// With `{guess}` and `{outcome}`; `public/handout.js` fills them in.
    pub predict_more_hopeful: String,
    /// With `{guess}` and `{outcome}`; `public/handout.js` fills them in.
    pub predict_less_hopeful: String,
    pub case_handout: String,
    pub case_predict: String,
    pub builder_heading: String,
    pub builder_intro: String,
    pub builder_nojs: String,
    pub builder_conditions: String,
    pub builder_context: String,
    pub builder_case: String,
    pub builder_no_case: String,
    pub builder_step: String,
    pub builder_predict: String,
    pub builder_link: String,
    pub builder_embed: String,
    pub builder_embed_predict: String,
    pub builder_qr: String,
    pub builder_download_qr: String,
    pub builder_copy_link: String,
    pub builder_copy_embed: String,
    pub builder_copied: String,
    pub compare_link: String,
    pub compare_title: String,
    pub compare_intro: String,
    pub compare_nojs: String,
    pub compare_pinned: String,
    pub compare_other: String,
    pub compare_switch: String,
    pub compare_differs: String,
    pub compare_verdict: String,
    pub compare_score: String,
    pub compare_same_switches: String,
    pub compare_no_change: String,
    pub compare_decisive: String,
    pub compare_why_gate_opens: String,
    pub compare_why_gate_shuts: String,
    pub compare_why_points: String,
    pub compare_open: String,
    /// The handout's citation styles, in order.
    pub citation: Vec<CitationStyle>,
}

/// One citation style of the handout (`[[citation]]` in `content/kit.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationStyle {
    pub id: String,
    pub name: String,
    /// The citation, with its placeholders.
    pub text: String,
    /// How it writes the last review's date.
    pub reviewed: String,
    /// How it writes the date the reader opened the page.
    pub accessed: String,
    /// Its own month names, if not the page's.
    pub months: Option<Vec<String>>,
}

impl KitText {
    /// "Score 35 of 100".
    pub fn score(&self, score: u8) -> String {
        self.handout_score.replace("{score}", &score.to_string())
    }

    /// "A 45-minute lesson".
    pub fn lesson(&self, minutes: u32) -> String {
        self.lesson_heading
            .replace("{minutes}", &minutes.to_string())
    }

    /// "(10 minutes)".
    pub fn minutes(&self, minutes: u32) -> String {
        self.lesson_minutes
            .replace("{minutes}", &minutes.to_string())
    }
}

/// `content/teaching.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Teaching {
    pub title: String,
    pub intro: String,
    pub audience: String,
    pub goal: Vec<Goal>,
    pub lesson: Vec<LessonPart>,
    pub case_questions: Vec<CaseQuestions>,
    pub model_questions: Vec<ModelQuestions>,
    pub caution: Vec<Caution>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub text: String,
}

/// One part of the lesson, which may open a step or a case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonPart {
    pub minutes: u32,
    pub title: String,
    pub text: String,
    pub step: Option<String>,
    pub case: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseQuestions {
    pub case: String,
    pub questions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelQuestions {
    pub topic: String,
    pub questions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caution {
    pub text: String,
}

/// How long the lesson is, in minutes.
pub const LESSON_MINUTES: u32 = 45;

impl Teaching {
    /// The discussion questions on `case`, in order.
    pub fn questions_on(&self, case: &str) -> Vec<&str> {
        self.case_questions
            .iter()
            .filter(|q| q.case == case)
            .flat_map(|q| q.questions.iter().map(String::as_str))
            .collect()
    }

    /// What is wrong with the lesson: the parts' minutes must add up to the lesson's length,
    /// every step and case named must exist, and every case needs two discussion questions or
    /// more, as does every judgement call of the model.
    /// `steps` and `cases` are the ids the explainer has.
    pub fn faults(&self, steps: &[&str], cases: &[&str]) -> Vec<String> {
        let mut faults = Vec::new();
        let minutes: u32 = self.lesson.iter().map(|p| p.minutes).sum();
        if minutes != LESSON_MINUTES {
            faults.push(format!(
                "the lesson's parts take {minutes} minutes, not {LESSON_MINUTES}"
            ));
        }
        for part in &self.lesson {
            if let Some(step) = &part.step
                && !steps.contains(&step.as_str())
            {
                faults.push(format!("lesson part {:?}: no step {step:?}", part.title));
            }
            if let Some(case) = &part.case
                && !cases.contains(&case.as_str())
            {
                faults.push(format!("lesson part {:?}: no case {case:?}", part.title));
            }
        }
        for &case in cases {
            let count = self
                .case_questions
                .iter()
                .filter(|q| q.case == case)
                .map(|q| q.questions.len())
                .sum::<usize>();
            if count < 2 {
                faults.push(format!("case {case}: {count} questions, at least 2"));
            }
        }
        for q in &self.case_questions {
            if !cases.contains(&q.case.as_str()) {
                faults.push(format!("questions for an unknown case {:?}", q.case));
            }
        }
        if self.model_questions.is_empty() {
            faults.push("no questions on the model's judgement calls".into());
        }
        for q in &self.model_questions {
            if q.questions.len() < 2 {
                faults.push(format!("model topic {:?}: fewer than 2 questions", q.topic));
            }
        }
        faults
    }
}

/// `content/accessibility.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    pub title: String,
    pub updated: String,
    pub standard: String,
    pub summary: String,
    pub section: Vec<Section>,
    pub labels: Labels,
    pub report: Report,
    pub criterion: Vec<Criterion>,
}

/// The words of the page around the statement and the report.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// With `{standard}` and `{updated}`.
    pub standard_line: String,
    pub report_heading: String,
    pub product_label: String,
    pub version_label: String,
    pub date_label: String,
    pub methods_label: String,
    pub notes_label: String,
    pub summary_label: String,
    /// With `{term}` and `{n}`.
    pub count: String,
    /// With `{level}`.
    pub table_caption: String,
    pub criteria_column: String,
    pub conformance_column: String,
    pub remarks_column: String,
    /// With `{level}`.
    pub criterion_level: String,
    /// Each of [`CONFORMANCE`]'s terms as the page writes it.
    pub terms: std::collections::BTreeMap<String, String>,
    /// WCAG's levels, `A` and `AA`, as the page writes them.
    pub levels: std::collections::BTreeMap<String, String>,
}

impl Labels {
    /// A conformance term as the page writes it.
    pub fn term<'a>(&'a self, term: &'a str) -> &'a str {
        self.terms.get(term).map_or(term, String::as_str)
    }

    /// A WCAG level as the page writes it.
    pub fn level<'a>(&'a self, level: &'a str) -> &'a str {
        self.levels.get(level).map_or(level, String::as_str)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub product: String,
    pub product_version: String,
    pub report_date: String,
    pub evaluation_methods: String,
    pub notes: String,
}

/// One success criterion and how the explainer meets it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub level: String,
    pub conformance: String,
    pub remarks: String,
}

/// The terms the VPAT 2.5 template allows for a criterion.
pub const CONFORMANCE: [&str; 4] = [
    "Supports",
    "Partially Supports",
    "Does Not Support",
    "Not Applicable",
];

/// Every WCAG 2.1 success criterion at levels A and AA, with its level, in order.
pub const WCAG21_A_AA: [(&str, &str); 50] = [
    ("1.1.1", "A"),
    ("1.2.1", "A"),
    ("1.2.2", "A"),
    ("1.2.3", "A"),
    ("1.2.4", "AA"),
    ("1.2.5", "AA"),
    ("1.3.1", "A"),
    ("1.3.2", "A"),
    ("1.3.3", "A"),
    ("1.3.4", "AA"),
    ("1.3.5", "AA"),
    ("1.4.1", "A"),
    ("1.4.2", "A"),
    ("1.4.3", "AA"),
    ("1.4.4", "AA"),
    ("1.4.5", "AA"),
    ("1.4.10", "AA"),
    ("1.4.11", "AA"),
    ("1.4.12", "AA"),
    ("1.4.13", "AA"),
    ("2.1.1", "A"),
    ("2.1.2", "A"),
    ("2.1.4", "A"),
    ("2.2.1", "A"),
    ("2.2.2", "A"),
    ("2.3.1", "A"),
    ("2.4.1", "A"),
    ("2.4.2", "A"),
    ("2.4.3", "A"),
    ("2.4.4", "A"),
    ("2.4.5", "AA"),
    ("2.4.6", "AA"),
    ("2.4.7", "AA"),
    ("2.5.1", "A"),
    ("2.5.2", "A"),
    ("2.5.3", "A"),
    ("2.5.4", "A"),
    ("3.1.1", "A"),
    ("3.1.2", "AA"),
    ("3.2.1", "A"),
    ("3.2.2", "A"),
    ("3.2.3", "AA"),
    ("3.2.4", "AA"),
    ("3.3.1", "A"),
    ("3.3.2", "A"),
    ("3.3.3", "AA"),
    ("3.3.4", "AA"),
    ("4.1.1", "A"),
    ("4.1.2", "A"),
    ("4.1.3", "AA"),
];

impl Accessibility {
    /// What is wrong with the report: it must list every A and AA criterion of WCAG 2.1 once,
    /// in order, at its level, each marked with one of the template's terms and a remark.
    pub fn faults(&self) -> Vec<String> {
        let mut faults = Vec::new();
        let ids: Vec<(&str, &str)> = self
            .criterion
            .iter()
            .map(|c| (c.id.as_str(), c.level.as_str()))
            .collect();
        if ids != WCAG21_A_AA {
            let missing: Vec<&str> = WCAG21_A_AA
                .iter()
                .filter(|want| !ids.contains(want))
                .map(|(id, _)| *id)
                .collect();
            faults.push(format!(
                "the criteria must be WCAG 2.1's A and AA ones, in order, at their levels (missing or misplaced: {})",
                missing.join(", ")
            ));
        }
        for c in &self.criterion {
            if !CONFORMANCE.contains(&c.conformance.as_str()) {
                faults.push(format!("{}: {:?} is not a VPAT term", c.id, c.conformance));
            }
            if c.remarks.trim().is_empty() {
                faults.push(format!("{}: no remark", c.id));
            }
        }
        let terms: Vec<&str> = self.labels.terms.keys().map(String::as_str).collect();
        let mut want = CONFORMANCE.to_vec();
        want.sort_unstable();
        if terms != want {
            faults.push(format!(
                "[labels.terms] must give the page's words for each VPAT term, {want:?}, and no other"
            ));
        }
        let levels: Vec<&str> = self.labels.levels.keys().map(String::as_str).collect();
        if levels != ["A", "AA"] {
            faults.push("[labels.levels] must give the page's words for \"A\" and \"AA\"".into());
        }
        faults
    }
}

/// `content/glossary.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub title: String,
    pub intro: String,
    pub term: Vec<Term>,
}

/// One term: its id (the anchor the explainer links to), its name and its explanation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub text: String,
}

impl Glossary {
    /// Ids that are empty, repeated or not written `[a-z-]`, and terms without words.
    pub fn faults(&self) -> Vec<String> {
        let mut faults = Vec::new();
        for (i, term) in self.term.iter().enumerate() {
            let valid =
                !term.id.is_empty() && term.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            if !valid {
                faults.push(format!(
                    "term {:?}: its id must be written a–z and -",
                    term.id
                ));
            }
            if self.term[..i].iter().any(|t| t.id == term.id) {
                faults.push(format!("term {:?} appears twice", term.id));
            }
            if term.term.trim().is_empty() || term.text.trim().is_empty() {
                faults.push(format!("term {:?} needs a name and a text", term.id));
            }
        }
        faults
    }

    /// The links in `texts` to terms the glossary does not have.
    pub fn unknown_links(&self, texts: &[&str]) -> Vec<String> {
        texts
            .iter()
            .flat_map(|text| term_links(text))
            .filter(|(_, id)| !self.term.iter().any(|t| t.id == *id))
            .map(|(words, id)| {
                format!("“{words}” links to the term {id:?}, which the glossary does not have")
            })
            .collect()
    }
}

/// The keys of a kit file's strings that are empty or only spaces: every string is text a reader
/// sees, and none may be blank.
pub fn empty_strings(value: &toml::Value, key: &str, found: &mut Vec<String>) {
    match value {
        toml::Value::String(s) if s.trim().is_empty() => found.push(key.to_string()),
        toml::Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, item)| empty_strings(item, &format!("{key}[{i}]"), found)),
        toml::Value::Table(table) => table.iter().for_each(|(k, v)| {
            let path = if key.is_empty() {
                k.clone()
            } else {
                format!("{key}.{k}")
            };
            empty_strings(v, &path, found)
        }),
        _ => {}
    }
}

/// The links to the glossary in a text: `[[id]]` and `[[words|id]]`, as (words, id).
pub fn term_links(text: &str) -> Vec<(&str, &str)> {
    let mut links = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        let Some(end) = rest[start..].find("]]") else {
            break;
        };
        let inner = &rest[start + 2..start + end];
        links.push(inner.split_once('|').unwrap_or((inner, inner)));
        rest = &rest[start + end + 2..];
    }
    links
}

/// The kit's templates, with the placeholders each must use (and may only use).
pub const KIT_PLACEHOLDERS: [(&str, &[&str]); 13] = [
    ("handout_score", &["score"]),
    ("lesson_heading", &["minutes"]),
    ("lesson_minutes", &["minutes"]),
    ("copied", &["style"]),
    ("predict_same", &["guess"]),
    ("predict_more_hopeful", &["guess", "outcome"]),
    ("predict_less_hopeful", &["guess", "outcome"]),
    ("compare_decisive", &["switch", "from", "to", "why"]),
    ("compare_why_gate_opens", &["gate"]),
    ("compare_why_gate_shuts", &["gate"]),
    ("compare_why_points", &["a", "b"]),
    ("compare_no_change", &["pinned"]),
    ("compare_score", &["score"]),
];
