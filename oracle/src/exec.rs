//! Runs one entry of a compiled function on the emulated machine.
//!
//! Arguments are placed, and results read back, by the oracle's own ABI
//! model ([`crate::model`]) — never by asking the backend — with its own
//! table of argument registers (ABI.md). Everything the callee may not
//! rely on is poisoned: the upper bits of narrow integer and float
//! arguments, every other register, the spill area and result slots, and
//! R14/X15 when the entry is ABI0 (they mean nothing there), at every ABI0
//! entry reached during the run, not only the outer one.
//!
//! Every call into the emulated runtime returns with the registers as Go's
//! runtime may leave them: all but RSP, RBP, R14 (= g) and X15 (= 0), and
//! the call's results, poisoned, and the status flags flipped.
//!
//! Promises are checked where they are made: on return from the outer
//! entry (RSP, RBP, R14 = g and X15 = 0 for ABIInternal, DF, MXCSR), and at
//! every ABIInternal definition entry reached during the run, whoever
//! called it (R14 = g, X15 = 0, DF clear; [`ENTRY_PROMISE`]), and at every
//! closure's entry RDX, the closure context register: a func value whose
//! code word is that entry.
//!
//! The input objects are laid out in a heap region; pointers in results
//! and in the objects afterwards are mapped back to (object, offset) so
//! that they compare with the interpreter's.
//!
//! A Go function of an executable loaded beside the image
//! ([`EntryRunner::attach_go`], see [`crate::peer::goimage`]) runs the same
//! way ([`EntryRunner::run_go`]): an IR function's signature describes its
//! arguments, the model places them, and the same promises, canaries,
//! results and panics are checked.

use crate::inputs::{LeafValue, Materialized, ObjId, ObjectInit, Pointer};
use crate::interp::PanicKind;
use crate::machine::{
    Cpu, FaultKind, HookAction, Machine, MachineConfig, MachineError, Outcome, Reg, G_STACKGUARD0,
};
use crate::model::{self, all_components, Placement, RegClass, Shape};
use crate::runtime::{
    FuncTable, Runtime, StackMode, GAP_BELOW, MORESTACK, NEWOBJECT, STACK_END, STACK_FORCE_MOVE,
    STACK_GUARD,
};
use crate::stacks::{PrologueClass, StackCounts};
use janus_backend::abi::Abi;
use janus_backend::ir::{Function, Ty};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::rc::Rc;

/// ABIInternal's integer argument registers as the machine names them, in
/// the model's order ([`model::INT_ARG_REG_NAMES`]).
pub const INT_ARG_REGS: [Reg; 9] = [
    Reg::Rax,
    Reg::Rbx,
    Reg::Rcx,
    Reg::Rdi,
    Reg::Rsi,
    Reg::R8,
    Reg::R9,
    Reg::R10,
    Reg::R11,
];

/// How a broken entry promise is reported (campaigns file it under
/// `promises`).
pub const ENTRY_PROMISE: &str = "promise broken at entry";

/// What a closure is owed on entry and did not get: RDX = a func value
/// whose code word is this entry (RDX is ABIInternal's closure context
/// pointer: ABI.md's table of amd64 registers).
fn context_broken<C: Cpu + ?Sized>(cpu: &C, entry: u64) -> Option<String> {
    let rdx = cpu.reg(Reg::Rdx);
    match cpu.read_u64(rdx) {
        Ok(code) if code == entry => None,
        Ok(code) => Some(format!(
            "RDX = {rdx:#x}, whose first word {code:#x} is not its entry {entry:#x} (not its func value)"
        )),
        Err(_) => Some(format!("RDX = {rdx:#x}, which is not a func value (unreadable)")),
    }
}

/// What an ABIInternal callee is owed on entry and did not get: R14 = g,
/// X15 = 0, DF clear (ABI.md, "amd64 architecture").
pub(crate) fn entry_promise_broken<C: Cpu + ?Sized>(cpu: &C) -> Option<String> {
    let mut broken = Vec::new();
    if cpu.reg(Reg::R14) != cpu.g_addr() {
        broken.push(format!(
            "R14 = {:#x}, not g ({:#x})",
            cpu.reg(Reg::R14),
            cpu.g_addr()
        ));
    }
    if cpu.xmm(15) != 0 {
        broken.push(format!("X15 = {:#x}, not 0", cpu.xmm(15)));
    }
    if cpu.df() {
        broken.push("DF set".to_string());
    }
    (!broken.is_empty()).then(|| broken.join(", "))
}

/// The runtime function a division by zero calls.
pub const PANIC_DIVIDE: &str = "runtime.panicdivide";

/// The machine's own stack: a page, whose top holds the goroutine's first
/// stack.
pub const INITIAL_STACK: u64 = 4 << 10;

/// The goroutine's first stack: Go's `_StackMin` (2 KiB), so that the
/// prologues' stack checks and morestack run on their own, as in Go. It
/// grows by doubling (powers of two, as Go's, up to Go's byte limit),
/// unless the arguments need more at once (see `EntryRunner::run`).
pub const FIRST_STACK: u64 = 2 << 10;

/// Bytes of the caller's frame above the argument area, at the top of the
/// first stack: canaries, which must be intact after the call. (A write
/// beyond them, above the stack, faults or lands in a poisoned gap.)
const CALLER_FRAME: u64 = 128;

/// What a poisoned byte looks like.
const POISON: u8 = 0xa5;
pub(crate) const POISON64: u64 = 0xa5a5_a5a5_a5a5_a5a5;

/// How an entry's run ended.
#[derive(Clone, Debug, PartialEq)]
pub enum EntryOutcome {
    Returned(Vec<LeafValue>),
    Panic(PanicKind),
    /// The emulated runtime stopped the run at one of its stack limits.
    StackOverflow(crate::runtime::Overflow),
    /// The machine stopped otherwise (a fault, the budget, a bad jump...).
    Crashed(String),
}

/// What one entry did.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryRun {
    pub outcome: EntryOutcome,
    /// The input objects afterwards.
    pub objects: Vec<ObjectInit>,
    /// The heap objects the run made, in order, as they are at the end:
    /// `None` for one the collector freed, or once [`MADE_BYTES_READ`]
    /// bytes were read.
    pub made: Vec<Option<crate::made::MadeBytes>>,
    /// Promises the entry broke on return (RSP, RBP, R14, X15, DF, MXCSR).
    pub violations: Vec<String>,
    pub instructions: u64,
    /// The machine stopped because the run used up its budget.
    pub exhausted: bool,
    /// Where the input objects were.
    pub heap: Heap,
    /// How many times the runtime moved the stack, and collected.
    pub stack_moves: u32,
    pub collections: u32,
    /// What the moves and collections copied, and the visits the schedule
    /// let go by.
    pub work: RuntimeWork,
    /// The live pointers of the function's own frames at each
    /// deterministic safepoint visit (see `Runtime::trace`), and how many
    /// more visits there were than it holds.
    pub trace: Vec<crate::runtime::Visit>,
    pub trace_dropped: u64,
    /// Every call of a definition entry with its arguments (see
    /// `Runtime::calls`), and how many there were in all.
    pub calls: Vec<crate::runtime::Call>,
    pub calls_total: u64,
    /// Go's definitions the run entered (see `Runtime::foreign_entered`).
    pub go_entered: Vec<Rc<str>>,
    /// Prologue checks and stack growth (see [`crate::stacks`]).
    pub stacks: StackCounts,
}

/// What the emulated runtime's moves and collections cost in a run (or
/// runs): deterministic counts that the schedule (`crate::schedule`) keeps
/// linear in the depth.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RuntimeWork {
    /// Bytes of stack copied by moves.
    pub moved_bytes: u64,
    /// Heap objects copied by collections.
    pub copied_objects: u64,
    /// Counted safepoint visits at which the schedule did not move or
    /// collect.
    pub deferred: u64,
}

impl std::ops::AddAssign for RuntimeWork {
    fn add_assign(&mut self, o: RuntimeWork) {
        self.moved_bytes += o.moved_bytes;
        self.copied_objects += o.copied_objects;
        self.deferred += o.deferred;
    }
}

/// The harness could not even start the run.
#[derive(Clone, Debug, PartialEq)]
pub struct ExecError(pub String);

impl fmt::Display for ExecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<MachineError> for ExecError {
    fn from(e: MachineError) -> ExecError {
        ExecError(e.to_string())
    }
}

/// The input objects, laid out in the machine's heap.
#[derive(Clone, Debug, PartialEq)]
pub struct Heap {
    addrs: Vec<u64>,
    sizes: Vec<u64>,
    /// The image's static func values: (address, function index), sorted.
    funcvals: Vec<(u64, u32)>,
    /// The image's itabs: (address, itab index), sorted.
    itabs: Vec<(u64, u32)>,
    /// The attached Go executable's static func values and itabs of the
    /// same functions and itabs (see `GoImage::static_values`): pointers
    /// to them are the same `funcval`/`itab` pointers.
    go: crate::peer::goimage::StaticValues,
    /// A Go function runs: inputs naming a func value or itab get Go's
    /// (Go's world: what Go's `funcval F` and `itab` give), when it has one.
    prefer_go: bool,
}

