//! Random IR modules: functions with random signatures and bodies that read
//! every leaf of every parameter (and through address-taken parameters and
//! pointer parameters), mix them with integer and float arithmetic,
//! conversions, stack slots and loops, call later functions of the module,
//! externs (which the oracle implements) and themselves (bounded
//! recursion) through either entry, some with frames near Go's stack-check
//! thresholds or bigger than the first stack ([`super::frames`]), and fold
//! everything into their results — plus
//! `run` lines with inputs. Every generated module verifies, and the
//! interpreter runs it without blaming the program: pointers handed to a
//! callee are nil or a caller's own parameter of the same type, strings and
//! slices built from nothing are empty, and loads through pointers are
//! guarded by nil and length checks.

use super::sig::{gen_func_type, SigKnobs};
use super::Entropy;
use janus_backend::abi::Abi;
use janus_backend::ir::*;
use janus_backend::types::{Basic, FuncType, Kind, Param, Type};
use smallvec::smallvec;
use std::collections::BTreeMap;

/// What the module generator may produce.
#[derive(Clone, Debug)]
pub struct ModuleKnobs {
    pub max_funcs: u64,
    pub sig: SigKnobs,
    /// Random operations per function (besides reading parameters).
    pub max_ops: u64,
    /// Chance (%) of a loop, of a call to each later function, of an
    /// address-taken parameter, and of an ABI0 definition.
    pub loop_percent: u64,
    pub call_percent: u64,
    pub addr_percent: u64,
    pub abi0_percent: u64,
    /// Chance (%) of each of up to two heap objects, filled before the
    /// calls and read back after them (their pointers live across calls).
    pub alloc_percent: u64,
    /// `run` lines per function.
    pub runs_per_func: u64,
    /// More `run` lines per function (but closures' functions), with every
    /// argument at the edges of its type ([`gen_edge_input`]). None by
    /// default: `run` lines already take edge values half the time, and
    /// with one edge line per function campaigns caught the planted bugs
    /// in as many modules as without (1,808 against 1,804 of 21 bugs x 200
    /// modules, 2026-12-03) for 50% more runs.
    pub edge_runs_per_func: u64,
    /// Chance (%) that a function whose first parameter is an integer
    /// calls itself (bounded: at most three deep).
    pub recursion_percent: u64,
    /// Chance (%) that a run line's interface, unsafe.Pointer, map, chan
    /// or func value is non-nil (`iface(T, v)`, `new(T, v)`): the
    /// collector then moves what their words point to, and stack maps
    /// must cover them.
    pub nonnil_percent: u64,
    /// Chance (%) that a function's frame is sized near one of Go's
    /// stack-check thresholds or beyond the first stack (see
    /// [`super::frames`]).
    pub frame_percent: u64,
    /// Chance (%) of each of up to two closure functions (see
    /// [`gen_closures`]), and that a function makes a closure of each, or
    /// calls a later function through its static func value. 0 generates
    /// exactly the modules of a generator without func values.
    pub closure_percent: u64,
    /// Externs declared (0 to this many, evenly), each defined in either
    /// ABI and called like a later function (chance `call_percent`).
    pub max_externs: u64,
}

impl Default for ModuleKnobs {
    fn default() -> ModuleKnobs {
        ModuleKnobs {
            max_funcs: 4,
            // The signature knobs of Go's own signature fuzzer: 0-15
            // parameters, 0-7 results, composites three deep.
            sig: SigKnobs::default(),
            max_ops: 24,
            loop_percent: 30,
            call_percent: 50,
            addr_percent: 20,
            abi0_percent: 25,
            alloc_percent: 40,
            runs_per_func: 2,
            edge_runs_per_func: 0,
            recursion_percent: 50,
            nonnil_percent: 75,
            frame_percent: 12,
            closure_percent: 40,
            max_externs: 1,
        }
    }
}

/// Generates a module.
pub fn gen_module(e: &mut dyn Entropy, k: &ModuleKnobs) -> Module {
    let n = e.range(1, k.max_funcs.max(1));
    let mut sigs: Vec<FuncType> = (0..n)
        .map(|_| limit_leaves(gen_func_type(e, &k.sig)))
        .collect();
    let abis: Vec<Abi> = (0..n)
        .map(|_| {
            if e.chance(k.abi0_percent, 100) {
                Abi::Abi0
            } else {
                Abi::Internal
            }
        })
        .collect();
    // Closures take the places of the last functions (modules stay the
    // size they were).
    let (closures, n) = gen_closures(e, k, &sigs);
    let (methods, n) = gen_methods(e, k, &sigs[..n as usize]);
    if k.closure_percent > 0 {
        let fixed: Vec<FuncType> = methods.iter().map(|(_, s)| method_sig(s)).collect();
        retype_func_params(e, &mut sigs[..n as usize], &fixed, &closures);
    }
    // Externs: the oracle implements them as Go lets a callee behave
    // (narrow results with garbage above them, every register clobbered).
    let externs: Vec<Extern> = (0..e.below(k.max_externs + 1))
        .map(|i| Extern {
            name: format!("{EXTERN_PREFIX}{i}"),
            sig: extern_sig(gen_func_type(e, &k.sig)),
            abi: if e.chance(1, 2) {
                Abi::Abi0
            } else {
                Abi::Internal
            },
            pos: SrcPos::default(),
        })
        .collect();
    let mut functions = Vec::with_capacity(n as usize);
    for i in 0..n as usize {
        let callees: Vec<(String, FuncType)> = ((i + 1)..n as usize)
            .map(|j| (format!("f{j}"), sigs[j].clone()))
            .chain(externs.iter().map(|x| (x.name.clone(), x.sig.clone())))
            .collect();
        functions.push(gen_function(
            e,
            k,
            format!("f{i}"),
            sigs[i].clone(),
            abis[i],
            &callees,
            &closures,
            None,
        ));
        if !methods.is_empty() && k.closure_percent > 0 {
            let last = functions.len() - 1;
            add_method_calls(e, k, &mut functions[last], &methods);
        }
    }
    // Methods: ordinary functions whose receiver is a `*[2]int64`.
    for (name, sig) in &methods {
        functions.push(gen_function(
            e,
            k,
            name.clone(),
            method_sig(sig),
            Abi::Internal,
            &[],
            &[],
            None,
        ));
    }
    // The closures' own functions: leaves of the call graph (they call
    // only func values their callers hand them), so calls stay bounded;
    // small bodies, as a closure is called more often than a function.
    for c in &closures {
        let leaf = ModuleKnobs {
            recursion_percent: 0,
            loop_percent: 0,
            max_ops: k.max_ops / 4,
            alloc_percent: k.alloc_percent / 2,
            ..k.clone()
        };
        functions.push(gen_function(
            e,
            &leaf,
            c.name.clone(),
            c.sig.clone(),
            Abi::Internal,
            &[],
            &[],
            Some(c.context.clone()),
        ));
    }
    let mut runs = Vec::new();
    // A closure's function is called through func values only (a method
    // is an ordinary function too: run lines call it). The others share
    // the closures' run lines, so that a module has `runs_per_func` per
    // function whatever it holds (a run is cheap once the module's code is
    // translated, and each is a full check).
    let runnable: Vec<&Function> = functions.iter().filter(|f| f.context.is_none()).collect();
    let total = k.runs_per_func as usize * functions.len();
    for (j, f) in runnable.iter().enumerate() {
        let share = total / runnable.len() + usize::from(j < total % runnable.len());
        let edges: Vec<Option<Edge>> = std::iter::repeat_n(None, share)
            .chain((0..k.edge_runs_per_func).map(|_| Some(Edge::ALL[e.below(4) as usize])))
            .collect();
        for edge in edges {
            runs.push(RunSpec {
                func: f.name.clone(),
                args: f
                    .sig
                    .params
                    .iter()
                    .map(|p| match p.ty.kind() {
                        // The function calls a func-typed parameter after a
                        // nil check: a non-nil one must be a real func
                        // value, the static one of a function of exactly
                        // its type if there is one (a closure's function
                        // has none), else nil.
                        Kind::Func(fsig) if k.closure_percent > 0 && call_sized(fsig) => {
                            match plain_of_type(&functions, fsig) {
                                Some(g) => InputValue::FuncVal(g.to_string()),
                                None => InputValue::Nil,
                            }
                        }
                        _ => match edge {
                            None => gen_input(e, &p.ty, 0, k.nonnil_percent),
                            Some(edge) => gen_edge_input(e, &p.ty, 0, edge, k.nonnil_percent),
                        },
                    })
                    .collect(),
                pos: SrcPos::default(),
            });
        }
    }
    Module {
        functions,
        runs,
        externs,
    }
}

/// The first function without a context whose type is exactly `sig`:
/// what a run line may pass as `funcval F` for a parameter of that type.
fn plain_of_type<'f>(functions: &'f [Function], sig: &FuncType) -> Option<&'f str> {
    functions
        .iter()
        .find(|f| f.context.is_none() && f.sig.same_types(sig))
        .map(|f| f.name.as_str())
}

