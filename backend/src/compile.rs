//! What compiling a module produces: for every function, its two entries
//! (the definition, and the wrapper for the other ABI), each as machine
//! code with the relocations its calls need. A module whose nosplit
//! functions would overflow the stack Go guarantees them is refused
//! ([`crate::isa::x64::nosplit`]).

use crate::abi::Abi;
use crate::ir::{verify_module, Module, Op, Pos, VerifyError};
use crate::isa::x64::codegen::{layout_frame, Emitter};
use crate::isa::x64::constants::{fold_immediates, rematerialize_constants};
use crate::isa::x64::nosplit::{check_nosplit, SPLITTABLE_USE};
use crate::isa::x64::vcode::{allocatable, entry_symbol, lower};
use crate::isa::x64::wrapper::wrapper;
use crate::isa::x64::Code;
use crate::regalloc::allocate;
use crate::types::FuncType;
use std::fmt;

/// One entry point of a function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompiledEntry {
    /// `NAME` for the ABIInternal entry, `NAME.abi0` for the ABI0 entry.
    pub symbol: String,
    pub abi: Abi,
    /// A wrapper (true) or the function's definition (false).
    pub wrapper: bool,
    pub code: Code,
    /// Bytes the entry's prologue subtracts from RSP, not counting the
    /// return address and the saved RBP.
    pub frame_size: u32,
    /// Offset of the first instruction after the stack-growth check (the
    /// `push rbp`), or `None` for a nosplit entry.
    pub body: Option<u32>,
    /// Every call the entry makes, with its stack map.
    pub safepoints: Vec<Safepoint>,
}

/// What kind of call a safepoint is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SafepointKind {
    /// A call in the body: the frame is set up (RBP points at the saved RBP).
    Call,
    /// The morestack call of the prologue's cold path: no frame yet, the
    /// return address of the entry's caller is just above this call's, and
    /// every argument (register ones spilled to their slots) is live.
    Morestack,
    /// A call that never returns (`runtime.panicdivide`): only stack words
    /// are described; values in registers are abandoned.
    NoReturn,
}

impl SafepointKind {
    pub fn token(self) -> &'static str {
        match self {
            SafepointKind::Call => "call",
            SafepointKind::Morestack => "morestack",
            SafepointKind::NoReturn => "noreturn",
        }
    }
}

/// A stack map: which words hold live pointers while a call is under way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Safepoint {
    /// Offset of the return address (the instruction after the call)
    /// within the entry.
    pub ret: u32,
    pub kind: SafepointKind,
    /// RBP-relative offsets (negative) of frame words holding live
    /// pointers: spill slots of the register allocator, pointer words of
    /// typed stack slots. Empty for morestack.
    pub frame: Vec<i32>,
    /// Offsets within the entry's incoming argument area (0 = just above
    /// the return address) of words holding live pointers: stack
    /// arguments, and spill slots of register arguments once spilled.
    pub args: Vec<u32>,
    /// RBP-relative offsets of frame words holding live values that are
    /// not pointers (spilled integers and floats): not part of the map,
    /// described for listings and for tests that check the map's
    /// precision.
    pub scalars: Vec<i32>,
}

/// A compiled function: its definition entry and its wrapper.
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledFunction {
    pub name: String,
    /// The definition ABI.
    pub abi: Abi,
    pub sig: FuncType,
    pub entries: Vec<CompiledEntry>,
    /// The function takes a closure context (in RDX on entry): the runtime
    /// roots it, and the oracle checks it at the entry.
    pub context: bool,
    /// An extern: the definition is not compiled here (its symbol stays
    /// undefined in the object, for the loader), so `entries` holds only
    /// the wrapper for the other ABI.
    pub external: bool,
}

/// Why a module could not be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub function: String,
    /// Where in the module's text, when it was read from text.
    pub pos: Option<Pos>,
    /// What is wrong, and in what (`in function f, block b0: ret x: x is
    /// i64, but f returns i32`), without the position.
    pub message: String,
}

