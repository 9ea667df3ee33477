use leptos::prelude::*;

use crate::content::{self, Source, SourceKind};

/// A short line under a step or case naming its sources, linked where there is a link.
#[component]
pub fn SourceLinks(
    /// The sources to name.
    sources: &'static [&'static Source],
) -> impl IntoView {
    (!sources.is_empty()).then(|| {
        view! {
            <p class="source-links">
                <span class="source-links-label">{content::SOURCE_LINKS_LABEL} ": "</span>
                <SourceNames sources />
            </p>
        }
    })
}

/// The sources behind one claim, in brackets after it: "(AP, 26 April 2026; …)".
#[component]
pub fn InlineSources(
    /// The sources to name.
    sources: &'static [&'static Source],
) -> impl IntoView {
    view! {
        " "
        <span class="inline-sources">"(" <SourceNames sources /> ")"</span>
    }
}

/// Sources' short names, separated by semicolons: "AP, 26 April 2026; IRNA, 1 March 2026".
#[component]
pub fn SourceNames(
    /// The sources to name.
    sources: &'static [&'static Source],
) -> impl IntoView {
    sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                {(i > 0).then_some("; ")}
                <SourceName source=s />
            }
        })
        .collect_view()
}

/// A source's short name and date, linked when it has a link: the outlet for a report or
/// record (a reader knows the wire, not the reporters), otherwise the authors, else the outlet.
#[component]
fn SourceName(
    /// The source to name.
    source: &'static Source,
) -> impl IntoView {
    let who = if !source.authors.is_empty() && source.kind != SourceKind::Record {
        source.authors
    } else if !source.outlet.is_empty() {
        source.outlet
    } else {
        source.title
    };
    // In a translated edition, the work's name as published (in English) is marked as English,
    // and so is the link. A constant: the English edition compiles only the plain form.
    if let Some(english) = content::english_work() {
        let name = view! {
            <cite><span lang=english dir="ltr">{who}</span> {content::LIST_SEPARATOR} {source.date}</cite>
        };
        return if source.url.is_empty() {
            name.into_any()
        } else {
            view! { <a href=source.url hreflang=english>{name}</a> }.into_any()
        };
    }
    let name = format!("{who}, {}", source.date);
    if source.url.is_empty() {
        view! { <cite>{name}</cite> }.into_any()
    } else {
        view! { <a href=source.url><cite>{name}</cite></a> }.into_any()
    }
}