/// Gives func-typed parameters the type of another function three times
/// in four, so that a run line can pass that function's static func value
/// (which the function calls after a nil check): of a function of `sigs`,
/// or of `fixed` (the methods' full signatures, which do not change).
/// Parameters a closure fits keep their type (callers hand the closure
/// on). From the last function back, so that a later signature is final
/// before it is copied; an earlier one only if it has no func-typed
/// parameters (which alone change). Calls stay bounded: only a run line
/// passes such a value, and generated code never hands a func-typed
/// parameter on.
fn retype_func_params(
    e: &mut dyn Entropy,
    sigs: &mut [FuncType],
    fixed: &[FuncType],
    closures: &[ClosureFunc],
) {
    let has_func_param = |s: &FuncType| {
        s.params
            .iter()
            .any(|p| matches!(p.ty.kind(), Kind::Func(_)))
    };
    for i in (0..sigs.len()).rev() {
        let mut targets: Vec<&FuncType> = Vec::new();
        for (j, s) in sigs.iter().enumerate() {
            if j > i || (j < i && !has_func_param(s)) {
                targets.push(s);
            }
        }
        targets.extend(fixed);
        targets.retain(|s| call_sized(s));
        if targets.is_empty() {
            continue;
        }
        let mut retyped = Vec::new();
        for (p, param) in sigs[i].params.iter().enumerate() {
            let Kind::Func(f) = param.ty.kind() else {
                continue;
            };
            if !call_sized(f) || closures.iter().any(|c| c.sig.same_types(f)) || !e.chance(3, 4) {
                continue;
            }
            let to = targets[e.below(targets.len() as u64) as usize];
            retyped.push((p, Type::func(to.clone())));
        }
        for (p, ty) in retyped {
            sigs[i].params[p].ty = ty;
        }
    }
}

/// An extern's signature: the generator's, kept small (at most 6
/// parameters and 4 results of at most 8 leaves each), so that calls to
/// externs cost little more than a call; what makes them worth calling is
/// their kinds of values (narrow and wide integers, floats, aggregates,
/// pointers), not their number.
fn extern_sig(mut sig: FuncType) -> FuncType {
    let small = |p: &Param| leaf_count(&p.ty) <= 8;
    sig.params.retain(small);
    sig.results.retain(small);
    if sig.params.len() > 6 {
        // The variadic parameter, if any, was the last.
        sig.params.truncate(6);
        sig.variadic = false;
    }
    sig.results.truncate(4);
    if sig.params.is_empty() {
        sig.variadic = false;
    }
    sig
}

/// A closure function of the module: its name, signature and context type.
#[derive(Clone, Debug)]
pub struct ClosureFunc {
    pub name: String,
    pub sig: FuncType,
    pub context: Type,
}

/// Up to two closure functions (`c0`, `c1`), each in the place of one of
/// the last functions of `sigs` (the first stays): returns them and how
/// many functions remain. A closure's signature is often that of a
/// func-typed parameter of a remaining function, so that a caller can hand
/// it on (the callee calls it after a nil check), else the signature of
/// the function it replaces; its context captures scalars and pointers to
/// heap objects (`*[2]int64`), which the closure reads on entry and again
/// after its safepoints.
fn gen_closures(
    e: &mut dyn Entropy,
    k: &ModuleKnobs,
    sigs: &[FuncType],
) -> (Vec<ClosureFunc>, u64) {
    let mut n = sigs.len();
    if k.closure_percent == 0 {
        return (Vec::new(), n as u64);
    }
    let mut out = Vec::new();
    for i in 0..2 {
        if n < 2 || !e.chance(k.closure_percent, 100) {
            continue;
        }
        n -= 1;
        // Func-typed parameters of the remaining functions (not the
        // first: no one calls it), small enough to call.
        let wanted: Vec<FuncType> = sigs[1..n]
            .iter()
            .flat_map(|s| &s.params)
            .filter_map(|p| match p.ty.kind() {
                Kind::Func(f) if call_sized(f) => Some((**f).clone()),
                _ => None,
            })
            .collect();
        let sig = if !wanted.is_empty() && e.chance(1, 2) {
            wanted[e.below(wanted.len() as u64) as usize].clone()
        } else {
            sigs[n].clone()
        };
        let box_ty = boxed();
        let mut fields: Vec<(Option<String>, Type)> = Vec::new();
        for j in 0..e.range(1, 4) {
            let ty = match e.below(4) {
                0 | 1 => box_ty.clone(),
                2 => Type::basic(Basic::Float64),
                _ => Type::basic([Basic::Int8, Basic::Int32, Basic::Int64][e.below(3) as usize]),
            };
            fields.push((Some(format!("x{j}")), ty));
        }
        let context = Type::structure(fields).expect("small structs lay out");
        out.push(ClosureFunc {
            name: format!("c{i}"),
            sig,
            context,
        });
    }
    (out, n as u64)
}

/// Up to two methods (`m0`, `m1`), each in the place of one of the last
/// functions of `sigs` (the first stays), with its signature (without the
/// receiver): returns them and how many functions remain.
fn gen_methods(
    e: &mut dyn Entropy,
    k: &ModuleKnobs,
    sigs: &[FuncType],
) -> (Vec<(String, FuncType)>, u64) {
    let mut n = sigs.len();
    let mut out = Vec::new();
    if k.closure_percent == 0 {
        return (out, n as u64);
    }
    for i in 0..2 {
        if n < 2 || !e.chance(k.closure_percent, 100) {
            continue;
        }
        n -= 1;
        let mut sig = sigs[n].clone();
        // Room for the receiver; a plain last parameter (a variadic one's
        // slice type would no longer be last, or there).
        if sig.params.len() >= 15 {
            sig.params.truncate(14);
        }
        sig.variadic = false;
        out.push((format!("m{i}"), sig));
    }
    (out, n as u64)
}

/// A method's signature with its receiver, a `*[2]int64`.
fn method_sig(sig: &FuncType) -> FuncType {
    let mut full = sig.clone();
    // Parameters without names (Go's syntax does not mix named and
    // unnamed ones, and the receiver has none).
    for p in &mut full.params {
        p.name = None;
    }
    full.params.insert(0, Param::new(boxed()));
    full
}

/// At the end of `f`'s entry block: an interface value (an itab of some of
/// `methods`, in a random order, and a fresh receiver) and a call of one
/// of its methods, whose results join the returned values' inputs.
fn add_method_calls(
    e: &mut dyn Entropy,
    k: &ModuleKnobs,
    f: &mut Function,
    methods: &[(String, FuncType)],
) {
    if !e.chance(k.closure_percent, 100) {
        return;
    }
    let mut table: Vec<(String, FuncType)> = Vec::new();
    for _ in 0..e.range(1, 3) {
        let m = &methods[e.below(methods.len() as u64) as usize];
        table.push(m.clone());
    }
    let index = e.below(table.len() as u64) as usize;
    let sig = table[index].1.clone();
    let new = |ty: Ty, f: &mut Function| {
        let v = Value(f.value_types.len() as u32);
        f.value_types.push(ty);
        v
    };
    let mut insts = Vec::new();
    let tab = new(Ty::Ptr, f);
    insts.push(Inst {
        results: smallvec![tab],
        op: Op::Itab {
            methods: table.iter().map(|(m, _)| m.clone()).collect(),
        },
    });
    let obj = new(Ty::Ptr, f);
    insts.push(Inst {
        results: smallvec![obj],
        op: Op::Alloc {
            ty: Type::array(Type::basic(Basic::Int64), 2).expect("[2]int64 lays out"),
        },
    });
    for word in [0, 8] {
        let v = new(Ty::I64, f);
        insts.push(Inst {
            results: smallvec![v],
            op: Op::Iconst {
                ty: Ty::I64,
                bits: e.below(1000),
            },
        });
        insts.push(Inst {
            results: Results::new(),
            op: Op::Store {
                ty: Ty::I64,
                ptr: obj,
                offset: word,
                value: v,
            },
        });
    }
    // Arguments: constants and nil (the method's body folds them in).
    let mut args = Vec::new();
    for l in list_leaves(&sig.params) {
        let v = new(l.ty, f);
        let op = match l.ty {
            Ty::Ptr => Op::Nil,
            t if t.is_float() => Op::Fconst {
                ty: t,
                bits: if t == Ty::F32 {
                    (e.below(100) as f32 * 0.5).to_bits() as u64
                } else {
                    (e.below(100) as f64 * 0.5).to_bits()
                },
            },
            t => Op::Iconst {
                ty: t,
                bits: e.below(100),
            },
        };
        insts.push(Inst {
            results: smallvec![v],
            op,
        });
        args.push(v);
    }
    let results: Vec<Value> = list_leaves(&sig.results)
        .iter()
        .map(|l| new(l.ty, f))
        .collect();
    insts.push(Inst {
        results: Results::from_slice(&results),
        op: Op::CallMethod {
            sig: Box::new(sig),
            itab: tab,
            index: index as u32,
            recv: obj,
            args,
        },
    });
    let entry = &mut f.blocks[0];
    let at = entry.insts.len();
    entry.insts.splice(at..at, insts);
    // The function's results depend on the call: its first integer or
    // float result is mixed into the first returned leaf of that type.
    let mixed = results
        .iter()
        .copied()
        .find(|r| f.ty(*r) != Ty::Ptr)
        .map(|r| (r, f.ty(r)));
    if let Some((r, ty)) = mixed {
        for b in 0..f.blocks.len() {
            let Terminator::Return(vs) = &f.blocks[b].term else {
                continue;
            };
            let Some(k) = vs.iter().position(|v| f.ty(*v) == ty) else {
                continue;
            };
            let old = vs[k];
            let x = new(ty, f);
            let op = if ty.is_float() {
                BinOp::FAdd
            } else {
                BinOp::Xor
            };
            f.blocks[b].insts.push(Inst {
                results: smallvec![x],
                op: Op::Binary {
                    op,
                    ty,
                    a: old,
                    b: r,
                },
            });
            if let Terminator::Return(vs) = &mut f.blocks[b].term {
                vs[k] = x;
            }
        }
    }
    f.canonicalize();
}

