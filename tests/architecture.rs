//! The shape the code keeps: data flows one way, URL → state → model → words → view, so no view
//! scores a scenario or fills a text template itself (`state` and `content` do, tested natively).

use std::path::Path;

#[test]
fn no_view_calls_the_model_or_fills_a_template() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
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
