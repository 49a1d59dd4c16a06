//! Stack objects whose address never escapes: their loads forwarded, their
//! dead stores and unused slots removed.
//!
//! A *local object* is a stack slot (`slotaddr`) or a parameter's home
//! (`paramaddr`). When every use of every address of it is the address
//! operand of a `load` or `store` at a constant offset (or an operand of a
//! pointer comparison, which reads nothing), nothing but those
//! loads and stores can read or write it: no callee, no other pointer, not
//! the collector (which may rewrite a typed slot's pointer word, but only
//! to the moved object's new address, as it rewrites the SSA value that
//! was stored there, which is live in a register or spill slot the stack
//! maps describe). So, as Go's SSA does for autos whose address is not
//! taken:
//! - [`forward`]: a load of bytes last stored (or loaded) with the same
//!   offset and type, in the same block or along a chain of single
//!   predecessors, with no call or allocation between, is that value, and
//!   a store of that value there is deleted. (A load from a parameter home before
//!   any store stays a load, though it reads the parameter: the prologue's
//!   homing of register arguments is what the campaign checks through
//!   it, and its generator does not yet hand homes to callees, through
//!   which it would check it otherwise.)
//! - [`remove_dead_stores`]: an object no load reads any more has its
//!   stores deleted;
//! - [`drop_dead_slots`]: a slot no instruction addresses any more is
//!   dropped.

use super::{reverse_postorder, Substitution};
use crate::ir::{Function, Op, Slot, Ty, Value};

/// A local object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Object {
    Slot(u32),
    Param(u32),
}

/// A set of a function's local objects, one flag per slot and then per
/// parameter (a function may address dozens: a list would make every
/// lookup a scan).
struct ObjectSet {
    flags: Vec<bool>,
    slots: usize,
}

impl ObjectSet {
    fn new(f: &Function) -> ObjectSet {
        ObjectSet {
            flags: vec![false; f.slots.len() + f.sig.params.len()],
            slots: f.slots.len(),
        }
    }

    fn index(&self, o: Object) -> usize {
        match o {
            Object::Slot(k) => k as usize,
            Object::Param(k) => self.slots + k as usize,
        }
    }

    fn insert(&mut self, o: Object) {
        let k = self.index(o);
        self.flags[k] = true;
    }

    fn contains(&self, o: Object) -> bool {
        self.flags[self.index(o)]
    }
}

/// For every value, the local object it is the (non-escaping) address of
/// (`None` inside when the function addresses no local object): what
/// [`forward`] and [`remove_dead_stores`] work on. Forwarding leaves it
/// true (a forwarded value that is an address was stored as a value, so
/// its object escapes already), so one serves both.
pub struct LocalAddresses(Option<Vec<Option<Object>>>);

impl LocalAddresses {
    pub fn of(f: &Function) -> LocalAddresses {
        LocalAddresses(local_addresses(f))
    }
}

fn local_addresses(f: &Function) -> Option<Vec<Option<Object>>> {
    let n = f.value_types.len();
    let mut addr: Vec<Option<Object>> = Vec::new();
    for b in &f.blocks {
        for i in &b.insts {
            let o = match i.op {
                Op::SlotAddr { slot } => Object::Slot(slot.0),
                Op::ParamAddr { index } => Object::Param(index),
                _ => continue,
            };
            if addr.is_empty() {
                addr = vec![None; n];
            }
            addr[i.results[0].0 as usize] = Some(o);
        }
    }
    if addr.is_empty() {
        return None;
    }
    // An object escapes when any of its addresses is used other than as the
    // address of a load or store, or compared (which neither reads nor
    // writes it).
    let mut escapes = ObjectSet::new(f);
    let note = |v: Value, escapes: &mut ObjectSet| {
        if let Some(o) = addr[v.0 as usize] {
            escapes.insert(o);
        }
    };
    for b in &f.blocks {
        for i in &b.insts {
            match &i.op {
                Op::Load { .. } | Op::Icmp { .. } => {}
                Op::Store { value, .. } => note(*value, &mut escapes),
                op => op.for_each_arg(|v| note(v, &mut escapes)),
            }
        }
        b.term.for_each_arg(|v| note(v, &mut escapes));
    }
    for a in addr.iter_mut() {
        if a.is_some_and(|o| escapes.contains(o)) {
            *a = None;
        }
    }
    Some(addr)
}

