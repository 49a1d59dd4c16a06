//! Constant folding and algebraic identities, over the function in
//! reverse postorder (every operand's definition is seen before its use).
//!
//! An instruction whose operands are constants becomes a constant
//! (`iconst`/`fconst`) under the IR's semantics (docs/ir.md, "Semantics
//! worth stating"), never where the result is not fixed by them: a
//! division by zero stays (it panics), and float arithmetic and
//! conversions that would produce or consume a NaN stay (the NaN's bits are
//! the machine's business). An instruction equal to one of its operands
//! (`x + 0`, `x | x`, `trunc(zext x)`) is replaced by it, and a `brif` on a
//! constant becomes a `jump`; [`super::dce`] then removes what is left
//! unused.

use super::{reverse_postorder, Substitution};
use crate::ir::{
    BinOp, BlockCall, ConvOp, FloatCC, Function, IntCC, Op, Terminator, Ty, UnOp, Value,
};

/// A value known at compile time.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Known {
    /// Integer bits, truncated to the type's width.
    Int(u64),
    /// Float bits.
    Float(u64),
}

fn mask(ty: Ty) -> u64 {
    match ty.bits() {
        64 => u64::MAX,
        n => (1u64 << n) - 1,
    }
}

/// `bits` (truncated to `ty`) read as signed.
fn signed(ty: Ty, bits: u64) -> i64 {
    let shift = 64 - ty.bits();
    ((bits << shift) as i64) >> shift
}

fn as_f64(ty: Ty, bits: u64) -> f64 {
    match ty {
        Ty::F32 => f32::from_bits(bits as u32) as f64,
        _ => f64::from_bits(bits),
    }
}

/// The IR's float type `ty` holding `x`, or `None` for a NaN (whose bits
/// are left to the machine).
fn float_bits(ty: Ty, x: f64) -> Option<u64> {
    if x.is_nan() {
        return None;
    }
    Some(match ty {
        Ty::F32 => (x as f32).to_bits() as u64,
        _ => x.to_bits(),
    })
}

/// `CVTTSD2SQ`: truncation to a signed 64-bit integer, "integer
/// indefinite" (`0x8000…`) out of range or for a NaN.
fn cvtt64(x: f64) -> u64 {
    if x.is_nan() || !(-9223372036854775808.0..9223372036854775808.0).contains(&x) {
        1 << 63
    } else {
        x.trunc() as i64 as u64
    }
}

/// `CVTTSD2SL`: truncation to a signed 32-bit integer (zero-extended
/// here), indefinite `0x80000000`.
fn cvtt32(x: f64) -> u64 {
    let t = x.trunc();
    if x.is_nan() || !(-2147483648.0..2147483648.0).contains(&t) {
        0x8000_0000
    } else {
        t as i32 as u32 as u64
    }
}

/// Float to integer as Go 1.19 converts on amd64 (docs/ir.md; Go's
/// `ssagen/ssa.go`, `fpConvOpToSSA` and `floatToUint`).
fn float_to_int(x: f64, to: Ty, signed_result: bool) -> u64 {
    let bits = match (to, signed_result) {
        (Ty::I64, true) => cvtt64(x),
        (Ty::I64, false) => {
            if x < 9223372036854775808.0 {
                cvtt64(x)
            } else {
                cvtt64(x - 9223372036854775808.0) | 1 << 63
            }
        }
        (Ty::I32, false) => cvtt64(x),
        _ => cvtt32(x),
    };
    bits & mask(to)
}

/// `a OP b` for integers of type `ty` (`b` of type `bty` for shifts), or
/// `None` when it panics.
fn int_binary(op: BinOp, ty: Ty, a: u64, b: u64, bty: Ty) -> Option<u64> {
    let m = mask(ty);
    let (sa, sb) = (signed(ty, a), signed(ty, b));
    let r = match op {
        BinOp::Add => a.wrapping_add(b),
        BinOp::Sub => a.wrapping_sub(b),
        BinOp::Mul => a.wrapping_mul(b),
        BinOp::DivS | BinOp::RemS | BinOp::DivU | BinOp::RemU if b == 0 => return None,
        // Sign-extended narrow values cannot overflow i64; MinInt64 / -1
        // wraps to MinInt64 and its remainder is 0, as in Go.
        BinOp::DivS => sa.wrapping_div(sb) as u64,
        BinOp::RemS => sa.wrapping_rem(sb) as u64,
        BinOp::DivU => a / b,
        BinOp::RemU => a % b,
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::AndNot => a & !b,
        BinOp::Shl | BinOp::ShrS | BinOp::ShrU => {
            // The count is read as unsigned in its own type.
            let count = b & mask(bty);
            let width = ty.bits() as u64;
            match op {
                BinOp::Shl if count >= width => 0,
                BinOp::Shl => a << count,
                BinOp::ShrU if count >= width => 0,
                BinOp::ShrU => a >> count,
                _ => (sa >> count.min(63)) as u64,
            }
        }
        BinOp::FAdd | BinOp::FSub | BinOp::FMul | BinOp::FDiv => return None,
    };
    Some(r & m)
}

