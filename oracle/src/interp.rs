//! The reference interpreter: runs an IR function on leaf values, with a
//! fuel limit, and says what happened — the result leaves, a Go panic, or
//! that the program itself is at fault (an access outside an object, a
//! pointer read as an integer, a dangling stack pointer). It follows
//! `docs/ir.md` and knows nothing of ABIs.
//!
//! Calls nest at most [`Limits::max_depth`] deep (the one depth limit of
//! a run, [`crate::runtime::MAX_FRAMES`] unless set): the call that would
//! go deeper ends the run with [`Outcome::StackOverflow`], an outcome of
//! that run (the emulated runtime stops the compiled code at the same
//! call), not a fault of the program.
//!
//! Memory is a set of objects (inputs, stack slots, parameter homes), each
//! with bytes and the pointers stored in it, so that pointers stay symbolic
//! — (object, offset) — and can be compared with the machine's.

use crate::inputs::{LeafValue, Materialized, ObjId, ObjectInit, Pointer};
use janus_backend::ir::{
    leaves, list_leaves, BinOp, ConvOp, Extern, FloatCC, Function, IntCC, Module, Op, Terminator,
    Ty, UnOp, Value,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

/// How a run ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Every leaf of every result.
    Returned(Vec<LeafValue>),
    /// A Go run-time panic.
    Panic(PanicKind),
    /// A call would have nested deeper than the limit (as Go's `fatal
    /// error: stack overflow`, the run ends there).
    StackOverflow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanicKind {
    DivideByZero,
}

impl fmt::Display for PanicKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PanicKind::DivideByZero => f.write_str("panic: runtime error: integer divide by zero"),
        }
    }
}

/// The program (not the backend) is at fault, or ran out of fuel.
#[derive(Clone, Debug, PartialEq)]
pub enum InterpError {
    OutOfFuel,
    Invalid { function: String, message: String },
}

impl fmt::Display for InterpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InterpError::OutOfFuel => f.write_str("out of fuel (the program runs too long)"),
            InterpError::Invalid { function, message } => write!(f, "in {function}: {message}"),
        }
    }
}

/// What the interpreter saw: the outcome and the input objects afterwards.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub outcome: Outcome,
    /// The objects made for the inputs, as they are at the end.
    pub objects: Vec<ObjectInit>,
    /// The heap objects the run made (`alloc`, `closure`), in order, as
    /// they are at the end (numbered after the inputs).
    pub made: Vec<crate::made::MadeContents>,
    /// Instructions executed.
    pub steps: u64,
    /// The deepest the calls nested (the outer call is depth 1).
    pub max_depth: usize,
}

/// Limits of one run.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub fuel: u64,
    /// Calls nested at most (see the module documentation).
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            fuel: 10_000_000,
            max_depth: crate::runtime::MAX_FRAMES,
        }
    }
}

/// Why a call did not return: a panic, or the depth limit.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Unwind {
    Panic(PanicKind),
    Overflow,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Val {
    Int(u64),
    F32(u32),
    F64(u64),
    Ptr(Pointer),
}

struct Object {
    bytes: Vec<u8>,
    pointers: BTreeMap<u64, Pointer>,
    /// Stack objects die when their frame returns.
    alive: bool,
    /// Bytes written so far, for stack slots (whose initial contents are
    /// undefined); `None` for objects that start fully defined.
    written: Option<Vec<bool>>,
    /// The words that may hold pointers (from the object's type).
    ptr_words: BTreeSet<u64>,
    /// A frame's object (slot or parameter home), not a heap object.
    stack: bool,
    /// Read-only data (a type descriptor or itab): Go faults on a write.
    readonly: bool,
    /// A closure of this function (its index in the module): the first
    /// word is the code pointer, which the program may not read or write.
    func: Option<u32>,
}

struct Interp<'m> {
    funcs: HashMap<&'m str, &'m Function>,
    /// The module's functions, by index (static func values name them so).
    all: &'m [Function],
    /// The module's itabs (`ir::itab_table`), by index.
    itabs: Vec<Vec<String>>,
    externs: HashMap<&'m str, &'m Extern>,
    objects: Vec<Object>,
    /// The heap objects (inputs, then allocations in order), as indices
    /// into `objects`: a pointer's identity outside the interpreter is its
    /// object's place here, as the machine numbers them too.
    heap: Vec<usize>,
    fuel: u64,
    steps: u64,
    limits: Limits,
    depth: usize,
    max_depth: usize,
}

/// A call of an extern: its results, as the oracle's implementation
/// computes them from the argument leaves (see [`crate::externs`]).
fn call_extern(x: &Extern, args: &[Val]) -> Vec<Val> {
    use crate::externs::{extern_results, ExternArg, ExternResult};
    let tys: Vec<Ty> = list_leaves(&x.sig.params).iter().map(|l| l.ty).collect();
    let leaves: Vec<ExternArg> = args
        .iter()
        .zip(&tys)
        .map(|(v, &ty)| match *v {
            Val::Int(bits) => ExternArg::Bits {
                ty,
                bits: bits & mask(ty),
            },
            Val::F32(bits) => ExternArg::Bits {
                ty,
                bits: bits as u64,
            },
            Val::F64(bits) => ExternArg::Bits { ty, bits },
            Val::Ptr(p) => ExternArg::Ptr {
                nil: p == Pointer::Nil,
            },
        })
        .collect();
    let rtys: Vec<Ty> = list_leaves(&x.sig.results).iter().map(|l| l.ty).collect();
    extern_results(&x.name, &leaves, &rtys)
        .into_iter()
        .zip(rtys)
        .map(|(r, ty)| match r {
            ExternResult::Bits(b) => match ty {
                Ty::F32 => Val::F32(b as u32),
                Ty::F64 => Val::F64(b),
                _ => Val::Int(b),
            },
            ExternResult::Nil => Val::Ptr(Pointer::Nil),
            ExternResult::Arg(k) => args[k],
        })
        .collect()
}

/// Runs `func` of `module` on the materialised inputs.
pub fn run(
    module: &Module,
    func: &str,
    input: &Materialized,
    limits: Limits,
) -> Result<Run, InterpError> {
    // Calls recurse on the host stack: give deep IR recursion room (a
    // thread made for it, unless this one already is).
    let needed = host_stack(limits.max_depth);
    if BIG_STACK.with(|b| b.get()) >= needed {
        return run_here(module, func, input, limits);
    }
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(needed)
            .spawn_scoped(s, || run_here(module, func, input, limits))
            .map_err(|e| InterpError::Invalid {
                function: func.to_string(),
                message: format!("cannot start the interpreter thread: {e}"),
            })?
            .join()
            .unwrap_or_else(|_| {
                Err(InterpError::Invalid {
                    function: func.to_string(),
                    message: "the interpreter panicked".into(),
                })
            })
    })
}

/// Host stack for the interpreter at the default depth limit (threads
/// reserve it; the pages a run does not reach are never touched).
pub const HOST_STACK: usize = 1 << 30;

