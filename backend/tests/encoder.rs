//! The x86-64 encoder checked against an independent decoder, iced-x86.
//!
//! The main property: any instruction, drawn over every form, register,
//! size, condition, addressing mode and immediate edge (and some invalid
//! combinations), either is rejected — exactly when this file's own
//! statement of the encoder's contract (`valid`) says it is invalid — or
//! encodes to bytes that iced decodes as one instruction, consuming all of
//! them, with the mnemonic and operands that `expected` derives from the
//! `Inst` alone. `expected` names registers and mnemonics by iced's own
//! enums and says nothing about opcodes, so a wrong table in the encoder
//! cannot hide itself.

use iced_x86::{
    Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, Mnemonic, OpKind, Register,
};
use janus_backend::isa::x64::{
    AluOp, Amode, Code, Cond, FloatOp, Gpr, Inst, Label, MachBuffer, Prec, RegImm, RegMem,
    RegMemImm, RelocKind, Seg, ShiftAmount, ShiftOp, Size, Symbol, Xmm, XmmMem,
};
use proptest::prelude::*;
use proptest::sample::select;

// ---------------------------------------------------------------------------
// iced's view of registers, by hardware number.

const R8: [Register; 16] = [
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
const R16: [Register; 16] = [
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
const R32: [Register; 16] = [
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
const R64: [Register; 16] = [
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
const XMM: [Register; 16] = [
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

fn gpr(r: Gpr, size: Size) -> Register {
    let table = match size {
        Size::B8 => &R8,
        Size::B16 => &R16,
        Size::B32 => &R32,
        Size::B64 => &R64,
    };
    table[r.num() as usize]
}

fn xmm(x: Xmm) -> Register {
    XMM[x.num() as usize]
}

fn bits(size: Size) -> u32 {
    match size {
        Size::B8 => 8,
        Size::B16 => 16,
        Size::B32 => 32,
        Size::B64 => 64,
    }
}

fn mask(bits: u32) -> u64 {
    if bits == 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    }
}

/// The address `finish`-time relocation processing gives each symbol here.
fn symbol_addr(symbol: &Symbol) -> u64 {
    0x40_0000 + 0x100 * symbol.0.len() as u64
}

// ---------------------------------------------------------------------------
// What an instruction should decode to.

/// One operand, in a form both `expected` and iced's decoding map to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Opnd {
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
struct Expected {
    mnemonic: Mnemonic,
    ops: Vec<Opnd>,
}

fn exp(mnemonic: Mnemonic, ops: Vec<Opnd>) -> Expected {
    Expected { mnemonic, ops }
}

fn reg(r: Gpr, size: Size) -> Opnd {
    Opnd::Reg(gpr(r, size))
}

fn xreg(x: Xmm) -> Opnd {
    Opnd::Reg(xmm(x))
}

fn fits_i8(v: i64) -> bool {
    (-128..=127).contains(&v)
}

fn mem(size: usize, amode: Amode) -> Opnd {
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

fn rm(size: Size, src: RegMem) -> Opnd {
    match src {
        RegMem::Reg(r) => reg(r, size),
        RegMem::Mem(a) => mem(size.bytes() as usize, a),
    }
}

fn xm(prec: Prec, src: XmmMem) -> Opnd {
    match src {
        XmmMem::Reg(x) => xreg(x),
        XmmMem::Mem(a) => mem(prec_bytes(prec), a),
    }
}

fn prec_bytes(prec: Prec) -> usize {
    match prec {
        Prec::F32 => 4,
        Prec::F64 => 8,
    }
}

fn imm(value: u64, bits: u32, encoded: u32) -> Opnd {
    Opnd::Imm {
        value: value & mask(bits),
        bits,
        encoded,
    }
}

/// An `i32` immediate of an operation at `size` (given signed or unsigned at
/// 8 and 16 bits, sign-extended at 64), in a field of `encoded` bits.
fn imm_i32(size: Size, value: i32, encoded: u32) -> Opnd {
    imm(value as i64 as u64, bits(size), encoded)
}

/// The field width of an immediate with a short (sign-extended imm8) form:
/// the short one whenever the value, read at the operand width, fits.
fn short_or_full(size: Size, value: i32) -> u32 {
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
fn full_width(size: Size) -> u32 {
    bits(size).min(32)
}

/// (jcc, setcc, cmovcc)
fn cond_mnemonics(cond: Cond) -> (Mnemonic, Mnemonic, Mnemonic) {
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
fn expected(inst: &Inst) -> Expected {
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

fn scalar(prec: Prec, ss: Mnemonic, sd: Mnemonic) -> Mnemonic {
    match prec {
        Prec::F32 => ss,
        Prec::F64 => sd,
    }
}

/// This file's statement of which instructions the encoder must accept.
fn valid(inst: &Inst) -> bool {
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

fn actual(instr: &Instruction) -> Result<Vec<Opnd>, String> {
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

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn intel(instr: &Instruction) -> String {
    let mut s = String::new();
    IntelFormatter::new().format(instr, &mut s);
    s
}

/// Decodes exactly one instruction at `ip` that uses all of `bytes`.
fn decode_one(bytes: &[u8], ip: u64) -> Result<Instruction, String> {
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
fn relocate(code: &Code) -> Vec<u8> {
    let mut bytes = code.bytes.clone();
    for r in &code.relocs {
        assert_eq!(r.kind, RelocKind::X86Pc32);
        let value = symbol_addr(&r.symbol) as i64 + r.addend - i64::from(r.offset);
        let at = r.offset as usize;
        bytes[at..at + 4].copy_from_slice(&(value as i32).to_le_bytes());
    }
    bytes
}

/// Encodes `inst` alone and checks it against `valid`, and iced against
/// `expected`.
fn check(inst: &Inst) -> Result<(), String> {
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
fn the_label() -> Label {
    MachBuffer::new().new_label()
}

// ---------------------------------------------------------------------------
// Strategies: every form, with invalid sizes, scales, index registers and
// immediates mixed in so that rejection is tested too.

fn any_gpr() -> impl Strategy<Value = Gpr> {
    (0u8..16).prop_map(|n| Gpr::new(n).unwrap())
}

fn any_xmm() -> impl Strategy<Value = Xmm> {
    (0u8..16).prop_map(|n| Xmm::new(n).unwrap())
}

fn any_size() -> impl Strategy<Value = Size> {
    select(Size::ALL.to_vec())
}

/// Mostly `valid`, sometimes any size: for forms that take only some.
fn mostly(valid: &[Size]) -> impl Strategy<Value = Size> {
    prop_oneof![4 => select(valid.to_vec()), 1 => any_size()]
}

/// (from, to) of an extension: mostly a valid pair for `froms`.
fn any_extension(froms: &'static [Size]) -> impl Strategy<Value = (Size, Size)> {
    let valid: Vec<(Size, Size)> = froms
        .iter()
        .flat_map(|&from| {
            Size::ALL
                .into_iter()
                .filter(move |&to| to > from)
                .map(move |to| (from, to))
        })
        .collect();
    prop_oneof![4 => select(valid), 1 => (any_size(), any_size())]
}

fn any_cond() -> impl Strategy<Value = Cond> {
    select(Cond::ALL.to_vec())
}

fn any_prec() -> impl Strategy<Value = Prec> {
    prop_oneof![Just(Prec::F32), Just(Prec::F64)]
}

fn any_disp() -> impl Strategy<Value = i32> {
    prop_oneof![
        Just(0),
        -128..=127i32,
        select(vec![-129, 128, -8, 8, i32::MIN, i32::MAX, 0x1000, -0x1000]),
        any::<i32>(),
    ]
}

fn any_amode() -> impl Strategy<Value = Amode> {
    let scale = prop_oneof![9 => select(vec![1u8, 2, 4, 8]), 1 => select(vec![0u8, 3, 16])];
    let seg = prop_oneof![Just(None), Just(Some(Seg::Fs)), Just(Some(Seg::Gs))];
    prop_oneof![
        5 => (any_gpr(), proptest::option::of((any_gpr(), scale)), any_disp())
            .prop_map(|(base, index, disp)| Amode::BaseDisp { base, index, disp }),
        1 => (seg, any_disp()).prop_map(|(seg, disp)| Amode::Abs { seg, disp }),
    ]
}

fn any_rm() -> impl Strategy<Value = RegMem> {
    prop_oneof![
        any_gpr().prop_map(RegMem::Reg),
        any_amode().prop_map(RegMem::Mem)
    ]
}

fn any_xm() -> impl Strategy<Value = XmmMem> {
    prop_oneof![
        any_xmm().prop_map(XmmMem::Reg),
        any_amode().prop_map(XmmMem::Mem)
    ]
}

/// Immediates at the edges of the imm8, imm16 and imm32 ranges.
fn any_imm32() -> impl Strategy<Value = i32> {
    prop_oneof![
        select(vec![
            0,
            1,
            -1,
            127,
            128,
            -128,
            -129,
            255,
            256,
            32767,
            32768,
            -32768,
            -32769,
            65535,
            65536,
            i32::MAX,
            i32::MIN
        ]),
        -300..300i32,
        any::<i32>(),
    ]
}

/// Constants at the edges of the 8/16/32-bit, simm32 and imm64 ranges.
fn any_imm64() -> impl Strategy<Value = u64> {
    prop_oneof![
        select(vec![
            0,
            1,
            0x7f,
            0x80,
            0xff,
            0x100,
            0xffff,
            0x1_0000,
            0x7fff_ffff,
            0x8000_0000,
            0xffff_ffff,
            0x1_0000_0000,
            u64::MAX,
            0xffff_ffff_8000_0000,
            0xffff_ffff_7fff_ffff,
            i64::MIN as u64,
            i64::MAX as u64,
        ]),
        any::<u8>().prop_map(u64::from),
        any::<u16>().prop_map(u64::from),
        any::<u32>().prop_map(u64::from),
        any::<i32>().prop_map(|v| v as i64 as u64),
        any::<u64>(),
    ]
}

const NOT_B8: &[Size] = &[Size::B16, Size::B32, Size::B64];
const WIDE: &[Size] = &[Size::B32, Size::B64];

fn any_inst() -> impl Strategy<Value = Inst> {
    let alu_op = select(AluOp::ALL.to_vec());
    let shift_op = select(ShiftOp::ALL.to_vec());
    let float_op = select(FloatOp::ALL.to_vec());
    let rmi = prop_oneof![
        any_gpr().prop_map(RegMemImm::Reg),
        any_amode().prop_map(RegMemImm::Mem),
        any_imm32().prop_map(RegMemImm::Imm),
    ];
    let ri = prop_oneof![
        any_gpr().prop_map(RegImm::Reg),
        any_imm32().prop_map(RegImm::Imm)
    ];
    let amount = prop_oneof![
        Just(ShiftAmount::Cl),
        (0u8..64).prop_map(ShiftAmount::Imm),
        select(vec![0u8, 1, 7, 8, 15, 16, 31, 32, 63, 64, 255]).prop_map(ShiftAmount::Imm),
    ];
    let symbol = select(vec!["f", "runtime.morestack_noctxt", "main.(*T).M"])
        .prop_map(|s| Symbol(s.to_string()));
    prop_oneof![
        (any_size(), any_gpr(), any_gpr()).prop_map(|(size, dst, src)| Inst::MovRR {
            size,
            dst,
            src
        }),
        (any_size(), any_gpr(), any_imm64()).prop_map(|(size, dst, imm)| Inst::MovImm {
            size,
            dst,
            imm
        }),
        (any_size(), any_gpr(), any_amode()).prop_map(|(size, dst, src)| Inst::Load {
            size,
            dst,
            src
        }),
        (any_size(), any_amode(), any_gpr()).prop_map(|(size, dst, src)| Inst::Store {
            size,
            dst,
            src
        }),
        (any_size(), any_amode(), any_imm32()).prop_map(|(size, dst, imm)| Inst::StoreImm {
            size,
            dst,
            imm
        }),
        (any_extension(&[Size::B8, Size::B16]), any_gpr(), any_rm())
            .prop_map(|((from, to), dst, src)| Inst::MovZx { from, to, dst, src }),
        (
            any_extension(&[Size::B8, Size::B16, Size::B32]),
            any_gpr(),
            any_rm()
        )
            .prop_map(|((from, to), dst, src)| Inst::MovSx { from, to, dst, src }),
        (any_gpr(), any_amode()).prop_map(|(dst, src)| Inst::Lea { dst, src }),
        (alu_op, any_size(), any_gpr(), rmi).prop_map(|(op, size, dst, src)| Inst::Alu {
            op,
            size,
            dst,
            src
        }),
        (any_size(), any_gpr(), ri).prop_map(|(size, a, b)| Inst::Test { size, a, b }),
        (mostly(NOT_B8), any_gpr(), any_rm()).prop_map(|(size, dst, src)| Inst::Imul {
            size,
            dst,
            src
        }),
        (mostly(NOT_B8), any_gpr(), any_rm(), any_imm32()).prop_map(|(size, dst, src, imm)| {
            Inst::ImulImm {
                size,
                dst,
                src,
                imm,
            }
        }),
        (any_size(), any::<bool>(), any_rm()).prop_map(|(size, signed, divisor)| Inst::Div {
            size,
            signed,
            divisor
        }),
        any_size().prop_map(|size| Inst::SignExtendAx { size }),
        (any_size(), any_gpr()).prop_map(|(size, reg)| Inst::Neg { size, reg }),
        (any_size(), any_gpr()).prop_map(|(size, reg)| Inst::Not { size, reg }),
        (shift_op, any_size(), any_gpr(), amount).prop_map(|(op, size, dst, amount)| {
            Inst::Shift {
                op,
                size,
                dst,
                amount,
            }
        }),
        (any_cond(), any_gpr()).prop_map(|(cond, dst)| Inst::Setcc { cond, dst }),
        (any_cond(), mostly(NOT_B8), any_gpr(), any_rm()).prop_map(|(cond, size, dst, src)| {
            Inst::Cmov {
                cond,
                size,
                dst,
                src,
            }
        }),
        any_gpr().prop_map(|reg| Inst::Push { reg }),
        any_gpr().prop_map(|reg| Inst::Pop { reg }),
        Just(Inst::Ret),
        Just(Inst::Ud2),
        Just(Inst::Int3),
        Just(Inst::Nop),
        Just(Inst::Jmp {
            target: the_label()
        }),
        any_cond().prop_map(|cond| Inst::Jcc {
            cond,
            target: the_label()
        }),
        symbol.prop_map(|target| Inst::Call { target }),
        any_gpr().prop_map(|reg| Inst::CallReg { reg }),
        (any_prec(), any_xmm(), any_xmm()).prop_map(|(prec, dst, src)| Inst::MovF {
            prec,
            dst,
            src
        }),
        (any_prec(), any_xmm(), any_amode()).prop_map(|(prec, dst, src)| Inst::LoadF {
            prec,
            dst,
            src
        }),
        (any_prec(), any_amode(), any_xmm()).prop_map(|(prec, dst, src)| Inst::StoreF {
            prec,
            dst,
            src
        }),
        (float_op, any_prec(), any_xmm(), any_xm()).prop_map(|(op, prec, dst, src)| Inst::ArithF {
            op,
            prec,
            dst,
            src
        }),
        (any_prec(), any_xmm(), any_xm()).prop_map(|(prec, a, b)| Inst::Ucomis { prec, a, b }),
        (mostly(WIDE), any_prec(), any_xmm(), any_gpr()).prop_map(|(from, prec, dst, src)| {
            Inst::CvtIntToFloat {
                from,
                prec,
                dst,
                src,
            }
        }),
        (any_prec(), mostly(WIDE), any_gpr(), any_xmm())
            .prop_map(|(prec, to, dst, src)| { Inst::CvtFloatToInt { prec, to, dst, src } }),
        (any_prec(), any_prec(), any_xmm(), any_xmm())
            .prop_map(|(from, to, dst, src)| Inst::CvtFloatToFloat { from, to, dst, src }),
        (any_xmm(), any_xmm()).prop_map(|(dst, src)| Inst::XorPs { dst, src }),
        (mostly(WIDE), any_xmm(), any_gpr()).prop_map(|(size, dst, src)| Inst::MovGprToXmm {
            size,
            dst,
            src
        }),
        (mostly(WIDE), any_gpr(), any_xmm()).prop_map(|(size, dst, src)| Inst::MovXmmToGpr {
            size,
            dst,
            src
        }),
    ]
}

proptest! {
    // Each case is a few microseconds; many cases make it likely that every
    // (form, register, size) combination is drawn in one run.
    #![proptest_config(ProptestConfig::with_cases(8192))]

    #[test]
    fn every_instruction_decodes_as_expected(inst in any_inst()) {
        check(&inst).map_err(TestCaseError::fail)?;
    }
}

// ---------------------------------------------------------------------------
// Labels and calls in longer code.

/// One step of a generated program.
#[derive(Clone, Debug)]
enum Step {
    /// `n` one-byte nops, to move the following code.
    Pad(usize),
    /// A jump (conditional if `cond`) to label `label`.
    Jump {
        cond: Option<Cond>,
        label: usize,
    },
    Call(&'static str),
    /// A longer instruction, so that offsets are not all nops.
    Other,
}

const LABELS: usize = 4;

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        1 => prop_oneof![0..4usize, 100..300usize].prop_map(Step::Pad),
        3 => (proptest::option::of(any_cond()), 0..LABELS)
            .prop_map(|(cond, label)| Step::Jump { cond, label }),
        1 => select(vec!["f", "g.h"]).prop_map(Step::Call),
        1 => Just(Step::Other),
    ]
}

proptest! {
    /// Jumps forward, backward and to themselves, to labels bound anywhere
    /// (before every step of the program or after the last), land where
    /// the labels are bound; calls are relocated at their rel32 field.
    #[test]
    fn labels_and_calls_resolve(
        steps in proptest::collection::vec(any_step(), 1..40),
        binds in proptest::collection::vec(any::<prop::sample::Index>(), LABELS),
    ) {
        let mut buf = MachBuffer::new();
        let labels: Vec<Label> = (0..LABELS).map(|_| buf.new_label()).collect();
        let bind_at: Vec<usize> = binds.iter().map(|i| i.index(steps.len() + 1)).collect();
        let mut bound = [0u32; LABELS];
        // Per emitted instruction: its mnemonic and what it targets.
        let mut want: Vec<(Mnemonic, Option<Target>)> = Vec::new();
        for i in 0..=steps.len() {
            for l in 0..LABELS {
                if bind_at[l] == i {
                    bound[l] = buf.cur_offset();
                    buf.bind_label(labels[l]).unwrap();
                }
            }
            let Some(step) = steps.get(i) else { break };
            match *step {
                Step::Pad(n) => {
                    for _ in 0..n {
                        buf.emit(&Inst::Nop).unwrap();
                        want.push((Mnemonic::Nop, None));
                    }
                }
                Step::Jump { cond, label } => {
                    let target = labels[label];
                    let (inst, m) = match cond {
                        None => (Inst::Jmp { target }, Mnemonic::Jmp),
                        Some(cond) => (Inst::Jcc { cond, target }, cond_mnemonics(cond).0),
                    };
                    buf.emit(&inst).unwrap();
                    want.push((m, Some(Target::Label(label))));
                }
                Step::Call(name) => {
                    let target = Symbol(name.to_string());
                    buf.emit(&Inst::Call { target: target.clone() }).unwrap();
                    want.push((Mnemonic::Call, Some(Target::Symbol(target))));
                }
                Step::Other => {
                    let amode = Amode::BaseDisp { base: Gpr::R12, index: Some((Gpr::R13, 8)), disp: -1000 };
                    buf.emit(&Inst::Load { size: Size::B64, dst: Gpr::R9, src: amode }).unwrap();
                    want.push((Mnemonic::Mov, None));
                }
            }
        }
        let code = buf.finish().unwrap();
        prop_assert_eq!(code.inst_offsets.len(), want.len());
        let calls = want.iter().filter(|(m, _)| *m == Mnemonic::Call).count();
        prop_assert_eq!(code.relocs.len(), calls);
        let bytes = relocate(&code);
        let mut relocs = code.relocs.iter();
        for (k, (mnemonic, target)) in want.iter().enumerate() {
            let start = code.inst_offsets[k] as usize;
            let end = code.inst_offsets.get(k + 1).map_or(bytes.len(), |&e| e as usize);
            let instr = decode_one(&bytes[start..end], start as u64).map_err(TestCaseError::fail)?;
            prop_assert_eq!(instr.mnemonic(), *mnemonic);
            match target {
                None => {}
                Some(Target::Label(l)) => {
                    prop_assert_eq!(instr.near_branch_target(), u64::from(bound[*l]));
                }
                Some(Target::Symbol(s)) => {
                    let r = relocs.next().unwrap();
                    // The field is the call's last four bytes.
                    prop_assert_eq!(r.offset as usize, end - 4);
                    prop_assert_eq!(r.addend, -4);
                    prop_assert_eq!(&r.symbol, s);
                    prop_assert_eq!(instr.near_branch_target(), symbol_addr(s));
                }
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Target {
    Label(usize),
    Symbol(Symbol),
}

// ---------------------------------------------------------------------------
// Fixed cases.

/// A few encodings spelled out byte for byte (as Go's assembler emits them),
/// as documentation and a guard on the exact bytes.
#[test]
fn known_encodings() {
    let tls_g = Inst::Load {
        size: Size::B64,
        dst: Gpr::R14,
        src: Amode::Abs {
            seg: Some(Seg::Fs),
            disp: -8,
        },
    };
    let cases: Vec<(Inst, &str, &[u8])> = vec![
        (
            tls_g,
            "mov r14, qword ptr fs:[-8]",
            &[0x64, 0x4C, 0x8B, 0x34, 0x25, 0xF8, 0xFF, 0xFF, 0xFF],
        ),
        (
            Inst::XorPs {
                dst: Xmm::new(15).unwrap(),
                src: Xmm::new(15).unwrap(),
            },
            "xorps xmm15, xmm15",
            &[0x45, 0x0F, 0x57, 0xFF],
        ),
        (Inst::Push { reg: Gpr::RBP }, "push rbp", &[0x55]),
        (
            Inst::MovRR {
                size: Size::B64,
                dst: Gpr::RBP,
                src: Gpr::RSP,
            },
            "mov rbp, rsp",
            &[0x48, 0x89, 0xE5],
        ),
        (
            Inst::Alu {
                op: AluOp::Cmp,
                size: Size::B64,
                dst: Gpr::RSP,
                src: RegMemImm::Mem(Amode::base_disp(Gpr::R14, 16)),
            },
            "cmp rsp, qword ptr [r14+16]",
            &[0x49, 0x3B, 0x66, 0x10],
        ),
        (
            Inst::MovImm {
                size: Size::B64,
                dst: Gpr::RAX,
                imm: 1,
            },
            "mov rax, 0x1",
            &[0xB8, 1, 0, 0, 0],
        ),
        (
            Inst::Setcc {
                cond: Cond::E,
                dst: Gpr::RSI,
            },
            "sete sil",
            &[0x40, 0x0F, 0x94, 0xC6],
        ),
        (
            Inst::Lea {
                dst: Gpr::RAX,
                src: Amode::BaseDisp {
                    base: Gpr::R13,
                    index: Some((Gpr::R12, 4)),
                    disp: 0,
                },
            },
            "lea rax, [r13+r12*4]",
            &[0x4B, 0x8D, 0x44, 0xA5, 0x00],
        ),
    ];
    for (inst, text, bytes) in cases {
        assert_eq!(inst.to_string(), text);
        let mut buf = MachBuffer::new();
        buf.emit(&inst).unwrap();
        assert_eq!(buf.finish().unwrap().bytes, bytes, "{text}");
    }
}

#[test]
fn invert_pairs_each_condition_with_its_negation() {
    let pairs = [
        (Cond::O, Cond::NO),
        (Cond::B, Cond::AE),
        (Cond::E, Cond::NE),
        (Cond::BE, Cond::A),
        (Cond::S, Cond::NS),
        (Cond::P, Cond::NP),
        (Cond::L, Cond::GE),
        (Cond::LE, Cond::G),
    ];
    for (a, b) in pairs {
        assert_eq!(a.invert(), b);
        assert_eq!(b.invert(), a);
    }
}

#[test]
fn invalid_instructions_are_errors_and_leave_the_buffer_unchanged() {
    let label = the_label();
    let bad_index = Amode::BaseDisp {
        base: Gpr::RAX,
        index: Some((Gpr::RSP, 1)),
        disp: 0,
    };
    let bad_scale = Amode::BaseDisp {
        base: Gpr::RAX,
        index: Some((Gpr::RCX, 3)),
        disp: 0,
    };
    let invalid = [
        Inst::Imul {
            size: Size::B8,
            dst: Gpr::RAX,
            src: RegMem::Reg(Gpr::RCX),
        },
        Inst::ImulImm {
            size: Size::B8,
            dst: Gpr::RAX,
            src: RegMem::Reg(Gpr::RCX),
            imm: 3,
        },
        Inst::Cmov {
            cond: Cond::E,
            size: Size::B8,
            dst: Gpr::RAX,
            src: RegMem::Reg(Gpr::RCX),
        },
        Inst::Load {
            size: Size::B64,
            dst: Gpr::RAX,
            src: bad_index,
        },
        Inst::Lea {
            dst: Gpr::RAX,
            src: bad_scale,
        },
        Inst::ArithF {
            op: FloatOp::Add,
            prec: Prec::F64,
            dst: Xmm::new(0).unwrap(),
            src: XmmMem::Mem(bad_scale),
        },
        Inst::MovZx {
            from: Size::B32,
            to: Size::B64,
            dst: Gpr::RAX,
            src: RegMem::Reg(Gpr::RCX),
        },
        Inst::MovSx {
            from: Size::B16,
            to: Size::B16,
            dst: Gpr::RAX,
            src: RegMem::Reg(Gpr::RCX),
        },
        Inst::MovImm {
            size: Size::B8,
            dst: Gpr::RAX,
            imm: 256,
        },
        Inst::StoreImm {
            size: Size::B16,
            dst: Amode::base_disp(Gpr::RAX, 0),
            imm: 65536,
        },
        Inst::Alu {
            op: AluOp::Add,
            size: Size::B8,
            dst: Gpr::RAX,
            src: RegMemImm::Imm(-129),
        },
        Inst::Shift {
            op: ShiftOp::Shl,
            size: Size::B32,
            dst: Gpr::RAX,
            amount: ShiftAmount::Imm(32),
        },
        Inst::CvtIntToFloat {
            from: Size::B16,
            prec: Prec::F32,
            dst: Xmm::new(0).unwrap(),
            src: Gpr::RAX,
        },
        Inst::CvtFloatToFloat {
            from: Prec::F64,
            to: Prec::F64,
            dst: Xmm::new(0).unwrap(),
            src: Xmm::new(1).unwrap(),
        },
        Inst::MovXmmToGpr {
            size: Size::B8,
            dst: Gpr::RAX,
            src: Xmm::new(0).unwrap(),
        },
        // A label this buffer never made.
        Inst::Jmp { target: label },
    ];
    for inst in &invalid {
        let mut buf = MachBuffer::new();
        buf.emit(&Inst::Nop).unwrap();
        let err = buf.emit(inst).expect_err(&inst.to_string());
        assert!(err.message().contains(&inst.to_string()), "{err}");
        assert_eq!(buf.cur_offset(), 1, "{inst}: {err}");
        let code = buf.finish().unwrap();
        assert_eq!(code.bytes, [0x90], "{inst}");
        assert_eq!(code.inst_offsets, [0]);
    }
}

#[test]
fn label_misuse_is_an_error() {
    let mut buf = MachBuffer::new();
    let l = buf.new_label();
    buf.bind_label(l).unwrap();
    assert!(buf.bind_label(l).is_err(), "bound twice");
    assert!(MachBuffer::new().bind_label(l).is_err(), "foreign label");

    let mut buf = MachBuffer::new();
    let l = buf.new_label();
    buf.emit(&Inst::Jmp { target: l }).unwrap();
    let err = buf.finish().unwrap_err();
    assert!(err.message().contains("never bound"), "{err}");
}
