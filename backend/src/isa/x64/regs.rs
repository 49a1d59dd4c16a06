//! x86-64 registers, operand sizes, condition codes and segment overrides,
//! all numbered as the hardware numbers them so the encoder can use the
//! numbers directly.

use std::fmt;

/// Operand size of an integer operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Size {
    B8,
    B16,
    B32,
    B64,
}

impl Size {
    pub const ALL: [Size; 4] = [Size::B8, Size::B16, Size::B32, Size::B64];

    pub fn bytes(self) -> u32 {
        match self {
            Size::B8 => 1,
            Size::B16 => 2,
            Size::B32 => 4,
            Size::B64 => 8,
        }
    }

    pub fn bits(self) -> u32 {
        self.bytes() * 8
    }

    /// The Intel-syntax memory operand keyword (`byte` ... `qword`).
    pub fn ptr_name(self) -> &'static str {
        match self {
            Size::B8 => "byte",
            Size::B16 => "word",
            Size::B32 => "dword",
            Size::B64 => "qword",
        }
    }
}

/// A general-purpose register, by hardware number (0..=15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gpr(u8);

const GPR_NAMES: [[&str; 16]; 4] = [
    [
        "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b",
        "r13b", "r14b", "r15b",
    ],
    [
        "ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w",
        "r13w", "r14w", "r15w",
    ],
    [
        "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d",
        "r12d", "r13d", "r14d", "r15d",
    ],
    [
        "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12",
        "r13", "r14", "r15",
    ],
];

impl Gpr {
    pub const RAX: Gpr = Gpr(0);
    pub const RCX: Gpr = Gpr(1);
    pub const RDX: Gpr = Gpr(2);
    pub const RBX: Gpr = Gpr(3);
    pub const RSP: Gpr = Gpr(4);
    pub const RBP: Gpr = Gpr(5);
    pub const RSI: Gpr = Gpr(6);
    pub const RDI: Gpr = Gpr(7);
    pub const R8: Gpr = Gpr(8);
    pub const R9: Gpr = Gpr(9);
    pub const R10: Gpr = Gpr(10);
    pub const R11: Gpr = Gpr(11);
    pub const R12: Gpr = Gpr(12);
    pub const R13: Gpr = Gpr(13);
    pub const R14: Gpr = Gpr(14);
    pub const R15: Gpr = Gpr(15);

    /// The register with hardware number `n`, if there is one.
    pub fn new(n: u8) -> Option<Gpr> {
        (n < 16).then_some(Gpr(n))
    }

    /// The hardware number, 0..=15.
    pub fn num(self) -> u8 {
        self.0
    }

    /// The name of the register's low `size` bits (`al`, `r8w`, `esi`, `rsp`).
    /// 8-bit names are those of the REX encoding: 4..=7 are `spl`..`dil`,
    /// never `ah`..`bh`.
    pub fn name(self, size: Size) -> &'static str {
        let row = match size {
            Size::B8 => 0,
            Size::B16 => 1,
            Size::B32 => 2,
            Size::B64 => 3,
        };
        GPR_NAMES[row][self.0 as usize]
    }
}

/// The 64-bit name.
impl fmt::Display for Gpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name(Size::B64))
    }
}

/// An SSE register, by number (0..=15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Xmm(u8);

impl Xmm {
    /// The register `xmm{n}`, if there is one.
    pub fn new(n: u8) -> Option<Xmm> {
        (n < 16).then_some(Xmm(n))
    }

    /// The hardware number, 0..=15.
    pub fn num(self) -> u8 {
        self.0
    }
}

impl fmt::Display for Xmm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "xmm{}", self.0)
    }
}

/// A condition code, numbered as in the `cc` field of Jcc/SETcc/CMOVcc.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cond {
    /// Overflow.
    O = 0,
    NO = 1,
    /// Below (unsigned <), i.e. carry.
    B = 2,
    /// Above or equal (unsigned >=).
    AE = 3,
    E = 4,
    NE = 5,
    /// Below or equal (unsigned <=).
    BE = 6,
    /// Above (unsigned >).
    A = 7,
    /// Sign.
    S = 8,
    NS = 9,
    /// Parity (set by an unordered `ucomis`).
    P = 10,
    NP = 11,
    /// Less (signed <).
    L = 12,
    GE = 13,
    LE = 14,
    G = 15,
}

impl Cond {
    pub const ALL: [Cond; 16] = [
        Cond::O,
        Cond::NO,
        Cond::B,
        Cond::AE,
        Cond::E,
        Cond::NE,
        Cond::BE,
        Cond::A,
        Cond::S,
        Cond::NS,
        Cond::P,
        Cond::NP,
        Cond::L,
        Cond::GE,
        Cond::LE,
        Cond::G,
    ];

    /// The 4-bit `cc` field of the opcode.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The opposite condition: the hardware pairs each code with its
    /// negation in the low bit.
    pub fn invert(self) -> Cond {
        Cond::ALL[(self.code() ^ 1) as usize]
    }

    /// The mnemonic suffix (`e` in `je`, `sete`, `cmove`).
    pub fn suffix(self) -> &'static str {
        match self {
            Cond::O => "o",
            Cond::NO => "no",
            Cond::B => "b",
            Cond::AE => "ae",
            Cond::E => "e",
            Cond::NE => "ne",
            Cond::BE => "be",
            Cond::A => "a",
            Cond::S => "s",
            Cond::NS => "ns",
            Cond::P => "p",
            Cond::NP => "np",
            Cond::L => "l",
            Cond::GE => "ge",
            Cond::LE => "le",
            Cond::G => "g",
        }
    }
}

/// A segment override for an absolute address (Go keeps `g` in TLS at `fs:[-8]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    Fs,
    Gs,
}

impl Seg {
    pub fn name(self) -> &'static str {
        match self {
            Seg::Fs => "fs",
            Seg::Gs => "gs",
        }
    }
}