/// Host stack bytes one nested IR call may take (measured: under 2 KiB in
/// the test profile; the rest is margin).
const HOST_STACK_PER_CALL: usize = 8 << 10;

/// Host stack enough for calls nested `max_depth` deep.
pub fn host_stack(max_depth: usize) -> usize {
    HOST_STACK.max((max_depth + 16).saturating_mul(HOST_STACK_PER_CALL))
}

thread_local! {
    /// The host stack this thread was made with by [`with_big_stack`].
    static BIG_STACK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `f` on a new thread with a stack of [`HOST_STACK`] bytes, on which
/// [`run`] interprets directly instead of making such a thread per call
/// (campaign workers: a thread per run costs more than most runs).
pub fn with_big_stack<R: Send>(f: impl FnOnce() -> R + Send) -> std::io::Result<R> {
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .stack_size(HOST_STACK)
            .spawn_scoped(s, || {
                BIG_STACK.with(|b| b.set(HOST_STACK));
                f()
            })?;
        Ok(handle
            .join()
            .unwrap_or_else(|payload| std::panic::resume_unwind(payload)))
    })
}

fn run_here(
    module: &Module,
    func: &str,
    input: &Materialized,
    limits: Limits,
) -> Result<Run, InterpError> {
    let mut it = Interp {
        funcs: module
            .functions
            .iter()
            .map(|f| (f.name.as_str(), f))
            .collect(),
        all: &module.functions,
        itabs: janus_backend::ir::itab_table(module),
        externs: module
            .externs
            .iter()
            .map(|x| (x.name.as_str(), x))
            .collect(),
        objects: input
            .objects
            .iter()
            .map(|o| Object {
                bytes: o.bytes.clone(),
                pointers: o.pointers.clone(),
                alive: true,
                written: None,
                ptr_words: o.ptr_words.clone(),
                stack: false,
                readonly: o.descriptor,
                func: None,
            })
            .collect(),
        heap: (0..input.objects.len()).collect(),
        fuel: limits.fuel,
        steps: 0,
        limits,
        depth: 0,
        max_depth: 0,
    };
    let f = *it.funcs.get(func).ok_or_else(|| InterpError::Invalid {
        function: func.to_string(),
        message: "no such function".into(),
    })?;
    let args: Vec<Val> = input.leaves.iter().map(to_val).collect();
    let outcome = match it.call(f, &args, None)? {
        Ok(results) => {
            let tys: Vec<Ty> = janus_backend::ir::list_leaves(&f.sig.results)
                .iter()
                .map(|l| l.ty)
                .collect();
            let mut out = Vec::with_capacity(results.len());
            for (v, ty) in results.into_iter().zip(tys) {
                out.push(it.to_leaf(v, ty, f)?);
            }
            Outcome::Returned(out)
        }
        Err(Unwind::Panic(p)) => Outcome::Panic(p),
        Err(Unwind::Overflow) => Outcome::StackOverflow,
    };
    // Pointers as the outside numbers objects (see `Interp::heap`).
    let outside = |pointers: &BTreeMap<u64, Pointer>| -> BTreeMap<u64, Pointer> {
        pointers
            .iter()
            .map(|(k, p)| {
                let p = match *p {
                    Pointer::Obj { obj, offset } => {
                        match it.heap.iter().position(|&i| i == obj.0 as usize) {
                            Some(n) => Pointer::Obj {
                                obj: ObjId(n as u32),
                                offset,
                            },
                            None => *p,
                        }
                    }
                    Pointer::Nil | Pointer::Func { .. } | Pointer::Itab { .. } => *p,
                };
                (*k, p)
            })
            .collect()
    };
    let objects = it
        .objects
        .iter()
        .take(input.objects.len())
        .zip(&input.objects)
        .map(|(o, init)| ObjectInit {
            size: init.size,
            align: init.align,
            ptr_words: init.ptr_words.clone(),
            descriptor: init.descriptor,
            bytes: o.bytes.clone(),
            pointers: outside(&o.pointers),
        })
        .collect();
    let made = it.heap[input.objects.len()..]
        .iter()
        .map(|&i| {
            let o = &it.objects[i];
            crate::made::MadeContents {
                bytes: o.bytes.clone(),
                pointers: outside(&o.pointers),
                code_word: o.func.is_some(),
            }
        })
        .collect();
    Ok(Run {
        outcome,
        objects,
        made,
        steps: it.steps,
        max_depth: it.max_depth,
    })
}

fn to_val(l: &LeafValue) -> Val {
    match l {
        LeafValue::Int { bits, .. } => Val::Int(*bits),
        LeafValue::Float { ty: Ty::F32, bits } => Val::F32(*bits as u32),
        LeafValue::Float { bits, .. } => Val::F64(*bits),
        LeafValue::Ptr(p) => Val::Ptr(*p),
    }
}

fn mask(ty: Ty) -> u64 {
    if ty.bits() == 64 {
        u64::MAX
    } else {
        (1u64 << ty.bits()) - 1
    }
}

fn sext(bits: u64, ty: Ty) -> i64 {
    let shift = 64 - ty.bits();
    ((bits << shift) as i64) >> shift
}

/// Go 1.19's float-to-int conversion on amd64 (docs/ir.md), after
/// cmd/compile/internal/ssagen/ssa.go: `fpConvOpToSSA` gives the
/// conversion each width goes through, `floatToUint` the uint64 one. An f32
/// source is widened first: exact, and the same truncation and range.
pub fn float_to_int(x: f64, to: Ty, signed: bool) -> u64 {
    const TWO63: f64 = (1u64 << 63) as f64;
    // CVTTSD2SQ / CVTTSD2SL: truncation, or the "integer indefinite".
    let cvt64 = |x: f64| -> u64 {
        if x.is_nan() || !(-TWO63..TWO63).contains(&x) {
            1 << 63
        } else {
            x.trunc() as i64 as u64
        }
    };
    let cvt32 = |x: f64| -> u64 {
        if x.is_nan() || !(-2_147_483_648.0..2_147_483_648.0).contains(&x) {
            0x8000_0000
        } else {
            x.trunc() as i64 as u32 as u64
        }
    };
    let bits = match (to, signed) {
        (Ty::I64, true) => cvt64(x),
        // uint64 (floatToUint): below 2^63 the signed conversion; otherwise
        // (NaN too, as `x < 2^63` is false) the conversion of x - 2^63 with
        // the top bit ORed in, so out of range stays 0x8000...
        (Ty::I64, false) if x < TWO63 => cvt64(x),
        (Ty::I64, false) => cvt64(x - TWO63) | (1 << 63),
        // uint32 "goes wide to dodge unsigned": Cvt64Fto64, Trunc64to32.
        (Ty::I32, false) => cvt64(x),
        // Everything narrower, signed or not: Cvt64Fto32 (Cvt32Fto32), cut.
        _ => cvt32(x),
    };
    bits & mask(to)
}

