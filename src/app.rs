//! The page: the article's credit, the scenario panel, the argument step by step, and sources.

use leptos::prelude::*;

use crate::browser;
use crate::components::{ScenarioPanel, SourcesSection, StepNav, StorySection};
use crate::content::{self, ARTICLE_2020};
use crate::state::Explainer;

/// The whole explainer.
#[component]
pub fn App() -> impl IntoView {
    let state = Explainer::new();
    provide_context(state);
    browser::track_current_step(state);

    view! {
        <div class="layout">
        <header class="masthead">
            <p class="kicker">{content::KICKER}</p>
            <h1>{ARTICLE_2020.title}</h1>
            <p class="dek">{content::DEK}</p>
            <p class="credit">
                {content::CREDIT_PREFIX} " "
                <a href=ARTICLE_2020.url>{ARTICLE_2020.outlet}</a> ", "
                <time datetime=ARTICLE_2020.iso_date>{ARTICLE_2020.date}</time> "."
            </p>
        </header>
            <ScenarioPanel />
            <div class="story">
                <StepNav />
                {state
                    .steps()
                    .into_iter()
                    .enumerate()
                    .map(|(index, step)| view! { <StorySection step index /> })
                    .collect_view()}
            </div>
        </div>
        <SourcesSection />
    }
}
