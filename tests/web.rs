//! Component tests: the app's live regions and their shared state, mounted in a real headless
//! Chromium by wasm-bindgen-test, the way the app mounts them over the pre-rendered page.
#![cfg(target_arch = "wasm32")]

use explainer::content::{self, PRESETS};
use explainer::link::PageSettings;
use explainer::model::{Condition, Input, Outcome, Scenario};
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
/// for each (as the pre-rendered page has one), and returns that element. The last test's
/// element goes first, so ids stay unique in the document.
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
    body.append_child(&host).unwrap();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| explainer::browser::mount_regions(Explainer::new(), PageSettings::default()));
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
async fn the_panel_has_four_condition_switches_all_off_and_the_2020_verdict() {
    let host = mount();
    let switches = host
        .query_selector_all(".panel > .switches [role=switch]")
        .unwrap();
    assert_eq!(switches.length(), 4);
    // The compact embed's copy of the context switches, with ids of their own.
    let compact = host
        .query_selector_all(".panel-context [role=switch]")
        .unwrap();
    assert_eq!(compact.length(), 4);
    let first: HtmlElement = compact.item(0).unwrap().unchecked_into();
    assert_eq!(first.id(), "embed-switch-verification");
    for (i, c) in Condition::ALL.into_iter().enumerate() {
        let switch: HtmlElement = switches.item(i as u32).unwrap().unchecked_into();
        assert_eq!(
            switch.get_attribute("aria-checked").as_deref(),
            Some("false")
        );
        assert_eq!(
            switch.text_content().unwrap().trim(),
            content::condition(c).short_name
        );
    }
    assert_eq!(
        text(&host, ".verdict-outcome").trim(),
        content::outcome(Outcome::Drift).label
    );
    // Changes are announced by a short note, not by re-reading the narrative.
    assert_eq!(find(&host, "#narrative").get_attribute("aria-live"), None);
    assert_eq!(
        find(&host, "#announcer")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
}

#[wasm_bindgen_test]
async fn clicking_a_switch_changes_the_verdict_and_the_narrative() {
    let host = mount();
    let before = text(&host, "#narrative");
    let alternative = find(&host, "#switch-alternative");
    alternative.click();
    settle().await;
    assert_eq!(
        alternative.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    let scenario = Scenario::default().toggled(Input::Condition(Condition::NoBetterAlternative));
    let verdict = explainer::model::assess(scenario);
    assert_eq!(
        text(&host, ".verdict-outcome").trim(),
        content::outcome(verdict.outcome).label
    );
    let after = text(&host, "#narrative");
    assert_ne!(before, after);
    assert_eq!(after, content::narrative(scenario, &verdict).text());
    assert!(
        text(&host, ".panel .change-note").len() > 10,
        "the panel says what the change did"
    );
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
    // Out of the reader's view, not yet: the "in your scenario" line and the table.
    let line = Region::ConditionState(Condition::Parity).id();
    let absent = content::state_word(Input::Condition(Condition::Parity), false);
    assert_eq!(text(&host, &format!("#{line}")), absent);
    let parity_row = "tbody tr:nth-child(9)";
    assert_eq!(find(&host, parity_row).get_attribute("aria-current"), None);
    settle().await;
    let present = content::state_word(Input::Condition(Condition::Parity), true);
    assert_eq!(text(&host, &format!("#{line}")), present);
    assert_eq!(
        find(&host, parity_row)
            .get_attribute("aria-current")
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
async fn the_context_switches_live_in_the_2026_step() {
    let host = mount();
    let switches = host
        .query_selector_all("#context-switches [role=switch]")
        .unwrap();
    assert_eq!(switches.length(), 4);
    let verification = find(&host, "#switch-verification");
    verification.click();
    settle().await;
    assert_eq!(
        verification.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_table_row_loads_its_combination() {
    let host = mount();
    let rows = host.query_selector_all(".scenario-table tbody tr").unwrap();
    assert_eq!(rows.length(), 16);
    let last: HtmlElement = rows.item(15).unwrap().unchecked_into();
    find(&last, "button").click();
    settle().await;
    assert_eq!(last.get_attribute("aria-current").as_deref(), Some("true"));
    for c in Condition::ALL {
        let switch = find(&host, &format!("#switch-{}", c.id()));
        assert_eq!(
            switch.get_attribute("aria-checked").as_deref(),
            Some("true")
        );
    }
    assert_eq!(
        text(&host, ".verdict-outcome").trim(),
        content::outcome(Outcome::Settlement).label
    );
}

#[wasm_bindgen_test]
async fn a_case_sets_the_switches_shows_its_write_up_and_marks_what_it_changed() {
    let host = mount();
    let preset = PRESETS.iter().find(|p| p.id == "good-friday-1998").unwrap();
    // The write-ups are pre-rendered static text (here, two stand-ins); the app marks the
    // chosen one.
    let other = PRESETS.iter().find(|p| p.id != preset.id).unwrap();
    let cards = [preset, other].map(|p| {
        let card = document().create_element("article").unwrap();
        card.set_id(&p.card_id());
        host.append_child(&card).unwrap();
        card
    });
    let buttons = host.query_selector_all(".preset-button").unwrap();
    let button: HtmlElement = (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap().contains(preset.name))
        .expect("a button for the case");
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    for input in Input::ALL {
        let switch = find(&host, &format!("#switch-{}", input.id()));
        let on = preset.scenario.has(input);
        assert_eq!(
            switch.get_attribute("aria-checked").as_deref(),
            Some(if on { "true" } else { "false" }),
            "{input:?}"
        );
        let row = switch.closest(".switch-row").unwrap().unwrap();
        assert_eq!(
            row.class_list().contains("set-by-case"),
            on,
            "{input:?} marked"
        );
    }
    settle().await;
    assert!(cards[0].class_list().contains("is-chosen"));
    assert!(!cards[1].class_list().contains("is-chosen"));
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
