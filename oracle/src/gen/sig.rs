//! Random Go function types, with knobs in the spirit of Go's signature
//! fuzzer: parameter and result counts, struct depth and width, array
//! lengths around the 0/1/2 boundary, zero-size types, every scalar, strings,
//! slices, interfaces, pointer-shaped types, names or no names, and a bias
//! towards signatures sitting at the 9-integer / 15-float register limits.

use super::Entropy;
use janus_backend::types::{Basic, ChanDir, FuncType, Interface, Method, Param, Type};

/// What the signature generator may produce.
#[derive(Clone, Debug)]
pub struct SigKnobs {
    /// Parameters per signature: 0..=max_params.
    pub max_params: u64,
    /// Results per signature: 0..=max_results.
    pub max_results: u64,
    /// How deep composite types nest (struct in array in struct ...).
    pub max_depth: u32,
    /// Fields per struct: 0..=max_fields.
    pub max_fields: u64,
    /// Chance (in %) that a signature is built around a register boundary.
    pub boundary_percent: u64,
    /// Chance (in %) that a parameter list names its parameters, and that
    /// a named list also leaves some unnamed (janus accepts mixed lists).
    pub named_percent: u64,
    pub mixed_percent: u64,
}

impl Default for SigKnobs {
    fn default() -> SigKnobs {
        SigKnobs {
            max_params: 15,
            max_results: 7,
            max_depth: 3,
            max_fields: 5,
            boundary_percent: 25,
            named_percent: 40,
            mixed_percent: 30,
        }
    }
}

impl SigKnobs {
    /// Large signatures: up to 64 parameters and results.
    pub fn stress() -> SigKnobs {
        SigKnobs {
            max_params: 64,
            max_results: 64,
            max_depth: 4,
            max_fields: 8,
            ..SigKnobs::default()
        }
    }

    /// The knobs the `sig_structured` fuzz target uses for `data`: the
    /// stress knobs when its first byte is odd.
    pub fn for_fuzz_input(data: &[u8]) -> SigKnobs {
        if data.first().is_some_and(|b| b & 1 == 1) {
            SigKnobs::stress()
        } else {
            SigKnobs::default()
        }
    }
}

/// Generates one random function type.
pub fn gen_func_type(e: &mut dyn Entropy, k: &SigKnobs) -> FuncType {
    let (params, results) = if e.chance(k.boundary_percent, 100) {
        (boundary_list(e, k), boundary_list(e, k))
    } else {
        let np = e.range(0, k.max_params);
        let nr = e.range(0, k.max_results);
        (
            (0..np).map(|_| gen_type(e, k, k.max_depth)).collect(),
            (0..nr).map(|_| gen_type(e, k, k.max_depth)).collect(),
        )
    };
    let variadic = !params.is_empty() && e.chance(1, 20);
    let mut params = name_list(e, k, params, "p");
    if variadic {
        let last = params.pop().unwrap();
        params.push(Param {
            name: last.name,
            ty: Type::slice(last.ty),
        });
    }
    FuncType {
        params,
        results: name_list(e, k, results, "r"),
        variadic,
    }
}

/// A list that uses almost exactly the integer or float registers: many
/// scalars and small aggregates, so that the 9th/10th integer and the
/// 15th/16th float land around the limit.
fn boundary_list(e: &mut dyn Entropy, k: &SigKnobs) -> Vec<Type> {
    let ints = e.range(7, 11);
    let floats = e.range(13, 17);
    let mut out = Vec::new();
    let (mut i, mut f) = (0, 0);
    while i < ints || f < floats {
        let t = match e.below(8) {
            0 if i + 2 <= ints => {
                i += 2;
                Type::basic(Basic::String)
            }
            1 if f + 2 <= floats => {
                f += 2;
                Type::basic(Basic::Complex128)
            }
            2 => gen_type(e, k, 1),
            3 | 4 if f < floats => {
                f += 1;
                Type::basic(pick(e, &[Basic::Float32, Basic::Float64]))
            }
            _ if i < ints => {
                i += 1;
                Type::basic(pick(e, &INTEGERS))
            }
            _ => {
                f += 1;
                Type::basic(Basic::Float64)
            }
        };
        out.push(t);
    }
    // Shuffle a little so that the boundary falls on different kinds.
    for j in (1..out.len()).rev() {
        let s = e.below(j as u64 + 1) as usize;
        out.swap(j, s);
    }
    out
}

const INTEGERS: [Basic; 14] = [
    Basic::Bool,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Int,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uint,
    Basic::Uintptr,
    Basic::Byte,
    Basic::Rune,
];

