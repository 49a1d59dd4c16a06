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

#[test]
fn max_frames_bounds_the_stack_the_runtime_unwinds() {
    let deep = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/modules/deep_recursion.jir");
    let deep = deep.to_str().unwrap();
    // The default (2,500) lets its 1,500-deep recursion through; 100 does not.
    let r = janus(&["run", deep], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    let r = janus(&["run", deep, "--max-frames", "100"], Vec::new());
    assert_eq!(r.status, Some(1), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("unwinding gave up after 100 frames"),
        "{}",
        r.stdout
    );
    let r = janus(&["run", deep, "--max-frames", "0"], Vec::new());
    assert_eq!(r.status, Some(2), "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("--max-frames"), "{}", r.stderr);
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
