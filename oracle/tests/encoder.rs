//! The x86-64 encoder checked against an independent decoder, iced-x86
//! (the checker is `janus_oracle::check::encoder`, the instruction
//! strategies `janus_oracle::gen::inst`).

use iced_x86::Mnemonic;
use janus_backend::isa::x64::*;
use janus_oracle::check::encoder::*;
use janus_oracle::gen::inst::*;
use proptest::prelude::*;
use proptest::sample::select;

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
