//! The scoring model: which conditions hold, and what that means for diplomacy.
//!
//! Pure Rust with no web dependencies, so it is tested natively. The build script also includes
//! this file, to check the content's presets and narrative against it, so it must not refer to
//! anything else in the crate.
//!
//! The rule, in one paragraph (docs/MODEL.md explains and justifies it): every input that holds
//! earns points, and the points add up to at most 100. The total places the scenario in a band:
//! below 15 drift towards confrontation, from 15 a crisis-management channel, from 40 a partial or
//! interim deal, from 65 a comprehensive settlement. Three gates then cap the band: without "no
//! better alternative" (ripeness) or without concessions the best is a crisis channel; without a
//! way for both to declare victory the best is a partial or interim deal. Sanctions pressure earns
//! its points only when both sides can declare victory: pressure ripens a conflict only when there
//! is a face-saving way out.

/// One of the four conditions the 2020 article says successful diplomacy has needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Condition {
    /// Both sides are convinced no alternative beats a diplomatic solution (ripeness).
    NoBetterAlternative,
    /// Both sides are willing to make concessions.
    Concessions,
    /// Both sides can declare victory, or at least avoid looking vanquished.
    BothCanDeclareVictory,
    /// The two sides are roughly equal in power.
    Parity,
}

impl Condition {
    /// All four conditions, in the article's order.
    pub const ALL: [Condition; 4] = [
        Condition::NoBetterAlternative,
        Condition::Concessions,
        Condition::BothCanDeclareVictory,
        Condition::Parity,
    ];

    /// Position in [`Condition::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// A short, stable identifier used in content data, URLs and element ids.
    pub const fn id(self) -> &'static str {
        match self {
            Condition::NoBetterAlternative => "alternative",
            Condition::Concessions => "concessions",
            Condition::BothCanDeclareVictory => "victory",
            Condition::Parity => "parity",
        }
    }

    /// The condition whose [`Condition::id`] is `id`.
    pub fn from_id(id: &str) -> Option<Condition> {
        Condition::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// Which of the four conditions hold in a scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Conditions([bool; 4]);

impl Conditions {
    /// None of the conditions holds (the same as `Default`).
    pub const NONE: Conditions = Conditions([false; 4]);
    /// All four conditions hold.
    pub const ALL: Conditions = Conditions([true; 4]);

    /// Whether `condition` holds.
    pub const fn has(self, condition: Condition) -> bool {
        self.0[condition.index()]
    }

    /// The same scenario with `condition` set to `on`.
    pub const fn with(mut self, condition: Condition, on: bool) -> Self {
        self.0[condition.index()] = on;
        self
    }

    /// The same scenario with `condition` switched.
    pub const fn toggled(self, condition: Condition) -> Self {
        self.with(condition, !self.has(condition))
    }

    /// The conditions that hold, in the article's order.
    pub fn present(self) -> impl Iterator<Item = Condition> {
        Condition::ALL.into_iter().filter(move |&c| self.has(c))
    }

    /// The conditions that do not hold, in the article's order.
    pub fn absent(self) -> impl Iterator<Item = Condition> {
        Condition::ALL.into_iter().filter(move |&c| !self.has(c))
    }

    /// The gates these conditions leave shut, tightest first.
    pub fn shut_gates(self) -> impl Iterator<Item = Gate> {
        Gate::ALL
            .into_iter()
            .filter(move |g| !self.has(g.condition()))
    }

    /// The best outcome these conditions allow: what their first shut gate holds them to, or a
    /// settlement when none is shut.
    pub fn ceiling(self) -> Outcome {
        self.shut_gates()
            .next()
            .map_or(Outcome::Settlement, Gate::ceiling)
    }

    /// A number from 0 to 15, one bit per condition in the article's order (bit 0 is the first).
    pub const fn bits(self) -> u8 {
        let mut bits = 0;
        let mut i = 0;
        while i < 4 {
            if self.0[i] {
                bits |= 1 << i;
            }
            i += 1;
        }
        bits
    }

    /// The conditions whose bits are set in `bits` (see [`Conditions::bits`]); higher bits are
    /// ignored.
    pub const fn from_bits(bits: u8) -> Self {
        Conditions([bits & 1 != 0, bits & 2 != 0, bits & 4 != 0, bits & 8 != 0])
    }

    /// All sixteen combinations of the four conditions, from none to all.
    pub fn every() -> impl Iterator<Item = Conditions> {
        (0..16u8).map(Conditions::from_bits)
    }
}

/// One of the context factors the 2026 piece describes around the talks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContextFactor {
    /// Mechanisms that let each side check the other's steps.
    Verification,
    /// Regional facilitators or quiet channels that keep talks going.
    Facilitation,
    /// A domestic political calendar on both sides that lets leaders sell a deal.
    Calendar,
    /// Sanctions and other pressure running alongside the talks.
    Pressure,
}

