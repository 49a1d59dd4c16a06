//! The compile cache: compiled functions kept by a hash of everything
//! their code depends on, and nothing else — not their own name, nor the
//! names of the functions they refer to. Minimisation candidates, corpus
//! replays, proptest shrinking and the Go peer's second compilation of a
//! module reuse what was compiled, under any names.
//!
//! A function's key hashes its canonical form: the function with its own
//! name and every name it refers to (callees, func values, closures, itab
//! methods) replaced by its index in order of first reference, and for
//! each referenced name what the backend reads of it (a function's or an
//! extern's ABI, signature and context type), the indices of the module's
//! type and itab tables its code embeds, and whether a nosplit function
//! calls its wrapper (which then keeps its stack check). What the cache
//! returns is the compiled function with every symbol made from a name
//! (entries, func values, itabs) made again from the names of the
//! function asking: the names are resolved when the function is taken
//! out, as a linker resolves symbols.
//!
//! Errors are not cached: a function that does not compile is compiled
//! again, so its message names it. A planted bug (the `inject` feature)
//! is part of the key; while `ipa-homed-args`, which reads callees'
//! bodies, is active, nothing is cached.
//!
//! `fuzz/fuzz_targets/compile_cache.rs` checks that what comes out of the
//! cache is exactly what compiling afresh gives, over arbitrary modules
//! and renamings of them.

use crate::compile::{CompileError, CompiledFunction};
use crate::ir::{Function, Module, Op};
use crate::isa::x64::vcode::{entry_symbol, funcval_symbol, itab_symbol};
use crate::isa::x64::Symbol;
use crate::types::Type;
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// A function's key: SHA-256 of its canonical form.
type Key = [u8; 32];

/// How a symbol in a cached function's code is made again: from the name
/// of reference `k` (0 is the function itself), or as it is.
#[derive(Clone, Debug)]
enum SymbolFrom {
    Fixed(String),
    Entry(usize, crate::abi::Abi),
    FuncVal(usize),
    /// The module's itab `k` with these references as its methods.
    Itab(usize, Vec<usize>),
}

#[derive(Clone, Debug)]
struct Cached {
    compiled: CompiledFunction,
    /// Each relocation's symbol, entry by entry, relocation by relocation.
    symbols: Vec<Vec<SymbolFrom>>,
}

/// Hits and misses so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
}

impl std::ops::Sub for CacheStats {
    type Output = CacheStats;
    fn sub(self, o: CacheStats) -> CacheStats {
        CacheStats {
            hits: self.hits - o.hits,
            misses: self.misses - o.misses,
        }
    }
}

/// Compiled functions by key, at most [`CompileCache::capacity`] of them
/// (when full, it starts over: campaigns reuse recent work, the
/// minimisation of the case at hand).
#[derive(Debug)]
pub struct CompileCache {
    map: FxHashMap<Key, Cached>,
    capacity: usize,
    pub stats: CacheStats,
}

impl Default for CompileCache {
    fn default() -> CompileCache {
        CompileCache::new(4096)
    }
}

/// The names a function refers to, in order of first reference, itself
/// first; and the itabs it makes, as (index in the module's table,
/// references).
struct References<'a> {
    names: Vec<&'a str>,
    itabs: Vec<(usize, Vec<usize>)>,
}

impl<'a> References<'a> {
    fn index(&mut self, name: &'a str) -> usize {
        match self.names.iter().position(|n| *n == name) {
            Some(k) => k,
            None => {
                self.names.push(name);
                self.names.len() - 1
            }
        }
    }
}

impl CompileCache {
    pub fn new(capacity: usize) -> CompileCache {
        CompileCache {
            map: FxHashMap::default(),
            capacity: capacity.max(1),
            stats: CacheStats::default(),
        }
    }

    /// Functions held.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// `f` of `m` compiled, from the cache if it holds it, else by
    /// `compile` (and then kept).
    pub fn get_or_compile(
        &mut self,
        m: &Module,
        f: &Function,
        types: &[Type],
        needs_check: bool,
        compile: impl FnOnce() -> Result<CompiledFunction, CompileError>,
    ) -> Result<CompiledFunction, CompileError> {
        #[cfg(feature = "inject")]
        if crate::inject::active(crate::inject::Bug::IpaHomedArgs) {
            return compile();
        }
        let (key, refs) = key(m, f, types, needs_check);
        if let Some(c) = self.map.get(&key) {
            self.stats.hits += 1;
            return Ok(instantiate(c, f, &refs));
        }
        self.stats.misses += 1;
        let compiled = compile()?;
        if let Some(symbols) = templates(&compiled, &refs) {
            if self.map.len() >= self.capacity {
                self.map.clear();
            }
            self.map.insert(
                key,
                Cached {
                    compiled: compiled.clone(),
                    symbols,
                },
            );
        }
        Ok(compiled)
    }
}

/// Feeds formatted text to a hash.
struct HashWriter<'a>(&'a mut Sha256);

