//! An interactive explainer: when can diplomacy between the United States and Iran succeed?
//!
//! Data flows one way: state (which conditions hold) → the pure [`model`] → the words in
//! [`content`] → the view in [`components`]. The page is pre-rendered on the build machine
//! (`site`, compiled only there, never into the WebAssembly); in the browser the app builds only
//! its live [`regions`] over it ([`mount`]). Browser-only glue lives in [`browser`]. Every path
//! and element id is [`paths`]'s.
//!
//! Each module uses only those below it, never one that uses it back (`tests/architecture.rs`):
//! `model`, `language` → `paths` → `content`, `story` → `link`, `host_protocol` → `schedule` → `state` →
//! `regions`, `browser` → `components` → `mount`; `site` uses any of them.

// Leptos's server-side rendering nests deep types for the whole page.
#![recursion_limit = "256"]

pub mod browser;
pub mod components;
pub mod content;
pub mod host_protocol;
pub mod language;
pub mod link;
pub mod model;
pub mod mount;
pub mod paths;
pub mod regions;
pub mod schedule;
#[cfg(static_text)]
pub mod site;
pub mod state;
pub mod story;
