//! External functions (`extern` in the IR): declared with a signature and
//! the ABI of their definition, and implemented here, by the oracle, the
//! way Go lets a callee behave — code the backend has never seen, so it
//! cannot happen to keep the caller's registers or extend its results.
//!
//! At a call of the definition's symbol, the handler
//! - checks what an ABIInternal callee is owed (R14 = g, X15 = 0, DF
//!   clear);
//! - reads the arguments where the oracle's own model ([`crate::model`])
//!   puts them, each component masked to its size, and records the call
//!   as definition entries are recorded (the `callee-args` check);
//! - is a safepoint, as a call into Go's assembly is (it may grow the
//!   stack, and the collector may run meanwhile): the runtime walks and
//!   checks the frames, and moves the stack or collects when its schedule
//!   says, the extern's pointer arguments among the roots;
//! - computes the results with [`extern_results`], a deterministic
//!   function of the argument leaves that the interpreter calls too:
//!   integers and floats by value (NaNs alike), pointers only as nil or
//!   not (addresses differ between runs); a pointer result is nil or one
//!   of the pointer arguments, so it flows back into the caller's frame;
//! - writes the results where the model puts them, with every bit a
//!   narrow value does not own poisoned (above an i8/i16/i32 in its
//!   register, above an f32 or f64 in its X register; a stack result slot
//!   gets only its own bytes);
//! - clobbers everything Go lets a callee clobber: every general register
//!   but RSP, RBP, R14 (ABIInternal) and the result registers, every X
//!   register but the results' (X15 = 0 again for ABIInternal), the status
//!   flags, its arguments' stack slots and the spill area; an ABI0 callee
//!   leaves garbage in R14 and X15 too;
//! - returns (the stub's `ret`).

use crate::exec::{entry_promise_broken, ENTRY_PROMISE, INT_ARG_REGS};
use crate::machine::{Cpu, HookAction, Machine, MachineError, MachineView, Reg};
use crate::model::{self, all_components, Component, Placement, RegClass, Shape};
use crate::runtime::Runtime;
use janus_backend::abi::Abi;
use janus_backend::ir::{Extern, Ty};
use std::cell::RefCell;
use std::rc::Rc;

/// One argument leaf as an extern sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExternArg {
    /// An integer or float leaf: its bits, masked to its width.
    Bits { ty: Ty, bits: u64 },
    /// A pointer leaf: only whether it is nil counts.
    Ptr { nil: bool },
}

/// One result leaf an extern returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExternResult {
    /// An integer or float: its bits (within its width).
    Bits(u64),
    /// The nil pointer.
    Nil,
    /// The pointer passed as argument leaf `k`.
    Arg(usize),
}

fn mask(ty: Ty) -> u64 {
    if ty.bits() >= 64 {
        u64::MAX
    } else {
        (1u64 << ty.bits()) - 1
    }
}

/// SplitMix64's finaliser: every input bit reaches every output bit.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// What extern `name` returns for `args` (its argument leaves, in order):
/// one result per leaf type in `results`. Deterministic, and the same for
/// the machine and the interpreter: a NaN counts as any other NaN, a
/// pointer as nil or not. Floats are small finite values (a NaN's payload
/// would not survive arithmetic the same way on both sides); integers are
/// any bits of their width.
pub fn extern_results(name: &str, args: &[ExternArg], results: &[Ty]) -> Vec<ExternResult> {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut absorb = |x: u64| h = mix(h ^ x).wrapping_add(0x9E37_79B9_7F4A_7C15);
    for b in name.bytes() {
        absorb(b as u64);
    }
    let pointers: Vec<usize> = args
        .iter()
        .enumerate()
        .filter(|(_, a)| matches!(a, ExternArg::Ptr { .. }))
        .map(|(k, _)| k)
        .collect();
    for a in args {
        absorb(match *a {
            ExternArg::Bits { ty: Ty::F32, bits } if f32::from_bits(bits as u32).is_nan() => {
                0x7fc0_0000
            }
            ExternArg::Bits { ty: Ty::F64, bits } if f64::from_bits(bits).is_nan() => {
                0x7ff8_0000_0000_0000
            }
            ExternArg::Bits { ty, bits } => bits & mask(ty),
            ExternArg::Ptr { nil } => 0x1_0000_0000_0000 | nil as u64,
        });
    }
    results
        .iter()
        .enumerate()
        .map(|(j, &ty)| {
            let r = mix(h ^ (j as u64).wrapping_mul(0xA24B_AED4_963E_E407));
            match ty {
                Ty::Ptr => match (r % (pointers.len() as u64 + 1)) as usize {
                    k if k < pointers.len() => ExternResult::Arg(pointers[k]),
                    _ => ExternResult::Nil,
                },
                Ty::F64 => ExternResult::Bits(((r % 4001) as f64 / 16.0 - 125.0).to_bits()),
                Ty::F32 => ExternResult::Bits(((r % 4001) as f32 / 16.0 - 125.0).to_bits() as u64),
                _ => ExternResult::Bits(r & mask(ty)),
            }
        })
        .collect()
}

