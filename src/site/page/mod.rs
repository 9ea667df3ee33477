//! The whole page as the build machine pre-renders it: the article's credit, the scenario
//! panel, the argument step by step, the cases and the sources, at the article's 2020
//! assessment. Compiled only where `static_text` is set (see `build.rs`): in the browser the
//! pre-rendered HTML is the page, and the app builds only the live regions ([`crate::regions`]).

pub(crate) mod cases;
mod map;
mod sources;
mod story;

pub use map::{MapGrid, MapKey};

use leptos::prelude::*;

use crate::content::{self, ARTICLE_2020, Preset};
use crate::link::Link;
use crate::regions::Region;
use crate::state::Explainer;
use sources::SourcesSection;
use story::StorySection;

/// The page, with every live region at its starting state: the article's 2020 assessment, or
/// the switches of `case` on the case's own page.
#[component]
pub fn Page(
    /// The case the page opens on.
    case: Option<&'static Preset>,
) -> impl IntoView {
    let state = match case {
        Some(case) => Explainer::from_link(&Link {
            scenario: case.scenario,
            preset: Some(case),
            ..Link::default()
        }),
        None => Explainer::new(),
    };
    provide_context(state);
    view! {
        {Region::Notices.view()}
        <div class="layout">
        <header class="masthead">
            <LanguageSwitch case />
            <p class="kicker">
                {content::KICKER}
                // For teachers, from the first screen (the kit's own words, `content/kit.toml`).
                <span class="top-link">
                    <sources::EnglishOnly
                        page=crate::paths::TEACHERS_PAGE
                        words=crate::content::kit::text().teachers_link.clone()
                    />
                </span>
            </p>
            // In a translated edition: who translated it, and whether it has been reviewed.
            {(!content::LANG_STATUS.is_empty()).then(|| view! {
                <aside class="translation-note" aria-label=content::TRANSLATION_NOTE_LABEL>
                    <details>
                        <summary>
                            {content::LANG_STATUS_SHORT} " · "
                            <span lang="en" dir="ltr">{content::LANG_STATUS_SHORT_EN}</span>
                        </summary>
                        <p>{content::LANG_STATUS}</p>
                        <p lang="en" dir="ltr">{content::LANG_STATUS_EN}</p>
                        {(!content::QUOTATIONS.is_empty()).then(|| view! {
                            <p><a href="#quotations">{content::QUOTATIONS_HEADING}</a></p>
                        })}
                    </details>
                </aside>
            })}
            // `elementtiming` lets the benchmark time when the title is first painted.
            {leptos::html::h1().attr("elementtiming", "title").child(content::HEADLINE)}
            <p class="dek">{content::DEK}</p>
            <p class="credit">
                {content::CREDIT_PREFIX} " " {content::QUOTES.0.to_string()}
                <a href=ARTICLE_2020.url lang=content::english_work() hreflang=content::english_work() dir=content::english_work().map(|_| "ltr")>{ARTICLE_2020.title}</a>
                {content::QUOTES.1.to_string()} {content::LIST_SEPARATOR}
                <span lang=content::english_work() dir=content::english_work().map(|_| "ltr")>{ARTICLE_2020.outlet}</span> {content::LIST_SEPARATOR}
                <time datetime=ARTICLE_2020.iso_date>{ARTICLE_2020.date}</time> ". "
                <span class="review-line">{content::REVIEW_LINE}</span>
                {crate::site::options::publisher().map(|name| view! {
                    " " <span class="publisher">{content::published_by(&name)}</span>
                })}
                {Region::FullLink.view()}
                // In an embed made under an older model version: `public/boot.js` marks the
                // page (`model-changed`) from the address, and the stylesheet shows this.
                <span class="model-changed-note">
                    " " {content::MODEL_CHANGED} " "
                    <a href="./#corrections" target="_blank" rel="noopener">{content::MODEL_CHANGED_LINK}</a>
                    "."
                </span>
            </p>
            // On a case's own page: which case is loaded, before anything else is read.
            {case.map(|case| view! {
                <p class="case-banner">
                    {content::CASE_PAGE_NOTE} " "
                    <a href=format!("#{}", case.card_id())>{case.name} " (" {case.date} ")"</a>
                </p>
            })}
            // Where things stand now, dated, for a reader who meets the 2020 argument today.
            <aside class="stand" aria-labelledby="stand-heading">
                <h2 id="stand-heading">{content::STAND_HEADING}</h2>
                <p>
                    <time class="stand-dateline" datetime=content::COVERED_UNTIL_ISO>{content::STAND_DATELINE}</time>
                    " " {content::STAND_TEXT} " "
                    <a href="#since">{content::STAND_LINK}</a>
                </p>
            </aside>
        </header>
            {Region::Panel.view()}
            <div class="story">
                {Region::StepNav.view()}
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

/// The language switch at the top of every page: each other edition by its own name, in its
/// own language, linking to the same page there. `public/boot.js` carries the reader's
/// scenario and step along when it is followed.
#[component]
fn LanguageSwitch(case: Option<&'static Preset>) -> impl IntoView {
    let page = case.map(Preset::page_path).unwrap_or_default();
    view! {
        <nav class="language-switch" aria-label=content::LANGUAGE_NAV>
            <ul>
                {content::LANGUAGES
                    .iter()
                    .filter(|(code, _, _)| *code != content::LANG)
                    .map(|&(code, name, _)| {
                        view! {
                            <li>
                                <a href=crate::paths::edition(code, &page) hreflang=code lang=code>
                                    {name}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
