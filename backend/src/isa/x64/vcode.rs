//! Lowering: an IR function becomes x64 VCode — instructions on virtual
//! registers (one per IR value) plus the ABI's boundary pseudo-instructions:
//! incoming register and stack parameters, stack arguments and results of
//! calls, calls with their argument and result registers, and returns.
//! Block arguments become parallel moves, on split edges where a `brif`
//! passes any. The register allocator sees VCode through [`RaFunction`].

use super::regs::{Gpr, Xmm};
use crate::abi::{Abi, AbiLayout, Location, Reg};
use crate::ir::{leaves, BinOp, Function, Module, Op, Terminator, Ty};
use crate::regalloc::{Class, Hint, PReg, PRegSet, RaFunction, VReg};

/// The integer argument registers of ABIInternal, in order (RAX RBX RCX RDI
/// RSI R8 R9 R10 R11), as hardware numbers.
pub const INT_ARGS: [Gpr; 9] = [
    Gpr::RAX,
    Gpr::RBX,
    Gpr::RCX,
    Gpr::RDI,
    Gpr::RSI,
    Gpr::R8,
    Gpr::R9,
    Gpr::R10,
    Gpr::R11,
];

pub fn gpr_preg(g: Gpr) -> PReg {
    PReg(g.num())
}

pub fn xmm_preg(x: Xmm) -> PReg {
    PReg(16 + x.num())
}

/// The physical register of an ABI register index.
pub fn abi_preg(r: Reg) -> PReg {
    match r {
        Reg::Int(i) => gpr_preg(INT_ARGS[i as usize]),
        Reg::Float(i) => PReg(16 + i),
    }
}

/// Registers the allocator may hand out. Reserved: RSP and RBP (frame),
/// R12 and R13 (integer scratch), R14 (`g` in ABIInternal), X14 and X15
/// (float scratch; X15 is re-zeroed before every call and return).
pub fn allocatable() -> PRegSet {
    let mut s = PRegSet::EMPTY;
    for g in [
        Gpr::RAX,
        Gpr::RBX,
        Gpr::RCX,
        Gpr::RDX,
        Gpr::RSI,
        Gpr::RDI,
        Gpr::R8,
        Gpr::R9,
        Gpr::R10,
        Gpr::R11,
        Gpr::R15,
    ] {
        s = s.with(gpr_preg(g));
    }
    for x in 0..14 {
        s = s.with(PReg(16 + x));
    }
    s
}

pub fn class_of(ty: Ty) -> Class {
    if ty.is_float() {
        Class::Float
    } else {
        Class::Int
    }
}

/// One VCode instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum LInst {
    /// On entry: register-passed parameter leaves into values (parallel).
    EntryArgs {
        moves: Vec<(VReg, PReg)>,
    },
    /// A stack-passed parameter leaf, at `offset` in the incoming argument area.
    LoadIncoming {
        dst: VReg,
        ty: Ty,
        offset: i32,
    },
    /// An IR operation other than `param` and `call`; its operands and
    /// result are the IR's values.
    Op {
        dst: Option<VReg>,
        op: Op,
    },
    /// A stack argument leaf, at `offset` in the outgoing argument area.
    StoreOutgoing {
        src: VReg,
        ty: Ty,
        offset: i32,
    },
    /// A call: argument leaves into their registers (parallel), the call,
    /// then result leaves out of their registers (parallel).
    Call {
        symbol: String,
        entry: Abi,
        args: Vec<(PReg, VReg)>,
        results: Vec<(VReg, PReg)>,
    },
    /// A stack result leaf of the call just made.
    LoadOutgoing {
        dst: VReg,
        ty: Ty,
        offset: i32,
    },
    /// A stack result leaf of this function, at `offset` in the incoming area.
    StoreResult {
        src: VReg,
        ty: Ty,
        offset: i32,
    },
    /// Result leaves into their registers (parallel), then return.
    Ret {
        moves: Vec<(PReg, VReg)>,
    },
    /// Block arguments into block parameters (parallel).
    Moves {
        moves: Vec<(VReg, VReg)>,
    },
    /// A new heap object of the module's type `index` (a runtime call).
    Alloc {
        dst: VReg,
        index: u32,
    },
    Jump {
        target: usize,
    },
    /// To `then` when `cond` (of type `ty`) is not zero.
    Branch {
        cond: VReg,
        ty: Ty,
        then: usize,
        els: usize,
    },
    /// `store.ty ptr, offset, imm`: a store of an integer (or nil)
    /// constant, as an immediate (see [`super::constants`]).
    StoreImm {
        ty: Ty,
        ptr: VReg,
        offset: i32,
        imm: i64,
    },
    /// To `then` when `a cc b` (integers or pointers of type `ty`), else
    /// to `els`: an `icmp` whose only use is the `brif` right after it,
    /// fused into it as Go's `CMPQ; JLT` (no `setcc`, no `test`).
    CmpBranch {
        cc: crate::ir::IntCC,
        ty: Ty,
        a: VReg,
        b: CmpOperand,
        then: usize,
        els: usize,
    },
    /// `dst` = the address of `symbol` (a static func value).
    SymbolAddr {
        dst: VReg,
        symbol: String,
    },
    /// Stores the address of `symbol` (a function's ABIInternal entry) in
    /// the first word of the new closure `obj`.
    StoreCode {
        obj: VReg,
        symbol: String,
    },
    /// An integer operation with a constant operand folded in as an
    /// immediate (see [`super::constants`]): `dst = a op imm`. For a shift
    /// `imm` is the count (read unsigned, at most 255); for a comparison
    /// `dst` is `a cc imm`; for a division the divisor, nonzero, read as
    /// the division reads it (sign-extended for `divs`/`rems`).
    OpImm {
        dst: VReg,
        op: ImmOp,
        ty: Ty,
        a: VReg,
        imm: i64,
    },
    /// A call through a func value: argument leaves (and the func value,
    /// in `via`: RDX, the closure context register) into their registers
    /// (parallel), a call to the code pointer the func value's first word
    /// holds, then result leaves out of their registers (parallel).
    CallVal {
        via: PReg,
        /// Where the code pointer is in the object `via` points to.
        offset: i32,
        args: Vec<(PReg, VReg)>,
        results: Vec<(VReg, PReg)>,
    },
}

