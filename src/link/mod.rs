//! Scenario state in the URL: parsing and formatting a short query string.
//!
//! The explainer keeps its state in a query string that a teacher can read and edit, such as
//! `?on=concessions,parity&ctx=verification&step=verdict`. This module turns such a string into a
//! [`UrlState`] ([`parse`]) and back ([`format`]). It is pure Rust with no web dependencies: the
//! browser code reads and writes `location.search` and hands the text over.
//!
//! # The format
//!
//! | parameter | value | default (never written) |
//! | --- | --- | --- |
//! | `on` | condition ids ([`Condition::id`]), separated by commas | none of the conditions |
//! | `ctx` | context factor ids ([`ContextFactor::id`]), separated by commas | no factor |
//! | `preset` | a preset id ([`Preset::id`]), instead of `on` and `ctx` | no preset |
//! | `step` | a step id from the list the UI passes in | the first step |
//! | `embed` | `1` (the compact embed) or `full` (the whole argument) | not embedded |
//! | `title` | `0` hides the compact embed's title | the title shows |
//! | `context` | `1` shows the compact embed's context factors at once | behind a disclosure |
//! | `dark` | `on` (dark theme) or `off` (light theme) | `auto`: follow the system |
//! | `childId` | the Pym.js child id, `[A-Za-z0-9_-]`, at most 64 characters | none |
//! | `v` | the model version an embed code was made under ([`embedded_version`]) | the current model |
//!
//! [`format`] writes the parameters in that order (`preset` in place of `on` and `ctx`), ids in the
//! model's fixed order, and leaves out every default, so the default state is the empty string.
//!
//! # What [`parse`] accepts, and the rules it follows
//!
//! - A leading `?` or none; empty pairs (`&&`, a trailing `&`); `+` for a space and
//!   percent-encoding (`%2C` for a comma) in names and values. Invalid percent-encoding is kept as
//!   it is written; bytes that do not decode to UTF-8 become U+FFFD; either way the value is then
//!   simply unknown.
//! - Parameter names and ids in any ASCII case (`ON=Parity` works); spaces around them.
//! - Lists separated by commas or spaces; empty items and repeated ids (`on=parity,,parity`) are
//!   fine. `on=` with nothing after it means none of the conditions.
//! - `case` is another name for `preset` (the two count as one parameter).
//! - An empty value means the default for `on`, `ctx`, `step`, `preset` and `childId`. For the
//!   switches, `embed`, `title`, `context` and `dark`, a name alone (`?embed` or `?embed=`) turns
//!   the switch on. They also take `1`, `true`, `yes`, `on` and `0`, `false`, `no`, `off`; `embed`
//!   takes `full` too, and `dark` takes `auto`.
//! - `step` takes a step id or the step's position counted from 1 (`step=3`); it is always
//!   written as an id.
//! - **A repeated parameter: the first one wins.** Later ones are ignored with
//!   [`Ignored::Repeated`], whether or not the first one's value was good.
//! - **A preset with `on` or `ctx`:** the preset sets all eight switches, then `on`, if present,
//!   replaces the four conditions and `ctx`, if present, replaces the four context factors. The
//!   preset stays applied only if the switches still equal the preset's; otherwise it is dropped
//!   silently, since the explicit switches say what the reader sees. This is the rule [`format`]
//!   follows too: it writes `preset` only while the scenario equals the preset's.
//! - **Length:** only the first [`MAX_QUERY_BYTES`] bytes are read, cut back to the last whole
//!   parameter, and the rest is ignored with [`Ignored::TooLong`].
//! - **Parameters that are not the explainer's own** (a newsletter's `utm_source`, a social
//!   network's `fbclid`, an ad's `gclid`, an embed's `v`) are never reported: they are kept, as
//!   written, in [`Parsed::passthrough`], for the page to keep in its address. `v` is read apart
//!   by [`embedded_version`] (and by `public/boot.js` and `public/embed.js`). The parameters
//!   Pym.js appends to an embedded page's address, `initialWidth`, `parentTitle` and
//!   `parentUrl`, are dropped silently; `childId` is kept in the state.
//! - What is ignored of the explainer's own parameters (an unknown id, a bad value, a repeat,
//!   more than the length limit) is reported as an [`Ignored`] item, for the UI to word as a
//!   note. Identical items are reported once, and at most [`MAX_IGNORED`] are listed; the rest are
//!   counted in a final [`Ignored::More`]. Text copied from the query into an item is cleaned by
//!   the rules on [`Ignored`].
//!
//! Nothing here panics, whatever the input.
//!
//! ```
//! use explainer::model::Condition;
//! use explainer::link::{format, parse, Ignored};
//!
//! let steps = ["situation", "conditions", "verdict"];
//! let parsed = parse("?on=Parity,concessions,bogus&step=verdict", &steps);
//! assert!(parsed.state.link.scenario.conditions.has(Condition::Parity));
//! assert_eq!(parsed.state.link.step, 2);
//! assert_eq!(parsed.ignored, [Ignored::UnknownCondition("bogus".into())]);
//! assert_eq!(format(&parsed.state, &steps), "on=concessions,parity&step=verdict");
//! ```

