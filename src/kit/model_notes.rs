//! The model's notes as a page (`model.html`): `docs/MODEL.md`, the same file the repository
//! keeps, turned into HTML on the build machine (pulldown-cmark), so a reader gets a styled,
//! printable page instead of a raw Markdown file.

use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, html};

use super::{KitPage, KitText, MODEL_PAGE};
use crate::content;

/// `docs/MODEL.md` as HTML. The file is the project's own; any raw HTML in it is shown as text
/// rather than passed through, and tables lose their column alignment, which would come out as
/// `style` attributes that the Content-Security-Policy blocks.
pub fn notes_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(Tag::Table(columns)) => {
            Event::Start(Tag::Table(vec![Alignment::None; columns.len()]))
        }
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

/// The page of the model's notes.
pub fn page(kit: &KitText) -> KitPage {
    KitPage {
        path: MODEL_PAGE.into(),
        title: format!("{}: {}", kit.model_page_title, content::HEADLINE),
        description: kit.model_page_intro.clone(),
        body: format!(
            r#"<article class="notes">{}</article>"#,
            notes_html(include_str!("../../docs/MODEL.md"))
        ),
        scripts: &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
