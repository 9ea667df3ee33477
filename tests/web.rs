//! Component tests: what the end-to-end tests cannot time or reach, in the app's live regions
//! mounted in a real headless Chromium by wasm-bindgen-test, the way the app mounts them over the
//! pre-rendered page: that a tap's answer comes before the paint and the rest after it, and the
//! failure notice. What a reader does with the page is tested end to end (tests/e2e/).
#![cfg(target_arch = "wasm32")]

use explainer::content;
use explainer::link::PageSettings;
use explainer::model::{Condition, Input, Scenario};
use explainer::regions::Region;
use explainer::state::Explainer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the live regions into a fresh element of its own, in place of an empty element
/// for each (as the pre-rendered page has one), with the scenario map's sixteen squares as the
/// pre-render draws them (the app keeps them up to date rather than building them), and returns
/// that element. The last test's element goes first, so ids stay unique in the document.
fn mount() -> HtmlElement {
    let body = document().body().unwrap();
    if let Some(last) = document().get_element_by_id("test-host") {
        last.remove();
    }
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_id("test-host");
    for region in Region::all() {
        let placeholder = document().create_element("div").unwrap();
        placeholder.set_id(&region.id());
        host.append_child(&placeholder).unwrap();
    }
    let squares: String = (0..4)
        .map(|r| {
            let row: String = (0..4)
                .map(|c| format!("<td><button id=\"map-{r}{c}\"><span></span></button></td>"))
                .collect();
            format!("<tr>{row}</tr>")
        })
        .collect();
    let map = document().create_element("div").unwrap();
    map.set_inner_html(&format!("<table id=\"scenario-map\">{squares}</table>"));
    host.append_child(&map).unwrap();
    body.append_child(&host).unwrap();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| explainer::mount::mount_regions(Explainer::new(), PageSettings::default()));
    std::mem::forget(owner);
    host
}

fn find(host: &HtmlElement, selector: &str) -> HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

/// Lets the reactive system run the effects a change scheduled: the tap's answer (the switch,
/// the compact verdict, the narrative).
async fn tick() {
    leptos::task::tick().await;
}

/// Waits until the rest of the page has caught up too: what follows a change out of the reader's
/// view waits for the next paint (`browser::after_paint`, at most 100 ms).
async fn settle() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 150)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn a_tap_answers_first_and_the_rest_of_the_page_follows_after_the_paint() {
    let host = mount();
    let before = text(&host, "#narrative");
    let parity = find(&host, "#switch-parity");
    parity.click();
    tick().await;
    // The answer to the tap: the switch and the narrative.
    assert_eq!(
        parity.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    assert_ne!(text(&host, "#narrative"), before);
    // Out of the reader's view, not yet: the "in your scenario" line and the map.
    let line = Region::ConditionState(Condition::Parity).id();
    let absent = content::state_word(Input::Condition(Condition::Parity), false);
    assert_eq!(text(&host, &format!("#{line}")), absent);
    // Parity alone: the map's first row, second column.
    let parity_square = "#map-01";
    assert_eq!(
        find(&host, parity_square)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    settle().await;
    let present = content::state_word(Input::Condition(Condition::Parity), true);
    assert_eq!(text(&host, &format!("#{line}")), present);
    assert_eq!(
        find(&host, parity_square)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn the_compact_verdict_shows_each_taps_outcome_at_once() {
    let host = mount();
    let chip = find(&host, ".panel-outcome .outcome-chip");
    let mut scenario = Scenario::default();
    let mut outcomes = vec![explainer::model::assess(scenario).outcome];
    for id in [
        "concessions",
        "alternative",
        "victory",
        "parity",
        "concessions",
    ] {
        let input = Input::ALL.into_iter().find(|i| i.id() == id).unwrap();
        find(&host, &format!("#switch-{id}")).click();
        // Within the tap's own microtasks, before the paint.
        tick().await;
        scenario = scenario.toggled(input);
        let outcome = explainer::model::assess(scenario).outcome;
        outcomes.push(outcome);
        assert_eq!(
            chip.text_content().unwrap_or_default().trim(),
            content::outcome(outcome).label,
            "{id}"
        );
        let class = chip.get_attribute("class").unwrap_or_default();
        assert!(
            class.contains(&format!("outcome-{}", outcome.id())),
            "{id}: {class}"
        );
    }
    outcomes.dedup();
    assert!(
        outcomes.len() > 2,
        "the taps moved the outcome: {outcomes:?}"
    );
}

#[wasm_bindgen_test]
fn the_failure_notice_appears_when_shown() {
    let notice: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    notice.set_id(explainer::browser::FAILED_ID);
    notice.set_hidden(true);
    document().body().unwrap().append_child(&notice).unwrap();

    explainer::browser::show_failure();
    assert!(!notice.hidden(), "a panic must reveal the failure notice");
    notice.remove();
}
