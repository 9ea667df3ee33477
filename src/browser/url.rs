//! The explainer's state in the address bar: read once at start, kept up to date with
//! `history.replaceState` (one history entry, however much the reader changes).

use leptos::prelude::*;

use crate::content::{self, Preset};
use crate::link::{self, Embed, Link, PageSettings, Parsed, UrlState};
use crate::state::{Explainer, LinkNotes};
use crate::story;

/// The query string the page was opened with, without the `?`; empty outside a browser.
fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// How the visit opened: the page's own link, read once at start.
#[derive(Default)]
pub struct Opened {
    /// The state the link holds.
    pub url: UrlState,
    /// What the link asked for and the explainer ignored, in words.
    pub notes: LinkNotes,
    /// On a case's own page ([`Preset::page_path`]), that case.
    pub case_page: Option<&'static Preset>,
    /// The link's parameters that are not the explainer's own (tracking tags), kept in the
    /// address as they were.
    pub passthrough: String,
}

/// Parse the page's own URL into the state it opens on, with the notes on what was ignored.
pub fn initial() -> Opened {
    if !super::IN_BROWSER {
        return Opened::default();
    }
    let case_page = page_case();
    let query = current_query();
    let Parsed {
        state,
        ignored,
        passthrough,
    } = match case_page {
        Some(case) => link::parse_on_case_page(&query, story::step_ids(), case),
        None => link::parse(&query, story::step_ids()),
    };
    Opened {
        url: state,
        notes: LinkNotes(ignored.iter().map(link::ignored_note).collect()),
        case_page,
        passthrough,
    }
}

/// The case whose own page this is: the build marks it `<html data-case="<id>">`.
fn page_case() -> Option<&'static Preset> {
    let id = web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("data-case")?;
    content::PRESETS.iter().find(|p| p.id == id)
}

/// The query for `state` on the page of `case_page`, or on the explainer's own page.
fn query_for(state: &UrlState, case_page: Option<&'static Preset>) -> String {
    let ids = story::step_ids();
    match case_page {
        Some(case) => link::format_on_case_page(state, ids, case),
        None => link::format(state, ids),
    }
}

/// How long the address bar waits for the reader to stop changing things, in milliseconds.
const SETTLE_MS: u64 = 200;

/// Keep the address bar on the reader's state as it changes, without adding history entries.
/// Writes wait until changes settle, off the path from a click to its answer, and stay well
/// under the rate at which browsers throttle `history.replaceState`. Parameters that are not the
/// explainer's own (`passthrough`: a campaign's `utm_source`, say) stay at the end, as they came.
pub fn sync(
    state: Explainer,
    page: PageSettings,
    case_page: Option<&'static Preset>,
    passthrough: String,
) {
    if !super::IN_BROWSER {
        return;
    }
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let url = UrlState {
            link: state.settled_link(),
            page: page.clone(),
        };
        let query = link::with_passthrough(&query_for(&url, case_page), &passthrough);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || replace_query(&query),
            std::time::Duration::from_millis(SETTLE_MS),
        )
        .ok();
        pending.set_value(handle);
    });
}

fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(path) = window.location().pathname() else {
        return;
    };
    // The fragment stays: a reader who followed a link within the page keeps their place.
    let hash = window.location().hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The address of the explainer's folder: where the page and `embed.js` live.
pub fn base_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}")
}

/// A link that opens the full explainer (not embedded) on the reader's scenario and step: for
/// a case, its own page, whose share card shows the case.
pub fn share_link(state: Explainer) -> String {
    let link = state.link();
    match link.preset {
        Some(case) => {
            let address = format!("{}{}", base_url(), case.page_path());
            with_query(&address, &query_for(&link.into(), Some(case)))
        }
        None => with_query(&base_url(), &query_for(&link.into(), None)),
    }
}

/// A link for a compact embed of the reader's scenario.
pub fn embed_link(state: Explainer) -> String {
    let url = UrlState {
        link: Link {
            step: 0,
            ..state.link()
        },
        page: PageSettings {
            embed: Embed::Compact,
            ..PageSettings::default()
        },
    };
    // Marked with the model's version, so that the embed can say when the model has changed.
    let version = link::version_param(content::MODEL_VERSION_NUMBER);
    format!(
        "{}&{version}",
        with_query(&base_url(), &query_for(&url, None))
    )
}

fn with_query(base: &str, query: &str) -> String {
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{query}")
    }
}