mod notes;

pub use notes::ignored_note;

use std::fmt::Write as _;

use crate::content::{self, Preset};
use crate::model::{Condition, Conditions, Context, ContextFactor, Scenario};

/// The most bytes of a query that [`parse`] reads (after a leading `?`). Room for the state and
/// for the parent page's title and address that Pym.js appends to an embedded page's query.
pub const MAX_QUERY_BYTES: usize = 4096;

/// The most [`Ignored`] items a parse reports one by one, [`Ignored::More`] aside.
pub const MAX_IGNORED: usize = 8;

/// The most characters of query text an [`Ignored`] item keeps, the ellipsis included.
pub const MAX_TEXT_CHARS: usize = 32;

/// The longest `childId` accepted.
pub const MAX_CHILD_ID_LEN: usize = 64;

/// The colour theme the reader asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the system's preference (`dark=auto`, or no `dark`).
    #[default]
    Auto,
    /// Light whatever the system prefers (`dark=off`).
    Light,
    /// Dark whatever the system prefers (`dark=on`).
    Dark,
}

/// How the page is embedded in another page, if it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Embed {
    /// Not embedded: the whole page (no `embed`, or `embed=0`).
    #[default]
    Off,
    /// The compact embed of about one phone screen: the switches, the verdict and a summary
    /// (`embed=1`).
    Compact,
    /// The whole argument without the page's chrome (`embed=full`).
    Full,
}

impl Embed {
    /// Whether the page is embedded at all.
    pub fn is_on(self) -> bool {
        self != Embed::Off
    }
}

/// What the reader chose, as a link records it: the switches, the step and the case. This is
/// all a host page's `setState` can change.
///
/// Two links are equal when their fields are; cases compare by id.
#[derive(Clone, Copy, Debug, Default)]
pub struct Link {
    /// Which conditions and context factors are switched on.
    pub scenario: Scenario,
    /// The current step: an index into the step list the UI passes to [`parse`] and [`format`].
    pub step: usize,
    /// The preset the reader applied, while the scenario still equals the preset's.
    pub preset: Option<&'static Preset>,
}

impl PartialEq for Link {
    fn eq(&self, other: &Self) -> bool {
        self.scenario == other.scenario
            && self.step == other.step
            && self.preset.map(|p| p.id) == other.preset.map(|p| p.id)
    }
}

impl Eq for Link {}

/// How the page is shown, fixed for the visit by the link that opened it: a host page cannot
/// change it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageSettings {
    /// Whether, and how, the page is embedded in another page (`embed=1`, `embed=full`).
    pub embed: Embed,
    /// The compact embed without its title (`title=0`): the host article has its own.
    pub hide_title: bool,
    /// The compact embed with its context factors shown, not behind a disclosure (`context=1`).
    pub show_context: bool,
    /// The colour theme.
    pub theme: Theme,
    /// The id Pym.js gave the embedding frame, needed to talk to the host page.
    pub child_id: Option<String>,
}

impl PageSettings {
    /// The classes the page's root element (`<html>`) carries for these settings, which the
    /// stylesheet reads: `embed` in an embed, with `embed-full`, `embed-no-title` and
    /// `embed-context` for its options (outside an embed the options mean nothing).
    /// `public/boot.js` sets the same before the first paint; `tests/page-settings.json` holds
    /// the queries on which both are checked.
    pub fn root_classes(&self) -> impl Iterator<Item = &'static str> {
        let embedded = self.embed.is_on();
        [
            ("embed", embedded),
            ("embed-full", self.embed == Embed::Full),
            ("embed-no-title", embedded && self.hide_title),
            ("embed-context", embedded && self.show_context),
        ]
        .into_iter()
        .filter_map(|(class, on)| on.then_some(class))
    }

    /// The root element's `data-theme` when the link forces a theme: `light` or `dark`.
    pub fn theme_attribute(&self) -> Option<&'static str> {
        match self.theme {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// Everything the query string holds: what the reader chose, and how the page is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The switches, the step and the case.
    pub link: Link,
    /// The embed mode, title, context, theme and child id.
    pub page: PageSettings,
}

