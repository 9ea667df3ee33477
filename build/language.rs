//! The explainer's languages (`content/languages.toml`) and what the build checks in a
//! translation.
//!
//! English is written in `content/*.toml`; a translation is the same files, with the same keys,
//! records and ids, in `content/<code>/` (docs/TRANSLATING.md). A build is in one language, the
//! one `EXPLAINER_LANG` names (English when unset): `build.rs` checks that language's files
//! against the English ones with [`check`], stops on any fault with the file and the key, and
//! reads them instead. Nothing in the code names a language: what differs between them (the
//! direction, the digits, the list separator, the notice about the translation) is data here.
//! `build.rs` includes this file; so do the native tests (`tests/content.rs`).

use serde::Deserialize;

/// One language, as `content/languages.toml` describes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 tag, folder and published path (`fa` → `content/fa/`, `fa/`).
    pub code: String,
    /// The language's name in itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// Open Graph locale, `fa_IR`.
    pub locale: String,
    /// The ten digits, 0 to 9.
    pub digits: String,
    /// The CSS counter style of numbered lists (`decimal`, `persian`).
    pub counter_style: String,
    /// The CLDR plural categories the language's words change with (`one`, `other`).
    pub plural_forms: Vec<String>,
    /// The marks a quotation is set in, opening then closing (`“”`, `«»`).
    pub quotes: String,
    /// Between the items of a list, before the last.
    pub list_separator: String,
    /// What the page says about the translation, in the language itself (empty for English).
    pub status: String,
    /// The same, in English.
    pub status_en: String,
    /// The same in a few words, in the language and in English: the note's first line.
    pub status_short: String,
    pub status_short_en: String,
    /// The calendar a reader expects beside a Gregorian date, by name (`solar-hijri`), with its
    /// months' names and how the two dates go together (`{date} ({day} {month} {year})`);
    /// empty for none.
    pub second_calendar: String,
    pub second_calendar_months: Vec<String>,
    pub second_date_format: String,
    /// Content files not translated yet: the English ones are used.
    pub untranslated: Vec<String>,
    /// Who reviewed the translation as a native-speaking editor, and when; empty until then.
    pub reviewed_by: String,
}

impl Language {
    /// The digits as characters, 0 to 9.
    pub fn digit_chars(&self) -> Vec<char> {
        self.digits.chars().collect()
    }

