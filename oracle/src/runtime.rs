//! The emulated Go runtime: it unwinds the emulated stack through the
//! stack maps of `.janus.meta`, and implements `runtime.morestack_noctxt`
//! by really moving the stack — a new stack elsewhere, the old one copied,
//! every pointer into the old stack that a stack map names adjusted, the
//! saved RBP chain fixed, g's bounds updated, and the old stack unmapped —
//! so that a wrong stack map turns into a wrong result or a fault.
//!
//! Unwinding starts at a runtime call (`[RSP]` is the return address into
//! compiled code) and follows return addresses: each one names an entry
//! and a safepoint in it. At a `call` safepoint the frame is set up, RBP is
//! its frame pointer and the caller's RBP is saved at `[RBP]`; at the
//! `morestack` safepoint the entry has no frame yet. The walk is checked
//! against the RBP chain (the return address of a set-up frame must sit at
//! `RBP - frame - 8`) and ends at the oracle's return trap.
//!
//! Every word a stack map calls a pointer must hold nil, a pointer into an
//! input object, or a pointer into the current stack: anything else is a
//! finding, reported with the function, the safepoint and the slot.

use crate::machine::{
    Cpu, LoadedImage, MachineError, Reg, G_STACKGUARD0, G_STACK_HI, G_STACK_LO, RETURN_TRAP,
};
use janus_backend::compile::{Safepoint, SafepointKind};
use janus_backend::object::read_meta;
use std::collections::HashMap;
use std::fmt;

/// The runtime function the prologue's cold path calls.
pub const MORESTACK: &str = "runtime.morestack_noctxt";
/// Go's `_StackGuard` on linux/amd64: stackguard0 sits this far above the
/// stack's low end.
pub const STACK_GUARD: u64 = 928;
/// A stackguard0 no RSP is above: every check fails (Go's
/// `stackForceMove`, as `gcTestMoveStackOnNextCall` sets it).
pub const STACK_FORCE_MOVE: u64 = u64::MAX - 0x521;
/// Where the runtime puts the stacks it makes (far from everything the
/// machine maps).
const STACK_ARENA: u64 = 0x6000_0000_0000;
/// Stacks never grow beyond this.
pub const MAX_STACK: u64 = 64 << 20;

/// When the stack moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackMode {
    /// Only when it runs out: it doubles.
    Grow,
    /// At every function entry (stackguard0 is re-armed so that every
    /// prologue check fails once); the stack keeps its size.
    MoveEveryEntry,
}

/// One entry of the loaded code, with its safepoints by return offset.
#[derive(Clone, Debug)]
pub struct EntryInfo {
    pub symbol: String,
    pub start: u64,
    pub end: u64,
    pub frame: u32,
    pub body: Option<u64>,
    pub safepoints: HashMap<u32, Safepoint>,
}

/// Every entry of the image, by address.
#[derive(Clone, Debug, Default)]
pub struct FuncTable {
    entries: Vec<EntryInfo>,
}

impl FuncTable {
    /// Reads `.janus.meta` of a loaded image.
    pub fn new(image: &LoadedImage) -> Result<FuncTable, String> {
        let bytes = image
            .section_bytes(".janus.meta")
            .ok_or("the object has no .janus.meta section")?;
        let text =
            std::str::from_utf8(bytes).map_err(|e| format!(".janus.meta is not UTF-8: {e}"))?;
        let meta = read_meta(text).map_err(|e| format!(".janus.meta: {e}"))?;
        let mut entries = Vec::new();
        for (_, e) in meta.entries() {
            let sym = image.symbol(&e.symbol).ok_or_else(|| {
                format!(
                    ".janus.meta names {}, which the object does not define",
                    e.symbol
                )
            })?;
            entries.push(EntryInfo {
                symbol: e.symbol.clone(),
                start: sym.address,
                end: sym.address + e.size,
                frame: e.frame,
                body: e.body,
                safepoints: e.safepoints.iter().map(|s| (s.ret, s.clone())).collect(),
            });
        }
        entries.sort_by_key(|e| e.start);
        Ok(FuncTable { entries })
    }

    pub fn entries(&self) -> &[EntryInfo] {
        &self.entries
    }

    /// The entry containing `pc`.
    pub fn find(&self, pc: u64) -> Option<&EntryInfo> {
        let i = self.entries.partition_point(|e| e.start <= pc);
        self.entries[..i].last().filter(|e| pc < e.end)
    }
}

