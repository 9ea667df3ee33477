//! The pre-rendered page: the app's first view as HTML, and placing it in the built page.
//! [`fill`] and [`tidy`] are pure, so they are tested natively.

use leptos::prelude::*;

use crate::content::Preset;
use crate::regions::Region;
use crate::site::page::Page;

/// The explainer's first view as HTML, rendered on the build machine: the article's 2020
/// assessment at the first step, as the page opens with no link state. In the browser the app
/// replaces only its live regions (see [`crate::mount::mount_app`]).
pub fn first_view() -> String {
    case_view(None)
}

/// The first view of the main page (`None`) or of a case's own page, with the case applied.
pub fn case_view(case: Option<&'static Preset>) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <Page case=case /> }.to_html())
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

/// Checks that `html` has the root element of every live region once: the app puts each region
/// in place of the element with its id, so a missing or doubled one would leave a part of the
/// page dead. The pre-render stops the build when this fails.
pub fn check_regions(html: &str) -> Result<(), String> {
    let faults: Vec<String> = Region::all()
        .into_iter()
        .filter_map(|region| {
            let id = region.id();
            let count = html.matches(&format!("id=\"{id}\"")).count();
            (count != 1).then(|| format!("#{id} appears {count} times"))
        })
        .collect();
    if faults.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "live regions not found once each: {}",
            faults.join("; ")
        ))
    }
}

/// Leptos's rendered HTML without what only hydration would need: the `<!>` position markers,
/// the `<!--<() />-->` comments that stand for an empty view, and empty `class=""` attributes.
/// The live app replaces the pre-rendered view rather than hydrating it, so they are dead bytes
/// (about 0.1 KB brotli). Text cannot contain any of them, as Leptos escapes `<` and `"` in text
/// and attribute values.
pub fn tidy(html: &str) -> String {
    html.replace("<!>", "")
        .replace("<!--<() />-->", "")
        .replace(" class=\"\"", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_drops_markers_and_empty_classes_only() {
        assert_eq!(
            tidy(r#"<p class="">a<!>b</p><!><!--<() />--><i class="x">&lt;!&gt;</i>"#),
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
    fn every_region_must_be_there_once() {
        let all: String = Region::all()
            .into_iter()
            .map(|r| format!("<div id=\"{}\"></div>", r.id()))
            .collect();
        assert_eq!(check_regions(&all), Ok(()));
        let missing = all.replace("id=\"panel\"", "id=\"elsewhere\"");
        assert_eq!(
            check_regions(&missing),
            Err("live regions not found once each: #panel appears 0 times".into())
        );
        let twice = format!("{all}<p id=\"verdict\"></p>");
        assert!(
            check_regions(&twice)
                .unwrap_err()
                .contains("#verdict appears 2 times")
        );
    }

    #[test]
    fn refuses_a_page_without_the_element_or_with_two() {
        assert!(fill("<body></body>", "x").is_err());
        assert!(fill("<main id=app></main><main></main>", "x").is_err());
        assert!(fill("<main id=app>", "x").is_err());
    }
}
