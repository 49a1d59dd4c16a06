//! Machine instructions: exactly the x86-64 forms the backend emits, on
//! physical registers. The types rule out what the hardware has no
//! encoding for where that is cheap (no memory-to-memory forms); the
//! remaining invalid combinations (an 8-bit `imul`, a scale of 3, RSP as
//! an index, ...) are rejected by the encoder with an error.
//!
//! `Display` prints Intel syntax, as a disassembler would (`mov rax, qword
//! ptr [rsp+8]`), except that labels and symbols are printed by name.

use super::regs::{Cond, Gpr, Seg, Size, Xmm};
use std::fmt;

/// A memory operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Amode {
    /// `[base + index*scale + disp]`; the scale is 1, 2, 4 or 8 and the
    /// index is never RSP (the hardware has no encoding for either).
    BaseDisp {
        base: Gpr,
        index: Option<(Gpr, u8)>,
        disp: i32,
    },
    /// The absolute address `disp` (sign-extended), optionally in a
    /// segment: `fs:[-8]` is Go's TLS slot for `g`.
    Abs { seg: Option<Seg>, disp: i32 },
}

impl Amode {
    /// `[base + disp]`.
    pub fn base_disp(base: Gpr, disp: i32) -> Amode {
        Amode::BaseDisp {
            base,
            index: None,
            disp,
        }
    }
}

/// A register or memory source operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegMem {
    Reg(Gpr),
    Mem(Amode),
}

/// A register, memory or 32-bit immediate source operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegMemImm {
    Reg(Gpr),
    Mem(Amode),
    Imm(i32),
}

/// A register or 32-bit immediate operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegImm {
    Reg(Gpr),
    Imm(i32),
}

/// An SSE register or memory source operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum XmmMem {
    Reg(Xmm),
    Mem(Amode),
}

/// The two-operand integer ALU operations, numbered as the `/digit` of
/// their `0x80`/`0x81`/`0x83` immediate forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AluOp {
    Add = 0,
    Or = 1,
    Adc = 2,
    Sbb = 3,
    And = 4,
    Sub = 5,
    Xor = 6,
    Cmp = 7,
}

impl AluOp {
    pub const ALL: [AluOp; 8] = [
        AluOp::Add,
        AluOp::Or,
        AluOp::Adc,
        AluOp::Sbb,
        AluOp::And,
        AluOp::Sub,
        AluOp::Xor,
        AluOp::Cmp,
    ];

    pub fn name(self) -> &'static str {
        match self {
            AluOp::Add => "add",
            AluOp::Or => "or",
            AluOp::Adc => "adc",
            AluOp::Sbb => "sbb",
            AluOp::And => "and",
            AluOp::Sub => "sub",
            AluOp::Xor => "xor",
            AluOp::Cmp => "cmp",
        }
    }
}

/// Shifts and rotates, numbered as the `/digit` of their `C1`/`D3` forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShiftOp {
    Rol = 0,
    Ror = 1,
    Shl = 4,
    Shr = 5,
    Sar = 7,
}

impl ShiftOp {
    pub const ALL: [ShiftOp; 5] = [
        ShiftOp::Rol,
        ShiftOp::Ror,
        ShiftOp::Shl,
        ShiftOp::Shr,
        ShiftOp::Sar,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ShiftOp::Rol => "rol",
            ShiftOp::Ror => "ror",
            ShiftOp::Shl => "shl",
            ShiftOp::Shr => "shr",
            ShiftOp::Sar => "sar",
        }
    }
}

/// A shift count: CL, or a constant below the operand's width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShiftAmount {
    Cl,
    Imm(u8),
}

/// Scalar floating-point precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Prec {
    F32,
    F64,
}

impl Prec {
    /// The scalar mnemonic suffix: `ss` or `sd`.
    pub fn suffix(self) -> &'static str {
        match self {
            Prec::F32 => "ss",
            Prec::F64 => "sd",
        }
    }

    /// The integer size of the same width, for memory operands.
    pub fn size(self) -> Size {
        match self {
            Prec::F32 => Size::B32,
            Prec::F64 => Size::B64,
        }
    }
}

/// Scalar SSE arithmetic (`addss`, `sqrtsd`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
    Sqrt,
    Min,
    Max,
}

impl FloatOp {
    pub const ALL: [FloatOp; 7] = [
        FloatOp::Add,
        FloatOp::Sub,
        FloatOp::Mul,
        FloatOp::Div,
        FloatOp::Sqrt,
        FloatOp::Min,
        FloatOp::Max,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FloatOp::Add => "add",
            FloatOp::Sub => "sub",
            FloatOp::Mul => "mul",
            FloatOp::Div => "div",
            FloatOp::Sqrt => "sqrt",
            FloatOp::Min => "min",
            FloatOp::Max => "max",
        }
    }
}

