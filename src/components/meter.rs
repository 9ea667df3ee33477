use leptos::prelude::*;

use crate::model::{MAX_SCORE, Outcome};

/// Width of the bar in SVG user units (10 per point, so positions stay whole numbers); the SVG
/// scales to its container.
const WIDTH: u32 = 1000;
const BAR_Y: u32 = 56;
const BAR_HEIGHT: u32 = 50;
/// Room beside the bar for the marker at either end.
const MARGIN: u32 = 25;

/// Where a score falls along the bar, in user units.
fn x_of(score: u8) -> u32 {
    u32::from(score) * WIDTH / u32::from(MAX_SCORE)
}

/// Where an outcome's band ends along the bar: where the next band starts.
fn band_end(band: Outcome) -> u32 {
    if band == Outcome::Settlement {
        WIDTH
    } else {
        x_of(band.top() + 1)
    }
}

/// The verdict meter: the four outcome bands from worst to best, the part above the ceiling
/// hatched when a gate caps the outcome, and a marker at the score.
///
/// Drawn by the app as inline SVG. For assistive technology it is one image whose name is
/// `label`; the numbers and the words are in the text beside it.
#[component]
pub fn Meter(
    /// Unique on the page: names the meter's hatch pattern (two meters share the page, and a
    /// pattern inside a hidden one would not draw in the other).
    id: &'static str,
    /// The score, 0 to [`MAX_SCORE`].
    #[prop(into)]
    score: Signal<u8>,
    /// The best outcome the shut gates allow; bands above it are hatched.
    #[prop(into)]
    ceiling: Signal<Outcome>,
    /// The image's accessible name, e.g. "Score 35 of 100: crisis-management channel only".
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let capped_from = move || band_end(ceiling.get());
    let hatch = format!("{id}-hatch");
    view! {
        <svg
            class="meter"
            viewBox=format!("-{MARGIN} 0 {} 138", WIDTH + 2 * MARGIN)
            role="img"
            aria-label=move || label.get()
        >
            <defs>
                <pattern id=hatch.clone() width="18" height="18" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="18" height="18" class="meter-hatch-bg"></rect>
                    <line x1="0" y1="0" x2="0" y2="18" class="meter-hatch-line"></line>
                </pattern>
            </defs>
            {Outcome::ALL
                .into_iter()
                .map(|band| {
                    let x = x_of(band.floor());
                    view! {
                        <rect
                            class=format!("meter-band meter-band-{}", band.id())
                            x=x
                            y=BAR_Y
                            width=band_end(band) - x
                            height=BAR_HEIGHT
                        ></rect>
                    }
                })
                .collect_view()}
            <rect
                class="meter-capped"
                x=capped_from
                y=BAR_Y
                width=move || WIDTH - capped_from()
                height=BAR_HEIGHT
                fill=format!("url(#{hatch})")
            ></rect>
            <g class="meter-marker" transform=move || format!("translate({} 0)", x_of(score.get()))>
                <path d="M0 44 L-19 12 L19 12 Z"></path>
                <rect x="-5" y=BAR_Y - 6 width="10" height=BAR_HEIGHT + 12></rect>
            </g>
        </svg>
    }
}