impl From<Link> for UrlState {
    /// The link on a page shown the default way: not embedded, the reader's theme.
    fn from(link: Link) -> Self {
        UrlState {
            link,
            page: PageSettings::default(),
        }
    }
}

/// A query parameter this module reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    /// `on`: the conditions switched on.
    On,
    /// `ctx`: the context factors switched on.
    Ctx,
    /// `preset`: the applied preset.
    Preset,
    /// `step`: the current step.
    Step,
    /// `embed`: embed mode.
    Embed,
    /// `title`: the compact embed's title.
    Title,
    /// `context`: the compact embed's context factors shown at once.
    Context,
    /// `dark`: the theme.
    Dark,
    /// `childId`: the Pym.js child id.
    ChildId,
}

impl Param {
    /// Every parameter, in the order [`format`] writes them.
    pub const ALL: [Param; 9] = [
        Param::On,
        Param::Ctx,
        Param::Preset,
        Param::Step,
        Param::Embed,
        Param::Title,
        Param::Context,
        Param::Dark,
        Param::ChildId,
    ];

    /// The parameter's name as [`format`] writes it.
    pub const fn name(self) -> &'static str {
        match self {
            Param::On => "on",
            Param::Ctx => "ctx",
            Param::Preset => "preset",
            Param::Step => "step",
            Param::Embed => "embed",
            Param::Title => "title",
            Param::Context => "context",
            Param::Dark => "dark",
            Param::ChildId => "childId",
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// Another name for [`Param::Preset`], read but never written.
const CASE_ALIAS: &str = "case";

/// Parameters Pym.js appends to an embedded page's query; accepted and ignored silently.
const PYM_PARAMS: [&str; 3] = ["initialWidth", "parentTitle", "parentUrl"];

/// The parameter that carries the model version an embed code was made under: `v=2`. Every
/// embed code writes it ([`version_param`]); [`embedded_version`] reads it.
pub const MODEL_VERSION_PARAM: &str = "v";

/// `v=<version>`, for the end of an embed code's address.
pub fn version_param(version: u32) -> String {
    format!("{MODEL_VERSION_PARAM}={version}")
}

/// The model version an embed was made under, read from its address: the first `v` (its name
/// in any ASCII case, percent-encoding decoded, spaces trimmed) when it is a whole number,
/// written in digits, from 1 and below `current`; `current` when `v` is missing, malformed, equal
/// or in the future, so that doubt never reads as a change. Only the first [`MAX_QUERY_BYTES`] are
/// read, as in [`parse`]. An embed whose version is older than `current` says that the model
/// has changed since (`public/boot.js` follows these rules; `tests/page-settings.json` checks
/// both).
pub fn embedded_version(query: &str, current: u32) -> u32 {
    let query = readable(query.strip_prefix('?').unwrap_or(query));
    let value = query
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .find(|(name, _)| {
            decode(name)
                .trim()
                .eq_ignore_ascii_case(MODEL_VERSION_PARAM)
        })
        .map(|(_, value)| decode(value));
    let digits = value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()));
    digits
        .and_then(|v| v.parse::<u32>().ok())
        .filter(|&v| v >= 1 && v < current)
        .unwrap_or(current)
}

/// The part of a query (without its `?`) that is read: the first [`MAX_QUERY_BYTES`] bytes, cut
/// back to the last whole parameter.
fn readable(query: &str) -> &str {
    if query.len() <= MAX_QUERY_BYTES {
        return query;
    }
    // Cut at the last `&` that keeps the pairs before it whole. `&` is ASCII, so the cut is on a
    // character boundary.
    let bytes = query.as_bytes();
    let cut = if bytes[MAX_QUERY_BYTES] == b'&' {
        MAX_QUERY_BYTES
    } else {
        bytes[..MAX_QUERY_BYTES]
            .iter()
            .rposition(|&b| b == b'&')
            .unwrap_or(0)
    };
    &query[..cut]
}