/// One frame of the emulated stack, as the unwinder found it.
#[derive(Clone, Debug)]
pub struct FrameInfo {
    pub symbol: String,
    /// The return address into this entry (where its call will return).
    pub ret: u64,
    pub safepoint: Safepoint,
    /// The frame pointer (None at a morestack safepoint: no frame yet).
    pub rbp: Option<u64>,
    /// The start of the entry's incoming argument area.
    pub args: u64,
}

impl FrameInfo {
    /// Every word the stack map calls a live pointer, with a name for reports.
    pub fn pointer_words(&self) -> Vec<(u64, String)> {
        let mut out = Vec::new();
        if let Some(rbp) = self.rbp {
            for &off in &self.safepoint.frame {
                out.push((
                    rbp.wrapping_add(off as i64 as u64),
                    format!("frame word RBP{off:+}"),
                ));
            }
        }
        for &off in &self.safepoint.args {
            out.push((self.args + off as u64, format!("argument word +{off}")));
        }
        out
    }
}

/// Something the runtime found wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding(pub String);

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn read(cpu: &dyn CpuDyn, addr: u64) -> Result<u64, String> {
    cpu.read(addr).map_err(|e| format!("unwinding: {e}"))
}

/// Object-safe access to what the runtime needs of a CPU.
pub trait CpuDyn {
    fn read(&self, addr: u64) -> Result<u64, String>;
}

impl<T: Cpu> CpuDyn for T {
    fn read(&self, addr: u64) -> Result<u64, String> {
        self.read_u64(addr).map_err(|e| e.to_string())
    }
}

/// Walks the stack from a runtime call: `[ret_slot]` is the return address
/// into the code that called the runtime, `rbp` the current RBP.
pub fn unwind(
    cpu: &dyn CpuDyn,
    table: &FuncTable,
    ret_slot: u64,
    rbp: u64,
) -> Result<Vec<FrameInfo>, String> {
    let mut frames = Vec::new();
    let (mut slot, mut rbp) = (ret_slot, rbp);
    for _ in 0..1_000_000 {
        let ret = read(cpu, slot)?;
        if ret == RETURN_TRAP {
            return Ok(frames);
        }
        let e = table
            .find(ret)
            .ok_or_else(|| format!("return address {ret:#x} (at {slot:#x}) is in no entry"))?;
        let off = (ret - e.start) as u32;
        let sp = e
            .safepoints
            .get(&off)
            .ok_or_else(|| format!("{}+{off:#x}: a return address with no safepoint", e.symbol))?;
        match sp.kind {
            SafepointKind::Morestack => {
                frames.push(FrameInfo {
                    symbol: e.symbol.clone(),
                    ret,
                    safepoint: sp.clone(),
                    rbp: None,
                    args: slot + 16,
                });
                slot += 8;
            }
            SafepointKind::Call | SafepointKind::NoReturn => {
                // The RBP chain and the frame size must tell the same story.
                let expect = rbp.wrapping_sub(e.frame as u64 + 8);
                if expect != slot {
                    return Err(format!(
                        "{}+{off:#x}: the return address is at {slot:#x}, but RBP {rbp:#x} and frame size {} put it at {expect:#x}",
                        e.symbol, e.frame
                    ));
                }
                frames.push(FrameInfo {
                    symbol: e.symbol.clone(),
                    ret,
                    safepoint: sp.clone(),
                    rbp: Some(rbp),
                    args: rbp + 16,
                });
                slot = rbp + 8;
                rbp = read(cpu, rbp)?;
            }
        }
    }
    Err("the stack does not end at the return trap".into())
}

/// The runtime's state during one run.
#[derive(Debug)]
pub struct Runtime {
    pub table: FuncTable,
    pub mode: StackMode,
    /// The current stack.
    pub stack_lo: u64,
    pub stack_hi: u64,
    /// How far the stack's top has moved since the run started.
    pub displacement: i64,
    pub moves: u32,
    /// Where the input objects are (for pointer checks).
    pub heap: Vec<(u64, u64)>,
    pub findings: Vec<Finding>,
    next_stack: u64,
}

impl Runtime {
    pub fn new(table: FuncTable, mode: StackMode, stack_lo: u64, stack_hi: u64) -> Runtime {
        Runtime {
            table,
            mode,
            stack_lo,
            stack_hi,
            displacement: 0,
            moves: 0,
            heap: Vec::new(),
            findings: Vec::new(),
            next_stack: STACK_ARENA,
        }
    }

