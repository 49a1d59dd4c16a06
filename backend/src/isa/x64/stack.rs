//! What every entry (definition or wrapper) shares about the stack: the
//! stack-growth check at the top of the prologue, the cold path that calls
//! the runtime's morestack, and moving register argument pieces to and from
//! memory.
//!
//! The check follows Go on amd64: `g` is in R14 for ABIInternal code and
//! at FS:-8 for ABI0 code; `g.stackguard0` is at offset 16; a frame of at
//! most StackSmall (128) bytes compares RSP itself, one of at most StackBig
//! (4096) compares RSP minus the excess, and a bigger one computes that
//! difference with a borrow check first (it could wrap). Below the guard, the cold path spills the register
//! arguments to their spill slots, calls `runtime.morestack_noctxt` (which
//! may move the whole stack), reloads the arguments and starts over.

use super::inst::{AluOp, Amode, Inst, Label, Prec, RegMem, RegMemImm, Symbol};
use super::regs::{Cond, Gpr, Seg, Size, Xmm};
use super::vcode::abi_preg;
use super::{EncodeError, MachBuffer};
use crate::abi::{Abi, AbiLayout, Location, Piece, PieceClass};
use crate::compile::{Safepoint, SafepointKind};
use crate::types::FuncType;

/// The runtime function the cold path calls.
pub const MORESTACK: &str = "runtime.morestack_noctxt";
/// Go's StackSmall: frames up to this size compare RSP directly.
pub(crate) const STACK_SMALL: u32 = 128;
/// Go's StackBig: frames up to this size compare RSP minus the excess over
/// StackSmall; bigger ones guard that subtraction against wrapping.
const STACK_BIG: u32 = 4096;

/// The three forms of Go's stack check (obj6.go `stacksplit`), by frame
/// size (the frame and the saved RBP).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrologueCheck {
    /// At most StackSmall: `CMPQ SP, stackguard0`.
    Small,
    /// At most StackBig: `LEAQ -(framesize-StackSmall)(SP), R13; CMPQ R13,
    /// stackguard0`.
    Medium,
    /// Beyond StackBig: `MOVQ SP, R13; SUBQ $(framesize-StackSmall), R13;
    /// JCS morestack; CMPQ R13, stackguard0`.
    Big,
}

impl PrologueCheck {
    pub fn of(framesize: u32) -> PrologueCheck {
        if framesize <= STACK_SMALL {
            PrologueCheck::Small
        } else if framesize <= STACK_BIG {
            PrologueCheck::Medium
        } else {
            PrologueCheck::Big
        }
    }
}
/// Offset of `stackguard0` in `g`.
const G_STACKGUARD0: i32 = 16;

fn piece_size(p: &Piece) -> Size {
    match p.size {
        1 => Size::B8,
        2 => Size::B16,
        4 => Size::B32,
        _ => Size::B64,
    }
}

/// Stores one register piece at `at`, at the piece's own size.
pub fn store_piece(b: &mut MachBuffer, p: &Piece, at: Amode) -> Result<(), EncodeError> {
    let r = abi_preg(p.reg);
    if p.class == PieceClass::Float {
        let prec = if p.size == 4 { Prec::F32 } else { Prec::F64 };
        let x = Xmm::new(r.0 - 16).expect("a float register");
        b.emit(&Inst::StoreF {
            prec,
            dst: at,
            src: x,
        })
    } else {
        let g = Gpr::new(r.0).expect("an integer register");
        b.emit(&Inst::Store {
            size: piece_size(p),
            dst: at,
            src: g,
        })
    }
}

/// Loads one register piece from `at` (narrow integers zero-extended).
pub fn load_piece(b: &mut MachBuffer, p: &Piece, at: Amode) -> Result<(), EncodeError> {
    let r = abi_preg(p.reg);
    if p.class == PieceClass::Float {
        let prec = if p.size == 4 { Prec::F32 } else { Prec::F64 };
        let x = Xmm::new(r.0 - 16).expect("a float register");
        return b.emit(&Inst::LoadF {
            prec,
            dst: x,
            src: at,
        });
    }
    let g = Gpr::new(r.0).expect("an integer register");
    let size = piece_size(p);
    if size == Size::B8 || size == Size::B16 {
        b.emit(&Inst::MovZx {
            from: size,
            to: Size::B32,
            dst: g,
            src: RegMem::Mem(at),
        })
    } else {
        b.emit(&Inst::Load {
            size,
            dst: g,
            src: at,
        })
    }
}

