//! IR text: any text either fails to parse with a located error, or parses
//! to a module that prints and parses back to itself.
#![no_main]

use janus_backend::ir::parse_module;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let m = match parse_module(text) {
        Ok(m) => m,
        Err(e) => {
            assert!(e.pos.line >= 1 && e.pos.column >= 1, "{e}");
            return;
        }
    };
    let printed = m.to_string();
    let again = parse_module(&printed).unwrap_or_else(|e| panic!("{e}\n{printed}"));
    assert_eq!(again, m, "print/parse round trip:\n{printed}");
});