fn pick<T: Copy>(e: &mut dyn Entropy, xs: &[T]) -> T {
    xs[e.below(xs.len() as u64) as usize]
}

/// A random type; `depth` bounds further nesting of composites.
pub fn gen_type(e: &mut dyn Entropy, k: &SigKnobs, depth: u32) -> Type {
    // scalar, float/complex, string, slice, iface, pointer-like, array, struct
    let weights: [u32; 8] = if depth == 0 {
        [40, 25, 8, 0, 0, 8, 0, 0]
    } else {
        [30, 18, 8, 5, 6, 8, 10, 15]
    };
    match e.weighted(&weights) {
        0 => Type::basic(pick(e, &INTEGERS)),
        1 => Type::basic(pick(
            e,
            &[
                Basic::Float32,
                Basic::Float64,
                Basic::Complex64,
                Basic::Complex128,
            ],
        )),
        2 => Type::basic(Basic::String),
        3 => Type::slice(gen_type(e, k, depth - 1)),
        4 => gen_interface(e, k),
        5 => gen_pointer_like(e, k, depth),
        6 => {
            let len = match e.below(10) {
                0..=2 => 0,
                3..=5 => 1,
                6 | 7 => 2,
                8 => 3,
                // Long arrays only of small elements, to keep frames small.
                _ if depth == 1 && e.chance(1, 3) => e.range(10, 300),
                _ => e.range(4, 9),
            };
            let elem = gen_type(e, k, depth - 1);
            Type::array(elem, len).expect("generated arrays are small")
        }
        _ => {
            let n = e.range(0, k.max_fields);
            let fields = (0..n)
                .map(|i| {
                    let t = gen_type(e, k, depth - 1);
                    // Embedded fields are only possible for type names.
                    let embeddable = matches!(t.kind(), janus_backend::Kind::Basic(_));
                    let name = if embeddable && e.chance(1, 4) {
                        None
                    } else {
                        Some(format!("f{i}"))
                    };
                    (name, t)
                })
                .collect();
            Type::structure(fields).expect("generated structs are small")
        }
    }
}

fn gen_interface(e: &mut dyn Entropy, k: &SigKnobs) -> Type {
    match e.below(4) {
        0 => Type::empty_interface(),
        1 => janus_backend::parse_type(pick(e, &["any", "error"])).expect("predeclared"),
        _ => {
            // Exported and unexported names: Go sorts exported ones first.
            let mut names = vec!["M", "N", "String", "m", "z"];
            let n = e.range(1, 3) as usize;
            let mut methods: Vec<Method> = (0..n)
                .map(|_| {
                    let name = names.remove(e.below(names.len() as u64) as usize);
                    Method {
                        name: name.to_string(),
                        sig: gen_small_func(e, k),
                    }
                })
                .collect();
            methods.sort_by(|a, b| {
                let key = |m: &Method| (!m.name.starts_with(char::is_uppercase), m.name.clone());
                key(a).cmp(&key(b))
            });
            Type::interface(Interface {
                alias: None,
                methods,
            })
        }
    }
}

/// A small function type (for func values and interface methods): a few
/// scalar or string parameters, sometimes named, sometimes variadic.
fn gen_small_func(e: &mut dyn Entropy, k: &SigKnobs) -> FuncType {
    let leaf = |e: &mut dyn Entropy| gen_type(e, k, 0);
    let params: Vec<Type> = (0..e.below(4)).map(|_| leaf(e)).collect();
    let results: Vec<Type> = (0..e.below(3)).map(|_| leaf(e)).collect();
    let variadic = !params.is_empty() && e.chance(1, 4);
    let mut params = name_list(e, k, params, "a");
    if variadic {
        let last = params.pop().expect("non-empty");
        params.push(Param {
            name: last.name,
            ty: Type::slice(last.ty),
        });
    }
    FuncType {
        params,
        results: name_list(e, k, results, "b"),
        variadic,
    }
}

/// A type that can be a map key (comparable).
fn gen_key(e: &mut dyn Entropy) -> Type {
    match e.below(5) {
        0 => Type::basic(Basic::String),
        1 => Type::array(Type::basic(pick(e, &INTEGERS)), e.range(0, 3)).expect("small"),
        2 => Type::structure(vec![
            (Some("k".into()), Type::basic(Basic::Float64)),
            (None, Type::basic(Basic::Int8)),
        ])
        .expect("small"),
        3 => Type::pointer(Type::basic(Basic::Int)),
        _ => Type::basic(pick(e, &INTEGERS)),
    }
}