/// What a closure's captured pointers point to.
fn boxed() -> Type {
    Type::pointer(Type::array(Type::basic(Basic::Int64), 2).expect("[2]int64 lays out"))
}

/// A func type small enough to call through (the module's own signatures
/// are limited by [`limit_leaves`]; nested ones are not).
fn call_sized(f: &FuncType) -> bool {
    f.params
        .iter()
        .chain(&f.results)
        .all(|p| leaf_count(&p.ty) <= 64)
        && f.params.len() + f.results.len() <= 16
}

/// Keeps signatures to a reasonable number of leaves (arrays multiply them).
fn limit_leaves(mut sig: FuncType) -> FuncType {
    let small = |p: &Param| leaf_count(&p.ty) <= 64;
    sig.params.retain(small);
    sig.results.retain(small);
    if sig.params.is_empty() {
        sig.variadic = false;
    }
    sig
}

/// The dynamic types of generated interfaces, and the pointees of
/// generated unsafe.Pointer, map and chan values: boxed scalars and
/// aggregates, and pointer-shaped types (stored directly in an interface's
/// data word, which is then the pointer itself or nil).
const BOXED_TYPES: [&str; 8] = [
    "int64",
    "[2]int32",
    "string",
    "struct { a int64; p *int64 }",
    "*int64",
    "float64",
    "unsafe.Pointer",
    "struct { p *[2]int64 }",
];

/// The generator names externs `x0`, `x1`, ... and functions `f0`, ...
const EXTERN_PREFIX: &str = "x";

fn is_extern_name(name: &str) -> bool {
    name.starts_with(EXTERN_PREFIX)
}

/// What a non-nil func value points to: a funcval, a code word (zero:
/// nothing calls it) and a closure's captured variable.
const FUNCVAL_TYPE: &str = "struct { fn uintptr; x *int64 }";

thread_local! {
    static BOXED: (Vec<Type>, Type) = (
        BOXED_TYPES
            .iter()
            .map(|t| janus_backend::parse_type(t).expect("a valid type"))
            .collect(),
        janus_backend::parse_type(FUNCVAL_TYPE).expect("a valid type"),
    );
}

/// A non-nil value of pointer-shaped or interface type `t` (`None` for
/// nil: `100 - nonnil_percent` of the time, and always below depth 3).
fn gen_nonnil(
    e: &mut dyn Entropy,
    t: &Type,
    depth: u32,
    nonnil_percent: u64,
) -> Option<InputValue> {
    if depth >= 3 || !e.chance(nonnil_percent, 100) {
        return None;
    }
    let (ty, iface) = BOXED.with(|(boxed, funcval)| match t.kind() {
        Kind::Func(_) => (funcval.clone(), false),
        Kind::Interface(_) => (boxed[e.below(boxed.len() as u64) as usize].clone(), true),
        _ => (boxed[e.below(boxed.len() as u64) as usize].clone(), false),
    });
    let value = Box::new(gen_input(e, &ty, depth + 1, nonnil_percent));
    Some(if iface {
        InputValue::Iface { ty, value }
    } else {
        InputValue::New { ty, value }
    })
}

/// An input value for a parameter of type `t`: edge values often, pointers
/// always non-nil (bodies dereference them after a nil check anyway);
/// interfaces, unsafe.Pointers, maps, chans and funcs non-nil
/// `nonnil_percent` of the time.
pub fn gen_input(e: &mut dyn Entropy, t: &Type, depth: u32, nonnil_percent: u64) -> InputValue {
    let recurse = |e: &mut dyn Entropy, t: &Type| gen_input(e, t, depth + 1, nonnil_percent);
    match t.kind() {
        Kind::Basic(b) => match b {
            Basic::Float32 | Basic::Float64 => gen_float(e),
            Basic::Complex64 | Basic::Complex128 => {
                InputValue::Composite(vec![gen_float(e), gen_float(e)])
            }
            Basic::String => {
                let len = e.below(6) as usize;
                InputValue::Str(
                    (0..len)
                        .map(|_| b"abcxyz\n\x00\xff"[e.below(9) as usize])
                        .collect(),
                )
            }
            Basic::UnsafePointer => {
                gen_nonnil(e, t, depth, nonnil_percent).unwrap_or(InputValue::Nil)
            }
            Basic::Bool => InputValue::Int(e.below(2) as i128),
            _ => {
                let signed = b.is_signed();
                let (lo, hi) = int_range(t.size(), signed);
                InputValue::Int(match e.below(6) {
                    0 => lo,
                    1 => hi,
                    2 => 0,
                    3 if signed => -1,
                    _ => lo + (e.below(1 << 32) as i128 * (hi - lo) / (1i128 << 32)),
                })
            }
        },
        Kind::Pointer(elem) if depth < 3 => InputValue::Addr(Box::new(recurse(e, elem))),
        Kind::Slice(elem) if depth < 3 => {
            InputValue::Composite((0..e.below(4)).map(|_| recurse(e, elem)).collect())
        }
        Kind::Array { len, elem } => {
            InputValue::Composite((0..*len).map(|_| recurse(e, elem)).collect())
        }
        Kind::Struct(fields) => {
            InputValue::Composite(fields.iter().map(|f| recurse(e, &f.ty)).collect())
        }
        Kind::Interface(_) | Kind::Map { .. } | Kind::Chan { .. } | Kind::Func(_) => {
            gen_nonnil(e, t, depth, nonnil_percent).unwrap_or(InputValue::Nil)
        }
        _ => InputValue::Nil,
    }
}

/// Which edge of its type each value of an edge run line takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// Integers at their minimum, floats at the most negative finite
    /// value, strings and slices empty, interfaces and the like nil.
    Low,
    /// Integers at their maximum, floats at the largest finite value,
    /// strings and slices at their longest, interfaces and the like
    /// non-nil.
    High,
    /// Zero everywhere: 0, -0.0, false, empty, nil.
    Zero,
    /// Each value at an edge of its own, drawn from all of the above and
    /// -1, 1, NaN, the infinities and the smallest subnormals.
    Any,
}

impl Edge {
    pub const ALL: [Edge; 4] = [Edge::Low, Edge::High, Edge::Zero, Edge::Any];
}

