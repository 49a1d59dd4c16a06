//! From allocated VCode to machine instructions: the frame, the prologue and
//! epilogue, and an expansion of every VCode instruction into x86-64.
//!
//! Frame (ABI.md), from high to low addresses:
//!
//! ```text
//! [rbp+16 ...]   incoming argument area (stack arguments, results, spill area)
//! [rbp+8]        return PC
//! [rbp]          caller's RBP
//! [rbp-...]      IR stack slots
//! [rbp-...]      spill slots of the register allocator (8 bytes each)
//! [rsp+0 ...]    outgoing argument area, sized for the largest call
//! ```
//!
//! An operand and the result may share a register: an expansion builds
//! its result in the result's own register only when no operand it still
//! has to read is there, and otherwise in a scratch register, moved to the
//! result at the end. Operands that were spilled are loaded into the
//! scratch registers R12/R13 (integers) or X15/X14 (floats), which the
//! allocator never hands out. X15 is also
//! ABIInternal's zero register, so it is zeroed again before every call
//! and every return; R14 (`g`) is never written, except to reload it from
//! TLS where the ABI requires.

use super::inst::{
    AluOp, Amode, FloatOp, Inst, Label, Prec, RegImm, RegMem, RegMemImm, ShiftAmount, ShiftOp,
    Symbol, XmmMem,
};
use super::regs::{Cond, Gpr, Seg, Size, Xmm};
use super::stack;
use super::vcode::{CmpOperand, ImmOp, LInst, VCode};
use super::{Code, EncodeError, MachBuffer};
use crate::abi::{Abi, Location};
use crate::compile::{Safepoint, SafepointKind};
use crate::ir::{BinOp, ConvOp, FloatCC, IntCC, Op, Ty, UnOp};
use crate::regalloc::moves::sequence;
use crate::regalloc::{Alloc, Allocation, Class, PReg, VReg};
use crate::types::round_up;

/// Integer scratch registers (never allocated).
const S1: Gpr = Gpr::R12;
const S2: Gpr = Gpr::R13;

fn xmm(n: u8) -> Xmm {
    Xmm::new(n).expect("0..16")
}

/// Float scratch registers (never allocated).
/// The float scratch registers: X14 first, X15 only where two are needed,
/// so that X15 keeps the zero ABIInternal wants there as often as possible
/// (and [`Emitter::zero_x15`] has nothing to do).
fn fs1() -> Xmm {
    xmm(14)
}
fn fs2() -> Xmm {
    xmm(15)
}
/// ABIInternal's zero register.
fn x15() -> Xmm {
    xmm(15)
}

/// The runtime's allocator: the type's index in RAX, the object in RAX.
pub const NEWOBJECT: &str = "runtime.newobject";

/// The runtime function called on an integer division by zero.
pub const PANIC_DIVIDE: &str = "runtime.panicdivide";

/// Where things are in a function's frame.
#[derive(Clone, Debug)]
pub struct Frame {
    /// RBP-relative offset of each IR stack slot.
    pub slots: Vec<i32>,
    /// RBP-relative offset of the first spill slot (slot k is 8k below it).
    pub spill_base: i32,
    /// Bytes subtracted from RSP after saving RBP.
    pub size: u32,
}

impl Frame {
    pub fn spill(&self, k: u32) -> i32 {
        self.spill_base - 8 * k as i32
    }
}

/// Lays out the frame of an allocated function.
pub fn layout_frame(vcode: &VCode, slots: &[crate::ir::SlotData], alloc: &Allocation) -> Frame {
    let mut below: u64 = 0;
    let mut offsets = Vec::with_capacity(slots.len());
    for s in slots {
        below = round_up(below + s.size as u64, s.align.max(1) as u64);
        offsets.push(-(below as i32));
    }
    below = round_up(below, 8);
    let spill_base = -(below as i32) - 8;
    below += 8 * alloc.num_spill_slots as u64;
    let size = round_up(below + vcode.outgoing_size, 8) as u32;
    Frame {
        slots: offsets,
        spill_base,
        size,
    }
}

fn int_size(ty: Ty) -> Size {
    match ty {
        Ty::I8 => Size::B8,
        Ty::I16 => Size::B16,
        Ty::I32 | Ty::F32 => Size::B32,
        Ty::I64 | Ty::F64 | Ty::Ptr => Size::B64,
    }
}

/// The width integer arithmetic is done at: 32 bits for narrow types (the
/// low bits come out right, and the encodings are shorter), else 64.
fn alu_size(ty: Ty) -> Size {
    if ty.bytes() <= 4 {
        Size::B32
    } else {
        Size::B64
    }
}

fn int_cond(cc: IntCC) -> Cond {
    match cc {
        IntCC::Eq => Cond::E,
        IntCC::Ne => Cond::NE,
        IntCC::Slt => Cond::L,
        IntCC::Sle => Cond::LE,
        IntCC::Sgt => Cond::G,
        IntCC::Sge => Cond::GE,
        IntCC::Ult => Cond::B,
        IntCC::Ule => Cond::BE,
        IntCC::Ugt => Cond::A,
        IntCC::Uge => Cond::AE,
    }
}

fn prec(ty: Ty) -> Prec {
    if ty == Ty::F32 {
        Prec::F32
    } else {
        Prec::F64
    }
}

fn rsp(disp: i32) -> Amode {
    Amode::base_disp(Gpr::RSP, disp)
}

/// `g` lives at FS:-8 on linux/amd64.
fn tls_g() -> Amode {
    Amode::Abs {
        seg: Some(Seg::Fs),
        disp: -8,
    }
}

/// A location a parallel move can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Loc {
    Reg(PReg),
    Stack(i32),
}

/// Emits one function's code.
pub struct Emitter<'a> {
    pub buf: MachBuffer,
    vcode: &'a VCode,
    alloc: &'a Allocation,
    frame: &'a Frame,
    labels: Vec<Label>,
    /// The VCode instruction being expanded (for stack maps).
    cur_inst: usize,
    /// RBP-relative pointer words of typed stack slots (always live).
    slot_words: Vec<i32>,
    /// Incoming-area pointer words of address-taken parameters (live after
    /// the prologue has stored them).
    homed_words: Vec<u32>,
    pub safepoints: Vec<Safepoint>,
    /// Offset of the first instruction after the stack check.
    pub body: Option<u32>,
    /// Values live across each call-like instruction (precise liveness).
    across: std::collections::HashMap<usize, Vec<VReg>>,
    /// Whether X15 is known to hold zero here: on entry to an ABIInternal
    /// function and after an ABIInternal call (the ABI's promise), until
    /// code writes it or an ABI0 callee may have.
    x15_zero: bool,
    /// Per block, whether X15 is known zero at its end (once emitted).
    x15_zero_out: Vec<Option<bool>>,
    /// Blocks whose predecessors laid out later (loops' back edges) are
    /// not taken to leave X15 zero: those where that guess failed on an
    /// earlier emission (see [`x15_guesses_failed`](Self::x15_guesses_failed)).
    pub x15_no_guess: Vec<bool>,
    /// Per block, whether it took a later predecessor to leave X15 zero.
    x15_guessed: Vec<bool>,
    /// Per block, its predecessors.
    preds: Vec<Vec<usize>>,
    /// No frame at all: neither RBP saved nor RSP moved (a leaf with a
    /// frame of 0 bytes, as Go lays one out). RBP-relative addresses are
    /// then RSP-relative, 8 bytes lower: there is no saved RBP.
    frameless: bool,
}

fn gpr_of(r: PReg) -> Gpr {
    Gpr::new(r.0).expect("an integer register")
}

fn xmm_of(r: PReg) -> Xmm {
    xmm(r.0 - 16)
}