impl ContextFactor {
    /// All four factors, in the order the explainer presents them.
    pub const ALL: [ContextFactor; 4] = [
        ContextFactor::Verification,
        ContextFactor::Facilitation,
        ContextFactor::Calendar,
        ContextFactor::Pressure,
    ];

    /// Position in [`ContextFactor::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// A short, stable identifier used in content data, URLs and element ids.
    pub const fn id(self) -> &'static str {
        match self {
            ContextFactor::Verification => "verification",
            ContextFactor::Facilitation => "facilitation",
            ContextFactor::Calendar => "calendar",
            ContextFactor::Pressure => "pressure",
        }
    }

    /// The factor whose [`ContextFactor::id`] is `id`.
    pub fn from_id(id: &str) -> Option<ContextFactor> {
        ContextFactor::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// Which context factors hold in a scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Context([bool; 4]);

impl Context {
    /// No context factor holds (the same as `Default`).
    pub const NONE: Context = Context([false; 4]);
    /// Every context factor holds.
    pub const ALL: Context = Context([true; 4]);

    /// Whether `factor` holds.
    pub const fn has(self, factor: ContextFactor) -> bool {
        self.0[factor.index()]
    }

    /// The same context with `factor` set to `on`.
    pub const fn with(mut self, factor: ContextFactor, on: bool) -> Self {
        self.0[factor.index()] = on;
        self
    }

    /// The same context with `factor` switched.
    pub const fn toggled(self, factor: ContextFactor) -> Self {
        self.with(factor, !self.has(factor))
    }

    /// The factors that hold, in presentation order.
    pub fn present(self) -> impl Iterator<Item = ContextFactor> {
        ContextFactor::ALL.into_iter().filter(move |&f| self.has(f))
    }

    /// A number from 0 to 15, one bit per factor in presentation order (bit 0 is the first).
    pub fn bits(self) -> u8 {
        self.present().map(|f| 1 << f.index()).sum()
    }

    /// The factors that do not hold, in presentation order.
    pub fn absent(self) -> impl Iterator<Item = ContextFactor> {
        ContextFactor::ALL
            .into_iter()
            .filter(move |&f| !self.has(f))
    }
}

/// Any one of the eight on/off inputs: a condition or a context factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input {
    /// One of the article's four conditions.
    Condition(Condition),
    /// One of the 2026 piece's context factors.
    Context(ContextFactor),
}

impl Input {
    /// All eight inputs: the four conditions, then the four context factors.
    pub const ALL: [Input; 8] = [
        Input::Condition(Condition::NoBetterAlternative),
        Input::Condition(Condition::Concessions),
        Input::Condition(Condition::BothCanDeclareVictory),
        Input::Condition(Condition::Parity),
        Input::Context(ContextFactor::Verification),
        Input::Context(ContextFactor::Facilitation),
        Input::Context(ContextFactor::Calendar),
        Input::Context(ContextFactor::Pressure),
    ];

