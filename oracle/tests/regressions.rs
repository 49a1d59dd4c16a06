//! Replays every case under corpus/regressions/ through every campaign check.

mod common;

use janus_oracle::campaign::check_signature;

#[test]
fn every_regression_case_passes() {
    let files = common::regression_files();
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let sig = match janus_backend::parse_func_type(&text) {
            Ok(sig) => sig,
            Err(e) => {
                failures.push(format!("{}:{e}", f.display()));
                continue;
            }
        };
        if let Err((check, detail)) = check_signature(&sig) {
            failures.push(format!("{}: [{}] {detail}", f.display(), check.name()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    eprintln!("{} regression cases pass", files.len());
}

/// Module findings (`*.jir`) replay through `janus run` in all four
/// runtime modes.
#[test]
fn every_regression_module_agrees() {
    let dir = common::repo().join("corpus/regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jir"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let opts = janus_oracle::run::RunOptions {
            modes: janus_oracle::exec::RuntimeMode::ALL.to_vec(),
            ..Default::default()
        };
        match janus_oracle::run::run_text(&text, &opts) {
            Ok(v) if v.all_agree() => {}
            Ok(v) => failures.push(v.report(&f.display().to_string())),
            Err(e) => failures.push(e.in_file(&f.display().to_string())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
