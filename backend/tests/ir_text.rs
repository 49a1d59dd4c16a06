//! The IR's text form: a hand-written module parses, verifies, prints and
//! reads back to itself; malformed text gives located errors.

use janus_backend::ir::{parse_module, verify_module};

fn corpus(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/modules")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn sum_loop_round_trips() {
    let m = parse_module(&corpus("sum_loop.jir")).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let printed = m.to_string();
    let again = parse_module(&printed).unwrap_or_else(|e| panic!("{e}\n{printed}"));
    assert_eq!(again, m, "{printed}");
    assert_eq!(again.to_string(), printed);
    assert_eq!(m.runs.len(), 5);
    println!("{printed}");
}

/// The verifier's error for `text`, with its position.
fn verify_error(text: &str) -> String {
    let m = parse_module(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    verify_module(&m)
        .expect_err("an invalid module")
        .to_string()
}

#[test]
fn verifier_errors_are_located_and_use_the_texts_names() {
    let cases: &[(&str, &str)] = &[
        (
            "internal func f(a int64) int32 {\nb0:\n    x = param 0, 0\n    ret x\n}\n",
            "4:5: in function f, block b0: ret x: x is i64, but f returns i32",
        ),
        (
            // Unicode before a statement: columns count characters.
            "internal func f(a int64, b float64) int64 {\nentry:\n    a = param 0, 0\n    b = param 1, 0\n    /* é */ s = add.i64 a, b\n    ret s\n}\n",
            "5:13: in function f, block entry: s = add.i64 a, b: b is f64, expected i64",
        ),
        (
            "internal func f(c int8) int64 {\nentry:\n    c = param 0, 0\n    brif c, yes, no\nyes:\n    one = iconst.i64 1\n    jump done\nno:\n    jump done\ndone:\n    ret one\n}\n",
            "11:5: in function f, block done: ret one: one is used where its definition (in block yes) does not dominate",
        ),
        (
            "internal func f() {\nentry:\n    z = iconst.i32 0\n    jump loop(z)\nloop(i i64):\n    ret\n}\n",
            "4:5: in function f, block entry: jump loop(z): z is i32, but block loop's parameter i is i64",
        ),
        (
            "internal func g(a int64) {\nb0:\n    ret\n}\ninternal func f() {\nb0:\n    x = iconst.i32 1; call internal g(x); ret\n}\n",
            "7:23: in function f, block b0: call internal g(x): x is i32, but g takes i64",
        ),
        (
            "internal func f(a int64) int64 {\nb0:\n  a = param 0, 0\n  jump b1(a, a)\nb1(x i64):\n  ret x\n}\n",
            "4:3: in function f, block b0: jump b1(a, a): block b1 takes 1 argument, given 2",
        ),
        (
            "internal func f() {\nentry(a i64):\n    ret\n}\n",
            "2:1: in function f, block entry: the entry block cannot have parameters",
        ),
        (
            "internal func f() {\nstart:\n    ret\n}\nrun f()\nrun f(1, 2)\n",
            "6:1: run f(1, 2) (run line 2 of f): f takes 0 arguments, given 2",
        ),
        (
            "internal func f(a int8) {\nstart:\n    ret\n}\nrun f()\n",
            "5:1: run f(): f takes 1 argument, given 0",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&verify_error(text), want, "{text}");
    }
}

#[test]
fn statement_positions_follow_the_text() {
    let text = "// a comment\nabi0 func f(a int64) int64 {\n  slot buf 8, 8\ne:\n\tx = param 0, 0; p = slotaddr buf\n    store.i64 p, 0, x\n  jump n(x)\nn(y i64):\n        ret y\n}\n\nrun f(1)\n";
    let m = parse_module(text).unwrap_or_else(|e| panic!("{e}"));
    let f = &m.functions[0];
    let at = |p: Option<janus_backend::ir::Pos>| p.map(|p| p.to_string());
    assert_eq!(
        at(f.pos()),
        Some("2:1".into()),
        "the start of the declaration"
    );
    let stmts: Vec<Option<String>> = (0..=f.blocks[0].insts.len())
        .map(|i| at(f.stmt_pos(0, i)))
        .collect();
    assert_eq!(
        stmts,
        ["5:2", "5:18", "6:5", "7:3"].map(|s| Some(s.to_string()))
    );
    assert_eq!(at(f.stmt_pos(1, 0)), Some("9:9".into()));
    assert_eq!(at(f.source.block_pos(1)), Some("8:1".into()));
    assert_eq!(f.stmt_text(0, 1), "p = slotaddr buf");
    assert_eq!(f.stmt_text(0, 3), "jump n(x)");
    assert_eq!(f.stmt_text(1, 0), "ret y");
    assert_eq!(at(m.runs[0].pos.0), Some("12:1".into()));
    // The printer keeps its own names, and the module reads back equal.
    let printed = m.to_string();
    assert!(printed.contains("    v1 = slotaddr s0\n"), "{printed}");
    assert_eq!(parse_module(&printed).unwrap(), m);
}

#[test]
fn a_run_line_naming_no_function_is_located_at_the_line() {
    let text = "internal func f() {\nb0:\n    ret\n}\nrun f()\n  run g(2)\n";
    let e = parse_module(text).expect_err("g is undefined");
    assert_eq!(e.to_string(), "6:3: run names undefined function g");
}

#[test]
fn functions_built_in_memory_get_printer_names_and_no_position() {
    let text = "internal func f(a int64) int32 {\nb0:\n    x = param 0, 0\n    ret x\n}\n";
    let mut m = parse_module(text).unwrap();
    m.functions[0].source = Default::default();
    let e = verify_module(&m).expect_err("invalid");
    assert_eq!(e.pos, None);
    assert_eq!(
        e.to_string(),
        "in function f, block b0: ret v0: v0 is i64, but f returns i32"
    );
}

#[test]
fn iface_and_new_run_values_read_back_and_bad_ones_are_located() {
    use janus_backend::ir::InputValue;
    let text = "internal func f(x any, p unsafe.Pointer) {\nb0:\n    ret\n}\nrun f(iface(struct { a int64; p *int64 }, {1, &2}), new([2]int32, {3, 4}))\nrun f(iface(*int64, nil), nil)\n";
    let m = parse_module(text).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let InputValue::Iface { ty, value } = &m.runs[0].args[0] else {
        panic!("{:?}", m.runs[0].args[0]);
    };
    assert_eq!(ty.to_string(), "struct { a int64; p *int64 }");
    assert_eq!(value.to_string(), "{1, &2}");
    assert!(
        matches!(&m.runs[0].args[1], InputValue::New { ty, .. } if ty.to_string() == "[2]int32")
    );
    let printed = m.to_string();
    assert!(
        printed.contains("run f(iface(*int64, nil), nil)"),
        "{printed}"
    );
    assert_eq!(parse_module(&printed).unwrap(), m);
    let head = "internal func f(x any) {\nb0:\n    ret\n}\n";
    for (run, want) in [
        (
            "run f(iface(int64 1))",
            "5:19: expected `,` after the type, found `1`",
        ),
        ("run f(iface(nosuch, 1))", "5:13: unknown type `nosuch`"),
        (
            "run f(iface 1)",
            "5:13: expected `(` after `iface` or `new`, found `1`",
        ),
        ("run f(new(int64, 1 2))", "5:20: expected `)`"),
        ("run f(iface(int64, ))", "5:20: expected an input value"),
    ] {
        let e = parse_module(&format!("{head}{run}\n")).expect_err(run);
        assert!(e.to_string().starts_with(want), "{run}: {e}");
    }
}

#[test]
fn closures_round_trip() {
    let m = parse_module(&corpus("closures_funcvals.jir")).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let printed = m.to_string();
    assert!(
        printed.contains(") int64 {\n    context struct { k int64; box *int64 }\n"),
        "{printed}"
    );
    assert!(
        printed.contains("= callval func(int64) int64, v"),
        "{printed}"
    );
    let again = parse_module(&printed).unwrap_or_else(|e| panic!("{e}\n{printed}"));
    assert_eq!(again, m, "{printed}");
    assert_eq!(again.to_string(), printed);
}

/// The corpus module with externs round-trips, and compiles: each extern
/// gets only its wrapper, whose call names the definition's symbol, left
/// for the loader.
#[test]
fn externs_round_trip_and_compile_to_their_wrapper_only() {
    let m = parse_module(&corpus("extern_calls.jir")).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.externs.len(), 2);
    let printed = m.to_string();
    assert!(
        printed.starts_with("extern internal func xi(a int8, b int64, c float32, p *int64) (int8, uint16, int32, float32, *int64)\nextern abi0 func xa("),
        "{printed}"
    );
    let again = parse_module(&printed).unwrap_or_else(|e| panic!("{e}\n{printed}"));
    assert_eq!(again, m, "{printed}");
    assert_eq!(again.to_string(), printed);
    let funcs = janus_backend::compile::compile_module(&m).unwrap_or_else(|e| panic!("{e}"));
    for (name, wrapper, definition) in [("xi", "xi.abi0", "xi"), ("xa", "xa", "xa.abi0")] {
        let f = funcs.iter().find(|f| f.name == name).expect("compiled");
        assert!(f.external);
        let symbols: Vec<&str> = f.entries.iter().map(|e| e.symbol.as_str()).collect();
        assert_eq!(symbols, [wrapper]);
        assert!(f.entries[0].wrapper);
        assert!(f.entries[0]
            .code
            .relocs
            .iter()
            .any(|r| r.symbol.0 == definition));
    }
    let obj = janus_backend::object::write_object(&funcs).unwrap_or_else(|e| panic!("{e}"));
    assert!(!obj.is_empty());
}

