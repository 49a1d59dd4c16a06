//! Linear-scan register allocation (Poletto and Sarkar), target-independent.
//!
//! The code to allocate is seen through [`RaFunction`]: blocks of
//! instructions that use and define virtual registers and may clobber
//! physical ones. Each virtual register gets one live interval — the hull of
//! every point where it is live, from block liveness — and then either one
//! physical register for all of it or a spill slot for all of it (no
//! splitting). Registers clobbered inside an interval (a call clobbers all
//! of them: there are no callee-saved registers in Go's ABIs) are never
//! given to it, so values live across calls are spilled.
//!
//! Positions: a block starts at `2 * first` (its parameters are defined
//! there), instruction `i` reads its operands at `2i + 1` and writes its
//! results at `2i + 2`, and a block ends at `2 * end`. So a value whose last
//! use is an instruction may share a register with a result of that same
//! instruction: the code emitted for an instruction reads every operand
//! before writing a result.
//! Fixed-register constraints (ABI argument and result registers, `div`,
//! shift counts) are not the allocator's business: the instructions that
//! have them move their operands into place themselves, with parallel
//! moves ([`moves`]) and reserved scratch registers.

pub mod moves;

use std::fmt;

/// A virtual register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VReg(pub u32);

impl fmt::Display for VReg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "%{}", self.0)
    }
}

/// Which register file a value lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    Int,
    Float,
}

/// A physical register, numbered 0..32: integer registers 0..16 and float
/// registers 16..32 (hardware numbers plus 16).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PReg(pub u8);

impl PReg {
    pub fn class(self) -> Class {
        if self.0 < 16 {
            Class::Int
        } else {
            Class::Float
        }
    }

    /// The hardware number within its register file.
    pub fn hw(self) -> u8 {
        self.0 & 15
    }
}

/// A set of physical registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct PRegSet(pub u32);

impl PRegSet {
    pub const ALL: PRegSet = PRegSet(u32::MAX);
    pub const EMPTY: PRegSet = PRegSet(0);

    pub fn with(self, r: PReg) -> PRegSet {
        PRegSet(self.0 | 1 << r.0)
    }

    pub fn contains(self, r: PReg) -> bool {
        self.0 & (1 << r.0) != 0
    }

    pub fn union(self, o: PRegSet) -> PRegSet {
        PRegSet(self.0 | o.0)
    }

    pub fn minus(self, o: PRegSet) -> PRegSet {
        PRegSet(self.0 & !o.0)
    }

    pub fn iter(self) -> impl Iterator<Item = PReg> {
        (0..32u8).filter(move |i| self.0 & (1 << i) != 0).map(PReg)
    }
}

/// The allocator's view of a function.
pub trait RaFunction {
    fn num_vregs(&self) -> usize;
    fn class(&self, v: VReg) -> Class;
    fn num_blocks(&self) -> usize;
    /// The instruction indices of block `b` (consecutive, in order; blocks
    /// are laid out one after another).
    fn block_insts(&self, b: usize) -> std::ops::Range<usize>;
    fn succs(&self, b: usize) -> &[usize];
    /// Values defined on entry to block `b` (by its predecessors' moves).
    fn block_params(&self, b: usize) -> &[VReg];
    fn uses(&self, inst: usize, out: &mut Vec<VReg>);
    fn defs(&self, inst: usize, out: &mut Vec<VReg>);
    /// Registers the instruction destroys (beyond its own results).
    fn clobbers(&self, inst: usize) -> PRegSet;
}

/// Where a virtual register lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alloc {
    Reg(PReg),
    /// A spill slot, numbered from 0; the frame gives each 8 bytes.
    Spill(u32),
}

/// The result of allocation.
#[derive(Clone, Debug)]
pub struct Allocation {
    /// Per virtual register; `None` for one that is never defined or used.
    pub allocs: Vec<Option<Alloc>>,
    pub num_spill_slots: u32,
    /// The live interval of each virtual register (for stack maps and
    /// listings): `(start, end)` positions, `None` when unused.
    pub intervals: Vec<Option<(u32, u32)>>,
}

impl Allocation {
    pub fn get(&self, v: VReg) -> Alloc {
        self.allocs[v.0 as usize].expect("allocated: the value is used")
    }
}

/// The virtual registers live on entry to each block (bitsets), by
/// backward dataflow to a fixed point.
pub fn live_ins(f: &impl RaFunction) -> Vec<Vec<u64>> {
    let words = f.num_vregs().div_ceil(64);
    let nb = f.num_blocks();
    let mut live_in: Vec<Vec<u64>> = vec![vec![0; words]; nb];
    let mut buf = Vec::new();
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..nb).rev() {
            let mut live = vec![0u64; words];
            for &s in f.succs(b) {
                for (w, x) in live.iter_mut().zip(&live_in[s]) {
                    *w |= x;
                }
            }
            for i in f.block_insts(b).rev() {
                buf.clear();
                f.defs(i, &mut buf);
                for v in &buf {
                    live[v.0 as usize / 64] &= !(1 << (v.0 % 64));
                }
                buf.clear();
                f.uses(i, &mut buf);
                for v in &buf {
                    live[v.0 as usize / 64] |= 1 << (v.0 % 64);
                }
            }
            for v in f.block_params(b) {
                live[v.0 as usize / 64] &= !(1 << (v.0 % 64));
            }
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }
    live_in
}

