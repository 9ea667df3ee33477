//! Talking to a host page when the explainer is embedded in an iframe: height reports in every
//! format hosts understand, state events, and commands from the host. The formats are in
//! [`crate::host_protocol`].

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::content;
use crate::host_protocol::{self, HostCommand};
use crate::link::PageSettings;
use crate::link::{self, Embed};
use crate::state::Explainer;
use crate::story;

/// The host page's window, when the explainer runs inside a frame.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&window, &parent)).then_some(parent)
}

/// Whether the explainer runs inside a frame of another page.
pub fn is_embedded() -> bool {
    parent().is_some()
}

/// A plain object with these fields.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn post(message: &JsValue) {
    if let Some(parent) = parent() {
        // Any origin may read these: heights and public scenario ids, nothing private.
        let _ = parent.post_message(message, "*");
    }
}

fn post_ours(kind: &str, mut fields: Vec<(&str, JsValue)>) {
    fields.insert(0, ("source", host_protocol::SOURCE.into()));
    fields.insert(1, ("type", kind.into()));
    post(&object(&fields));
}

fn content_height() -> Option<u32> {
    let root = web_sys::window()?.document()?.document_element()?;
    Some(root.get_bounding_client_rect().height().ceil() as u32)
}

fn post_height(height: u32, child_id: Option<&str>) {
    let h = JsValue::from(height);
    post_ours("height", vec![("height", h.clone())]);
    if let Some(id) = child_id {
        post(&JsValue::from_str(&host_protocol::pym_height(id, height)));
    }
    post(&object(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", h.clone()),
    ]));
    post(&object(&[
        ("subject", "lti.frameResize".into()),
        ("height", h),
    ]));
}

/// When embedded: report the content's height now and whenever it changes, announce the state
/// and step as they change, and obey the host's `setState` and `getState`.
pub fn connect(state: Explainer, page: PageSettings) {
    if !super::IN_BROWSER || !is_embedded() {
        return;
    }
    report_height(page.child_id.clone());
    let ids = story::step_ids();
    let share_query = move || link::format(&state.link().into(), ids);
    let step_fields = move |index: usize| {
        let id = ids.get(index).copied().unwrap_or_default();
        (id, index, ids.len())
    };

    let (step_id, _, _) = step_fields(state.step.get_untracked());
    // The model's version goes with the state; the one the embed was made under is in the
    // iframe's address, which the host page has (`public/embed.js` reads it).
    let with_versions = move |mut fields: Vec<(&'static str, JsValue)>| {
        fields.push(("modelVersion", content::MODEL_VERSION_NUMBER.into()));
        fields
    };
    post_ours(
        "ready",
        with_versions(vec![
            ("state", share_query().into()),
            ("step", step_id.into()),
        ]),
    );
    // Once per real change of the switches or the case: a memo notifies only when its value
    // changes, so a step change, or a setState that asks for what is already shown, posts nothing.
    // The message itself waits for the paint, off the path from a tap to its answer.
    let switches_and_case =
        Memo::new(move |_| (state.scenario.get(), state.preset.get().map(|p| p.id)));
    Effect::watch(
        move || switches_and_case.get(),
        move |_, _, _| {
            crate::schedule::after_paint(move || {
                post_ours(
                    "stateChanged",
                    with_versions(vec![("state", share_query().into())]),
                );
            });
        },
        false,
    );
    // Steps are shown only in the full embed (and a full page in a frame): the compact embed
    // has none to move through, so it never reports one.
    if page.embed != Embed::Compact {
        Effect::watch(
            move || state.step.get(),
            move |&index, _, _| {
                let (id, index, total) = step_fields(index);
                post_ours(
                    "stepChanged",
                    vec![
                        ("step", id.into()),
                        ("index", (index as u32).into()),
                        ("total", (total as u32).into()),
                    ],
                );
            },
            false,
        );
    }

    let handle = window_event_listener(ev::message, move |event| {
        let Some(command) = host_command(&event) else {
            return;
        };
        match command {
            HostCommand::SetState(query) => {
                state.apply_link(&link::from_host_message(&query, ids).state);
            }
            // The answer is a stateChanged message. Also report the height: a host script
            // that starts after the first report asks.
            HostCommand::GetState => {
                post_ours(
                    "stateChanged",
                    with_versions(vec![("state", share_query().into())]),
                );
                if let Some(height) = content_height() {
                    post_height(height, page.child_id.as_deref());
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// The command in a message, if it comes from the host page and is well formed.
fn host_command(event: &web_sys::MessageEvent) -> Option<HostCommand> {
    let parent = parent()?;
    let source = event.source()?;
    if !js_sys::Object::is(&source, &parent) {
        return None;
    }
    let data = event.data();
    if !data.is_object() {
        return None;
    }
    let field = |key: &str| {
        js_sys::Reflect::get(&data, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    host_protocol::host_command(
        field("source").as_deref(),
        field("type").as_deref(),
        field("state").as_deref(),
    )
}

/// Post the height once now and again whenever the page's box changes size.
fn report_height(child_id: Option<String>) {
    let last = Rc::new(Cell::new(0u32));
    let report = move || {
        if let Some(height) = content_height()
            && height != last.get()
        {
            last.set(height);
            post_height(height, child_id.as_deref());
        }
    };
    report();
    let callback = Closure::<dyn FnMut()>::new(report);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    // The observer lives as long as the page.
    callback.forget();
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        observer.observe(&root);
    }
}
