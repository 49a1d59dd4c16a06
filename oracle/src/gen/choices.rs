//! Generation as a sequence of choices, recorded and replayed, so that a
//! failing case can be minimised without knowing what the generator makes
//! of its choices (the idea of Hypothesis' internal reduction): shorter
//! sequences and smaller values make smaller cases, because every
//! generator reads running out of choices, and 0, as "the smallest
//! option".

use super::{seeded, Entropy, SplitMix64};

/// Draws from a seeded generator and records every choice.
pub struct Recording {
    inner: SplitMix64,
    pub choices: Vec<u64>,
}

impl Recording {
    pub fn new(seed: u64) -> Recording {
        Recording {
            inner: seeded(seed),
            choices: Vec::new(),
        }
    }
}

impl Entropy for Recording {
    fn below(&mut self, n: u64) -> u64 {
        let v = self.inner.below(n);
        self.choices.push(v);
        v
    }
}

/// Replays recorded choices (each clamped to what is asked for), then 0.
pub struct Replay<'a> {
    choices: &'a [u64],
    at: usize,
}

impl<'a> Replay<'a> {
    pub fn new(choices: &'a [u64]) -> Replay<'a> {
        Replay { choices, at: 0 }
    }
}

impl Entropy for Replay<'_> {
    fn below(&mut self, n: u64) -> u64 {
        let v = self.choices.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        v.min(n.saturating_sub(1))
    }
}

/// Shrinks `choices` while `fails` holds, trying at most `budget`
/// candidates: shorter prefixes, then deleting runs of choices, then
/// zeroing and halving them. Returns the smallest failing sequence found
/// (`choices` itself if nothing smaller fails).
pub fn shrink(choices: &[u64], budget: usize, fails: &mut dyn FnMut(&[u64]) -> bool) -> Vec<u64> {
    let mut best = choices.to_vec();
    let mut tries = 0usize;
    let mut attempt = |c: &[u64], best: &mut Vec<u64>, tries: &mut usize| -> bool {
        if *tries >= budget {
            return false;
        }
        *tries += 1;
        if fails(c) {
            *best = c.to_vec();
            true
        } else {
            false
        }
    };
    loop {
        let before = best.clone();
        // Shorter prefixes, halving the cut each time.
        let mut cut = best.len() / 2;
        while cut > 0 && tries < budget {
            if cut > best.len() {
                cut = best.len() / 2;
                continue;
            }
            let c = best[..best.len() - cut].to_vec();
            if !attempt(&c, &mut best, &mut tries) {
                cut /= 2;
            }
        }
        // Delete runs of choices.
        for size in [8, 4, 2, 1] {
            let mut i = 0;
            while i + size <= best.len() && tries < budget {
                let mut c = best.clone();
                c.drain(i..i + size);
                if !attempt(&c, &mut best, &mut tries) {
                    i += size;
                }
            }
        }
        // Smaller values: zero, then halve.
        let mut i = 0;
        while i < best.len() && tries < budget {
            if best[i] != 0 {
                let mut c = best.clone();
                c[i] = 0;
                if !attempt(&c, &mut best, &mut tries) {
                    let mut c = best.clone();
                    c[i] /= 2;
                    attempt(&c, &mut best, &mut tries);
                }
            }
            i += 1;
        }
        if best == before || tries >= budget {
            return best;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaying_a_recording_gives_the_same_choices() {
        let mut r = Recording::new(7);
        let a: Vec<u64> = (1..50).map(|n| r.below(n)).collect();
        let mut p = Replay::new(&r.choices);
        let b: Vec<u64> = (1..50).map(|n| p.below(n)).collect();
        assert_eq!(a, b);
        // Past the end: 0.
        assert_eq!(p.below(10), 0);
    }

    #[test]
    fn shrinking_finds_a_small_failing_sequence() {
        // Fails when some choice is at least 5 and the sequence holds at
        // least three choices.
        let mut fails = |c: &[u64]| c.len() >= 3 && c.iter().any(|v| *v >= 5);
        let start: Vec<u64> = (0..40).map(|i| (i * 7919) % 13).collect();
        assert!(fails(&start));
        let small = shrink(&start, 10_000, &mut fails);
        assert!(fails(&small));
        assert_eq!(small.len(), 3, "{small:?}");
        assert_eq!(small.iter().filter(|v| **v != 0).count(), 1, "{small:?}");
    }

    /// Prefixes shrink below the cut being tried (odd lengths).
    #[test]
    fn shrinking_to_almost_nothing() {
        for n in 1..40 {
            let start: Vec<u64> = (0..n).map(|i| i + 1).collect();
            let small = shrink(&start, 10_000, &mut |c: &[u64]| !c.is_empty());
            assert_eq!(small, vec![0], "from {n} choices");
        }
    }
}
