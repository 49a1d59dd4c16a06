//! Go's own compiled code in janus's emulated machine (issue 14): a Go 1.19
//! program (tests/go/peer_machine/main.go, built static at 0x1000_1000) is
//! read (`peer::goelf`), loaded beside janus's image, and its functions run
//! from the oracle through their ABIInternal definition (`main.F`) and
//! their ABI0 wrapper (`main.F.abi0`), with the checks janus's entries get.
//! Each Go function has an IR twin of the same signature and meaning
//! (tests/go/peer_machine/module.jir): the interpreter says what every run
//! line must give, and janus's entries and Go's must all give it.
//!
//! Needs Go 1.19 (`peer::toolchain`): without it the tests say so and pass,
//! unless JANUS_REQUIRE_GO=1.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use janus_backend::abi::Abi;
use janus_backend::compile::{alloc_types, compile_module};
use janus_backend::ir::Module;
use janus_backend::object::write_object_with;
use janus_oracle::exec::{EntryLimits, EntryOutcome, EntryRun, EntryRunner, RuntimeMode};
use janus_oracle::inputs::materialize_in;
use janus_oracle::interp::{self, Limits, Outcome};
use janus_oracle::machine::{ExeSegment, Machine, MachineConfig, Perms};
use janus_oracle::peer::goelf::GoExecutable;
use janus_oracle::peer::goimage::GoType;
use janus_oracle::peer::toolchain::{self, GoToolchain};
use janus_oracle::run::load_module;

fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/go/peer_machine")
}

/// Builds main.go once per test binary (the tests run in parallel, in one
/// process) and returns the executable's bytes.
fn build(go: &GoToolchain) -> Vec<u8> {
    static BUILT: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| go_build(go)).clone()
}

fn go_build(go: &GoToolchain) -> Vec<u8> {
    go_build_with(go, "-ldflags=-T=0x10001000", "")
}

