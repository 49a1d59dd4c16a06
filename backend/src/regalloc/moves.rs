//! Parallel moves: moves that all read before any writes (block arguments
//! into block parameters, arguments into ABI registers, results out of
//! them), sequenced into ordinary moves. A cycle is broken by saving one of
//! its locations in a scratch location that no move names.

/// Orders `moves` (`(dst, src)` pairs with distinct destinations) into a
/// sequence of moves with the same effect. `scratch` must not appear in
/// `moves`.
pub fn sequence<L: Copy + Eq>(moves: &[(L, L)], scratch: L) -> Vec<(L, L)> {
    let mut pending: Vec<(L, L)> = moves.iter().copied().filter(|(d, s)| d != s).collect();
    let mut out = Vec::with_capacity(pending.len() + 1);
    while !pending.is_empty() {
        // A move whose destination nobody still needs to read can go now.
        let ready = (0..pending.len()).find(|&i| {
            let d = pending[i].0;
            !pending
                .iter()
                .enumerate()
                .any(|(j, (_, s))| j != i && *s == d)
        });
        match ready {
            Some(i) => {
                out.push(pending.remove(i));
            }
            None => {
                // Only cycles are left: save one destination's current
                // value, and let its readers read the copy.
                let d = pending[0].0;
                out.push((scratch, d));
                for m in &mut pending {
                    if m.1 == d {
                        m.1 = scratch;
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Runs a sequence on a tiny machine and compares with the parallel meaning.
    fn check(moves: &[(u8, u8)]) {
        let scratch = 99u8;
        let mut mem: HashMap<u8, u32> = (0..10).map(|r| (r, 1000 + r as u32)).collect();
        let want: HashMap<u8, u32> = moves.iter().map(|(d, s)| (*d, mem[s])).collect();
        for (d, s) in sequence(moves, scratch) {
            let v = mem[&s];
            mem.insert(d, v);
        }
        for (d, v) in want {
            assert_eq!(mem[&d], v, "{moves:?}: location {d}");
        }
        // Locations that are no destination keep their values.
        for r in 0..10u8 {
            if !moves.iter().any(|(d, _)| *d == r) {
                assert_eq!(
                    mem[&r],
                    1000 + r as u32,
                    "{moves:?}: location {r} clobbered"
                );
            }
        }
    }

    #[test]
    fn chains_cycles_and_fan_out() {
        check(&[(1, 0), (2, 1), (3, 2)]);
        check(&[(0, 1), (1, 0)]);
        check(&[(0, 1), (1, 2), (2, 0), (5, 0), (6, 6)]);
        check(&[(0, 3), (1, 3), (2, 3)]);
        check(&[(0, 1), (1, 0), (2, 3), (3, 2), (4, 0)]);
    }

    #[test]
    fn every_permutation_of_four() {
        let mut perm = [0u8, 1, 2, 3];
        // Heap's algorithm over all 24 permutations.
        fn heap(k: usize, a: &mut [u8; 4]) {
            if k == 1 {
                let moves: Vec<(u8, u8)> = (0..4).map(|i| (i as u8, a[i])).collect();
                check(&moves);
                return;
            }
            for i in 0..k {
                heap(k - 1, a);
                if k.is_multiple_of(2) {
                    a.swap(i, k - 1);
                } else {
                    a.swap(0, k - 1);
                }
            }
        }
        heap(4, &mut perm);
    }
}
