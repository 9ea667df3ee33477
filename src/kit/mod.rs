//! The classroom kit: static pages for the readers who ask for them, written on the build
//! machine beside the explainer and never part of its first load.
//!
//! - `teachers.html`: learning goals, a 45-minute lesson, discussion questions, links that open
//!   each case and step ([`teachers`], words in `content/teaching.toml`);
//! - `model.html`: the model's notes, `docs/MODEL.md` as a page ([`model_notes`]);
//! - `accessibility.html`: the accessibility statement and the WCAG 2.1 conformance report
//!   ([`accessibility`], words in `content/accessibility.toml`);
//! - `handout/scenario-<bits>.html` and `handout/case-<id>.html`: one page on one scenario, to
//!   print, with its link as a QR code and its citations ([`handout`]);
//! - `compare.html?a=<bits>&b=<bits>`: two scenarios side by side ([`compare`]).
//!
//! They share `kit.css` (from `style/kit.scss`), not the explainer's stylesheet; only the
//! handouts load scripts (`qrcode.js` and `handout.js`, for the QR code, the access date and
//! the copy buttons). The words of the kit's own controls are in `content/kit.toml`.

pub mod accessibility;
pub mod compare;
pub mod glossary;
pub mod handout;
pub mod model_notes;
pub mod teachers;

use std::sync::OnceLock;

use leptos::prelude::*;
use serde::Deserialize;

use crate::host_protocol::escape_attribute;

/// The words of the kit's own pages (`content/kit.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KitText {
    pub back_link: String,
    pub nav_label: String,
    pub teachers_link: String,
    pub model_link: String,
    pub glossary_link: String,
    pub accessibility_link: String,
    pub handout_label: String,
    pub handout_scenario: String,
    pub handout_case: String,
    pub handout_switches_heading: String,
    pub conditions_column: String,
    pub context_column: String,
    pub state_column: String,
    pub handout_verdict_heading: String,
    pub handout_score: String,
    pub handout_link_heading: String,
    pub handout_link_intro: String,
    pub qr_label: String,
    pub handout_sources_heading: String,
    pub print_button: String,
    pub print_note: String,
    pub model_page_title: String,
    pub model_page_intro: String,
    pub cite_heading: String,
    pub cite_intro: String,
    pub cite_title: String,
    pub cite_medium: String,
    pub copy_button: String,
    pub copied: String,
    pub copy_failed: String,
    pub access_date_unknown: String,
    pub goals_heading: String,
    /// With `{minutes}`.
    pub lesson_heading: String,
    /// With `{minutes}`.
    pub lesson_minutes: String,
    pub open_prefix: String,
    pub links_heading: String,
    pub links_intro: String,
    pub steps_heading: String,
    pub cases_heading: String,
    pub questions_heading: String,
    pub case_questions_heading: String,
    pub model_questions_heading: String,
    pub cautions_heading: String,
    pub contact_heading: String,
    pub contact_line: String,
    pub no_contact: String,
    pub footer_teachers: String,
    pub footer_accessibility: String,
    pub predict_link: String,
    pub predict_heading: String,
    pub predict_intro: String,
    pub predict_legend: String,
    pub predict_reveal: String,
    pub predict_write: String,
    pub handout_questions_heading: String,
    pub handout_references_heading: String,
    pub predict_choose: String,
    /// With `{guess}`; `public/handout.js` fills it in.
    pub predict_same: String,
    /// With `{guess}` and `{outcome}`; `public/handout.js` fills them in.
    pub predict_more_hopeful: String,
    /// With `{guess}` and `{outcome}`; `public/handout.js` fills them in.
    pub predict_less_hopeful: String,
    pub case_handout: String,
    pub case_predict: String,
    pub builder_heading: String,
    pub builder_intro: String,
    pub builder_nojs: String,
    pub builder_conditions: String,
    pub builder_context: String,
    pub builder_case: String,
    pub builder_no_case: String,
    pub builder_step: String,
    pub builder_predict: String,
    pub builder_link: String,
    pub builder_embed: String,
    pub builder_embed_predict: String,
    pub builder_qr: String,
    pub builder_download_qr: String,
    pub builder_copy_link: String,
    pub builder_copy_embed: String,
    pub builder_copied: String,
    pub compare_link: String,
    pub compare_title: String,
    pub compare_intro: String,
    pub compare_nojs: String,
    pub compare_pinned: String,
    pub compare_other: String,
    pub compare_switch: String,
    pub compare_differs: String,
    pub compare_verdict: String,
    pub compare_score: String,
    pub compare_same_switches: String,
    pub compare_no_change: String,
    pub compare_decisive: String,
    pub compare_why_gate_opens: String,
    pub compare_why_gate_shuts: String,
    pub compare_why_points: String,
    pub compare_open: String,
    /// The handout's citation styles, in order.
    pub citation: Vec<CitationStyle>,
}

/// One citation style of the handout (`[[citation]]` in `content/kit.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationStyle {
    pub id: String,
    pub name: String,
    /// The citation, with its placeholders.
    pub text: String,
    /// How it writes the last review's date.
    pub reviewed: String,
    /// How it writes the date the reader opened the page.
    pub accessed: String,
    /// Its own month names, if not the page's.
    pub months: Option<Vec<String>>,
}

impl KitText {
    /// "Score 35 of 100".
    pub fn score(&self, score: u8) -> String {
        self.handout_score.replace("{score}", &score.to_string())
    }

    /// "A 45-minute lesson".
    pub fn lesson(&self, minutes: u32) -> String {
        self.lesson_heading
            .replace("{minutes}", &minutes.to_string())
    }

