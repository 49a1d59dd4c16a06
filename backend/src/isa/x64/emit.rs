//! The encoder: [`Inst`] to bytes, in a [`MachBuffer`] that also tracks
//! labels (resolved by [`MachBuffer::finish`]) and the relocations of
//! calls to other functions.
//!
//! Every instruction is laid out as: segment override, operand-size or
//! mandatory prefix (`66`/`F2`/`F3`), REX, opcode, ModRM, SIB, displacement,
//! immediate. An instruction that cannot be encoded is an [`EncodeError`]
//! and leaves the buffer as it was.

use super::inst::{
    Amode, FloatOp, Inst, Label, Prec, RegImm, RegMem, RegMemImm, ShiftAmount, Symbol, XmmMem,
};
use super::regs::{Gpr, Seg, Size};
use std::fmt;

/// Why an instruction could not be encoded, or a buffer finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    message: String,
}

impl EncodeError {
    pub(crate) fn new(message: impl Into<String>) -> EncodeError {
        EncodeError {
            message: message.into(),
        }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EncodeError {}

/// How a relocation's field is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelocKind {
    /// A 32-bit PC-relative field, `S + A - P` as ELF's `R_X86_64_PLT32`
    /// (P is the field's address; A is -4 because the CPU adds the address
    /// of the end of the instruction, 4 bytes past the field).
    X86Pc32,
    /// The same field for a data reference (`lea` of a symbol's address),
    /// as ELF's `R_X86_64_PC32`: not a call.
    X86Pc32Data,
}

/// A field of the code to be filled in once `symbol`'s address is known.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reloc {
    /// Offset of the field in the code.
    pub offset: u32,
    pub symbol: Symbol,
    pub kind: RelocKind,
    pub addend: i64,
}

/// Finished machine code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub bytes: Vec<u8>,
    pub relocs: Vec<Reloc>,
    /// The start offset of each emitted instruction, in order.
    pub inst_offsets: Vec<u32>,
}

/// Accumulates encoded instructions.
#[derive(Clone, Debug, Default)]
pub struct MachBuffer {
    bytes: Vec<u8>,
    /// The offset of each label, once bound.
    labels: Vec<Option<u32>>,
    /// rel32 fields (by offset) to be pointed at a label.
    fixups: Vec<(u32, Label)>,
    relocs: Vec<Reloc>,
    inst_offsets: Vec<u32>,
}

impl MachBuffer {
    pub fn new() -> MachBuffer {
        MachBuffer::default()
    }

    /// A buffer with room for about `insts` instructions, so that growing
    /// it does not copy the code over and over.
    pub fn with_capacity(insts: usize) -> MachBuffer {
        MachBuffer {
            bytes: Vec::with_capacity(insts * 5),
            inst_offsets: Vec::with_capacity(insts),
            ..MachBuffer::default()
        }
    }

