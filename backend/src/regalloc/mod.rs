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
    /// Where `v` already lives in memory that nothing else writes (a
    /// stack-passed argument, in its caller's frame, as Go's stack
    /// parameters live in theirs), as the target numbers such places: when
    /// it must be spilled it stays there.
    fn home(&self, _v: VReg) -> Option<i32> {
        None
    }
    /// Where values would best live, to save moves: `(v, Hint::Reg(r))`
    /// when `v` is moved from or to `r` (an argument, result or return
    /// register), `(v, Hint::Value(w))` when `v` is copied from or to `w`
    /// (a block argument and its parameter, an operation's result and the
    /// operand the two-address instruction overwrites). In order of
    /// preference for each value. The allocator takes a hinted register
    /// when it is free; any free register is as good for the allocation
    /// itself (there are no fixed intervals), so hints never cost a spill.
    fn hints(&self, _out: &mut Vec<(VReg, Hint)>) {}
    /// Planted bug `ipa-homed-args`: registers the instruction does not
    /// clobber (left out of [`RaFunction::clobbers`]) only for one value
    /// each, the one it takes in that register; any other value live
    /// across it must not be there.
    #[cfg(feature = "inject")]
    fn kept_for(&self, _inst: usize, _out: &mut Vec<(PReg, VReg)>) {}
}

/// A register a value would best live in (see [`RaFunction::hints`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    Reg(PReg),
    /// The register the other value got, if it got one first.
    Value(VReg),
}

impl Hint {
    /// As one `u32` (registers above bit 31), for a [`Csr`].
    fn pack(self) -> u32 {
        match self {
            Hint::Reg(r) => 1 << 31 | r.0 as u32,
            Hint::Value(v) => v.0,
        }
    }

    fn unpack(x: u32) -> Hint {
        if x & 1 << 31 != 0 {
            Hint::Reg(PReg(x as u8))
        } else {
            Hint::Value(VReg(x))
        }
    }
}

/// Where a virtual register lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alloc {
    Reg(PReg),
    /// A spill slot, numbered from 0; the frame gives each 8 bytes.
    Spill(u32),
    /// The value's own home in memory, which the function has anyway and
    /// nothing else writes, where [`RaFunction::home`] said: spilling it
    /// costs neither a store nor a slot.
    Home(i32),
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
    /// The virtual registers live into each block, in increasing order.
    pub live_in: Vec<Vec<VReg>>,
}

impl Allocation {
    pub fn get(&self, v: VReg) -> Alloc {
        self.allocs[v.0 as usize].expect("allocated: the value is used")
    }
}

/// Calls `live_in(v, b)` once for every virtual register `v` live on entry
/// to block `b`, and `live_out(v, b)` once for every one live on exit,
/// register by register in increasing order.
///
/// The sets are those of the usual backward dataflow (a register is live
/// into a block when it is used there before any definition, or live out
/// of it and not defined in it; a block's parameters are defined on entry),
/// found by walking up from each upward-exposed use through predecessors
/// until a defining block: the work is the size of the sets, where iterating
/// bitsets of every register over every block to a fixed point was the
/// product of registers and blocks (100,000 blocks took minutes and GBs).
fn walk_liveness(
    f: &impl RaFunction,
    mut live_in: impl FnMut(VReg, usize),
    mut live_out: impl FnMut(VReg, usize),
) {
    let n = f.num_vregs();
    let nb = f.num_blocks();
    let preds = Csr::build(
        nb,
        (0..nb).flat_map(|b| f.succs(b).iter().map(move |&s| (s as u32, b as u32))),
    );
    // Upward-exposed uses and definitions (parameters included), as
    // (register, block) pairs.
    let mut defined_in = vec![u32::MAX; n];
    let mut exposed = Vec::new();
    let mut defs = Vec::new();
    let mut buf = Vec::new();
    for b in 0..nb {
        let bu = b as u32;
        for v in f.block_params(b) {
            if defined_in[v.0 as usize] != bu {
                defined_in[v.0 as usize] = bu;
                defs.push((v.0, bu));
            }
        }
        for i in f.block_insts(b) {
            buf.clear();
            f.uses(i, &mut buf);
            for v in &buf {
                if defined_in[v.0 as usize] != bu {
                    exposed.push((v.0, bu));
                }
            }
            buf.clear();
            f.defs(i, &mut buf);
            for v in &buf {
                if defined_in[v.0 as usize] != bu {
                    defined_in[v.0 as usize] = bu;
                    defs.push((v.0, bu));
                }
            }
        }
    }
    drop(defined_in);
    let exposed = Csr::build(n, exposed.into_iter());
    let defs = Csr::build(n, defs.into_iter());
    // Per block, the register last marked there (registers go in order,
    // so no clearing between them).
    let mut in_mark = vec![u32::MAX; nb];
    let mut out_mark = vec![u32::MAX; nb];
    let mut def_mark = vec![u32::MAX; nb];
    let mut stack = Vec::new();
    for v in 0..n as u32 {
        let uses = exposed.get(v as usize);
        if uses.is_empty() {
            continue;
        }
        for &b in defs.get(v as usize) {
            def_mark[b as usize] = v;
        }
        for &b in uses {
            if in_mark[b as usize] != v {
                in_mark[b as usize] = v;
                live_in(VReg(v), b as usize);
                stack.push(b);
            }
        }
        while let Some(b) = stack.pop() {
            for &p in preds.get(b as usize) {
                let p = p as usize;
                if out_mark[p] != v {
                    out_mark[p] = v;
                    live_out(VReg(v), p);
                }
                if def_mark[p] != v && in_mark[p] != v {
                    in_mark[p] = v;
                    live_in(VReg(v), p);
                    stack.push(p as u32);
                }
            }
        }
    }
}

