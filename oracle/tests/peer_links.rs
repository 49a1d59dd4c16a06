//! Mixed links over the corpus (issue 14, item 3): every corpus module
//! with call edges (but those on `peer_corpus.rs`'s known-differences
//! list) is loaded beside its Go peer, Go's definitions watched as
//! janus's, and run under several link plans — every edge bound to
//! janus, every edge to Go, and [`LinkPlan::mixed`] cases — each run line
//! through janus's two entries and Go's two entries, in all four runtime
//! modes, against the interpreter: results, panics, the input objects
//! afterwards, promises, canaries and the runtime's stack-map checks.
//! Under one plan the four entries must also make the same calls of
//! definition entries with the same arguments (as the oracle's model
//! reads them), whichever compiler's code the outer entry is.
//!
//! The plans must cover janus calling Go and Go calling janus through
//! both ABIs, to callees Go defines (`internal` ones): the test counts
//! the edges and call sites retargeted each way, and those to `abi0`
//! callees apart (janus's definition either way, reached through Go's
//! ABIInternal wrapper or its ABI0 placeholder).
//!
//! Skips with a message without Go 1.19 (fails under JANUS_REQUIRE_GO=1).

mod common;

use janus_backend::abi::Abi;
use janus_backend::compile::{alloc_types, compile_module};
use janus_backend::ir::Module;
use janus_backend::object::write_object_with;
use janus_oracle::exec::{EntryLimits, EntryOutcome, EntryRunner, RuntimeMode};
use janus_oracle::inputs::materialize_in;
use janus_oracle::interp::{self, Limits, Outcome};
use janus_oracle::peer::goelf::GoExecutable;
use janus_oracle::peer::links::{
    call_edges, funcvals_for_links, made_as_one, placeholder_binds, LinkPlan, Side,
};
use janus_oracle::peer::{build, emit, toolchain};
use janus_oracle::runtime::StackMode;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use std::time::{Duration, Instant};

const LIMITS: EntryLimits = EntryLimits {
    budget: 5_000_000,
    frames: 1000,
};

/// The seed of the mixed plans, and how many cases each module runs.
const SEED: u64 = 14;
const MIXED_CASES: u64 = 4;

fn abi_name(abi: Abi) -> &'static str {
    match abi {
        Abi::Internal => "ABIInternal",
        Abi::Abi0 => "ABI0",
    }
}

#[test]
fn pointers_to_what_the_run_made_compare_as_one() {
    assert_eq!(
        made_as_one("f(obj0+8 stack, obj2+16, 0x3)", 2),
        "f(obj0+8 made, made, 0x3)"
    );
}

