//! The moving and collecting modes cost amortised-linear work in the depth
//! of a run (see `janus_oracle::schedule`): the bytes the stack moves copy
//! and the objects the collections copy, deterministic counts, at most
//! about double when the depth doubles (at every entry they would
//! quadruple); and a run no deeper than the schedule's span, with few
//! objects, still moves and collects at every visit.

use janus_oracle::exec::{RuntimeMode, RuntimeWork};
use janus_oracle::run::{run_text, RunOptions};
use janus_oracle::runtime::StackMode;
use janus_oracle::schedule::SPAN;

/// A recursion of 1 KiB frames (as corpus/modules/deep_recursion.jir).
const DOWN: &str = "
internal func down(n int64) int64 {
    slot pad 1024, 8
b0:
    x = param 0, 0
    p = slotaddr pad
    store.i64 p, 0, x
    z = iconst.i64 0
    done = sle.i64 x, z
    brif done, base, rec
base:
    ret x
rec:
    one = iconst.i64 1
    x1 = sub.i64 x, one
    r = call internal down(x1)
    y = load.i64 p, 0
    r1 = add.i64 r, y
    ret r1
}
";

/// A recursion that allocates a node per level, linked to its parent's,
/// and keeps it live across the call: the live objects grow with the depth.
const GROW: &str = "
internal func grow(n int64, parent *struct { v int64; next *int64 }) int64 {
    slot pad 256, 8
b0:
    x = param 0, 0
    par = param 1, 0
    p = slotaddr pad
    store.i64 p, 0, x
    node = alloc struct { v int64; next *int64 }
    store.i64 node, 0, x
    store.ptr node, 8, par
    z = iconst.i64 0
    done = sle.i64 x, z
    brif done, base, rec
base:
    ret x
rec:
    one = iconst.i64 1
    x1 = sub.i64 x, one
    r = call internal grow(x1, node)
    y = load.i64 node, 0
    r1 = add.i64 r, y
    ret r1
}
";

/// A loop (one frame deep) that builds a list of `n` heap nodes, all live:
/// a collection's work grows with the objects, not the depth.
const LIST: &str = "
internal func list(n int64) int64 {
b0:
    nn = param 0, 0
    zero = iconst.i64 0
    nl = nil
    jump loop(zero, nl)
loop(i i64, head ptr):
    done = sge.i64 i, nn
    brif done, out(i), body
body:
    node = alloc struct { v int64; next *int64 }
    store.i64 node, 0, i
    store.ptr node, 8, head
    one = iconst.i64 1
    i2 = add.i64 i, one
    jump loop(i2, node)
out(r i64):
    ret r
}
";

const MOVE: RuntimeMode = RuntimeMode {
    stack: StackMode::MoveEveryEntry,
    gc_every_safepoint: false,
};
const GC: RuntimeMode = RuntimeMode {
    stack: StackMode::Grow,
    gc_every_safepoint: true,
};
const BOTH: RuntimeMode = RuntimeMode {
    stack: StackMode::MoveEveryEntry,
    gc_every_safepoint: true,
};

/// The runtime's work over both entries of `module` with `run`, which must
/// agree everywhere.
fn work(module: &str, run: &str, mode: RuntimeMode) -> RuntimeWork {
    let text = format!("{module}\nrun {run}\n");
    let opts = RunOptions {
        modes: vec![mode],
        ..RunOptions::default()
    };
    let v = run_text(&text, &opts).unwrap_or_else(|e| panic!("{run}: {e:?}"));
    assert!(
        v.all_agree(),
        "{run} in {mode:?}: {:?}",
        v.runs[0].differences
    );
    v.runs[0].work
}

/// Doubling the depth (or the objects) at most about doubles `what` (quadratic work would
/// make it about four times as much).
fn about_linear(what: &str, n: u64, at_n: u64, at_2n: u64) {
    assert!(at_n > 0, "{what}: nothing at {n}");
    let ratio = at_2n as f64 / at_n as f64;
    eprintln!("{what}: {at_n} at {n}, {at_2n} at {}", 2 * n);
    assert!(
        ratio <= 2.5,
        "{what}: {at_n} at {n}, {at_2n} at {} ({ratio:.2} times)",
        2 * n
    );
}

