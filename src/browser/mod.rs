//! Browser-only code: mounting, start-up status and the panic hook here; scrolling, the URL,
//! embedding and the clipboard in the modules below.
//!
//! The page shell (`index.html`) carries two static notices: `#app-loading`, shown until the app
//! has mounted, and `#app-failed`, shown if it never starts or panics. `public/boot.js` reveals
//! the second when the JavaScript or WebAssembly cannot load; the hook here does so on a panic.

pub mod clipboard;
pub mod host;
pub mod scroll;
pub mod url;

use wasm_bindgen::JsCast;

use crate::App;
use crate::link::Theme;
use crate::state::PageSettings;

pub use scroll::{close_details, reveal, scroll_to_step, track_current_step};

/// Whether this code runs in a browser. Built for the build machine (to pre-render the page),
/// the functions here and in the submodules do nothing and report defaults.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Id of the element the app mounts into.
pub const ROOT_ID: &str = "app";
/// Id of the notice shown while the app loads.
pub const LOADING_ID: &str = "app-loading";
/// The class `public/boot.js` puts on `<html>` while a link's scenario waits for the app.
const LINK_PENDING_CLASS: &str = "link-pending";
/// Id of the notice shown when the app cannot start or has crashed.
pub const FAILED_ID: &str = "app-failed";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Start the live explainer in place of the pre-rendered `#app`, and hide the loading notice.
///
/// The app is built into a new, detached `<main id="app">`, then swapped for the pre-rendered
/// one in the same task, so the browser never paints in between: no flash, no jump, and the
/// scroll position stays. Focus, if the reader had put it on something, moves to the element
/// with the same id in the live app.
pub fn mount_app() {
    let Some(document) = document() else {
        return;
    };
    let Some(old) = element(ROOT_ID) else {
        panic!("the page has no #{ROOT_ID} element to mount into");
    };
    let live: web_sys::HtmlElement = document
        .create_element("main")
        .expect("a <main> element")
        .unchecked_into();
    live.set_id(ROOT_ID);
    leptos::mount::mount_to(live.clone(), App).forget();
    let focused = document
        .active_element()
        .map(|el| el.id())
        .filter(|id| !id.is_empty());
    let _ = old.replace_with_with_node_1(&live);
    if let Some(el) = focused.and_then(|id| element(&id)) {
        let _ = el.focus();
    }
    set_hidden(LOADING_ID, true);
    // The live view shows the link's scenario: nothing is pending any more (public/boot.js).
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(LINK_PENDING_CLASS);
    }
}

/// Report panics to the console and show the reader a short message instead of a dead page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_failure();
    }));
}

/// Reveal the "could not start" notice and hide the loading one.
pub fn show_failure() {
    set_hidden(LOADING_ID, true);
    set_hidden(FAILED_ID, false);
}

/// Mark the page for embed mode (`<html class="embed">`) and a forced theme
/// (`<html data-theme="light|dark">`), which the stylesheet reads.
pub fn apply_page_settings(page: &PageSettings) {
    if !IN_BROWSER {
        return;
    }
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    if page.embed {
        let _ = root.class_list().add_1("embed");
    }
    match page.theme {
        Theme::Auto => {}
        Theme::Light => {
            let _ = root.set_attribute("data-theme", "light");
        }
        Theme::Dark => {
            let _ = root.set_attribute("data-theme", "dark");
        }
    }
}

fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = element(id) {
        el.set_hidden(hidden);
    }
}
