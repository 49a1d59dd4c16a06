//! The oracle's machine layer: an x86-64 CPU (unicorn) with a relocated
//! object loaded into it, on which code runs from any symbol with full
//! control and a structured [`Outcome`].
//!
//! The layer is ABI-neutral: it sets registers and memory and runs. Placing
//! Go arguments, reading results and checking ABI promises is the job of
//! the layers above, which use [`Cpu`] to read and write state and
//! [`Machine::call`] to run.
//!
//! # Memory map
//!
//! | range (default)                          | perms | what |
//! |------------------------------------------|-------|------|
//! | `0x0` – `0x10_0000`                      | none  | unmapped: null pointers fault |
//! | `0x10_0000` – `0x11_0000`                | r-x   | stubs region: slot 0 (`0x10_0000`) is the **return trap** (`hlt`); slot *n* (`0x10_0000 + 16·n`) is the stub of the *n*-th extern (`ret`); every other byte is `int3` |
//! | `0x20_0000` – `0x20_1000`                | rw-   | TLS page: FS base is `0x20_0800`, and `FS:[-8]` (`0x20_07f8`) holds the address of `g` |
//! | `0x21_0000` – `0x21_1000`                | rw-   | `g`: `stack.lo` at 0, `stack.hi` at 8, `stackguard0` at 16 |
//! | `code_base` (`0x40_0000`) – …            | per group | the image: executable sections (r-x), then read-only data (r--), then writable data and `.bss` (rw-), each group page-aligned (see [`loader`]) |
//! | link addresses (Go's: `0x1000_0000` – …) | per segment | executables mapped whole, as linked (see [`Machine::map_executable`]): a Go program built with `-ldflags=-T=0x10001000` beside janus's image; its text is code, its writable segment is put back by [`Machine::restore`] |
//! | `0xc0_0000_0000` – …                     | as asked | regions from [`Machine::map_region`] (heap, extra stacks), each followed by an unmapped page |
//! | `0x7ff0_0000_0000 − stack − guard` – `… − stack` | none | stack guard pages: unmapped, so an overflow faults |
//! | `0x7ff0_0000_0000 − stack` – `0x7ff0_0000_0000` | rw- | the stack (64 KiB by default); RSP starts at the top |
//!
//! Only the image's executable sections, a mapped executable's text,
//! registered extern stubs and the return trap are *code*: data is mapped non-executable and the code hook
//! checks every instruction address against the exact code ranges, so
//! control reaching anywhere else (padding after `.text`, an unregistered
//! stub slot, data, the stack) is [`Outcome::JumpOutsideCode`].
//!
//! # How outcomes are detected
//!
//! A machine runs in one of two modes ([`MachineConfig::every_instruction`]).
//! The *precise* mode (the default) is described first; the *fast* mode
//! reaches the same outcome kinds with far less instrumentation, so that
//! unicorn's translated code stays lean — campaigns use it, and replay a
//! run that did not return in the precise mode to describe it exactly.
//!
//! * Precise: one code hook over the whole address space runs before every
//!   instruction: it stops at the return trap ([`Outcome::Returned`]),
//!   checks the address is code, counts the instruction against the budget
//!   (stopping with [`Outcome::BudgetExhausted`] before instruction
//!   `budget + 1`), remembers the instruction's address (the `pc` of any
//!   later fault), and runs extern handlers when the address is a stub.
//! * Fast: a block hook runs before every translated block instead: it
//!   checks the block's address is code (every jump lands on a block
//!   start, so a jump outside the code is caught, without its `from_pc`)
//!   and counts *blocks* against the budget. Code hooks cover only the
//!   stubs region (return trap, externs) and each watched address.
//! * A memory hook on invalid accesses turns unmapped or protected reads
//!   and writes into [`Outcome::Fault`] with the data address, and failed
//!   fetches into [`Outcome::JumpOutsideCode`].
//! * An interrupt hook turns CPU exceptions (`#DE`, `#GP`, …) into faults
//!   and `int3` into a [`Outcome::Trap`]; `syscall`/`sysenter` are hooked
//!   as traps too. `ud2` and undefined opcodes end the emulation with
//!   unicorn's invalid-instruction error and are told apart by their bytes.
//! * Every hook body runs under `catch_unwind`: a panic (e.g. in a
//!   handler) becomes [`Outcome::Aborted`] rather than unwinding into C.

mod codebuf;
pub use codebuf::CODE_BUFFER_SIZE;
pub mod cpu;
mod exe;
pub use exe::ExeSegment;
pub mod loader;
pub mod outcome;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};

use unicorn_engine::unicorn_const::{Arch, HookType, MemType, Mode, Prot};
use unicorn_engine::{uc_error, RegisterX86, Unicorn, X86Insn};

pub use cpu::{
    Cpu, MachineView, MemError, MemOp, Reg, Snapshot, G_STACKGUARD0, G_STACK_HI, G_STACK_LO,
    MXCSR_DEFAULT, RFLAGS_DF,
};
pub use loader::{
    Binding, LoadError, LoadedImage, Location, Perms, Section, Symbol, SymbolKind, PAGE_SIZE,
};
pub use outcome::{FaultKind, HookAction, Outcome, TrapKind};

use loader::align_up;

/// The stubs region: the return trap and the extern stubs.
pub const STUBS_BASE: u64 = 0x10_0000;
pub const STUBS_SIZE: u64 = 0x1_0000;
/// Bytes per stub slot.
pub const STUB_SIZE: u64 = 16;
/// Where every [`Machine::call`] returns to.
pub const RETURN_TRAP: u64 = STUBS_BASE;
/// The TLS page and the FS base inside it (so that `FS:[-8]` is mapped).
pub const TLS_BASE: u64 = 0x20_0000;
pub const FS_BASE: u64 = TLS_BASE + 0x800;
/// The page holding `g`.
pub const G_BASE: u64 = 0x21_0000;
pub const DEFAULT_CODE_BASE: u64 = 0x40_0000;
/// Where [`Machine::map_region`] starts handing out addresses (Go's first
/// heap arena hint on amd64).
pub const REGIONS_BASE: u64 = 0xc0_0000_0000;
/// One past the highest stack byte.
pub const STACK_TOP: u64 = 0x7ff0_0000_0000;