    /// The opening and closing quotation marks.
    pub fn quote_marks(&self) -> (char, char) {
        let mut marks = self.quotes.chars();
        (marks.next().unwrap_or('“'), marks.next().unwrap_or('”'))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
}

/// The languages in `content/languages.toml`, English first, or what is wrong with the file.
pub fn read(source: &str) -> Result<Vec<Language>, Vec<String>> {
    let file: LanguagesFile = toml::from_str(source).map_err(|e| vec![e.to_string()])?;
    let mut errors = Vec::new();
    if file.language.first().map(|l| l.code.as_str()) != Some("en") {
        errors
            .push("the first language must be English, `en`: the content is written in it".into());
    }
    for (i, l) in file.language.iter().enumerate() {
        let at = format!("language[{i}] ({})", l.code);
        if l.code.is_empty() || !l.code.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            errors.push(format!(
                "{at}: code must be a lowercase BCP 47 tag such as `fa`"
            ));
        }
        if file.language[..i].iter().any(|o| o.code == l.code) {
            errors.push(format!("{at}: listed twice"));
        }
        if l.dir != "ltr" && l.dir != "rtl" {
            errors.push(format!("{at}: dir must be \"ltr\" or \"rtl\""));
        }
        if l.counter_style.is_empty()
            || !l
                .counter_style
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
        {
            errors.push(format!(
                "{at}: counter_style must be a CSS counter style such as `decimal`"
            ));
        }
        if !l.plural_forms.iter().any(|f| f == "other")
            || !l
                .plural_forms
                .iter()
                .all(|f| PLURAL_CATEGORIES.contains(&f.as_str()))
        {
            errors.push(format!(
                "{at}: plural_forms are CLDR categories ({}), \"other\" among them",
                PLURAL_CATEGORIES.join(", ")
            ));
        }
        if l.digits.chars().count() != 10 {
            errors.push(format!("{at}: digits must be the ten digits, 0 to 9"));
        }
        if l.quotes.chars().count() != 2 {
            errors.push(format!(
                "{at}: quotes must be two marks, opening then closing"
            ));
        }
        let second = !l.second_calendar.is_empty();
        if second
            && (l.second_calendar != "solar-hijri"
                || l.second_calendar_months.len() != 12
                || !["{date}", "{day}", "{month}", "{year}"]
                    .iter()
                    .all(|p| l.second_date_format.contains(p)))
        {
            errors.push(format!(
                "{at}: second_calendar is \"solar-hijri\" or empty, with twelve months' names and a second_date_format that names {{date}}, {{day}}, {{month}} and {{year}}"
            ));
        }
        if l.name.trim().is_empty() || l.locale.trim().is_empty() || l.list_separator.is_empty() {
            errors.push(format!("{at}: name, locale and list_separator need words"));
        }
        let said = [&l.status, &l.status_en, &l.status_short, &l.status_short_en];
        if i > 0 && said.iter().any(|s| s.trim().is_empty()) {
            errors.push(format!(
                "{at}: a translation says what it is: status, status_en, status_short and status_short_en need words"
            ));
        }
    }
    if errors.is_empty() {
        Ok(file.language)
    } else {
        Err(errors)
    }
}

/// A Gregorian date in the Solar Hijri calendar, as (year, month 1–12, day): the calendar
/// Iran uses, which a Persian reader expects beside a Gregorian date. The arithmetic of the
/// widely used `jalaali` algorithm (33-year cycles), good for the years this explainer cites.
pub fn solar_hijri(year: i64, month: i64, day: i64) -> (i64, i64, i64) {
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap_year = if month > 2 { year + 1 } else { year };
    let mut days = 355_666 + 365 * year + (leap_year + 3) / 4 - (leap_year + 99) / 100
        + (leap_year + 399) / 400
        + day
        + BEFORE[(month - 1).clamp(0, 11) as usize];
    let mut hijri = -1595 + 33 * (days / 12_053);
    days %= 12_053;
    hijri += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        hijri += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    if days < 186 {
        (hijri, 1 + days / 31, 1 + days % 31)
    } else {
        (hijri, 7 + (days - 186) / 30, 1 + (days - 186) % 30)
    }
}

impl Language {
    /// A dated event's date as this language's readers expect it: `date` (the words), with the
    /// second calendar's date beside it when the language has one and `iso` is a whole day.
    pub fn with_second_date(&self, date: &str, iso: &str) -> String {
        let parts: Vec<i64> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
        let (Some(months), [year, month, day]) = (
            (!self.second_calendar.is_empty()).then_some(&self.second_calendar_months),
            parts.as_slice(),
        ) else {
            return date.to_string();
        };
        let (y, m, d) = solar_hijri(*year, *month, *day);
        let digits = self.digit_chars();
        let written = |n: i64| -> String {
            n.to_string()
                .chars()
                .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
                .collect()
        };
        self.second_date_format
            .replace("{date}", date)
            .replace("{day}", &written(d))
            .replace("{month}", &months[(m - 1).clamp(0, 11) as usize])
            .replace("{year}", &written(y))
    }
}

/// Text a translation keeps as it is: a work is cited in the language it was published in, so
/// the sources' bibliographic fields stay as in English (the page marks them as English).
pub const KEPT: [(&str, &str); 4] = [
    ("sources.toml", "title"),
    ("sources.toml", "outlet"),
    ("sources.toml", "citation"),
    ("sources.toml", "authors"),
];

