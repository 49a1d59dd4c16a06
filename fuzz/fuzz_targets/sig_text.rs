//! Signature text → parser → assignment, against the oracle's model.
//!
//! Any bytes: the parser must answer (a type or a located error) without
//! panicking; every accepted signature must print back to itself, and the
//! backend's assignment must agree with the independent model under both
//! ABIs. Seeds: corpus/fuzz/sig_text/.
#![no_main]

use janus_backend::{parse_func_type, AbiLayout, RegConfig};
use janus_oracle::check::abi::compare_both;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let sig = match parse_func_type(text) {
        Ok(sig) => sig,
        Err(e) => {
            // Errors are located inside the text.
            assert!(e.pos.line >= 1 && e.pos.column >= 1, "{e}");
            assert!(e.pos.line <= text.matches('\n').count() + 1, "{e}");
            return;
        }
    };
    let Ok(layout) = AbiLayout::analyze(&sig, RegConfig::ABI_INTERNAL) else {
        return;
    };
    // Grouped names can make the printed form exponentially large; the
    // model expands types into trees, so stay with reasonable ones.
    if layout.dump_len() > 1 << 20 {
        return;
    }
    let printed = sig.go_syntax();
    let again = parse_func_type(&printed).unwrap_or_else(|e| panic!("{printed}: {e}"));
    assert_eq!(again, sig, "print/parse round trip: {printed}");
    assert_eq!(layout.dump_len(), layout.dump().len() as u64);
    if let Err(m) = compare_both(&sig) {
        janus_oracle::campaign::fail_with_sig_finding("sig_text", &sig, &m);
    }
});