const HLT: u8 = 0xf4;
const RET: u8 = 0xc3;
const INT3: u8 = 0xcc;

/// Sizes and addresses a machine is built with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MachineConfig {
    /// Where the image's first section group goes (page-aligned).
    pub code_base: u64,
    /// Mapped stack bytes (a multiple of the page size).
    pub stack_size: u64,
    /// Unmapped bytes below the stack (a multiple of the page size, at
    /// least one page).
    pub stack_guard_size: u64,
    /// `g.stackguard0 = g.stack.lo + stackguard0_gap` (Go 1.19's
    /// `_StackGuard` on linux/amd64 is 928).
    pub stackguard0_gap: u64,
    /// Precise mode: a hook before every instruction (exact instruction
    /// counts, budget and `from_pc`). Otherwise the fast mode: a hook per
    /// block, the budget counts blocks (see the module documentation).
    pub every_instruction: bool,
}

impl Default for MachineConfig {
    fn default() -> Self {
        MachineConfig {
            code_base: DEFAULT_CODE_BASE,
            stack_size: 64 * 1024,
            stack_guard_size: 4 * PAGE_SIZE,
            stackguard0_gap: 928,
            every_instruction: true,
        }
    }
}

/// A mapped range of the machine's memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub name: String,
    pub range: Range<u64>,
    pub perms: Perms,
}

/// Errors of the machine's host-side operations (building, mapping,
/// loading, registering externs). Emulation results are [`Outcome`]s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MachineError {
    /// A [`MachineConfig`] value that cannot work.
    Config(String),
    /// A range that could not be mapped.
    Map {
        name: String,
        range: Range<u64>,
        reason: String,
    },
    Load(LoadError),
    Mem(MemError),
    /// A bad extern registration (duplicate name, no free stub slot).
    Extern(String),
    /// Any other unicorn failure.
    Engine(String),
}

impl fmt::Display for MachineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MachineError::Config(s) => write!(f, "bad machine configuration: {s}"),
            MachineError::Map {
                name,
                range,
                reason,
            } => write!(
                f,
                "cannot map {name} at {:#x}..{:#x}: {reason}",
                range.start, range.end
            ),
            MachineError::Load(e) => write!(f, "{e}"),
            MachineError::Mem(e) => write!(f, "{e}"),
            MachineError::Extern(s) => write!(f, "{s}"),
            MachineError::Engine(s) => write!(f, "emulator: {s}"),
        }
    }
}

impl std::error::Error for MachineError {}

impl From<LoadError> for MachineError {
    fn from(e: LoadError) -> Self {
        MachineError::Load(e)
    }
}

impl From<MemError> for MachineError {
    fn from(e: MemError) -> Self {
        MachineError::Mem(e)
    }
}

fn engine_error(what: &str, e: uc_error) -> MachineError {
    MachineError::Engine(format!("{what}: {e} ({e:?})"))
}

/// Where a machine's emulation time went (see [`Machine::time_split`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EngineTime {
    /// In unicorn itself: translating code (nearly all of it, for code run
    /// once or a few times), running it, and the per-block budget hook.
    pub engine: Duration,
    /// In extern and watch handlers: the emulated runtime.
    pub handlers: Duration,
}

