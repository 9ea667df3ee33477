//! The reader's state and the one place that changes it.
//!
//! Data flows one way: these signals → [`crate::model::assess`] → the words in
//! [`crate::content`] → the view. Components read the signals, memos and methods here; none of
//! them computes a score or fills a text template (`content` has a function for each).
//!
//! A change is shown in two steps: what answers a tap (the switches, the verdict, the
//! narrative) at once, and everything else once the browser has painted
//! ([`Explainer::settled`]).

use leptos::prelude::*;

use crate::content::{self, Narrative, Preset};
use crate::link::Link;
use crate::model::{self, Input, Outcome, Scenario, Verdict};
use crate::story::{self, StoryStep};

/// What the link that opened the page asked for and the explainer ignored, in words: the
/// notices show them (the browser's start-up provides them as context).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkNotes(pub Vec<String>);

/// Everything the reader can change, and what follows from it. `Copy`: pass it freely.
#[derive(Clone, Copy)]
pub struct Explainer {
    /// The switches.
    pub scenario: RwSignal<Scenario>,
    /// The step the reader is on, an index into [`Explainer::steps`].
    pub step: RwSignal<usize>,
    /// The case whose switches were loaded last, until the reader resets or loads a row.
    pub preset: RwSignal<Option<&'static Preset>>,
    /// Each input's switch, in [`Input::index`] order: [`Explainer::is_on`].
    switches: Each<bool, 8>,
    /// Whether the loaded case changed each input and the reader has not touched it since.
    set_by_case: Each<bool, 8>,
    /// The scenario before the last change, to say what that change did.
    previous: RwSignal<Option<Scenario>>,
    /// How many changes the reader has made (the view flashes what changed on each, once
    /// settled).
    pub changes: RwSignal<u32>,
    /// The scenario as the parts of the page away from the switches, the compact verdict and
    /// the narrative show it (the verdict's heading, meters and breakdown, the summaries, the
    /// map, the "in your scenario" lines, the share links, the address bar and a host page):
    /// caught up once the browser has painted a change ([`crate::schedule::after_paint`]), so
    /// that a tap's answer reaches the screen first and the rest follows a frame later. Outside
    /// a browser it catches up at once.
    pub settled: RwSignal<Scenario>,
    /// [`Explainer::changes`] as of the settled scenario: what changed flashes once settled.
    pub settled_changes: RwSignal<u32>,
    /// Each input in the settled scenario: [`Explainer::settled_on`].
    settled_switches: Each<bool, 8>,
    /// The model's verdict on the scenario.
    pub verdict: Memo<Verdict>,
    /// The model's verdict on the settled scenario.
    pub settled_verdict: Memo<Verdict>,
    /// The verdict on each of the sixteen combinations of the four conditions, with the settled
    /// context factors, in [`Conditions::bits`] order (the scenario map's squares).
    pub table: Memo<[Verdict; 16]>,
    /// The paragraph that explains the verdict.
    pub narrative: Memo<Narrative>,
    /// The verdict's outcome, written only when it changes: the compact verdict wakes only when
    /// a tap moves the outcome, not on every change of the score.
    outcome: RwSignal<Outcome>,
    /// What the last change did, once there has been one (settled): [`Explainer::change_note`].
    change_note: RwSignal<Option<String>>,
}

impl Explainer {
    /// A fresh state: the article's 2020 assessment (every switch off), at the first step.
    pub fn new() -> Self {
        Self::starting_at(Scenario::default(), 0)
    }

    /// A state that starts from `scenario` at step `step`.
    pub fn starting_at(scenario: Scenario, step: usize) -> Self {
        let settled = RwSignal::new(scenario);
        let switches = Each::new(switches_of(scenario));
        let scenario = RwSignal::new(scenario);
        let verdict = Memo::new(move |_| model::assess(scenario.get()));
        let settled_verdict = Memo::new(move |_| model::assess(settled.get()));
        let narrative = Memo::new(move |_| content::narrative(scenario.get(), &verdict.get()));
        let outcome = RwSignal::new(verdict.get_untracked().outcome);
        Self {
            scenario,
            step: RwSignal::new(step.min(story::steps().len() - 1)),
            preset: RwSignal::new(None),
            switches,
            set_by_case: Each::new([false; 8]),
            previous: RwSignal::new(None),
            changes: RwSignal::new(0),
            settled,
            settled_changes: RwSignal::new(0),
            settled_switches: switches.copied(),
            verdict,
            settled_verdict,
            table: Memo::new(move |_| model::assess_each(settled.get().context)),
            narrative,
            outcome,
            change_note: RwSignal::new(None),
        }
    }

    /// A state opened from a link: its switches, step and case (with the case's marks), and no
    /// change yet to flash.
    pub fn from_link(link: &Link) -> Self {
        let state = Self::starting_at(link.scenario, link.step);
        if let Some(preset) = link.preset {
            state.preset.set(Some(preset));
            state.mark_case(Scenario::default(), preset.scenario);
        }
        state
    }

