//! When the emulated runtime's checking work happens in the move and gc
//! modes: at every safepoint visit while that work is small, and at every
//! k-th visit beyond, k proportional to the work, so that a run costs
//! amortised-linear time in its depth.
//!
//! A stack move copies the whole stack in use, and a collection every live
//! object and every root: done at every visit, a recursion N deep costs
//! N² (a move at every entry of a 1 KiB-frame recursion 4,000 deep copied
//! eight gigabytes). So the work `w` of a visit (definition frames on the
//! stack for a move; those plus the live objects for a collection) sets a
//! stride, `ceil(w / SPAN)`: the work is done at a counted visit once at
//! least that many counted visits went by since it was last done there.
//! Each time it is done, its cost (O(w)) is paid for by the at least
//! `w / SPAN` visits before it, so a visit costs O(SPAN) frames or objects
//! on average, whatever the depth. Up to `SPAN` the stride is 1: every
//! visit, as the modes always did.
//!
//! Determinism: the two outer entries of a run (one of them an ABI
//! wrapper, which adds an entry and a frame the other has not) must see
//! the same forced moves and collections, as the visits where they happen
//! are recorded and compared (`Runtime::trace`). So only visits both runs
//! make are counted — entries of definitions (not their restart after
//! morestack, which depends on where the stack runs out), and allocations
//! — and the work is measured in what both runs share: definition frames
//! (not bytes), and objects live at the last counted collection plus those
//! allocated since. The other visits (wrapper entries, restarts, the
//! morestack call) do the work only while the stride is 1, and leave the
//! count alone.

/// Units of work (definition frames, or frames plus live objects) done at
/// every visit, and per visit on average beyond. 64: more than generated
/// modules need (they nest under 20 calls and allocate a handful of
/// objects), so campaigns move and collect at every visit, as do the
/// corpus's modules but its deep recursion; and small enough that the
/// checking modes cost a small multiple of the plain one (1 KiB frames
/// 8,000 deep: 0.6 s moving, 0.25 s collecting, 0.08 s growing; each step
/// of 64 doubles or halves what a deep run copies per call).
pub const SPAN: u64 = 64;

/// Counted visits between two at which work `work` is done (1: every one).
pub fn stride(work: u64) -> u64 {
    work.div_ceil(SPAN).max(1)
}

/// Whether an uncounted visit (one the outer entries may not share) does
/// work `work`: only while every visit does.
pub fn eager(work: u64) -> bool {
    stride(work) == 1
}

/// Counted visits that may go by, from any state, before the next one at
/// which work is due, when the work grows by at most one unit per visit
/// (a definition frame per entry) from `work` now: the next due visit `j`
/// comes once `j >= ceil((work + j) / SPAN)`, so `j <= (work + SPAN) /
/// (SPAN - 1)`, which this bounds with room to spare.
pub fn max_ahead(work: u64) -> u64 {
    2 * stride(work) + 2
}

/// The state of one kind of work (moves, or collections).
#[derive(Clone, Debug, Default)]
pub struct Schedule {
    /// Counted visits since the work was last done at one.
    since: u64,
    /// Counted visits at which the work was not due.
    pub deferred: u64,
}

impl Schedule {
    /// A counted visit, with work `work` if it were done here: whether it
    /// is due.
    pub fn counted(&mut self, work: u64) -> bool {
        self.since += 1;
        if self.since >= stride(work) {
            self.since = 0;
            true
        } else {
            self.deferred += 1;
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Up to SPAN units, every visit; beyond, one visit in ceil(w / SPAN).
    #[test]
    fn every_visit_while_small_then_one_in_a_stride() {
        let mut s = Schedule::default();
        assert!((0..100).all(|_| s.counted(SPAN)));
        assert_eq!(s.deferred, 0);
        let due = (0..1000).filter(|_| s.counted(10 * SPAN)).count();
        assert_eq!(due, 100);
        assert!(eager(SPAN) && !eager(SPAN + 1));
    }

    /// However the work grows by a unit per visit, the next due visit comes
    /// within `max_ahead` visits.
    #[test]
    fn the_next_due_visit_is_within_max_ahead() {
        for start in [1, 63, 64, 65, 200, 6400, 100_000] {
            for since in [0, 1, 5] {
                let mut s = Schedule { since, deferred: 0 };
                let j = (1..).find(|j| s.counted(start + j)).unwrap();
                assert!(j <= max_ahead(start), "{start}/{since}: {j}");
            }
        }
    }
}