fn float_binary(op: BinOp, ty: Ty, a: u64, b: u64) -> Option<u64> {
    use std::ops::{Add, Div, Mul, Sub};
    fn arith<T: Add<Output = T> + Sub<Output = T> + Mul<Output = T> + Div<Output = T>>(
        op: BinOp,
        x: T,
        y: T,
    ) -> Option<T> {
        Some(match op {
            BinOp::FAdd => x + y,
            BinOp::FSub => x - y,
            BinOp::FMul => x * y,
            BinOp::FDiv => x / y,
            _ => return None,
        })
    }
    // In the type's own precision: f32 arithmetic rounds once, as SSE does.
    // A NaN in or out is left to the machine.
    match ty {
        Ty::F32 => {
            let (x, y) = (f32::from_bits(a as u32), f32::from_bits(b as u32));
            let r = arith(op, x, y).filter(|r| !(x.is_nan() || y.is_nan() || r.is_nan()))?;
            Some(r.to_bits() as u64)
        }
        _ => {
            let (x, y) = (f64::from_bits(a), f64::from_bits(b));
            let r = arith(op, x, y).filter(|_| !(x.is_nan() || y.is_nan()))?;
            float_bits(Ty::F64, r)
        }
    }
}

fn int_compare(cc: IntCC, ty: Ty, a: u64, b: u64) -> bool {
    let (sa, sb) = (signed(ty, a), signed(ty, b));
    match cc {
        IntCC::Eq => a == b,
        IntCC::Ne => a != b,
        IntCC::Slt => sa < sb,
        IntCC::Sle => sa <= sb,
        IntCC::Sgt => sa > sb,
        IntCC::Sge => sa >= sb,
        IntCC::Ult => a < b,
        IntCC::Ule => a <= b,
        IntCC::Ugt => a > b,
        IntCC::Uge => a >= b,
    }
}

/// Go's float comparisons: false with a NaN, except `fne`.
fn float_compare(cc: FloatCC, x: f64, y: f64) -> bool {
    match cc {
        FloatCC::Eq => x == y,
        FloatCC::Ne => x != y,
        FloatCC::Lt => x < y,
        FloatCC::Le => x <= y,
        FloatCC::Gt => x > y,
        FloatCC::Ge => x >= y,
    }
}

/// What an instruction becomes.
enum Rewrite {
    /// A constant of its type.
    Const(Known),
    /// One of its operands (or another value that dominates it).
    Same(Value),
}

/// The identity an integer `a OP b` is, with at most one operand known.
fn int_identity(
    op: BinOp,
    ty: Ty,
    a: Value,
    b: Value,
    ka: Option<u64>,
    kb: Option<u64>,
) -> Option<Rewrite> {
    use Rewrite::*;
    let zero = Const(Known::Int(0));
    let ones = mask(ty);
    match (op, ka, kb) {
        (BinOp::Sub | BinOp::Xor | BinOp::AndNot, _, _) if a == b => Some(zero),
        (BinOp::And | BinOp::Or, _, _) if a == b => Some(Same(a)),
        (BinOp::Add | BinOp::Or | BinOp::Xor, Some(0), _) => Some(Same(b)),
        (BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor | BinOp::AndNot, _, Some(0)) => {
            Some(Same(a))
        }
        (BinOp::Shl | BinOp::ShrS | BinOp::ShrU, _, Some(0)) => Some(Same(a)),
        (BinOp::Shl | BinOp::ShrU | BinOp::ShrS, Some(0), _) => Some(zero),
        (BinOp::Mul | BinOp::And, Some(0), _) | (BinOp::Mul | BinOp::And, _, Some(0)) => Some(zero),
        (BinOp::AndNot, Some(0), _) => Some(zero),
        (BinOp::Mul, Some(1), _) => Some(Same(b)),
        (BinOp::Mul | BinOp::DivS | BinOp::DivU, _, Some(1)) => Some(Same(a)),
        (BinOp::RemS | BinOp::RemU, _, Some(1)) => Some(zero),
        (BinOp::And, Some(k), _) if k == ones => Some(Same(b)),
        (BinOp::And, _, Some(k)) if k == ones => Some(Same(a)),
        (BinOp::Or, Some(k), _) | (BinOp::Or, _, Some(k)) if k == ones => {
            Some(Const(Known::Int(ones)))
        }
        _ => None,
    }
}

