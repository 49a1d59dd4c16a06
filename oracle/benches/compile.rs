//! The backend's compile time, on a fixed workload: the hand-written
//! modules under corpus/modules/ and 300 generated modules (default knobs,
//! seeds 0..300). Each round parses every module's text, compiles it (both
//! entries of every function: verify, lower, allocate, emit) and writes its
//! ELF object; a phase's figure is its fastest round (the least disturbed
//! by the rest of the machine), with the median beside it.
//!
//! Each workload's line ends with a digest of what the backend made of it
//! (code, relocations, stack maps and every other field of the compiled
//! functions): two builds that print the same digest made the same code,
//! which is how a change meant only to make compiling faster is checked.
//!
//! A "scale" section then times one big module (one function of 50,000
//! and of 100,000 blocks, `janus_oracle::gen::scale`) through the same
//! phases, verify apart, once each, per block: the two sizes' figures
//! should be about the same when every phase is close to linear.
//!
//! `cargo bench -p janus-oracle --bench compile [-- --rounds N]`

mod common;

use janus_backend::compile::{alloc_types, compile_module};
use janus_backend::ir::{parse_module, verify_module};
use janus_backend::object::write_object_with_types;
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::scale::scale_module;
use janus_oracle::gen::seeded;
use sha2::{Digest, Sha256};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Generated modules in the workload.
const GENERATED: u64 = 300;

struct Workload {
    name: &'static str,
    texts: Vec<String>,
}

/// One round's time per phase.
#[derive(Clone, Copy, Default)]
struct Round {
    parse: Duration,
    compile: Duration,
    object: Duration,
}

fn corpus() -> Result<Workload, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/modules");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jir"))
        .collect();
    paths.sort();
    let mut texts = Vec::new();
    for p in paths {
        texts.push(std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    Ok(Workload {
        name: "corpus/modules",
        texts,
    })
}

fn generated() -> Workload {
    let texts = (0..GENERATED)
        .map(|s| gen_module(&mut seeded(s), &ModuleKnobs::default()).to_string())
        .collect();
    Workload {
        name: "generated (default knobs)",
        texts,
    }
}

/// Runs one round over `w`; the size of what was compiled comes back too:
/// (IR instructions, machine code bytes), and with `digest` the output
/// hashed into it (outside the timed phases).
fn round(w: &Workload, mut digest: Option<&mut Sha256>) -> Result<(Round, (u64, u64)), String> {
    let mut r = Round::default();
    let (mut insts, mut bytes) = (0u64, 0u64);
    for (i, text) in w.texts.iter().enumerate() {
        let t = Instant::now();
        let m = parse_module(text).map_err(|e| format!("{} #{i}: {e}", w.name))?;
        r.parse += t.elapsed();
        let t = Instant::now();
        let compiled = compile_module(&m).map_err(|e| format!("{} #{i}: {e}", w.name))?;
        r.compile += t.elapsed();
        let t = Instant::now();
        let elf = write_object_with_types(&compiled, &alloc_types(&m))
            .map_err(|e| format!("{} #{i}: object: {e}", w.name))?;
        r.object += t.elapsed();
        black_box(elf);
        if let Some(d) = digest.as_deref_mut() {
            d.update(format!("{compiled:?}").as_bytes());
        }
        insts += m
            .functions
            .iter()
            .flat_map(|f| &f.blocks)
            .map(|b| b.insts.len() as u64)
            .sum::<u64>();
        bytes += compiled
            .iter()
            .flat_map(|f| &f.entries)
            .map(|e| e.code.bytes.len() as u64)
            .sum::<u64>();
    }
    Ok((r, (insts, bytes)))
}

fn report(w: &Workload, rounds: usize) -> Result<(), String> {
    let mut all = Vec::new();
    let mut size = (0, 0);
    let mut digest = Sha256::new();
    for k in 0..rounds {
        let (r, s) = round(w, (k == 0).then_some(&mut digest))?;
        all.push(r);
        size = s;
    }
    let n = w.texts.len() as f64;
    let digest: String = digest.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!(
        "{}: {} modules, {} IR instructions, {} bytes of machine code (output digest {digest})",
        w.name,
        w.texts.len(),
        size.0,
        size.1
    );
    type Phase = (&'static str, fn(&Round) -> Duration);
    let phases: [Phase; 3] = [
        ("parse", |r| r.parse),
        ("compile", |r| r.compile),
        ("object", |r| r.object),
    ];
    for (name, get) in phases {
        let mut ts: Vec<Duration> = all.iter().map(get).collect();
        ts.sort();
        let (best, median) = (ts[0], ts[ts.len() / 2]);
        let per_module = best.as_secs_f64() * 1e6 / n;
        let per_inst = best.as_secs_f64() * 1e9 / size.0.max(1) as f64;
        println!(
            "  {name:8} {:9.3} ms per round (median {:9.3}), {per_module:8.1} us per module, {per_inst:6.0} ns per IR instruction",
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
        );
    }
    Ok(())
}

/// Blocks of the big modules of the scale section.
const SCALE_SIZES: [usize; 2] = [50_000, 100_000];

/// Times one big module of `blocks` blocks: parse, verify, compile (which
/// verifies again), object, each per block.
fn scale(blocks: usize) -> Result<(), String> {
    let text = scale_module(blocks, 1);
    let t = Instant::now();
    let m = parse_module(&text).map_err(|e| format!("scale {blocks}: {e}"))?;
    let parse = t.elapsed();
    let t = Instant::now();
    verify_module(&m).map_err(|e| format!("scale {blocks}: {e}"))?;
    let verify = t.elapsed();
    let t = Instant::now();
    let compiled = compile_module(&m).map_err(|e| format!("scale {blocks}: {e}"))?;
    let compile = t.elapsed();
    let t = Instant::now();
    let elf = write_object_with_types(&compiled, &alloc_types(&m))
        .map_err(|e| format!("scale {blocks}: object: {e}"))?;
    let object = t.elapsed();
    black_box(elf);
    let n = m.functions.iter().map(|f| f.blocks.len()).sum::<usize>() as f64;
    let per = |d: Duration| d.as_secs_f64() * 1e6 / n;
    println!(
        "  {n:7} blocks: parse {:7.1} ms ({:.2} us/block), verify {:7.1} ms ({:.2} us/block), compile {:7.1} ms ({:.2} us/block), object {:6.1} ms ({:.2} us/block)",
        parse.as_secs_f64() * 1e3,
        per(parse),
        verify.as_secs_f64() * 1e3,
        per(verify),
        compile.as_secs_f64() * 1e3,
        per(compile),
        object.as_secs_f64() * 1e3,
        per(object),
    );
    Ok(())
}

fn main() {
    let rounds = common::rounds("compile");
    println!("backend compile time: fastest of {rounds} rounds, one thread");
    let workloads = match corpus() {
        Ok(c) => vec![c, generated()],
        Err(e) => {
            eprintln!("compile bench: {e}");
            std::process::exit(2);
        }
    };
    for w in &workloads {
        if let Err(e) = report(w, rounds) {
            eprintln!("compile bench: {e}");
            std::process::exit(1);
        }
    }
    println!("scale: one function of a chain of diamonds, once per size");
    for blocks in SCALE_SIZES {
        if let Err(e) = scale(blocks) {
            eprintln!("compile bench: {e}");
            std::process::exit(1);
        }
    }
}