/// Pointer-shaped types nested in one another at most this deep. At depth
/// 0 a pointer, map, chan or func still holds a type of depth 0, so such
/// chains (`func(func(func(...)))`) are bounded only by chance, which
/// fuzzer bytes defeat; beyond this they end in `unsafe.Pointer`, far
/// inside the parser's 256 levels.
const MAX_POINTER_CHAIN: u32 = 32;

thread_local! {
    static POINTER_CHAIN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn gen_pointer_like(e: &mut dyn Entropy, k: &SigKnobs, depth: u32) -> Type {
    let chain = POINTER_CHAIN.with(|c| c.get());
    if chain >= MAX_POINTER_CHAIN {
        return Type::basic(Basic::UnsafePointer);
    }
    POINTER_CHAIN.with(|c| c.set(chain + 1));
    let t = gen_pointer_like_inner(e, k, depth);
    POINTER_CHAIN.with(|c| c.set(chain));
    t
}

fn gen_pointer_like_inner(e: &mut dyn Entropy, k: &SigKnobs, depth: u32) -> Type {
    let inner = |e: &mut dyn Entropy| gen_type(e, k, depth.saturating_sub(1));
    match e.below(6) {
        0 | 1 => Type::pointer(inner(e)),
        2 => Type::basic(Basic::UnsafePointer),
        3 => {
            let key = gen_key(e);
            Type::map(key, inner(e))
        }
        4 => {
            let dir = pick(e, &[ChanDir::Both, ChanDir::Send, ChanDir::Recv]);
            let elem = if e.chance(1, 4) {
                // Channels of channels exercise `chan (<-chan T)`.
                Type::chan(
                    pick(e, &[ChanDir::Both, ChanDir::Recv]),
                    Type::basic(Basic::Int),
                )
                .expect("small")
            } else {
                inner(e)
            };
            Type::chan(dir, elem).unwrap_or_else(|_| Type::basic(Basic::UnsafePointer))
        }
        _ => Type::func(gen_small_func(e, k)),
    }
}

/// Names a list: no names, all named (`p0, p1, ...`), or mixed.
fn name_list(e: &mut dyn Entropy, k: &SigKnobs, types: Vec<Type>, prefix: &str) -> Vec<Param> {
    let named = e.chance(k.named_percent, 100);
    let mixed = named && e.chance(k.mixed_percent, 100);
    types
        .into_iter()
        .enumerate()
        .map(|(i, ty)| {
            let name = if named && !(mixed && e.chance(1, 2)) {
                Some(format!("{prefix}{i}"))
            } else {
                None
            };
            Param { name, ty }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::seeded;

    #[test]
    fn deterministic_and_reparsable() {
        let k = SigKnobs::default();
        for seed in 0..300 {
            let a = gen_func_type(&mut seeded(seed), &k);
            let b = gen_func_type(&mut seeded(seed), &k);
            assert_eq!(a, b);
            let text = a.go_syntax();
            let back =
                janus_backend::parse_func_type(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(back, a, "{text}");
        }
    }

    #[test]
    fn boundaries_are_reached() {
        let k = SigKnobs::default();
        let (mut over_int, mut over_float) = (0, 0);
        for seed in 0..500 {
            let f = gen_func_type(&mut seeded(seed), &k);
            let l = janus_backend::AbiLayout::analyze(&f, janus_backend::RegConfig::ABI_INTERNAL)
                .unwrap();
            let regs: Vec<_> = l.params.iter().flat_map(|p| p.regs()).collect();
            over_int += regs.contains(&janus_backend::Reg::Int(8)) as u32;
            over_float += regs.contains(&janus_backend::Reg::Float(14)) as u32;
        }
        assert!(over_int > 50 && over_float > 50, "{over_int} {over_float}");
    }
}

#[cfg(test)]
mod pointer_chain {
    use super::*;

    /// Fuzzer bytes that once chained 300 func types in one another (an
    /// interface method taking a func taking a func ...), beyond what the
    /// parser reads back: the chain now ends within MAX_POINTER_CHAIN.
    #[test]
    fn fuzzer_bytes_cannot_nest_types_beyond_the_parser() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../corpus/fuzz/sig_structured/regression-pointer-chain"
        );
        let data = std::fs::read(path).unwrap();
        let knobs = SigKnobs::for_fuzz_input(&data);
        let sig = gen_func_type(&mut arbitrary::Unstructured::new(&data), &knobs);
        let text = sig.go_syntax();
        janus_backend::parse_func_type(&text).unwrap_or_else(|e| panic!("{e}"));
    }
}