/// The machine type of a model component (the IR leaf it is).
fn component_ty(c: &Component) -> Ty {
    match (c.class, c.bytes, c.pointer) {
        (_, _, true) => Ty::Ptr,
        (RegClass::Float, 4, _) => Ty::F32,
        (RegClass::Float, _, _) => Ty::F64,
        (RegClass::Int, 1, _) => Ty::I8,
        (RegClass::Int, 2, _) => Ty::I16,
        (RegClass::Int, 4, _) => Ty::I32,
        (RegClass::Int, _, _) => Ty::I64,
    }
}

/// What the bits a narrow result does not own hold, and what clobbered
/// registers hold: patterns that name the register (`0xe7e7...` ^ index),
/// unlike the runtime's `0xa5a5...`, so a report says who left them.
const RESULT_POISON: u64 = 0xdead_beef_dead_beef;
const CLOBBER: u64 = 0xe7e7_e7e7_e7e7_e7e7;
/// What an extern leaves in its argument slots and spill area.
const SCRIBBLE: u8 = 0xe7;

/// An extern as its handler needs it, laid out by the oracle's model.
struct Plan {
    symbol: String,
    name: String,
    abi: Abi,
    params: Vec<(Shape, Placement)>,
    results: Vec<(Shape, Placement)>,
    /// Argument-area byte ranges the callee may overwrite (its stack
    /// arguments and the spill area).
    scribble: Vec<std::ops::Range<u64>>,
    result_tys: Vec<Ty>,
    /// The pointer argument leaves: their index among the leaves, and their
    /// argument-area offset or register.
    pointer_leaves: Vec<(usize, Result<u64, Reg>)>,
    /// The same as the runtime's roots: stack words relative to RSP, and
    /// registers.
    pointer_words: Vec<u64>,
    pointer_regs: Vec<Reg>,
}

/// The externs an object describes: the functions of its `.janus.meta`
/// without a definition entry. Best effort, and cheap (it runs at every
/// load, before the loader reads the object properly): the section is
/// found from the ELF64 section headers alone, and only `func` and `entry`
/// lines are looked at. An object whose metadata cannot be read has no
/// externs here, and loading it reports what is wrong.
pub fn object_externs(elf: &[u8]) -> Vec<Extern> {
    let Some(text) = meta_text(elf) else {
        return Vec::new();
    };
    // (name, abi, signature, has a definition entry)
    let mut funcs: Vec<(&str, Abi, &str, bool)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("func ") {
            let (Some(name), Some(sig)) = (rest.split(' ').next(), rest.split_once(" sig=")) else {
                continue;
            };
            let abi = if rest.contains(" abi=abi0 ") {
                Abi::Abi0
            } else {
                Abi::Internal
            };
            funcs.push((name, abi, sig.1, false));
        } else if line.starts_with("entry ") && line.contains(" kind=definition") {
            if let Some(f) = funcs.last_mut() {
                f.3 = true;
            }
        }
    }
    funcs
        .into_iter()
        .filter(|f| !f.3)
        .filter_map(|(name, abi, sig, _)| {
            Some(Extern {
                name: name.to_string(),
                sig: janus_backend::parse_func_type(sig).ok()?,
                abi,
                pos: Default::default(),
            })
        })
        .collect()
}

