//! The pre-rendered page: the app's first view as HTML, and placing it in the built page.
//! [`fill`] and [`tidy`] are pure, so they are tested natively.

use leptos::prelude::*;

use crate::content::{self, Preset};
use crate::host_protocol::{self, EmbedCode, IMAGE_SIZE};
use crate::model;
use crate::page::Page;
use crate::regions::Region;

/// The explainer's first view as HTML, rendered on the build machine: the article's 2020
/// assessment at the first step, as the page opens with no link state. In the browser the app
/// replaces only its live regions (see [`crate::browser::mount_app`]).
pub fn first_view() -> String {
    case_view(None)
}

/// The first view of the main page (`None`) or of a case's own page, with the case applied.
pub fn case_view(case: Option<&'static Preset>) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <Page case=case /> }.to_html())
}

/// What one page tells crawlers and CMSs about itself: its `<head>` and its oEmbed answer.
pub struct PageMeta {
    /// The file, relative to the explainer's folder.
    pub path: String,
    pub title: String,
    pub description: String,
    /// The share image, relative to the explainer's folder.
    pub image: String,
    pub image_alt: String,
    /// The oEmbed file, relative to the explainer's folder.
    pub oembed: String,
    /// The embed's query (for the compact embed).
    pub embed_query: String,
}

impl PageMeta {
    /// The main page's: the 2020 assessment. Its share card is `share.png`; the embed's image
    /// is the 2020 scenario's card.
    pub fn main() -> Self {
        let scenario = model::Scenario::default();
        Self {
            path: String::new(),
            title: content::HEADLINE.to_string(),
            description: content::PAGE_DESCRIPTION.to_string(),
            image: host_protocol::scenario_image(scenario),
            image_alt: content::image_alt(scenario, model::assess(scenario).outcome),
            oembed: "oembed.json".into(),
            embed_query: embed_params(),
        }
    }

    /// A case page's: its name, its outcome and summary, its own card.
    pub fn case(case: &'static Preset) -> Self {
        let verdict = model::assess(case.scenario);
        let outcome = content::outcome(verdict.outcome).label;
        Self {
            path: case.page_path(),
            title: content::fill(
                content::CASE_TITLE,
                &[("case", case.name), ("title", content::HEADLINE)],
            ),
            description: content::fill(
                content::CASE_DESCRIPTION,
                &[
                    ("case", case.name),
                    ("date", case.date),
                    ("outcome", outcome),
                    (
                        "summary",
                        content::scenario_summary(case.scenario, &verdict),
                    ),
                ],
            ),
            image: case_image(case),
            image_alt: content::fill(
                content::CASE_IMAGE_ALT,
                &[
                    ("case", case.name),
                    ("alt", &content::image_alt(case.scenario, verdict.outcome)),
                ],
            ),
            oembed: format!("oembed-{}.json", case.id),
            embed_query: format!("preset={}&{}", case.id, embed_params()),
        }
    }

    /// The oEmbed answer (JSON, `type: "rich"`): the compact, responsive embed code. Addresses
    /// start with `base`, the public address, or are relative to the explainer's folder when
    /// the build has none.
    pub fn oembed(&self, base: &str) -> String {
        let (image_width, image_height) = IMAGE_SIZE;
        let code = EmbedCode {
            url: format!("{base}?{}", self.embed_query),
            title: content::EMBED_TITLE.to_string(),
            script_url: format!("{base}embed.js"),
            image_url: format!("{base}{}", self.image),
            image_alt: self.image_alt.clone(),
            link: format!("{base}{}", self.path),
        };
        let fields = [
            ("type", json_string("rich")),
            ("version", json_string("1.0")),
            ("title", json_string(&self.title)),
            ("provider_name", json_string(&publisher_name())),
            ("provider_url", json_string(&format!("{base}{}", ""))),
            ("html", json_string(&code.responsive())),
            ("width", host_protocol::EMBED_WIDTH.to_string()),
            ("height", host_protocol::INITIAL_HEIGHT.to_string()),
            ("thumbnail_url", json_string(&code.image_url)),
            ("thumbnail_width", image_width.to_string()),
            ("thumbnail_height", image_height.to_string()),
            ("cache_age", "3600".to_string()),
        ];
        let body: Vec<String> = fields
            .iter()
            .map(|(key, value)| format!("  \"{key}\": {value}"))
            .collect();
        format!("{{\n{}\n}}\n", body.join(",\n"))
    }
}

