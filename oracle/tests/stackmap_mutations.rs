//! The stack maps are proven by the runtime that depends on them: delete
//! one pointer word from one emitted map, or add one word that does not
//! hold a pointer, and some corpus run must notice (a wrong result, a
//! fault in unmapped old stack or heap space, or the runtime's own check
//! that every mapped word holds nil or a valid pointer), with the stack
//! moving at every entry and the collector running at every safepoint.
//!
//! Every mutant of the maps of every corpus module is tried (a couple of
//! minutes); JANUS_MUTATE_QUICK=1 tries only the modules selected below.

mod common;

use janus_backend::compile::{alloc_types, compile_module, CompiledFunction};
use janus_backend::ir::parse_module;
use janus_backend::object::write_object_with_types;
use janus_oracle::exec::RuntimeMode;
use janus_oracle::run::{run_object, RunOptions};
use janus_oracle::runtime::StackMode;

/// Modules whose pointers move through every kind of stack word.
const SELECTED: &[&str] = &[
    "heap_list.jir",
    "deep_recursion.jir",
    "slot_pointer_cells.jir",
    "closures_funcvals.jir",
    "method_calls.jir",
];

#[derive(Debug, Clone)]
enum Mutation {
    /// Remove a word from a frame (`true`) or argument (`false`) map.
    Delete {
        entry: usize,
        safepoint: usize,
        frame: bool,
        index: usize,
    },
    /// Add a frame word that the map does not list (a non-pointer word).
    Add {
        entry: usize,
        safepoint: usize,
        word: i32,
    },
}

fn mutants(funcs: &[CompiledFunction]) -> Vec<Mutation> {
    let mut out = Vec::new();
    let entries: Vec<_> = funcs.iter().flat_map(|f| &f.entries).collect();
    for (e, entry) in entries.iter().enumerate() {
        for (s, sp) in entry.safepoints.iter().enumerate() {
            for index in 0..sp.frame.len() {
                out.push(Mutation::Delete {
                    entry: e,
                    safepoint: s,
                    frame: true,
                    index,
                });
            }
            for index in 0..sp.args.len() {
                out.push(Mutation::Delete {
                    entry: e,
                    safepoint: s,
                    frame: false,
                    index,
                });
            }
            // Every frame word holding a live non-pointer value.
            for &word in &sp.scalars {
                out.push(Mutation::Add {
                    entry: e,
                    safepoint: s,
                    word,
                });
            }
        }
    }
    out
}

fn apply(funcs: &[CompiledFunction], m: &Mutation) -> Vec<CompiledFunction> {
    let mut funcs = funcs.to_vec();
    let mut entries: Vec<&mut janus_backend::compile::CompiledEntry> = funcs
        .iter_mut()
        .flat_map(|f| f.entries.iter_mut())
        .collect();
    match *m {
        Mutation::Delete {
            entry,
            safepoint,
            frame,
            index,
        } => {
            let sp = &mut entries[entry].safepoints[safepoint];
            if frame {
                sp.frame.remove(index);
            } else {
                sp.args.remove(index);
            }
        }
        Mutation::Add {
            entry,
            safepoint,
            word,
        } => entries[entry].safepoints[safepoint].frame.push(word),
    }
    funcs
}

