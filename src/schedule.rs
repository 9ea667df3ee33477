//! Work that waits for the browser's next paint: what a tap changes out of the reader's view
//! runs after the tap's answer is on screen ([`after_paint`]). Outside a browser (the native
//! tests, the pre-render) there is no paint to wait for, and the work runs at once.

use wasm_bindgen::JsCast;

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
    // As `crate::browser::IN_BROWSER`, which itself uses this module.
    if !cfg!(target_arch = "wasm32") {
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