/// The publisher's name, from `EXPLAINER_PUBLISHER` at build time, when it is set.
pub fn publisher() -> Option<String> {
    std::env::var("EXPLAINER_PUBLISHER")
        .ok()
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
}

/// Who provides the embed, as an oEmbed answer names it: the publisher, or else the explainer
/// itself by its title, since a build without a publisher's name knows no other.
pub fn publisher_name() -> String {
    publisher().unwrap_or_else(|| content::HEADLINE.to_string())
}

/// The query every embed code ends with: `embed=1` and the model's version (`v`).
pub fn embed_params() -> String {
    let version = crate::link::version_param(content::MODEL_VERSION_NUMBER);
    format!("embed=1&{version}")
}

/// A case's share card, relative to the explainer's folder.
pub fn case_image(case: &Preset) -> String {
    format!("img/case-{}.png", case.id)
}

/// The text alternative of every scenario's card (keyed by its bits in hex, as in
/// [`host_protocol::scenario_image`]) and of every case's (keyed `case-<id>`), as a JSON object:
/// the teachers' link builder writes embed codes with them (`src/kit/teachers.rs`).
pub fn image_alts_json() -> String {
    let scenarios = model::Scenario::every().map(|s| {
        let key = format!("{:x}{:x}", s.conditions.bits(), s.context.bits());
        (key, content::image_alt(s, model::assess(s).outcome))
    });
    let cases = content::PRESETS
        .iter()
        .map(|case| (format!("case-{}", case.id), PageMeta::case(case).image_alt));
    let fields: Vec<String> = scenarios
        .chain(cases)
        .map(|(key, alt)| format!("{}:{}", json_string(&key), json_string(&alt)))
        .collect();
    format!("{{{}}}", fields.join(","))
}

/// The model's verdict on every scenario, for the comparison page (`src/kit/compare.rs`): a JSON
/// array indexed by `conditions bits × 16 + context bits`, each `[outcome, score, gate, capped]`
/// with the outcome's and the binding gate's index (worst outcome first; -1 when no gate is
/// shut), and 1 when that gate holds the score below what its points would give.
pub fn verdicts_json() -> String {
    let mut all: Vec<(u8, String)> = model::Scenario::every()
        .map(|s| {
            let v = model::assess(s);
            let gate = v.gate.map_or(-1, |g| g.index() as i32);
            let index = s.conditions.bits() * 16 + s.context.bits();
            let capped = u8::from(v.is_capped());
            (
                index,
                format!("[{},{},{gate},{capped}]", v.outcome.index(), v.score),
            )
        })
        .collect();
    all.sort_by_key(|(index, _)| *index);
    let items: Vec<String> = all.into_iter().map(|(_, item)| item).collect();
    format!("[{}]", items.join(","))
}

