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
    // Where each value is defined: (block, instruction), or (block,
    // PARAM | index) for a block parameter, or `NONE`.
    const NONE: (u32, u32) = (u32::MAX, u32::MAX);
    const PARAM: u32 = 1 << 31;
    let mut def_at: Vec<(u32, u32)> = vec![NONE; n];
    for (b, data) in f.blocks.iter().enumerate() {
        for (k, p) in data.params.iter().enumerate() {
            def_at[p.0 as usize] = (b as u32, PARAM | k as u32);
        }
        for (k, i) in data.insts.iter().enumerate() {
            for r in &i.results {
                def_at[r.0 as usize] = (b as u32, k as u32);
            }
        }
    }
    let blocks = &f.blocks;
    let constant_nonzero = |v: Value| match def_at[v.0 as usize] {
        (b, k) if (b, k) != NONE && k & PARAM == 0 => matches!(
            blocks[b as usize].insts[k as usize].op,
            Op::Iconst { bits, .. } if bits != 0
        ),
        _ => false,
    };
    let mut live = vec![false; n];
    let mut work: Vec<Value> = Vec::new();
    let mark = |v: Value, live: &mut Vec<bool>, work: &mut Vec<Value>| {
        if !live[v.0 as usize] {
            live[v.0 as usize] = true;
            work.push(v);
        }
    };
    // Whether each instruction has an effect, in order (for the sweep).
    let mut effect: Vec<bool> = Vec::new();
    for data in blocks {
        for i in &data.insts {
            let e = has_effect(&i.op, &constant_nonzero);
            effect.push(e);
            if e {
                i.op.for_each_arg(|a| mark(a, &mut live, &mut work));
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
        let (b, k) = def_at[v.0 as usize];
        if (b, k) == NONE {
            continue;
        }
        if k & PARAM != 0 {
            let (b, k) = (b as usize, (k & !PARAM) as usize);
            for &(from, which) in &edges[starts[b] as usize..starts[b + 1] as usize] {
                let a = match &f.blocks[from as usize].term {
                    Terminator::Jump(bc) => bc.args[k],
                    Terminator::Brif { then, els, .. } => [then, els][which as usize].args[k],
                    Terminator::Return(_) => unreachable!("a return has no edges"),
                };
                mark(a, &mut live, &mut work);
            }
        } else {
            blocks[b as usize].insts[k as usize]
                .op
                .for_each_arg(|a| mark(a, &mut live, &mut work));
        }
    }

    // Drop dead instructions and parameters, and the arguments of dead
    // parameters.
    let mut effect = effect.into_iter();
    for data in &mut f.blocks {
        let before = data.insts.len();
        data.insts.retain(|i| {
            effect.next().expect("one per instruction")
                || i.results.iter().any(|r| live[r.0 as usize])
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