impl<'a> Emitter<'a> {
    pub fn new(vcode: &'a VCode, alloc: &'a Allocation, frame: &'a Frame) -> Emitter<'a> {
        let mut buf = MachBuffer::with_capacity(vcode.insts.len() + vcode.insts.len() / 2 + 16);
        let labels = (0..vcode.blocks.len()).map(|_| buf.new_label()).collect();
        Emitter {
            buf,
            vcode,
            alloc,
            frame,
            labels,
            cur_inst: 0,
            slot_words: Vec::new(),
            homed_words: Vec::new(),
            safepoints: Vec::new(),
            body: None,
            across: std::collections::HashMap::new(),
            x15_zero: vcode.abi == Abi::Internal,
            frameless: false,
            x15_zero_out: vec![None; vcode.blocks.len()],
            x15_no_guess: vec![false; vcode.blocks.len()],
            x15_guessed: vec![false; vcode.blocks.len()],
            preds: {
                let mut p = vec![Vec::new(); vcode.blocks.len()];
                for (b, data) in vcode.blocks.iter().enumerate() {
                    for &s in &data.succs {
                        p[s].push(b);
                    }
                }
                p
            },
        }
    }

    /// Zeroes X15 for an ABIInternal callee or caller, unless it is known
    /// to be zero already (Go re-zeroes it only after code that may have
    /// changed it).
    fn zero_x15(&mut self) -> Result<(), EncodeError> {
        if self.x15_zero {
            return Ok(());
        }
        self.e(Inst::XorPs {
            dst: x15(),
            src: x15(),
        })
    }

    /// What X15 holds at the start of block `b`: zero if it is zero at the
    /// end of every predecessor (the entry's caller of an ABI0 function may
    /// have changed it). A predecessor laid out later, not yet emitted (a
    /// loop's back edge), is guessed to leave it zero unless that guess
    /// failed before; the caller checks the guesses after emission and
    /// emits again without those that failed.
    fn x15_zero_into(&mut self, b: usize) -> bool {
        let entry = b != 0 || self.vcode.abi == Abi::Internal;
        let mut guessed = false;
        let zero = entry
            && self.preds[b].iter().all(|&p| match self.x15_zero_out[p] {
                Some(z) => z,
                None if !self.x15_no_guess[b] => {
                    guessed = true;
                    true
                }
                None => false,
            });
        self.x15_guessed[b] = zero && guessed;
        zero
    }

    /// After emission: the blocks that took a later predecessor to leave
    /// X15 zero where it did not. Their code may rely on a zero X15 that is
    /// not there, so the function must be emitted again with
    /// [`x15_no_guess`](Self::x15_no_guess) set for them.
    pub fn x15_guesses_failed(&self) -> Vec<usize> {
        (0..self.vcode.blocks.len())
            .filter(|&b| {
                self.x15_guessed[b]
                    && self.preds[b]
                        .iter()
                        .any(|&p| self.x15_zero_out[p] != Some(true))
            })
            .collect()
    }

    /// Frame words holding live pointers while instruction `cur_inst`
    /// calls out: pointer values living across it (spilled: a call clobbers
    /// every register) and typed slots' pointer words.
    fn live_frame_words(&self) -> Vec<i32> {
        let mut out = self.slot_words.clone();
        // Planted bug `stack-map-drops-pointer`: the first spilled pointer
        // is skipped.
        #[cfg(feature = "inject")]
        let mut drop_one = crate::inject::active(crate::inject::Bug::StackMapDropsPointer);
        for v in self.across.get(&self.cur_inst).into_iter().flatten() {
            if self.vcode.value_types[v.0 as usize] != Ty::Ptr {
                continue;
            }
            if let Some(Alloc::Spill(k)) = self.alloc.allocs[v.0 as usize] {
                #[cfg(feature = "inject")]
                if std::mem::take(&mut drop_one) {
                    continue;
                }
                out.push(self.frame.spill(k));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Incoming-area pointer words live while `cur_inst` calls out: the
    /// homes of address-taken parameters, and the pointer parameters
    /// that stay in their homes and live across it.
    fn live_arg_words(&self) -> Vec<u32> {
        let mut out = self.homed_words.clone();
        for v in self.across.get(&self.cur_inst).into_iter().flatten() {
            if let (Ty::Ptr, Some(Alloc::Home(at))) = (
                self.vcode.value_types[v.0 as usize],
                self.alloc.allocs[v.0 as usize],
            ) {
                out.push(at as u32);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Spill slots holding live non-pointer values across `cur_inst`.
    fn live_scalar_words(&self) -> Vec<i32> {
        let mut out: Vec<i32> = self
            .across
            .get(&self.cur_inst)
            .into_iter()
            .flatten()
            .filter(|v| self.vcode.value_types[v.0 as usize] != Ty::Ptr)
            .filter_map(|v| match self.alloc.allocs[v.0 as usize] {
                Some(Alloc::Spill(k)) => Some(self.frame.spill(k)),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out
    }

    fn safepoint(&mut self, kind: SafepointKind) {
        let sp = Safepoint {
            ret: self.buf.cur_offset(),
            kind,
            frame: self.live_frame_words(),
            args: self.live_arg_words(),
            scalars: self.live_scalar_words(),
        };
        self.safepoints.push(sp);
    }

    /// `disp` from where RBP points once the frame is set up: the saved
    /// RBP, with the return address above it and the incoming arguments
    /// from `16`.
    fn fp(&self, disp: i32) -> Amode {
        if self.frameless {
            Amode::base_disp(Gpr::RSP, disp - 8)
        } else {
            Amode::base_disp(Gpr::RBP, disp)
        }
    }

    fn e(&mut self, inst: Inst) -> Result<(), EncodeError> {
        match inst {
            Inst::XorPs { dst, src } if dst == x15() && src == x15() => self.x15_zero = true,
            Inst::MovF { dst, .. }
            | Inst::LoadF { dst, .. }
            | Inst::ArithF { dst, .. }
            | Inst::CvtIntToFloat { dst, .. }
            | Inst::CvtFloatToFloat { dst, .. }
            | Inst::XorPs { dst, .. }
            | Inst::MovGprToXmm { dst, .. }
                if dst == x15() =>
            {
                self.x15_zero = false
            }
            _ => {}
        }
        self.buf.emit(&inst)
    }

    fn loc(&self, v: VReg) -> Loc {
        match self.alloc.get(v) {
            Alloc::Reg(r) => Loc::Reg(r),
            Alloc::Spill(k) => Loc::Stack(self.frame.spill(k)),
            Alloc::Home(at) => Loc::Stack(16 + at),
        }
    }

    fn ty(&self, v: VReg) -> Ty {
        self.vcode.value_types[v.0 as usize]
    }

    /// `v` (an integer or pointer) in a register: its own, or `scratch`.
    fn gpr(&mut self, v: VReg, scratch: Gpr) -> Result<Gpr, EncodeError> {
        match self.loc(v) {
            Loc::Reg(r) => Ok(gpr_of(r)),
            Loc::Stack(d) => {
                self.e(Inst::Load {
                    size: Size::B64,
                    dst: scratch,
                    src: self.fp(d),
                })?;
                Ok(scratch)
            }
        }
    }

    /// Copies `v` into `dst` (which the caller owns).
    fn gpr_into(&mut self, v: VReg, dst: Gpr) -> Result<(), EncodeError> {
        match self.loc(v) {
            Loc::Reg(r) if gpr_of(r) == dst => Ok(()),
            Loc::Reg(r) => self.e(Inst::MovRR {
                size: Size::B64,
                dst,
                src: gpr_of(r),
            }),
            Loc::Stack(d) => self.e(Inst::Load {
                size: Size::B64,
                dst,
                src: self.fp(d),
            }),
        }
    }

    /// `v` as an operand: its register or its spill slot.
    fn operand(&self, v: VReg) -> RegMemImm {
        match self.loc(v) {
            Loc::Reg(r) => RegMemImm::Reg(gpr_of(r)),
            Loc::Stack(d) => RegMemImm::Mem(self.fp(d)),
        }
    }

    fn regmem(&self, v: VReg) -> RegMem {
        match self.loc(v) {
            Loc::Reg(r) => RegMem::Reg(gpr_of(r)),
            Loc::Stack(d) => RegMem::Mem(self.fp(d)),
        }
    }

    /// Where an expansion builds `d`'s value: `d`'s own register when it
    /// has one that none of `later` (the operands still read after the
    /// value is first written) occupies, else `scratch`. Building in place
    /// saves the two moves through the scratch register.
    fn work_gpr(&self, d: VReg, later: &[VReg], scratch: Gpr) -> Gpr {
        match self.loc(d) {
            Loc::Reg(r) if !later.iter().any(|&x| self.loc(x) == Loc::Reg(r)) => gpr_of(r),
            _ => scratch,
        }
    }

    /// [`work_gpr`](Self::work_gpr) for floats.
    fn work_xmm(&self, d: VReg, later: &[VReg], scratch: Xmm) -> Xmm {
        match self.loc(d) {
            Loc::Reg(r) if !later.iter().any(|&x| self.loc(x) == Loc::Reg(r)) => xmm_of(r),
            _ => scratch,
        }
    }

    /// Writes `src` to `v`'s location.
    fn put(&mut self, v: VReg, src: Gpr) -> Result<(), EncodeError> {
        match self.loc(v) {
            Loc::Reg(r) if gpr_of(r) == src => Ok(()),
            Loc::Reg(r) => self.e(Inst::MovRR {
                size: Size::B64,
                dst: gpr_of(r),
                src,
            }),
            Loc::Stack(d) => self.e(Inst::Store {
                size: Size::B64,
                dst: self.fp(d),
                src,
            }),
        }
    }

    /// `v` (a float) in a register: its own, or `scratch`.
    fn fpr(&mut self, v: VReg, scratch: Xmm) -> Result<Xmm, EncodeError> {
        match self.loc(v) {
            Loc::Reg(r) => Ok(xmm_of(r)),
            Loc::Stack(d) => {
                self.e(Inst::LoadF {
                    prec: Prec::F64,
                    dst: scratch,
                    src: self.fp(d),
                })?;
                Ok(scratch)
            }
        }
    }

    fn fpr_into(&mut self, v: VReg, dst: Xmm) -> Result<(), EncodeError> {
        match self.loc(v) {
            Loc::Reg(r) if xmm_of(r) == dst => Ok(()),
            Loc::Reg(r) => self.e(Inst::MovF {
                prec: Prec::F64,
                dst,
                src: xmm_of(r),
            }),
            Loc::Stack(d) => self.e(Inst::LoadF {
                prec: Prec::F64,
                dst,
                src: self.fp(d),
            }),
        }
    }

    fn xmm_operand(&self, v: VReg) -> XmmMem {
        match self.loc(v) {
            Loc::Reg(r) => XmmMem::Reg(xmm_of(r)),
            Loc::Stack(d) => XmmMem::Mem(self.fp(d)),
        }
    }

    fn put_f(&mut self, v: VReg, src: Xmm) -> Result<(), EncodeError> {
        match self.loc(v) {
            Loc::Reg(r) if xmm_of(r) == src => Ok(()),
            Loc::Reg(r) => self.e(Inst::MovF {
                prec: Prec::F64,
                dst: xmm_of(r),
                src,
            }),
            Loc::Stack(d) => self.e(Inst::StoreF {
                prec: Prec::F64,
                dst: self.fp(d),
                src,
            }),
        }
    }

    /// Performs a parallel move between locations of one class.
    fn parallel(&mut self, moves: &[(Loc, Loc)], class: Class) -> Result<(), EncodeError> {
        let cycle_scratch = match class {
            Class::Int => Loc::Reg(PReg(S2.num())),
            Class::Float => Loc::Reg(PReg(16 + x15().num())),
        };
        for (dst, src) in sequence(moves, cycle_scratch) {
            match class {
                Class::Int => {
                    let via = match (dst, src) {
                        (Loc::Reg(d), _) => gpr_of(d),
                        (Loc::Stack(_), Loc::Reg(s)) => gpr_of(s),
                        (Loc::Stack(_), Loc::Stack(_)) => S1,
                    };
                    match src {
                        Loc::Reg(s) if gpr_of(s) == via => {}
                        Loc::Reg(s) => self.e(Inst::MovRR {
                            size: Size::B64,
                            dst: via,
                            src: gpr_of(s),
                        })?,
                        Loc::Stack(d) => self.e(Inst::Load {
                            size: Size::B64,
                            dst: via,
                            src: self.fp(d),
                        })?,
                    }
                    if let Loc::Stack(d) = dst {
                        self.e(Inst::Store {
                            size: Size::B64,
                            dst: self.fp(d),
                            src: via,
                        })?;
                    }
                }
                Class::Float => {
                    let via = match (dst, src) {
                        (Loc::Reg(d), _) => xmm_of(d),
                        (Loc::Stack(_), Loc::Reg(s)) => xmm_of(s),
                        (Loc::Stack(_), Loc::Stack(_)) => fs1(),
                    };
                    match src {
                        Loc::Reg(s) if xmm_of(s) == via => {}
                        Loc::Reg(s) => self.e(Inst::MovF {
                            prec: Prec::F64,
                            dst: via,
                            src: xmm_of(s),
                        })?,
                        Loc::Stack(d) => self.e(Inst::LoadF {
                            prec: Prec::F64,
                            dst: via,
                            src: self.fp(d),
                        })?,
                    }
                    if let Loc::Stack(d) = dst {
                        self.e(Inst::StoreF {
                            prec: Prec::F64,
                            dst: self.fp(d),
                            src: via,
                        })?;
                    }
                }
            }
        }
        Ok(())
    }

    /// A parallel move of mixed classes, split by class.
    fn parallel_mixed(&mut self, moves: Vec<(Loc, Loc, Class)>) -> Result<(), EncodeError> {
        for class in [Class::Int, Class::Float] {
            let m: Vec<(Loc, Loc)> = moves
                .iter()
                .filter(|x| x.2 == class)
                .map(|x| (x.0, x.1))
                .collect();
            self.parallel(&m, class)?;
        }
        Ok(())
    }

    /// Loads a `ty` from `addr` into `v`'s location.
    fn load_into(&mut self, v: VReg, ty: Ty, addr: Amode) -> Result<(), EncodeError> {
        if ty.is_float() {
            let dst = match self.loc(v) {
                Loc::Reg(r) => xmm_of(r),
                Loc::Stack(_) => fs1(),
            };
            self.e(Inst::LoadF {
                prec: prec(ty),
                dst,
                src: addr,
            })?;
            return self.put_f(v, dst);
        }
        let dst = match self.loc(v) {
            Loc::Reg(r) => gpr_of(r),
            Loc::Stack(_) => S2,
        };
        match ty {
            Ty::I8 | Ty::I16 => self.e(Inst::MovZx {
                from: int_size(ty),
                to: Size::B32,
                dst,
                src: RegMem::Mem(addr),
            })?,
            _ => self.e(Inst::Load {
                size: int_size(ty),
                dst,
                src: addr,
            })?,
        }
        self.put(v, dst)
    }

    /// Stores `v` (a `ty`) at `addr` (which must not use S2 or X14).
    fn store_from(&mut self, v: VReg, ty: Ty, addr: Amode) -> Result<(), EncodeError> {
        if ty.is_float() {
            let src = self.fpr(v, fs1())?;
            return self.e(Inst::StoreF {
                prec: prec(ty),
                dst: addr,
                src,
            });
        }
        let src = self.gpr(v, S2)?;
        self.e(Inst::Store {
            size: int_size(ty),
            dst: addr,
            src,
        })
    }

    /// The whole function: prologue, blocks, in order.
    pub fn emit_function(&mut self, f: &crate::ir::Function) -> Result<(), EncodeError> {
        for (si, slot) in f.slots.iter().enumerate() {
            for w in slot.pointer_words() {
                self.slot_words.push(self.frame.slots[si] + w as i32);
            }
        }
        let layout = &self.vcode.layout;
        for &p in &self.vcode.homed_params {
            let base = match &layout.params[p].loc {
                Location::Stack { offset } => *offset,
                Location::Registers { spill, .. } => {
                    layout.spill_area_offset + spill.expect("arguments have spill slots")
                }
            };
            // Planted bug `iface-data-not-pointer`: the home's interface
            // data words are left out, as if they held no pointers.
            #[cfg(feature = "inject")]
            if crate::inject::active(crate::inject::Bug::IfaceDataNotPointer) {
                crate::inject::pointer_words_but_iface_data(&f.sig.params[p].ty, base, &mut |o| {
                    self.homed_words.push(o as u32)
                });
                continue;
            }
            f.sig.params[p]
                .ty
                .for_each_pointer_word(base, &mut |o| self.homed_words.push(o as u32));
        }
        self.homed_words.sort_unstable();
        let calls: Vec<usize> = (0..self.vcode.insts.len())
            .filter(|&i| match &self.vcode.insts[i] {
                LInst::Call { .. } | LInst::Alloc { .. } | LInst::CallVal { .. } => true,
                LInst::Op { op, .. } => super::vcode::is_division(op),
                _ => false,
            })
            .collect();
        self.across = crate::regalloc::live_across_given(self.vcode, &calls, &self.alloc.live_in);
        let entry = self.buf.new_label();
        self.buf.bind_label(entry)?;
        // Go's assembler marks a function nosplit on its own when its frame
        // with the saved RBP (`autoffset`) is under StackSmall and it calls
        // nothing but the zero-argument panics, `runtime.panicdivide`
        // among them, and those only while autoffset < StackSmall - 8
        // (cmd/internal/obj/x86/obj6.go, `preprocess` and
        // `isZeroArgRuntimeCall`): the StackSmall bytes every caller's
        // check leaves below the guard hold it and the panic's call.
        let autoffset = self.frame.size + 8;
        let divisions = calls
            .iter()
            .any(|&i| matches!(&self.vcode.insts[i], LInst::Op { .. }));
        let other_calls = calls
            .iter()
            .any(|&i| !matches!(&self.vcode.insts[i], LInst::Op { .. }));
        let leaf = !other_calls
            && autoffset < stack::STACK_SMALL
            && (!divisions || autoffset < stack::STACK_SMALL - 8);
        // Go saves no RBP for a frame of 0 bytes in a function that calls
        // nothing (obj6.go: `autoffset == 0 && !hasCall`); then nothing
        // moves RSP either.
        self.frameless = leaf && calls.is_empty() && self.frame.size == 0;
        let cold = if f.nosplit || leaf {
            None
        } else {
            Some(stack::emit_check(
                &mut self.buf,
                self.vcode.abi,
                self.frame.size,
            )?)
        };
        self.body = cold.map(|_| self.buf.cur_offset());
        self.prologue(f)?;
        for b in 0..self.vcode.blocks.len() {
            self.buf.bind_label(self.labels[b])?;
            self.x15_zero = self.x15_zero_into(b);
            for i in self.vcode.blocks[b].insts.clone() {
                self.cur_inst = i;
                let next = b + 1;
                self.inst(&self.vcode.insts[i].clone(), next)?;
            }
            self.x15_zero_out[b] = Some(self.x15_zero);
        }
        if let Some(cold) = cold {
            let sp = stack::emit_morestack(&mut self.buf, cold, entry, &f.sig, &self.vcode.layout)?;
            self.safepoints.push(sp);
        }
        Ok(())
    }

    fn prologue(&mut self, f: &crate::ir::Function) -> Result<(), EncodeError> {
        if !self.frameless {
            self.e(Inst::Push { reg: Gpr::RBP })?;
            self.e(Inst::MovRR {
                size: Size::B64,
                dst: Gpr::RBP,
                src: Gpr::RSP,
            })?;
        }
        if self.frame.size > 0 {
            self.e(Inst::Alu {
                op: AluOp::Sub,
                size: Size::B64,
                dst: Gpr::RSP,
                src: RegMemImm::Imm(self.frame.size as i32),
            })?;
        }
        // Address-taken register parameters live in their spill slots.
        let layout = &self.vcode.layout;
        for &p in &self.vcode.homed_params {
            if let Location::Registers {
                pieces,
                spill: Some(spill),
            } = &layout.params[p].loc
            {
                let base = 16 + (layout.spill_area_offset + spill) as i32;
                // Planted bug `spill-slot-off-by-one`: one slot too high.
                #[cfg(feature = "inject")]
                let base = if crate::inject::active(crate::inject::Bug::SpillSlotOffByOne) {
                    base + 8
                } else {
                    base
                };
                for pc in pieces.iter() {
                    let at = self.fp(base + pc.offset as i32);
                    stack::store_piece(&mut self.buf, pc, at)?;
                }
            }
        }
        #[cfg(feature = "inject")]
        self.planted_home_args(f)?;
        // Typed slots' pointer words start out nil: the stack maps say
        // they are live from here on.
        for w in self.slot_words.clone() {
            self.e(Inst::StoreImm {
                size: Size::B64,
                dst: self.fp(w),
                imm: 0,
            })?;
        }
        let _ = f;
        Ok(())
    }

    fn inst(&mut self, inst: &LInst, next: usize) -> Result<(), EncodeError> {
        match inst {
            LInst::EntryArgs { moves } => {
                let m = moves
                    .iter()
                    .filter(|(v, _)| self.alloc.allocs[v.0 as usize].is_some())
                    .map(|(v, r)| (self.loc(*v), Loc::Reg(*r), r.class()))
                    .collect();
                self.parallel_mixed(m)
            }
            // A leaf that stays in its home is read from there.
            LInst::LoadIncoming { dst, .. }
                if matches!(self.alloc.allocs[dst.0 as usize], Some(Alloc::Home(_))) =>
            {
                Ok(())
            }
            LInst::LoadIncoming { dst, ty, offset } => {
                self.load_into(*dst, *ty, self.fp(16 + offset))
            }
            LInst::LoadOutgoing { dst, ty, offset } => self.load_into(*dst, *ty, rsp(*offset)),
            LInst::StoreOutgoing { src, ty, offset } => self.store_from(*src, *ty, rsp(*offset)),
            LInst::StoreResult { src, ty, offset } => {
                self.store_from(*src, *ty, self.fp(16 + offset))
            }
            LInst::Call {
                symbol,
                entry,
                args,
                results,
            } => {
                let m = args
                    .iter()
                    .map(|(r, v)| (Loc::Reg(*r), self.loc(*v), r.class()))
                    .collect();
                self.parallel_mixed(m)?;
                if *entry == Abi::Internal {
                    // ABIInternal callees expect g in R14 and zero in X15.
                    if self.vcode.abi == Abi::Abi0 {
                        self.e(Inst::Load {
                            size: Size::B64,
                            dst: Gpr::R14,
                            src: tls_g(),
                        })?;
                    }
                    self.zero_x15()?;
                }
                self.e(Inst::Call {
                    target: Symbol(symbol.clone()),
                })?;
                // An ABIInternal callee returns with X15 zero; an ABI0
                // one may have used it.
                self.x15_zero = *entry == Abi::Internal;
                self.safepoint(SafepointKind::Call);
                // Planted bug `ipa-homed-args`: the argument registers the
                // call is taken to keep are reloaded from their spill
                // slots, where janus's callees homed them.
                #[cfg(feature = "inject")]
                if let Some(kept) = self.vcode.homed_args.get(&self.cur_inst) {
                    for h in kept.clone() {
                        stack::load_piece(&mut self.buf, &h.piece, rsp(h.at))?;
                    }
                }
                // Planted bug `abi0-call-keeps-r14`: g is taken to be
                // still in R14.
                #[cfg(feature = "inject")]
                let reload = !crate::inject::active(crate::inject::Bug::Abi0CallKeepsR14);
                #[cfg(not(feature = "inject"))]
                let reload = true;
                if *entry == Abi::Abi0 && self.vcode.abi == Abi::Internal && reload {
                    // An ABI0 callee may have used R14: reload g.
                    self.e(Inst::Load {
                        size: Size::B64,
                        dst: Gpr::R14,
                        src: tls_g(),
                    })?;
                }
                let m = results
                    .iter()
                    .filter(|(v, _)| self.alloc.allocs[v.0 as usize].is_some())
                    .map(|(v, r)| (self.loc(*v), Loc::Reg(*r), r.class()))
                    .collect();
                self.parallel_mixed(m)
            }
            LInst::Ret { moves } => {
                let m = moves
                    .iter()
                    .map(|(r, v)| (Loc::Reg(*r), self.loc(*v), r.class()))
                    .collect();
                self.parallel_mixed(m)?;
                #[cfg(feature = "inject")]
                self.planted_ret_conventions(moves)?;
                if self.vcode.abi == Abi::Internal {
                    self.zero_x15()?;
                }
                if !self.frameless {
                    self.e(Inst::MovRR {
                        size: Size::B64,
                        dst: Gpr::RSP,
                        src: Gpr::RBP,
                    })?;
                    self.e(Inst::Pop { reg: Gpr::RBP })?;
                }
                self.e(Inst::Ret)
            }
            LInst::Alloc { dst, index } => {
                self.e(Inst::MovImm {
                    size: Size::B32,
                    dst: Gpr::RAX,
                    imm: *index as u64,
                })?;
                // runtime.newobject is ABIInternal Go code.
                self.zero_x15()?;
                self.e(Inst::Call {
                    target: Symbol(NEWOBJECT.to_string()),
                })?;
                self.x15_zero = true;
                self.safepoint(SafepointKind::Call);
                if self.alloc.allocs[dst.0 as usize].is_some() {
                    self.put(*dst, Gpr::RAX)?;
                }
                Ok(())
            }
            LInst::Moves { moves } => {
                let m = moves
                    .iter()
                    .filter(|(d, _)| self.alloc.allocs[d.0 as usize].is_some())
                    .map(|(d, s)| {
                        (
                            self.loc(*d),
                            self.loc(*s),
                            super::vcode::class_of(self.ty(*d)),
                        )
                    })
                    .collect();
                self.parallel_mixed(m)
            }
            LInst::Jump { target } => {
                if *target != next {
                    let l = self.labels[*target];
                    self.e(Inst::Jmp { target: l })?;
                }
                Ok(())
            }
            LInst::Branch {
                cond,
                ty,
                then,
                els,
            } => {
                let c = self.gpr(*cond, S1)?;
                let size = int_size(*ty);
                self.e(Inst::Test {
                    size,
                    a: c,
                    b: RegImm::Reg(c),
                })?;
                let (t, e) = (self.labels[*then], self.labels[*els]);
                if *then == next {
                    return self.e(Inst::Jcc {
                        cond: Cond::E,
                        target: e,
                    });
                }
                self.e(Inst::Jcc {
                    cond: Cond::NE,
                    target: t,
                })?;
                if *els != next {
                    self.e(Inst::Jmp { target: e })?;
                }
                Ok(())
            }
            LInst::CmpBranch {
                cc,
                ty,
                a,
                b,
                then,
                els,
            } => {
                let ra = self.gpr(*a, S1)?;
                let src = match b {
                    CmpOperand::Value(b) => self.operand(*b),
                    CmpOperand::Imm(i) => RegMemImm::Imm(*i as i32),
                };
                self.e(Inst::Alu {
                    op: AluOp::Cmp,
                    size: int_size(*ty),
                    dst: ra,
                    src,
                })?;
                let cond = int_cond(*cc);
                let (t, e) = (self.labels[*then], self.labels[*els]);
                if *then == next {
                    // Fall through to `then`: branch away on the inverse.
                    self.e(Inst::Jcc {
                        cond: cond.invert(),
                        target: e,
                    })
                } else {
                    self.e(Inst::Jcc { cond, target: t })?;
                    if *els != next {
                        self.e(Inst::Jmp { target: e })?;
                    }
                    Ok(())
                }
            }
            LInst::SymbolAddr { dst, symbol } => {
                if self.alloc.allocs[dst.0 as usize].is_none() {
                    return Ok(());
                }
                self.e(Inst::LeaSym {
                    dst: S1,
                    symbol: Symbol(symbol.clone()),
                })?;
                self.put(*dst, S1)
            }
            LInst::StoreCode { obj, symbol } => {
                let o = self.gpr(*obj, S2)?;
                self.e(Inst::LeaSym {
                    dst: S1,
                    symbol: Symbol(symbol.clone()),
                })?;
                self.e(Inst::Store {
                    size: Size::B64,
                    dst: Amode::base_disp(o, 0),
                    src: S1,
                })
            }
            LInst::CallVal {
                via,
                offset,
                args,
                results,
            } => self.call_val(*via, *offset, args, results),
            LInst::StoreImm {
                ty,
                ptr,
                offset,
                imm,
            } => {
                let p = self.gpr(*ptr, S1)?;
                self.e(Inst::StoreImm {
                    size: int_size(*ty),
                    dst: Amode::base_disp(p, *offset),
                    imm: *imm as i32,
                })
            }
            LInst::OpImm {
                dst,
                op,
                ty,
                a,
                imm,
            } => {
                if self.alloc.allocs[dst.0 as usize].is_none() {
                    return Ok(());
                }
                self.op_imm(*dst, *op, *ty, *a, *imm)
            }
            LInst::Op { dst, op } => {
                let d = match dst {
                    Some(d) if self.alloc.allocs[d.0 as usize].is_some() => Some(*d),
                    // A result nobody uses: compute nothing (stores have none).
                    Some(_) => return Ok(()),
                    None => None,
                };
                self.op(d, op)
            }
        }
    }

    /// A call through a func value: the arguments and the func value (in
    /// `via`, RDX) in place, then `call` the code pointer in its first word
    /// (loaded into a scratch register: the argument registers are taken).
    fn call_val(
        &mut self,
        via: PReg,
        offset: i32,
        args: &[(PReg, VReg)],
        results: &[(VReg, PReg)],
    ) -> Result<(), EncodeError> {
        let m = args
            .iter()
            .map(|(r, v)| (Loc::Reg(*r), self.loc(*v), r.class()))
            .collect();
        self.parallel_mixed(m)?;
        // The callee is ABIInternal: g in R14, zero in X15.
        if self.vcode.abi == Abi::Abi0 {
            self.e(Inst::Load {
                size: Size::B64,
                dst: Gpr::R14,
                src: tls_g(),
            })?;
        }
        self.zero_x15()?;
        self.e(Inst::Load {
            size: Size::B64,
            dst: S1,
            src: Amode::base_disp(gpr_of(via), offset),
        })?;
        self.e(Inst::CallReg { reg: S1 })?;
        self.x15_zero = true;
        self.safepoint(SafepointKind::Call);
        let m = results
            .iter()
            .filter(|(v, _)| self.alloc.allocs[v.0 as usize].is_some())
            .map(|(v, r)| (self.loc(*v), Loc::Reg(*r), r.class()))
            .collect();
        self.parallel_mixed(m)
    }

    fn op(&mut self, dst: Option<VReg>, op: &Op) -> Result<(), EncodeError> {
        let v = |x: crate::ir::Value| VReg(x.0);
        match op {
            Op::Iconst { ty, bits } => {
                let d = dst.expect("iconst has a result");
                let size = if *ty == Ty::I64 { Size::B64 } else { Size::B32 };
                match self.loc(d) {
                    Loc::Reg(r) => self.e(Inst::MovImm {
                        size,
                        dst: gpr_of(r),
                        imm: *bits,
                    }),
                    Loc::Stack(_) => {
                        self.e(Inst::MovImm {
                            size,
                            dst: S1,
                            imm: *bits,
                        })?;
                        self.put(d, S1)
                    }
                }
            }
            Op::Fconst { bits: 0, .. } => {
                // +0.0, as Go makes it: `xorps`.
                let d = dst.expect("fconst has a result");
                let w = self.work_xmm(d, &[], fs1());
                self.e(Inst::XorPs { dst: w, src: w })?;
                self.put_f(d, w)
            }
            Op::Fconst { ty, bits } => {
                let d = dst.expect("fconst has a result");
                let size = if *ty == Ty::F32 { Size::B32 } else { Size::B64 };
                self.e(Inst::MovImm {
                    size,
                    dst: S1,
                    imm: *bits,
                })?;
                match self.loc(d) {
                    Loc::Reg(r) => self.e(Inst::MovGprToXmm {
                        size,
                        dst: xmm_of(r),
                        src: S1,
                    }),
                    Loc::Stack(dd) => self.e(Inst::Store {
                        size: Size::B64,
                        dst: self.fp(dd),
                        src: S1,
                    }),
                }
            }
            Op::Nil => {
                let d = dst.expect("nil has a result");
                let w = self.work_gpr(d, &[], S1);
                self.e(Inst::MovImm {
                    size: Size::B32,
                    dst: w,
                    imm: 0,
                })?;
                self.put(d, w)
            }
            Op::Param { .. }
            | Op::Call { .. }
            | Op::Alloc { .. }
            | Op::FuncVal { .. }
            | Op::Closure { .. }
            | Op::Context
            | Op::CallVal { .. }
            | Op::Itab { .. }
            | Op::CallMethod { .. } => {
                unreachable!("lowered separately")
            }
            Op::ParamAddr { index } => {
                let layout = &self.vcode.layout;
                let off = match &layout.params[*index as usize].loc {
                    Location::Stack { offset } => *offset,
                    Location::Registers { spill, .. } => {
                        layout.spill_area_offset + spill.expect("parameters have spill slots")
                    }
                };
                let d = dst.expect("a result");
                let w = self.work_gpr(d, &[], S1);
                self.e(Inst::Lea {
                    dst: w,
                    src: self.fp(16 + off as i32),
                })?;
                self.put(d, w)
            }
            Op::SlotAddr { slot } => {
                let off = self.frame.slots[slot.0 as usize];
                let d = dst.expect("a result");
                let w = self.work_gpr(d, &[], S1);
                self.e(Inst::Lea {
                    dst: w,
                    src: self.fp(off),
                })?;
                self.put(d, w)
            }
            Op::Unary { op, ty, arg } => {
                let d = dst.expect("a result");
                match op {
                    UnOp::Neg | UnOp::Not => {
                        let w = self.work_gpr(d, &[], S1);
                        self.gpr_into(v(*arg), w)?;
                        let size = alu_size(*ty);
                        self.e(if *op == UnOp::Neg {
                            Inst::Neg { size, reg: w }
                        } else {
                            Inst::Not { size, reg: w }
                        })?;
                        self.put(d, w)
                    }
                    UnOp::FNeg => {
                        let w = self.work_xmm(d, &[], fs1());
                        self.fpr_into(v(*arg), w)?;
                        let (size, mask) = if *ty == Ty::F32 {
                            (Size::B32, 0x8000_0000u64)
                        } else {
                            (Size::B64, 1u64 << 63)
                        };
                        self.e(Inst::MovImm {
                            size,
                            dst: S1,
                            imm: mask,
                        })?;
                        self.e(Inst::MovGprToXmm {
                            size,
                            dst: fs2(),
                            src: S1,
                        })?;
                        self.e(Inst::XorPs { dst: w, src: fs2() })?;
                        self.put_f(d, w)
                    }
                }
            }
            Op::Binary { op, ty, a, b } => {
                self.binary(dst.expect("a result"), *op, *ty, v(*a), v(*b))
            }
            Op::Icmp { cc, ty, a, b } => {
                let d = dst.expect("a result");
                // `cmp` reads both before `setcc` writes the low byte of
                // the result's register (which may be an operand's).
                let ra = self.gpr(v(*a), S1)?;
                let src = self.operand(v(*b));
                self.e(Inst::Alu {
                    op: AluOp::Cmp,
                    size: int_size(*ty),
                    dst: ra,
                    src,
                })?;
                self.setcc_into(d, int_cond(*cc))
            }
            Op::Fcmp { cc, ty, a, b } => {
                let d = dst.expect("a result");
                let p = prec(*ty);
                // lt/le compare the other way round, so that an unordered
                // result (CF=ZF=PF=1) reads as false through `a`/`ae`.
                let (x, y) = match cc {
                    FloatCC::Lt | FloatCC::Le => (v(*b), v(*a)),
                    _ => (v(*a), v(*b)),
                };
                self.fpr_into(x, fs1())?;
                let src = self.xmm_operand(y);
                self.e(Inst::Ucomis {
                    prec: p,
                    a: fs1(),
                    b: src,
                })?;
                let w = self.work_gpr(d, &[], S1);
                match cc {
                    FloatCC::Eq | FloatCC::Ne => {
                        let (c1, c2, op) = if *cc == FloatCC::Eq {
                            (Cond::E, Cond::NP, AluOp::And)
                        } else {
                            (Cond::NE, Cond::P, AluOp::Or)
                        };
                        self.e(Inst::Setcc { cond: c1, dst: w })?;
                        self.e(Inst::Setcc { cond: c2, dst: S2 })?;
                        self.e(Inst::Alu {
                            op,
                            size: Size::B32,
                            dst: w,
                            src: RegMemImm::Reg(S2),
                        })?;
                    }
                    FloatCC::Lt | FloatCC::Gt => self.e(Inst::Setcc {
                        cond: Cond::A,
                        dst: w,
                    })?,
                    FloatCC::Le | FloatCC::Ge => self.e(Inst::Setcc {
                        cond: Cond::AE,
                        dst: w,
                    })?,
                }
                self.put(d, w)
            }
            Op::Conv { op, from, to, arg } => {
                self.convert(dst.expect("a result"), *op, *from, *to, v(*arg))
            }
            Op::Load { ty, ptr, offset } => {
                let d = dst.expect("a result");
                let p = self.gpr(v(*ptr), S1)?;
                self.load_into(d, *ty, Amode::base_disp(p, *offset))
            }
            Op::Store {
                ty,
                ptr,
                offset,
                value,
            } => {
                let p = self.gpr(v(*ptr), S1)?;
                self.store_from(v(*value), *ty, Amode::base_disp(p, *offset))
            }
            Op::PtrAdd { ptr, offset } => {
                let d = dst.expect("a result");
                let w = self.work_gpr(d, &[v(*offset)], S1);
                self.gpr_into(v(*ptr), w)?;
                let src = self.operand(v(*offset));
                self.e(Inst::Alu {
                    op: AluOp::Add,
                    size: Size::B64,
                    dst: w,
                    src,
                })?;
                self.put(d, w)
            }
        }
    }

    /// Extends `v` (a `ty`) to 64 bits in `dst`, signed or not.
    /// The definition's half of planted bugs `narrow-result-not-extended`
    /// (narrow integer register results zero-extended) and
    /// `abi0-call-keeps-r14` (an ABI0 definition returns with g in R14),
    /// at a return, after the results are in place.
    #[cfg(feature = "inject")]
    fn planted_ret_conventions(&mut self, moves: &[(PReg, VReg)]) -> Result<(), EncodeError> {
        use crate::inject::{active, Bug};
        if active(Bug::NarrowResultNotExtended) || active(Bug::IpaNarrowResults) {
            for (r, v) in moves {
                let ty = self.vcode.value_types[v.0 as usize];
                let Some(g) = Gpr::new(r.0).filter(|_| r.0 < 16) else {
                    continue;
                };
                match ty {
                    Ty::I8 | Ty::I16 => self.e(Inst::MovZx {
                        from: int_size(ty),
                        to: Size::B32,
                        dst: g,
                        src: RegMem::Reg(g),
                    })?,
                    Ty::I32 => self.e(Inst::MovRR {
                        size: Size::B32,
                        dst: g,
                        src: g,
                    })?,
                    _ => {}
                }
            }
        }
        if active(Bug::IpaSignExtendedResults) && self.vcode.abi == Abi::Internal {
            for (r, v) in moves {
                let ty = self.vcode.value_types[v.0 as usize];
                let Some(g) = Gpr::new(r.0).filter(|_| r.0 < 16) else {
                    continue;
                };
                if matches!(ty, Ty::I8 | Ty::I16 | Ty::I32) {
                    self.e(Inst::MovSx {
                        from: int_size(ty),
                        to: Size::B64,
                        dst: g,
                        src: RegMem::Reg(g),
                    })?;
                }
            }
        }
        if active(Bug::Abi0CallKeepsR14) && self.vcode.abi == Abi::Abi0 {
            self.e(Inst::Load {
                size: Size::B64,
                dst: Gpr::R14,
                src: tls_g(),
            })?;
        }
        Ok(())
    }

    /// The definition's half of planted bug `ipa-homed-args`, in the
    /// prologue: an ABIInternal definition stores each non-pointer register
    /// argument in its spill slot (pointers are left out: the slot is in no
    /// stack map, and a moving collection would leave a stale copy there).
    /// Address-taken parameters are homed already.
    #[cfg(feature = "inject")]
    fn planted_home_args(&mut self, f: &crate::ir::Function) -> Result<(), EncodeError> {
        if !crate::inject::active(crate::inject::Bug::IpaHomedArgs)
            || self.vcode.abi != Abi::Internal
        {
            return Ok(());
        }
        let layout = &self.vcode.layout;
        for (p, (param, pa)) in f.sig.params.iter().zip(&layout.params).enumerate() {
            if self.vcode.homed_params.contains(&p) {
                continue;
            }
            if let Location::Registers {
                pieces,
                spill: Some(spill),
            } = &pa.loc
            {
                let base = 16 + (layout.spill_area_offset + spill) as i32;
                for (pc, l) in pieces.iter().zip(crate::ir::leaves(&param.ty)) {
                    if l.ty != Ty::Ptr {
                        let at = self.fp(base + pc.offset as i32);
                        stack::store_piece(&mut self.buf, pc, at)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn extend_into(&mut self, v: VReg, ty: Ty, signed: bool, dst: Gpr) -> Result<(), EncodeError> {
        // Planted bug `narrow-arg-not-extended`: a narrow integer that came
        // in a register is taken to be extended already (it is not: the
        // bits above it are the caller's garbage).
        #[cfg(feature = "inject")]
        if crate::inject::active(crate::inject::Bug::NarrowArgNotExtended)
            && self.vcode.insts.iter().any(
                |i| matches!(i, LInst::EntryArgs { moves } if moves.iter().any(|(d, _)| *d == v)),
            )
        {
            return self.gpr_into(v, dst);
        }
        // Planted bug `narrow-result-not-extended`: a narrow integer a call
        // returned in a register is taken to be zero-extended (janus's own
        // definitions do so under this bug; Go's callees need not).
        #[cfg(feature = "inject")]
        if crate::inject::active(crate::inject::Bug::NarrowResultNotExtended)
            && !signed
            && self.vcode.insts.iter().any(
                |i| matches!(i, LInst::Call { results, .. } if results.iter().any(|(d, _)| *d == v)),
            )
        {
            return self.gpr_into(v, dst);
        }
        // Planted bug `ipa-narrow-results`: the same, for results of the
        // module's own functions only (janus compiled them).
        #[cfg(feature = "inject")]
        if crate::inject::active(crate::inject::Bug::IpaNarrowResults)
            && !signed
            && self.vcode.insts.iter().any(|i| {
                matches!(i, LInst::Call { symbol, results, .. }
                    if results.iter().any(|(d, _)| *d == v)
                        && self.vcode.module_functions.contains(symbol.trim_end_matches(".abi0")))
            })
        {
            return self.gpr_into(v, dst);
        }
        // Planted bug `ipa-sign-extended-results`: a narrow integer an
        // ABIInternal module function returned in a register is taken to
        // be sign-extended (janus's definitions do so under this bug).
        #[cfg(feature = "inject")]
        if crate::inject::active(crate::inject::Bug::IpaSignExtendedResults)
            && signed
            && self.vcode.insts.iter().any(|i| {
                matches!(i, LInst::Call { symbol, entry: Abi::Internal, results, .. }
                    if results.iter().any(|(d, _)| *d == v)
                        && self.vcode.internal_functions.contains(symbol))
            })
        {
            return self.gpr_into(v, dst);
        }
        let src = self.regmem(v);
        match (ty, signed) {
            (Ty::I64 | Ty::Ptr, _) => self.gpr_into(v, dst),
            (Ty::I32, false) => match src {
                RegMem::Reg(r) => self.e(Inst::MovRR {
                    size: Size::B32,
                    dst,
                    src: r,
                }),
                RegMem::Mem(m) => self.e(Inst::Load {
                    size: Size::B32,
                    dst,
                    src: m,
                }),
            },
            (_, false) => self.e(Inst::MovZx {
                from: int_size(ty),
                to: Size::B64,
                dst,
                src,
            }),
            (_, true) => self.e(Inst::MovSx {
                from: int_size(ty),
                to: Size::B64,
                dst,
                src,
            }),
        }
    }

    fn binary(&mut self, d: VReg, op: BinOp, ty: Ty, a: VReg, b: VReg) -> Result<(), EncodeError> {
        // A commutative operation whose second operand is in the result's
        // register reads it as the first: `d = a + d` is `add d, a`, not
        // three moves through a scratch register.
        let (a, b) = match self.loc(d) {
            Loc::Reg(_)
                if op.is_commutative()
                    && self.loc(b) == self.loc(d)
                    && self.loc(a) != self.loc(d) =>
            {
                (b, a)
            }
            _ => (a, b),
        };
        if op.is_float() {
            let p = prec(ty);
            let w = self.work_xmm(d, &[b], fs1());
            self.fpr_into(a, w)?;
            let src = self.xmm_operand(b);
            let fop = match op {
                BinOp::FAdd => FloatOp::Add,
                BinOp::FSub => FloatOp::Sub,
                BinOp::FMul => FloatOp::Mul,
                _ => FloatOp::Div,
            };
            self.e(Inst::ArithF {
                op: fop,
                prec: p,
                dst: w,
                src,
            })?;
            return self.put_f(d, w);
        }
        if op.can_panic() {
            return self.division(d, op, ty, a, b);
        }
        if op.is_shift() {
            return self.shift(d, op, ty, a, b);
        }
        let size = alu_size(ty);
        // A sum into a third register: `lea d, [a + b]`.
        if let (BinOp::Add, Loc::Reg(rd), Loc::Reg(ra), Loc::Reg(rb)) =
            (op, self.loc(d), self.loc(a), self.loc(b))
        {
            if rd != ra && rd != rb {
                return self.e(Inst::Lea {
                    dst: gpr_of(rd),
                    src: Amode::BaseDisp {
                        base: gpr_of(ra),
                        index: Some((gpr_of(rb), 1)),
                        disp: 0,
                    },
                });
            }
        }
        // AndNot writes (the complement of) `b` first and reads `a` after;
        // the others write `a` first and read `b` after.
        let w = if op == BinOp::AndNot {
            self.work_gpr(d, &[a], S1)
        } else {
            self.work_gpr(d, &[b], S1)
        };
        match op {
            BinOp::AndNot => {
                self.gpr_into(b, w)?;
                self.e(Inst::Not { size, reg: w })?;
                let src = self.operand(a);
                self.e(Inst::Alu {
                    op: AluOp::And,
                    size,
                    dst: w,
                    src,
                })?;
            }
            BinOp::Mul => {
                self.gpr_into(a, w)?;
                let src = self.regmem(b);
                self.e(Inst::Imul { size, dst: w, src })?;
            }
            _ => {
                self.gpr_into(a, w)?;
                let alu = match op {
                    BinOp::Add => AluOp::Add,
                    BinOp::Sub => AluOp::Sub,
                    BinOp::And => AluOp::And,
                    BinOp::Or => AluOp::Or,
                    _ => AluOp::Xor,
                };
                let src = self.operand(b);
                self.e(Inst::Alu {
                    op: alu,
                    size,
                    dst: w,
                    src,
                })?;
            }
        }
        self.put(d, w)
    }

    /// `cond` (of flags just set) into `d`, an `i8`.
    fn setcc_into(&mut self, d: VReg, cond: Cond) -> Result<(), EncodeError> {
        let w = match self.loc(d) {
            Loc::Reg(r) => gpr_of(r),
            Loc::Stack(_) => S1,
        };
        self.e(Inst::Setcc { cond, dst: w })?;
        self.put(d, w)
    }

    /// An [`LInst::OpImm`]: `a op imm` into `d`.
    fn op_imm(&mut self, d: VReg, op: ImmOp, ty: Ty, a: VReg, imm: i64) -> Result<(), EncodeError> {
        let op = match op {
            ImmOp::Cmp(cc) => {
                let ra = self.gpr(a, S1)?;
                self.e(Inst::Alu {
                    op: AluOp::Cmp,
                    size: int_size(ty),
                    dst: ra,
                    src: RegMemImm::Imm(imm as i32),
                })?;
                return self.setcc_into(d, int_cond(cc));
            }
            ImmOp::Bin(op) => op,
        };
        let w = self.work_gpr(d, &[], S1);
        match op {
            // Go's shifts: a count at or past the width gives 0, or the
            // sign for a signed right shift (the value sign-extended to 64
            // bits and shifted by at most 63).
            BinOp::Shl | BinOp::ShrU | BinOp::ShrS => {
                let width = ty.bits() as i64;
                if imm >= width && op != BinOp::ShrS {
                    self.e(Inst::MovImm {
                        size: Size::B32,
                        dst: w,
                        imm: 0,
                    })?;
                } else {
                    let (sop, count) = match op {
                        BinOp::Shl => {
                            self.gpr_into(a, w)?;
                            (ShiftOp::Shl, imm)
                        }
                        BinOp::ShrU => {
                            self.extend_into(a, ty, false, w)?;
                            (ShiftOp::Shr, imm)
                        }
                        _ => {
                            self.extend_into(a, ty, true, w)?;
                            (ShiftOp::Sar, imm.min(63))
                        }
                    };
                    if count > 0 {
                        self.e(Inst::Shift {
                            op: sop,
                            size: Size::B64,
                            dst: w,
                            amount: ShiftAmount::Imm(count as u8),
                        })?;
                    }
                }
            }
            BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU => {
                return self.divide_by_constant(d, op, ty, a, imm);
            }
            BinOp::Mul => {
                let src = self.regmem(a);
                self.e(Inst::ImulImm {
                    size: alu_size(ty),
                    dst: w,
                    src,
                    imm: imm as i32,
                })?;
            }
            _ => {
                // Adding a constant into another register: `lea d, [a + k]`.
                let disp = match op {
                    BinOp::Add => i32::try_from(imm).ok(),
                    BinOp::Sub => imm.checked_neg().and_then(|k| i32::try_from(k).ok()),
                    _ => None,
                };
                if let (Some(disp), Loc::Reg(ra), Loc::Reg(rd)) = (disp, self.loc(a), self.loc(d)) {
                    if ra != rd {
                        return self.e(Inst::Lea {
                            dst: gpr_of(rd),
                            src: Amode::base_disp(gpr_of(ra), disp),
                        });
                    }
                }
                self.gpr_into(a, w)?;
                let alu = match op {
                    BinOp::Add => AluOp::Add,
                    BinOp::Sub => AluOp::Sub,
                    BinOp::And => AluOp::And,
                    BinOp::Or => AluOp::Or,
                    _ => AluOp::Xor,
                };
                self.e(Inst::Alu {
                    op: alu,
                    size: alu_size(ty),
                    dst: w,
                    src: RegMemImm::Imm(imm as i32),
                })?;
            }
        }
        self.put(d, w)
    }

    /// `a op c` for a division by a nonzero constant `c` (signed or not as
    /// `op` reads it): no zero check, and no `MinInt / -1` check unless `c`
    /// is -1. Powers of two are shifts, as Go makes them
    /// (`generic.rules`: `Div64u n (Const64 [c])` with `isPowerOfTwo`, and
    /// the signed form that adds `2^k - 1` to a negative dividend first).
    fn divide_by_constant(
        &mut self,
        d: VReg,
        op: BinOp,
        ty: Ty,
        a: VReg,
        c: i64,
    ) -> Result<(), EncodeError> {
        let signed = matches!(op, BinOp::DivS | BinOp::RemS);
        let rem = matches!(op, BinOp::RemS | BinOp::RemU);
        let size = alu_size(ty);
        let w = self.work_gpr(d, &[], S1);
        if !signed && (c as u64).is_power_of_two() && (c as u64) < 1 << 31 {
            let k = (c as u64).trailing_zeros() as u8;
            if rem {
                self.gpr_into(a, w)?;
                self.e(Inst::Alu {
                    op: AluOp::And,
                    size: Size::B64,
                    dst: w,
                    src: RegMemImm::Imm((c - 1) as i32),
                })?;
            } else {
                self.extend_into(a, ty, false, w)?;
                if k > 0 {
                    self.e(Inst::Shift {
                        op: ShiftOp::Shr,
                        size: Size::B64,
                        dst: w,
                        amount: ShiftAmount::Imm(k),
                    })?;
                }
            }
            return self.put(d, w);
        }
        if signed && c > 1 && (c as u64).is_power_of_two() && c < 1 << 31 {
            // q = (s + (s < 0 ? c - 1 : 0)) >> k on the sign-extended
            // dividend s; r = s - (that sum with its low k bits cleared).
            let k = (c as u64).trailing_zeros() as u8;
            self.extend_into(a, ty, true, w)?;
            self.e(Inst::MovRR {
                size: Size::B64,
                dst: S2,
                src: w,
            })?;
            self.e(Inst::Shift {
                op: ShiftOp::Sar,
                size: Size::B64,
                dst: S2,
                amount: ShiftAmount::Imm(63),
            })?;
            self.e(Inst::Shift {
                op: ShiftOp::Shr,
                size: Size::B64,
                dst: S2,
                amount: ShiftAmount::Imm(64 - k),
            })?;
            self.e(Inst::Alu {
                op: AluOp::Add,
                size: Size::B64,
                dst: S2,
                src: RegMemImm::Reg(w),
            })?;
            if rem {
                self.e(Inst::Alu {
                    op: AluOp::And,
                    size: Size::B64,
                    dst: S2,
                    src: RegMemImm::Imm(-(c as i32)),
                })?;
                self.e(Inst::Alu {
                    op: AluOp::Sub,
                    size: Size::B64,
                    dst: w,
                    src: RegMemImm::Reg(S2),
                })?;
                return self.put(d, w);
            }
            self.e(Inst::Shift {
                op: ShiftOp::Sar,
                size: Size::B64,
                dst: S2,
                amount: ShiftAmount::Imm(k),
            })?;
            return self.put(d, S2);
        }
        if signed && c == -1 {
            // x / -1 is -x (MinInt stays MinInt, as in Go); x % -1 is 0.
            if rem {
                self.e(Inst::MovImm {
                    size: Size::B32,
                    dst: w,
                    imm: 0,
                })?;
            } else {
                self.gpr_into(a, w)?;
                self.e(Inst::Neg { size, reg: w })?;
            }
            return self.put(d, w);
        }
        // Any other divisor: DIV or IDIV, the divisor in a register.
        self.extend_into(a, ty, signed, S1)?;
        self.e(Inst::MovImm {
            size: Size::B64,
            dst: S2,
            imm: if signed || size == Size::B64 {
                c as u64
            } else {
                c as u64 & 0xffff_ffff
            },
        })?;
        let r = self.div_s1_by_s2(size, signed, rem)?;
        self.put(d, r)
    }

    /// DIV or IDIV of S1 (extended) by S2 at `size`, through RDX:RAX;
    /// returns the register holding the quotient, or the remainder.
    fn div_s1_by_s2(&mut self, size: Size, signed: bool, rem: bool) -> Result<Gpr, EncodeError> {
        self.e(Inst::MovRR {
            size: Size::B64,
            dst: Gpr::RAX,
            src: S1,
        })?;
        if signed {
            self.e(Inst::SignExtendAx { size })?;
        } else {
            self.e(Inst::Alu {
                op: AluOp::Xor,
                size: Size::B32,
                dst: Gpr::RDX,
                src: RegMemImm::Reg(Gpr::RDX),
            })?;
        }
        self.e(Inst::Div {
            size,
            signed,
            divisor: RegMem::Reg(S2),
        })?;
        Ok(if rem { Gpr::RDX } else { Gpr::RAX })
    }

    /// Go's division: a zero divisor panics, and `MinInt / -1` is `MinInt`
    /// (remainder 0) where IDIV would fault. Narrow types divide at 32 bits,
    /// where `-128 / -1` cannot overflow.
    fn division(
        &mut self,
        d: VReg,
        op: BinOp,
        ty: Ty,
        a: VReg,
        b: VReg,
    ) -> Result<(), EncodeError> {
        let signed = matches!(op, BinOp::DivS | BinOp::RemS);
        let rem = matches!(op, BinOp::RemS | BinOp::RemU);
        let size = alu_size(ty);
        // Both operands into scratch before RAX and RDX are touched.
        self.extend_into(b, ty, signed, S2)?;
        self.extend_into(a, ty, signed, S1)?;
        let nonzero = self.buf.new_label();
        let done = self.buf.new_label();
        self.e(Inst::Test {
            size,
            a: S2,
            b: RegImm::Reg(S2),
        })?;
        self.e(Inst::Jcc {
            cond: Cond::NE,
            target: nonzero,
        })?;
        self.e(Inst::Call {
            target: Symbol(PANIC_DIVIDE.to_string()),
        })?;
        self.safepoint(SafepointKind::NoReturn);
        self.e(Inst::Ud2)?;
        self.buf.bind_label(nonzero)?;
        if signed && (size == Size::B64 || ty == Ty::I32) {
            let normal = self.buf.new_label();
            self.e(Inst::Alu {
                op: AluOp::Cmp,
                size,
                dst: S2,
                src: RegMemImm::Imm(-1),
            })?;
            self.e(Inst::Jcc {
                cond: Cond::NE,
                target: normal,
            })?;
            if rem {
                self.e(Inst::MovImm {
                    size: Size::B32,
                    dst: S1,
                    imm: 0,
                })?;
            } else {
                self.e(Inst::Neg { size, reg: S1 })?;
            }
            self.e(Inst::Jmp { target: done })?;
            self.buf.bind_label(normal)?;
        }
        let r = self.div_s1_by_s2(size, signed, rem)?;
        self.e(Inst::MovRR {
            size: Size::B64,
            dst: S1,
            src: r,
        })?;
        self.buf.bind_label(done)?;
        self.put(d, S1)
    }

    /// Go's shifts: a count at or beyond the width gives 0 (or the sign).
    fn shift(&mut self, d: VReg, op: BinOp, ty: Ty, a: VReg, b: VReg) -> Result<(), EncodeError> {
        let bty = self.ty(b);
        self.extend_into(b, bty, false, S2)?;
        self.extend_into(a, ty, op == BinOp::ShrS, S1)?;
        let width = ty.bits() as i32;
        let ok = self.buf.new_label();
        let done = self.buf.new_label();
        self.e(Inst::Alu {
            op: AluOp::Cmp,
            size: Size::B64,
            dst: S2,
            src: RegMemImm::Imm(width),
        })?;
        self.e(Inst::Jcc {
            cond: Cond::B,
            target: ok,
        })?;
        if op == BinOp::ShrS {
            // Shifting the sign-extended value by 63 leaves only the sign.
            self.e(Inst::MovImm {
                size: Size::B32,
                dst: S2,
                imm: 63,
            })?;
        } else {
            self.e(Inst::MovImm {
                size: Size::B32,
                dst: S1,
                imm: 0,
            })?;
            self.e(Inst::Jmp { target: done })?;
        }
        self.buf.bind_label(ok)?;
        self.e(Inst::MovRR {
            size: Size::B64,
            dst: Gpr::RCX,
            src: S2,
        })?;
        let sop = match op {
            BinOp::Shl => ShiftOp::Shl,
            BinOp::ShrU => ShiftOp::Shr,
            _ => ShiftOp::Sar,
        };
        self.e(Inst::Shift {
            op: sop,
            size: Size::B64,
            dst: S1,
            amount: ShiftAmount::Cl,
        })?;
        self.buf.bind_label(done)?;
        self.put(d, S1)
    }

    fn convert(
        &mut self,
        d: VReg,
        op: ConvOp,
        from: Ty,
        to: Ty,
        a: VReg,
    ) -> Result<(), EncodeError> {
        match op {
            ConvOp::Sext | ConvOp::Zext => {
                let w = self.work_gpr(d, &[], S1);
                self.extend_into(a, from, op == ConvOp::Sext, w)?;
                self.put(d, w)
            }
            ConvOp::Trunc => {
                let w = self.work_gpr(d, &[], S1);
                self.gpr_into(a, w)?;
                self.put(d, w)
            }
            ConvOp::SIToF => {
                self.extend_into(a, from, true, S1)?;
                let w = self.work_xmm(d, &[], fs1());
                self.e(Inst::CvtIntToFloat {
                    from: Size::B64,
                    prec: prec(to),
                    dst: w,
                    src: S1,
                })?;
                self.put_f(d, w)
            }
            ConvOp::UIToF => {
                self.extend_into(a, from, false, S1)?;
                let p = prec(to);
                if from != Ty::I64 {
                    // Zero-extended to 64 bits, it is a non-negative int64.
                    let w = self.work_xmm(d, &[], fs1());
                    self.e(Inst::CvtIntToFloat {
                        from: Size::B64,
                        prec: p,
                        dst: w,
                        src: S1,
                    })?;
                    return self.put_f(d, w);
                }
                let big = self.buf.new_label();
                let done = self.buf.new_label();
                self.e(Inst::Test {
                    size: Size::B64,
                    a: S1,
                    b: RegImm::Reg(S1),
                })?;
                self.e(Inst::Jcc {
                    cond: Cond::S,
                    target: big,
                })?;
                self.e(Inst::CvtIntToFloat {
                    from: Size::B64,
                    prec: p,
                    dst: fs1(),
                    src: S1,
                })?;
                self.e(Inst::Jmp { target: done })?;
                // Halve (keeping the lost bit sticky), convert, double:
                // one correct rounding.
                self.buf.bind_label(big)?;
                self.e(Inst::MovRR {
                    size: Size::B64,
                    dst: S2,
                    src: S1,
                })?;
                self.e(Inst::Shift {
                    op: ShiftOp::Shr,
                    size: Size::B64,
                    dst: S2,
                    amount: ShiftAmount::Imm(1),
                })?;
                self.e(Inst::Alu {
                    op: AluOp::And,
                    size: Size::B32,
                    dst: S1,
                    src: RegMemImm::Imm(1),
                })?;
                self.e(Inst::Alu {
                    op: AluOp::Or,
                    size: Size::B64,
                    dst: S2,
                    src: RegMemImm::Reg(S1),
                })?;
                self.e(Inst::CvtIntToFloat {
                    from: Size::B64,
                    prec: p,
                    dst: fs1(),
                    src: S2,
                })?;
                self.e(Inst::ArithF {
                    op: FloatOp::Add,
                    prec: p,
                    dst: fs1(),
                    src: XmmMem::Reg(fs1()),
                })?;
                self.buf.bind_label(done)?;
                self.put_f(d, fs1())
            }
            ConvOp::FToSI => {
                let x = self.fpr(a, fs1())?;
                let size = if to == Ty::I64 { Size::B64 } else { Size::B32 };
                let w = self.work_gpr(d, &[], S1);
                self.e(Inst::CvtFloatToInt {
                    prec: prec(from),
                    to: size,
                    dst: w,
                    src: x,
                })?;
                self.put(d, w)
            }
            // Go 1.19's conversions (ssagen/ssa.go: fpConvOpToSSA,
            // floatToUint), so out-of-range values and NaN give Go's bits.
            ConvOp::FToUI if to != Ty::I64 => {
                // uint8/uint16 through the 32-bit signed conversion, as Go;
                // uint32 through the 64-bit one ("go wide to dodge unsigned").
                let x = self.fpr(a, fs1())?;
                let size = if to == Ty::I32 { Size::B64 } else { Size::B32 };
                let w = self.work_gpr(d, &[], S1);
                self.e(Inst::CvtFloatToInt {
                    prec: prec(from),
                    to: size,
                    dst: w,
                    src: x,
                })?;
                self.put(d, w)
            }
            ConvOp::FToUI => {
                let p = prec(from);
                self.fpr_into(a, fs1())?;
                // Below 2^63 (NaN is not): the signed conversion; otherwise
                // convert x - 2^63 and OR in the top bit (Go's floatToUint:
                // OR, not XOR, so out of range and NaN give 0x8000...).
                let (size, two63) = if from == Ty::F32 {
                    (Size::B32, 0x5f00_0000u64)
                } else {
                    (Size::B64, 0x43e0_0000_0000_0000u64)
                };
                let small = self.buf.new_label();
                let done = self.buf.new_label();
                self.e(Inst::MovImm {
                    size,
                    dst: S1,
                    imm: two63,
                })?;
                self.e(Inst::MovGprToXmm {
                    size,
                    dst: fs2(),
                    src: S1,
                })?;
                self.e(Inst::Ucomis {
                    prec: p,
                    a: fs2(),
                    b: XmmMem::Reg(fs1()),
                })?;
                self.e(Inst::Jcc {
                    cond: Cond::A,
                    target: small,
                })?;
                self.e(Inst::ArithF {
                    op: FloatOp::Sub,
                    prec: p,
                    dst: fs1(),
                    src: XmmMem::Reg(fs2()),
                })?;
                self.e(Inst::CvtFloatToInt {
                    prec: p,
                    to: Size::B64,
                    dst: S1,
                    src: fs1(),
                })?;
                self.e(Inst::MovImm {
                    size: Size::B64,
                    dst: S2,
                    imm: 1 << 63,
                })?;
                self.e(Inst::Alu {
                    op: AluOp::Or,
                    size: Size::B64,
                    dst: S1,
                    src: RegMemImm::Reg(S2),
                })?;
                self.e(Inst::Jmp { target: done })?;
                self.buf.bind_label(small)?;
                self.e(Inst::CvtFloatToInt {
                    prec: p,
                    to: Size::B64,
                    dst: S1,
                    src: fs1(),
                })?;
                self.buf.bind_label(done)?;
                self.put(d, S1)
            }
            ConvOp::FConv => {
                let x = self.fpr(a, fs1())?;
                let w = self.work_xmm(d, &[], fs1());
                self.e(Inst::CvtFloatToFloat {
                    from: prec(from),
                    to: prec(to),
                    dst: w,
                    src: x,
                })?;
                self.put_f(d, w)
            }
        }
    }

    pub fn finish(self) -> Result<Code, EncodeError> {
        self.buf.finish()
    }
}