impl<'m> Interp<'m> {
    fn invalid(&self, f: &Function, message: String) -> InterpError {
        InterpError::Invalid {
            function: f.name.clone(),
            message,
        }
    }

    /// A new stack object; a slot's bytes are undefined until written.
    fn new_object(&mut self, size: u64, defined: bool, ptr_words: BTreeSet<u64>) -> ObjId {
        self.objects.push(Object {
            bytes: vec![0; size as usize],
            pointers: BTreeMap::new(),
            alive: true,
            written: (!defined).then(|| vec![false; size as usize]),
            ptr_words,
            stack: true,
            readonly: false,
            func: None,
        });
        ObjId(self.objects.len() as u32 - 1)
    }

    /// Calls `f`; the inner result is a panic or the depth limit, if one
    /// stopped the run.
    /// `ctx` is the func value a closure was called through (`ctx`).
    fn call(
        &mut self,
        f: &'m Function,
        args: &[Val],
        ctx: Option<Val>,
    ) -> Result<Result<Vec<Val>, Unwind>, InterpError> {
        if self.depth >= self.limits.max_depth {
            return Ok(Err(Unwind::Overflow));
        }
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        // Parameter homes, filled with the incoming values (paramaddr).
        let mut homes = Vec::with_capacity(f.sig.params.len());
        let mut k = 0;
        for p in &f.sig.params {
            let home = self.new_object(p.ty.size(), true, crate::inputs::pointer_words(&p.ty, 1));
            for l in leaves(&p.ty) {
                self.store(
                    f,
                    Pointer::Obj {
                        obj: home,
                        offset: l.offset as i64,
                    },
                    l.ty,
                    args[k],
                )?;
                k += 1;
            }
            homes.push(home);
        }
        let slots: Vec<ObjId> = f
            .slots
            .iter()
            .map(|s| {
                self.new_object(
                    s.size as u64,
                    false,
                    s.pointer_words().into_iter().collect(),
                )
            })
            .collect();
        // Parameter leaves by (param, leaf).
        let mut param_start = Vec::with_capacity(f.sig.params.len());
        let mut n = 0;
        for p in &f.sig.params {
            param_start.push(n);
            n += janus_backend::ir::leaf_count(&p.ty) as usize;
        }
        let mut vals: Vec<Option<Val>> = vec![None; f.value_types.len()];
        let mut block = 0usize;
        let mut incoming: Vec<Val> = Vec::new();
        let result = 'run: loop {
            let b = &f.blocks[block];
            for (p, v) in b.params.iter().zip(&incoming) {
                vals[p.0 as usize] = Some(*v);
            }
            for inst in &b.insts {
                if self.fuel == 0 {
                    return Err(InterpError::OutOfFuel);
                }
                self.fuel -= 1;
                self.steps += 1;
                let get = |v: Value| vals[v.0 as usize].expect("verified: defined before use");
                let out: Vec<Val> = match &inst.op {
                    Op::Iconst { bits, .. } => vec![Val::Int(*bits)],
                    Op::Fconst { ty: Ty::F32, bits } => vec![Val::F32(*bits as u32)],
                    Op::Fconst { bits, .. } => vec![Val::F64(*bits)],
                    Op::Nil => vec![Val::Ptr(Pointer::Nil)],
                    Op::Alloc { ty } => {
                        let id = self.objects.len();
                        self.objects.push(Object {
                            bytes: vec![0; ty.size() as usize],
                            pointers: BTreeMap::new(),
                            alive: true,
                            written: None,
                            ptr_words: crate::inputs::pointer_words(ty, 1),
                            stack: false,
                            readonly: false,
                            func: None,
                        });
                        self.heap.push(id);
                        vec![Val::Ptr(Pointer::Obj {
                            obj: ObjId(id as u32),
                            offset: 0,
                        })]
                    }
                    Op::Param { index, leaf } => {
                        vec![args[param_start[*index as usize] + *leaf as usize]]
                    }
                    Op::ParamAddr { index } => vec![Val::Ptr(Pointer::Obj {
                        obj: homes[*index as usize],
                        offset: 0,
                    })],
                    Op::SlotAddr { slot } => vec![Val::Ptr(Pointer::Obj {
                        obj: slots[slot.0 as usize],
                        offset: 0,
                    })],
                    Op::Unary { op, ty, arg } => vec![unary(*op, *ty, get(*arg))],
                    Op::Binary { op, ty, a, b } => {
                        match binary(*op, *ty, get(*a), get(*b), f.ty(*b)) {
                            Ok(v) => vec![v],
                            Err(p) => break 'run Err(Unwind::Panic(p)),
                        }
                    }
                    Op::Icmp { cc, ty, a, b } => {
                        vec![Val::Int(icmp(*cc, *ty, get(*a), get(*b)) as u64)]
                    }
                    Op::Fcmp { cc, a, b, .. } => vec![Val::Int(fcmp(*cc, get(*a), get(*b)) as u64)],
                    Op::Conv { op, from, to, arg } => vec![convert(*op, *from, *to, get(*arg))],
                    Op::Load { ty, ptr, offset } => {
                        let p = self.offset_ptr(f, get(*ptr), *offset as i64)?;
                        vec![self.load(f, p, *ty)?]
                    }
                    Op::Store {
                        ty,
                        ptr,
                        offset,
                        value,
                    } => {
                        let p = self.offset_ptr(f, get(*ptr), *offset as i64)?;
                        self.store(f, p, *ty, get(*value))?;
                        vec![]
                    }
                    Op::PtrAdd { ptr, offset } => {
                        let Val::Int(d) = get(*offset) else {
                            unreachable!("verified: i64")
                        };
                        vec![Val::Ptr(self.offset_ptr(f, get(*ptr), d as i64)?)]
                    }
                    Op::Call {
                        callee,
                        args: cargs,
                        ..
                    } => {
                        let a: Vec<Val> = cargs.iter().map(|v| get(*v)).collect();
                        match self.funcs.get(callee.as_str()) {
                            Some(&g) => match self.call(g, &a, None)? {
                                Ok(r) => r,
                                Err(p) => break 'run Err(p),
                            },
                            None => {
                                let x = self
                                    .externs
                                    .get(callee.as_str())
                                    .expect("verified: callee exists");
                                call_extern(x, &a)
                            }
                        }
                    }
                    Op::FuncVal { func } => {
                        let i = self.all.iter().position(|g| g.name == *func);
                        vec![Val::Ptr(Pointer::Func {
                            func: i.expect("verified: the function exists") as u32,
                        })]
                    }
                    Op::Closure { func, args: cargs } => {
                        let a: Vec<Val> = cargs.iter().map(|v| get(*v)).collect();
                        vec![self.closure(f, func, &a)?]
                    }
                    Op::Context => vec![ctx.expect("verified: the function has a context")],
                    Op::Itab { methods } => {
                        let i = self.itabs.iter().position(|m| m == methods);
                        vec![Val::Ptr(Pointer::Itab {
                            itab: i.expect("the module's itab table has every itab") as u32,
                        })]
                    }
                    Op::CallMethod {
                        sig,
                        itab,
                        index,
                        recv,
                        args: cargs,
                    } => {
                        let g = self.method_of(f, get(*itab), *index, sig)?;
                        let mut a = vec![get(*recv)];
                        a.extend(cargs.iter().map(|v| get(*v)));
                        match self.call(g, &a, None)? {
                            Ok(r) => r,
                            Err(p) => break 'run Err(p),
                        }
                    }
                    Op::CallVal {
                        sig,
                        callee,
                        args: cargs,
                    } => {
                        let fv = get(*callee);
                        let g = self.callee_of(f, fv, sig)?;
                        let a: Vec<Val> = cargs.iter().map(|v| get(*v)).collect();
                        match self.call(g, &a, Some(fv))? {
                            Ok(r) => r,
                            Err(p) => break 'run Err(p),
                        }
                    }
                };
                for (r, v) in inst.results.iter().zip(out) {
                    vals[r.0 as usize] = Some(v);
                }
            }
            let get = |v: Value| vals[v.0 as usize].expect("verified: defined before use");
            match &b.term {
                Terminator::Jump(bc) => {
                    incoming = bc.args.iter().map(|v| get(*v)).collect();
                    block = bc.block.0 as usize;
                }
                Terminator::Brif { cond, then, els } => {
                    let Val::Int(c) = get(*cond) else {
                        unreachable!("verified: integer")
                    };
                    let bc = if c & mask(f.ty(*cond)) != 0 {
                        then
                    } else {
                        els
                    };
                    incoming = bc.args.iter().map(|v| get(*v)).collect();
                    block = bc.block.0 as usize;
                }
                Terminator::Return(vs) => break Ok(vs.iter().map(|v| get(*v)).collect()),
            }
            if self.fuel == 0 {
                return Err(InterpError::OutOfFuel);
            }
            self.fuel -= 1;
        };
        // The frame's objects die with it (those of frames it called died
        // when those returned; heap objects made meanwhile live on).
        for id in homes.iter().chain(&slots) {
            self.objects[id.0 as usize].alive = false;
        }
        self.depth -= 1;
        Ok(result)
    }

    /// A new closure of `func` capturing `args` (the leaves of its context).
    fn closure(&mut self, f: &Function, func: &str, args: &[Val]) -> Result<Val, InterpError> {
        let index = self
            .all
            .iter()
            .position(|g| g.name == func)
            .expect("verified: the function exists");
        let ctx = self.all[index]
            .context
            .clone()
            .expect("verified: the function has a context");
        let ty = janus_backend::ir::closure_type(&ctx);
        let id = self.objects.len();
        self.objects.push(Object {
            bytes: vec![0; ty.size() as usize],
            pointers: BTreeMap::new(),
            alive: true,
            written: None,
            ptr_words: crate::inputs::pointer_words(&ty, 1),
            stack: false,
            func: None,
            readonly: false,
        });
        self.heap.push(id);
        for (v, l) in args.iter().zip(leaves(&ctx)) {
            let at = Pointer::Obj {
                obj: ObjId(id as u32),
                offset: (janus_backend::ir::CLOSURE_CONTEXT_OFFSET + l.offset) as i64,
            };
            self.store(f, at, l.ty, *v)?;
        }
        // From here on the code word is the closure's own.
        self.objects[id].func = Some(index as u32);
        Ok(Val::Ptr(Pointer::Obj {
            obj: ObjId(id as u32),
            offset: 0,
        }))
    }

    /// The function a func value calls, which must have the type `sig`
    /// the call names.
    fn callee_of(
        &self,
        f: &Function,
        fv: Val,
        sig: &janus_backend::types::FuncType,
    ) -> Result<&'m Function, InterpError> {
        let index = match fv {
            Val::Ptr(Pointer::Func { func }) => func,
            Val::Ptr(Pointer::Obj { obj, offset: 0 }) => match self.objects[obj.0 as usize].func {
                Some(i) => i,
                None => {
                    return Err(self.invalid(
                        f,
                        format!("calls through obj{}, which is not a func value", obj.0),
                    ))
                }
            },
            Val::Ptr(Pointer::Nil) => {
                return Err(self.invalid(f, "calls a nil func value".into()));
            }
            _ => {
                return Err(
                    self.invalid(f, "calls through a pointer that is not a func value".into())
                )
            }
        };
        let g = &self.all[index as usize];
        let types = |ps: &[janus_backend::types::Param]| -> Vec<janus_backend::types::Type> {
            ps.iter().map(|p| p.ty.clone()).collect()
        };
        if types(&g.sig.params) != types(&sig.params)
            || types(&g.sig.results) != types(&sig.results)
        {
            return Err(self.invalid(
                f,
                format!(
                    "calls {} (of type {}) as a {}",
                    g.name,
                    g.sig.go_syntax(),
                    sig.go_syntax()
                ),
            ));
        }
        Ok(g)
    }

    /// Method `index` of the itab `tab`, whose type without its receiver
    /// must be `sig`.
    fn method_of(
        &self,
        f: &Function,
        tab: Val,
        index: u32,
        sig: &janus_backend::types::FuncType,
    ) -> Result<&'m Function, InterpError> {
        let Val::Ptr(Pointer::Itab { itab }) = tab else {
            return Err(self.invalid(
                f,
                "calls a method through a pointer that is not an itab".into(),
            ));
        };
        let methods = &self.itabs[itab as usize];
        let Some(name) = methods.get(index as usize) else {
            return Err(self.invalid(
                f,
                format!(
                    "calls method {index} of an itab of {} methods",
                    methods.len()
                ),
            ));
        };
        let g = *self
            .funcs
            .get(name.as_str())
            .expect("verified: methods exist");
        let types = |ps: &[janus_backend::types::Param]| -> Vec<janus_backend::types::Type> {
            ps.iter().map(|p| p.ty.clone()).collect()
        };
        if types(&g.sig.params[1..]) != types(&sig.params)
            || types(&g.sig.results) != types(&sig.results)
        {
            return Err(self.invalid(
                f,
                format!(
                    "calls method {name} (of type {}) as a {} with a receiver",
                    g.sig.go_syntax(),
                    sig.go_syntax()
                ),
            ));
        }
        Ok(g)
    }

    fn offset_ptr(&self, f: &Function, p: Val, d: i64) -> Result<Pointer, InterpError> {
        match p {
            Val::Ptr(Pointer::Obj { obj, offset }) => Ok(Pointer::Obj {
                obj,
                offset: offset.wrapping_add(d),
            }),
            Val::Ptr(Pointer::Nil) if d == 0 => Ok(Pointer::Nil),
            Val::Ptr(Pointer::Func { func }) if d == 0 => Ok(Pointer::Func { func }),
            Val::Ptr(Pointer::Func { .. }) => Err(self.invalid(
                f,
                format!("pointer arithmetic on a static func value (+{d})"),
            )),
            Val::Ptr(Pointer::Itab { itab }) if d == 0 => Ok(Pointer::Itab { itab }),
            Val::Ptr(Pointer::Itab { .. }) => {
                Err(self.invalid(f, format!("pointer arithmetic on an itab (+{d})")))
            }
            _ => Err(self.invalid(f, format!("pointer arithmetic on nil (+{d})"))),
        }
    }

    /// Checks an access of `n` bytes at `p` and returns (object, offset).
    fn access(&self, f: &Function, p: Pointer, n: u64) -> Result<(usize, u64), InterpError> {
        let (obj, offset) = match p {
            Pointer::Obj { obj, offset } => (obj, offset),
            Pointer::Nil => return Err(self.invalid(f, "nil pointer dereference".into())),
            Pointer::Func { .. } => {
                return Err(self.invalid(
                    f,
                    "accesses a static func value (its code word is not the program's)".into(),
                ))
            }
            Pointer::Itab { .. } => {
                return Err(self.invalid(f, "accesses an itab (not the program's)".into()))
            }
        };
        let o = &self.objects[obj.0 as usize];
        if o.func.is_some() && offset < 8 {
            return Err(self.invalid(
                f,
                format!("accesses a closure's code word (offset {offset})"),
            ));
        }
        if !o.alive {
            return Err(self.invalid(
                f,
                format!("access to obj{} after its frame returned", obj.0),
            ));
        }
        if offset < 0 || offset as u64 + n > o.bytes.len() as u64 {
            return Err(self.invalid(
                f,
                format!(
                    "access of {n} bytes at offset {offset} of a {}-byte object",
                    o.bytes.len()
                ),
            ));
        }
        Ok((obj.0 as usize, offset as u64))
    }

    fn load(&self, f: &Function, p: Pointer, ty: Ty) -> Result<Val, InterpError> {
        let n = ty.bytes() as u64;
        let (o, at) = self.access(f, p, n)?;
        let obj = &self.objects[o];
        if let Some(w) = &obj.written {
            if !w[at as usize..(at + n) as usize].iter().all(|b| *b) {
                return Err(self.invalid(
                    f,
                    format!(
                        "reads {n} bytes at offset {at} of a stack slot before they are written"
                    ),
                ));
            }
        }
        let overlapping = obj
            .pointers
            .range(at.saturating_sub(7)..at + n)
            .next()
            .map(|(k, v)| (*k, *v));
        if ty == Ty::Ptr {
            if !obj.ptr_words.contains(&at) {
                return Err(self.invalid(f, format!("loads a pointer from offset {at}, which its object's type does not make a pointer word")));
            }
            return match overlapping {
                Some((k, v)) if k == at => Ok(Val::Ptr(v)),
                Some(_) => Err(self.invalid(f, "misaligned pointer load".into())),
                None if obj.bytes[at as usize..at as usize + 8]
                    .iter()
                    .all(|b| *b == 0) =>
                {
                    Ok(Val::Ptr(Pointer::Nil))
                }
                None => Err(self.invalid(f, "loads a pointer from non-pointer data".into())),
            };
        }
        if overlapping.is_some() {
            return Err(self.invalid(f, format!("reads pointer bits as {ty}")));
        }
        let mut raw = [0u8; 8];
        raw[..n as usize].copy_from_slice(&obj.bytes[at as usize..(at + n) as usize]);
        let bits = u64::from_le_bytes(raw);
        Ok(match ty {
            Ty::F32 => Val::F32(bits as u32),
            Ty::F64 => Val::F64(bits),
            _ => Val::Int(bits),
        })
    }

    fn store(&mut self, f: &Function, p: Pointer, ty: Ty, v: Val) -> Result<(), InterpError> {
        let n = ty.bytes() as u64;
        let (o, at) = self.access(f, p, n)?;
        if self.objects[o].readonly {
            return Err(self.invalid(
                f,
                format!("stores into obj{o}, a type descriptor or itab (read-only data)"),
            ));
        }
        let is_ptr_word = self.objects[o].ptr_words.contains(&at);
        let covers_ptr_word = self.objects[o]
            .ptr_words
            .range(at.saturating_sub(7)..at + n)
            .next()
            .is_some();
        match v {
            Val::Ptr(_) if !is_ptr_word => {
                return Err(self.invalid(f, format!("stores a pointer at offset {at}, which its object's type does not make a pointer word (declare stack slots that hold pointers with a type)")));
            }
            Val::Ptr(Pointer::Obj { obj, .. })
                if self.objects[obj.0 as usize].stack && !self.objects[o].stack =>
            {
                return Err(self.invalid(
                    f,
                    "stores the address of a stack object into a heap object".to_string(),
                ));
            }
            Val::Ptr(_) => {}
            _ if covers_ptr_word => {
                return Err(self.invalid(
                    f,
                    format!("stores a {ty} over a pointer word at offset {at}"),
                ));
            }
            _ => {}
        }
        let obj = &mut self.objects[o];
        if let Some(w) = &mut obj.written {
            w[at as usize..(at + n) as usize]
                .iter_mut()
                .for_each(|b| *b = true);
        }
        // Whatever pointers this store overwrites are gone.
        let stale: Vec<u64> = obj
            .pointers
            .range(at.saturating_sub(7)..at + n)
            .map(|(k, _)| *k)
            .collect();
        for k in stale {
            obj.pointers.remove(&k);
        }
        let bits = match v {
            Val::Int(b) | Val::F64(b) => b,
            Val::F32(b) => b as u64,
            Val::Ptr(ptr) => {
                if ptr != Pointer::Nil {
                    obj.pointers.insert(at, ptr);
                }
                0
            }
        };
        obj.bytes[at as usize..(at + n) as usize]
            .copy_from_slice(&bits.to_le_bytes()[..n as usize]);
        Ok(())
    }

    fn to_leaf(&self, v: Val, ty: Ty, f: &Function) -> Result<LeafValue, InterpError> {
        Ok(match v {
            Val::Int(bits) => LeafValue::Int {
                ty,
                bits: bits & mask(ty),
            },
            Val::F32(bits) => LeafValue::Float {
                ty,
                bits: bits as u64,
            },
            Val::F64(bits) => LeafValue::Float { ty, bits },
            Val::Ptr(Pointer::Nil) => LeafValue::Ptr(Pointer::Nil),
            Val::Ptr(Pointer::Func { func }) => LeafValue::Ptr(Pointer::Func { func }),
            Val::Ptr(Pointer::Itab { itab }) => LeafValue::Ptr(Pointer::Itab { itab }),
            Val::Ptr(Pointer::Obj { obj, offset }) => {
                if !self.objects[obj.0 as usize].alive {
                    return Err(self.invalid(f, "returns a pointer into a returned frame".into()));
                }
                let Some(ordinal) = self.heap.iter().position(|&i| i == obj.0 as usize) else {
                    return Err(self.invalid(f, "returns a pointer into a stack frame".into()));
                };
                LeafValue::Ptr(Pointer::Obj {
                    obj: ObjId(ordinal as u32),
                    offset,
                })
            }
        })
    }
}

