//! Constants, on VCode before register allocation: folded into the
//! instructions that use them as immediates, and made again where they are
//! needed rather than kept.
//!
//! [`fold_immediates`]: an integer `add`, `sub`, `and`, `or`, `xor`, `mul`
//! or comparison with a constant operand that fits a sign-extended 32-bit
//! immediate (any constant, at 32 bits or less), a shift by a constant
//! count and a division by a nonzero constant (no zero check, shifts for
//! powers of two) become an [`LInst::OpImm`], as Go's rewrite rules make `ADDQconst`,
//! `CMPQconst` and `SHLQconst`; the constant is then no longer a use. So
//! does the constant of a fused compare-and-branch, and an integer or nil
//! constant stored (`MOVQstoreconst`).
//!
//! [`rematerialize_constants`]: the allocator gives each value one
//! register or one spill slot for its whole interval, and a call clobbers
//! every register; so a constant used
//! after a call, or in another block, would live in a spill slot and be
//! reloaded at each use. Go's register allocator never spills a constant:
//! it makes it again where it is needed (`regalloc.go`, rematerializeable
//! values), and its `tighten` pass moves a constant's definition to the
//! block that uses it. The same, here: a use of an `iconst`, `fconst` or
//! `nil` value gets a copy of the constant made in its own block, shared
//! by the later uses of the block up to the next call; the original serves
//! the uses of its own block before the first call. Each constant's
//! interval then stays within a stretch of one block without calls.

use super::vcode::{CmpOperand, ImmOp, LInst, VBlock, VCode};
use crate::ir::{BinOp, IntCC, Op, Ty};
use crate::regalloc::VReg;

/// The constant bits of each value defined by an `iconst` (or `nil`).
fn integer_constants(vc: &VCode) -> Vec<Option<u64>> {
    let mut out = vec![None; vc.value_types.len()];
    for i in &vc.insts {
        match i {
            LInst::Op {
                dst: Some(d),
                op: Op::Iconst { bits, .. },
            } => out[d.0 as usize] = Some(*bits),
            LInst::Op {
                dst: Some(d),
                op: Op::Nil,
            } => out[d.0 as usize] = Some(0),
            _ => {}
        }
    }
    out
}

/// `bits` (a `ty` constant) as the immediate of a `ty` operation: at 32
/// bits or less the low 32 bits are all that matter; at 64 the value must
/// survive sign extension from 32.
fn immediate(ty: Ty, bits: u64) -> Option<i64> {
    if ty.bytes() <= 4 {
        Some(bits as u32 as i32 as i64)
    } else {
        i32::try_from(bits as i64).ok().map(i64::from)
    }
}

/// `a cc b` as `b cc' a`.
fn swapped(cc: IntCC) -> IntCC {
    match cc {
        IntCC::Eq => IntCC::Eq,
        IntCC::Ne => IntCC::Ne,
        IntCC::Slt => IntCC::Sgt,
        IntCC::Sle => IntCC::Sge,
        IntCC::Sgt => IntCC::Slt,
        IntCC::Sge => IntCC::Sle,
        IntCC::Ult => IntCC::Ugt,
        IntCC::Ule => IntCC::Uge,
        IntCC::Ugt => IntCC::Ult,
        IntCC::Uge => IntCC::Ule,
    }
}

