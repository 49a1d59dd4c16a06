//! Prints the generated module of a seed (default knobs), as `janus run`
//! reads it: `cargo run --release -p janus-oracle --example genmod -- SEED`
//! (to read, with `janus asm`, the code of a function the codesize bench
//! names as `seed N`).
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "1".to_string());
    let Ok(seed) = arg.parse::<u64>() else {
        eprintln!("genmod: the seed must be an unsigned integer, not {arg:?}");
        std::process::exit(2);
    };
    let m = gen_module(&mut seeded(seed), &ModuleKnobs::default());
    // A reader that stops early (`| head`) is not an error.
    use std::io::Write;
    let _ = write!(std::io::stdout().lock(), "{m}");
}