    /// Show what a host page asked for: the switches, the case and the step of `link`.
    pub fn apply_link(&self, link: &Link) {
        match link.preset {
            Some(preset) => self.load_preset(preset),
            None => self.load_scenario(link.scenario),
        }
        self.step.set(link.step.min(self.step_count() - 1));
    }

    /// The state as a link records it.
    pub fn link(&self) -> Link {
        self.link_to(self.scenario.get())
    }

    /// [`Explainer::link`] with the settled scenario ([`Explainer::settled`]): for what follows
    /// the reader's state off the path from a tap to its answer (the address bar).
    pub fn settled_link(&self) -> Link {
        self.link_to(self.settled.get())
    }

    fn link_to(&self, scenario: Scenario) -> Link {
        Link {
            scenario,
            step: self.step.get(),
            preset: self.preset.get(),
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
        self.set_by_case.set(input.index(), false);
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
        self.mark_case(before, preset.scenario);
    }

    /// Load a scenario that is not a case (a square of the map, a reset, a link).
    pub fn load_scenario(&self, scenario: Scenario) {
        self.change_to(scenario);
        // Written only if a case was loaded: what reads it (the case buttons and write-ups)
        // has nothing to do otherwise.
        if self.preset.with_untracked(Option::is_some) {
            self.preset.set(None);
        }
        self.set_by_case.set_each([false; 8]);
    }

    /// Return to the article's 2020 assessment: every switch off.
    pub fn reset(&self) {
        self.load_scenario(Scenario::default());
    }

    /// Whether the loaded case changed `input` and the reader has not touched it since.
    pub fn is_set_by_case(&self, input: Input) -> bool {
        self.set_by_case.get(input.index())
    }

    /// What the last change did, in a sentence, once there has been one (settled).
    pub fn change_note(&self) -> Option<String> {
        self.change_note.get()
    }

    /// The verdict's outcome (tracked): what the compact verdict by the switches shows.
    pub fn outcome(&self) -> Outcome {
        self.outcome.get()
    }

    /// Whether `input` is on: the switch's own signal, which only a change to it wakes.
    pub fn is_on(&self, input: Input) -> bool {
        self.switches.get(input.index())
    }

    /// Whether `input` is on in the settled scenario ([`Explainer::settled`]).
    pub fn settled_on(&self, input: Input) -> bool {
        self.settled_switches.get(input.index())
    }

    /// Mark what loading a case changed from `before` to `after`; nothing else.
    fn mark_case(&self, before: Scenario, after: Scenario) {
        let changed: Vec<Input> = before.differences(after).collect();
        self.set_by_case
            .set_each(Input::ALL.map(|input| changed.contains(&input)));
    }

    fn change_to(&self, scenario: Scenario) {
        let before = self.scenario.get_untracked();
        if before == scenario {
            return;
        }
        self.previous.set(Some(before));
        self.scenario.set(scenario);
        self.switches.set_each(switches_of(scenario));
        let outcome = self.verdict.with_untracked(|v| v.outcome);
        if self.outcome.get_untracked() != outcome {
            self.outcome.set(outcome);
        }
        self.changes.update(|n| *n += 1);
        let state = *self;
        crate::schedule::after_paint(move || state.settle());
    }

    /// Bring the settled state ([`Explainer::settled`]) up to the scenario.
    fn settle(&self) {
        let changes = self.changes.get_untracked();
        if self.settled_changes.get_untracked() == changes {
            return;
        }
        self.settled_changes.set(changes);
        let scenario = self.scenario.get_untracked();
        if self.settled.get_untracked() != scenario {
            self.settled.set(scenario);
        }
        let note = self
            .previous
            .get_untracked()
            .and_then(|before| content::change_note(before, scenario));
        if self.change_note.with_untracked(|n| *n != note) {
            self.change_note.set(note);
        }
        self.settled_switches.set_each(switches_of(scenario));
    }
}

/// For each input, in [`Input::index`] order, whether it is on in `scenario`.
fn switches_of(scenario: Scenario) -> [bool; 8] {
    Input::ALL.map(|input| scenario.has(input))
}

/// A fixed number of values with a signal each, each written only when its value changes, so
/// that reading one subscribes to that one alone. (A memo over the whole array would wake
/// every reader to check on every change: with dozens of readers, most of a tap's work.)
#[derive(Clone, Copy)]
struct Each<T: Send + Sync + 'static, const N: usize>([RwSignal<T>; N]);

impl<T: Clone + PartialEq + Send + Sync + 'static, const N: usize> Each<T, N> {
    fn new(values: [T; N]) -> Self {
        Self(values.map(RwSignal::new))
    }

    /// A second set of signals starting from the same values.
    fn copied(&self) -> Self {
        Self(self.0.map(|signal| RwSignal::new(signal.get_untracked())))
    }

    /// Value `index`, tracked.
    fn get(&self, index: usize) -> T {
        self.0[index].get()
    }

    fn set(&self, index: usize, value: T) {
        let signal = self.0[index];
        if signal.with_untracked(|v| *v != value) {
            signal.set(value);
        }
    }

    fn set_each(&self, values: [T; N]) {
        for (index, value) in values.into_iter().enumerate() {
            self.set(index, value);
        }
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