const N: u64 = 400;

#[test]
fn bytes_moved_grow_linearly_with_the_depth() {
    for mode in [MOVE, BOTH] {
        let a = work(DOWN, &format!("down({N})"), mode);
        let b = work(DOWN, &format!("down({})", 2 * N), mode);
        about_linear(
            &format!("bytes moved by depth, {mode:?}"),
            N,
            a.moved_bytes,
            b.moved_bytes,
        );
        let a = work(GROW, &format!("grow({N}, nil)"), mode);
        let b = work(GROW, &format!("grow({}, nil)", 2 * N), mode);
        about_linear(
            &format!("bytes moved by depth, allocating, {mode:?}"),
            N,
            a.moved_bytes,
            b.moved_bytes,
        );
    }
}

#[test]
fn objects_copied_grow_linearly_with_the_depth() {
    for mode in [GC, BOTH] {
        let a = work(GROW, &format!("grow({N}, nil)"), mode);
        let b = work(GROW, &format!("grow({}, nil)", 2 * N), mode);
        about_linear(
            &format!("objects copied by depth, {mode:?}"),
            N,
            a.copied_objects,
            b.copied_objects,
        );
        let a = work(LIST, &format!("list({})", 4 * N), mode);
        let b = work(LIST, &format!("list({})", 8 * N), mode);
        about_linear(
            &format!("objects copied by objects allocated, {mode:?}"),
            4 * N,
            a.copied_objects,
            b.copied_objects,
        );
    }
}

/// Within the span (generated modules stay well inside it), every visit
/// moves and collects; beyond, the schedule lets some go by.
#[test]
fn shallow_runs_move_and_collect_at_every_visit() {
    // Each level allocates one object and is one frame deep: SPAN / 2
    // levels keep the work within SPAN.
    let shallow = SPAN / 2 - 2;
    for mode in [MOVE, GC, BOTH] {
        let w = work(DOWN, &format!("down({})", SPAN - 2), mode);
        assert_eq!(w.deferred, 0, "down({}), {mode:?}: {w:?}", SPAN - 2);
        let w = work(GROW, &format!("grow({shallow}, nil)"), mode);
        assert_eq!(w.deferred, 0, "grow({shallow}), {mode:?}: {w:?}");
        let w = work(DOWN, &format!("down({})", 2 * SPAN), mode);
        assert!(w.deferred > 0, "down({}), {mode:?}: {w:?}", 2 * SPAN);
    }
}

/// A recursion of small frames with stack arguments: the outer ABI
/// wrapper's frame shifts where the stack runs out (and the function
/// restarts after morestack) by a level or more between the two outer
/// entries. The schedule counts neither that nor the wrapper, so both
/// entries move and collect at the same visits, deep beyond the span, and
/// record the same live pointers there.
#[test]
fn deep_runs_move_and_collect_at_the_same_visits_through_both_entries() {
    const COUNT: &str = "
internal func count(n int64, a int64, b int64, c int64, d int64, e int64, f int64, g int64, h int64, i int64) int64 {
b0:
    x = param 0, 0
    z = iconst.i64 0
    done = sle.i64 x, z
    brif done, base, rec
base:
    ret x
rec:
    one = iconst.i64 1
    x1 = sub.i64 x, one
    r = call internal count(x1, x1, x1, x1, x1, x1, x1, x1, x1, x1)
    r1 = add.i64 r, x
    ret r1
}
";
    for mode in [MOVE, GC, BOTH] {
        let w = work(COUNT, "count(3000, 0, 0, 0, 0, 0, 0, 0, 0, 0)", mode);
        assert!(w.deferred > 0, "{mode:?}: {w:?}");
        work(GROW, &format!("grow({}, nil)", 4 * SPAN), mode);
    }
}
