//! The glossary (`glossary.html`): the terms the explainer uses that a newcomer may not know,
//! linked from where each first appears in the steps and the conditions' notes (`[[id]]` or
//! `[[words|id]]` in the content, [`crate::content::pieces`]). Words in `content/glossary.toml`.

use leptos::prelude::*;

use super::{KitPage, render};
use crate::content;
pub use crate::content::kit::Glossary;
use crate::paths::GLOSSARY_PAGE;

/// Every text of the content that may link to the glossary: the steps' paragraphs and the
/// conditions' notes on theory.
pub fn linked_texts() -> Vec<&'static str> {
    let steps = content::STEPS
        .iter()
        .flat_map(|s| s.paragraphs.iter().copied());
    let conditions = crate::model::Condition::ALL
        .into_iter()
        .map(|c| content::condition(c).explanation);
    steps.chain(conditions).collect()
}

/// The glossary's page.
pub fn page(glossary: &'static Glossary) -> KitPage {
    let kit = crate::content::kit::text();
    KitPage {
        path: GLOSSARY_PAGE.into(),
        title: content::sub_title(&kit.glossary_link),
        description: glossary.intro.clone(),
        body: render(|| view! { <GlossaryPage glossary /> }),
        scripts: &[],
    }
}

#[component]
fn GlossaryPage(glossary: &'static Glossary) -> impl IntoView {
    view! {
        <header class="kit-header">
            <p class="kicker">{content::HEADLINE}</p>
            <h1>{glossary.title.clone()}</h1>
            <p class="dek">{glossary.intro.clone()}</p>
        </header>
        <dl class="glossary">
            {glossary
                .term
                .iter()
                .map(|t| view! {
                    <dt id=t.id.clone()>{t.term.clone()}</dt>
                    <dd>{t.text.clone()}</dd>
                })
                .collect_view()}
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Piece;

    #[test]
    fn every_link_in_the_content_names_a_term() {
        let glossary = content::kit::glossary();
        let linked: Vec<&str> = linked_texts()
            .into_iter()
            .flat_map(content::pieces)
            .filter_map(|p| match p {
                Piece::Term { id, .. } => Some(id),
                Piece::Text(_) => None,
            })
            .collect();
        assert!(
            linked.len() >= 5,
            "terms are linked where they first appear"
        );
        assert!(
            linked
                .iter()
                .all(|id| glossary.term.iter().any(|t| t.id == *id))
        );
    }

    #[test]
    fn a_link_to_a_missing_term_is_refused() {
        let glossary = content::kit::glossary();
        let faults = glossary.unknown_links(&["A [[stalemate|no-such-term]] and [[ripeness]]."]);
        assert_eq!(
            faults,
            ["“stalemate” links to the term \"no-such-term\", which the glossary does not have"]
        );
    }

    #[test]
    fn texts_split_into_words_and_terms() {
        assert_eq!(
            content::pieces("Call it [[ripeness]], or [[a gate|gate]]. [[open"),
            [
                Piece::Text("Call it "),
                Piece::Term {
                    words: "ripeness",
                    id: "ripeness"
                },
                Piece::Text(", or "),
                Piece::Term {
                    words: "a gate",
                    id: "gate"
                },
                Piece::Text(". [[open"),
            ]
        );
        assert_eq!(content::plain("A [[b|c]] d"), "A b d");
    }
}
