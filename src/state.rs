//! The reader's state and the one place that changes it.
//!
//! Data flows one way: these signals → [`crate::model::assess`] → the words in
//! [`crate::content`] → the view. Components read the memos and call the methods here; none of
//! them computes a score or fills a text template (`content` has a function for each).

use leptos::prelude::*;

use crate::content::{self, Narrative, Preset};
use crate::link::{Embed, Theme, UrlState};
use crate::model::{self, Input, Scenario, Verdict};
use crate::story::{self, StoryStep};

/// How the page is shown, fixed for the visit by the link that opened it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageSettings {
    /// Whether, and how, the page is embedded in another page.
    pub embed: Embed,
    /// The compact embed without its title.
    pub hide_title: bool,
    /// The compact embed with its context factors shown at once.
    pub show_context: bool,
    /// Light, dark, or the reader's setting.
    pub theme: Theme,
    /// The id a Pym.js host page gave this embed, to address its height messages.
    pub child_id: Option<String>,
    /// What the link asked for and the explainer ignored, in words.
    pub notes: Vec<String>,
    /// On a case's own page ([`crate::content::Preset::page_path`]), that case.
    pub case_page: Option<&'static str>,
}

/// Everything the reader can change, and what follows from it. `Copy`: pass it freely.
#[derive(Clone, Copy)]
pub struct Explainer {
    /// The switches.
    pub scenario: RwSignal<Scenario>,
    /// The step the reader is on, an index into [`Explainer::steps`].
    pub step: RwSignal<usize>,
    /// The case whose switches were loaded last, until the reader resets or loads a row.
    pub preset: RwSignal<Option<&'static Preset>>,
    /// The switches the loaded case changed and the reader has not touched since.
    set_by_case: RwSignal<Vec<Input>>,
    /// The scenario before the last change, to say what that change did.
    previous: RwSignal<Option<Scenario>>,
    /// How many changes the reader has made: the view flashes what changed on each.
    pub changes: RwSignal<u32>,
    /// The model's verdict on the scenario.
    pub verdict: Memo<Verdict>,
    /// The verdict on each of the sixteen combinations of the four conditions, with the reader's
    /// context factors: the scenario table's rows, in [`crate::model::Conditions::bits`] order.
    pub table: Memo<[Verdict; 16]>,
    /// The paragraph that explains the verdict.
    pub narrative: Memo<Narrative>,
    /// What the last change did, once there has been one.
    pub change_note: Memo<Option<String>>,
}

impl Explainer {
    /// A fresh state: the article's 2020 assessment (every switch off), at the first step.
    pub fn new() -> Self {
        Self::starting_at(Scenario::default(), 0)
    }

    /// A state that starts from `scenario` at step `step`.
    pub fn starting_at(scenario: Scenario, step: usize) -> Self {
        let scenario = RwSignal::new(scenario);
        let previous = RwSignal::new(None::<Scenario>);
        let verdict = Memo::new(move |_| model::assess(scenario.get()));
        let table = Memo::new(move |_| model::assess_each(scenario.get().context));
        let narrative = Memo::new(move |_| content::narrative(scenario.get(), &verdict.get()));
        let change_note = Memo::new(move |_| {
            previous
                .get()
                .and_then(|before| content::change_note(before, scenario.get()))
        });
        Self {
            scenario,
            step: RwSignal::new(step.min(story::steps().len() - 1)),
            preset: RwSignal::new(None),
            set_by_case: RwSignal::new(Vec::new()),
            previous,
            changes: RwSignal::new(0),
            verdict,
            table,
            narrative,
            change_note,
        }
    }

    /// A state opened from a link: its switches, step and case (with the case's marks), and no
    /// change yet to flash.
    pub fn from_link(link: &UrlState) -> Self {
        let state = Self::starting_at(link.scenario, link.step);
        if let Some(preset) = link.preset {
            state.preset.set(Some(preset));
            state
                .set_by_case
                .set(Scenario::default().differences(preset.scenario).collect());
        }
        state
    }

    /// Show what a host page asked for: the switches, the case and the step of `link`.
    pub fn apply_link(&self, link: &UrlState) {
        match link.preset {
            Some(preset) => self.load_preset(preset),
            None => self.load_scenario(link.scenario),
        }
        self.step.set(link.step.min(self.step_count() - 1));
    }

    /// The state as a link records it, with the page settings of `page`.
    pub fn link(&self, page: &PageSettings) -> UrlState {
        UrlState {
            scenario: self.scenario.get(),
            step: self.step.get(),
            preset: self.preset.get(),
            embed: page.embed,
            hide_title: page.hide_title,
            show_context: page.show_context,
            theme: page.theme,
            child_id: page.child_id.clone(),
        }
    }

    /// The steps of the argument, in reading order.
    pub fn steps(&self) -> &'static [StoryStep] {
        story::steps()
    }

    /// How many steps there are.
    pub fn step_count(&self) -> usize {
        story::steps().len()
    }

    /// Flip one switch.
    pub fn toggle(&self, input: Input) {
        self.change_to(self.scenario.get_untracked().toggled(input));
        self.set_by_case
            .update(|inputs| inputs.retain(|&i| i != input));
    }

    /// Load a case: its switches, its marks on the switches it changed. Choosing the case that
    /// is already loaded, unchanged, changes nothing (its marks stay).
    pub fn load_preset(&self, preset: &'static Preset) {
        let before = self.scenario.get_untracked();
        let loaded = self
            .preset
            .get_untracked()
            .is_some_and(|p| p.id == preset.id);
        if loaded && before == preset.scenario {
            return;
        }
        self.change_to(preset.scenario);
        self.preset.set(Some(preset));
        self.set_by_case
            .set(before.differences(preset.scenario).collect());
    }

    /// Load a scenario that is not a case (a row of the table, a reset, a link).
    pub fn load_scenario(&self, scenario: Scenario) {
        self.change_to(scenario);
        self.preset.set(None);
        self.set_by_case.set(Vec::new());
    }

    /// Return to the article's 2020 assessment: every switch off.
    pub fn reset(&self) {
        self.load_scenario(Scenario::default());
    }

    /// Whether the loaded case changed `input` and the reader has not touched it since.
    pub fn is_set_by_case(&self, input: Input) -> bool {
        self.set_by_case.with(|inputs| inputs.contains(&input))
    }

    fn change_to(&self, scenario: Scenario) {
        let before = self.scenario.get_untracked();
        if before == scenario {
            return;
        }
        self.previous.set(Some(before));
        self.scenario.set(scenario);
        self.changes.update(|n| *n += 1);
    }
}

impl Default for Explainer {
    fn default() -> Self {
        Self::new()
    }
}

/// The explainer's state from context; the app provides it.
pub fn use_explainer() -> Explainer {
    expect_context::<Explainer>()
}
