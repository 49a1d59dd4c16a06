//! Heap objects whose address never escapes, kept on the stack: Go's
//! escape analysis (cmd/compile/internal/escape) for the one case janus's
//! IR makes common, a `new(T)` read and written only through its own
//! pointer.
//!
//! `v = alloc T` becomes `v = slotaddr S` for a new typed slot S of type T
//! followed by stores of zero over all of it (an allocation is zeroed; a
//! slot is undefined until stored, and the alloc may run again in a loop),
//! when every use of `v` is the address operand of a `load` or `store`, or
//! an operand of a pointer comparison.
//! Nothing else can then reach the object: no callee, no other pointer,
//! no later run of the same `alloc` (an SSA value names one run's object,
//! and `v` is passed nowhere, not even to a block). The pointer words of
//! the slot are a typed slot's, so the stack maps report them and a
//! moving collector updates them as it did the heap object's.
//!
//! Then [`super::mem`] forwards the stores to the loads, deletes the
//! stores nobody reads and drops the slot nothing addresses: most such
//! objects vanish, and with them the call to `runtime.newobject`, which
//! often was the function's only call (Go's leaf functions then need no
//! stack check).
//!
//! Objects bigger than [`MAX_STACK_OBJECT`] stay on the heap: their
//! zeroing would be a store per word (Go zeroes big ones with DUFFZERO,
//! which janus does not have).

use crate::ir::{Function, Inst, Op, Slot, SlotData, Ty, Value};
use crate::types::Type;

/// The largest object moved to the stack, in bytes (Go moves up to 64 KB,
/// `ir.MaxImplicitStackVarSize`, zeroing big ones with DUFFZERO).
pub const MAX_STACK_OBJECT: u64 = 64;

/// Moves every non-escaping `alloc` of `f` to a new typed slot; returns
/// whether any was.
pub fn stack_allocate(f: &mut Function) -> bool {
    let n = f.value_types.len();
    // Values that are a candidate alloc's pointer.
    let mut candidate = vec![false; n];
    let mut any = false;
    for b in &f.blocks {
        for i in &b.insts {
            if let Op::Alloc { ty } = &i.op {
                if ty.size() <= MAX_STACK_OBJECT {
                    candidate[i.results[0].0 as usize] = true;
                    any = true;
                }
            }
        }
    }
    if !any {
        return false;
    }
    // A candidate escapes when it is used other than as the address of a
    // load or store or an operand of a pointer comparison (stored as a
    // value, passed, offset, returned). A comparison reveals nothing a
    // stack address changes: no other pointer can equal it, as none holds
    // it (not even one of an earlier run of the same `alloc`, which only a
    // block argument could carry over).
    let mut escapes = |v: Value| candidate[v.0 as usize] = false;
    for b in &f.blocks {
        for i in &b.insts {
            match &i.op {
                Op::Load { .. } | Op::Icmp { .. } => {}
                Op::Store { value, .. } => escapes(*value),
                op => op.for_each_arg(&mut escapes),
            }
        }
        b.term.for_each_arg(&mut escapes);
    }
    let mut moved = false;
    for b in 0..f.blocks.len() {
        let moves_here = f.blocks[b].insts.iter().any(|i| {
            matches!((&i.op, i.results.first()), (Op::Alloc { .. }, Some(v)) if candidate[v.0 as usize])
        });
        if !moves_here {
            continue;
        }
        // The block rebuilt in one pass (splicing each alloc's code in
        // would move the rest of the block once per alloc).
        let old = std::mem::take(&mut f.blocks[b].insts);
        let mut insts = Vec::with_capacity(old.len() + 8);
        for inst in old {
            let v = match (&inst.op, inst.results.first()) {
                (Op::Alloc { .. }, Some(&v)) if candidate[v.0 as usize] => v,
                _ => {
                    insts.push(inst);
                    continue;
                }
            };
            let Op::Alloc { ty } = inst.op else {
                unreachable!("matched above")
            };
            let slot = Slot(f.slots.len() as u32);
            f.slots.push(SlotData {
                size: ty.size() as u32,
                align: u32::from(ty.align()),
                ty: Some(ty.clone()),
            });
            insts.push(Inst {
                results: smallvec::smallvec![v],
                op: Op::SlotAddr { slot },
            });
            zero_stores(f, v, &ty, &mut insts);
            moved = true;
        }
        f.blocks[b].insts = insts;
    }
    moved
}

/// Appends to `code` stores of zero over all of a `ty` at `ptr`, with the
/// constants they store: each leaf of the type at its own type (so that
/// forwarding meets loads of the leaves), and any padding between them
/// with integer stores as wide as the offset's alignment allows (a program
/// may load across a leaf and its padding; an allocation zeroed both).
fn zero_stores(f: &mut Function, ptr: Value, ty: &Type, code: &mut Vec<Inst>) {
    // (offset, type) of every store.
    let mut plan: Vec<(u64, Ty)> = Vec::new();
    let gap = |plan: &mut Vec<(u64, Ty)>, mut at: u64, to: u64| {
        while at < to {
            let t = [Ty::I64, Ty::I32, Ty::I16, Ty::I8]
                .into_iter()
                .find(|t| at % t.bytes() as u64 == 0 && at + t.bytes() as u64 <= to)
                .expect("a byte store always fits");
            plan.push((at, t));
            at += t.bytes() as u64;
        }
    };
    let mut at = 0u64;
    for leaf in crate::ir::leaves(ty) {
        gap(&mut plan, at, leaf.offset);
        plan.push((leaf.offset, leaf.ty));
        at = leaf.offset + leaf.ty.bytes() as u64;
    }
    gap(&mut plan, at, ty.size());
    let mut zeros: Vec<(Ty, Value)> = Vec::new();
    for (at, ty) in plan {
        let zero = match zeros.iter().find(|(t, _)| *t == ty) {
            Some(&(_, z)) => z,
            None => {
                let z = Value(f.value_types.len() as u32);
                f.value_types.push(ty);
                code.push(Inst {
                    results: smallvec::smallvec![z],
                    op: match ty {
                        Ty::Ptr => Op::Nil,
                        Ty::F32 | Ty::F64 => Op::Fconst { ty, bits: 0 },
                        _ => Op::Iconst { ty, bits: 0 },
                    },
                });
                zeros.push((ty, z));
                z
            }
        };
        code.push(Inst {
            results: Default::default(),
            op: Op::Store {
                ty,
                ptr,
                offset: at as i32,
                value: zero,
            },
        });
    }
}
