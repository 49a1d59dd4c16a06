//! The x86-64 encoder checked against an independent decoder, iced-x86.
//!
//! [`check`] encodes one instruction alone and requires that it either is
//! rejected — exactly when this module's own statement of the encoder's
//! contract ([`valid`]) says it is invalid — or encodes to bytes that iced
//! decodes as one instruction, consuming all of them, with the mnemonic
//! and operands that [`expected`] derives from the `Inst` alone.
//! `expected` names registers and mnemonics by iced's own enums and says
//! nothing about opcodes, so a wrong table in the encoder cannot hide
//! itself. Used by the proptest in `oracle/tests/encoder.rs` and by the
//! `encoder` fuzz target.

use iced_x86::{
    Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, Mnemonic, OpKind, Register,
};
use janus_backend::isa::x64::{
    AluOp, Amode, Code, Cond, FloatOp, Gpr, Inst, Label, MachBuffer, Prec, RegImm, RegMem,
    RegMemImm, RelocKind, Seg, ShiftAmount, ShiftOp, Size, Symbol, Xmm, XmmMem,
};

pub const R8: [Register; 16] = [
    Register::AL,
    Register::CL,
    Register::DL,
    Register::BL,
    Register::SPL,
    Register::BPL,
    Register::SIL,
    Register::DIL,
    Register::R8L,
    Register::R9L,
    Register::R10L,
    Register::R11L,
    Register::R12L,
    Register::R13L,
    Register::R14L,
    Register::R15L,
];
pub const R16: [Register; 16] = [
    Register::AX,
    Register::CX,
    Register::DX,
    Register::BX,
    Register::SP,
    Register::BP,
    Register::SI,
    Register::DI,
    Register::R8W,
    Register::R9W,
    Register::R10W,
    Register::R11W,
    Register::R12W,
    Register::R13W,
    Register::R14W,
    Register::R15W,
];
pub const R32: [Register; 16] = [
    Register::EAX,
    Register::ECX,
    Register::EDX,
    Register::EBX,
    Register::ESP,
    Register::EBP,
    Register::ESI,
    Register::EDI,
    Register::R8D,
    Register::R9D,
    Register::R10D,
    Register::R11D,
    Register::R12D,
    Register::R13D,
    Register::R14D,
    Register::R15D,
];
pub const R64: [Register; 16] = [
    Register::RAX,
    Register::RCX,
    Register::RDX,
    Register::RBX,
    Register::RSP,
    Register::RBP,
    Register::RSI,
    Register::RDI,
    Register::R8,
    Register::R9,
    Register::R10,
    Register::R11,
    Register::R12,
    Register::R13,
    Register::R14,
    Register::R15,
];
pub const XMM: [Register; 16] = [
    Register::XMM0,
    Register::XMM1,
    Register::XMM2,
    Register::XMM3,
    Register::XMM4,
    Register::XMM5,
    Register::XMM6,
    Register::XMM7,
    Register::XMM8,
    Register::XMM9,
    Register::XMM10,
    Register::XMM11,
    Register::XMM12,
    Register::XMM13,
    Register::XMM14,
    Register::XMM15,
];

pub fn gpr(r: Gpr, size: Size) -> Register {
    let table = match size {
        Size::B8 => &R8,
        Size::B16 => &R16,
        Size::B32 => &R32,
        Size::B64 => &R64,
    };
    table[r.num() as usize]
}

pub fn xmm(x: Xmm) -> Register {
    XMM[x.num() as usize]
}

pub fn bits(size: Size) -> u32 {
    match size {
        Size::B8 => 8,
        Size::B16 => 16,
        Size::B32 => 32,
        Size::B64 => 64,
    }
}

pub fn mask(bits: u32) -> u64 {
    if bits == 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    }
}

/// The address `finish`-time relocation processing gives each symbol here.
pub fn symbol_addr(symbol: &Symbol) -> u64 {
    0x40_0000 + 0x100 * symbol.0.len() as u64
}

// ---------------------------------------------------------------------------
// What an instruction should decode to.

/// One operand, in a form both `expected` and iced's decoding map to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opnd {
    Reg(Register),
    Mem {
        /// The segment override, or `Register::None`.
        seg: Register,
        base: Register,
        index: Register,
        scale: u32,
        disp: u64,
        /// Displacement bytes in the encoding: 0, 1 or 4.
        disp_len: u32,
        /// Bytes accessed (0 for `lea`).
        size: usize,
    },
    Imm {
        /// The value, truncated to the operand width.
        value: u64,
        /// Width of the operand.
        bits: u32,
        /// Width of the immediate field in the encoding.
        encoded: u32,
    },
    /// A branch target, relative to address 0.
    Branch(u64),
}