/// A Rust function standing in for an undefined symbol (a runtime routine).
pub type ExternHandler = Box<dyn FnMut(&mut MachineView<'_>) -> Result<HookAction, MachineError>>;

struct ExternStub {
    name: String,
    address: u64,
    /// Taken out while the handler runs (it needs the engine the stub
    /// table lives in).
    handler: Option<ExternHandler>,
    /// Bound for the loaded image only: dropped by [`Machine::unload`].
    transient: bool,
}

/// State the hooks share with the machine (unicorn's per-instance data).
struct Shared {
    g_addr: u64,
    stubs: Range<u64>,
    /// Sorted, disjoint code ranges.
    code: Vec<Range<u64>>,
    externs: Vec<ExternStub>,
    /// Code addresses with a watch handler (sorted); the handlers are in
    /// `externs` under the same address.
    watches: Vec<u64>,
    budget: u64,
    /// Instructions (precise mode) or blocks (fast mode) executed.
    executed: u64,
    every_instruction: bool,
    last_pc: Option<u64>,
    stop: Option<Outcome>,
    /// Time spent in extern and watch handlers (the emulated runtime),
    /// over the machine's life.
    handler_time: Duration,
}

impl Shared {
    fn is_code(&self, addr: u64) -> bool {
        let i = self.code.partition_point(|r| r.end <= addr);
        self.code.get(i).is_some_and(|r| r.contains(&addr))
    }

    fn add_code(&mut self, range: Range<u64>) {
        let i = self.code.partition_point(|r| r.start < range.start);
        self.code.insert(i, range);
    }

    /// Keep the first reason: later hooks may fire while stopping.
    fn record(&mut self, outcome: Outcome) {
        if self.stop.is_none() {
            self.stop = Some(outcome);
        }
    }
}

type Uc = Unicorn<'static, Shared>;

/// An x86-64 machine: memory map, registers, an optional loaded image,
/// extern handlers, and [`call`](Machine::call) to run code.
pub struct Machine {
    uc: Uc,
    config: MachineConfig,
    regions: Vec<Region>,
    stack_guard: Range<u64>,
    image: Option<LoadedImage>,
    next_region: u64,
    regions_made: usize,
    /// Ranges whose mappings [`restore`](Machine::restore) leaves alone.
    kept: Vec<Range<u64>>,
    /// The fast mode's hooks on watched addresses.
    watch_hooks: Vec<unicorn_engine::UcHookId>,
    /// Time spent in the emulator (handlers included), over the machine's
    /// life.
    engine_time: Duration,
    /// Executables mapped at their link addresses (see [`exe`]).
    executables: Vec<exe::MappedExecutable>,
}

impl cpu::sealed::Backend for Machine {
    fn engine(&self) -> &dyn cpu::sealed::Engine {
        &self.uc
    }
    fn engine_mut(&mut self) -> &mut dyn cpu::sealed::Engine {
        &mut self.uc
    }
    fn g_address(&self) -> u64 {
        G_BASE
    }
}

fn prot(p: Perms) -> Prot {
    let mut r = Prot::NONE;
    if p.read {
        r |= Prot::READ;
    }
    if p.write {
        r |= Prot::WRITE;
    }
    if p.exec {
        r |= Prot::EXEC;
    }
    r
}

impl Machine {
    /// A machine with the stubs region, TLS, `g` and the stack mapped, RSP at
    /// the top of the stack, MXCSR at Go's default and DF clear.
    pub fn new(config: MachineConfig) -> Result<Machine, MachineError> {
        let page_multiple = |v: u64| v.is_multiple_of(PAGE_SIZE);
        if config.stack_size == 0
            || !page_multiple(config.stack_size)
            || config.stack_size > 1 << 30
        {
            return Err(MachineError::Config(format!(
                "stack size {:#x} must be a non-zero multiple of {PAGE_SIZE:#x} up to 1 GiB",
                config.stack_size
            )));
        }
        if config.stack_guard_size == 0
            || !page_multiple(config.stack_guard_size)
            || config.stack_guard_size > 1 << 30
        {
            return Err(MachineError::Config(format!(
                "stack guard size {:#x} must be a non-zero multiple of {PAGE_SIZE:#x} up to 1 GiB",
                config.stack_guard_size
            )));
        }
        if config.stackguard0_gap >= config.stack_size {
            return Err(MachineError::Config(format!(
                "stackguard0 gap {:#x} must be below the stack size {:#x}",
                config.stackguard0_gap, config.stack_size
            )));
        }
        if !page_multiple(config.code_base) {
            return Err(MachineError::Config(format!(
                "code base {:#x} is not page-aligned",
                config.code_base
            )));
        }
        let mut shared = Shared {
            g_addr: G_BASE,
            stubs: STUBS_BASE..STUBS_BASE + STUBS_SIZE,
            code: Vec::new(),
            externs: Vec::new(),
            watches: Vec::new(),
            budget: 0,
            executed: 0,
            every_instruction: config.every_instruction,
            last_pc: None,
            stop: None,
            handler_time: Duration::ZERO,
        };
        shared.add_code(RETURN_TRAP..RETURN_TRAP + 1);
        let uc = Unicorn::new_with_data(Arch::X86, Mode::MODE_64, shared)
            .map_err(|e| engine_error("cannot create the x86-64 engine", e))?;
        codebuf::limit_code_buffer(uc.get_handle().cast()).map_err(|e| {
            MachineError::Engine(format!(
                "cannot size the translation buffer (unicorn error {e})"
            ))
        })?;
        let stack_lo = STACK_TOP - config.stack_size;
        let mut m = Machine {
            uc,
            stack_guard: stack_lo - config.stack_guard_size..stack_lo,
            config,
            regions: Vec::new(),
            image: None,
            next_region: REGIONS_BASE,
            regions_made: 0,
            kept: Vec::new(),
            watch_hooks: Vec::new(),
            engine_time: Duration::ZERO,
            executables: Vec::new(),
        };

        m.map("stubs", STUBS_BASE..STUBS_BASE + STUBS_SIZE, Perms::RX)?;
        let mut stubs = vec![INT3; STUBS_SIZE as usize];
        stubs[0] = HLT;
        m.write_bytes(STUBS_BASE, &stubs)?;

        m.map("tls", TLS_BASE..TLS_BASE + PAGE_SIZE, Perms::RW)?;
        m.write_u64(FS_BASE - 8, G_BASE)?;
        m.set_reg(Reg::FsBase, FS_BASE);

        m.map("g", G_BASE..G_BASE + PAGE_SIZE, Perms::RW)?;
        m.map("stack", stack_lo..STACK_TOP, Perms::RW)?;
        m.set_g_field(G_STACK_LO, stack_lo)?;
        m.set_g_field(G_STACK_HI, STACK_TOP)?;
        m.set_g_field(G_STACKGUARD0, stack_lo + m.config.stackguard0_gap)?;

        m.set_reg(Reg::Rsp, STACK_TOP);
        m.set_mxcsr(MXCSR_DEFAULT);
        m.set_df(false);
        m.install_hooks()?;
        Ok(m)
    }

    fn install_hooks(&mut self) -> Result<(), MachineError> {
        let hook_err = |e| engine_error("cannot install a hook", e);
        if self.config.every_instruction {
            // begin > end: the hook covers the whole address space.
            self.uc
                .add_code_hook(1, 0, |uc, address, _size| {
                    guarded(uc, |uc| on_code(uc, address))
                })
                .map_err(hook_err)?;
        } else {
            self.uc
                .add_block_hook(1, 0, |uc, address, _size| {
                    guarded(uc, |uc| on_block(uc, address))
                })
                .map_err(hook_err)?;
            self.uc
                .add_code_hook(STUBS_BASE, STUBS_BASE + STUBS_SIZE - 1, |uc, address, _| {
                    guarded(uc, |uc| on_code(uc, address))
                })
                .map_err(hook_err)?;
        }
        self.uc
            .add_mem_hook(
                HookType::MEM_INVALID,
                1,
                0,
                |uc, access, address, _size, _value| {
                    guarded(uc, |uc| on_bad_access(uc, access, address));
                    // Not handled: unicorn stops with the matching error.
                    false
                },
            )
            .map_err(hook_err)?;
        self.uc
            .add_intr_hook(|uc, intno| guarded(uc, |uc| on_interrupt(uc, intno)))
            .map_err(hook_err)?;
        for insn in [X86Insn::SYSCALL, X86Insn::SYSENTER] {
            self.uc
                .add_insn_sys_hook(insn, 1, 0, |uc| {
                    guarded(uc, |uc| {
                        let pc = current_pc(uc);
                        stop(
                            uc,
                            Outcome::Trap {
                                kind: TrapKind::Syscall,
                                pc,
                            },
                        )
                    })
                })
                .map_err(hook_err)?;
        }
        Ok(())
    }

    pub fn config(&self) -> &MachineConfig {
        &self.config
    }

    /// Time spent in the emulator over the machine's life, split into the
    /// emulator's own (translating and running code, counting blocks) and
    /// the extern and watch handlers'.
    pub fn time_split(&self) -> EngineTime {
        let handlers = self.uc.get_data().handler_time;
        EngineTime {
            engine: self.engine_time.saturating_sub(handlers),
            handlers,
        }
    }

    /// Map `range` (page-aligned) with `perms`, refusing overlaps with any
    /// region or the stack guard.
    fn map(&mut self, name: &str, range: Range<u64>, perms: Perms) -> Result<(), MachineError> {
        let fail = |reason: String| MachineError::Map {
            name: name.to_string(),
            range: range.clone(),
            reason,
        };
        if range.is_empty()
            || !range.start.is_multiple_of(PAGE_SIZE)
            || !range.end.is_multiple_of(PAGE_SIZE)
        {
            return Err(fail("not a non-empty page-aligned range".into()));
        }
        let overlaps = |r: &Range<u64>| r.start < range.end && range.start < r.end;
        if let Some(other) = self.regions.iter().find(|r| overlaps(&r.range)) {
            return Err(fail(format!("overlaps {}", other.name)));
        }
        if overlaps(&self.stack_guard) {
            return Err(fail("overlaps the stack guard".into()));
        }
        self.uc
            .mem_map(range.start, range.end - range.start, prot(perms))
            .map_err(|e| fail(format!("{e} ({e:?})")))?;
        let i = self
            .regions
            .partition_point(|r| r.range.start < range.start);
        self.regions.insert(
            i,
            Region {
                name: name.to_string(),
                range,
                perms,
            },
        );
        Ok(())
    }

    /// Map `size` bytes (rounded up to pages) of fresh zeroed memory with
    /// `perms` at the next free address of the regions area; returns its
    /// address. Executable regions count as code.
    pub fn map_region(&mut self, size: u64, perms: Perms) -> Result<u64, MachineError> {
        let name = format!("region {}", self.regions_made);
        self.map_named_region(&name, size, perms)
    }

    /// [`map_region`](Machine::map_region) with a name for reports.
    pub fn map_named_region(
        &mut self,
        name: &str,
        size: u64,
        perms: Perms,
    ) -> Result<u64, MachineError> {
        let too_big = || MachineError::Map {
            name: name.to_string(),
            range: self.next_region..self.next_region,
            reason: format!("no room for {size:#x} bytes"),
        };
        let size = align_up(size.max(1), PAGE_SIZE).ok_or_else(too_big)?;
        let start = self.next_region;
        let end = start.checked_add(size).ok_or_else(too_big)?;
        // Keep a page between regions and stay clear of the stack guard.
        if end.saturating_add(PAGE_SIZE) > self.stack_guard.start {
            return Err(too_big());
        }
        self.map(name, start..end, perms)?;
        self.next_region = end + PAGE_SIZE;
        self.regions_made += 1;
        if perms.exec {
            self.uc.get_data_mut().add_code(start..end);
        }
        Ok(start)
    }

    /// Every mapped region, in address order.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// The unmapped guard range below the stack.
    pub fn stack_guard(&self) -> Range<u64> {
        self.stack_guard.clone()
    }

    /// Lowest mapped stack address (`g.stack.lo` as first set up).
    pub fn stack_lo(&self) -> u64 {
        STACK_TOP - self.config.stack_size
    }

    /// One past the highest stack byte (`g.stack.hi`).
    pub fn stack_hi(&self) -> u64 {
        STACK_TOP
    }

    pub fn fs_base(&self) -> u64 {
        self.reg(Reg::FsBase)
    }

    pub fn return_trap(&self) -> u64 {
        RETURN_TRAP
    }

    /// Register `handler` for the undefined symbol `name` and return the
    /// address of its stub. Register externs before loading an image that
    /// refers to them: the loader resolves through
    /// [`extern_symbols`](Machine::extern_symbols).
    pub fn add_extern<F>(&mut self, name: &str, handler: F) -> Result<u64, MachineError>
    where
        F: FnMut(&mut MachineView<'_>) -> Result<HookAction, MachineError> + 'static,
    {
        self.add_stub(name, Box::new(handler), false)
    }

    /// [`add_extern`](Machine::add_extern) for the next image only: the
    /// extern is dropped again when the image is unloaded (a module's own
    /// external functions, whose names differ from module to module).
    pub fn add_image_extern<F>(&mut self, name: &str, handler: F) -> Result<u64, MachineError>
    where
        F: FnMut(&mut MachineView<'_>) -> Result<HookAction, MachineError> + 'static,
    {
        self.add_stub(name, Box::new(handler), true)
    }

    fn add_stub(
        &mut self,
        name: &str,
        handler: ExternHandler,
        transient: bool,
    ) -> Result<u64, MachineError> {
        let shared = self.uc.get_data();
        if shared.externs.iter().any(|e| e.name == name) {
            return Err(MachineError::Extern(format!(
                "extern {name} is already registered"
            )));
        }
        // The first free slot (those of dropped externs are reused).
        let stubs = &shared.stubs;
        let slot = (1..)
            .find(|n| {
                let a = STUBS_BASE + n * STUB_SIZE;
                !shared
                    .externs
                    .iter()
                    .any(|e| e.address == a && stubs.contains(&e.address))
            })
            .expect("an unbounded range");
        let address = STUBS_BASE + slot * STUB_SIZE;
        if address + STUB_SIZE > STUBS_BASE + STUBS_SIZE {
            return Err(MachineError::Extern(format!(
                "no stub slot left for extern {name}"
            )));
        }
        self.write_bytes(address, &[RET])?;
        // The slot held int3; drop any translation made of it.
        self.uc
            .ctl_remove_cache(address, address + STUB_SIZE)
            .map_err(|e| engine_error("cannot flush the translation cache", e))?;
        let shared = self.uc.get_data_mut();
        shared.externs.push(ExternStub {
            name: name.to_string(),
            address,
            handler: Some(handler),
            transient,
        });
        shared.add_code(address..address + 1);
        Ok(address)
    }

    /// Runs `handler` whenever execution reaches `address` (before the
    /// instruction there runs); the handler may change registers and memory
    /// (not RIP) and then lets the instruction run (`HookAction::Return`) or
    /// stops the run (`HookAction::Abort`). The oracle uses this to make
    /// ABI0 code clobber what ABI0 code may clobber.
    pub fn watch<F>(&mut self, address: u64, name: &str, handler: F) -> Result<(), MachineError>
    where
        F: FnMut(&mut MachineView<'_>) -> Result<HookAction, MachineError> + 'static,
    {
        let shared = self.uc.get_data_mut();
        if shared.externs.iter().any(|e| e.address == address) {
            return Err(MachineError::Extern(format!(
                "{address:#x} already has a handler"
            )));
        }
        shared.externs.push(ExternStub {
            name: name.to_string(),
            address,
            handler: Some(Box::new(handler)),
            transient: false,
        });
        let i = shared.watches.partition_point(|a| *a < address);
        shared.watches.insert(i, address);
        if !self.config.every_instruction {
            // Fast mode: only the watched instruction is instrumented.
            let id = self
                .uc
                .add_code_hook(address, address, |uc, address, _| {
                    guarded(uc, |uc| on_code(uc, address))
                })
                .map_err(|e| engine_error("cannot install a hook", e))?;
            self.watch_hooks.push(id);
        }
        Ok(())
    }

    /// Takes the image out again, with every watch: its regions are
    /// unmapped, its code no longer counts as code, and the emulator
    /// forgets every translation, so that another image can be loaded into
    /// the same machine (externs, other regions and kept ranges stay).
    pub fn unload(&mut self) -> Result<(), MachineError> {
        // The image's own externs: their stubs are int3 again (also when
        // loading the image failed after they were bound).
        let shared = self.uc.get_data_mut();
        let dropped: Vec<u64> = shared
            .externs
            .iter()
            .filter(|e| e.transient)
            .map(|e| e.address)
            .collect();
        shared.externs.retain(|e| !e.transient);
        shared.code.retain(|r| !dropped.contains(&r.start));
        for &a in &dropped {
            self.write_bytes(a, &[INT3])?;
        }
        let Some(image) = self.image.take() else {
            if !dropped.is_empty() {
                self.uc
                    .ctl_flush_tb()
                    .map_err(|e| engine_error("cannot flush the translation cache", e))?;
            }
            return Ok(());
        };
        for (range, _) in image.segments() {
            self.uc
                .mem_unmap(range.start, range.end - range.start)
                .map_err(|e| engine_error("cannot unmap the image", e))?;
            self.regions.retain(|r| r.range != range);
        }
        for id in std::mem::take(&mut self.watch_hooks) {
            self.uc
                .remove_hook(id)
                .map_err(|e| engine_error("cannot remove a hook", e))?;
        }
        let shared = self.uc.get_data_mut();
        let code = image.code_ranges();
        shared.code.retain(|r| !code.contains(r));
        let watches = std::mem::take(&mut shared.watches);
        shared.externs.retain(|e| !watches.contains(&e.address));
        self.uc
            .ctl_flush_tb()
            .map_err(|e| engine_error("cannot flush the translation cache", e))?;
        Ok(())
    }

    /// Name -> stub address of every registered extern, for
    /// [`LoadedImage::load`].
    pub fn extern_symbols(&self) -> HashMap<String, u64> {
        let s = self.uc.get_data();
        s.externs
            .iter()
            .filter(|e| s.stubs.contains(&e.address))
            .map(|e| (e.name.clone(), e.address))
            .collect()
    }

    /// The stub address of a registered extern.
    pub fn extern_address(&self, name: &str) -> Option<u64> {
        self.uc
            .get_data()
            .externs
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.address)
    }

    /// Load an object at the configured code base, resolving its undefined
    /// symbols to the registered externs, and map it.
    pub fn load(&mut self, bytes: &[u8]) -> Result<&LoadedImage, MachineError> {
        if self.image.is_some() {
            return Err(MachineError::Config("an image is already loaded".into()));
        }
        let image = LoadedImage::load(bytes, self.config.code_base, &self.extern_symbols())?;
        self.map_image(image)?;
        Ok(self.image.as_ref().expect("just mapped"))
    }

    /// Map an image loaded by the caller: one region per section group, the
    /// section bytes written, executable sections registered as code. On
    /// failure nothing of the image stays mapped.
    pub fn map_image(&mut self, image: LoadedImage) -> Result<(), MachineError> {
        if self.image.is_some() {
            return Err(MachineError::Config("an image is already loaded".into()));
        }
        let mut mapped = Vec::new();
        let result = (|| {
            for (range, perms) in image.segments() {
                self.map(&format!("image {perms}"), range.clone(), perms)?;
                if perms.exec {
                    // Padding around the code traps, whatever runs into it.
                    self.write_bytes(range.start, &vec![INT3; (range.end - range.start) as usize])?;
                }
                mapped.push(range);
            }
            for s in image.sections() {
                if let Some(addr) = s.address {
                    self.write_bytes(addr, &s.data)?;
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            // Leave the machine as it was, so another image can be mapped.
            for range in mapped {
                let _ = self.uc.mem_unmap(range.start, range.end - range.start);
                self.regions.retain(|r| r.range != range);
            }
            return Err(e);
        }
        let shared = self.uc.get_data_mut();
        for r in image.code_ranges() {
            shared.add_code(r);
        }
        self.image = Some(image);
        Ok(())
    }

    /// Puts the machine back as [`new`](Machine::new) and
    /// [`load`](Machine::load) left it, keeping the engine, its translated
    /// code, the externs and the watches: memory mapped behind the machine's
    /// back (through [`Cpu`]) is unmapped, regions it unmapped are mapped
    /// again (zeroed), the image's writable sections get their bytes back,
    /// and `g`, FS, RSP, MXCSR and DF are reset. Other registers and the
    /// contents of the stack are left for the caller to set.
    pub fn restore(&mut self) -> Result<(), MachineError> {
        self.restore_memory()?;
        self.reset_registers_and_g()
    }

    /// Whatever is mapped inside `range` (through [`Cpu`], by whoever
    /// manages that range) stays mapped, as it is, across
    /// [`restore`](Machine::restore).
    pub fn keep_mapped(&mut self, range: Range<u64>) {
        self.kept.push(range);
    }

    fn restore_memory(&mut self) -> Result<(), MachineError> {
        let mapped = self
            .uc
            .mem_regions()
            .map_err(|e| engine_error("cannot list mapped memory", e))?;
        let tracked = |begin: u64, end: u64| {
            self.regions
                .iter()
                .any(|r| r.range.start <= begin && end <= r.range.end)
                || self.kept.iter().any(|r| r.start <= begin && end <= r.end)
        };
        for r in &mapped {
            // `end` is inclusive.
            if !tracked(r.begin, r.end + 1) {
                self.uc
                    .mem_unmap(r.begin, r.end + 1 - r.begin)
                    .map_err(|e| engine_error("cannot unmap", e))?;
            }
        }
        for region in &self.regions {
            let (start, end) = (region.range.start, region.range.end);
            let covered: u64 = mapped
                .iter()
                .filter(|r| start <= r.begin && r.end < end)
                .map(|r| r.end + 1 - r.begin)
                .sum();
            if covered != end - start {
                // Unmapped (in part) during a run: map it again, whole.
                for r in mapped.iter().filter(|r| start <= r.begin && r.end < end) {
                    self.uc
                        .mem_unmap(r.begin, r.end + 1 - r.begin)
                        .map_err(|e| engine_error("cannot unmap", e))?;
                }
                self.uc
                    .mem_map(start, end - start, prot(region.perms))
                    .map_err(|e| engine_error("cannot map", e))?;
            }
        }
        if let Some(image) = &self.image {
            let writable: Vec<(u64, Vec<u8>)> = image
                .sections()
                .iter()
                .filter(|s| s.perms.write)
                .filter_map(|s| s.address.map(|a| (a, s.data.clone())))
                .collect();
            for (a, data) in writable {
                self.write_bytes(a, &data)?;
            }
        }
        self.restore_executables()
    }

    fn reset_registers_and_g(&mut self) -> Result<(), MachineError> {
        self.write_u64(FS_BASE - 8, G_BASE)?;
        self.set_reg(Reg::FsBase, FS_BASE);
        let stack_lo = self.stack_lo();
        self.set_g_field(G_STACK_LO, stack_lo)?;
        self.set_g_field(G_STACK_HI, STACK_TOP)?;
        self.set_g_field(G_STACKGUARD0, stack_lo + self.config.stackguard0_gap)?;
        self.set_reg(Reg::Rsp, STACK_TOP);
        self.set_mxcsr(MXCSR_DEFAULT);
        self.set_df(false);
        Ok(())
    }

    pub fn image(&self) -> Option<&LoadedImage> {
        self.image.as_ref()
    }

    /// The address of a symbol of the loaded image.
    pub fn symbol_address(&self, name: &str) -> Option<u64> {
        self.image.as_ref()?.symbol(name).map(|s| s.address)
    }

    /// `addr` with what it points into, for reports: `0x400013 (f+0x3)`.
    pub fn describe(&self, addr: u64) -> String {
        let what = if addr == RETURN_TRAP {
            Some("return trap".to_string())
        } else if let Some(e) = self
            .uc
            .get_data()
            .externs
            .iter()
            .find(|e| e.address == addr)
        {
            Some(format!("extern {}", e.name))
        } else if let Some(d) = self.image.as_ref().and_then(|i| i.describe(addr)) {
            Some(d)
        } else if let Some(d) = self.executables.iter().find_map(|e| e.describe(addr)) {
            Some(d)
        } else if self.stack_guard.contains(&addr) {
            Some("stack guard".to_string())
        } else {
            self.regions
                .iter()
                .find(|r| r.range.contains(&addr))
                .map(|r| format!("{}+{:#x}", r.name, addr - r.range.start))
        };
        match what {
            Some(w) => format!("{addr:#x} ({w})"),
            None => format!("{addr:#x}"),
        }
    }

    /// Instructions executed by the last [`call`](Machine::call) (blocks,
    /// in the fast mode).
    pub fn instructions_executed(&self) -> u64 {
        self.uc.get_data().executed
    }

    /// Push the return-trap address at RSP-8, jump to `entry`, and run until
    /// the code returns to the trap or something else ends the run; at most
    /// `budget` instructions execute. Registers and memory are left as the
    /// run left them (after [`Outcome::Returned`], RSP is back where it was
    /// before the call). Never panics: engine failures become
    /// [`Outcome::Aborted`].
    pub fn call(&mut self, entry: u64, budget: u64) -> Outcome {
        let Some(sp) = self.reg(Reg::Rsp).checked_sub(8) else {
            return Outcome::Aborted {
                reason: "RSP is too low to push the return address".into(),
            };
        };
        if let Err(e) = self.write_u64(sp, RETURN_TRAP) {
            return Outcome::Aborted {
                reason: format!("cannot push the return address: {e}"),
            };
        }
        self.set_reg(Reg::Rsp, sp);
        {
            let s = self.uc.get_data_mut();
            s.budget = budget;
            s.executed = 0;
            s.last_pc = None;
            s.stop = None;
        }
        let started = Instant::now();
        let result = self.uc.emu_start(entry, RETURN_TRAP, 0, 0);
        self.engine_time += started.elapsed();
        let (stopped, last_pc) = {
            let s = self.uc.get_data_mut();
            (s.stop.take(), s.last_pc)
        };
        if let Some(outcome) = stopped {
            return outcome;
        }
        let rip = self.reg(Reg::Rip);
        match result {
            Ok(()) if rip == RETURN_TRAP => Outcome::Returned,
            Ok(()) => {
                // Nothing we hooked stopped the run: `hlt` is the instruction that does that.
                let pc = last_pc.unwrap_or(rip);
                if self.read_bytes(pc, 1).ok().as_deref() == Some(&[HLT]) {
                    Outcome::Trap {
                        kind: TrapKind::Hlt,
                        pc,
                    }
                } else {
                    Outcome::Aborted {
                        reason: format!("emulation stopped at {rip:#x} for no known reason"),
                    }
                }
            }
            Err(uc_error::INSN_INVALID) => {
                if self.read_bytes(rip, 2).ok().as_deref() == Some(&[0x0f, 0x0b]) {
                    Outcome::Trap {
                        kind: TrapKind::Ud2,
                        pc: rip,
                    }
                } else {
                    Outcome::Fault {
                        kind: FaultKind::InvalidInstruction,
                        pc: rip,
                        address: None,
                    }
                }
            }
            Err(e) => Outcome::Aborted {
                reason: format!("emulator error {e} ({e:?}) at pc {rip:#x}"),
            },
        }
    }
}

/// The address of the instruction being executed, from a hook.
fn current_pc(uc: &Unicorn<'_, Shared>) -> u64 {
    uc.get_data()
        .last_pc
        .unwrap_or_else(|| uc.reg_read(RegisterX86::RIP).unwrap_or(0))
}

fn stop(uc: &mut Unicorn<'_, Shared>, outcome: Outcome) {
    uc.get_data_mut().record(outcome);
    // Fails only when no emulation runs, in which case there is nothing to stop.
    let _ = uc.emu_stop();
}

/// Run a hook body; a panic must not unwind into unicorn's C frames.
fn guarded(uc: &mut Unicorn<'_, Shared>, body: impl FnOnce(&mut Unicorn<'_, Shared>)) {
    if let Err(payload) = panic::catch_unwind(AssertUnwindSafe(|| body(&mut *uc))) {
        let msg = panic_text(&*payload);
        stop(
            uc,
            Outcome::Aborted {
                reason: format!("panic in a hook: {msg}"),
            },
        );
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "non-string panic payload".into())
}

fn on_code(uc: &mut Unicorn<'_, Shared>, address: u64) {
    let s = uc.get_data_mut();
    if s.stop.is_some() {
        let _ = uc.emu_stop();
        return;
    }
    let outcome = if address == RETURN_TRAP {
        Some(Outcome::Returned)
    } else if !s.is_code(address) {
        Some(Outcome::JumpOutsideCode {
            from_pc: s.last_pc,
            to: address,
        })
    } else if !s.every_instruction {
        // Fast mode: counted by block, only stubs and watches get here.
        None
    } else if s.executed >= s.budget {
        Some(Outcome::BudgetExhausted { pc: address })
    } else {
        None
    };
    if let Some(o) = outcome {
        stop(uc, o);
        return;
    }
    if s.every_instruction {
        s.executed += 1;
        s.last_pc = Some(address);
    }
    if s.stubs.contains(&address)
        || (!s.watches.is_empty() && s.watches.binary_search(&address).is_ok())
    {
        run_extern(uc, address);
    }
}

/// Fast mode: before every block.
fn on_block(uc: &mut Unicorn<'_, Shared>, address: u64) {
    let s = uc.get_data_mut();
    if s.stop.is_some() {
        let _ = uc.emu_stop();
        return;
    }
    let outcome = if !s.is_code(address) {
        Some(Outcome::JumpOutsideCode {
            from_pc: None,
            to: address,
        })
    } else if s.executed >= s.budget {
        Some(Outcome::BudgetExhausted { pc: address })
    } else {
        None
    };
    match outcome {
        Some(o) => stop(uc, o),
        None => s.executed += 1,
    }
}

/// Run the handler of the extern whose stub is at `address`; the stub's
/// `ret` then returns to the caller.
fn run_extern(uc: &mut Unicorn<'_, Shared>, address: u64) {
    let s = uc.get_data_mut();
    let g_addr = s.g_addr;
    let Some(index) = s.externs.iter().position(|e| e.address == address) else {
        return;
    };
    let name = s.externs[index].name.clone();
    let Some(mut handler) = s.externs[index].handler.take() else {
        stop(
            uc,
            Outcome::Aborted {
                reason: format!("extern {name} re-entered"),
            },
        );
        return;
    };
    let started = Instant::now();
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut view = MachineView::new(&mut *uc, g_addr);
        handler(&mut view)
    }));
    let s = uc.get_data_mut();
    s.handler_time += started.elapsed();
    s.externs[index].handler = Some(handler);
    let outcome = match result {
        Ok(Ok(HookAction::Return)) => match uc.reg_read(RegisterX86::RIP) {
            Ok(rip) if rip == address => None,
            _ => Some(Outcome::Aborted {
                reason: format!(
                    "handler of extern {name} changed RIP; steer the return through RSP and [RSP]"
                ),
            }),
        },
        Ok(Ok(HookAction::Abort(reason))) => Some(Outcome::Aborted { reason }),
        Ok(Err(e)) => Some(Outcome::Aborted {
            reason: format!("extern {name}: {e}"),
        }),
        Err(payload) => Some(Outcome::Aborted {
            reason: format!(
                "handler of extern {name} panicked: {}",
                panic_text(&*payload)
            ),
        }),
    };
    if let Some(o) = outcome {
        stop(uc, o);
    }
}

fn on_bad_access(uc: &mut Unicorn<'_, Shared>, access: MemType, address: u64) {
    let s = uc.get_data();
    let last_pc = s.last_pc;
    let pc = current_pc(uc);
    let fault = |kind| Outcome::Fault {
        kind,
        pc,
        address: Some(address),
    };
    let outcome = match access {
        MemType::FETCH_UNMAPPED | MemType::FETCH_PROT => Outcome::JumpOutsideCode {
            from_pc: last_pc,
            to: address,
        },
        MemType::READ_UNMAPPED => fault(FaultKind::UnmappedRead),
        MemType::WRITE_UNMAPPED => fault(FaultKind::UnmappedWrite),
        MemType::READ_PROT => fault(FaultKind::ProtectedRead),
        MemType::WRITE_PROT => fault(FaultKind::ProtectedWrite),
        other => Outcome::Aborted {
            reason: format!("unexpected memory event {other:?} at {address:#x}"),
        },
    };
    stop(uc, outcome);
}

fn on_interrupt(uc: &mut Unicorn<'_, Shared>, intno: u32) {
    let pc = current_pc(uc);
    let fault = |kind| Outcome::Fault {
        kind,
        pc,
        address: None,
    };
    let outcome = match intno {
        0 => fault(FaultKind::DivideError),
        3 => Outcome::Trap {
            kind: TrapKind::Int3,
            pc,
        },
        6 => fault(FaultKind::InvalidInstruction),
        13 => fault(FaultKind::GeneralProtection),
        n => fault(FaultKind::Exception(n)),
    };
    stop(uc, outcome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_machine_layout() {
        let m = Machine::new(MachineConfig::default()).unwrap();
        assert_eq!(m.g_addr(), G_BASE);
        assert_eq!(m.read_u64(m.fs_base() - 8).unwrap(), G_BASE);
        assert_eq!(m.g_field(G_STACK_LO).unwrap(), m.stack_lo());
        assert_eq!(m.g_field(G_STACK_HI).unwrap(), m.stack_hi());
        assert_eq!(m.g_field(G_STACKGUARD0).unwrap(), m.stack_lo() + 928);
        assert_eq!(m.reg(Reg::Rsp), m.stack_hi());
        assert_eq!(m.mxcsr(), MXCSR_DEFAULT);
        assert!(!m.df());
        let names: Vec<&str> = m.regions().iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["stubs", "tls", "g", "stack"]);
        assert!(m.read_u64(m.stack_guard().start).is_err());
        assert!(m.read_u64(0).is_err());
    }

    #[test]
    fn bad_configs_are_errors() {
        let bad = [
            MachineConfig {
                stack_size: 100,
                ..MachineConfig::default()
            },
            MachineConfig {
                stack_guard_size: 0,
                ..MachineConfig::default()
            },
            MachineConfig {
                code_base: 0x40_0010,
                ..MachineConfig::default()
            },
            MachineConfig {
                stackguard0_gap: 1 << 20,
                ..MachineConfig::default()
            },
        ];
        for c in bad {
            assert!(matches!(Machine::new(c), Err(MachineError::Config(_))));
        }
    }

    #[test]
    fn regions_do_not_overlap_and_can_be_snapshotted() {
        let mut m = Machine::new(MachineConfig::default()).unwrap();
        let a = m.map_region(10, Perms::RW).unwrap();
        let b = m
            .map_named_region("heap", 2 * PAGE_SIZE, Perms::RW)
            .unwrap();
        assert_eq!(a, REGIONS_BASE);
        assert_eq!(b, a + 2 * PAGE_SIZE);
        assert!(m.read_u64(a + PAGE_SIZE).is_err(), "gap page is unmapped");
        let before = m.snapshot(b, 64).unwrap();
        m.write_bytes(b + 3, &[1, 2]).unwrap();
        m.write_bytes(b + 10, &[9]).unwrap();
        assert_eq!(
            m.changed_since(&before).unwrap(),
            vec![b + 3..b + 5, b + 10..b + 11]
        );
        assert!(m.describe(b + 8).contains("heap+0x8"));
    }
}
