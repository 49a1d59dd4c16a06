//! Times parsing, verifying, compiling and writing the object of one big
//! module (see `janus_oracle::gen::scale`), for measuring peak memory with
//! `/usr/bin/time -v`:
//!
//! `cargo run --release -p janus-oracle --example scale -- BLOCKS [FUNCTIONS]`

use janus_backend::compile::{alloc_types, compile_module};
use janus_backend::ir::{parse_module, verify_module};
use janus_backend::object::write_object_with_types;
use janus_oracle::gen::scale::scale_module;
use std::time::Instant;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("a count"))
        .collect();
    let blocks = args.first().copied().unwrap_or(100_000);
    let functions = args.get(1).copied().unwrap_or(1);
    let text = scale_module(blocks, functions);
    let t = Instant::now();
    let m = parse_module(&text).unwrap_or_else(|e| panic!("{e}"));
    let parse = t.elapsed();
    let t = Instant::now();
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let verify = t.elapsed();
    let t = Instant::now();
    let compiled = compile_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let compile = t.elapsed();
    let t = Instant::now();
    let elf = write_object_with_types(&compiled, &alloc_types(&m)).expect("object");
    let object = t.elapsed();
    println!(
        "{blocks} blocks in {functions} functions ({} bytes of text, {} of object): parse {:.3} s, verify {:.3} s, compile (verify included) {:.3} s, object {:.3} s",
        text.len(),
        elf.len(),
        parse.as_secs_f64(),
        verify.as_secs_f64(),
        compile.as_secs_f64(),
        object.as_secs_f64()
    );
}