#[test]
fn mixed_links_agree_with_the_interpreter_through_every_entry() {
    let Some(go) = toolchain::for_test("mixed_links_agree_with_the_interpreter") else {
        return;
    };
    let started = Instant::now();
    let known: Vec<String> = common::PEER_KNOWN_DIFFERENCES
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    let mut files: Vec<_> = std::fs::read_dir(common::repo().join("corpus/modules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jir"))
        .collect();
    files.sort();
    // All modules are built in one package, as peer_corpus.rs builds them
    // (the same binary, cached), whether they have edges or not.
    let modules: Vec<(String, Module)> = files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let m = janus_oracle::run::load_module(&text)
                .unwrap_or_else(|e| panic!("{name}: {}", e.in_file(&name)));
            (name, m)
        })
        .collect();
    let refs: Vec<&Module> = modules.iter().map(|(_, m)| m).collect();
    let mut emitted = Vec::new();
    let (built, _) =
        build::build_without_unlinkable_wrappers(&go, &build::default_cache_dir(), |u, bodies| {
            let (files, e) = emit::peer_program_for(&refs, u, bodies);
            emitted = e;
            files
        })
        .unwrap_or_else(|e| panic!("go build: {}", e.message));
    let exe = Rc::new(GoExecutable::parse(&std::fs::read(&built.binary).unwrap()).unwrap());

    let mut failures: Vec<String> = Vec::new();
    let mut runs: BTreeMap<String, usize> = BTreeMap::new();
    let mut plans_run = 0usize;
    // (module, edge) retargeted each way, by the entry's ABI.
    type Kind<'a> = (&'a str, &'a str, &'a str);
    let mut covered: BTreeMap<Kind, BTreeSet<(String, String)>> = BTreeMap::new();
    let mut sites: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut link_time = Duration::ZERO;
    let mut modules_linked = BTreeSet::new();
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
        let mode_name = format!("{stack:?}{}", if gc { "+gc" } else { "" });
        for (k, (name, m)) in modules.iter().enumerate() {
            let edges = call_edges(m);
            if edges.is_empty() || known.contains(name) {
                continue;
            }
            modules_linked.insert(name.as_str());
            let em = emitted[k]
                .as_ref()
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let compiled = compile_module(m).unwrap();
            let obj =
                write_object_with(&compiled, &alloc_types(m), &funcvals_for_links(m)).unwrap();
            let mut r = EntryRunner::new(&obj, mode, false).unwrap();
            r.attach_go(exe.clone(), &format!("main.{}", em.prefix))
                .unwrap();
            r.bind_go_placeholders(&placeholder_binds(&em.symbols))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            r.watch_go_definitions(&m.functions, &em.symbols)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let mut plans = vec![
                ("all janus".to_string(), LinkPlan::all(&edges, Side::Janus)),
                ("all Go".to_string(), LinkPlan::all(&edges, Side::Go)),
            ];
            for c in 0..MIXED_CASES {
                plans.push((
                    format!("mixed {SEED}/{c}"),
                    LinkPlan::mixed(&edges, SEED, c),
                ));
            }
            for (plan_name, plan) in &plans {
                plans_run += 1;
                let report = r
                    .link(plan, &em.symbols)
                    .unwrap_or_else(|e| panic!("{name} {plan_name}: {e}"));
                link_time += report.took;
                for l in &report.edges {
                    // Go has no code of an `abi0` callee's ABI0 entry of
                    // its own: its placeholder jumps to janus's. Those
                    // edges are counted apart.
                    let callee_abi0 = m.function(&l.edge.callee).unwrap().abi == Abi::Abi0;
                    let kind = match (callee_abi0, l.edge.entry) {
                        (false, _) => "an internal callee",
                        (true, Abi::Internal) => "an abi0 callee's wrapper",
                        (true, Abi::Abi0) => "an abi0 callee's placeholder",
                    };
                    for (dir, n) in [
                        ("janus calls Go", l.janus_patches),
                        ("Go calls janus", l.go_patches),
                    ] {
                        if n > 0 {
                            let key = (dir, abi_name(l.edge.entry), kind);
                            covered
                                .entry(key)
                                .or_default()
                                .insert((name.clone(), l.edge.to_string()));
                            *sites.entry(key).or_default() += n;
                        }
                    }
                }
                for (i, run) in m.runs.iter().enumerate() {
                    let f = m.function(&run.func).unwrap();
                    let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
                    let input = materialize_in(&m.functions, &types, &run.args).unwrap();
                    let limits = Limits {
                        fuel: 10_000_000,
                        max_depth: LIMITS.frames,
                    };
                    let Ok(want) = interp::run(m, &run.func, &input, limits) else {
                        continue;
                    };
                    let want_outcome = match want.outcome {
                        Outcome::Returned(v) => EntryOutcome::Returned(v),
                        Outcome::Panic(p) => EntryOutcome::Panic(p),
                        Outcome::StackOverflow => continue,
                    };
                    let sy = em.symbols.iter().find(|s| s.ir_name == f.name).unwrap();
                    let entries = [
                        (format!("janus {}", f.name), None, Abi::Internal),
                        (format!("janus {}.abi0", f.name), None, Abi::Abi0),
                        ("Go".to_string(), sy.internal.clone(), Abi::Internal),
                        ("Go".to_string(), sy.abi0.clone(), Abi::Abi0),
                    ];
                    let mut calls: Vec<(String, Vec<String>, u64)> = Vec::new();
                    for (label, go_sym, abi) in entries {
                        let (label, got) = match (label.as_str(), go_sym) {
                            ("Go", None) => continue,
                            ("Go", Some(s)) => {
                                let got = r.run_go(&s, f, abi, &input, LIMITS);
                                (format!("Go {s}"), got)
                            }
                            _ => (label, r.run(f, abi, &input, LIMITS)),
                        };
                        let got = got.unwrap_or_else(|e| panic!("{name} run {i} {label}: {e}"));
                        *runs.entry(mode_name.clone()).or_default() += 1;
                        for d in common::interpreter_differences(&want_outcome, &want.objects, &got)
                        {
                            failures.push(format!(
                                "{name} {mode_name} {plan_name} run {i} through {label}: {d}"
                            ));
                        }
                        calls.push((
                            label,
                            got.calls.iter().map(|c| c.to_string()).collect(),
                            got.calls_total,
                        ));
                    }
                    // Exactly between the two entries of one compiler; between
                    // janus's and Go's with pointers to memory the run made
                    // (its stack, objects allocated in it) as one: the outer
                    // function is each compiler's own, and Go keeps a local
                    // whose address is taken in the heap, janus on the stack.
                    let inputs = input.objects.len();
                    let (first, first_calls, first_total) = &calls[0];
                    let first_made: Vec<String> =
                        first_calls.iter().map(|c| made_as_one(c, inputs)).collect();
                    for (label, c, total) in &calls[1..] {
                        let same = if label.starts_with("Go") {
                            let made: Vec<String> =
                                c.iter().map(|c| made_as_one(c, inputs)).collect();
                            made == first_made
                        } else {
                            c == first_calls
                        };
                        if !same || total != first_total {
                            let at = c
                                .iter()
                                .zip(first_calls)
                                .position(|(a, b)| a != b)
                                .unwrap_or(c.len().min(first_calls.len()));
                            failures.push(format!(
                                "{name} {mode_name} {plan_name} run {i}: the calls through {label} ({total}) differ from those through {first} ({first_total}) at call {at}: {:?} vs {:?}",
                                c.get(at),
                                first_calls.get(at)
                            ));
                        }
                    }
                }
            }
        }
    }
    if !failures.is_empty() {
        // Three of each module's, and how many there were.
        let mut by_module: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
        for f in &failures {
            by_module
                .entry(f.split(' ').next().unwrap())
                .or_default()
                .push(f);
        }
        let shown: Vec<String> = by_module
            .iter()
            .flat_map(|(m, fs)| {
                std::iter::once(format!("{m}: {} differences", fs.len()))
                    .chain(fs.iter().take(3).map(|f| format!("  {f}")))
            })
            .collect();
        panic!("{} differences:\n{}", failures.len(), shown.join("\n"));
    }
    for dir in ["janus calls Go", "Go calls janus"] {
        for abi in ["ABIInternal", "ABI0"] {
            let n = covered
                .get(&(dir, abi, "an internal callee"))
                .map_or(0, |s| s.len());
            assert!(
                n > 0,
                "no edge to an internal callee where {dir} through {abi} was bound"
            );
        }
    }
    let total: usize = runs.values().sum();
    eprintln!(
        "{total} runs over {} modules ({} plans in all, {} per module and mode): {runs:?}",
        modules_linked.len(),
        plans_run,
        2 + MIXED_CASES
    );
    for (key @ (dir, abi, kind), edges) in &covered {
        eprintln!(
            "{dir} through {abi}, {kind}: {} edges, {} call sites retargeted over all plans and modes",
            edges.len(),
            sites[key]
        );
    }
    eprintln!(
        "linking took {link_time:?} in all; the test {:?}",
        started.elapsed()
    );
}