/// Folds constant operands into immediates (see the module doc).
pub fn fold_immediates(vc: &mut VCode) {
    let konst = integer_constants(vc);
    let k = |v: crate::ir::Value| konst[v.0 as usize];
    for i in 0..vc.insts.len() {
        if let LInst::CmpBranch {
            cc,
            ty,
            a,
            b: CmpOperand::Value(b),
            then,
            els,
        } = vc.insts[i]
        {
            let (ka, kb) = (konst[a.0 as usize], konst[b.0 as usize]);
            let folded = match (
                ka.and_then(|c| immediate(ty, c)),
                kb.and_then(|c| immediate(ty, c)),
            ) {
                (_, Some(c)) => Some((cc, a, c)),
                (Some(c), None) => Some((swapped(cc), b, c)),
                _ => None,
            };
            if let Some((cc, a, c)) = folded {
                vc.insts[i] = LInst::CmpBranch {
                    cc,
                    ty,
                    a,
                    b: CmpOperand::Imm(c),
                    then,
                    els,
                };
            }
            continue;
        }
        if let LInst::Op {
            dst: None,
            op:
                Op::Store {
                    ty,
                    ptr,
                    offset,
                    value,
                },
        } = vc.insts[i]
        {
            if let Some(imm) = k(value)
                .filter(|_| !ty.is_float())
                .and_then(|c| immediate(ty, c))
            {
                vc.insts[i] = LInst::StoreImm {
                    ty,
                    ptr: VReg(ptr.0),
                    offset,
                    imm,
                };
            }
            continue;
        }
        let LInst::Op { dst: Some(d), op } = &vc.insts[i] else {
            continue;
        };
        let d = *d;
        let folded = match *op {
            Op::Binary { op, ty, a, b } if !ty.is_float() => match op {
                BinOp::Shl | BinOp::ShrS | BinOp::ShrU => k(b).map(|c| (op, a, c.min(255) as i64)),
                BinOp::Add | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::Mul => {
                    match (
                        k(a).and_then(|c| immediate(ty, c)),
                        k(b).and_then(|c| immediate(ty, c)),
                    ) {
                        (_, Some(c)) => Some((op, a, c)),
                        (Some(c), None) => Some((op, b, c)),
                        _ => None,
                    }
                }
                BinOp::Sub => k(b).and_then(|c| immediate(ty, c)).map(|c| (op, a, c)),
                // A division by a nonzero constant cannot panic: the
                // divisor is the immediate, signed or not as the division
                // reads it.
                BinOp::DivS | BinOp::RemS => k(b).filter(|&c| c != 0).map(|c| {
                    let shift = 64 - ty.bits();
                    (op, a, ((c << shift) as i64) >> shift)
                }),
                BinOp::DivU | BinOp::RemU => k(b).filter(|&c| c != 0).map(|c| (op, a, c as i64)),
                _ => None,
            }
            .map(|(op, a, imm)| LInst::OpImm {
                dst: d,
                op: ImmOp::Bin(op),
                ty,
                a: VReg(a.0),
                imm,
            }),
            Op::Icmp { cc, ty, a, b } => match (
                k(a).and_then(|c| immediate(ty, c)),
                k(b).and_then(|c| immediate(ty, c)),
            ) {
                (_, Some(c)) => Some((cc, a, c)),
                (Some(c), None) => Some((swapped(cc), b, c)),
                _ => None,
            }
            .map(|(cc, a, imm)| LInst::OpImm {
                dst: d,
                op: ImmOp::Cmp(cc),
                ty,
                a: VReg(a.0),
                imm,
            }),
            _ => None,
        };
        if let Some(inst) = folded {
            vc.insts[i] = inst;
        }
    }
}

/// Whether `op` is a constant worth making again rather than keeping: a
/// number, nil, or the address of a stack slot or parameter home (one
/// `lea` from RBP; a copy kept in a spill slot would be a pointer into the
/// frame that every stack move must find and adjust, which Go never
/// keeps either: it addresses its locals from SP).
fn is_constant(op: &Op) -> bool {
    matches!(
        op,
        Op::Iconst { .. }
            | Op::Fconst { .. }
            | Op::Nil
            | Op::SlotAddr { .. }
            | Op::ParamAddr { .. }
    )
}

/// Calls out: every register is lost across them.
fn clobbers_all(i: &LInst) -> bool {
    matches!(
        i,
        LInst::Call { .. } | LInst::CallVal { .. } | LInst::Alloc { .. }
    )
}

