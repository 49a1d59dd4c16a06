//! Malformed input to `janus abi`: every bad line gets a located message
//! (stdin:LINE:COLUMN), an empty block, and exit status 2 — never a panic
//! or a hang — and the good lines around it are still analysed.

mod common;

use std::time::Duration;

fn janus_abi(input: Vec<u8>, args: &[&str]) -> (String, String, Option<i32>, Duration) {
    let mut all = vec!["abi"];
    all.extend_from_slice(args);
    let r = common::janus(&all, input);
    (r.stdout, r.stderr, r.status, r.took)
}

/// Each case: a bad line, and the "line:column: message" expected for it
/// when it is the 2nd line of input.
const BAD: &[(&str, &str)] = &[
    (
        "func(int, struct { a",
        "2:21: expected type, found end of input",
    ),
    ("func(", "2:6: expected type, found end of input"),
    (
        "func(int) (string",
        "2:18: expected `,` or `)`, found end of input",
    ),
    ("func", "2:5: expected `(`, found end of input"),
    ("func(foo)", "2:6: unknown type `foo`"),
    ("func(x.Y)", "2:6: unknown type `x.Y`"),
    ("func(int) Foo", "2:11: unknown type `Foo`"),
    (
        "func([-1]int)",
        "2:7: array length must be a non-negative integer",
    ),
    (
        "func([99999999999999999999]int)",
        "2:7: array length 99999999999999999999 overflows int",
    ),
    (
        "func([1125899906842624]int64)",
        "2:6: array of 1125899906842624 elements of 8 bytes is larger than the address space",
    ),
    ("func([1<<62]byte)", "2:8: expected `]`, found `<`"),
    (
        "func([268435456]int64, [268435456]int64)",
        "2:1: argument area of 4294967296 bytes is too large",
    ),
    (
        "func(struct { a int )",
        "2:21: expected `;` or `}` after field, found `)`",
    ),
    (
        "func(struct { a int }})",
        "2:22: expected `,` or `)`, found `}`",
    ),
    ("func()) int", "2:7: expected end of input, found `)`"),
    (
        "func(map[[]int]string)",
        "2:10: invalid map key type []int: slices are not comparable",
    ),
    (
        "func(chan [65536]byte)",
        "2:6: channel element type too large",
    ),
    (
        "func(int, ...string, bool)",
        "2:11: can only use `...` with the final parameter",
    ),
    ("func(interface { M(); M() })", "2:6: duplicate method M"),
    ("func(a, []int)", "2:6: unknown type `a`"),
    (
        "func(\"x)",
        "2:6: expected type, found unterminated string literal",
    ),
    ("", "2:1: expected a signature"),
    ("   ", "2:1: expected a signature"),
    ("func(int) // ok\u{1F600} (but then) [", "2:"),
];

#[test]
fn every_bad_line_is_located_and_skipped() {
    for (bad, expected) in BAD {
        let input = format!("func(int)\n{bad}\nfunc() string\n");
        let (out, err, status, _) = janus_abi(input.into_bytes(), &[]);
        if expected == &"2:" {
            // A valid line with a trailing comment: accepted.
            assert_eq!(status, Some(0), "{bad:?}: {err}");
            continue;
        }
        assert_eq!(status, Some(2), "{bad:?}: exit status; stderr: {err}");
        assert!(
            err.starts_with(&format!("stdin:{expected}")),
            "{bad:?}: got {err:?}, want stdin:{expected}"
        );
        assert_eq!(err.lines().count(), 1, "{bad:?}: one message: {err}");
        assert!(!err.contains("panicked"), "{bad:?}: {err}");
        let blocks: Vec<&str> = out.split("----\n").collect();
        assert_eq!(blocks.len(), 3, "{bad:?}: one block per line:\n{out}");
        assert_eq!(blocks[1], "", "{bad:?}: empty block for the bad line");
        assert!(
            blocks[2].starts_with("OUT 0: R{ I0 I1 }"),
            "{bad:?}: next line analysed:\n{out}"
        );
    }
}

