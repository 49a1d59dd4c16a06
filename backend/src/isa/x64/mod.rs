//! x86-64: registers, machine instructions and their encoding.
//!
//! [`Inst`] is one machine instruction on physical registers;
//! [`MachBuffer`] encodes a sequence of them, resolving labels, into
//! [`Code`] with the relocations that calls to other functions need.
//!
//! The pipeline for a function: [`vcode::lower`] (IR to instructions on
//! virtual registers, with the ABI's moves), [`crate::regalloc`], then
//! [`codegen`] (frame and expansion to [`Inst`]); [`wrapper`] makes the
//! entry for the other ABI.

pub mod codegen;
pub mod constants;
mod emit;
mod inst;
pub mod nosplit;
mod regs;
pub mod stack;
pub mod vcode;
pub mod wrapper;

pub use emit::{Code, EncodeError, MachBuffer, Reloc, RelocKind};
pub use inst::{
    AluOp, Amode, FloatOp, Inst, Label, Prec, RegImm, RegMem, RegMemImm, ShiftAmount, ShiftOp,
    Symbol, XmmMem,
};
pub use regs::{Cond, Gpr, Seg, Size, Xmm};
