//! The steps of the argument: static text, with the live regions that belong to each.

use leptos::prelude::*;

use super::cases::Cases;
use super::map::MapFrame;
use super::sources::{SinceThen, Timeline};
use crate::components::SourceLinks;
use crate::content;
use crate::model::{Condition, Outcome};
use crate::paths;
use crate::regions::Region;
use crate::state::use_explainer;
use crate::story::StoryStep;

/// One step of the argument: a numbered heading, the text, the interactive part that belongs
/// to it, its sources, and a button on to the next step.
#[component]
pub fn StorySection(
    /// Which step.
    step: StoryStep,
    /// Its position, from 0.
    index: usize,
) -> impl IntoView {
    let state = use_explainer();
    let total = state.step_count();
    let id = step.id();
    view! {
        <section id=paths::step_id(id) class="step" aria-labelledby=paths::step_heading_id(id)>
            <h2 id=paths::step_heading_id(id) tabindex="-1">
                <span class="step-number">
                    {content::step_progress(index, total)}
                </span>
                <span class="step-heading">{step.heading()}</span>
            </h2>
            {match step {
                StoryStep::Argument(s) => view! {
                    {s.paragraphs.iter().map(|p| view! { <p><Linked text=p /></p> }).collect_view()}
                    {extra(s.id)}
                    <SourceLinks sources=s.sources />
                }
                .into_any(),
                StoryStep::Condition(c) => view! { <ConditionStep condition=c /> }.into_any(),
            }}
            {(index + 1 < total).then(|| Region::NextStep(index).view())}
        </section>
    }
}

/// The interactive part that belongs to a step of the argument, by the step's id.
fn extra(id: &str) -> AnyView {
    match id {
        "verdict" => view! {
            {Region::Verdict.view()}
            <MeterLegend />
            {Region::Share.view()}
            <MapFrame scenario=use_explainer().scenario.get_untracked() />
        }
        .into_any(),
        "phase-2026" => view! {
            <div class="context-switches" role="group" aria-labelledby="context-heading">
                <h3 id="context-heading">{content::CONTEXT_HEADING}</h3>
                <p>{content::CONTEXT_INTRO}</p>
                {Region::ContextSwitches.view()}
            </div>
            <Timeline />
            <SinceThen />
        }
        .into_any(),
        "history" => view! { <Cases /> }.into_any(),
        _ => ().into_any(),
    }
}

/// A condition's own step: what it means, the theory behind it, what the article said in
/// 2020, and whether it holds in the reader's scenario.
#[component]
fn ConditionStep(condition: Condition) -> impl IntoView {
    let text = content::condition(condition);
    view! {
        <p class="condition-lede">{text.description}</p>
        <p class="condition-state">
            {content::IN_YOUR_SCENARIO} " "
            {Region::ConditionState(condition).view()}
            "."
        </p>
        <h3>{content::THEORY_HEADING}</h3>
        <p><Linked text=text.explanation /></p>
        <h3>{content::ARTICLE_2020_LABEL}</h3>
        <p class="article-note">{text.article_2020}</p>
        <SourceLinks sources=text.sources />
    }
}

/// The key to the verdict's meter: each band with its outcome and its range of points, the
/// hatching of what a shut gate puts out of reach, and the marker. The same for every scenario,
/// so it is static text.
#[component]
fn MeterLegend() -> impl IntoView {
    view! {
        <figure class="meter-legend">
            <figcaption>{content::METER_LEGEND_HEADING}</figcaption>
            <ul>
                {Outcome::ALL
                    .into_iter()
                    .map(|band| view! {
                        <li>
                            <span class=format!("legend-swatch legend-{}", band.id()) aria-hidden="true"></span>
                            {content::outcome(band).label} " " {format!("({}–{})", content::number(band.floor()), content::number(band.top()))}
                        </li>
                    })
                    .collect_view()}
                <li><span class="legend-swatch legend-capped" aria-hidden="true"></span> {content::METER_LEGEND_CAPPED}</li>
                <li><span class="legend-marker" aria-hidden="true">"▼"</span> {content::METER_LEGEND_MARKER}</li>
            </ul>
        </figure>
    }
}

/// A text whose terms link to the glossary where they first appear (`[[id]]`, `[[words|id]]`
/// in the content).
#[component]
fn Linked(text: &'static str) -> impl IntoView {
    content::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            content::Piece::Text(words) => words.into_any(),
            content::Piece::Term { words, id } => view! {
                <a class="term" href=format!("{}#{id}", crate::paths::GLOSSARY_PAGE)>{words}</a>
            }
            .into_any(),
        })
        .collect_view()
}
