//! Structured signatures (the campaign generator driven by the fuzzer's
//! bytes) → text → parser → assignment, against the oracle's model.
#![no_main]

use arbitrary::Unstructured;
use janus_backend::parse_func_type;
use janus_oracle::check::abi::compare_both;
use janus_oracle::gen::sig::{gen_func_type, SigKnobs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let knobs = SigKnobs::for_fuzz_input(data);
    let sig = gen_func_type(&mut u, &knobs);
    let text = sig.go_syntax();
    let parsed = parse_func_type(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
    assert_eq!(parsed, sig, "{text}");
    if let Err(m) = compare_both(&sig) {
        janus_oracle::campaign::fail_with_sig_finding("sig_structured", &sig, &m);
    }
});