/// The second operand of an [`LInst::CmpBranch`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOperand {
    Value(VReg),
    Imm(i64),
}

/// What an [`LInst::OpImm`] computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImmOp {
    /// `add`, `sub`, `and`, `or`, `xor`, `mul`, `shl`, `shrs`, `shru`.
    Bin(BinOp),
    Cmp(crate::ir::IntCC),
}

/// The symbol of `func`'s static func value (Go's `F·f`): one read-only
/// word, the address of `func`'s ABIInternal entry.
pub fn funcval_symbol(func: &str) -> String {
    format!("{func}\u{b7}f")
}

/// The symbol of the module's itab `k` (see `ir::itab_table`), whose method
/// table holds `methods`: `go:itab.K.M0,M1,...` (Go's own are named after
/// the type and the interface; these name their index and methods, which
/// is all the object writer needs to lay one out).
pub fn itab_symbol(k: usize, methods: &[String]) -> String {
    format!("{ITAB_PREFIX}{k}.{}", methods.join(","))
}

/// What every itab symbol starts with.
pub const ITAB_PREFIX: &str = "go:itab.";

#[derive(Clone, Debug, PartialEq)]
pub struct VBlock {
    pub insts: std::ops::Range<usize>,
    pub succs: Vec<usize>,
    pub params: Vec<VReg>,
}

/// A lowered function.
#[derive(Clone, Debug)]
pub struct VCode {
    pub insts: Vec<LInst>,
    pub blocks: Vec<VBlock>,
    pub value_types: Vec<Ty>,
    /// The definition ABI and its layout.
    pub abi: Abi,
    pub layout: AbiLayout,
    /// Parameters whose home is taken (`paramaddr`): register-passed ones
    /// are stored to their spill slots in the prologue.
    pub homed_params: Vec<usize>,
    /// Parameter leaves with a home nothing else writes (their parameter's
    /// address is not taken): each value's offset in the incoming argument
    /// area, where it stays when spilled. A stack-passed leaf is there
    /// already; an 8-byte register-passed one has its caller-reserved
    /// spill slot there.
    pub homes: std::collections::HashMap<VReg, i32>,
    /// Largest outgoing argument area of any call.
    pub outgoing_size: u64,
    /// The module's own functions (not its externs), for planted bug
    /// `ipa-narrow-results`.
    #[cfg(feature = "inject")]
    pub module_functions: std::collections::BTreeSet<String>,
    /// The module's own functions defined as ABIInternal, for planted bug
    /// `ipa-sign-extended-results`.
    #[cfg(feature = "inject")]
    pub internal_functions: std::collections::BTreeSet<String>,
    /// Planted bug `ipa-homed-args`: per call instruction (by index), the
    /// argument registers the call is taken to keep, each for the value
    /// passed in it, and where the callee homed it.
    #[cfg(feature = "inject")]
    pub homed_args: std::collections::BTreeMap<usize, Vec<HomedArg>>,
}

/// Planted bug `ipa-homed-args`: an argument register a call to one of
/// the module's own ABIInternal functions is taken to keep.
#[cfg(feature = "inject")]
#[derive(Clone, Debug)]
pub struct HomedArg {
    /// The value passed in the register (the only one that may stay there
    /// across the call).
    pub value: VReg,
    /// The register piece; the caller reloads it from `at`.
    pub piece: crate::abi::Piece,
    /// RSP-relative offset of the piece in the callee's spill slot (in the
    /// caller's outgoing area).
    pub at: i32,
}