/// For each instruction of `wanted`, the virtual registers live across it:
/// live after it, and not defined by it. Precise (per instruction), where
/// the allocator's intervals are hulls. Stack maps use this.
pub fn live_across(
    f: &impl RaFunction,
    wanted: &[usize],
) -> std::collections::HashMap<usize, Vec<VReg>> {
    let live_in = live_ins(f);
    let words = f.num_vregs().div_ceil(64);
    let mut out = std::collections::HashMap::new();
    let mut buf = Vec::new();
    for b in 0..f.num_blocks() {
        let r = f.block_insts(b);
        if !wanted.iter().any(|i| r.contains(i)) {
            continue;
        }
        let mut live = vec![0u64; words];
        for &s in f.succs(b) {
            for (w, x) in live.iter_mut().zip(&live_in[s]) {
                *w |= x;
            }
        }
        for i in r.rev() {
            // `live` is what is live after instruction i.
            buf.clear();
            f.defs(i, &mut buf);
            for v in &buf {
                live[v.0 as usize / 64] &= !(1 << (v.0 % 64));
            }
            if wanted.contains(&i) {
                let vs = (0..f.num_vregs())
                    .filter(|v| live[v / 64] & (1 << (v % 64)) != 0)
                    .map(|v| VReg(v as u32))
                    .collect();
                out.insert(i, vs);
            }
            buf.clear();
            f.uses(i, &mut buf);
            for v in &buf {
                live[v.0 as usize / 64] |= 1 << (v.0 % 64);
            }
        }
    }
    out
}

/// Computes each virtual register's interval (hull of its live points).
pub fn intervals(f: &impl RaFunction) -> Vec<Option<(u32, u32)>> {
    let n = f.num_vregs();
    let live_in = live_ins(f);
    let mut buf = Vec::new();
    let mut iv: Vec<Option<(u32, u32)>> = vec![None; n];
    let mut extend = |v: VReg, p: u32| {
        let e = &mut iv[v.0 as usize];
        *e = Some(match *e {
            None => (p, p),
            Some((s, t)) => (s.min(p), t.max(p)),
        });
    };
    for b in 0..f.num_blocks() {
        let r = f.block_insts(b);
        let (first, last) = (2 * r.start as u32, 2 * r.end as u32);
        for v in f.block_params(b) {
            extend(*v, first);
        }
        for (w, bits) in live_in[b].iter().enumerate() {
            for k in 0..64 {
                if bits & (1 << k) != 0 {
                    extend(VReg((w * 64 + k) as u32), first);
                }
            }
        }
        // Live out: live into some successor.
        for &s in f.succs(b) {
            for (w, bits) in live_in[s].iter().enumerate() {
                for k in 0..64 {
                    if bits & (1 << k) != 0 {
                        extend(VReg((w * 64 + k) as u32), last);
                    }
                }
            }
        }
        for i in r {
            buf.clear();
            f.uses(i, &mut buf);
            for v in &buf {
                extend(*v, 2 * i as u32 + 1);
            }
            buf.clear();
            f.defs(i, &mut buf);
            for v in &buf {
                extend(*v, 2 * i as u32 + 2);
            }
        }
    }
    iv
}