impl Heap {
    fn address(&self, p: Pointer) -> u64 {
        let find = |go: &[(u64, u32)], janus: &[(u64, u32)], k: u32| {
            let first = |l: &[(u64, u32)]| l.iter().find(|(_, x)| *x == k).map(|(a, _)| *a);
            self.prefer_go
                .then(|| first(go))
                .flatten()
                .or_else(|| first(janus))
                .unwrap_or(0)
        };
        match p {
            Pointer::Nil => 0,
            Pointer::Obj { obj, offset } => self.addrs[obj.0 as usize].wrapping_add(offset as u64),
            Pointer::Func { func } => find(&self.go.funcvals, &self.funcvals, func),
            Pointer::Itab { itab } => find(&self.go.itabs, &self.itabs, itab),
        }
    }

    /// The (object, offset) of an address, if it is in (or one past) an
    /// object, or the static func value or itab at it (janus's or Go's).
    pub fn pointer(&self, a: u64) -> Option<Pointer> {
        if a == 0 {
            return Some(Pointer::Nil);
        }
        let at = |l: &[(u64, u32)]| l.binary_search_by_key(&a, |&(x, _)| x).ok().map(|k| l[k].1);
        if let Some(func) = at(&self.funcvals).or_else(|| at(&self.go.funcvals)) {
            return Some(Pointer::Func { func });
        }
        if let Some(itab) = at(&self.itabs).or_else(|| at(&self.go.itabs)) {
            return Some(Pointer::Itab { itab });
        }
        self.addrs
            .iter()
            .zip(&self.sizes)
            .enumerate()
            .find_map(|(i, (base, size))| {
                (a >= *base && a <= base + size).then(|| Pointer::Obj {
                    obj: ObjId(i as u32),
                    offset: (a - base) as i64,
                })
            })
    }
}

fn mask(bytes: u64) -> u64 {
    if bytes >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * bytes)) - 1
    }
}

fn leaf_bits(v: &LeafValue, heap: &Heap) -> u64 {
    match v {
        LeafValue::Int { bits, .. } | LeafValue::Float { bits, .. } => *bits,
        LeafValue::Ptr(p) => heap.address(*p),
    }
}

/// How the emulated runtime behaves during a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuntimeMode {
    pub stack: StackMode,
    /// Collect (moving every reachable object) at safepoints: every one
    /// while the work is small, on a schedule beyond (`crate::schedule`).
    pub gc_every_safepoint: bool,
}

impl RuntimeMode {
    /// The stack grows only when it runs out, and nothing is collected.
    pub const DEFAULT: RuntimeMode = RuntimeMode {
        stack: StackMode::Grow,
        gc_every_safepoint: false,
    };

    /// The four modes: grow, move, grow and collect, move and collect.
    pub const ALL: [RuntimeMode; 4] = [
        RuntimeMode::DEFAULT,
        RuntimeMode {
            stack: StackMode::MoveEveryEntry,
            gc_every_safepoint: false,
        },
        RuntimeMode {
            stack: StackMode::Grow,
            gc_every_safepoint: true,
        },
        RuntimeMode {
            stack: StackMode::MoveEveryEntry,
            gc_every_safepoint: true,
        },
    ];
}

impl Default for RuntimeMode {
    fn default() -> RuntimeMode {
        RuntimeMode::DEFAULT
    }
}

/// `grow`, `move`, `grow+gc`, `move+gc`: as reports name a mode.
impl fmt::Display for RuntimeMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.stack {
            StackMode::Grow => "grow",
            StackMode::MoveEveryEntry => "move",
        })?;
        if self.gc_every_safepoint {
            f.write_str("+gc")?;
        }
        Ok(())
    }
}

/// Registers a runtime function whose handler works on the runtime;
/// `results` are the registers it returns values in. Returns its stub.
pub(crate) fn runtime_extern(
    m: &mut Machine,
    runtime: &Rc<RefCell<Option<Runtime>>>,
    name: &str,
    results: &'static [Reg],
    f: fn(
        &mut Runtime,
        &mut crate::machine::MachineView<'_>,
    ) -> Result<(), crate::runtime::Finding>,
) -> Result<u64, ExecError> {
    let rt = runtime.clone();
    let stub = m.add_extern(name, move |cpu| {
        let mut guard = rt.borrow_mut();
        let Some(rt) = guard.as_mut() else {
            return Ok(HookAction::Abort("the runtime is not set up".into()));
        };
        Ok(match f(rt, cpu) {
            Ok(()) => {
                clobber_after_runtime_call(cpu, results);
                HookAction::Return
            }
            Err(e) => HookAction::Abort(format!("runtime: {e}")),
        })
    })?;
    Ok(stub)
}

/// The runtime's part of an entry watch, at janus's entries and at Go's
/// definitions of the module's functions alike (entry `k` of the
/// runtime's table): the prologue check counted (`prologue`, janus's
/// definitions), the depth limit, the call recorded, a collection or a
/// forced stack move when the mode and the schedule say.
fn runtime_at_entry(
    rt: &RefCell<Option<Runtime>>,
    cpu: &mut crate::machine::MachineView<'_>,
    k: usize,
    gc: bool,
    prologue: Option<PrologueClass>,
) -> Result<HookAction, MachineError> {
    let mut guard = rt.borrow_mut();
    if let Some(rt) = guard.as_mut() {
        if let Some(c) = prologue {
            rt.stacks.prologue(c);
        }
        // The same call again after morestack is not a new call
        // (nor a deterministic safepoint visit), but its
        // collection still roots the arguments.
        let restart = rt.restarted(k);
        // The depth limit, counted in definition entries (a
        // restart is the same call again: same depth).
        if let Err(f) = rt.enter(cpu, k) {
            return Ok(HookAction::Abort(format!("runtime: {f}")));
        }
        // Before a collection moves anything: what the caller passed.
        if !restart {
            if let Err(f) = rt.record_call(cpu, k) {
                return Ok(HookAction::Abort(format!("runtime: {f}")));
            }
        }
        if gc {
            if let Err(f) = rt.collect_at_entry(cpu, k, restart) {
                return Ok(HookAction::Abort(format!("runtime: {f}")));
            }
        }
        // The prologue's check fails, and morestack moves the
        // stack (resetting stackguard0).
        if rt.move_due_at_entry(k, restart) {
            cpu.set_g_field(G_STACKGUARD0, STACK_FORCE_MOVE)?;
        }
    }
    Ok(HookAction::Return)
}

/// The status flags (CF, PF, AF, ZF, SF, OF): what a call may leave in
/// any state. DF is a promise (clear), not status.
const STATUS_FLAGS: u64 = 0x8d5;

/// Leaves the registers as Go's runtime may leave them after any call into
/// it: Go's runtime is ABIInternal code, which keeps only RSP, RBP and R14
/// (= g) and X15 (= 0) for its caller. Every other general register (but
/// the call's `results`), X0-X14 and the status flags get a poison pattern
/// that names the register, so code that keeps a value in a register
/// across a runtime call reads garbage, not a lucky leftover, and the
/// difference shows.
fn clobber_after_runtime_call<C: Cpu + ?Sized>(cpu: &mut C, results: &[Reg]) {
    for (i, r) in Reg::GPRS.into_iter().enumerate() {
        if matches!(r, Reg::Rsp | Reg::Rbp | Reg::R14) || results.contains(&r) {
            continue;
        }
        cpu.set_reg(r, POISON64 ^ (0x0101 * (i as u64 + 1)));
    }
    for x in 0..15 {
        let v = POISON64 ^ (0x1f1f * (x as u64 + 1));
        cpu.set_xmm(x, (v as u128) << 64 | v as u128);
    }
    cpu.set_xmm(15, 0);
    let flags = cpu.rflags();
    cpu.set_rflags(flags ^ STATUS_FLAGS);
}

/// How far one entry run may go before it is taken for a runaway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryLimits {
    /// Basic blocks it may execute (instructions, in the precise mode).
    pub budget: u64,
    /// The depth limit: calls nested at most (see
    /// [`MAX_FRAMES`](crate::runtime::MAX_FRAMES)).
    pub frames: usize,
}

impl EntryLimits {
    /// A block budget, with the default frame limit.
    pub fn budget(budget: u64) -> EntryLimits {
        EntryLimits {
            budget,
            frames: crate::runtime::MAX_FRAMES,
        }
    }
}

/// Runs `func`'s entry for `abi` from the object `elf` on a machine of its
/// own, in the precise mode (every instruction hooked: exact counts and
/// fault addresses).
pub fn run_entry(
    elf: &[u8],
    func: &Function,
    abi: Abi,
    input: &Materialized,
    limits: EntryLimits,
    mode: RuntimeMode,
) -> Result<EntryRun, ExecError> {
    EntryRunner::new(elf, mode, true)?.run(func, abi, input, limits)
}