/// Planted bug `ipa-homed-args`: the non-pointer register arguments of a
/// call of `callee` (a module function) through `entry` that the caller
/// takes as kept, or none when the call is not to the function's
/// ABIInternal definition. Arguments whose home `callee` takes the address
/// of are left out (the callee may write them there): the caller knows,
/// having compiled it.
#[cfg(feature = "inject")]
fn homed_args(
    module: &Module,
    callee: &str,
    entry: Abi,
    cl: &AbiLayout,
    args: &[crate::ir::Value],
    reg_results: &[(VReg, PReg)],
) -> Vec<HomedArg> {
    let mut out = Vec::new();
    if !crate::inject::active(crate::inject::Bug::IpaHomedArgs) || entry != Abi::Internal {
        return out;
    }
    let Some(g) = module.function(callee).filter(|g| g.abi == Abi::Internal) else {
        return out;
    };
    let address_taken = |p: usize| {
        g.blocks.iter().any(|b| {
            b.insts
                .iter()
                .any(|i| matches!(i.op, Op::ParamAddr { index } if index as usize == p))
        })
    };
    let mut k = 0;
    for (pi, (p, pa)) in g.sig.params.iter().zip(&cl.params).enumerate() {
        let ls = leaves(&p.ty);
        match &pa.loc {
            Location::Registers { pieces, spill } => {
                let spill = cl.spill_area_offset + spill.expect("arguments have spill slots");
                for (pc, l) in pieces.iter().zip(&ls) {
                    let r = abi_preg(pc.reg);
                    if l.ty != Ty::Ptr
                        && !address_taken(pi)
                        && !reg_results.iter().any(|(_, rr)| *rr == r)
                    {
                        out.push(HomedArg {
                            value: VReg(args[k].0),
                            piece: *pc,
                            at: (spill + pc.offset) as i32,
                        });
                    }
                    k += 1;
                }
            }
            Location::Stack { .. } => k += ls.len(),
        }
    }
    out
}

/// The symbol of a function's entry for `abi`: the ABIInternal entry is the
/// function's name, the ABI0 entry has `.abi0` appended (whichever is the
/// definition; the other one is a wrapper).
pub fn entry_symbol(name: &str, abi: Abi) -> String {
    match abi {
        Abi::Internal => name.to_string(),
        Abi::Abi0 => format!("{name}.abi0"),
    }
}

/// Why a function cannot be lowered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LowerError(pub String);

