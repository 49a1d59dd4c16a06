//! Generated modules through the whole pipeline: compiled, run through both
//! entries under the emulator, and compared with the interpreter.

use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;
use janus_oracle::run::{run_module, RunOptions};

fn check_seeds(seeds: std::ops::Range<u64>, knobs: &ModuleKnobs) {
    let mut failures = Vec::new();
    for seed in seeds {
        let m = gen_module(&mut seeded(seed), knobs);
        match run_module(&m, &RunOptions::default()) {
            Ok(v) if v.all_agree() => {}
            Ok(v) => failures.push(format!("seed {seed}:\n{}\n{m}", v.report("generated"))),
            Err(e) => failures.push(format!("seed {seed}: bad input: {e}\n{m}")),
        }
        if failures.len() >= 3 {
            break;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn generated_modules_agree_everywhere() {
    let n: u64 = std::env::var("JANUS_DIFF_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(150);
    check_seeds(0..n, &ModuleKnobs::default());
}

/// Many parameters and results (beyond both register files), more
/// operations: register pressure and stack arguments everywhere.
#[test]
fn large_generated_modules_agree_everywhere() {
    let n: u64 = std::env::var("JANUS_DIFF_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let knobs = ModuleKnobs {
        sig: janus_oracle::gen::sig::SigKnobs::stress(),
        max_ops: 60,
        ..ModuleKnobs::default()
    };
    check_seeds(1_000_000..1_000_000 + n, &knobs);
}

/// The same with the stack moving at every entry and the collector running
/// at every safepoint.
#[test]
fn generated_modules_agree_with_the_runtime_moving_everything() {
    let n: u64 = std::env::var("JANUS_DIFF_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let opts = RunOptions {
        modes: vec![janus_oracle::exec::RuntimeMode {
            stack: janus_oracle::runtime::StackMode::MoveEveryEntry,
            gc_every_safepoint: true,
        }],
        ..RunOptions::default()
    };
    let mut failures = Vec::new();
    for seed in 2_000_000..2_000_000 + n {
        let m = gen_module(&mut seeded(seed), &ModuleKnobs::default());
        match run_module(&m, &opts) {
            Ok(v) if v.all_agree() => {}
            Ok(v) => failures.push(format!("seed {seed}:\n{}\n{m}", v.report("generated"))),
            Err(e) => failures.push(format!("seed {seed}: bad input: {e}\n{m}")),
        }
        if failures.len() >= 3 {
            break;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
