//! The accessibility statement and the conformance report (`accessibility.html`): what is
//! supported, how it was tested, how to report a problem, and every WCAG 2.1 level A and AA
//! success criterion marked as the VPAT 2.5 (WCAG edition) template asks. Words in
//! `content/accessibility.toml`; the contact address, if the site has one, from the build's
//! `EXPLAINER_CONTACT` (docs/EMBED.md).

use leptos::prelude::*;
use serde::Deserialize;

use super::{ACCESSIBILITY_PAGE, KitPage, KitText, render};
use crate::content;

/// `content/accessibility.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    pub title: String,
    pub updated: String,
    pub standard: String,
    pub summary: String,
    pub section: Vec<Section>,
    pub labels: Labels,
    pub report: Report,
    pub criterion: Vec<Criterion>,
}

/// The words of the page around the statement and the report.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// With `{standard}` and `{updated}`.
    pub standard_line: String,
    pub report_heading: String,
    pub product_label: String,
    pub version_label: String,
    pub date_label: String,
    pub methods_label: String,
    pub notes_label: String,
    pub summary_label: String,
    /// With `{term}` and `{n}`.
    pub count: String,
    /// With `{level}`.
    pub table_caption: String,
    pub criteria_column: String,
    pub conformance_column: String,
    pub remarks_column: String,
    /// With `{level}`.
    pub criterion_level: String,
    /// Each of [`CONFORMANCE`]'s terms as the page writes it.
    pub terms: std::collections::BTreeMap<String, String>,
    /// WCAG's levels, `A` and `AA`, as the page writes them.
    pub levels: std::collections::BTreeMap<String, String>,
}

impl Labels {
    /// A conformance term as the page writes it.
    pub fn term<'a>(&'a self, term: &'a str) -> &'a str {
        self.terms.get(term).map_or(term, String::as_str)
    }

    /// A WCAG level as the page writes it.
    pub fn level<'a>(&'a self, level: &'a str) -> &'a str {
        self.levels.get(level).map_or(level, String::as_str)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub product: String,
    pub product_version: String,
    pub report_date: String,
    pub evaluation_methods: String,
    pub notes: String,
}

/// One success criterion and how the explainer meets it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub level: String,
    pub conformance: String,
    pub remarks: String,
}

/// The terms the VPAT 2.5 template allows for a criterion.
pub const CONFORMANCE: [&str; 4] = [
    "Supports",
    "Partially Supports",
    "Does Not Support",
    "Not Applicable",
];

/// Every WCAG 2.1 success criterion at levels A and AA, with its level, in order.
pub const WCAG21_A_AA: [(&str, &str); 50] = [
    ("1.1.1", "A"),
    ("1.2.1", "A"),
    ("1.2.2", "A"),
    ("1.2.3", "A"),
    ("1.2.4", "AA"),
    ("1.2.5", "AA"),
    ("1.3.1", "A"),
    ("1.3.2", "A"),
    ("1.3.3", "A"),
    ("1.3.4", "AA"),
    ("1.3.5", "AA"),
    ("1.4.1", "A"),
    ("1.4.2", "A"),
    ("1.4.3", "AA"),
    ("1.4.4", "AA"),
    ("1.4.5", "AA"),
    ("1.4.10", "AA"),
    ("1.4.11", "AA"),
    ("1.4.12", "AA"),
    ("1.4.13", "AA"),
    ("2.1.1", "A"),
    ("2.1.2", "A"),
    ("2.1.4", "A"),
    ("2.2.1", "A"),
    ("2.2.2", "A"),
    ("2.3.1", "A"),
    ("2.4.1", "A"),
    ("2.4.2", "A"),
    ("2.4.3", "A"),
    ("2.4.4", "A"),
    ("2.4.5", "AA"),
    ("2.4.6", "AA"),
    ("2.4.7", "AA"),
    ("2.5.1", "A"),
    ("2.5.2", "A"),
    ("2.5.3", "A"),
    ("2.5.4", "A"),
    ("3.1.1", "A"),
    ("3.1.2", "AA"),
    ("3.2.1", "A"),
    ("3.2.2", "A"),
    ("3.2.3", "AA"),
    ("3.2.4", "AA"),
    ("3.3.1", "A"),
    ("3.3.2", "A"),
    ("3.3.3", "AA"),
    ("3.3.4", "AA"),
    ("4.1.1", "A"),
    ("4.1.2", "A"),
    ("4.1.3", "AA"),
];

