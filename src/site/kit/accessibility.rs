//! The accessibility statement and the conformance report (`accessibility.html`): what is
//! supported, how it was tested, how to report a problem, and every WCAG 2.1 level A and AA
//! success criterion marked as the VPAT 2.5 (WCAG edition) template asks. Words in
//! `content/accessibility.toml`; the contact address, if the site has one, from the build's
//! `EXPLAINER_CONTACT` (docs/EMBED.md).

use leptos::prelude::*;

use super::{KitPage, render};
use crate::content;
pub use crate::content::kit::{Accessibility, CONFORMANCE};
use crate::paths::ACCESSIBILITY_PAGE;

/// The page. `contact` is where to report a problem (an email address or a web address), if
/// the site has one.
pub fn page(text: &'static Accessibility, contact: Option<&str>) -> KitPage {
    let kit = crate::content::kit::text();
    let contact = contact.map(str::to_string);
    KitPage {
        path: ACCESSIBILITY_PAGE.into(),
        title: content::sub_title(&kit.accessibility_link),
        description: text.summary.clone(),
        body: render(|| view! { <AccessibilityPage text contact /> }),
        scripts: &[],
    }
}

/// A contact as a link: an email address becomes `mailto:`, a web address stays as it is.
fn contact_link(contact: &str) -> Option<String> {
    if contact.starts_with("https://") || contact.starts_with("http://") {
        Some(contact.to_string())
    } else if contact.contains('@') && !contact.contains(char::is_whitespace) {
        Some(format!("mailto:{contact}"))
    } else {
        None
    }
}

#[component]
fn AccessibilityPage(text: &'static Accessibility, contact: Option<String>) -> impl IntoView {
    let kit = crate::content::kit::text();
    let counts = CONFORMANCE.map(|term| {
        let n = text
            .criterion
            .iter()
            .filter(|c| c.conformance == term)
            .count();
        content::fill(
            &text.labels.count,
            &[("term", text.labels.term(term)), ("n", &n.to_string())],
        )
    });
    let labels = &text.labels;
    let standard_line = content::fill(
        &labels.standard_line,
        &[
            ("standard", &text.standard),
            ("updated", &content::reader_date(&text.updated)),
        ],
    );
    let contact = contact.and_then(|c| Some((contact_link(&c)?, c)));
    view! {
        <header class="kit-header">
            <p class="kicker">{content::HEADLINE}</p>
            <h1>{text.title.clone()}</h1>
            <p class="dek">{text.summary.clone()}</p>
            <p>{standard_line}</p>
        </header>
        {text
            .section
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let id = format!("statement-{i}");
                view! {
                    <section aria-labelledby=id.clone()>
                        <h2 id=id.clone()>{s.heading.clone()}</h2>
                        {s.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    </section>
                }
            })
            .collect_view()}
        <section aria-labelledby="contact">
            <h2 id="contact">{kit.contact_heading.clone()}</h2>
            {match contact {
                Some((href, shown)) => view! { <p>{kit.contact_line.clone()} " " <a href=href>{shown}</a></p> }.into_any(),
                None => view! { <p>{kit.no_contact.clone()}</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="report">
            <h2 id="report">{labels.report_heading.clone()}</h2>
            <dl class="report-facts">
                <dt>{labels.product_label.clone()}</dt><dd>{text.report.product.clone()}</dd>
                <dt>{labels.version_label.clone()}</dt><dd>{text.report.product_version.clone()}</dd>
                <dt>{labels.date_label.clone()}</dt>
                <dd><time datetime=text.report.report_date.clone()>{content::reader_date(&text.report.report_date)}</time></dd>
                <dt>{labels.methods_label.clone()}</dt><dd>{text.report.evaluation_methods.clone()}</dd>
                <dt>{labels.notes_label.clone()}</dt><dd>{text.report.notes.clone()}</dd>
                <dt>{labels.summary_label.clone()}</dt><dd>{counts.join("; ")}</dd>
            </dl>
            {["A", "AA"]
                .into_iter()
                .map(|level| {
                    let id = format!("table-{}", level.to_lowercase());
                    view! {
                        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=id.clone()>
                            <table class="report-table">
                                <caption id=id.clone()>{content::fill(&labels.table_caption, &[("level", labels.level(level))])}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{labels.criteria_column.clone()}</th>
                                        <th scope="col">{labels.conformance_column.clone()}</th>
                                        <th scope="col">{labels.remarks_column.clone()}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {text
                                        .criterion
                                        .iter()
                                        .filter(|c| c.level == level)
                                        .map(|c| {
                                            let class = format!("conformance conformance-{}", c.conformance.to_lowercase().replace(' ', "-"));
                                            view! {
                                                <tr>
                                                    <th scope="row">{c.id.clone()} " " {c.name.clone()} " " {content::fill(&labels.criterion_level, &[("level", labels.level(&c.level))])}</th>
                                                    <td class=class>{labels.term(&c.conformance).to_string()}</td>
                                                    <td>{c.remarks.clone()}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_criterion_or_an_unknown_term_is_a_fault() {
        let mut text: Accessibility = toml::from_str(include_str!(concat!(
            env!("OUT_DIR"),
            "/accessibility.toml"
        )))
        .unwrap();
        text.criterion.remove(3);
        text.criterion[0].conformance = "Mostly".into();
        let faults = text.faults().join("; ");
        assert!(faults.contains("missing or misplaced: 1.2.3"), "{faults}");
        assert!(faults.contains("\"Mostly\" is not a VPAT term"), "{faults}");
    }

    #[test]
    fn contacts_become_links_and_anything_else_is_refused() {
        assert_eq!(
            contact_link("access@example.org").as_deref(),
            Some("mailto:access@example.org")
        );
        assert_eq!(
            contact_link("https://example.org/a11y").as_deref(),
            Some("https://example.org/a11y")
        );
        assert_eq!(contact_link("javascript:alert(1)"), None);
        assert_eq!(contact_link("call us"), None);
    }
}
