//! Register and memory access, shared by the [`Machine`](super::Machine)
//! and by the [`MachineView`] that extern handlers receive.
//!
//! Both implement the [`Cpu`] trait; its methods are written once against a
//! small object-safe engine interface, so a handler sees exactly the
//! accessors a test driver sees. Register accesses cannot fail for the
//! registers named here (unicorn only rejects unknown register ids), so they
//! return plain values; memory accesses return [`MemError`] on unmapped
//! ranges and never panic.

use std::fmt;
use std::ops::Range;

use unicorn_engine::{uc_error, RegisterX86, Unicorn};

/// An x86-64 register addressable as one 64-bit value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reg {
    Rax,
    Rbx,
    Rcx,
    Rdx,
    Rsi,
    Rdi,
    Rbp,
    Rsp,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    Rip,
    Rflags,
    /// The FS segment base (TLS): `FS:[-8]` holds the address of `g`.
    FsBase,
}

impl Reg {
    /// The sixteen general-purpose registers, in encoding order.
    pub const GPRS: [Reg; 16] = [
        Reg::Rax,
        Reg::Rcx,
        Reg::Rdx,
        Reg::Rbx,
        Reg::Rsp,
        Reg::Rbp,
        Reg::Rsi,
        Reg::Rdi,
        Reg::R8,
        Reg::R9,
        Reg::R10,
        Reg::R11,
        Reg::R12,
        Reg::R13,
        Reg::R14,
        Reg::R15,
    ];

    fn unicorn(self) -> RegisterX86 {
        match self {
            Reg::Rax => RegisterX86::RAX,
            Reg::Rbx => RegisterX86::RBX,
            Reg::Rcx => RegisterX86::RCX,
            Reg::Rdx => RegisterX86::RDX,
            Reg::Rsi => RegisterX86::RSI,
            Reg::Rdi => RegisterX86::RDI,
            Reg::Rbp => RegisterX86::RBP,
            Reg::Rsp => RegisterX86::RSP,
            Reg::R8 => RegisterX86::R8,
            Reg::R9 => RegisterX86::R9,
            Reg::R10 => RegisterX86::R10,
            Reg::R11 => RegisterX86::R11,
            Reg::R12 => RegisterX86::R12,
            Reg::R13 => RegisterX86::R13,
            Reg::R14 => RegisterX86::R14,
            Reg::R15 => RegisterX86::R15,
            Reg::Rip => RegisterX86::RIP,
            Reg::Rflags => RegisterX86::RFLAGS,
            Reg::FsBase => RegisterX86::FS_BASE,
        }
    }
}

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = format!("{self:?}").to_lowercase();
        f.write_str(&s)
    }
}

const XMM: [RegisterX86; 16] = [
    RegisterX86::XMM0,
    RegisterX86::XMM1,
    RegisterX86::XMM2,
    RegisterX86::XMM3,
    RegisterX86::XMM4,
    RegisterX86::XMM5,
    RegisterX86::XMM6,
    RegisterX86::XMM7,
    RegisterX86::XMM8,
    RegisterX86::XMM9,
    RegisterX86::XMM10,
    RegisterX86::XMM11,
    RegisterX86::XMM12,
    RegisterX86::XMM13,
    RegisterX86::XMM14,
    RegisterX86::XMM15,
];

/// RFLAGS direction flag (bit 10).
pub const RFLAGS_DF: u64 = 1 << 10;

/// Go's required MXCSR: round to nearest, all exceptions masked, no FZ/DAZ.
pub const MXCSR_DEFAULT: u32 = 0x1f80;

/// Offsets of the `g` fields janus uses.
pub const G_STACK_LO: u64 = 0;
pub const G_STACK_HI: u64 = 8;
pub const G_STACKGUARD0: u64 = 16;

/// Direction of a failed memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemOp {
    Read,
    Write,
}

/// A host-side memory access that failed (unmapped range, or a range that
/// wraps around the address space).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemError {
    pub op: MemOp,
    pub address: u64,
    pub len: u64,
    pub reason: String,
}

