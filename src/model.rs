//! The scoring model: which conditions hold, and what that means for diplomacy.
//!
//! Pure Rust with no web dependencies, so it is tested natively.

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
}

/// Which of the four conditions hold in a scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Conditions([bool; 4]);

impl Conditions {
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
    fn ids_are_distinct() {
        let mut ids: Vec<_> = Condition::ALL.iter().map(|c| c.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 4);
    }
}