#[derive(Debug, PartialEq, Eq)]
pub struct Expected {
    pub mnemonic: Mnemonic,
    pub ops: Vec<Opnd>,
}

pub fn exp(mnemonic: Mnemonic, ops: Vec<Opnd>) -> Expected {
    Expected { mnemonic, ops }
}

pub fn reg(r: Gpr, size: Size) -> Opnd {
    Opnd::Reg(gpr(r, size))
}

pub fn xreg(x: Xmm) -> Opnd {
    Opnd::Reg(xmm(x))
}

pub fn fits_i8(v: i64) -> bool {
    (-128..=127).contains(&v)
}

pub fn mem(size: usize, amode: Amode) -> Opnd {
    match amode {
        Amode::BaseDisp { base, index, disp } => Opnd::Mem {
            seg: Register::None,
            base: gpr(base, Size::B64),
            index: index.map_or(Register::None, |(i, _)| gpr(i, Size::B64)),
            scale: index.map_or(1, |(_, s)| u32::from(s)),
            disp: disp as i64 as u64,
            // The shortest displacement, except that [rbp]/[r13] have no
            // form without one.
            disp_len: if disp == 0 && base != Gpr::RBP && base != Gpr::R13 {
                0
            } else if fits_i8(disp.into()) {
                1
            } else {
                4
            },
            size,
        },
        Amode::Abs { seg, disp } => Opnd::Mem {
            seg: match seg {
                None => Register::None,
                Some(Seg::Fs) => Register::FS,
                Some(Seg::Gs) => Register::GS,
            },
            base: Register::None,
            index: Register::None,
            scale: 1,
            disp: disp as i64 as u64,
            disp_len: 4,
            size,
        },
    }
}

pub fn rm(size: Size, src: RegMem) -> Opnd {
    match src {
        RegMem::Reg(r) => reg(r, size),
        RegMem::Mem(a) => mem(size.bytes() as usize, a),
    }
}

pub fn xm(prec: Prec, src: XmmMem) -> Opnd {
    match src {
        XmmMem::Reg(x) => xreg(x),
        XmmMem::Mem(a) => mem(prec_bytes(prec), a),
    }
}

pub fn prec_bytes(prec: Prec) -> usize {
    match prec {
        Prec::F32 => 4,
        Prec::F64 => 8,
    }
}

pub fn imm(value: u64, bits: u32, encoded: u32) -> Opnd {
    Opnd::Imm {
        value: value & mask(bits),
        bits,
        encoded,
    }
}

/// An `i32` immediate of an operation at `size` (given signed or unsigned at
/// 8 and 16 bits, sign-extended at 64), in a field of `encoded` bits.
pub fn imm_i32(size: Size, value: i32, encoded: u32) -> Opnd {
    imm(value as i64 as u64, bits(size), encoded)
}

/// The field width of an immediate with a short (sign-extended imm8) form:
/// the short one whenever the value, read at the operand width, fits.
pub fn short_or_full(size: Size, value: i32) -> u32 {
    let at_size = match size {
        Size::B8 => i64::from(value as i8),
        Size::B16 => i64::from(value as i16),
        _ => i64::from(value),
    };
    if fits_i8(at_size) {
        8
    } else {
        full_width(size)
    }
}

/// The immediate field of a full-width form: 64-bit operations take 32 bits.
pub fn full_width(size: Size) -> u32 {
    bits(size).min(32)
}

/// (jcc, setcc, cmovcc)
pub fn cond_mnemonics(cond: Cond) -> (Mnemonic, Mnemonic, Mnemonic) {
    use Mnemonic as M;
    match cond {
        Cond::O => (M::Jo, M::Seto, M::Cmovo),
        Cond::NO => (M::Jno, M::Setno, M::Cmovno),
        Cond::B => (M::Jb, M::Setb, M::Cmovb),
        Cond::AE => (M::Jae, M::Setae, M::Cmovae),
        Cond::E => (M::Je, M::Sete, M::Cmove),
        Cond::NE => (M::Jne, M::Setne, M::Cmovne),
        Cond::BE => (M::Jbe, M::Setbe, M::Cmovbe),
        Cond::A => (M::Ja, M::Seta, M::Cmova),
        Cond::S => (M::Js, M::Sets, M::Cmovs),
        Cond::NS => (M::Jns, M::Setns, M::Cmovns),
        Cond::P => (M::Jp, M::Setp, M::Cmovp),
        Cond::NP => (M::Jnp, M::Setnp, M::Cmovnp),
        Cond::L => (M::Jl, M::Setl, M::Cmovl),
        Cond::GE => (M::Jge, M::Setge, M::Cmovge),
        Cond::LE => (M::Jle, M::Setle, M::Cmovle),
        Cond::G => (M::Jg, M::Setg, M::Cmovg),
    }
}

