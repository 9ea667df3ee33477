//! The explainer's own addresses, as the build machine writes them into its pages: relative to
//! the explainer's folder, in the link format [`crate::link::format`] defines.

/// The explainer's address, relative to its folder, that opens `link` on the full page (`./`
/// for the start).
pub fn explainer_link(link: crate::link::Link) -> String {
    let query = link_query(link);
    if query.is_empty() {
        "./".into()
    } else {
        format!("./?{query}")
    }
}

/// The query that opens `link` (empty for the start).
pub fn link_query(link: crate::link::Link) -> String {
    let ids: Vec<&str> = crate::story::steps().iter().map(|s| s.id()).collect();
    crate::link::format(&link.into(), &ids)
}
