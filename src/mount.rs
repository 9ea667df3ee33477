//! Starting the app in the browser: the live regions built over the pre-rendered page, their
//! state read from the page's link, and the browser's glue connected (the address bar, a host
//! page, the step the reader scrolls to). The one module that knows the regions' views
//! ([`crate::components`]), the state and the browser at once.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{
    LINK_PENDING_CLASS, LOADING_ID, apply_page_settings, document, element, host, lay_out_rest,
    scroll_to_step, set_hidden, track_current_step, url,
};
use crate::components::{Place, follow_drawn};
use crate::link::{PageSettings, UrlState};
use crate::regions::{KEPT, Region};
use crate::state::Explainer;

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
            follow_drawn(state);
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
        lay_out_rest();
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
    follow_drawn(state);
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
        keep_static(&holder);
        while let Some(node) = holder.first_child() {
            let _ = parent.insert_before(&node, Some(&old));
        }
        old.remove();
    }
    if let Some(el) = focused.and_then(|id| element(&id)) {
        let _ = el.focus();
    }
}

/// Put in place of each empty element the region's view marked [`KEPT`] the pre-rendered
/// element with its id, which is still in the page: the same nodes, moved (their words are
/// not in the WebAssembly). An element with no pre-rendered copy stays empty.
fn keep_static(holder: &web_sys::HtmlElement) {
    let marked = holder.get_elements_by_class_name(KEPT);
    while let Some(empty) = marked.item(0) {
        let _ = empty.class_list().remove_1(KEPT);
        if let Some(copy) = element(&empty.id()) {
            let _ = empty.replace_with_with_node_1(&copy);
        }
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