impl fmt::Display for MemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = match self.op {
            MemOp::Read => "read",
            MemOp::Write => "write",
        };
        write!(
            f,
            "cannot {op} {} bytes at {:#x}: {}",
            self.len, self.address, self.reason
        )
    }
}

impl std::error::Error for MemError {}

/// A copy of a memory range, to find out later what changed in it
/// (canaries around frames, "nothing outside the callee's frame was
/// written").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub address: u64,
    pub bytes: Vec<u8>,
}

impl Snapshot {
    pub fn range(&self) -> Range<u64> {
        self.address..self.address.saturating_add(self.bytes.len() as u64)
    }

    /// The maximal runs of addresses whose byte differs between `self` and
    /// `later` (compared over the common prefix of the two ranges when both
    /// start at the same address; otherwise over the overlap).
    pub fn diff(&self, later: &Snapshot) -> Vec<Range<u64>> {
        let start = self.address.max(later.address);
        let end = self.range().end.min(later.range().end);
        let mut runs: Vec<Range<u64>> = Vec::new();
        let mut addr = start;
        while addr < end {
            let a = self.bytes[(addr - self.address) as usize];
            let b = later.bytes[(addr - later.address) as usize];
            if a != b {
                match runs.last_mut() {
                    Some(r) if r.end == addr => r.end = addr + 1,
                    _ => runs.push(addr..addr + 1),
                }
            }
            addr += 1;
        }
        runs
    }
}

pub(crate) mod sealed {
    use super::*;
    use unicorn_engine::unicorn_const::Prot;

    /// The engine operations the accessors are built on. Implemented for
    /// every unicorn instance, so a handler's view (which borrows the engine
    /// with a hook-local lifetime) and the machine share one implementation.
    pub trait Engine {
        fn read_reg(&self, reg: RegisterX86) -> Result<u64, uc_error>;
        fn write_reg(&mut self, reg: RegisterX86, value: u64) -> Result<(), uc_error>;
        fn read_reg_long(&self, reg: RegisterX86) -> Result<Box<[u8]>, uc_error>;
        fn write_reg_long(&mut self, reg: RegisterX86, value: &[u8]) -> Result<(), uc_error>;
        fn read_mem(&self, address: u64, buf: &mut [u8]) -> Result<(), uc_error>;
        fn write_mem(&mut self, address: u64, bytes: &[u8]) -> Result<(), uc_error>;
        fn map_rw(&mut self, address: u64, size: u64) -> Result<(), uc_error>;
        fn unmap(&mut self, address: u64, size: u64) -> Result<(), uc_error>;
    }

    impl<D> Engine for Unicorn<'_, D> {
        fn read_reg(&self, reg: RegisterX86) -> Result<u64, uc_error> {
            self.reg_read(reg)
        }
        fn write_reg(&mut self, reg: RegisterX86, value: u64) -> Result<(), uc_error> {
            self.reg_write(reg, value)
        }
        fn read_reg_long(&self, reg: RegisterX86) -> Result<Box<[u8]>, uc_error> {
            self.reg_read_long(reg)
        }
        fn write_reg_long(&mut self, reg: RegisterX86, value: &[u8]) -> Result<(), uc_error> {
            self.reg_write_long(reg, value)
        }
        fn read_mem(&self, address: u64, buf: &mut [u8]) -> Result<(), uc_error> {
            self.mem_read(address, buf)
        }
        fn write_mem(&mut self, address: u64, bytes: &[u8]) -> Result<(), uc_error> {
            self.mem_write(address, bytes)
        }
        fn map_rw(&mut self, address: u64, size: u64) -> Result<(), uc_error> {
            self.mem_map(address, size, Prot::READ | Prot::WRITE)
        }
        fn unmap(&mut self, address: u64, size: u64) -> Result<(), uc_error> {
            self.mem_unmap(address, size)
        }
    }

    /// Gives the [`Cpu`] accessors their engine; sealed so that only the
    /// machine and its views implement `Cpu`.
    pub trait Backend {
        fn engine(&self) -> &dyn Engine;
        fn engine_mut(&mut self) -> &mut dyn Engine;
        fn g_address(&self) -> u64;
    }
}

