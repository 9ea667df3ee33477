//! Every path and element id the site writes, defined once: the pages and images the build
//! makes, the ids the app and the scripts find elements by. Pure, so the app, the pre-render and
//! the tests share it; the kit's scripts are handed what they need by the page
//! (`crate::site::script_data`), never rebuild it.
//!
//! Paths are relative to the explainer's folder.

use crate::model::Scenario;

/// A scenario's key: its conditions' and its context factors' bits
/// ([`crate::model::Conditions::bits`]), each a hexadecimal digit, `"f0"`. Images, handouts and
/// the comparison's address name a scenario by it.
pub fn scenario_key(scenario: Scenario) -> String {
    format!(
        "{:x}{:x}",
        scenario.conditions.bits(),
        scenario.context.bits()
    )
}

/// A scenario's card (the embed's fallback image): one for each of the 256, made at build time.
pub fn scenario_image(scenario: Scenario) -> String {
    format!("img/scenario-{}.png", scenario_key(scenario))
}

/// A case's share card.
pub fn case_image(case: &str) -> String {
    format!("img/case-{case}.png")
}

/// A case's own page: the page pre-rendered with the case applied, with its own title,
/// description and share card.
pub fn case_page(case: &str) -> String {
    format!("case-{case}.html")
}

/// The oEmbed answer of the main page (`None`) or of a case's page.
pub fn oembed(case: Option<&str>) -> String {
    match case {
        Some(case) => format!("oembed-{case}.json"),
        None => "oembed.json".into(),
    }
}

/// The one-page handout of a scenario, or of a case (`case`) while its switches are as it set
/// them.
pub fn handout(scenario: Scenario, case: Option<(&str, Scenario)>) -> String {
    match case.filter(|(_, set)| *set == scenario) {
        Some((case, _)) => format!("handout/case-{case}.html"),
        None => format!("handout/scenario-{}.html", scenario_key(scenario)),
    }
}

/// The id of the element that holds a case's write-up.
pub fn case_card_id(case: &str) -> String {
    format!("case-{case}")
}

/// The id of a case's write-up's heading.
pub fn case_heading_id(case: &str) -> String {
    format!("case-{case}-heading")
}

/// The id of a step's section (a link to a step is `#` and this).
pub fn step_id(step: &str) -> String {
    format!("step-{step}")
}

/// The id of a step's heading, which takes the focus when a reader moves to the step.
pub fn step_heading_id(step: &str) -> String {
    format!("step-{step}-heading")
}

/// The classroom kit's pages.
pub const TEACHERS_PAGE: &str = "teachers.html";

/// The address of a page only the English edition has (the teachers' page, the handouts,
/// compare: `teaching.toml` not translated, `content/languages.toml`), from this edition's folder.
pub fn english_only(page: &str) -> String {
    if crate::language::TEACHING_TRANSLATED {
        page.to_string()
    } else {
        format!("../{page}")
    }
}

/// The address of `page` (`""` for the explainer, `case-jcpoa-2015.html`) in the edition in
/// `language` (`content/languages.toml`), from this edition's folder: English at the root, each
/// other language in its own folder.
pub fn edition(language: &str, page: &str) -> String {
    let up = if crate::language::LANG == "en" {
        ""
    } else {
        "../"
    };
    match language {
        same if same == crate::language::LANG && page.is_empty() => "./".to_string(),
        same if same == crate::language::LANG => page.to_string(),
        "en" if page.is_empty() && !up.is_empty() => up.to_string(),
        "en" => format!("{up}{page}"),
        code => format!("{up}{code}/{page}"),
    }
}
pub const MODEL_PAGE: &str = "model.html";
pub const ACCESSIBILITY_PAGE: &str = "accessibility.html";
pub const COMPARE_PAGE: &str = "compare.html";
pub const GLOSSARY_PAGE: &str = "glossary.html";

/// The comparison of two scenarios: `a` pinned, and the second one as the reader last set it
/// (at first the same).
pub fn compare(a: Scenario) -> String {
    format!("{COMPARE_PAGE}?a={}", scenario_key(a))
}
