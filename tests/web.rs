//! Component tests: the app mounted in a real headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use explainer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app into a fresh element of its own and returns that element.
fn mount() -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn find(host: &HtmlElement, selector: &str) -> HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

/// Lets the reactive system run the effects a change scheduled.
async fn settle() {
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn four_switches_start_off_with_visible_labels() {
    let host = mount();
    let switches = host.query_selector_all("[role=switch]").unwrap();
    assert_eq!(switches.length(), 4);
    for i in 0..4 {
        let switch: HtmlElement = switches.item(i).unwrap().unchecked_into();
        assert_eq!(
            switch.get_attribute("aria-checked").as_deref(),
            Some("false")
        );
        assert!(
            !switch.inner_text().trim().is_empty(),
            "switch {i} has no visible label"
        );
    }
    let summary = find(&host, "#conditions-summary");
    assert_eq!(
        summary.get_attribute("aria-live").as_deref(),
        Some("polite")
    );
    assert_eq!(
        summary.text_content().unwrap(),
        "None of the four conditions is present."
    );
}

#[wasm_bindgen_test]
async fn clicking_a_switch_turns_it_on_and_updates_the_sentence() {
    let host = mount();
    let concessions = find(&host, "#switch-concessions");
    concessions.click();
    settle().await;
    assert_eq!(
        concessions.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    let summary = find(&host, "#conditions-summary").text_content().unwrap();
    assert!(summary.starts_with("Present: Concessions."), "{summary}");

    concessions.click();
    settle().await;
    assert_eq!(
        concessions.get_attribute("aria-checked").as_deref(),
        Some("false")
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
