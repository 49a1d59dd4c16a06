//! Runaways end at the oracle's limits, in bounded memory, and say what
//! they are. A miscompiled call can make code recurse, loop or allocate
//! without end; every run keeps what it saw (calls, the trace of safepoint
//! visits, retired stacks and heap spaces, poisoned until checked), so
//! before these limits one such case in a planted-bug campaign took
//! gigabytes and hours.

use janus_backend::abi::Abi;
use janus_backend::ir::{InputValue, Module};
use janus_oracle::campaign::{campaign_options, mode_of, CAMPAIGN_BUDGET, CAMPAIGN_FRAMES};
use janus_oracle::exec::{EntryLimits, EntryOutcome, EntryRun, EntryRunner};
use janus_oracle::inputs::{materialize, Materialized};
use janus_oracle::runtime::{Overflow, MAX_CALLS, MAX_FRAMES};

/// The process's resident memory, in MiB.
fn rss_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<u64>()
        .unwrap()
        >> 10
}

/// The module `text`, its object, and the input of `f(1)`.
fn prepare(text: &str) -> (Module, Vec<u8>, Materialized) {
    let m = janus_backend::ir::parse_module(text).unwrap();
    let compiled = janus_backend::compile::compile_module(&m).unwrap();
    let types = janus_backend::compile::alloc_types(&m);
    let elf = janus_backend::object::write_object_with_types(&compiled, &types).unwrap();
    let f = m.function("f").unwrap();
    let tys: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
    let input = materialize(&tys, &[InputValue::Int(1)]).unwrap();
    (m, elf, input)
}

/// Runs `f(1)` of `text` through both entries in runtime mode `mode`; the
/// resident memory must grow by less than 1 GiB meanwhile.
fn run(text: &str, mode: u64, limits: EntryLimits) -> Vec<EntryRun> {
    let before = rss_mib();
    let (m, elf, input) = prepare(text);
    let f = m.function("f").unwrap();
    let mut runner = EntryRunner::new(&elf, mode_of(mode), false).unwrap();
    let runs = [Abi::Internal, Abi::Abi0]
        .into_iter()
        .map(|abi| runner.run(f, abi, &input, limits).unwrap())
        .collect();
    let grew = rss_mib().saturating_sub(before);
    assert!(
        grew < 1024,
        "mode {mode}: resident memory grew by {grew} MiB"
    );
    runs
}

fn crash(r: &EntryRun) -> &str {
    match &r.outcome {
        EntryOutcome::Crashed(why) => why,
        other => panic!("expected a crash, got {other:?}"),
    }
}

const ENDLESS_RECURSION: &str = "internal func f(n int64) int64 {
b0:
    x = param 0, 0
    r = call internal f(x)
    ret r
}
";

#[test]
fn endless_recursion_stops_at_the_frame_limit_in_every_mode() {
    for mode in 0..4 {
        for r in run(
            ENDLESS_RECURSION,
            mode,
            EntryLimits::budget(CAMPAIGN_BUDGET),
        ) {
            // The call that would be frame MAX_FRAMES + 1 ends the run.
            assert_eq!(
                r.outcome,
                EntryOutcome::StackOverflow(Overflow::Frames(MAX_FRAMES)),
                "mode {mode}"
            );
            assert!(!r.exhausted, "mode {mode}");
            // Every call is counted; only the first MAX_CALLS are kept.
            assert_eq!(r.calls_total, MAX_FRAMES as u64, "mode {mode}");
            assert!(r.calls.len() <= MAX_CALLS);
            assert!(r.trace.len() <= MAX_CALLS + 1);
        }
    }
}

#[test]
fn campaigns_stop_a_runaway_recursion_at_their_own_frame_limit() {
    let limits = EntryLimits {
        budget: CAMPAIGN_BUDGET,
        frames: CAMPAIGN_FRAMES,
    };
    assert_eq!(campaign_options(&[mode_of(0)]).frames, CAMPAIGN_FRAMES);
    for mode in 0..4 {
        for r in run(ENDLESS_RECURSION, mode, limits) {
            assert_eq!(
                r.outcome,
                EntryOutcome::StackOverflow(Overflow::Frames(CAMPAIGN_FRAMES)),
                "mode {mode}"
            );
            assert_eq!(r.calls_total, CAMPAIGN_FRAMES as u64, "mode {mode}");
        }
    }
}

#[test]
fn endless_calls_keep_a_bounded_record() {
    // Calls that return, without end: the call record stops growing at
    // MAX_CALLS, the budget ends the run, and the run is not replayed
    // instruction by instruction (the fast mode counts blocks). Moving the
    // stack at every entry, each call retires a whole stack.
    let text = "internal func g(n int64) int64 {
b0:
    x = param 0, 0
    ret x
}

internal func f(n int64) int64 {
b0:
    x = param 0, 0
    jump loop(x)
loop(i i64):
    r = call internal g(i)
    jump loop(r)
}
";
    for mode in [0, 1] {
        for r in run(text, mode, EntryLimits::budget(CAMPAIGN_BUDGET)) {
            let why = crash(&r);
            assert!(why.contains("block budget exhausted"), "mode {mode}: {why}");
            assert!(r.exhausted);
            assert!(r.calls_total > MAX_CALLS as u64, "{} calls", r.calls_total);
            assert_eq!(r.calls.len(), MAX_CALLS);
        }
    }
}

#[test]
fn endless_allocation_stops_at_the_object_limit() {
    // In every mode; collecting at every safepoint, every allocation
    // retires a heap space. (The object is over 64 bytes: a smaller one
    // that does not escape would be kept on the stack.)
    let text = "internal func f(n int64) int64 {
b0:
    x = param 0, 0
    jump loop(x)
loop(i i64):
    p = alloc [9]int64
    store.i64 p, 0, i
    jump loop(i)
}
";
    for mode in 0..4 {
        for r in run(text, mode, EntryLimits::budget(CAMPAIGN_BUDGET)) {
            let why = crash(&r);
            assert!(
                why.contains("runaway: more than 10000 heap objects allocated in one run"),
                "mode {mode}: {why}"
            );
        }
    }
}

#[test]
fn a_fault_after_more_instructions_than_the_block_budget_is_replayed_exactly() {
    // 300 iterations (blocks of a few instructions each), then a load
    // through nil: within a 1,000-block budget. The crash is replayed
    // instruction by instruction, which must not run out of budget first.
    let text = "internal func f(n int64) int64 {
b0:
    x = param 0, 0
    z = iconst.i64 0
    jump loop(z)
loop(i i64):
    one = iconst.i64 1
    i2 = add.i64 i, one
    lim = iconst.i64 300
    more = slt.i64 i2, lim
    brif more, loop(i2), done
done:
    p = nil
    v = load.i64 p, 0
    r = add.i64 v, x
    ret r
}
";
    let (m, elf, input) = prepare(text);
    let f = m.function("f").unwrap();
    let mut runner = EntryRunner::new(&elf, mode_of(0), false).unwrap();
    let r = runner
        .run(f, Abi::Internal, &input, EntryLimits::budget(1_000))
        .unwrap();
    let why = crash(&r);
    assert!(why.starts_with("fault"), "{why}");
    assert!(r.instructions > 1_000, "{} instructions", r.instructions);
}
