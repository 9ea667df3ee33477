//! Reads the content data in `content/`, stops the build on any fault, and writes the content as
//! Rust statics to `$OUT_DIR/content.rs`, which `src/content/mod.rs` includes. The browser never
//! parses anything.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

#[allow(dead_code)]
#[path = "build/content.rs"]
mod content;

#[allow(dead_code)]
#[path = "build/pseudo.rs"]
mod pseudo;

#[allow(dead_code)]
#[path = "build/kit.rs"]
mod kit;

#[allow(dead_code)]
#[path = "build/language.rs"]
mod language;

use content::{Content, SourceKind, Text};
use model::{Condition, ContextFactor, Gate, Input, Outcome};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build/content.rs");
    println!("cargo::rerun-if-changed=build/pseudo.rs");
    println!("cargo::rerun-if-changed=build/language.rs");
    println!("cargo::rerun-if-env-changed=EXPLAINER_PSEUDO");
    // `EXPLAINER_PSEUDO=1`: every content string in the pseudo-locale (build/pseudo.rs).
    let pseudo = std::env::var("EXPLAINER_PSEUDO").is_ok_and(|v| !v.is_empty() && v != "0");
    println!("cargo::rerun-if-changed=src/model.rs");
    println!("cargo::rerun-if-changed=content");
    // `static_text`: this build renders the page's static text (the build machine's pre-render,
    // native tests). The browser's build leaves it out: the pre-rendered HTML already carries it,
    // and the app only builds the parts of the page that change (`src/regions.rs`).
    println!("cargo::rustc-check-cfg=cfg(static_text)");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        println!("cargo::rustc-cfg=static_text");
    }

    // The language of this build: `EXPLAINER_LANG` (English when unset), one of
    // `content/languages.toml`'s (build/language.rs).
    println!("cargo::rerun-if-env-changed=EXPLAINER_LANG");
    let languages = std::fs::read_to_string("content/languages.toml")
        .map_err(|e| vec![format!("cannot read: {e}")])
        .and_then(|text| language::read(&text))
        .unwrap_or_else(|errors| fail("content/languages.toml", &errors));
    let code = std::env::var("EXPLAINER_LANG").unwrap_or_default();
    let code = if code.is_empty() {
        "en".to_string()
    } else {
        code
    };
    let Some(lang) = languages.iter().find(|l| l.code == code) else {
        fail(
            "EXPLAINER_LANG",
            &[format!(
                "{code:?} is not a language in content/languages.toml"
            )],
        )
    };
    let _ = content::DIGITS.set(lang.digit_chars());
    let _ = LANGUAGE.set(lang.clone());
    let mut files = BTreeMap::new();
    for name in content::FILES {
        if let Some(file) = read_content(name, lang) {
            files.insert(name.to_string(), file);
        }
    }
    let rtl = (lang.dir == "rtl").then_some(isolated as fn(&str, &str) -> String);
    let content = match content::load_with(&files, pseudo, rtl) {
        Ok(content) => content,
        Err(errors) => {
            eprintln!("The explainer's content has {} fault(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    // The kit's files: checked as the content is, then copied beside the generated code, where
    // the pre-render reads them (src/content/kit.rs).
    let mut kit_files = BTreeMap::new();
    for name in content::KIT_FILES {
        if let Some(file) = read_content(name, lang) {
            kit_files.insert(name.to_string(), file);
        }
    }
    if let Some(rtl) = rtl {
        for (name, (_, text)) in kit_files.iter_mut() {
            *text = rtl(name, text);
        }
    }
    match content::load_kit(&kit_files, pseudo, &content) {
        Ok(checked) => {
            for (name, text) in checked {
                std::fs::write(Path::new(&out).join(name), text)
                    .expect("the build script can write to OUT_DIR");
            }
        }
        Err(errors) => {
            eprintln!("The classroom kit's content has {} fault(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    }
    let mut code = generate(&content);
    let _ = writeln!(
        code,
        "/// Whether this build's words are in the pseudo-locale (`EXPLAINER_PSEUDO`).\npub const PSEUDO: bool = {pseudo};"
    );
    std::fs::write(
        Path::new(&out).join("language.rs"),
        language_code(lang, &languages),
    )
    .expect("the build script can write to OUT_DIR");
    // The generated documentation quotes the words; Unicode's isolates (a right-to-left
    // language's, around Latin names) are kept in the strings, where they are escaped, and left
    // out of the comments, where the compiler refuses them.
    let code: String = code
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("///") {
                line.replace(['\u{2068}', '\u{2069}'], "") + "\n"
            } else {
                line.to_string() + "\n"
            }
        })
        .collect();
    // The model's notes in this language, for the pre-render's `model.html`.
    let notes = if lang.code == "en" {
        "docs/MODEL.md".to_string()
    } else {
        format!("content/{}/MODEL.md", lang.code)
    };
    println!("cargo::rerun-if-changed={notes}");
    match std::fs::read_to_string(&notes) {
        Ok(text) => std::fs::write(Path::new(&out).join("MODEL.md"), text)
            .expect("the build script can write to OUT_DIR"),
        Err(e) => fail(&notes, &[format!("cannot read: {e}")]),
    }
    std::fs::write(Path::new(&out).join("content.rs"), code)
        .expect("the build script can write to OUT_DIR");
}

/// Stop the build with `what`'s faults.
fn fail(what: &str, errors: &[String]) -> ! {
    eprintln!("{what} has {} fault(s):", errors.len());
    for error in errors {
        eprintln!("  {error}");
    }
    std::process::exit(1);
}

/// A content file in `lang`, as (path, text): the English file, or the translation checked
/// against it (build/language.rs), with Latin runs isolated in a right-to-left language. `None`
/// when the English file is missing (the content's checks report it).
fn read_content(name: &str, lang: &language::Language) -> Option<(String, String)> {
    let path = format!("content/{name}");
    println!("cargo::rerun-if-changed={path}");
    let english = std::fs::read_to_string(&path).ok()?;
    if lang.code == "en" || lang.untranslated.iter().any(|u| u == name) {
        return Some((path, english));
    }
    let path = format!("content/{}/{name}", lang.code);
    println!("cargo::rerun-if-changed={path}");
    let Ok(text) = std::fs::read_to_string(&path) else {
        fail(
            &path,
            &["missing: every content file needs its translation".to_string()],
        );
    };
    let faults = language::check(name, &english, &text, lang, pseudo::is_text);
    // Quotations in the content's prose (site.toml's interface strings quote the reader's own
    // input or the explainer's title, not a source).
    if content::FILES.contains(&name) && name != "site.toml" {
        let pairs = language::quotations(name, &english, &text, lang, pseudo::is_text);
        let mut all = QUOTATIONS.lock().expect("one thread");
        for pair in pairs {
            if !all.contains(&pair) {
                all.push(pair);
            }
        }
    }
    if !faults.is_empty() {
        let errors: Vec<String> = faults
            .iter()
            .map(|(key, fault)| format!("{key}: {fault}"))
            .collect();
        fail(&path, &errors);
    }
    Some((path, text))
}

/// A right-to-left language's content file with its Latin runs isolated (build/language.rs).
fn isolated(name: &str, text: &str) -> String {
    pseudo::map_file(name, text, language::isolate_latin)
}

/// The generated constants that say which language this build is in, and the others.
fn language_code(lang: &language::Language, all: &[language::Language]) -> String {
    let digits: Vec<String> = lang
        .digit_chars()
        .iter()
        .map(|c| format!("{c:?}"))
        .collect();
    let quotations: Vec<String> = QUOTATIONS
        .lock()
        .expect("one thread")
        .iter()
        .map(|(t, o)| format!("({}, {})", lit(t), lit(o)))
        .collect();
    let others: Vec<String> = all
        .iter()
        .map(|l| format!("({}, {}, {})", lit(&l.code), lit(&l.name), lit(&l.locale)))
        .collect();
    format!(
        "\n/// This build's language (content/languages.toml): its BCP 47 tag, direction and Open Graph locale.\n\
         pub const LANG: &str = {};\npub const DIR: &str = {};\npub const LOCALE: &str = {};\n\
         /// Whether this edition is a translation (not English), and whether it runs right to left.\n\
         pub const TRANSLATED: bool = {};\npub const RTL: bool = {};\n\
         /// The digits this build writes numbers with, 0 to 9.\npub const DIGITS: [char; 10] = [{}];\n\
         /// Between the items of a list, before the last.\npub const LIST_SEPARATOR: &str = {};\n\
         /// The CSS counter style of numbered lists.\npub const COUNTER_STYLE: &str = {};\n\
         /// The marks a name or a quotation is set in, opening and closing; and English's.\npub const QUOTES: (char, char) = ({:?}, {:?});\n\
         pub const ENGLISH_QUOTES: (char, char) = ({:?}, {:?});\n\
         /// What the page says about its translation, in its language and in English (empty in English).\n\
         pub const LANG_STATUS: &str = {};\npub const LANG_STATUS_EN: &str = {};\n\
         /// The same in a few words: the note's first line.\n\
         pub const LANG_STATUS_SHORT: &str = {};\npub const LANG_STATUS_SHORT_EN: &str = {};\n\
         /// Every language, as (tag, name in itself, Open Graph locale), English first.\n\
         pub const LANGUAGES: [(&str, &str, &str); {}] = [{}];\n\
         /// In a translated edition, each quotation as translated, with its English original.\n\
         pub static QUOTATIONS: &[(&str, &str)] = &[{}];\n\
         /// Whether the teachers' pages (teaching.toml) are in this language; if not, only the English edition has them.\n\
         pub const TEACHING_TRANSLATED: bool = {};\n",
        lit(&lang.code),
        lit(&lang.dir),
        lit(&lang.locale),
        lang.code != "en",
        lang.dir == "rtl",
        digits.join(", "),
        lit(&lang.list_separator),
        lit(&lang.counter_style),
        lang.quote_marks().0,
        lang.quote_marks().1,
        all[0].quote_marks().0,
        all[0].quote_marks().1,
        lit(&lang.status),
        lit(&lang.status_en),
        lit(&lang.status_short),
        lit(&lang.status_short_en),
        others.len(),
        others.join(", "),
        quotations.join(", "),
        !lang.untranslated.iter().any(|u| u == "teaching.toml"),
    )
}

/// A Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_lit(s: Option<&Text>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".to_string(),
    }
}

fn input_path(input: Input) -> String {
    match input {
        Input::Condition(c) => format!("Input::Condition(Condition::{c:?})"),
        Input::Context(f) => format!("Input::Context(ContextFactor::{f:?})"),
    }
}

fn outcome_path(outcome: Outcome) -> String {
    format!("Outcome::{outcome:?}")
}

/// The name of the static that holds a source.
fn source_static(id: &str) -> String {
    let upper = id.to_uppercase().replace('-', "_");
    if id.starts_with("article-") {
        upper
    } else {
        format!("SOURCE_{upper}")
    }
}

fn source_refs(ids: &[Text]) -> String {
    let refs: Vec<String> = ids
        .iter()
        .map(|id| format!("&{}", source_static(id)))
        .collect();
    format!("&[{}]", refs.join(", "))
}

/// A struct literal, `Ty { field: value, … }`: named fields, so two values cannot swap places
/// unnoticed. A field named `static:name` is static text, compiled only where `static_text` is
/// set (the same attribute marks the field in the struct's definition).
fn record(ty: &str, fields: &[(&str, String)]) -> String {
    let fields: Vec<String> = fields
        .iter()
        .map(|(k, v)| match k.strip_prefix("static:") {
            Some(k) => format!("#[cfg(static_text)] {k}: {v}"),
            None => format!("{k}: {v}"),
        })
        .collect();
    format!("{ty} {{ {} }}", fields.join(", "))
}

/// `/// doc` (when there is one), then `static NAME: [Ty; n] = [` the items `];`.
fn write_array(w: &mut String, doc: &str, vis: &str, name: &str, ty: &str, items: &[String]) {
    if !doc.is_empty() {
        let _ = writeln!(w, "/// {doc}");
    }
    let _ = writeln!(w, "{vis}static {name}: [{ty}; {}] = [", items.len());
    for item in items {
        let _ = writeln!(w, "    {item},");
    }
    let _ = writeln!(w, "];");
}

/// The shape of the words for the conditions or for the context factors.
struct InputWords<'a> {
    /// The static array's name.
    name: &'a str,
    /// Its items' type.
    ty: &'a str,
    /// The field naming the input.
    key: &'a str,
    /// The field for what the article says.
    article: &'a str,
}

