//! Control-flow cleanup: what folding and dead code leave behind as
//! branches that choose nothing and blocks that only pass control on
//! (Go's `fuse` and the trivial cases of its `shortcircuit`).
//!
//! - a `brif` whose two edges go to the same block with the same
//!   arguments is a `jump`;
//! - an edge into an empty block (no parameters, no instructions) that
//!   only jumps on is redirected to where that block jumps, with its
//!   arguments: they are defined in blocks that dominate the empty block,
//!   which therefore dominate every predecessor of it too;
//! - a block whose only predecessor ends in a jump to it is appended to
//!   that predecessor, its parameters replaced by the jump's arguments.
//!
//! Blocks left unreachable are removed, and the order of the rest is kept:
//! the lowering lays blocks out in that order.

use super::{keep_blocks, reverse_postorder, Substitution};
use crate::ir::{BlockCall, Function, Terminator};

/// Simplifies `f`'s control flow; returns whether anything changed.
pub fn simplify(f: &mut Function) -> bool {
    let mut changed = false;
    loop {
        let mut round = thread_empty_blocks(f);
        round |= merge_single_predecessors(f);
        changed |= round;
        if !round {
            return changed;
        }
    }
}

/// Where an edge into block `b` ends up when `b` only jumps on: the final
/// block call, following chains of empty blocks (not around a cycle).
fn forward_target(f: &Function, bc: &BlockCall) -> Option<BlockCall> {
    // Where a jump from block `b` goes on, if `b` only jumps on.
    let passes_on = |b: crate::ir::Block| {
        let data = &f.blocks[b.0 as usize];
        if b.0 == 0 || !data.params.is_empty() || !data.insts.is_empty() {
            return None;
        }
        match &data.term {
            Terminator::Jump(next) if next.block != b => Some(next),
            _ => None,
        }
    };
    let mut at = passes_on(bc.block)?;
    let mut steps = 1;
    while let Some(next) = passes_on(at.block) {
        if steps > f.blocks.len() {
            break;
        }
        at = next;
        steps += 1;
    }
    Some(at.clone())
}

fn thread_empty_blocks(f: &mut Function) -> bool {
    let mut changed = false;
    for b in 0..f.blocks.len() {
        let redirect = |bc: &BlockCall| forward_target(f, bc);
        let (new_then, new_els) = match &f.blocks[b].term {
            Terminator::Jump(bc) => (redirect(bc), None),
            Terminator::Brif { then, els, .. } => (redirect(then), redirect(els)),
            Terminator::Return(_) => continue,
        };
        let term = &mut f.blocks[b].term;
        match term {
            Terminator::Jump(bc) => {
                if let Some(t) = new_then {
                    *bc = t;
                    changed = true;
                }
            }
            Terminator::Brif { then, els, .. } => {
                if let Some(t) = new_then {
                    *then = t;
                    changed = true;
                }
                if let Some(t) = new_els {
                    *els = t;
                    changed = true;
                }
                if then == els {
                    *term = Terminator::Jump(then.clone());
                    changed = true;
                }
            }
            Terminator::Return(_) => {}
        }
    }
    if changed {
        let mut reachable = vec![false; f.blocks.len()];
        for b in reverse_postorder(f) {
            reachable[b] = true;
        }
        keep_blocks(f, &reachable);
    }
    changed
}

fn merge_single_predecessors(f: &mut Function) -> bool {
    // Edges into each block (a brif with both edges to one block counts
    // two).
    let mut preds = vec![0u32; f.blocks.len()];
    for b in 0..f.blocks.len() {
        for s in super::successors(f, b) {
            preds[s] += 1;
        }
    }
    let mut keep = vec![true; f.blocks.len()];
    let mut subst = Substitution::new(f);
    let mut changed = false;
    for a in 0..f.blocks.len() {
        if !keep[a] {
            continue;
        }
        // Absorb successors while `a` jumps to a block only it reaches.
        loop {
            let Terminator::Jump(bc) = &f.blocks[a].term else {
                break;
            };
            let b = bc.block.0 as usize;
            if b == 0 || b == a || preds[b] != 1 || !keep[b] {
                break;
            }
            let args = bc.args.clone();
            let moved = std::mem::replace(
                &mut f.blocks[b],
                crate::ir::BlockData {
                    params: Vec::new(),
                    insts: Vec::new(),
                    term: Terminator::Return(Vec::new()),
                },
            );
            for (p, v) in moved.params.iter().zip(args) {
                subst.replace(*p, v);
            }
            let data = &mut f.blocks[a];
            data.insts.extend(moved.insts);
            data.term = moved.term;
            keep[b] = false;
            changed = true;
        }
    }
    if changed {
        subst.apply(f);
        keep_blocks(f, &keep);
    }
    changed
}
