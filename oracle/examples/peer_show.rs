use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;
fn main() {
    let seed: u64 = std::env::args().nth(1).unwrap().parse().unwrap();
    let m = gen_module(&mut seeded(seed), &ModuleKnobs::default());
    println!("{m}");
    let e = janus_oracle::peer::emit::emit_module(&m, 0, janus_oracle::peer::emit::Flavour::Native)
        .unwrap();
    eprintln!("{}", e.go);
}
