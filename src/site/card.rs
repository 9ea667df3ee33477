//! The scenario cards: 1200×630 images of a scenario's switches and verdict, drawn as SVG on the
//! build machine and turned into PNG files by the post-build step (`scripts/postbuild.mjs`,
//! with resvg and the DejaVu fonts from npm). One for each of the 256 scenarios (the embed's
//! fallback image, [`crate::paths::scenario_image`]) and one for each case (its page's
//! share card). Compiled only where `static_text` is set: the browser never draws them.

use std::fmt::Write as _;
use std::sync::OnceLock;

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

/// The words of a card, before they are laid out.
pub struct CardText<'a> {
    /// Above the title: the explainer's kicker, or a case's date.
    pub kicker: &'a str,
    /// The explainer's title, or a case's name.
    pub title: &'a str,
    /// The verdict's label, in its chip.
    pub label: &'a str,
    /// The scenario in a sentence or two.
    pub summary: &'a str,
    /// The context factors switched on.
    pub context: &'a str,
}

/// The words of `scenario`'s card, whose verdict is `verdict`; for a case, `case` gives its name
/// and date as the title.
fn words(
    scenario: Scenario,
    verdict: &model::Verdict,
    case: Option<&Preset>,
) -> (String, &'static str, String, String) {
    let (kicker, title) = match case {
        Some(case) => (case.date.to_uppercase(), case.name),
        None => (content::KICKER.to_uppercase(), content::HEADLINE),
    };
    let factors: Vec<&str> = scenario
        .context
        .present()
        .map(|f| content::short_name(Input::Context(f)))
        .collect();
    let context = if factors.is_empty() {
        content::CARD_CONTEXT_NONE.to_string()
    } else {
        content::fill(content::CARD_CONTEXT, &[("factors", &factors.join(", "))])
    };
    (
        kicker,
        title,
        content::scenario_summary(scenario, verdict).to_string(),
        context,
    )
}

/// The card of `scenario`; for a case, `case` gives its name and date as the title. Fails, naming
/// the text, when a text does not fit its box even at its smallest size.
pub fn svg(scenario: Scenario, case: Option<&Preset>) -> Result<String, String> {
    let verdict = model::assess(scenario);
    let (kicker, title, summary, context) = words(scenario, &verdict, case);
    let text = CardText {
        kicker: &kicker,
        title,
        label: content::outcome(verdict.outcome).label,
        summary: &summary,
        context: &context,
    };
    draw(scenario, verdict.outcome, &text)
}

/// The scenario on the explainer's own share card: the first two conditions on.
pub fn share_scenario() -> Scenario {
    Scenario::default()
        .with(Input::Condition(Condition::NoBetterAlternative), true)
        .with(Input::Condition(Condition::Concessions), true)
}

/// The explainer's own share card (`img/share.png`, the main page's `og:image`): its title and
/// what it offers, beside the four conditions with two of them on and the verdict they give.
pub fn share_svg() -> Result<String, String> {
    let scenario = share_scenario();
    let outcome = model::assess(scenario).outcome;
    let kicker = content::KICKER.to_uppercase();
    let text = CardText {
        kicker: &kicker,
        title: content::HEADLINE,
        label: content::outcome(outcome).label,
        summary: content::SHARE_CARD_TEXT,
        context: content::CARD_CONTEXT_NONE,
    };
    draw(scenario, outcome, &text)
}

/// A text box on the card: where it starts, how wide it may be, how many lines it may take, and
/// the font sizes to try, largest first (with the line height of each).
struct TextBox {
    what: &'static str,
    width: f32,
    lines: usize,
    bold: bool,
    sizes: &'static [(u32, u32)],
}

const KICKER_BOX: TextBox = TextBox {
    what: "the kicker (a case's date)",
    width: 626.0,
    lines: 3,
    bold: true,
    sizes: &[(22, 30), (20, 27), (18, 24)],
};
const TITLE_BOX: TextBox = TextBox {
    what: "the title (a case's name)",
    width: 626.0,
    lines: 3,
    bold: true,
    sizes: &[(46, 56), (40, 48), (34, 42)],
};
const SUMMARY_BOX: TextBox = TextBox {
    what: "the summary",
    width: 626.0,
    lines: 4,
    bold: false,
    sizes: &[(24, 34), (22, 30), (20, 28)],
};
/// The chip's text, with 18 px of padding on each side, in the left column.
const CHIP_BOX: TextBox = TextBox {
    what: "the verdict's chip",
    width: 626.0 - 36.0,
    lines: 1,
    bold: true,
    sizes: &[(26, 34), (23, 30)],
};
/// A switch's name, beside the switch, inside the panel on the right.
const SWITCH_BOX: TextBox = TextBox {
    what: "a switch's name",
    width: 290.0,
    lines: 2,
    bold: true,
    sizes: &[(23, 26), (20, 23)],
};
const CONTEXT_BOX: TextBox = TextBox {
    what: "the context factors",
    width: 370.0,
    lines: 3,
    bold: false,
    sizes: &[(20, 28), (18, 25)],
};

