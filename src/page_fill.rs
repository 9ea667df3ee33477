//! The pre-rendered page: the app's first view as HTML, and placing it in the built page.
//! [`fill`] and [`tidy`] are pure, so they are tested natively.

use leptos::prelude::*;

use crate::app::App;

/// The explainer's first view as HTML, rendered on the build machine: the article's 2020
/// assessment at the first step, as the page opens with no link state. The browser replaces it
/// with the live app (see [`crate::browser::mount_app`]).
pub fn first_view() -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App /> }.to_html())
}

/// The element the app lives in, as it appears in the page (minified or not).
const ROOT_OPEN: [&str; 3] = ["<main id=app>", "<main id=\"app\">", "<main id='app'>"];
const ROOT_CLOSE: &str = "</main>";

/// The page with the contents of `<main id="app">` replaced by `html`. Fails when the page
/// has no such element, or more than one.
pub fn fill(page: &str, html: &str) -> Result<String, String> {
    let mut found = ROOT_OPEN
        .iter()
        .filter_map(|open| page.find(open).map(|at| (at, open.len())));
    let Some((at, len)) = found.next() else {
        return Err("no <main id=\"app\"> element to fill".into());
    };
    let start = at + len;
    if page[start..].contains("<main") {
        return Err("more than one <main> element".into());
    }
    let Some(end) = page[start..].find(ROOT_CLOSE).map(|i| start + i) else {
        return Err("<main id=\"app\"> is not closed".into());
    };
    Ok(format!("{}{}{}", &page[..start], html, &page[end..]))
}

/// Leptos's rendered HTML without what only hydration would need: the `<!>` position markers
/// and empty `class=""` attributes. The live app replaces the pre-rendered view rather than
/// hydrating it, so they are dead bytes (about 0.1 KB brotli). Text cannot contain either, as
/// Leptos escapes `<` and `"` in text and attribute values.
pub fn tidy(html: &str) -> String {
    html.replace("<!>", "").replace(" class=\"\"", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_drops_markers_and_empty_classes_only() {
        assert_eq!(
            tidy(r#"<p class="">a<!>b</p><!><i class="x">&lt;!&gt;</i>"#),
            r#"<p>ab</p><i class="x">&lt;!&gt;</i>"#
        );
    }

    #[test]
    fn fills_the_app_element_minified_or_not() {
        assert_eq!(
            fill(
                "<body><main id=app><p>Loading</p></main></body>",
                "<h1>Hi</h1>"
            )
            .unwrap(),
            "<body><main id=app><h1>Hi</h1></main></body>"
        );
        assert_eq!(
            fill("<main id=\"app\"></main><footer></footer>", "x").unwrap(),
            "<main id=\"app\">x</main><footer></footer>"
        );
    }

    #[test]
    fn refuses_a_page_without_the_element_or_with_two() {
        assert!(fill("<body></body>", "x").is_err());
        assert!(fill("<main id=app></main><main></main>", "x").is_err());
        assert!(fill("<main id=app>", "x").is_err());
    }
}
