//! The check Go's linker makes on nosplit functions
//! (cmd/link/internal/ld/stackcheck.go in Go 1.19), made on a compiled
//! module so that janus refuses what `go build` would refuse with
//! "nosplit stack overflow".
//!
//! A splittable function's prologue guarantees `StackLimit` (800) bytes
//! below its frame (stackguard0 is 928 bytes above the stack's end, and a
//! checked frame may reach 128 bytes below it). Nosplit functions run in
//! that space without a check, so every chain of calls that starts at a
//! call from a splittable frame must fit in it. The accounting, in bytes
//! below the splittable caller's RSP:
//!
//! - a nosplit entry uses its *frame*: the return address of the call into
//!   it, the saved RBP and `frame_size` (all its calls happen at that
//!   depth), plus the most any of its callees uses;
//! - a splittable callee (another entry with a stack check, an ABI
//!   wrapper, or a runtime function) uses 16 bytes: the return address of
//!   the call into it and that of its own call to morestack, which moves
//!   to a new stack. The runtime functions janus code calls
//!   (`runtime.newobject`, `runtime.panicdivide`) are splittable in Go
//!   1.19, so they count so; any other symbol is assumed splittable too,
//!   as Go assumes of indirect calls — among them an extern's definition
//!   (undefined here, so its stack use is not janus's to know; Go's linker
//!   sees the assembly function, janus does not);
//! - `runtime.morestack_noctxt` uses 8 bytes (its return address): it
//!   switches stacks before calling anything.
//!
//! This is Go's rule (height(f) <= StackLimit - CallSize, heights not
//! counting the call into f) with every frame counting its own return
//! address. A cycle of nosplit calls is an unbounded chain and refused,
//! as Go refuses it.

use super::stack::MORESTACK;
use super::RelocKind;
use crate::compile::CompiledFunction;
use std::collections::HashMap;

/// objabi.StackLimit on linux/amd64: StackGuard (928) - StackSystem (0)
/// - StackSmall (128).
pub const STACK_LIMIT: u64 = 800;
/// Bytes a CALL pushes.
const CALL_SIZE: u64 = 8;
/// What a call to a splittable function uses (see the module doc).
pub const SPLITTABLE_USE: u64 = 2 * CALL_SIZE;

/// A chain of nosplit calls that does not fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NosplitOverflow {
    /// The function whose entry starts the chain.
    pub function: String,
    /// Which entry of it (its symbol) starts the chain.
    pub entry: String,
    pub message: String,
}

/// One entry as the check sees it.
struct Node<'a> {
    symbol: &'a str,
    function: &'a str,
    /// Bytes it uses itself: for a nosplit entry its frame (return
    /// address, saved RBP, frame size); for anything else what a call to it
    /// uses in all.
    own: u64,
    nosplit: bool,
    /// Indices of the nodes it calls, each once, in the order of first call.
    calls: Vec<usize>,
}

/// What a node and its callees use: bytes, or unbounded (a cycle).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Use {
    Bytes(u64),
    Unbounded,
}

/// The graph of every entry and every symbol they call.
fn graph(funcs: &[CompiledFunction]) -> Vec<Node<'_>> {
    let mut nodes: Vec<Node> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for f in funcs {
        for e in &f.entries {
            let nosplit = e.body.is_none();
            index.insert(&e.symbol, nodes.len());
            nodes.push(Node {
                symbol: &e.symbol,
                function: &f.name,
                own: if nosplit {
                    CALL_SIZE + 8 + e.frame_size as u64
                } else {
                    SPLITTABLE_USE
                },
                nosplit,
                calls: Vec::new(),
            });
        }
    }
    let mut at = 0;
    for f in funcs {
        for e in &f.entries {
            // Calls only: a data reference (a func value's address) is not one.
            for r in e
                .code
                .relocs
                .iter()
                .filter(|r| r.kind == RelocKind::X86Pc32)
            {
                let target = r.symbol.0.as_str();
                let t = *index.entry(target).or_insert_with(|| {
                    nodes.push(Node {
                        symbol: target,
                        function: "",
                        own: if target == MORESTACK {
                            CALL_SIZE
                        } else {
                            SPLITTABLE_USE
                        },
                        nosplit: false,
                        calls: Vec::new(),
                    });
                    nodes.len() - 1
                });
                if !nodes[at].calls.contains(&t) {
                    nodes[at].calls.push(t);
                }
            }
            at += 1;
        }
    }
    nodes
}

