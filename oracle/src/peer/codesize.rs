//! Static code statistics of one function's machine code, computed the same
//! way for janus's code and Go's, from the code bytes and the entry address
//! alone (no compiler's metadata), so that the two can be compared.
//!
//! - `instructions`: everything iced-x86 decodes between entry and end.
//! - `stack_check`: the stack-growth check at the entry and its cold tail.
//!   The check is one of Go's three forms (`obj6.go` `stacksplit`, which
//!   janus's `isa/x64/stack.rs` follows), optionally preceded by the ABI0
//!   load of g from `FS:[-8]`: `CMP RSP, [g+16]`; `LEA t, [RSP-k]; CMP t,
//!   [g+16]`; or `MOV t, RSP; SUB t, k; JB cold; CMP t, [g+16]`; then `JBE
//!   cold`. The tail runs from `cold` to the first unconditional `JMP`
//!   (back to the entry): the argument spills, the morestack call, the
//!   reloads. A function without this check (nosplit) counts 0.
//! - `frame_size`: the bytes the prologue reserves below the return
//!   address: `PUSH RBP` (8) plus `SUB RSP, imm`. Go's `SUBQ $n, SP` covers
//!   its saved-RBP slot and janus pushes RBP before subtracting, so both
//!   count the saved RBP. The other frame-pointer setup (`MOV RBP, RSP`,
//!   `MOV [RSP+x], RBP`, `LEA RBP, [RSP+x]`) belongs to the prologue too.
//! - `spill_stores`, `spill_loads`: a *slot* is a fixed address relative
//!   to the return address (an `[RSP+d]` in the body, where RSP is the
//!   prologue's, or an `[RBP+d]` after the prologue set RBP), in the
//!   function's frame or in the incoming argument area above the return
//!   address (Go spills register arguments to their ABI spill slots
//!   there). A spill slot is one the body both stores a register to and
//!   loads a register from with a plain move (`MOV`, `MOVZX`/`MOVSX`,
//!   `MOVSS`/`MOVSD`, `MOVQ`/`MOVD`, `MOVUPS`-class). Every such move is a
//!   spill store or load. Outgoing stack arguments (stored, never read
//!   back), incoming stack arguments (read, never written), constants
//!   stored to memory, and the saved RBP are not spills; moves in the
//!   stack check's tail are counted there instead. The rule looks at
//!   moves, not values: a register that holds a constant and is stored to
//!   a slot read later counts (Go zeroes an open-coded defer's slot with
//!   `MOVQ $0, R13; MOVQ R13, 48(SP)`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use iced_x86::{Code, Decoder, DecoderOptions, Instruction, Mnemonic, OpKind, Register};

/// Go's `g.stackguard0` offset.
const STACKGUARD0: u64 = 16;

/// Statistics of one function.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeSize {
    pub bytes: u64,
    pub instructions: usize,
    pub stack_check: usize,
    pub spill_stores: usize,
    pub spill_loads: usize,
    pub frame_size: u64,
}

/// Code that does not decode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeSizeError(pub String);

impl fmt::Display for CodeSizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "code size: {}", self.0)
    }
}

impl std::error::Error for CodeSizeError {}

/// The statistics of the function whose code (entry to end) is `code`,
/// placed at `entry`.
pub fn measure(code: &[u8], entry: u64) -> Result<CodeSize, CodeSizeError> {
    let mut d = Decoder::with_ip(64, code, entry, DecoderOptions::NONE);
    let mut insts = Vec::new();
    while d.can_decode() {
        let i = d.decode();
        if i.is_invalid() {
            return Err(CodeSizeError(format!(
                "no valid instruction at {:#x} (entry {entry:#x} + {:#x})",
                i.ip(),
                i.ip() - entry
            )));
        }
        insts.push(i);
    }
    let (check, tail) = stack_check(&insts, entry);
    let mut excluded: BTreeSet<usize> = (0..check).collect();
    excluded.extend(tail.clone());
    let (frame, rbp, body_start) = prologue(&insts, check);
    excluded.extend(check..body_start);
    let (spill_stores, spill_loads) = spills(&insts, &excluded, frame, rbp);
    Ok(CodeSize {
        bytes: code.len() as u64,
        instructions: insts.len(),
        stack_check: check + tail.len(),
        spill_stores,
        spill_loads,
        frame_size: frame,
    })
}

/// `[base + disp]` with no index and no segment override.
fn base_disp(i: &Instruction, op: u32) -> Option<(Register, i64)> {
    (i.op_kind(op) == OpKind::Memory
        && i.memory_index() == Register::None
        && i.segment_prefix() == Register::None)
        .then(|| (i.memory_base(), i.memory_displacement64() as i64))
}