fn unary(op: UnOp, ty: Ty, a: Val) -> Val {
    match (op, a) {
        (UnOp::Neg, Val::Int(x)) => Val::Int(x.wrapping_neg() & mask(ty)),
        (UnOp::Not, Val::Int(x)) => Val::Int(!x & mask(ty)),
        (UnOp::FNeg, Val::F32(x)) => Val::F32(x ^ 0x8000_0000),
        (UnOp::FNeg, Val::F64(x)) => Val::F64(x ^ (1 << 63)),
        _ => unreachable!("verified operand types"),
    }
}

fn binary(op: BinOp, ty: Ty, a: Val, b: Val, bty: Ty) -> Result<Val, PanicKind> {
    Ok(match (a, b) {
        (Val::F32(x), Val::F32(y)) => {
            let (x, y) = (f32::from_bits(x), f32::from_bits(y));
            Val::F32(
                match op {
                    BinOp::FAdd => x + y,
                    BinOp::FSub => x - y,
                    BinOp::FMul => x * y,
                    _ => x / y,
                }
                .to_bits(),
            )
        }
        (Val::F64(x), Val::F64(y)) => {
            let (x, y) = (f64::from_bits(x), f64::from_bits(y));
            Val::F64(
                match op {
                    BinOp::FAdd => x + y,
                    BinOp::FSub => x - y,
                    BinOp::FMul => x * y,
                    _ => x / y,
                }
                .to_bits(),
            )
        }
        (Val::Int(x), Val::Int(y)) => {
            let m = mask(ty);
            let w = ty.bits() as u64;
            let (sx, sy) = (sext(x, ty), sext(y, ty));
            let count = y & mask(bty);
            Val::Int(
                (match op {
                    BinOp::Add => x.wrapping_add(y),
                    BinOp::Sub => x.wrapping_sub(y),
                    BinOp::Mul => x.wrapping_mul(y),
                    BinOp::And => x & y,
                    BinOp::Or => x | y,
                    BinOp::Xor => x ^ y,
                    BinOp::AndNot => x & !y,
                    BinOp::Shl if count >= w => 0,
                    BinOp::Shl => x << count,
                    BinOp::ShrU if count >= w => 0,
                    BinOp::ShrU => (x & m) >> count,
                    BinOp::ShrS => (sx >> count.min(63)) as u64,
                    BinOp::DivU | BinOp::RemU | BinOp::DivS | BinOp::RemS if y & m == 0 => {
                        return Err(PanicKind::DivideByZero)
                    }
                    BinOp::DivU => (x & m) / (y & m),
                    BinOp::RemU => (x & m) % (y & m),
                    // i64::MIN / -1 wraps to MinInt; its remainder is 0.
                    BinOp::DivS => sx.wrapping_div(sy) as u64,
                    BinOp::RemS => sx.wrapping_rem(sy) as u64,
                    BinOp::FAdd | BinOp::FSub | BinOp::FMul | BinOp::FDiv => {
                        unreachable!("verified")
                    }
                }) & m,
            )
        }
        _ => unreachable!("verified operand types"),
    })
}