/// The bytes of an ELF64 little-endian object's `.janus.meta` section, as
/// text, from its section headers.
fn meta_text(elf: &[u8]) -> Option<&str> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(elf.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(elf.get(at..at + 4)?.try_into().ok()?));
    let u64_at = |at: usize| Some(u64::from_le_bytes(elf.get(at..at + 8)?.try_into().ok()?));
    if elf.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    let shoff = usize::try_from(u64_at(0x28)?).ok()?;
    let (shentsize, shnum, shstrndx) = (
        u16_at(0x3a)? as usize,
        u16_at(0x3c)? as usize,
        u16_at(0x3e)? as usize,
    );
    let header = |i: usize| shoff.checked_add(i.checked_mul(shentsize)?);
    let bytes_of = |h: usize| -> Option<&[u8]> {
        let off = usize::try_from(u64_at(h + 0x18)?).ok()?;
        let size = usize::try_from(u64_at(h + 0x20)?).ok()?;
        elf.get(off..off.checked_add(size)?)
    };
    let names = bytes_of(header(shstrndx)?)?;
    let want = janus_backend::object::META_SECTION.as_bytes();
    (0..shnum).find_map(|i| {
        let h = header(i)?;
        let name = names.get(u32_at(h)? as usize..)?;
        (name.starts_with(want) && name.get(want.len()) == Some(&0))
            .then(|| bytes_of(h))
            .flatten()
            .and_then(|b| std::str::from_utf8(b).ok())
    })
}

/// Binds extern `decl`'s definition symbol on `m` for the image about to
/// be loaded.
pub fn install(
    m: &mut Machine,
    decl: &Extern,
    runtime: &Rc<RefCell<Option<Runtime>>>,
) -> Result<(), MachineError> {
    let shapes = |ps: &[janus_backend::types::Param]| {
        ps.iter().map(|p| Shape::of(&p.ty)).collect::<Vec<_>>()
    };
    let (ps, rs) = (shapes(&decl.sig.params), shapes(&decl.sig.results));
    let layout = model::assign(&ps, &rs, decl.abi.into());
    let mut scribble = Vec::new();
    for (s, p) in ps.iter().zip(&layout.params) {
        if let Placement::Stack(off) = p {
            scribble.push(*off..off + s.size());
        }
    }
    if layout.spill_area_size > 0 {
        scribble.push(layout.spill_area_offset..layout.spill_area_offset + layout.spill_area_size);
    }
    let result_tys = rs
        .iter()
        .flat_map(|s| all_components(s).into_iter().map(|c| component_ty(&c)))
        .collect();
    let mut pointer_leaves = Vec::new();
    let mut k = 0;
    for (s, p) in ps.iter().zip(&layout.params) {
        match p {
            Placement::Stack(off) => {
                for c in all_components(s) {
                    if c.pointer {
                        pointer_leaves.push((k, Ok(off + c.offset)));
                    }
                    k += 1;
                }
            }
            Placement::Regs { regs, .. } => {
                for (class, idx, c) in regs {
                    if c.pointer && *class == RegClass::Int {
                        pointer_leaves.push((k, Err(INT_ARG_REGS[*idx])));
                    }
                    k += 1;
                }
            }
        }
    }
    let pointer_words = pointer_leaves
        .iter()
        .filter_map(|(_, at)| at.ok().map(|off| 8 + off))
        .collect();
    let pointer_regs = pointer_leaves
        .iter()
        .filter_map(|(_, at)| at.err())
        .collect();
    let symbol = match decl.abi {
        Abi::Internal => decl.name.clone(),
        Abi::Abi0 => format!("{}.abi0", decl.name),
    };
    let plan = Plan {
        pointer_leaves,
        pointer_words,
        pointer_regs,
        symbol: symbol.clone(),
        name: decl.name.clone(),
        abi: decl.abi,
        params: ps.into_iter().zip(layout.params).collect(),
        results: rs.into_iter().zip(layout.results).collect(),
        scribble,
        result_tys,
    };
    let rt = runtime.clone();
    m.add_image_extern(&symbol, move |cpu| call(&plan, &rt, cpu))?;
    Ok(())
}

