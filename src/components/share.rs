use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clipboard, url};
use crate::content;
use crate::host_protocol;
use crate::paths;
use crate::regions::Region;
use crate::state::use_explainer;

/// Copy a link to the reader's scenario, or embed code for another page. The result is
/// announced; where the browser refuses to copy, the text is shown selected for copying by hand.
#[component]
pub fn Share() -> impl IntoView {
    let state = use_explainer();
    let status = RwSignal::new(String::new());
    let manual = RwSignal::new(None::<String>);
    let manual_box = NodeRef::<Textarea>::new();
    let copy = move |text: String, what: &'static str| {
        spawn_local(async move {
            if clipboard::copy(&text).await {
                manual.set(None);
                status.set(content::copied(what));
            } else {
                status.set(content::COPY_FAILED.to_string());
                manual.set(Some(text));
                // Once the box is drawn, select its text, so the reader only has to copy.
                request_animation_frame(move || {
                    if let Some(area) = manual_box.get_untracked() {
                        let _ = area.focus();
                        area.select();
                    }
                });
            }
        });
    };
    // The embed codes of the reader's scenario, made when a button asks for them.
    let code = move || {
        let base = url::base_url();
        let scenario = state.scenario.get_untracked();
        host_protocol::EmbedCode {
            url: url::embed_link(state),
            title: content::EMBED_TITLE.to_string(),
            script_url: format!("{base}embed.js"),
            image_url: format!("{base}{}", paths::scenario_image(scenario)),
            image_alt: content::image_alt(scenario, state.verdict.get_untracked().outcome),
            link: url::share_link(state),
        }
    };
    let image = move || paths::scenario_image(state.settled.get());
    let handout = move || {
        paths::english_only(&paths::handout(
            state.settled.get(),
            state.preset.get().map(|c| (c.id, c.scenario)),
        ))
    };
    view! {
        <div class="share" id=Region::Share.id()>
            <h3>{content::SHARE_HEADING}</h3>
            <p>{content::SHARE_INTRO}</p>
            <div class="share-buttons">
                <button type="button" class="button" on:click=move |_| copy(url::share_link(state), content::COPIED_LINK)>
                    {content::COPY_LINK}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| copy(code().responsive(), content::COPIED_EMBED)
                >
                    {content::COPY_EMBED}
                </button>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| copy(code().fixed(), content::COPIED_EMBED_FIXED)
                >
                    {content::COPY_EMBED_FIXED}
                </button>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| copy(code().image(), content::COPIED_IMAGE)
                >
                    {content::COPY_IMAGE}
                </button>
                <a href=image target="_blank" rel="noopener">{content::IMAGE_LINK}</a>
                <a href=handout>{content::HANDOUT_LINK}</a>
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
            <Show when=move || manual.get().is_some()>
                <textarea
                    class="copy-box"
                    node_ref=manual_box
                    readonly
                    rows="4"
                    aria-label=content::COPY_BOX_LABEL
                    prop:value=move || manual.get().unwrap_or_default()
                ></textarea>
            </Show>
        </div>
    }
}