    /// "(10 minutes)".
    pub fn minutes(&self, minutes: u32) -> String {
        self.lesson_minutes
            .replace("{minutes}", &minutes.to_string())
    }
}

/// Reads a content file of the kit, naming the file in the error.
pub fn parse<T: for<'de> Deserialize<'de>>(name: &str, text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|e| format!("content/{name}: {e}"))
}

/// A content file of the kit, read once into `cell` and checked: `faults` says what is wrong with
/// it, and any fault fails the load, naming the file.
pub fn load_checked<T: for<'de> Deserialize<'de> + Sync + Send>(
    cell: &'static OnceLock<Result<T, String>>,
    name: &str,
    text: &str,
    faults: impl FnOnce(&T) -> Vec<String>,
) -> Result<&'static T, String> {
    cell.get_or_init(|| {
        let read: T = parse(name, text)?;
        let found = faults(&read);
        if found.is_empty() {
            Ok(read)
        } else {
            Err(format!("content/{name}: {}", found.join("; ")))
        }
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// The kit's words, from the copy of `content/kit.toml` compiled into the pre-render, read once.
pub fn text() -> Result<&'static KitText, String> {
    static TEXT: OnceLock<Result<KitText, String>> = OnceLock::new();
    TEXT.get_or_init(|| {
        parse(
            "kit.toml",
            include_str!(concat!(env!("OUT_DIR"), "/kit.toml")),
        )
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// The file names of the kit's pages, relative to the explainer's folder.
pub const TEACHERS_PAGE: &str = "teachers.html";
pub const MODEL_PAGE: &str = "model.html";
pub const ACCESSIBILITY_PAGE: &str = "accessibility.html";
pub const COMPARE_PAGE: &str = "compare.html";
pub const GLOSSARY_PAGE: &str = "glossary.html";

/// One page of the kit, ready to write.
pub struct KitPage {
    /// The file, relative to the explainer's folder.
    pub path: String,
    pub title: String,
    pub description: String,
    /// The page's `<main>`, as HTML.
    pub body: String,
    /// Scripts the page loads (deferred), relative to the explainer's folder.
    pub scripts: &'static [&'static str],
}

impl KitPage {
    /// The path back to the explainer's folder from this page's: `""` or `"../"`.
    pub fn to_root(&self) -> String {
        "../".repeat(self.path.matches('/').count())
    }

    /// The whole HTML document. `favicon` is the explainer's icon (its hashed file name).
    pub fn document(&self, kit: &KitText, favicon: &str) -> String {
        let root = self.to_root();
        let scripts: String = self
            .scripts
            .iter()
            .map(|s| format!(r#"<script src="{root}{s}" defer></script>"#))
            .collect();
        let nav = nav(kit, &root);
        format!(
            r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{title}</title>
<meta name="description" content="{description}">
<link rel="icon" href="{root}{favicon}">
<link rel="stylesheet" href="{root}kit.css">
{scripts}
</head>
<body class="kit">
{nav}
<main id="main" class="kit-main">
{body}
</main>
</body>
</html>
"#,
            title = escape_attribute(&self.title),
            description = escape_attribute(&self.description),
            body = self.body,
        )
    }
}

/// The links every kit page carries: back to the explainer, and to the other kit pages.
fn nav(kit: &KitText, root: &str) -> String {
    let links: String = [
        (format!("{root}./"), &kit.back_link),
        (format!("{root}{TEACHERS_PAGE}"), &kit.teachers_link),
        (format!("{root}{MODEL_PAGE}"), &kit.model_link),
        (format!("{root}{GLOSSARY_PAGE}"), &kit.glossary_link),
        (
            format!("{root}{ACCESSIBILITY_PAGE}"),
            &kit.accessibility_link,
        ),
    ]
    .iter()
    .map(|(href, text)| {
        format!(
            r#"<li><a href="{}">{}</a></li>"#,
            escape_attribute(href),
            escape_attribute(text)
        )
    })
    .collect();
    format!(
        r#"<nav class="kit-nav" aria-label="{}"><ul>{links}</ul></nav>"#,
        escape_attribute(&kit.nav_label)
    )
}

/// The explainer's address, relative to its folder, that opens `link` on the full page (`./`
/// for the start).
pub fn explainer_link(link: crate::link::Link) -> String {
    let ids: Vec<&str> = crate::story::steps().iter().map(|s| s.id()).collect();
    let query = crate::link::format(&link.into(), &ids);
    if query.is_empty() {
        "./".into()
    } else {
        format!("./?{query}")
    }
}

/// Renders a view to HTML, under an owner of its own.
pub fn render<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(|| crate::page_fill::tidy(&view().to_html()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kit_words_read_and_fill_their_numbers() {
        let kit = text().unwrap();
        assert_eq!(kit.score(35), "Score 35 of 100");
        assert_eq!(kit.lesson(45), "A 45-minute lesson");
        assert_eq!(kit.minutes(10), "(10 minutes)");
    }

    #[test]
    fn pages_in_a_folder_reach_back_to_the_explainer() {
        let page = |path: &str| KitPage {
            path: path.into(),
            title: "T <b>".into(),
            description: "D \"q\"".into(),
            body: String::new(),
            scripts: &["x.js"],
        };
        assert_eq!(page("teachers.html").to_root(), "");
        let handout = page("handout/case-x.html");
        assert_eq!(handout.to_root(), "../");
        let html = handout.document(text().unwrap(), "favicon-1.svg");
        assert!(html.contains(r#"<link rel="stylesheet" href="../kit.css">"#));
        assert!(html.contains(r#"<script src="../x.js" defer></script>"#));
        assert!(html.contains("<title>T &lt;b&gt;</title>"));
        assert!(html.contains(r#"content="D &quot;q&quot;""#));
    }
}
