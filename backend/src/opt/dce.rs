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

use super::{for_each_edge, keep_blocks, reverse_postorder};
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
            matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU)
                && !constant_nonzero(*b)
        }
        _ => false,
    }
}

/// Removes dead code from `f`; returns whether there was any.
pub fn dce(f: &mut Function) -> bool {
    // Unreachable blocks first: what they use keeps nothing alive.
    let rpo = reverse_postorder(f);
    let mut reachable = vec![false; f.blocks.len()];
    for &b in &rpo {
        reachable[b] = true;
    }
    let mut changed = keep_blocks(f, &reachable);

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
    // Where each value is defined: (block, instruction), or `NONE` for a
    // block parameter.
    const NONE: (u32, u32) = (u32::MAX, u32::MAX);
    let mut def_at: Vec<(u32, u32)> = vec![NONE; n];
    let mut live = vec![false; n];
    let mut work: Vec<Value> = Vec::new();
    let mark = |v: Value, live: &mut Vec<bool>, work: &mut Vec<Value>| {
        if !live[v.0 as usize] {
            live[v.0 as usize] = true;
            work.push(v);
        }
    };
    for (b, data) in f.blocks.iter().enumerate() {
        for (k, i) in data.insts.iter().enumerate() {
            if has_effect(&i.op, &constant_nonzero) {
                i.op.for_each_arg(|a| mark(a, &mut live, &mut work));
            }
            for r in &i.results {
                def_at[r.0 as usize] = (b as u32, k as u32);
            }
        }
        match &data.term {
            Terminator::Brif { cond, .. } => mark(*cond, &mut live, &mut work),
            Terminator::Return(vs) => vs.iter().for_each(|v| mark(*v, &mut live, &mut work)),
            Terminator::Jump(_) => {}
        }
    }
    // A live block parameter makes what every edge passes it live; the
    // edges into each block, for that: `edges[starts[b]..starts[b + 1]]`.
    let nb = f.blocks.len();
    let mut starts = vec![0u32; nb + 1];
    for data in &f.blocks {
        for_each_edge(&data.term, |_, bc| starts[bc.block.0 as usize + 1] += 1);
    }
    for b in 0..nb {
        starts[b + 1] += starts[b];
    }
    let mut fill = starts.clone();
    let mut edges = vec![(0u32, 0u8); starts[nb] as usize];
    for (b, data) in f.blocks.iter().enumerate() {
        for_each_edge(&data.term, |which, bc| {
            let t = bc.block.0 as usize;
            edges[fill[t] as usize] = (b as u32, which as u8);
            fill[t] += 1;
        });
    }
    while let Some(v) = work.pop() {
        if let Some((b, k)) = param_of[v.0 as usize] {
            for &(from, which) in &edges[starts[b] as usize..starts[b + 1] as usize] {
                let a = match &f.blocks[from as usize].term {
                    Terminator::Jump(bc) => bc.args[k],
                    Terminator::Brif { then, els, .. } => [then, els][which as usize].args[k],
                    Terminator::Return(_) => unreachable!("a return has no edges"),
                };
                mark(a, &mut live, &mut work);
            }
        } else if def_at[v.0 as usize] != NONE {
            let (b, k) = def_at[v.0 as usize];
            f.blocks[b as usize].insts[k as usize]
                .op
                .for_each_arg(|a| mark(a, &mut live, &mut work));
        }
    }

    // Drop dead instructions and parameters, and the arguments of dead
    // parameters.
    for data in &mut f.blocks {
        let before = data.insts.len();
        data.insts.retain(|i| {
            has_effect(&i.op, &constant_nonzero) || i.results.iter().any(|r| live[r.0 as usize])
        });
        changed |= data.insts.len() != before;
    }
    if !f
        .blocks
        .iter()
        .any(|d| d.params.iter().any(|p| !live[p.0 as usize]))
    {
        return changed;
    }
    let dead_params: Vec<Vec<bool>> = f
        .blocks
        .iter()
        .map(|d| d.params.iter().map(|p| !live[p.0 as usize]).collect())
        .collect();
    for (b, data) in f.blocks.iter_mut().enumerate() {
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
    true
}
