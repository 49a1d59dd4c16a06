//! Prints the generated module of a seed (default knobs), as `janus run`
//! reads it: `cargo run --release -p janus-oracle --example genmod -- SEED`
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;

fn main() {
    let seed: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let m = gen_module(&mut seeded(seed), &ModuleKnobs::default());
    print!("{m}");
}