/// Something in a query that was ignored, for the UI to word as a note.
///
/// Text taken from the query (names, ids, values) is decoded, then cleaned: control characters,
/// bidirectional-override and invisible formatting characters are removed, spaces at either end
/// are trimmed, and anything longer than [`MAX_TEXT_CHARS`] characters is cut short and ends in
/// `…`. It may still contain characters such as `<` or `"`: insert it as text, never as markup.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ignored {
    /// The query was longer than [`MAX_QUERY_BYTES`]; the parameters past that were not read.
    /// `length` is the query's length in bytes.
    TooLong { length: usize },
    /// An id in `on` that names no condition.
    UnknownCondition(String),
    /// An id in `ctx` that names no context factor.
    UnknownFactor(String),
    /// A `step` that names no step (neither an id nor a position in range).
    UnknownStep(String),
    /// A `preset` that names no preset.
    UnknownPreset(String),
    /// A value a known parameter cannot take: `embed`, `title`, `context` or `dark` not a
    /// yes/no word (or `full` for `embed`, `auto` for `dark`), or a `childId` with other characters than `[A-Za-z0-9_-]` or too long.
    BadValue { param: Param, value: String },
    /// The parameter appeared again; the first one was read and this one ignored.
    Repeated(Param),
    /// A host page's message tried to set a parameter only the page's own address may set
    /// (`embed`, `title`, `context`, `dark`, `childId`); see [`from_host_message`].
    NotFromHost(Param),
    /// This many further items were ignored and are not listed.
    More(usize),
}

/// The state read from a query ([`UrlState`], or only the [`Link`] from a host page's
/// message), and what was ignored on the way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed<T = UrlState> {
    /// The state: defaults wherever the query said nothing usable.
    pub state: T,
    /// What was ignored, in the order it appeared ([`Ignored::TooLong`] first,
    /// [`Ignored::More`] last).
    pub ignored: Vec<Ignored>,
    /// The parameters that are not the explainer's own (tracking tags, an embed's `v`), as
    /// written and in order, joined with `&`: the page keeps them in its address
    /// ([`with_passthrough`]). Empty for a host page's message.
    pub passthrough: String,
}

/// `query` with `passthrough` ([`Parsed::passthrough`]) after it.
pub fn with_passthrough(query: &str, passthrough: &str) -> String {
    match (query.is_empty(), passthrough.is_empty()) {
        (_, true) => query.to_string(),
        (true, false) => passthrough.to_string(),
        (false, false) => format!("{query}&{passthrough}"),
    }
}

/// Read a query string (with or without its leading `?`). `step_ids` is the UI's step list, in
/// order; [`Link::step`] indexes it. See the module documentation for the rules.
pub fn parse(query: &str, step_ids: &[&str]) -> Parsed {
    Reader::new(step_ids, false).read(query)
}

/// Read the query of a case's own page (`case-<id>.html`), which opens on `case`: exactly like
/// [`parse`], except that a query that names no scenario (no `on`, `ctx` or `preset`) gives the
/// case's.
pub fn parse_on_case_page(query: &str, step_ids: &[&str], case: &'static Preset) -> Parsed {
    let mut reader = Reader::new(step_ids, false);
    reader.page_case = Some(case);
    reader.read(query)
}

/// The query for `state` on the page of `case` ([`parse_on_case_page`] reads it back): the
/// case itself goes without saying, and a scenario that is no case is written even when empty
/// (`on=`), so it does not read as the page's case.
pub fn format_on_case_page(state: &UrlState, step_ids: &[&str], case: &'static Preset) -> String {
    let query = format(state, step_ids);
    let own = format!("{}={}", Param::Preset.name(), case.id);
    if state.link.preset.is_some_and(|p| p.id == case.id) {
        let rest = query.strip_prefix(&own).unwrap_or(&query);
        return rest.strip_prefix('&').unwrap_or(rest).to_string();
    }
    let names_scenario = query.split('&').any(|pair| {
        [Param::On, Param::Ctx, Param::Preset]
            .iter()
            .any(|p| pair.starts_with(&format!("{}=", p.name())))
    });
    match (names_scenario, query.is_empty()) {
        (true, _) => query,
        (false, true) => format!("{}=", Param::On.name()),
        (false, false) => format!("{}=&{query}", Param::On.name()),
    }
}

