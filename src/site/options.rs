//! What the build machine is told at build time, beyond the content: the publisher's name
//! (`EXPLAINER_PUBLISHER`), the public address (`EXPLAINER_PUBLIC_URL`) and where to report an
//! accessibility problem (`EXPLAINER_CONTACT`). `docs/EMBED.md` says how to set them.

use crate::content;

/// The publisher's name, from `EXPLAINER_PUBLISHER` at build time, when it is set.
pub fn publisher() -> Option<String> {
    std::env::var("EXPLAINER_PUBLISHER")
        .ok()
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
}

/// Who provides the embed, as an oEmbed answer names it: the publisher, or else the explainer
/// itself by its title, since a build without a publisher's name knows no other.
pub fn publisher_name() -> String {
    publisher().unwrap_or_else(|| content::HEADLINE.to_string())
}

/// The public address the site is published at, ending with `/`, or empty for a local build.
pub fn public_url() -> String {
    std::env::var("EXPLAINER_PUBLIC_URL").unwrap_or_default()
}

/// Where to report an accessibility problem (an email or web address), if the build has one.
pub fn contact() -> Option<String> {
    std::env::var("EXPLAINER_CONTACT")
        .ok()
        .filter(|c| !c.trim().is_empty())
}
