use leptos::prelude::*;

use crate::browser;
use crate::content::{self, PRESETS};
use crate::regions::Region;
use crate::state::use_explainer;

/// The buttons that load the cases, and a reset. Choosing a case loads its switches and shows
/// its write-up: every case's write-up is pre-rendered static text (`crate::site::page`), and this
/// region marks the chosen one (the stylesheet hides the others once scripts run).
#[component]
pub fn CaseButtons() -> impl IntoView {
    let state = use_explainer();
    if browser::IN_BROWSER {
        Effect::new(move || browser::show_case(state.preset.get().map(|p| p.id)));
    }
    view! {
        <div class="case-buttons" id=Region::Cases.id()>
            <ul class="preset-list" aria-labelledby="presets-heading">
                {PRESETS
                    .iter()
                    .map(|preset| {
                        let chosen = move || state.preset.get().is_some_and(|p| p.id == preset.id);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="button preset-button"
                                    aria-pressed=move || if chosen() { "true" } else { "false" }
                                    on:click=move |_| {
                                        state.load_preset(preset);
                                        browser::reveal(preset.heading_id());
                                    }
                                >
                                    <span class="preset-name">{preset.name}</span>
                                    <span class="preset-date">{preset.date}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="button button-quiet" on:click=move |_| state.reset()>
                {content::RESET_LABEL}
            </button>
        </div>
    }
}
