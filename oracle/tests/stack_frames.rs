//! Frames on each side of Go's stack-check thresholds, and the counts the
//! campaign's `coverage (stacks)` line reports (janus_oracle::stacks): a
//! module whose frames are known by construction (a leaf without slots, a
//! small frame that calls, a 512-byte slot, a 1,600-byte slot that does not
//! fit a 2 KiB first stack, a 16 KiB slot bigger than the whole stack,
//! arguments bigger than a first stack) gives exact counts of prologue
//! checks by variant and of each growth path; each prologue has the form
//! Go's obj6.go `stacksplit` gives its frame size; and a function that
//! calls nothing with a frame (and saved RBP) under StackSmall has none,
//! as Go's assembler marks such a function nosplit (obj6.go `preprocess`).

use janus_oracle::exec::RuntimeMode;
use janus_oracle::run::{run_text, RunOptions};
use janus_oracle::runtime::StackMode;
use janus_oracle::stacks::{Prologue, StackCounts};

/// `leaf` (no frame, no calls: no check), `small` (small frame) calling
/// it, `below` (a leaf with a 112-byte slot: under StackSmall with the
/// saved RBP, no check), `edge` (a leaf of exactly StackSmall: checked),
/// `mid` (512-byte slot: medium) calling `leaf`, `huge` (16 KiB slot: big)
/// calling `mid`, `grows` (1,600-byte slot: medium, and too big for what a
/// 2 KiB first stack has left above its guard). The slots are declared and
/// never addressed, which sets the frame's size: the optimiser keeps such a
/// slot (it drops one only when it forwarded every load from it, and the
/// stores and loads this module once made through them would be).
const MODULE: &str = "
internal func leaf(a int64) int64 {
b0:
    x = param 0, 0
    one = iconst.i64 1
    y = add.i64 x, one
    ret y
}

internal func small(a int64) int64 {
b0:
    x = param 0, 0
    r = call internal leaf(x)
    ret r
}

internal func below(a int64) int64 {
    slot pad 112, 8
b0:
    x = param 0, 0
    s = add.i64 x, x
    ret s
}

internal func mid(a int64) int64 {
    slot pad 512, 8
b0:
    x = param 0, 0
    r = call internal leaf(x)
    s = add.i64 x, x
    t = add.i64 s, r
    ret t
}

internal func huge(a int64) int64 {
    slot pad 16384, 8
b0:
    x = param 0, 0
    r = call internal mid(x)
    s = add.i64 x, x
    t = add.i64 s, r
    ret t
}

internal func grows(a int64) int64 {
    slot pad 1600, 8
b0:
    x = param 0, 0
    s = add.i64 x, x
    ret s
}

internal func edge(a int64) int64 {
    slot pad 120, 8
b0:
    x = param 0, 0
    s = add.i64 x, x
    ret s
}

internal func wide(a [200]int64) int64 {
b0:
    x = param 0, 199
    r = call internal leaf(x)
    ret r
}
";

const GROW: RuntimeMode = RuntimeMode {
    stack: StackMode::Grow,
    gc_every_safepoint: false,
};
const MOVE: RuntimeMode = RuntimeMode {
    stack: StackMode::MoveEveryEntry,
    gc_every_safepoint: false,
};

/// The counts over both entries of `run`, which must agree everywhere.
fn counts(run: &str, mode: RuntimeMode) -> StackCounts {
    let text = format!("{MODULE}\nrun {run}\n");
    let opts = RunOptions {
        modes: vec![mode],
        ..RunOptions::default()
    };
    let v = run_text(&text, &opts).unwrap_or_else(|e| panic!("{run}: {e:?}"));
    assert!(v.all_agree(), "{run}: {:?}", v.runs[0].differences);
    v.runs[0].stacks
}

/// What the campaign line shows for `c` (a failure names it).
fn show(c: &StackCounts) -> String {
    c.to_string()
}

fn expect(run: &str, mode: RuntimeMode, want: StackCounts) {
    let got = counts(run, mode);
    assert_eq!(
        got,
        want,
        "{run} in {mode:?}:\n got  {}\n want {}",
        show(&got),
        show(&want)
    );
}

/// Counts per entry run, doubled: each run line goes through both entries
/// (the ABI0 entry is a wrapper, whose own check is not counted).
fn both(prologues: [u64; 3], grown: u64, beyond: u64, forced: u64, first: u64) -> StackCounts {
    StackCounts {
        prologues: prologues.map(|n| 2 * n),
        grown: 2 * grown,
        grown_beyond_double: 2 * beyond,
        forced: 2 * forced,
        first_sized_to_arguments: 2 * first,
        ..StackCounts::default()
    }
}

#[test]
fn a_small_frame_runs_the_small_check_and_fits() {
    // small's check; leaf has none.
    expect("small(1)", GROW, both([1, 0, 0], 0, 0, 0, 0));
}

#[test]
fn leaves_under_stack_small_have_no_check_as_in_go() {
    expect("leaf(1)", GROW, both([0, 0, 0], 0, 0, 0, 0));
    expect("below(1)", GROW, both([0, 0, 0], 0, 0, 0, 0));
    // Moved at every entry, a leaf without a check still agrees: nothing
    // moves at its entry (no morestack call), nor at the ABI0 run's
    // wrapper's (nosplit, as Go's wrappers are).
    expect("below(1)", MOVE, both([0, 0, 0], 0, 0, 0, 0));
}

#[test]
fn a_frame_at_stack_small_is_small_and_near_it() {
    // 120 bytes of slot and the saved RBP: exactly StackSmall, the
    // largest frame of the small check.
    let want = StackCounts {
        near_small: [2, 0],
        ..both([1, 0, 0], 0, 0, 0, 0)
    };
    expect("edge(1)", GROW, want);
}