use sealed::{Backend, Engine};

fn check_range(op: MemOp, address: u64, len: usize) -> Result<(), MemError> {
    if len > 0 && address.checked_add(len as u64 - 1).is_none() {
        return Err(MemError {
            op,
            address,
            len: len as u64,
            reason: "the range wraps around the address space".into(),
        });
    }
    Ok(())
}

fn mem_error(op: MemOp, address: u64, len: usize, e: uc_error) -> MemError {
    MemError {
        op,
        address,
        len: len as u64,
        reason: format!("{e} ({e:?})"),
    }
}

/// Registers and memory of the emulated CPU. Implemented by
/// [`Machine`](super::Machine) and by [`MachineView`].
pub trait Cpu: Backend {
    /// A 64-bit register.
    fn reg(&self, reg: Reg) -> u64 {
        // Cannot fail: every `Reg` maps to a register unicorn knows in 64-bit mode.
        self.engine().read_reg(reg.unicorn()).unwrap_or(0)
    }

    fn set_reg(&mut self, reg: Reg, value: u64) {
        // Cannot fail, as above.
        let _ = self.engine_mut().write_reg(reg.unicorn(), value);
    }

    /// XMM register `n` (0..16) as a little-endian 128-bit value.
    ///
    /// Panics if `n >= 16`.
    fn xmm(&self, n: usize) -> u128 {
        let bytes = self.engine().read_reg_long(XMM[n]).unwrap_or_default();
        let mut buf = [0u8; 16];
        let len = bytes.len().min(16);
        buf[..len].copy_from_slice(&bytes[..len]);
        u128::from_le_bytes(buf)
    }

    /// Panics if `n >= 16`.
    fn set_xmm(&mut self, n: usize, value: u128) {
        let _ = self
            .engine_mut()
            .write_reg_long(XMM[n], &value.to_le_bytes());
    }

    fn rflags(&self) -> u64 {
        self.reg(Reg::Rflags)
    }

    fn set_rflags(&mut self, value: u64) {
        self.set_reg(Reg::Rflags, value)
    }

    /// The direction flag.
    fn df(&self) -> bool {
        self.rflags() & RFLAGS_DF != 0
    }

    fn set_df(&mut self, on: bool) {
        let f = self.rflags();
        self.set_rflags(if on { f | RFLAGS_DF } else { f & !RFLAGS_DF });
    }

    fn mxcsr(&self) -> u32 {
        self.engine().read_reg(RegisterX86::MXCSR).unwrap_or(0) as u32
    }

    fn set_mxcsr(&mut self, value: u32) {
        let _ = self
            .engine_mut()
            .write_reg(RegisterX86::MXCSR, u64::from(value));
    }

    /// Fill `buf` from memory at `address`.
    fn read_into(&self, address: u64, buf: &mut [u8]) -> Result<(), MemError> {
        check_range(MemOp::Read, address, buf.len())?;
        if buf.is_empty() {
            return Ok(());
        }
        self.engine()
            .read_mem(address, buf)
            .map_err(|e| mem_error(MemOp::Read, address, buf.len(), e))
    }

    fn read_bytes(&self, address: u64, len: usize) -> Result<Vec<u8>, MemError> {
        check_range(MemOp::Read, address, len)?;
        let mut buf = Vec::new();
        buf.try_reserve_exact(len).map_err(|_| MemError {
            op: MemOp::Read,
            address,
            len: len as u64,
            reason: "too large to copy".into(),
        })?;
        buf.resize(len, 0);
        self.read_into(address, &mut buf)?;
        Ok(buf)
    }