/// Read a query string a host page sent in a `setState` message, exactly like [`parse`], except
/// that a host can change only the [`Link`]: how the page is shown ([`PageSettings`]) stays as
/// the page was opened, and a message that names it gets [`Ignored::NotFromHost`]. Whatever else
/// the message leaves out takes its default, as in a fresh address.
pub fn from_host_message(message: &str, step_ids: &[&str]) -> Parsed<Link> {
    let Parsed { state, ignored, .. } = Reader::new(step_ids, true).read(message);
    Parsed {
        state: state.link,
        ignored,
        passthrough: String::new(),
    }
}

/// The canonical, shortest query for `state`, without the leading `?`: the empty string for the
/// default state.
///
/// `preset=<id>` is written instead of `on` and `ctx` while the scenario equals the preset's;
/// once it differs, `on` and `ctx` are written and the preset is left out. A `step` of 0, or one
/// past the end of `step_ids`, is left out (the first step). Step ids are expected to be
/// non-empty and distinct ignoring ASCII case; then `parse(&format(s), ids)` gives `s` back for
/// every state `parse` can produce.
pub fn format(state: &UrlState, step_ids: &[&str]) -> String {
    let UrlState { link, page } = state;
    let mut query = String::new();
    let mut add = |param: Param, value: &str| {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(param.name());
        query.push('=');
        encode_into(&mut query, value);
    };
    match link.preset.filter(|p| p.scenario == link.scenario) {
        Some(preset) => add(Param::Preset, preset.id),
        None => {
            let conditions = link.scenario.conditions.present().map(Condition::id);
            let on = conditions.collect::<Vec<_>>().join(",");
            if !on.is_empty() {
                add(Param::On, &on);
            }
            let factors = link.scenario.context.present().map(ContextFactor::id);
            let ctx = factors.collect::<Vec<_>>().join(",");
            if !ctx.is_empty() {
                add(Param::Ctx, &ctx);
            }
        }
    }
    if link.step > 0
        && let Some(id) = step_ids.get(link.step)
    {
        add(Param::Step, id);
    }
    match page.embed {
        Embed::Off => {}
        Embed::Compact => add(Param::Embed, "1"),
        Embed::Full => add(Param::Embed, "full"),
    }
    if page.hide_title {
        add(Param::Title, "0");
    }
    if page.show_context {
        add(Param::Context, "1");
    }
    match page.theme {
        Theme::Auto => {}
        Theme::Light => add(Param::Dark, "off"),
        Theme::Dark => add(Param::Dark, "on"),
    }
    if let Some(child_id) = &page.child_id {
        add(Param::ChildId, child_id);
    }
    query
}

/// One parse: the values read so far and the items ignored.
struct Reader<'a> {
    step_ids: &'a [&'a str],
    /// Whether the query came from a host page's message.
    from_host: bool,
    /// Which parameters have been seen, by [`Param::index`].
    seen: [bool; Param::ALL.len()],
    conditions: Option<Conditions>,
    context: Option<Context>,
    preset: Option<&'static Preset>,
    /// The case whose own page this is, if any: the scenario when the query names none.
    page_case: Option<&'static Preset>,
    state: UrlState,
    ignored: Vec<Ignored>,
    more: usize,
    passthrough: String,
}