/// `words` set in `frame`: the font size used, its line height and the lines, or why it cannot fit.
fn fit(frame: &TextBox, words: &str) -> Result<(u32, u32, Vec<String>), String> {
    let mut smallest = Vec::new();
    for &(size, leading) in frame.sizes {
        let lines = wrap(words, |line| {
            text_width(line, size, frame.bold) <= frame.width
        });
        if lines.len() <= frame.lines
            && lines
                .iter()
                .all(|l| text_width(l, size, frame.bold) <= frame.width)
        {
            return Ok((size, leading, lines));
        }
        smallest = lines;
    }
    let (size, leading) = frame.sizes[frame.sizes.len() - 1];
    if content::PSEUDO {
        // The pseudo-locale's words are longer by design, and it checks the pages, not the
        // cards: the smallest size, cut to the box.
        smallest.truncate(frame.lines);
        return Ok((size, leading, smallest));
    }
    Err(format!(
        "{} does not fit its box ({} px wide, {} line(s)) even at {size} px: “{words}”",
        frame.what, frame.width, frame.lines
    ))
}

/// The card's SVG for these words.
pub fn draw(scenario: Scenario, outcome: Outcome, words: &CardText) -> Result<String, String> {
    let (width, height) = IMAGE_SIZE;
    let (colour, _) = colours(outcome);
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="DejaVu Sans">"#
    );
    let _ = write!(
        svg,
        r#"<rect width="{width}" height="{height}" fill="{PAPER}"/><rect width="{width}" height="14" fill="{ACCENT}"/>"#
    );
    // The words, on the left.
    let mut y = 84;
    let (size, leading, lines) = fit(&KICKER_BOX, words.kicker)?;
    for line in &lines {
        text(&mut svg, 64, y, size, "bold", ACCENT, line);
        y += leading;
    }
    y += 36;
    let (size, leading, lines) = fit(&TITLE_BOX, words.title)?;
    for line in &lines {
        text(&mut svg, 64, y, size, "bold", INK, line);
        y += leading;
    }
    y += 14;
    let (size, _, _) = fit(&CHIP_BOX, words.label)?;
    let chip = text_width(words.label, size, true).ceil() as u32 + 36;
    let _ = write!(
        svg,
        r#"<rect x="64" y="{}" width="{chip}" height="48" rx="24" fill="{colour}"/>"#,
        y - 34
    );
    text(&mut svg, 82, y, size, "bold", "#ffffff", words.label);
    y += 56;
    let (size, leading, lines) = fit(&SUMMARY_BOX, words.summary)?;
    for line in &lines {
        text(&mut svg, 64, y, size, "normal", MUTED, line);
        y += leading;
    }
    // The last line's baseline, with room for its descenders.
    if y - leading + 12 > height {
        return Err(format!(
            "the left column runs off the card ({} px of {height}): shorten the kicker, the title or the summary",
            y - leading + 12
        ));
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
        let (size, leading, lines) = fit(&SWITCH_BOX, name)?;
        let two = lines.len() > 1;
        for (i, line) in lines.iter().enumerate() {
            let line_y = y + 29 + i as u32 * leading - if two { 12 } else { 0 };
            text(&mut svg, 830, line_y, size, "bold", INK, line);
        }
        y += 72;
    }
    let (size, leading, lines) = fit(&CONTEXT_BOX, words.context)?;
    for line in &lines {
        text(&mut svg, 746, y + 20, size, "normal", MUTED, line);
        y += leading;
    }
    meter(&mut svg, 746, 520, 370, outcome);
    svg.push_str("</svg>");
    Ok(svg)
}