/// Lowers `f` (verified, in `module`).
pub fn lower(
    module: &Module,
    f: &Function,
    types: &[crate::types::Type],
) -> Result<VCode, LowerError> {
    let layout = AbiLayout::analyze(&f.sig, f.abi.regs()).map_err(|e| LowerError(e.to_string()))?;
    let nir = f.blocks.len();
    // Edge blocks for brif arguments come after the IR blocks.
    let mut edge_blocks: Vec<(Vec<(VReg, VReg)>, usize)> = Vec::new();
    // About one machine instruction an IR one, and a few more for
    // entry, calls and edges: reserving it saves the copies of growth.
    let nirinsts: usize = f.blocks.iter().map(|b| b.insts.len() + 1).sum();
    let mut insts: Vec<LInst> = Vec::with_capacity(nirinsts + nirinsts / 4 + 8);
    let mut blocks: Vec<VBlock> = Vec::with_capacity(nir);
    let mut outgoing_size = 0u64;
    let mut homed_params = Vec::new();
    let mut homes = std::collections::HashMap::new();
    #[cfg(feature = "inject")]
    let mut homed = std::collections::BTreeMap::new();
    for b in &f.blocks {
        for i in &b.insts {
            if let Op::ParamAddr { index } = i.op {
                if !homed_params.contains(&(index as usize)) {
                    homed_params.push(index as usize);
                }
            }
        }
    }
    let v = |x: crate::ir::Value| VReg(x.0);
    // How often each value is read, to fuse an `icmp` read only by the
    // `brif` after it into the branch.
    let mut reads = vec![0u32; f.value_types.len()];
    for b in &f.blocks {
        for i in &b.insts {
            i.op.for_each_arg(|a| reads[a.0 as usize] += 1);
        }
        b.term.for_each_arg(|a| reads[a.0 as usize] += 1);
    }
    for (bi, b) in f.blocks.iter().enumerate() {
        let start = insts.len();
        let fused = match (&b.term, b.insts.last()) {
            (Terminator::Brif { cond, .. }, Some(last))
                if last.results.first() == Some(cond)
                    && reads[cond.0 as usize] == 1
                    && matches!(last.op, Op::Icmp { .. }) =>
            {
                Some(last.op.clone())
            }
            _ => None,
        };
        let body = if fused.is_some() {
            &b.insts[..b.insts.len() - 1]
        } else {
            &b.insts[..]
        };
        if bi == 0 {
            lower_params(f, &layout, &homed_params, &mut homes, &mut insts)?;
            // (A parameter whose address is taken may be written through
            // it: its leaves are copied out, not left in place.)
            let written: Vec<(u64, u64)> = homed_params
                .iter()
                .filter_map(|&p| match &layout.params[p].loc {
                    Location::Stack { offset } => {
                        Some((*offset, *offset + f.sig.params[p].ty.size()))
                    }
                    Location::Registers { .. } => None,
                })
                .collect();
            for i in &insts {
                if let LInst::LoadIncoming { dst, offset, .. } = i {
                    let at = *offset as u64;
                    if !written.iter().any(|&(lo, hi)| lo <= at && at < hi) {
                        homes.insert(*dst, *offset);
                    }
                }
            }
        }
        for inst in body {
            match &inst.op {
                Op::Param { .. } => {}
                Op::Call {
                    callee,
                    entry,
                    args,
                } => {
                    let g = module.callee(callee).ok_or_else(|| {
                        LowerError(format!("call to undefined function {callee}"))
                    })?;
                    let g_sig = g.sig();
                    let cl = AbiLayout::analyze(g_sig, entry.regs())
                        .map_err(|e| LowerError(e.to_string()))?;
                    #[cfg(not(feature = "inject"))]
                    let need = cl.arg_area_size();
                    // Planted bug `outgoing-area-no-spill`: room for stack
                    // arguments and results only, none for the callee to
                    // spill its register arguments into.
                    #[cfg(feature = "inject")]
                    let need = if crate::inject::active(crate::inject::Bug::OutgoingAreaNoSpill) {
                        cl.spill_area_offset
                    } else {
                        cl.arg_area_size()
                    };
                    outgoing_size = outgoing_size.max(need);
                    let mut reg_args = Vec::new();
                    let mut k = 0;
                    for (p, pa) in g_sig.params.iter().zip(&cl.params) {
                        let ls = leaves(&p.ty);
                        match &pa.loc {
                            Location::Registers { pieces, .. } => {
                                for pc in pieces {
                                    reg_args.push((abi_preg(pc.reg), v(args[k])));
                                    k += 1;
                                }
                            }
                            Location::Stack { offset } => {
                                for l in &ls {
                                    insts.push(LInst::StoreOutgoing {
                                        src: v(args[k]),
                                        ty: l.ty,
                                        offset: (*offset + l.offset) as i32,
                                    });
                                    k += 1;
                                }
                            }
                        }
                    }
                    let mut reg_results = Vec::new();
                    let mut stack_results = Vec::new();
                    let mut k = 0;
                    for (r, ra) in g_sig.results.iter().zip(&cl.results) {
                        let ls = leaves(&r.ty);
                        match &ra.loc {
                            Location::Registers { pieces, .. } => {
                                for pc in pieces {
                                    reg_results.push((v(inst.results[k]), abi_preg(pc.reg)));
                                    k += 1;
                                }
                            }
                            Location::Stack { offset } => {
                                for l in &ls {
                                    let offset = (*offset + l.offset) as i32;
                                    // Planted bug `stack-result-off-by-8`.
                                    #[cfg(feature = "inject")]
                                    let offset = offset
                                        + 8 * crate::inject::active(
                                            crate::inject::Bug::StackResultOffBy8,
                                        ) as i32;
                                    stack_results.push(LInst::LoadOutgoing {
                                        dst: v(inst.results[k]),
                                        ty: l.ty,
                                        offset,
                                    });
                                    k += 1;
                                }
                            }
                        }
                    }
                    #[cfg(feature = "inject")]
                    {
                        let kept = homed_args(module, callee, *entry, &cl, args, &reg_results);
                        if !kept.is_empty() {
                            homed.insert(insts.len(), kept);
                        }
                    }
                    insts.push(LInst::Call {
                        symbol: entry_symbol(callee, *entry),
                        entry: *entry,
                        args: reg_args,
                        results: reg_results,
                    });
                    insts.extend(stack_results);
                }
                Op::Context => {}
                Op::FuncVal { .. }
                | Op::Closure { .. }
                | Op::CallVal { .. }
                | Op::Itab { .. }
                | Op::CallMethod { .. } => {
                    outgoing_size = outgoing_size.max(lower_closure_op(
                        module,
                        &inst.op,
                        &inst.results,
                        types,
                        &mut insts,
                    )?);
                }
                Op::Alloc { ty } => {
                    let index = types.iter().position(|t| t == ty).ok_or_else(|| {
                        LowerError(format!("type {ty} is missing from the module's type table"))
                    })?;
                    insts.push(LInst::Alloc {
                        dst: v(inst.results[0]),
                        index: index as u32,
                    });
                }
                op => insts.push(LInst::Op {
                    dst: inst.results.first().map(|r| v(*r)),
                    op: op.clone(),
                }),
            }
        }
        let mut succs = Vec::new();
        match &b.term {
            Terminator::Jump(bc) => {
                let params = &f.blocks[bc.block.0 as usize].params;
                let moves: Vec<(VReg, VReg)> = params
                    .iter()
                    .zip(&bc.args)
                    .map(|(p, a)| (v(*p), v(*a)))
                    .collect();
                if !moves.is_empty() {
                    insts.push(LInst::Moves { moves });
                }
                insts.push(LInst::Jump {
                    target: bc.block.0 as usize,
                });
                succs.push(bc.block.0 as usize);
            }
            Terminator::Brif { cond, then, els } => {
                let mut target = |bc: &crate::ir::BlockCall| -> usize {
                    if bc.args.is_empty() {
                        return bc.block.0 as usize;
                    }
                    let params = &f.blocks[bc.block.0 as usize].params;
                    let moves = params
                        .iter()
                        .zip(&bc.args)
                        .map(|(p, a)| (v(*p), v(*a)))
                        .collect();
                    edge_blocks.push((moves, bc.block.0 as usize));
                    nir + edge_blocks.len() - 1
                };
                let (t, e) = (target(then), target(els));
                insts.push(match fused {
                    Some(Op::Icmp { cc, ty, a, b }) => LInst::CmpBranch {
                        cc,
                        ty,
                        a: v(a),
                        b: CmpOperand::Value(v(b)),
                        then: t,
                        els: e,
                    },
                    _ => LInst::Branch {
                        cond: v(*cond),
                        ty: f.ty(*cond),
                        then: t,
                        els: e,
                    },
                });
                succs.push(t);
                if e != t {
                    succs.push(e);
                }
            }
            Terminator::Return(vals) => {
                let mut moves = Vec::new();
                let mut k = 0;
                for (r, ra) in f.sig.results.iter().zip(&layout.results) {
                    let ls = leaves(&r.ty);
                    match &ra.loc {
                        Location::Registers { pieces, .. } => {
                            for pc in pieces {
                                moves.push((abi_preg(pc.reg), v(vals[k])));
                                k += 1;
                            }
                        }
                        Location::Stack { offset } => {
                            for l in &ls {
                                insts.push(LInst::StoreResult {
                                    src: v(vals[k]),
                                    ty: l.ty,
                                    offset: (*offset + l.offset) as i32,
                                });
                                k += 1;
                            }
                        }
                    }
                }
                insts.push(LInst::Ret { moves });
            }
        }
        blocks.push(VBlock {
            insts: start..insts.len(),
            succs,
            params: b.params.iter().map(|p| v(*p)).collect(),
        });
    }
    for (moves, target) in edge_blocks {
        let start = insts.len();
        insts.push(LInst::Moves { moves });
        insts.push(LInst::Jump { target });
        blocks.push(VBlock {
            insts: start..insts.len(),
            succs: vec![target],
            params: Vec::new(),
        });
    }
    Ok(VCode {
        insts,
        blocks,
        value_types: f.value_types.clone(),
        abi: f.abi,
        layout,
        homed_params,
        homes,
        outgoing_size,
        #[cfg(feature = "inject")]
        module_functions: module.functions.iter().map(|f| f.name.clone()).collect(),
        #[cfg(feature = "inject")]
        internal_functions: module
            .functions
            .iter()
            .filter(|f| f.abi == Abi::Internal)
            .map(|f| f.name.clone())
            .collect(),
        #[cfg(feature = "inject")]
        homed_args: homed,
    })
}

