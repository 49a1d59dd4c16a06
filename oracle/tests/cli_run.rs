//! `janus run` and `janus build` from the command line: verdicts, exit
//! statuses, and located errors for bad input.

mod common;

use common::janus;

fn write(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("janus-cli-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const GOOD: &str = "internal func add3(a int8, b int64, c float64) int64 {
b0:
    a = param 0, 0
    b = param 1, 0
    c = param 2, 0
    a64 = sext.i8.i64 a
    c64 = ftosi.f64.i64 c
    s = add.i64 a64, b
    t = add.i64 s, c64
    ret t
}
run add3(-1, 40, 2.5)
run add3(127, -128, -1e300)
";

/// `--all-modes`: every line in the four runtime modes, one report line
/// per run line when they all agree.
#[test]
fn all_modes_runs_every_line_in_each_mode() {
    let p = write("good-all.jir", GOOD);
    let r = janus(&["run", "--all-modes", p.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("ok    add3(-1, 40, 2.5)  ->  i64 41   [grow, move, grow+gc, move+gc]"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("8 runs, 8 agree, 0 disagree"),
        "{}",
        r.stdout
    );
    let r = janus(
        &["run", "--all-modes", "--gc", p.to_str().unwrap()],
        Vec::new(),
    );
    assert_eq!(r.status, Some(2), "{}{}", r.stdout, r.stderr);
}

#[test]
fn a_good_module_agrees() {
    let p = write("good.jir", GOOD);
    let r = janus(&["run", p.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("ok    add3(-1, 40, 2.5)  ->  i64 41"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("2 runs, 2 agree, 0 disagree"),
        "{}",
        r.stdout
    );
}

#[test]
fn bad_modules_are_located_and_exit_2() {
    let cases: &[(&str, &str)] = &[
        ("internal func f() {\nb0:\n    x = bogus.i64 y\n    ret\n}\n", ":3:9: unknown operation `bogus`"),
        ("internal func f() {\nb0:\n    ret\n", ":4:1: expected a block name (e.g. `b0:`) or `}`, found end of input"),
        ("internal func f(a int64) {\nb0:\n    ret\n}\nrun f(\"x\")\n", "f(\"x\"): argument 0 (int64)"),
        ("internal func f() int64 {\nb0:\n    ret\n}\n", "returns 0 values, the results have 1 leaves"),
        ("internal func f() {\nb0:\n    v = iconst.i8 300\n    ret\n}\n", ":3:19: 300 is not an i8 constant"),
        ("internal func f(p *int32) int64 {\nb0:\n    p = param 0, 0\n    x = load.i64 p, 0\n    ret x\n}\nrun f(&1)\n", "the program is invalid"),
    ];
    for (text, want) in cases {
        let p = write("bad.jir", text);
        let r = janus(&["run", p.to_str().unwrap()], Vec::new());
        assert_eq!(r.status, Some(2), "{text}\n{}{}", r.stdout, r.stderr);
        assert!(
            r.stderr.contains(want),
            "{text}\nwant {want:?}\ngot {}",
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
    let r = janus(&["run", "/nonexistent/x.jir"], Vec::new());
    assert_eq!(r.status, Some(2));
    let r = janus(&["run", "-"], vec![0xff, 0xfe]);
    assert_eq!(r.status, Some(2));
    assert!(r.stderr.contains("not UTF-8"), "{}", r.stderr);
}

#[test]
fn build_writes_an_object_that_binutils_reads() {
    let p = write("good.jir", GOOD);
    let out = p.with_extension("o");
    let r = janus(
        &["build", p.to_str().unwrap(), "-o", out.to_str().unwrap()],
        Vec::new(),
    );
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    let elf = std::fs::read(&out).unwrap();
    assert_eq!(&elf[..4], b"\x7fELF");
    for tool in [&["-a"][..], &["-d", "-r"][..]] {
        let prog = if tool[0] == "-a" {
            "readelf"
        } else {
            "objdump"
        };
        let o = std::process::Command::new(prog)
            .args(tool)
            .arg(&out)
            .output()
            .expect("binutils installed");
        assert!(
            o.status.success(),
            "{prog}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            o.stderr.is_empty(),
            "{prog}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn asm_lists_modules_and_objects_and_rejects_broken_elf() {
    let p = write("good.jir", GOOD);
    let r = janus(&["asm", p.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.contains("add3:  ; ABIInternal definition, frame"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("add3.abi0:  ; ABI0 wrapper, frame"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("call add3  ; safepoint (call): pointers in frame -, in args -\n"),
        "{}",
        r.stdout
    );
    let out = p.with_extension("o");
    let b = janus(
        &["build", p.to_str().unwrap(), "-o", out.to_str().unwrap()],
        Vec::new(),
    );
    assert_eq!(b.status, Some(0));
    let elf = std::fs::read(&out).unwrap();
    let from_obj = janus(&["asm", out.to_str().unwrap()], Vec::new());
    assert_eq!(
        from_obj.stdout, r.stdout,
        "the same listing from the module and from its object"
    );
    // Truncated and corrupted objects: a located error, exit 2, no panic.
    let broken = out.with_extension("broken.o");
    for cut in [4, 64, elf.len() / 2, elf.len() - 1] {
        std::fs::write(&broken, &elf[..cut]).unwrap();
        let r = janus(&["asm", broken.to_str().unwrap()], Vec::new());
        assert_eq!(r.status, Some(2), "cut at {cut}: {}", r.stdout);
        assert!(r.stderr.contains("broken.o"), "{}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
    for at in (0..elf.len()).step_by(7) {
        let mut bad = elf.clone();
        bad[at] ^= 0xff;
        std::fs::write(&broken, &bad).unwrap();
        let r = janus(&["asm", broken.to_str().unwrap()], Vec::new());
        assert!(
            matches!(r.status, Some(0) | Some(2)),
            "flip at {at}: {:?} {}",
            r.status,
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "flip at {at}: {}", r.stderr);
    }
}

/// `corpus/modules/deep_recursion.jir` with other `run` lines.
fn deep_recursion_with(runs: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/modules/deep_recursion.jir");
    let text = std::fs::read_to_string(path).unwrap();
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with("run "))
        .map(|l| format!("{l}\n"))
        .collect();
    format!("{body}{runs}")
}

#[test]
fn max_frames_is_the_depth_limit_of_both_sides() {
    // down(n) nests n + 1 calls. Over the limit, the run's outcome is a
    // stack overflow, which the interpreter and both entries agree on, in
    // every runtime mode; the other runs get their verdicts as usual.
    let p = write(
        "deep_limit.jir",
        &deep_recursion_with("run down(10)\nrun down(99)\nrun down(100)\nrun down(1500)\n"),
    );
    let file = p.to_str().unwrap();
    for mode in [
        &[][..],
        &["--stack", "move"],
        &["--gc"],
        &["--stack", "move", "--gc"],
    ] {
        let mut args = vec!["run", file, "--max-frames", "100"];
        args.extend_from_slice(mode);
        let r = janus(&args, Vec::new());
        assert_eq!(r.status, Some(0), "{mode:?}: {}{}", r.stdout, r.stderr);
        for want in [
            "ok    down(10)  ->  i64 55\n",
            "ok    down(99)  ->  i64 4950\n",
            "ok    down(100)  ->  stack overflow: deeper than 100 frames\n",
            "ok    down(1500)  ->  stack overflow: deeper than 100 frames\n",
            "4 runs, 4 agree, 0 disagree",
        ] {
            assert!(
                r.stdout.contains(want),
                "{mode:?}: want {want:?}\n{}",
                r.stdout
            );
        }
    }
    let r = janus(&["run", file, "--max-frames", "0"], Vec::new());
    assert_eq!(r.status, Some(2), "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("--max-frames"), "{}", r.stderr);
}

#[test]
fn a_zero_budget_is_refused_like_zero_max_frames() {
    let p = write("budget.jir", GOOD);
    let r = janus(&["run", p.to_str().unwrap(), "--budget", "0"], Vec::new());
    assert_eq!(r.status, Some(2), "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("--budget"), "{}", r.stderr);
    assert!(r.stderr.contains("0 is not in 1.."), "{}", r.stderr);
    // One basic block is a budget (the run then exhausts it: exit 1).
    let r = janus(&["run", p.to_str().unwrap(), "--budget", "1"], Vec::new());
    assert_eq!(r.status, Some(1), "{}{}", r.stdout, r.stderr);
}

/// A splittable function calling a nosplit one with a `size`-byte slot.
fn nosplit_module(size: u32) -> String {
    format!(
        "internal func top(a int64) int64 {{
b0:
    x = param 0, 0
    y = call internal big(x)
    ret y
}}

nosplit internal func big(a int64) int64 {{
    slot buf {size}, 8
b0:
    x = param 0, 0
    ret x
}}
run top(7)
"
    )
}

#[test]
fn a_nosplit_frame_over_gos_limit_is_refused_where_it_is_written() {
    // Return address + saved RBP + 784 bytes is Go's 800-byte limit.
    let ok = write("nosplit_ok.jir", &nosplit_module(784));
    let r = janus(&["run", ok.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    let bad = write("nosplit_over.jir", &nosplit_module(792));
    let want = format!(
        "{}:8:1: in function big: nosplit stack overflow: big (frame 808): 808 bytes > 800 allowed",
        bad.display()
    );
    let r = janus(&["run", bad.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(2), "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.trim_end(), want);
    let out = bad.with_extension("o");
    let r = janus(
        &["build", bad.to_str().unwrap(), "-o", out.to_str().unwrap()],
        Vec::new(),
    );
    assert_eq!(r.status, Some(2), "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.trim_end(), want);
    assert!(!out.exists(), "no object is written");
}

#[test]
fn the_default_depth_limit_is_the_documented_one() {
    // 2,000 nested calls are well within it (the interpreter used to refuse
    // them, and with them the whole module); the limit itself is reached
    // exactly there, on both sides.
    let limit = janus_oracle::runtime::MAX_FRAMES;
    let p = write(
        "deep_default.jir",
        &deep_recursion_with(&format!(
            "run down(1999)\nrun down({})\nrun down({limit})\nrun down(3)\n",
            limit - 1
        )),
    );
    let r = janus(&["run", p.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    for want in [
        "ok    down(1999)  ->  i64 1999000\n".to_string(),
        format!(
            "ok    down({})  ->  i64 {}\n",
            limit - 1,
            (limit - 1) * limit / 2
        ),
        format!("ok    down({limit})  ->  stack overflow: deeper than {limit} frames\n"),
        "ok    down(3)  ->  i64 6\n".to_string(),
    ] {
        assert!(r.stdout.contains(&want), "want {want:?}\n{}", r.stdout);
    }
}

/// A module passing `[n]int64` by value: `big` takes and returns one
/// (ABIInternal: both on the stack), `big0` (ABI0) takes one.
fn big_arrays(n: usize) -> String {
    use std::fmt::Write as _;
    let mut t = format!("internal func big(a [{n}]int64, k int64) ([{n}]int64, int64) {{\nb0:\n    k = param 1, 0\n    s0 = iconst.i64 0\n");
    for i in 0..n {
        let _ = write!(
            t,
            "    a{i} = param 0, {i}\n    w{i} = iconst.i64 {}\n    m{i} = mul.i64 a{i}, w{i}\n    s{} = add.i64 s{i}, m{i}\n    r{i} = add.i64 a{i}, k\n",
            i + 1,
            i + 1
        );
    }
    let results: Vec<String> = (0..n).map(|i| format!("r{i}")).collect();
    let _ = write!(t, "    ret {}, s{n}\n}}\n", results.join(", "));
    let _ = write!(
        t,
        "abi0 func big0(a [{n}]int64) int64 {{\nb0:\n    s0 = iconst.i64 0\n"
    );
    for i in 0..n {
        let _ = writeln!(
            t,
            "    a{i} = param 0, {i}\n    s{} = xor.i64 s{i}, a{i}",
            i + 1
        );
    }
    let _ = writeln!(t, "    ret s{n}\n}}");
    let values: Vec<String> = (0..n).map(|i| (i as i64 * 7 - 3).to_string()).collect();
    let _ = writeln!(t, "run big({{{}}}, 5)", values.join(", "));
    let _ = writeln!(t, "run big0({{{}}})", values.join(", "));
    t
}

#[test]
fn arguments_bigger_than_a_first_stack_are_passed() {
    // 32,000 bytes of arguments and as many of results: more than the
    // first stack holds (32 KiB); 72,000 bytes of arguments to big0.
    for n in [4000, 9000] {
        let p = write(&format!("big_args_{n}.jir"), &big_arrays(n));
        let file = p.to_str().unwrap();
        let (s, x) = (0..n as i64).fold((0i64, 0i64), |(s, x), i| {
            let v = i * 7 - 3;
            (s.wrapping_add(v.wrapping_mul(i + 1)), x ^ v)
        });
        for mode in [
            &[][..],
            &["--stack", "move"],
            &["--gc"],
            &["--stack", "move", "--gc"],
        ] {
            let mut args = vec!["run", file];
            args.extend_from_slice(mode);
            let r = janus(&args, Vec::new());
            assert_eq!(r.status, Some(0), "{n} {mode:?}: {}{}", r.stdout, r.stderr);
            assert!(r.stdout.contains("2 runs, 2 agree"), "{}", r.stdout);
            assert!(
                r.stdout.contains(&format!(", i64 {s}\n"))
                    && r.stdout.contains(&format!("  ->  i64 {x}")),
                "{n} {mode:?}: {}",
                r.stdout
                    .lines()
                    .map(|l| &l[..l.len().min(200)])
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

/// `huge` needs a 1 GiB stack at once; `down(100)` one of 128 MiB.
/// (A slot the code never addresses sets the frame's size: the optimiser
/// keeps it, as it would drop one whose loads it forwarded.)
const BEYOND_GO_STACK_LIMIT: &str = "internal func huge(n int64) int64 {
    slot pad 600000000, 8
b0:
    x = param 0, 0
    ret x
}

internal func down(n int64) int64 {
    slot pad 1048576, 8
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
    r = call internal down(x1)
    r1 = add.i64 r, x
    ret r1
}
";

#[test]
fn stacks_grow_to_go_s_byte_limit_and_no_further() {
    // Beyond 1,000,000,000 bytes the entries stop with Go's stack
    // overflow, which agrees with an interpreter that went as deep (it
    // knows no frame sizes); below it, stacks grow as far as they need.
    let p = write(
        "beyond_limit.jir",
        &format!("{BEYOND_GO_STACK_LIMIT}run huge(3)\nrun down(100)\n"),
    );
    let r = janus(&["run", p.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    for want in [
        "ok    huge(3)  ->  i64 3; ABIInternal entry (definition): stack overflow: goroutine stack exceeds 1000000000-byte limit (at depth 1); ABI0 entry (wrapper): stack overflow: goroutine stack exceeds 1000000000-byte limit (at depth 1) (the interpreter, which has no byte limit, reached depth 1)\n",
        "ok    down(100)  ->  i64 5050\n",
    ] {
        assert!(r.stdout.contains(want), "want {want:?}\n{}", r.stdout);
    }
    let p = write(
        "beyond_limit_1.jir",
        &format!("{BEYOND_GO_STACK_LIMIT}run huge(3)\n"),
    );
    for mode in [
        &["--stack", "move"][..],
        &["--gc"],
        &["--stack", "move", "--gc"],
    ] {
        let mut args = vec!["run", p.to_str().unwrap()];
        args.extend_from_slice(mode);
        let r = janus(&args, Vec::new());
        assert_eq!(r.status, Some(0), "{mode:?}: {}{}", r.stdout, r.stderr);
        assert!(
            r.stdout.contains("stack overflow: goroutine stack exceeds 1000000000-byte limit (at depth 1) (the interpreter"),
            "{mode:?}: {}",
            r.stdout
        );
    }
}

/// Each case: a module, and the message every command gives for it after
/// `FILE:` (the file's name, then a line and a column when there is one).
const LOCATED: &[(&str, &str)] = &[
    // A verifier error: at the statement, with the text's names.
    (
        "internal func f(a int64) int32 {\nb0:\n    x = param 0, 0\n    ret x\n}\n",
        "4:5: in function f, block b0: ret x: x is i64, but f returns i32",
    ),
    (
        "internal func f(c int8) int64 {\nentry:\n    c = param 0, 0\n    brif c, yes, no\nyes:\n    one = iconst.i64 1\n    jump done\nno:\n    jump done\ndone:\n    ret one\n}\n",
        "11:5: in function f, block done: ret one: one is used where its definition (in block yes) does not dominate",
    ),
    // A run line naming no function: at that line, not 1:1.
    (
        "internal func f() {\nb0:\n    ret\n}\nrun f()\n\n  run g(2)\n",
        "7:3: run names undefined function g",
    ),
    // One of several run lines of a function: its line, and which it is.
    (
        "internal func f(a int64) int64 {\nb0:\n    x = param 0, 0\n    ret x\n}\nrun f(1)\nrun f(1, 2)\nrun f(3)\n",
        "7:1: run f(1, 2) (run line 2 of f): f takes 1 argument, given 2",
    ),
];

#[test]
fn run_build_and_asm_locate_errors_alike() {
    for (text, want) in LOCATED {
        let p = write("located.jir", text);
        let file = p.to_str().unwrap();
        let want = format!("{file}:{want}\n");
        let out = p.with_extension("o");
        for args in [
            &["run", file][..],
            &["build", file, "-o", out.to_str().unwrap()][..],
            &["asm", file][..],
        ] {
            let r = janus(args, Vec::new());
            assert_eq!(r.status, Some(2), "{args:?}\n{text}\n{}", r.stderr);
            assert_eq!(r.stderr, want, "{args:?}\n{text}");
            assert_eq!(r.stdout, "", "{args:?}");
        }
    }
}

#[test]
fn a_run_lines_bad_input_is_located_at_that_line() {
    let text = "internal func f(a int64) int64 {\nb0:\n    x = param 0, 0\n    ret x\n}\nrun f(1)\nrun f(\"x\")\n";
    let p = write("bad_input.jir", text);
    let file = p.to_str().unwrap();
    let r = janus(&["run", file], Vec::new());
    assert_eq!(r.status, Some(2), "{}", r.stderr);
    assert!(
        r.stderr.starts_with(&format!(
            "{file}:7:1: run f(\"x\") (run line 2 of f): argument 0 (int64)"
        )),
        "{}",
        r.stderr
    );
}

/// Goroutine stacks start at Go's 2 KiB: a leaf with a 1,200-byte frame
/// does not fit above the stack guard, so its own prologue's check calls
/// morestack and the stack grows, once per entry (it never did with a
/// 32 KiB first stack).
#[test]
fn first_stacks_are_gos_2_kib() {
    let p = write(
        "first_stack.jir",
        "internal func f(a int64) int64 {
    slot pad 1200, 8
b0:
    x = param 0, 0
    ret x
}
run f(7)
",
    );
    let r = janus(&["run", p.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("1 runs, 1 agree, 0 disagree (2 stack moves, 0 collections)"),
        "{}",
        r.stdout
    );
}
