//! What each page tells crawlers, share cards and CMSs about itself: its `<head>` (title,
//! description, share card, oEmbed discovery), the words of `index.html` written in from
//! `content/` ([`shell_words`]), and its oEmbed answer.

use crate::content::{self, Preset};
use crate::host_protocol::{self, EmbedCode, IMAGE_SIZE};
use crate::site::html::json_string;
use crate::site::options::publisher_name;
use crate::{model, paths};

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
    /// The main page's: the 2020 assessment. Its share card is `img/share.png`; the embed's image
    /// is the 2020 scenario's card.
    pub fn main() -> Self {
        let scenario = model::Scenario::default();
        Self {
            path: String::new(),
            title: content::HEADLINE.to_string(),
            description: content::PAGE_DESCRIPTION.to_string(),
            image: paths::scenario_image(scenario),
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
            title: content::sub_title(case.name),
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
            image: paths::case_image(case.id),
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

/// The query every embed code ends with: `embed=1` and the model's version (`v`).
pub fn embed_params() -> String {
    let version = crate::link::version_param(content::MODEL_VERSION_NUMBER);
    format!("embed=1&{version}")
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
    let attr = host_protocol::escape_attribute;
    let discovery = format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#,
        attr(&format!("{base}{}", meta.oembed)),
        attr(&meta.title)
    );
    let head_end = page.find("</head>").ok_or("no </head>")?;
    let mut head = discovery + &editions(&meta.path, base);
    // Numbered lists in the language's digits (`content/languages.toml`); the policy's style
    // hashes cover this element (scripts/postbuild.mjs).
    if content::COUNTER_STYLE != "decimal" {
        head += &format!(
            "<style>ol{{list-style-type:{}}}</style>",
            content::COUNTER_STYLE
        );
    }
    page.insert_str(head_end, &head);
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
        &format!("<title>{}</title>", attr(&meta.title)),
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

/// The page's editions in every language, for search engines and share crawlers: an
/// `hreflang` alternate each (English the default) and the Open Graph locales. `page` is the
/// page's path in its edition's folder; `base` the edition's public address, or empty.
pub fn editions(page: &str, base: &str) -> String {
    let attr = host_protocol::escape_attribute;
    // The public address of the English edition, from this edition's.
    let root = match base.strip_suffix(&format!("{}/", content::LANG)) {
        Some(root) if content::LANG != "en" => root.to_string(),
        _ => base.to_string(),
    };
    let href = |code: &str| {
        if base.is_empty() {
            let path = paths::edition(code, page);
            if path.is_empty() {
                "./".to_string()
            } else {
                path
            }
        } else if code == "en" {
            format!("{root}{page}")
        } else {
            format!("{root}{code}/{page}")
        }
    };
    let mut tags: String = content::LANGUAGES
        .iter()
        .map(|(code, _, _)| {
            format!(
                r#"<link rel="alternate" hreflang="{code}" href="{}">"#,
                attr(&href(code))
            )
        })
        .collect();
    tags += &format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
        attr(&href("en"))
    );
    tags += &format!(
        r#"<meta property="og:locale" content="{}">"#,
        content::LOCALE
    );
    for (code, _, locale) in content::LANGUAGES {
        if code != content::LANG {
            tags += &format!(r#"<meta property="og:locale:alternate" content="{locale}">"#);
        }
    }
    tags
}

/// `index.html` with its words (`%NAME%`, each once or more) written in from `content/`: the
/// main page's title, description and share text, and the notices around the pre-rendered
/// page. A word in an attribute is quoted, as a minifier may have dropped the quotes around
/// the bare name. Fails if a name is missing from the page.
pub fn shell_words(page: &str, case_page: bool) -> Result<String, String> {
    // Safe as text and inside an attribute alike.
    let text = host_protocol::escape_attribute;
    let reload = format!(r#"<a href="">{}</a>"#, text(content::RELOAD));
    let words: [(&str, String); 10] = [
        ("LANG", content::LANG.to_string()),
        ("DIR", content::DIR.to_string()),
        ("PAGE_TITLE", text(content::PAGE_TITLE)),
        ("PAGE_DESCRIPTION", text(content::PAGE_DESCRIPTION)),
        ("HEADLINE", text(content::HEADLINE)),
        (
            "SHARE_IMAGE_ALT",
            text(&content::fill(
                content::SHARE_IMAGE_ALT,
                &[(
                    "outcome",
                    content::outcome(model::assess(crate::site::card::share_scenario()).outcome)
                        .label,
                )],
            )),
        ),
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
