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

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::link::{PageSettings, UrlState};
use crate::regions::{Place, Region};
use crate::state::Explainer;

pub use scroll::{close_details, reveal, scroll_to_step, track_current_step};

/// Whether this code runs in a browser. Built for the build machine (to pre-render the page),
/// the functions here and in the submodules do nothing and report defaults.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

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

/// Start the live explainer over the pre-rendered page, and hide the loading notice.
///
/// The pre-rendered HTML is the page. The app builds only its live regions ([`Region::all`]),
/// from the scenario in the page's link, and puts each in place of its pre-rendered copy.
/// Everything else stays as it is, the same nodes. The regions are built a few at a time
/// ([`SLICE_MS`] each, the browser free in between to paint, scroll and take taps, which
/// `public/boot.js` keeps) and swapped in together in one task at the end: no flash, no jump.
pub fn mount_app() {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    // The root of the app's reactive state, kept for the life of the page.
    let owner = Owner::new();
    let url::Opened {
        url: UrlState { link, page },
        notes,
        case_page,
        passthrough,
    } = url::initial();
    let state = owner.with(|| {
        let state = Explainer::from_link(&link);
        apply_page_settings(&page);
        provide_context(state);
        provide_context(page.clone());
        provide_context(notes);
        state
    });
    let regions = Region::all().into_iter();
    let finish = move |owner: Owner, root: web_sys::Element, built| {
        owner.with(|| {
            swap_in(built);
            url::sync(state, page.clone(), case_page, passthrough.clone());
            host::connect(state, page.clone());
            if !page.embed.is_on() {
                track_current_step(state);
            }
            if !page.embed.is_on() && link.step > 0 {
                let id = state.steps()[state.step.get_untracked()].id();
                request_animation_frame(move || scroll_to_step(id, false));
            }
        });
        std::mem::forget(owner);
        set_hidden(LOADING_ID, true);
        // The live view shows the link's scenario: nothing is pending any more (public/boot.js).
        let _ = root.class_list().remove_1(LINK_PENDING_CLASS);
    };
    // The first slice in a task of its own, apart from the one that started the WebAssembly.
    set_timeout(
        move || build_in_slices(owner, root, regions, Vec::new(), finish),
        std::time::Duration::ZERO,
    );
}

/// How long one task of the start-up builds regions before it lets the browser run: short
/// enough that on a phone four times slower than this machine no task blocks for 50 ms.
const SLICE_MS: f64 = 5.0;

/// A region built into a detached holder, and the pre-rendered element it replaces.
type Built = (web_sys::Element, web_sys::HtmlElement);

/// Build `regions` under `owner`, a slice of [`SLICE_MS`] per task and each of
/// [`Region::LARGE`] in a slice of its own, then call `done` with all of them (in the task after
/// the last slice).
fn build_in_slices(
    owner: Owner,
    root: web_sys::Element,
    mut regions: std::vec::IntoIter<Region>,
    mut built: Vec<Built>,
    done: impl FnOnce(Owner, web_sys::Element, Vec<Built>) + 'static,
) {
    let started = js_sys::Date::now();
    owner.with(|| {
        let mut first = true;
        while let Some(&region) = regions.as_slice().first() {
            if !first && (region.is_large() || js_sys::Date::now() - started >= SLICE_MS) {
                break;
            }
            first = false;
            regions.next();
            built.extend(build_region(region));
        }
    });
    if regions.len() == 0 {
        done(owner, root, built);
    } else {
        set_timeout(
            move || build_in_slices(owner, root, regions, built, done),
            std::time::Duration::ZERO,
        );
    }
}

/// Build every live region the document has a copy of, sharing `state`, and put each in place
/// of the element with its id, all in one task (the component tests' way in; the page uses
/// [`mount_app`]).
pub fn mount_regions(state: Explainer, page: PageSettings) {
    provide_context(state);
    provide_context(page);
    let built = Region::all().into_iter().filter_map(build_region).collect();
    swap_in(built);
}

/// Build `region` into a detached element, if the document has its pre-rendered copy (the
/// element with its id). The state and page settings come from the reactive context.
fn build_region(region: Region) -> Option<Built> {
    let document = document()?;
    let old = document.get_element_by_id(&region.id())?;
    let holder: web_sys::HtmlElement = document.create_element("div").ok()?.unchecked_into();
    region.place(MountInto(holder.clone()));
    Some((old, holder))
}

/// Put each built region in place of its pre-rendered copy, in one task, so the browser never
/// paints in between and the scroll position stays. Focus, if the reader had put it on something
/// in a region, moves to the element with the same id in the live one.
fn swap_in(built: Vec<Built>) {
    let focused = document()
        .and_then(|d| d.active_element())
        .map(|el| el.id())
        .filter(|id| !id.is_empty());
    for (old, holder) in built {
        let Some(parent) = old.parent_node() else {
            continue;
        };
        while let Some(node) = holder.first_child() {
            let _ = parent.insert_before(&node, Some(&old));
        }
        old.remove();
    }
    if let Some(el) = focused.and_then(|id| element(&id)) {
        let _ = el.focus();
    }
}

/// Mounts a region's view into a (detached) element, for the life of the page.
struct MountInto(web_sys::HtmlElement);

impl Place for MountInto {
    type Placed = ();
    fn place<V: IntoView + 'static>(self, view: impl FnOnce() -> V + 'static) {
        leptos::mount::mount_to(self.0, view).forget();
    }
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

/// The longest [`after_paint`] waits for a paint that may not come (a hidden tab, or a frame
/// out of view, where the browser draws nothing).
const AFTER_PAINT_LIMIT_MS: i32 = 100;

thread_local! {
    /// What waits for the next paint, in order.
    static AFTER_PAINT: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = Default::default();
    /// The two callbacks [`after_paint`] hands the browser, made once for the life of the page
    /// (a tap pays for no new JavaScript functions): one runs what waits, the other, in an
    /// animation frame, asks for the first in a task after that frame has painted.
    static AFTER_PAINT_CALLBACKS: (js_sys::Function, js_sys::Function) = after_paint_callbacks();
}

/// Run `f` once the browser has painted what the current task changed, or after
/// [`AFTER_PAINT_LIMIT_MS`] if it does not paint; outside a browser, at once. What a tap
/// changes out of the reader's view waits for this, off the path from the tap to its answer.
/// Several calls before the paint share one wait.
pub fn after_paint(f: impl FnOnce() + 'static) {
    if !IN_BROWSER {
        f();
        return;
    }
    let first = AFTER_PAINT.with_borrow_mut(|waiting| {
        waiting.push(Box::new(f));
        waiting.len() == 1
    });
    if !first {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    AFTER_PAINT_CALLBACKS.with(|(run, in_frame)| {
        let _ = window.request_animation_frame(in_frame);
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(run, AFTER_PAINT_LIMIT_MS);
    });
}

fn after_paint_callbacks() -> (js_sys::Function, js_sys::Function) {
    use wasm_bindgen::closure::Closure;
    let run = Closure::<dyn Fn()>::new(|| {
        // Whichever of the two ways comes first runs what waits; the other finds nothing.
        for f in AFTER_PAINT.with_borrow_mut(std::mem::take) {
            f();
        }
    })
    .into_js_value()
    .unchecked_into::<js_sys::Function>();
    let run_after = run.clone();
    let in_frame = Closure::<dyn Fn()>::new(move || {
        // A task queued in an animation frame runs after that frame has painted.
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&run_after, 0);
        }
    })
    .into_js_value()
    .unchecked_into::<js_sys::Function>();
    (run, in_frame)
}

fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = element(id) {
        el.set_hidden(hidden);
    }
}