/// What is known to be in a local object: `ty` at `offset` is `value`.
#[derive(Clone, Copy, Debug)]
struct Known {
    object: Object,
    offset: i64,
    ty: Ty,
    value: Value,
}

fn overlaps(k: &Known, object: Object, offset: i64, ty: Ty) -> bool {
    k.object == object
        && k.offset < offset + ty.bytes() as i64
        && offset < k.offset + k.ty.bytes() as i64
}

/// Forwards stored and loaded values to later loads of local objects, and
/// deletes stores of the value known to be there already; returns whether
/// any load was forwarded or store deleted, and whether a load became a
/// constant.
pub fn forward(f: &mut Function, addr: &LocalAddresses) -> Forwarded {
    let Some(addr) = &addr.0 else {
        return Forwarded {
            any: false,
            constants: false,
        };
    };
    // Each block's only predecessor, if it has exactly one edge in.
    let mut only_pred: Vec<(u32, usize)> = vec![(0, usize::MAX); f.blocks.len()];
    for b in 0..f.blocks.len() {
        for s in super::successors(f, b) {
            only_pred[s].0 += 1;
            only_pred[s].1 = b;
        }
    }
    let mut out: Vec<Option<Vec<Known>>> = vec![None; f.blocks.len()];
    let mut subst = Substitution::new(f);
    let mut redundant: Vec<(usize, usize)> = Vec::new();
    // Values known to be constants, and whether a load became one.
    let mut constant = vec![false; f.value_types.len()];
    let mut constants = false;
    for b in reverse_postorder(f) {
        for i in &f.blocks[b].insts {
            if matches!(i.op, Op::Iconst { .. } | Op::Fconst { .. } | Op::Nil) {
                constant[i.results[0].0 as usize] = true;
            }
        }
        let mut state: Vec<Known> = match only_pred[b] {
            (1, p) => out[p].clone().unwrap_or_default(),
            _ => Vec::new(),
        };
        for k in 0..f.blocks[b].insts.len() {
            // Uses are resolved as they are visited (definitions come
            // first in reverse postorder), not in a pass of their own.
            let inst = &mut f.blocks[b].insts[k];
            subst.resolve_op(&mut inst.op);
            match inst.op {
                Op::Store {
                    ty,
                    ptr,
                    offset,
                    value,
                } => {
                    if let Some(o) = addr[ptr.0 as usize] {
                        let off = offset as i64;
                        // Storing what is there already (Go's rule
                        // `(Store ptr (Load ptr mem) mem) => mem`).
                        if state.iter().any(|x| {
                            x.object == o && x.offset == off && x.ty == ty && x.value == value
                        }) {
                            redundant.push((b, k));
                            continue;
                        }
                        state.retain(|k| !overlaps(k, o, off, ty));
                        state.push(Known {
                            object: o,
                            offset: off,
                            ty,
                            value,
                        });
                    }
                }
                Op::Load { ty, ptr, offset } => {
                    let Some(o) = addr[ptr.0 as usize] else {
                        continue;
                    };
                    let off = offset as i64;
                    let r = inst.results[0];
                    if let Some(k) = state
                        .iter()
                        .find(|k| k.object == o && k.offset == off && k.ty == ty)
                    {
                        subst.replace(r, k.value);
                        constants |= constant.get(k.value.0 as usize).copied().unwrap_or(false);
                        continue;
                    }
                    state.retain(|k| !overlaps(k, o, off, ty));
                    state.push(Known {
                        object: o,
                        offset: off,
                        ty,
                        value: r,
                    });
                }
                // A call (allocations are runtime calls) is a new memory
                // state, as in Go's SSA: nothing is forwarded across it.
                // Only conservative for an object no callee can reach, but
                // it keeps what Go keeps: a frame's probes near its ends
                // and the values read back after a stack may have moved.
                Op::Call { .. }
                | Op::CallVal { .. }
                | Op::CallMethod { .. }
                | Op::Alloc { .. }
                | Op::Closure { .. } => state.clear(),
                _ => {}
            }
        }
        subst.resolve_term(&mut f.blocks[b].term);
        out[b] = Some(state);
    }
    for &(b, k) in redundant.iter().rev() {
        f.blocks[b].insts.remove(k);
    }
    let forwarded = subst.any;
    Forwarded {
        any: forwarded || !redundant.is_empty(),
        constants,
    }
}