/// Folds constants and identities in `f`.
/// Returns whether anything changed.
pub fn fold(f: &mut Function) -> bool {
    let mut changed = false;
    let mut known: Vec<Option<Known>> = vec![None; f.value_types.len()];
    // What each value is defined as, for identities across two
    // instructions (`trunc(zext x)`).
    let mut conv_of: Vec<Option<(ConvOp, Ty, Value)>> = vec![None; f.value_types.len()];
    // Pointers known to be nil (`Some(true)`) or not (`Some(false)`): the
    // address of a stack object, a new object or a static func value is
    // never nil.
    let mut nil: Vec<Option<bool>> = vec![None; f.value_types.len()];
    let mut subst = Substitution::new(f);
    for b in reverse_postorder(f) {
        for k in 0..f.blocks[b].insts.len() {
            let inst = &mut f.blocks[b].insts[k];
            subst.resolve_op(&mut inst.op);
            match inst.op {
                Op::Nil => nil[inst.results[0].0 as usize] = Some(true),
                Op::SlotAddr { .. }
                | Op::ParamAddr { .. }
                | Op::Alloc { .. }
                | Op::Closure { .. }
                | Op::FuncVal { .. } => nil[inst.results[0].0 as usize] = Some(false),
                _ => {}
            }
            let int = |v: Value, known: &[Option<Known>]| match known[v.0 as usize] {
                Some(Known::Int(x)) => Some(x),
                _ => None,
            };
            let float = |v: Value, known: &[Option<Known>]| match known[v.0 as usize] {
                Some(Known::Float(x)) => Some(x),
                _ => None,
            };
            let rewrite = match &inst.op {
                Op::Iconst { bits, .. } => {
                    known[inst.results[0].0 as usize] = Some(Known::Int(*bits));
                    None
                }
                Op::Fconst { bits, .. } => {
                    known[inst.results[0].0 as usize] = Some(Known::Float(*bits));
                    None
                }
                &Op::Binary { op, ty, a, b } if op.is_float() => {
                    match (float(a, &known), float(b, &known)) {
                        (Some(x), Some(y)) => {
                            float_binary(op, ty, x, y).map(|r| Rewrite::Const(Known::Float(r)))
                        }
                        _ => None,
                    }
                }
                &Op::Binary { op, ty, a, b } => {
                    let bty = f.value_types[b.0 as usize];
                    match (int(a, &known), int(b, &known)) {
                        (Some(x), Some(y)) => {
                            int_binary(op, ty, x, y, bty).map(|r| Rewrite::Const(Known::Int(r)))
                        }
                        (ka, kb) => int_identity(op, ty, a, b, ka, kb),
                    }
                }
                &Op::Unary { op, ty, arg } => match (op, int(arg, &known), float(arg, &known)) {
                    (UnOp::Neg, Some(x), _) => {
                        Some(Rewrite::Const(Known::Int(x.wrapping_neg() & mask(ty))))
                    }
                    (UnOp::Not, Some(x), _) => Some(Rewrite::Const(Known::Int(!x & mask(ty)))),
                    // Flips the sign bit, NaN or not, as XORPS does.
                    (UnOp::FNeg, _, Some(x)) => {
                        Some(Rewrite::Const(Known::Float(x ^ (1u64 << (ty.bits() - 1)))))
                    }
                    _ => None,
                },
                &Op::Icmp { cc, ty, a, b } => match (int(a, &known), int(b, &known)) {
                    (Some(x), Some(y)) => {
                        Some(Rewrite::Const(Known::Int(int_compare(cc, ty, x, y) as u64)))
                    }
                    _ if a == b => Some(Rewrite::Const(Known::Int(matches!(
                        cc,
                        IntCC::Eq | IntCC::Sle | IntCC::Sge | IntCC::Ule | IntCC::Uge
                    ) as u64))),
                    // Nil against nil, or against a pointer known not to be.
                    _ if ty == Ty::Ptr => match (nil[a.0 as usize], nil[b.0 as usize]) {
                        (Some(x), Some(y)) if x || y => Some(Rewrite::Const(Known::Int(
                            ((x == y) == (cc == IntCC::Eq)) as u64,
                        ))),
                        _ => None,
                    },
                    _ => None,
                },
                &Op::Fcmp { cc, ty, a, b } => match (float(a, &known), float(b, &known)) {
                    (Some(x), Some(y)) => Some(Rewrite::Const(Known::Int(float_compare(
                        cc,
                        as_f64(ty, x),
                        as_f64(ty, y),
                    )
                        as u64))),
                    _ => None,
                },
                &Op::Conv { op, from, to, arg } => {
                    let r = match (op, int(arg, &known), float(arg, &known)) {
                        (ConvOp::Zext | ConvOp::Trunc, Some(x), _) => {
                            Some(Known::Int(x & mask(to)))
                        }
                        (ConvOp::Sext, Some(x), _) => {
                            Some(Known::Int(signed(from, x) as u64 & mask(to)))
                        }
                        (ConvOp::SIToF, Some(x), _) => {
                            let v = signed(from, x);
                            Some(Known::Float(match to {
                                Ty::F32 => (v as f32).to_bits() as u64,
                                _ => (v as f64).to_bits(),
                            }))
                        }
                        (ConvOp::UIToF, Some(x), _) => Some(Known::Float(match to {
                            Ty::F32 => (x as f32).to_bits() as u64,
                            _ => (x as f64).to_bits(),
                        })),
                        (ConvOp::FToSI | ConvOp::FToUI, _, Some(x)) => {
                            let v = as_f64(from, x);
                            Some(Known::Int(float_to_int(v, to, op == ConvOp::FToSI)))
                        }
                        (ConvOp::FConv, _, Some(x)) => {
                            let v = as_f64(from, x);
                            // f64 → f32 rounds to nearest even, as CVTSD2SS.
                            float_bits(to, v).map(Known::Float)
                        }
                        _ => None,
                    };
                    match r {
                        Some(k) => Some(Rewrite::Const(k)),
                        None => match (op, conv_of[arg.0 as usize]) {
                            // trunc(zext x) and trunc(sext x) back to x's type.
                            (ConvOp::Trunc, Some((ConvOp::Zext | ConvOp::Sext, inner_from, x)))
                                if inner_from == to =>
                            {
                                Some(Rewrite::Same(x))
                            }
                            _ => {
                                conv_of[inst.results[0].0 as usize] = Some((op, from, arg));
                                None
                            }
                        },
                    }
                }
                _ => None,
            };
            changed |= rewrite.is_some();
            match rewrite {
                Some(Rewrite::Const(k)) => {
                    let r = inst.results[0];
                    let ty = f.value_types[r.0 as usize];
                    inst.op = match k {
                        Known::Int(bits) => Op::Iconst { ty, bits },
                        Known::Float(bits) => Op::Fconst { ty, bits },
                    };
                    known[r.0 as usize] = Some(k);
                }
                Some(Rewrite::Same(v)) => {
                    let r = inst.results[0];
                    subst.replace(r, v);
                    known[r.0 as usize] = known[v.0 as usize];
                }
                None => {}
            }
        }
        let term = &mut f.blocks[b].term;
        subst.resolve_term(term);
        if let Terminator::Brif { cond, then, els } = term {
            if let Some(Known::Int(c)) = known[cond.0 as usize] {
                let to: BlockCall = if c != 0 { then.clone() } else { els.clone() };
                *term = Terminator::Jump(to);
                changed = true;
            }
        }
    }
    // Every use was resolved as it was visited: in reverse postorder a
    // value's definition comes before its uses. Unreachable blocks keep
    // their uses of the replaced values, which are still defined (dce
    // removes those blocks and then the values).
    changed
}