/// A plan replaced by another and applied again finds the same call sites
/// (the first's patches were undone), survives `reload`, and runs the same
/// in the precise mode (where the replay of a failed run also goes).
#[test]
fn plans_are_undone_reapplied_on_reload_and_the_same_when_precise() {
    let Some(go) = toolchain::for_test("plans_are_undone_reapplied_on_reload") else {
        return;
    };
    let name = "call_chain_mixed.jir";
    let text = std::fs::read_to_string(common::repo().join("corpus/modules").join(name)).unwrap();
    let m = janus_oracle::run::load_module(&text).unwrap();
    let mut emitted = Vec::new();
    let (built, _) =
        build::build_without_unlinkable_wrappers(&go, &build::default_cache_dir(), |u, bodies| {
            let (files, e) = emit::peer_program_for(&[&m], u, bodies);
            emitted = e;
            files
        })
        .unwrap_or_else(|e| panic!("go build: {}", e.message));
    let exe = Rc::new(GoExecutable::parse(&std::fs::read(&built.binary).unwrap()).unwrap());
    let em = emitted[0].as_ref().unwrap();
    let obj = write_object_with(
        &compile_module(&m).unwrap(),
        &alloc_types(&m),
        &funcvals_for_links(&m),
    )
    .unwrap();
    let edges = call_edges(&m);
    let plan = LinkPlan::mixed(&edges, SEED, 1);
    let mode = RuntimeMode {
        stack: StackMode::MoveEveryEntry,
        gc_every_safepoint: true,
    };
    let runner = |precise: bool| {
        let mut r = EntryRunner::new(&obj, mode, precise).unwrap();
        r.attach_go(exe.clone(), &format!("main.{}", em.prefix))
            .unwrap();
        r.bind_go_placeholders(&placeholder_binds(&em.symbols))
            .unwrap();
        r.watch_go_definitions(&m.functions, &em.symbols).unwrap();
        r
    };
    // Every run line through janus's and Go's ABIInternal entries: the
    // outcomes and the calls.
    let run_all = |r: &mut EntryRunner| {
        let mut out = Vec::new();
        for run in &m.runs {
            let f = m.function(&run.func).unwrap();
            let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
            let input = materialize_in(&m.functions, &types, &run.args).unwrap();
            let got = r.run(f, Abi::Internal, &input, LIMITS).unwrap();
            out.push((got.outcome, got.calls));
            let sy = em.symbols.iter().find(|s| s.ir_name == f.name).unwrap();
            if let Some(s) = &sy.internal {
                let got = r.run_go(s, f, Abi::Internal, &input, LIMITS).unwrap();
                out.push((got.outcome, got.calls));
            }
        }
        out
    };
    let mut r = runner(false);
    let first = r.link(&plan, &em.symbols).unwrap();
    assert!(first.patches > 0, "the plan binds something: {first:?}");
    let want = run_all(&mut r);
    r.link(&LinkPlan::all(&edges, Side::Go), &em.symbols)
        .unwrap();
    let again = r.link(&plan, &em.symbols).unwrap();
    assert_eq!(again.edges, first.edges, "the same call sites found again");
    assert_eq!(
        run_all(&mut r),
        want,
        "after another plan and this one again"
    );
    r.reload(&obj, mode).unwrap();
    assert_eq!(run_all(&mut r), want, "after reload");
    let unlinked = r.unlink().unwrap();
    assert_eq!(unlinked.map(|(p, _)| p), Some(plan.clone()));
    let mut p = runner(true);
    p.link(&plan, &em.symbols).unwrap();
    assert_eq!(run_all(&mut p), want, "in the precise mode");
}