/// An input value for a parameter of type `t` at an edge of its type (see
/// [`Edge`]): where narrow integers' extension, float bit patterns and the
/// emptiness of strings and slices show. Pointers are non-nil, as in
/// [`gen_input`]; an interface, unsafe.Pointer, map, chan or func is nil
/// at `Low` and `Zero`, non-nil at `High`, and non-nil `nonnil_percent`
/// of the time at `Any`.
pub fn gen_edge_input(
    e: &mut dyn Entropy,
    t: &Type,
    depth: u32,
    edge: Edge,
    nonnil_percent: u64,
) -> InputValue {
    let recurse =
        |e: &mut dyn Entropy, t: &Type| gen_edge_input(e, t, depth + 1, edge, nonnil_percent);
    // At `Any`, each value picks its own edge among `n`.
    let pick = |e: &mut dyn Entropy, n: u64| match edge {
        Edge::Low => 0,
        Edge::High => 1,
        Edge::Zero => 2,
        Edge::Any => e.below(n),
    };
    let nonnil = |e: &mut dyn Entropy| match edge {
        Edge::Low | Edge::Zero => None,
        Edge::High => gen_nonnil(e, t, depth, 100),
        Edge::Any => gen_nonnil(e, t, depth, nonnil_percent),
    };
    match t.kind() {
        Kind::Basic(b) => match b {
            Basic::Float32 | Basic::Float64 | Basic::Complex64 | Basic::Complex128 => {
                let single = matches!(b, Basic::Float32 | Basic::Complex64);
                let (max, tiny) = if single {
                    (f32::MAX as f64, f32::from_bits(1) as f64)
                } else {
                    (f64::MAX, f64::from_bits(1))
                };
                let float = |e: &mut dyn Entropy| {
                    let x = [
                        -max,
                        max,
                        -0.0,
                        f64::NAN,
                        f64::INFINITY,
                        f64::NEG_INFINITY,
                        tiny,
                        -tiny,
                    ][pick(e, 8) as usize];
                    InputValue::Float { bits: x.to_bits() }
                };
                if matches!(b, Basic::Complex64 | Basic::Complex128) {
                    InputValue::Composite(vec![float(e), float(e)])
                } else {
                    float(e)
                }
            }
            Basic::String => match pick(e, 3) {
                1 => InputValue::Str(b"\xff\x00\xff\x00\x7f".to_vec()),
                _ => InputValue::Str(Vec::new()),
            },
            Basic::UnsafePointer => nonnil(e).unwrap_or(InputValue::Nil),
            Basic::Bool => InputValue::Int(i128::from(pick(e, 3) == 1)),
            _ => {
                let signed = b.is_signed();
                let (lo, hi) = int_range(t.size(), signed);
                InputValue::Int(match pick(e, 5) {
                    0 => lo,
                    1 => hi,
                    2 => 0,
                    3 if signed => -1,
                    _ => 1,
                })
            }
        },
        Kind::Pointer(elem) if depth < 3 => InputValue::Addr(Box::new(recurse(e, elem))),
        Kind::Slice(elem) if depth < 3 => {
            let len = if pick(e, 3) == 1 { 3 } else { 0 };
            InputValue::Composite((0..len).map(|_| recurse(e, elem)).collect())
        }
        Kind::Array { len, elem } => {
            InputValue::Composite((0..*len).map(|_| recurse(e, elem)).collect())
        }
        Kind::Struct(fields) => {
            InputValue::Composite(fields.iter().map(|f| recurse(e, &f.ty)).collect())
        }
        Kind::Interface(_) | Kind::Map { .. } | Kind::Chan { .. } | Kind::Func(_) => {
            nonnil(e).unwrap_or(InputValue::Nil)
        }
        _ => InputValue::Nil,
    }
}

/// The smallest and largest value of an integer type of `size` bytes.
fn int_range(size: u64, signed: bool) -> (i128, i128) {
    let bits = size as u32 * 8;
    if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    }
}

fn gen_float(e: &mut dyn Entropy) -> InputValue {
    let x: f64 = match e.below(10) {
        0 => f64::NAN,
        1 => f64::INFINITY,
        2 => -0.0,
        3 => 1e300,
        4 => -1.5e-300,
        _ => (e.below(2001) as f64 - 1000.0) / 8.0,
    };
    InputValue::Float { bits: x.to_bits() }
}

/// Builds one function body.
struct Body<'a> {
    e: &'a mut dyn Entropy,
    f: Function,
    cur: usize,
    insts: Vec<Inst>,
    /// Values available in the current block, by type.
    pool: BTreeMap<Ty, Vec<Value>>,
    /// Pointer parameters' leaves by Go type (safe to pass on or return).
    by_type: Vec<(Type, Vec<Value>)>,
    /// Func values this function made (`closure`, `funcval`), by Go type:
    /// handed on to callees whose parameter has that type.
    made: Vec<(Type, Value)>,
}

impl<'a> Body<'a> {
    fn value(&mut self, ty: Ty) -> Value {
        let v = Value(self.f.value_types.len() as u32);
        self.f.value_types.push(ty);
        v
    }

    /// A call of `callee` through an entry drawn at random, with a fresh
    /// value per result leaf type in `results`.
    fn call(&mut self, callee: String, args: Vec<Value>, results: &[Ty]) -> Vec<Value> {
        let values: Vec<Value> = results.iter().map(|&t| self.value(t)).collect();
        let entry = if self.e.chance(1, 2) {
            Abi::Internal
        } else {
            Abi::Abi0
        };
        self.insts.push(Inst {
            results: Results::from_slice(&values),
            op: Op::Call {
                callee,
                entry,
                args,
            },
        });
        values
    }

    fn emit(&mut self, op: Op, ty: Option<Ty>) -> Option<Value> {
        let r = ty.map(|t| self.value(t));
        self.insts.push(Inst {
            results: r.into_iter().collect(),
            op,
        });
        r
    }

    fn def(&mut self, op: Op, ty: Ty) -> Value {
        let v = self.emit(op, Some(ty)).expect("has a result");
        self.pool.entry(ty).or_default().push(v);
        v
    }

    /// `op.ty a, b`, defined (and pooled).
    fn binary(&mut self, op: BinOp, ty: Ty, a: Value, b: Value) -> Value {
        self.def(Op::Binary { op, ty, a, b }, ty)
    }

    /// `cc.ty a, b` (an i8), defined (and pooled).
    fn icmp(&mut self, cc: IntCC, ty: Ty, a: Value, b: Value) -> Value {
        self.def(Op::Icmp { cc, ty, a, b }, Ty::I8)
    }

    fn iconst(&mut self, ty: Ty, v: i64) -> Value {
        let bits = (v as u64)
            & if ty.bits() == 64 {
                u64::MAX
            } else {
                (1 << ty.bits()) - 1
            };
        self.def(Op::Iconst { ty, bits }, ty)
    }

    /// Ends the current block and starts a new (empty) one.
    fn finish_block(&mut self, term: Terminator, params: Vec<Value>) {
        let insts = std::mem::take(&mut self.insts);
        self.f.blocks[self.cur].insts = insts;
        self.f.blocks[self.cur].term = term;
        self.f.blocks.push(BlockData {
            params,
            insts: Vec::new(),
            term: Terminator::Return(Vec::new()),
        });
        self.cur = self.f.blocks.len() - 1;
    }

    fn new_block_id(&self) -> Block {
        Block(self.f.blocks.len() as u32)
    }

    /// Some value of type `ty`: from the pool, converted from another type,
    /// or a constant.
    fn any(&mut self, ty: Ty) -> Value {
        if ty == Ty::Ptr {
            return self.def(Op::Nil, Ty::Ptr);
        }
        let choice = self.e.below(4);
        if let Some(vs) = self.pool.get(&ty).filter(|vs| !vs.is_empty() && choice < 2) {
            let v = vs[self.e.below(vs.len() as u64) as usize];
            return v;
        }
        // Convert some other scalar.
        let others: Vec<(Ty, Value)> = self
            .pool
            .iter()
            .filter(|(t, _)| **t != Ty::Ptr && **t != ty)
            .flat_map(|(t, vs)| vs.iter().map(move |v| (*t, *v)))
            .collect();
        if !others.is_empty() && choice < 3 {
            let (from, v) = others[self.e.below(others.len() as u64) as usize];
            return self.convert(v, from, ty);
        }
        if ty.is_float() {
            let x = (self.e.below(200) as f64 - 100.0) * 0.75;
            let bits = if ty == Ty::F32 {
                (x as f32).to_bits() as u64
            } else {
                x.to_bits()
            };
            return self.def(Op::Fconst { ty, bits }, ty);
        }
        let v = self.e.below(1000) as i64 - 500;
        self.iconst(ty, v)
    }

    fn convert(&mut self, v: Value, from: Ty, to: Ty) -> Value {
        if from == to {
            return v;
        }
        let op = match (from.is_int(), to.is_int()) {
            (true, true) if from.bytes() > to.bytes() => ConvOp::Trunc,
            (true, true) => {
                if self.e.chance(1, 2) {
                    ConvOp::Sext
                } else {
                    ConvOp::Zext
                }
            }
            (true, false) => {
                if self.e.chance(1, 2) {
                    ConvOp::SIToF
                } else {
                    ConvOp::UIToF
                }
            }
            (false, true) => {
                if self.e.chance(1, 2) {
                    ConvOp::FToSI
                } else {
                    ConvOp::FToUI
                }
            }
            (false, false) => ConvOp::FConv,
        };
        self.def(
            Op::Conv {
                op,
                from,
                to,
                arg: v,
            },
            to,
        )
    }