/// The static array of `shape`, the words for the conditions or the context factors, with the
/// input named in each item set to `keys`, in order.
fn input_texts(w: &mut String, shape: InputWords, keys: &[String], texts: &[content::InputText]) {
    let InputWords {
        name,
        ty,
        key,
        article,
    } = shape;
    let items: Vec<String> = keys
        .iter()
        .zip(texts)
        .map(|(k, t)| {
            record(
                ty,
                &[
                    (key, k.clone()),
                    ("title", lit(&t.title)),
                    ("short_name", lit(&t.short_name)),
                    // What a switch's row says beside it is pre-rendered, and the live switch
                    // keeps those nodes (`crate::mount`): static text (see [`record`]).
                    ("static:description", lit(&t.description)),
                    ("static:explanation", lit(&t.explanation)),
                    (&format!("static:{article}"), lit(&t.article)),
                    ("static:sources", source_refs(&t.sources)),
                ],
            )
        })
        .collect();
    write_array(w, "", "", name, ty, &items);
}

fn str_slice(items: &[Text]) -> String {
    let items: Vec<String> = items.iter().map(|s| lit(s)).collect();
    format!("&[{}]", items.join(", "))
}

fn generate(c: &Content) -> String {
    let mut o = String::new();
    let w = &mut o;
    let _ = writeln!(
        w,
        "// Generated by build.rs from content/*.toml. Do not edit.\n"
    );
    write_site(w, c);
    let months: Vec<String> = c.dates.months.iter().map(|m| lit(m)).collect();
    write_array(
        w,
        "The months' names, January first (`[dates]` in site.toml).",
        "pub ",
        "MONTHS",
        "&str",
        &months,
    );
    let _ = writeln!(
        w,
        "/// A full date, with `{{day}}`, `{{month}}` and `{{year}}`.\npub const DATE_FORMAT: &str = {};",
        lit(&c.dates.format)
    );
    write_sources(w, c);
    write_steps(w, c);
    write_inputs(w, c);
    write_outcomes_and_gates(w, c);
    let situations: Vec<String> = c.situations.iter().map(|s| lit(s)).collect();
    let _ = writeln!(
        w,
        "static SITUATIONS: [&str; 16] = [{}];",
        situations.join(", ")
    );
    generate_narrative(w, c);
    write_presets(w, c);
    write_events(
        w,
        "The timeline up to the 2026 piece, oldest first.",
        "TIMELINE",
        &c.timeline,
    );
    write_events(
        w,
        "What has happened since the 2026 piece, oldest first.",
        "SINCE",
        &c.since.events,
    );
    let arc: Vec<String> = c
        .since
        .arc
        .iter()
        .map(|a| format!("({}, {})", lit(&a.text), lit(&a.event)))
        .collect();
    let _ = writeln!(
        w,
        "/// The arc of the events since, a line per phase: its words, and the `iso_date` of the event it begins with.\npub static SINCE_ARC: &[(&str, &str)] = &[{}];",
        arc.join(", ")
    );
    let _ = writeln!(
        w,
        "/// The explainer's reading of the events since, paragraph by paragraph.\npub static SINCE_READING: &[&str] = {};\n/// The sources that reading draws on.\npub static SINCE_READING_SOURCES: &[&Source] = {};",
        str_slice(&c.since.reading),
        source_refs(&c.since.reading_sources)
    );
    write_review(w, c);
    o
}

