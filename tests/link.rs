#![cfg(not(target_arch = "wasm32"))]
//! Scenario state in the URL: a teacher's link opens the explainer where they left it, and
//! whatever else a link holds is ignored with a note instead of breaking the page.

use explainer::content::{self, PRESETS, Preset};
use explainer::link::{
    Embed, Ignored, Link, MAX_CHILD_ID_LEN, MAX_IGNORED, MAX_QUERY_BYTES, MAX_TEXT_CHARS,
    PageSettings, Param, Parsed, Theme, UrlState, embedded_version, format, format_on_case_page,
    from_host_message, parse, parse_on_case_page, version_param, with_passthrough,
};
use explainer::model::{Condition, Conditions, Context, ContextFactor, Scenario};
use proptest::prelude::*;

/// The step list as the UI builds it.
const STEPS: [&str; 11] = [
    "situation",
    "stakes",
    "conditions",
    "condition-alternative",
    "condition-concessions",
    "condition-victory",
    "condition-parity",
    "verdict",
    "way-out",
    "phase-2026",
    "history",
];

const VERDICT: usize = 7;

#[test]
fn these_tests_use_the_real_steps() {
    assert_eq!(explainer::story::step_ids(), STEPS);
    assert_eq!(STEPS[VERDICT], "verdict");
}

fn step(id: &str) -> usize {
    STEPS.iter().position(|s| *s == id).unwrap()
}

fn preset(id: &str) -> &'static Preset {
    content::preset(id).unwrap()
}

fn scenario(conditions: &[Condition], factors: &[ContextFactor]) -> Scenario {
    Scenario {
        conditions: conditions
            .iter()
            .fold(Conditions::NONE, |s, &c| s.with(c, true)),
        context: factors.iter().fold(Context::NONE, |s, &f| s.with(f, true)),
    }
}

fn with_scenario(scenario: Scenario) -> UrlState {
    UrlState::from(Link {
        scenario,
        ..Link::default()
    })
}

/// Parse, and check that nothing was ignored.
fn parse_clean(query: &str) -> UrlState {
    let parsed = parse(query, &STEPS);
    assert_eq!(parsed.ignored, [], "{query:?}");
    parsed.state
}