/// One call of an extern (see the module documentation).
fn call(
    plan: &Plan,
    runtime: &Rc<RefCell<Option<Runtime>>>,
    cpu: &mut MachineView<'_>,
) -> Result<HookAction, MachineError> {
    if plan.abi == Abi::Internal {
        if let Some(broken) = entry_promise_broken(cpu) {
            return Ok(HookAction::Abort(format!(
                "{ENTRY_PROMISE}: {} (ABIInternal extern) entered with {broken}",
                plan.symbol
            )));
        }
    }
    let rsp = cpu.reg(Reg::Rsp);
    let args_at = rsp + 8;
    // The arguments, as (pointer?, raw bits) per component.
    let mut words: Vec<Vec<(Component, u64)>> = Vec::with_capacity(plan.params.len());
    for (shape, place) in &plan.params {
        let mut ws = Vec::new();
        match place {
            Placement::Stack(off) => {
                for c in all_components(shape) {
                    let bytes = cpu.read_bytes(args_at + off + c.offset, c.bytes as usize)?;
                    let mut v = [0u8; 8];
                    v[..bytes.len()].copy_from_slice(&bytes);
                    ws.push((c, u64::from_le_bytes(v)));
                }
            }
            Placement::Regs { regs, .. } => {
                for (class, idx, c) in regs {
                    let raw = match class {
                        RegClass::Int => cpu.reg(INT_ARG_REGS[*idx]),
                        RegClass::Float => cpu.xmm(*idx) as u64,
                    };
                    let v = if c.bytes >= 8 {
                        raw
                    } else {
                        raw & ((1u64 << (8 * c.bytes)) - 1)
                    };
                    ws.push((*c, v));
                }
            }
        }
        words.push(ws);
    }
    if let Some(rt) = runtime.borrow_mut().as_mut() {
        let line: Vec<Vec<(bool, u64)>> = words
            .iter()
            .map(|ws| ws.iter().map(|(c, v)| (c.pointer, *v)).collect())
            .collect();
        rt.record_extern_call(&plan.symbol, &line);
        // A safepoint: the stack may move and the heap be collected, with
        // the pointer arguments among the roots (re-read below).
        if let Err(f) = rt.extern_safepoint(cpu, &plan.pointer_words, &plan.pointer_regs) {
            return Ok(HookAction::Abort(format!("runtime: {f}")));
        }
    }
    // The stack may have moved: the arguments with it.
    let args_at = cpu.reg(Reg::Rsp) + 8;
    let mut flat: Vec<(Component, u64)> = words.into_iter().flatten().collect();
    for (k, at) in &plan.pointer_leaves {
        flat[*k].1 = match at {
            Ok(off) => cpu.read_u64(args_at + off)?,
            Err(r) => cpu.reg(*r),
        };
    }
    let args: Vec<ExternArg> = flat
        .iter()
        .map(|(c, v)| match component_ty(c) {
            Ty::Ptr => ExternArg::Ptr { nil: *v == 0 },
            ty => ExternArg::Bits { ty, bits: *v },
        })
        .collect();
    let values: Vec<u64> = extern_results(&plan.name, &args, &plan.result_tys)
        .into_iter()
        .map(|r| match r {
            ExternResult::Bits(b) => b,
            ExternResult::Nil => 0,
            ExternResult::Arg(k) => flat[k].1,
        })
        .collect();

    // Go lets the callee overwrite its stack arguments and spill area.
    for r in &plan.scribble {
        cpu.write_bytes(
            args_at + r.start,
            &vec![SCRIBBLE; (r.end - r.start) as usize],
        )?;
    }
    // Everything it may clobber, then the results over it.
    for (i, r) in Reg::GPRS.into_iter().enumerate() {
        if matches!(r, Reg::Rsp | Reg::Rbp) || (r == Reg::R14 && plan.abi == Abi::Internal) {
            continue;
        }
        cpu.set_reg(r, CLOBBER ^ (0x0101 * (i as u64 + 1)));
    }
    for x in 0..16 {
        let v = CLOBBER ^ (0x1f1f * (x as u64 + 1));
        cpu.set_xmm(x, (v as u128) << 64 | v as u128);
    }
    if plan.abi == Abi::Internal {
        cpu.set_xmm(15, 0);
    }
    let flags = cpu.rflags();
    cpu.set_rflags(flags ^ STATUS_FLAGS);
    let mut k = 0;
    for (shape, place) in &plan.results {
        match place {
            Placement::Stack(off) => {
                for c in all_components(shape) {
                    let bytes = values[k].to_le_bytes();
                    cpu.write_bytes(args_at + off + c.offset, &bytes[..c.bytes as usize])?;
                    k += 1;
                }
            }
            Placement::Regs { regs, .. } => {
                for (class, idx, c) in regs {
                    let own = if c.bytes >= 8 {
                        u64::MAX
                    } else {
                        (1u64 << (8 * c.bytes)) - 1
                    };
                    let v = (values[k] & own) | (RESULT_POISON & !own);
                    match class {
                        RegClass::Int => cpu.set_reg(INT_ARG_REGS[*idx], v),
                        RegClass::Float => {
                            cpu.set_xmm(*idx, (RESULT_POISON as u128) << 64 | v as u128)
                        }
                    }
                    k += 1;
                }
            }
        }
    }
    Ok(HookAction::Return)
}

