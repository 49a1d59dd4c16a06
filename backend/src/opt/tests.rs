//! Unit tests of the optimiser: each pass on small functions written as text.

use super::*;
use crate::ir::{parse_module, verify_module, Block, Terminator};

fn optimized(text: &str) -> Module {
    let m = parse_module(text).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let o = optimize_module(&m);
    verify_module(&o).unwrap_or_else(|e| panic!("optimised module does not verify: {e}\n{o}"));
    o
}

/// The instructions of function `name`, printed, one per line.
fn body(m: &Module, name: &str) -> String {
    let f = m.function(name).expect("function");
    let mut g = f.clone();
    g.canonicalize();
    let one = Module {
        functions: vec![g],
        ..Module::default()
    };
    one.to_string()
}

#[test]
fn constants_fold_under_the_ir_semantics() {
    let m = optimized(
        "internal func f() (int8, int16, int32, int64, uint8, int64, int64) {
b0:
    a = iconst.i8 127
    one = iconst.i8 1
    s = add.i8 a, one          // wraps to -128
    m1 = iconst.i16 -1
    min = iconst.i16 -32768
    q = divs.i16 min, m1       // MinInt / -1 is MinInt
    big = iconst.i32 40
    c = iconst.i64 33
    sh = shl.i32 big, c        // a count of the width or more gives 0
    n = iconst.i64 -8
    k = iconst.i8 1
    sr = shrs.i64 n, k
    x = iconst.i8 -7
    seven = iconst.i8 7
    r = remu.i8 x, seven       // 249 % 7
    fl = fconst.f64 1e300
    t = ftosi.f64.i64 fl       // out of range: integer indefinite
    h = fconst.f64 -1.5
    u = ftoui.f64.i64 h
    ret s, q, sh, sr, r, t, u
}
",
    );
    let text = body(&m, "f");
    assert!(
        !text.contains("add") && !text.contains("div") && !text.contains("shl"),
        "{text}"
    );
    assert!(
        !text.contains("shrs") && !text.contains("remu") && !text.contains("fto"),
        "{text}"
    );
    for c in [
        "iconst.i8 -128",
        "iconst.i16 -32768",
        "iconst.i32 0",
        "iconst.i64 -4",
        "iconst.i8 4",
        "iconst.i64 -9223372036854775808",
        "iconst.i64 -1",
    ] {
        assert!(text.contains(c), "{c} missing:\n{text}");
    }
}

#[test]
fn what_may_panic_or_make_a_nan_stays() {
    let m = optimized(
        "internal func f(a int32) (int32, float64, float64) {
b0:
    x = param 0, 0
    z = iconst.i32 0
    q = divs.i32 x, z
    inf = fconst.f64 inf
    n = fsub.f64 inf, inf
    three = fconst.f64 3.0
    half = fconst.f64 0.5
    p = fmul.f64 three, half
    ret q, n, p
}
",
    );
    let text = body(&m, "f");
    assert!(
        text.contains("divs.i32"),
        "a division by zero panics:\n{text}"
    );
    assert!(text.contains("fsub.f64"), "inf - inf is a NaN:\n{text}");
    assert!(
        !text.contains("fmul") && text.contains("fconst.f64 1.5"),
        "{text}"
    );
}

#[test]
fn identities_and_branches_on_constants() {
    let m = optimized(
        "internal func f(a int64, b uint8) (int64, int64, uint8) {
b0:
    x = param 0, 0
    y = param 1, 0
    z = xor.i64 x, x
    zero = iconst.i64 0
    s = add.i64 x, zero
    w = zext.i8.i64 y
    t = trunc.i64.i8 w
    one = iconst.i8 1
    brif one, b1(s), b2(z)
b1(v i64):
    ret z, v, t
b2(u i64):
    ret u, u, t
}
",
    );
    let text = body(&m, "f");
    assert!(
        !text.contains("xor") && !text.contains("add") && !text.contains("ext"),
        "{text}"
    );
    assert!(!text.contains("brif") && !text.contains("b2"), "{text}");
}

#[test]
fn loads_of_local_objects_are_forwarded_and_dead_slots_dropped() {
    let m = optimized(
        "internal func f(a int64, b int32) (int64, int32, int64) {
    slot s 16, 8
    slot kept 8, 8
b0:
    x = param 0, 0
    p = slotaddr s
    store.i64 p, 8, x
    l = load.i64 p, 8
    h = paramaddr 1
    hb = load.i32 h, 0
    k = slotaddr kept
    call internal g(k)
    r = load.i64 k, 0
    ret l, hb, r
}

internal func g(p *int64) {
b0:
    q = param 0, 0
    c = iconst.i64 5
    store.i64 q, 0, c
    ret
}
",
    );
    let text = body(&m, "f");
    assert!(
        !text.contains("slot s ") && text.contains("slot s0 8, 8"),
        "{text}"
    );
    // A home's first load stays (see the module's doc).
    assert!(
        text.contains("paramaddr 1") && text.contains("load.i32"),
        "{text}"
    );
    // The slot passed to g escapes: its load stays.
    assert!(text.contains("load.i64"), "{text}");
    assert_eq!(m.function("f").unwrap().slots.len(), 1);
}

