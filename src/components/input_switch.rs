use leptos::prelude::*;

#[cfg(static_text)]
use crate::components::SourceLinks;
use crate::content;
use crate::model::Input;
use crate::state::use_explainer;

/// An accessible on/off switch for one condition or context factor.
///
/// A native `<button role="switch">`: it takes focus, Enter and Space toggle it, and its
/// accessible name is the visible short name. The description is tied to it with
/// `aria-describedby`. Beside it: a one-line description and, behind disclosures, what the
/// article said and (for a context factor, which has no step of its own) the theory behind it;
/// the compact bar on phones hides those with CSS. A switch the loaded case changed carries a
/// visible mark.
///
/// A `compact` switch (the compact embed's context switches, a second copy of the 2026 step's)
/// is the button and its mark alone, with ids of its own.
#[component]
pub fn InputSwitch(
    /// The condition or context factor this switch turns on and off.
    input: Input,
    /// Just the button, for the compact embed.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let state = use_explainer();
    // Each switch has signals of its own: a change elsewhere in the scenario leaves it untouched
    // (`Explainer::is_on`).
    let marked = move || state.is_set_by_case(input);
    let id = format!(
        "{}switch-{}",
        if compact { "embed-" } else { "" },
        input.id()
    );
    let desc_id = (!compact).then(|| format!("{id}-desc"));
    view! {
        <div class="switch-row" class:set-by-case=marked>
            <button
                type="button"
                role="switch"
                class="switch"
                id=id.clone()
                aria-checked=move || if state.is_on(input) { "true" } else { "false" }
                aria-describedby=desc_id
                on:click=move |_| state.toggle(input)
            >
                <span class="switch-track" aria-hidden="true">
                    <span class="switch-thumb"></span>
                </span>
                <span class="switch-label">{content::short_name(input)}</span>
            </button>
            // Always in the markup, hidden unless the loaded case set this switch (cheaper than
            // inserting it: no `Show`).
            <span class="case-mark" hidden=move || !marked()>{content::SET_BY_CASE}</span>
            {(!compact).then(|| notes(input, &id))}
        </div>
    }
}

/// What a switch's row says beside it: the one-line description (the switch's accessible
/// description), what the article said and, for a context factor (which has no step of its own),
/// the theory behind it with its sources. Static text: pre-rendered, and kept by the live switch
/// from the page (`crate::regions::KEPT`), so none of it is in the WebAssembly.
#[cfg(static_text)]
fn notes(input: Input, id: &str) -> impl IntoView + use<> {
    let (article_label, article_text) = match input {
        Input::Condition(c) => (
            content::ARTICLE_2020_LABEL,
            content::condition(c).article_2020,
        ),
        Input::Context(f) => (content::ARTICLE_2026_LABEL, content::factor(f).article_2026),
    };
    // A condition's theory has its own step; a context factor's is told here.
    let theory = match input {
        Input::Condition(_) => None,
        Input::Context(f) => Some(content::factor(f)),
    };
    view! {
        <div class="switch-notes" id=format!("{id}-notes")>
            <p class="switch-desc" id=format!("{id}-desc")>{content::description(input)}</p>
            <details class="switch-note">
                <summary>{article_label}</summary>
                <p>{article_text}</p>
            </details>
            {theory.map(|text| view! {
                <details class="switch-note">
                    <summary>{content::THEORY_HEADING}</summary>
                    <p>{text.explanation}</p>
                    <SourceLinks sources=text.sources />
                </details>
            })}
        </div>
    }
}

/// In the browser, the place of the pre-rendered notes ([`crate::regions::KEPT`]).
#[cfg(not(static_text))]
fn notes(_input: Input, id: &str) -> impl IntoView + use<> {
    super::kept(format!("{id}-notes"))
}