/// Every string in `site.toml` as a `pub const`, and the words of the two summaries.
fn write_site(w: &mut String, c: &Content) {
    for s in &c.site {
        let _ = writeln!(
            w,
            "/// {}\npub const {}: &str = {};",
            s.doc,
            s.key.to_uppercase(),
            lit(&s.text)
        );
    }
    for (name, s) in [
        ("CONDITIONS_SUMMARY", &c.conditions_summary),
        ("CONTEXT_SUMMARY", &c.context_summary),
    ] {
        let words = record(
            "SummaryWords",
            &[
                ("none", lit(&s.none)),
                ("all", lit(&s.all)),
                ("some", lit(&s.some)),
                ("and", lit(&s.and)),
            ],
        );
        let _ = writeln!(w, "static {name}: SummaryWords = {words};");
    }
}

/// One static per source (see [`source_static`] for its name), and `SOURCES`, all of them.
fn write_sources(w: &mut String, c: &Content) {
    for s in &c.sources {
        let kind = match s.kind {
            SourceKind::Article => "SourceKind::Article",
            SourceKind::Theory => "SourceKind::Theory",
            SourceKind::Record => "SourceKind::Record",
        };
        let source = record(
            "Source",
            &[
                ("id", lit(&s.id)),
                ("kind", kind.to_string()),
                ("authors", lit(&s.authors)),
                ("title", lit(&s.title)),
                ("outlet", lit(&s.outlet)),
                ("date", lit(&s.date)),
                ("iso_date", lit(&s.iso_date)),
                ("url", lit(&s.url)),
                ("static:citation", lit(&s.citation)),
                ("static:note", lit(&s.note)),
            ],
        );
        let _ = writeln!(
            w,
            "/// {}\npub static {}: Source = {source};",
            s.citation.replace('\n', " "),
            source_static(&s.id)
        );
    }
    let all: Vec<Text> = c.sources.iter().map(|s| s.id.clone()).collect();
    let _ = writeln!(
        w,
        "/// Every source, in the order of `content/sources.toml`.\npub static SOURCES: [&Source; {}] = {};",
        all.len(),
        &source_refs(&all)[1..]
    );
}