    /// Position in [`Input::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Input::Condition(c) => c.index(),
            Input::Context(f) => 4 + f.index(),
        }
    }

    /// The condition's or factor's id; the eight ids are distinct.
    pub const fn id(self) -> &'static str {
        match self {
            Input::Condition(c) => c.id(),
            Input::Context(f) => f.id(),
        }
    }

    /// The input whose [`Input::id`] is `id`.
    pub fn from_id(id: &str) -> Option<Input> {
        Input::ALL.into_iter().find(|i| i.id() == id)
    }

    /// The points this input earns when it holds (see [`assess`] for the one exception:
    /// pressure earns them only when both sides can declare victory). They add up to 100.
    pub const fn points(self) -> u8 {
        match self {
            Input::Condition(Condition::NoBetterAlternative) => 30,
            Input::Condition(Condition::Concessions) => 25,
            Input::Condition(Condition::BothCanDeclareVictory) => 10,
            Input::Condition(Condition::Parity) => 5,
            Input::Context(ContextFactor::Verification) => 5,
            Input::Context(ContextFactor::Facilitation) => 15,
            Input::Context(ContextFactor::Calendar) => 5,
            Input::Context(ContextFactor::Pressure) => 5,
        }
    }
}

impl From<Condition> for Input {
    fn from(condition: Condition) -> Self {
        Input::Condition(condition)
    }
}

impl From<ContextFactor> for Input {
    fn from(factor: ContextFactor) -> Self {
        Input::Context(factor)
    }
}

/// Everything the model looks at: the four conditions and the context factors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Scenario {
    /// Which of the article's four conditions hold.
    pub conditions: Conditions,
    /// Which of the 2026 piece's context factors hold.
    pub context: Context,
}

impl Scenario {
    /// Every input off: the worst case.
    pub const NONE: Scenario = Scenario {
        conditions: Conditions::NONE,
        context: Context::NONE,
    };

    /// The scenario with these conditions and no context factor.
    pub const fn from_conditions(conditions: Conditions) -> Self {
        Scenario {
            conditions,
            context: Context::NONE,
        }
    }

    /// Whether `input` holds.
    pub const fn has(self, input: Input) -> bool {
        match input {
            Input::Condition(c) => self.conditions.has(c),
            Input::Context(f) => self.context.has(f),
        }
    }

    /// The same scenario with `input` set to `on`.
    pub const fn with(self, input: Input, on: bool) -> Self {
        match input {
            Input::Condition(c) => Scenario {
                conditions: self.conditions.with(c, on),
                context: self.context,
            },
            Input::Context(f) => Scenario {
                conditions: self.conditions,
                context: self.context.with(f, on),
            },
        }
    }

    /// The same scenario with `input` switched.
    pub const fn toggled(self, input: Input) -> Self {
        self.with(input, !self.has(input))
    }

    /// The inputs on which `self` and `other` differ, in [`Input::ALL`] order.
    pub fn differences(self, other: Scenario) -> impl Iterator<Item = Input> {
        Input::ALL
            .into_iter()
            .filter(move |&i| self.has(i) != other.has(i))
    }

    /// All 256 combinations of the eight inputs.
    pub fn every() -> impl Iterator<Item = Scenario> {
        (0..=255u8).map(|bits| {
            Input::ALL
                .into_iter()
                .enumerate()
                .fold(Scenario::NONE, |s, (i, input)| {
                    s.with(input, bits & (1 << i) != 0)
                })
        })
    }
}

/// Where diplomacy ends up, from worst to best.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// No working channel: drift towards confrontation.
    Drift,
    /// Talks only to manage crises and avoid accidents.
    CrisisChannel,
    /// A partial or interim deal, often a quiet one.
    InterimDeal,
    /// A comprehensive settlement.
    Settlement,
}

impl Outcome {
    /// All four outcomes, worst first.
    pub const ALL: [Outcome; 4] = [
        Outcome::Drift,
        Outcome::CrisisChannel,
        Outcome::InterimDeal,
        Outcome::Settlement,
    ];

