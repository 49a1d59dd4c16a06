//! insta snapshots of emitted assembly, for `cargo insta review`: the
//! listing (`janus asm`) of a function per ABI boundary worth reviewing,
//! defined in each ABI, so both wrapper directions are shown. Any change
//! in emitted code shows up here as a snapshot diff.
//!
//! The bodies are minimal (every result leaf a constant): the interest is
//! in the prologues, the parameter handling and the wrappers.

use janus_backend::compile::{alloc_types, compile_module};
use janus_backend::ir::{leaves, parse_module, Ty};
use janus_backend::object::write_object_with_types;
use janus_backend::parse_func_type;

/// (name, signature): one per register/stack boundary.
const CURATED: &[(&str, &str)] = &[
    ("one_int", "func(a int64) int64"),
    ("nine_ints", "func(a, b, c, d, e, f, g, h, i int64) int64"),
    ("ten_ints", "func(a, b, c, d, e, f, g, h, i, j int64) int64"),
    ("fifteen_floats", "func(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o float64) float64"),
    ("sixteen_floats", "func(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p float64) float64"),
    ("string_at_boundary", "func(a, b, c, d, e, f, g, h int64, s string, x int64)"),
    ("complex_at_boundary", "func(a, b, c, d, e, f, g, h, i, j, k, l, m, n float64, z complex128, y float32)"),
    ("mixed_struct", "func(s struct { a int8; b float64; c string }, t [1]complex64) (struct { x int32; y float32 }, bool)"),
    ("zero_size_and_len1", "func(a struct{}, b [0]int64, c [1]int32, d struct { x int64; y struct{} }) [1]float64"),
    ("stack_aggregates", "func(a [2]int64, s []string, i interface{ M() }) ([3]int16, error)"),
    ("many_results", "func() (int64, int64, int64, int64, int64, int64, int64, int64, int64, int64, string)"),
    ("narrow_ints", "func(a int8, b uint16, c int32, d bool, e byte) (int8, uint16)"),
];

/// A module defining `name` with `sig` in both ABIs (`name_i`, `name_0`).
fn module(name: &str, sig: &str) -> String {
    let ft = parse_func_type(sig).expect("curated signatures parse");
    let mut body = String::from("b0:\n");
    let mut rets = Vec::new();
    for (k, l) in ft.results.iter().flat_map(|r| leaves(&r.ty)).enumerate() {
        let v = format!("r{k}");
        let op = match l.ty {
            Ty::Ptr => "nil".to_string(),
            Ty::F32 | Ty::F64 => format!("fconst.{} 1.5", l.ty),
            t => format!("iconst.{t} 7"),
        };
        body += &format!("    {v} = {op}\n");
        rets.push(v);
    }
    body += &format!("    ret {}\n", rets.join(", "));
    let rest = sig.strip_prefix("func").expect("a func type");
    format!("internal func {name}_i{rest} {{\n{body}}}\n\nabi0 func {name}_0{rest} {{\n{body}}}\n")
}

#[test]
fn curated_listings() {
    for (name, sig) in CURATED {
        let text = module(name, sig);
        let m = parse_module(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        let funcs = compile_module(&m).unwrap_or_else(|e| panic!("{name}: {e}"));
        let elf = write_object_with_types(&funcs, &alloc_types(&m)).unwrap();
        let listing = janus_oracle::listing::listing(&elf).unwrap();
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
            description => *sig,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(*name, listing);
        });
    }
}
