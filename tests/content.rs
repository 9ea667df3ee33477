#![cfg(not(target_arch = "wasm32"))]
//! The content: the words the reader sees for every scenario, the presets and sources, and the
//! build-time checks that stop broken content (run here on the fixtures in `tests/fixtures/`).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use explainer::content::{
    self, ARTICLE_2020, ARTICLE_2026, CORRECTIONS, PRESETS, SINCE, SOURCES, SourceKind, TIMELINE,
    change_note, narrative,
};
use explainer::model::{
    Condition, Conditions, ContextFactor, Gate, Input, Outcome, Scenario, assess,
};

/// The build script's content checks, compiled into this test as well.
#[allow(dead_code)]
#[path = "../build/content.rs"]
mod content_check;

#[allow(dead_code)]
#[path = "../build/pseudo.rs"]
mod pseudo;

#[allow(dead_code)]
#[path = "../build/kit.rs"]
mod kit;

#[allow(dead_code)]
#[path = "../build/language.rs"]
mod language;

/// Every translation in `content/languages.toml` passes the checks the build runs on it (its
/// own build only checks its language): the same keys, records and ids as the English files,
/// the same placeholders and glossary links, quotations one for one, the language's digits.
#[test]
fn every_translation_matches_the_english_content() {
    let languages = language::read(&std::fs::read_to_string("content/languages.toml").unwrap())
        .expect("content/languages.toml is well formed");
    assert!(languages.len() > 1, "at least one translation");
    let mut faults = Vec::new();
    for lang in &languages[1..] {
        for name in content_check::FILES
            .iter()
            .chain(content_check::KIT_FILES.iter())
        {
            if lang.untranslated.iter().any(|u| u == name) {
                continue;
            }
            let english = std::fs::read_to_string(format!("content/{name}")).unwrap();
            let path = format!("content/{}/{name}", lang.code);
            let Ok(text) = std::fs::read_to_string(&path) else {
                faults.push(format!("{path}: missing"));
                continue;
            };
            for (key, fault) in language::check(name, &english, &text, lang, pseudo::is_text) {
                faults.push(format!("{path}: {key}: {fault}"));
            }
        }
        // The model's notes, whose page stops before the part for developers.
        let notes = std::fs::read_to_string(format!("content/{}/MODEL.md", lang.code)).unwrap();
        assert!(
            notes.contains("<!-- The page for readers (model.html) stops here"),
            "{}",
            lang.code
        );
    }
    assert!(faults.is_empty(), "{faults:#?}");
}

/// A translation with a key lost, a placeholder renamed and an id changed fails with the file
/// and the key, as the build says it.
#[test]
fn a_faulty_translation_names_its_file_and_key() {
    let languages =
        language::read(&std::fs::read_to_string("content/languages.toml").unwrap()).unwrap();
    let persian = languages
        .iter()
        .find(|l| l.dir == "rtl")
        .expect("a right-to-left language");
    let english = std::fs::read_to_string("content/gates.toml").unwrap();
    let translated =
        std::fs::read_to_string(format!("content/{}/gates.toml", persian.code)).unwrap();
    let broken = translated.replacen("id = \"ripeness\"", "id = \"ripe\"", 1);
    let faults = language::check("gates.toml", &english, &broken, persian, pseudo::is_text);
    assert_eq!(faults.len(), 1, "{faults:?}");
    assert_eq!(faults[0].0, "gate[0].id");
    assert!(faults[0].1.contains("must stay as in English"));
}

/// What `build/content.rs` calls `crate::model`.
mod model {
    pub use explainer::model::*;
}

fn text_of(scenario: Scenario) -> String {
    narrative(scenario, &assess(scenario)).text()
}

// --- What a reader sees for every scenario -------------------------------------------------

#[test]
fn every_scenario_has_a_complete_paragraph_with_no_unfilled_placeholder() {
    for scenario in Scenario::every() {
        let n = narrative(scenario, &assess(scenario));
        assert!(!n.situation.is_empty(), "{scenario:?}");
        assert!(!n.context.is_empty(), "{scenario:?}");
        assert!(!n.constraint.is_empty(), "{scenario:?}");
        assert!(!n.next_step.is_empty(), "{scenario:?}");
        let text = n.text();
        assert!(!text.contains('{') && !text.contains('}'), "{text}");
        assert!(text.contains(n.constraint.as_str()));
    }
}

