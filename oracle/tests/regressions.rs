//! Replays every case under corpus/regressions/ through every campaign check.

use janus_oracle::campaign::check_signature;
use std::path::PathBuf;

#[test]
fn every_regression_case_passes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sig"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no cases in {}", dir.display());
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
