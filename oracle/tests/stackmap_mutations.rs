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
        runtime: RuntimeMode {
            stack: StackMode::MoveEveryEntry,
            gc_every_safepoint: true,
        },
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