fn icmp(cc: IntCC, ty: Ty, a: Val, b: Val) -> bool {
    match (a, b) {
        (Val::Ptr(x), Val::Ptr(y)) => match cc {
            IntCC::Eq => x == y,
            _ => x != y,
        },
        (Val::Int(x), Val::Int(y)) => {
            let (ux, uy) = (x & mask(ty), y & mask(ty));
            let (sx, sy) = (sext(x, ty), sext(y, ty));
            match cc {
                IntCC::Eq => ux == uy,
                IntCC::Ne => ux != uy,
                IntCC::Slt => sx < sy,
                IntCC::Sle => sx <= sy,
                IntCC::Sgt => sx > sy,
                IntCC::Sge => sx >= sy,
                IntCC::Ult => ux < uy,
                IntCC::Ule => ux <= uy,
                IntCC::Ugt => ux > uy,
                IntCC::Uge => ux >= uy,
            }
        }
        _ => unreachable!("verified operand types"),
    }
}

fn fcmp(cc: FloatCC, a: Val, b: Val) -> bool {
    let (x, y) = match (a, b) {
        (Val::F32(x), Val::F32(y)) => (f32::from_bits(x) as f64, f32::from_bits(y) as f64),
        (Val::F64(x), Val::F64(y)) => (f64::from_bits(x), f64::from_bits(y)),
        _ => unreachable!("verified operand types"),
    };
    match cc {
        FloatCC::Eq => x == y,
        FloatCC::Ne => x != y,
        FloatCC::Lt => x < y,
        FloatCC::Le => x <= y,
        FloatCC::Gt => x > y,
        FloatCC::Ge => x >= y,
    }
}

