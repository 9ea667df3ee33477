//! Pre-renders the explainer into the built site, so it reads before and without WebAssembly.
//! Run by Trunk after each build (a `post_build` hook in Trunk.toml), on the build machine, in
//! `$TRUNK_STAGING_DIR` (or the folder given as the first argument):
//!
//! - `index.html`: `<main id="app">` filled with the first view, and the oEmbed discovery link;
//! - `case-<id>.html` for every case: the same page with the case applied, its own title,
//!   description and share card, and `<html data-case>` so the app opens on it;
//! - `oembed.json` and `oembed-<id>.json`: the oEmbed answers (compact, responsive embed code);
//! - `img/scenario-<bits>.svg` for each of the 256 scenarios, `img/case-<id>.svg` for each
//!   case and `img/share.svg`, the explainer's own share card: the cards, which
//!   `scripts/postbuild.mjs` turns into PNG files;
//! - the classroom kit's pages (`src/site/kit/`): `teachers.html`, `model.html`,
//!   `accessibility.html`, `compare.html`, and a one-page handout per scenario and per case in
//!   `handout/`.
//!
//! With `EXPLAINER_CONTACT` set (an email or web address), the accessibility page gives it as
//! the place to report a problem.
//!
//! With `EXPLAINER_PUBLIC_URL` set (see docs/EMBED.md), the oEmbed answers use absolute
//! addresses; without it, addresses relative to the explainer's folder.

use std::process::ExitCode;
use std::{env, fs};

use explainer::content::{PRESETS, Preset};
use explainer::model::Scenario;
use explainer::paths::scenario_image;
use explainer::site::meta::{self, PageMeta};
use explainer::site::{fill, options};

fn main() -> ExitCode {
    let dir = env::args()
        .nth(1)
        .or_else(|| env::var("TRUNK_STAGING_DIR").ok());
    let Some(dir) = dir else {
        eprintln!("prerender: give the built folder, or run from Trunk (TRUNK_STAGING_DIR unset)");
        return ExitCode::FAILURE;
    };
    match run(&dir) {
        Ok(pages) => {
            println!(
                "prerender: {pages} pages, their oEmbed answers, 265 cards and the classroom kit"
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &str) -> Result<usize, String> {
    let base = options::public_url();
    let index = format!("{dir}/index.html");
    let shell = fs::read_to_string(&index).map_err(|e| format!("cannot read {index}: {e}"))?;
    let write = |path: String, text: &[u8]| {
        fs::write(&path, text).map_err(|e| format!("cannot write {path}: {e}"))
    };
    let page = |case: Option<&'static Preset>, meta: &PageMeta| -> Result<String, String> {
        let html = fill::tidy(&fill::case_view(case));
        fill::check_regions(&html)?;
        let filled = fill::fill(&shell, &html)?;
        meta::with_meta(&filled, meta, case, &base)
    };

    let main = PageMeta::main();
    write(index.clone(), page(None, &main)?.as_bytes())?;
    write(
        format!("{dir}/{}", main.oembed),
        main.oembed(&base).as_bytes(),
    )?;
    for case in PRESETS.iter() {
        let meta = PageMeta::case(case);
        let html = page(Some(case), &meta).map_err(|e| format!("{}: {e}", meta.path))?;
        write(format!("{dir}/{}", meta.path), html.as_bytes())?;
        write(
            format!("{dir}/{}", meta.oembed),
            meta.oembed(&base).as_bytes(),
        )?;
    }

    let img = format!("{dir}/img");
    fs::create_dir_all(&img).map_err(|e| format!("cannot create {img}: {e}"))?;
    let svg_path = |png: String| format!("{dir}/{}", png.replace(".png", ".svg"));
    for scenario in Scenario::every() {
        let card = explainer::site::card::svg(scenario, None)
            .map_err(|e| format!("the card of {}: {e}", scenario_image(scenario)))?;
        write(svg_path(scenario_image(scenario)), card.as_bytes())?;
    }
    for case in PRESETS.iter() {
        let card = explainer::site::card::svg(case.scenario, Some(case))
            .map_err(|e| format!("the card of {}: {e}", case.id))?;
        write(
            svg_path(explainer::paths::case_image(case.id)),
            card.as_bytes(),
        )?;
    }
    let share = explainer::site::card::share_svg().map_err(|e| format!("the share card: {e}"))?;
    write(format!("{img}/share.svg"), share.as_bytes())?;
    write_kit(dir, &shell)?;
    Ok(1 + PRESETS.len())
}

/// The classroom kit's pages (`src/site/kit/`).
fn write_kit(dir: &str, shell: &str) -> Result<(), String> {
    use explainer::site::kit::{self, KitPage};
    let favicon = favicon(shell).ok_or("index.html links no favicon-<hash>.svg")?;
    let contact = options::contact();
    let mut pages: Vec<KitPage> = vec![
        kit::model_notes::page(),
        kit::glossary::page(explainer::content::kit::glossary()),
        kit::accessibility::page(explainer::content::kit::accessibility(), contact.as_deref()),
    ];
    // The teachers' pages, in an edition whose teaching.toml is translated; the others link to
    // the English edition's (`content/languages.toml`).
    if explainer::content::TEACHING_TRANSLATED {
        pages.push(kit::teachers::page(explainer::content::kit::teaching()));
        pages.push(kit::compare::page());
        for scenario in Scenario::every() {
            let verdict = explainer::model::assess(scenario);
            pages.push(kit::handout::page(scenario, verdict, None));
        }
        for case in PRESETS.iter() {
            let verdict = explainer::model::assess(case.scenario);
            pages.push(kit::handout::page(case.scenario, verdict, Some(case)));
        }
    }
    if pages.iter().any(|p| p.path.starts_with("handout/")) {
        fs::create_dir_all(format!("{dir}/handout"))
            .map_err(|e| format!("cannot create {dir}/handout: {e}"))?;
    }
    for page in &pages {
        let path = format!("{dir}/{}", page.path);
        fs::write(&path, page.document(&favicon))
            .map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    Ok(())
}

/// The explainer's icon as Trunk named it (`favicon-<hash>.svg`), from the built page.
fn favicon(shell: &str) -> Option<String> {
    let start = shell.find("favicon-")?;
    let end = start + shell[start..].find(".svg")? + 4;
    Some(shell[start..end].to_string())
}
