//! The backend's ABI assignment against the oracle's independent model
//! ([`crate::model`]): same registers (and components in them), same stack
//! and spill offsets, same spill area, for every parameter and result.

use crate::model::{self, ModelAbi, Placement, RegClass, Shape};
use janus_backend::{AbiLayout, FuncType, Location, PieceClass, Reg, RegConfig};
use std::fmt;

/// A placement in terms both sides can express: a stack offset, or the
/// (register, component offset, component size) list and the spill offset.
#[derive(Debug, PartialEq)]
pub enum Common {
    Stack(u64),
    Regs(Vec<(Reg, u64, u64)>, Option<u64>),
}

/// Where the backend and the model part ways.
#[derive(Debug)]
pub struct AbiMismatch {
    pub config: RegConfig,
    pub what: String,
}

impl fmt::Display for AbiMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let abi = if self.config == RegConfig::ABI0 {
            "ABI0"
        } else {
            "ABIInternal"
        };
        write!(f, "{abi}: {}", self.what)
    }
}

fn from_backend(loc: &Location) -> Result<Common, String> {
    Ok(match loc {
        Location::Stack { offset } => Common::Stack(*offset),
        Location::Registers { pieces, spill } => {
            let mut regs = Vec::with_capacity(pieces.len());
            for p in pieces {
                // A piece's class must suit its register.
                match (p.reg, p.class) {
                    (Reg::Float(_), PieceClass::Float) => {}
                    (Reg::Int(_), PieceClass::Int { .. } | PieceClass::Pointer) => {}
                    (r, c) => return Err(format!("component class {c:?} in register {r}")),
                }
                regs.push((p.reg, p.offset, p.size as u64));
            }
            Common::Regs(regs, *spill)
        }
    })
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

/// Analyses `sig` with the backend and the model under `config` (one of
/// the backend's two configurations); `Ok` when they agree in every
/// detail. A signature the backend rejects (too large) is compared no
/// further.
pub fn compare(sig: &FuncType, config: RegConfig) -> Result<(), AbiMismatch> {
    // Which convention the backend means; what that convention is (how
    // many registers of each class) is the model's business.
    let abi = if config == RegConfig::ABI0 {
        ModelAbi::Abi0
    } else {
        ModelAbi::Internal
    };
    compare_as(sig, config, abi)
}

/// The backend's assignment under `config` against the model's under
/// `abi`.
fn compare_as(sig: &FuncType, config: RegConfig, abi: ModelAbi) -> Result<(), AbiMismatch> {
    let mismatch = |what: String| AbiMismatch { config, what };
    let Ok(b) = AbiLayout::analyze(sig, config) else {
        return Ok(());
    };
    let shapes =
        |ps: &[janus_backend::Param]| ps.iter().map(|p| Shape::of(&p.ty)).collect::<Vec<_>>();
    let m = model::assign(&shapes(&sig.params), &shapes(&sig.results), abi);
    for (what, bl, ml) in [
        ("IN", &b.params, &m.params),
        ("OUT", &b.results, &m.results),
    ] {
        if bl.len() != ml.len() {
            return Err(mismatch(format!(
                "{what}: {} vs {} entries",
                bl.len(),
                ml.len()
            )));
        }
        for (i, (bp, mp)) in bl.iter().zip(ml.iter()).enumerate() {
            let (size, align) = Shape::of(&bp.ty).size_align();
            if (size, align) != (bp.ty.size(), bp.ty.align() as u64) {
                return Err(mismatch(format!(
                    "{what} {i} ({}): backend size/align {}/{}, model {size}/{align}",
                    bp.ty,
                    bp.ty.size(),
                    bp.ty.align()
                )));
            }
            let x = from_backend(&bp.loc)
                .map_err(|e| mismatch(format!("{what} {i} ({}): {e}", bp.ty)))?;
            let y = from_model(mp);
            if x != y {
                return Err(mismatch(format!(
                    "{what} {i} ({}): backend {x:?}, model {y:?}",
                    bp.ty
                )));
            }
        }
    }
    if (b.spill_area_offset, b.spill_area_size) != (m.spill_area_offset, m.spill_area_size) {
        return Err(mismatch(format!(
            "spill area: backend offset {} size {}, model offset {} size {}",
            b.spill_area_offset, b.spill_area_size, m.spill_area_offset, m.spill_area_size
        )));
    }
    Ok(())
}

/// [`compare`] under both ABIs.
pub fn compare_both(sig: &FuncType) -> Result<(), AbiMismatch> {
    compare(sig, RegConfig::ABI_INTERNAL)?;
    compare(sig, RegConfig::ABI0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use janus_backend::parse_func_type;

    /// The model's register counts are its own: a backend that assigned
    /// with one register too few in either class disagrees with it.
    #[test]
    fn a_backend_short_of_a_register_disagrees_with_the_model() {
        let ints =
            parse_func_type("func(int64, int64, int64, int64, int64, int64, int64, int64, int64)")
                .unwrap();
        let floats = parse_func_type(&format!("func({})", ["float64"; 15].join(", "))).unwrap();
        for sig in [&ints, &floats] {
            assert!(compare(sig, RegConfig::ABI_INTERNAL).is_ok());
            assert!(compare(sig, RegConfig::ABI0).is_ok());
        }
        let short_int = RegConfig {
            int_regs: 8,
            float_regs: 15,
        };
        let short_float = RegConfig {
            int_regs: 9,
            float_regs: 14,
        };
        assert!(compare_as(&ints, short_int, ModelAbi::Internal).is_err());
        assert!(compare_as(&floats, short_float, ModelAbi::Internal).is_err());
    }
}
