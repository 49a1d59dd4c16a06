//! The IR optimiser, target-independent: what Go's SSA passes do before
//! code generation that a function's code size depends on most.
//!
//! Each pass rewrites a verified function into an equivalent verified
//! function, equivalent under the IR's semantics (docs/ir.md): the same
//! results, the same panics, the same calls with the same arguments in
//! the same order, the same heap objects made in the same order. A program
//! that breaks the IR's rules (a load outside its object, reading a slot
//! before storing to it) is not a program the passes owe anything to,
//! which is what lets them delete a load nobody reads, as Go does.
//!
//! The pipeline, in [`optimize_function`]:
//! - [`escape`]: `alloc`s whose address never escapes become stack slots
//!   (Go's escape analysis), zeroed where the allocation was;
//! - [`fold`]: constants folded and algebraic identities applied (Go's
//!   generic rewrite rules: `x ^ x`, `x + 0`, `trunc(zext x)`, ...),
//!   branches on constants turned into jumps;
//! - [`mem`]: loads from stack objects whose address never escapes
//!   (slots, parameter homes) replaced by the value last stored or
//!   loaded there, then stores nobody loads deleted, and slots nothing
//!   addresses any more dropped (Go's dead-store and dead-auto
//!   elimination);
//! - [`dce`]: values nothing uses, block parameters nothing reads and
//!   blocks nothing reaches removed (Go's `deadcode`);
//! - [`cfg`]: branches to one place become jumps, empty blocks are jumped
//!   over, and a block with one predecessor is merged into it (Go's
//!   `fuse`).
//!
//! What the passes never touch: calls, `closure`, and an `alloc` whose
//! address escapes (every call is a safepoint the runtime checks, and
//! the heap objects a run makes must be made in the same order; the
//! oracle pairs them with the interpreter's in that order, leaving out
//! those kept on the stack), stores through pointers that may be shared,
//! and divisions whose divisor may be zero.

pub mod cfg;
pub mod dce;
pub mod escape;
pub mod fold;
pub mod mem;

use crate::ir::{Block, Function, Module, Terminator, Value};

/// `m` with every function optimised.
pub fn optimize_module(m: &Module) -> Module {
    let mut out = m.clone();
    for f in &mut out.functions {
        optimize_function(f);
    }
    out
}

/// Optimises `f` in place.
pub fn optimize_function(f: &mut Function) {
    let mut changed = escape::stack_allocate(f);
    let addressed = mem::addressed_slots(f);
    // Folding exposes constant divisors and dead branches; forwarding
    // exposes constants stored and loaded back, and merging blocks
    // exposes constants passed as block arguments: when the first round
    // forwarded a constant or reshaped the control flow, a second runs.
    for _ in 0..2 {
        let folded = fold::fold(f);
        let addresses = mem::LocalAddresses::of(f);
        let forwarded = mem::forward(f, &addresses);
        let stores = mem::remove_dead_stores(f, &addresses);
        let dead = dce::dce(f);
        let reshaped = cfg::simplify(f);
        changed |= folded || forwarded.any || dead || stores || reshaped;
        if !(forwarded.constants || reshaped) {
            break;
        }
    }
    changed |= mem::drop_dead_slots(f, &addressed);
    if changed {
        // Positions of statements and names of blocks no longer line up
        // with the text; keep only the function's own position.
        f.source = f.source.function_only();
    }
}

/// Value substitutions made by a pass, applied to every use at once.
pub(crate) struct Substitution {
    to: Vec<Value>,
    any: bool,
}

impl Substitution {
    pub(crate) fn new(f: &Function) -> Substitution {
        Substitution {
            to: (0..f.value_types.len() as u32).map(Value).collect(),
            any: false,
        }
    }

    /// From now on, `from` reads as `to` (which must dominate `from`'s uses).
    pub(crate) fn replace(&mut self, from: Value, to: Value) {
        let to = self.resolve(to);
        if to != from {
            self.to[from.0 as usize] = to;
            self.any = true;
        }
    }

    pub(crate) fn resolve(&self, mut v: Value) -> Value {
        while let Some(&n) = self.to.get(v.0 as usize) {
            if n == v {
                break;
            }
            v = n;
        }
        v
    }

    /// Rewrites the uses of `op` (nothing to do, and nothing written, while
    /// no value is replaced: most instructions of most functions).
    pub(crate) fn resolve_op(&self, op: &mut crate::ir::Op) {
        if self.any {
            op.map_args(|v| self.resolve(v));
        }
    }

    /// Rewrites the uses of `term`, as [`Substitution::resolve_op`].
    pub(crate) fn resolve_term(&self, term: &mut Terminator) {
        if self.any {
            term.map(|v| self.resolve(v), |b| b);
        }
    }

    /// Rewrites every use in `f`; returns whether there was any to rewrite.
    pub(crate) fn apply(&self, f: &mut Function) -> bool {
        if !self.any {
            return false;
        }
        for b in &mut f.blocks {
            for i in &mut b.insts {
                i.op.map_args(|v| self.resolve(v));
            }
            b.term.map(|v| self.resolve(v), |b| b);
        }
        true
    }
}

/// Calls `f(k, edge)` for each outgoing edge of `term` (`k`: 0 for a jump
/// or a brif's `then`, 1 for its `els`), without allocating.
pub(crate) fn for_each_edge(term: &Terminator, mut f: impl FnMut(usize, &crate::ir::BlockCall)) {
    match term {
        Terminator::Jump(bc) => f(0, bc),
        Terminator::Brif { then, els, .. } => {
            f(0, then);
            f(1, els);
        }
        Terminator::Return(_) => {}
    }
}

/// The successors of block `b` (at most two).
pub(crate) fn successors(f: &Function, b: usize) -> impl Iterator<Item = usize> {
    let (s, n) = match &f.blocks[b].term {
        Terminator::Jump(bc) => ([bc.block.0 as usize, 0], 1),
        Terminator::Brif { then, els, .. } => ([then.block.0 as usize, els.block.0 as usize], 2),
        Terminator::Return(_) => ([0, 0], 0),
    };
    s.into_iter().take(n)
}

/// The blocks reachable from the entry, in reverse postorder (every block
/// after its dominators).
pub(crate) fn reverse_postorder(f: &Function) -> Vec<usize> {
    let n = f.blocks.len();
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    // Iterative DFS: (block, index of the next successor to visit).
    let mut stack: Vec<(usize, usize)> = Vec::new();
    if n > 0 {
        seen[0] = true;
        stack.push((0, 0));
    }
    while let Some(&mut (b, ref mut k)) = stack.last_mut() {
        if let Some(s) = successors(f, b).nth(*k) {
            *k += 1;
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Renumbers blocks after some were removed: `keep[b]` says which stay;
/// returns whether any was removed.
pub(crate) fn keep_blocks(f: &mut Function, keep: &[bool]) -> bool {
    if keep.iter().all(|&k| k) {
        return false;
    }
    let mut new_index = vec![u32::MAX; f.blocks.len()];
    let mut n = 0;
    for (b, &k) in keep.iter().enumerate() {
        if k {
            new_index[b] = n;
            n += 1;
        }
    }
    let blocks = std::mem::take(&mut f.blocks);
    for (b, mut data) in blocks.into_iter().enumerate() {
        if keep[b] {
            data.term.map(|v| v, |t| Block(new_index[t.0 as usize]));
            f.blocks.push(data);
        }
    }
    true
}

#[cfg(test)]
mod tests;
