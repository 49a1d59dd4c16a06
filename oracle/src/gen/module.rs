//! Random IR modules: functions with random signatures and bodies that read
//! every leaf of every parameter (and through address-taken parameters and
//! pointer parameters), mix them with integer and float arithmetic,
//! conversions, stack slots and loops, call later functions of the module,
//! externs (which the oracle implements) and themselves (bounded
//! recursion) through either entry, and fold
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
    /// Chance (%) that a function whose first parameter is an integer
    /// calls itself (bounded: at most three deep).
    pub recursion_percent: u64,
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
            recursion_percent: 50,
            max_externs: 1,
        }
    }
}

/// Generates a module.
pub fn gen_module(e: &mut dyn Entropy, k: &ModuleKnobs) -> Module {
    let n = e.range(1, k.max_funcs.max(1));
    let sigs: Vec<FuncType> = (0..n)
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
    // Externs: the oracle implements them as Go lets a callee behave
    // (narrow results with garbage above them, every register clobbered).
    let externs: Vec<Extern> = (0..e.below(k.max_externs + 1))
        .map(|i| Extern {
            name: format!("x{i}"),
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
        ));
    }
    let mut runs = Vec::new();
    for f in &functions {
        for _ in 0..k.runs_per_func {
            runs.push(RunSpec {
                func: f.name.clone(),
                args: f
                    .sig
                    .params
                    .iter()
                    .map(|p| gen_input(e, &p.ty, 0))
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

/// An input value for a parameter of type `t`: edge values often, pointers
/// always non-nil (bodies dereference them after a nil check anyway).
pub fn gen_input(e: &mut dyn Entropy, t: &Type, depth: u32) -> InputValue {
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
            Basic::UnsafePointer => InputValue::Nil,
            Basic::Bool => InputValue::Int(e.below(2) as i128),
            _ => {
                let bits = t.size() as u32 * 8;
                let signed = b.is_signed();
                let (lo, hi) = if signed {
                    (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                } else {
                    (0, (1i128 << bits) - 1)
                };
                InputValue::Int(match e.below(6) {
                    0 => lo,
                    1 => hi,
                    2 => 0,
                    3 if signed => -1,
                    _ => lo + (e.below(1 << 32) as i128 * (hi - lo) / (1i128 << 32)),
                })
            }
        },
        Kind::Pointer(elem) if depth < 3 => {
            InputValue::Addr(Box::new(gen_input(e, elem, depth + 1)))
        }
        Kind::Slice(elem) if depth < 3 => InputValue::Composite(
            (0..e.below(4))
                .map(|_| gen_input(e, elem, depth + 1))
                .collect(),
        ),
        Kind::Array { len, elem } => {
            InputValue::Composite((0..*len).map(|_| gen_input(e, elem, depth + 1)).collect())
        }
        Kind::Struct(fields) => InputValue::Composite(
            fields
                .iter()
                .map(|f| gen_input(e, &f.ty, depth + 1))
                .collect(),
        ),
        _ => InputValue::Nil,
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
            results: values.clone(),
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

fn gen_function(
    e: &mut dyn Entropy,
    k: &ModuleKnobs,
    name: String,
    sig: FuncType,
    abi: Abi,
    callees: &[(String, FuncType)],
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
    };
    let mut b = Body {
        e,
        f,
        cur: 0,
        insts: Vec::new(),
        pool: BTreeMap::new(),
        by_type: Vec::new(),
    };
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
            let l = ls[b.e.below(ls.len() as u64) as usize];
            if l.ty != Ty::Ptr {
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
            }
            b.def(
                Op::Load {
                    ty: l.ty,
                    ptr: home,
                    offset: l.offset as i32,
                },
                l.ty,
            );
        }
        if ls.iter().any(|l| l.ty == Ty::Ptr) {
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
                    results: vec![loaded],
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
            results: vec![o],
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
            results: vec![p0],
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
        let passed: Vec<Value> = results
            .iter()
            .zip(&res)
            .filter(|(_, l)| l.ty != Ty::Ptr)
            .map(|(r, _)| *r)
            .collect();
        let joined: Vec<Value> = kept.iter().map(|t| b.value(*t)).collect();
        b.finish_block(
            Terminator::Jump(BlockCall {
                block: join,
                args: passed,
            }),
            joined.clone(),
        );
        b.pool = before;
        for (v, t) in joined.iter().zip(&kept) {
            b.pool.entry(*t).or_default().push(*v);
        }
    }
    for (o, t) in heap {
        for l in leaves(&t) {
            let v = b.value(l.ty);
            b.insts.push(Inst {
                results: vec![v],
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

    #[test]
    fn same_seed_same_module() {
        for seed in 0..60 {
            let a = gen_module(&mut seeded(seed), &ModuleKnobs::default()).to_string();
            let b = gen_module(&mut seeded(seed), &ModuleKnobs::default()).to_string();
            assert!(a == b, "seed {seed} gave two different modules");
        }
    }
}