/// What `inst`, encoded alone at address 0 with its label (if any) bound at
/// 0 and its call relocated to `symbol_addr`, decodes to.
pub fn expected(inst: &Inst) -> Expected {
    use Mnemonic as M;
    match inst.clone() {
        Inst::MovRR { size, dst, src } => exp(M::Mov, vec![reg(dst, size), reg(src, size)]),
        Inst::MovImm { size, dst, imm: v } => {
            let ops = match size {
                // A 64-bit constant below 2^32 is a 32-bit move, which
                // zero-extends; then the sign-extended imm32 form; then movabs.
                Size::B64 if v <= u64::from(u32::MAX) => vec![reg(dst, Size::B32), imm(v, 32, 32)],
                Size::B64 if v as i64 == i64::from(v as i32) => {
                    vec![reg(dst, size), imm(v, 64, 32)]
                }
                _ => vec![reg(dst, size), imm(v, bits(size), bits(size))],
            };
            exp(M::Mov, ops)
        }
        Inst::Load { size, dst, src } => exp(
            M::Mov,
            vec![reg(dst, size), mem(size.bytes() as usize, src)],
        ),
        Inst::Store { size, dst, src } => exp(
            M::Mov,
            vec![mem(size.bytes() as usize, dst), reg(src, size)],
        ),
        Inst::StoreImm { size, dst, imm: v } => exp(
            M::Mov,
            vec![
                mem(size.bytes() as usize, dst),
                imm_i32(size, v, full_width(size)),
            ],
        ),
        Inst::MovZx { from, to, dst, src } => exp(M::Movzx, vec![reg(dst, to), rm(from, src)]),
        Inst::MovSx { from, to, dst, src } => {
            let m = if from == Size::B32 {
                M::Movsxd
            } else {
                M::Movsx
            };
            exp(m, vec![reg(dst, to), rm(from, src)])
        }
        Inst::Lea { dst, src } => exp(M::Lea, vec![reg(dst, Size::B64), mem(0, src)]),
        Inst::Alu { op, size, dst, src } => {
            let m = match op {
                AluOp::Add => M::Add,
                AluOp::Or => M::Or,
                AluOp::Adc => M::Adc,
                AluOp::Sbb => M::Sbb,
                AluOp::And => M::And,
                AluOp::Sub => M::Sub,
                AluOp::Xor => M::Xor,
                AluOp::Cmp => M::Cmp,
            };
            let src = match src {
                RegMemImm::Reg(r) => reg(r, size),
                RegMemImm::Mem(a) => mem(size.bytes() as usize, a),
                RegMemImm::Imm(v) => imm_i32(size, v, short_or_full(size, v)),
            };
            exp(m, vec![reg(dst, size), src])
        }
        Inst::Test { size, a, b } => {
            let b = match b {
                RegImm::Reg(r) => reg(r, size),
                RegImm::Imm(v) => imm_i32(size, v, full_width(size)),
            };
            exp(M::Test, vec![reg(a, size), b])
        }
        Inst::Imul { size, dst, src } => exp(M::Imul, vec![reg(dst, size), rm(size, src)]),
        Inst::ImulImm {
            size,
            dst,
            src,
            imm: v,
        } => exp(
            M::Imul,
            vec![
                reg(dst, size),
                rm(size, src),
                imm_i32(size, v, short_or_full(size, v)),
            ],
        ),
        Inst::Div {
            size,
            signed,
            divisor,
        } => exp(
            if signed { M::Idiv } else { M::Div },
            vec![rm(size, divisor)],
        ),
        Inst::SignExtendAx { size } => exp(
            match size {
                Size::B8 => M::Cbw,
                Size::B16 => M::Cwd,
                Size::B32 => M::Cdq,
                Size::B64 => M::Cqo,
            },
            vec![],
        ),
        Inst::Neg { size, reg: r } => exp(M::Neg, vec![reg(r, size)]),
        Inst::Not { size, reg: r } => exp(M::Not, vec![reg(r, size)]),
        Inst::Shift {
            op,
            size,
            dst,
            amount,
        } => {
            let m = match op {
                ShiftOp::Rol => M::Rol,
                ShiftOp::Ror => M::Ror,
                ShiftOp::Shl => M::Shl,
                ShiftOp::Shr => M::Shr,
                ShiftOp::Sar => M::Sar,
            };
            let amount = match amount {
                ShiftAmount::Cl => Opnd::Reg(Register::CL),
                ShiftAmount::Imm(n) => imm(n.into(), 8, 8),
            };
            exp(m, vec![reg(dst, size), amount])
        }
        Inst::Setcc { cond, dst } => exp(cond_mnemonics(cond).1, vec![reg(dst, Size::B8)]),
        Inst::Cmov {
            cond,
            size,
            dst,
            src,
        } => exp(cond_mnemonics(cond).2, vec![reg(dst, size), rm(size, src)]),
        Inst::Push { reg: r } => exp(M::Push, vec![reg(r, Size::B64)]),
        Inst::Pop { reg: r } => exp(M::Pop, vec![reg(r, Size::B64)]),
        Inst::Ret => exp(M::Ret, vec![]),
        Inst::Ud2 => exp(M::Ud2, vec![]),
        Inst::Int3 => exp(M::Int3, vec![]),
        Inst::Nop => exp(M::Nop, vec![]),
        Inst::Jmp { .. } => exp(M::Jmp, vec![Opnd::Branch(0)]),
        Inst::Jcc { cond, .. } => exp(cond_mnemonics(cond).0, vec![Opnd::Branch(0)]),
        Inst::Call { target } => exp(M::Call, vec![Opnd::Branch(symbol_addr(&target))]),
        Inst::CallReg { reg: r } => exp(M::Call, vec![reg(r, Size::B64)]),
        // RIP-relative: iced gives the absolute target as the displacement.
        Inst::LeaSym { dst, symbol } => exp(
            M::Lea,
            vec![
                reg(dst, Size::B64),
                Opnd::Mem {
                    seg: Register::None,
                    base: Register::RIP,
                    index: Register::None,
                    scale: 1,
                    disp: symbol_addr(&symbol),
                    disp_len: 4,
                    size: 0,
                },
            ],
        ),
        Inst::MovF { prec, dst, src } => exp(
            match prec {
                Prec::F32 => M::Movaps,
                Prec::F64 => M::Movapd,
            },
            vec![xreg(dst), xreg(src)],
        ),
        Inst::LoadF { prec, dst, src } => exp(
            scalar(prec, M::Movss, M::Movsd),
            vec![xreg(dst), mem(prec_bytes(prec), src)],
        ),
        Inst::StoreF { prec, dst, src } => exp(
            scalar(prec, M::Movss, M::Movsd),
            vec![mem(prec_bytes(prec), dst), xreg(src)],
        ),
        Inst::ArithF { op, prec, dst, src } => {
            let m = match op {
                FloatOp::Add => scalar(prec, M::Addss, M::Addsd),
                FloatOp::Sub => scalar(prec, M::Subss, M::Subsd),
                FloatOp::Mul => scalar(prec, M::Mulss, M::Mulsd),
                FloatOp::Div => scalar(prec, M::Divss, M::Divsd),
                FloatOp::Sqrt => scalar(prec, M::Sqrtss, M::Sqrtsd),
                FloatOp::Min => scalar(prec, M::Minss, M::Minsd),
                FloatOp::Max => scalar(prec, M::Maxss, M::Maxsd),
            };
            exp(m, vec![xreg(dst), xm(prec, src)])
        }
        Inst::Ucomis { prec, a, b } => exp(
            scalar(prec, M::Ucomiss, M::Ucomisd),
            vec![xreg(a), xm(prec, b)],
        ),
        Inst::CvtIntToFloat {
            from,
            prec,
            dst,
            src,
        } => exp(
            scalar(prec, M::Cvtsi2ss, M::Cvtsi2sd),
            vec![xreg(dst), reg(src, from)],
        ),
        Inst::CvtFloatToInt { prec, to, dst, src } => exp(
            scalar(prec, M::Cvttss2si, M::Cvttsd2si),
            vec![reg(dst, to), xreg(src)],
        ),
        Inst::CvtFloatToFloat { from, dst, src, .. } => exp(
            scalar(from, M::Cvtss2sd, M::Cvtsd2ss),
            vec![xreg(dst), xreg(src)],
        ),
        Inst::XorPs { dst, src } => exp(M::Xorps, vec![xreg(dst), xreg(src)]),
        Inst::MovGprToXmm { size, dst, src } => exp(
            if size == Size::B64 { M::Movq } else { M::Movd },
            vec![xreg(dst), reg(src, size)],
        ),
        Inst::MovXmmToGpr { size, dst, src } => exp(
            if size == Size::B64 { M::Movq } else { M::Movd },
            vec![reg(dst, size), xreg(src)],
        ),
    }
}