#[test]
fn the_narrative_names_the_binding_gate() {
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        let n = narrative(scenario, &verdict);
        match verdict.gate {
            Some(gate) => assert!(
                n.constraint.contains(content::gate(gate).phrase),
                "{scenario:?}: {}",
                n.constraint
            ),
            None => {
                for gate in Gate::ALL {
                    assert!(!n.constraint.contains(content::gate(gate).phrase));
                }
            }
        }
    }
}

#[test]
fn the_narrative_states_the_verdict_it_explains() {
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        let constraint = narrative(scenario, &verdict).constraint.to_lowercase();
        let phrase = content::outcome(verdict.outcome).phrase;
        let bare = phrase.trim_start_matches("a ").trim_end_matches(" only");
        assert!(constraint.contains(bare), "{scenario:?}: {constraint}");
    }
}

#[test]
fn the_sixteen_condition_narratives_all_differ() {
    let texts: Vec<String> = Conditions::every()
        .map(|c| text_of(Scenario::from_conditions(c)))
        .collect();
    let distinct: HashSet<&String> = texts.iter().collect();
    assert_eq!(distinct.len(), 16);
    let situations: HashSet<&str> = Conditions::every().map(content::situation).collect();
    assert_eq!(
        situations.len(),
        16,
        "each combination needs its own situation text"
    );
}

#[test]
fn the_2020_reading_describes_the_stalemate() {
    let text = text_of(Scenario::NONE);
    assert!(text.contains("January 2020"), "{text}");
    assert!(text.contains("drift towards confrontation"), "{text}");
    assert!(
        text.contains(content::gate(Gate::Ripeness).phrase),
        "{text}"
    );
}

#[test]
fn flipping_any_switch_changes_the_paragraph() {
    for scenario in Scenario::every() {
        let before = text_of(scenario);
        for input in Input::ALL {
            assert_ne!(
                before,
                text_of(scenario.toggled(input)),
                "flipping {} from {scenario:?}",
                input.id()
            );
        }
    }
}

#[test]
fn the_next_step_names_where_the_best_change_leads() {
    for scenario in Scenario::every() {
        let verdict = assess(scenario);
        let n = narrative(scenario, &verdict);
        if let Some(input) = explainer::model::most_helpful_change(scenario) {
            let after = assess(scenario.with(input, true)).outcome;
            assert!(
                n.next_step.contains(content::outcome(after).phrase),
                "{scenario:?}: {}",
                n.next_step
            );
        }
    }
}

#[test]
fn parity_is_presented_as_disputed() {
    let with_parity = |on: bool| {
        change_note(
            Scenario::NONE,
            Scenario::NONE.with(Input::Condition(Condition::Parity), on),
        )
    };
    let note = with_parity(true).expect("switching parity on is a change");
    assert!(note.contains("theory disputes"), "{note}");
    let explanation = content::condition(Condition::Parity).explanation;
    assert!(explanation.contains("Zartman and Rubin") && explanation.contains("Habeeb"));
    assert!(explanation.contains("Libya") && explanation.contains("Good Friday"));
    assert_eq!(with_parity(false), None);
}

// --- What the note says after one switch --------------------------------------------------

#[test]
fn no_change_gives_no_note() {
    for scenario in Scenario::every() {
        assert_eq!(change_note(scenario, scenario), None);
    }
}

#[test]
fn every_single_switch_gets_a_note_that_says_how_the_verdict_moved() {
    for before in Scenario::every() {
        for input in Input::ALL {
            let after = before.toggled(input);
            let note = change_note(before, after).expect("one switch changed");
            assert!(!note.contains('{') && !note.contains('}'), "{note}");
            let (b, a) = (assess(before).outcome, assess(after).outcome);
            assert!(
                note.contains(content::outcome(a).phrase),
                "the note must name the verdict it leads to: {note}"
            );
            if a != b {
                assert!(note.contains(content::outcome(b).phrase), "{note}");
            }
            if let Input::Condition(condition) = input
                && let Some(gate) = Gate::ALL.into_iter().find(|g| g.condition() == condition)
            {
                assert!(note.contains(content::gate(gate).phrase), "{note}");
            }
        }
    }
}

