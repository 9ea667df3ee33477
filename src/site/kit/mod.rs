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

use leptos::prelude::*;

use crate::host_protocol::escape_attribute;
use crate::paths::{ACCESSIBILITY_PAGE, GLOSSARY_PAGE, MODEL_PAGE, TEACHERS_PAGE};
pub use crate::site::links::explainer_link;

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
    pub fn document(&self, favicon: &str) -> String {
        let root = self.to_root();
        let scripts: String = self
            .scripts
            .iter()
            .map(|s| format!(r#"<script src="{root}{s}" defer></script>"#))
            .collect();
        let nav = nav(&root);
        format!(
            r#"<!doctype html>
<html lang="{lang}" dir="{dir}">
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
            lang = crate::content::LANG,
            dir = crate::content::DIR,
        )
    }
}

/// The links every kit page carries: back to the explainer, and to the other kit pages.
fn nav(root: &str) -> String {
    let kit = crate::content::kit::text();
    let teachers = if crate::content::TEACHING_TRANSLATED {
        kit.teachers_link.clone()
    } else {
        format!("{} {}", kit.teachers_link, crate::content::IN_ENGLISH)
    };
    let links: String = [
        (format!("{root}./"), &kit.back_link),
        // In an edition without the teachers' pages, the English edition's, marked as English.
        (
            format!("{root}{}", crate::paths::english_only(TEACHERS_PAGE)),
            &teachers,
        ),
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

/// Renders a view to HTML, under an owner of its own.
pub fn render<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(|| crate::site::fill::tidy(&view().to_html()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kit_words_read_and_fill_their_numbers() {
        let kit = crate::content::kit::text();
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
        let html = handout.document("favicon-1.svg");
        assert!(html.contains(r#"<link rel="stylesheet" href="../kit.css">"#));
        assert!(html.contains(r#"<script src="../x.js" defer></script>"#));
        assert!(html.contains("<title>T &lt;b&gt;</title>"));
        assert!(html.contains(r#"content="D &quot;q&quot;""#));
    }
}
