//! Everything the build machine writes beside the app, and none of it in the WebAssembly: the
//! pre-rendered page ([`page`], placed by [`fill`]), what each page says about itself
//! ([`meta`]), the scenario cards ([`card`]), the classroom kit ([`kit`]), and the data the
//! kit's scripts are handed ([`script_data`]). `src/bin/prerender.rs` runs it after each
//! Trunk build.
//!
//! The modules depend one way (`tests/architecture.rs` checks it): `kit` → `script_data` →
//! `meta` → `page` → (`html`, `links`, `options`, the app's modules); `fill` → `page`. Paths
//! and ids are `crate::paths`'s.

pub mod card;
pub mod fill;
pub mod html;
pub mod kit;
pub mod links;
pub mod meta;
pub mod options;
pub mod page;
#[path = "../../build/pseudo.rs"]
pub mod pseudo;
pub mod script_data;
