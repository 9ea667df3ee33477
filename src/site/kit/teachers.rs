//! The page for teachers (`teachers.html`): learning goals, a 45-minute lesson, discussion
//! questions for every case and for the model's judgement calls, and links that open each case
//! and each step. Its words are in `content/teaching.toml`.

use leptos::prelude::*;

use super::{KitPage, render};
pub use crate::content::kit::{LessonPart, Teaching};
use crate::content::{self, PRESETS, Preset};
use crate::host_protocol::EmbedCode;
use crate::link::Link;
use crate::model::{self, Condition, ContextFactor, Input};
use crate::paths;
use crate::paths::{MODEL_PAGE, TEACHERS_PAGE};
use crate::story::{self, StoryStep};

/// The index of the step with this id.
fn step_index(id: &str) -> Option<usize> {
    story::steps().iter().position(|s| s.id() == id)
}

/// The explainer's address (relative to its folder) that opens a step.
pub fn step_link(id: &str) -> String {
    super::explainer_link(Link {
        step: step_index(id).unwrap_or(0),
        ..Link::default()
    })
}

/// The page for teachers.
pub fn page(teaching: &'static Teaching) -> KitPage {
    let kit = crate::content::kit::text();
    KitPage {
        path: TEACHERS_PAGE.into(),
        title: content::sub_title(&kit.teachers_link),
        description: teaching.intro.clone(),
        body: render(|| view! { <TeachersPage teaching /> }),
        scripts: &["qrcode.js", "teachers.js"],
    }
}