impl Accessibility {
    /// The statement and report, from the copy of `content/accessibility.toml` compiled into
    /// the pre-render, checked.
    pub fn load() -> Result<&'static Self, String> {
        static ACCESSIBILITY: std::sync::OnceLock<Result<Accessibility, String>> =
            std::sync::OnceLock::new();
        super::load_checked(
            &ACCESSIBILITY,
            "accessibility.toml",
            include_str!(concat!(env!("OUT_DIR"), "/accessibility.toml")),
            Self::faults,
        )
    }

    /// What is wrong with the report: it must list every A and AA criterion of WCAG 2.1 once,
    /// in order, at its level, each marked with one of the template's terms and a remark.
    pub fn faults(&self) -> Vec<String> {
        let mut faults = Vec::new();
        let ids: Vec<(&str, &str)> = self
            .criterion
            .iter()
            .map(|c| (c.id.as_str(), c.level.as_str()))
            .collect();
        if ids != WCAG21_A_AA {
            let missing: Vec<&str> = WCAG21_A_AA
                .iter()
                .filter(|want| !ids.contains(want))
                .map(|(id, _)| *id)
                .collect();
            faults.push(format!(
                "the criteria must be WCAG 2.1's A and AA ones, in order, at their levels (missing or misplaced: {})",
                missing.join(", ")
            ));
        }
        for c in &self.criterion {
            if !CONFORMANCE.contains(&c.conformance.as_str()) {
                faults.push(format!("{}: {:?} is not a VPAT term", c.id, c.conformance));
            }
            if c.remarks.trim().is_empty() {
                faults.push(format!("{}: no remark", c.id));
            }
        }
        let terms: Vec<&str> = self.labels.terms.keys().map(String::as_str).collect();
        let mut want = CONFORMANCE.to_vec();
        want.sort_unstable();
        if terms != want {
            faults.push(format!(
                "[labels.terms] must give the page's words for each VPAT term, {want:?}, and no other"
            ));
        }
        let levels: Vec<&str> = self.labels.levels.keys().map(String::as_str).collect();
        if levels != ["A", "AA"] {
            faults.push("[labels.levels] must give the page's words for \"A\" and \"AA\"".into());
        }
        faults
    }
}

/// The page. `contact` is where to report a problem (an email address or a web address), if
/// the site has one.
pub fn page(text: &'static Accessibility, kit: &'static KitText, contact: Option<&str>) -> KitPage {
    let contact = contact.map(str::to_string);
    KitPage {
        path: ACCESSIBILITY_PAGE.into(),
        title: format!("{}: {}", kit.accessibility_link, content::HEADLINE),
        description: text.summary.clone(),
        body: render(|| view! { <AccessibilityPage text kit contact /> }),
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
fn AccessibilityPage(
    text: &'static Accessibility,
    kit: &'static KitText,
    contact: Option<String>,
) -> impl IntoView {
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
    fn the_report_lists_every_a_and_aa_criterion_with_an_allowed_term() {
        let text = Accessibility::load().unwrap();
        assert_eq!(text.criterion.len(), 50);
        assert!(text.faults().is_empty());
    }

    #[test]
    fn a_missing_criterion_or_an_unknown_term_is_a_fault() {
        let mut text: Accessibility = super::super::parse(
            "accessibility.toml",
            include_str!(concat!(env!("OUT_DIR"), "/accessibility.toml")),
        )
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