/// `funcval`, `closure` and `callval`; returns the outgoing argument area
/// the instruction needs.
fn lower_closure_op(
    module: &Module,
    op: &Op,
    results: &[crate::ir::Value],
    types: &[crate::types::Type],
    insts: &mut Vec<LInst>,
) -> Result<u64, LowerError> {
    let v = |x: crate::ir::Value| VReg(x.0);
    match op {
        Op::FuncVal { func } => {
            insts.push(LInst::SymbolAddr {
                dst: v(results[0]),
                symbol: funcval_symbol(func),
            });
            Ok(0)
        }
        Op::Closure { func, args } => {
            let g = module
                .function(func)
                .ok_or_else(|| LowerError(format!("closure of undefined function {func}")))?;
            let ctx = g
                .context
                .as_ref()
                .ok_or_else(|| LowerError(format!("{func} has no context type")))?;
            let ty = crate::compile::closure_alloc_type(ctx);
            let index = types.iter().position(|t| *t == ty).ok_or_else(|| {
                LowerError(format!("type {ty} is missing from the module's type table"))
            })?;
            let obj = v(results[0]);
            insts.push(LInst::Alloc {
                dst: obj,
                index: index as u32,
            });
            insts.push(LInst::StoreCode {
                obj,
                symbol: entry_symbol(func, Abi::Internal),
            });
            for (a, l) in args.iter().zip(leaves(ctx)) {
                insts.push(LInst::Op {
                    dst: None,
                    op: Op::Store {
                        ty: l.ty,
                        ptr: results[0],
                        offset: (crate::ir::CLOSURE_CONTEXT_OFFSET + l.offset) as i32,
                        value: *a,
                    },
                });
            }
            Ok(0)
        }
        Op::CallVal { sig, callee, args } => {
            // The closure context register (ABI.md: RDX, ABIInternal).
            #[cfg(not(feature = "inject"))]
            let via = gpr_preg(Gpr::RDX);
            // Planted bug `closure-context-not-in-rdx`: the func value
            // goes in R15, and the callee finds whatever RDX held.
            #[cfg(feature = "inject")]
            let via = if crate::inject::active(crate::inject::Bug::ClosureContextNotInRdx) {
                gpr_preg(Gpr::R15)
            } else {
                gpr_preg(Gpr::RDX)
            };
            lower_indirect_call(sig, via, 0, *callee, args, results, insts)
        }
        Op::CallMethod {
            sig,
            itab,
            index,
            recv,
            args,
        } => {
            // The method table's word: the itab goes in RDX (free: not an
            // argument register), the receiver is the first argument.
            let word = crate::ir::ITAB_FUN_OFFSET as i32 + 8 * *index as i32;
            // Planted bug `method-index-off-by-one`: the next word.
            #[cfg(feature = "inject")]
            let word =
                word + 8 * crate::inject::active(crate::inject::Bug::MethodIndexOffByOne) as i32;
            let mut all = vec![*recv];
            all.extend(args.iter().copied());
            lower_indirect_call(
                &crate::ir::method_type(sig),
                gpr_preg(Gpr::RDX),
                word,
                *itab,
                &all,
                results,
                insts,
            )
        }
        Op::Itab { methods } => {
            let table = crate::ir::itab_table(module);
            let k = table
                .iter()
                .position(|m| m == methods)
                .ok_or_else(|| LowerError("an itab missing from the module's itab table".into()))?;
            insts.push(LInst::SymbolAddr {
                dst: v(results[0]),
                symbol: itab_symbol(k, methods),
            });
            Ok(0)
        }
        _ => Ok(0),
    }
}

