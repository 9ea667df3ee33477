//! The page: the article's credit, the scenario panel, the argument step by step, and sources.

use leptos::prelude::*;

use crate::browser;
use crate::components::{ScenarioPanel, SourcesSection, StepNav, StorySection, UrlNote};
use crate::content::{self, ARTICLE_2020};
use crate::state::Explainer;

/// The whole explainer, started from the page's own link.
#[component]
pub fn App() -> impl IntoView {
    let (link, page) = browser::url::initial();
    let state = Explainer::from_link(&link);
    provide_context(state);
    browser::apply_page_settings(&page);
    browser::url::sync(state, page.clone());
    browser::host::connect(state, page.clone());
    if !page.embed {
        browser::track_current_step(state);
        if browser::IN_BROWSER && link.step > 0 {
            let id = state.steps()[state.step.get_untracked()].id();
            request_animation_frame(move || browser::scroll_to_step(id, false));
        }
    }
    let full_link = move || browser::url::share_link(state);

    view! {
        <UrlNote notes=page.notes.clone() />
        {page.embed.then(|| view! {
            <p class="embed-link">
                <a href=full_link target="_blank" rel="noopener">{content::FULL_EXPLAINER_LINK}</a>
            </p>
        })}
        <div class="layout">
        <header class="masthead">
            <p class="kicker">{content::KICKER}</p>
            // `elementtiming` lets the benchmark time when the title is first painted.
            {leptos::html::h1().attr("elementtiming", "title").child(content::HEADLINE)}
            <p class="dek">{content::DEK}</p>
            <p class="credit">
                {content::CREDIT_PREFIX} " “"
                <a href=ARTICLE_2020.url>{ARTICLE_2020.title}</a> "”, "
                {ARTICLE_2020.outlet} ", "
                <time datetime=ARTICLE_2020.iso_date>{ARTICLE_2020.date}</time> ". "
                <span class="review-line">{content::REVIEW_LINE}</span>
            </p>
        </header>
            <ScenarioPanel />
            <div class="story">
                <StepNav />
                {state
                    .steps()
                    .iter()
                    .copied()
                    .enumerate()
                    .map(|(index, step)| view! { <StorySection step index /> })
                    .collect_view()}
            </div>
        </div>
        <SourcesSection />
    }
}