pub fn scalar(prec: Prec, ss: Mnemonic, sd: Mnemonic) -> Mnemonic {
    match prec {
        Prec::F32 => ss,
        Prec::F64 => sd,
    }
}

/// This file's statement of which instructions the encoder must accept.
pub fn valid(inst: &Inst) -> bool {
    let amode_ok = |a: &Amode| match a {
        Amode::BaseDisp {
            index: Some((index, scale)),
            ..
        } => *index != Gpr::RSP && [1, 2, 4, 8].contains(scale),
        _ => true,
    };
    let rm_ok = |src: &RegMem| match src {
        RegMem::Reg(_) => true,
        RegMem::Mem(a) => amode_ok(a),
    };
    // Immediates of 8- and 16-bit operations may be given signed or unsigned.
    let imm_ok = |size: Size, v: i32| match size {
        Size::B8 => (-128..=255).contains(&v),
        Size::B16 => (-32768..=65535).contains(&v),
        _ => true,
    };
    let wide = |size: Size| matches!(size, Size::B32 | Size::B64);
    match inst {
        Inst::MovImm { size, imm, .. } => *size == Size::B64 || *imm <= mask(bits(*size)),
        Inst::Load { src: a, .. } | Inst::Store { dst: a, .. } | Inst::Lea { src: a, .. } => {
            amode_ok(a)
        }
        Inst::StoreImm { size, dst, imm } => amode_ok(dst) && imm_ok(*size, *imm),
        Inst::MovZx { from, to, src, .. } => {
            matches!(from, Size::B8 | Size::B16) && bits(*from) < bits(*to) && rm_ok(src)
        }
        Inst::MovSx { from, to, src, .. } => bits(*from) < bits(*to) && rm_ok(src),
        Inst::Alu { size, src, .. } => match src {
            RegMemImm::Reg(_) => true,
            RegMemImm::Mem(a) => amode_ok(a),
            RegMemImm::Imm(v) => imm_ok(*size, *v),
        },
        Inst::Test { size, b, .. } => match b {
            RegImm::Reg(_) => true,
            RegImm::Imm(v) => imm_ok(*size, *v),
        },
        Inst::Imul { size, src, .. } | Inst::Cmov { size, src, .. } => {
            *size != Size::B8 && rm_ok(src)
        }
        Inst::ImulImm { size, src, imm, .. } => {
            *size != Size::B8 && rm_ok(src) && imm_ok(*size, *imm)
        }
        Inst::Div { divisor, .. } => rm_ok(divisor),
        Inst::Shift { size, amount, .. } => match amount {
            ShiftAmount::Cl => true,
            ShiftAmount::Imm(n) => u32::from(*n) < bits(*size),
        },
        Inst::LoadF { src: a, .. } | Inst::StoreF { dst: a, .. } => amode_ok(a),
        Inst::ArithF { src: b, .. } | Inst::Ucomis { b, .. } => match b {
            XmmMem::Reg(_) => true,
            XmmMem::Mem(a) => amode_ok(a),
        },
        Inst::CvtIntToFloat { from: size, .. }
        | Inst::CvtFloatToInt { to: size, .. }
        | Inst::MovGprToXmm { size, .. }
        | Inst::MovXmmToGpr { size, .. } => wide(*size),
        Inst::CvtFloatToFloat { from, to, .. } => from != to,
        _ => true,
    }
}

