//! The shape the code keeps: data flows one way, URL → state → model → words → view, so no view
//! scores a scenario or fills a text template itself (`state` and `content` do, tested natively).

use std::path::Path;

/// Every Rust file under `dir`, at any depth.
fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn no_view_calls_the_model_or_fills_a_template() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let views = [
        rust_files(&src.join("components")),
        rust_files(&src.join("page")),
        // The kit's pages; its `mod.rs` holds the kit's words and the functions that fill them,
        // tested natively there.
        rust_files(&src.join("kit"))
            .into_iter()
            .filter(|p| !p.ends_with("kit/mod.rs"))
            .collect(),
    ]
    .concat();
    assert!(views.len() > 10, "the views were not found: {views:?}");
    let mut found = Vec::new();
    for path in views {
        let code = std::fs::read_to_string(&path).unwrap();
        for (n, line) in code.lines().enumerate() {
            for pattern in [
                "assess(",
                "assess_each(",
                ".replace(\"{",
                "format!(\"{}. {}\"",
            ] {
                if line.contains(pattern) {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "views that compute: {found:#?}");
}

/// Each colour of the palettes is written once, in all the stylesheets: the dark palette is one
/// Sass mixin that both ways of choosing it (the reader's system setting, `?dark=on`) include,
/// so a change cannot reach one and miss the other, and the kit's pages use the same palette.
#[test]
fn no_colour_declaration_is_written_twice() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let mut css = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "scss") {
            css.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    let mut seen = std::collections::BTreeMap::new();
    for line in css.lines().map(str::trim) {
        if line.starts_with("--") && line.contains('#') {
            *seen.entry(line).or_insert(0) += 1;
        }
    }
    assert!(seen.len() > 30, "the palettes were not found");
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "written more than once: {twice:#?}");
}