/// What every node uses, and for each the callee that uses most (the next
/// link of its worst chain). Iterative, so a long chain cannot overflow
/// the compiler's own stack.
fn uses(nodes: &[Node]) -> (Vec<Use>, Vec<Option<usize>>) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Visiting,
        Done,
    }
    let mut state = vec![State::New; nodes.len()];
    let mut used = vec![Use::Bytes(0); nodes.len()];
    let mut worst: Vec<Option<usize>> = vec![None; nodes.len()];
    for root in 0..nodes.len() {
        if state[root] != State::New {
            continue;
        }
        // (node, index of the next call to look at)
        let mut stack = vec![(root, 0usize)];
        state[root] = State::Visiting;
        while let Some(&mut (n, ref mut next)) = stack.last_mut() {
            let node = &nodes[n];
            if !node.nosplit {
                used[n] = Use::Bytes(node.own);
                state[n] = State::Done;
                stack.pop();
                continue;
            }
            if let Some(&c) = node.calls.get(*next) {
                *next += 1;
                match state[c] {
                    State::New => {
                        state[c] = State::Visiting;
                        stack.push((c, 0));
                    }
                    // A call back into the chain under way: unbounded.
                    State::Visiting => {
                        if used[n] != Use::Unbounded {
                            used[n] = Use::Unbounded;
                            worst[n] = Some(c);
                        }
                    }
                    State::Done => {}
                }
                continue;
            }
            // Every callee is done (or on the chain): take the worst.
            let mut best = used[n];
            let mut best_at = worst[n];
            for &c in &node.calls {
                if state[c] == State::Done && used[c] > best {
                    best = used[c];
                    best_at = Some(c);
                }
            }
            used[n] = match best {
                Use::Unbounded => Use::Unbounded,
                Use::Bytes(b) => Use::Bytes(node.own + b),
            };
            worst[n] = best_at;
            state[n] = State::Done;
            stack.pop();
        }
    }
    (used, worst)
}

/// Checks every chain of nosplit calls in `funcs` against Go's limit.
/// Reports the first (in module order) entry that starts an overflowing
/// chain and is not itself called by an overflowing nosplit entry.
pub fn check_nosplit(funcs: &[CompiledFunction]) -> Result<(), NosplitOverflow> {
    let nodes = graph(funcs);
    let (used, worst) = uses(&nodes);
    let over = |n: usize| nodes[n].nosplit && used[n] > Use::Bytes(STACK_LIMIT);
    let failing: Vec<usize> = (0..nodes.len()).filter(|&n| over(n)).collect();
    let Some(&first) = failing.first() else {
        return Ok(());
    };
    let called = |n: usize| {
        failing
            .iter()
            .any(|&m| m != n && nodes[m].calls.contains(&n))
    };
    let root = failing
        .iter()
        .copied()
        .find(|&n| !called(n))
        .unwrap_or(first);
    Err(report(&nodes, &used, &worst, root))
}