    fn valid_pointer(&self, v: u64) -> bool {
        v == 0
            || (self.stack_lo..=self.stack_hi).contains(&v)
            || self.heap.iter().any(|(a, n)| (*a..=a + n).contains(&v))
    }

    /// Checks every live pointer word of every frame.
    pub fn check_frames(&mut self, cpu: &dyn CpuDyn, frames: &[FrameInfo]) -> Result<(), Finding> {
        for f in frames {
            for (addr, what) in f.pointer_words() {
                let v = read(cpu, addr).map_err(Finding)?;
                if !self.valid_pointer(v) {
                    return Err(Finding(format!(
                        "stack map of {} at safepoint {}+{:#x} ({}): {what} at {addr:#x} holds {v:#x}, which is neither nil nor a pointer into the heap or the stack",
                        f.symbol,
                        f.symbol,
                        f.safepoint.ret,
                        f.safepoint.kind.token()
                    )));
                }
            }
        }
        Ok(())
    }

    /// `runtime.morestack_noctxt`: moves the stack (to a bigger one when it
    /// ran out), then lets the cold path return on the new stack.
    pub fn morestack<C: Cpu>(&mut self, cpu: &mut C) -> Result<(), Finding> {
        let rsp = cpu.reg(Reg::Rsp);
        let rbp = cpu.reg(Reg::Rbp);
        let frames = unwind(cpu, &self.table, rsp, rbp).map_err(Finding)?;
        if frames.first().map(|f| f.safepoint.kind) != Some(SafepointKind::Morestack) {
            return Err(Finding(
                "morestack called from outside a prologue's cold path".into(),
            ));
        }
        self.check_frames(cpu, &frames)?;
        let guard = cpu
            .g_field(G_STACKGUARD0)
            .map_err(|e| Finding(e.to_string()))?;
        let old_size = self.stack_hi - self.stack_lo;
        let size = if guard == STACK_FORCE_MOVE {
            old_size
        } else {
            old_size * 2
        };
        if size > MAX_STACK {
            return Err(Finding(format!(
                "stack overflow: the stack would grow beyond {MAX_STACK} bytes"
            )));
        }
        let new_lo = self.next_stack;
        let new_hi = new_lo + size;
        // Leave an unmapped gap between stacks, so overflow faults.
        self.next_stack = new_hi + (1 << 20);
        cpu.map_rw(new_lo, size)
            .map_err(|e| Finding(e.to_string()))?;
        let used = self.stack_hi - rsp;
        let bytes = cpu
            .read_bytes(rsp, used as usize)
            .map_err(|e| Finding(e.to_string()))?;
        let delta = new_hi.wrapping_sub(self.stack_hi);
        cpu.write_bytes(rsp.wrapping_add(delta), &bytes)
            .map_err(|e| Finding(e.to_string()))?;
        let old = self.stack_lo..self.stack_hi;
        let moved = |v: u64| {
            if old.contains(&v) {
                v.wrapping_add(delta)
            } else {
                v
            }
        };
        // Pointers into the old stack: the words the maps name, and the
        // saved RBPs of set-up frames.
        let mut words: Vec<u64> = frames
            .iter()
            .flat_map(|f| f.pointer_words().into_iter().map(|(a, _)| a))
            .collect();
        words.extend(frames.iter().filter_map(|f| f.rbp));
        words.sort_unstable();
        words.dedup();
        for a in words {
            let na = a.wrapping_add(delta);
            let v = cpu.read_u64(na).map_err(|e| Finding(e.to_string()))?;
            cpu.write_u64(na, moved(v))
                .map_err(|e| Finding(e.to_string()))?;
        }
        cpu.set_reg(Reg::Rsp, rsp.wrapping_add(delta));
        cpu.set_reg(Reg::Rbp, moved(rbp));
        cpu.unmap(self.stack_lo, old_size)
            .map_err(|e| Finding(e.to_string()))?;
        let set = |cpu: &mut C, off: u64, v: u64| {
            cpu.set_g_field(off, v).map_err(|e| Finding(e.to_string()))
        };
        set(cpu, G_STACK_LO, new_lo)?;
        set(cpu, G_STACK_HI, new_hi)?;
        set(cpu, G_STACKGUARD0, new_lo + STACK_GUARD)?;
        self.stack_lo = new_lo;
        self.stack_hi = new_hi;
        self.displacement = self.displacement.wrapping_add(delta as i64);
        self.moves += 1;
        Ok(())
    }
}

/// Error conversion for handlers.
pub fn abort(f: Finding) -> MachineError {
    MachineError::Extern(f.0)
}