/// CLDR's plural categories.
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Whether a table of text is one string in its plural forms (`{ one = "…", other = "…" }`).
fn is_plural(table: &toml::Table) -> bool {
    table.contains_key("other")
        && table
            .iter()
            .all(|(k, v)| PLURAL_CATEGORIES.contains(&k.as_str()) && v.is_str())
}

/// The placeholders in a string, `{name}`, in order.
fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            out.push(name);
        }
        rest = &rest[start + len + 1..];
    }
    out.sort_unstable();
    out
}

/// The ids of the glossary links in a string (`[[words|id]]` or `[[id]]`), in order.
fn glossary_ids(text: &str) -> Vec<&str> {
    crate::kit::term_links(text)
        .into_iter()
        .map(|(_, id)| id)
        .collect()
}

/// The words a reader reads in a string: without its placeholders and its glossary links' ids.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(['{', '[']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let (true, Some(end)) = (rest.starts_with('{'), rest.find('}')) {
            out.push(' ');
            rest = &rest[end + 1..];
        } else if let (true, Some(end)) = (rest.starts_with("[["), rest.find("]]")) {
            let inner = &rest[2..end];
            out.push_str(inner.split_once('|').map_or(inner, |(shown, _)| shown));
            rest = &rest[end + 2..];
        } else {
            out.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Whether `c` is a letter of the Latin script.
fn latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷'
}

/// The first Latin digit in `text` that stands in the language's own words rather than in a
/// Latin name or code ("P5+1", "E3"), with a few characters around it.
fn stray_digit(text: &str) -> Option<String> {
    let chars: Vec<char> = prose(text).chars().collect();
    let in_latin = |i: usize| {
        // Part of a run of Latin letters, digits and joining marks that holds a Latin letter.
        let joins = |c: char| c.is_ascii_alphanumeric() || latin(c) || "+-–./".contains(c);
        let start = (0..i)
            .rev()
            .take_while(|&j| joins(chars[j]))
            .last()
            .unwrap_or(i);
        let end = (i..chars.len())
            .take_while(|&j| joins(chars[j]))
            .last()
            .unwrap_or(i);
        chars[start..=end].iter().any(|&c| latin(c))
    };
    let at = (0..chars.len()).find(|&i| chars[i].is_ascii_digit() && !in_latin(i))?;
    let from = at.saturating_sub(12);
    let to = (at + 12).min(chars.len());
    Some(chars[from..to].iter().collect())
}

/// The faults of a translated content file against the English one, each as the key (a path
/// such as `preset[3].coding[0].reason`) and what is wrong: a key or record missing or extra, a
/// value that is not text changed, a placeholder or glossary link lost or added, quotations not
/// matched one for one in the language's marks, and digits not the language's own.
/// `is_text(file, key)` says which strings are words (`build/pseudo.rs`).
pub fn check(
    file: &str,
    english: &str,
    translated: &str,
    language: &Language,
    is_text: impl Fn(&str, &str) -> bool,
) -> Vec<(String, String)> {
    let mut faults = Vec::new();
    let (en, tr) = match parse_pair(english, translated) {
        Ok(tables) => tables,
        Err(fault) => return vec![("(file)".into(), fault)],
    };
    let context = Check {
        file,
        language,
        is_text: &is_text,
    };
    context.walk(
        "",
        "",
        &toml::Value::Table(en),
        &toml::Value::Table(tr),
        &mut faults,
    );
    faults
}

/// The English and the translated file as TOML tables, or what is wrong with them.
fn parse_pair(english: &str, translated: &str) -> Result<(toml::Table, toml::Table), String> {
    let tr = translated
        .parse::<toml::Table>()
        .map_err(|e| format!("is not TOML: {e}"))?;
    let en = english
        .parse::<toml::Table>()
        .map_err(|e| format!("the English file is not TOML: {e}"))?;
    Ok((en, tr))
}