/// What [`forward`] did.
#[derive(Clone, Copy, Debug)]
pub struct Forwarded {
    /// A load forwarded or a store deleted.
    pub any: bool,
    /// A load became a constant, which folding may use.
    pub constants: bool,
}

/// Deletes stores to local objects no load reads (a load whose result
/// nothing uses, as after [`forward`], does not count: dead code removal
/// deletes it next); returns whether any was.
pub fn remove_dead_stores(f: &mut Function, addr: &LocalAddresses) -> bool {
    let Some(addr) = &addr.0 else {
        return false;
    };
    let mut used = vec![false; f.value_types.len()];
    for b in &f.blocks {
        for i in &b.insts {
            i.op.for_each_arg(|v| used[v.0 as usize] = true);
        }
        b.term.for_each_arg(|v| used[v.0 as usize] = true);
    }
    let mut loaded = ObjectSet::new(f);
    for b in &f.blocks {
        for i in &b.insts {
            if let Op::Load { ptr, .. } = i.op {
                if !used[i.results[0].0 as usize] {
                    continue;
                }
                if let Some(o) = addr[ptr.0 as usize] {
                    loaded.insert(o);
                }
            }
        }
    }
    let mut removed = false;
    for b in &mut f.blocks {
        b.insts.retain(|i| match i.op {
            Op::Store { ptr, .. } => match addr[ptr.0 as usize] {
                Some(o) if !loaded.contains(o) => {
                    removed = true;
                    false
                }
                _ => true,
            },
            _ => true,
        });
    }
    removed
}

/// Which slots `f` addresses.
pub fn addressed_slots(f: &Function) -> Vec<bool> {
    let mut used = vec![false; f.slots.len()];
    for b in &f.blocks {
        for i in &b.insts {
            if let Op::SlotAddr { slot } = i.op {
                used[slot.0 as usize] = true;
            }
        }
    }
    used
}

/// Drops the slots that the function as written addressed (`was`, from
/// [`addressed_slots`]) and nothing addresses any more; returns whether
/// any was. A slot the text never addresses stays: it is how a function
/// asks for a frame of a size (as an assembly function's `TEXT f(SB),
/// $N`), which tests of stack checks rely on.
pub fn drop_dead_slots(f: &mut Function, was: &[bool]) -> bool {
    let is = addressed_slots(f);
    let keep: Vec<bool> = was.iter().zip(&is).map(|(w, i)| *i || !*w).collect();
    if keep.iter().all(|&k| k) {
        return false;
    }
    let mut new_index = vec![0u32; f.slots.len()];
    let mut n = 0;
    for (s, &k) in keep.iter().enumerate() {
        new_index[s] = n;
        n += k as u32;
    }
    let mut s = 0;
    f.slots.retain(|_| {
        s += 1;
        keep[s - 1]
    });
    for b in &mut f.blocks {
        for i in &mut b.insts {
            if let Op::SlotAddr { slot } = &mut i.op {
                *slot = Slot(new_index[slot.0 as usize]);
            }
        }
    }
    true
}