/// `STEPS`: the argument's steps, in reading order.
fn write_steps(w: &mut String, c: &Content) {
    let _ = writeln!(
        w,
        "/// The argument's steps, in reading order.\npub static STEPS: [Step; {}] = [",
        c.steps.len()
    );
    for s in &c.steps {
        let step = record(
            "Step",
            &[
                ("id", lit(&s.id)),
                ("heading", lit(&s.heading)),
                ("static:paragraphs", str_slice(&s.paragraphs)),
                ("static:sources", source_refs(&s.sources)),
            ],
        );
        let _ = writeln!(w, "    {step},");
    }
    let _ = writeln!(w, "];");
}

/// `CONDITIONS` and `FACTORS`: the words for each input, in the model's order.
fn write_inputs(w: &mut String, c: &Content) {
    let conditions = Condition::ALL.map(|c| format!("Condition::{c:?}"));
    let shape = InputWords {
        name: "CONDITIONS",
        ty: "ConditionText",
        key: "condition",
        article: "article_2020",
    };
    input_texts(w, shape, &conditions, &c.conditions);
    let factors = ContextFactor::ALL.map(|f| format!("ContextFactor::{f:?}"));
    let shape = InputWords {
        name: "FACTORS",
        ty: "FactorText",
        key: "factor",
        article: "article_2026",
    };
    input_texts(w, shape, &factors, &c.factors);
}