/// Func values and closures: every rule of docs/ir.md ("Func values and
/// closures") has its located error.
#[test]
fn closure_errors_are_located() {
    const CL: &str = "internal func cl(x int64) int64 {\n    context struct { k int64; p *int64 }\nb0:\n    c = ctx\n    k = load.i64 c, 8\n    ret k\n}\n";
    const PLAIN: &str = "internal func g(x int64) int64 {\nb0:\n    x = param 0, 0\n    ret x\n}\n";
    let cases: Vec<(String, &str)> = vec![
        (
            format!("{CL}internal func f(a int64) int64 {{\nb0:\n    a = param 0, 0\n    r = call internal cl(a)\n    ret r\n}}\n"),
            "11:5: in function f, block b0: r = call internal cl(a): cl takes a closure context: call it through a func value made by `closure` (callval)",
        ),
        (
            format!("{CL}run cl(1)\n"),
            "8:1: run cl(1): cl takes a closure context, so only a func value made by `closure` can call it",
        ),
        (
            "abi0 func cl() {\n    context struct { k int64 }\nb0:\n    ret\n}\n".to_string(),
            "1:1: in function cl: a function with a context type must be `internal` (closures are called through ABIInternal)",
        ),
        (
            format!("{CL}internal func f(a int64) {{\nb0:\n    a = param 0, 0\n    v = closure cl(a)\n    ret\n}}\n"),
            "11:5: in function f, block b0: v = closure cl(a): cl's context has 2 leaves, given 1",
        ),
        (
            format!("{CL}internal func f(a int64) {{\nb0:\n    a = param 0, 0\n    v = closure cl(a, a)\n    ret\n}}\n"),
            "11:5: in function f, block b0: v = closure cl(a, a): a is i64, but cl's context leaf 1 is ptr",
        ),
        (
            format!("{CL}internal func f() {{\nb0:\n    v = funcval cl\n    ret\n}}\n"),
            "10:5: in function f, block b0: v = funcval cl: cl takes a closure context: make its func value with `closure`",
        ),
        (
            format!("{PLAIN}internal func f(a int64) {{\nb0:\n    a = param 0, 0\n    v = closure g(a)\n    ret\n}}\n"),
            "9:5: in function f, block b0: v = closure g(a): g has no context type: its func value is `funcval g`",
        ),
        (
            "internal func f() {\nb0:\n    c = ctx\n    ret\n}\n".to_string(),
            "3:5: in function f, block b0: c = ctx: ctx in f, which has no context type",
        ),
        (
            "nosplit internal func g() {\nb0:\n    ret\n}\ninternal func f() {\nb0:\n    v = funcval g\n    ret\n}\n".to_string(),
            "7:5: in function f, block b0: v = funcval g: g is nosplit: a func value's function must check its stack",
        ),
        (
            format!("{PLAIN}nosplit internal func f() int64 {{\nb0:\n    v = funcval g\n    z = iconst.i64 0\n    r = callval func(int64) int64, v(z)\n    ret r\n}}\n"),
            "10:5: in function f, block b0: r = callval func(int64) int64, v(z): a nosplit function cannot call through a func value (its callee is unknown)",
        ),
        (
            format!("{PLAIN}internal func f() int64 {{\nb0:\n    v = funcval g\n    z = iconst.i32 0\n    r = callval func(int64) int64, v(z)\n    ret r\n}}\n"),
            "10:5: in function f, block b0: r = callval func(int64) int64, v(z): z is i32, but the func type's parameter leaf 0 is i64",
        ),
        (
            format!("{PLAIN}internal func f() {{\nb0:\n    z = iconst.i64 0\n    r = callval func(int64) int64, z(z)\n    ret\n}}\n"),
            "9:5: in function f, block b0: r = callval func(int64) int64, z(z): z is i64, expected ptr",
        ),
    ];
    for (text, want) in &cases {
        assert_eq!(&verify_error(text), want, "{text}");
    }
    // Parse errors: a context that is not a struct, a callval without a
    // func type, or naming the wrong number of results.
    let parse_cases: &[(&str, &str)] = &[
        (
            "internal func f() {\n    context int64\nb0:\n    ret\n}\n",
            "2:13: a context type must be a struct (the captured variables), not int64",
        ),
        (
            "internal func f() {\nb0:\n    v = nil\n    callval int64, v()\n    ret\n}\n",
            "4:13: callval needs a func type, not int64",
        ),
        (
            "internal func f() {\nb0:\n    v = nil\n    a = callval func() (int64, bool), v()\n    ret\n}\n",
            "4:9: `callval` defines 2 values, found 1",
        ),
    ];
    for (text, want) in parse_cases {
        let e = parse_module(text).expect_err("malformed");
        assert_eq!(&e.to_string(), want, "{text}");
    }
}

