//! Pre-renders the explainer's first view into the built page, so it reads before and without
//! WebAssembly. Run by Trunk after each build (a `post_build` hook in Trunk.toml), on the build
//! machine: it fills `<main id="app">` in `$TRUNK_STAGING_DIR/index.html` (or the file given as
//! the first argument) with the HTML of the app's initial view.

use std::process::ExitCode;
use std::{env, fs};

fn main() -> ExitCode {
    let path = env::args().nth(1).or_else(|| {
        env::var("TRUNK_STAGING_DIR")
            .ok()
            .map(|dir| format!("{dir}/index.html"))
    });
    let Some(path) = path else {
        eprintln!("prerender: give the page to fill, or run from Trunk (TRUNK_STAGING_DIR unset)");
        return ExitCode::FAILURE;
    };
    let page = match fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let html = explainer::page_fill::tidy(&explainer::page_fill::first_view());
    if let Err(e) = explainer::page_fill::check_regions(&html) {
        eprintln!("prerender: {e}");
        return ExitCode::FAILURE;
    }
    match explainer::page_fill::fill(&page, &html) {
        Ok(filled) => match fs::write(&path, filled) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: cannot write {path}: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
