//! The backend's optimiser (`janus_backend::opt`) against the reference
//! interpreter: a module and its optimised form, both interpreted, give
//! the same outcome (results or panic) and leave the run's input objects
//! the same, on every run line of every corpus module and of generated
//! modules (proptest over the generator's choice bytes), and the optimised
//! form verifies.
//!
//! The campaign checks optimised code end to end, but through the code
//! generator too; this check sees the optimiser alone, with the
//! interpreter as the judge (which shares no code with it), so a wrong
//! rewrite is reported as the smallest module that shows it.
//!
//! 128 generated cases by default; `PROPTEST_CASES=N` runs more.

use arbitrary::Unstructured;
use janus_backend::ir::{verify_module, Module};
use janus_backend::opt::optimize_module;
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::inputs::materialize_in;
use janus_oracle::interp::{self, Limits};
use proptest::prelude::*;
use std::path::Path;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(128)
}

/// Every run line of `m`, interpreted as written and optimised: the
/// first difference, if any.
fn difference(m: &Module) -> Option<String> {
    let o = optimize_module(m);
    if let Err(e) = verify_module(&o) {
        return Some(format!("the optimised module does not verify: {e}\n{o}"));
    }
    let limits = Limits::default();
    for (k, r) in m.runs.iter().enumerate() {
        let f = m
            .function(&r.func)
            .expect("a verified run line names a function");
        let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
        let run = |module: &Module| {
            let input = materialize_in(&module.functions, &types, &r.args).expect("run line input");
            interp::run(module, &r.func, &input, limits)
        };
        let (a, b) = (run(m), run(&o));
        let (a, b) = match (a, b) {
            (Ok(a), Ok(b)) => (a, b),
            // A run that exhausts its fuel as written says nothing.
            (Err(interp::InterpError::OutOfFuel), _) => continue,
            (a, b) => {
                return Some(format!(
                    "{}: as written {:?}, optimised {:?}\n{o}",
                    m.run_label(k),
                    a.map(|r| r.outcome),
                    b.map(|r| r.outcome)
                ))
            }
        };
        let show = |r: &interp::Run| format!("{:?} objects {:?}", r.outcome, r.objects);
        if !same_run(&a, &b) {
            return Some(format!(
                "{}: as written {}\noptimised {}\n{o}",
                m.run_label(k),
                show(&a),
                show(&b)
            ));
        }
    }
    None
}

/// Whether two interpreted runs agree: the same outcome and input objects
/// afterwards, with objects the run made paired, not numbered
/// (`janus_oracle::made`: the optimiser keeps an `alloc` whose address
/// never escapes on the stack, so later objects are numbered lower).
fn same_run(a: &interp::Run, b: &interp::Run) -> bool {
    use interp::Outcome;
    let mut made = janus_oracle::made::MadeObjects::new(a.objects.len());
    let outcome = match (&a.outcome, &b.outcome) {
        (Outcome::Returned(x), Outcome::Returned(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| made.same_leaf(p, q))
        }
        (x, y) => x == y,
    };
    outcome
        && a.objects.len() == b.objects.len()
        && a.objects.iter().zip(&b.objects).all(|(x, y)| {
            x.bytes.len() == y.bytes.len()
                && x.pointers.len() == y.pointers.len()
                && x.pointers
                    .iter()
                    .zip(&y.pointers)
                    .all(|((o, p), (k, q))| o == k && made.same_pointer(*p, *q))
                && (0..x.bytes.len()).all(|i| {
                    x.pointers
                        .range(..=i as u64)
                        .next_back()
                        .is_some_and(|(o, _)| (i as u64) < o + 8)
                        || x.bytes[i] == y.bytes[i]
                })
        })
}

#[test]
fn corpus_modules_mean_the_same_optimised() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/modules");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/modules")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jir"))
        .collect();
    files.sort();
    assert!(files.len() > 50, "{} corpus modules", files.len());
    for p in files {
        let text = std::fs::read_to_string(&p).expect("corpus module");
        let m = janus_oracle::run::load_module(&text).expect("corpus module loads");
        if let Some(d) = difference(&m) {
            panic!("{}: {d}", p.display());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_modules_mean_the_same_optimised(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        let m = gen_module(&mut Unstructured::new(&bytes), &ModuleKnobs::default());
        if let Some(d) = difference(&m) {
            prop_assert!(false, "{d}\nas written:\n{m}");
        }
    }
}