/// Checks every `Ignored` text is short and printable.
fn assert_texts_clean(ignored: &[Ignored]) {
    for item in ignored {
        let text = match item {
            Ignored::UnknownCondition(t)
            | Ignored::UnknownFactor(t)
            | Ignored::UnknownStep(t)
            | Ignored::UnknownPreset(t)
            | Ignored::BadValue { value: t, .. } => t,
            Ignored::TooLong { .. }
            | Ignored::Repeated(_)
            | Ignored::NotFromHost(_)
            | Ignored::More(_) => continue,
        };
        assert!(text.chars().count() <= MAX_TEXT_CHARS, "{text:?}");
        assert!(
            !text.chars().any(|c| c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')),
            "{text:?}"
        );
        assert_eq!(text.trim(), text);
    }
}

// Reading a teacher's link.

#[test]
fn the_default_state_is_the_empty_query() {
    assert_eq!(format(&UrlState::default(), &STEPS), "");
    for query in ["", "?", "&", "?&&&", "&&"] {
        assert_eq!(parse_clean(query), UrlState::default(), "{query:?}");
    }
}

#[test]
fn a_teachers_link_opens_the_verdict_with_two_conditions_and_verification() {
    let state = parse_clean("?on=concessions,parity&ctx=verification&step=verdict");
    assert_eq!(
        state,
        UrlState::from(Link {
            scenario: scenario(
                &[Condition::Concessions, Condition::Parity],
                &[ContextFactor::Verification]
            ),
            step: VERDICT,
            ..Link::default()
        })
    );
    assert_eq!(
        format(&state, &STEPS),
        "on=concessions,parity&ctx=verification&step=verdict"
    );
}

#[test]
fn format_writes_ids_in_the_models_order_and_every_parameter_in_a_fixed_order() {
    let state = UrlState {
        link: Link {
            scenario: scenario(
                &[
                    Condition::Parity,
                    Condition::NoBetterAlternative,
                    Condition::BothCanDeclareVictory,
                ],
                &[ContextFactor::Pressure, ContextFactor::Facilitation],
            ),
            step: step("phase-2026"),
            preset: None,
        },
        page: PageSettings {
            embed: Embed::Compact,
            hide_title: true,
            show_context: true,
            theme: Theme::Dark,
            child_id: Some("pym-0-ab12c".into()),
        },
    };
    assert_eq!(
        format(&state, &STEPS),
        "on=alternative,victory,parity&ctx=facilitation,pressure&step=phase-2026&embed=1&title=0&context=1&dark=on&childId=pym-0-ab12c"
    );
    let light = UrlState {
        page: PageSettings {
            theme: Theme::Light,
            ..PageSettings::default()
        },
        ..UrlState::default()
    };
    assert_eq!(format(&light, &STEPS), "dark=off");
    let all = with_scenario(scenario(&Condition::ALL, &ContextFactor::ALL));
    assert_eq!(
        format(&all, &STEPS),
        "on=alternative,concessions,victory,parity&ctx=verification,facilitation,calendar,pressure"
    );
}

#[test]
fn a_link_written_by_hand_is_read_leniently() {
    let concessions_parity =
        with_scenario(scenario(&[Condition::Concessions, Condition::Parity], &[]));
    for query in [
        "on=parity,concessions",
        "on=Parity,CONCESSIONS",
        "ON=parity,concessions",
        "on=parity,parity,concessions,concessions",
        "on=concessions%2Cparity",
        "on=concessions%2cparity",
        "on=concessions+parity",
        "on=concessions,+parity",
        "on=concessions,,parity,",
        "on=+concessions+,+parity+",
        "%6Fn=concessions,parity",
        "&&on=concessions,parity&",
        "?on=concessions,parity&ctx=",
        "on=concessions,parity&step=",
        "on=concessions,parity&preset=",
        "on=concessions,parity&childId=",
        "on=concessions,parity&dark=auto",
        "on=concessions,parity&embed=0",
    ] {
        assert_eq!(parse_clean(query), concessions_parity, "{query:?}");
    }
    assert_eq!(parse_clean("on="), UrlState::default());
    assert_eq!(parse_clean("on"), UrlState::default());
    assert_eq!(parse_clean("on=,,,"), UrlState::default());
}

#[test]
fn steps_are_named_by_id_or_by_position_from_one() {
    assert_eq!(parse_clean("step=verdict").link.step, VERDICT);
    assert_eq!(parse_clean("step=Way-Out").link.step, step("way-out"));
    assert_eq!(parse_clean("step=1").link.step, 0);
    assert_eq!(parse_clean("step=8").link.step, VERDICT);
    assert_eq!(parse_clean("step=11").link.step, 10);
    assert_eq!(parse_clean("step=situation").link.step, 0);
    // Always written as an id; the first step is the default and is not written.
    assert_eq!(format(&parse_clean("step=8"), &STEPS), "step=verdict");
    assert_eq!(format(&parse_clean("step=situation"), &STEPS), "");
}

#[test]
fn a_step_past_the_end_of_the_list_is_not_written() {
    let state = UrlState::from(Link {
        step: STEPS.len(),
        ..Link::default()
    });
    assert_eq!(format(&state, &STEPS), "");
    assert_eq!(format(&state, &[]), "");
}

#[test]
fn switches_take_a_name_alone_or_a_yes_no_word() {
    for query in [
        "embed",
        "embed=",
        "embed=1",
        "embed=true",
        "embed=YES",
        "embed=on",
    ] {
        assert_eq!(parse_clean(query).page.embed, Embed::Compact, "{query:?}");
    }
    for query in ["embed=0", "embed=false", "embed=no", "embed=off"] {
        assert_eq!(parse_clean(query).page.embed, Embed::Off, "{query:?}");
    }
    for query in ["embed=full", "embed=FULL", " embed = full "] {
        assert_eq!(parse_clean(query).page.embed, Embed::Full, "{query:?}");
    }
    for query in ["title=0", "title=off", "title=no", "title=false"] {
        assert!(parse_clean(query).page.hide_title, "{query:?}");
    }
    for query in ["title", "title=1", "title=on"] {
        assert!(!parse_clean(query).page.hide_title, "{query:?}");
    }
    for query in ["context", "context=1", "context=yes"] {
        assert!(parse_clean(query).page.show_context, "{query:?}");
    }
    assert!(!parse_clean("context=0").page.show_context);
    for (query, theme) in [
        ("dark", Theme::Dark),
        ("dark=on", Theme::Dark),
        ("dark=1", Theme::Dark),
        ("dark=off", Theme::Light),
        ("dark=0", Theme::Light),
        ("dark=auto", Theme::Auto),
        ("dark=AUTO", Theme::Auto),
    ] {
        assert_eq!(parse_clean(query).page.theme, theme, "{query:?}");
    }
}

#[test]
fn the_parameters_pym_appends_are_accepted_and_the_child_id_kept() {
    let state = parse_clean(
        "on=victory&embed=1&initialWidth=640&childId=pym-0-ab12c\
         &parentTitle=Iran%20talks%20%E2%80%94%20explainer&parentUrl=https%3A%2F%2Fexample.org%2Fnews%3Fa%3D1%26b%3D2",
    );
    assert_eq!(
        state,
        UrlState {
            link: Link {
                scenario: scenario(&[Condition::BothCanDeclareVictory], &[]),
                ..Link::default()
            },
            page: PageSettings {
                embed: Embed::Compact,
                child_id: Some("pym-0-ab12c".into()),
                ..PageSettings::default()
            },
        }
    );
    assert_eq!(
        format(&state, &STEPS),
        "on=victory&embed=1&childId=pym-0-ab12c"
    );
    let longest = "a".repeat(MAX_CHILD_ID_LEN);
    assert_eq!(
        parse_clean(&format!("childId={longest}")).page.child_id,
        Some(longest)
    );
    // Pym's names in another case are still Pym's.
    assert_eq!(
        parse_clean("initialwidth=1&PARENTURL=x"),
        UrlState::default()
    );
}

// Presets.

#[test]
fn a_preset_sets_its_switches_and_is_written_as_the_preset() {
    for preset in &PRESETS {
        let state = parse_clean(&format!("preset={}", preset.id));
        assert_eq!(state.link.scenario, preset.scenario, "{}", preset.id);
        assert_eq!(state.link.preset.map(|p| p.id), Some(preset.id));
        assert_eq!(format(&state, &STEPS), format!("preset={}", preset.id));
        let upper = parse_clean(&format!("preset={}", preset.id.to_uppercase()));
        assert_eq!(upper, state);
    }
}

#[test]
fn switching_anything_after_a_preset_writes_the_switches_instead() {
    let jcpoa = preset("jcpoa-2015");
    let changed = jcpoa.scenario.toggled(Condition::Parity.into());
    let state = UrlState::from(Link {
        scenario: changed,
        preset: Some(jcpoa),
        ..Link::default()
    });
    let query = format(&state, &STEPS);
    assert!(!query.contains("preset"), "{query}");
    assert_eq!(parse_clean(&query), with_scenario(changed));
}

#[test]
fn explicit_switches_replace_the_presets_and_drop_it() {
    let jcpoa = preset("jcpoa-2015");
    // `on` replaces the conditions only; the preset's context stays.
    let state = parse_clean("preset=jcpoa-2015&on=parity");
    assert_eq!(
        state,
        with_scenario(Scenario {
            conditions: Conditions::NONE.with(Condition::Parity, true),
            context: jcpoa.scenario.context,
        })
    );
    // The order of the parameters does not matter.
    assert_eq!(parse_clean("on=parity&preset=jcpoa-2015"), state);
    // `ctx` replaces the context only.
    let state = parse_clean("preset=jcpoa-2015&ctx=");
    assert_eq!(
        state,
        with_scenario(Scenario {
            conditions: jcpoa.scenario.conditions,
            context: Context::NONE,
        })
    );
    // `on=` with nothing is an explicit "no conditions".
    assert_eq!(
        parse_clean("preset=jcpoa-2015&on=")
            .link
            .scenario
            .conditions,
        Conditions::NONE
    );
}

#[test]
fn explicit_switches_that_agree_with_the_preset_keep_it() {
    let jcpoa = preset("jcpoa-2015");
    let on: Vec<_> = jcpoa
        .scenario
        .conditions
        .present()
        .map(|c| c.id())
        .collect();
    let ctx: Vec<_> = jcpoa.scenario.context.present().map(|f| f.id()).collect();
    let query = format!(
        "ctx={}&preset=jcpoa-2015&on={}",
        ctx.join(","),
        on.join(",")
    );
    let state = parse_clean(&query);
    assert_eq!(state.link.preset.map(|p| p.id), Some("jcpoa-2015"));
    assert_eq!(format(&state, &STEPS), "preset=jcpoa-2015");
}

// Round trips.

#[test]
fn every_state_round_trips_through_its_query() {
    let steps = [0, 1, VERDICT, STEPS.len() - 1];
    const EMBEDS: [(Embed, bool, bool); 5] = [
        (Embed::Off, false, false),
        (Embed::Compact, false, false),
        (Embed::Compact, true, true),
        (Embed::Full, false, false),
        (Embed::Full, true, false),
    ];
    let themes = [Theme::Auto, Theme::Light, Theme::Dark];
    let child_ids = [None, Some("pym-0-ab12c".to_string())];
    let mut presets: Vec<Option<&'static Preset>> = vec![None];
    presets.extend(PRESETS.iter().map(Some));
    let mut checked = 0;
    for scenario in Scenario::every() {
        for preset in &presets {
            // A preset is applied only while the scenario is its own: once per preset, not 256
            // times.
            if preset.is_some_and(|p| p.scenario != scenario) {
                continue;
            }
            for &step in &steps {
                for (embed, hide_title, show_context) in EMBEDS {
                    for theme in themes {
                        for child_id in &child_ids {
                            let state = UrlState {
                                link: Link {
                                    scenario,
                                    step,
                                    preset: *preset,
                                },
                                page: PageSettings {
                                    embed,
                                    hide_title,
                                    show_context,
                                    theme,
                                    child_id: child_id.clone(),
                                },
                            };
                            let query = format(&state, &STEPS);
                            let parsed = parse(&query, &STEPS);
                            assert_eq!(parsed.ignored, [], "{query:?}");
                            assert_eq!(parsed.state, state, "{query:?}");
                            assert_eq!(parse(&format!("?{query}"), &STEPS).state, state);
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, (256 + PRESETS.len()) * 4 * EMBEDS.len() * 3 * 2);
}

#[test]
fn queries_stay_short() {
    let everything = UrlState {
        link: Link {
            scenario: scenario(&Condition::ALL, &ContextFactor::ALL),
            step: step("condition-concessions"),
            preset: None,
        },
        page: PageSettings {
            embed: Embed::Compact,
            hide_title: true,
            show_context: true,
            theme: Theme::Light,
            child_id: Some("a".repeat(MAX_CHILD_ID_LEN)),
        },
    };
    assert!(format(&everything, &STEPS).len() < 250);
}

// What is ignored, item by item.

#[test]
fn each_kind_of_ignored_item() {
    let cases: Vec<(&str, Vec<Ignored>)> = vec![
        ("on=peace", vec![Ignored::UnknownCondition("peace".into())]),
        (
            "ctx=weather",
            vec![Ignored::UnknownFactor("weather".into())],
        ),
        (
            "step=epilogue",
            vec![Ignored::UnknownStep("epilogue".into())],
        ),
        ("step=0", vec![Ignored::UnknownStep("0".into())]),
        ("step=12", vec![Ignored::UnknownStep("12".into())]),
        (
            "preset=versailles-1919",
            vec![Ignored::UnknownPreset("versailles-1919".into())],
        ),
        (
            "embed=banana",
            vec![Ignored::BadValue {
                param: Param::Embed,
                value: "banana".into(),
            }],
        ),
        (
            "dark=maybe",
            vec![Ignored::BadValue {
                param: Param::Dark,
                value: "maybe".into(),
            }],
        ),
        (
            "childId=a.b",
            vec![Ignored::BadValue {
                param: Param::ChildId,
                value: "a.b".into(),
            }],
        ),
        (
            "step=verdict&step=history",
            vec![Ignored::Repeated(Param::Step)],
        ),
    ];
    for (query, expected) in cases {
        assert_eq!(parse(query, &STEPS).ignored, expected, "{query:?}");
    }
}

#[test]
fn the_first_of_a_repeated_parameter_wins() {
    let parsed = parse("on=parity&on=concessions&step=verdict&step=history", &STEPS);
    assert_eq!(
        parsed.state,
        UrlState::from(Link {
            scenario: scenario(&[Condition::Parity], &[]),
            step: VERDICT,
            ..Link::default()
        })
    );
    assert_eq!(
        parsed.ignored,
        [Ignored::Repeated(Param::On), Ignored::Repeated(Param::Step)]
    );
    // Even when the first one's value was bad.
    let parsed = parse("embed=banana&embed=1", &STEPS);
    assert_eq!(parsed.state.page.embed, Embed::Off);
    assert_eq!(
        parsed.ignored,
        [
            Ignored::BadValue {
                param: Param::Embed,
                value: "banana".into()
            },
            Ignored::Repeated(Param::Embed),
        ]
    );
    // Names in another case are the same parameter.
    let parsed = parse("on=parity&ON=victory", &STEPS);
    assert_eq!(parsed.ignored, [Ignored::Repeated(Param::On)]);
}

#[test]
fn an_overlong_query_is_read_up_to_the_limit() {
    let padding = format!("pad={}", "x".repeat(MAX_QUERY_BYTES));
    let query = format!("on=parity&{padding}&ctx=calendar");
    let parsed = parse(&query, &STEPS);
    assert_eq!(
        parsed.state,
        with_scenario(scenario(&[Condition::Parity], &[]))
    );
    assert_eq!(
        parsed.ignored,
        [Ignored::TooLong {
            length: query.len()
        }]
    );

    // The parameter that straddles the limit is dropped whole; those before it are read.
    let head = "on=parity&";
    let filler = format!(
        "initialWidth={}",
        "1".repeat(MAX_QUERY_BYTES - head.len() - 20)
    );
    let query = format!("{head}{filler}&ctx=calendar,facilitation");
    assert!(query.len() > MAX_QUERY_BYTES);
    let parsed = parse(&query, &STEPS);
    assert_eq!(
        parsed.state,
        with_scenario(scenario(&[Condition::Parity], &[]))
    );
    assert_eq!(
        parsed.ignored,
        [Ignored::TooLong {
            length: query.len()
        }]
    );

    // A query of exactly the limit is read whole, `?` not counted.
    let query = format!(
        "?ctx=calendar&initialWidth={}",
        "1".repeat(MAX_QUERY_BYTES - 26)
    );
    assert_eq!(query.len(), MAX_QUERY_BYTES + 1);
    assert_eq!(
        parse_clean(&query),
        with_scenario(scenario(&[], &[ContextFactor::Calendar]))
    );
    // A byte more and the last parameter is cut.
    let query = format!(
        "ctx=calendar&initialWidth={}",
        "1".repeat(MAX_QUERY_BYTES - 25)
    );
    let parsed = parse(&query, &STEPS);
    assert_eq!(
        parsed.state,
        with_scenario(scenario(&[], &[ContextFactor::Calendar]))
    );
    assert_eq!(
        parsed.ignored,
        [Ignored::TooLong {
            length: MAX_QUERY_BYTES + 1
        }]
    );

    // One long value with no `&` before the limit: nothing is read.
    let query = format!("on={}", "parity,".repeat(MAX_QUERY_BYTES));
    let parsed = parse(&query, &STEPS);
    assert_eq!(parsed.state, UrlState::default());
    assert_eq!(
        parsed.ignored,
        [Ignored::TooLong {
            length: query.len()
        }]
    );
}

#[test]
fn thousands_of_parameters_give_a_short_list_and_a_count() {
    let ids: Vec<String> = (0..400).map(|i| format!("p{i}")).collect();
    let tags: String = (0..1000).map(|i| format!("&utm_{i}=1")).collect();
    let query = format!("step=verdict&on={}{tags}", ids.join(","));
    let parsed = parse(&query, &STEPS);
    assert_eq!(parsed.state.link.step, VERDICT);
    assert_eq!(parsed.ignored.len(), MAX_IGNORED + 1);
    assert_eq!(
        parsed.ignored[0],
        Ignored::TooLong {
            length: query.len()
        }
    );
    assert_eq!(parsed.ignored[1], Ignored::UnknownCondition("p0".into()));
    assert_eq!(
        parsed.ignored[MAX_IGNORED - 1],
        Ignored::UnknownCondition("p6".into())
    );
    // The rest are counted.
    assert_eq!(
        parsed.ignored[MAX_IGNORED],
        Ignored::More(ids.len() - (MAX_IGNORED - 1))
    );
    // The tags that fit below the limit are kept, in order, and none is reported.
    assert!(parsed.passthrough.starts_with("utm_0=1&utm_1=1&"));
    assert!(parsed.passthrough.len() < MAX_QUERY_BYTES);
}

#[test]
fn tracking_tags_are_kept_quietly() {
    let query = "utm_source=newsletter&on=parity&utm_medium=email&utm_campaign=dec%202026&fbclid=IwAR0x&gclid=Cj0K&mc_eid=1&ref=home&v=2";
    let parsed = parse(query, &STEPS);
    assert_eq!(
        parsed.ignored,
        [],
        "no notice for parameters that are not ours"
    );
    assert!(parsed.state.link.scenario.conditions.has(Condition::Parity));
    assert_eq!(
        parsed.passthrough,
        "utm_source=newsletter&utm_medium=email&utm_campaign=dec%202026&fbclid=IwAR0x&gclid=Cj0K&mc_eid=1&ref=home&v=2",
        "kept as written, in order"
    );
    // The page writes its own state first, then the tags as they came.
    let address = with_passthrough(&format(&parsed.state, &STEPS), &parsed.passthrough);
    assert_eq!(
        address,
        format!("on=parity&{}", parsed.passthrough),
        "the address keeps the campaign"
    );
    assert_eq!(with_passthrough("", "utm_source=x"), "utm_source=x");
    assert_eq!(with_passthrough("on=parity", ""), "on=parity");
    // Reading the address again gives the same state and the same tags.
    let again = parse(&address, &STEPS);
    assert_eq!(again.state, parsed.state);
    assert_eq!(again.passthrough, parsed.passthrough);
    // Pym.js's own parameters are not kept, and a host page's message keeps nothing.
    assert_eq!(
        parse("initialWidth=375&parentUrl=x&utm_source=a", &STEPS).passthrough,
        "utm_source=a"
    );
    let host = from_host_message("on=parity&utm_source=a", &STEPS);
    assert_eq!(host.ignored, []);
    assert_eq!(host.passthrough, "");
    // A malformed value of one of the explainer's own parameters still gets its note.
    assert_eq!(
        parse("utm_source=a&on=peace", &STEPS).ignored,
        [Ignored::UnknownCondition("peace".into())]
    );
}

#[test]
fn the_same_ignored_item_is_listed_once() {
    let parsed = parse("x=1&x=2&on=peace,peace&ctx=peace&x", &STEPS);
    assert_eq!(parsed.passthrough, "x=1&x=2&x");
    assert_eq!(
        parsed.ignored,
        [
            Ignored::UnknownCondition("peace".into()),
            Ignored::UnknownFactor("peace".into()),
        ]
    );
}

/// Malformed and hostile queries: the good parts are kept, the bad ones give defaults and notes.
#[test]
fn malformed_and_hostile_queries() {
    let parity = || scenario(&[Condition::Parity], &[]);
    let cases: Vec<(String, UrlState, Vec<Ignored>)> = vec![
        (
            "on=parity,peace&ctx=verification,weather".into(),
            with_scenario(scenario(
                &[Condition::Parity],
                &[ContextFactor::Verification],
            )),
            vec![
                Ignored::UnknownCondition("peace".into()),
                Ignored::UnknownFactor("weather".into()),
            ],
        ),
        // A factor in the conditions' list is not a condition.
        (
            "on=verification".into(),
            UrlState::default(),
            vec![Ignored::UnknownCondition("verification".into())],
        ),
        // Markup and quotes are kept as text for the UI to show as text.
        (
            "<script>alert(1)</script>=1&on=parity".into(),
            with_scenario(parity()),
            vec![],
        ),
        (
            "on=%22parity%22,%3Cb%3E".into(),
            UrlState::default(),
            vec![
                Ignored::UnknownCondition("\"parity\"".into()),
                Ignored::UnknownCondition("<b>".into()),
            ],
        ),
        (
            "step=%27%3E%3Cimg%20src%3Dx%3E".into(),
            UrlState::default(),
            vec![Ignored::UnknownStep("'><img src=x>".into())],
        ),
        // NUL bytes and other control characters are removed from the note.
        (
            "on=parity%00&ctx=%0D%0Acalendar".into(),
            with_scenario(scenario(&[], &[ContextFactor::Calendar])),
            vec![Ignored::UnknownCondition("parity".into())],
        ),
        (
            "on=parity\0".into(),
            UrlState::default(),
            vec![Ignored::UnknownCondition("parity".into())],
        ),
        // Bidirectional overrides cannot reorder the note.
        (
            "preset=%E2%80%AEjcpoa%E2%80%AC".into(),
            UrlState::default(),
            vec![Ignored::UnknownPreset("jcpoa".into())],
        ),
        // Invalid percent-encoding is kept as written.
        (
            "on=par%zzity&step=%".into(),
            UrlState::default(),
            vec![
                Ignored::UnknownCondition("par%zzity".into()),
                Ignored::UnknownStep("%".into()),
            ],
        ),
        // Bytes that are not UTF-8 become U+FFFD.
        (
            "on=%FF%FEparity&ctx=verification".into(),
            with_scenario(scenario(&[], &[ContextFactor::Verification])),
            vec![Ignored::UnknownCondition("\u{FFFD}\u{FFFD}parity".into())],
        ),
        ("%C3%28=1".into(), UrlState::default(), vec![]),
        // An encoded `&` or `=` is part of the value, not a separator.
        (
            "on=parity%26ctx%3Dcalendar".into(),
            UrlState::default(),
            vec![Ignored::UnknownCondition("parity&ctx=calendar".into())],
        ),
        // Huge step numbers.
        (
            "step=99999999999999999999999999&on=parity".into(),
            with_scenario(parity()),
            vec![Ignored::UnknownStep("99999999999999999999999999".into())],
        ),
        (
            format!("step={}", "9".repeat(500)),
            UrlState::default(),
            vec![Ignored::UnknownStep(format!(
                "{}…",
                "9".repeat(MAX_TEXT_CHARS - 1)
            ))],
        ),
        (
            "step=-1".into(),
            UrlState::default(),
            vec![Ignored::UnknownStep("-1".into())],
        ),
        // Long names and values are cut short in the note.
        (
            format!("{}=1&on=parity", "n".repeat(1000)),
            with_scenario(parity()),
            vec![],
        ),
        // A child id with markup, too long, or with non-ASCII letters is refused.
        (
            "childId=%3Cscript%3E&embed=1".into(),
            UrlState {
                page: PageSettings {
                    embed: Embed::Compact,
                    ..PageSettings::default()
                },
                ..UrlState::default()
            },
            vec![Ignored::BadValue {
                param: Param::ChildId,
                value: "<script>".into(),
            }],
        ),
        (
            format!("childId={}", "c".repeat(MAX_CHILD_ID_LEN + 1)),
            UrlState::default(),
            vec![Ignored::BadValue {
                param: Param::ChildId,
                value: format!("{}…", "c".repeat(MAX_TEXT_CHARS - 1)),
            }],
        ),
        (
            "childId=%C3%A9t%C3%A9".into(),
            UrlState::default(),
            vec![Ignored::BadValue {
                param: Param::ChildId,
                value: "été".into(),
            }],
        ),
        // A name with no text left after cleaning, an empty name, a doubled `?`.
        (
            "%00=1&=parity&??on=parity".into(),
            UrlState::default(),
            vec![],
        ),
        // Only the first `=` separates name and value.
        (
            "step=verdict=history".into(),
            UrlState::default(),
            vec![Ignored::UnknownStep("verdict=history".into())],
        ),
        (
            "embed==1".into(),
            UrlState::default(),
            vec![Ignored::BadValue {
                param: Param::Embed,
                value: "=1".into(),
            }],
        ),
        // A fragment is not part of a query; if one is passed in, it is just an unknown value.
        (
            "step=verdict#top".into(),
            UrlState::default(),
            vec![Ignored::UnknownStep("verdict#top".into())],
        ),
        // Unicode look-alikes of ids are not the ids.
        (
            "on=p%D0%B0rity".into(),
            UrlState::default(),
            vec![Ignored::UnknownCondition("pаrity".into())],
        ),
        // A preset that is unknown leaves the explicit switches alone.
        (
            "preset=nope&on=parity".into(),
            with_scenario(parity()),
            vec![Ignored::UnknownPreset("nope".into())],
        ),
    ];
    for (query, state, ignored) in cases {
        let parsed = parse(&query, &STEPS);
        assert_eq!(parsed.state, state, "{query:?}");
        assert_eq!(parsed.ignored, ignored, "{query:?}");
        assert_texts_clean(&parsed.ignored);
    }
}

#[test]
fn an_empty_step_list_has_only_the_first_step() {
    let parsed = parse("step=verdict&on=parity", &[]);
    assert_eq!(parsed.state.link.step, 0);
    assert_eq!(parsed.ignored, [Ignored::UnknownStep("verdict".into())]);
    assert_eq!(
        parse("step=1", &[]).ignored,
        [Ignored::UnknownStep("1".into())]
    );
}

// Messages from a host page.

#[test]
fn a_host_sets_the_scenario_and_step_but_not_how_the_page_is_shown() {
    let parsed = from_host_message("preset=jcpoa-2015&step=verdict", &STEPS);
    assert_eq!(parsed.ignored, []);
    assert_eq!(
        parsed.state,
        Link {
            scenario: preset("jcpoa-2015").scenario,
            step: VERDICT,
            preset: Some(preset("jcpoa-2015")),
        }
    );

    // A message is a whole state: what it leaves out takes its default.
    let parsed = from_host_message("", &STEPS);
    assert_eq!(parsed.state, Link::default());

    // How the page is shown is the page's own: a host that names it gets a note, and the parse
    // gives only a link, nothing that could change it.
    let parsed = from_host_message(
        "?on=victory&embed=1&title=0&context=1&dark=off&childId=other&bogus=1",
        &STEPS,
    );
    assert_eq!(
        parsed.state,
        Link {
            scenario: scenario(&[Condition::BothCanDeclareVictory], &[]),
            ..Link::default()
        }
    );
    assert_eq!(
        parsed.ignored,
        [
            Ignored::NotFromHost(Param::Embed),
            Ignored::NotFromHost(Param::Title),
            Ignored::NotFromHost(Param::Context),
            Ignored::NotFromHost(Param::Dark),
            Ignored::NotFromHost(Param::ChildId),
        ]
    );
}

#[test]
fn a_host_message_is_checked_like_an_address() {
    for query in [
        "on=peace&step=epilogue",
        "<script>=1",
        "on=parity&on=victory",
        "%FF%00=%E2%80%AE",
    ] {
        let address = parse(query, &STEPS);
        let host = from_host_message(query, &STEPS);
        assert_eq!(host.state, address.state.link, "{query:?}");
        assert_eq!(host.ignored, address.ignored, "{query:?}");
    }
    let long = format!("on=parity&x={}", "x".repeat(MAX_QUERY_BYTES));
    assert_eq!(
        from_host_message(&long, &STEPS).ignored,
        [Ignored::TooLong { length: long.len() }]
    );
}

// Any input at all.

/// Pieces that make awkward queries: separators, escapes good and bad, ids, unicode, controls.
const PIECES: [&str; 36] = [
    "&",
    "=",
    "%",
    "+",
    ",",
    " ",
    "?",
    "#",
    "%2C",
    "%26",
    "%3D",
    "%2B",
    "%FF",
    "%00",
    "%E2%80%AE",
    "%C3",
    "\0",
    "\u{202E}",
    "é",
    "😀",
    "<script>",
    "\"",
    "on",
    "ctx",
    "step",
    "preset",
    "embed",
    "dark",
    "childId",
    "initialWidth",
    "parity",
    "Concessions",
    "verification",
    "verdict",
    "jcpoa-2015",
    "auto",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(&PIECES[..]).prop_map(String::from),
        1 => "[a-z0-9-]{0,12}",
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,8}",
        1 => "[\\x00-\\x1F\\x7F]{1,3}",
    ]
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            &[
                "on",
                "ctx",
                "step",
                "preset",
                "embed",
                "dark",
                "childId",
                "parentUrl"
            ][..]
        )
        .prop_map(String::from),
        prop::collection::vec(piece(), 0..3).prop_map(|p| p.concat()),
    ]
}

/// Values that are often good: a list of ids of any kind, or a switch word.
const VALUES: [&str; 16] = [
    "alternative",
    "concessions",
    "VICTORY",
    "parity",
    "verification",
    "facilitation",
    "calendar",
    "pressure",
    "verdict",
    "way-out",
    "jcpoa-2015",
    "libya-2003",
    "pym-0-ab12c",
    "1",
    "off",
    "auto",
];

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(&VALUES[..]), 0..5).prop_map(|v| v.join(",")),
        prop::collection::vec(piece(), 0..6).prop_map(|p| p.concat()),
    ]
}

