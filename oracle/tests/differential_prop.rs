//! The differential property under proptest: any module the generator
//! makes from any choice sequence, run in any runtime mode, agrees across
//! the interpreter and both entries, through every check (results, memory,
//! promises, canaries, callee arguments, stack maps, runtime).
//!
//! The generator draws its choices from bytes (`arbitrary::Unstructured`,
//! where 0 is always the smallest option), so shrinking the bytes shrinks
//! the module: a failure is reported as a small module, printed in full,
//! and proptest keeps its seed in `differential_prop.proptest-regressions`.
//!
//! 128 cases by default; `PROPTEST_CASES=N cargo test --test
//! differential_prop` runs more.

use arbitrary::Unstructured;
use janus_oracle::campaign::{campaign_options, mode_of};
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::run::run_module;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(128)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_modules_agree(
        bytes in prop::collection::vec(any::<u8>(), 0..3000),
        mode in 0u64..4,
    ) {
        let m = gen_module(&mut Unstructured::new(&bytes), &ModuleKnobs::default());
        let opts = campaign_options(&[mode_of(mode)]);
        match run_module(&m, &opts) {
            Ok(v) => prop_assert!(v.all_agree(), "{}\n{m}", v.report("generated")),
            Err(e) => prop_assert!(false, "generated module rejected: {e}\n{m}"),
        }
    }
}
