//! `cargo bench -p janus-oracle --bench codesize`: janus's code next to Go
//! 1.19's for the same functions, statically (issue 14 item 5, the
//! measure of issue 15).
//!
//! Every corpus module and a fixed set of generated modules (seeds 1 to
//! 100, default knobs) is compiled by janus and, as one Go package, by
//! Go (the Go peer's emitter, `peer::check`); for every function both
//! compiled, instructions (with and without the stack check), spill
//! stores and loads, and frame bytes are measured the same way for both
//! (`peer::codesize`). Prints the geometric means of janus/Go per set,
//! for definitions and for ABI wrappers (and for each direction of
//! wrapper), and the ten worst functions of each kind. Needs Go 1.19
//! (skips with a message without it); the build is cached, so only the
//! first run pays for `go build`.
//!
//! `-- --rows FILE` also writes every function's figures, one per line
//! (tab-separated, with a header), to sort and compare runs with.

use janus_backend::abi::Abi;
use janus_backend::compile::compile_module;
use janus_backend::ir::Module;
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;
use janus_oracle::peer::build::default_cache_dir;
use janus_oracle::peer::check::{executable, function_sizes, FunctionSizes, PeerBatch, SizeMeans};
use janus_oracle::peer::codesize::CodeSize;
use janus_oracle::peer::toolchain::GoToolchain;
use std::path::Path;

/// Generated modules in the fixed set.
const GENERATED: u64 = 100;

fn main() {
    let rows_file = rows_argument();
    let go = match GoToolchain::find() {
        Ok(go) => go,
        Err(e) => {
            eprintln!("codesize bench: skipped: {e}");
            return;
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut names: Vec<String> = Vec::new();
    let mut modules: Vec<Module> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join("corpus/modules"))
        .expect("corpus/modules")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jir"))
        .collect();
    files.sort();
    for p in &files {
        let text = std::fs::read_to_string(p).expect("corpus module");
        let m = janus_oracle::run::load_module(&text).unwrap_or_else(|e| {
            eprintln!("codesize bench: {}", e.in_file(&p.display().to_string()));
            std::process::exit(2)
        });
        names.push(p.file_name().unwrap().to_string_lossy().into_owned());
        modules.push(m);
    }
    let corpus = modules.len();
    for seed in 1..=GENERATED {
        names.push(format!("seed {seed}"));
        modules.push(gen_module(&mut seeded(seed), &ModuleKnobs::default()));
    }
    let refs: Vec<&Module> = modules.iter().collect();
    let batch = PeerBatch::build(&go, &default_cache_dir(), &refs).unwrap_or_else(|e| {
        eprintln!("codesize bench: {e}");
        std::process::exit(2)
    });
    eprintln!(
        "codesize bench: {} corpus and {GENERATED} generated modules, Go build {}",
        corpus,
        if batch.built.cached {
            "from the cache".to_string()
        } else {
            format!("{:.1} s", batch.build_time.as_secs_f64())
        }
    );
    let exe = executable(&batch).unwrap_or_else(|e| {
        eprintln!("codesize bench: {e}");
        std::process::exit(2)
    });
    let mut sets = [SizeMeans::default(), SizeMeans::default()];
    let mut rows: Vec<(String, FunctionSizes)> = Vec::new();
    let mut skipped = 0;
    for (k, m) in modules.iter().enumerate() {
        let Ok(em) = &batch.emitted[k] else {
            skipped += 1;
            continue;
        };
        let compiled = compile_module(m).unwrap_or_else(|e| {
            eprintln!("codesize bench: {}: {}", names[k], e.message);
            std::process::exit(2)
        });
        let sizes = function_sizes(&compiled, em, &exe).unwrap_or_else(|e| {
            eprintln!("codesize bench: {}: {e}", names[k]);
            std::process::exit(2)
        });
        sets[usize::from(k >= corpus)].add(&sizes);
        rows.extend(sizes.into_iter().map(|s| (names[k].clone(), s)));
    }
    let mut all = sets[0].clone();
    all.merge(&sets[1]);
    println!("code size janus/Go, geometric means (spills and frames as (janus+1)/(Go+1)); {skipped} modules Go could not be emitted for");
    for (what, s) in [("corpus", &sets[0]), ("generated", &sets[1]), ("all", &all)] {
        println!(
            "  {what}:\n    definitions: {}\n    wrappers:    {}",
            s.definitions, s.wrappers
        );
    }
    // Each direction on its own (issue 15 asks for both at 1.0 or less).
    for (what, def) in [
        ("ABI0 wrappers of ABIInternal functions", Abi::Internal),
        ("ABIInternal wrappers of ABI0 functions", Abi::Abi0),
    ] {
        let sizes: Vec<FunctionSizes> = rows
            .iter()
            .filter(|(_, s)| s.abi == def)
            .map(|(_, s)| s.clone())
            .collect();
        println!("  {what} (all):\n    {}", SizeMeans::of(&sizes).wrappers);
    }
    if let Some(path) = &rows_file {
        write_rows(path, &rows);
    }
    let ratio = |p: &(CodeSize, CodeSize)| p.0.instructions as f64 / p.1.instructions.max(1) as f64;
    for (what, pick) in [
        (
            "definitions",
            (|s: &FunctionSizes| s.definition)
                as fn(&FunctionSizes) -> Option<(CodeSize, CodeSize)>,
        ),
        ("wrappers", |s: &FunctionSizes| s.wrapper),
    ] {
        let mut worst: Vec<(f64, &str, &str, (CodeSize, CodeSize))> = rows
            .iter()
            .filter_map(|(m, s)| pick(s).map(|p| (ratio(&p), m.as_str(), s.name.as_str(), p)))
            .collect();
        worst.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)).then(a.2.cmp(b.2)));
        println!("  ten worst {what} by instructions (janus/Go; stack check, spill stores, spill loads, frame):");
        for (r, m, f, (j, g)) in worst.iter().take(10) {
            println!(
                "    {r:5.2}  {m} {f}: {}/{} ({}/{}, {}/{}, {}/{}, {}/{})",
                j.instructions,
                g.instructions,
                j.stack_check,
                g.stack_check,
                j.spill_stores,
                g.spill_stores,
                j.spill_loads,
                g.spill_loads,
                j.frame_size,
                g.frame_size
            );
        }
    }
}