/// A call through a code pointer at `offset` in the object `callee` points
/// to (a func value: 0; an itab: its method's word), with `callee` in
/// `via` and the call's arguments and results laid out by ABIInternal for
/// `sig`; returns the outgoing argument area it needs.
fn lower_indirect_call(
    sig: &crate::types::FuncType,
    via: PReg,
    offset: i32,
    callee: crate::ir::Value,
    args: &[crate::ir::Value],
    results: &[crate::ir::Value],
    insts: &mut Vec<LInst>,
) -> Result<u64, LowerError> {
    let v = |x: crate::ir::Value| VReg(x.0);
    let cl =
        AbiLayout::analyze(sig, Abi::Internal.regs()).map_err(|e| LowerError(e.to_string()))?;
    let mut reg_args = vec![(via, v(callee))];
    let mut k = 0;
    for (p, pa) in sig.params.iter().zip(&cl.params) {
        match &pa.loc {
            Location::Registers { pieces, .. } => {
                for pc in pieces {
                    reg_args.push((abi_preg(pc.reg), v(args[k])));
                    k += 1;
                }
            }
            Location::Stack { offset } => {
                for l in leaves(&p.ty) {
                    insts.push(LInst::StoreOutgoing {
                        src: v(args[k]),
                        ty: l.ty,
                        offset: (*offset + l.offset) as i32,
                    });
                    k += 1;
                }
            }
        }
    }
    let mut reg_results = Vec::new();
    let mut stack_results = Vec::new();
    let mut k = 0;
    for (r, ra) in sig.results.iter().zip(&cl.results) {
        match &ra.loc {
            Location::Registers { pieces, .. } => {
                for pc in pieces {
                    reg_results.push((v(results[k]), abi_preg(pc.reg)));
                    k += 1;
                }
            }
            Location::Stack { offset } => {
                for l in leaves(&r.ty) {
                    stack_results.push(LInst::LoadOutgoing {
                        dst: v(results[k]),
                        ty: l.ty,
                        offset: (*offset + l.offset) as i32,
                    });
                    k += 1;
                }
            }
        }
    }
    insts.push(LInst::CallVal {
        via,
        offset,
        args: reg_args,
        results: reg_results,
    });
    insts.extend(stack_results);
    Ok(cl.arg_area_size())
}

/// Every `param` of the function becomes a move from its register or a
/// load from its stack slot, on entry (a `param` is the incoming value).
/// The entry's parameter moves and loads. A register-passed leaf of 8
/// bytes whose parameter's address is not taken gets a home (see
/// [`VCode::homes`]) in its caller-reserved spill slot, where Go spills
/// register arguments: spilled, it is stored there and not in the frame.
fn lower_params(
    f: &Function,
    layout: &AbiLayout,
    homed_params: &[usize],
    homes: &mut std::collections::HashMap<VReg, i32>,
    insts: &mut Vec<LInst>,
) -> Result<(), LowerError> {
    let mut moves = Vec::new();
    let mut loads = Vec::new();
    for b in &f.blocks {
        for i in &b.insts {
            // A closure's context comes in RDX (ABIInternal's closure
            // context register), read on entry before anything clobbers it.
            if let Op::Context = i.op {
                moves.push((VReg(i.results[0].0), gpr_preg(Gpr::RDX)));
                continue;
            }
            let Op::Param { index, leaf } = i.op else {
                continue;
            };
            let dst = VReg(i.results[0].0);
            let p = &f.sig.params[index as usize];
            match &layout.params[index as usize].loc {
                Location::Registers { pieces, spill } => {
                    let pc = pieces.get(leaf as usize).ok_or_else(|| {
                        LowerError(format!("parameter {index} has no leaf {leaf}"))
                    })?;
                    moves.push((dst, abi_preg(pc.reg)));
                    // (A spill stores all 8 bytes of a register: a
                    // narrower piece would overwrite its neighbours.)
                    if let Some(spill) = spill {
                        if pc.size == 8 && !homed_params.contains(&(index as usize)) {
                            homes
                                .insert(dst, (layout.spill_area_offset + spill + pc.offset) as i32);
                        }
                    }
                }
                Location::Stack { offset } => {
                    let ls = leaves(&p.ty);
                    let l = ls[leaf as usize];
                    let at = l.offset;
                    // Planted bug `struct-padding-ignored`: each leaf right
                    // after the previous one, as if fields had no padding.
                    #[cfg(feature = "inject")]
                    let at = if crate::inject::active(crate::inject::Bug::StructPaddingIgnored) {
                        ls[..leaf as usize]
                            .iter()
                            .map(|x| x.ty.bytes() as u64)
                            .sum()
                    } else {
                        at
                    };
                    loads.push(LInst::LoadIncoming {
                        dst,
                        ty: l.ty,
                        offset: (*offset + at) as i32,
                    });
                }
            }
        }
    }
    if !moves.is_empty() {
        insts.push(LInst::EntryArgs { moves });
    }
    insts.extend(loads);
    Ok(())
}

