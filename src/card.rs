//! The scenario cards: 1200×630 images of a scenario's switches and verdict, drawn as SVG on the
//! build machine and turned into PNG files by the post-build step (`scripts/postbuild.mjs`,
//! with resvg and the DejaVu fonts from npm). One for each of the 256 scenarios (the embed's
//! fallback image, [`crate::host_protocol::scenario_image`]) and one for each case (its page's
//! share card). Compiled only where `static_text` is set: the browser never draws them.

use std::fmt::Write as _;

use crate::content::{self, Preset};
use crate::host_protocol::IMAGE_SIZE;
use crate::model::{self, Condition, Input, Outcome, Scenario};

/// The colours of the light theme (`style/main.scss`).
const INK: &str = "#1d1d1f";
const MUTED: &str = "#4a4a52";
const PAPER: &str = "#fdfcfa";
const PANEL: &str = "#f3f1ec";
const BORDER: &str = "#c9c5bc";
const ACCENT: &str = "#0b5cad";
const OFF: &str = "#6b6b73";
const ON: &str = "#0d6e3f";

/// An outcome's colour and its band's tint, as on the page's meter.
fn colours(outcome: Outcome) -> (&'static str, &'static str) {
    match outcome {
        Outcome::Drift => ("#b3261e", "#f4c7c3"),
        Outcome::CrisisChannel => ("#8a4b00", "#f8dcb4"),
        Outcome::InterimDeal => ("#0b5cad", "#c4dcf5"),
        Outcome::Settlement => ("#0d6e3f", "#bfe5cf"),
    }
}

/// The card of `scenario`; for a case, `case` gives its name and date as the title.
pub fn svg(scenario: Scenario, case: Option<&Preset>) -> String {
    let (width, height) = IMAGE_SIZE;
    let verdict = model::assess(scenario);
    let (colour, _) = colours(verdict.outcome);
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="DejaVu Sans">"#
    );
    let _ = write!(
        svg,
        r#"<rect width="{width}" height="{height}" fill="{PAPER}"/><rect width="{width}" height="14" fill="{ACCENT}"/>"#
    );
    // The words, on the left.
    let (kicker, title) = match case {
        Some(case) => (case.date.to_string(), case.name),
        None => (content::KICKER.to_string(), content::HEADLINE),
    };
    let mut y = 84;
    for line in wrap(&kicker.to_uppercase(), 36).iter().take(2) {
        text(&mut svg, 64, y, 22, "bold", ACCENT, line);
        y += 30;
    }
    y += 36;
    for line in wrap(title, 22).iter().take(3) {
        text(&mut svg, 64, y, 46, "bold", INK, line);
        y += 56;
    }
    y += 14;
    let label = content::outcome(verdict.outcome).label;
    let chip = 40 + label.chars().count() as u32 * 15;
    let _ = write!(
        svg,
        r#"<rect x="64" y="{}" width="{chip}" height="48" rx="24" fill="{colour}"/>"#,
        y - 34
    );
    text(&mut svg, 82, y, 26, "bold", "#ffffff", label);
    y += 56;
    let summary = content::scenario_summary(scenario, &verdict);
    for line in wrap(summary, 44).iter().take(4) {
        text(&mut svg, 64, y, 24, "normal", MUTED, line);
        y += 34;
    }
    // The switches and the meter, on the right.
    let _ = write!(
        svg,
        r#"<rect x="718" y="60" width="426" height="510" rx="18" fill="{PANEL}" stroke="{BORDER}" stroke-width="2"/>"#
    );
    let mut y = 92;
    for condition in Condition::ALL {
        let on = scenario.conditions.has(condition);
        switch(&mut svg, 746, y, on);
        let name = content::short_name(Input::Condition(condition));
        for (i, line) in wrap(name, 20).iter().take(2).enumerate() {
            text(
                &mut svg,
                830,
                y + 29 + i as u32 * 26 - if name.len() > 20 { 12 } else { 0 },
                23,
                "bold",
                INK,
                line,
            );
        }
        y += 72;
    }
    let factors: Vec<&str> = scenario
        .context
        .present()
        .map(|f| content::short_name(Input::Context(f)))
        .collect();
    let context = if factors.is_empty() {
        "Context: none".to_string()
    } else {
        format!("Context: {}", factors.join(", "))
    };
    for line in wrap(&context, 32).iter().take(3) {
        text(&mut svg, 746, y + 20, 20, "normal", MUTED, line);
        y += 28;
    }
    meter(&mut svg, 746, 520, 370, verdict.outcome);
    svg.push_str("</svg>");
    svg
}

fn switch(svg: &mut String, x: u32, y: u32, on: bool) {
    let (fill, knob) = if on { (ON, x + 40) } else { (OFF, x + 6) };
    let _ = write!(
        svg,
        r##"<rect x="{x}" y="{y}" width="70" height="38" rx="19" fill="{fill}"/><circle cx="{}" cy="{}" r="13" fill="#ffffff"/>"##,
        knob + 12,
        y + 19
    );
}

fn meter(svg: &mut String, x: u32, y: u32, width: u32, outcome: Outcome) {
    let band = (width - 18) / 4;
    for (i, o) in Outcome::ALL.into_iter().enumerate() {
        let (colour, tint) = colours(o);
        let bx = x + i as u32 * (band + 6);
        let fill = if o == outcome { colour } else { tint };
        let _ = write!(
            svg,
            r#"<rect x="{bx}" y="{y}" width="{band}" height="22" rx="4" fill="{fill}"/>"#
        );
        if o == outcome {
            let _ = write!(
                svg,
                r#"<rect x="{}" y="{}" width="{}" height="30" rx="6" fill="none" stroke="{INK}" stroke-width="4"/>"#,
                bx - 4,
                y - 4,
                band + 8
            );
        }
    }
}

fn text(svg: &mut String, x: u32, y: u32, size: u32, weight: &str, fill: &str, words: &str) {
    let _ = write!(
        svg,
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        escape(words)
    );
}

/// Lines of at most about `chars` characters, broken at spaces.
fn wrap(words: &str, chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("", 9), Vec::<String>::new());
    }

    #[test]
    fn a_card_shows_the_switches_and_the_verdict() {
        let case = content::PRESETS
            .iter()
            .find(|p| p.id == "jcpoa-2015")
            .unwrap();
        let card = svg(case.scenario, Some(case));
        assert!(card.starts_with("<svg "));
        assert!(
            card.contains(&escape(case.name))
                || card.contains(case.name.split(' ').next().unwrap())
        );
        let label = content::outcome(model::assess(case.scenario).outcome).label;
        assert!(card.contains(label));
        let switched_on = card.matches(&format!(r#"rx="19" fill="{ON}""#)).count();
        assert_eq!(switched_on, case.scenario.conditions.present().count());
    }
}