/// Interface method calls: `itab` and `callmethod` errors are located.
#[test]
fn method_errors_are_located() {
    const M: &str =
        "internal func get(c *[2]int64) int64 {\nb0:\n    z = iconst.i64 0\n    ret z\n}\n";
    let cases: Vec<(String, &str)> = vec![
        (
            format!("{M}internal func f() {{\nb0:\n    t = itab get, nope\n    ret\n}}\n"),
            "8:5: in function f, block b0: t = itab get, nope: no function nope",
        ),
        (
            "internal func g(x int64) {\nb0:\n    ret\n}\ninternal func f() {\nb0:\n    t = itab g\n    ret\n}\n".to_string(),
            "7:5: in function f, block b0: t = itab g: g cannot be a method: its first parameter (the receiver) must be one pointer word",
        ),
        (
            format!("{M}internal func f() int64 {{\nb0:\n    t = itab get\n    z = iconst.i64 0\n    r = callmethod func() int64, t, 0, z()\n    ret r\n}}\n"),
            "10:5: in function f, block b0: r = callmethod func() int64, t, 0, z(): z is i64, expected ptr",
        ),
        (
            format!("{M}internal func f() int64 {{\nb0:\n    t = itab get\n    o = nil\n    z = iconst.i64 0\n    r = callmethod func() int64, t, 0, o(z)\n    ret r\n}}\n"),
            "11:5: in function f, block b0: r = callmethod func() int64, t, 0, o(z): the func type takes 0 leaves, given 1",
        ),
        (
            format!("{M}nosplit internal func f() {{\nb0:\n    t = itab get\n    o = nil\n    r = callmethod func() int64, t, 0, o()\n    ret\n}}\n"),
            "10:5: in function f, block b0: r = callmethod func() int64, t, 0, o(): a nosplit function cannot call a method through an itab (its callee is unknown)",
        ),
    ];
    for (text, want) in &cases {
        assert_eq!(&verify_error(text), want, "{text}");
    }
    let e = parse_module(
        "internal func f() {\nb0:\n    o = nil\n    callmethod int64, o, 0, o()\n    ret\n}\n",
    )
    .expect_err("malformed");
    assert_eq!(
        e.to_string(),
        "4:16: callmethod needs a func type (the method's, without its receiver), not int64"
    );
    let m = parse_module(&corpus("method_calls.jir")).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let printed = m.to_string();
    assert!(printed.contains("= itab get, add\n"), "{printed}");
    assert_eq!(parse_module(&printed).unwrap(), m, "{printed}");
}

