//! The classroom kit's words (`content/kit.toml`, `teaching.toml`, `accessibility.toml`,
//! `glossary.toml`), for the pre-render only. `build.rs` has read and checked each file through
//! the same pipeline as the rest of the content (`build/content.rs`, `load_kit`) and copied it,
//! checked, beside the generated code; here it is read once into the types of `build/kit.rs`.

use std::sync::OnceLock;

#[path = "../../build/kit.rs"]
mod shape;

pub use shape::*;

/// A kit file as `build.rs` checked it, read into `cell` the first time it is asked for.
fn read<T: for<'de> serde::Deserialize<'de>>(
    cell: &'static OnceLock<T>,
    name: &str,
    text: &str,
) -> &'static T {
    cell.get_or_init(|| {
        toml::from_str(text)
            .unwrap_or_else(|e| panic!("content/{name} passed build.rs's checks, so it reads: {e}"))
    })
}

/// The words of the kit's own pages (`content/kit.toml`).
pub fn text() -> &'static KitText {
    static CELL: OnceLock<KitText> = OnceLock::new();
    read(
        &CELL,
        "kit.toml",
        include_str!(concat!(env!("OUT_DIR"), "/kit.toml")),
    )
}

/// The lesson (`content/teaching.toml`).
pub fn teaching() -> &'static Teaching {
    static CELL: OnceLock<Teaching> = OnceLock::new();
    read(
        &CELL,
        "teaching.toml",
        include_str!(concat!(env!("OUT_DIR"), "/teaching.toml")),
    )
}

/// The accessibility statement and report (`content/accessibility.toml`).
pub fn accessibility() -> &'static Accessibility {
    static CELL: OnceLock<Accessibility> = OnceLock::new();
    read(
        &CELL,
        "accessibility.toml",
        include_str!(concat!(env!("OUT_DIR"), "/accessibility.toml")),
    )
}

/// The glossary (`content/glossary.toml`).
pub fn glossary() -> &'static Glossary {
    static CELL: OnceLock<Glossary> = OnceLock::new();
    read(
        &CELL,
        "glossary.toml",
        include_str!(concat!(env!("OUT_DIR"), "/glossary.toml")),
    )
}