/// The fonts the cards are drawn with, the files resvg draws them with (`scripts/postbuild.mjs`):
/// DejaVu Sans and DejaVu Sans Bold, from npm, read and parsed once.
fn faces() -> &'static [ttf_parser::Face<'static>; 2] {
    static FONTS: OnceLock<[Vec<u8>; 2]> = OnceLock::new();
    static FACES: OnceLock<[ttf_parser::Face<'static>; 2]> = OnceLock::new();
    FACES.get_or_init(|| {
        let data = FONTS.get_or_init(|| {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/dejavu-fonts-ttf/ttf");
            ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map(|name| {
                std::fs::read(format!("{dir}/{name}")).unwrap_or_else(|e| {
                    panic!("cannot read {dir}/{name} ({e}): run scripts/setup.sh, which installs the cards' fonts from npm")
                })
            })
        });
        [&data[0], &data[1]].map(|bytes| {
            ttf_parser::Face::parse(bytes, 0)
                .unwrap_or_else(|e| panic!("the cards' font cannot be read: {e}"))
        })
    })
}

/// The width of `words` set at `size` px in the cards' font, in px: the sum of each character's
/// advance as the font gives it. Kerning is left out: it moves a line by a few px at most, and
/// the boxes leave room for it.
fn text_width(words: &str, size: u32, bold: bool) -> f32 {
    let face = &faces()[usize::from(bold)];
    let units: u32 = words
        .chars()
        .map(|c| {
            let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
            u32::from(face.glyph_hor_advance(glyph).unwrap_or(0))
        })
        .sum();
    units as f32 * size as f32 / f32::from(face.units_per_em())
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

/// Lines broken at spaces, each as long as `fits` allows (a word too long for a line stands
/// alone, and the caller finds it too wide).
fn wrap(words: &str, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words.split_whitespace() {
        match lines.last_mut() {
            Some(line) if fits(&format!("{line} {word}")) => {
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
        let nine = |line: &str| line.chars().count() <= 9;
        assert_eq!(
            wrap("one two three four", nine),
            ["one two", "three", "four"]
        );
        assert_eq!(wrap("", nine), Vec::<String>::new());
    }

    #[test]
    fn widths_come_from_the_font() {
        let narrow = text_width("iiiiiiiiii", 24, false);
        let wide = text_width("WWWWWWWWWW", 24, false);
        assert!(wide > 2.0 * narrow, "{narrow} {wide}");
        assert!(text_width("Settlement", 26, true) > text_width("Settlement", 26, false));
        assert_eq!(text_width("", 24, false), 0.0);
        assert!(
            (text_width("ab", 24, false) - text_width("a", 24, false) - text_width("b", 24, false))
                .abs()
                < 0.01
        );
    }

    #[test]
    fn every_card_fits_its_text() {
        let mut cards = 0;
        for scenario in Scenario::every() {
            svg(scenario, None).unwrap_or_else(|e| panic!("scenario {scenario:?}: {e}"));
            cards += 1;
        }
        for case in content::PRESETS.iter() {
            svg(case.scenario, Some(case)).unwrap_or_else(|e| panic!("{}: {e}", case.id));
            cards += 1;
        }
        assert_eq!(cards, 265);
    }

    #[test]
    fn text_that_would_overflow_stops_the_build() {
        let scenario = Scenario::default();
        let words = |title: &'static str, label: &'static str| CardText {
            kicker: "24 JANUARY 2020",
            title,
            label,
            summary: "A short summary.",
            context: "Context: none",
        };
        assert!(draw(scenario, Outcome::Drift, &words("A title", "Drift")).is_ok());
        let long_title = "An extraordinarily long and winding name for a historical case that no card could ever hold in three lines";
        let error = draw(scenario, Outcome::Drift, &words(long_title, "Drift")).unwrap_err();
        assert!(
            error.starts_with("the title (a case's name) does not fit"),
            "{error}"
        );
        let long_label =
            "A verdict whose label runs on far past the width of the card's left column";
        let error = draw(scenario, Outcome::Drift, &words("A title", long_label)).unwrap_err();
        assert!(
            error.starts_with("the verdict's chip does not fit"),
            "{error}"
        );
        // The chip is as wide as its label, measured: the longest label fits inside it.
        let label = "Comprehensive settlement";
        let card = draw(scenario, Outcome::Settlement, &words("A title", label)).unwrap();
        let chip: u32 = card
            .split(r#"<rect x="64" y=""#)
            .nth(1)
            .unwrap()
            .split("width=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(chip as f32 >= text_width(label, 26, true) + 36.0, "{chip}");
    }

    #[test]
    fn a_card_shows_the_switches_and_the_verdict() {
        let case = content::PRESETS
            .iter()
            .find(|p| p.id == "jcpoa-2015")
            .unwrap();
        let card = svg(case.scenario, Some(case)).unwrap();
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