#[test]
fn a_struct_nested_100000_deep() {
    let depth = 100_000;
    let line = format!(
        "func({}int{})\n",
        "struct { a ".repeat(depth),
        " }".repeat(depth)
    );
    let (out, err, status, took) = janus_abi(line.into_bytes(), &[]);
    assert_eq!(status, Some(2), "{err}");
    assert!(
        err.starts_with("stdin:1:") && err.contains("nest more than 256 levels"),
        "{err}"
    );
    assert_eq!(out, "");
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn other_deep_nestings() {
    for open in [
        "*",
        "[]",
        "[1]",
        "(",
        "func() ",
        "map[int]",
        "chan ",
        "[0]",
        "interface { M(",
        "func(",
    ] {
        let line = format!("func({}int)\n", open.repeat(100_000));
        let (_, err, status, _) = janus_abi(line.into_bytes(), &[]);
        assert_eq!(status, Some(2), "{open}: {err}");
        assert!(err.contains("nest more than 256 levels"), "{open}: {err}");
    }
}

#[test]
fn ten_megabyte_lines() {
    let ten_mb = 10 << 20;
    // Garbage: one enormous identifier, and a wall of brackets.
    for line in [
        format!("func({})", "x".repeat(ten_mb)),
        format!("func({}", "[".repeat(ten_mb)),
        format!("func({}", "int, ".repeat(ten_mb / 5)),
        "\u{e9}".repeat(ten_mb / 2),
    ] {
        let (out, err, status, took) = janus_abi(format!("{line}\nfunc(int)\n").into_bytes(), &[]);
        assert_eq!(status, Some(2), "{err}");
        assert!(
            err.starts_with("stdin:1:"),
            "{}",
            &err[..err.len().min(300)]
        );
        assert!(err.len() < 400, "messages stay short: {}", err.len());
        assert!(
            out.starts_with("----\nIN 0: R{ I0 }"),
            "{}",
            &out[..out.len().min(200)]
        );
        assert!(took < Duration::from_secs(20), "took {took:?}");
    }
    // A valid 10 MB signature: two million parameters.
    let line = format!("func({}int)\n", "int, ".repeat(ten_mb / 5));
    let (out, err, status, took) = janus_abi(line.into_bytes(), &["--abi0"]);
    assert_eq!(status, Some(0), "{err}");
    assert_eq!(out.lines().count(), ten_mb / 5 + 2);
    assert!(
        out.ends_with("offsetToSpillArea: 16777224 spillAreaSize: 0\n"),
        "{}",
        &out[out.len() - 100..]
    );
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

#[test]
fn invalid_utf8_and_binary_garbage() {
    let mut input = b"func(int)\n".to_vec();
    input.extend_from_slice(&[0xff, 0xfe, 0x00, b'(', 0x80]);
    input.extend_from_slice(b"\nfunc(\x00)\n");
    let (out, err, status, _) = janus_abi(input, &[]);
    assert_eq!(status, Some(2));
    assert!(err.contains("stdin:2:1: line is not valid UTF-8"), "{err}");
    assert!(
        err.contains("stdin:3:6: expected type, found `\0`"),
        "{err:?}"
    );
    assert_eq!(out.matches("----").count(), 2);
}

#[test]
fn sig_flag() {
    let (out, err, status, _) = janus_abi(
        Vec::new(),
        &["--sig", "func(\n  a int8,\n  b float64,\n) (string)"],
    );
    assert_eq!(status, Some(0), "{err}");
    assert_eq!(
        out,
        "IN 0: R{ I0 } spilloffset: 0 typ: int8\nIN 1: R{ F0 } spilloffset: 8 typ: float64\n\
         OUT 0: R{ I0 I1 } spilloffset: -1 typ: string\noffsetToSpillArea: 0 spillAreaSize: 16\n"
    );
    let (out, _, status, _) = janus_abi(b"func(float32) *int\n".to_vec(), &["--explain"]);
    assert_eq!(status, Some(0));
    assert!(out.ends_with("    IN 0: X0 <- bytes [0, 4) float32; spill slot [0, 4)\n    OUT 0: RAX <- bytes [0, 8) pointer\n    argument area: 8 bytes (stack arguments and results [0, 0), spill area [0, 8))\n"), "{out}");
    let (_, err, status, _) = janus_abi(Vec::new(), &["--sig", "func(\n  a int8\n)"]);
    assert_eq!(status, Some(2));
    assert_eq!(err, "--sig:2:9: expected `,` or `)`, found newline\n");
}