/// `OUTCOMES` and `GATES`, in the model's order.
fn write_outcomes_and_gates(w: &mut String, c: &Content) {
    let outcomes: Vec<String> = Outcome::ALL
        .into_iter()
        .zip(&c.outcomes)
        .map(|(outcome, t)| {
            record(
                "OutcomeText",
                &[
                    ("outcome", outcome_path(outcome)),
                    ("label", lit(&t.label)),
                    ("phrase", lit(&t.phrase)),
                    ("description", lit(&t.description)),
                ],
            )
        })
        .collect();
    write_array(w, "", "", "OUTCOMES", "OutcomeText", &outcomes);
    let gates: Vec<String> = Gate::ALL
        .into_iter()
        .zip(&c.gates)
        .map(|(gate, t)| {
            record(
                "GateText",
                &[
                    ("gate", format!("Gate::{gate:?}")),
                    ("name", lit(&t.name)),
                    ("phrase", lit(&t.phrase)),
                    ("description", lit(&t.description)),
                ],
            )
        })
        .collect();
    write_array(w, "", "", "GATES", "GateText", &gates);
}

/// `PRESETS`: every case, with its scenario and every input's coding.
fn write_presets(w: &mut String, c: &Content) {
    let presets: Vec<String> = c
        .presets
        .iter()
        .map(|p| {
            let codings: Vec<String> = Input::ALL
                .into_iter()
                .zip(&p.codings)
                .map(|(input, coding)| {
                    record(
                        "Coding",
                        &[
                            ("input", input_path(input)),
                            ("on", coding.on.to_string()),
                            ("partly", coding.partly.to_string()),
                            ("reason", lit(&coding.reason)),
                            ("sources", source_refs(&coding.sources)),
                        ],
                    )
                })
                .collect();
            let scenario = Input::ALL
                .into_iter()
                .zip(&p.codings)
                .filter(|(_, coding)| coding.on)
                .fold("Scenario::NONE".to_string(), |s, (input, _)| {
                    format!("{s}.with({}, true)", input_path(input))
                });
            record(
                "Preset",
                &[
                    ("id", lit(&p.id)),
                    ("name", lit(&p.name)),
                    ("static:short_name", lit(&p.short_name)),
                    ("date", lit(&p.date)),
                    ("static:iso_date", lit(&p.iso_date)),
                    ("static:summary", lit(&p.summary)),
                    ("scenario", scenario),
                    ("static:codings", format!("[{}]", codings.join(", "))),
                    ("outcome", outcome_path(p.outcome)),
                    ("static:outcome_note", lit(&p.outcome_note)),
                    ("static:sources", source_refs(&p.sources)),
                ],
            )
        })
        .collect();
    write_array(
        w,
        "Every preset, in the order of `content/presets.toml`.",
        "pub ",
        "PRESETS",
        "Preset",
        &presets,
    );
}

