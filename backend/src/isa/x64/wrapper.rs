//! ABI wrappers: the entry of a function for the ABI it is not defined in.
//!
//! A wrapper has a frame of its own whose outgoing area is the definition's
//! argument area. It moves each argument from where its own ABI put it to
//! where the definition's ABI wants it, calls the definition, and moves the
//! results back:
//!
//! - ABI0 entry of an ABIInternal function (`F.abi0` calling `F`): load `g`
//!   into R14 from TLS and zero X15 first, as ABIInternal requires; the ABI0
//!   caller expects nothing of them afterwards.
//! - ABIInternal entry of an ABI0 function (`G` calling `G.abi0`): the ABI0
//!   code may clobber R14 and X15, so reload `g` and zero X15 before
//!   returning to the ABIInternal caller.
//!
//! Register pieces are moved with loads and stores of their exact size;
//! stack-passed values are copied bytewise in 8/4/2/1-byte chunks through
//! R12.

use super::inst::{AluOp, Amode, Inst, RegMemImm, Symbol};
use super::regs::{Gpr, Seg, Size, Xmm};
use super::stack;
use super::vcode::entry_symbol;
use super::{Code, EncodeError, MachBuffer};
use crate::abi::{Abi, AbiLayout, Location, ParamAssignment};
use crate::compile::{Safepoint, SafepointKind};
use crate::types::{round_up, FuncType};

/// Where a value is, for the wrapper: RBP-relative (incoming area) or
/// RSP-relative (outgoing area).
#[derive(Clone, Copy)]
enum Base {
    Incoming,
    Outgoing,
}

fn addr(base: Base, off: u64) -> Amode {
    match base {
        Base::Incoming => Amode::base_disp(Gpr::RBP, 16 + off as i32),
        Base::Outgoing => Amode::base_disp(Gpr::RSP, off as i32),
    }
}

/// A finished wrapper.
pub struct Wrapper {
    pub code: Code,
    pub frame_size: u32,
    /// Offset of the first instruction after the stack check.
    pub body: Option<u32>,
    pub safepoints: Vec<Safepoint>,
}

/// Emits the wrapper for `name` (defined with ABI `def`): the entry for the
/// other ABI. It has no stack check, as Go marks every ABI wrapper NOSPLIT
/// (ssagen/abi.go, `makeABIWrapper`), when `callee_use` is given (what the
/// call into the definition uses below the wrapper's frame, in the
/// accounting of [`super::nosplit`]) and its frame and that fit
/// ([`nosplit_fits`]); with `None` it keeps the check.
pub fn wrapper(
    name: &str,
    sig: &FuncType,
    def: Abi,
    callee_use: Option<u64>,
) -> Result<Wrapper, EncodeError> {
    let own = match def {
        Abi::Internal => Abi::Abi0,
        Abi::Abi0 => Abi::Internal,
    };
    let bad = |e: crate::abi::AbiError| EncodeError::new(e.to_string());
    let mine = AbiLayout::analyze(sig, own.regs()).map_err(bad)?;
    let theirs = AbiLayout::analyze(sig, def.regs()).map_err(bad)?;
    let size = round_up(theirs.arg_area_size(), 8) as u32;
    let mut b = MachBuffer::new();
    let entry = b.new_label();
    b.bind_label(entry)?;
    let cold = if callee_use.is_some_and(|u| nosplit_fits(size, u)) {
        None
    } else {
        Some(stack::emit_check(&mut b, own, size)?)
    };
    let body = cold.map(|_| b.cur_offset());
    b.emit(&Inst::Push { reg: Gpr::RBP })?;
    b.emit(&Inst::MovRR {
        size: Size::B64,
        dst: Gpr::RBP,
        src: Gpr::RSP,
    })?;
    if size > 0 {
        b.emit(&Inst::Alu {
            op: AluOp::Sub,
            size: Size::B64,
            dst: Gpr::RSP,
            src: RegMemImm::Imm(size as i32),
        })?;
    }
    // Arguments: from my incoming area (or registers) to the definition's.
    // Memory copies first: they use R12, which no argument register is.
    for (m, t) in mine.params.iter().zip(&theirs.params) {
        if let (Location::Stack { offset: from }, Location::Stack { offset: to }) = (&m.loc, &t.loc)
        {
            copy(
                &mut b,
                m.ty.size(),
                Base::Incoming,
                *from,
                Base::Outgoing,
                *to,
            )?;
        }
    }
    let targets: &[ParamAssignment] = &theirs.params;
    // Planted bug `swap-arg-regs`: the arguments for RAX and RBX trade places.
    #[cfg(feature = "inject")]
    let swapped = planted_swap_arg_regs(targets);
    #[cfg(feature = "inject")]
    let targets = swapped.as_deref().unwrap_or(targets);
    for (m, t) in mine.params.iter().zip(targets) {
        move_value(&mut b, m, t, Base::Incoming, Base::Outgoing)?;
    }
    if def == Abi::Internal {
        // Planted bug `r14-not-reloaded`: the ABIInternal definition is
        // entered with whatever the ABI0 caller left in R14.
        #[cfg(feature = "inject")]
        if !crate::inject::active(crate::inject::Bug::R14NotReloaded) {
            load_g(&mut b)?;
        }
        #[cfg(not(feature = "inject"))]
        load_g(&mut b)?;
        zero_x15(&mut b)?;
    }
    b.emit(&Inst::Call {
        target: Symbol(entry_symbol(name, def)),
    })?;
    // While the definition runs, the arguments are in its frame and
    // registers: nothing of the wrapper's own is live.
    let mut safepoints = vec![Safepoint {
        ret: b.cur_offset(),
        kind: SafepointKind::Call,
        frame: Vec::new(),
        args: Vec::new(),
        scalars: Vec::new(),
    }];
    // Results: from the definition's places to mine. Copies first again.
    let results = mine.results.iter().zip(&theirs.results);
    // Planted bug `wrapper-drops-last-result`: both loops stop one short.
    #[cfg(feature = "inject")]
    let results = results.take(
        if crate::inject::active(crate::inject::Bug::WrapperDropsLastResult) {
            mine.results.len().saturating_sub(1)
        } else {
            usize::MAX
        },
    );
    for (m, t) in results.clone() {
        if let (Location::Stack { offset: to }, Location::Stack { offset: from }) = (&m.loc, &t.loc)
        {
            copy(
                &mut b,
                m.ty.size(),
                Base::Outgoing,
                *from,
                Base::Incoming,
                *to,
            )?;
        }
    }
    for (m, t) in results {
        move_value(&mut b, t, m, Base::Outgoing, Base::Incoming)?;
    }
    if def == Abi::Abi0 {
        load_g(&mut b)?;
        // Planted bug `x15-not-rezeroed`: the ABIInternal caller gets back
        // whatever the ABI0 definition left in X15.
        #[cfg(feature = "inject")]
        if !crate::inject::active(crate::inject::Bug::X15NotRezeroed) {
            zero_x15(&mut b)?;
        }
        #[cfg(not(feature = "inject"))]
        zero_x15(&mut b)?;
    }
    b.emit(&Inst::MovRR {
        size: Size::B64,
        dst: Gpr::RSP,
        src: Gpr::RBP,
    })?;
    b.emit(&Inst::Pop { reg: Gpr::RBP })?;
    b.emit(&Inst::Ret)?;
    if let Some(cold) = cold {
        safepoints.push(stack::emit_morestack(&mut b, cold, entry, sig, &mine)?);
    }
    Ok(Wrapper {
        code: b.finish()?,
        frame_size: size,
        body,
        safepoints,
    })
}