#[component]
fn TeachersPage(teaching: &'static Teaching) -> impl IntoView {
    let kit = crate::content::kit::text();
    let minutes: u32 = teaching.lesson.iter().map(|p| p.minutes).sum();
    let steps = story::steps();
    view! {
        <header class="kit-header">
            <p class="kicker">{content::HEADLINE}</p>
            <h1>{teaching.title.clone()}</h1>
            <p class="dek">{teaching.intro.clone()}</p>
            <p>{teaching.audience.clone()}</p>
            <p class="review-line">{content::MODEL_LINE} ". " {content::REVIEW_LINE}</p>
        </header>
        <section aria-labelledby="goals">
            <h2 id="goals">{kit.goals_heading.clone()}</h2>
            <ul>
                {teaching.goal.iter().map(|g| view! { <li>{g.text.clone()}</li> }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="lesson">
            <h2 id="lesson">{kit.lesson(minutes)}</h2>
            <ol class="lesson">
                {teaching.lesson.iter().map(|part| view! { <LessonItem part /> }).collect_view()}
            </ol>
        </section>
        <section aria-labelledby="model">
            <h2 id="model">{kit.model_link.clone()}</h2>
            <p>{content::NOT_A_FORECAST} " " {content::ABOUT_MODEL}</p>
            <p><a href=MODEL_PAGE>{kit.model_page_intro.clone()}</a></p>
        </section>
        <section aria-labelledby="open">
            <h2 id="open">{kit.links_heading.clone()}</h2>
            <p>{kit.links_intro.clone()}</p>
            <h3>{kit.steps_heading.clone()}</h3>
            <ol class="link-list">
                {steps
                    .iter()
                    .map(|s: &StoryStep| view! { <li><a href=step_link(s.id())>{s.heading()}</a></li> })
                    .collect_view()}
            </ol>
            <h3>{kit.cases_heading.clone()}</h3>
            <ul class="link-list">
                {PRESETS
                    .iter()
                    .map(|p| {
                        let handout = paths::handout(p.scenario, Some((p.id, p.scenario)));
                        view! {
                            <li>
                                <CaseLink preset=p /> " · "
                                <a href=handout.clone()>{kit.case_handout.clone()}</a> " · "
                                <a href=format!("{handout}#predict")>{kit.case_predict.clone()}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <LinkBuilder />
        <section aria-labelledby="questions">
            <h2 id="questions">{kit.questions_heading.clone()}</h2>
            <h3>{kit.case_questions_heading.clone()}</h3>
            {teaching
                .case_questions
                .iter()
                .filter_map(|q| Some((content::preset(&q.case)?, q)))
                .map(|(preset, q)| {
                    view! {
                        <section class="questions" aria-labelledby=format!("q-{}", preset.id)>
                            <h4 id=format!("q-{}", preset.id)><CaseLink preset /></h4>
                            <ol>{q.questions.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view()}</ol>
                        </section>
                    }
                })
                .collect_view()}
            <h3>{kit.model_questions_heading.clone()}</h3>
            {teaching
                .model_questions
                .iter()
                .map(|q| {
                    view! {
                        <section class="questions">
                            <h4>{q.topic.clone()}</h4>
                            <ol>{q.questions.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view()}</ol>
                        </section>
                    }
                })
                .collect_view()}
        </section>
        <section aria-labelledby="cautions">
            <h2 id="cautions">{kit.cautions_heading.clone()}</h2>
            <ul>
                {teaching.caution.iter().map(|c| view! { <li>{c.text.clone()}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// One part of the lesson, with a link to the step or case it opens.
#[component]
fn LessonItem(part: &'static LessonPart) -> impl IntoView {
    let kit = crate::content::kit::text();
    let step = part.step.as_deref().and_then(|id| {
        let s = story::steps().iter().find(|s| s.id() == id)?;
        Some(view! { " " <a href=step_link(id)>{format!("{} {}", kit.open_prefix, s.heading())}</a> })
    });
    let case = part
        .case
        .as_deref()
        .and_then(content::preset)
        .map(|p| view! { " " <CaseLink preset=p /> });
    view! {
        <li>
            <strong>{part.title.clone()}</strong>
            " " <span class="minutes">{kit.minutes(part.minutes)}</span>
            <p>{part.text.clone()} {step} {case}</p>
        </li>
    }
}

/// A link to a case's own page, which opens the explainer with the case loaded.
#[component]
fn CaseLink(preset: &'static Preset) -> impl IntoView {
    view! { <a href=preset.page_path()>{preset.name} " (" {preset.date} ")"</a> }
}

/// The link builder: switches, a case, a step and predict mode in; a link, an embed code and a
/// QR code out. The form is written here; `public/teachers.js` shows it and makes the link.
/// What the script needs that only the build knows comes in data attributes: each switch's bit,
/// each case's switches, the embed code's template and every scenario's image description.
#[component]
fn LinkBuilder() -> impl IntoView {
    let kit = crate::content::kit::text();
    let marker = |name: &str| format!("@{name}@");
    let template = EmbedCode {
        url: marker("URL"),
        title: content::EMBED_TITLE.to_string(),
        script_url: marker("SCRIPT"),
        image_url: marker("IMAGE"),
        image_alt: marker("ALT"),
        link: marker("LINK"),
    }
    .responsive();
    let targets = crate::site::script_data::link_targets_json();
    let bit = |input: Input| {
        let s = model::Scenario::default().with(input, true);
        (s.conditions.bits() | s.context.bits()).to_string()
    };
    let checkbox = move |input: Input, kind: &'static str| {
        let id = format!("build-{kind}-{}", input.id());
        view! {
            <p class="guess">
                <input type="checkbox" id=id.clone() data-kind=kind data-id=input.id() data-bit=bit(input) />
                " " <label for=id>{content::short_name(input)}</label>
            </p>
        }
    };
    view! {
        <section aria-labelledby="builder" class="builder">
            <h2 id="builder">{kit.builder_heading.clone()}</h2>
            <p>{kit.builder_intro.clone()}</p>
            <p class="builder-nojs">{kit.builder_nojs.clone()}</p>
            <form id="link-builder" hidden data-embed=template data-embed-params=crate::site::meta::embed_params() data-targets=targets data-copied=kit.builder_copied.clone()>
                <fieldset>
                    <legend>{kit.builder_conditions.clone()}</legend>
                    {Condition::ALL.into_iter().map(|c| checkbox(Input::Condition(c), "on")).collect_view()}
                </fieldset>
                <fieldset>
                    <legend>{kit.builder_context.clone()}</legend>
                    {ContextFactor::ALL.into_iter().map(|f| checkbox(Input::Context(f), "ctx")).collect_view()}
                </fieldset>
                <p>
                    <label for="build-case">{kit.builder_case.clone()}</label> " "
                    <select id="build-case">
                        <option value="">{kit.builder_no_case.clone()}</option>
                        {PRESETS
                            .iter()
                            .map(|p| {
                                let on: Vec<&str> = p.scenario.conditions.present().map(Condition::id).collect();
                                let ctx: Vec<&str> = p.scenario.context.present().map(ContextFactor::id).collect();
                                view! { <option value=p.id data-on=on.join(",") data-ctx=ctx.join(",")>{p.name}</option> }
                            })
                            .collect_view()}
                    </select>
                </p>
                <p>
                    <label for="build-step">{kit.builder_step.clone()}</label> " "
                    <select id="build-step">
                        {story::steps()
                            .iter()
                            .enumerate()
                            // Each step's value is its part of the link, `step=…` (none for the first).
                            .map(|(i, s)| {
                                let query = crate::site::links::link_query(crate::link::Link { step: i, ..crate::link::Link::default() });
                                view! { <option value=query>{s.heading()}</option> }
                            })
                            .collect_view()}
                    </select>
                </p>
                <p class="guess">
                    <input type="checkbox" id="build-predict" />
                    " " <label for="build-predict">{kit.builder_predict.clone()}</label>
                </p>
                <p>
                    <label for="build-link">{kit.builder_link.clone()}</label>
                    <input type="text" id="build-link" readonly class="builder-output" />
                    <button type="button" class="button" data-copy="build-link">{kit.builder_copy_link.clone()}</button>
                </p>
                <p>
                    <label for="build-embed">{kit.builder_embed.clone()}</label>
                    <textarea id="build-embed" readonly rows="5" class="builder-output" data-predict=kit.builder_embed_predict.clone()></textarea>
                    <button type="button" class="button" data-copy="build-embed">{kit.builder_copy_embed.clone()}</button>
                </p>
                <p id="build-status" role="status"></p>
                <div>
                    <p><strong>{kit.builder_qr.clone()}</strong></p>
                    <div id="build-qr" class="qr" data-label=kit.qr_label.clone()></div>
                    <p><a id="build-qr-download" download="explainer-qr.svg" href="#builder">{kit.builder_download_qr.clone()}</a></p>
                </div>
            </form>
        </section>
    }
}