fn is_reg(i: &Instruction, op: u32, r: Register) -> bool {
    i.op_kind(op) == OpKind::Register && i.op_register(op) == r
}

/// The number of instructions of the entry check, and the indices of the
/// cold tail.
fn stack_check(insts: &[Instruction], entry: u64) -> (usize, Vec<usize>) {
    let none = (0, Vec::new());
    let mut k = 0;
    let at = |k: usize| insts.get(k);
    // ABI0: g from FS:[-8].
    let mut g = Register::R14;
    if let Some(i) = at(k) {
        if i.mnemonic() == Mnemonic::Mov
            && i.op0_kind() == OpKind::Register
            && i.op1_kind() == OpKind::Memory
            && i.segment_prefix() == Register::FS
            && i.memory_base() == Register::None
            && i.memory_displacement64() as i64 == -8
        {
            g = i.op0_register();
            k += 1;
        }
    }
    let is_guard_cmp = |i: &Instruction, r: Register| {
        i.mnemonic() == Mnemonic::Cmp
            && is_reg(i, 0, r)
            && base_disp(i, 1) == Some((g, STACKGUARD0 as i64))
    };
    let Some(first) = at(k) else { return none };
    let mut extra_cold = None;
    if is_guard_cmp(first, Register::RSP) {
        k += 1;
    } else if first.mnemonic() == Mnemonic::Lea
        && first.op0_kind() == OpKind::Register
        && base_disp(first, 1).is_some_and(|(b, d)| b == Register::RSP && d < 0)
        && at(k + 1).is_some_and(|c| is_guard_cmp(c, first.op0_register()))
    {
        k += 2;
    } else if first.mnemonic() == Mnemonic::Mov
        && first.op0_kind() == OpKind::Register
        && is_reg(first, 1, Register::RSP)
    {
        let t = first.op0_register();
        let (Some(sub), Some(jb), Some(cmp)) = (at(k + 1), at(k + 2), at(k + 3)) else {
            return none;
        };
        if !(sub.mnemonic() == Mnemonic::Sub
            && is_reg(sub, 0, t)
            && matches!(
                sub.op1_kind(),
                OpKind::Immediate32 | OpKind::Immediate8to64 | OpKind::Immediate32to64
            )
            && jb.mnemonic() == Mnemonic::Jb
            && is_guard_cmp(cmp, t))
        {
            return none;
        }
        extra_cold = Some(jb.near_branch64());
        k += 4;
    } else {
        return none;
    }
    let Some(jbe) = at(k) else { return none };
    if jbe.mnemonic() != Mnemonic::Jbe {
        return none;
    }
    let cold = jbe.near_branch64();
    if extra_cold.is_some_and(|c| c != cold) {
        return none;
    }
    let check = k + 1;
    let Some(start) = insts.iter().position(|i| i.ip() == cold) else {
        return none;
    };
    if start < check {
        return none;
    }
    let mut tail = Vec::new();
    for (j, i) in insts.iter().enumerate().skip(start) {
        tail.push(j);
        if i.mnemonic() == Mnemonic::Jmp && i.near_branch64() == entry {
            return (check, tail);
        }
        if i.mnemonic() == Mnemonic::Jmp || i.mnemonic() == Mnemonic::Ret {
            break;
        }
    }
    // Not a morestack tail: the cold path is someone else's code.
    none
}

/// The frame the prologue at `start` reserves, RBP's offset from the
/// return address if the prologue sets it, and where the body starts.
fn prologue(insts: &[Instruction], start: usize) -> (u64, Option<i64>, usize) {
    // RSP relative to the address of the return address.
    let mut sp: i64 = 0;
    let mut rbp = None;
    let mut k = start;
    while let Some(i) = insts.get(k) {
        match i.mnemonic() {
            Mnemonic::Push if is_reg(i, 0, Register::RBP) => sp -= 8,
            Mnemonic::Sub
                if is_reg(i, 0, Register::RSP)
                    && matches!(
                        i.op1_kind(),
                        OpKind::Immediate32 | OpKind::Immediate8to64 | OpKind::Immediate32to64
                    ) =>
            {
                sp -= i.immediate(1) as i64
            }
            Mnemonic::Mov if is_reg(i, 0, Register::RBP) && is_reg(i, 1, Register::RSP) => {
                rbp = Some(sp)
            }
            Mnemonic::Mov
                if is_reg(i, 1, Register::RBP)
                    && base_disp(i, 0).is_some_and(|(b, _)| b == Register::RSP) => {}
            Mnemonic::Lea if is_reg(i, 0, Register::RBP) => match base_disp(i, 1) {
                Some((Register::RSP, d)) => rbp = Some(sp + d),
                _ => break,
            },
            _ => break,
        }
        k += 1;
    }
    ((-sp) as u64, rbp, k)
}