// ---------------------------------------------------------------------------
// What iced decoded.

pub fn actual(instr: &Instruction) -> Result<Vec<Opnd>, String> {
    (0..instr.op_count())
        .map(|i| {
            let kind = instr.op_kind(i);
            let (bits, encoded) = match kind {
                OpKind::Register => return Ok(Opnd::Reg(instr.op_register(i))),
                OpKind::NearBranch64 => return Ok(Opnd::Branch(instr.near_branch_target())),
                OpKind::Memory => {
                    return Ok(Opnd::Mem {
                        seg: instr.segment_prefix(),
                        base: instr.memory_base(),
                        index: instr.memory_index(),
                        scale: instr.memory_index_scale(),
                        disp: instr.memory_displacement64(),
                        // iced reports a disp32 under 64-bit addressing as 8.
                        disp_len: match instr.memory_displ_size() {
                            8 => 4,
                            n => n,
                        },
                        size: instr.memory_size().size(),
                    });
                }
                OpKind::Immediate8 => (8, 8),
                OpKind::Immediate16 => (16, 16),
                OpKind::Immediate32 => (32, 32),
                OpKind::Immediate64 => (64, 64),
                OpKind::Immediate8to16 => (16, 8),
                OpKind::Immediate8to32 => (32, 8),
                OpKind::Immediate8to64 => (64, 8),
                OpKind::Immediate32to64 => (64, 32),
                other => return Err(format!("unexpected operand kind {other:?}")),
            };
            Ok(imm(instr.immediate(i), bits, encoded))
        })
        .collect()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn intel(instr: &Instruction) -> String {
    let mut s = String::new();
    IntelFormatter::new().format(instr, &mut s);
    s
}

/// Decodes exactly one instruction at `ip` that uses all of `bytes`.
pub fn decode_one(bytes: &[u8], ip: u64) -> Result<Instruction, String> {
    let mut decoder = Decoder::with_ip(64, bytes, ip, DecoderOptions::NONE);
    let instr = decoder.decode();
    if instr.is_invalid() {
        return Err(format!(
            "iced cannot decode [{}]: {:?}",
            hex(bytes),
            decoder.last_error()
        ));
    }
    if instr.len() != bytes.len() {
        return Err(format!(
            "iced decodes [{}] as `{}` of {} bytes, not {}",
            hex(bytes),
            intel(&instr),
            instr.len(),
            bytes.len()
        ));
    }
    Ok(instr)
}

/// Applies `code`'s relocations as a linker would, with each symbol at
/// `symbol_addr` and the code at address 0.
pub fn relocate(code: &Code) -> Vec<u8> {
    let mut bytes = code.bytes.clone();
    for r in &code.relocs {
        assert!(matches!(
            r.kind,
            RelocKind::X86Pc32 | RelocKind::X86Pc32Data
        ));
        let value = symbol_addr(&r.symbol) as i64 + r.addend - i64::from(r.offset);
        let at = r.offset as usize;
        bytes[at..at + 4].copy_from_slice(&(value as i32).to_le_bytes());
    }
    bytes
}

/// Encodes `inst` alone and checks it against `valid`, and iced against
/// `expected`.
pub fn check(inst: &Inst) -> Result<(), String> {
    let mut buf = MachBuffer::new();
    // A jump's label is bound at its own address, 0.
    let label = buf.new_label();
    assert_eq!(label, the_label());
    buf.bind_label(label).map_err(|e| e.to_string())?;
    let result = buf.emit(inst);
    match (result, valid(inst)) {
        (Ok(()), true) => {}
        (Err(_), false) => return Ok(()),
        (Ok(()), false) => return Err(format!("`{inst}` ({inst:?}) should be rejected")),
        (Err(e), true) => return Err(format!("`{inst}` ({inst:?}) rejected: {e}")),
    }
    let code = buf.finish().map_err(|e| e.to_string())?;
    if code.inst_offsets != [0] {
        return Err(format!("inst_offsets {:?}", code.inst_offsets));
    }
    let bytes = relocate(&code);
    let instr = decode_one(&bytes, 0).map_err(|e| format!("`{inst}`: {e}"))?;
    let want = expected(inst);
    let got = Expected {
        mnemonic: instr.mnemonic(),
        ops: actual(&instr)?,
    };
    if got != want {
        return Err(format!(
            "`{inst}` ({inst:?}) encoded as [{}], which iced reads as `{}`\n  want {want:?}\n  got  {got:?}",
            hex(&code.bytes),
            intel(&instr)
        ));
    }
    Ok(())
}

/// The first label of a new buffer, which strategies put in jumps.
pub fn the_label() -> Label {
    MachBuffer::new().new_label()
}