#[test]
fn switching_on_ripeness_from_nothing_says_it_lifts_the_verdict() {
    let before = Scenario::NONE;
    let after = before.with(Input::Condition(Condition::NoBetterAlternative), true);
    let note = change_note(before, after).unwrap();
    assert!(
        note.starts_with("You switched on “No better alternative”"),
        "{note}"
    );
    assert!(
        note.contains("rises from drift towards confrontation to a crisis-management channel only"),
        "{note}"
    );
}

#[test]
fn pressure_without_a_way_out_is_explained_as_idle() {
    let pressure = Input::Context(ContextFactor::Pressure);
    let before = Scenario::NONE;
    let note = change_note(before, before.with(pressure, true)).unwrap();
    assert!(note.contains("no face-saving way out"), "{note}");
    let with_face =
        Scenario::from_conditions(Conditions::NONE.with(Condition::BothCanDeclareVictory, true));
    let note = change_note(with_face, with_face.with(pressure, true)).unwrap();
    assert!(note.contains("pressure now helps"), "{note}");
    // Switching face-saving on while pressure is on also says that pressure now counts.
    let pressured = before.with(pressure, true);
    let note = change_note(
        pressured,
        pressured.with(Input::Condition(Condition::BothCanDeclareVictory), true),
    )
    .unwrap();
    assert!(note.contains("sanctions pressure count"), "{note}");
}

#[test]
fn several_switches_at_once_get_a_summary_note() {
    let all = Scenario {
        conditions: Conditions::ALL,
        context: explainer::model::Context::NONE,
    };
    let note = change_note(Scenario::NONE, all).unwrap();
    assert!(note.contains("Several switches"), "{note}");
    assert!(note.contains("a comprehensive settlement"), "{note}");
}

// --- Presets ---------------------------------------------------------------------------------

#[test]
fn every_case_carries_its_coding_switch_by_switch() {
    // The build refuses a case whose outcome the model does not reproduce; this guards the
    // generated statics: each coding in its switch's place, matching the case's scenario.
    for preset in &PRESETS {
        for input in Input::ALL {
            let coding = preset.coding(input);
            assert_eq!(coding.input, input);
            assert_eq!(
                coding.on,
                preset.scenario.has(input),
                "{} {}",
                preset.id,
                input.id()
            );
            assert!(!coding.reason.is_empty());
        }
        assert!(!preset.summary.is_empty() && !preset.outcome_note.is_empty());
    }
}

#[test]
fn the_presets_cover_both_articles_and_every_historical_case() {
    let expected = [
        ("maximum-pressure-2020", Outcome::Drift),
        ("controlled-engagement-2026", Outcome::CrisisChannel),
        ("elysee-1963", Outcome::Settlement),
        ("camp-david-1978", Outcome::InterimDeal),
        ("algiers-1981", Outcome::InterimDeal),
        ("good-friday-1998", Outcome::Settlement),
        ("libya-2003", Outcome::Settlement),
        ("jpoa-2013", Outcome::InterimDeal),
        ("jcpoa-2015", Outcome::InterimDeal),
    ];
    for (id, outcome) in expected {
        let preset = content::preset(id).unwrap_or_else(|| panic!("no preset {id}"));
        assert_eq!(preset.outcome, outcome, "{id}");
    }
    assert_eq!(PRESETS.len(), expected.len());
}

#[test]
fn the_2020_preset_is_the_article_assessment_all_four_off() {
    let preset = content::preset("maximum-pressure-2020").unwrap();
    assert_eq!(preset.scenario.conditions, Conditions::NONE);
    assert!(preset.sources.iter().any(|s| s.id == ARTICLE_2020.id));
}

