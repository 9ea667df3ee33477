//! The embed protocol: the messages the explainer sends to a host page and accepts from it, and
//! the embed code it offers. Pure, so it is tested natively; `browser::host` does the posting.
//!
//! Outgoing (to `window.parent`, any origin; nothing in them is private):
//! - `{ source: SOURCE, type: "height", height }`, and the same height in the formats hosts already
//!   understand: Pym.js ([`pym_height`]), AMP (`{ sentinel: "amp", type: "embed-size", height }`)
//!   and Canvas LMS (`{ subject: "lti.frameResize", height }`);
//! - `{ source: SOURCE, type: "stateChanged", state }`, `{ source: SOURCE, type: "stepChanged",
//!   step, index, total }` and, once, `{ source: SOURCE, type: "ready", state, step }`.
//!
//! Incoming (from `window.parent` only): `{ source: HOST_SOURCE, type: "setState", state }`, with
//! `state` a query string validated like a URL, and `{ source: HOST_SOURCE, type: "getState" }`.

/// The `source` of every message the explainer sends.
pub const SOURCE: &str = "iran-diplomacy-explainer";
/// The `source` a host page's messages must carry.
pub const HOST_SOURCE: &str = "iran-diplomacy-host";
/// The longest `state` a host message may carry, in bytes; longer ones are ignored.
pub const MAX_HOST_STATE: usize = 4096;

/// What a host page asks the explainer to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostCommand {
    /// Show this scenario: a query string in the URL's format.
    SetState(String),
    /// Say what the current state is (answered with a `stateChanged` message).
    GetState,
}

/// Reads a host message from the fields of its data object: `None` for anything that is not a
/// well-formed message of ours, which the explainer then ignores.
pub fn host_command(
    source: Option<&str>,
    kind: Option<&str>,
    state: Option<&str>,
) -> Option<HostCommand> {
    if source != Some(HOST_SOURCE) {
        return None;
    }
    match kind? {
        "setState" => state
            .filter(|s| s.len() <= MAX_HOST_STATE)
            .map(|s| HostCommand::SetState(s.to_string())),
        "getState" => Some(HostCommand::GetState),
        _ => None,
    }
}

/// The Pym.js height message for the child `child_id`.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// How tall the responsive embed starts before it reports its height: about the compact
/// embed's height on a phone, so the article barely moves when it does.
pub const INITIAL_HEIGHT: u32 = 600;
/// The height of the fixed-height embed, for hosts that allow no scripts: room for the compact
/// embed on a 320 px phone with a case loaded; anything taller scrolls inside the frame.
pub const FIXED_HEIGHT: u32 = 680;
/// The width an oEmbed answer gives for the embed (the iframe itself is as wide as its column).
pub const EMBED_WIDTH: u32 = 640;
/// The size of the scenario images (the share cards and the embed's fallback image).
pub const IMAGE_SIZE: (u32, u32) = (1200, 630);

/// The embed codes for one scenario.
pub struct EmbedCode {
    /// The iframe's address (which should carry `embed=1`).
    pub url: String,
    /// The iframe's title.
    pub title: String,
    /// The address of the host script, `embed.js`.
    pub script_url: String,
    /// The scenario's image, for hosts and readers without scripts or iframes.
    pub image_url: String,
    /// The image's text alternative.
    pub image_alt: String,
    /// The full explainer on the scenario, for the static image's link.
    pub link: String,
}

impl EmbedCode {
    /// The host script, which sizes the iframe to its content (first, so it listens before the
    /// frame reports), the iframe, and the scenario's image for pages without scripts.
    pub fn responsive(&self) -> String {
        format!(
            "<script src=\"{}\" async></script>\n{}\n{}",
            escape_attribute(&self.script_url),
            self.iframe(INITIAL_HEIGHT, " data-iran-diplomacy-explainer"),
            self.noscript()
        )
    }

    /// The iframe alone at a fixed height, and the scenario's image for pages without scripts.
    pub fn fixed(&self) -> String {
        format!("{}\n{}", self.iframe(FIXED_HEIGHT, ""), self.noscript())
    }

    /// The scenario's image, linked to the full explainer, for hosts that take no iframes.
    pub fn image(&self) -> String {
        format!(
            "<a href=\"{}\">{}</a>",
            escape_attribute(&self.link),
            self.img("")
        )
    }