/// The translated quotations of the explainer's content with their English originals, as the
/// content files are read (build/language.rs).
static QUOTATIONS: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());

/// This build's language, for what the generated code writes in its ways (the events' dates).
static LANGUAGE: std::sync::OnceLock<language::Language> = std::sync::OnceLock::new();

fn write_events(w: &mut String, doc: &str, name: &str, events: &[content::Event]) {
    let items: Vec<String> = events
        .iter()
        .map(|e| {
            let date = LANGUAGE.get().map_or_else(
                || e.date.to_string(),
                |l| l.with_second_date(&e.date, &e.iso_date),
            );
            record(
                "Event",
                &[
                    ("date", lit(&date)),
                    ("iso_date", lit(&e.iso_date)),
                    ("text", lit(&e.text)),
                    ("sources", source_refs(&e.sources)),
                ],
            )
        })
        .collect();
    write_array(w, doc, "pub ", name, "Event", &items);
}

/// The review date, what the explainer covers, the model's version and the corrections.
fn write_review(w: &mut String, c: &Content) {
    let r = &c.review;
    for (name, doc, value) in [
        (
            "SINCE_HEADING",
            "Heading of the part of the 2026 step that tells what has happened since.",
            c.since.heading.as_str(),
        ),
        (
            "SINCE_INTRO",
            "What that part is, and up to when it covers events.",
            c.since.intro.as_str(),
        ),
        (
            "SINCE_UNKNOWN",
            "What is not known about events since.",
            c.since.unknown.as_str(),
        ),
        (
            "SINCE_ARC_HEADING",
            "Heading of the arc of the events since, in brief.",
            c.since.arc_heading.as_str(),
        ),
        (
            "SINCE_READING_HEADING",
            "Heading of the explainer's reading of the events since through the article's conditions.",
            c.since.reading_heading.as_str(),
        ),
        (
            "LAST_REVIEWED_ISO",
            "When the content was last reviewed (ISO 8601).",
            r.last_reviewed_iso.as_str(),
        ),
        (
            "COVERED_UNTIL_ISO",
            "The date of the latest event the explainer covers (ISO 8601).",
            r.covered_until_iso.as_str(),
        ),
        (
            "MODEL_VERSION",
            "The model's version: a new one for any change to a weight, a gate or a coding.",
            r.model_version.as_str(),
        ),
        (
            "REVIEW_LINE",
            "When the content was last reviewed and the period it covers, in words.",
            r.review_line.as_str(),
        ),
        (
            "MODEL_LINE",
            "The model's version, in words.",
            r.model_line.as_str(),
        ),
        (
            "STAND_HEADING",
            "Heading of the dated note on the first screen on what has changed since the article.",
            r.stand_heading.as_str(),
        ),
        (
            "STAND_DATELINE",
            "That note's date line: how far reporting was checked, and when.",
            r.stand_dateline.as_str(),
        ),
        (
            "STAND_TEXT",
            "That note: two or three sentences on where things stand.",
            r.stand_text.as_str(),
        ),
        (
            "STAND_LINK",
            "That note's link to the part on what has happened since.",
            r.stand_link.as_str(),
        ),
        (
            "CORRECTIONS_HEADING",
            "Heading of the list of corrections and updates.",
            r.corrections_heading.as_str(),
        ),
        (
            "CORRECTIONS_INTRO",
            "What the list of corrections records.",
            r.corrections_intro.as_str(),
        ),
    ] {
        let _ = writeln!(w, "/// {doc}\npub const {name}: &str = {};", lit(value));
    }
    let _ = writeln!(
        w,
        "/// The model's version as a number, which embeds carry in their address (`v`).\npub const MODEL_VERSION_NUMBER: u32 = {};",
        r.model_number
    );
    let corrections: Vec<String> = r
        .corrections
        .iter()
        .map(|c| {
            record(
                "Correction",
                &[
                    ("date", lit(&c.date)),
                    ("iso_date", lit(&c.iso_date)),
                    ("text", lit(&c.text)),
                ],
            )
        })
        .collect();
    write_array(
        w,
        "Every correction and update, newest first.",
        "pub ",
        "CORRECTIONS",
        "Correction",
        &corrections,
    );
}