/// Lists of `u32` keyed by `0..n`, in one array (compressed sparse rows);
/// each list keeps the order its items came in.
struct Csr {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Csr {
    fn build(n: usize, pairs: impl Iterator<Item = (u32, u32)> + Clone) -> Csr {
        let mut start = vec![0u32; n + 1];
        for (k, _) in pairs.clone() {
            start[k as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut items = vec![0u32; start[n] as usize];
        let mut next = start.clone();
        for (k, x) in pairs {
            items[next[k as usize] as usize] = x;
            next[k as usize] += 1;
        }
        Csr { start, items }
    }

    fn get(&self, k: usize) -> &[u32] {
        &self.items[self.start[k] as usize..self.start[k + 1] as usize]
    }
}

/// The virtual registers live on entry to each block, in increasing order.
pub fn live_ins(f: &impl RaFunction) -> Vec<Vec<VReg>> {
    let mut sets = vec![Vec::new(); f.num_blocks()];
    walk_liveness(f, |v, b| sets[b].push(v), |_, _| {});
    sets
}

/// A set of virtual registers with constant-time insert, remove and clear
/// (Briggs and Torczon's sparse set), for per-instruction liveness.
struct VRegSet {
    dense: Vec<VReg>,
    index: Vec<u32>,
}

impl VRegSet {
    fn new(n: usize) -> VRegSet {
        VRegSet {
            dense: Vec::new(),
            index: vec![0; n],
        }
    }

    fn contains(&self, v: VReg) -> bool {
        let i = self.index[v.0 as usize] as usize;
        i < self.dense.len() && self.dense[i] == v
    }

    fn insert(&mut self, v: VReg) {
        if !self.contains(v) {
            self.index[v.0 as usize] = self.dense.len() as u32;
            self.dense.push(v);
        }
    }

    fn remove(&mut self, v: VReg) {
        if self.contains(v) {
            let i = self.index[v.0 as usize] as usize;
            let last = *self.dense.last().expect("not empty");
            self.dense.swap_remove(i);
            if last != v {
                self.index[last.0 as usize] = i as u32;
            }
        }
    }
}

/// For each instruction of `wanted`, the virtual registers live across it:
/// live after it, and not defined by it, in increasing order. Precise (per
/// instruction), where the allocator's intervals are hulls. Stack maps use
/// this.
pub fn live_across(
    f: &impl RaFunction,
    wanted: &[usize],
) -> std::collections::HashMap<usize, Vec<VReg>> {
    if wanted.is_empty() {
        return std::collections::HashMap::new();
    }
    live_across_given(f, wanted, &live_ins(f))
}

/// [`live_across`], given the live-in sets of `f`'s blocks (an
/// [`Allocation`] keeps them).
pub fn live_across_given(
    f: &impl RaFunction,
    wanted: &[usize],
    live_in: &[Vec<VReg>],
) -> std::collections::HashMap<usize, Vec<VReg>> {
    let mut wanted = wanted.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    let mut out = std::collections::HashMap::new();
    if wanted.is_empty() {
        return out;
    }
    let mut live = VRegSet::new(f.num_vregs());
    let mut buf = Vec::new();
    for b in 0..f.num_blocks() {
        let r = f.block_insts(b);
        let first = wanted.partition_point(|&i| i < r.start);
        if wanted.get(first).is_none_or(|&i| i >= r.end) {
            continue;
        }
        live.dense.clear();
        for &s in f.succs(b) {
            for &v in &live_in[s] {
                live.insert(v);
            }
        }
        for i in r.rev() {
            // `live` is what is live after instruction i.
            buf.clear();
            f.defs(i, &mut buf);
            for v in &buf {
                live.remove(*v);
            }
            if wanted.binary_search(&i).is_ok() {
                let mut vs = live.dense.clone();
                vs.sort_unstable();
                out.insert(i, vs);
            }
            buf.clear();
            f.uses(i, &mut buf);
            for v in &buf {
                live.insert(*v);
            }
        }
    }
    out
}

/// Per virtual register, its live interval: `(start, end)` positions, or
/// `None` when it is never live.
type Intervals = Vec<Option<(u32, u32)>>;

/// Computes each virtual register's interval (hull of its live points).
pub fn intervals(f: &impl RaFunction) -> Intervals {
    intervals_and_live_ins(f).0
}

/// Each virtual register's interval, and the registers live into each
/// block (in increasing order), from one walk of the liveness.
fn intervals_and_live_ins(f: &impl RaFunction) -> (Intervals, Vec<Vec<VReg>>) {
    let n = f.num_vregs();
    let mut iv: Vec<Option<(u32, u32)>> = vec![None; n];
    fn extend(iv: &mut [Option<(u32, u32)>], v: VReg, p: u32) {
        let e = &mut iv[v.0 as usize];
        *e = Some(match *e {
            None => (p, p),
            Some((s, t)) => (s.min(p), t.max(p)),
        });
    }
    let first = |b: usize| 2 * f.block_insts(b).start as u32;
    let last = |b: usize| 2 * f.block_insts(b).end as u32;
    let mut live_in = vec![Vec::new(); f.num_blocks()];
    {
        let iv = &mut iv;
        // Live in: from the block's start; live out: to its end.
        let mut ends = Vec::new();
        walk_liveness(
            f,
            |v, b| {
                extend(iv, v, first(b));
                live_in[b].push(v);
            },
            |v, b| ends.push((v, b)),
        );
        for (v, b) in ends {
            extend(iv, v, last(b));
        }
    }
    let mut buf = Vec::new();
    for b in 0..f.num_blocks() {
        let r = f.block_insts(b);
        for v in f.block_params(b) {
            extend(&mut iv, *v, first(b));
        }
        for i in r {
            buf.clear();
            f.uses(i, &mut buf);
            for v in &buf {
                extend(&mut iv, *v, 2 * i as u32 + 1);
            }
            buf.clear();
            f.defs(i, &mut buf);
            for v in &buf {
                extend(&mut iv, *v, 2 * i as u32 + 2);
            }
        }
    }
    (iv, live_in)
}

/// Allocates every virtual register of `f` to one of `allocatable` or to a
/// spill slot.
pub fn allocate(f: &impl RaFunction, allocatable: PRegSet) -> Allocation {
    let (iv, live_in) = intervals_and_live_ins(f);
    // Clobber points, in position order: (position of the reads, set).
    let total: usize = (0..f.num_blocks())
        .map(|b| f.block_insts(b).end)
        .max()
        .unwrap_or(0);
    let clobber_points: Vec<(u32, PRegSet)> = (0..total)
        .map(|i| (2 * i as u32 + 1, f.clobbers(i)))
        .filter(|(_, c)| *c != PRegSet::EMPTY)
        .collect();
    let clobbered = RangeUnion::new(clobber_points.iter().map(|(_, c)| *c).collect());
    // Planted bug `ipa-homed-args`: registers kept for one value only, by
    // position of the reads.
    #[cfg(feature = "inject")]
    let kept_points: Vec<(u32, Vec<(PReg, VReg)>)> = (0..total)
        .filter_map(|i| {
            let mut kept = Vec::new();
            f.kept_for(i, &mut kept);
            (!kept.is_empty()).then_some((2 * i as u32 + 1, kept))
        })
        .collect();
    let mut hint_pairs = Vec::new();
    f.hints(&mut hint_pairs);
    let hints = Csr::build(iv.len(), hint_pairs.iter().map(|(v, h)| (v.0, h.pack())));
    let mut order: Vec<usize> = (0..iv.len()).filter(|v| iv[*v].is_some()).collect();
    order.sort_by_key(|v| (iv[*v].map(|x| x.0), *v));
    let mut allocs: Vec<Option<Alloc>> = vec![None; iv.len()];
    let mut spills = 0u32;
    let mut spill = |allocs: &mut Vec<Option<Alloc>>, v: usize| {
        if let Some(at) = f.home(VReg(v as u32)) {
            allocs[v] = Some(Alloc::Home(at));
        } else {
            allocs[v] = Some(Alloc::Spill(spills));
            spills += 1;
        }
    };
    // Active intervals holding registers: (end, vreg, reg).
    let mut active: Vec<(u32, usize, PReg)> = Vec::new();
    for v in order {
        let (start, end) = iv[v].expect("in order only when used");
        active.retain(|(e, _, _)| *e >= start);
        // The registers the active intervals hold.
        let busy = active
            .iter()
            .fold(PRegSet::EMPTY, |s, (_, _, r)| s.with(*r));
        // Registers clobbered strictly inside the interval: a clobber at
        // position p hits values live from before p's reads to after its writes.
        let lo = clobber_points.partition_point(|(p, _)| *p <= start);
        let hi = clobber_points.partition_point(|(p, _)| *p + 1 < end);
        let forbidden = clobbered.union_of(lo, hi);
        #[cfg(feature = "inject")]
        let forbidden = {
            let lo = kept_points.partition_point(|(p, _)| *p <= start);
            let hi = kept_points.partition_point(|(p, _)| *p + 1 < end);
            kept_points[lo..hi.max(lo)]
                .iter()
                .flat_map(|(_, kept)| kept)
                .filter(|(_, w)| w.0 as usize != v)
                .fold(forbidden, |s, (r, _)| s.with(*r))
        };
        let class = f.class(VReg(v as u32));
        let of_class = match class {
            Class::Int => PRegSet(0xffff),
            Class::Float => PRegSet(0xffff_0000),
        };
        let free_set = allocatable.minus(forbidden).minus(busy);
        let free_set = PRegSet(free_set.0 & of_class.0);
        let hinted = hints.get(v).iter().find_map(|&h| {
            let r = match Hint::unpack(h) {
                Hint::Reg(r) => r,
                Hint::Value(w) => match allocs.get(w.0 as usize) {
                    Some(Some(Alloc::Reg(r))) => *r,
                    _ => return None,
                },
            };
            free_set.contains(r).then_some(r)
        });
        let free =
            hinted.or_else(|| (free_set.0 != 0).then(|| PReg(free_set.0.trailing_zeros() as u8)));
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
        live_in,
    }
}

/// The union of any range of a list of register sets in constant time (a
/// sparse table: `levels[k][i]` is the union of items `i..i + 2^k`), so an
/// interval's clobbers cost the same however many calls it spans.
struct RangeUnion {
    levels: Vec<Vec<PRegSet>>,
}

impl RangeUnion {
    fn new(items: Vec<PRegSet>) -> RangeUnion {
        let mut levels = vec![items];
        let mut width = 1;
        while 2 * width <= levels[0].len() {
            let prev = levels.last().expect("level 0");
            let next = (0..prev.len() - width)
                .map(|i| prev[i].union(prev[i + width]))
                .collect();
            levels.push(next);
            width *= 2;
        }
        RangeUnion { levels }
    }

    /// The union of items `lo..hi` (empty when `lo >= hi`).
    fn union_of(&self, lo: usize, hi: usize) -> PRegSet {
        if lo >= hi {
            return PRegSet::EMPTY;
        }
        let k = (usize::BITS - 1 - (hi - lo).leading_zeros()) as usize;
        let level = &self.levels[k];
        level[lo].union(level[hi - (1 << k)])
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

    /// A function of several blocks for liveness tests.
    struct Blocks {
        vregs: usize,
        blocks: Vec<(std::ops::Range<usize>, Vec<usize>, Vec<VReg>)>,
        insts: Vec<(Vec<VReg>, Vec<VReg>)>,
    }

    impl RaFunction for Blocks {
        fn num_vregs(&self) -> usize {
            self.vregs
        }
        fn class(&self, _: VReg) -> Class {
            Class::Int
        }
        fn num_blocks(&self) -> usize {
            self.blocks.len()
        }
        fn block_insts(&self, b: usize) -> std::ops::Range<usize> {
            self.blocks[b].0.clone()
        }
        fn succs(&self, b: usize) -> &[usize] {
            &self.blocks[b].1
        }
        fn block_params(&self, b: usize) -> &[VReg] {
            &self.blocks[b].2
        }
        fn uses(&self, i: usize, out: &mut Vec<VReg>) {
            out.extend(&self.insts[i].0)
        }
        fn defs(&self, i: usize, out: &mut Vec<VReg>) {
            out.extend(&self.insts[i].1)
        }
        fn clobbers(&self, _: usize) -> PRegSet {
            PRegSet::EMPTY
        }
    }

    /// Live-in sets by the textbook dataflow: bitsets iterated to a fixed point.
    fn live_ins_by_dataflow(f: &Blocks) -> Vec<Vec<VReg>> {
        let nb = f.num_blocks();
        let mut live_in: Vec<Vec<bool>> = vec![vec![false; f.vregs]; nb];
        let mut changed = true;
        while changed {
            changed = false;
            for b in (0..nb).rev() {
                let mut live = vec![false; f.vregs];
                for &s in f.succs(b) {
                    for v in 0..f.vregs {
                        live[v] |= live_in[s][v];
                    }
                }
                for i in f.block_insts(b).rev() {
                    for d in &f.insts[i].1 {
                        live[d.0 as usize] = false;
                    }
                    for u in &f.insts[i].0 {
                        live[u.0 as usize] = true;
                    }
                }
                for p in f.block_params(b) {
                    live[p.0 as usize] = false;
                }
                if live != live_in[b] {
                    live_in[b] = live;
                    changed = true;
                }
            }
        }
        live_in
            .iter()
            .map(|l| {
                (0..f.vregs)
                    .filter(|&v| l[v])
                    .map(|v| VReg(v as u32))
                    .collect()
            })
            .collect()
    }

    /// Random control flow (loops, joins, unreachable blocks), with
    /// registers defined in several places and used anywhere.
    fn random_blocks(seed: u64) -> Blocks {
        let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let nb = 1 + next(12);
        let vregs = 1 + next(20);
        let mut blocks = Vec::new();
        let mut insts = Vec::new();
        for _ in 0..nb {
            let start = insts.len();
            for _ in 0..next(5) {
                let uses = (0..next(3)).map(|_| VReg(next(vregs) as u32)).collect();
                let defs = (0..next(2)).map(|_| VReg(next(vregs) as u32)).collect();
                insts.push((uses, defs));
            }
            let succs = (0..next(3)).map(|_| next(nb)).collect();
            let params = (0..next(2)).map(|_| VReg(next(vregs) as u32)).collect();
            blocks.push((start..insts.len(), succs, params));
        }
        Blocks {
            vregs,
            blocks,
            insts,
        }
    }

    #[test]
    fn liveness_matches_the_dataflow_fixed_point() {
        for seed in 0..2000 {
            let f = random_blocks(seed);
            let want = live_ins_by_dataflow(&f);
            assert_eq!(live_ins(&f), want, "seed {seed}");
            assert_eq!(allocate(&f, PRegSet(0b111)).live_in, want, "seed {seed}");
        }
    }

    #[test]
    fn live_across_lists_what_is_live_after_each_wanted_instruction() {
        for seed in 0..500 {
            let f = random_blocks(seed);
            let wanted: Vec<usize> = (0..f.insts.len()).collect();
            let across = live_across(&f, &wanted);
            let live_in = live_ins_by_dataflow(&f);
            for (b, (r, succs, _)) in f.blocks.iter().enumerate() {
                let mut live: Vec<bool> = vec![false; f.vregs];
                for &s in succs {
                    for v in &live_in[s] {
                        live[v.0 as usize] = true;
                    }
                }
                for i in r.clone().rev() {
                    for d in &f.insts[i].1 {
                        live[d.0 as usize] = false;
                    }
                    let want: Vec<VReg> = (0..f.vregs)
                        .filter(|&v| live[v])
                        .map(|v| VReg(v as u32))
                        .collect();
                    assert_eq!(across[&i], want, "seed {seed}, block {b}, inst {i}");
                    for u in &f.insts[i].0 {
                        live[u.0 as usize] = true;
                    }
                }
            }
        }
    }

    #[test]
    fn range_unions_match_folding() {
        let items: Vec<PRegSet> = (0..37u32).map(|i| PRegSet(1 << (i % 32) | i)).collect();
        let table = RangeUnion::new(items.clone());
        for lo in 0..=items.len() {
            for hi in 0..=items.len() {
                let want = items
                    .get(lo..hi)
                    .unwrap_or(&[])
                    .iter()
                    .fold(PRegSet::EMPTY, |a, b| a.union(*b));
                assert_eq!(table.union_of(lo, hi), want, "{lo}..{hi}");
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

    /// Planted bug `ipa-homed-args`: a [`Straight`] whose instructions
    /// keep registers for one value each.
    #[cfg(feature = "inject")]
    struct Kept {
        f: Straight,
        kept: Vec<(usize, Vec<(PReg, VReg)>)>,
    }

    #[cfg(feature = "inject")]
    impl RaFunction for Kept {
        fn num_vregs(&self) -> usize {
            self.f.num_vregs()
        }
        fn class(&self, v: VReg) -> Class {
            self.f.class(v)
        }
        fn num_blocks(&self) -> usize {
            1
        }
        fn block_insts(&self, b: usize) -> std::ops::Range<usize> {
            self.f.block_insts(b)
        }
        fn succs(&self, _: usize) -> &[usize] {
            &[]
        }
        fn block_params(&self, _: usize) -> &[VReg] {
            &[]
        }
        fn uses(&self, i: usize, out: &mut Vec<VReg>) {
            self.f.uses(i, out)
        }
        fn defs(&self, i: usize, out: &mut Vec<VReg>) {
            self.f.defs(i, out)
        }
        fn clobbers(&self, i: usize) -> PRegSet {
            self.f.clobbers(i)
        }
        fn kept_for(&self, i: usize, out: &mut Vec<(PReg, VReg)>) {
            for (k, kept) in &self.kept {
                if *k == i {
                    out.extend(kept);
                }
            }
        }
    }

    /// A register a call keeps for the value passed in it holds that value
    /// across the call, and no other: %2, live across the call but not
    /// passed in r1, must not take r1 (the call's argument moves overwrite
    /// it), though r1 is free when %2 starts and not in the call's clobbers.
    #[cfg(feature = "inject")]
    #[test]
    fn kept_registers_hold_only_their_own_value() {
        let call = PRegSet::ALL.minus(PRegSet(0b11));
        let f = Kept {
            f: Straight {
                classes: vec![Class::Int; 3],
                insts: vec![
                    (vec![], vec![0], PRegSet::EMPTY),
                    (vec![], vec![2], PRegSet::EMPTY),
                    (vec![], vec![1], PRegSet::EMPTY),
                    (vec![0, 1], vec![], call),
                    (vec![0, 1, 2], vec![], PRegSet::EMPTY),
                ],
            },
            kept: vec![(3, vec![(PReg(0), VReg(0)), (PReg(1), VReg(1))])],
        };
        let a = allocate(&f, PRegSet(0b111));
        check(&f.f, &a);
        assert_eq!(a.allocs[0], Some(Alloc::Reg(PReg(0))));
        assert_eq!(a.allocs[1], Some(Alloc::Reg(PReg(1))));
        assert_eq!(a.allocs[2], Some(Alloc::Spill(0)));
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