    /// Position in [`Outcome::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// A short, stable identifier used in content data and element ids.
    pub const fn id(self) -> &'static str {
        match self {
            Outcome::Drift => "drift",
            Outcome::CrisisChannel => "crisis-channel",
            Outcome::InterimDeal => "interim-deal",
            Outcome::Settlement => "settlement",
        }
    }

    /// The outcome whose [`Outcome::id`] is `id`.
    pub fn from_id(id: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.id() == id)
    }

    /// The lowest score in this outcome's band.
    pub const fn floor(self) -> u8 {
        match self {
            Outcome::Drift => 0,
            Outcome::CrisisChannel => 15,
            Outcome::InterimDeal => 40,
            Outcome::Settlement => 65,
        }
    }

    /// The highest score in this outcome's band.
    pub const fn top(self) -> u8 {
        match self {
            Outcome::Drift => Outcome::CrisisChannel.floor() - 1,
            Outcome::CrisisChannel => Outcome::InterimDeal.floor() - 1,
            Outcome::InterimDeal => Outcome::Settlement.floor() - 1,
            Outcome::Settlement => MAX_SCORE,
        }
    }

    /// The band a score falls in.
    pub const fn for_score(score: u8) -> Outcome {
        if score >= Outcome::Settlement.floor() {
            Outcome::Settlement
        } else if score >= Outcome::InterimDeal.floor() {
            Outcome::InterimDeal
        } else if score >= Outcome::CrisisChannel.floor() {
            Outcome::CrisisChannel
        } else {
            Outcome::Drift
        }
    }
}

/// The highest possible score: every input on.
pub const MAX_SCORE: u8 = 100;

/// A condition without which diplomacy cannot get past a ceiling, however many points it earns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gate {
    /// Without "no better alternative", at best a crisis channel.
    Ripeness,
    /// Without concessions, at best a crisis channel.
    Concessions,
    /// Without a way for both to declare victory, at best a partial or interim deal.
    Face,
}

impl Gate {
    /// The three gates, tightest first (ties in the article's order).
    pub const ALL: [Gate; 3] = [Gate::Ripeness, Gate::Concessions, Gate::Face];

    /// Position in [`Gate::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// A short, stable identifier used in content data.
    pub const fn id(self) -> &'static str {
        match self {
            Gate::Ripeness => "ripeness",
            Gate::Concessions => "concessions",
            Gate::Face => "face",
        }
    }

    /// The gate whose [`Gate::id`] is `id`.
    pub fn from_id(id: &str) -> Option<Gate> {
        Gate::ALL.into_iter().find(|g| g.id() == id)
    }

    /// The condition that opens this gate.
    pub const fn condition(self) -> Condition {
        match self {
            Gate::Ripeness => Condition::NoBetterAlternative,
            Gate::Concessions => Condition::Concessions,
            Gate::Face => Condition::BothCanDeclareVictory,
        }
    }

    /// The best outcome possible while this gate is shut.
    pub const fn ceiling(self) -> Outcome {
        match self {
            Gate::Ripeness | Gate::Concessions => Outcome::CrisisChannel,
            Gate::Face => Outcome::InterimDeal,
        }
    }
}

/// What one input adds to the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Contribution {
    /// The condition or context factor.
    pub input: Input,
    /// Whether it holds in the scenario.
    pub on: bool,
    /// The points it adds: [`Input::points`] when it holds and counts, otherwise 0.
    pub points: u8,
}

/// What the model makes of a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Verdict {
    /// Where diplomacy ends up.
    pub outcome: Outcome,
    /// The score for a meter, 0 to 100, always inside the outcome's band: the points added up,
    /// then held at the top of the band the tightest shut gate allows.
    pub score: u8,
    /// The points added up, before any gate holds them down.
    pub uncapped: u8,
    /// Every input's contribution, in [`Input::ALL`] order.
    pub contributions: [Contribution; 8],
    /// The tightest gate that is shut, which sets the ceiling on the outcome; `None` when every
    /// gate is open.
    pub gate: Option<Gate>,
}

impl Verdict {
    /// The best outcome the shut gates allow.
    pub fn ceiling(&self) -> Outcome {
        self.gate.map_or(Outcome::Settlement, Gate::ceiling)
    }

    /// Whether a gate held the score down (the points alone would reach further).
    pub fn is_capped(&self) -> bool {
        self.uncapped > self.score
    }

    /// The contribution of `input`.
    pub fn contribution(&self, input: Input) -> Contribution {
        self.contributions[input.index()]
    }
}