impl LInst {
    /// The values this instruction reads.
    pub fn uses(&self, out: &mut Vec<VReg>) {
        match self {
            LInst::EntryArgs { .. }
            | LInst::LoadIncoming { .. }
            | LInst::LoadOutgoing { .. }
            | LInst::Jump { .. }
            | LInst::Alloc { .. }
            | LInst::SymbolAddr { .. } => {}
            LInst::Op { op, .. } => op.for_each_arg(|a| out.push(VReg(a.0))),
            LInst::StoreOutgoing { src, .. } | LInst::StoreResult { src, .. } => out.push(*src),
            LInst::OpImm { a, .. } => out.push(*a),
            LInst::StoreImm { ptr, .. } => out.push(*ptr),
            LInst::Call { args, .. } | LInst::CallVal { args, .. } => {
                out.extend(args.iter().map(|(_, v)| *v))
            }
            LInst::StoreCode { obj, .. } => out.push(*obj),
            LInst::Ret { moves } => out.extend(moves.iter().map(|(_, v)| *v)),
            LInst::Moves { moves } => out.extend(moves.iter().map(|(_, s)| *s)),
            LInst::Branch { cond, .. } => out.push(*cond),
            LInst::CmpBranch { a, b, .. } => {
                out.push(*a);
                if let CmpOperand::Value(b) = b {
                    out.push(*b);
                }
            }
        }
    }

    /// Renames every value this instruction reads (as [`LInst::uses`]
    /// lists them).
    pub fn map_uses(&mut self, mut f: impl FnMut(VReg) -> VReg) {
        match self {
            LInst::EntryArgs { .. }
            | LInst::LoadIncoming { .. }
            | LInst::LoadOutgoing { .. }
            | LInst::Jump { .. }
            | LInst::Alloc { .. }
            | LInst::SymbolAddr { .. } => {}
            LInst::Op { op, .. } => op.map_args(|a| crate::ir::Value(f(VReg(a.0)).0)),
            LInst::StoreOutgoing { src, .. } | LInst::StoreResult { src, .. } => *src = f(*src),
            LInst::OpImm { a, .. } => *a = f(*a),
            LInst::StoreImm { ptr, .. } => *ptr = f(*ptr),
            LInst::Call { args, .. } | LInst::CallVal { args, .. } => {
                args.iter_mut().for_each(|(_, v)| *v = f(*v))
            }
            LInst::StoreCode { obj, .. } => *obj = f(*obj),
            LInst::Ret { moves } => moves.iter_mut().for_each(|(_, v)| *v = f(*v)),
            LInst::Moves { moves } => moves.iter_mut().for_each(|(_, s)| *s = f(*s)),
            LInst::Branch { cond, .. } => *cond = f(*cond),
            LInst::CmpBranch { a, b, .. } => {
                *a = f(*a);
                if let CmpOperand::Value(b) = b {
                    *b = f(*b);
                }
            }
        }
    }

    /// Registers this instruction destroys besides its results.
    pub fn clobbers(&self) -> PRegSet {
        match self {
            #[cfg(feature = "inject")]
            LInst::Alloc { .. }
                if crate::inject::active(crate::inject::Bug::AllocKeepsRegisters) =>
            {
                PRegSet::EMPTY.with(gpr_preg(Gpr::RAX))
            }
            LInst::Call { .. } | LInst::Alloc { .. } | LInst::CallVal { .. } => PRegSet::ALL,
            LInst::Op {
                op: Op::Binary { op, .. },
                ..
            } if op.can_panic() => PRegSet::EMPTY
                .with(gpr_preg(Gpr::RAX))
                .with(gpr_preg(Gpr::RDX)),
            LInst::Op {
                op: Op::Binary { op, .. },
                ..
            } if op.is_shift() => PRegSet::EMPTY.with(gpr_preg(Gpr::RCX)),
            // A division by a constant that is not a power of two still
            // divides in RDX:RAX.
            LInst::OpImm {
                op: ImmOp::Bin(op), ..
            } if op.can_panic() => PRegSet::EMPTY
                .with(gpr_preg(Gpr::RAX))
                .with(gpr_preg(Gpr::RDX)),
            _ => PRegSet::EMPTY,
        }
    }
}