/// A string as JSON writes it.
pub fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The built page's `<head>` made `meta`'s: title, description, share card, the oEmbed
/// discovery link, and (for a case page) `<html data-case>`, which tells the app its case.
/// `base` is the public address, or empty. Fails if the page lacks a tag it should have.
pub fn with_meta(
    page: &str,
    meta: &PageMeta,
    case: Option<&Preset>,
    base: &str,
) -> Result<String, String> {
    let mut page = shell_words(page, case.is_some())?;
    let attr = |text: &str| text.replace('&', "&amp;").replace('"', "&quot;");
    let discovery = format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#,
        attr(&format!("{base}{}", meta.oembed)),
        attr(&meta.title)
    );
    let head_end = page.find("</head>").ok_or("no </head>")?;
    page.insert_str(head_end, &discovery);
    // The model's version, which `public/boot.js` compares with an embed's `v`.
    let html = page.find("<html").ok_or("no <html>")?;
    page.insert_str(
        html + 5,
        &format!(r#" data-model-version="{}""#, content::MODEL_VERSION_NUMBER),
    );
    let Some(case) = case else {
        return Ok(page);
    };
    let title_start = page.find("<title>").ok_or("no <title>")?;
    let title_end = page[title_start..]
        .find("</title>")
        .ok_or("<title> is not closed")?
        + title_start;
    page.replace_range(
        title_start..title_end + 8,
        &format!("<title>{}</title>", attr(&meta.title).replace('<', "&lt;")),
    );
    let image = format!("{base}{}", meta.image);
    for (marker, tag) in [
        (
            "name=description",
            format!(
                r#"<meta name="description" content="{}">"#,
                attr(&meta.description)
            ),
        ),
        (
            "property=og:title",
            format!(
                r#"<meta property="og:title" content="{}">"#,
                attr(&meta.title)
            ),
        ),
        (
            "property=og:description",
            format!(
                r#"<meta property="og:description" content="{}">"#,
                attr(&meta.description)
            ),
        ),
        (
            "property=og:image",
            format!(r#"<meta property="og:image" content="{}">"#, attr(&image)),
        ),
        (
            "property=og:image:alt",
            format!(
                r#"<meta property="og:image:alt" content="{}">"#,
                attr(&meta.image_alt)
            ),
        ),
        (
            "name=twitter:image",
            format!(r#"<meta name="twitter:image" content="{}">"#, attr(&image)),
        ),
    ] {
        replace_tag(&mut page, marker, &tag)?;
    }
    let html = page.find("<html").ok_or("no <html>")?;
    page.insert_str(html + 5, &format!(r#" data-case="{}""#, case.id));
    Ok(page)
}

/// `index.html` with its words (`%NAME%`, each once or more) written in from `content/`: the
/// main page's title, description and share text, and the notices around the pre-rendered
/// page. A word in an attribute is quoted, as a minifier may have dropped the quotes around
/// the bare name. Fails if a name is missing from the page.
pub fn shell_words(page: &str, case_page: bool) -> Result<String, String> {
    let text = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('"', "&quot;")
    };
    let reload = format!(r#"<a href="">{}</a>"#, text(content::RELOAD));
    let words: [(&str, String); 8] = [
        ("PAGE_TITLE", text(content::PAGE_TITLE)),
        ("PAGE_DESCRIPTION", text(content::PAGE_DESCRIPTION)),
        ("HEADLINE", text(content::HEADLINE)),
        ("SHARE_IMAGE_ALT", text(content::SHARE_IMAGE_ALT)),
        (
            "START_FAILED",
            text(content::START_FAILED).replace("{reload}", &reload),
        ),
        (
            "NOJS",
            text(if case_page {
                content::NOJS_CASE
            } else {
                content::NOJS_MAIN
            }),
        ),
        ("LOADING", text(content::LOADING)),
        ("LOADING_LINK", text(content::LOADING_LINK)),
    ];
    let mut page = page.to_string();
    for (name, words) in &words {
        let token = format!("%{name}%");
        if !page.contains(&token) {
            return Err(format!("index.html has no {token}"));
        }
        while let Some(at) = page.find(&token) {
            let quoted = matches!(page[..at].chars().last(), Some('"' | '\'' | '>'));
            let value = if quoted {
                words.clone()
            } else {
                format!("\"{words}\"")
            };
            page.replace_range(at..at + token.len(), &value);
        }
    }
    Ok(page)
}

/// Replace the `<meta>` tag that carries `marker` (`name=value`, quoted or not, as a minifier
/// may write it) with `tag`.
fn replace_tag(page: &mut String, marker: &str, tag: &str) -> Result<(), String> {
    let (name, value) = marker.split_once('=').unwrap_or((marker, ""));
    let found = [format!("{name}={value}"), format!("{name}=\"{value}\"")]
        .iter()
        .find_map(|m| {
            page.match_indices(m.as_str()).find_map(|(at, _)| {
                let next = page[at + m.len()..].chars().next();
                let whole = m.ends_with('"') || matches!(next, Some(' ' | '>' | '/'));
                whole.then_some((at, m.len()))
            })
        });
    let (at, len) = found.ok_or_else(|| format!("no <meta {marker}>"))?;
    let start = page[..at]
        .rfind("<meta")
        .ok_or_else(|| format!("no <meta {marker}>"))?;
    let end = page[at + len..].find('>').ok_or("unclosed <meta>")? + at + len + 1;
    page.replace_range(start..end, tag);
    Ok(())
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
