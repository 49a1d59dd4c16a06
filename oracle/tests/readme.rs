//! The README is a newcomer's first page: its two commands (and the line
//! above them that installs what they need) are the ones CI and
//! `tools/fresh-machine-check` run, and every page it or the docs link to
//! exists.

mod common;

use std::path::Path;

/// The shell lines between the `fresh-machine-check` markers, comments
/// and blank lines left out (as `tools/fresh-machine-check` extracts them).
fn readme_commands(readme: &str) -> Vec<String> {
    let (mut on, mut fence) = (false, false);
    let mut out = Vec::new();
    for line in readme.lines() {
        if line.contains("<!-- fresh-machine-check: begin -->") {
            on = true;
        } else if line.contains("<!-- fresh-machine-check: end -->") {
            on = false;
        } else if on && line.starts_with("```") {
            fence = !fence;
        } else if on && fence && !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            out.push(line.trim().to_string());
        }
    }
    out
}

#[test]
fn the_readme_gives_the_install_line_and_the_two_commands() {
    let root = common::repo();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert_eq!(
        readme_commands(&readme),
        [
            "tools/install-deps",
            "cargo run --release -p janus-oracle -- campaign",
            "cargo test --workspace",
        ]
    );
    // CI installs the same way and runs the same test command.
    let ci = std::fs::read_to_string(root.join(".ci/run")).unwrap();
    for line in ["tools/install-deps", "cargo test --workspace"] {
        assert!(
            ci.lines().any(|l| l.trim() == line),
            ".ci/run does not run `{line}`"
        );
    }
    assert!(root.join("tools/install-deps").is_file());
    assert!(root.join("tools/fresh-machine-check").is_file());
}

/// Relative links `](PATH)` or `](PATH#anchor)` in a Markdown file.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        let Some(end) = rest.find(')') else { break };
        let target = rest[..end].split('#').next().unwrap_or("");
        if !target.is_empty() && !target.contains("://") {
            out.push(target.to_string());
        }
        rest = &rest[end..];
    }
    out
}

#[test]
fn every_linked_page_exists() {
    let root = common::repo();
    let mut pages = vec![root.join("README.md")];
    for e in std::fs::read_dir(root.join("docs")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "md") {
            pages.push(p);
        }
    }
    let mut checked = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        let dir = page.parent().unwrap_or(Path::new("."));
        for target in links(&text) {
            assert!(
                dir.join(&target).exists(),
                "{}: link to {target}, which does not exist",
                page.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} links found");
}
