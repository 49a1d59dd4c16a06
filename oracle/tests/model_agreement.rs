//! The backend's ABI assignment and the oracle's independent model agree,
//! for ABIInternal and ABI0, on random signatures.

use janus_backend::AbiLayout;
use janus_backend::RegConfig;
use janus_oracle::check::abi::compare_both;
use janus_oracle::gen::{seeded, sig::gen_func_type, sig::SigKnobs, strategy};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn backend_and_model_agree(sig in strategy::func_type(24, 10)) {
        let r = compare_both(&sig);
        prop_assert!(r.is_ok(), "{}: {}", sig, r.unwrap_err());
    }
}

/// A seeded sweep with the campaign generator (default and stress knobs):
/// many more cases than proptest runs, in well under a second.
#[test]
fn backend_and_model_agree_on_generated_signatures() {
    for (knobs, n) in [
        (SigKnobs::default(), 20_000u64),
        (SigKnobs::stress(), 2_000),
    ] {
        for seed in 0..n {
            let sig = gen_func_type(&mut seeded(seed), &knobs);
            if let Err(e) = compare_both(&sig) {
                panic!("seed {seed} ({knobs:?}): {sig}: {e}");
            }
            // The dump's predicted length is its length.
            let l = AbiLayout::analyze(&sig, RegConfig::ABI_INTERNAL).unwrap();
            assert_eq!(l.dump_len(), l.dump().len() as u64, "{sig}");
        }
    }
}

/// The proptest strategy reaches both register limits (so the property
/// above is exercised where it matters).
#[test]
fn the_strategy_crosses_both_register_limits() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = strategy::func_type(24, 10);
    let (mut int_full, mut float_full) = (0, 0);
    for _ in 0..512 {
        let sig = strategy.new_tree(&mut runner).unwrap().current();
        let l = AbiLayout::analyze(&sig, RegConfig::ABI_INTERNAL).unwrap();
        let regs: Vec<_> = l.params.iter().flat_map(|p| p.regs()).collect();
        int_full += regs.contains(&janus_backend::Reg::Int(8)) as u32;
        float_full += regs.contains(&janus_backend::Reg::Float(14)) as u32;
    }
    assert!(
        int_full > 50 && float_full > 50,
        "9th int reg {int_full}/512, 15th float reg {float_full}/512"
    );
}
