//! Browser-only code: mounting, start-up status and the panic hook.
//!
//! The page shell (`index.html`) carries two static notices: `#app-loading`, shown until the app
//! has mounted, and `#app-failed`, shown if it never starts or panics. `public/boot.js` reveals
//! the second when the JavaScript or WebAssembly cannot load; the hook here does so on a panic.

use wasm_bindgen::JsCast;

use crate::App;

/// Id of the element the app mounts into.
pub const ROOT_ID: &str = "app";
/// Id of the notice shown while the app loads.
pub const LOADING_ID: &str = "app-loading";
/// Id of the notice shown when the app cannot start or has crashed.
pub const FAILED_ID: &str = "app-failed";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Mount the explainer into `#app` and hide the loading notice.
pub fn mount_app() {
    let Some(root) = document()
        .and_then(|d| d.get_element_by_id(ROOT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
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

fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.set_hidden(hidden);
    }
}