#[test]
fn a_medium_frame_that_fits_does_not_grow() {
    // mid's check (leaf has none).
    expect("mid(1)", GROW, both([0, 1, 0], 0, 0, 0, 0));
}

#[test]
fn a_medium_frame_too_big_for_the_first_stack_doubles_it() {
    // The check fails, morestack doubles the stack (4 KiB holds the
    // frame and the guard), the check runs again and passes.
    expect("grows(1)", GROW, both([0, 2, 0], 1, 0, 0, 0));
}

#[test]
fn a_frame_bigger_than_the_stack_grows_it_more_than_double() {
    // huge's check fails, the stack goes from 2 to 32 KiB at once, huge
    // starts over; then mid fits (leaf has no check).
    expect("huge(1)", GROW, both([0, 1, 2], 1, 1, 0, 0));
}

#[test]
fn arguments_bigger_than_a_first_stack_get_a_first_stack_of_their_size() {
    let args: Vec<String> = (0..200).map(|i| i.to_string()).collect();
    let run = format!("wide({{{}}})", args.join(", "));
    // wide's frame is small (its arguments are its caller's); leaf has
    // no check. The ABI0 run's wrapper copies the 1,600 bytes of arguments
    // into its own outgoing area: its frame does not fit what the 4 KiB
    // first stack has left, and the stack doubles once.
    let want = StackCounts {
        grown: 1,
        ..both([1, 0, 0], 0, 0, 0, 1)
    };
    expect(&run, GROW, want);
}

#[test]
fn forced_moves_are_counted_apart_from_growth() {
    // Every entry moves the stack at this depth, and the function starts
    // over: huge's first check fails for the forced move, its second
    // because the frame does not fit (the stack grows), its third passes;
    // mid's first check fails for a move, its second passes (leaf has
    // none). The ABI0 run's wrapper has no check (Go's wrappers are
    // nosplit), so nothing moves at its entry.
    let got = counts("huge(1)", MOVE);
    let want_prologues = [0, 4, 6];
    assert_eq!(got.prologues, want_prologues, "{}", show(&got));
    assert_eq!(
        (got.grown, got.grown_beyond_double),
        (2, 2),
        "{}",
        show(&got)
    );
    assert_eq!(got.forced, 4, "{}", show(&got));
}

/// Each entry's prologue check has the form Go gives its frame size
/// (obj6.go `stacksplit`), the frame as the object's metadata gives it:
/// `cmp rsp, [g+16]`; `lea r13, [rsp-(framesize-128)]; cmp r13, [g+16]`;
/// or `mov r13, rsp; sub r13, framesize-128; jb; cmp r13, [g+16]`.
#[test]
fn each_prologue_has_gos_form_for_its_frame_size() {
    let m = janus_oracle::run::load_module(MODULE).expect("parses and verifies");
    let compiled = janus_backend::compile::compile_module(&m).expect("compiles");
    let types = janus_backend::compile::alloc_types(&m);
    let obj = janus_backend::object::write_object_with_types(&compiled, &types).expect("object");
    let text = janus_oracle::listing::listing(&obj).expect("lists");
    let mut seen = [false; 3];
    let mut leaves = 0;
    for entry in text
        .split("\n\n")
        .filter(|e| e.contains(" definition, frame "))
    {
        let header = entry
            .lines()
            .find(|l| l.contains(" definition, frame "))
            .expect("a header");
        let frame: u32 = header
            .split(" definition, frame ")
            .nth(1)
            .and_then(|r| r.split(',').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no frame in {header}"));
        // The definition's lines (its wrapper follows without a blank).
        let insts: Vec<&str> = entry
            .lines()
            .skip_while(|l| !l.contains(" definition, frame "))
            .skip(1)
            .take_while(|l| l.starts_with("  ") || l.starts_with(".L"))
            .filter(|l| l.starts_with("  "))
            .map(|l| l.trim())
            .collect();
        let framesize = frame as u64 + 8;
        let excess = framesize.saturating_sub(128);
        if framesize < 128 && !insts.iter().any(|l| l.contains(" call ")) {
            // Calls nothing, frame under StackSmall: no check, as Go's
            // assembler marks it nosplit; it starts with its frame, and
            // with a frame of 0 bytes has none (Go saves no RBP then).
            let first = insts.first().copied().unwrap_or("");
            assert_eq!(
                first.ends_with("push rbp"),
                frame > 0,
                "{header}: a leaf under StackSmall starts with its frame, if it has one\n{entry}"
            );
            leaves += 1;
            continue;
        }
        let want: Vec<String> = match Prologue::of_frame(frame) {
            Prologue::Small => vec!["cmp rsp, qword ptr [r14+0x10]".into()],
            Prologue::Medium => vec![
                format!("lea r13, [rsp-0x{excess:x}]"),
                "cmp r13, qword ptr [r14+0x10]".into(),
            ],
            Prologue::Big => vec![
                "mov r13, rsp".into(),
                format!("sub r13, 0x{excess:x}"),
                "jb ".into(),
                "cmp r13, qword ptr [r14+0x10]".into(),
            ],
        };
        seen[Prologue::of_frame(frame) as usize] = true;
        let code: Vec<String> = insts
            .iter()
            .take(want.len())
            .map(|l| {
                let text = l.split("  ").filter(|s| !s.is_empty()).last().unwrap_or("");
                text.trim().to_lowercase()
            })
            .collect();
        for (w, c) in want.iter().zip(&code) {
            assert!(
                c.starts_with(w.as_str()),
                "{header}: want {want:?}, code starts {code:?}\n{entry}"
            );
        }
    }
    assert_eq!(seen, [true; 3], "{text}");
    assert_eq!(leaves, 2, "leaf and below have no check\n{text}");
}
