//! What the runs did with the goroutine stack: which of Go's three prologue
//! stack checks ran, and which way the stack grew. The campaign prints the
//! totals (docs/campaign.md, the `coverage (stacks)` line), so that a
//! campaign shows it reached frames on both sides of Go's thresholds and
//! every growth path, not only the ones a runtime mode forces.
//!
//! The oracle classifies a prologue by the frame size the object's metadata
//! gives, with Go's rules (obj6.go `stacksplit`, here in its own code): it
//! never asks the backend which check it emitted. Counting is a few
//! integer increments at entries and in morestack, where the runtime hooks
//! already run.

use std::fmt;

/// Go's StackSmall: a frame of at most this many bytes compares SP with
/// stackguard0 directly.
pub const STACK_SMALL: u64 = 128;
/// Go's StackBig: a frame of at most this many bytes compares SP minus the
/// frame's excess over StackSmall; a bigger one first checks that the
/// subtraction does not wrap.
pub const STACK_BIG: u64 = 4096;
/// Go's StackLimit on linux/amd64 (StackGuard 928 - StackSmall): after a
/// splittable function's prologue, at least this many bytes of stack are
/// left below its frame.
pub const STACK_LIMIT: u64 = 800;
/// Frames within this many bytes of a threshold count as near it.
pub const NEAR: u64 = 16;

/// The prologue check Go uses for a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prologue {
    Small = 0,
    Medium = 1,
    Big = 2,
}

impl Prologue {
    /// The check for an entry whose metadata frame (what the prologue
    /// subtracts from RSP after saving RBP) is `frame`: Go's `framesize`
    /// counts the saved RBP too.
    pub fn of_frame(frame: u32) -> Prologue {
        let framesize = frame as u64 + 8;
        if framesize <= STACK_SMALL {
            Prologue::Small
        } else if framesize <= STACK_BIG {
            Prologue::Medium
        } else {
            Prologue::Big
        }
    }
}

/// Which side of a threshold a frame is near: `Some(0)` within [`NEAR`]
/// bytes at or below it, `Some(1)` within [`NEAR`] bytes above it.
fn near(framesize: u64, threshold: u64) -> Option<usize> {
    if framesize <= threshold && threshold - framesize <= NEAR {
        Some(0)
    } else if framesize > threshold && framesize - threshold <= NEAR {
        Some(1)
    } else {
        None
    }
}

/// How an entry's prologue is counted, worked out once per entry when the
/// code is loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrologueClass {
    pub check: Prologue,
    /// Near StackSmall, near StackBig (see [`near`]).
    near_small: Option<usize>,
    near_big: Option<usize>,
}

impl PrologueClass {
    pub fn of_frame(frame: u32) -> PrologueClass {
        let framesize = frame as u64 + 8;
        PrologueClass {
            check: Prologue::of_frame(frame),
            near_small: near(framesize, STACK_SMALL),
            near_big: near(framesize, STACK_BIG),
        }
    }
}

/// Why morestack moved the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Growth {
    /// The frame did not fit: the stack doubled.
    Doubled,
    /// The frame did not fit even in twice the stack: it grew four times
    /// or more at once (a frame bigger than the whole stack).
    BeyondDouble,
    /// The runtime mode forced a move (stackguard0 set so that the check
    /// fails): same size.
    Forced,
}

/// Counts over one run, or summed over many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StackCounts {
    /// Prologue checks run at definition entries, by [`Prologue`].
    pub prologues: [u64; 3],
    /// Of those, frames near StackSmall (at or below, above) and near
    /// StackBig.
    pub near_small: [u64; 2],
    pub near_big: [u64; 2],
    /// Morestack calls because the frame did not fit (the stack doubled),
    /// and those among them that grew it more than twice.
    pub grown: u64,
    pub grown_beyond_double: u64,
    /// Moves the runtime mode forced.
    pub forced: u64,
    /// Runs whose first stack was made bigger than Go's 2 KiB for the
    /// arguments.
    pub first_sized_to_arguments: u64,
}

impl StackCounts {
    /// A prologue check ran.
    #[inline]
    pub fn prologue(&mut self, c: PrologueClass) {
        self.prologues[c.check as usize] += 1;
        if let Some(i) = c.near_small {
            self.near_small[i] += 1;
        }
        if let Some(i) = c.near_big {
            self.near_big[i] += 1;
        }
    }

    /// Morestack moved the stack.
    pub fn growth(&mut self, g: Growth) {
        match g {
            Growth::Doubled => self.grown += 1,
            Growth::BeyondDouble => {
                self.grown += 1;
                self.grown_beyond_double += 1;
            }
            Growth::Forced => self.forced += 1,
        }
    }
}

impl std::ops::AddAssign for StackCounts {
    fn add_assign(&mut self, o: StackCounts) {
        for i in 0..3 {
            self.prologues[i] += o.prologues[i];
        }
        for i in 0..2 {
            self.near_small[i] += o.near_small[i];
            self.near_big[i] += o.near_big[i];
        }
        self.grown += o.grown;
        self.grown_beyond_double += o.grown_beyond_double;
        self.forced += o.forced;
        self.first_sized_to_arguments += o.first_sized_to_arguments;
    }
}

/// The campaign's line (see docs/campaign.md).
impl fmt::Display for StackCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [s, m, b] = self.prologues;
        let all = (s + m + b).max(1) as f64;
        let pct = |n: u64| 100.0 * n as f64 / all;
        write!(
            f,
            "coverage (stacks): prologue checks small {s} ({:.1}%), medium {m} ({:.1}%), big {b} ({:.2}%); \
             within {NEAR} bytes of StackSmall {} at or below, {} above, of StackBig {} at or below, {} above; \
             morestack because the frame did not fit {} (of which to more than double {}), forced moves {}, \
             first stacks sized to the arguments {}",
            pct(s),
            pct(m),
            pct(b),
            self.near_small[0],
            self.near_small[1],
            self.near_big[0],
            self.near_big[1],
            self.grown,
            self.grown_beyond_double,
            self.forced,
            self.first_sized_to_arguments,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Go's boundaries: `framesize <= StackSmall` and `<= StackBig`, the
    /// saved RBP counted.
    #[test]
    fn prologues_split_at_gos_thresholds() {
        assert_eq!(Prologue::of_frame(0), Prologue::Small);
        assert_eq!(Prologue::of_frame(120), Prologue::Small);
        assert_eq!(Prologue::of_frame(121), Prologue::Medium);
        assert_eq!(Prologue::of_frame(4088), Prologue::Medium);
        assert_eq!(Prologue::of_frame(4089), Prologue::Big);
        let c = PrologueClass::of_frame(120);
        assert_eq!((c.near_small, c.near_big), (Some(0), None));
        let c = PrologueClass::of_frame(4096);
        assert_eq!((c.near_small, c.near_big), (None, Some(1)));
        assert_eq!(PrologueClass::of_frame(200).near_small, None);
    }
}