impl CompileError {
    /// The error as a message about file `name`: `NAME:LINE:COLUMN: ...`
    /// when it is located, else `NAME: ...`.
    pub fn in_file(&self, name: &str) -> String {
        match self.pos {
            Some(_) => format!("{name}:{self}"),
            None => format!("{name}: {self}"),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{p}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl From<VerifyError> for CompileError {
    fn from(e: VerifyError) -> CompileError {
        CompileError {
            message: e.describe(),
            function: e.function,
            pos: e.pos,
        }
    }
}

impl std::error::Error for CompileError {}

/// The types `alloc` instructions name, in order of first appearance: the
/// module's type table (`runtime.newobject` takes an index into it, and
/// `.janus.meta` describes each type for the collector).
pub fn alloc_types(m: &Module) -> Vec<crate::types::Type> {
    let mut out: Vec<crate::types::Type> = Vec::new();
    for f in &m.functions {
        for b in &f.blocks {
            for i in &b.insts {
                let ty = match &i.op {
                    crate::ir::Op::Alloc { ty } => ty.clone(),
                    // A closure is a heap object too (see `closure_alloc_type`).
                    crate::ir::Op::Closure { func, .. } => {
                        match m.function(func).and_then(|g| g.context.as_ref()) {
                            Some(ctx) => closure_alloc_type(ctx),
                            None => continue,
                        }
                    }
                    _ => continue,
                };
                if !out.contains(&ty) {
                    out.push(ty);
                }
            }
        }
    }
    out
}

/// The type `runtime.newobject` is given for a closure of a function with
/// context type `ctx`: [`crate::ir::closure_type`], whose pointer words are
/// the captured pointers (the collector traces and moves them).
pub fn closure_alloc_type(ctx: &crate::types::Type) -> crate::types::Type {
    // Planted bug `closure-map-drops-pointers`: the captured variables as
    // bytes, so the collector neither traces nor updates their pointers.
    #[cfg(feature = "inject")]
    if crate::inject::active(crate::inject::Bug::ClosureMapDropsPointers) && ctx.has_pointers() {
        use crate::types::{Basic, Type};
        let bytes = Type::array(Type::basic(Basic::Uint8), ctx.size())
            .expect("an array of a laid-out type's size lays out");
        return Type::structure(vec![
            (Some("F".to_string()), Type::basic(Basic::Uintptr)),
            (Some("C".to_string()), bytes),
        ])
        .expect("a struct of a word and bytes lays out");
    }
    crate::ir::closure_type(ctx)
}

/// The wrappers that keep their stack check although their frame would let
/// them go without (see [`wrapper`]): those a function written `nosplit`
/// may call. A nosplit chain through them would be longer than the chain
/// through a checked wrapper, and refusing a module for it (the linker's
/// check) would be janus's doing, not the module's.
struct CheckedWrappers {
    /// Wrappers of these functions are called directly from a nosplit
    /// function.
    named: Vec<String>,
    /// A nosplit function makes an indirect call, which may reach any
    /// ABIInternal wrapper (of a function defined as ABI0).
    indirect: bool,
}

impl CheckedWrappers {
    fn needs_check(&self, name: &str, def: Abi) -> bool {
        (self.indirect && def == Abi::Abi0) || self.named.iter().any(|n| n == name)
    }
}

fn wrappers_called_from_nosplit(m: &Module) -> CheckedWrappers {
    let mut out = CheckedWrappers {
        named: Vec::new(),
        indirect: false,
    };
    let defined_as = |name: &str| {
        m.function(name)
            .map(|f| f.abi)
            .or_else(|| m.extern_decl(name).map(|e| e.abi))
    };
    for f in m.functions.iter().filter(|f| f.nosplit) {
        for i in f.blocks.iter().flat_map(|b| &b.insts) {
            match &i.op {
                Op::Call { callee, entry, .. } => {
                    if defined_as(callee).is_some_and(|d| d != *entry)
                        && !out.named.contains(callee)
                    {
                        out.named.push(callee.clone());
                    }
                }
                Op::CallVal { .. } | Op::CallMethod { .. } => out.indirect = true,
                _ => {}
            }
        }
    }
    out
}

/// Verifies and compiles every function of `m`, with its wrapper, and the
/// wrapper of every extern. Each function is optimised first
/// ([`crate::opt`]); the module's tables (types for `alloc`, itabs) are
/// those of `m` as written, which the object and the oracle use.
pub fn compile_module(m: &Module) -> Result<Vec<CompiledFunction>, CompileError> {
    compile_module_with(m, None)
}

/// [`compile_module`], taking each function from `cache` when it holds it
/// (see [`crate::cache`]) and putting there those it did not.
pub fn compile_module_with(
    m: &Module,
    mut cache: Option<&mut crate::cache::CompileCache>,
) -> Result<Vec<CompiledFunction>, CompileError> {
    verify_module(m)?;
    let types = alloc_types(m);
    let checked_wrappers = wrappers_called_from_nosplit(m);
    let mut out = Vec::with_capacity(m.functions.len());
    for f in &m.functions {
        let needs_check = checked_wrappers.needs_check(&f.name, f.abi);
        let compiled = match cache.as_deref_mut() {
            Some(cache) => cache.get_or_compile(m, f, &types, needs_check, || {
                compile_function(m, f, &types, needs_check)
            })?,
            None => compile_function(m, f, &types, needs_check)?,
        };
        out.push(compiled);
    }
    compile_externs(m, &checked_wrappers, out)
}

/// Compiles `f` of `m` (its definition and its wrapper); `needs_check`:
/// a nosplit function calls its wrapper, which keeps its stack check.
fn compile_function(
    m: &Module,
    f: &crate::ir::Function,
    types: &[crate::types::Type],
    needs_check: bool,
) -> Result<CompiledFunction, CompileError> {
    {
        // The copy to optimise leaves the text's positions and names
        // behind but the function's own (which is all that messages from
        // here on name).
        let mut f = crate::ir::Function {
            name: f.name.clone(),
            sig: f.sig.clone(),
            abi: f.abi,
            nosplit: f.nosplit,
            slots: f.slots.clone(),
            blocks: f.blocks.clone(),
            value_types: f.value_types.clone(),
            source: f.source.function_only(),
            context: f.context.clone(),
        };
        crate::opt::optimize_function(&mut f);
        let f = &f;
        let err = |message: String| CompileError {
            function: f.name.clone(),
            pos: f.pos(),
            message: format!("in function {}: {message}", f.name),
        };
        let mut vcode = lower(m, f, types).map_err(|e| err(e.0))?;
        fold_immediates(&mut vcode);
        rematerialize_constants(&mut vcode);
        let alloc = allocate(&vcode, allocatable());
        let frame = layout_frame(&vcode, &f.slots, &alloc);
        let mut em = Emitter::new(&vcode, &alloc, &frame);
        em.emit_function(f).map_err(|e| err(e.to_string()))?;
        // A loop whose body changes X15 undoes the guess that its back
        // edge leaves X15 zero: emit again without the guesses that failed
        // (each round drops at least one, so this ends).
        loop {
            let failed = em.x15_guesses_failed();
            if failed.is_empty() {
                break;
            }
            let mut no_guess = std::mem::take(&mut em.x15_no_guess);
            for b in failed {
                no_guess[b] = true;
            }
            em = Emitter::new(&vcode, &alloc, &frame);
            em.x15_no_guess = no_guess;
            em.emit_function(f).map_err(|e| err(e.to_string()))?;
        }
        let safepoints = std::mem::take(&mut em.safepoints);
        let body = em.body;
        let code = em.finish().map_err(|e| err(e.to_string()))?;
        // What the wrapper's call into this definition uses: a checked
        // definition moves to a new stack at once; a leaf without a check
        // uses its frame; a function written nosplit keeps its wrapper
        // checked, so that janus makes no nosplit chain longer than the
        // module wrote.
        let callee_use = match body {
            _ if f.nosplit || needs_check => None,
            Some(_) => Some(SPLITTABLE_USE),
            // (and, from that frame, a leaf's call of
            // `runtime.panicdivide`, splittable, if it divides).
            None => Some(
                8 + 8
                    + frame.size as u64
                    + if safepoints.iter().any(|s| s.kind == SafepointKind::NoReturn) {
                        SPLITTABLE_USE
                    } else {
                        0
                    },
            ),
        };
        let w = wrapper(&f.name, &f.sig, f.abi, callee_use)
            .map_err(|e| err(format!("wrapper: {e}")))?;
        let other = match f.abi {
            Abi::Internal => Abi::Abi0,
            Abi::Abi0 => Abi::Internal,
        };
        Ok(CompiledFunction {
            name: f.name.clone(),
            abi: f.abi,
            sig: f.sig.clone(),
            entries: vec![
                CompiledEntry {
                    symbol: entry_symbol(&f.name, f.abi),
                    abi: f.abi,
                    wrapper: false,
                    code,
                    frame_size: frame.size,
                    body,
                    safepoints,
                },
                CompiledEntry {
                    symbol: entry_symbol(&f.name, other),
                    abi: other,
                    wrapper: true,
                    code: w.code,
                    frame_size: w.frame_size,
                    body: w.body,
                    safepoints: w.safepoints,
                },
            ],
            context: f.context.is_some(),
            external: false,
        })
    }
}

/// The wrappers of `m`'s externs after `out`, its functions; then the
/// module-wide check of nosplit chains.
fn compile_externs(
    m: &Module,
    checked_wrappers: &CheckedWrappers,
    mut out: Vec<CompiledFunction>,
) -> Result<Vec<CompiledFunction>, CompileError> {
    // An extern's other-ABI entry: a wrapper calling the definition the
    // loader provides, as Go makes for an assembly function.
    for e in &m.externs {
        let callee_use = (!checked_wrappers.needs_check(&e.name, e.abi)).then_some(SPLITTABLE_USE);
        let w = wrapper(&e.name, &e.sig, e.abi, callee_use).map_err(|err| CompileError {
            function: e.name.clone(),
            pos: e.pos.0,
            message: format!("in extern function {}: wrapper: {err}", e.name),
        })?;
        let other = match e.abi {
            Abi::Internal => Abi::Abi0,
            Abi::Abi0 => Abi::Internal,
        };
        out.push(CompiledFunction {
            name: e.name.clone(),
            abi: e.abi,
            sig: e.sig.clone(),
            entries: vec![CompiledEntry {
                symbol: entry_symbol(&e.name, other),
                abi: other,
                wrapper: true,
                code: w.code,
                frame_size: w.frame_size,
                body: w.body,
                safepoints: w.safepoints,
            }],
            context: false,
            external: true,
        });
    }
    check_nosplit(&out).map_err(|e| CompileError {
        pos: m
            .function(&e.function)
            .and_then(|f| f.pos())
            .or_else(|| m.extern_decl(&e.function).and_then(|x| x.pos.0)),
        message: format!("in function {}: {}", e.function, e.message),
        function: e.function,
    })?;
    Ok(out)
}
