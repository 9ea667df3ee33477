//! The one-page handout of a scenario (`handout/scenario-<bits>.html`) or of a case
//! (`handout/case-<id>.html`): the switches as set, the verdict and its meter, the narrative,
//! the case's coding, the sources, the model's version and review date, and the scenario's link
//! with a QR code that opens it; on screen also its citations (APA, MLA, Chicago, BibTeX).
//!
//! Everything is written here on the build machine but for what only the reader's browser
//! knows: the scenario's full address (the site may live anywhere) and today's date.
//! `public/handout.js` fills both in, draws the QR code (`qrcode.js`, from npm) and runs the
//! copy buttons.

use leptos::prelude::*;

use super::{KitPage, render};
use crate::components::Meter;
use crate::content::kit::CitationStyle;
use crate::content::{self, ARTICLE_2020, ARTICLE_2026, Preset};
use crate::link::Link;
use crate::model::{Condition, ContextFactor, Input, Outcome, Scenario, Verdict};
use crate::paths;
use crate::site::page::cases::CaseCard;
use crate::site::page::{MapGrid, MapKey};

/// The scripts a handout loads.
pub const SCRIPTS: &[&str] = &["qrcode.js", "handout.js"];

/// The explainer's address for this scenario or case, relative to the explainer's folder.
pub fn scenario_link(scenario: Scenario, case: Option<&'static Preset>) -> String {
    match case {
        Some(case) => case.page_path(),
        None => super::explainer_link(Link {
            scenario,
            ..Link::default()
        }),
    }
}