    /// The offset the next instruction will be emitted at.
    pub fn cur_offset(&self) -> u32 {
        // `emit` keeps the code below 4 GiB.
        self.bytes.len() as u32
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the current offset.
    pub fn bind_label(&mut self, label: Label) -> Result<(), EncodeError> {
        let offset = self.cur_offset();
        match self.labels.get_mut(label.0 as usize) {
            None => Err(EncodeError::new(format!(
                "label {label} does not belong to this buffer"
            ))),
            Some(Some(at)) => Err(EncodeError::new(format!(
                "label {label} is already bound at offset {at}"
            ))),
            Some(slot) => {
                *slot = Some(offset);
                Ok(())
            }
        }
    }

    /// Encodes `inst` at the end of the buffer; on error the buffer is
    /// unchanged.
    pub fn emit(&mut self, inst: &Inst) -> Result<(), EncodeError> {
        let start = self.bytes.len();
        let checked = encode(inst, &mut self.bytes).and_then(|target| {
            if self.bytes.len() > u32::MAX as usize {
                return Err(EncodeError::new("code larger than 4 GiB"));
            }
            match target {
                Target::Label(label) if label.0 as usize >= self.labels.len() => Err(
                    EncodeError::new(format!("label {label} does not belong to this buffer")),
                ),
                _ => Ok(target),
            }
        });
        let target = match checked {
            Ok(target) => target,
            Err(e) => {
                self.bytes.truncate(start);
                return Err(EncodeError::new(format!("cannot encode `{inst}`: {e}")));
            }
        };
        // A label or symbol reference is always the last four bytes.
        let end = self.cur_offset();
        match target {
            Target::None => {}
            Target::Label(label) => self.fixups.push((end - 4, label)),
            Target::Symbol(symbol) => self.relocs.push(Reloc {
                offset: end - 4,
                symbol: symbol.clone(),
                kind: RelocKind::X86Pc32,
                addend: -4,
            }),
            Target::DataSymbol(symbol) => self.relocs.push(Reloc {
                offset: end - 4,
                symbol: symbol.clone(),
                kind: RelocKind::X86Pc32Data,
                addend: -4,
            }),
        }
        self.inst_offsets.push(start as u32);
        Ok(())
    }

    /// Resolves every label reference; all referenced labels must be bound.
    pub fn finish(mut self) -> Result<Code, EncodeError> {
        for &(field, label) in &self.fixups {
            let target = self.labels[label.0 as usize].ok_or_else(|| {
                EncodeError::new(format!("label {label} is used but never bound"))
            })?;
            // rel32 counts from the end of the instruction, which is the
            // end of the field.
            let rel = i64::from(target) - (i64::from(field) + 4);
            let rel = i32::try_from(rel)
                .map_err(|_| EncodeError::new(format!("jump to {label} out of rel32 range")))?;
            let field = field as usize;
            self.bytes[field..field + 4].copy_from_slice(&rel.to_le_bytes());
        }
        Ok(Code {
            bytes: self.bytes,
            relocs: self.relocs,
            inst_offsets: self.inst_offsets,
        })
    }
}

/// What an instruction's trailing rel32 field refers to.
enum Target<'a> {
    None,
    Label(Label),
    Symbol(&'a Symbol),
    /// A data reference to a symbol (not a call).
    DataSymbol(&'a Symbol),
}

/// The r/m operand of a ModRM instruction: a register number or memory.
#[derive(Clone, Copy)]
enum Rm {
    Reg(u8),
    Mem(Amode),
}

impl From<RegMem> for Rm {
    fn from(rm: RegMem) -> Rm {
        match rm {
            RegMem::Reg(r) => Rm::Reg(r.num()),
            RegMem::Mem(a) => Rm::Mem(a),
        }
    }
}

impl From<XmmMem> for Rm {
    fn from(rm: XmmMem) -> Rm {
        match rm {
            XmmMem::Reg(x) => Rm::Reg(x.num()),
            XmmMem::Mem(a) => Rm::Mem(a),
        }
    }
}

/// The prefixes and opcode of one instruction. Every opcode we emit is
/// one byte, possibly after the `0F` escape.
#[derive(Clone, Copy)]
struct Op {
    /// `66` (operand size), `F2`/`F3` (SSE mandatory prefix), or 0 for none.
    prefix: u8,
    /// REX.W: 64-bit operand size.
    w: bool,
    /// Some operand is SPL/BPL/SIL/DIL: without a REX prefix the hardware
    /// would read those numbers as AH/CH/DH/BH.
    byte_regs: bool,
    /// Preceded by `0F`.
    escape: bool,
    opcode: u8,
}

impl Op {
    fn new(opcode: u8) -> Op {
        Op {
            prefix: 0,
            w: false,
            byte_regs: false,
            escape: false,
            opcode,
        }
    }

    /// `0F opcode`.
    fn two(opcode: u8) -> Op {
        Op {
            escape: true,
            ..Op::new(opcode)
        }
    }

    /// The integer form at `size`: `opcode8` at 8 bits, else `opcode`.
    fn sized(size: Size, opcode8: u8, opcode: u8) -> Op {
        Op::new(if size == Size::B8 { opcode8 } else { opcode }).size(size)
    }

    /// Adds the operand-size prefix or REX.W that `size` needs.
    fn size(self, size: Size) -> Op {
        match size {
            Size::B8 | Size::B32 => self,
            Size::B16 => self.prefix(0x66),
            Size::B64 => self.w(true),
        }
    }

    fn prefix(self, prefix: u8) -> Op {
        Op { prefix, ..self }
    }

    fn w(self, w: bool) -> Op {
        Op { w, ..self }
    }

    /// Notes the 8-bit register operands among `regs`.
    fn byte_regs(self, size: Size, regs: &[Gpr]) -> Op {
        let hit = size == Size::B8 && regs.iter().any(|r| (4..8).contains(&r.num()));
        Op {
            byte_regs: self.byte_regs || hit,
            ..self
        }
    }

    /// Lays down the prefix, the REX prefix with extension bits `rxb` when
    /// one is needed, and the opcode plus `plus` (the `+r` of `50+r`).
    fn put(self, out: &mut Vec<u8>, rxb: u8, plus: u8) {
        if self.prefix != 0 {
            out.push(self.prefix);
        }
        let rex = u8::from(self.w) << 3 | rxb;
        if rex != 0 || self.byte_regs {
            out.push(0x40 | rex);
        }
        if self.escape {
            out.push(0x0F);
        }
        out.push(self.opcode + plus);
    }
}

fn check_amode(amode: &Amode) -> Result<(), EncodeError> {
    if let Amode::BaseDisp {
        index: Some((index, scale)),
        ..
    } = amode
    {
        if *index == Gpr::RSP {
            return Err(EncodeError::new("rsp cannot be an index register"));
        }
        if !matches!(scale, 1 | 2 | 4 | 8) {
            return Err(EncodeError::new(format!(
                "scale {scale} is not 1, 2, 4 or 8"
            )));
        }
    }
    Ok(())
}

fn fits_i8(v: i64) -> bool {
    i8::try_from(v).is_ok()
}

fn modrm(md: u8, reg: u8, rm: u8) -> u8 {
    md << 6 | (reg & 7) << 3 | (rm & 7)
}

/// Lays down `op` with `reg` (a register number or `/digit`) in ModRM.reg
/// and `rm` as the r/m operand.
fn put_modrm(out: &mut Vec<u8>, op: Op, reg: u8, rm: Rm) -> Result<(), EncodeError> {
    let rex_r = (reg >> 3) << 2;
    let amode = match rm {
        Rm::Reg(r) => {
            op.put(out, rex_r | r >> 3, 0);
            out.push(modrm(0b11, reg, r));
            return Ok(());
        }
        Rm::Mem(amode) => amode,
    };
    check_amode(&amode)?;
    match amode {
        Amode::BaseDisp { base, index, disp } => {
            let rex_x = index.map_or(0, |(i, _)| i.num() >> 3) << 1;
            op.put(out, rex_r | rex_x | base.num() >> 3, 0);
            let base = base.num() & 7;
            // mod=00 with base 101 means "no base, disp32", so RBP and R13
            // take an explicit zero disp8.
            let (md, disp_len) = if disp == 0 && base != 0b101 {
                (0b00, 0)
            } else if fits_i8(disp.into()) {
                (0b01, 1)
            } else {
                (0b10, 4)
            };
            match index {
                // rm=100 means "SIB follows", so RSP and R12 as a base
                // need a SIB with no index (100).
                None if base != 0b100 => out.push(modrm(md, reg, base)),
                None => out.extend([modrm(md, reg, 0b100), 0b00_100_100]),
                Some((index, scale)) => {
                    let ss = scale.trailing_zeros() as u8;
                    let sib = ss << 6 | (index.num() & 7) << 3 | base;
                    out.extend([modrm(md, reg, 0b100), sib]);
                }
            }
            out.extend_from_slice(&disp.to_le_bytes()[..disp_len]);
        }
        Amode::Abs { seg, disp } => {
            match seg {
                Some(Seg::Fs) => out.push(0x64),
                Some(Seg::Gs) => out.push(0x65),
                None => {}
            }
            op.put(out, rex_r, 0);
            // A SIB with no index (100) and no base (101 under mod=00) is
            // an absolute disp32; rm=101 alone would be RIP-relative.
            out.extend([modrm(0b00, reg, 0b100), 0b00_100_101]);
            out.extend_from_slice(&disp.to_le_bytes());
        }
    }
    Ok(())
}

/// Lays down an opcode with the register number in its low three bits
/// (`push`, `mov r, imm`), the fourth bit in REX.B.
fn put_opreg(out: &mut Vec<u8>, op: Op, reg: Gpr) {
    op.put(out, reg.num() >> 3, reg.num() & 7);
}

/// The immediate `imm`, given signed or unsigned, as a `size`-bit value
/// read as signed; an error if it does not fit.
fn imm_at(size: Size, imm: i64) -> Result<i64, EncodeError> {
    let bits = size.bits();
    let (lo, hi) = if bits == 64 {
        (i64::from(i32::MIN), i64::from(i32::MAX))
    } else {
        (-(1i64 << (bits - 1)), (1i64 << bits) - 1)
    };
    if !(lo..=hi).contains(&imm) {
        return Err(EncodeError::new(format!(
            "immediate {imm} does not fit in {bits} bits"
        )));
    }
    Ok(match size {
        Size::B8 => i64::from(imm as i8),
        Size::B16 => i64::from(imm as i16),
        Size::B32 => i64::from(imm as i32),
        Size::B64 => imm,
    })
}

/// Appends the low `size` bytes of `imm` (4 at 64 bits: sign-extended).
fn put_imm(out: &mut Vec<u8>, size: Size, imm: i64) {
    let len = size.bytes().min(4) as usize;
    out.extend_from_slice(&imm.to_le_bytes()[..len]);
}

fn require(ok: bool, what: impl FnOnce() -> String) -> Result<(), EncodeError> {
    if ok {
        Ok(())
    } else {
        Err(EncodeError::new(what()))
    }
}

/// Sizes 16, 32 and 64 only.
fn not_b8(size: Size) -> Result<(), EncodeError> {
    require(size != Size::B8, || "no 8-bit form".into())
}

/// Sizes 32 and 64 only.
fn b32_or_b64(size: Size) -> Result<(), EncodeError> {
    require(matches!(size, Size::B32 | Size::B64), || {
        "only 32- and 64-bit forms".into()
    })
}

/// The SSE scalar mandatory prefix.
fn scalar_prefix(prec: Prec) -> u8 {
    match prec {
        Prec::F32 => 0xF3,
        Prec::F64 => 0xF2,
    }
}

/// `op` on a register or memory operand of `size`, noting an 8-bit
/// register operand.
fn on_rm(op: Op, size: Size, rm: RegMem) -> Op {
    match rm {
        RegMem::Reg(r) => op.byte_regs(size, &[r]),
        RegMem::Mem(_) => op,
    }
}

/// Encodes `inst` at the end of `out`, saying what its trailing rel32
/// field, if any, refers to. On error `out` may hold a partial encoding.
fn encode<'a>(inst: &'a Inst, out: &mut Vec<u8>) -> Result<Target<'a>, EncodeError> {
    match *inst {
        Inst::MovRR { size, dst, src } => {
            let op = Op::sized(size, 0x88, 0x89).byte_regs(size, &[dst, src]);
            put_modrm(out, op, src.num(), Rm::Reg(dst.num()))?;
        }
        Inst::MovImm { size, dst, imm } => {
            require(size == Size::B64 || imm >> size.bits() == 0, || {
                "immediate wider than the operand".into()
            })?;
            if size == Size::B8 {
                put_opreg(out, Op::new(0xB0).byte_regs(size, &[dst]), dst);
                out.push(imm as u8);
            } else if size == Size::B16 {
                put_opreg(out, Op::new(0xB8).size(size), dst);
                out.extend_from_slice(&(imm as u16).to_le_bytes());
            } else if imm <= u64::from(u32::MAX) {
                // Writing a 32-bit register zero-extends it: covers B32 and
                // every B64 value below 2^32 in 5 or 6 bytes.
                put_opreg(out, Op::new(0xB8), dst);
                out.extend_from_slice(&(imm as u32).to_le_bytes());
            } else if let Ok(imm) = i32::try_from(imm as i64) {
                put_modrm(out, Op::new(0xC7).w(true), 0, Rm::Reg(dst.num()))?;
                out.extend_from_slice(&imm.to_le_bytes());
            } else {
                put_opreg(out, Op::new(0xB8).w(true), dst);
                out.extend_from_slice(&imm.to_le_bytes());
            }
        }
        Inst::Load { size, dst, src } => {
            let op = Op::sized(size, 0x8A, 0x8B).byte_regs(size, &[dst]);
            put_modrm(out, op, dst.num(), Rm::Mem(src))?;
        }
        Inst::Store { size, dst, src } => {
            let op = Op::sized(size, 0x88, 0x89).byte_regs(size, &[src]);
            put_modrm(out, op, src.num(), Rm::Mem(dst))?;
        }
        Inst::StoreImm { size, dst, imm } => {
            let imm = imm_at(size, imm.into())?;
            put_modrm(out, Op::sized(size, 0xC6, 0xC7), 0, Rm::Mem(dst))?;
            put_imm(out, size, imm);
        }
        Inst::MovZx { from, to, dst, src } => {
            require(matches!(from, Size::B8 | Size::B16) && from < to, || {
                "movzx is from 8 or 16 bits to a wider size \
                 (from 32 bits, use a 32-bit mov)"
                    .into()
            })?;
            let opcode = if from == Size::B8 { 0xB6 } else { 0xB7 };
            let op = on_rm(Op::two(opcode).size(to), from, src);
            put_modrm(out, op, dst.num(), src.into())?;
        }
        Inst::MovSx { from, to, dst, src } => {
            require(from < to, || "movsx is from a narrower size".into())?;
            let op = match from {
                Size::B8 => Op::two(0xBE),
                Size::B16 => Op::two(0xBF),
                _ => Op::new(0x63),
            };
            let op = on_rm(op.size(to), from, src);
            put_modrm(out, op, dst.num(), src.into())?;
        }
        Inst::Lea { dst, src } => {
            put_modrm(out, Op::new(0x8D).w(true), dst.num(), Rm::Mem(src))?;
        }
        Inst::Alu { op, size, dst, src } => {
            // The classic ALU block: opcode 8n+{0,1} is `op r/m, r` (8-bit,
            // wider), 8n+{2,3} is `op r, r/m`.
            let digit = op as u8;
            let base = digit << 3;
            match src {
                RegMemImm::Reg(src) => {
                    let o = Op::sized(size, base, base + 1).byte_regs(size, &[dst, src]);
                    put_modrm(out, o, src.num(), Rm::Reg(dst.num()))?;
                }
                RegMemImm::Mem(amode) => {
                    let o = Op::sized(size, base + 2, base + 3).byte_regs(size, &[dst]);
                    put_modrm(out, o, dst.num(), Rm::Mem(amode))?;
                }
                RegMemImm::Imm(imm) => {
                    let imm = imm_at(size, imm.into())?;
                    let short = size == Size::B8 || fits_i8(imm);
                    let o = Op::sized(size, 0x80, if short { 0x83 } else { 0x81 })
                        .byte_regs(size, &[dst]);
                    put_modrm(out, o, digit, Rm::Reg(dst.num()))?;
                    put_imm(out, if short { Size::B8 } else { size }, imm);
                }
            }
        }
        Inst::Test { size, a, b } => match b {
            RegImm::Reg(b) => {
                let op = Op::sized(size, 0x84, 0x85).byte_regs(size, &[a, b]);
                put_modrm(out, op, b.num(), Rm::Reg(a.num()))?;
            }
            RegImm::Imm(imm) => {
                let imm = imm_at(size, imm.into())?;
                let op = Op::sized(size, 0xF6, 0xF7).byte_regs(size, &[a]);
                put_modrm(out, op, 0, Rm::Reg(a.num()))?;
                put_imm(out, size, imm);
            }
        },
        Inst::Imul { size, dst, src } => {
            not_b8(size)?;
            put_modrm(out, Op::two(0xAF).size(size), dst.num(), src.into())?;
        }
        Inst::ImulImm {
            size,
            dst,
            src,
            imm,
        } => {
            not_b8(size)?;
            let imm = imm_at(size, imm.into())?;
            let short = fits_i8(imm);
            let op = Op::new(if short { 0x6B } else { 0x69 }).size(size);
            put_modrm(out, op, dst.num(), src.into())?;
            put_imm(out, if short { Size::B8 } else { size }, imm);
        }
        Inst::Div {
            size,
            signed,
            divisor,
        } => {
            let op = on_rm(Op::sized(size, 0xF6, 0xF7), size, divisor);
            put_modrm(out, op, if signed { 7 } else { 6 }, divisor.into())?;
        }
        Inst::SignExtendAx { size } => match size {
            // cbw: AL into AX, the dividend of an 8-bit idiv.
            Size::B8 => out.extend([0x66, 0x98]),
            Size::B16 => out.extend([0x66, 0x99]),
            Size::B32 => out.push(0x99),
            Size::B64 => out.extend([0x48, 0x99]),
        },
        Inst::Neg { size, reg } | Inst::Not { size, reg } => {
            let digit = if matches!(inst, Inst::Neg { .. }) {
                3
            } else {
                2
            };
            let op = Op::sized(size, 0xF6, 0xF7).byte_regs(size, &[reg]);
            put_modrm(out, op, digit, Rm::Reg(reg.num()))?;
        }
        Inst::Shift {
            op,
            size,
            dst,
            amount,
        } => match amount {
            ShiftAmount::Cl => {
                let o = Op::sized(size, 0xD2, 0xD3).byte_regs(size, &[dst]);
                put_modrm(out, o, op as u8, Rm::Reg(dst.num()))?;
            }
            ShiftAmount::Imm(n) => {
                // The hardware masks the count; a larger one is a caller bug.
                require(u32::from(n) < size.bits(), || {
                    "shift count not below the operand width".into()
                })?;
                let o = Op::sized(size, 0xC0, 0xC1).byte_regs(size, &[dst]);
                put_modrm(out, o, op as u8, Rm::Reg(dst.num()))?;
                out.push(n);
            }
        },
        Inst::Setcc { cond, dst } => {
            let op = Op::two(0x90 + cond.code()).byte_regs(Size::B8, &[dst]);
            put_modrm(out, op, 0, Rm::Reg(dst.num()))?;
        }
        Inst::Cmov {
            cond,
            size,
            dst,
            src,
        } => {
            not_b8(size)?;
            let op = Op::two(0x40 + cond.code()).size(size);
            put_modrm(out, op, dst.num(), src.into())?;
        }
        // push/pop are 64-bit by default: no REX.W.
        Inst::Push { reg } => put_opreg(out, Op::new(0x50), reg),
        Inst::Pop { reg } => put_opreg(out, Op::new(0x58), reg),
        Inst::Ret => out.push(0xC3),
        Inst::Ud2 => out.extend([0x0F, 0x0B]),
        Inst::Int3 => out.push(0xCC),
        Inst::Nop => out.push(0x90),
        Inst::Jmp { target } => {
            out.extend([0xE9, 0, 0, 0, 0]);
            return Ok(Target::Label(target));
        }
        Inst::Jcc { cond, target } => {
            out.extend([0x0F, 0x80 + cond.code(), 0, 0, 0, 0]);
            return Ok(Target::Label(target));
        }
        Inst::Call { ref target } => {
            out.extend([0xE8, 0, 0, 0, 0]);
            return Ok(Target::Symbol(target));
        }
        Inst::CallReg { reg } => {
            put_modrm(out, Op::new(0xFF), 2, Rm::Reg(reg.num()))?;
        }
        Inst::LeaSym { dst, ref symbol } => {
            // REX.W 8D /r with ModRM mod=00 rm=101: [rip + disp32].
            out.push(0x48 | (dst.num() >> 3) << 2);
            out.extend([0x8D, modrm(0b00, dst.num(), 0b101), 0, 0, 0, 0]);
            return Ok(Target::DataSymbol(symbol));
        }
        Inst::MovF { prec, dst, src } => {
            let op = match prec {
                Prec::F32 => Op::two(0x28),
                Prec::F64 => Op::two(0x28).prefix(0x66),
            };
            put_modrm(out, op, dst.num(), Rm::Reg(src.num()))?;
        }
        Inst::LoadF { prec, dst, src } => {
            let op = Op::two(0x10).prefix(scalar_prefix(prec));
            put_modrm(out, op, dst.num(), Rm::Mem(src))?;
        }
        Inst::StoreF { prec, dst, src } => {
            let op = Op::two(0x11).prefix(scalar_prefix(prec));
            put_modrm(out, op, src.num(), Rm::Mem(dst))?;
        }
        Inst::ArithF { op, prec, dst, src } => {
            let opcode = match op {
                FloatOp::Sqrt => 0x51,
                FloatOp::Add => 0x58,
                FloatOp::Mul => 0x59,
                FloatOp::Sub => 0x5C,
                FloatOp::Min => 0x5D,
                FloatOp::Div => 0x5E,
                FloatOp::Max => 0x5F,
            };
            let o = Op::two(opcode).prefix(scalar_prefix(prec));
            put_modrm(out, o, dst.num(), src.into())?;
        }
        Inst::Ucomis { prec, a, b } => {
            let op = match prec {
                Prec::F32 => Op::two(0x2E),
                Prec::F64 => Op::two(0x2E).prefix(0x66),
            };
            put_modrm(out, op, a.num(), b.into())?;
        }
        Inst::CvtIntToFloat {
            from,
            prec,
            dst,
            src,
        } => {
            b32_or_b64(from)?;
            let op = Op::two(0x2A)
                .prefix(scalar_prefix(prec))
                .w(from == Size::B64);
            put_modrm(out, op, dst.num(), Rm::Reg(src.num()))?;
        }
        Inst::CvtFloatToInt { prec, to, dst, src } => {
            b32_or_b64(to)?;
            let op = Op::two(0x2C).prefix(scalar_prefix(prec)).w(to == Size::B64);
            put_modrm(out, op, dst.num(), Rm::Reg(src.num()))?;
        }
        Inst::CvtFloatToFloat { from, to, dst, src } => {
            require(from != to, || "same precision".into())?;
            // cvtss2sd is F3 0F 5A, cvtsd2ss F2 0F 5A: the prefix names the source.
            let op = Op::two(0x5A).prefix(scalar_prefix(from));
            put_modrm(out, op, dst.num(), Rm::Reg(src.num()))?;
        }
        Inst::XorPs { dst, src } => {
            put_modrm(out, Op::two(0x57), dst.num(), Rm::Reg(src.num()))?;
        }
        Inst::MovGprToXmm { size, dst, src } => {
            b32_or_b64(size)?;
            let op = Op::two(0x6E).prefix(0x66).w(size == Size::B64);
            put_modrm(out, op, dst.num(), Rm::Reg(src.num()))?;
        }
        Inst::MovXmmToGpr { size, dst, src } => {
            b32_or_b64(size)?;
            // The XMM register is in ModRM.reg in both directions.
            let op = Op::two(0x7E).prefix(0x66).w(size == Size::B64);
            put_modrm(out, op, src.num(), Rm::Reg(dst.num()))?;
        }
    }
    Ok(Target::None)
}
