//! Generators of test cases. Each draws its choices from an [`Entropy`]
//! source, so the same code serves seeded campaigns ([`seeded`]) and
//! libFuzzer ([`arbitrary::Unstructured`]).

pub mod choices;
pub mod frames;
pub mod inst;
pub mod module;
pub mod scale;
pub mod sig;
pub mod strategy;

/// A source of choices.
pub trait Entropy {
    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: u64) -> u64;

    /// True with probability `num / den`.
    fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) < num
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// Picks an index according to `weights`.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| w as u64).sum();
        let mut x = self.below(total.max(1));
        for (i, &w) in weights.iter().enumerate() {
            if x < w as u64 {
                return i;
            }
            x -= w as u64;
        }
        weights.len() - 1
    }
}

/// The seeded generator of campaigns and tests: SplitMix64 (Steele, Lea
/// and Flood), as `rand_xoshiro` implements it.
pub use rand_xoshiro::SplitMix64;

/// The generator for `seed`: the same seed gives the same sequence on
/// every machine.
pub fn seeded(seed: u64) -> SplitMix64 {
    use rand_xoshiro::rand_core::SeedableRng;
    SplitMix64::seed_from_u64(seed)
}

impl Entropy for SplitMix64 {
    fn below(&mut self, n: u64) -> u64 {
        use rand_xoshiro::rand_core::RngCore;
        // Multiply-shift: unbiased enough for test generation, and fast.
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }
}

/// Fuzzer bytes as choices; once they run out every choice is 0, which the
/// generators treat as "the smallest option", so generation always ends.
impl Entropy for arbitrary::Unstructured<'_> {
    fn below(&mut self, n: u64) -> u64 {
        if n <= 1 {
            return 0;
        }
        self.int_in_range(0..=n - 1).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SplitMix64 as Steele, Lea and Flood publish it (and as janus wrote
    /// it by hand before taking it from `rand_xoshiro`): seeds name the
    /// same cases on every machine and in every version.
    fn reference(state: &mut u64) -> u64 {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    #[test]
    fn seeded_is_the_published_splitmix64() {
        use rand_xoshiro::rand_core::RngCore;
        for seed in [0, 1, 2, 1_000_003, u64::MAX] {
            let mut ours = seeded(seed);
            let mut state = seed;
            for _ in 0..1000 {
                assert_eq!(ours.next_u64(), reference(&mut state), "seed {seed}");
            }
        }
    }
}
