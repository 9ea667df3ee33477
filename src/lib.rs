//! An interactive explainer: when can diplomacy between the United States and Iran succeed?
//!
//! Data flows one way: state (which conditions hold) → the pure [`model`] → the words in
//! [`content`] → the view in [`components`]. The page is pre-rendered on the build machine
//! (`page`); in the browser the app builds only its live [`regions`]. Browser-only code lives in
//! [`browser`].

// Leptos's server-side rendering nests deep types for the whole page.
#![recursion_limit = "256"]

pub mod browser;
pub mod components;
pub mod content;
pub mod host_protocol;
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