impl RaFunction for VCode {
    fn num_vregs(&self) -> usize {
        self.value_types.len()
    }

    fn class(&self, v: VReg) -> Class {
        class_of(self.value_types[v.0 as usize])
    }

    fn num_blocks(&self) -> usize {
        self.blocks.len()
    }

    fn block_insts(&self, b: usize) -> std::ops::Range<usize> {
        self.blocks[b].insts.clone()
    }

    fn succs(&self, b: usize) -> &[usize] {
        &self.blocks[b].succs
    }

    fn block_params(&self, b: usize) -> &[VReg] {
        &self.blocks[b].params
    }

    fn uses(&self, i: usize, out: &mut Vec<VReg>) {
        self.insts[i].uses(out)
    }

    fn home(&self, v: VReg) -> Option<i32> {
        self.homes.get(&v).copied()
    }

    fn hints(&self, out: &mut Vec<(VReg, Hint)>) {
        let copy = |out: &mut Vec<(VReg, Hint)>, a: VReg, b: VReg| {
            out.push((a, Hint::Value(b)));
            out.push((b, Hint::Value(a)));
        };
        for inst in &self.insts {
            match inst {
                LInst::EntryArgs { moves } => {
                    out.extend(moves.iter().map(|&(v, r)| (v, Hint::Reg(r))))
                }
                LInst::Call { args, results, .. } | LInst::CallVal { args, results, .. } => {
                    out.extend(args.iter().map(|&(r, v)| (v, Hint::Reg(r))));
                    out.extend(results.iter().map(|&(v, r)| (v, Hint::Reg(r))));
                }
                LInst::Ret { moves } => out.extend(moves.iter().map(|&(r, v)| (v, Hint::Reg(r)))),
                LInst::Moves { moves } => {
                    for &(d, s) in moves {
                        copy(out, d, s);
                    }
                }
                // Two-address operations overwrite their first operand.
                LInst::OpImm { dst, a, .. } => copy(out, *dst, *a),
                LInst::Op {
                    dst: Some(d),
                    op: Op::Binary { a, b, op, .. },
                } if !op.can_panic() => {
                    copy(out, *d, VReg(a.0));
                    if op.is_commutative() {
                        copy(out, *d, VReg(b.0));
                    }
                }
                LInst::Op {
                    dst: Some(d),
                    op: Op::Unary { arg, .. } | Op::Conv { arg, .. },
                } => copy(out, *d, VReg(arg.0)),
                _ => {}
            }
        }
    }

    fn defs(&self, i: usize, out: &mut Vec<VReg>) {
        match &self.insts[i] {
            LInst::EntryArgs { moves } => out.extend(moves.iter().map(|(v, _)| *v)),
            LInst::LoadIncoming { dst, .. }
            | LInst::LoadOutgoing { dst, .. }
            | LInst::OpImm { dst, .. }
            | LInst::Alloc { dst, .. } => out.push(*dst),
            LInst::Op { dst, .. } => out.extend(dst.iter().copied()),
            LInst::Call { results, .. } | LInst::CallVal { results, .. } => {
                out.extend(results.iter().map(|(v, _)| *v))
            }
            LInst::SymbolAddr { dst, .. } => out.push(*dst),
            LInst::StoreCode { .. } => {}
            LInst::Moves { moves } => out.extend(moves.iter().map(|(d, _)| *d)),
            LInst::StoreOutgoing { .. }
            | LInst::StoreResult { .. }
            | LInst::Ret { .. }
            | LInst::Jump { .. }
            | LInst::Branch { .. }
            | LInst::StoreImm { .. }
            | LInst::CmpBranch { .. } => {}
        }
    }

    fn clobbers(&self, i: usize) -> PRegSet {
        // Planted bug `ipa-homed-args`: the argument registers a call to a
        // module function's definition is taken to keep are not clobbered
        // (for the value passed in each: see `kept_for`).
        #[cfg(feature = "inject")]
        if let Some(kept) = self.homed_args.get(&i) {
            return kept.iter().fold(self.insts[i].clobbers(), |s, h| {
                s.minus(PRegSet::EMPTY.with(abi_preg(h.piece.reg)))
            });
        }
        self.insts[i].clobbers()
    }

    #[cfg(feature = "inject")]
    fn kept_for(&self, i: usize, out: &mut Vec<(PReg, VReg)>) {
        if let Some(kept) = self.homed_args.get(&i) {
            out.extend(kept.iter().map(|h| (abi_preg(h.piece.reg), h.value)));
        }
    }
}

/// Whether an operation is an integer division (which can panic).
pub fn is_division(op: &Op) -> bool {
    matches!(op, Op::Binary { op, .. } if matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU))
}