/// A machine with an object loaded, the runtime's externs registered and
/// the entry watches of a runtime mode installed, on which any number of
/// entry runs happen one after the other. Each run starts from the state
/// loading left ([`Machine::restore`]), so runs do not see each other, while
/// the emulator keeps the code it translated.
pub struct EntryRunner {
    m: Machine,
    elf: Vec<u8>,
    runtime: Rc<RefCell<Option<Runtime>>>,
    table: Rc<FuncTable>,
    mode: RuntimeMode,
    /// Whether the entry watches collect: the mode's, read by the watches
    /// at each entry, so that a mode changes without a reload.
    gc: Rc<std::cell::Cell<bool>>,
    precise: bool,
    /// Set when the run called `runtime.panicdivide` (which stops it).
    divided: Rc<std::cell::Cell<bool>>,
    /// A Go executable loaded beside the image ([`attach_go`](EntryRunner::attach_go)).
    go: Option<(crate::peer::goimage::GoImage, String)>,
    /// Its static func values and itabs of the loaded module's functions
    /// and itabs (found again at every load).
    go_statics: crate::peer::goimage::StaticValues,
    /// The placeholder bindings made ([`bind_go_placeholders`](EntryRunner::bind_go_placeholders)).
    go_binds: Vec<(String, String)>,
    /// The goroutine's first stack, at least [`FIRST_STACK`] (see
    /// [`set_first_stack`](EntryRunner::set_first_stack)).
    first_stack: u64,
    /// Go's definitions of the module's functions, watched as janus's
    /// ([`watch_go_definitions`](EntryRunner::watch_go_definitions)).
    go_defs: Vec<crate::runtime::EntryInfo>,
    /// The link plan applied ([`link`](EntryRunner::link)).
    links: Option<Links>,
}

/// A link plan as applied: the plan, the Go symbols it was resolved
/// with, and the bytes each patch overwrote (to undo it).
struct Links {
    plan: crate::peer::links::LinkPlan,
    symbols: Vec<crate::peer::emit::FuncSymbols>,
    undo: Vec<(u64, Vec<u8>)>,
}

/// What a run enters: a janus function's entry, or a Go function.
enum Target<'a> {
    Janus,
    /// A Go symbol: `main.F` (ABIInternal) or `main.F.abi0`.
    Go(&'a str),
}

impl EntryRunner {
    /// Where the machine's emulation time went so far.
    pub fn time_split(&self) -> crate::machine::EngineTime {
        self.m.time_split()
    }

    /// Loads `elf`; `precise` selects the machine's precise mode (see
    /// [`crate::machine`]), otherwise the fast one, where a run that does
    /// not return is replayed precisely to describe it.
    pub fn new(elf: &[u8], mode: RuntimeMode, precise: bool) -> Result<EntryRunner, ExecError> {
        // A small first stack, as Go's: deep calls make it grow (and move).
        let mut m = Machine::new(MachineConfig {
            stack_size: INITIAL_STACK,
            every_instruction: precise,
            ..MachineConfig::default()
        })?;
        let runtime: Rc<RefCell<Option<Runtime>>> = Rc::new(RefCell::new(None));
        // morestack keeps RDX, the closure context (Go's morestack saves it
        // in g.sched.ctxt and the restart gets it back).
        runtime_extern(&mut m, &runtime, MORESTACK, &[Reg::Rdx], |rt, cpu| {
            rt.morestack(cpu)
        })?;
        runtime_extern(&mut m, &runtime, NEWOBJECT, &[Reg::Rax], |rt, cpu| {
            rt.newobject(cpu)
        })?;
        let divided = Rc::new(std::cell::Cell::new(false));
        let flag = divided.clone();
        m.add_extern(PANIC_DIVIDE, move |_| {
            flag.set(true);
            Ok(HookAction::Abort(PANIC_DIVIDE.to_string()))
        })?;
        // The runtime's arenas stay mapped from run to run.
        for r in crate::runtime::arenas() {
            m.keep_mapped(r);
        }
        let mut runner = EntryRunner {
            m,
            elf: Vec::new(),
            runtime,
            table: Rc::new(FuncTable::default()),
            mode,
            gc: Rc::new(std::cell::Cell::new(mode.gc_every_safepoint)),
            precise,
            divided,
            go: None,
            go_statics: Default::default(),
            go_binds: Vec::new(),
            first_stack: FIRST_STACK,
            go_defs: Vec::new(),
            links: None,
        };
        runner.load(elf, mode)?;
        Ok(runner)
    }

    /// Swaps in another object (and runtime mode) on the same machine: the
    /// emulator, its memory map and the runtime's arenas are reused, the
    /// old image, its watches and every translation are dropped.
    ///
    /// A link plan applied ([`link`](EntryRunner::link)) is undone first
    /// and applied again to the new image (its symbols resolved there).
    pub fn reload(&mut self, elf: &[u8], mode: RuntimeMode) -> Result<(), ExecError> {
        let links = self.unlink()?;
        self.m.unload()?;
        self.load(elf, mode)?;
        if let Some((plan, symbols)) = links {
            self.link(&plan, &symbols)?;
        }
        Ok(())
    }

    fn load(&mut self, elf: &[u8], mode: RuntimeMode) -> Result<(), ExecError> {
        *self.runtime.borrow_mut() = None;
        let m = &mut self.m;
        let runtime = &self.runtime;
        // The module's externs, bound before the loader resolves them.
        for e in crate::externs::object_externs(elf) {
            crate::externs::install(m, &e, runtime)?;
        }
        m.load(elf)?;
        let mut table = FuncTable::new(m.image().ok_or_else(|| ExecError("no image".into()))?)
            .map_err(ExecError)?;
        // At every entry: ABI0 code may use R14 and X15 as it likes, so on
        // entry to ABI0 code they hold garbage (whoever relies on them after
        // it must restore them); in the collecting mode, a collection; in
        // the moving mode, a stack move; each when the schedule says (see
        // `crate::schedule`). Every entry is watched whatever the mode: a mode
        // then changes no hook ([`set_mode`](EntryRunner::set_mode)), and
        // the runs of all four modes share one translation of the code (a
        // hook is compiled into the code translated where it is). A watch
        // with nothing to do in a mode returns at once.
        for (k, e) in table.entries().iter().enumerate() {
            let abi0 = e.abi == Abi::Abi0;
            let rt = runtime.clone();
            let gc = self.gc.clone();
            let internal_definition = !abi0 && e.definition;
            let context = internal_definition && e.context;
            let start = e.start;
            let symbol = e.symbol.clone();
            // Definitions' prologue checks are counted (a wrapper's entry
            // is not watched in every mode).
            let prologue =
                (e.definition && e.body.is_some()).then(|| PrologueClass::of_frame(e.frame));
            m.watch(e.start, &format!("entry:{}", e.symbol), move |cpu| {
                if abi0 {
                    cpu.set_reg(Reg::R14, POISON64 ^ 0x1414);
                    cpu.set_xmm(15, (POISON64 as u128) << 64 | (POISON64 ^ 0x1515) as u128);
                }
                // ABIInternal's promises to a callee, checked where they are
                // made: whoever calls an ABIInternal definition (its caller,
                // a wrapper, the oracle) must hand it g in R14, zero in X15
                // and DF clear.
                if internal_definition {
                    if let Some(broken) = entry_promise_broken(cpu) {
                        return Ok(HookAction::Abort(format!(
                            "{ENTRY_PROMISE}: {symbol} (ABIInternal) entered with {broken}"
                        )));
                    }
                }
                // A closure is entered through its func value, which the
                // caller hands over in RDX: the word there is this entry.
                if context {
                    if let Some(broken) = context_broken(cpu, start) {
                        return Ok(HookAction::Abort(format!(
                            "{ENTRY_PROMISE}: {symbol} (a closure) entered with {broken}"
                        )));
                    }
                }
                runtime_at_entry(&rt, cpu, k, gc.get(), prologue)
            })?;
        }
        if let Some((go, prefix)) = &self.go {
            self.go_statics = go.static_values(prefix, &table.names);
            // Go's definitions of the module's functions, watched as
            // janus's definitions are (see `watch_go_definitions`).
            let first = table.add_foreign(self.go_defs.clone());
            let mut hooks: HashMap<u64, crate::peer::goimage::DefinitionHook> = HashMap::new();
            for (i, e) in self.go_defs.iter().enumerate() {
                let (rt, k, start, context) = (runtime.clone(), first + i, e.start, e.context);
                let symbol = e.symbol.clone();
                let gc = self.gc.clone();
                hooks.insert(
                    e.start,
                    Rc::new(move |cpu| {
                        if context {
                            if let Some(broken) = context_broken(cpu, start) {
                                return Ok(HookAction::Abort(format!(
                                    "{ENTRY_PROMISE}: Go's {symbol} (a closure) entered with {broken}"
                                )));
                            }
                        }
                        runtime_at_entry(&rt, cpu, k, gc.get(), None)
                    }),
                );
            }
            go.watch_entries(m, &hooks)?;
        }
        self.elf = elf.to_vec();
        self.table = Rc::new(table);
        self.set_mode(mode);
        Ok(())
    }

