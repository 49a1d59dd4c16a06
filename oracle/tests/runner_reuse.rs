//! An [`EntryRunner`] in the machine's fast mode, reused for every run of a
//! module and reloaded from module to module, must give exactly what a
//! fresh machine in the precise mode gives for each run alone: outcome,
//! objects, promises, what the runtime did, traces and calls; also when
//! it switches runtime modes between runs on the code it translated once.
//! This is what lets campaigns reuse machines, and run every mode on one
//! translation.

use janus_backend::abi::Abi;
use janus_oracle::campaign::mode_of;
use janus_oracle::exec::{run_entry, EntryLimits, EntryRunner, RuntimeMode};
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;
use janus_oracle::inputs::{materialize, materialize_in};

const BUDGET: EntryLimits = EntryLimits {
    budget: 200_000_000,
    frames: janus_oracle::runtime::MAX_FRAMES,
};

#[test]
fn a_reused_fast_runner_matches_fresh_precise_machines() {
    let mut checked = 0;
    let mut shared: Option<EntryRunner> = None;
    for seed in 0..60u64 {
        let m = gen_module(&mut seeded(seed), &ModuleKnobs::default());
        let compiled = janus_backend::compile::compile_module(&m).unwrap();
        let types = janus_backend::compile::alloc_types(&m);
        let elf =
            janus_backend::object::write_object_with(&compiled, &types, &m.run_funcvals()).unwrap();
        let mode = mode_of(seed);
        // Half the modules on a machine of their own, in one mode; half on
        // one machine reloaded from module to module, each run in all four
        // modes in turn (starting from the one it was loaded in).
        let modes: Vec<RuntimeMode> = if seed % 2 == 0 {
            vec![mode]
        } else {
            (0..4).map(|i| mode_of(seed + i)).collect()
        };
        let mut own;
        let fast = if seed % 2 == 0 {
            own = EntryRunner::new(&elf, mode, false).unwrap();
            &mut own
        } else {
            match &mut shared {
                Some(r) => {
                    EntryRunner::reload(r, &elf, mode).unwrap();
                    r
                }
                None => shared.insert(EntryRunner::new(&elf, mode, false).unwrap()),
            }
        };
        for r in &m.runs {
            let f = m.function(&r.func).unwrap();
            let tys: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
            let input = materialize_in(&m.functions, &tys, &r.args).unwrap();
            for (abi, &mode) in [Abi::Internal, Abi::Abi0]
                .into_iter()
                .flat_map(|abi| modes.iter().map(move |m| (abi, m)))
            {
                fast.set_mode(mode);
                let fresh = run_entry(&elf, f, abi, &input, BUDGET, mode).unwrap();
                let mut reused = fast.run(f, abi, &input, BUDGET).unwrap();
                // Blocks, not instructions, in the fast mode.
                assert!(reused.instructions <= fresh.instructions);
                reused.instructions = fresh.instructions;
                assert!(
                    fresh == reused,
                    "seed {seed}, {mode:?}, {} through {abi:?}:\nfresh:  {fresh:?}\nreused: {reused:?}\n{m}",
                    r.func
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 600, "only {checked} entry runs");
}

/// A run that crashes is described exactly as the precise mode sees it,
/// and the runner keeps working afterwards.
#[test]
fn a_crash_is_described_precisely_and_the_runner_recovers() {
    let src = "
internal func spin(x int64) int64 {
b0:
    jump b1()
b1():
    jump b1()
}

abi0 func id(x int64) int64 {
b0:
    v = param 0, 0
    ret v
}

internal func bad(x int64) int64 {
b0:
    p = nil
    o = iconst.i64 8
    q = ptradd p, o
    v = load.i64 q, 0
    ret v
}
";
    let m = janus_backend::ir::parse_module(src).unwrap();
    let compiled = janus_backend::compile::compile_module(&m).unwrap();
    let elf = janus_backend::object::write_object_with_types(&compiled, &[]).unwrap();
    let input = materialize(
        &[janus_backend::types::Type::basic(
            janus_backend::types::Basic::Int64,
        )],
        &[janus_backend::ir::InputValue::Int(7)],
    )
    .unwrap();
    let mode = Default::default();
    let mut fast = EntryRunner::new(&elf, mode, false).unwrap();
    let spin = m.function("spin").unwrap();
    let id = m.function("id").unwrap();
    for abi in [Abi::Internal, Abi::Abi0] {
        // A runaway is not replayed (it would take long): the fast mode's
        // block budget is reported as such.
        let fresh = run_entry(&elf, spin, abi, &input, EntryLimits::budget(5000), mode).unwrap();
        let reused = fast
            .run(spin, abi, &input, EntryLimits::budget(5000))
            .unwrap();
        let text = |o: &janus_oracle::exec::EntryOutcome| format!("{o:?}");
        assert!(
            text(&fresh.outcome).contains("instruction budget exhausted"),
            "{fresh:?}"
        );
        assert!(
            text(&reused.outcome).contains("block budget exhausted"),
            "{reused:?}"
        );
        // Any other crash is replayed precisely: the same report.
        let bad = m.function("bad").unwrap();
        let fresh = run_entry(&elf, bad, abi, &input, EntryLimits::budget(5000), mode).unwrap();
        let reused = fast
            .run(bad, abi, &input, EntryLimits::budget(5000))
            .unwrap();
        assert!(text(&fresh.outcome).contains("fault"), "{fresh:?}");
        assert_eq!(fresh, reused);
        let mut ok = fast
            .run(id, abi, &input, EntryLimits::budget(5000))
            .unwrap();
        let want = run_entry(&elf, id, abi, &input, EntryLimits::budget(5000), mode).unwrap();
        ok.instructions = want.instructions;
        assert_eq!(ok, want);
    }
}