/// The functions a module's Go code checked are those run through Go's
/// entries and those whose Go definition a run entered as a callee:
/// call_chain_mixed.jir has run lines for `top` only, whose Go code calls
/// the ABI0 `a` (janus's) and, through it, Go's `b` when the plan binds
/// that edge to Go.
#[test]
fn functions_checked_through_go_include_callees_go_s_code_ran() {
    let Some(go) =
        toolchain::for_test("functions_checked_through_go_include_callees_go_s_code_ran")
    else {
        return;
    };
    let name = "call_chain_mixed.jir";
    let text = std::fs::read_to_string(common::repo().join("corpus/modules").join(name)).unwrap();
    let m = janus_backend::ir::parse_module(&text).unwrap();
    let (v, _, _) = janus_oracle::peer::check::check_one(
        &go,
        &build::default_cache_dir(),
        &m,
        &janus_oracle::run::RunOptions::default(),
    )
    .unwrap();
    assert!(v.all_agree(), "{}", v.report(name));
    let entered: Vec<&str> = v.go_entered.iter().map(String::as_str).collect();
    assert!(
        entered.contains(&"top") && entered.contains(&"b"),
        "Go definitions entered: {entered:?}"
    );
    assert!(
        v.functions_checked() >= 2,
        "{} functions checked, Go definitions entered: {entered:?}",
        v.functions_checked()
    );
}