    /// Switches the runtime mode of the runs to come, keeping the loaded
    /// image and every translation of its code: the entry watches are the
    /// same in every mode.
    pub fn set_mode(&mut self, mode: RuntimeMode) {
        self.mode = mode;
        self.gc.set(mode.gc_every_safepoint);
    }

    /// The runtime mode of the runs to come.
    pub fn mode(&self) -> RuntimeMode {
        self.mode
    }

    /// Runs `func`'s entry for `abi` with `input`.
    pub fn run(
        &mut self,
        func: &Function,
        abi: Abi,
        input: &Materialized,
        limits: EntryLimits,
    ) -> Result<EntryRun, ExecError> {
        self.run_target(Target::Janus, func, abi, input, limits)
    }

    /// Loads a Go executable (see [`crate::peer::goimage`]) beside the
    /// image, for [`run_go`](EntryRunner::run_go); the entries of its
    /// functions whose names start with `watch_prefix` are watched (entry
    /// promises, ABI0 poisoning). At most one per runner; it stays across
    /// [`reload`](EntryRunner::reload).
    pub fn attach_go(
        &mut self,
        exe: Rc<crate::peer::goelf::GoExecutable>,
        watch_prefix: &str,
    ) -> Result<(), ExecError> {
        if self.go.is_some() {
            return Err(ExecError("a Go executable is already loaded".into()));
        }
        let go =
            crate::peer::goimage::GoImage::install(&mut self.m, exe, &self.runtime, watch_prefix)?;
        go.watch_entries(&mut self.m, &HashMap::new())?;
        self.go_statics = go.static_values(watch_prefix, &self.table.names);
        let inits = go.package_inits("main").map_err(ExecError)?;
        self.go = Some((go, watch_prefix.to_string()));
        let data = self.run_go_inits(&inits);
        match data {
            Ok(data) => {
                if let Some((go, _)) = &mut self.go {
                    go.init_data = data;
                }
                Ok(())
            }
            Err(e) => {
                // Not half attached: a failed init leaves no Go behind
                // (its segments stay mapped, unused).
                self.go = None;
                Err(e)
            }
        }
    }

    /// Names the attached executable's module whose functions the loaded
    /// image's are: Go's names of them are `{prefix}_F` (`main.m3`: see
    /// [`crate::peer::emit`]), for reading back Go's static func values and
    /// itabs; only that module's Go entries are watched from the next load
    /// on. One executable may hold many modules, loaded in turn.
    pub fn set_go_module(&mut self, prefix: &str) -> Result<(), ExecError> {
        let Some((go, p)) = &mut self.go else {
            return Err(ExecError("no Go executable is attached".into()));
        };
        *p = prefix.to_string();
        go.watch_module(prefix);
        self.go_statics = go.static_values(prefix, &self.table.names);
        Ok(())
    }