fn convert(op: ConvOp, from: Ty, to: Ty, a: Val) -> Val {
    let float_of = |a: Val| match a {
        Val::F32(b) => f32::from_bits(b) as f64,
        Val::F64(b) => f64::from_bits(b),
        _ => unreachable!("verified operand types"),
    };
    let make_float = |x: f64, exact32: Option<f32>| match to {
        Ty::F32 => Val::F32(exact32.unwrap_or(x as f32).to_bits()),
        _ => Val::F64(x.to_bits()),
    };
    match (op, a) {
        (ConvOp::Sext, Val::Int(x)) => Val::Int(sext(x, from) as u64 & mask(to)),
        (ConvOp::Zext, Val::Int(x)) => Val::Int(x & mask(from)),
        (ConvOp::Trunc, Val::Int(x)) => Val::Int(x & mask(to)),
        // Convert straight to the target precision: one rounding, as CVTSI2SS.
        (ConvOp::SIToF, Val::Int(x)) => {
            let s = sext(x, from);
            make_float(s as f64, Some(s as f32))
        }
        (ConvOp::UIToF, Val::Int(x)) => {
            let u = x & mask(from);
            make_float(u as f64, Some(u as f32))
        }
        (ConvOp::FToSI, v) => Val::Int(float_to_int(float_of(v), to, true)),
        (ConvOp::FToUI, v) => Val::Int(float_to_int(float_of(v), to, false)),
        (ConvOp::FConv, Val::F32(b)) => Val::F64((f32::from_bits(b) as f64).to_bits()),
        (ConvOp::FConv, Val::F64(b)) => Val::F32((f64::from_bits(b) as f32).to_bits()),
        _ => unreachable!("verified operand types"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::materialize;
    use janus_backend::ir::{parse_module, verify_module};

    fn run_src(src: &str, func: &str) -> Run {
        let m = parse_module(src).unwrap_or_else(|e| panic!("{e}"));
        verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
        let f = m.function(func).unwrap();
        let r = m.runs.iter().find(|r| r.func == func).unwrap();
        let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
        let input = materialize(&types, &r.args).unwrap();
        run(&m, func, &input, Limits::default()).unwrap_or_else(|e| panic!("{e}"))
    }

    fn ints(r: &Run) -> Vec<i64> {
        let Outcome::Returned(vs) = &r.outcome else {
            panic!("{:?}", r.outcome)
        };
        vs.iter()
            .map(|v| match v {
                LeafValue::Int { ty, bits } => sext(*bits, *ty),
                other => panic!("{other}"),
            })
            .collect()
    }

    #[test]
    fn the_sum_loop_module() {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../corpus/modules/sum_loop.jir"
        ))
        .unwrap();
        assert_eq!(ints(&run_src(&src, "sum")), [110]);
        let r = run_src(&src, "caller");
        let Outcome::Returned(vs) = &r.outcome else {
            panic!()
        };
        assert_eq!(
            vs[0],
            LeafValue::Int {
                ty: Ty::I64,
                bits: 47
            }
        );
        assert_eq!(
            vs[1],
            LeafValue::Float {
                ty: Ty::F64,
                bits: 5.0f64.to_bits()
            }
        );
        assert_eq!(
            vs[2],
            LeafValue::Int {
                ty: Ty::I8,
                bits: 0
            }
        );
    }

    #[test]
    fn go_integer_semantics() {
        let src = "internal func f(a int8, b int8, c uint32, n uint8) (int8, int8, int8, uint32, uint32, int8) {
        b0:
            a = param 0, 0
            b = param 1, 0
            c = param 2, 0
            n = param 3, 0
            q = divs.i8 a, b
            r = rems.i8 a, b
            s = shrs.i8 a, n
            t = shl.i32 c, n
            u = shru.i32 c, n
            w = mul.i8 a, a
            ret q, r, s, t, u, w
        }
        run f(-128, -1, 0x80000001, 40)";
        assert_eq!(ints(&run_src(src, "f")), [-128, 0, -1, 0, 0, 0]);
    }

    #[test]
    fn division_by_zero_panics() {
        let src = "internal func f(a int64, b int64) int64 {
        b0:
            a = param 0, 0
            b = param 1, 0
            q = divu.i64 a, b
            ret q
        }
        run f(1, 0)";
        assert_eq!(
            run_src(src, "f").outcome,
            Outcome::Panic(PanicKind::DivideByZero)
        );
    }

    /// What Go 1.19.8 on amd64 prints for `uint8(x)`, `uint16(x)`,
    /// `uint32(x)`, `uint64(x)` (and the signed ones, as their bits) of a
    /// float64 or float32 `x` passed to a `//go:noinline` function, so the
    /// conversion happens at run time: (x's bits, 8-, 16-, 32-, 64-bit
    /// result). NaN is math.NaN() (0x7ff8000000000001).
    const GO_F64_UNSIGNED: &[(u64, u64, u64, u64, u64)] = &[
        (0x7ff8000000000001, 0x0, 0x0, 0x0, 0x8000000000000000), // NaN
        (0x7ff0000000000000, 0x0, 0x0, 0x0, 0x8000000000000000), // +Inf
        (0xfff0000000000000, 0x0, 0x0, 0x0, 0x8000000000000000), // -Inf
        (0x0, 0x0, 0x0, 0x0, 0x0),                               // 0
        (0x8000000000000000, 0x0, 0x0, 0x0, 0x0),                // -0
        (
            0xbff8000000000000,
            0xff,
            0xffff,
            0xffffffff,
            0xffffffffffffffff,
        ), // -1.5
        (0x4072cb3333333333, 0x2c, 0x12c, 0x12c, 0x12c),         // 300.7
        (0x40effff666666666, 0xff, 0xffff, 0xffff, 0xffff),      // 65535.7
        (
            0xc0e0002000000000,
            0xff,
            0x7fff,
            0xffff7fff,
            0xffffffffffff7fff,
        ), // -32769
        (0x41e0000000000000, 0x0, 0x0, 0x80000000, 0x80000000),  // 2.147483648e+09
        (0x41e0000025800000, 0x0, 0x0, 0x8000012c, 0x8000012c),  // 2.147483948e+09
        (0xc1e0000000200000, 0x0, 0x0, 0x7fffffff, 0xffffffff7fffffff), // -2.147483649e+09
        (0xc1e0000025800000, 0x0, 0x0, 0x7ffffed4, 0xffffffff7ffffed4), // -2.147483948e+09
        (0x41effffffff00000, 0x0, 0x0, 0xffffffff, 0xffffffff),  // 4.2949672955e+09
        (0x41f0000012c00000, 0x0, 0x0, 0x12c, 0x10000012c),      // 4.294967596e+09
        (0x43dfffffffffffff, 0x0, 0x0, 0xfffffc00, 0x7ffffffffffffc00), // 9.223372036854775e+18
        (0x43e0000000000000, 0x0, 0x0, 0x0, 0x8000000000000000), // 9.223372036854776e+18
        (0x43e0000000000001, 0x0, 0x0, 0x0, 0x8000000000000800), // 9.223372036854778e+18
        (0x43e158e460913d00, 0x0, 0x0, 0x0, 0x8ac7230489e80000), // 1e+19
        (0x43efffffffffffff, 0x0, 0x0, 0x0, 0xfffffffffffff800), // 1.844674407370955e+19
        (0x43f0000000000000, 0x0, 0x0, 0x0, 0x8000000000000000), // 1.8446744073709552e+19
        (0x4415af1d78b58c40, 0x0, 0x0, 0x0, 0x8000000000000000), // 1e+20
        (0xc3e0000000000000, 0x0, 0x0, 0x0, 0x8000000000000000), // -9.223372036854776e+18
        (0xc415af1d78b58c40, 0x0, 0x0, 0x0, 0x8000000000000000), // -1e+20
    ];
    const GO_F64_SIGNED: &[(u64, u64, u64, u64, u64)] = &[
        (0x7ff8000000000001, 0x0, 0x0, 0x80000000, 0x8000000000000000), // NaN
        (0x7ff0000000000000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // +Inf
        (0xfff0000000000000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // -Inf
        (0x0, 0x0, 0x0, 0x0, 0x0),                                      // 0
        (0x8000000000000000, 0x0, 0x0, 0x0, 0x0),                       // -0
        (
            0xbff8000000000000,
            0xff,
            0xffff,
            0xffffffff,
            0xffffffffffffffff,
        ), // -1.5
        (0x4072cb3333333333, 0x2c, 0x12c, 0x12c, 0x12c),                // 300.7
        (0x40effff666666666, 0xff, 0xffff, 0xffff, 0xffff),             // 65535.7
        (
            0xc0e0002000000000,
            0xff,
            0x7fff,
            0xffff7fff,
            0xffffffffffff7fff,
        ), // -32769
        (0x41e0000000000000, 0x0, 0x0, 0x80000000, 0x80000000),         // 2.147483648e+09
        (0x41e0000025800000, 0x0, 0x0, 0x80000000, 0x8000012c),         // 2.147483948e+09
        (0xc1e0000000200000, 0x0, 0x0, 0x80000000, 0xffffffff7fffffff), // -2.147483649e+09
        (0xc1e0000025800000, 0x0, 0x0, 0x80000000, 0xffffffff7ffffed4), // -2.147483948e+09
        (0x41effffffff00000, 0x0, 0x0, 0x80000000, 0xffffffff),         // 4.2949672955e+09
        (0x41f0000012c00000, 0x0, 0x0, 0x80000000, 0x10000012c),        // 4.294967596e+09
        (0x43dfffffffffffff, 0x0, 0x0, 0x80000000, 0x7ffffffffffffc00), // 9.223372036854775e+18
        (0x43e0000000000000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 9.223372036854776e+18
        (0x43e0000000000001, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 9.223372036854778e+18
        (0x43e158e460913d00, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 1e+19
        (0x43efffffffffffff, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 1.844674407370955e+19
        (0x43f0000000000000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 1.8446744073709552e+19
        (0x4415af1d78b58c40, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 1e+20
        (0xc3e0000000000000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // -9.223372036854776e+18
        (0xc415af1d78b58c40, 0x0, 0x0, 0x80000000, 0x8000000000000000), // -1e+20
    ];
    const GO_F32_UNSIGNED: &[(u32, u64, u64, u64, u64)] = &[
        (0x7fc00000, 0x0, 0x0, 0x0, 0x8000000000000000), // NaN
        (0x7f800000, 0x0, 0x0, 0x0, 0x8000000000000000), // +Inf
        (0xff800000, 0x0, 0x0, 0x0, 0x8000000000000000), // -Inf
        (0xbfc00000, 0xff, 0xffff, 0xffffffff, 0xffffffffffffffff), // -1.5
        (0x43966000, 0x2c, 0x12c, 0x12c, 0x12c),         // 300.75
        (0xc71c4000, 0xc0, 0x63c0, 0xffff63c0, 0xffffffffffff63c0), // -40000
        (0x4f000001, 0x0, 0x0, 0x80000100, 0x80000100),  // 2.147484e+09
        (0xcf000001, 0x0, 0x0, 0x7fffff00, 0xffffffff7fffff00), // -2.147484e+09
        (0x4f32d05e, 0x0, 0x0, 0xb2d05e00, 0xb2d05e00),  // 3e+09
        (0x4f800001, 0x0, 0x0, 0x200, 0x100000200),      // 4.294968e+09
        (0x5effffff, 0x0, 0x0, 0x0, 0x7fffff8000000000), // 9.2233715e+18
        (0x5f000000, 0x0, 0x0, 0x0, 0x8000000000000000), // 9.223372e+18
        (0x5f000001, 0x0, 0x0, 0x0, 0x8000010000000000), // 9.223373e+18
        (0x5f7fffff, 0x0, 0x0, 0x0, 0xffffff0000000000), // 1.8446743e+19
        (0x5f800000, 0x0, 0x0, 0x0, 0x8000000000000000), // 1.8446744e+19
        (0x7f7fc99e, 0x0, 0x0, 0x0, 0x8000000000000000), // 3.4e+38
    ];
    const GO_F32_SIGNED: &[(u32, u64, u64, u64, u64)] = &[
        (0x7fc00000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // NaN
        (0x7f800000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // +Inf
        (0xff800000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // -Inf
        (0xbfc00000, 0xff, 0xffff, 0xffffffff, 0xffffffffffffffff), // -1.5
        (0x43966000, 0x2c, 0x12c, 0x12c, 0x12c),                // 300.75
        (0xc71c4000, 0xc0, 0x63c0, 0xffff63c0, 0xffffffffffff63c0), // -40000
        (0x4f000001, 0x0, 0x0, 0x80000000, 0x80000100),         // 2.147484e+09
        (0xcf000001, 0x0, 0x0, 0x80000000, 0xffffffff7fffff00), // -2.147484e+09
        (0x4f32d05e, 0x0, 0x0, 0x80000000, 0xb2d05e00),         // 3e+09
        (0x4f800001, 0x0, 0x0, 0x80000000, 0x100000200),        // 4.294968e+09
        (0x5effffff, 0x0, 0x0, 0x80000000, 0x7fffff8000000000), // 9.2233715e+18
        (0x5f000000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 9.223372e+18
        (0x5f000001, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 9.223373e+18
        (0x5f7fffff, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 1.8446743e+19
        (0x5f800000, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 1.8446744e+19
        (0x7f7fc99e, 0x0, 0x0, 0x80000000, 0x8000000000000000), // 3.4e+38
    ];

    fn check_go(x: f64, shown: String, signed: bool, want: [u64; 4]) {
        let got = [Ty::I8, Ty::I16, Ty::I32, Ty::I64].map(|t| float_to_int(x, t, signed));
        let kind = if signed { "signed" } else { "unsigned" };
        assert_eq!(got, want, "{kind} conversions of {shown}");
    }

    #[test]
    fn float_to_int_is_go_1_19_s() {
        for &(b, w8, w16, w32, w64) in GO_F64_UNSIGNED {
            let x = f64::from_bits(b);
            check_go(x, format!("f64 {x:e} ({b:#x})"), false, [w8, w16, w32, w64]);
        }
        for &(b, w8, w16, w32, w64) in GO_F64_SIGNED {
            let x = f64::from_bits(b);
            check_go(x, format!("f64 {x:e} ({b:#x})"), true, [w8, w16, w32, w64]);
        }
        // The interpreter widens an f32 operand to f64 (exactly) first.
        for &(b, w8, w16, w32, w64) in GO_F32_UNSIGNED {
            let x = f32::from_bits(b);
            check_go(
                x as f64,
                format!("f32 {x:e} ({b:#x})"),
                false,
                [w8, w16, w32, w64],
            );
        }
        for &(b, w8, w16, w32, w64) in GO_F32_SIGNED {
            let x = f32::from_bits(b);
            check_go(
                x as f64,
                format!("f32 {x:e} ({b:#x})"),
                true,
                [w8, w16, w32, w64],
            );
        }
    }

    #[test]
    fn memory_is_checked() {
        let src = "internal func f(p *int32) int64 {
        b0:
            p = param 0, 0
            x = load.i64 p, 0
            ret x
        }
        run f(&7)";
        let m = parse_module(src).unwrap();
        let f = m.function("f").unwrap();
        let input = materialize(&[f.sig.params[0].ty.clone()], &m.runs[0].args).unwrap();
        let e = run(&m, "f", &input, Limits::default()).unwrap_err();
        assert!(
            e.to_string()
                .contains("access of 8 bytes at offset 0 of a 4-byte object"),
            "{e}"
        );
    }

    #[test]
    fn fuel_runs_out_on_an_endless_loop() {
        let src = "internal func f() {
        b0:
            jump b1
        b1:
            jump b1
        }
        run f()";
        let m = parse_module(src).unwrap();
        let input = materialize(&[], &[]).unwrap();
        let e = run(
            &m,
            "f",
            &input,
            Limits {
                fuel: 1000,
                max_depth: 10,
            },
        )
        .unwrap_err();
        assert_eq!(e, InterpError::OutOfFuel);
    }
}