/// Rewrites `vc` so that constants are made in each block that uses them
/// and again after each call (see the module doc).
pub fn rematerialize_constants(vc: &mut VCode) {
    // The constant each value is, if any (an `Op` is large: only the
    // constants are kept, apart).
    let mut ops: Vec<Op> = Vec::new();
    let mut constant: Vec<u32> = vec![u32::MAX; vc.value_types.len()];
    for i in &vc.insts {
        if let LInst::Op { dst: Some(d), op } = i {
            if is_constant(op) {
                constant[d.0 as usize] = ops.len() as u32;
                ops.push(op.clone());
            }
        }
    }
    let any = !ops.is_empty();
    if !any {
        return;
    }
    // Stretches of code without a call, numbered: a block starts one, and
    // so does every call.
    let n = vc.value_types.len();
    // Whether each constant is read in its own stretch (then its
    // definition stays; otherwise copies serve every use and it goes).
    let mut read_here = vec![false; n];
    let mut defined_in = vec![u32::MAX; n];
    let mut stretch = 0u32;
    let mut uses = Vec::new();
    // Whether some constant is read outside its own stretch (then it needs
    // a copy there).
    let mut copies = false;
    for b in &vc.blocks {
        stretch += 1;
        for i in &vc.insts[b.insts.clone()] {
            uses.clear();
            i.uses(&mut uses);
            for u in &uses {
                if defined_in[u.0 as usize] == stretch {
                    read_here[u.0 as usize] = true;
                } else if constant[u.0 as usize] != u32::MAX {
                    copies = true;
                }
            }
            if clobbers_all(i) {
                stretch += 1;
            }
            if let LInst::Op { dst: Some(d), op } = i {
                if is_constant(op) {
                    defined_in[d.0 as usize] = stretch;
                }
            }
        }
    }
    // Every constant read only where it is made: the rewrite below would
    // give back the same code.
    if !copies && (0..n).all(|v| constant[v] == u32::MAX || read_here[v]) {
        return;
    }
    let old = std::mem::take(&mut vc.insts);
    let mut insts: Vec<LInst> = Vec::with_capacity(old.len() + old.len() / 4);
    // Where each old instruction went (for tables keyed by index).
    #[cfg(feature = "inject")]
    let mut moved_to = vec![0usize; old.len()];
    // The copy of each constant usable in the current stretch (`v` itself
    // in its own), as (stretch, copy).
    let mut copy: Vec<(u32, VReg)> = vec![(u32::MAX, VReg(0)); n];
    let blocks = std::mem::take(&mut vc.blocks);
    let mut new_blocks = Vec::with_capacity(blocks.len());
    // Blocks are laid out one after another: hand out the instructions in
    // order, moving rather than copying them.
    let mut old = old.into_iter().enumerate();
    let mut stretch = 0u32;
    for b in blocks {
        let start = insts.len();
        stretch += 1;
        for _ in b.insts.clone() {
            let (_k, mut inst) = old.next().expect("blocks cover the instructions in order");
            uses.clear();
            inst.uses(&mut uses);
            for &u in &uses {
                let Some(op) = ops.get(constant[u.0 as usize] as usize) else {
                    continue;
                };
                if copy[u.0 as usize].0 == stretch {
                    continue;
                }
                let c = VReg(vc.value_types.len() as u32);
                vc.value_types.push(vc.value_types[u.0 as usize]);
                insts.push(LInst::Op {
                    dst: Some(c),
                    op: op.clone(),
                });
                copy[u.0 as usize] = (stretch, c);
            }
            if !uses.is_empty() {
                inst.map_uses(|u| match copy.get(u.0 as usize) {
                    Some(&(s, c)) if s == stretch => c,
                    _ => u,
                });
            }
            if clobbers_all(&inst) {
                stretch += 1;
            }
            if let LInst::Op { dst: Some(d), op } = &inst {
                if is_constant(op) {
                    if !read_here[d.0 as usize] {
                        // Dropped: copies serve every use.
                        #[cfg(feature = "inject")]
                        {
                            moved_to[_k] = insts.len();
                        }
                        continue;
                    }
                    copy[d.0 as usize] = (stretch, *d);
                }
            }
            #[cfg(feature = "inject")]
            {
                moved_to[_k] = insts.len();
            }
            insts.push(inst);
        }
        new_blocks.push(VBlock {
            insts: start..insts.len(),
            ..b
        });
    }
    vc.insts = insts;
    vc.blocks = new_blocks;
    #[cfg(feature = "inject")]
    {
        vc.homed_args = std::mem::take(&mut vc.homed_args)
            .into_iter()
            .map(|(k, v)| (moved_to[k], v))
            .collect();
    }
}