/// Whether a wrapper whose frame (below the saved RBP) is `frame` bytes
/// may go without a stack check: its return address, saved RBP and frame,
/// and what the call into the definition uses (`callee_use`: for a
/// splittable definition its return address and its own call to
/// morestack), fit in the StackLimit bytes every checked caller leaves
/// (the accounting of [`super::nosplit`]). Go marks every wrapper NOSPLIT
/// and leaves a frame too big to its linker's check; janus keeps the check
/// instead.
pub fn nosplit_fits(frame: u32, callee_use: u64) -> bool {
    8 + 8 + frame as u64 + callee_use <= super::nosplit::STACK_LIMIT
}

/// Planted bug `swap-arg-regs`: the definition's argument assignment with
/// the pieces bound for the first two integer registers (RAX, RBX) swapped,
/// when that bug is selected.
#[cfg(feature = "inject")]
fn planted_swap_arg_regs(params: &[ParamAssignment]) -> Option<Vec<ParamAssignment>> {
    use crate::abi::Reg;
    if !crate::inject::active(crate::inject::Bug::SwapArgRegs) {
        return None;
    }
    let mut out = params.to_vec();
    for p in &mut out {
        if let Location::Registers { pieces, .. } = &mut p.loc {
            for pc in pieces {
                pc.reg = match pc.reg {
                    Reg::Int(0) => Reg::Int(1),
                    Reg::Int(1) => Reg::Int(0),
                    r => r,
                };
            }
        }
    }
    Some(out)
}

fn load_g(b: &mut MachBuffer) -> Result<(), EncodeError> {
    b.emit(&Inst::Load {
        size: Size::B64,
        dst: Gpr::R14,
        src: Amode::Abs {
            seg: Some(Seg::Fs),
            disp: -8,
        },
    })
}

fn zero_x15(b: &mut MachBuffer) -> Result<(), EncodeError> {
    let x15 = Xmm::new(15).expect("xmm15");
    b.emit(&Inst::XorPs { dst: x15, src: x15 })
}

/// Moves one value between a register assignment and a memory one, or
/// between two register assignments (never the case: one side is ABI0).
/// `from_base`/`to_base` say which area a stack location is in.
fn move_value(
    b: &mut MachBuffer,
    from: &ParamAssignment,
    to: &ParamAssignment,
    from_base: Base,
    to_base: Base,
) -> Result<(), EncodeError> {
    match (&from.loc, &to.loc) {
        // Registers into memory: store each piece at its offset.
        (Location::Registers { pieces, .. }, Location::Stack { offset }) => {
            for p in pieces {
                stack::store_piece(b, p, addr(to_base, offset + p.offset))?;
            }
        }
        // Memory into registers: load each piece.
        (Location::Stack { offset }, Location::Registers { pieces, .. }) => {
            for p in pieces {
                stack::load_piece(b, p, addr(from_base, offset + p.offset))?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Copies `size` bytes between two stack places, in 8/4/2/1-byte chunks.
fn copy(
    b: &mut MachBuffer,
    size: u64,
    from_base: Base,
    from: u64,
    to_base: Base,
    to: u64,
) -> Result<(), EncodeError> {
    let mut done = 0u64;
    for (chunk, sz) in [
        (8u64, Size::B64),
        (4, Size::B32),
        (2, Size::B16),
        (1, Size::B8),
    ] {
        while size - done >= chunk {
            b.emit(&Inst::Load {
                size: sz,
                dst: Gpr::R12,
                src: addr(from_base, from + done),
            })?;
            b.emit(&Inst::Store {
                size: sz,
                dst: addr(to_base, to + done),
                src: Gpr::R12,
            })?;
            done += chunk;
        }
    }
    Ok(())
}
