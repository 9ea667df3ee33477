//! The sources, the timeline and the corrections: static text, pre-rendered.

use leptos::prelude::*;

use crate::components::{InlineSources, SourceLinks};
use crate::content::{
    self, ARTICLE_2020, ARTICLE_2026, CORRECTIONS, Event, SINCE, SOURCES, Source, SourceKind,
    TIMELINE,
};

/// Dated events, each with the sources a reader can open.
#[component]
fn Events(
    /// The events, oldest first.
    events: &'static [Event],
    /// When set, each event's element id: this, then its `iso_date` (`since-2026-06-14`).
    #[prop(optional)]
    id_prefix: Option<&'static str>,
) -> impl IntoView {
    view! {
        <ol class="events">
            {events
                .iter()
                .map(|e| view! {
                    <li id=id_prefix.map(|prefix| format!("{prefix}{}", e.iso_date))>
                        <time datetime=e.iso_date>{e.date}</time>
                        " " <span>{e.text}</span>
                        <InlineSources sources=e.sources />
                    </li>
                })
                .collect_view()}
        </ol>
    }
}

/// The dated events behind the argument, up to the 2026 piece.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <div class="timeline">
            <h3>{content::TIMELINE_HEADING}</h3>
            <Events events=&TIMELINE />
        </div>
    }
}

/// What has happened since the 2026 piece: dated, sourced events, what is not known, and up to
/// when the explainer covers events.
#[component]
pub fn SinceThen() -> impl IntoView {
    view! {
        <div class="timeline since" id="since">
            <h3>{content::SINCE_HEADING}</h3>
            <p>{content::SINCE_INTRO}</p>
            <h4>{content::SINCE_ARC_HEADING}</h4>
            <ol class="arc">
                {content::SINCE_ARC
                    .iter()
                    .map(|(text, event)| view! { <li><a href=format!("#since-{event}")>{*text}</a></li> })
                    .collect_view()}
            </ol>
            <Events events=&SINCE id_prefix="since-" />
            <p>{content::SINCE_UNKNOWN}</p>
            <p class="review-line">{content::REVIEW_LINE}</p>
            <h4>{content::SINCE_READING_HEADING}</h4>
            {content::SINCE_READING.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <SourceLinks sources=content::SINCE_READING_SOURCES />
        </div>
    }
}

/// The public record of every substantive change to claims, codings or the model, newest first.
#[component]
fn Corrections() -> impl IntoView {
    view! {
        <h3 id="corrections">{content::CORRECTIONS_HEADING}</h3>
        <p>{content::CORRECTIONS_INTRO} " " {content::REVIEW_LINE} " " {content::MODEL_LINE} "."</p>
        <ul class="corrections">
            {CORRECTIONS
                .iter()
                .map(|c| view! {
                    <li><time datetime=c.iso_date>{c.date}</time> ": " {c.text}</li>
                })
                .collect_view()}
        </ul>
    }
}

/// Sources and credits at the end: the two articles, the works the model draws on, and a plain
/// statement of what the model is.
#[component]
pub fn SourcesSection() -> impl IntoView {
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{content::SOURCES_HEADING}</h2>
            <h3>{content::ARTICLES_HEADING}</h3>
            <ul class="citations">
                <li><Citation source=&ARTICLE_2020 /></li>
                <li><Citation source=&ARTICLE_2026 /></li>
            </ul>
            <p>{content::CREDITS_NOTE}</p>
            // In a translated edition: every quotation beside its English original.
            {(!content::QUOTATIONS.is_empty()).then(|| view! {
                <h3 id="quotations">{content::QUOTATIONS_HEADING}</h3>
                <p>{content::QUOTATIONS_INTRO}</p>
                <ol class="quotations">
                    {content::QUOTATIONS
                        .iter()
                        .map(|&(translation, original)| view! {
                            <li>
                                <q>{translation}</q> " "
                                // In English quotation marks, whatever the page's language.
                                <span lang="en" dir="ltr">
                                    {content::ENGLISH_QUOTES.0.to_string()} {original}
                                    {content::ENGLISH_QUOTES.1.to_string()}
                                </span>
                            </li>
                        })
                        .collect_view()}
                </ol>
            })}
            <h3>{content::ABOUT_MODEL_HEADING}</h3>
            <p>{content::NOT_A_FORECAST} " " {content::ABOUT_MODEL}</p>
            <p class="model-notes-link"><a href=crate::paths::MODEL_PAGE>{content::MODEL_NOTES_LINK}</a></p>
            <h3>{content::THEORY_HEADING}</h3>
            <Citations kind=SourceKind::Theory />
            <h3>{content::RECORDS_HEADING}</h3>
            <Citations kind=SourceKind::Record />
            <Corrections />
            <KitLinks />
        </section>
    }
}

/// A link to a page only the English edition has ([`crate::paths::english_only`]): in another
/// edition it says the page is in English, and its `hreflang` says so to software.
#[component]
pub fn EnglishOnly(page: &'static str, words: String) -> impl IntoView {
    let english = !content::TEACHING_TRANSLATED;
    view! {
        <a href=crate::paths::english_only(page) hreflang=english.then_some("en")>
            {words}
            {english.then(|| view! { " " <span class="in-english">{content::IN_ENGLISH}</span> })}
        </a>
    }
}

/// Every source of one kind, cited in full.
#[component]
fn Citations(
    /// Which kind of source to list.
    kind: SourceKind,
) -> impl IntoView {
    view! {
        <ul class="citations">
            {SOURCES
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| view! { <li><Citation source=s /></li> })
                .collect_view()}
        </ul>
    }
}

/// A full citation, its link and its note.
#[component]
fn Citation(
    /// The source to cite.
    source: &'static Source,
) -> impl IntoView {
    view! {
        // Cited as published, in English: marked so, set apart from the page's direction.
        <span class="citation" lang=content::english_work() dir=content::english_work().map(|_| "ltr")>{source.citation}</span>
        {(!source.url.is_empty()).then(|| view! { " " <a href=source.url class="citation-link" translate="no" hreflang=content::english_work()>{source.url}</a> })}
        {(!source.note.is_empty()).then(|| view! { " " <span class="citation-note">{source.note}</span> })}
    }
}

/// The classroom kit's pages (`src/site/kit/`): for teachers, and accessibility (the model's notes
/// are linked just above, under the model's heading).
#[component]
fn KitLinks() -> impl IntoView {
    let kit = crate::content::kit::text();
    view! {
        <nav class="kit-links" aria-label=kit.nav_label.clone()>
            <ul>
                <li><EnglishOnly page=crate::paths::TEACHERS_PAGE words=kit.footer_teachers.clone() /></li>
                <li><a href=crate::paths::GLOSSARY_PAGE>{kit.glossary_link.clone()}</a></li>
                <li><a href=crate::paths::ACCESSIBILITY_PAGE>{kit.footer_accessibility.clone()}</a></li>
            </ul>
        </nav>
    }
}
