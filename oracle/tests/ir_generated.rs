//! Generated modules: they verify, print and parse back to themselves
//! (the IR round-trip property), and the interpreter runs every `run` line
//! without blaming the program.

use janus_backend::ir::{parse_module, verify_module, Module};
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;
use janus_oracle::inputs::materialize_in;
use janus_oracle::interp::{self, InterpError, Limits};
use proptest::prelude::*;

fn generated(seed: u64) -> Module {
    gen_module(&mut seeded(seed), &ModuleKnobs::default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// parse(print(m)) == m, and m verifies.
    #[test]
    fn print_then_parse_is_identity(seed in any::<u64>()) {
        let m = generated(seed);
        let r = verify_module(&m);
        prop_assert!(r.is_ok(), "{}\n{}", r.unwrap_err(), m);
        let text = m.to_string();
        let back = parse_module(&text);
        prop_assert!(back.is_ok(), "{}\n{}", back.unwrap_err(), text);
        prop_assert_eq!(back.unwrap(), m);
    }
}

#[test]
fn the_interpreter_runs_generated_modules() {
    let (mut returned, mut panicked) = (0, 0);
    for seed in 0..400 {
        let m = generated(seed);
        verify_module(&m).unwrap_or_else(|e| panic!("seed {seed}: {e}\n{m}"));
        for r in &m.runs {
            let f = m.function(&r.func).unwrap();
            let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
            let input = materialize_in(&m.functions, &types, &r.args)
                .unwrap_or_else(|e| panic!("seed {seed}: {e}\n{m}"));
            match interp::run(&m, &r.func, &input, Limits::default()) {
                Ok(run) => match run.outcome {
                    interp::Outcome::Returned(_) => returned += 1,
                    interp::Outcome::Panic(_) => panicked += 1,
                    // Generated modules recurse a few calls deep.
                    interp::Outcome::StackOverflow => {
                        panic!("seed {seed}: a generated module overflowed\n{m}")
                    }
                },
                Err(InterpError::Invalid { function, message }) => {
                    panic!("seed {seed}: the generated program is invalid: in {function}: {message}\n{m}")
                }
                Err(e) => panic!("seed {seed}: {e}\n{m}"),
            }
        }
    }
    assert!(returned > 1000, "{returned} runs returned");
    assert!(panicked > 0, "some runs divide by zero");
}

#[test]
#[ignore = "prints a sample; run with --ignored --nocapture"]
fn show_a_generated_module() {
    println!(
        "{}",
        generated(
            std::env::var("SEED")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(7)
        )
    );
}