/// Externs: every misuse is a located error.
#[test]
fn extern_errors_are_located() {
    let parse_cases: &[(&str, &str)] = &[
        (
            "extern internal func x(a int64) int64 {\nb0:\n    ret\n}\n",
            "1:39: extern function x has a body: an extern is only declared (drop `extern` to define it)",
        ),
        (
            "extern nosplit internal func x()\n",
            "1:8: an extern function cannot be nosplit: janus does not compile it, and its wrapper checks the stack",
        ),
        (
            "nosplit extern internal func x()\n",
            "1:1: an extern function cannot be nosplit: janus does not compile it, and its wrapper checks the stack",
        ),
        (
            "extern abi0 func x()\nextern internal func x(a int8)\n",
            "2:1: function x is defined twice",
        ),
        (
            "extern abi0 func x()\ninternal func x() {\nb0:\n    ret\n}\n",
            "2:1: function x is defined twice",
        ),
        (
            "internal func x() {\nb0:\n    ret\n}\nextern abi0 func x()\n",
            "5:1: function x is defined twice",
        ),
        (
            "extern abi0 func x(a int8)\n\nrun x(1)\n",
            "3:1: run names extern function x, which has no body here to run",
        ),
        (
            "extern func x(a int8)\n",
            "1:8: expected `abi0` or `internal`, found `func`",
        ),
        (
            "extern internal func x(a int8) int8 junk\n",
            "1:37: expected end of line, found `junk`",
        ),
    ];
    for (text, want) in parse_cases {
        let e = parse_module(text).expect_err(text);
        assert_eq!(&e.to_string(), want, "{text}");
    }
    // A call typed by the extern's signature, checked by the verifier.
    assert_eq!(
        verify_error("extern abi0 func x(a int64) int8\ninternal func f() {\nb0:\n    c = iconst.i32 1\n    r = call abi0 x(c)\n    ret\n}\n"),
        "5:5: in function f, block b0: r = call abi0 x(c): c is i32, but x takes i64"
    );
    assert_eq!(
        parse_module("extern abi0 func x(a int64) int8\ninternal func f() {\nb0:\n    c = iconst.i64 1\n    r, s = call abi0 x(c)\n    ret\n}\n")
            .expect_err("two results named")
            .to_string(),
        "5:12: x returns 1 leaves (i8), but the call names 2 results"
    );
}

