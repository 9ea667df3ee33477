//! The page: the article's credit, the four condition switches and what they add up to.

use leptos::prelude::*;

use crate::components::ConditionSwitch;
use crate::content::{self, ARTICLE_2020};
use crate::model::{Condition, Conditions};

/// The whole explainer.
#[component]
pub fn App() -> impl IntoView {
    let conditions = RwSignal::new(Conditions::default());
    let summary = Memo::new(move |_| content::conditions_summary(conditions.get()));

    view! {
        <header class="masthead">
            <p class="kicker">{content::KICKER}</p>
            <h1>{ARTICLE_2020.title}</h1>
            <p class="credit">
                {content::CREDIT_PREFIX} " "
                <a href=ARTICLE_2020.url>{ARTICLE_2020.outlet}</a> ", "
                <time datetime=ARTICLE_2020.iso_date>{ARTICLE_2020.date}</time> "."
            </p>
        </header>
        <section class="conditions" aria-labelledby="conditions-heading">
            <h2 id="conditions-heading">{content::CONDITIONS_HEADING}</h2>
            <ul class="switches">
                {Condition::ALL
                    .into_iter()
                    .map(|condition| view! { <li><ConditionSwitch condition conditions /></li> })
                    .collect_view()}
            </ul>
            <p id="conditions-summary" class="summary" role="status" aria-live="polite">
                {summary}
            </p>
        </section>
    }
}