    /// Runs the Go package's init functions (see
    /// `GoImage::package_inits`) once, as Go's runtime would before
    /// `main`, and returns what they wrote into the writable segments
    /// (runs of changed bytes): the baseline of every later run. An init
    /// must return and leave no heap object behind (the heap starts afresh
    /// at every run, so a package variable pointing into it would dangle).
    fn run_go_inits(&mut self, inits: &[(u64, String)]) -> Result<Vec<(u64, Vec<u8>)>, ExecError> {
        if inits.is_empty() {
            return Ok(Vec::new());
        }
        let init_func = Function {
            name: "init".into(),
            sig: Default::default(),
            abi: Abi::Internal,
            nosplit: false,
            slots: Vec::new(),
            blocks: Vec::new(),
            value_types: Vec::new(),
            source: Default::default(),
            context: None,
        };
        let none = Materialized {
            leaves: Vec::new(),
            objects: Vec::new(),
            descriptors: BTreeMap::new(),
            type_objects: BTreeMap::new(),
        };
        let limits = EntryLimits::budget(10_000_000);
        self.m.restore()?;
        for (_, name) in inits {
            let run = self.run_once(&Target::Go(name), &init_func, Abi::Internal, &none, limits)?;
            let fail = |why: String| ExecError(format!("Go's package init {name}: {why}"));
            if run.outcome != EntryOutcome::Returned(Vec::new()) {
                return Err(fail(format!("{:?}", run.outcome)));
            }
            if let Some(v) = run.violations.first() {
                return Err(fail(v.clone()));
            }
            if !run.heap.addrs.is_empty() {
                return Err(fail(format!(
                    "it allocated {} heap objects, which would not survive to the runs",
                    run.heap.addrs.len()
                )));
            }
        }
        let go = &self.go.as_ref().expect("attached").0;
        let mut data = Vec::new();
        for s in go.exe.segments.iter().filter(|s| s.perms.write) {
            let now = self
                .m
                .read_bytes(s.range.start, (s.range.end - s.range.start) as usize)
                .map_err(|e| ExecError(e.to_string()))?;
            let mut k = 0;
            while k < now.len() {
                let loaded = |i: usize| s.data.get(i).copied().unwrap_or(0);
                if now[k] == loaded(k) {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < now.len() && now[k] != loaded(k) {
                    k += 1;
                }
                data.push((s.range.start + start as u64, now[start..k].to_vec()));
            }
        }
        Ok(data)
    }

    /// Binds the attached Go executable's assembly placeholders (the Go
    /// declarations of the module's `abi0` functions and externs, see
    /// docs/peer.md) to this image: each `(placeholder, janus symbol)`
    /// pair makes the placeholder's first bytes a jump to the symbol, an
    /// entry of janus's image or, for an extern janus leaves undefined, the
    /// oracle's stub for it. Go's own call sequence for an ABI0 callee then
    /// reaches janus's ABI0 code. Bind again after loading another image.
    pub fn bind_go_placeholders(&mut self, binds: &[(String, String)]) -> Result<(), ExecError> {
        let Some((go, _)) = &self.go else {
            return Err(ExecError("no Go executable is attached".into()));
        };
        let mut resolved = Vec::new();
        for (placeholder, janus) in binds {
            let at = go.function(placeholder).ok_or_else(|| {
                ExecError(format!(
                    "the Go executable has no placeholder {placeholder}"
                ))
            })?;
            let to = self
                .m
                .image()
                .and_then(|i| i.symbol(janus))
                .map(|s| s.address)
                .or_else(|| self.m.extern_address(janus))
                .ok_or_else(|| {
                    ExecError(format!(
                        "cannot bind Go's {placeholder}: janus's image defines no {janus} and no extern is registered under that name"
                    ))
                })?;
            resolved.push((at, to));
        }
        for (at, to) in resolved {
            self.m.redirect(at, to)?;
        }
        self.go_binds = binds.to_vec();
        Ok(())
    }

    /// Watches Go's definitions of the module's functions (`funcs`, with
    /// `symbols` from the emitter) as janus's definitions are watched: at
    /// each entry of Go's code of an `internal` function (`main.m<k>_F`, or
    /// a closure literal; not the ABI wrappers, and `abi0` functions have
    /// no Go definition) the runtime records the call with its arguments
    /// as the oracle's model of ABIInternal places them, under the IR
    /// name, as at janus's definition, counts the frame against the depth
    /// limit, and collects or moves the stack as the runtime mode says. So
    /// runs through janus's entry and through Go's make the same calls,
    /// moves and collections. Stays across [`reload`](EntryRunner::reload).
    pub fn watch_go_definitions(
        &mut self,
        funcs: &[Function],
        symbols: &[crate::peer::emit::FuncSymbols],
    ) -> Result<(), ExecError> {
        let Some((go, _)) = &self.go else {
            return Err(ExecError("no Go executable is attached".into()));
        };
        let mut defs = Vec::new();
        for f in funcs.iter().filter(|f| f.abi == Abi::Internal) {
            let symbol = symbols
                .iter()
                .find(|s| s.ir_name == f.name)
                .and_then(|s| s.internal.as_deref())
                .ok_or_else(|| ExecError(format!("no Go symbol of {}'s definition", f.name)))?;
            defs.push(go.definition_entry(symbol, f)?);
        }
        self.go_defs = defs;
        // Watches are installed at load: load again (the same image).
        let elf = std::mem::take(&mut self.elf);
        self.reload(&elf, self.mode)
    }

    /// Binds every call edge of `plan` in the loaded code (see
    /// [`crate::peer::links`]): for an edge bound to Go, the direct calls
    /// in janus's definition of the caller of the callee's entry (its
    /// ABIInternal definition or wrapper, or its ABI0 one: the entry is
    /// kept) reach Go's same entry (`main.m<k>_F`, `main.m<k>_F.abi0`);
    /// for an edge bound to janus, the calls in Go's definition of the
    /// caller reach janus's entry. Go's code calls an `internal` callee's
    /// ABI0 entry through an assembly trampoline (those calls are
    /// retargeted), an `abi0` callee's ABI0 entry through its placeholder,
    /// and its ABIInternal entry indirectly, through a variable holding
    /// its func value: those loads are rewritten to load janus's static
    /// func value of the callee instead, which the image must hold (build
    /// it with those func values: `write_object_with`). `symbols` are the
    /// module's from the emitter. The previous plan's patches are undone
    /// first; the plan stays across [`reload`](EntryRunner::reload) and is
    /// applied again on the precise replay.
    pub fn link(
        &mut self,
        plan: &crate::peer::links::LinkPlan,
        symbols: &[crate::peer::emit::FuncSymbols],
    ) -> Result<crate::peer::links::LinkReport, ExecError> {
        use crate::peer::links::{
            retarget_branches, retarget_funcval_loads, EdgeLink, LinkReport, Patch, Side,
        };
        let started = std::time::Instant::now();
        self.unlink()?;
        let Some((go, _)) = &self.go else {
            return Err(ExecError("no Go executable is attached".into()));
        };
        let fail = |e: &dyn fmt::Display, what: String| ExecError(format!("linking {e}: {what}"));
        let sym = |name: &str| symbols.iter().find(|s| s.ir_name == name);
        let janus = |name: &str| self.m.symbol_address(name);
        let go_fn = |name: &Option<String>| name.as_deref().and_then(|n| go.function(n));
        // Per caller's code (start, end): old target -> new, for calls and
        // for func value loads; and which edge each old target is.
        type Retarget = (HashMap<u64, u64>, HashMap<u64, u64>);
        let mut by_code: BTreeMap<(u64, u64), Retarget> = BTreeMap::new();
        let mut edge_of: HashMap<((u64, u64), u64), usize> = HashMap::new();
        for (i, (e, side)) in plan.edges.iter().enumerate() {
            let callee =
                sym(&e.callee).ok_or_else(|| fail(e, format!("no Go symbols of {}", e.callee)))?;
            let caller =
                sym(&e.caller).ok_or_else(|| fail(e, format!("no Go symbols of {}", e.caller)))?;
            let callee_abi0 = callee.placeholder.is_some();
            let entry_name = match e.entry {
                Abi::Internal => e.callee.clone(),
                Abi::Abi0 => format!("{}.abi0", e.callee),
            };
            let janus_entry = janus(&entry_name)
                .ok_or_else(|| fail(e, format!("janus's image has no {entry_name}")))?;
            match side {
                Side::Go => {
                    // janus's caller now calls Go's entry.
                    let go_entry = match e.entry {
                        Abi::Internal => &callee.internal,
                        Abi::Abi0 => &callee.abi0,
                    };
                    let to = go_fn(go_entry).ok_or_else(|| {
                        fail(
                            e,
                            format!(
                                "the Go executable has no {} entry of {} ({go_entry:?})",
                                entry_name, e.callee
                            ),
                        )
                    })?;
                    let def = self
                        .table
                        .entries()
                        .iter()
                        .find(|d| {
                            d.definition
                                && (*d.symbol == *e.caller
                                    || *d.symbol == format!("{}.abi0", e.caller))
                        })
                        .ok_or_else(|| {
                            fail(
                                e,
                                format!("janus's image has no definition of {}", e.caller),
                            )
                        })?;
                    let code = (def.start, def.end);
                    by_code.entry(code).or_default().0.insert(janus_entry, to);
                    edge_of.insert((code, janus_entry), i);
                }
                Side::Janus => {
                    // Go's caller, if Go defines it (an `abi0` function's
                    // body is janus's only), now calls janus's entry.
                    if caller.placeholder.is_some() {
                        continue;
                    }
                    let caller_sym = caller
                        .internal
                        .as_deref()
                        .ok_or_else(|| fail(e, format!("no Go definition of {}", e.caller)))?;
                    let s = go
                        .exe
                        .symbol(caller_sym)
                        .filter(|s| s.function)
                        .ok_or_else(|| fail(e, format!("the Go executable has no {caller_sym}")))?;
                    let code = (s.address, s.address + s.size);
                    let slot = by_code.entry(code).or_default();
                    let from = match (callee_abi0, e.entry) {
                        (false, Abi::Internal) => go_fn(&callee.internal),
                        (false, Abi::Abi0) => go_fn(&callee.via_abi0),
                        (true, Abi::Abi0) => go_fn(&callee.abi0),
                        (true, Abi::Internal) => {
                            // An indirect call through the func value
                            // variable: load janus's func value instead.
                            let var = callee
                                .via_internal
                                .as_deref()
                                .and_then(|v| go.exe.symbol(v))
                                .map(|v| v.address)
                                .ok_or_else(|| {
                                    fail(e, format!("the Go executable has no func value variable of {}", e.callee))
                                })?;
                            let fv_name = crate::runtime::funcval_symbol(&e.callee);
                            let fv = janus(&fv_name).ok_or_else(|| {
                                fail(e, format!("janus's image has no static func value {fv_name} (build the object with it)"))
                            })?;
                            let word = self.m.read_u64(fv).map_err(|err| fail(e, err.to_string()))?;
                            if word != janus_entry {
                                return Err(fail(e, format!("janus's {fv_name} holds {word:#x}, not {entry_name} ({janus_entry:#x})")));
                            }
                            slot.1.insert(var, fv);
                            edge_of.insert((code, var), i);
                            continue;
                        }
                    }
                    .ok_or_else(|| {
                        fail(e, format!("the Go executable has no entry of {} that Go's {} calls", e.callee, e.caller))
                    })?;
                    slot.0.insert(from, janus_entry);
                    edge_of.insert((code, from), i);
                }
            }
        }
        let mut edges: Vec<EdgeLink> = plan
            .edges
            .iter()
            .map(|(e, s)| EdgeLink {
                edge: e.clone(),
                side: *s,
                janus_patches: 0,
                go_patches: 0,
            })
            .collect();
        let mut patches: Vec<Patch> = Vec::new();
        for (&(start, end), (calls, loads)) in &by_code {
            let code = self
                .m
                .read_bytes(start, (end - start) as usize)
                .map_err(|e| ExecError(e.to_string()))?;
            let describe = |err: crate::peer::links::LinkError| {
                ExecError(format!("linking in {}: {err}", self.m.describe(start)))
            };
            let mut found = retarget_branches(&code, start, calls).map_err(describe)?;
            found.extend(retarget_funcval_loads(&code, start, loads).map_err(describe)?);
            for p in &found {
                let e = &mut edges[edge_of[&((start, end), p.from)]];
                if e.side == Side::Go {
                    e.janus_patches += 1;
                } else {
                    e.go_patches += 1;
                }
            }
            patches.extend(found);
        }
        let mut undo = Vec::with_capacity(patches.len());
        for p in &patches {
            let old = self
                .m
                .read_bytes(p.at, p.bytes.len())
                .map_err(|e| ExecError(e.to_string()))?;
            self.m.patch_code(p.at, &p.bytes)?;
            undo.push((p.at, old));
        }
        self.links = Some(Links {
            plan: plan.clone(),
            symbols: symbols.to_vec(),
            undo,
        });
        Ok(LinkReport {
            edges,
            patches: patches.len(),
            took: started.elapsed(),
        })
    }

    /// Undoes the applied link plan's patches (every call back to its own
    /// side's callee), and returns the plan and its symbols, if one was.
    pub fn unlink(
        &mut self,
    ) -> Result<
        Option<(
            crate::peer::links::LinkPlan,
            Vec<crate::peer::emit::FuncSymbols>,
        )>,
        ExecError,
    > {
        let Some(links) = self.links.take() else {
            return Ok(None);
        };
        for (at, old) in links.undo.iter().rev() {
            self.m.patch_code(*at, old)?;
        }
        Ok(Some((links.plan, links.symbols)))
    }

    /// The goroutine's first stack for the next runs: `bytes` (a power of
    /// two, at least [`FIRST_STACK`]), so that code whose frames the
    /// runtime cannot unwind yet (Go's) need not grow it.
    pub fn set_first_stack(&mut self, bytes: u64) -> Result<(), ExecError> {
        if !bytes.is_power_of_two() || !(FIRST_STACK..=crate::runtime::MAX_STACK).contains(&bytes) {
            return Err(ExecError(format!(
                "a first stack of {bytes} bytes: not a power of two from {FIRST_STACK} to {}",
                crate::runtime::MAX_STACK
            )));
        }
        self.first_stack = bytes;
        Ok(())
    }

    /// Runs the Go function `symbol` of the attached executable with the
    /// checks a janus entry gets: `func`'s signature describes its
    /// arguments and results, and `abi` says which convention `symbol`
    /// uses (`main.F` is ABIInternal, its wrapper `main.F.abi0` ABI0); the
    /// oracle's model places them. `func`'s body plays no part.
    pub fn run_go(
        &mut self,
        symbol: &str,
        func: &Function,
        abi: Abi,
        input: &Materialized,
        limits: EntryLimits,
    ) -> Result<EntryRun, ExecError> {
        self.run_target(Target::Go(symbol), func, abi, input, limits)
    }

    fn run_target(
        &mut self,
        target: Target<'_>,
        func: &Function,
        abi: Abi,
        input: &Materialized,
        limits: EntryLimits,
    ) -> Result<EntryRun, ExecError> {
        self.m.restore()?;
        // The writable segment as Go's package init left it.
        if let Some((go, _)) = &self.go {
            for (at, bytes) in &go.init_data {
                self.m
                    .write_bytes(*at, bytes)
                    .map_err(|e| ExecError(e.to_string()))?;
            }
        }
        let run = self.run_once(&target, func, abi, input, limits)?;
        // A runaway is not replayed: instruction by instruction it would
        // take minutes, and say no more.
        let replay = matches!(run.outcome, EntryOutcome::Crashed(_)) && !run.exhausted;
        if self.precise || !replay {
            return Ok(run);
        }
        // Describe how it went wrong exactly: the same run, every
        // instruction hooked (runs are deterministic).
        let mut precise = match EntryRunner::new(&self.elf, self.mode, true) {
            Ok(p) => p,
            Err(_) => return Ok(run),
        };
        precise.first_stack = self.first_stack;
        if let Some((go, prefix)) = &self.go {
            if precise.attach_go(go.exe.clone(), prefix).is_err()
                || precise.bind_go_placeholders(&self.go_binds).is_err()
            {
                return Ok(run);
            }
            if !self.go_defs.is_empty() {
                precise.go_defs = self.go_defs.clone();
                if precise.reload(&self.elf, self.mode).is_err() {
                    return Ok(run);
                }
            }
            if let Some(l) = &self.links {
                if precise.link(&l.plan, &l.symbols).is_err() {
                    return Ok(run);
                }
            }
        }
        // The fast mode counted blocks; the precise one counts instructions,
        // and a block holds at most 512 (TCG's limit): the same run fits.
        let limits = EntryLimits {
            budget: limits.budget.saturating_mul(512),
            ..limits
        };
        precise.run_target(target, func, abi, input, limits)
    }

    fn run_once(
        &mut self,
        target: &Target<'_>,
        func: &Function,
        abi: Abi,
        input: &Materialized,
        limits: EntryLimits,
    ) -> Result<EntryRun, ExecError> {
        let mode = self.mode;
        let m = &mut self.m;
        let runtime = &self.runtime;
        self.divided.set(false);
        let mut rt = Runtime::new(self.table.clone(), mode.stack, m.stack_lo(), m.stack_hi());
        rt.types = self.table.types.clone();
        rt.gc_every_safepoint = mode.gc_every_safepoint;
        rt.max_frames = limits.frames;
        rt.foreign = self
            .go
            .as_ref()
            .map(|(go, _)| go.frames.clone() as Rc<dyn crate::runtime::ForeignFrames>);
        rt.foreign_funcvals = self.go_statics.funcvals.clone();
        rt.foreign_itabs = self.go_statics.itabs.clone();
        let entry = match target {
            Target::Janus => {
                rt.trace_symbol = Some(match func.abi {
                    Abi::Internal => func.name.clone(),
                    Abi::Abi0 => format!("{}.abi0", func.name),
                });
                let symbol = match abi {
                    Abi::Internal => func.name.clone(),
                    Abi::Abi0 => format!("{}.abi0", func.name),
                };
                m.symbol_address(&symbol)
                    .ok_or_else(|| ExecError(format!("the object has no symbol {symbol}")))?
            }
            // The trace follows janus's frames: a Go function has none.
            Target::Go(symbol) => self
                .go
                .as_ref()
                .and_then(|(go, _)| go.function(symbol))
                .ok_or_else(|| ExecError(format!("the Go executable has no function {symbol}")))?,
        };

        // The input objects, in the runtime's heap.
        let total: u64 = input
            .objects
            .iter()
            .map(|o| o.size + o.align + 16)
            .sum::<u64>();
        let mut heap = Heap {
            addrs: Vec::new(),
            sizes: Vec::new(),
            funcvals: self.table.funcvals.clone(),
            itabs: self.table.itabs.clone(),
            go: self.go_statics.clone(),
            prefer_go: matches!(target, Target::Go(_)),
        };
        // A func value input (`funcval F`) is the address of F's static
        // funcval: an object without it would get a nil in its place.
        let leaf_ptrs = input.leaves.iter().filter_map(|l| match l {
            LeafValue::Ptr(p) => Some(*p),
            _ => None,
        });
        let obj_ptrs = input
            .objects
            .iter()
            .flat_map(|o| o.pointers.values().copied());
        if let Some(func) = leaf_ptrs.chain(obj_ptrs).find_map(|p| match p {
            Pointer::Func { func } if !heap.funcvals.iter().any(|&(_, f)| f == func) => Some(func),
            _ => None,
        }) {
            return Err(ExecError(format!(
                "the object has no static func value of function {func}, which an input names"
            )));
        }
        // Objects standing for types are pinned when Go's code may run
        // (Go's maps do not count type words); janus's own runs keep
        // moving them, so that janus's maps must count those words.
        let types = self
            .go
            .as_ref()
            .and_then(|_| crate::inputs::type_objects(input, &func.name));
        for (i, o) in input.objects.iter().enumerate() {
            let addr = if o.descriptor {
                rt.place_descriptor(m, o.size, o.align)
            } else if types.is_some_and(|t| t.contains(&ObjId(i as u32))) {
                // It stands for a type: never moved (see `crate::inputs`).
                rt.place_pinned(m, o.size, o.align, o.ptr_words.iter().copied().collect())
            } else {
                rt.place_input(
                    m,
                    o.size,
                    o.align,
                    o.ptr_words.iter().copied().collect(),
                    total,
                )
            }
            .map_err(|e| ExecError(e.to_string()))?;
            heap.addrs.push(addr);
            heap.sizes.push(o.size);
        }
        rt.ready(m).map_err(|e| ExecError(e.to_string()))?;
        for (o, addr) in input.objects.iter().zip(heap.addrs.clone()) {
            m.write_bytes(addr, &o.bytes)
                .map_err(|e| ExecError(e.to_string()))?;
            for (off, p) in &o.pointers {
                m.write_u64(addr + off, heap.address(*p))
                    .map_err(|e| ExecError(e.to_string()))?;
            }
        }

        // Where the model puts everything.
        let shapes = |ps: &[janus_backend::types::Param]| {
            ps.iter().map(|p| Shape::of(&p.ty)).collect::<Vec<_>>()
        };
        let (pshapes, rshapes) = (shapes(&func.sig.params), shapes(&func.sig.results));
        let layout = model::assign(&pshapes, &rshapes, abi.into());
        let area = layout.spill_area_offset + layout.spill_area_size;

        // The first stack holds the caller's frame (canaries), the argument
        // area, and below it at least the room Go promises a callee
        // (`_StackGuard`: a nosplit chain fits). The machine's own stack
        // when that fits, else one the runtime makes, as big as needed (a
        // power of two, as Go's): arguments can be far bigger than a first
        // stack.
        let needed = CALLER_FRAME + area + 16 + STACK_GUARD;
        let (lo, top) = if needed <= FIRST_STACK && self.first_stack == FIRST_STACK {
            // The whole page starts out as poison (what the callee reads
            // before it writes shows, and a stack map naming such a word is
            // caught); the goroutine's stack is its top 2 KiB.
            let page = m.stack_lo();
            m.write_bytes(page, &vec![POISON; (m.stack_hi() - page) as usize])
                .map_err(|e| ExecError(e.to_string()))?;
            let (lo, hi) = (m.stack_hi() - FIRST_STACK, m.stack_hi());
            rt.use_stack(m, lo, hi)
                .map_err(|e| ExecError(e.to_string()))?;
            // The rest of the page is the gap below this stack: a frame
            // that ran past the stack's end shows there (checked when the
            // run ends, as the gaps below the runtime's stacks are).
            rt.retired.push((page, lo, GAP_BELOW));
            (lo, hi)
        } else {
            if needed > FIRST_STACK {
                rt.stacks.first_sized_to_arguments += 1;
            }
            rt.first_stack(m, needed.next_power_of_two().max(self.first_stack))
                .map_err(|e| ExecError(e.to_string()))?
        };
        *runtime.borrow_mut() = Some(rt);

        // Poison every register, then the argument area; leave canaries around it.
        for (i, r) in Reg::GPRS.iter().enumerate() {
            if *r != Reg::Rsp {
                m.set_reg(*r, POISON64 ^ (i as u64) << 56);
            }
        }
        for x in 0..16 {
            m.set_xmm(x, (POISON64 as u128) << 64 | (POISON64 ^ x as u64) as u128);
        }
        let sp = (top - CALLER_FRAME - area) & !15;
        debug_assert!(sp >= lo + STACK_GUARD);
        // Canaries from the argument area up to the top of the stack (the
        // caller's frame), and in the argument area wherever no slot is:
        // after return they must be intact. The slots the callee may write
        // (its stack arguments, result slots and spill slots, per the
        // model) start as poison, and the arguments go in below.
        m.write_bytes(sp, &vec![CANARY; (top - sp) as usize])
            .map_err(|e| ExecError(e.to_string()))?;
        let writable = writable_slots(&pshapes, &rshapes, &layout);
        for r in &writable {
            m.write_bytes(sp + r.start, &vec![POISON; (r.end - r.start) as usize])
                .map_err(|e| ExecError(e.to_string()))?;
        }
        if abi == Abi::Internal {
            let g = m.g_addr();
            m.set_reg(Reg::R14, g);
            m.set_xmm(15, 0);
        }
        let mut k = 0;
        for (shape, place) in pshapes.iter().zip(&layout.params) {
            let comps = all_components(shape);
            match place {
                Placement::Stack(off) => {
                    for c in &comps {
                        let bits = leaf_bits(&input.leaves[k], &heap);
                        m.write_bytes(sp + off + c.offset, &bits.to_le_bytes()[..c.bytes as usize])
                            .map_err(|e| ExecError(e.to_string()))?;
                        k += 1;
                    }
                }
                Placement::Regs { regs, .. } => {
                    for (class, idx, c) in regs {
                        let bits = leaf_bits(&input.leaves[k], &heap);
                        // The bits beyond the value are not the callee's to read.
                        let noisy = (POISON64 & !mask(c.bytes)) | (bits & mask(c.bytes));
                        match class {
                            RegClass::Int => m.set_reg(INT_ARG_REGS[*idx], noisy),
                            RegClass::Float => {
                                m.set_xmm(*idx, (POISON64 as u128) << 64 | noisy as u128)
                            }
                        }
                        k += 1;
                    }
                }
            }
        }
        m.set_reg(Reg::Rsp, sp);
        let canaries = m
            .read_bytes(sp, (top - sp) as usize)
            .map_err(|e| ExecError(e.to_string()))?;
        let rbp_before = m.reg(Reg::Rbp);
        let mxcsr_before = m.mxcsr();
        let outcome = m.call(entry, limits.budget);
        // The stack may have moved: the argument area moved with it.
        let (moves, displacement, collections, trace, trace_dropped) = runtime
            .borrow_mut()
            .as_mut()
            .map_or((0, 0, 0, Vec::new(), 0), |rt| {
                (
                    rt.moves,
                    rt.displacement,
                    rt.collections,
                    std::mem::take(&mut rt.trace),
                    rt.trace_dropped,
                )
            });
        let work = runtime
            .borrow()
            .as_ref()
            .map_or(RuntimeWork::default(), |rt| RuntimeWork {
                moved_bytes: rt.moved_bytes,
                copied_objects: rt.copied_objects,
                deferred: rt.deferred(),
            });
        let (calls, calls_total, go_entered) =
            runtime
                .borrow_mut()
                .as_mut()
                .map_or((Vec::new(), 0, Vec::new()), |rt| {
                    (
                        std::mem::take(&mut rt.calls),
                        rt.calls_total,
                        std::mem::take(&mut rt.foreign_entered)
                            .into_iter()
                            .collect(),
                    )
                });
        let overflow = runtime.borrow().as_ref().and_then(|rt| rt.overflow);
        let stack_lo = runtime.borrow().as_ref().map(|rt| rt.stack_lo);
        // Objects may have moved too, and the program may have made more.
        if let Some(rt) = runtime.borrow().as_ref() {
            heap = Heap {
                addrs: rt
                    .objects
                    .iter()
                    .map(|o| o.addr.unwrap_or(u64::MAX))
                    .collect(),
                sizes: rt
                    .objects
                    .iter()
                    .map(|o| if o.addr.is_some() { o.size } else { 0 })
                    .collect(),
                funcvals: std::mem::take(&mut heap.funcvals),
                itabs: std::mem::take(&mut heap.itabs),
                go: std::mem::take(&mut heap.go),
                prefer_go: heap.prefer_go,
            };
        }
        let sp = sp.wrapping_add(displacement as u64);
        let instructions = m.instructions_executed();

        let exhausted = matches!(outcome, Outcome::BudgetExhausted { .. });
        let outcome = match outcome {
            Outcome::Returned => {
                let mut vals = Vec::new();
                for (ri, (shape, place)) in rshapes.iter().zip(&layout.results).enumerate() {
                    let comps = all_components(shape);
                    let tys: Vec<Ty> = janus_backend::ir::leaves(&func.sig.results[ri].ty)
                        .iter()
                        .map(|l| l.ty)
                        .collect();
                    match place {
                        Placement::Stack(off) => {
                            for (c, ty) in comps.iter().zip(&tys) {
                                let raw = m
                                    .read_bytes(sp + off + c.offset, c.bytes as usize)
                                    .map_err(|e| ExecError(e.to_string()))?;
                                let mut b = [0u8; 8];
                                b[..raw.len()].copy_from_slice(&raw);
                                vals.push(to_leaf(u64::from_le_bytes(b), *ty, &heap));
                            }
                        }
                        Placement::Regs { regs, .. } => {
                            for ((class, idx, c), ty) in regs.iter().zip(&tys) {
                                let raw = match class {
                                    RegClass::Int => m.reg(INT_ARG_REGS[*idx]),
                                    RegClass::Float => m.xmm(*idx) as u64,
                                };
                                vals.push(to_leaf(raw & mask(c.bytes), *ty, &heap));
                            }
                        }
                    }
                }
                EntryOutcome::Returned(vals)
            }
            // Decided on the call, not on the abort's text (a runtime
            // finding may name any symbol).
            Outcome::Aborted { .. } if self.divided.get() => {
                EntryOutcome::Panic(PanicKind::DivideByZero)
            }
            Outcome::Aborted { .. } if overflow.is_some() => {
                EntryOutcome::StackOverflow(overflow.expect("checked"))
            }
            other => EntryOutcome::Crashed(match (&other, stack_lo) {
                // Below the stack (past the gap under it): a frame ran past
                // the stack's end, however far its first access reached.
                (
                    Outcome::Fault {
                        kind: FaultKind::UnmappedRead | FaultKind::UnmappedWrite,
                        address: Some(a),
                        ..
                    },
                    Some(lo),
                ) if *a < lo && lo - *a <= crate::runtime::MAX_STACK => format!(
                    "{STACK_END}: {}, {} bytes below the stack's low end {lo:#x}",
                    describe(m, &other),
                    lo - *a
                ),
                _ => describe(m, &other),
            }),
        };

        let mut violations = Vec::new();
        if matches!(outcome, EntryOutcome::Returned(_)) {
            if m.reg(Reg::Rsp) != sp {
                violations.push(format!(
                    "RSP is {:#x} after return, not {sp:#x}",
                    m.reg(Reg::Rsp)
                ));
            }
            if m.reg(Reg::Rbp) != rbp_before {
                violations.push(format!(
                    "RBP is {:#x} after return, not {rbp_before:#x}",
                    m.reg(Reg::Rbp)
                ));
            }
            if abi == Abi::Internal {
                if m.reg(Reg::R14) != m.g_addr() {
                    violations.push(format!(
                        "R14 is {:#x} after return, not g ({:#x})",
                        m.reg(Reg::R14),
                        m.g_addr()
                    ));
                }
                if m.xmm(15) != 0 {
                    violations.push(format!("X15 is {:#x} after return, not 0", m.xmm(15)));
                }
            }
            if m.df() {
                violations.push("DF is set after return".to_string());
            }
            match m.read_bytes(sp, canaries.len()) {
                Ok(now) => violations.extend(broken_canaries(&canaries, &now, &writable, area)),
                Err(e) => violations.push(format!("canary: cannot read the caller's frame: {e}")),
            }
            if m.mxcsr() != mxcsr_before {
                violations.push(format!(
                    "MXCSR is {:#x} after return, not {mxcsr_before:#x}",
                    m.mxcsr()
                ));
            }
        }

        // The input objects as the code left them.
        let mut objects = Vec::with_capacity(input.objects.len());
        for (o, addr) in input.objects.iter().zip(&heap.addrs) {
            let bytes = m
                .read_bytes(*addr, o.size as usize)
                .map_err(|e| ExecError(e.to_string()))?;
            objects.push(ObjectInit {
                size: o.size,
                align: o.align,
                ptr_words: o.ptr_words.clone(),
                bytes,
                pointers: BTreeMap::new(),
                descriptor: o.descriptor,
            });
        }
        // The objects the run made, while the runtime still knows them.
        let mut made = Vec::new();
        if let Some(rt) = runtime.borrow().as_ref() {
            let mut budget = MADE_BYTES_READ;
            for o in rt.objects.iter().skip(input.objects.len()) {
                made.push(match o.addr {
                    Some(a) if o.size <= budget => {
                        budget -= o.size;
                        let bytes = m
                            .read_bytes(a, o.size as usize)
                            .map_err(|e| ExecError(e.to_string()))?;
                        Some(crate::made::MadeBytes {
                            bytes,
                            ptr_words: o.ptr_words.clone(),
                        })
                    }
                    _ => None,
                });
            }
        }
        // Writes through stale pointers into what the runtime retired; the
        // heap is cleared for the next run.
        let mut stacks = StackCounts::default();
        if let Some(rt) = runtime.borrow_mut().as_mut() {
            for f in rt.finish(&mut *m) {
                violations.push(format!("runtime: {f}"));
            }
            stacks = rt.stacks;
        }
        Ok(EntryRun {
            outcome,
            objects,
            made,
            violations,
            instructions,
            exhausted,
            heap,
            stack_moves: moves,
            collections,
            work,
            trace,
            trace_dropped,
            calls,
            calls_total,
            go_entered,
            stacks,
        })
    }
}

/// The most bytes of made objects an entry run reads back for comparison
/// (a deep run may make many; beyond this they go unread, uncompared).
pub const MADE_BYTES_READ: u64 = 1 << 20;

/// What the bytes around the callee's slots hold (distinct from poison).
const CANARY: u8 = 0xca;

/// The byte ranges (offsets from the argument area's start) that the callee
/// may write, per the oracle's model: its stack-assigned arguments (it owns
/// them), its stack result slots and the spill slots of its register
/// arguments. Sorted.
fn writable_slots(
    params: &[Shape],
    results: &[Shape],
    layout: &model::ModelLayout,
) -> Vec<std::ops::Range<u64>> {
    let mut out = Vec::new();
    for (shape, place) in params.iter().zip(&layout.params) {
        match place {
            Placement::Stack(off) => out.push(*off..off + shape.size()),
            Placement::Regs {
                spill: Some(spill), ..
            } => {
                let at = layout.spill_area_offset + spill;
                out.push(at..at + shape.size());
            }
            Placement::Regs { spill: None, .. } => {}
        }
    }
    for (shape, place) in results.iter().zip(&layout.results) {
        if let Placement::Stack(off) = place {
            out.push(*off..off + shape.size());
        }
    }
    out.retain(|r| !r.is_empty());
    out.sort_by_key(|r| r.start);
    out
}

/// The canaries the run overwrote: every changed byte outside `writable`,
/// reported as ranges relative to the argument area (`area` bytes long).
fn broken_canaries(
    before: &[u8],
    after: &[u8],
    writable: &[std::ops::Range<u64>],
    area: u64,
) -> Vec<String> {
    let mut changed: Vec<std::ops::Range<u64>> = Vec::new();
    for (i, (a, b)) in before.iter().zip(after).enumerate() {
        let i = i as u64;
        if a == b || writable.iter().any(|r| r.contains(&i)) {
            continue;
        }
        match changed.last_mut() {
            Some(r) if r.end == i => r.end = i + 1,
            _ => changed.push(i..i + 1),
        }
    }
    changed
        .iter()
        .take(4)
        .map(|r| {
            let where_ = if r.start >= area {
                format!(
                    "the caller's frame, {} bytes above the argument area",
                    r.start - area
                )
            } else {
                "the argument area, outside every argument, result and spill slot".to_string()
            };
            format!(
                "canary: bytes +{:#x}..+{:#x} of the argument area changed ({where_}): {:02x?} now",
                r.start,
                r.end,
                &after[r.start as usize..r.end.min(r.start + 16) as usize]
            )
        })
        .collect()
}

fn to_leaf(bits: u64, ty: Ty, heap: &Heap) -> LeafValue {
    match ty {
        Ty::Ptr => match heap.pointer(bits) {
            Some(p) => LeafValue::Ptr(p),
            // Not an input object: keep the raw address (it compares unequal).
            None => LeafValue::Int { ty: Ty::Ptr, bits },
        },
        Ty::F32 | Ty::F64 => LeafValue::Float { ty, bits },
        _ => LeafValue::Int { ty, bits },
    }
}

fn describe(m: &Machine, o: &Outcome) -> String {
    match o {
        Outcome::Fault { kind, pc, address } => format!(
            "fault {kind:?} at {}{}",
            m.describe(*pc),
            address
                .map(|a| format!(", address {a:#x}"))
                .unwrap_or_default()
        ),
        Outcome::BudgetExhausted { pc } => {
            format!(
                "{} budget exhausted at {}",
                if m.config().every_instruction {
                    "instruction"
                } else {
                    "block"
                },
                m.describe(*pc)
            )
        }
        Outcome::JumpOutsideCode { from_pc, to } => format!(
            "jump outside code to {to:#x}{}",
            from_pc
                .map(|p| format!(" from {}", m.describe(p)))
                .unwrap_or_default()
        ),
        Outcome::Trap { kind, pc } => format!("trap {kind:?} at {}", m.describe(*pc)),
        Outcome::Aborted { reason } => format!("aborted: {reason}"),
        Outcome::Returned => "returned".to_string(),
    }
}

/// Compares the input objects as an entry left them with the
/// interpreter's: pointer words through the entry's heap map (pointers
/// into objects the run made paired by `made`, see [`crate::made`]), other
/// bytes as they are. Returns a description of each difference.
pub fn compare_objects(
    interp: &[ObjectInit],
    run: &EntryRun,
    made: &mut crate::made::MadeObjects,
) -> Vec<String> {
    let mut diffs = Vec::new();
    for (i, (a, b)) in interp.iter().zip(&run.objects).enumerate() {
        let mut k = 0usize;
        while k < a.bytes.len() {
            if let Some(p) = a.pointers.get(&(k as u64)) {
                let word = u64::from_le_bytes(b.bytes[k..k + 8].try_into().expect("8 bytes"));
                if !run
                    .heap
                    .pointer(word)
                    .is_some_and(|q| made.same_pointer(*p, q))
                {
                    diffs.push(format!(
                        "obj{i}+{k}: pointer {p:?} expected, found {word:#x}"
                    ));
                }
                k += 8;
                continue;
            }
            if a.bytes[k] != b.bytes[k] {
                diffs.push(format!(
                    "obj{i}+{k}: byte {:#04x} expected, found {:#04x}",
                    a.bytes[k], b.bytes[k]
                ));
            }
            k += 1;
        }
    }
    diffs
}

#[cfg(test)]
mod tests {
    /// The machine's argument registers are the model's, in its order.
    #[test]
    fn int_arg_regs_are_the_models() {
        let names: Vec<String> = INT_ARG_REGS
            .iter()
            .map(|r| format!("{r:?}").to_uppercase())
            .collect();
        assert_eq!(names, model::INT_ARG_REG_NAMES);
    }