/// `funcval F` in run lines (docs/ir.md, "Run lines"): reads back, prints
/// as written, and every misuse is a located error (at the run line).
#[test]
fn funcval_run_values_round_trip_and_bad_ones_are_located() {
    use janus_backend::ir::InputValue;
    const HEAD: &str = "internal func g(x int64) int64 {\nb0:\n    x = param 0, 0\n    ret x\n}\ninternal func f(a func(int64) int64, s struct { n int64; h func(int64) int64 }, p *func(int64) int64) {\nb0:\n    ret\n}\n";
    let text = format!("{HEAD}run f(funcval g, {{1, funcval g}}, &funcval g)\n");
    let m = parse_module(&text).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.runs[0].args[0], InputValue::FuncVal("g".into()));
    assert_eq!(m.run_funcvals(), ["g"]);
    let printed = m.to_string();
    assert!(
        printed.contains("run f(funcval g, {1, funcval g}, &funcval g)\n"),
        "{printed}"
    );
    let again = parse_module(&printed).unwrap_or_else(|e| panic!("{e}\n{printed}"));
    assert_eq!(again, m, "{printed}");

    // Line 10 is the run line.
    const CL: &str = "internal func cl(x int64) int64 {\n    context struct { k int64 }\nb0:\n    c = ctx\n    k = load.i64 c, 8\n    ret k\n}\n";
    const NS: &str =
        "nosplit internal func ns(x int64) int64 {\nb0:\n    x = param 0, 0\n    ret x\n}\n";
    const WIDE: &str =
        "internal func w(x int64) int32 {\nb0:\n    r = iconst.i32 0\n    ret r\n}\n";
    const EXT: &str = "extern abi0 func xe(x int64) int64\n";
    let nil2 = ", {1, nil}, nil)";
    let cases: Vec<(String, &str)> = vec![
        (
            format!("{HEAD}run f(funcval nope{nil2}\n"),
            "10:1: run f(funcval nope, {1, nil}, nil): argument 0 (func(int64) int64): funcval nope: no function nope",
        ),
        (
            format!("{HEAD}run f(nil, {{1, funcval cl}}, nil)\n{CL}"),
            "10:1: run f(nil, {1, funcval cl}, nil): argument 1 (struct { n int64; h func(int64) int64 }): funcval cl: cl takes a closure context, so it has no static func value",
        ),
        (
            format!("{HEAD}run f(nil, {{1, nil}}, &funcval w)\n{WIDE}"),
            "10:1: run f(nil, {1, nil}, &funcval w): argument 2 (*func(int64) int64): funcval w: w is a func(x int64) int32, not a func(int64) int64",
        ),
        (
            format!("{HEAD}run f(funcval ns{nil2}\n{NS}"),
            "10:1: run f(funcval ns, {1, nil}, nil): argument 0 (func(int64) int64): funcval ns: ns is nosplit: a func value's function must check its stack",
        ),
        (
            format!("{HEAD}run f(funcval xe{nil2}\n{EXT}"),
            "10:1: run f(funcval xe, {1, nil}, nil): argument 0 (func(int64) int64): funcval xe: xe is an extern function, which has no static func value here",
        ),
        (
            format!("{HEAD}run f(nil, {{funcval g, nil}}, nil)\n"),
            "10:1: run f(nil, {funcval g, nil}, nil): argument 1 (struct { n int64; h func(int64) int64 }): funcval g is not a int64",
        ),
    ];
    for (text, want) in &cases {
        assert_eq!(&verify_error(text), want, "{text}");
    }
    for (run, want) in [
        (
            "run f(funcval)",
            "10:14: expected a function name after `funcval`, found `)`",
        ),
        (
            "run f(funcval 3, {1, nil}, nil)",
            "10:15: expected a function name after `funcval`",
        ),
    ] {
        let e = parse_module(&format!("{HEAD}{run}\n")).expect_err(run);
        assert!(e.to_string().starts_with(want), "{run}: {e}");
    }
}