/// The status flags (CF, PF, AF, ZF, SF, OF): a callee leaves them in any
/// state.
const STATUS_FLAGS: u64 = 0x8d5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::machine::{MachineConfig, Outcome};

    fn declared(text: &str) -> Extern {
        let m = janus_backend::ir::parse_module(text).unwrap();
        m.externs[0].clone()
    }

    /// A machine with extern `decl` bound, and its stub's address.
    fn machine_with(decl: &Extern) -> (Machine, u64) {
        let mut m = Machine::new(MachineConfig::default()).unwrap();
        install(&mut m, decl, &Rc::new(RefCell::new(None))).unwrap();
        let symbol = match decl.abi {
            Abi::Internal => decl.name.clone(),
            Abi::Abi0 => format!("{}.abi0", decl.name),
        };
        let at = m.extern_address(&symbol).unwrap();
        (m, at)
    }

    /// An ABIInternal extern returns its narrow results with poison above
    /// them, keeps only RSP, RBP and R14 (X15 zero again) and clobbers the
    /// rest, flags included.
    #[test]
    fn an_internal_extern_poisons_narrow_results_and_clobbers() {
        let decl =
            declared("extern internal func x(a int8, b int64) (int8, int32, float32, int64)\n");
        let (mut m, stub) = machine_with(&decl);
        let g = m.g_addr();
        m.set_reg(Reg::R14, g);
        m.set_xmm(15, 0);
        // a = 0x7f with garbage above it (the extern reads only its byte).
        m.set_reg(Reg::Rax, 0x1234_5678_9abc_de7f);
        m.set_reg(Reg::Rbx, 77);
        for r in [Reg::Rdx, Reg::Rsi, Reg::R12, Reg::R13, Reg::R15] {
            m.set_reg(r, 0x1111);
        }
        m.set_xmm(3, 0x2222);
        // Room above the return address for the spill area it may write.
        let sp = m.reg(Reg::Rsp) - 64;
        m.set_reg(Reg::Rsp, sp);
        m.write_bytes(sp, &[0xca; 64]).unwrap();
        let (rsp, rbp, flags) = (m.reg(Reg::Rsp), m.reg(Reg::Rbp), m.rflags());
        assert_eq!(m.call(stub, 1000), Outcome::Returned);
        let want = extern_results(
            "x",
            &[
                ExternArg::Bits {
                    ty: Ty::I8,
                    bits: 0x7f,
                },
                ExternArg::Bits {
                    ty: Ty::I64,
                    bits: 77,
                },
            ],
            &[Ty::I8, Ty::I32, Ty::F32, Ty::I64],
        );
        let bits = |k: usize| match want[k] {
            ExternResult::Bits(b) => b,
            other => panic!("{other:?}"),
        };
        let (rax, rbx, x0, rcx) = (m.reg(Reg::Rax), m.reg(Reg::Rbx), m.xmm(0), m.reg(Reg::Rcx));
        assert_eq!(rax & 0xff, bits(0));
        assert_eq!(rax >> 8, RESULT_POISON >> 8, "{rax:#x}");
        assert_eq!(rbx & 0xffff_ffff, bits(1));
        assert_eq!(rbx >> 32, RESULT_POISON >> 32, "{rbx:#x}");
        assert_eq!(x0 as u32 as u64, bits(2));
        assert_eq!(
            x0 >> 32,
            (RESULT_POISON as u128) << 32 | RESULT_POISON as u128 >> 32
        );
        assert_eq!(rcx, bits(3));
        for r in [Reg::Rdx, Reg::Rsi, Reg::R12, Reg::R13, Reg::R15] {
            assert_eq!(
                m.reg(r) & 0xffff_0000_0000_0000,
                CLOBBER & 0xffff_0000_0000_0000,
                "{r:?}"
            );
        }
        assert_eq!(m.xmm(3) >> 64, (CLOBBER ^ (0x1f1f * 4)) as u128);
        assert_eq!(
            (m.reg(Reg::Rsp), m.reg(Reg::Rbp), m.reg(Reg::R14)),
            (rsp, rbp, g)
        );
        assert_eq!(m.xmm(15), 0);
        assert_eq!((m.rflags() ^ flags) & STATUS_FLAGS, STATUS_FLAGS);
        // The spill area (a at +0, b at +8) is the callee's to overwrite;
        // nothing above it is.
        let after = m.read_bytes(rsp, 64).unwrap();
        assert_eq!(&after[..16], &[SCRIBBLE; 16]);
        assert_eq!(&after[16..], &[0xca; 48]);
    }

    /// An ABIInternal extern entered without g in R14 reports the broken
    /// promise.
    #[test]
    fn an_internal_extern_checks_its_entry_promises() {
        let decl = declared("extern internal func x()\n");
        let (mut m, stub) = machine_with(&decl);
        m.set_reg(Reg::R14, 5);
        m.set_xmm(15, 0);
        match m.call(stub, 1000) {
            Outcome::Aborted { reason } => {
                assert!(
                    reason.contains(ENTRY_PROMISE) && reason.contains("R14 = 0x5"),
                    "{reason}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    /// An ABI0 extern reads its arguments from the stack, writes only its
    /// result slot's own bytes, scribbles on its argument slots, and
    /// leaves garbage in R14 and X15.
    #[test]
    fn an_abi0_extern_writes_its_slots_and_leaves_r14_and_x15_garbage() {
        let decl = declared("extern abi0 func y(a int16, b int64) int16\n");
        let (mut m, stub) = machine_with(&decl);
        m.set_reg(Reg::R14, m.g_addr());
        let sp = m.reg(Reg::Rsp) - 64;
        m.set_reg(Reg::Rsp, sp);
        // a at +0, b at +8, the result at +16 (2 bytes), canaries after.
        let mut area = vec![0xcau8; 32];
        area[..2].copy_from_slice(&(-3i16).to_le_bytes());
        area[8..16].copy_from_slice(&9u64.to_le_bytes());
        m.write_bytes(sp, &area).unwrap();
        assert_eq!(m.call(stub, 1000), Outcome::Returned);
        let want = extern_results(
            "y",
            &[
                ExternArg::Bits {
                    ty: Ty::I16,
                    bits: 0xfffd,
                },
                ExternArg::Bits {
                    ty: Ty::I64,
                    bits: 9,
                },
            ],
            &[Ty::I16],
        );
        let after = m.read_bytes(sp, 32).unwrap();
        // Its arguments' bytes, not the padding between them.
        assert_eq!(&after[..2], &[SCRIBBLE; 2]);
        assert_eq!(&after[2..8], &[0xca; 6]);
        assert_eq!(&after[8..16], &[SCRIBBLE; 8]);
        let ExternResult::Bits(r) = want[0] else {
            panic!()
        };
        assert_eq!(u16::from_le_bytes([after[16], after[17]]) as u64, r);
        assert_eq!(&after[18..], &[0xca; 14]);
        assert_ne!(m.reg(Reg::R14), m.g_addr());
        assert_ne!(m.xmm(15), 0);
    }

    /// The results depend on every argument leaf (a pointer only as nil or
    /// not), NaNs alike, and stay within their widths.
    #[test]
    fn results_follow_the_arguments() {
        let r = |args: &[ExternArg]| extern_results("e", args, &[Ty::I8, Ty::I64, Ty::F32]);
        let a = [
            ExternArg::Bits {
                ty: Ty::I32,
                bits: 7,
            },
            ExternArg::Ptr { nil: false },
            ExternArg::Bits {
                ty: Ty::F64,
                bits: f64::NAN.to_bits(),
            },
        ];
        let base = r(&a);
        assert!(matches!(base[0], ExternResult::Bits(b) if b <= 0xff));
        let mut b = a;
        b[0] = ExternArg::Bits {
            ty: Ty::I32,
            bits: 8,
        };
        assert_ne!(r(&b), base);
        let mut b = a;
        b[1] = ExternArg::Ptr { nil: true };
        assert_ne!(r(&b), base);
        let mut b = a;
        b[2] = ExternArg::Bits {
            ty: Ty::F64,
            bits: 0x7ff8_dead_0000_0001,
        };
        assert_eq!(r(&b), base);
        assert_ne!(extern_results("f", &a, &[Ty::I8, Ty::I64, Ty::F32]), base);
        // Pointer results are nil or a pointer argument.
        for n in 0..50u64 {
            let args = [
                ExternArg::Bits {
                    ty: Ty::I64,
                    bits: n,
                },
                ExternArg::Ptr { nil: false },
            ];
            match extern_results("e", &args, &[Ty::Ptr])[0] {
                ExternResult::Nil | ExternResult::Arg(1) => {}
                other => panic!("{other:?}"),
            }
        }
    }
}
