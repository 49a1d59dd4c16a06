//! The full differential check: a module generated from the fuzzer's bytes
//! is compiled and every run line must agree across the interpreter and
//! both entries under the emulator.
#![no_main]

use arbitrary::Unstructured;
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::run::{run_module, RunOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let m = gen_module(&mut u, &ModuleKnobs::default());
    match run_module(&m, &RunOptions::default()) {
        Ok(v) if v.all_agree() => {}
        Ok(v) => panic!("disagreement:\n{}\n{m}", v.report("fuzz")),
        Err(e) => panic!("generated module rejected: {}\n{m}", e.0),
    }
});