    /// Write bytes, also into read-only (code) regions: this is the host
    /// writing, not the emulated program.
    fn write_bytes(&mut self, address: u64, bytes: &[u8]) -> Result<(), MemError> {
        check_range(MemOp::Write, address, bytes.len())?;
        if bytes.is_empty() {
            return Ok(());
        }
        self.engine_mut()
            .write_mem(address, bytes)
            .map_err(|e| mem_error(MemOp::Write, address, bytes.len(), e))
    }

    fn read_u64(&self, address: u64) -> Result<u64, MemError> {
        let mut buf = [0u8; 8];
        self.read_into(address, &mut buf)?;
        Ok(u64::from_le_bytes(buf))
    }

    fn write_u64(&mut self, address: u64, value: u64) -> Result<(), MemError> {
        self.write_bytes(address, &value.to_le_bytes())
    }

    fn read_u32(&self, address: u64) -> Result<u32, MemError> {
        let mut buf = [0u8; 4];
        self.read_into(address, &mut buf)?;
        Ok(u32::from_le_bytes(buf))
    }

    fn write_u32(&mut self, address: u64, value: u32) -> Result<(), MemError> {
        self.write_bytes(address, &value.to_le_bytes())
    }

    /// The address of the goroutine structure `g`.
    fn g_addr(&self) -> u64 {
        self.g_address()
    }

    /// The u64 field of `g` at `offset` (see [`G_STACK_LO`] and friends).
    fn g_field(&self, offset: u64) -> Result<u64, MemError> {
        self.read_u64(self.g_address().wrapping_add(offset))
    }

    fn set_g_field(&mut self, offset: u64, value: u64) -> Result<(), MemError> {
        let at = self.g_address().wrapping_add(offset);
        self.write_u64(at, value)
    }

    /// The word at RSP: the return address on entry to a function.
    fn return_address(&self) -> Result<u64, MemError> {
        self.read_u64(self.reg(Reg::Rsp))
    }

    /// Copy `len` bytes at `address`, to compare later.
    fn snapshot(&self, address: u64, len: usize) -> Result<Snapshot, MemError> {
        Ok(Snapshot {
            address,
            bytes: self.read_bytes(address, len)?,
        })
    }

    /// The runs of bytes that changed since `before` was taken.
    fn changed_since(&self, before: &Snapshot) -> Result<Vec<Range<u64>>, MemError> {
        let now = self.snapshot(before.address, before.bytes.len())?;
        Ok(before.diff(&now))
    }

    /// Maps `size` bytes (page multiples) read-write at `address`: the
    /// emulated runtime's new stacks and heap spaces. Regions mapped this
    /// way are the runtime's to manage.
    fn map_rw(&mut self, address: u64, size: u64) -> Result<(), MemError> {
        self.engine_mut()
            .map_rw(address, size)
            .map_err(|e| mem_error(MemOp::Write, address, size as usize, e))
    }

    /// Unmaps a range (so that any later access to it faults).
    fn unmap(&mut self, address: u64, size: u64) -> Result<(), MemError> {
        self.engine_mut()
            .unmap(address, size)
            .map_err(|e| mem_error(MemOp::Write, address, size as usize, e))
    }
}

impl<T: Backend + ?Sized> Cpu for T {}

/// What an extern handler sees: the registers and memory of the machine,
/// stopped at the first instruction of the extern's stub. RIP is the stub
/// address and `[RSP]` the return address; when the handler returns
/// [`HookAction::Return`](super::HookAction::Return) the stub executes a
/// `ret`, so a handler steers where execution continues by changing RSP
/// and the word at RSP, never RIP.
pub struct MachineView<'a> {
    engine: &'a mut dyn Engine,
    g_addr: u64,
}

impl<'a> MachineView<'a> {
    pub(crate) fn new(engine: &'a mut dyn Engine, g_addr: u64) -> MachineView<'a> {
        MachineView { engine, g_addr }
    }
}

impl Backend for MachineView<'_> {
    fn engine(&self) -> &dyn Engine {
        &*self.engine
    }
    fn engine_mut(&mut self) -> &mut dyn Engine {
        &mut *self.engine
    }
    fn g_address(&self) -> u64 {
        self.g_addr
    }
}