fn pairs_query() -> impl Strategy<Value = String> {
    let pair = (name(), prop::option::of(value())).prop_map(|(name, value)| match value {
        Some(value) => format!("{name}={value}"),
        None => name,
    });
    (any::<bool>(), prop::collection::vec(pair, 0..12)).prop_map(|(question, pairs)| {
        format!("{}{}", if question { "?" } else { "" }, pairs.join("&"))
    })
}

/// Parsing never panics, cleans its notes, and its state round-trips with nothing ignored.
fn check_any(query: &str) -> Result<(), TestCaseError> {
    let Parsed { state, ignored, .. } = parse(query, &STEPS);
    assert_texts_clean(&ignored);
    prop_assert!(ignored.len() <= MAX_IGNORED + 1);
    prop_assert!(state.link.step < STEPS.len());
    prop_assert!(
        state
            .link
            .preset
            .is_none_or(|p| p.scenario == state.link.scenario)
    );
    let formatted = format(&state, &STEPS);
    let again = parse(&formatted, &STEPS);
    prop_assert_eq!(&again.ignored, &Vec::<Ignored>::new(), "{:?}", formatted);
    prop_assert_eq!(&again.state, &state, "{:?}", formatted);
    prop_assert_eq!(format(&again.state, &STEPS), formatted);
    let host = from_host_message(query, &STEPS);
    prop_assert_eq!(host.state, state.link);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_parses_and_round_trips(query in any::<String>()) {
        check_any(&query)?;
    }

    #[test]
    fn any_ascii_string_parses_and_round_trips(query in "[\\x00-\\x7F]{0,300}") {
        check_any(&query)?;
    }

    #[test]
    fn any_pairs_parse_and_round_trip(query in pairs_query()) {
        check_any(&query)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_long_string_parses_and_round_trips(
        query in prop::collection::vec(piece(), 0..1500).prop_map(|p| p.concat()),
    ) {
        check_any(&query)?;
    }
}

// A case's own page.

#[test]
fn a_case_page_opens_on_its_case_unless_the_query_names_a_scenario() {
    let case = preset("good-friday-1998");
    let parsed = parse_on_case_page("", &STEPS, case);
    assert_eq!(parsed.ignored, []);
    assert_eq!(parsed.state.link.preset.map(|p| p.id), Some(case.id));
    assert_eq!(parsed.state.link.scenario, case.scenario);
    let parsed = parse_on_case_page("step=verdict&embed=1", &STEPS, case);
    assert_eq!(parsed.state.link.preset.map(|p| p.id), Some(case.id));
    assert_eq!(parsed.state.link.step, VERDICT);
    for query in [
        "on=",
        "on=parity",
        "ctx=calendar",
        "preset=",
        "preset=jcpoa-2015",
    ] {
        let parsed = parse_on_case_page(query, &STEPS, case);
        assert_eq!(parsed.state, parse(query, &STEPS).state, "{query:?}");
    }
}

#[test]
fn a_case_page_writes_its_own_case_as_nothing_and_reads_every_state_back() {
    let case = preset("good-friday-1998");
    let on_case = UrlState::from(Link {
        scenario: case.scenario,
        preset: Some(case),
        ..Link::default()
    });
    assert_eq!(format_on_case_page(&on_case, &STEPS, case), "");
    assert_eq!(
        format_on_case_page(
            &UrlState::from(Link {
                step: VERDICT,
                ..on_case.link
            }),
            &STEPS,
            case
        ),
        "step=verdict"
    );
    assert_eq!(
        format_on_case_page(&UrlState::default(), &STEPS, case),
        "on="
    );
    let mut presets: Vec<Option<&'static Preset>> = vec![None];
    presets.extend(PRESETS.iter().map(Some));
    for scenario in Scenario::every() {
        for p in &presets {
            if p.is_some_and(|p| p.scenario != scenario) {
                continue;
            }
            for step in [0, VERDICT] {
                let state = UrlState::from(Link {
                    scenario,
                    step,
                    preset: *p,
                });
                let query = format_on_case_page(&state, &STEPS, case);
                let parsed = parse_on_case_page(&query, &STEPS, case);
                assert_eq!(parsed.ignored, [], "{query:?}");
                assert_eq!(parsed.state, state, "{query:?}");
            }
        }
    }
}

// How the page is shown, as `public/boot.js` shows it before the app starts.

/// The queries in `tests/page-settings.json` (the long ones built from their pieces), each with
/// the root classes and theme it should give.
fn page_setting_cases() -> Vec<(String, Vec<String>, Option<String>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/page-settings.json");
    let text = std::fs::read_to_string(path).unwrap();
    let table: serde_json::Value = serde_json::from_str(&text).unwrap();
    let piece = |piece: &serde_json::Value| match piece {
        serde_json::Value::Array(repeat) => repeat[0]
            .as_str()
            .unwrap()
            .repeat(repeat[1].as_u64().unwrap() as usize),
        text => text.as_str().unwrap().to_string(),
    };
    let cases = table["cases"].as_array().unwrap().iter();
    let long = table["long"]["cases"].as_array().unwrap().iter();
    cases
        .chain(long)
        .map(|case| {
            let query = match &case["query"] {
                serde_json::Value::Array(pieces) => pieces.iter().map(piece).collect(),
                text => piece(text),
            };
            let classes = case["classes"].as_array().unwrap();
            let classes = classes.iter().map(|c| c.as_str().unwrap().to_string());
            let theme = case["theme"].as_str().map(str::to_string);
            (query, classes.collect(), theme)
        })
        .collect()
}

#[test]
fn the_app_shows_the_page_as_boot_js_does_on_every_listed_query() {
    let cases = page_setting_cases();
    assert!(cases.len() >= 40, "{}", cases.len());
    for (query, classes, theme) in cases {
        let page = parse(&query, &STEPS).state.page;
        let mut shown: Vec<&str> = page.root_classes().collect();
        // An embed made under an older model version says so (public/boot.js alone marks it).
        let current = content::MODEL_VERSION_NUMBER;
        if page.embed.is_on() && embedded_version(&query, current) < current {
            shown.push("model-changed");
        }
        let short = &query[..query.len().min(60)];
        assert_eq!(shown, classes, "{short:?}");
        assert_eq!(page.theme_attribute(), theme.as_deref(), "{short:?}");
    }
}

// The model version an embed was made under (`v`).

#[test]
fn the_embed_version_is_read_by_its_own_rules() {
    let current = 5;
    let version = |query: &str| embedded_version(query, current);
    assert_eq!(version("?embed=1&v=1"), 1);
    assert_eq!(version("embed=1&v=4"), 4);
    assert_eq!(version("V=%32"), 2, "any ASCII case, decoded");
    assert_eq!(version("v=+3+"), 3, "spaces trimmed");
    assert_eq!(version("v=03"), 3);
    assert_eq!(version("v=1&v=4"), 1, "the first one wins");
    assert_eq!(
        version("v=x&v=2"),
        current,
        "the first one wins even when malformed"
    );
    for current_or_doubt in [
        "",
        "embed=1",
        "v",
        "v=",
        "v=0",
        "v=5",
        "v=6",
        "v=-1",
        "v=abc",
        "v=1.5",
        "v=1e0",
        "v=99999999999",
        "v=1,2",
        "v=%",
        "vv=1",
        "v=\u{FF11}",
    ] {
        assert_eq!(version(current_or_doubt), current, "{current_or_doubt:?}");
    }
    // Only the first 4096 bytes are read, as for every parameter.
    let padding = format!("x={}", "a".repeat(MAX_QUERY_BYTES));
    assert_eq!(version(&format!("{padding}&v=1")), current);
    assert_eq!(version(&format!("v=1&{padding}")), 1);
}

#[test]
fn the_embed_version_is_never_a_notice_nor_a_host_setting() {
    for query in ["embed=1&v=1", "v=banana", "v=1&v=2", "v=99999999999", "V=0"] {
        let parsed = parse(query, &STEPS);
        assert_eq!(parsed.ignored, [], "{query:?}");
    }
    let host = from_host_message("on=parity&v=1", &STEPS);
    assert_eq!(host.ignored, []);
    assert!(host.state.scenario.conditions.has(Condition::Parity));
}

#[test]
fn embed_codes_carry_the_current_model_version() {
    assert_eq!(
        version_param(content::MODEL_VERSION_NUMBER),
        format!("v={}", content::MODEL_VERSION)
    );
    let query = format!("embed=1&{}", version_param(content::MODEL_VERSION_NUMBER));
    assert_eq!(
        embedded_version(&query, content::MODEL_VERSION_NUMBER),
        content::MODEL_VERSION_NUMBER
    );
    assert_eq!(
        embedded_version(&query, content::MODEL_VERSION_NUMBER + 1),
        content::MODEL_VERSION_NUMBER,
        "an embed made today says so once the model changes"
    );
}