    /// The iframe, with `width` and `height` attributes for hosts that keep only those (WordPress
    /// keeps `src`, `width`, `height` and `title` of an oEmbed answer's frame); the style, where
    /// it is kept, makes it as wide as its column.
    fn iframe(&self, height: u32, extra: &str) -> String {
        format!(
            // `width` is EMBED_WIDTH, written out (a test checks): a formatted number costs the
            // WebAssembly more than these three characters.
            r#"<iframe src="{}" title="{}" width="640" height="{height}" style="width:100%;height:{height}px;border:0" loading="lazy"{extra}></iframe>"#,
            escape_attribute(&self.url),
            escape_attribute(&self.title),
        )
    }

    fn noscript(&self) -> String {
        format!(
            "<noscript>{}</noscript>",
            self.img(r#" style="width:100%;height:auto""#)
        )
    }

    fn img(&self, extra: &str) -> String {
        let (width, height) = IMAGE_SIZE;
        format!(
            r#"<img src="{}" alt="{}" width="{width}" height="{height}"{extra}>"#,
            escape_attribute(&self.image_url),
            escape_attribute(&self.image_alt),
        )
    }
}

/// Escapes text for a double-quoted HTML attribute (or element text).
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_messages_from_a_host_are_commands() {
        let set = host_command(Some(HOST_SOURCE), Some("setState"), Some("on=parity"));
        assert_eq!(set, Some(HostCommand::SetState("on=parity".into())));
        assert_eq!(
            host_command(Some(HOST_SOURCE), Some("getState"), None),
            Some(HostCommand::GetState)
        );
        assert_eq!(
            host_command(Some(SOURCE), Some("setState"), Some("on=parity")),
            None
        );
        assert_eq!(
            host_command(None, Some("setState"), Some("on=parity")),
            None
        );
        assert_eq!(
            host_command(Some(HOST_SOURCE), Some("setState"), None),
            None
        );
        assert_eq!(host_command(Some(HOST_SOURCE), Some("explode"), None), None);
        assert_eq!(host_command(Some(HOST_SOURCE), None, None), None);
        let huge = "on=".to_string() + &"x".repeat(MAX_HOST_STATE);
        assert_eq!(
            host_command(Some(HOST_SOURCE), Some("setState"), Some(&huge)),
            None
        );
    }

    #[test]
    fn the_pym_message_has_pyms_format() {
        assert_eq!(pym_height("abc", 1234), "pymxPYMxabcxPYMxheightxPYMx1234");
    }

    fn code() -> EmbedCode {
        EmbedCode {
            url: "https://news.example/x/?on=parity&embed=1".into(),
            title: "A \"quoted\" <title>".into(),
            script_url: "https://news.example/x/embed.js".into(),
            image_url: "https://news.example/x/img/scenario-10.png".into(),
            image_alt: "Parity <on>".into(),
            link: "https://news.example/x/?on=parity".into(),
        }
    }

    #[test]
    fn the_responsive_code_has_the_script_the_frame_and_the_image_and_escapes_attributes() {
        assert_eq!(
            code().responsive(),
            "<script src=\"https://news.example/x/embed.js\" async></script>\n\
             <iframe src=\"https://news.example/x/?on=parity&amp;embed=1\" title=\"A &quot;quoted&quot; &lt;title&gt;\" \
             width=\"640\" height=\"600\" style=\"width:100%;height:600px;border:0\" loading=\"lazy\" data-iran-diplomacy-explainer></iframe>\n\
             <noscript><img src=\"https://news.example/x/img/scenario-10.png\" alt=\"Parity &lt;on&gt;\" width=\"1200\" height=\"630\" \
             style=\"width:100%;height:auto\"></noscript>"
        );
    }

    #[test]
    fn the_frame_is_as_wide_as_the_oembed_answer_says() {
        assert!(
            code()
                .fixed()
                .contains(&format!(" width=\"{EMBED_WIDTH}\" "))
        );
    }

    #[test]
    fn the_fixed_code_has_no_script() {
        let code = code().fixed();
        assert!(code.contains("height:680px"));
        assert!(code.contains("<noscript><img "));
        assert!(!code.contains("<script"));
        assert!(!code.contains("data-iran-diplomacy-explainer"));
    }

    #[test]
    fn the_image_code_links_the_image_to_the_full_explainer() {
        assert_eq!(
            code().image(),
            "<a href=\"https://news.example/x/?on=parity\"><img src=\"https://news.example/x/img/scenario-10.png\" \
             alt=\"Parity &lt;on&gt;\" width=\"1200\" height=\"630\"></a>"
        );
    }
}