/// A short description of the scenario, for its title and citations: the conditions present and
/// the context factors on, or the case's name.
pub fn scenario_name(scenario: Scenario, case: Option<&Preset>) -> String {
    if let Some(case) = case {
        return format!("{} ({})", case.name, case.date);
    }
    let names = |inputs: Vec<Input>| {
        inputs
            .into_iter()
            .map(content::short_name)
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let conditions: Vec<Input> = scenario
        .conditions
        .present()
        .map(Input::Condition)
        .collect();
    let factors: Vec<Input> = scenario.context.present().map(Input::Context).collect();
    let mut name = content::conditions_summary(scenario.conditions);
    if !conditions.is_empty() && conditions.len() < 4 {
        name = format!("{}: {}", content::CONDITIONS_HEADING, names(conditions));
    }
    if !factors.is_empty() {
        name = format!("{name}; {}: {}", content::CONTEXT_HEADING, names(factors));
    }
    name.trim_end_matches('.').to_string()
}

/// The handout of `scenario`, or of `case` (whose scenario it is), given the model's `verdict`
/// on it.
pub fn page(scenario: Scenario, verdict: Verdict, case: Option<&'static Preset>) -> KitPage {
    let kit = crate::content::kit::text();
    let name = scenario_name(scenario, case);
    KitPage {
        path: paths::handout(scenario, case.map(|c| (c.id, c.scenario))),
        title: format!("{}: {name}", kit.handout_label),
        description: format!(
            "{} {}",
            content::outcome(verdict.outcome).label,
            content::scenario_summary(scenario, &verdict)
        ),
        body: render(move || view! { <Handout scenario verdict case /> }),
        scripts: SCRIPTS,
    }
}

#[component]
fn Handout(
    scenario: Scenario,
    /// The model's verdict on `scenario`.
    verdict: Verdict,
    case: Option<&'static Preset>,
) -> impl IntoView {
    let kit = crate::content::kit::text();
    let outcome = content::outcome(verdict.outcome);
    let name = scenario_name(scenario, case);
    // From the handout's folder (`handout/`) back to the explainer's.
    let link = format!("../{}", scenario_link(scenario, case));
    let label = if case.is_some() {
        &kit.handout_case
    } else {
        &kit.handout_scenario
    };
    let score = verdict.score;
    let ceiling = verdict.ceiling();
    let meter_label = content::meter_label(verdict.score, verdict.outcome);
    let uses_2026 = case.is_some_and(|c| c.id == "controlled-engagement-2026")
        || scenario.context.present().next().is_some();
    view! {
        <article class="handout" aria-labelledby="handout-title">
            <header class="handout-header">
                <p class="kicker">{content::KICKER} " · " {kit.handout_label.clone()}</p>
                <h1 id="handout-title">{content::HEADLINE}</h1>
                <p class="handout-name"><strong>{label.clone()} ": "</strong> {name}</p>
                <p class="predict-link">
                    <a href="#predict">{kit.predict_link.clone()}</a> " · "
                    <a href=format!("../{}", paths::compare(scenario))>{kit.compare_link.clone()}</a>
                </p>
            </header>
            // A case's map floats beside its verdict and the case's summary, which are short.
            {case.is_some().then(|| view! { <HandoutMap scenario /> })}
            <div class="handout-grid" class:handout-grid-case=case.is_some()>
                // A case's coding table (below) gives its switches, with the reasons.
                {case.is_none().then(|| view! {
                <section class="handout-switches" aria-labelledby="switches-heading">
                    <h2 id="switches-heading">{kit.handout_switches_heading.clone()}</h2>
                    <InputTable
                        caption=kit.conditions_column.clone()
                        state=kit.state_column.clone()
                        inputs=Condition::ALL.map(Input::Condition).to_vec()
                        scenario
                    />
                    <InputTable
                        caption=kit.context_column.clone()
                        state=kit.state_column.clone()
                        inputs=ContextFactor::ALL.map(Input::Context).to_vec()
                        scenario
                    />
                </section>
                })}
                <section class="handout-verdict answer" aria-labelledby="verdict-heading">
                    <h2 id="verdict-heading" tabindex="-1">{kit.handout_verdict_heading.clone()}</h2>
                    <p class="handout-outcome">
                        <strong>{outcome.label}</strong> " · "
                        {kit.score(score)}
                    </p>
                    <Meter id="handout-meter" score=score ceiling=ceiling label=meter_label />
                    <p class="outcome-description">{outcome.description}</p>
                    <p class="gate">
                        <strong>{content::GATE_HEADING}</strong> " "
                        {content::gate_line(verdict.gate)}
                    </p>
                    {case.is_none().then(|| view! { <HandoutMap scenario /> })}
                </section>
            </div>
            // The question comes after what the reader reasons from: the switches, or a case's coding.
            {case.is_none().then(|| view! { <Predict verdict /> })}
            <section class="handout-narrative answer" aria-label=content::VERDICT_HEADING>
                <p>{content::narrative(scenario, &verdict).text()}</p>
                <p class="not-a-forecast">{content::NOT_A_FORECAST}</p>
            </section>
            {case.map(|preset| view! {
                <CaseCard preset chosen=true />
                <Predict verdict />
                <CaseQuestions preset />
            })}
            <footer class="handout-footer">
                <section class="handout-link" aria-labelledby="link-heading">
                    <div id="qr" class="qr" data-label=kit.qr_label.clone()></div>
                    <div>
                        <h2 id="link-heading">{kit.handout_link_heading.clone()}</h2>
                        <p>{kit.handout_link_intro.clone()}</p>
                        <p class="scenario-address"><a id="scenario-link" href=link.clone() translate="no">{link.clone()}</a></p>
                    </div>
                </section>
                <section class="handout-sources" aria-labelledby="handout-sources-heading">
                    <h2 id="handout-sources-heading">{kit.handout_sources_heading.clone()}</h2>
                    <ul>
                        <li>{ARTICLE_2020.citation} " " <span translate="no">{ARTICLE_2020.url}</span></li>
                        {uses_2026.then(|| view! { <li>{ARTICLE_2026.citation} " " <span translate="no">{ARTICLE_2026.url}</span></li> })}
                    </ul>
                    <p>{content::MODEL_LINE} ". " {content::REVIEW_LINE}</p>
                </section>
            </footer>
            {case.map(|preset| view! { <CaseReferences preset /> })}
        </article>
        <div class="handout-tools">
            <p>
                <button type="button" id="print-handout" class="button" hidden>{kit.print_button.clone()}</button>
                " " {kit.print_note.clone()}
            </p>
            <Citations scenario case link />
        </div>
    }
}

/// A case's discussion questions, from the page for teachers, with room to answer on paper.
#[component]
fn CaseQuestions(preset: &'static Preset) -> impl IntoView {
    let kit = crate::content::kit::text();
    let questions = crate::content::kit::teaching().questions_on(preset.id);
    (!questions.is_empty()).then(|| {
        view! {
            <section class="handout-questions" aria-labelledby="questions-heading">
                <h2 id="questions-heading">{kit.handout_questions_heading.clone()}</h2>
                <ol>
                    {questions.into_iter().map(|q| view! { <li>{q.to_string()}</li> }).collect_view()}
                </ol>
            </section>
        }
    })
}

/// The full reference of every source a case and its coding cite (the two articles aside,
/// which the handout lists anyway), in the order they are first cited.
#[component]
fn CaseReferences(preset: &'static Preset) -> impl IntoView {
    let kit = crate::content::kit::text();
    let mut seen: Vec<&'static str> = vec![ARTICLE_2020.id, ARTICLE_2026.id];
    let cited = preset
        .sources
        .iter()
        .chain(preset.codings.iter().flat_map(|c| c.sources.iter()))
        .filter(|s| {
            let new = !seen.contains(&s.id);
            if new {
                seen.push(s.id);
            }
            new
        })
        .copied()
        .collect::<Vec<_>>();
    (!cited.is_empty()).then(|| {
        view! {
            <section class="handout-references-section" aria-labelledby="references-heading">
                <h2 id="references-heading">{kit.handout_references_heading.clone()}</h2>
                <ul class="handout-references">
                    {cited
                        .into_iter()
                        .map(|s| view! { <li>{s.citation} " " <span translate="no">{s.url}</span></li> })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// Predict, then reveal: shown when the page's address ends in `#predict`, and then the parts
/// marked `answer` (the verdict, the narrative, a case's outcome) stay hidden until the reader
/// reveals them (`style/kit.scss`, with `:target`: no script needed, and no flash of the answer
/// before one runs). With scripts, `public/handout.js` also compares the reader's guess with the
/// model's outcome and says how they differ. Nothing is stored.
#[component]
fn Predict(verdict: Verdict) -> impl IntoView {
    let kit = crate::content::kit::text();
    view! {
        <section
            id="predict"
            class="predict"
            aria-labelledby="predict-heading"
            data-actual=verdict.outcome.index().to_string()
            data-choose=kit.predict_choose.clone()
            data-same=kit.predict_same.clone()
            data-more=kit.predict_more_hopeful.clone()
            data-less=kit.predict_less_hopeful.clone()
        >
            <h2 id="predict-heading">{kit.predict_heading.clone()}</h2>
            <p>{kit.predict_intro.clone()}</p>
            <fieldset>
                <legend>{kit.predict_legend.clone()}</legend>
                {Outcome::ALL
                    .into_iter()
                    .map(|outcome| {
                        let id = format!("guess-{}", outcome.id());
                        view! {
                            <p class="guess">
                                <input type="radio" name="guess" id=id.clone() value=outcome.index().to_string() />
                                " " <label for=id>{content::outcome(outcome).label}</label>
                            </p>
                        }
                    })
                    .collect_view()}
            </fieldset>
            // On paper: room to give reasons.
            <p class="predict-write">{kit.predict_write.clone()}</p>
            <div class="write-lines" aria-hidden="true"></div>
            <p><a id="reveal" class="button" href="#verdict-heading">{kit.predict_reveal.clone()}</a></p>
            <p id="predict-result" role="status"></p>
        </section>
    }
}

/// The switches of one kind, and whether each is on.
#[component]
fn InputTable(
    caption: String,
    state: String,
    inputs: Vec<Input>,
    scenario: Scenario,
) -> impl IntoView {
    view! {
        <table class="handout-inputs">
            <thead>
                <tr>
                    <th scope="col">{caption}</th>
                    <th scope="col">{state}</th>
                </tr>
            </thead>
            <tbody>
                {inputs
                    .into_iter()
                    .map(|input| {
                        let on = scenario.has(input);
                        view! {
                            <tr class:is-on=on>
                                <th scope="row">{content::short_name(input)}</th>
                                <td>
                                    <span class="mark" aria-hidden="true">{if on { "●" } else { "○" }}</span>
                                    " " {content::state_word(input, on)}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// An ISO date, "2026-11-23", in `format` (with `{day}`, `{month}` and `{year}`, or `{iso}`),
/// with these month names.
fn date_in(iso: &str, format: &str, months: &[&str]) -> String {
    let (year, rest) = iso.split_at(4);
    let month: usize = rest[1..3].parse().unwrap_or(1);
    let day: u32 = rest[4..6].parse().unwrap_or(1);
    let name = months
        .get(month.clamp(1, 12) - 1)
        .copied()
        .unwrap_or_default();
    content::fill(
        format,
        &[
            ("iso", iso),
            ("day", &day.to_string()),
            ("month", name),
            ("year", year),
        ],
    )
}

/// The month names a citation style writes: its own, or the page's.
fn months_of(style: &CitationStyle) -> Vec<&str> {
    match &style.months {
        Some(months) => months.iter().map(String::as_str).collect(),
        None => content::MONTHS.to_vec(),
    }
}

/// A template's pieces: its words, and the names of its `{placeholders}`, in order.
fn template_pieces(template: &str) -> Vec<Result<&str, &str>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}').map(|e| e + start) else {
            break;
        };
        if start > 0 {
            pieces.push(Ok(&rest[..start]));
        }
        pieces.push(Err(&rest[start + 1..end]));
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Ok(rest));
    }
    pieces
}

/// The citations of one scenario, each with a copy button.
#[component]
fn Citations(scenario: Scenario, case: Option<&'static Preset>, link: String) -> impl IntoView {
    let kit = crate::content::kit::text();
    let name = scenario_name(scenario, case);
    let title = kit.cite_title.clone();
    let version = content::MODEL_VERSION;
    let medium = kit.cite_medium.clone();
    let unknown = kit.access_date_unknown.clone();
    let key = match case {
        Some(c) => format!("iran-diplomacy-{}", c.id),
        None => format!("iran-diplomacy-{}", paths::scenario_key(scenario)),
    };
    let year = &content::LAST_REVIEWED_ISO[..4];
    // A citation: its words, with the title in italics where the style sets it so, and the
    // address and the access date as elements `public/handout.js` fills in.
    let citation = |style: &'static CitationStyle| -> AnyView {
        let months = months_of(style);
        let accessed = view! {
            <span
                class="access-date"
                data-format=style.accessed.clone()
                data-months=months.join("|")
            >
                {unknown.clone()}
            </span>
        };
        if style.id == "bibtex" {
            let note = content::fill(&style.text, &[("version", version), ("name", &name)]);
            return view! {
                "@misc{" {key.clone()} ",\n  title = {{" {title.clone()} "}},\n  howpublished = {"
                {medium.clone()} "},\n  note = {" {note} "},\n  year = {" {year}
                "},\n  url = {" <span class="scenario-url" translate="no">{link.clone()}</span> "},\n  urldate = {"
                {accessed} "}\n}"
            }
            .into_any();
        }
        let reviewed = date_in(content::LAST_REVIEWED_ISO, &style.reviewed, &months);
        let mut accessed = Some(accessed);
        template_pieces(&style.text)
            .into_iter()
            .map(|piece| match piece {
                Ok(words) => words.to_string().into_any(),
                Err("title") if style.id == "apa" => view! { <i>{title.clone()}</i> }.into_any(),
                Err("title") => title.clone().into_any(),
                Err("version") => version.into_any(),
                Err("name") => name.clone().into_any(),
                Err("medium") => medium.clone().into_any(),
                Err("reviewed") => reviewed.clone().into_any(),
                Err("accessed") => accessed.take().into_any(),
                Err("url") => {
                    view! { <span class="scenario-url" translate="no">{link.clone()}</span> }
                        .into_any()
                }
                Err(other) => format!("{{{other}}}").into_any(),
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="cite" aria-labelledby="cite-heading">
            <h2 id="cite-heading">{kit.cite_heading.clone()}</h2>
            <p>{kit.cite_intro.clone()}</p>
            <dl class="citations-list">
                {kit
                    .citation
                    .iter()
                    .map(|style| {
                        let body = citation(style);
                        let text_id = format!("cite-{}", style.id);
                        view! {
                            <dt>
                                {style.name.clone()} " "
                                <button
                                    type="button"
                                    class="button copy-cite"
                                    data-target=text_id.clone()
                                    data-style=style.name.clone()
                                    hidden
                                >
                                    {kit.copy_button.clone()}
                                    <span class="visually-hidden">" " {style.name.clone()}</span>
                                </button>
                            </dt>
                            <dd>
                                {if style.id == "bibtex" {
                                    view! { <pre id=text_id>{body}</pre> }.into_any()
                                } else {
                                    view! { <p id=text_id>{body}</p> }.into_any()
                                }}
                            </dd>
                        }
                    })
                    .collect_view()}
            </dl>
            <p
                id="cite-status"
                role="status"
                data-copied=kit.copied.clone()
                data-failed=kit.copy_failed.clone()
            ></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{link, story};

    #[test]
    fn dates_in_each_style() {
        let kit = crate::content::kit::text();
        let style = |id: &str| {
            let style = kit.citation.iter().find(|c| c.id == id).expect(id);
            move |iso: &str| date_in(iso, &style.reviewed, &months_of(style))
        };
        assert_eq!(style("apa")("2026-11-23"), "2026, November 23");
        assert_eq!(style("mla")("2026-11-23"), "23 Nov. 2026");
        assert_eq!(style("chicago")("2026-11-23"), "November 23, 2026");
        assert_eq!(style("chicago")("2026-09-05"), "September 5, 2026");
        assert_eq!(style("mla")("2026-09-05"), "5 Sept. 2026");
        assert_eq!(style("mla")("2026-06-05"), "5 June 2026");
        assert_eq!(style("bibtex")("2026-06-05"), "2026-06-05");
    }

    #[test]
    fn every_scenario_names_itself_and_links_to_itself() {
        let none = Scenario::default();
        assert_eq!(scenario_link(none, None), "./");
        for scenario in Scenario::every() {
            let link = scenario_link(scenario, None);
            let query = link.trim_start_matches("./").trim_start_matches('?');
            let ids: Vec<&str> = story::steps().iter().map(|s| s.id()).collect();
            let parsed = link::parse(query, &ids);
            assert_eq!(parsed.state.link.scenario, scenario, "{link}");
            assert!(!scenario_name(scenario, None).is_empty());
        }
    }
}

/// The explainer's map of the sixteen scenarios, drawn for paper: this scenario outlined, every
/// square scored with its context factors, the key beside it. For reading, not choosing, so
/// plain cells rather than the explainer's buttons.
#[component]
fn HandoutMap(scenario: Scenario) -> impl IntoView {
    let kit = crate::content::kit::text();
    view! {
        <figure class="handout-map answer">
            <MapGrid scenario live=false />
            <figcaption>
                <p>{kit.handout_map_note.clone()}</p>
                // The explainer's key, in fewer words for paper.
                <MapKey crisis=kit.handout_key_crisis.clone() interim=kit.handout_key_interim.clone() />
            </figcaption>
        </figure>
    }
}
