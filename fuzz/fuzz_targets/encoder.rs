//! The x86-64 encoder against iced-x86: an instruction drawn by the
//! encoder proptest's strategies is either rejected exactly when the
//! checker's statement of the encoder's contract says so, or decodes as
//! exactly the instruction meant (`janus_oracle::check::encoder`).
//!
//! The fuzzer's bytes seed proptest's ChaCha generator (hashed to 32
//! bytes). Not its pass-through generator: that one returns zeros forever
//! once the bytes run out, and uniform sampling by rejection then never
//! ends.
#![no_main]

use janus_oracle::check::encoder::check;
use janus_oracle::gen::inst::any_inst;
use libfuzzer_sys::fuzz_target;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

fuzz_target!(|data: &[u8]| {
    // FNV-1a over the bytes, spread over four words.
    let mut seed = [0u8; 32];
    for (k, chunk) in seed.chunks_mut(8).enumerate() {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ k as u64;
        for &b in data {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        chunk.copy_from_slice(&h.to_le_bytes());
    }
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let Ok(tree) = any_inst().new_tree(&mut runner) else {
        return;
    };
    let inst = tree.current();
    if let Err(e) = check(&inst) {
        panic!("{e}");
    }
});