/// A plain register move to or from memory: (is a store, register, memory
/// operand index).
fn register_move(i: &Instruction) -> Option<(bool, Register, u32)> {
    use Mnemonic::*;
    let plain = matches!(
        i.mnemonic(),
        Mov | Movzx
            | Movsx
            | Movsxd
            | Movss
            | Movsd
            | Movq
            | Movd
            | Movups
            | Movaps
            | Movupd
            | Movapd
            | Movdqu
            | Movdqa
    );
    if !plain || i.op_count() != 2 {
        return None;
    }
    match (i.op0_kind(), i.op1_kind()) {
        (OpKind::Memory, OpKind::Register) => Some((true, i.op1_register(), 0)),
        (OpKind::Register, OpKind::Memory) => Some((false, i.op0_register(), 1)),
        _ => None,
    }
}

fn spills(
    insts: &[Instruction],
    excluded: &BTreeSet<usize>,
    frame: u64,
    rbp: Option<i64>,
) -> (usize, usize) {
    let body_sp = -(frame as i64);
    // Slot (offset from the return address) to (stores, loads).
    let mut slots: BTreeMap<i64, (usize, usize)> = BTreeMap::new();
    for (k, i) in insts.iter().enumerate() {
        if excluded.contains(&k) {
            continue;
        }
        let Some((store, reg, mem)) = register_move(i) else {
            continue;
        };
        if matches!(reg, Register::RSP | Register::RBP) || i.code() == Code::INVALID {
            continue;
        }
        let slot = match base_disp(i, mem) {
            Some((Register::RSP, d)) => body_sp + d,
            Some((Register::RBP, d)) => match rbp {
                Some(r) => r + d,
                None => continue,
            },
            _ => continue,
        };
        // The return address itself is no slot.
        if slot == 0 {
            continue;
        }
        let e = slots.entry(slot).or_default();
        if store {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    slots
        .values()
        .filter(|(s, l)| *s > 0 && *l > 0)
        .fold((0, 0), |(s, l), (ds, dl)| (s + ds, l + dl))
}

/// The geometric mean of positive finite ratios; `None` for none or for
/// any that is not (a ratio with a zero side has no logarithm).
pub fn geomean(ratios: &[f64]) -> Option<f64> {
    if ratios.is_empty() || ratios.iter().any(|r| !r.is_finite() || *r <= 0.0) {
        return None;
    }
    let sum: f64 = ratios.iter().map(|r| r.ln()).sum();
    Some((sum / ratios.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        s.split_whitespace()
            .map(|b| u8::from_str_radix(b, 16).unwrap())
            .collect()
    }

    /// janus's `nine_ints_i` (snapshots/nine_ints.snap): small check, a
    /// frame of just the saved RBP, nine spills and reloads in the tail.
    #[test]
    fn janus_small_check_and_tail() {
        let code = hex(
            "49 3b 66 10  0f 86 12 00 00 00  55  48 89 e5  b8 07 00 00 00  45 0f 57 ff \
             48 89 ec  5d  c3 \
             48 89 44 24 08  48 89 5c 24 10  48 89 4c 24 18  48 89 7c 24 20 \
             48 89 74 24 28  4c 89 44 24 30  4c 89 4c 24 38  4c 89 54 24 40 \
             4c 89 5c 24 48  e8 00 00 00 00 \
             48 8b 44 24 08  48 8b 5c 24 10  48 8b 4c 24 18  48 8b 7c 24 20 \
             48 8b 74 24 28  4c 8b 44 24 30  4c 8b 4c 24 38  4c 8b 54 24 40 \
             4c 8b 5c 24 48  e9 80 ff ff ff",
        );
        let s = measure(&code, 0x1000).unwrap();
        assert_eq!(s.instructions, 9 + 20);
        // cmp, jbe; 9 spills, call, 9 reloads, jmp.
        assert_eq!(s.stack_check, 2 + 20);
        assert_eq!(s.frame_size, 8);
        // The tail's moves are not counted as spills.
        assert_eq!((s.spill_stores, s.spill_loads), (0, 0));
        assert_eq!(s.bytes, code.len() as u64);
    }

    /// Go's medium form (`LEAQ -384(SP), R12; CMPQ R12, 16(R14)`) with a
    /// spill to a frame slot read back twice, a store of a constant, an
    /// outgoing argument, and an incoming-area spill slot, RSP- and
    /// RBP-relative.
    #[test]
    fn go_medium_check_and_spills() {
        let code = hex(
            // lea r12,[rsp-0x180]; cmp r12,[r14+0x10]; jbe cold
            "4c 8d a4 24 80 fe ff ff  4d 3b 66 10  0f 86 4e 00 00 00 \
             48 81 ec 00 02 00 00 \
             48 89 ac 24 f8 01 00 00 \
             48 8d ac 24 f8 01 00 00 \
             48 89 5c 24 10 \
             48 c7 44 24 18 00 00 00 00 \
             48 89 04 24 \
             48 89 9c 24 10 02 00 00 \
             48 8b 4c 24 10 \
             48 8b 4d 18 \
             48 8b 55 e8 \
             48 8b ac 24 f8 01 00 00 \
             48 81 c4 00 02 00 00 \
             c3 \
             48 89 44 24 08  e8 00 00 00 00  48 8b 44 24 08  e9 8c ff ff ff",
        );
        let s = measure(&code, 0x2000).unwrap();
        assert_eq!(s.frame_size, 0x200);
        assert_eq!(s.stack_check, 3 + 4);
        // RBP = RSP + 0x1f8. [rsp+0x10]: stored and loaded. [rsp+0x210]
        // is an incoming spill slot, stored RSP-relative and loaded as
        // [rbp+0x18]. [rbp-0x18] (rsp+0x1e0) is loaded, never stored;
        // [rsp+0x18] gets a constant; [rsp] is an outgoing argument; the
        // epilogue's reload of RBP is frame linkage.
        assert_eq!((s.spill_stores, s.spill_loads), (2, 2), "{s:?}");
        assert_eq!(s.instructions, 16 + 4);
    }

    /// Go's big form, and the ABI0 g load janus's wrappers use.
    #[test]
    fn big_check_and_abi0_g() {
        // mov r12,rsp; sub r12,0x1ee0; jb cold; cmp r12,[r14+0x10]; jbe cold;
        // sub rsp,0x1f60; ret; cold: call; jmp entry
        let code = hex("49 89 e4  49 81 ec e0 1e 00 00  72 0e  4d 3b 66 10  76 08 \
             48 81 ec 60 1f 00 00  c3 \
             e8 00 00 00 00  eb df");
        let s = measure(&code, 0x3000).unwrap();
        assert_eq!(s.stack_check, 5 + 2);
        assert_eq!(s.frame_size, 0x1f60);
        // mov r12,fs:[-8]; cmp rsp,[r12+0x10]; jbe cold; push rbp; mov rbp,rsp;
        // sub rsp,0x48; mov rax,[rbp+0x10]; leave-like epilogue; cold: call; jmp entry
        let code = hex(
            "64 4c 8b 24 25 f8 ff ff ff  49 3b 64 24 10  0f 86 0e 00 00 00 \
             55  48 89 e5  48 83 ec 48  48 8b 45 10  c9  c3 \
             e8 00 00 00 00  e9 d4 ff ff ff",
        );
        let s = measure(&code, 0x4000).unwrap();
        assert_eq!(s.stack_check, 3 + 2);
        assert_eq!(s.frame_size, 8 + 0x48);
        // An incoming stack argument is read, never written: no spill.
        assert_eq!((s.spill_stores, s.spill_loads), (0, 0));
    }

    /// A nosplit leaf: no check, no frame; a compare that only looks like
    /// a check does not count.
    #[test]
    fn nosplit_and_lookalikes() {
        let s = measure(&hex("48 8b 00  c3"), 0).unwrap();
        assert_eq!(
            s,
            CodeSize {
                bytes: 4,
                instructions: 2,
                ..CodeSize::default()
            }
        );
        // cmp rsp,[r14+0x18] (stackguard1 offset, not 0x10); jbe +0; ret
        let s = measure(&hex("49 3b 66 18  76 00  c3"), 0).unwrap();
        assert_eq!(s.stack_check, 0);
        // Truncated code is an error with its place.
        let e = measure(&hex("48 8b"), 0x10).unwrap_err();
        assert!(e.0.contains("0x10"), "{e}");
    }

    #[test]
    fn geomean_of_ratios() {
        assert_eq!(geomean(&[]), None);
        assert_eq!(geomean(&[2.0, 0.0]), None);
        assert_eq!(geomean(&[1.0, f64::NAN]), None);
        let g = geomean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        let g = geomean(&[0.5, 2.0, 1.0]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
    }
}
