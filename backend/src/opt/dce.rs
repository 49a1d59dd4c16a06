//! Dead code: blocks no path from the entry reaches, instructions whose
//! results nothing live uses and that have no effect, and block
//! parameters nothing live reads (with the arguments every branch passes
//! them).
//!
//! Liveness starts from what has an effect: stores, calls, `alloc` and
//! `closure` (heap objects are numbered in order of allocation, and each is
//! a safepoint), divisions and remainders whose divisor may be zero (they
//! may panic), and the terminators' conditions and returned values. A
//! value is live if a live instruction reads it; a block parameter is
//! live if a live instruction reads it, and then so is every argument
//! passed to it.

use super::{keep_blocks, reverse_postorder};
use crate::ir::{BinOp, Function, Op, Terminator, Value};

/// Whether `op` must stay even when nothing reads its results.
fn has_effect(op: &Op, constant_nonzero: &dyn Fn(Value) -> bool) -> bool {
    match op {
        Op::Store { .. }
        | Op::Call { .. }
        | Op::CallVal { .. }
        | Op::CallMethod { .. }
        | Op::Alloc { .. }
        | Op::Closure { .. } => true,
        Op::Binary { op, b, .. } => {
            matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU) && !constant_nonzero(*b)
        }
        _ => false,
    }
}

/// Removes dead code from `f`.
pub fn dce(f: &mut Function) {
    // Unreachable blocks first: what they use keeps nothing alive.
    let rpo = reverse_postorder(f);
    let mut reachable = vec![false; f.blocks.len()];
    for &b in &rpo {
        reachable[b] = true;
    }
    keep_blocks(f, &reachable);

    let n = f.value_types.len();
    let mut iconst = vec![None; n];
    for b in &f.blocks {
        for i in &b.insts {
            if let Op::Iconst { bits, .. } = i.op {
                iconst[i.results[0].0 as usize] = Some(bits);
            }
        }
    }
    let constant_nonzero = |v: Value| iconst[v.0 as usize].is_some_and(|c| c != 0);

    // Where each block parameter is: (block, index).
    let mut param_of: Vec<Option<(usize, usize)>> = vec![None; n];
    for (b, data) in f.blocks.iter().enumerate() {
        for (k, p) in data.params.iter().enumerate() {
            param_of[p.0 as usize] = Some((b, k));
        }
    }
    // The arguments passed to each block parameter, over every edge.
    let mut incoming: Vec<Vec<Vec<Value>>> = f.blocks.iter().map(|d| vec![Vec::new(); d.params.len()]).collect();
    for data in &f.blocks {
        for bc in data.term.targets() {
            for (k, a) in bc.args.iter().enumerate() {
                incoming[bc.block.0 as usize][k].push(*a);
            }
        }
    }
    // Each value's defining instruction's operands.
    let mut operands: Vec<Vec<Value>> = vec![Vec::new(); n];
    let mut live = vec![false; n];
    let mut work: Vec<Value> = Vec::new();
    let mark = |v: Value, live: &mut Vec<bool>, work: &mut Vec<Value>| {
        if !live[v.0 as usize] {
            live[v.0 as usize] = true;
            work.push(v);
        }
    };
    for data in &f.blocks {
        for i in &data.insts {
            let args = i.op.args();
            if has_effect(&i.op, &constant_nonzero) {
                for a in &args {
                    mark(*a, &mut live, &mut work);
                }
            }
            for r in &i.results {
                operands[r.0 as usize] = args.clone();
            }
        }
        match &data.term {
            Terminator::Brif { cond, .. } => mark(*cond, &mut live, &mut work),
            Terminator::Return(vs) => vs.iter().for_each(|v| mark(*v, &mut live, &mut work)),
            Terminator::Jump(_) => {}
        }
    }
    while let Some(v) = work.pop() {
        if let Some((b, k)) = param_of[v.0 as usize] {
            for a in incoming[b][k].clone() {
                mark(a, &mut live, &mut work);
            }
        }
        for a in operands[v.0 as usize].clone() {
            mark(a, &mut live, &mut work);
        }
    }

    // Drop dead instructions and parameters, and the arguments of dead
    // parameters.
    let dead_params: Vec<Vec<bool>> =
        f.blocks.iter().map(|d| d.params.iter().map(|p| !live[p.0 as usize]).collect()).collect();
    for b in 0..f.blocks.len() {
        let data = &mut f.blocks[b];
        data.insts.retain(|i| {
            has_effect(&i.op, &constant_nonzero) || i.results.iter().any(|r| live[r.0 as usize])
        });
        let mut k = 0;
        data.params.retain(|_| {
            k += 1;
            !dead_params[b][k - 1]
        });
        let drop_args = |bc: &mut crate::ir::BlockCall| {
            let dead = &dead_params[bc.block.0 as usize];
            let mut k = 0;
            bc.args.retain(|_| {
                k += 1;
                !dead[k - 1]
            });
        };
        match &mut data.term {
            Terminator::Jump(bc) => drop_args(bc),
            Terminator::Brif { then, els, .. } => {
                drop_args(then);
                drop_args(els);
            }
            Terminator::Return(_) => {}
        }
    }
}
