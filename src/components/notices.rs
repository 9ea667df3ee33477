use leptos::prelude::*;

use crate::browser;
use crate::content;
use crate::link::PageSettings;
use crate::regions::Region;
use crate::state::{LinkNotes, use_explainer};

/// What the page says before anything else: a note about what the link that opened the page
/// asked for and the explainer ignored.
#[component]
pub fn Notices() -> impl IntoView {
    let LinkNotes(notes) = use_context().unwrap_or_default();
    view! {
        <div id=Region::Notices.id()>
            <UrlNote notes />
        </div>
    }
}

/// In an embed, the end of the credit line: a link that opens the full explainer in a new tab,
/// on the reader's scenario. Always in the page, so the pre-rendered page has it too and nothing
/// moves when the app takes over; the stylesheet shows it only in an embed.
#[component]
pub fn FullLink() -> impl IntoView {
    let state = use_explainer();
    let embed = use_context::<PageSettings>().unwrap_or_default().embed;
    // Only an embed shows the link, so only an embed follows the scenario with it (outside one,
    // and on the build machine, it is the explainer's own folder).
    let full_link = move || {
        if embed.is_on() {
            browser::url::share_link(state)
        } else {
            "./".to_string()
        }
    };
    view! {
        <span class="embed-link" id=Region::FullLink.id()>
            " "
            <a href=full_link target="_blank" rel="noopener">{content::FULL_EXPLAINER_LINK}</a>
        </span>
    }
}

/// A note, shown once and dismissible, listing what the link that opened the page asked for
/// and the explainer ignored. The link's text is inserted as text, never as markup.
#[component]
fn UrlNote(
    /// What was ignored, in words; no note when empty.
    notes: Vec<String>,
) -> impl IntoView {
    let open = RwSignal::new(!notes.is_empty());
    let notes = StoredValue::new(notes);
    view! {
        <Show when=move || open.get()>
            <div class="url-note" role="status">
                <p>{content::URL_NOTE_INTRO}</p>
                <ul>
                    {notes.get_value().into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                </ul>
                <button type="button" class="button button-quiet" on:click=move |_| open.set(false)>
                    {content::URL_NOTE_DISMISS}
                </button>
            </div>
        </Show>
    }
}