#[test]
fn partly_codings_say_so_in_their_reason() {
    let mut partly = 0;
    for preset in &PRESETS {
        for coding in &preset.codings {
            if coding.partly {
                partly += 1;
                let reason = coding.reason.to_lowercase();
                assert!(
                    reason.contains("partly")
                        || reason.contains("cautious")
                        || reason.contains("off"),
                    "{}: {}",
                    preset.id,
                    coding.reason
                );
            }
        }
    }
    assert!(partly > 0);
}

// --- Words the interface uses --------------------------------------------------------------

#[test]
fn the_switch_labels_keep_their_names() {
    let names: Vec<&str> = Condition::ALL
        .into_iter()
        .map(|c| content::condition(c).short_name)
        .collect();
    assert_eq!(
        names,
        [
            "No better alternative",
            "Concessions",
            "Both can declare victory",
            "Parity of power"
        ]
    );
    for condition in Condition::ALL {
        let text = content::condition(condition);
        assert_eq!(text.condition, condition);
        for field in [
            text.title,
            text.description,
            text.explanation,
            text.article_2020,
        ] {
            assert!(!field.is_empty());
        }
    }
    for factor in ContextFactor::ALL {
        let text = content::factor(factor);
        assert_eq!(text.factor, factor);
        assert!(!text.short_name.is_empty() && !text.article_2026.is_empty());
    }
}

#[test]
fn the_context_summary_lists_what_is_on_and_off() {
    let context = explainer::model::Context::NONE
        .with(ContextFactor::Verification, true)
        .with(ContextFactor::Pressure, true);
    assert_eq!(
        content::context_summary(context),
        "On: Verification and Sanctions pressure. Off: Quiet channels and Domestic calendar."
    );
}

#[test]
fn the_articles_are_credited_honestly() {
    assert_eq!(ARTICLE_2020.kind, SourceKind::Article);
    assert_eq!(ARTICLE_2026.kind, SourceKind::Article);
    // The 2026 piece is credited to no one, and says why.
    assert!(ARTICLE_2026.authors.is_empty() && !ARTICLE_2026.note.is_empty());
    let theory = SOURCES
        .iter()
        .filter(|s| s.kind == SourceKind::Theory)
        .count();
    assert!(
        theory >= 10,
        "the theory works behind the conditions and the context factors are cited"
    );
}

// --- Build-time checks on broken content ---------------------------------------------------

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The real content files, keyed by name, as the build script reads them.
fn real_files() -> BTreeMap<String, (String, String)> {
    content_check::FILES
        .iter()
        .chain(&content_check::KIT_FILES)
        .map(|name| {
            let path = format!("content/{name}");
            let text = std::fs::read_to_string(manifest_dir().join(&path)).expect("content file");
            (name.to_string(), (path, text))
        })
        .collect()
}

