//! Browser-only code: mounting, start-up status and the panic hook here; scrolling, the URL,
//! embedding and the clipboard in the modules below.
//!
//! The page shell (`index.html`) carries two static notices: `#app-loading`, shown until the app
//! has mounted, and `#app-failed`, shown if it never starts or panics. `public/boot.js` reveals
//! the second when the JavaScript or WebAssembly cannot load; the hook here does so on a panic.

pub mod clipboard;
pub mod embed;
pub mod scroll;
pub mod url;

use wasm_bindgen::JsCast;

use crate::App;
use crate::state::PageSettings;
use crate::url_state::Theme;

pub use scroll::{close_details, scroll_to_step, track_current_step};

/// Id of the element the app mounts into.
pub const ROOT_ID: &str = "app";
/// Id of the notice shown while the app loads.
pub const LOADING_ID: &str = "app-loading";
/// Id of the notice shown when the app cannot start or has crashed.
pub const FAILED_ID: &str = "app-failed";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Mount the explainer into `#app` and hide the loading notice.
pub fn mount_app() {
    let Some(root) = element(ROOT_ID) else {
        panic!("the page has no #{ROOT_ID} element to mount into");
    };
    leptos::mount::mount_to(root, App).forget();
    set_hidden(LOADING_ID, true);
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