/// A position in a [`MachBuffer`](super::MachBuffer), created by
/// `new_label` and bound to an offset by `bind_label`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub(crate) u32);

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, ".L{}", self.0)
    }
}

/// The name of a function outside the buffer, resolved by a relocation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(pub String);

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One machine instruction. Integer forms take a [`Size`]; which sizes a
/// form accepts is said on it when not all four.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Inst {
    /// `mov dst, src`. A 32-bit move zero-extends into the upper half,
    /// which is how a 32-to-64-bit zero extension is written.
    MovRR {
        size: Size,
        dst: Gpr,
        src: Gpr,
    },
    /// `dst = imm`; `imm` is the value's bit pattern and must fit in
    /// `size`. At 64 bits the shortest form is used: `mov r32, imm32`
    /// (zero-extends), then `mov r/m64, simm32`, then `movabs r64, imm64`.
    MovImm {
        size: Size,
        dst: Gpr,
        imm: u64,
    },
    Load {
        size: Size,
        dst: Gpr,
        src: Amode,
    },
    Store {
        size: Size,
        dst: Amode,
        src: Gpr,
    },
    /// `mov size ptr [dst], imm`. At 8 and 16 bits `imm` may be given
    /// signed or unsigned; at 64 bits it is sign-extended.
    StoreImm {
        size: Size,
        dst: Amode,
        imm: i32,
    },
    /// `movzx`: `from` is 8 or 16 bits and narrower than `to`. (From 32
    /// bits it is a 32-bit `MovRR` or `Load`.)
    MovZx {
        from: Size,
        to: Size,
        dst: Gpr,
        src: RegMem,
    },
    /// `movsx` (from 8 or 16 bits) or `movsxd` (from 32 to 64 bits);
    /// `from` is narrower than `to`.
    MovSx {
        from: Size,
        to: Size,
        dst: Gpr,
        src: RegMem,
    },
    /// 64-bit `lea`.
    Lea {
        dst: Gpr,
        src: Amode,
    },
    /// `op dst, src`; an immediate is sign-extended at 64 bits and, at 8
    /// and 16 bits, may be given signed or unsigned.
    Alu {
        op: AluOp,
        size: Size,
        dst: Gpr,
        src: RegMemImm,
    },
    /// `test a, b` (immediates as in `Alu`).
    Test {
        size: Size,
        a: Gpr,
        b: RegImm,
    },
    /// Two-operand `imul dst, src` at 16, 32 or 64 bits.
    Imul {
        size: Size,
        dst: Gpr,
        src: RegMem,
    },
    /// `imul dst, src, imm` at 16, 32 or 64 bits.
    ImulImm {
        size: Size,
        dst: Gpr,
        src: RegMem,
        imm: i32,
    },
    /// `div`/`idiv`: divides RDX:RAX (AX at 8 bits) by `divisor`, quotient
    /// in RAX (AL), remainder in RDX (AH).
    Div {
        size: Size,
        signed: bool,
        divisor: RegMem,
    },
    /// `cwd`/`cdq`/`cqo` (16, 32 or 64 bits): sign-extends RAX into RDX
    /// before a signed division.
    SignExtendAx {
        size: Size,
    },
    Neg {
        size: Size,
        reg: Gpr,
    },
    Not {
        size: Size,
        reg: Gpr,
    },
    Shift {
        op: ShiftOp,
        size: Size,
        dst: Gpr,
        amount: ShiftAmount,
    },
    /// `setcc` of the low byte of `dst`.
    Setcc {
        cond: Cond,
        dst: Gpr,
    },
    /// `cmovcc` at 16, 32 or 64 bits.
    Cmov {
        cond: Cond,
        size: Size,
        dst: Gpr,
        src: RegMem,
    },
    Push {
        reg: Gpr,
    },
    Pop {
        reg: Gpr,
    },
    Ret,
    Ud2,
    Int3,
    /// The one-byte `nop`.
    Nop,
    /// Always rel32, so that every instruction's size is known when it is
    /// emitted.
    Jmp {
        target: Label,
    },
    /// Always rel32, as `Jmp`.
    Jcc {
        cond: Cond,
        target: Label,
    },
    /// `call rel32` with a relocation against `target`.
    Call {
        target: Symbol,
    },
    CallReg {
        reg: Gpr,
    },
    /// Register copy. Encoded as `movaps`/`movapd`, which write the whole
    /// register: `movss`/`movsd` between registers would merge into the
    /// destination's upper bits and so depend on its old value.
    MovF {
        prec: Prec,
        dst: Xmm,
        src: Xmm,
    },
    /// `movss`/`movsd` load (clears the rest of `dst`).
    LoadF {
        prec: Prec,
        dst: Xmm,
        src: Amode,
    },
    /// `movss`/`movsd` store.
    StoreF {
        prec: Prec,
        dst: Amode,
        src: Xmm,
    },
    /// `addss`, `sqrtsd`, ... (scalar: the upper bits of `dst` are kept).
    ArithF {
        op: FloatOp,
        prec: Prec,
        dst: Xmm,
        src: XmmMem,
    },
    /// `ucomiss`/`ucomisd`: sets ZF, PF, CF (PF means unordered).
    Ucomis {
        prec: Prec,
        a: Xmm,
        b: XmmMem,
    },
    /// `cvtsi2ss`/`cvtsi2sd` from a signed 32- or 64-bit integer.
    CvtIntToFloat {
        from: Size,
        prec: Prec,
        dst: Xmm,
        src: Gpr,
    },
    /// `cvttss2si`/`cvttsd2si` (truncating) to a signed 32- or 64-bit integer.
    CvtFloatToInt {
        prec: Prec,
        to: Size,
        dst: Gpr,
        src: Xmm,
    },
    /// `cvtss2sd` or `cvtsd2ss`; `from` and `to` differ.
    CvtFloatToFloat {
        from: Prec,
        to: Prec,
        dst: Xmm,
        src: Xmm,
    },
    /// `xorps dst, src` (`xorps x15, x15` zeroes X15 as ABIInternal wants).
    XorPs {
        dst: Xmm,
        src: Xmm,
    },
    /// `movd`/`movq` (32 or 64 bits) from a GPR, zeroing the rest of `dst`.
    MovGprToXmm {
        size: Size,
        dst: Xmm,
        src: Gpr,
    },
    /// `movd`/`movq` (32 or 64 bits) to a GPR.
    MovXmmToGpr {
        size: Size,
        dst: Gpr,
        src: Xmm,
    },
    /// `lea dst, [rip + symbol]`: the address of a symbol (a static func
    /// value, or a function's entry for a closure's code word), with a
    /// PC-relative data relocation (`R_X86_64_PC32`).
    LeaSym {
        dst: Gpr,
        symbol: Symbol,
    },
}

