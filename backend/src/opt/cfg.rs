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

use super::{keep_blocks, predecessors, reverse_postorder, Substitution};
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
    let mut at = bc.clone();
    let mut steps = 0;
    loop {
        let data = &f.blocks[at.block.0 as usize];
        if at.block.0 == 0 || !data.params.is_empty() || !data.insts.is_empty() {
            break;
        }
        let Terminator::Jump(next) = &data.term else { break };
        if next.block == at.block || steps > f.blocks.len() {
            break;
        }
        at = next.clone();
        steps += 1;
    }
    (steps > 0).then_some(at)
}

fn thread_empty_blocks(f: &mut Function) -> bool {
    let mut changed = false;
    for b in 0..f.blocks.len() {
        let mut term = f.blocks[b].term.clone();
        match &mut term {
            Terminator::Jump(bc) => {
                if let Some(t) = forward_target(f, bc) {
                    *bc = t;
                    changed = true;
                }
            }
            Terminator::Brif { then, els, .. } => {
                for bc in [&mut *then, &mut *els] {
                    if let Some(t) = forward_target(f, bc) {
                        *bc = t;
                        changed = true;
                    }
                }
                if then == els {
                    term = Terminator::Jump(then.clone());
                    changed = true;
                }
            }
            Terminator::Return(_) => {}
        }
        f.blocks[b].term = term;
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
    let preds = predecessors(f);
    let mut keep = vec![true; f.blocks.len()];
    let mut subst = Substitution::new(f);
    let mut changed = false;
    for a in 0..f.blocks.len() {
        if !keep[a] {
            continue;
        }
        // Absorb successors while `a` jumps to a block only it reaches.
        loop {
            let Terminator::Jump(bc) = &f.blocks[a].term else { break };
            let b = bc.block.0 as usize;
            if b == 0 || b == a || preds[b].len() != 1 || !keep[b] {
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