/// The file named by `--rows FILE`, if any (other arguments, such as the
/// `--bench` cargo passes, are ignored).
fn rows_argument() -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    let at = args.iter().position(|a| a == "--rows")?;
    match args.get(at + 1) {
        Some(path) => Some(path.clone()),
        None => {
            eprintln!("codesize bench: --rows needs a file name");
            std::process::exit(2)
        }
    }
}

/// Every function's janus and Go figures, one line per entry kind.
fn write_rows(path: &str, rows: &[(String, FunctionSizes)]) {
    use std::fmt::Write as _;
    let mut out = String::from(
        "module\tfunction\tkind\tratio\tinstructions\tgo_instructions\tstack_check\tgo_stack_check\tspill_stores\tgo_spill_stores\tspill_loads\tgo_spill_loads\tframe\tgo_frame\n",
    );
    for (module, s) in rows {
        for (kind, pair) in [("definition", s.definition), ("wrapper", s.wrapper)] {
            let Some((j, g)) = pair else { continue };
            let _ = writeln!(
                out,
                "{module}\t{}\t{kind}\t{:.3}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                s.name,
                j.instructions as f64 / g.instructions.max(1) as f64,
                j.instructions,
                g.instructions,
                j.stack_check,
                g.stack_check,
                j.spill_stores,
                g.spill_stores,
                j.spill_loads,
                g.spill_loads,
                j.frame_size,
                g.frame_size
            );
        }
    }
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("codesize bench: {path}: {e}");
        std::process::exit(2)
    }
}
