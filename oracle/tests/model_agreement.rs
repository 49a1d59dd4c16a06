//! The backend's ABI assignment and the oracle's independent model agree,
//! for ABIInternal and ABI0, on random signatures.

use janus_backend::{AbiLayout, FuncType, Location, PieceClass, Reg, RegConfig};
use janus_oracle::gen::{sig::gen_func_type, sig::SigKnobs, strategy, SplitMix64};
use janus_oracle::model::{self, Placement, RegClass, Shape};
use proptest::prelude::*;

/// A placement in common terms: stack offset, or (register, component
/// offset, component size) list and spill offset.
#[derive(Debug, PartialEq)]
enum Common {
    Stack(u64),
    Regs(Vec<(Reg, u64, u64)>, Option<u64>),
}

fn from_backend(loc: &Location) -> Common {
    match loc {
        Location::Stack { offset } => Common::Stack(*offset),
        Location::Registers { pieces, spill } => Common::Regs(
            pieces
                .iter()
                .map(|p| {
                    // The piece's class must agree with its register's class.
                    match (p.reg, p.class) {
                        (Reg::Float(_), PieceClass::Float) => {}
                        (Reg::Int(_), PieceClass::Int { .. } | PieceClass::Pointer) => {}
                        other => panic!("piece class mismatch: {other:?}"),
                    }
                    (p.reg, p.offset, p.size as u64)
                })
                .collect(),
            *spill,
        ),
    }
}

fn from_model(p: &Placement) -> Common {
    match p {
        Placement::Stack(o) => Common::Stack(*o),
        Placement::Regs { regs, spill } => Common::Regs(
            regs.iter()
                .map(|(class, i, c)| {
                    let r = match class {
                        RegClass::Int => Reg::Int(*i as u8),
                        RegClass::Float => Reg::Float(*i as u8),
                    };
                    (r, c.offset, c.bytes)
                })
                .collect(),
            *spill,
        ),
    }
}

/// Compares both implementations; returns a description of the first difference.
fn disagreement(sig: &FuncType, cfg: RegConfig) -> Option<String> {
    let b = AbiLayout::analyze(sig, cfg).expect("small signatures are valid");
    let shapes =
        |ps: &[janus_backend::Param]| ps.iter().map(|p| Shape::of(&p.ty)).collect::<Vec<_>>();
    let m = model::assign(
        &shapes(&sig.params),
        &shapes(&sig.results),
        cfg.int_regs,
        cfg.float_regs,
    );
    for (what, bl, ml) in [
        ("IN", &b.params, &m.params),
        ("OUT", &b.results, &m.results),
    ] {
        for (i, (bp, mp)) in bl.iter().zip(ml.iter()).enumerate() {
            // Sizes must agree before placements can.
            let (ms, _) = Shape::of(&bp.ty).size_align();
            if ms != bp.ty.size() {
                return Some(format!(
                    "{what} {i}: size backend {} model {ms}",
                    bp.ty.size()
                ));
            }
            let (x, y) = (from_backend(&bp.loc), from_model(mp));
            if x != y {
                return Some(format!(
                    "{what} {i} ({}): backend {x:?}, model {y:?}",
                    bp.ty
                ));
            }
        }
    }
    if (b.spill_area_offset, b.spill_area_size) != (m.spill_area_offset, m.spill_area_size) {
        return Some(format!(
            "spill area: backend {}+{}, model {}+{}",
            b.spill_area_offset, b.spill_area_size, m.spill_area_offset, m.spill_area_size
        ));
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn backend_and_model_agree(sig in strategy::func_type(24, 10)) {
        for cfg in [RegConfig::ABI_INTERNAL, RegConfig::ABI0] {
            let d = disagreement(&sig, cfg);
            prop_assert!(d.is_none(), "{}: {}", sig, d.unwrap());
        }
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
            let sig = gen_func_type(&mut SplitMix64(seed), &knobs);
            for cfg in [RegConfig::ABI_INTERNAL, RegConfig::ABI0] {
                if let Some(d) = disagreement(&sig, cfg) {
                    panic!("seed {seed} ({knobs:?}), {cfg:?}: {sig}: {d}");
                }
            }
        }
    }
}