/// Prints an amode without its size keyword: `[rax+rcx*4-16]`, `fs:[-8]`.
impl fmt::Display for Amode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Amode::BaseDisp { base, index, disp } => {
                write!(f, "[{base}")?;
                if let Some((index, scale)) = index {
                    write!(f, "+{index}*{scale}")?;
                }
                if disp != 0 {
                    write!(f, "{disp:+}")?;
                }
                f.write_str("]")
            }
            Amode::Abs { seg, disp } => {
                if let Some(seg) = seg {
                    write!(f, "{}:", seg.name())?;
                }
                write!(f, "[{disp}]")
            }
        }
    }
}

/// `size ptr amode`.
struct Mem(Size, Amode);

impl fmt::Display for Mem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ptr {}", self.0.ptr_name(), self.1)
    }
}

/// A register or memory operand printed at `size`.
fn rm(size: Size, src: &RegMem) -> String {
    match *src {
        RegMem::Reg(r) => r.name(size).to_string(),
        RegMem::Mem(a) => Mem(size, a).to_string(),
    }
}

fn xm(prec: Prec, src: &XmmMem) -> String {
    match *src {
        XmmMem::Reg(x) => x.to_string(),
        XmmMem::Mem(a) => Mem(prec.size(), a).to_string(),
    }
}