#[test]
fn effects_stay_and_dead_block_parameters_go() {
    let m = optimized(
        "internal func f(p *int64) int64 {
b0:
    x = param 0, 0
    n = iconst.i64 1
    o = alloc [9]int64
    store.i64 x, 0, n
    l = load.i64 x, 0
    z = nil
    c = eq.ptr x, z
    brif c, b1(l, n), b1(n, l)
b1(a i64, b i64):
    ret b
}
",
    );
    let text = body(&m, "f");
    // (An object over 64 bytes stays on the heap: see `escape`.)
    assert!(
        text.contains("alloc [9]int64") && text.contains("store.i64"),
        "{text}"
    );
    // b1's first parameter is dead, and with it the load through a
    // parameter pointer passed to it.
    assert!(text.contains("b1(v"), "{text}");
    assert_eq!(text.matches("load").count(), 1, "{text}");
    let f = m.function("f").unwrap();
    assert_eq!(f.blocks[1].params.len(), 1, "{text}");
}

#[test]
fn branches_to_one_place_and_empty_blocks_go() {
    let m = optimized(
        "internal func f(a int64, b int64) int64 {
b0:
    x = param 0, 0
    y = param 1, 0
    c = slt.i64 x, y
    brif c, b1, b2
b1:
    jump b3(x)
b2:
    jump b3(x)
b3(r i64):
    d = eq.i64 r, y
    brif d, b4, b5
b4:
    jump b6
b5:
    s = add.i64 r, y
    jump b7(s)
b6:
    jump b7(r)
b7(t i64):
    ret t
}
",
    );
    let text = body(&m, "f");
    let f = m.function("f").unwrap();
    // b0..b3 are one block (the brif chose nothing); b4 and b6 are jumped
    // over; b5 stays (it computes), b7 stays (two predecessors).
    assert_eq!(f.blocks.len(), 3, "{text}");
    assert!(!text.contains("slt"), "{text}");
    let Terminator::Brif { then, els, .. } = &f.blocks[0].term else {
        panic!("{text}")
    };
    assert_eq!(then.block, Block(2), "{text}");
    assert_eq!(els.block, Block(1), "{text}");
}

#[test]
fn new_objects_whose_address_does_not_escape_go_to_the_stack() {
    let m = optimized(
        "internal func f(n int64) (int64, int8) {
b0:
    x = param 0, 0
    o = alloc struct { a int32; p *int64; b int16 }
    c = load.i32 o, 0
    cc = sext.i32.i64 c
    s = add.i64 x, cc
    q = load.ptr o, 8
    z = nil
    isnil = eq.ptr q, z
    self = ne.ptr o, z
    r = and.i8 isnil, self
    ret s, r
}

internal func g(n int64) *int64 {
b0:
    x = param 0, 0
    kept = alloc int64
    store.i64 kept, 0, x
    ret kept
}

internal func h(n int64) int64 {
b0:
    x = param 0, 0
    a = alloc int64
    b = alloc *int64
    store.ptr b, 0, a
    big = alloc [9]int64
    store.i64 big, 0, x
    v = load.i64 big, 0
    ret v
}
",
    );
    // f's object is read only where the allocation zeroed it, compared
    // with nil, and never written: nothing of it is left, and the loads
    // read the zeros the stack allocation stored.
    let text = body(&m, "f");
    assert!(!text.contains("alloc") && !text.contains("load"), "{text}");
    assert!(text.contains("iconst.i8 1"), "{text}");
    assert!(m.function("f").unwrap().slots.is_empty(), "{text}");
    // Returned: it stays.
    assert!(body(&m, "g").contains("alloc int64"));
    // Stored as a value (here into another new object): it stays; the one
    // it is stored into goes; one over 64 bytes stays (see `escape`).
    let text = body(&m, "h");
    assert!(text.contains("alloc int64"), "{text}");
    assert!(!text.contains("alloc *int64"), "{text}");
    assert!(text.contains("alloc [9]int64"), "{text}");
}

#[test]
fn stores_of_what_is_there_already_go() {
    let m = optimized(
        "internal func f(a int64) int64 {
b0:
    p = paramaddr 0
    v = load.i64 p, 0
    store.i64 p, 0, v
    w = load.i64 p, 0
    ret w
}
",
    );
    let text = body(&m, "f");
    // The home's first load stays (see `mem`), the store of it goes.
    assert!(
        text.contains("load.i64") && !text.contains("store"),
        "{text}"
    );
}
