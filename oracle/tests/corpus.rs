//! Replays every module under corpus/modules/: each `run` line must agree
//! across the interpreter and both entries.

mod common;

use janus_oracle::exec::RuntimeMode;
use janus_oracle::run::{run_text, RunOptions};
use janus_oracle::runtime::StackMode;

#[test]
fn every_corpus_module_agrees() {
    replay(RuntimeMode::default());
}

/// The stack moves at every function entry: every pointer into the stack
/// must be found through the stack maps and adjusted.
#[test]
fn every_corpus_module_agrees_when_the_stack_moves_at_every_entry() {
    replay(RuntimeMode {
        stack: StackMode::MoveEveryEntry,
        gc_every_safepoint: false,
    });
}

/// The collector moves every reachable object at every safepoint.
#[test]
fn every_corpus_module_agrees_when_collecting_at_every_safepoint() {
    replay(RuntimeMode {
        stack: StackMode::Grow,
        gc_every_safepoint: true,
    });
}

/// Both at once.
#[test]
fn every_corpus_module_agrees_with_stack_moves_and_collections_everywhere() {
    replay(RuntimeMode {
        stack: StackMode::MoveEveryEntry,
        gc_every_safepoint: true,
    });
}

fn replay(mode: RuntimeMode) {
    let dir = common::repo().join("corpus/modules");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jir"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no modules in {}", dir.display());
    let mut failures = Vec::new();
    let mut runs = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let opts = RunOptions {
            modes: vec![mode],
            ..RunOptions::default()
        };
        match run_text(&text, &opts) {
            Ok(v) => {
                runs += v.runs.len();
                if !v.all_agree() {
                    failures.push(v.report(&f.display().to_string()));
                }
            }
            Err(e) => failures.push(e.in_file(&f.display().to_string())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} modules fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    eprintln!("{} modules, {runs} runs agree", files.len());
}
