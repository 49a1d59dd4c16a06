//! Frame sizes around Go's stack-check thresholds: the generator gives some
//! functions one raw stack slot sized so that the whole frame lands near
//! StackSmall (128 bytes), near StackBig (4,096 bytes), or beyond the whole
//! first stack (2 KiB) and several times it (up to 64 KiB). The prologue
//! uses a different check on each side of each threshold, and a frame
//! bigger than the stack makes morestack grow it more than twice at once
//! (see `crate::stacks`, which counts what ran).
//!
//! The rest of the frame (spill slots, the outgoing argument area) is not
//! known here, so slot sizes spread over a band that ends at the
//! threshold: with the rest added, frames fall on both sides of it.
//! Big frames cost stack copying at every move: they stay a small share.

use super::Entropy;

/// Where a threshold frame is meant to land.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameTarget {
    /// Around StackSmall: the slot leaves 0-64 bytes of the 128 for the
    /// rest of the frame (Go's frame size counts the saved RBP).
    NearSmall,
    /// Around StackBig: the slot leaves 0-512 bytes of the 4,096.
    NearBig,
    /// Bigger than the first stack, up to 32 times it.
    BeyondStack,
}

/// Of the functions that get a threshold frame: near StackSmall, near
/// StackBig, beyond the stack (per mille).
const TARGET_WEIGHTS: [u32; 3] = [300, 500, 200];

/// Slot sizes of frames beyond the first stack: more than its 2 KiB, and
/// 3, 4, 8, 16 and 32 times it (above StackBig all but the first two).
const BEYOND: [u32; 7] = [2304, 3072, 6144, 8192, 16384, 32768, 65536];

/// A threshold frame for one function (with chance `percent`): the target
/// and the size of the raw slot that gets it there.
pub fn gen_frame_slot(e: &mut dyn Entropy, percent: u64) -> Option<(FrameTarget, u32)> {
    // (No choice drawn at 0%: the generator then makes the modules it
    // made before threshold frames existed.)
    if percent == 0 || !e.chance(percent, 100) {
        return None;
    }
    let target = [
        FrameTarget::NearSmall,
        FrameTarget::NearBig,
        FrameTarget::BeyondStack,
    ][e.weighted(&TARGET_WEIGHTS)];
    // Multiples of 8 in a band that ends at the threshold (less the saved
    // RBP): the rest of a generated frame is typically 100-400 bytes.
    let near = |e: &mut dyn Entropy, threshold: u32, band: u32| {
        threshold - 8 - 8 * e.below(band as u64 / 8 + 1) as u32
    };
    let size = match target {
        FrameTarget::NearSmall => near(e, 128, 64),
        FrameTarget::NearBig => near(e, 4096, 512),
        FrameTarget::BeyondStack => BEYOND[e.below(BEYOND.len() as u64) as usize],
    };
    Some((target, size))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::seeded;

    /// Every target comes up, sizes stay in their bands, and the big ones
    /// stay rare.
    #[test]
    fn targets_and_sizes() {
        let mut e = seeded(7);
        let mut by = [0u32; 3];
        let mut none = 0;
        for _ in 0..10_000 {
            match gen_frame_slot(&mut e, 12) {
                None => none += 1,
                Some((t, size)) => {
                    by[t as usize] += 1;
                    assert_eq!(size % 8, 0);
                    match t {
                        FrameTarget::NearSmall => assert!((56..=120).contains(&size)),
                        FrameTarget::NearBig => assert!((3576..=4088).contains(&size)),
                        FrameTarget::BeyondStack => assert!(BEYOND.contains(&size)),
                    }
                }
            }
        }
        assert!((8_500..9_100).contains(&none), "{none}");
        assert!(by.iter().all(|&n| n > 100), "{by:?}");
        assert!(by[2] < by[0] && by[0] < by[1], "{by:?}");
    }
}
