//! The browser entry point: install the panic hook, then mount the app.

// Talc instead of Rust's default dlmalloc: 0.6 KB brotli smaller here (docs/BENCHMARK.md), and
// faster by talc's own benchmarks; click latency measured the same.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    explainer::browser::install_panic_hook();
    explainer::mount::mount_app();
}