/// `go build` of main.go with `ldflags` (an output name with `suffix`).
fn go_build_with(go: &GoToolchain, ldflags: &str, suffix: &str) -> Vec<u8> {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = tmp.join(format!("peer_machine_{}{suffix}", std::process::id()));
    let status = Command::new(&go.go)
        .args(["build", "-trimpath", ldflags, "-o"])
        .arg(&out)
        .arg(".")
        .current_dir(source_dir())
        .env("CGO_ENABLED", "0")
        .env("GOCACHE", tmp.join("go-build-cache"))
        .env("GOFLAGS", "")
        .env("GO111MODULE", "on")
        .output()
        .expect("go build runs");
    assert!(
        status.status.success(),
        "go build failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let bytes = std::fs::read(&out).expect("the executable");
    let _ = std::fs::remove_file(&out);
    bytes
}

fn module() -> Module {
    let text = std::fs::read_to_string(source_dir().join("module.jir")).expect("module.jir");
    load_module(&text).unwrap_or_else(|e| panic!("module.jir: {}", e.in_file("module.jir")))
}

fn janus_object(m: &Module) -> Vec<u8> {
    let compiled = compile_module(m).expect("module.jir compiles");
    write_object_with(&compiled, &alloc_types(m), &m.run_funcvals()).expect("object")
}

/// A runner with janus's object of module.jir and the Go executable.
fn runner(m: &Module, exe: &Rc<GoExecutable>, precise: bool) -> EntryRunner {
    let mut r = EntryRunner::new(&janus_object(m), RuntimeMode::default(), precise)
        .expect("janus's object loads");
    r.attach_go(exe.clone(), "main.")
        .expect("Go's executable loads");
    r
}

const LIMITS: EntryLimits = EntryLimits {
    budget: 1_000_000,
    frames: 1000,
};

/// What the interpreter says of run line `k`: its outcome and the input
/// objects afterwards.
struct Expected {
    outcome: EntryOutcome,
    objects: Vec<janus_oracle::inputs::ObjectInit>,
}

/// The outcome the interpreter gives run line `k`, and its input.
fn expected(m: &Module, k: usize) -> (Expected, janus_oracle::inputs::Materialized) {
    let r = &m.runs[k];
    let f = m.function(&r.func).expect("the run line's function");
    let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
    let input = materialize_in(&m.functions, &types, &r.args).expect("inputs");
    let run = interp::run(
        m,
        &r.func,
        &input,
        Limits {
            fuel: 10_000_000,
            max_depth: 1000,
        },
    )
    .expect("the interpreter runs it");
    let outcome = match run.outcome {
        Outcome::Returned(v) => EntryOutcome::Returned(v),
        Outcome::Panic(p) => EntryOutcome::Panic(p),
        Outcome::StackOverflow => panic!("no run line of module.jir overflows"),
    };
    (
        Expected {
            outcome,
            objects: run.objects,
        },
        input,
    )
}

/// What differs between the interpreter's outcome and a run's (results,
/// and the input objects afterwards), and every promise the run broke.
fn differences(want: &Expected, got: &EntryRun) -> Vec<String> {
    let mut d = Vec::new();
    // Objects the run made are paired, not numbered (janus_oracle::made).
    let mut made = janus_oracle::made::MadeObjects::new(want.objects.len());
    match (&want.outcome, &got.outcome) {
        (EntryOutcome::Returned(a), EntryOutcome::Returned(b)) => {
            if a.len() != b.len() || a.iter().zip(b).any(|(x, y)| !made.same_leaf(x, y)) {
                d.push(format!("results {b:?}, interpreter {a:?}"));
            }
        }
        (a, b) if a == b => {}
        (a, b) => d.push(format!("outcome {b:?}, interpreter {a:?}")),
    }
    if matches!(got.outcome, EntryOutcome::Returned(_)) {
        d.extend(janus_oracle::exec::compare_objects(
            &want.objects,
            got,
            &mut made,
        ));
    }
    d.extend(got.violations.iter().cloned());
    d
}

fn setup(test: &str) -> Option<(Module, Rc<GoExecutable>)> {
    let go = toolchain::for_test(test)?;
    let exe = GoExecutable::parse(&build(&go)).expect("Go's executable reads");
    Some((module(), Rc::new(exe)))
}

/// Every run line through janus's two entries and Go's two, in both
/// machine modes: all agree with the interpreter and break no promise.
/// The first stack is big enough that no Go prologue calls morestack
/// (Go's frames cannot be unwound yet).
#[test]
fn go_functions_agree_with_the_interpreter_through_both_entries() {
    let Some((m, exe)) = setup("go_functions_agree_with_the_interpreter_through_both_entries")
    else {
        return;
    };
    for precise in [true, false] {
        let mut r = runner(&m, &exe, precise);
        r.set_first_stack(64 << 10).unwrap();
        let mut failures = Vec::new();
        let mut go_runs = 0;
        for k in 0..m.runs.len() {
            let (want, input) = expected(&m, k);
            let f = m.function(&m.runs[k].func).unwrap();
            let go_name = format!("main.{}", f.name);
            let entries = [
                ("janus ABIInternal", None, Abi::Internal),
                ("janus ABI0", None, Abi::Abi0),
                ("Go main.F", Some(go_name.clone()), Abi::Internal),
                ("Go main.F.abi0", Some(format!("{go_name}.abi0")), Abi::Abi0),
            ];
            for (label, go, abi) in entries {
                let got = match &go {
                    None => r.run(f, abi, &input, LIMITS),
                    Some(sym) => {
                        go_runs += 1;
                        r.run_go(sym, f, abi, &input, LIMITS)
                    }
                }
                .unwrap_or_else(|e| panic!("{label}: {e}"));
                for d in differences(&want, &got) {
                    failures.push(format!("run {k} {}: {label}: {d}", m.runs[k].func));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "precise={precise}:\n{}",
            failures.join("\n")
        );
        assert_eq!(go_runs, 2 * m.runs.len());
    }
}

/// The outcomes themselves, not only their agreement: division by zero
/// in Go's code is the divide panic janus's code gives, a Go allocation
/// is an object of the run (numbered after the inputs), and Go's global
/// is back to zero at every run.
#[test]
fn go_outcomes_are_the_expected_values() {
    let Some((m, exe)) = setup("go_outcomes_are_the_expected_values") else {
        return;
    };
    let mut r = runner(&m, &exe, true);
    let find = |name: &str, args: &str| {
        (0..m.runs.len())
            .find(|&k| {
                m.runs[k].func == name && janus_oracle::run::call_text(&m.runs[k]).contains(args)
            })
            .unwrap_or_else(|| panic!("no run line {name}({args})"))
    };
    let run = |r: &mut EntryRunner, k: usize, sym: &str, abi: Abi| {
        let (_, input) = expected(&m, k);
        let f = m.function(&m.runs[k].func).unwrap();
        r.run_go(sym, f, abi, &input, LIMITS).unwrap()
    };
    for (sym, abi) in [("main.Div", Abi::Internal), ("main.Div.abi0", Abi::Abi0)] {
        let got = run(&mut r, find("Div", "5, 0"), sym, abi);
        assert_eq!(
            got.outcome,
            EntryOutcome::Panic(interp::PanicKind::DivideByZero),
            "{sym}"
        );
    }
    let got = run(&mut r, find("NewNode", "&3"), "main.NewNode", Abi::Internal);
    let EntryOutcome::Returned(v) = &got.outcome else {
        panic!("NewNode: {:?}", got.outcome)
    };
    // The input is object 0 (the int64 3); the new node is the next one.
    assert_eq!(
        format!("{v:?}"),
        "[Ptr(Obj { obj: ObjId(1), offset: 0 })]",
        "the object Go's newobject made"
    );
    for _ in 0..3 {
        let got = run(&mut r, find("Bump", ""), "main.Bump", Abi::Internal);
        let EntryOutcome::Returned(v) = &got.outcome else {
            panic!("Bump: {:?}", got.outcome)
        };
        assert_eq!(format!("{v:?}"), "[Int { ty: I64, bits: 1 }]");
    }
}

/// Go's ABIInternal definitions are watched like janus's: entered without
/// what ABIInternal owes them (here the oracle calls main.AddMul as if it
/// were ABI0: R14 and X15 hold poison), the run stops at the entry.
#[test]
fn go_entries_check_their_promises() {
    let Some((m, exe)) = setup("go_entries_check_their_promises") else {
        return;
    };
    let mut r = runner(&m, &exe, true);
    let (_, input) = expected(&m, 0);
    let f = m.function("AddMul").unwrap();
    let got = r
        .run_go("main.AddMul", f, Abi::Abi0, &input, LIMITS)
        .unwrap();
    let EntryOutcome::Crashed(why) = &got.outcome else {
        panic!("{:?}", got.outcome)
    };
    assert!(
        why.contains("promise broken at entry: Go's main.AddMul") && why.contains("R14"),
        "{why}"
    );
    assert!(r
        .run_go("main.NoSuchFunction", f, Abi::Internal, &input, LIMITS)
        .unwrap_err()
        .to_string()
        .contains("no function main.NoSuchFunction"));
}

/// What goelf reads: the three segments at the link address with their
/// permissions, both entries of each function, pclntab (Go 1.18+'s magic),
/// and Go's `_type` of Node as `runtime.newobject` gets it (found in
/// NewNode's `LEAQ type(IP), AX`): 24 bytes, pointers at 0 and 16.
#[test]
fn the_executable_as_goelf_reads_it() {
    let Some((_, exe)) = setup("the_executable_as_goelf_reads_it") else {
        return;
    };
    let perms: Vec<(u64, Perms)> = exe
        .segments
        .iter()
        .map(|s| (s.range.start, s.perms))
        .collect();
    assert_eq!(perms.len(), 3, "{perms:?}");
    assert_eq!(perms[0], (0x1000_0000, Perms::RX));
    assert_eq!(perms[1].1, Perms::R);
    assert_eq!(perms[2].1, Perms::RW);
    assert_eq!(exe.text.start, 0x1000_1000);
    for f in ["main.AddMul", "main.AddMul.abi0", "runtime.newobject"] {
        let a = exe.function(f).unwrap_or_else(|| panic!("{f}"));
        assert!(exe.text.contains(&a));
        assert_eq!(exe.function_at(a + 1).unwrap().0.name, f);
    }
    assert_eq!(&exe.pclntab[..4], &0xffff_fff0u32.to_le_bytes());

    let mut m = Machine::new(MachineConfig::default()).unwrap();
    let segs: Vec<ExeSegment> = exe
        .segments
        .iter()
        .map(|s| ExeSegment {
            range: s.range.clone(),
            perms: s.perms,
            data: s.data.clone(),
        })
        .collect();
    m.map_executable("go", &segs, exe.text.clone(), Vec::new())
        .unwrap();
    let new_node = exe.function("main.NewNode").unwrap();
    let text = &exe.segments[0];
    let code = &text.data[(new_node - text.range.start) as usize..][..64];
    let at = code
        .windows(3)
        .position(|w| w == [0x48, 0x8d, 0x05])
        .expect("LEAQ type(IP), AX");
    let rel = i32::from_le_bytes(code[at + 3..at + 7].try_into().unwrap());
    let ty = (new_node + at as u64 + 7).wrapping_add(rel as i64 as u64);
    let t = GoType::read(&m, ty).unwrap();
    assert_eq!(
        (t.size, t.ptrdata, t.align, t.ptr_words),
        (24, 24, 8, vec![0, 16])
    );
}

/// Bad executables are errors that say where, never panics: truncations
/// and corruptions of the real one, at fixed places.
#[test]
fn malformed_executables_are_located_errors() {
    let Some(go) = toolchain::for_test("malformed_executables_are_located_errors") else {
        return;
    };
    let good = build(&go);
    assert!(GoExecutable::parse(&good).is_ok());
    let mut seen = 0;
    for cut in [
        0,
        3,
        16,
        63,
        64,
        200,
        0x1000,
        good.len() / 2,
        good.len() - 1,
    ] {
        let e = GoExecutable::parse(&good[..cut]).unwrap_err().to_string();
        assert!(e.starts_with("Go executable: "), "{e}");
        seen += 1;
    }
    // Header and program-header fields: e_type, e_machine, e_phoff, the
    // first PT_LOAD's offset, file size and memory size, e_shoff.
    for (at, len) in [
        (16, 2),
        (18, 2),
        (32, 8),
        (64 + 56 * 2 + 8, 8),
        (64 + 56 * 2 + 32, 8),
        (64 + 56 * 2 + 40, 8),
        (40, 8),
    ] {
        let mut bad = good.clone();
        for b in &mut bad[at..at + len] {
            *b = 0xff;
        }
        if let Err(e) = GoExecutable::parse(&bad) {
            assert!(e.to_string().starts_with("Go executable: "), "{e}");
            seen += 1;
        }
    }
    assert!(seen >= 14, "only {seen} of the corruptions were rejected");
    // Every 8th byte of the ELF and program headers, and of the section
    // header table, set to 0xff in turn: read or refused, never a panic,
    // and what is read answers lookups.
    let shoff = u64::from_le_bytes(good[40..48].try_into().unwrap()) as usize;
    let spots = (0..64 + 56 * 7).chain(shoff..(shoff + 64 * 23).min(good.len()));
    for at in spots.step_by(8) {
        let mut bad = good.clone();
        bad[at] = 0xff;
        match GoExecutable::parse(&bad) {
            Ok(exe) => {
                let _ = exe.function_at(exe.text.start);
                let _ = exe.function("main.AddMul");
            }
            Err(e) => assert!(e.to_string().starts_with("Go executable: "), "{e}"),
        }
    }
}

/// An executable linked at Go's default address (0x401000) would overlap
/// janus's image: loading it is a clear error, not a broken machine.
#[test]
fn an_executable_over_janus_image_is_refused() {
    let Some(go) = toolchain::for_test("an_executable_over_janus_image_is_refused") else {
        return;
    };
    let exe = GoExecutable::parse(&go_build_with(&go, "-ldflags=", "_default")).unwrap();
    assert_eq!(exe.text.start, 0x401000);
    let m = module();
    let mut r = EntryRunner::new(&janus_object(&m), RuntimeMode::default(), true).unwrap();
    let e = r.attach_go(Rc::new(exe), "main.").unwrap_err().to_string();
    assert!(
        e.contains("cannot map go r-x") && e.contains("overlaps image"),
        "{e}"
    );
}

/// Go's frames on the stack, unwound through Go's own pclntab: with Go's
/// 2 KiB first stack (so Go's prologues call morestack and the stack
/// grows by copying, through Go frames) and in every runtime mode (the
/// stack moved at entries and allocations, the moving collector run at
/// safepoints, Go's frames scanned and adjusted by their stack maps),
/// every run line through Go's two entries agrees with the interpreter.
#[test]
fn go_frames_are_unwound_in_every_runtime_mode() {
    let Some((m, exe)) = setup("go_frames_are_unwound_in_every_runtime_mode") else {
        return;
    };
    use janus_oracle::runtime::StackMode;
    let mut failures = Vec::new();
    for (stack, gc) in [
        (StackMode::Grow, false),
        (StackMode::MoveEveryEntry, false),
        (StackMode::Grow, true),
        (StackMode::MoveEveryEntry, true),
    ] {
        let mode = RuntimeMode {
            stack,
            gc_every_safepoint: gc,
        };
        let mut r = EntryRunner::new(&janus_object(&m), mode, true).unwrap();
        r.attach_go(exe.clone(), "main.").unwrap();
        for k in 0..m.runs.len() {
            let (want, input) = expected(&m, k);
            let f = m.function(&m.runs[k].func).unwrap();
            let go_name = format!("main.{}", f.name);
            for (sym, abi) in [
                (go_name.clone(), Abi::Internal),
                (format!("{go_name}.abi0"), Abi::Abi0),
            ] {
                let got = r.run_go(&sym, f, abi, &input, LIMITS).unwrap();
                for d in differences(&want, &got) {
                    failures.push(format!("{mode:?} run {k} {sym}: {d}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A negative signed shift count: Go's code calls runtime.panicshift,
/// which the emulated runtime does not serve: the run stops saying so.
#[test]
fn unserved_runtime_functions_stop_with_their_name() {
    let Some((m, exe)) = setup("unserved_runtime_functions_stop_with_their_name") else {
        return;
    };
    let mut r = runner(&m, &exe, true);
    let f = m.function("Shift").unwrap();
    let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
    let args = vec![
        janus_backend::ir::InputValue::Int(1),
        janus_backend::ir::InputValue::Int(-1),
    ];
    let input = materialize_in(&m.functions, &types, &args).unwrap();
    for (sym, abi) in [
        ("main.Shift", Abi::Internal),
        ("main.Shift.abi0", Abi::Abi0),
    ] {
        let got = r.run_go(sym, f, abi, &input, LIMITS).unwrap();
        let EntryOutcome::Crashed(why) = &got.outcome else {
            panic!("{sym}: {:?}", got.outcome)
        };
        assert!(
            why.contains(
                "Go's code called runtime.panicshift, which the emulated runtime does not serve"
            ),
            "{sym}: {why}"
        );
    }
}

/// Go's write barrier: `runtime.writeBarrier` stays 0 in the machine, so
/// reaching `runtime.gcWriteBarrier*` is a finding. WithBarrier turns it
/// on (through go:linkname) and stores a pointer into the heap.
#[test]
fn reaching_go_write_barrier_is_a_finding() {
    let Some((m, exe)) = setup("reaching_go_write_barrier_is_a_finding") else {
        return;
    };
    let mut r = runner(&m, &exe, false);
    let f = m.function("WithBarrier").unwrap();
    let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
    let input =
        materialize_in(&m.functions, &types, &[janus_backend::ir::InputValue::Nil]).unwrap();
    for (sym, abi) in [
        ("main.WithBarrier", Abi::Internal),
        ("main.WithBarrier.abi0", Abi::Abi0),
    ] {
        let got = r.run_go(sym, f, abi, &input, LIMITS).unwrap();
        let EntryOutcome::Crashed(why) = &got.outcome else {
            panic!("{sym}: {:?}", got.outcome)
        };
        assert!(
            why.contains("Go's write barrier runtime.gcWriteBarrier")
                && why.contains("runtime.writeBarrier is 0"),
            "{sym}: {why}"
        );
    }
    // The barrier's flag is Go's data: back to 0 for the next run, so
    // NewNode stores without it.
    let k = (0..m.runs.len())
        .find(|&k| m.runs[k].func == "NewNode")
        .unwrap();
    let (want, input) = expected(&m, k);
    let f = m.function("NewNode").unwrap();
    let got = r
        .run_go("main.NewNode", f, Abi::Internal, &input, LIMITS)
        .unwrap();
    assert!(differences(&want, &got).is_empty(), "{:?}", got.outcome);
}