/// The error for the worst chain from `root`.
fn report(nodes: &[Node], used: &[Use], worst: &[Option<usize>], root: usize) -> NosplitOverflow {
    let mut links = Vec::new();
    let mut seen = Vec::new();
    let mut at = Some(root);
    let mut cycle_to = None;
    while let Some(n) = at {
        if seen.contains(&n) {
            cycle_to = Some(n);
            break;
        }
        seen.push(n);
        let node = &nodes[n];
        links.push(if node.nosplit {
            format!("{} (frame {})", node.symbol, node.own)
        } else {
            format!("{} (splittable, {})", node.symbol, node.own)
        });
        at = if node.nosplit { worst[n] } else { None };
    }
    let chain = links.join(" -> ");
    let message = match (cycle_to, used[root]) {
        (Some(n), _) => format!(
            "nosplit stack overflow: {chain} -> {} again: an unbounded chain of nosplit calls",
            nodes[n].symbol
        ),
        (None, Use::Bytes(b)) => {
            format!("nosplit stack overflow: {chain}: {b} bytes > {STACK_LIMIT} allowed")
        }
        (None, Use::Unbounded) => unreachable!("an unbounded chain ends in a cycle"),
    };
    NosplitOverflow {
        function: nodes[root].function.to_string(),
        entry: nodes[root].symbol.to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use crate::compile::{compile_module, CompileError};
    use crate::ir::parse_module;

    fn compile(src: &str) -> Result<(), CompileError> {
        let m = parse_module(src).unwrap_or_else(|e| panic!("{e}\n{src}"));
        compile_module(&m).map(|_| ())
    }

    fn refused(src: &str) -> CompileError {
        compile(src).expect_err("the module should be refused")
    }

    /// A nosplit leaf with a raw slot of `size` bytes (its whole frame).
    fn leaf(name: &str, size: u32) -> String {
        format!(
            "nosplit internal func {name}() int64 {{
    slot buf {size}, 8
b0:
    x = iconst.i64 1
    ret x
}}
"
        )
    }

    /// A nosplit function with a `size`-byte slot that calls `callee`.
    fn caller(name: &str, size: u32, entry: &str, callee: &str) -> String {
        format!(
            "nosplit internal func {name}() int64 {{
    slot buf {size}, 8
b0:
    x = call {entry} {callee}()
    ret x
}}
"
        )
    }

    #[test]
    fn a_leaf_may_use_exactly_the_limit() {
        // Return address + saved RBP + 784 = 800: Go accepts
        // `TEXT f(SB),NOSPLIT,$784`, and refuses $792.
        compile(&leaf("f", 784)).unwrap();
        let e = refused(&leaf("f", 792));
        assert_eq!(
            e.message,
            "in function f: nosplit stack overflow: f (frame 808): 808 bytes > 800 allowed"
        );
        assert_eq!(e.function, "f");
    }

    #[test]
    fn a_chain_adds_up_every_frame() {
        // f (16 + 400) -> g (16 + 368) = 800.
        compile(&(caller("f", 400, "internal", "g") + &leaf("g", 368))).unwrap();
        let e = refused(&(caller("f", 400, "internal", "g") + &leaf("g", 376)));
        assert_eq!(
            e.message,
            "in function f: nosplit stack overflow: f (frame 416) -> g (frame 392): 808 bytes > 800 allowed"
        );
        // Reported at the chain's start, not at g (which fits on its own).
        assert_eq!(e.function, "f");
        let e = refused(&(leaf("g", 376) + &caller("f", 400, "internal", "g")));
        assert_eq!(e.function, "f", "{e}");
    }

    #[test]
    fn a_splittable_callee_costs_its_morestack_call_and_resets_the_chain() {
        let split = "internal func h() int64 {
    slot buf 4000, 8
b0:
    x = iconst.i64 1
    ret x
}
";
        // 16 + 768 + 16 (h's return address and its morestack call's).
        compile(&(caller("f", 768, "internal", "h") + split)).unwrap();
        let e = refused(&(caller("f", 776, "internal", "h") + split));
        assert_eq!(
            e.message,
            "in function f: nosplit stack overflow: f (frame 792) -> h (splittable, 16): 808 bytes > 800 allowed"
        );
        // A nosplit function reached through the other ABI's wrapper: the
        // wrapper checks the stack, so f's and g's frames do not add up.
        compile(&(caller("f", 600, "abi0", "g") + &leaf("g", 600))).unwrap();
        let e = refused(&(caller("f", 600, "abi0", "g") + &leaf("g", 792)));
        assert_eq!(e.function, "g", "{e}");
    }

    /// A leaf that divides has no check (Go's rule), but its call of
    /// `runtime.panicdivide` counts in what a call into it uses: the ABI0
    /// wrapper copying a 744-byte argument keeps its own check rather than
    /// make a chain of 808 bytes (a finding of the 10-minute campaign,
    /// seeds 26364 and 47086).
    #[test]
    fn a_dividing_leaf_counts_its_panic_call_for_its_wrapper() {
        compile(
            "internal func d(big [93]int64, a int64, b int64) int64 {
b0:
    x = param 1, 0
    y = param 2, 0
    q = divs.i64 x, y
    ret q
}
",
        )
        .unwrap();
    }

    #[test]
    fn runtime_calls_count_as_splittable() {
        let alloc = |size: u32| {
            format!(
                "nosplit internal func f() *int64 {{
    slot buf {size}, 8
b0:
    p = alloc int64
    ret p
}}
"
            )
        };
        compile(&alloc(768)).unwrap();
        assert_eq!(
            refused(&alloc(776)).message,
            "in function f: nosplit stack overflow: f (frame 792) -> runtime.newobject (splittable, 16): 808 bytes > 800 allowed"
        );
    }

    #[test]
    fn recursion_among_nosplit_functions_is_refused() {
        let e = refused(&caller("f", 0, "internal", "f"));
        assert_eq!(
            e.message,
            "in function f: nosplit stack overflow: f (frame 16) -> f again: an unbounded chain of nosplit calls"
        );
        let src = caller("f", 0, "internal", "g")
            + &caller("g", 8, "internal", "h")
            + &caller("h", 0, "internal", "g");
        let e = refused(&src);
        assert_eq!(
            e.message,
            "in function f: nosplit stack overflow: f (frame 16) -> g (frame 24) -> h (frame 16) -> g again: an unbounded chain of nosplit calls"
        );
        assert_eq!(e.function, "f");
        // A cycle nothing else calls is reported at its first function.
        let src = caller("a", 0, "internal", "b") + &caller("b", 0, "internal", "a");
        assert_eq!(refused(&src).function, "a");
        // Splittable recursion is fine: every call checks the stack.
        compile(
            "internal func r() int64 {
b0:
    x = call internal r()
    ret x
}
",
        )
        .unwrap();
    }

    #[test]
    fn the_error_is_located_at_the_function() {
        let src = format!("// a comment\n\n{}", leaf("f", 800));
        let e = refused(&src);
        assert_eq!(e.pos.map(|p| (p.line, p.column)), Some((3, 1)));
        assert_eq!(
            e.in_file("m.jir"),
            "m.jir:3:1: in function f: nosplit stack overflow: f (frame 816): 816 bytes > 800 allowed"
        );
    }
}
