//! proptest strategies for x86-64 instructions: every form of the
//! backend's `Inst`, with invalid sizes, scales, index registers and
//! immediates mixed in so that rejection is tested too. The encoder
//! proptest draws from them, and the `encoder` fuzz target drives them
//! from libFuzzer's bytes (seeding its ChaCha generator).

use crate::check::encoder::the_label;
use janus_backend::isa::x64::{
    AluOp, Amode, Cond, FloatOp, Gpr, Inst, Prec, RegImm, RegMem, RegMemImm, Seg, ShiftAmount,
    ShiftOp, Size, Symbol, Xmm, XmmMem,
};
use proptest::prelude::*;
use proptest::sample::select;

// ---------------------------------------------------------------------------
// Strategies: every form, with invalid sizes, scales, index registers and
// immediates mixed in so that rejection is tested too.

pub fn any_gpr() -> impl Strategy<Value = Gpr> {
    (0u8..16).prop_map(|n| Gpr::new(n).unwrap())
}

pub fn any_xmm() -> impl Strategy<Value = Xmm> {
    (0u8..16).prop_map(|n| Xmm::new(n).unwrap())
}

pub fn any_size() -> impl Strategy<Value = Size> {
    select(Size::ALL.to_vec())
}

/// Mostly `valid`, sometimes any size: for forms that take only some.
pub fn mostly(valid: &[Size]) -> impl Strategy<Value = Size> {
    prop_oneof![4 => select(valid.to_vec()), 1 => any_size()]
}

/// (from, to) of an extension: mostly a valid pair for `froms`.
pub fn any_extension(froms: &'static [Size]) -> impl Strategy<Value = (Size, Size)> {
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

pub fn any_cond() -> impl Strategy<Value = Cond> {
    select(Cond::ALL.to_vec())
}

pub fn any_prec() -> impl Strategy<Value = Prec> {
    prop_oneof![Just(Prec::F32), Just(Prec::F64)]
}

pub fn any_disp() -> impl Strategy<Value = i32> {
    prop_oneof![
        Just(0),
        -128..=127i32,
        select(vec![-129, 128, -8, 8, i32::MIN, i32::MAX, 0x1000, -0x1000]),
        any::<i32>(),
    ]
}

pub fn any_amode() -> impl Strategy<Value = Amode> {
    let scale = prop_oneof![9 => select(vec![1u8, 2, 4, 8]), 1 => select(vec![0u8, 3, 16])];
    let seg = prop_oneof![Just(None), Just(Some(Seg::Fs)), Just(Some(Seg::Gs))];
    prop_oneof![
        5 => (any_gpr(), proptest::option::of((any_gpr(), scale)), any_disp())
            .prop_map(|(base, index, disp)| Amode::BaseDisp { base, index, disp }),
        1 => (seg, any_disp()).prop_map(|(seg, disp)| Amode::Abs { seg, disp }),
    ]
}

pub fn any_rm() -> impl Strategy<Value = RegMem> {
    prop_oneof![
        any_gpr().prop_map(RegMem::Reg),
        any_amode().prop_map(RegMem::Mem)
    ]
}

pub fn any_xm() -> impl Strategy<Value = XmmMem> {
    prop_oneof![
        any_xmm().prop_map(XmmMem::Reg),
        any_amode().prop_map(XmmMem::Mem)
    ]
}

/// Immediates at the edges of the imm8, imm16 and imm32 ranges.
pub fn any_imm32() -> impl Strategy<Value = i32> {
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
pub fn any_imm64() -> impl Strategy<Value = u64> {
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

pub const NOT_B8: &[Size] = &[Size::B16, Size::B32, Size::B64];
pub const WIDE: &[Size] = &[Size::B32, Size::B64];

pub fn any_inst() -> impl Strategy<Value = Inst> {
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
