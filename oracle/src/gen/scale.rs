//! Big modules for measuring how the front end and the backend scale: a
//! module of `blocks` blocks split over `functions` functions, each a chain
//! of diamonds (a header that branches to two arms, which join at the next
//! header with a block argument). Every diamond reads the function's first
//! parameter (defined in the entry block, so it is live across the whole
//! function) and every eighth calls a small leaf function, so liveness,
//! dominators, register allocation and safepoints all see the size.
//!
//! The text is deterministic; it parses, verifies, compiles and runs (the
//! functions return a sum of their input and loop counters).

use std::fmt::Write as _;

/// The text of a module of about `blocks` blocks in `functions` functions
/// (at least 4 blocks each), plus the leaf function they call.
pub fn scale_module(blocks: usize, functions: usize) -> String {
    let functions = functions.max(1);
    let per = (blocks / functions).max(4);
    let mut out = String::with_capacity(blocks * 120);
    out.push_str(
        "internal func leaf(a int64) int64 {\nb0:\n    a = param 0, 0\n    one = iconst.i64 1\n    r = add.i64 a, one\n    ret r\n}\n\n",
    );
    for f in 0..functions {
        chain(&mut out, &format!("f{f}"), per);
    }
    for f in 0..functions.min(4) {
        let _ = writeln!(out, "run f{f}({f})");
    }
    out
}

/// One function of `blocks` blocks: entry, diamonds, exit.
fn chain(out: &mut String, name: &str, blocks: usize) {
    // Entry and exit are two blocks; each diamond is three.
    let diamonds = (blocks.saturating_sub(2) / 3).max(1);
    let _ = write!(
        out,
        "internal func {name}(n int64) int64 {{\nentry:\n    n = param 0, 0\n    zero = iconst.i64 0\n    jump h0(zero)\n"
    );
    for d in 0..diamonds {
        let next = if d + 1 == diamonds {
            "exit".to_string()
        } else {
            format!("h{}", d + 1)
        };
        // The header: acc + n, then branch on its low bit.
        let _ = write!(
            out,
            "h{d}(acc{d} i64):\n    s{d} = add.i64 acc{d}, n\n    one{d} = iconst.i64 1\n    bit{d} = and.i64 s{d}, one{d}\n"
        );
        if d % 8 == 0 {
            let _ = write!(
                out,
                "    c{d} = call internal leaf(s{d})\n    brif bit{d}, l{d}(c{d}), r{d}\n"
            );
        } else {
            let _ = writeln!(out, "    brif bit{d}, l{d}(s{d}), r{d}");
        }
        let _ = write!(
            out,
            "l{d}(x{d} i64):\n    y{d} = sub.i64 x{d}, one{d}\n    jump {next}(y{d})\nr{d}:\n    z{d} = add.i64 s{d}, one{d}\n    jump {next}(z{d})\n"
        );
    }
    out.push_str("exit(res i64):\n    ret res\n}\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use janus_backend::ir::{parse_module, verify_module};

    #[test]
    fn small_scale_modules_are_valid() {
        for (blocks, functions) in [(4, 1), (100, 1), (100, 10), (1000, 3)] {
            let text = scale_module(blocks, functions);
            let m = parse_module(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
            verify_module(&m).unwrap_or_else(|e| panic!("{e}\n{text}"));
            let n: usize = m.functions.iter().map(|f| f.blocks.len()).sum();
            // Each function rounds down to whole diamonds (3 blocks).
            assert!(
                n + 3 * functions >= blocks && n <= blocks + 8,
                "{blocks} in {functions}: {n} blocks"
            );
        }
    }
}