/// The faults the build would report on `files`.
fn faults(files: &BTreeMap<String, (String, String)>) -> Vec<String> {
    let (kit, content): (BTreeMap<_, _>, BTreeMap<_, _>) = files
        .clone()
        .into_iter()
        .partition(|(name, _)| content_check::KIT_FILES.contains(&name.as_str()));
    let result = content_check::load(&content)
        .and_then(|content| content_check::load_kit(&kit, false, &content).map(|_| ()));
    match result {
        Ok(()) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The faults the build would report if `tests/fixtures/{case}/` replaced the matching files.
/// A fixture file `NAME.append` is added to the end of the real `NAME` instead.
fn faults_with_fixture(case: &str) -> Vec<String> {
    let mut files = real_files();
    let dir = format!("tests/fixtures/{case}");
    let entries = std::fs::read_dir(manifest_dir().join(&dir)).expect("fixture folder");
    for entry in entries {
        let file_name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let (name, append) = match file_name.strip_suffix(".append") {
            Some(name) => (name.to_string(), true),
            None => (file_name.clone(), false),
        };
        assert!(
            files.contains_key(&name),
            "{dir}/{file_name} replaces no content file"
        );
        let path = format!("{dir}/{file_name}");
        let mut text = std::fs::read_to_string(manifest_dir().join(&path)).unwrap();
        if append {
            text = format!("{}\n{text}", files[&name].1);
        }
        files.insert(name, (path, text));
    }
    faults(&files)
}

/// The faults the build would report if the real `site.toml` were changed by `edit`.
fn faults_with_site(edit: impl Fn(&str) -> String) -> Vec<String> {
    let mut files = real_files();
    let site = files.get_mut("site.toml").unwrap();
    site.1 = edit(&site.1);
    faults(&files)
}

#[test]
fn the_generated_statics_carry_what_the_checker_read() {
    // The build only compiles when the checker passes, so this guards the code generator: every
    // case, coding, event and correction reaches the app whole and in order.
    let checked = content_check::load(&real_files()).expect("the build checked the content");
    assert_eq!(checked.presets.len(), PRESETS.len());
    for (read, compiled) in checked.presets.iter().zip(&PRESETS) {
        assert_eq!(read.id, compiled.id);
        assert_eq!(read.scenario(), compiled.scenario, "{}", read.id);
        for (coding, out) in read.codings.iter().zip(&compiled.codings) {
            assert_eq!(coding.reason, out.reason);
            let ids: Vec<&str> = out.sources.iter().map(|s| s.id).collect();
            assert_eq!(coding.sources, ids, "{} {:?}", read.id, out.input);
        }
    }
    let events: Vec<&str> = TIMELINE.iter().chain(&SINCE).map(|e| e.text).collect();
    let read: Vec<&str> = checked
        .timeline
        .iter()
        .chain(&checked.since.events)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(events, read);
    let corrections: Vec<&str> = CORRECTIONS.iter().map(|c| c.text).collect();
    let read: Vec<&str> = checked
        .review
        .corrections
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(corrections, read);
}

#[test]
fn a_missing_field_names_the_file_the_entry_and_the_field() {
    assert_eq!(
        faults_with_fixture("missing-field"),
        [
            r#"tests/fixtures/missing-field/conditions.toml: condition "concessions": missing field `explanation`"#
        ]
    );
}

#[test]
fn a_wrong_type_names_the_file_the_entry_and_the_field() {
    assert_eq!(
        faults_with_fixture("wrong-type"),
        [
            r#"tests/fixtures/wrong-type/presets.toml.append: preset "fixture-typed": invalid type: string "yes", expected a boolean (in `coding.parity.on`)"#
        ]
    );
}

#[test]
fn an_unknown_field_is_named_with_the_fields_there_are() {
    assert_eq!(
        faults_with_fixture("unknown-field"),
        [
            r#"tests/fixtures/unknown-field/sources.toml.append: source "fixture-source": unknown field `auther`, expected one of `id`, `kind`, `authors`, `title`, `outlet`, `date`, `iso_date`, `url`, `citation`, `note`"#
        ]
    );
}

#[test]
fn an_empty_text_is_refused() {
    assert_eq!(
        faults_with_fixture("empty-text"),
        [
            r#"tests/fixtures/empty-text/timeline.toml.append: since "2026-05": invalid value: string "", expected some text (in `text`)"#
        ]
    );
}

#[test]
fn every_site_string_is_one_the_explainer_knows_and_none_is_missing() {
    assert_eq!(
        faults_with_site(|site| format!("kickr = \"Fixture\"\n{site}")),
        [
            "content/site.toml: line 1: unknown field `kickr`: the explainer has no such string (a new one is declared in `site_strings!` in build/content.rs)"
        ]
    );
    assert_eq!(
        faults_with_site(|site| site.replace("\nkicker = ", "\n# kicker = ")),
        ["content/site.toml: (file): missing field `kicker`"]
    );
}

#[test]
fn every_site_string_says_what_it_is_for() {
    assert_eq!(
        faults_with_site(|site| site.replace("# Small label above the title.\n", "")),
        [
            r#"content/site.toml: (file): field "kicker" has no description: say what it is for in a comment on the line above it"#
        ]
    );
}

#[test]
fn an_unknown_condition_in_a_preset_is_named() {
    assert_eq!(
        faults_with_fixture("unknown-condition"),
        [
            r#"tests/fixtures/unknown-condition/presets.toml: preset "fixture-case": unknown condition or context id "ripeness""#
        ]
    );
}

#[test]
fn an_unknown_context_factor_is_named_and_the_missing_one_too() {
    assert_eq!(
        faults_with_fixture("unknown-context"),
        [
            r#"tests/fixtures/unknown-context/context.toml: factor "sanctions": unknown factor id "sanctions" (known: verification, facilitation, calendar, pressure)"#,
            r#"tests/fixtures/unknown-context/context.toml: factor "pressure": missing: every one needs an entry"#,
        ]
    );
}

#[test]
fn a_preset_naming_nothing_is_refused() {
    assert_eq!(
        faults_with_fixture("empty-preset"),
        [
            r#"tests/fixtures/empty-preset/presets.toml: preset "empty-case": names no condition or context factor: code each of them under [preset.coding.ID]"#
        ]
    );
}

#[test]
fn a_duplicate_id_is_refused() {
    assert_eq!(
        faults_with_fixture("duplicate-id"),
        [
            r#"tests/fixtures/duplicate-id/presets.toml: preset "fixture-case": duplicate id "fixture-case""#
        ]
    );
}

#[test]
fn a_preset_whose_outcome_the_model_does_not_reproduce_is_refused() {
    assert_eq!(
        faults_with_fixture("wrong-outcome"),
        [
            r#"tests/fixtures/wrong-outcome/presets.toml: preset "fixture-case": documented outcome "drift" but the model gives "settlement" for this coding"#
        ]
    );
}

#[test]
fn a_combination_without_a_situation_is_a_narrative_gap() {
    assert_eq!(
        faults_with_fixture("narrative-gap-situation"),
        [
            r#"tests/fixtures/narrative-gap-situation/situations.toml: situation "victory+parity": narrative gap: no situation text for this combination of conditions"#
        ]
    );
}

#[test]
fn a_verdict_without_a_constraint_text_is_a_narrative_gap() {
    assert_eq!(
        faults_with_fixture("narrative-gap-constraint"),
        [
            r#"tests/fixtures/narrative-gap-constraint/narrative.toml: constraint "crisis-channel" with gates "concessions": narrative gap: no constraint text for this outcome and these shut gates (e.g. alternative+victory)"#
        ]
    );
}

#[test]
fn a_scenario_summary_must_fit_the_compact_embed() {
    assert_eq!(
        faults_with_fixture("long-summary"),
        [
            r#"tests/fixtures/long-summary/narrative.toml: constraint "settlement" with gates "none": summary has 175 characters; the compact embed has room for 160"#,
            r#"tests/fixtures/long-summary/narrative.toml: constraint "settlement" with gates "none": summary has 3 sentences; write one or two"#,
        ]
    );
}

#[test]
fn an_unknown_placeholder_is_refused() {
    assert_eq!(
        faults_with_fixture("unknown-placeholder"),
        [
            r#"tests/fixtures/unknown-placeholder/narrative.toml: [effect]: field "rise" uses unknown placeholder {winner} (allowed: {before}, {after})"#
        ]
    );
}

#[test]
fn a_dated_event_without_a_source_is_refused() {
    assert_eq!(
        faults_with_fixture("unsourced-event"),
        [
            r#"tests/fixtures/unsourced-event/timeline.toml: event "2020-01-03": cites no source: every dated event needs at least one a reader can check"#
        ]
    );
}

#[test]
fn what_has_happened_since_must_follow_the_timeline() {
    assert_eq!(
        faults_with_fixture("since-out-of-order"),
        [
            r#"tests/fixtures/since-out-of-order/timeline.toml: since "2026-02": out of order: what has happened since must come after the timeline's last event, 2026-03"#
        ]
    );
}

#[test]
fn an_event_sourced_through_an_aggregator_redirect_is_refused() {
    assert_eq!(
        faults_with_fixture("aggregator-source"),
        [
            r#"tests/fixtures/aggregator-source/sources.toml.append: source "aggregated-report": url "https://news.google.com/rss/articles/CBMiFixture?oc=5" goes through news.google.com, a news aggregator or redirect, not the outlet: link the outlet's own article"#
        ]
    );
}

#[test]
fn aggregator_links_are_told_from_outlets_links() {
    use content_check::not_a_source;
    for (url, host) in [
        (
            "https://news.google.com/rss/articles/CBMi?oc=5",
            "news.google.com",
        ),
        ("http://NEWS.GOOGLE.COM/articles/x", "news.google.com"),
        (
            "https://www.google.com/url?q=https://apnews.com/x",
            "google.com/url",
        ),
        ("https://www.msn.com/en-us/news/world/x/ar-AA1", "msn.com"),
        ("https://t.co/abc", "t.co"),
        ("https://user@flipboard.com:443/@news/x", "flipboard.com"),
    ] {
        assert_eq!(not_a_source(url), Some(host), "{url}");
    }
    for url in [
        "https://apnews.com/article/iran-x-98f43f920c102080a3526981cf0dd7b8",
        "https://www.google.com/search?q=x",
        "https://www.reuters.com/world/middle-east/x-2026-08-18/",
        "https://mb.com.ph/2026/04/26/x",
        "https://microsoft.com/msn.com",
        "https://at.co.uk/x",
        "",
    ] {
        assert_eq!(not_a_source(url), None, "{url}");
    }
}

#[test]
fn a_covered_period_that_ends_before_the_last_event_is_refused() {
    let covered = real_files()["review.toml"]
        .1
        .lines()
        .find_map(|l| l.strip_prefix("covered_until = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .expect("covered_until");
    assert_eq!(
        faults_with_fixture("covered-before-events"),
        [format!(
            "content/review.toml: (file): covered_until {covered} ends before the last dated event (2099-01, in timeline.toml): move it to the date of the latest event the review checked"
        )]
    );
}

#[test]
fn a_case_coding_without_a_source_is_refused() {
    assert_eq!(
        faults_with_fixture("unsourced-coding"),
        [
            r#"tests/fixtures/unsourced-coding/presets.toml: preset "fixture-case" coding "parity": cites no source: every coding's reason needs at least one a reader can check"#
        ]
    );
}

#[test]
fn a_web_source_without_a_link_is_refused() {
    assert_eq!(
        faults_with_fixture("unlinked-source"),
        [
            r#"tests/fixtures/unlinked-source/sources.toml.append: source "unlinked-report": has no url: a report or record is published on the web, so give the link a reader can open"#
        ]
    );
}

#[test]
fn a_correction_without_a_date_is_refused() {
    let n = real_files()["review.toml"]
        .1
        .lines()
        .filter(|l| l.trim() == "[[correction]]")
        .count()
        + 1;
    assert_eq!(
        faults_with_fixture("undated-correction"),
        [format!(
            r#"tests/fixtures/undated-correction/review.toml.append: correction #{n}: missing field `date`"#
        )]
    );
}

#[test]
fn a_changed_model_or_coding_needs_a_new_version() {
    let presets = content_check::load(&real_files())
        .expect("the real content is sound")
        .presets;
    let now = content_check::model_fingerprint(&presets);
    assert_eq!(
        faults_with_fixture("stale-model-version"),
        [format!(
            r#"tests/fixtures/stale-model-version/review.toml: (file): the model or a case's coding changed (model_fingerprint 0123456789abcdef, now {now}): give the model a new model_version, add a corrections entry for it, and set model_fingerprint = "{now}""#
        )]
    );
}

#[test]
fn the_model_notes_carry_the_version_and_review_date() {
    let notes = std::fs::read_to_string(manifest_dir().join("docs/MODEL.md")).unwrap();
    assert!(
        notes.contains(&format!("{}.", content::MODEL_LINE)),
        "docs/MODEL.md names model version {}",
        content::MODEL_VERSION
    );
    assert!(
        notes.contains(content::REVIEW_LINE),
        "docs/MODEL.md says: {}",
        content::REVIEW_LINE
    );
    let newest = &CORRECTIONS[0];
    assert_eq!(newest.iso_date, content::LAST_REVIEWED_ISO);
}

#[test]
fn reader_dates_are_written_out_in_the_contents_words() {
    let checked = content_check::load(&real_files()).expect("the build checked the content");
    let words = &checked.dates;
    let date = |iso| content_check::reader_date(iso, words);
    assert_eq!(date("2026-11-23").as_deref(), Some("23 November 2026"));
    assert_eq!(date("2026-04-05").as_deref(), Some("5 April 2026"));
    assert_eq!(date("2026-04"), None);
    assert_eq!(date("2026-13-01"), None);
    // The crate's own, for the kit's pages, writes them the same way.
    assert_eq!(content::reader_date("2026-04-05"), "5 April 2026");
    assert_eq!(content::reader_date("not a date"), "not a date");
}

#[test]
fn a_missing_file_is_named() {
    let mut files = real_files();
    files.remove("timeline.toml");
    let errors: Vec<String> = content_check::load(&files)
        .expect_err("a missing file is a fault")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        ["content/timeline.toml: (file): missing: the explainer needs this file"]
    );
}

#[test]
fn placeholders_are_found() {
    assert_eq!(
        content_check::placeholders("from {before} to {after}."),
        ["before", "after"]
    );
    assert!(content_check::placeholders("no braces").is_empty());
}

// --- One voice: British spelling in the explainer's own words ---------------------------------

/// American spellings the explainer's own prose must not use (quotations and the titles of
/// sources keep their own spelling). Each is matched at the start of a word.
const AMERICAN_SPELLINGS: [&str; 24] = [
    "toward ",
    "toward,",
    "toward.",
    "judgment",
    "color",
    "favor",
    "behavior",
    "honor",
    "neighbor",
    "labor",
    "center",
    "defense",
    "offense",
    "program ",
    "programs",
    "analyze",
    "organize",
    "organization",
    "recognize",
    "realize",
    "emphasize",
    "characterize",
    "apologize",
    "civilization",
];

#[test]
fn the_explainers_own_words_use_british_spelling() {
    let prose = [
        "argument.toml",
        "conditions.toml",
        "context.toml",
        "gates.toml",
        "narrative.toml",
        "outcomes.toml",
        "presets.toml",
        "review.toml",
        "site.toml",
        "situations.toml",
        "timeline.toml",
        // The classroom kit's pages.
        "kit.toml",
        "teaching.toml",
        "accessibility.toml",
    ];
    let mut found = Vec::new();
    for name in prose {
        let text = std::fs::read_to_string(manifest_dir().join("content").join(name)).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            // WCAG's success criteria keep their official names ("Use of Color").
            if name == "accessibility.toml" && line.starts_with("name = ") {
                continue;
            }
            // Quotations keep their source's spelling.
            let own: String = line
                .split('“')
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once('”').map_or("", |(_, rest)| rest)
                    }
                })
                .collect();
            let lower = own.to_lowercase();
            for word in AMERICAN_SPELLINGS {
                let at_word_start = lower.match_indices(word).any(|(i, _)| {
                    i == 0
                        || !lower[..i]
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphabetic)
                });
                if at_word_start {
                    found.push(format!("content/{name}:{}: {word}", n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "American spellings: {found:#?}");
}

#[test]
fn the_model_notes_name_each_case_as_the_page_does() {
    let notes = std::fs::read_to_string(manifest_dir().join("docs/MODEL.md")).unwrap();
    for preset in &PRESETS {
        assert!(
            notes.contains(&format!("| {}", preset.name)),
            "docs/MODEL.md's table names the case “{}” as the page does",
            preset.name
        );
    }
}

#[test]
fn the_kits_files_are_checked_as_the_content_is() {
    // The lesson names a case the explainer does not have.
    assert_eq!(
        faults_with_fixture("kit-unknown-case"),
        [
            r#"tests/fixtures/kit-unknown-case/teaching.toml.append: (file): questions for an unknown case "no-such-case""#
        ]
    );
    // A kit template with a placeholder the code does not fill.
    assert_eq!(
        faults_with_fixture("kit-placeholder"),
        [
            r#"tests/fixtures/kit-placeholder/kit.toml: (file): field "handout_score" uses unknown placeholder {points} (allowed: {score})"#,
            r#"tests/fixtures/kit-placeholder/kit.toml: (file): field "handout_score" must name {score}"#,
        ]
    );
}
