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
