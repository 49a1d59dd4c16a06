//! The compile cache (`janus_backend::cache`) against compiling afresh: a
//! module generated from the fuzzer's bytes, and a renaming of it drawn
//! from the bytes left (its names permuted among themselves, perhaps
//! suffixed), compiled through one cache, must give exactly what
//! compiling each afresh gives (code bytes, relocations, stack maps, every
//! field), and the renamed module must come out of the cache whole (a hit
//! per function: the key depends on no name). A difference is saved, as
//! the module with the renaming in a comment, under corpus/regressions/
//! before the target panics.
#![no_main]

use arbitrary::Unstructured;
use janus_backend::cache::{CacheStats, CompileCache};
use janus_backend::compile::{compile_module, compile_module_with};
use janus_oracle::campaign::save_fuzz_finding;
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use libfuzzer_sys::fuzz_target;

fn regressions() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/regressions")
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let m = gen_module(&mut u, &ModuleKnobs::default());
    let Ok(fresh) = compile_module(&m) else {
        return;
    };
    // The renaming: names rotated by `shift` among themselves, and
    // suffixed or not.
    let names: Vec<String> = m
        .functions
        .iter()
        .map(|f| f.name.clone())
        .chain(m.externs.iter().map(|x| x.name.clone()))
        .collect();
    let shift = u.int_in_range(0..=names.len().saturating_sub(1)).unwrap_or(0);
    let suffix = if u.arbitrary::<bool>().unwrap_or(false) {
        "_r"
    } else {
        ""
    };
    let rename = |s: &str| match names.iter().position(|n| n == s) {
        Some(i) => format!("{}{suffix}", names[(i + shift) % names.len()]),
        None => s.to_string(),
    };
    let renamed = m.renamed(&rename);
    let mut cache = CompileCache::default();
    let mut failures = Vec::new();
    match compile_module_with(&m, Some(&mut cache)) {
        Ok(got) if got == fresh => {}
        other => failures.push(format!("cached != fresh: {other:?}")),
    }
    let before = cache.stats;
    let fresh_renamed = compile_module(&renamed);
    let got = compile_module_with(&renamed, Some(&mut cache));
    if got != fresh_renamed {
        failures.push(format!(
            "renamed: cached != fresh:\ncached: {got:?}\nfresh:  {fresh_renamed:?}"
        ));
    }
    let n = m.functions.len() as u64;
    if cache.stats - before != (CacheStats { hits: n, misses: 0 }) {
        failures.push(format!(
            "renamed: {:?} for {n} functions (the key depends on a name)",
            cache.stats - before
        ));
    }
    if failures.is_empty() {
        return;
    }
    let detail = format!(
        "renaming: names rotated by {shift}{}\n{}",
        if suffix.is_empty() { "" } else { ", suffixed _r" },
        failures.join("\n")
    );
    let text = m.to_string();
    match save_fuzz_finding(&regressions(), "compile_cache", "jir", &detail, &text) {
        Ok(path) => panic!("compile cache disagrees, saved to {}:\n{detail}", path.display()),
        Err(e) => panic!("compile cache disagrees (NOT SAVED: {e}):\n{detail}\n{text}"),
    }
});
