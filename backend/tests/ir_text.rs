//! The IR's text form: a hand-written module parses, verifies, prints and
//! reads back to itself; malformed text gives located errors.

use janus_backend::ir::{parse_module, verify_module};

fn corpus(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/modules")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn sum_loop_round_trips() {
    let m = parse_module(&corpus("sum_loop.jir")).unwrap_or_else(|e| panic!("{e}"));
    verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
    let printed = m.to_string();
    let again = parse_module(&printed).unwrap_or_else(|e| panic!("{e}\n{printed}"));
    assert_eq!(again, m, "{printed}");
    assert_eq!(again.to_string(), printed);
    assert_eq!(m.runs.len(), 5);
    println!("{printed}");
}