impl std::fmt::Write for HashWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// `f`'s key and references (see the module documentation).
fn key<'a>(
    m: &'a Module,
    f: &'a Function,
    types: &[Type],
    needs_check: bool,
) -> (Key, References<'a>) {
    let mut refs = References {
        names: vec![f.name.as_str()],
        itabs: Vec::new(),
    };
    let mut h = Sha256::new();
    let mut w = HashWriter(&mut h);
    #[cfg(feature = "inject")]
    let _ = write!(w, "planted {:?} ", crate::inject::selected());
    // The function without its names (and without its source map, which
    // only messages read).
    let _ = write!(
        w,
        "{:?} nosplit {} check {needs_check} context {:?} sig ",
        f.abi, f.nosplit, f.context
    );
    for p in f.sig.params.iter().chain(&f.sig.results) {
        let _ = write!(w, "{} ", p.ty);
    }
    let _ = write!(
        w,
        "| {} results | slots {:?} | values {:?}",
        f.sig.params.len(),
        f.slots,
        f.value_types
    );
    let mut itab_table = None;
    for b in &f.blocks {
        let _ = write!(w, "\nblock {:?} {:?}", b.params, b.term);
        for i in &b.insts {
            let _ = write!(w, "\n{:?} = ", i.results.as_slice());
            match &i.op {
                Op::Call {
                    callee,
                    entry,
                    args,
                } => {
                    let k = refs.index(callee);
                    let _ = write!(w, "call #{k} {entry:?} {args:?}");
                }
                Op::FuncVal { func } => {
                    let k = refs.index(func);
                    let _ = write!(w, "funcval #{k}");
                }
                Op::Closure { func, args } => {
                    let k = refs.index(func);
                    let _ = write!(w, "closure #{k} {args:?}");
                    // The closure object's type is in the type table.
                    if let Some(ctx) = m.function(func).and_then(|g| g.context.as_ref()) {
                        let ty = crate::compile::closure_alloc_type(ctx);
                        let _ = write!(w, " type {:?}", types.iter().position(|t| *t == ty));
                    }
                }
                Op::Itab { methods } => {
                    let ks: Vec<usize> = methods.iter().map(|n| refs.index(n)).collect();
                    let table = itab_table.get_or_insert_with(|| crate::ir::itab_table(m));
                    let at = table.iter().position(|t| t == methods);
                    let _ = write!(w, "itab {ks:?} at {at:?}");
                    if let Some(at) = at {
                        refs.itabs.push((at, ks));
                    }
                }
                Op::Alloc { ty } => {
                    let _ = write!(
                        w,
                        "alloc {ty} type {:?}",
                        types.iter().position(|t| t == ty)
                    );
                }
                op => {
                    let _ = write!(w, "{op:?}");
                }
            }
        }
    }
    // What the backend reads of each name referred to.
    for (k, name) in refs.names.iter().enumerate().skip(1) {
        let _ = write!(w, "\n#{k}: ");
        match m.callee(name) {
            Some(c) => {
                let _ = write!(w, "{:?} ", c.abi());
                for p in c.sig().params.iter().chain(&c.sig().results) {
                    let _ = write!(w, "{} ", p.ty);
                }
                let _ = write!(w, "| {}", c.sig().params.len());
                if let Some(g) = m.function(name) {
                    let _ = write!(w, " function nosplit {} context {:?}", g.nosplit, g.context);
                }
            }
            None => {
                let _ = write!(w, "undefined");
            }
        }
    }
    (h.finalize().into(), refs)
}

/// How each relocation's symbol of `c` is made from `refs`, or `None` when
/// one names something the cache cannot tell apart (it is then not kept).
fn templates(c: &CompiledFunction, refs: &References<'_>) -> Option<Vec<Vec<SymbolFrom>>> {
    use crate::abi::Abi;
    let mut known: FxHashMap<String, SymbolFrom> = FxHashMap::default();
    let mut add = |s: String, from: SymbolFrom| -> bool {
        // Two references making one symbol: ambiguous.
        known.insert(s, from).is_none()
    };
    for (k, name) in refs.names.iter().enumerate() {
        for abi in [Abi::Internal, Abi::Abi0] {
            if !add(entry_symbol(name, abi), SymbolFrom::Entry(k, abi)) {
                return None;
            }
        }
        if !add(funcval_symbol(name), SymbolFrom::FuncVal(k)) {
            return None;
        }
    }
    for (at, ks) in &refs.itabs {
        let methods: Vec<String> = ks.iter().map(|&k| refs.names[k].to_string()).collect();
        // (The same itab made twice makes the same symbol.)
        known.insert(
            itab_symbol(*at, &methods),
            SymbolFrom::Itab(*at, ks.clone()),
        );
    }
    let mut out = Vec::new();
    for e in &c.entries {
        let mut symbols = Vec::new();
        for r in &e.code.relocs {
            symbols.push(
                known
                    .get(&r.symbol.0)
                    .cloned()
                    .unwrap_or_else(|| SymbolFrom::Fixed(r.symbol.0.clone())),
            );
        }
        out.push(symbols);
    }
    Some(out)
}

/// The cached function `c` as function `func`, whose references are
/// `refs`: its names, and its signature as written (parameter names, which
/// the code does not depend on, included).
fn instantiate(c: &Cached, func: &Function, refs: &References<'_>) -> CompiledFunction {
    let mut f = c.compiled.clone();
    let name = |k: usize| refs.names[k];
    f.name = name(0).to_string();
    f.sig = func.sig.clone();
    for (e, symbols) in f.entries.iter_mut().zip(&c.symbols) {
        e.symbol = entry_symbol(name(0), e.abi);
        for (r, from) in e.code.relocs.iter_mut().zip(symbols) {
            r.symbol = Symbol(match from {
                SymbolFrom::Fixed(s) => s.clone(),
                SymbolFrom::Entry(k, abi) => entry_symbol(name(*k), *abi),
                SymbolFrom::FuncVal(k) => funcval_symbol(name(*k)),
                SymbolFrom::Itab(at, ks) => {
                    let methods: Vec<String> = ks.iter().map(|&k| name(k).to_string()).collect();
                    itab_symbol(*at, &methods)
                }
            });
        }
    }
    f
}