    /// One random operation on available values.
    fn random_op(&mut self) {
        let int_tys = [Ty::I8, Ty::I16, Ty::I32, Ty::I64];
        match self.e.below(10) {
            0..=3 => {
                let ty = int_tys[self.e.below(4) as usize];
                let ops = [
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mul,
                    BinOp::And,
                    BinOp::Or,
                    BinOp::Xor,
                    BinOp::AndNot,
                    BinOp::Shl,
                    BinOp::ShrS,
                    BinOp::ShrU,
                    BinOp::DivS,
                    BinOp::DivU,
                    BinOp::RemS,
                    BinOp::RemU,
                ];
                let op = ops[self.e.below(ops.len() as u64) as usize];
                let a = self.any(ty);
                let b = if op.is_shift() {
                    let cty = int_tys[self.e.below(4) as usize];
                    self.any(cty)
                } else if op.can_panic() && !self.e.chance(1, 20) {
                    // Mostly keep divisors non-zero: b | 1.
                    let b = self.any(ty);
                    let one = self.iconst(ty, 1);
                    self.binary(BinOp::Or, ty, b, one)
                } else {
                    self.any(ty)
                };
                self.def(Op::Binary { op, ty, a, b }, ty);
            }
            4 => {
                let ty = [Ty::F32, Ty::F64][self.e.below(2) as usize];
                let ops = [BinOp::FAdd, BinOp::FSub, BinOp::FMul, BinOp::FDiv];
                let op = ops[self.e.below(4) as usize];
                let (a, b) = (self.any(ty), self.any(ty));
                self.def(Op::Binary { op, ty, a, b }, ty);
            }
            5 => {
                let ty = int_tys[self.e.below(4) as usize];
                let cc = IntCC::ALL[self.e.below(IntCC::ALL.len() as u64) as usize];
                let (a, b) = (self.any(ty), self.any(ty));
                self.def(Op::Icmp { cc, ty, a, b }, Ty::I8);
            }
            6 => {
                let ty = [Ty::F32, Ty::F64][self.e.below(2) as usize];
                let cc = FloatCC::ALL[self.e.below(FloatCC::ALL.len() as u64) as usize];
                let (a, b) = (self.any(ty), self.any(ty));
                self.def(Op::Fcmp { cc, ty, a, b }, Ty::I8);
            }
            7 => {
                let ty = Ty::ALL[self.e.below(6) as usize];
                let v = self.any(ty);
                let op = match ty {
                    Ty::F32 | Ty::F64 => UnOp::FNeg,
                    _ if self.e.chance(1, 2) => UnOp::Neg,
                    _ => UnOp::Not,
                };
                self.def(Op::Unary { op, ty, arg: v }, ty);
            }
            8 => {
                // Through a stack slot.
                let ty = Ty::ALL[self.e.below(6) as usize];
                let slot = Slot(self.f.slots.len() as u32);
                self.f.slots.push(SlotData::raw(16, 8));
                let p = self.def(Op::SlotAddr { slot }, Ty::Ptr);
                let v = self.any(ty);
                let offset = [0, 8][self.e.below(2) as usize];
                self.emit(
                    Op::Store {
                        ty,
                        ptr: p,
                        offset,
                        value: v,
                    },
                    None,
                );
                self.def(Op::Load { ty, ptr: p, offset }, ty);
            }
            _ => {
                let from = Ty::ALL[self.e.below(6) as usize];
                let to = Ty::ALL[self.e.below(6) as usize];
                let v = self.any(from);
                self.convert(v, from, to);
            }
        }
    }

    /// Folds every integer and float value so far into one i64 and one f64.
    fn fold(&mut self) -> (Value, Value) {
        let before = self.pool.clone();
        let k = self.iconst(Ty::I64, 31);
        let mut acc = self.iconst(Ty::I64, 0x5bd1e995);
        let zero = 0.0f64.to_bits();
        let mut facc = self.def(
            Op::Fconst {
                ty: Ty::F64,
                bits: zero,
            },
            Ty::F64,
        );
        let all: Vec<(Ty, Value)> = self
            .pool
            .iter()
            .flat_map(|(t, vs)| vs.iter().map(move |v| (*t, *v)))
            .collect();
        let mut all = all;
        all.sort_by_key(|(_, v)| *v);
        for (t, v) in all {
            match t {
                Ty::Ptr => {}
                Ty::F32 | Ty::F64 => {
                    let x = if t == Ty::F32 {
                        self.def(
                            Op::Conv {
                                op: ConvOp::FConv,
                                from: t,
                                to: Ty::F64,
                                arg: v,
                            },
                            Ty::F64,
                        )
                    } else {
                        v
                    };
                    facc = self.binary(BinOp::FAdd, Ty::F64, facc, x);
                    // Float bits matter too: fold them into the integers.
                    let i = self.def(
                        Op::Conv {
                            op: ConvOp::FToSI,
                            from: Ty::F64,
                            to: Ty::I64,
                            arg: x,
                        },
                        Ty::I64,
                    );
                    acc = self.binary(BinOp::Xor, Ty::I64, acc, i);
                }
                _ => {
                    let w = if t == Ty::I64 {
                        v
                    } else {
                        self.def(
                            Op::Conv {
                                op: ConvOp::Zext,
                                from: t,
                                to: Ty::I64,
                                arg: v,
                            },
                            Ty::I64,
                        )
                    };
                    let m = self.binary(BinOp::Mul, Ty::I64, acc, k);
                    acc = self.binary(BinOp::Add, Ty::I64, m, w);
                }
            }
        }
        // The fold's own steps are not worth folding again.
        self.pool = before;
        self.pool.entry(Ty::I64).or_default().push(acc);
        self.pool.entry(Ty::F64).or_default().push(facc);
        (acc, facc)
    }