struct Check<'a> {
    file: &'a str,
    language: &'a Language,
    is_text: &'a dyn Fn(&str, &str) -> bool,
}

impl Check<'_> {
    fn walk(
        &self,
        path: &str,
        key: &str,
        en: &toml::Value,
        tr: &toml::Value,
        faults: &mut Vec<(String, String)>,
    ) {
        let at = |s: &str| {
            if s.is_empty() {
                "(file)".to_string()
            } else {
                s.to_string()
            }
        };
        match (en, tr) {
            // One string in its plural forms: the translation has its own language's forms,
            // each with the placeholders of the English "other".
            (toml::Value::Table(en), toml::Value::Table(tr)) if is_plural(en) => {
                let forms: Vec<&str> = tr.keys().map(String::as_str).collect();
                let wanted: Vec<&str> = self
                    .language
                    .plural_forms
                    .iter()
                    .map(String::as_str)
                    .collect();
                let mut sorted = wanted.clone();
                sorted.sort_unstable();
                if forms != sorted {
                    faults.push((
                        at(path),
                        format!("plural forms {forms:?}; this language has {wanted:?}"),
                    ));
                }
                for (form, text) in tr {
                    if let (Some(e), toml::Value::String(t)) =
                        (en.get("other").and_then(|v| v.as_str()), text)
                    {
                        self.text(&join(path, form), e, t, faults);
                    }
                }
            }
            (toml::Value::Table(en), toml::Value::Table(tr)) => {
                for k in en.keys().filter(|k| !tr.contains_key(*k)) {
                    faults.push((join(path, k), "missing: the English file has it".into()));
                }
                for k in tr.keys().filter(|k| !en.contains_key(*k)) {
                    faults.push((join(path, k), "not in the English file: remove it".into()));
                }
                for (k, v) in en {
                    if let Some(t) = tr.get(k) {
                        self.walk(&join(path, k), k, v, t, faults);
                    }
                }
            }
            (toml::Value::Array(en), toml::Value::Array(tr)) => {
                if en.len() != tr.len() {
                    faults.push((
                        at(path),
                        format!("has {} items; the English file has {}", tr.len(), en.len()),
                    ));
                    return;
                }
                for (i, (e, t)) in en.iter().zip(tr).enumerate() {
                    self.walk(&format!("{path}[{i}]"), key, e, t, faults);
                }
            }
            (toml::Value::String(e), toml::Value::String(t)) => {
                if !(self.is_text)(self.file, key) {
                    if e != t {
                        faults.push((
                            at(path),
                            format!("is not text and must stay as in English: {e:?}"),
                        ));
                    }
                    return;
                }
                if KEPT.contains(&(self.file, key)) {
                    if e != t {
                        faults.push((
                            at(path),
                            format!("is cited as published and must stay as in English: {e:?}"),
                        ));
                    }
                    return;
                }
                self.text(path, e, t, faults);
            }
            (e, t) if e.type_str() != t.type_str() => faults.push((
                at(path),
                format!("is a {}; in English it is a {}", t.type_str(), e.type_str()),
            )),
            (e, t) => {
                if e != t {
                    faults.push((at(path), format!("must stay as in English: {e}")));
                }
            }
        }
    }

    fn text(&self, path: &str, en: &str, tr: &str, faults: &mut Vec<(String, String)>) {
        let (open, close) = self.language.quote_marks();
        if placeholders(en) != placeholders(tr) {
            faults.push((
                path.to_string(),
                format!(
                    "placeholders {:?}; the English has {:?}: keep each {{name}} as it is",
                    placeholders(tr),
                    placeholders(en)
                ),
            ));
        }
        if glossary_ids(en) != glossary_ids(tr) {
            faults.push((
                path.to_string(),
                format!(
                    "glossary links {:?}; the English has {:?}: write [[words|id]] with the same ids, in the same order",
                    glossary_ids(tr),
                    glossary_ids(en)
                ),
            ));
        }
        let quotations = en.matches('“').count();
        if open != '“'
            && (tr.matches(open).count() != quotations || tr.matches(close).count() != quotations)
        {
            faults.push((
                path.to_string(),
                format!(
                    "{} quotation(s) in {open}…{close}; the English has {quotations} in “…”: one for one, in order",
                    tr.matches(open).count()
                ),
            ));
        }
        if !self.language.digits.starts_with('0')
            && let Some(around) = stray_digit(tr)
        {
            faults.push((
                path.to_string(),
                format!(
                    "Latin digits in the text (…{around}…): write {}",
                    self.language.digits
                ),
            ));
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The quotations of a translated content file with their English originals, in order: each
/// quotation set in the language's marks, paired one for one with the English text's “…” (which
/// [`check`] enforces). The page lists them, the originals marked as English.
pub fn quotations(
    file: &str,
    english: &str,
    translated: &str,
    language: &Language,
    is_text: impl Fn(&str, &str) -> bool,
) -> Vec<(String, String)> {
    // A file that is not TOML is [`check`]'s fault to report.
    let Ok((en, tr)) = parse_pair(english, translated) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    collect_quotes(
        file,
        "",
        &toml::Value::Table(en),
        &toml::Value::Table(tr),
        language.quote_marks(),
        &is_text,
        &mut pairs,
    );
    pairs
}

/// The spans between `open` and `close` in `text`.
fn quoted(text: &str, open: char, close: char) -> Vec<String> {
    text.split(open)
        .skip(1)
        .filter_map(|rest| rest.split_once(close).map(|(q, _)| q.to_string()))
        .collect()
}

fn collect_quotes(
    file: &str,
    key: &str,
    en: &toml::Value,
    tr: &toml::Value,
    marks: (char, char),
    is_text: &dyn Fn(&str, &str) -> bool,
    pairs: &mut Vec<(String, String)>,
) {
    match (en, tr) {
        (toml::Value::Table(en), toml::Value::Table(tr)) => {
            for (k, e) in en {
                if let Some(t) = tr.get(k) {
                    collect_quotes(file, k, e, t, marks, is_text, pairs);
                }
            }
        }
        (toml::Value::Array(en), toml::Value::Array(tr)) => {
            for (e, t) in en.iter().zip(tr) {
                collect_quotes(file, key, e, t, marks, is_text, pairs);
            }
        }
        (toml::Value::String(e), toml::Value::String(t))
            if is_text(file, key) && !KEPT.contains(&(file, key)) && marks.0 != '“' =>
        {
            for (translation, original) in quoted(t, marks.0, marks.1)
                .into_iter()
                .zip(quoted(e, '“', '”'))
            {
                // A placeholder in quotation marks is the reader's input, not a quotation.
                if !original.contains('{')
                    && !pairs
                        .iter()
                        .any(|(t, o)| *t == translation && *o == original)
                {
                    pairs.push((translation, original));
                }
            }
        }
        _ => {}
    }
}

/// Right-to-left text with each run of Latin script (a name, an English title, an address in
/// words) set apart with Unicode's first-strong isolate, U+2068 … U+2069, so that the
/// bidirectional algorithm never reorders a line around it. Placeholders and glossary links'
/// ids are kept as they are, since code reads them.
pub fn isolate_latin(text: &str) -> String {
    crate::pseudo::map_words(text, isolate_words)
}

/// [`isolate_latin`] on words without markup: a run starts at a Latin letter and ends at the
/// last Latin letter or digit before a character of another script.
fn isolate_words(text: &str, out: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    let strong_other = |c: char| c.is_alphabetic() && !latin(c);
    let mut i = 0;
    while i < chars.len() {
        // A run may start with digits that belong to it ("109 US service members").
        let starts_run = latin(chars[i])
            || chars[i].is_ascii_digit()
                && chars[i..]
                    .iter()
                    .take_while(|&&c| !strong_other(c))
                    .any(|&c| latin(c));
        if !starts_run {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run goes on to the next letter of another script (or the end), then back to its
        // last Latin letter or digit, or closing mark.
        let stop = (i..chars.len()).find(|&j| strong_other(chars[j]) || "«»،؛؟".contains(chars[j]));
        let stop = stop.unwrap_or(chars.len());
        let end = (i..stop)
            .rev()
            .find(|&j| latin(chars[j]) || chars[j].is_ascii_digit() || ")]”’".contains(chars[j]))
            .unwrap_or(i);
        out.push('\u{2068}');
        out.extend(&chars[i..=end]);
        out.push('\u{2069}');
        i = end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persian() -> Language {
        Language {
            code: "fa".into(),
            name: "فارسی".into(),
            dir: "rtl".into(),
            locale: "fa_IR".into(),
            digits: "۰۱۲۳۴۵۶۷۸۹".into(),
            counter_style: "persian".into(),
            plural_forms: vec!["one".into(), "other".into()],
            quotes: "«»".into(),
            list_separator: "، ".into(),
            status: "ترجمه".into(),
            status_en: "Translated".into(),
            status_short: "ترجمه".into(),
            status_short_en: "Translated".into(),
            second_calendar: String::new(),
            second_calendar_months: Vec::new(),
            second_date_format: String::new(),
            untranslated: Vec::new(),
            reviewed_by: String::new(),
        }
    }

    fn text_keys(_: &str, key: &str) -> bool {
        key != "id"
    }

    #[test]
    fn a_faithful_translation_passes() {
        let en = "[[a]]\nid = \"x\"\ntext = \"In 2020, “no war” ({score} points); see [[JCPOA|jcpoa]].\"\n";
        let fa = "[[a]]\nid = \"x\"\ntext = \"در ۲۰۲۰، «نه جنگ» ({score} امتیاز)؛ [[برجام|jcpoa]] و P5+1 را ببینید.\"\n";
        assert_eq!(check("t.toml", en, fa, &persian(), text_keys), vec![]);
    }

    #[test]
    fn each_fault_names_its_key() {
        let en = "title = \"Score {score}\"\n[[a]]\nid = \"x\"\ntext = \"“Yes” [[ripeness]]\"\n[[a]]\nid = \"y\"\ntext = \"b\"\n";
        let fa = "title = \"امتیاز {points} در 2020\"\nextra = \"ب\"\n[[a]]\nid = \"z\"\ntext = \"بله [[پختگی|gate]]\"\n";
        let faults = check("t.toml", en, fa, &persian(), text_keys);
        let has =
            |key: &str, words: &str| faults.iter().any(|(k, f)| k == key && f.contains(words));
        assert_eq!(faults.len(), 4, "{faults:#?}");
        assert!(has("extra", "not in the English file"));
        assert!(has("title", "placeholders"));
        assert!(has("title", "Latin digits"));
        assert!(has("a", "has 1 items; the English file has 2"));
        let one = "[[a]]\nid = \"y\"\ntext = \"بله [[پختگی|gate]]\"\n";
        let faults = check(
            "t.toml",
            "[[a]]\nid = \"x\"\ntext = \"“Yes” [[ripeness]]\"\n",
            one,
            &persian(),
            text_keys,
        );
        let what: Vec<&str> = faults.iter().map(|(_, f)| f.as_str()).collect();
        assert!(what[0].contains("must stay as in English"), "{what:?}");
        assert!(what[1].contains("glossary links"), "{what:?}");
        assert!(what[2].contains("quotation"), "{what:?}");
    }

    #[test]
    fn latin_runs_are_isolated_and_markup_kept() {
        let out = isolate_latin("نشریهٔ Responsible Statecraft در {date}، [[برجام|jcpoa]] و P5+1.");
        assert_eq!(
            out,
            "نشریهٔ \u{2068}Responsible Statecraft\u{2069} در {date}، [[برجام|jcpoa]] و \u{2068}P5+1\u{2069}."
        );
        assert_eq!(isolate_latin("بدون لاتین"), "بدون لاتین");
    }

    #[test]
    fn quotations_pair_with_their_originals() {
        let en = "[[a]]\nid = \"x\"\ntext = \"A “no war” and “no peace”.\"\n[[a]]\nid = \"y\"\ntext = \"Again “no war”.\"\n";
        let fa = "[[a]]\nid = \"x\"\ntext = \"«نه جنگ» و «نه صلح».\"\n[[a]]\nid = \"y\"\ntext = \"باز «نه جنگ».\"\n";
        assert_eq!(
            quotations("t.toml", en, fa, &persian(), text_keys),
            [
                ("نه جنگ".to_string(), "no war".to_string()),
                ("نه صلح".to_string(), "no peace".to_string())
            ],
            "in order, each pair once"
        );
    }

    #[test]
    fn plural_forms_are_the_languages_own() {
        let en = "[cases]\none = \"{n} case\"\nother = \"{n} cases\"\n";
        let good = "[cases]\none = \"{n} مورد\"\nother = \"{n} مورد\"\n";
        assert_eq!(check("t.toml", en, good, &persian(), text_keys), vec![]);
        let bad = "[cases]\nother = \"{count} مورد\"\n";
        let faults = check("t.toml", en, bad, &persian(), text_keys);
        assert!(
            faults
                .iter()
                .any(|(k, f)| k == "cases" && f.contains("plural forms")),
            "{faults:?}"
        );
        assert!(
            faults
                .iter()
                .any(|(k, f)| k == "cases.other" && f.contains("placeholders")),
            "{faults:?}"
        );
    }

    #[test]
    fn solar_hijri_dates() {
        assert_eq!(solar_hijri(2026, 3, 21), (1405, 1, 1), "Nowruz 1405");
        assert_eq!(solar_hijri(2026, 6, 14), (1405, 3, 24));
        assert_eq!(solar_hijri(2020, 1, 24), (1398, 11, 4));
        assert_eq!(solar_hijri(1981, 1, 19), (1359, 10, 29));
        let mut fa = persian();
        fa.second_calendar = "solar-hijri".into();
        fa.second_calendar_months = [
            "فروردین",
            "اردیبهشت",
            "خرداد",
            "تیر",
            "مرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ]
        .map(String::from)
        .to_vec();
        fa.second_date_format = "{date} ({day} {month} {year})".into();
        assert_eq!(
            fa.with_second_date("۱۴ ژوئن ۲۰۲۶", "2026-06-14"),
            "۱۴ ژوئن ۲۰۲۶ (۲۴ خرداد ۱۴۰۵)"
        );
        assert_eq!(
            fa.with_second_date("ژوئن ۲۰۲۶", "2026-06"),
            "ژوئن ۲۰۲۶",
            "a month stays as it is"
        );
    }

    #[test]
    fn the_list_is_checked() {
        let ok = "[[language]]\ncode = \"en\"\nname = \"English\"\ndir = \"ltr\"\nlocale = \"en_GB\"\ndigits = \"0123456789\"\ncounter_style = \"decimal\"\nplural_forms = [\"one\", \"other\"]\nquotes = \"“”\"\nlist_separator = \", \"\nstatus = \"\"\nstatus_en = \"\"\nstatus_short = \"\"\nstatus_short_en = \"\"\nsecond_calendar = \"\"\nsecond_calendar_months = []\nsecond_date_format = \"\"\nuntranslated = []\nreviewed_by = \"\"\n";
        assert_eq!(read(ok).map(|l| l.len()), Ok(1));
        let bad = ok
            .replace("\"en\"", "\"fa\"")
            .replace("\"ltr\"", "\"down\"");
        let errors = read(&bad).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
    }
}