/// Emits the check at the current position (the entry), jumping to the
/// returned label when the stack must grow. `frame` is what the prologue
/// will subtract from RSP after saving RBP.
pub fn emit_check(b: &mut MachBuffer, abi: Abi, frame: u32) -> Result<Label, EncodeError> {
    let g = match abi {
        Abi::Internal => Gpr::R14,
        Abi::Abi0 => {
            b.emit(&Inst::Load {
                size: Size::B64,
                dst: Gpr::R12,
                src: Amode::Abs {
                    seg: Some(Seg::Fs),
                    disp: -8,
                },
            })?;
            Gpr::R12
        }
    };
    // Go's `framesize` here: the frame and the saved RBP (not the return
    // address).
    let need = frame + 8;
    let cold = b.new_label();
    let variant = PrologueCheck::of(need);
    // Planted bug `big-frames-checked-as-small`: a frame beyond StackBig
    // gets the small check (RSP against the guard), as if the runtime's
    // StackGuard room covered any frame.
    #[cfg(feature = "inject")]
    let variant = if variant == PrologueCheck::Big
        && crate::inject::active(crate::inject::Bug::BigFramesCheckedAsSmall)
    {
        PrologueCheck::Small
    } else {
        variant
    };
    // Planted bug `medium-frames-checked-as-small`: likewise for a frame
    // between StackSmall and StackBig (the excess not subtracted).
    #[cfg(feature = "inject")]
    let variant = if variant == PrologueCheck::Medium
        && crate::inject::active(crate::inject::Bug::MediumFramesCheckedAsSmall)
    {
        PrologueCheck::Small
    } else {
        variant
    };
    let sp = match variant {
        PrologueCheck::Small => Gpr::RSP,
        PrologueCheck::Medium => {
            b.emit(&Inst::Lea {
                dst: Gpr::R13,
                src: Amode::base_disp(Gpr::RSP, -((need - STACK_SMALL) as i32)),
            })?;
            Gpr::R13
        }
        PrologueCheck::Big => {
            // RSP - (need - StackSmall) may wrap below zero, and would then
            // compare above the guard: a borrow means the stack must grow.
            b.emit(&Inst::MovRR {
                size: Size::B64,
                dst: Gpr::R13,
                src: Gpr::RSP,
            })?;
            b.emit(&Inst::Alu {
                op: AluOp::Sub,
                size: Size::B64,
                dst: Gpr::R13,
                src: RegMemImm::Imm((need - STACK_SMALL) as i32),
            })?;
            b.emit(&Inst::Jcc {
                cond: Cond::B,
                target: cold,
            })?;
            Gpr::R13
        }
    };
    b.emit(&Inst::Alu {
        op: AluOp::Cmp,
        size: Size::B64,
        dst: sp,
        src: RegMemImm::Mem(Amode::base_disp(g, G_STACKGUARD0)),
    })?;
    b.emit(&Inst::Jcc {
        cond: Cond::BE,
        target: cold,
    })?;
    Ok(cold)
}

/// The pointer words of the whole incoming argument area of `layout`
/// (register arguments at their spill slots): the morestack stack map.
pub fn all_arg_pointer_words(sig: &FuncType, layout: &AbiLayout) -> Vec<u32> {
    let mut out = Vec::new();
    for (p, a) in sig.params.iter().zip(&layout.params) {
        let base = match &a.loc {
            Location::Stack { offset } => *offset,
            // Planted bug `morestack-map-misses-spills`: as if only stack
            // arguments were in the argument area.
            #[cfg(feature = "inject")]
            Location::Registers { .. }
                if crate::inject::active(crate::inject::Bug::MorestackMapMissesSpills) =>
            {
                continue
            }
            Location::Registers { spill, .. } => {
                layout.spill_area_offset + spill.expect("arguments have spill slots")
            }
        };
        // Planted bug `iface-data-not-pointer`: interface data words are
        // left out, as if they held no pointers.
        #[cfg(feature = "inject")]
        if crate::inject::active(crate::inject::Bug::IfaceDataNotPointer) {
            crate::inject::pointer_words_but_iface_data(&p.ty, base, &mut |o| out.push(o as u32));
            continue;
        }
        p.ty.for_each_pointer_word(base, &mut |o| out.push(o as u32));
    }
    out.sort_unstable();
    out
}

/// Emits the cold path at `cold`: spill register arguments (no frame yet:
/// the incoming area starts 8 bytes above RSP), call morestack, reload,
/// and go back to `entry`. Returns the morestack safepoint.
pub fn emit_morestack(
    b: &mut MachBuffer,
    cold: Label,
    entry: Label,
    sig: &FuncType,
    layout: &AbiLayout,
) -> Result<Safepoint, EncodeError> {
    b.bind_label(cold)?;
    let slot = |spill: u64, p: &Piece| Amode::base_disp(Gpr::RSP, (8 + spill + p.offset) as i32);
    for a in &layout.params {
        if let Location::Registers { pieces, spill } = &a.loc {
            let spill = layout.spill_area_offset + spill.expect("arguments have spill slots");
            for p in pieces {
                store_piece(b, p, slot(spill, p))?;
            }
        }
    }
    b.emit(&Inst::Call {
        target: Symbol(MORESTACK.to_string()),
    })?;
    let safepoint = Safepoint {
        ret: b.cur_offset(),
        kind: SafepointKind::Morestack,
        frame: Vec::new(),
        args: all_arg_pointer_words(sig, layout),
        scalars: Vec::new(),
    };
    for a in &layout.params {
        if let Location::Registers { pieces, spill } = &a.loc {
            let spill = layout.spill_area_offset + spill.expect("arguments have spill slots");
            for p in pieces {
                load_piece(b, p, slot(spill, p))?;
            }
        }
    }
    b.emit(&Inst::Jmp { target: entry })?;
    Ok(safepoint)
}
