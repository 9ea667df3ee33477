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

/// How tall an embed starts before it reports its height, and the height of the fixed variant.
pub const INITIAL_HEIGHT: u32 = 900;
/// The height of the fixed-height embed, for hosts that allow no scripts: the iframe scrolls.
pub const FIXED_HEIGHT: u32 = 1400;

/// The embed code for a page: an iframe of `url` (which should carry `embed=1`) titled `title`.
/// Responsive: the host script at `script_url`, which sizes it, then the iframe (the script
/// first, so it listens before the frame reports). Fixed: the iframe alone at a fixed height.
/// Attribute values are escaped.
pub fn snippet(url: &str, title: &str, script_url: &str, responsive: bool) -> String {
    let height = if responsive {
        INITIAL_HEIGHT
    } else {
        FIXED_HEIGHT
    };
    let iframe = format!(
        r#"<iframe src="{}" title="{}" style="width:100%;height:{height}px;border:0" loading="lazy"{}></iframe>"#,
        escape_attribute(url),
        escape_attribute(title),
        if responsive {
            " data-iran-diplomacy-explainer"
        } else {
            ""
        },
    );
    if responsive {
        format!(
            r#"<script src="{}" async></script>
{iframe}"#,
            escape_attribute(script_url)
        )
    } else {
        iframe
    }
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
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

    #[test]
    fn the_responsive_snippet_has_the_frame_and_the_script_and_escapes_attributes() {
        let code = snippet(
            "https://news.example/x/?on=parity&embed=1",
            "A \"quoted\" <title>",
            "https://news.example/x/embed.js",
            true,
        );
        assert_eq!(
            code,
            "<script src=\"https://news.example/x/embed.js\" async></script>\n\
             <iframe src=\"https://news.example/x/?on=parity&amp;embed=1\" title=\"A &quot;quoted&quot; &lt;title&gt;\" \
             style=\"width:100%;height:900px;border:0\" loading=\"lazy\" data-iran-diplomacy-explainer></iframe>"
        );
    }

    #[test]
    fn the_fixed_snippet_has_no_script() {
        let code = snippet(
            "https://n.example/?embed=1",
            "T",
            "https://n.example/embed.js",
            false,
        );
        assert!(code.contains("height:1400px"));
        assert!(!code.contains("<script"));
        assert!(!code.contains("data-iran-diplomacy-explainer"));
    }
}