fn generate_narrative(w: &mut String, c: &Content) {
    let n = &c.narrative;
    let _ = writeln!(w, "static NARRATIVE: NarrativeText = NarrativeText {{");
    let _ = writeln!(w, "    context_none: {},", lit(&n.context.none));
    let _ = writeln!(w, "    context_capped: {},", lit(&n.context.capped));
    let factors: Vec<String> = n
        .factor
        .iter()
        .map(|f| {
            format!(
                "FactorSentence {{ text: {}, idle: {} }}",
                lit(&f.text),
                opt_lit(f.idle.as_ref())
            )
        })
        .collect();
    let _ = writeln!(w, "    factors: [{}],", factors.join(", "));
    let constraints: Vec<String> = n
        .constraints
        .iter()
        .map(|c| {
            let mask: u8 = c.gates.iter().map(|g| 1u8 << g.index()).sum();
            format!(
                "ConstraintText {{ outcome: {}, shut_gates: {mask}, text: {}, summary: {} }}",
                outcome_path(c.outcome),
                lit(&c.text),
                lit(&c.summary)
            )
        })
        .collect();
    let _ = writeln!(w, "    constraints: &[{}],", constraints.join(", "));
    let help: Vec<String> = (0..Input::ALL.len())
        .map(|i| opt_lit(n.help.get(&i)))
        .collect();
    let _ = writeln!(w, "    help: [{}],", help.join(", "));
    let none: Vec<String> = (0..Outcome::ALL.len())
        .map(|i| opt_lit(n.no_single_change.get(&i)))
        .collect();
    let _ = writeln!(w, "    no_single_change: [{}],", none.join(", "));
    let switches: Vec<String> = n
        .switches
        .iter()
        .map(|s| {
            format!(
                "SwitchNote {{ on: {}, off: {}, on_idle: {}, off_idle: {} }}",
                lit(&s.on),
                lit(&s.off),
                opt_lit(s.on_idle.as_ref()),
                opt_lit(s.off_idle.as_ref())
            )
        })
        .collect();
    let _ = writeln!(w, "    switches: [{}],", switches.join(", "));
    let interactions: Vec<String> = n
        .interactions
        .iter()
        .map(|i| {
            format!(
                "InteractionNote {{ input: {}, affects: {}, on: {}, off: {} }}",
                input_path(i.input),
                input_path(i.affects),
                lit(&i.on),
                lit(&i.off)
            )
        })
        .collect();
    let _ = writeln!(w, "    interactions: &[{}],", interactions.join(", "));
    let effects: Vec<String> = n
        .effects
        .by_key()
        .into_iter()
        .map(|(key, text)| format!("{key}: {}", lit(text)))
        .collect();
    let _ = writeln!(w, "    effects: Effects {{ {} }},", effects.join(", "));
    let _ = writeln!(w, "}};");
}
