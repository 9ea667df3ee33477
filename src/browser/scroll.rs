//! Scrolling to steps, moving focus, and following the reader's scrolling.

use std::cell::Cell;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::element;
use crate::state::Explainer;

/// How far below the top of the window a step's heading counts as "reached", in CSS pixels.
/// Where scrolling puts a step (the stylesheet's `scroll-padding-top` plus the step's
/// `scroll-margin-top`, 80 px), plus a little.
const READING_LINE: f64 = 120.0;
/// How long scroll tracking pauses after the app scrolls the page itself, in milliseconds.
const PROGRAMMATIC_SCROLL_MS: f64 = 1000.0;

thread_local! {
    /// When the app last scrolled the page itself.
    static SCROLLED_BY_APP_AT: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
}

/// Scroll the step with this id into view (at once: style/main.scss says why not smoothly)
/// and, if `focus`, move keyboard focus to its heading.
pub fn scroll_to_step(id: &str, focus: bool) {
    SCROLLED_BY_APP_AT.with(|at| at.set(js_sys::Date::now()));
    if let Some(section) = element(&crate::paths::step_id(id)) {
        section.scroll_into_view();
    }
    if focus && let Some(heading) = element(&crate::paths::step_heading_id(id)) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

/// Once the view has updated, scroll the element with this id to the top of the window unless
/// it already starts in the upper part of it (on a phone, a case's coding appears below the long
/// list of cases, mostly under the switch bar). At once, not smoothly (style/main.scss says
/// why).
pub fn reveal(id: String) {
    if !super::IN_BROWSER {
        return;
    }
    request_animation_frame(move || {
        let Some(el) = element(&id) else { return };
        let inner = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(f64::INFINITY);
        let top = el.get_bounding_client_rect().top();
        if top < 0.0 || top > inner * 0.4 {
            SCROLLED_BY_APP_AT.with(|at| at.set(js_sys::Date::now()));
            el.scroll_into_view();
        }
    });
}

/// Close the `<details>` element that contains the event's target.
pub fn close_details(event: &ev::MouseEvent) {
    if let Some(details) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("details").ok().flatten())
    {
        let _ = details.remove_attribute("open");
    }
}

/// Keep `state.step` on the step the reader has scrolled to: the last one whose section starts
/// above the reading line, or the last one of all at the bottom of the page. Scrolls the app
/// makes itself are left alone, so the step it chose stays chosen.
pub fn track_current_step(state: Explainer) {
    if !super::IN_BROWSER {
        return;
    }
    let ids: Vec<String> = state
        .steps()
        .iter()
        .map(|s| crate::paths::step_id(s.id()))
        .collect();
    let scheduled = StoredValue::new(false);
    let handle = window_event_listener(ev::scroll, move |_| {
        if scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        let ids = ids.clone();
        request_animation_frame(move || {
            scheduled.set_value(false);
            let paused = SCROLLED_BY_APP_AT
                .with(|at| js_sys::Date::now() - at.get() < PROGRAMMATIC_SCROLL_MS);
            if !paused
                && let Some(index) = current_step(&ids)
                && state.step.get_untracked() != index
            {
                state.step.set(index);
            }
        });
    });
    on_cleanup(move || handle.remove());
}

fn current_step(ids: &[String]) -> Option<usize> {
    let window = web_sys::window()?;
    let doc = window.document()?.document_element()?;
    let inner = window.inner_height().ok()?.as_f64()?;
    let at_bottom = window.scroll_y().ok()? + inner >= f64::from(doc.scroll_height()) - 2.0;
    let tops: Vec<f64> = ids
        .iter()
        .map(|id| element(id).map_or(f64::INFINITY, |el| el.get_bounding_client_rect().top()))
        .collect();
    if at_bottom {
        return tops.iter().rposition(|&top| top < inner);
    }
    Some(
        tops.iter()
            .rposition(|&top| top <= READING_LINE)
            .unwrap_or(0),
    )
}

/// The class that lets a part of the page wait no longer to be laid out (style/main.scss: the
/// steps after the first and the sources are laid out only as they near the window until then).
const LAID_OUT: &str = "laid-out";

/// Once the app is live, lay out the parts of the page that wait until they near the window,
/// one part per task, so that no task is long: their boxes are then where they are drawn, for
/// the tools that find links and buttons by position (voice control, switch access, screen
/// magnifiers, axe-core's target-size check in Lighthouse), and the scroll bar stops changing
/// as the reader scrolls. The first layout, before the page is live, stays short.
pub fn lay_out_rest() {
    lay_out_from(0);
}

/// Lay out the step at `index` (after the steps, the sources), in a task of its own, then the
/// next one.
fn lay_out_from(index: u32) {
    set_timeout(
        move || {
            let Some(document) = super::document() else {
                return;
            };
            let steps = document.get_elements_by_class_name("step");
            let part = match steps.item(index) {
                Some(step) => Some(step),
                None if index == steps.length() => {
                    document.get_elements_by_class_name("sources").item(0)
                }
                None => None,
            };
            if let Some(part) = part {
                let _ = part.class_list().add_1(LAID_OUT);
                // Laid out now, in this task, not with the others in the next frame's.
                let _ = part.get_bounding_client_rect();
                lay_out_from(index + 1);
            }
        },
        std::time::Duration::ZERO,
    );
}
