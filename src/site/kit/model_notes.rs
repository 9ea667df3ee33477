//! The model's notes as a page (`model.html`): `docs/MODEL.md`, the same file the repository
//! keeps, turned into HTML on the build machine (pulldown-cmark), so a reader gets a styled,
//! printable page instead of a raw Markdown file.

use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, html};

use super::KitPage;
use crate::content;
use crate::paths::MODEL_PAGE;

/// `docs/MODEL.md` as HTML. The file is the project's own; any raw HTML in it is shown as text
/// rather than passed through, and tables lose their column alignment, which would come out as
/// `style` attributes that the Content-Security-Policy blocks.
pub fn notes_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        // The pseudo-locale's build transforms the notes' words too (`build/pseudo.rs`).
        Event::Text(text) if content::PSEUDO => {
            Event::Text(crate::site::pseudo::text(&text).into())
        }
        Event::Start(Tag::Table(columns)) => {
            Event::Start(Tag::Table(vec![Alignment::None; columns.len()]))
        }
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    // A table wider than a phone scrolls in its own box (reached by keyboard), not the page.
    out.replace(
        "<table>",
        r#"<div class="table-scroll" tabindex="0"><table>"#,
    )
    .replace("</table>", "</table></div>")
}

/// The line before the part of `docs/MODEL.md` (and of each translation, `content/<lang>/MODEL.md`)
/// that speaks to developers (file paths, checks): the page for readers stops there.
const FOR_DEVELOPERS: &str =
    "\n<!-- The page for readers (model.html) stops here: what follows is for developers. -->";

/// The part of the notes for readers: everything before [`FOR_DEVELOPERS`].
pub fn for_readers(markdown: &str) -> &str {
    markdown.split(FOR_DEVELOPERS).next().unwrap_or(markdown)
}

/// The page of the model's notes.
pub fn page() -> KitPage {
    let kit = crate::content::kit::text();
    KitPage {
        path: MODEL_PAGE.into(),
        title: content::sub_title(&kit.model_page_title),
        description: kit.model_page_intro.clone(),
        body: format!(
            r#"<article class="notes">{}</article>"#,
            // This build's language's notes, copied by build.rs.
            notes_html(for_readers(include_str!(concat!(
                env!("OUT_DIR"),
                "/MODEL.md"
            ))))
        ),
        scripts: &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_notes_speak_no_developer_words() {
        let notes = include_str!("../../../docs/MODEL.md");
        assert!(
            notes.contains(FOR_DEVELOPERS),
            "the developers' part is marked"
        );
        let readers = notes_html(for_readers(notes));
        assert!(readers.contains("<h2>Sources</h2>"), "the sources stay");
        for word in [
            "src/",
            "tests/",
            "content/",
            ".rs<",
            ".toml",
            "build.rs",
            "the build",
        ] {
            assert!(!readers.contains(word), "model.html says {word:?}");
        }
    }

    #[test]
    fn markdown_becomes_html_and_raw_html_is_text() {
        let html = notes_html(
            "# Title\n\nA *point* <script>x</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        );
        assert!(html.contains("<h1>Title</h1>"));
        assert!(html.contains("<em>point</em>"));
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<table>"));
        let aligned = notes_html("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
        assert!(!aligned.contains("style="), "{aligned}");
    }
}