/// Whether `input` earns its points in `scenario`, given that it holds.
///
/// Every input counts whenever it holds, except sanctions pressure, which counts only when both
/// sides can declare victory: the model assumes pressure ripens a conflict only when there is a
/// face-saving way out (docs/MODEL.md gives the sources and the opposing view). Without one, the
/// model gives pressure no points rather than negative ones, so turning any input on never
/// lowers the verdict.
pub const fn counts(scenario: Scenario, input: Input) -> bool {
    match input {
        Input::Context(ContextFactor::Pressure) => {
            scenario.conditions.has(Condition::BothCanDeclareVictory)
        }
        _ => true,
    }
}

/// The verdict on each of the sixteen combinations of the four conditions, with `context`: the
/// scenario map's squares, in [`Conditions::bits`] order.
pub fn assess_each(context: Context) -> [Verdict; 16] {
    std::array::from_fn(|bits| {
        assess(Scenario {
            conditions: Conditions::from_bits(bits as u8),
            context,
        })
    })
}

/// Score a scenario: add up the points, find the band, and apply the gates.
pub fn assess(scenario: Scenario) -> Verdict {
    let contributions = Input::ALL.map(|input| {
        let on = scenario.has(input);
        let points = if on && counts(scenario, input) {
            input.points()
        } else {
            0
        };
        Contribution { input, on, points }
    });
    let uncapped: u8 = contributions.iter().map(|c| c.points).sum();
    let gate = scenario.conditions.shut_gates().next();
    let ceiling = gate.map_or(Outcome::Settlement, Gate::ceiling);
    let outcome = Outcome::for_score(uncapped).min(ceiling);
    let score = uncapped.min(ceiling.top());
    Verdict {
        outcome,
        score,
        uncapped,
        contributions,
        gate,
    }
}

/// Why switching one input changes a scenario's outcome ([`decisive`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// It opens this gate, which held the score below what its points would give.
    Opens(Gate),
    /// It shuts this gate, which then holds the score down.
    Shuts(Gate),
    /// Its points carry the score across the line between two outcomes.
    Points { from: u8, to: u8 },
}

/// What switching `input` alone (on if off, off if on) does to `scenario`: the outcome it
/// leads to and why, or `None` when the outcome stays.
pub fn decisive(scenario: Scenario, input: Input) -> Option<(Outcome, Why)> {
    let before = assess(scenario);
    let after = assess(scenario.with(input, !scenario.has(input)));
    if after.outcome == before.outcome {
        return None;
    }
    let rises = after.outcome > before.outcome;
    let why = match (before.gate, after.gate) {
        (Some(gate), other) if rises && before.is_capped() && other != Some(gate) => {
            Why::Opens(gate)
        }
        (other, Some(gate)) if !rises && after.is_capped() && other != Some(gate) => {
            Why::Shuts(gate)
        }
        _ => Why::Points {
            from: before.score,
            to: after.score,
        },
    };
    Some((after.outcome, why))
}

/// The single switch that would do most for this scenario: among the inputs that are off, the
/// one whose switching on gives the best outcome (then the highest score; ties go to the
/// earlier input in [`Input::ALL`]). `None` when no single switch improves the outcome: at a
/// settlement, or when two gates are shut at once.
pub fn most_helpful_change(scenario: Scenario) -> Option<Input> {
    let now = assess(scenario);
    let mut best: Option<(Input, Verdict)> = None;
    for input in Input::ALL.into_iter().filter(|&i| !scenario.has(i)) {
        let after = assess(scenario.with(input, true));
        if after.outcome <= now.outcome {
            continue;
        }
        let better = match &best {
            None => true,
            Some((_, b)) => (after.outcome, after.score) > (b.outcome, b.score),
        };
        if better {
            best = Some((input, after));
        }
    }
    best.map(|(input, _)| input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_flips_only_that_condition() {
        let none = Conditions::default();
        let one = none.toggled(Condition::Concessions);
        assert!(one.has(Condition::Concessions));
        assert_eq!(one.present().collect::<Vec<_>>(), [Condition::Concessions]);
        assert_eq!(one.absent().count(), 3);
        assert_eq!(one.toggled(Condition::Concessions), none);
    }

    #[test]
    fn condition_bits_round_trip() {
        for conditions in Conditions::every() {
            assert_eq!(Conditions::from_bits(conditions.bits()), conditions);
        }
        assert_eq!(Conditions::every().count(), 16);
    }
}
