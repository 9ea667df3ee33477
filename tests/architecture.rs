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
        rust_files(&src.join("site/page")),
        // The kit's pages; its `mod.rs` holds the functions that fill the kit's words, tested
        // natively there.
        rust_files(&src.join("site/kit"))
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

/// The module a file belongs to, for the dependency graph: a top-level module of `src/`, or a
/// module of `src/site/` (the build machine's code is several modules with their own order).
fn module_of(path: &Path, src: &Path) -> Option<String> {
    let parts: Vec<String> = path
        .strip_prefix(src)
        .ok()?
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    match parts.as_slice() {
        [first, ..] if first == "bin" || first == "lib" || first == "main" => None,
        [site, sub, ..] if site == "site" && sub != "mod" => Some(format!("site::{sub}")),
        [first, ..] => Some(first.clone()),
        [] => None,
    }
}

/// The modules `code` uses (`crate::name` or `crate::site::name`), outside comments.
fn uses(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let name = if name == "site" {
                let sub: String = rest["site::".len().min(rest.len())..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                format!("site::{sub}")
            } else {
                name
            };
            found.push(name);
        }
    }
    found
}

/// No two modules use each other, however indirectly: each can be read knowing only the
/// modules below it (`src/lib.rs` lists the order).
#[test]
fn no_module_depends_on_itself_through_others() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut edges: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for path in rust_files(&src) {
        let Some(from) = module_of(&path, &src) else {
            continue;
        };
        let code = std::fs::read_to_string(&path).unwrap();
        // `super::` inside a module's own folder stays in the module; `use super::*` in a
        // test module does too.
        for to in uses(&code) {
            if to != from && !to.is_empty() && to != "site::" {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    assert!(edges.len() > 10, "the modules were not found: {edges:?}");
    // Depth-first search for a path back to where it started.
    fn cycle(
        edges: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        let last = path.last().unwrap().clone();
        for next in edges.get(&last).into_iter().flatten() {
            if next == &path[0] {
                let mut found = path.clone();
                found.push(next.clone());
                return Some(found);
            }
            if !path.contains(next) && next > &path[0] {
                path.push(next.clone());
                if let Some(found) = cycle(edges, path) {
                    return Some(found);
                }
                path.pop();
            }
        }
        None
    }
    let cycles: Vec<String> = edges
        .keys()
        .filter_map(|start| cycle(&edges, &mut vec![start.clone()]))
        .map(|c| c.join(" → "))
        .collect();
    assert!(
        cycles.is_empty(),
        "modules that depend on themselves: {cycles:#?}"
    );
}

/// The stylesheets are ASCII outside their comments: given a character beyond it, Sass starts
/// the compressed stylesheet with a byte-order mark, which voids its first rule (the palette),
/// and every colour with it. Write such a character as content, or draw it; an escape of one
/// (`"\201C"`) is the same character once compiled.
#[test]
fn the_stylesheets_are_ascii_outside_comments() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut in_block = false;
        for (n, line) in text.lines().enumerate() {
            let mut code = String::new();
            let mut rest = line;
            loop {
                if in_block {
                    match rest.find("*/") {
                        Some(end) => {
                            in_block = false;
                            rest = &rest[end + 2..];
                        }
                        None => break,
                    }
                } else {
                    let block = rest.find("/*");
                    let line_comment = rest.find("//");
                    match (block, line_comment) {
                        (Some(b), l) if l.is_none_or(|l| b < l) => {
                            code.push_str(&rest[..b]);
                            in_block = true;
                            rest = &rest[b + 2..];
                        }
                        (_, Some(l)) => {
                            code.push_str(&rest[..l]);
                            break;
                        }
                        _ => {
                            code.push_str(rest);
                            break;
                        }
                    }
                }
            }
            // A CSS escape such as "\201C" is ASCII here but the character itself in Sass's
            // output: the same fault.
            let escaped = code.split('\\').skip(1).any(|rest| {
                let hex: String = rest
                    .chars()
                    .take_while(char::is_ascii_hexdigit)
                    .take(6)
                    .collect();
                u32::from_str_radix(&hex, 16).is_ok_and(|c| c > 0x7f)
            });
            if !code.is_ascii() || escaped {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "non-ASCII outside comments: {found:#?}");
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