    use super::*;
    use janus_backend::parse_func_type;

    fn shapes(ps: &[janus_backend::types::Param]) -> Vec<Shape> {
        ps.iter().map(|p| Shape::of(&p.ty)).collect()
    }

    /// ABI0 `func(int8, int64) (int16, int32)`: args at 0 and 8, results at
    /// 16 and 20; padding at 1..8 and 18..20.
    #[test]
    fn canaries_cover_exactly_the_bytes_outside_slots() {
        let sig = parse_func_type("func(int8, int64) (int16, int32)").unwrap();
        let (p, r) = (shapes(&sig.params), shapes(&sig.results));
        let layout = model::assign(&p, &r, model::ModelAbi::Abi0);
        let w = writable_slots(&p, &r, &layout);
        assert_eq!(w, vec![0..1, 8..16, 16..18, 20..24]);
        let before = vec![CANARY; 40];
        let mut after = before.clone();
        // Every slot written: fine.
        for r in &w {
            for i in r.clone() {
                after[i as usize] = 0;
            }
        }
        assert!(broken_canaries(&before, &after, &w, 24).is_empty());
        // Padding inside the area, and the caller's frame above it.
        after[3] = 1;
        after[19] = 1;
        after[30] = 1;
        after[31] = 1;
        let broken = broken_canaries(&before, &after, &w, 24);
        assert_eq!(broken.len(), 3, "{broken:?}");
        assert!(broken[0].contains("+0x3..+0x4") && broken[0].contains("outside every"));
        assert!(broken[1].contains("+0x13..+0x14"));
        assert!(broken[2].contains("+0x1e..+0x20") && broken[2].contains("6 bytes above"));
    }

    /// ABIInternal: register arguments have spill slots the callee may write.
    #[test]
    fn spill_slots_are_writable() {
        let sig = parse_func_type("func(int8, float64) int32").unwrap();
        let (p, r) = (shapes(&sig.params), shapes(&sig.results));
        let layout = model::assign(&p, &r, model::ModelAbi::Internal);
        assert_eq!(writable_slots(&p, &r, &layout), vec![0..1, 8..16]);
    }
}
