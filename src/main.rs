//! The browser entry point: install the panic hook, then mount the app.

fn main() {
    explainer::browser::install_panic_hook();
    explainer::browser::mount_app();
}
