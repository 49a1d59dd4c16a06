//! The full differential check: a module generated from the fuzzer's bytes
//! is compiled and every run line must agree across the interpreter and
//! both entries under the emulator, in all four runtime modes. A disagreement is saved, before the
//! target panics, as a readable module under corpus/regressions/ (which
//! `janus run` and `cargo test` replay).
#![no_main]

use arbitrary::Unstructured;
use janus_oracle::campaign::{campaign_options, save_fuzz_finding};
use janus_oracle::exec::RuntimeMode;
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::run::run_module;
use libfuzzer_sys::fuzz_target;

fn regressions() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/regressions")
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let m = gen_module(&mut u, &ModuleKnobs::default());
    let opts = campaign_options(&RuntimeMode::ALL);
    let detail = match run_module(&m, &opts) {
        Ok(v) if v.all_agree() => return,
        Ok(v) => v.report("fuzz"),
        Err(e) => format!("generated module rejected: {e}"),
    };
    let text = m.to_string();
    match save_fuzz_finding(&regressions(), "differential", "jir", &detail, &text) {
        Ok(path) => panic!("disagreement, saved to {}:\n{detail}", path.display()),
        Err(e) => panic!("disagreement (NOT SAVED: {e}):\n{detail}\n{text}"),
    }
});