impl fmt::Display for Inst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Inst::MovRR { size, dst, src } => {
                write!(f, "mov {}, {}", dst.name(*size), src.name(*size))
            }
            Inst::MovImm { size, dst, imm } => write!(f, "mov {}, {imm:#x}", dst.name(*size)),
            Inst::Load { size, dst, src } => {
                write!(f, "mov {}, {}", dst.name(*size), Mem(*size, *src))
            }
            Inst::Store { size, dst, src } => {
                write!(f, "mov {}, {}", Mem(*size, *dst), src.name(*size))
            }
            Inst::StoreImm { size, dst, imm } => write!(f, "mov {}, {imm}", Mem(*size, *dst)),
            Inst::MovZx { from, to, dst, src } => {
                write!(f, "movzx {}, {}", dst.name(*to), rm(*from, src))
            }
            Inst::MovSx { from, to, dst, src } => {
                let m = if *from == Size::B32 {
                    "movsxd"
                } else {
                    "movsx"
                };
                write!(f, "{m} {}, {}", dst.name(*to), rm(*from, src))
            }
            Inst::Lea { dst, src } => write!(f, "lea {dst}, {src}"),
            Inst::Alu { op, size, dst, src } => {
                let src = match *src {
                    RegMemImm::Reg(r) => rm(*size, &RegMem::Reg(r)),
                    RegMemImm::Mem(a) => rm(*size, &RegMem::Mem(a)),
                    RegMemImm::Imm(i) => i.to_string(),
                };
                write!(f, "{} {}, {src}", op.name(), dst.name(*size))
            }
            Inst::Test { size, a, b } => match *b {
                RegImm::Reg(b) => write!(f, "test {}, {}", a.name(*size), b.name(*size)),
                RegImm::Imm(i) => write!(f, "test {}, {i}", a.name(*size)),
            },
            Inst::Imul { size, dst, src } => {
                write!(f, "imul {}, {}", dst.name(*size), rm(*size, src))
            }
            Inst::ImulImm {
                size,
                dst,
                src,
                imm,
            } => write!(f, "imul {}, {}, {imm}", dst.name(*size), rm(*size, src)),
            Inst::Div {
                size,
                signed,
                divisor,
            } => {
                let m = if *signed { "idiv" } else { "div" };
                write!(f, "{m} {}", rm(*size, divisor))
            }
            Inst::SignExtendAx { size } => f.write_str(match size {
                Size::B8 => "cbw",
                Size::B16 => "cwd",
                Size::B32 => "cdq",
                Size::B64 => "cqo",
            }),
            Inst::Neg { size, reg } => write!(f, "neg {}", reg.name(*size)),
            Inst::Not { size, reg } => write!(f, "not {}", reg.name(*size)),
            Inst::Shift {
                op,
                size,
                dst,
                amount,
            } => {
                write!(f, "{} {}, ", op.name(), dst.name(*size))?;
                match amount {
                    ShiftAmount::Cl => f.write_str("cl"),
                    ShiftAmount::Imm(n) => write!(f, "{n}"),
                }
            }
            Inst::Setcc { cond, dst } => write!(f, "set{} {}", cond.suffix(), dst.name(Size::B8)),
            Inst::Cmov {
                cond,
                size,
                dst,
                src,
            } => write!(
                f,
                "cmov{} {}, {}",
                cond.suffix(),
                dst.name(*size),
                rm(*size, src)
            ),
            Inst::Push { reg } => write!(f, "push {reg}"),
            Inst::Pop { reg } => write!(f, "pop {reg}"),
            Inst::Ret => f.write_str("ret"),
            Inst::Ud2 => f.write_str("ud2"),
            Inst::Int3 => f.write_str("int3"),
            Inst::Nop => f.write_str("nop"),
            Inst::Jmp { target } => write!(f, "jmp {target}"),
            Inst::Jcc { cond, target } => write!(f, "j{} {target}", cond.suffix()),
            Inst::Call { target } => write!(f, "call {target}"),
            Inst::CallReg { reg } => write!(f, "call {reg}"),
            Inst::LeaSym { dst, symbol } => write!(f, "lea {dst}, [rip + {symbol}]"),
            Inst::MovF { prec, dst, src } => {
                let m = match prec {
                    Prec::F32 => "movaps",
                    Prec::F64 => "movapd",
                };
                write!(f, "{m} {dst}, {src}")
            }
            Inst::LoadF { prec, dst, src } => {
                write!(f, "mov{} {dst}, {}", prec.suffix(), Mem(prec.size(), *src))
            }
            Inst::StoreF { prec, dst, src } => {
                write!(f, "mov{} {}, {src}", prec.suffix(), Mem(prec.size(), *dst))
            }
            Inst::ArithF { op, prec, dst, src } => {
                write!(
                    f,
                    "{}{} {dst}, {}",
                    op.name(),
                    prec.suffix(),
                    xm(*prec, src)
                )
            }
            Inst::Ucomis { prec, a, b } => {
                write!(f, "ucomi{} {a}, {}", prec.suffix(), xm(*prec, b))
            }
            Inst::CvtIntToFloat {
                from,
                prec,
                dst,
                src,
            } => write!(f, "cvtsi2{} {dst}, {}", prec.suffix(), src.name(*from)),
            Inst::CvtFloatToInt { prec, to, dst, src } => {
                write!(f, "cvtt{}2si {}, {src}", prec.suffix(), dst.name(*to))
            }
            Inst::CvtFloatToFloat { from, to, dst, src } => {
                write!(f, "cvt{}2{} {dst}, {src}", from.suffix(), to.suffix())
            }
            Inst::XorPs { dst, src } => write!(f, "xorps {dst}, {src}"),
            Inst::MovGprToXmm { size, dst, src } => {
                write!(f, "{} {dst}, {}", movd_or_q(*size), src.name(*size))
            }
            Inst::MovXmmToGpr { size, dst, src } => {
                write!(f, "{} {}, {src}", movd_or_q(*size), dst.name(*size))
            }
        }
    }
}

fn movd_or_q(size: Size) -> &'static str {
    if size == Size::B64 {
        "movq"
    } else {
        "movd"
    }
}
