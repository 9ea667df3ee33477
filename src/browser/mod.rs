//! Browser-only code: start-up status and the panic hook here; scrolling, the URL, embedding and
//! the clipboard in the modules below. Mounting the app is `crate::mount`'s, and waiting for the
//! next paint `crate::schedule`'s.
//!
//! The page shell (`index.html`) carries two static notices: `#app-loading`, shown until the app
//! has mounted, and `#app-failed`, shown if it never starts or panics. `public/boot.js` reveals
//! the second when the JavaScript or WebAssembly cannot load; the hook here does so on a panic.

pub mod clipboard;
pub mod host;
pub mod scroll;
pub mod url;

use wasm_bindgen::JsCast;

use crate::link::PageSettings;

pub use scroll::{close_details, lay_out_rest, reveal, scroll_to_step, track_current_step};

/// Whether this code runs in a browser. Built for the build machine (to pre-render the page),
/// the functions here and in the submodules do nothing and report defaults.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Id of the notice shown while the app loads.
pub const LOADING_ID: &str = "app-loading";
/// The class `public/boot.js` puts on `<html>` while a link's scenario waits for the app.
pub(crate) const LINK_PENDING_CLASS: &str = "link-pending";
/// Id of the notice shown when the app cannot start or has crashed.
pub const FAILED_ID: &str = "app-failed";

pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub(crate) fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Show the write-up of the case with this id and hide the others: each is pre-rendered with
/// the id [`crate::content::Preset::card_id`], and the stylesheet shows only the one marked
/// `is-chosen` once scripts run.
pub fn show_case(id: Option<&str>) {
    if !IN_BROWSER {
        return;
    }
    for preset in crate::content::PRESETS.iter() {
        if let Some(card) = element(&preset.card_id()) {
            let _ = card
                .class_list()
                .toggle_with_force("is-chosen", Some(preset.id) == id);
        }
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
    // The link's scenario will not come: no longer fade the 2020 view (public/boot.js).
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().remove_1(LINK_PENDING_CLASS);
    }
}

/// Mark the page for embed mode and its options and a forced theme, which the stylesheet reads
/// ([`PageSettings::root_classes`], [`PageSettings::theme_attribute`]). `public/boot.js` sets
/// the same before the first paint.
pub fn apply_page_settings(page: &PageSettings) {
    if !IN_BROWSER {
        return;
    }
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    for class in page.root_classes() {
        let _ = root.class_list().add_1(class);
    }
    if let Some(theme) = page.theme_attribute() {
        let _ = root.set_attribute("data-theme", theme);
    }
}

pub(crate) fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = element(id) {
        el.set_hidden(hidden);
    }
}
