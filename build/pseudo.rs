//! The pseudo-locale: every content string transformed as internationalisation teams do to
//! find text that escaped translation. Each Latin letter becomes an accented one, every vowel is
//! doubled (about 40% longer, like many translations of English), and the whole string is
//! bracketed, `⟦…⟧`, so that a cut-off string shows. Placeholders (`{name}`) and glossary
//! links' ids (`[[words|id]]`) are kept as they are, because code reads them.
//!
//! A build with `EXPLAINER_PSEUDO=1` reads every content file through [`toml`] (`build.rs`), so
//! any word on a page that still reads as plain English came from code, not from `content/`
//! (`tests/e2e/pseudo.test.mjs`). `build.rs` and the pre-render (for `docs/MODEL.md`) include
//! this file.

/// The keys whose values are not words a reader reads: ids and lists of ids, dates written for
/// machines, addresses, versions and fixed terms. Everything else that is a string is text.
pub const NOT_TEXT: [&str; 22] = [
    "id",
    "sources",
    "reading_sources",
    "iso_date",
    "url",
    "kind",
    "case",
    "step",
    "input",
    "outcome",
    "gates",
    "conditions",
    "affects",
    "event",
    "level",
    "conformance",
    "report_date",
    "updated",
    "last_reviewed",
    "covered_until",
    "model_fingerprint",
    "model_version",
];

/// Whether a string (or list of strings) under `key` in `file` is text. `date` is an ISO date in
/// `review.toml`'s corrections, and words elsewhere.
pub fn is_text(file: &str, key: &str) -> bool {
    !(NOT_TEXT.contains(&key) || (file == "review.toml" && key == "date"))
}

/// One letter in the pseudo-locale.
fn accent(c: char) -> char {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        c => c,
    }
}

/// Words in the pseudo-locale: accented, vowels doubled.
fn words(text: &str, out: &mut String) {
    for c in text.chars() {
        out.push(accent(c));
        if "aeiouAEIOU".contains(c) {
            out.push(accent(c));
        }
    }
}

/// A content string in the pseudo-locale, bracketed. `{placeholders}` stay as written, and so
/// do the ids of glossary links: `[[ripeness]]` becomes `[[ŕííþéé…|ripeness]]`.
pub fn text(text: &str) -> String {
    format!("⟦{}⟧", map_words(text, words))
}

/// `text` with its words changed by `change` (which writes them to its second argument), and
/// what code reads kept: `{placeholders}` as written, and each glossary link's id, the link
/// written `[[words|id]]`. The pseudo-locale here; a right-to-left language's isolation of
/// Latin names (build/language.rs).
pub fn map_words(text: &str, change: fn(&str, &mut String)) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find(['{', '[']) {
        change(&rest[..at], &mut out);
        rest = &rest[at..];
        if let (true, Some(end)) = (rest.starts_with('{'), rest.find('}')) {
            out.push_str(&rest[..=end]);
            rest = &rest[end + 1..];
        } else if let (true, Some(end)) = (rest.starts_with("[["), rest.find("]]")) {
            let inner = &rest[2..end];
            let (shown, id) = inner.split_once('|').unwrap_or((inner, inner));
            out.push_str("[[");
            change(shown, &mut out);
            out.push('|');
            out.push_str(id);
            out.push_str("]]");
            rest = &rest[end + 2..];
        } else {
            out.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    change(rest, &mut out);
    out
}

/// Every text string in a content file's TOML, in the pseudo-locale (see [`is_text`]).
pub fn toml(file: &str, value: &mut toml::Value) {
    map_text(file, value, &text);
}

/// Every text string in a content file's TOML (see [`is_text`]) changed by `f`: the pseudo-locale
/// here, a right-to-left language's isolation of Latin names (build/language.rs).
pub fn map_text(file: &str, value: &mut toml::Value, f: &dyn Fn(&str) -> String) {
    match value {
        toml::Value::Table(table) => {
            for (key, value) in table.iter_mut() {
                // A key names a value, not text, only where the value is a string or strings:
                // `[[step]]` is a list of steps, while `step = "…"` names one.
                let words = match value {
                    toml::Value::String(_) => false,
                    toml::Value::Array(items) => !items.iter().all(toml::Value::is_str),
                    _ => true,
                };
                if words || is_text(file, key) {
                    map_text(file, value, f);
                }
            }
        }
        toml::Value::Array(items) => items.iter_mut().for_each(|item| map_text(file, item, f)),
        toml::Value::String(s) => *s = f(s),
        _ => {}
    }
}

/// A content file's text with every text string changed by `f` (comments dropped); a file that
/// is not TOML is returned as it is, for the checker to report.
pub fn map_file(name: &str, source: &str, f: fn(&str) -> String) -> String {
    match source.parse::<toml::Table>() {
        Ok(table) => {
            let mut value = toml::Value::Table(table);
            map_text(name, &mut value, &f);
            toml::to_string(&value).unwrap_or_else(|_| source.to_string())
        }
        Err(_) => source.to_string(),
    }
}

/// A content file's text in the pseudo-locale. Comments are dropped; a file that is not TOML is
/// returned as it is, for the checker to report.
pub fn file(name: &str, source: &str) -> String {
    map_file(name, source, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_change_and_what_code_reads_stays() {
        let out = text("Score {score} of 100: see [[ripeness]] and [[a gate|gate]].");
        assert!(out.starts_with('⟦') && out.ends_with('⟧'));
        assert!(out.contains("{score}") && out.contains("100"));
        assert!(out.contains("|ripeness]]") && out.contains("|gate]]"));
        let words = out
            .replace("{score}", "")
            .replace("ripeness]]", "")
            .replace("gate]]", "");
        assert!(!words.chars().any(|c| c.is_ascii_alphabetic()), "{out}");
        let english = "Drift towards confrontation: no working channel";
        let longer = text(english).chars().count() as f32 / english.chars().count() as f32;
        assert!((1.25..1.6).contains(&longer), "{longer}");
    }

    #[test]
    fn ids_dates_and_addresses_are_not_text() {
        let file = file(
            "presets.toml",
            "[[preset]]\nid = \"jcpoa\"\nname = \"JCPOA\"\niso_date = \"2015-07-14\"\nsources = [\"a\"]\n",
        );
        let read: toml::Table = file.parse().expect("still TOML");
        let preset = &read["preset"][0];
        assert_eq!(preset["id"].as_str(), Some("jcpoa"));
        assert_eq!(preset["iso_date"].as_str(), Some("2015-07-14"));
        assert_eq!(preset["sources"][0].as_str(), Some("a"));
        assert_eq!(preset["name"].as_str(), Some("⟦ĴÇÞÖÖÅÅ⟧"));
        assert!(is_text("timeline.toml", "date") && !is_text("review.toml", "date"));
    }
}
