//! The compile cache (`janus_backend::cache`) gives exactly what compiling
//! afresh gives, under any names: every corpus module compiled through one
//! cache, again (all hits), and renamed (all hits, equal to a fresh
//! compilation of the renamed module); a change the code depends on (a
//! callee's signature) misses.

use janus_backend::cache::{CacheStats, CompileCache};
use janus_backend::compile::{compile_module, compile_module_with};
use janus_backend::ir::{parse_module, Module};

fn corpus() -> Vec<(String, Module)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/modules");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jir"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let m = parse_module(&std::fs::read_to_string(&p).unwrap()).ok()?;
            // (Modules that do not compile are other tests' business.)
            compile_module(&m).ok()?;
            Some((p.display().to_string(), m))
        })
        .collect()
}

#[test]
fn cached_functions_are_fresh_ones_under_any_names() {
    let modules = corpus();
    assert!(modules.len() > 30, "{} modules", modules.len());
    let mut cache = CompileCache::default();
    let mut functions = 0;
    for (name, m) in &modules {
        let fresh = compile_module(m).unwrap();
        let before = cache.stats;
        let first = compile_module_with(m, Some(&mut cache)).unwrap();
        assert_eq!(first, fresh, "{name}");
        let again = compile_module_with(m, Some(&mut cache)).unwrap();
        assert_eq!(again, fresh, "{name}");
        let n = m.functions.len() as u64;
        functions += n;
        // The second time, every function is a hit.
        let second = cache.stats - before;
        assert!(second.hits >= n, "{name}: {second:?}");
        // Renamed (the names keep their order: itab tables follow it).
        let renamed = m.renamed(&|s| format!("{s}_r"));
        let before = cache.stats;
        let got = compile_module_with(&renamed, Some(&mut cache)).unwrap();
        assert_eq!(got, compile_module(&renamed).unwrap(), "{name} renamed");
        assert_eq!(
            cache.stats - before,
            CacheStats { hits: n, misses: 0 },
            "{name} renamed"
        );
    }
    assert!(functions > 100, "{functions} functions");
}

#[test]
fn a_callee_s_signature_is_part_of_the_key() {
    let text = |ty: &str| {
        format!(
            "internal func g(x {ty}) {ty} {{\nb0:\n    x = param 0, 0\n    ret x\n}}\n\
             internal func f(x int64) int64 {{\nb0:\n    x = param 0, 0\n    y = call internal g(x)\n    ret y\n}}\n"
        )
    };
    let a = parse_module(&text("int64")).unwrap();
    let b = parse_module(&text("uint64")).unwrap();
    let mut cache = CompileCache::default();
    compile_module_with(&a, Some(&mut cache)).unwrap();
    assert_eq!(cache.stats, CacheStats { hits: 0, misses: 2 });
    let got = compile_module_with(&b, Some(&mut cache)).unwrap();
    assert_eq!(got, compile_module(&b).unwrap());
    // g's body and signature changed; f's body did not, its callee's
    // signature did: both miss.
    assert_eq!(cache.stats, CacheStats { hits: 0, misses: 4 });
}