impl<'a> Reader<'a> {
    fn new(step_ids: &'a [&'a str], from_host: bool) -> Self {
        Reader {
            step_ids,
            from_host,
            seen: [false; Param::ALL.len()],
            conditions: None,
            context: None,
            preset: None,
            page_case: None,
            state: UrlState::default(),
            ignored: Vec::new(),
            more: 0,
            passthrough: String::new(),
        }
    }

    fn read(mut self, query: &str) -> Parsed {
        let query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > MAX_QUERY_BYTES {
            self.ignore(Ignored::TooLong {
                length: query.len(),
            });
        }
        let query = readable(query);
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            self.pair(pair, &decode(name), &decode(value));
        }
        self.finish()
    }

    fn pair(&mut self, raw: &str, name: &str, value: &str) {
        let name = name.trim();
        let value = value.trim();
        let param = if name.eq_ignore_ascii_case(CASE_ALIAS) {
            Some(Param::Preset)
        } else {
            Param::ALL
                .into_iter()
                .find(|p| p.name().eq_ignore_ascii_case(name))
        };
        let Some(param) = param else {
            // Not ours: kept as written for the page's address (a host's message keeps nothing).
            if !self.from_host && !PYM_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name)) {
                if !self.passthrough.is_empty() {
                    self.passthrough.push('&');
                }
                self.passthrough.push_str(raw);
            }
            return;
        };
        let page_setting = matches!(
            param,
            Param::Embed | Param::Title | Param::Context | Param::Dark | Param::ChildId
        );
        if self.from_host && page_setting {
            self.ignore(Ignored::NotFromHost(param));
            return;
        }
        if std::mem::replace(&mut self.seen[param.index()], true) {
            self.ignore(Ignored::Repeated(param));
            return;
        }
        match param {
            Param::On => {
                let mut conditions = Conditions::NONE;
                for id in list(value) {
                    match Condition::ALL
                        .into_iter()
                        .find(|c| c.id().eq_ignore_ascii_case(id))
                    {
                        Some(condition) => conditions = conditions.with(condition, true),
                        None => self.ignore(Ignored::UnknownCondition(clean(id))),
                    }
                }
                self.conditions = Some(conditions);
            }
            Param::Ctx => {
                let mut context = Context::NONE;
                for id in list(value) {
                    match ContextFactor::ALL
                        .into_iter()
                        .find(|f| f.id().eq_ignore_ascii_case(id))
                    {
                        Some(factor) => context = context.with(factor, true),
                        None => self.ignore(Ignored::UnknownFactor(clean(id))),
                    }
                }
                self.context = Some(context);
            }
            Param::Preset if value.is_empty() => {}
            Param::Preset => {
                self.preset = content::PRESETS
                    .iter()
                    .find(|p| p.id.eq_ignore_ascii_case(value));
                if self.preset.is_none() {
                    self.ignore(Ignored::UnknownPreset(clean(value)));
                }
            }
            Param::Step if value.is_empty() => {}
            Param::Step => match self.step(value) {
                Some(step) => self.state.link.step = step,
                None => self.ignore(Ignored::UnknownStep(clean(value))),
            },
            Param::Embed => {
                let embed = if value.eq_ignore_ascii_case("full") {
                    Some(Embed::Full)
                } else {
                    switch(value).map(|on| if on { Embed::Compact } else { Embed::Off })
                };
                match embed {
                    Some(embed) => self.state.page.embed = embed,
                    None => self.bad_value(param, value),
                }
            }
            Param::Title => match switch(value) {
                Some(on) => self.state.page.hide_title = !on,
                None => self.bad_value(param, value),
            },
            Param::Context => match switch(value) {
                Some(on) => self.state.page.show_context = on,
                None => self.bad_value(param, value),
            },
            Param::Dark => {
                let theme = if value.eq_ignore_ascii_case("auto") {
                    Some(Theme::Auto)
                } else {
                    switch(value).map(|on| if on { Theme::Dark } else { Theme::Light })
                };
                match theme {
                    Some(theme) => self.state.page.theme = theme,
                    None => self.bad_value(param, value),
                }
            }
            Param::ChildId if value.is_empty() => {}
            Param::ChildId => {
                let valid = value.len() <= MAX_CHILD_ID_LEN
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                if valid {
                    self.state.page.child_id = Some(value.to_owned());
                } else {
                    self.bad_value(param, value);
                }
            }
        }
    }

    /// The index of the step `value` names: an id, else a position counted from 1.
    fn step(&self, value: &str) -> Option<usize> {
        let by_id = self
            .step_ids
            .iter()
            .position(|id| id.eq_ignore_ascii_case(value));
        by_id.or_else(|| {
            let position = value.parse::<usize>().ok()?;
            (1..=self.step_ids.len())
                .contains(&position)
                .then(|| position - 1)
        })
    }

    fn bad_value(&mut self, param: Param, value: &str) {
        self.ignore(Ignored::BadValue {
            param,
            value: clean(value),
        });
    }

    fn ignore(&mut self, item: Ignored) {
        if self.ignored.contains(&item) {
            return;
        }
        if self.ignored.len() < MAX_IGNORED {
            self.ignored.push(item);
        } else {
            self.more += 1;
        }
    }

    fn finish(mut self) -> Parsed {
        let names_scenario = [Param::On, Param::Ctx, Param::Preset]
            .iter()
            .any(|p| self.seen[p.index()]);
        if !names_scenario {
            self.preset = self.page_case;
        }
        let mut scenario = self.preset.map_or(Scenario::NONE, |p| p.scenario);
        if let Some(conditions) = self.conditions {
            scenario.conditions = conditions;
        }
        if let Some(context) = self.context {
            scenario.context = context;
        }
        self.state.link.scenario = scenario;
        self.state.link.preset = self.preset.filter(|p| p.scenario == scenario);
        if self.more > 0 {
            self.ignored.push(Ignored::More(self.more));
        }
        Parsed {
            state: self.state,
            ignored: self.ignored,
            passthrough: self.passthrough,
        }
    }
}