/// Allocates every virtual register of `f` to one of `allocatable` or to a
/// spill slot.
pub fn allocate(f: &impl RaFunction, allocatable: PRegSet) -> Allocation {
    let iv = intervals(f);
    // Clobber points, in position order: (position of the reads, set).
    let total: usize = (0..f.num_blocks())
        .map(|b| f.block_insts(b).end)
        .max()
        .unwrap_or(0);
    let clobber_points: Vec<(u32, PRegSet)> = (0..total)
        .map(|i| (2 * i as u32 + 1, f.clobbers(i)))
        .filter(|(_, c)| *c != PRegSet::EMPTY)
        .collect();
    let mut order: Vec<usize> = (0..iv.len()).filter(|v| iv[*v].is_some()).collect();
    order.sort_by_key(|v| (iv[*v].map(|x| x.0), *v));
    let mut allocs: Vec<Option<Alloc>> = vec![None; iv.len()];
    let mut spills = 0u32;
    let mut spill = |allocs: &mut Vec<Option<Alloc>>, v: usize| {
        allocs[v] = Some(Alloc::Spill(spills));
        spills += 1;
    };
    // Active intervals holding registers: (end, vreg, reg).
    let mut active: Vec<(u32, usize, PReg)> = Vec::new();
    for v in order {
        let (start, end) = iv[v].expect("in order only when used");
        active.retain(|(e, _, _)| *e >= start);
        // Registers clobbered strictly inside the interval: a clobber at
        // position p hits values live from before p's reads to after its writes.
        let forbidden = clobber_points
            .iter()
            .filter(|(p, _)| start < *p && *p + 1 < end)
            .fold(PRegSet::EMPTY, |acc, (_, c)| acc.union(*c));
        let class = f.class(VReg(v as u32));
        let mut candidates = allocatable
            .minus(forbidden)
            .iter()
            .filter(|r| r.class() == class);
        let free = candidates.find(|r| active.iter().all(|(_, _, a)| a != r));
        match free {
            Some(r) => {
                allocs[v] = Some(Alloc::Reg(r));
                active.push((end, v, r));
            }
            None => {
                // Spill whichever interval ends last, if it is not this one
                // and its register would do for this one.
                let victim = active
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, _, r))| {
                        r.class() == class && !forbidden.contains(*r) && allocatable.contains(*r)
                    })
                    .max_by_key(|(_, (e, _, _))| *e)
                    .map(|(i, x)| (i, *x));
                match victim {
                    Some((i, (e, w, r))) if e > end => {
                        spill(&mut allocs, w);
                        active.remove(i);
                        allocs[v] = Some(Alloc::Reg(r));
                        active.push((end, v, r));
                    }
                    _ => spill(&mut allocs, v),
                }
            }
        }
    }
    Allocation {
        allocs,
        num_spill_slots: spills,
        intervals: iv,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A straight-line test function: each instruction (uses, defs, clobbers).
    struct Straight {
        classes: Vec<Class>,
        insts: Vec<(Vec<u32>, Vec<u32>, PRegSet)>,
    }

    impl RaFunction for Straight {
        fn num_vregs(&self) -> usize {
            self.classes.len()
        }
        fn class(&self, v: VReg) -> Class {
            self.classes[v.0 as usize]
        }
        fn num_blocks(&self) -> usize {
            1
        }
        fn block_insts(&self, _: usize) -> std::ops::Range<usize> {
            0..self.insts.len()
        }
        fn succs(&self, _: usize) -> &[usize] {
            &[]
        }
        fn block_params(&self, _: usize) -> &[VReg] {
            &[]
        }
        fn uses(&self, i: usize, out: &mut Vec<VReg>) {
            out.extend(self.insts[i].0.iter().map(|v| VReg(*v)))
        }
        fn defs(&self, i: usize, out: &mut Vec<VReg>) {
            out.extend(self.insts[i].1.iter().map(|v| VReg(*v)))
        }
        fn clobbers(&self, i: usize) -> PRegSet {
            self.insts[i].2
        }
    }

    /// No two simultaneously live values share a register.
    fn check(f: &Straight, a: &Allocation) {
        for x in 0..f.classes.len() {
            for y in x + 1..f.classes.len() {
                let (Some((s1, e1)), Some((s2, e2))) = (a.intervals[x], a.intervals[y]) else {
                    continue;
                };
                let overlap = s1.max(s2) <= e1.min(e2);
                if let (Some(Alloc::Reg(r1)), Some(Alloc::Reg(r2))) = (a.allocs[x], a.allocs[y]) {
                    assert!(!(overlap && r1 == r2), "%{x} and %{y} share {r1:?}");
                }
            }
        }
    }

    #[test]
    fn more_live_values_than_registers_spill() {
        // Define 6 values, then use them all: only 3 registers.
        let mut insts: Vec<(Vec<u32>, Vec<u32>, PRegSet)> =
            (0..6).map(|v| (vec![], vec![v], PRegSet::EMPTY)).collect();
        insts.push(((0..6).collect(), vec![], PRegSet::EMPTY));
        let f = Straight {
            classes: vec![Class::Int; 6],
            insts,
        };
        let a = allocate(&f, PRegSet(0b111));
        check(&f, &a);
        assert_eq!(a.num_spill_slots, 3);
    }

    #[test]
    fn values_live_across_a_clobber_avoid_it() {
        // %0 lives across an instruction clobbering r0 and r1; %1 does not.
        let f = Straight {
            classes: vec![Class::Int; 2],
            insts: vec![
                (vec![], vec![0], PRegSet::EMPTY),
                (vec![], vec![1], PRegSet::EMPTY),
                (vec![1], vec![], PRegSet(0b11)),
                (vec![0], vec![], PRegSet::EMPTY),
            ],
        };
        let a = allocate(&f, PRegSet(0b111));
        assert_eq!(a.allocs[0], Some(Alloc::Reg(PReg(2))));
        check(&f, &a);
        // Everything clobbered: %0 must be spilled.
        let mut g = f;
        g.insts[2].2 = PRegSet::ALL;
        let a = allocate(&g, PRegSet(0b111));
        assert_eq!(a.allocs[0], Some(Alloc::Spill(0)));
    }

    #[test]
    fn an_operand_and_the_result_may_share() {
        let f = Straight {
            classes: vec![Class::Int; 2],
            insts: vec![
                (vec![], vec![0], PRegSet::EMPTY),
                (vec![0], vec![1], PRegSet::EMPTY),
                (vec![1], vec![], PRegSet::EMPTY),
            ],
        };
        let a = allocate(&f, PRegSet(0b1));
        assert_eq!(a.num_spill_slots, 0);
        check(&f, &a);
    }
}