    /// Leaves for a value of Go type `t` made from the accumulators: strings
    /// and slices are a same-typed parameter of ours or empty; pointers a
    /// same-typed parameter or nil.
    fn synth(&mut self, t: &Type, acc: Value, facc: Value, out: &mut Vec<Value>) {
        if let Some(v) = self.made.iter().find(|(mt, _)| mt == t).map(|(_, v)| *v) {
            if self.e.chance(2, 3) {
                out.push(v);
                return;
            }
        }
        if let Some(vs) = self
            .by_type
            .iter()
            .find(|(bt, _)| bt == t)
            .map(|(_, vs)| vs.clone())
        {
            if self.e.chance(1, 2) {
                out.extend(vs);
                return;
            }
        }
        match t.kind() {
            Kind::Basic(Basic::String) => {
                out.push(self.def(Op::Nil, Ty::Ptr));
                out.push(self.iconst(Ty::I64, 0));
            }
            Kind::Slice(_) => {
                out.push(self.def(Op::Nil, Ty::Ptr));
                out.push(self.iconst(Ty::I64, 0));
                out.push(self.iconst(Ty::I64, 0));
            }
            Kind::Array { len, elem } => {
                for _ in 0..*len {
                    self.synth(elem, acc, facc, out);
                }
            }
            Kind::Struct(fields) => {
                for f in fields.clone() {
                    self.synth(&f.ty, acc, facc, out);
                }
            }
            _ => {
                for l in leaves(t) {
                    let v = match l.ty {
                        Ty::Ptr => self.def(Op::Nil, Ty::Ptr),
                        ty if ty.is_float() && self.e.chance(2, 3) => {
                            self.convert(facc, Ty::F64, ty)
                        }
                        ty if ty.is_int() && self.e.chance(2, 3) => self.convert(acc, Ty::I64, ty),
                        ty => self.any(ty),
                    };
                    out.push(v);
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn gen_function(
    e: &mut dyn Entropy,
    k: &ModuleKnobs,
    name: String,
    sig: FuncType,
    abi: Abi,
    callees: &[(String, FuncType)],
    closures: &[ClosureFunc],
    context: Option<Type>,
) -> Function {
    let f = Function {
        name,
        sig: sig.clone(),
        abi,
        nosplit: false,
        slots: Vec::new(),
        blocks: vec![BlockData {
            params: Vec::new(),
            insts: Vec::new(),
            term: Terminator::Return(Vec::new()),
        }],
        value_types: Vec::new(),
        source: SourceMap::default(),
        context: context.clone(),
    };
    let mut b = Body {
        e,
        f,
        cur: 0,
        insts: Vec::new(),
        pool: BTreeMap::new(),
        by_type: Vec::new(),
        made: Vec::new(),
    };
    // A closure reads what it captured, through RDX's func value.
    let ctx = context.as_ref().map(|t| b.read_context(t));
    // Read every leaf of every parameter; sometimes through its home.
    for (i, p) in sig.params.iter().enumerate() {
        let ls = leaves(&p.ty);
        let mut vals = Vec::with_capacity(ls.len());
        for (j, l) in ls.iter().enumerate() {
            vals.push(b.def(
                Op::Param {
                    index: i as u32,
                    leaf: j as u32,
                },
                l.ty,
            ));
        }
        if !ls.is_empty() && b.e.chance(k.addr_percent, 100) {
            let home = b.def(Op::ParamAddr { index: i as u32 }, Ty::Ptr);
            let j = b.e.below(ls.len() as u64) as usize;
            let l = ls[j];
            // First read what the prologue homed: the load must agree with
            // the register the leaf came in (a pointer is compared with it,
            // since pointers are not folded into the result).
            let homed = b.def(
                Op::Load {
                    ty: l.ty,
                    ptr: home,
                    offset: l.offset as i32,
                },
                l.ty,
            );
            if l.ty == Ty::Ptr {
                b.icmp(IntCC::Eq, Ty::Ptr, homed, vals[j]);
            } else {
                // Overwrite the home, then read it back.
                let v = b.any(l.ty);
                b.emit(
                    Op::Store {
                        ty: l.ty,
                        ptr: home,
                        offset: l.offset as i32,
                        value: v,
                    },
                    None,
                );
                b.def(
                    Op::Load {
                        ty: l.ty,
                        ptr: home,
                        offset: l.offset as i32,
                    },
                    l.ty,
                );
            }
        }
        // (Func values are not handed on: a closure given itself would
        // call itself without end.)
        if ls.iter().any(|l| l.ty == Ty::Ptr) && !matches!(p.ty.kind(), Kind::Func(_)) {
            b.by_type.push((p.ty.clone(), vals.clone()));
        }
        // Through a pointer parameter: nil-checked load of one leaf.
        if let Kind::Pointer(elem) = p.ty.kind() {
            let el = leaves(elem);
            if !el.is_empty() {
                let l = el[b.e.below(el.len() as u64) as usize];
                let ptr = vals[0];
                let nil = b.def(Op::Nil, Ty::Ptr);
                let isnil = b.icmp(IntCC::Eq, Ty::Ptr, ptr, nil);
                let fallback = b.any(l.ty);
                let load_block = b.new_block_id();
                let join = Block(load_block.0 + 1);
                let joined = b.value(l.ty);
                b.finish_block(
                    Terminator::Brif {
                        cond: isnil,
                        then: BlockCall {
                            block: join,
                            args: vec![fallback],
                        },
                        els: BlockCall {
                            block: load_block,
                            args: Vec::new(),
                        },
                    },
                    Vec::new(),
                );
                let loaded = b.value(l.ty);
                b.insts.push(Inst {
                    results: smallvec![loaded],
                    op: Op::Load {
                        ty: l.ty,
                        ptr,
                        offset: l.offset as i32,
                    },
                });
                b.finish_block(
                    Terminator::Jump(BlockCall {
                        block: join,
                        args: vec![loaded],
                    }),
                    vec![joined],
                );
                b.pool.entry(l.ty).or_default().push(joined);
            }
        }
    }
    for _ in 0..b.e.below(k.max_ops + 1) {
        b.random_op();
    }
    // A counted loop whose body keeps the pool's values live.
    if b.e.chance(k.loop_percent, 100) {
        let trips = b.e.range(1, 5) as i64;
        let zero = b.iconst(Ty::I64, 0);
        let seed = b.any(Ty::I64);
        // What the loop defines does not dominate its exit: only the values
        // from before it, and its result, stay usable after it.
        let before_loop = b.pool.clone();
        let head = b.new_block_id();
        let (i, acc) = (b.value(Ty::I64), b.value(Ty::I64));
        b.finish_block(
            Terminator::Jump(BlockCall {
                block: head,
                args: vec![zero, seed],
            }),
            vec![i, acc],
        );
        let n = b.iconst(Ty::I64, trips);
        let done = b.icmp(IntCC::Sge, Ty::I64, i, n);
        let body = b.new_block_id();
        let exit = Block(body.0 + 1);
        let out = b.value(Ty::I64);
        b.finish_block(
            Terminator::Brif {
                cond: done,
                then: BlockCall {
                    block: exit,
                    args: vec![acc],
                },
                els: BlockCall {
                    block: body,
                    args: Vec::new(),
                },
            },
            Vec::new(),
        );
        let step = b.any(Ty::I64);
        let three = b.iconst(Ty::I64, 3);
        let rot = b.binary(BinOp::Shl, Ty::I64, acc, three);
        let acc2 = b.binary(BinOp::Xor, Ty::I64, rot, step);
        let one = b.iconst(Ty::I64, 1);
        let i2 = b.binary(BinOp::Add, Ty::I64, i, one);
        b.finish_block(
            Terminator::Jump(BlockCall {
                block: head,
                args: vec![i2, acc2],
            }),
            vec![out],
        );
        b.pool = before_loop;
        b.pool.entry(Ty::I64).or_default().push(out);
    }
    // A frame near a stack-check threshold or beyond the stack: a raw
    // slot, written at both ends now (its low end is near the frame's, where
    // a frame that ran past the stack's end shows) and read back after the
    // calls, which may move the stack.
    let threshold_slot = super::frames::gen_frame_slot(b.e, k.frame_percent).map(|(_, size)| {
        let slot = Slot(b.f.slots.len() as u32);
        b.f.slots.push(SlotData::raw(size, 8));
        let p = b.def(Op::SlotAddr { slot }, Ty::Ptr);
        for offset in [0, size as i32 - 8] {
            let v = b.any(Ty::I64);
            b.emit(
                Op::Store {
                    ty: Ty::I64,
                    ptr: p,
                    offset,
                    value: v,
                },
                None,
            );
        }
        (slot, size)
    });
    // Heap objects: filled now, read after the calls, so that their
    // pointers (in spill slots) and their contents survive collections.
    let mut heap: Vec<(Value, Type)> = Vec::new();
    for _ in 0..2 {
        if !b.e.chance(k.alloc_percent, 100) {
            continue;
        }
        let t = super::sig::gen_type(b.e, &k.sig, 1);
        if leaf_count(&t) > 16 {
            continue;
        }
        let o = b.value(Ty::Ptr);
        b.insts.push(Inst {
            results: smallvec![o],
            op: Op::Alloc { ty: t.clone() },
        });
        for l in leaves(&t) {
            let v = if l.ty == Ty::Ptr {
                // Itself, an earlier object, or nil: cycles are fine.
                match b.e.below(3) {
                    0 => o,
                    1 if !heap.is_empty() => heap[0].0,
                    _ => b.def(Op::Nil, Ty::Ptr),
                }
            } else {
                b.any(l.ty)
            };
            b.emit(
                Op::Store {
                    ty: l.ty,
                    ptr: o,
                    offset: l.offset as i32,
                    value: v,
                },
                None,
            );
        }
        heap.push((o, t));
    }
    // Func values: closures (live across the calls below, and called
    // again after them) and later functions' static func values.
    let mut made_here = Vec::new();
    if k.closure_percent > 0 {
        made_here = b.make_func_values(k, closures, callees);
    }
    // Calls to later functions, through either entry.
    for (cname, csig) in callees {
        if !b.e.chance(k.call_percent, 100) {
            continue;
        }
        let (acc, facc) = b.fold();
        let mut args = Vec::new();
        for p in &csig.params {
            b.synth(&p.ty, acc, facc, &mut args);
        }
        let res = list_leaves(&csig.results);
        let tys: Vec<Ty> = res.iter().map(|l| l.ty).collect();
        let results = b.call(cname.clone(), args, &tys);
        let external = !cname.starts_with('f');
        for (r, l) in results.iter().zip(&res) {
            if l.ty != Ty::Ptr {
                b.pool.entry(l.ty).or_default().push(*r);
            } else if external {
                // Which pointer an extern handed back shows.
                let nil = b.def(Op::Nil, Ty::Ptr);
                b.icmp(IntCC::Eq, Ty::Ptr, *r, nil);
            }
        }
    }
    // Recursion, bounded: when the first parameter is an integer, the
    // function calls itself (through either entry) with that parameter
    // replaced by `(p & 3) - 1` while `p & 3 > 0`: at most three deep.
    let guard = sig.params.first().and_then(|p| {
        use Basic::*;
        let int = matches!(
            p.ty.as_basic(),
            Some(
                Int8 | Int16
                    | Int32
                    | Int64
                    | Int
                    | Uint8
                    | Uint16
                    | Uint32
                    | Uint64
                    | Uint
                    | Byte
                    | Rune
            )
        );
        (int && b.e.chance(k.recursion_percent, 100)).then(|| leaves(&p.ty)[0].ty)
    });
    if let Some(gty) = guard {
        let p0 = b.value(gty);
        b.insts.push(Inst {
            results: smallvec![p0],
            op: Op::Param { index: 0, leaf: 0 },
        });
        let wide = b.convert(p0, gty, Ty::I64);
        let three = b.iconst(Ty::I64, 3);
        let d = b.binary(BinOp::And, Ty::I64, wide, three);
        let zero = b.iconst(Ty::I64, 0);
        let deeper = b.icmp(IntCC::Sgt, Ty::I64, d, zero);
        let res = list_leaves(&sig.results);
        let kept: Vec<Ty> = res.iter().map(|l| l.ty).filter(|t| *t != Ty::Ptr).collect();
        let fallback: Vec<Value> = kept.iter().map(|t| b.any(*t)).collect();
        let before = b.pool.clone();
        let call_block = b.new_block_id();
        let join = Block(call_block.0 + 1);
        b.finish_block(
            Terminator::Brif {
                cond: deeper,
                then: BlockCall {
                    block: call_block,
                    args: Vec::new(),
                },
                els: BlockCall {
                    block: join,
                    args: fallback,
                },
            },
            Vec::new(),
        );
        let one = b.iconst(Ty::I64, 1);
        let dm1 = b.binary(BinOp::Sub, Ty::I64, d, one);
        let (acc, facc) = b.fold();
        let mut args = vec![b.convert(dm1, Ty::I64, gty)];
        for p in &sig.params[1..] {
            b.synth(&p.ty, acc, facc, &mut args);
        }
        let tys: Vec<Ty> = res.iter().map(|l| l.ty).collect();
        let results = b.call(b.f.name.clone(), args, &tys);
        b.rejoin(&results, &res, &kept, join, before);
    }
    for (fv, fsig) in made_here {
        b.call_value(fv, &fsig);
    }
    // Func-typed parameters: callers hand on closures of that type (or
    // nil, as every input does), so called after a nil check.
    if k.closure_percent > 0 {
        for (i, p) in sig.params.iter().enumerate() {
            if let Kind::Func(fsig) = p.ty.kind() {
                if call_sized(fsig) {
                    b.call_param(i as u32, fsig);
                }
            }
        }
    }
    // And once more after every safepoint: the captured pointers (the
    // collector moved what they point to) and the context itself.
    if let Some((c, t)) = ctx.zip(context.as_ref()) {
        b.reread_context(c, t);
    }
    for (o, t) in heap {
        for l in leaves(&t) {
            let v = b.value(l.ty);
            b.insts.push(Inst {
                results: smallvec![v],
                op: Op::Load {
                    ty: l.ty,
                    ptr: o,
                    offset: l.offset as i32,
                },
            });
            if l.ty == Ty::Ptr {
                // Which object it points to shows through a comparison.
                let nil = b.def(Op::Nil, Ty::Ptr);
                b.icmp(IntCC::Eq, Ty::Ptr, v, nil);
                b.icmp(IntCC::Eq, Ty::Ptr, v, o);
            } else {
                b.pool.entry(l.ty).or_default().push(v);
            }
        }
    }
    if let Some((slot, size)) = threshold_slot {
        let p = b.def(Op::SlotAddr { slot }, Ty::Ptr);
        for offset in [0, size as i32 - 8] {
            let v = b.def(
                Op::Load {
                    ty: Ty::I64,
                    ptr: p,
                    offset,
                },
                Ty::I64,
            );
            b.pool.entry(Ty::I64).or_default().push(v);
        }
    }
    let (acc, facc) = b.fold();
    let mut rets = Vec::new();
    for r in &sig.results {
        b.synth(&r.ty, acc, facc, &mut rets);
    }
    let insts = std::mem::take(&mut b.insts);
    let cur = b.cur;
    b.f.blocks[cur].insts = insts;
    b.f.blocks[cur].term = Terminator::Return(rets);
    let mut f = b.f;
    f.canonicalize();
    f
}

impl Body<'_> {
    /// `ctx`, then every captured leaf; through a captured pointer, both
    /// words of its box. Returns the context pointer.
    fn read_context(&mut self, t: &Type) -> Value {
        let c = self.def(Op::Context, Ty::Ptr);
        self.reread_context(c, t);
        c
    }

    fn reread_context(&mut self, c: Value, t: &Type) {
        for l in leaves(t) {
            let offset = (CLOSURE_CONTEXT_OFFSET + l.offset) as i32;
            let v = self.value(l.ty);
            self.insts.push(Inst {
                results: smallvec![v],
                op: Op::Load {
                    ty: l.ty,
                    ptr: c,
                    offset,
                },
            });
            if l.ty != Ty::Ptr {
                self.pool.entry(l.ty).or_default().push(v);
                continue;
            }
            // Captured pointers are never nil (see `make_func_values`).
            for word in [0, 8] {
                self.def(
                    Op::Load {
                        ty: Ty::I64,
                        ptr: v,
                        offset: word,
                    },
                    Ty::I64,
                );
            }
        }
    }

    /// Ends a call block by jumping to `join` with the call's non-pointer
    /// `results` (the leaves `res`, of types `kept`), and continues in
    /// `join`, whose parameters are those values: the pool is what it was
    /// `before` the branch (the call block's values do not dominate the
    /// join), plus the joined values.
    fn rejoin(
        &mut self,
        results: &[Value],
        res: &[Leaf],
        kept: &[Ty],
        join: Block,
        before: BTreeMap<Ty, Vec<Value>>,
    ) {
        let passed: Vec<Value> = results
            .iter()
            .zip(res)
            .filter(|(_, l)| l.ty != Ty::Ptr)
            .map(|(r, _)| *r)
            .collect();
        let joined: Vec<Value> = kept.iter().map(|t| self.value(*t)).collect();
        self.finish_block(
            Terminator::Jump(BlockCall {
                block: join,
                args: passed,
            }),
            joined.clone(),
        );
        self.pool = before;
        for (v, t) in joined.iter().zip(kept) {
            self.pool.entry(*t).or_default().push(*v);
        }
    }

    /// Makes a closure of some of `closures` (capturing fresh heap boxes
    /// and pool values) and takes the static func value of some of the
    /// later functions `callees`, calling each once, now or (the closures
    /// returned) after the calls.
    fn make_func_values(
        &mut self,
        k: &ModuleKnobs,
        closures: &[ClosureFunc],
        callees: &[(String, FuncType)],
    ) -> Vec<(Value, FuncType)> {
        let mut made = Vec::new();
        for c in closures {
            if !self.e.chance(k.closure_percent + 20, 100) {
                continue;
            }
            let mut args = Vec::new();
            for l in leaves(&c.context) {
                if l.ty == Ty::Ptr {
                    let o = self.value(Ty::Ptr);
                    self.insts.push(Inst {
                        results: smallvec![o],
                        op: Op::Alloc {
                            ty: Type::array(Type::basic(Basic::Int64), 2)
                                .expect("[2]int64 lays out"),
                        },
                    });
                    for word in [0, 8] {
                        let v = self.any(Ty::I64);
                        self.emit(
                            Op::Store {
                                ty: Ty::I64,
                                ptr: o,
                                offset: word,
                                value: v,
                            },
                            None,
                        );
                    }
                    args.push(o);
                } else {
                    args.push(self.any(l.ty));
                }
            }
            let fv = self.value(Ty::Ptr);
            self.insts.push(Inst {
                results: smallvec![fv],
                op: Op::Closure {
                    func: c.name.clone(),
                    args,
                },
            });
            self.made.push((Type::func(c.sig.clone()), fv));
            // An allocation between making and calling: a safepoint, where
            // the collector moves the closure and what it captured.
            if self.e.chance(1, 3) {
                let junk = self.value(Ty::Ptr);
                self.insts.push(Inst {
                    results: smallvec![junk],
                    op: Op::Alloc {
                        ty: Type::basic(Basic::Int64),
                    },
                });
            }
            // Called now, or after the calls (live across them).
            if self.e.chance(1, 2) {
                self.call_value(fv, &c.sig);
            } else {
                made.push((fv, c.sig.clone()));
            }
        }
        // `funcval` names functions of the module, not externs.
        for (name, sig) in callees.iter().filter(|(n, _)| !is_extern_name(n)) {
            if !self.e.chance(k.closure_percent / 4, 100) {
                continue;
            }
            let fv = self.value(Ty::Ptr);
            self.insts.push(Inst {
                results: smallvec![fv],
                op: Op::FuncVal { func: name.clone() },
            });
            self.made.push((Type::func(sig.clone()), fv));
            self.call_value(fv, sig);
        }
        made
    }

    /// `callval` of `fv` (of type `func` + `sig`) with arguments made from
    /// pool values (not a fold of them all: calls through func values are
    /// many, and a fold per call would double a module's code); the
    /// results join the pool.
    fn call_value(&mut self, fv: Value, sig: &FuncType) {
        let (acc, facc) = (self.any(Ty::I64), self.any(Ty::F64));
        let mut args = Vec::new();
        for p in &sig.params {
            self.synth(&p.ty, acc, facc, &mut args);
        }
        let res = list_leaves(&sig.results);
        let results: Vec<Value> = res.iter().map(|l| self.value(l.ty)).collect();
        self.insts.push(Inst {
            results: Results::from_slice(&results),
            op: Op::CallVal {
                sig: Box::new(sig.clone()),
                callee: fv,
                args,
            },
        });
        for (r, l) in results.iter().zip(&res) {
            if l.ty != Ty::Ptr {
                self.pool.entry(l.ty).or_default().push(*r);
            }
        }
    }

    /// Calls func-typed parameter `index` unless it is nil; its non-pointer
    /// results (or stand-ins when nil) join the pool.
    fn call_param(&mut self, index: u32, sig: &FuncType) {
        let p = self.value(Ty::Ptr);
        self.insts.push(Inst {
            results: smallvec![p],
            op: Op::Param { index, leaf: 0 },
        });
        let nil = self.def(Op::Nil, Ty::Ptr);
        let isnil = self.icmp(IntCC::Eq, Ty::Ptr, p, nil);
        let res = list_leaves(&sig.results);
        let kept: Vec<Ty> = res.iter().map(|l| l.ty).filter(|t| *t != Ty::Ptr).collect();
        let fallback: Vec<Value> = kept.iter().map(|t| self.any(*t)).collect();
        let before = self.pool.clone();
        let call_block = self.new_block_id();
        let join = Block(call_block.0 + 1);
        self.finish_block(
            Terminator::Brif {
                cond: isnil,
                then: BlockCall {
                    block: join,
                    args: fallback,
                },
                els: BlockCall {
                    block: call_block,
                    args: Vec::new(),
                },
            },
            Vec::new(),
        );
        let (acc, facc) = (self.any(Ty::I64), self.any(Ty::F64));
        let mut args = Vec::new();
        for q in &sig.params {
            self.synth(&q.ty, acc, facc, &mut args);
        }
        let results: Vec<Value> = res.iter().map(|l| self.value(l.ty)).collect();
        self.insts.push(Inst {
            results: Results::from_slice(&results),
            op: Op::CallVal {
                sig: Box::new(sig.clone()),
                callee: p,
                args,
            },
        });
        self.rejoin(&results, &res, &kept, join, before);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::seeded;

    /// The same seed gives the same module, every time (campaign replay
    /// depends on it): nothing in the generator may depend on hash order
    /// or addresses. Each generation builds fresh maps, so a hash-ordered
    /// iteration shows up as two different modules within one process.
    /// Functions whose first parameter is an integer often call themselves.
    #[test]
    fn some_functions_recurse() {
        let mut recursive = 0;
        for seed in 0..200 {
            let m = gen_module(&mut seeded(seed), &ModuleKnobs::default());
            for f in &m.functions {
                let calls_itself = f
                    .blocks
                    .iter()
                    .flat_map(|b| &b.insts)
                    .any(|i| matches!(&i.op, Op::Call { callee, .. } if *callee == f.name));
                recursive += calls_itself as u32;
            }
        }
        assert!(recursive >= 20, "only {recursive} recursive functions");
    }

    /// Func values are made and called, every kind: closures capturing
    /// pointers, static func values, func-typed parameters called after a
    /// nil check (a closure handed on by a caller), and methods through
    /// itabs; `closure_percent: 0` makes none.
    #[test]
    fn func_values_are_made_and_called() {
        let count = |k: &ModuleKnobs| {
            let (mut closures, mut funcvals, mut params, mut capture_ptrs) = (0, 0, 0, 0);
            let mut methods = 0;
            for seed in 0..300 {
                let m = gen_module(&mut seeded(seed), k);
                for f in &m.functions {
                    if f.context.as_ref().is_some_and(|c| c.has_pointers()) {
                        capture_ptrs += 1;
                    }
                    for b in &f.blocks {
                        for i in &b.insts {
                            match &i.op {
                                Op::Closure { .. } => closures += 1,
                                Op::FuncVal { .. } => funcvals += 1,
                                Op::CallMethod { .. } => methods += 1,
                                Op::CallVal { callee, .. } => {
                                    let by_param =
                                        f.blocks.iter().flat_map(|b| &b.insts).any(|d| {
                                            d.results.contains(callee)
                                                && matches!(d.op, Op::Param { .. })
                                        });
                                    params += by_param as u32;
                                }
                                _ => {}
                            }
                        }
                    }
                }
            }
            (closures, funcvals, params, capture_ptrs, methods)
        };
        let (closures, funcvals, params, capture_ptrs, methods) = count(&ModuleKnobs::default());
        assert!(
            closures >= 100 && funcvals >= 15 && params >= 10 && capture_ptrs >= 50 && methods >= 30,
            "{closures} closures, {funcvals} funcvals, {params} calls of func parameters, {capture_ptrs} closures capturing pointers, {methods} method calls"
        );
        let none = ModuleKnobs {
            closure_percent: 0,
            ..ModuleKnobs::default()
        };
        assert_eq!(count(&none), (0, 0, 0, 0, 0));
    }

    /// Run lines pass static func values (`funcval F`) to func-typed
    /// parameters that the function calls, as often as the retyping of
    /// parameters to later functions' types allows; every one verifies
    /// (F exists, has no context, is exactly the parameter's type), and
    /// `closure_percent: 0` passes none.
    #[test]
    fn run_lines_pass_static_func_values_to_called_params() {
        let count = |k: &ModuleKnobs| {
            let (mut passed, mut nil) = (0, 0);
            for seed in 0..300 {
                let m = gen_module(&mut seeded(seed), k);
                verify_module(&m).unwrap_or_else(|e| panic!("seed {seed}: {e}\n{m}"));
                for r in &m.runs {
                    let f = m.function(&r.func).unwrap();
                    for (i, (p, a)) in f.sig.params.iter().zip(&r.args).enumerate() {
                        let Kind::Func(_) = p.ty.kind() else {
                            continue;
                        };
                        let called = f.blocks.iter().flat_map(|b| &b.insts).any(|d| {
                            matches!(d.op, Op::Param { index, .. } if index as usize == i)
                                && f.blocks.iter().flat_map(|b| &b.insts).any(|c| {
                                    matches!(&c.op, Op::CallVal { callee, .. } if d.results.contains(callee))
                                })
                        });
                        match a {
                            InputValue::FuncVal(_) if called => passed += 1,
                            InputValue::FuncVal(g) => {
                                panic!("seed {seed}: funcval {g} for a parameter not called")
                            }
                            InputValue::Nil if called => nil += 1,
                            _ => {}
                        }
                    }
                }
            }
            (passed, nil)
        };
        let (passed, nil) = count(&ModuleKnobs::default());
        assert!(
            passed >= 20,
            "{passed} static func values passed to called parameters, {nil} nils"
        );
        let none = ModuleKnobs {
            closure_percent: 0,
            ..ModuleKnobs::default()
        };
        assert_eq!(count(&none).0, 0);
    }

    /// Edge run lines take each type's extremes: a `Low` line its minima,
    /// a `High` line its maxima, a `Zero` line zeros; every function with
    /// run lines has its edge lines after its random ones.
    #[test]
    fn edge_run_lines_are_at_the_edges() {
        let edge = |t: &str, edge: Edge| {
            let t = janus_backend::parse_type(t).unwrap();
            gen_edge_input(&mut seeded(1), &t, 0, edge, 75)
        };
        let int = |v: i128| InputValue::Int(v);
        let float = |x: f64| InputValue::Float { bits: x.to_bits() };
        assert_eq!(edge("int8", Edge::Low), int(-128));
        assert_eq!(edge("int8", Edge::High), int(127));
        assert_eq!(edge("uint16", Edge::Low), int(0));
        assert_eq!(edge("uint16", Edge::High), int(65535));
        assert_eq!(edge("int64", Edge::Zero), int(0));
        assert_eq!(edge("float32", Edge::High), float(f32::MAX as f64));
        assert_eq!(edge("float64", Edge::Low), float(-f64::MAX));
        assert_eq!(edge("float64", Edge::Zero), float(-0.0));
        assert_eq!(edge("string", Edge::Zero), InputValue::Str(vec![]));
        assert_eq!(edge("[]int8", Edge::Low), InputValue::Composite(vec![]));
        assert_eq!(
            edge("[]int8", Edge::High),
            InputValue::Composite(vec![int(127); 3])
        );
        assert_eq!(edge("interface{}", Edge::Zero), InputValue::Nil);
        assert_ne!(edge("interface{}", Edge::High), InputValue::Nil);
        assert_eq!(
            edge("struct { a uint8; b *int32 }", Edge::Low),
            InputValue::Composite(vec![int(0), InputValue::Addr(Box::new(int(-1 << 31)))])
        );
        let k = ModuleKnobs {
            edge_runs_per_func: 1,
            ..ModuleKnobs::default()
        };
        for seed in 0..50 {
            let m = gen_module(&mut seeded(seed), &k);
            let plain = gen_module(
                &mut seeded(seed),
                &ModuleKnobs {
                    edge_runs_per_func: 0,
                    ..k.clone()
                },
            );
            let runnable = m.functions.iter().filter(|f| f.context.is_none()).count();
            assert_eq!(m.runs.len(), plain.runs.len() + runnable, "seed {seed}");
        }
    }

    #[test]
    fn same_seed_same_module() {
        for seed in 0..60 {
            let a = gen_module(&mut seeded(seed), &ModuleKnobs::default()).to_string();
            let b = gen_module(&mut seeded(seed), &ModuleKnobs::default()).to_string();
            assert!(a == b, "seed {seed} gave two different modules");
        }
    }
}