/// The non-empty items of a list separated by commas or spaces.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|id| !id.is_empty())
}

/// A switch's value: a name alone or a yes/no word.
fn switch(value: &str) -> Option<bool> {
    const ON: [&str; 5] = ["", "1", "true", "yes", "on"];
    const OFF: [&str; 4] = ["0", "false", "no", "off"];
    let is = |word: &&str| word.eq_ignore_ascii_case(value);
    if ON.iter().any(is) {
        Some(true)
    } else if OFF.iter().any(is) {
        Some(false)
    } else {
        None
    }
}

/// Decode `+` and percent-encoding. Malformed escapes stay as written; bytes that are not UTF-8
/// become U+FFFD.
fn decode(raw: &str) -> String {
    if !raw.contains(['%', '+']) {
        return raw.to_owned();
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes[i] {
            b'%' => bytes
                .get(i + 1..i + 3)
                .and_then(|hex| Some((hex_digit(hex[0])? << 4) | hex_digit(hex[1])?)),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    match String::from_utf8(out) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    }
}

fn hex_digit(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Append `value`, percent-encoding everything but ASCII letters, digits, `-`, `_`, `.`, `~` and
/// the list separator `,`.
fn encode_into(query: &mut String, value: &str) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~,".contains(&byte) {
            query.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(query, "%{byte:02X}");
        }
    }
}

/// Query text made safe to keep in an [`Ignored`] item: see there.
fn clean(text: &str) -> String {
    let kept: Vec<char> = text
        .chars()
        .filter(|&c| !is_invisible(c))
        .skip_while(|c| c.is_whitespace())
        .take(MAX_TEXT_CHARS + 1)
        .collect();
    if kept.len() > MAX_TEXT_CHARS {
        let mut short: String = kept[..MAX_TEXT_CHARS - 1].iter().collect();
        short.truncate(short.trim_end().len());
        short.push('…');
        short
    } else {
        let text: String = kept.into_iter().collect();
        text.trim_end().to_owned()
    }
}

/// Control characters, bidirectional controls and other invisible formatting characters.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_handles_plus_escapes_and_bad_escapes() {
        assert_eq!(decode("a+b%2Cc"), "a b,c");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%E2%80%A6"), "…");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(decode("%E2%80"), "\u{FFFD}");
        assert_eq!(decode("%00"), "\0");
        assert_eq!(decode("%%41"), "%A");
    }

    #[test]
    fn encoding_escapes_all_but_plain_characters() {
        let mut query = String::new();
        encode_into(&mut query, "a-b_c.d~e,f g&h=i%é");
        assert_eq!(query, "a-b_c.d~e,f%20g%26h%3Di%25%C3%A9");
        assert_eq!(decode(&query), "a-b_c.d~e,f g&h=i%é");
    }

    #[test]
    fn cleaning_removes_invisibles_and_shortens() {
        assert_eq!(clean("  a\u{202E}b\u{0}c\u{200B}\n "), "abc");
        assert_eq!(clean("<script>\"x\""), "<script>\"x\"");
        let long = "x".repeat(40);
        let short = clean(&long);
        assert_eq!(short.chars().count(), MAX_TEXT_CHARS);
        assert!(short.ends_with('…'));
        assert_eq!(
            clean(&"y".repeat(MAX_TEXT_CHARS)),
            "y".repeat(MAX_TEXT_CHARS)
        );
        // A space just before the cut is not kept before the ellipsis.
        let spaced = format!("{} {}", "z".repeat(MAX_TEXT_CHARS - 2), "z".repeat(10));
        assert_eq!(
            clean(&spaced),
            format!("{}…", "z".repeat(MAX_TEXT_CHARS - 2))
        );
    }

    #[test]
    fn switch_words() {
        for word in ["", "1", "TRUE", "yes", "On"] {
            assert_eq!(switch(word), Some(true), "{word:?}");
        }
        for word in ["0", "false", "NO", "off"] {
            assert_eq!(switch(word), Some(false), "{word:?}");
        }
        assert_eq!(switch("banana"), None);
    }
}