#[test]
fn every_stack_map_mutation_is_caught() {
    let all = std::env::var("JANUS_MUTATE_QUICK").as_deref() != Ok("1");
    let dir = common::repo().join("corpus/modules");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "jir"));
    files.retain(|p| all || SELECTED.iter().any(|s| p.ends_with(s)));
    files.sort();
    assert!(!files.is_empty());
    let opts = RunOptions {
        modes: vec![RuntimeMode {
            stack: StackMode::MoveEveryEntry,
            gc_every_safepoint: true,
        }],
        ..RunOptions::default()
    };
    let (mut tried, mut caught) = (0, 0);
    let mut missed = Vec::new();
    for f in &files {
        let m = parse_module(&std::fs::read_to_string(f).unwrap()).unwrap();
        let funcs = compile_module(&m).unwrap();
        let types = alloc_types(&m);
        for mutation in mutants(&funcs) {
            let elf = write_object_with_types(&apply(&funcs, &mutation), &types).unwrap();
            tried += 1;
            match run_object(&m, &elf, &opts) {
                Ok(v) if v.all_agree() => {
                    let entries: Vec<_> = funcs.iter().flat_map(|f| &f.entries).collect();
                    let (e, s) = match mutation {
                        Mutation::Delete {
                            entry, safepoint, ..
                        }
                        | Mutation::Add {
                            entry, safepoint, ..
                        } => (entry, safepoint),
                    };
                    let sp = &entries[e].safepoints[s];
                    missed.push(format!(
                        "{}: {} safepoint ret={} ({}): {mutation:?}",
                        f.display(),
                        entries[e].symbol,
                        sp.ret,
                        sp.kind.token()
                    ))
                }
                _ => caught += 1,
            }
        }
    }
    eprintln!("stack-map mutations: {caught} of {tried} caught");
    assert!(tried > 0);
    assert!(
        missed.is_empty(),
        "{} of {tried} mutations went unnoticed:\n{}",
        missed.len(),
        missed.join("\n")
    );
}

/// `f` keeps scalars live across its calls of `g`, which allocates (a
/// runtime call: a safepoint visit that walks `f`'s frame; over 64 bytes,
/// so that the object is not kept on the stack, though it does not
/// escape). In the first
/// iteration they are 0, which a pointer word may hold (nil); later they
/// are not.
const FRAME_RUNS_ON: &str = "internal func g(n int64) int64 {
b0:
    x = param 0, 0
    box = alloc [9]int64
    store.i64 box, 0, x
    y = load.i64 box, 0
    ret y
}

internal func f(n int64) int64 {
b0:
    n0 = param 0, 0
    z = iconst.i64 0
    jump loop(z, z)
loop(i i64, acc i64):
    k = iconst.i64 1000
    x = mul.i64 i, k
    r = call internal g(i)
    s = add.i64 acc, x
    t = add.i64 s, r
    one = iconst.i64 1
    i1 = add.i64 i, one
    c = slt.i64 i1, n0
    brif c, loop(i1, t), done(t)
done(v i64):
    ret v
}
run f(3)
";

/// The runtime keeps the frames an earlier walk checked and that have not
/// run since; a frame that ran on between two visits (here `f`, between
/// its calls of `g`) must be checked again. Each scalar word of `f`'s call
/// made a pointer word holds 0 at the first visit and something else
/// later: only the later visit can catch it, in the default mode, where
/// nothing moves and no collection runs.
#[test]
fn a_frame_that_ran_since_the_last_visit_is_checked_again() {
    let m = parse_module(FRAME_RUNS_ON).unwrap();
    let funcs = compile_module(&m).unwrap();
    let types = alloc_types(&m);
    let opts = RunOptions::default();
    assert_eq!(opts.modes, [RuntimeMode::DEFAULT]);
    assert_eq!(RuntimeMode::DEFAULT.stack, StackMode::Grow);
    assert!(!RuntimeMode::DEFAULT.gc_every_safepoint);
    let clean = write_object_with_types(&funcs, &types).unwrap();
    assert!(run_object(&m, &clean, &opts).unwrap().all_agree());
    let entries: Vec<_> = funcs.iter().flat_map(|f| &f.entries).collect();
    let e = entries
        .iter()
        .position(|e| e.symbol == "f" && !e.wrapper)
        .unwrap();
    let (s, sp) = entries[e]
        .safepoints
        .iter()
        .enumerate()
        .find(|(_, sp)| sp.kind.token() == "call")
        .expect("f's call of g is a safepoint");
    assert!(!sp.scalars.is_empty(), "f keeps scalars across the call");
    for &word in &sp.scalars {
        let mutation = Mutation::Add {
            entry: e,
            safepoint: s,
            word,
        };
        let elf = write_object_with_types(&apply(&funcs, &mutation), &types).unwrap();
        let v = run_object(&m, &elf, &opts).unwrap();
        assert!(!v.all_agree(), "{mutation:?} went unnoticed: {:?}", v.runs);
    }
}
