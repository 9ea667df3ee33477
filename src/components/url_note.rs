use leptos::prelude::*;

use crate::content;

/// A note, shown once and dismissible, listing what the link that opened the page asked for
/// and the explainer ignored. The link's text is inserted as text, never as markup.
#[component]
pub fn UrlNote(
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
