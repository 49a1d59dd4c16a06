//! The emulated Go runtime: it unwinds the emulated stack through the
//! stack maps of `.janus.meta`, and implements `runtime.morestack_noctxt`
//! by really moving the stack — a new stack elsewhere, the old one copied,
//! every pointer into the old stack that a stack map names adjusted, the
//! saved RBP chain fixed, g's bounds updated, and the old stack poisoned —
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
//! finding, reported with the function, the safepoint and the slot. A walk
//! keeps the frames the last one found that have not run since (every
//! entry says from which frame up the stack runs on), and checks the words
//! of the frames it finds anew; moves and collections, which adjust every
//! frame's words, check them all on the way. So a safepoint costs what
//! changed since the last one, not the whole depth (copying the stack in
//! use when it moves, and every live object when it collects, still cost
//! what they copy).
//!
//! # Moves and collections
//!
//! Besides growing the stack when it runs out, the runtime has two
//! checking modes, which move everything a stack map or a pointer map
//! names so that a wrong map shows: the move mode ([`StackMode::
//! MoveEveryEntry`], `janus run --stack move`) moves the stack at function
//! entries (the entry's prologue check is made to fail, as Go's
//! `gcTestMoveStackOnNextCall` does, and morestack moves it) and at
//! allocations; the gc mode ([`Runtime::gc_every_safepoint`], `--gc`) runs
//! the moving collector at safepoints: function entries, allocations and
//! morestack calls. A move copies the whole stack in use, a collection
//! every live object, so doing either at every visit makes a run N deep
//! cost N². They follow a schedule instead ([`crate::schedule`]): at every
//! visit while the work is at most [`schedule::SPAN`] (64) definition
//! frames for a move, frames plus live objects for a collection; beyond,
//! at every `ceil(work / 64)`-th counted visit. Counted visits are entries
//! of definitions (not wrappers, not restarts after morestack) and
//! allocations, the same for both outer entries, so both move and collect
//! at the same visits; other visits do the work only while the stride is
//! one. Generated modules (under 20 nested calls, a few objects) are moved
//! and collected at every visit; a deep recursion at every visit near its
//! root, and beyond at fewer and fewer, for an amortised-constant cost per
//! call.
//!
//! # Stack limits
//!
//! A run's depth limit is one number, [`MAX_FRAMES`] unless set (`janus
//! run --max-frames`, [`crate::exec::EntryLimits::frames`]); the reference
//! interpreter applies the same one. It counts nested calls of the IR's
//! functions: here, the frames of definition entries, counted at their
//! entry (the ABI wrapper an outer call or a call goes through runs no IR
//! function and is not counted; a restart after morestack is the same
//! call). The call that would be number `N + 1` stops the run with
//! [`Overflow::Frames`], at the same call on both sides. Stacks also stop
//! growing at Go's byte limit, [`MAX_STACK`]: growth (doubling until the
//! frame being set up fits, as Go's `newstack`) beyond it stops the run with
//! [`Overflow::Bytes`] and the number of definition frames then on the
//! stack, which the interpreter cannot predict (it knows no frame sizes):
//! see [`crate::run`] for how the two are compared.

use crate::machine::{
    Cpu, LoadedImage, MachineError, Reg, G_STACKGUARD0, G_STACK_HI, G_STACK_LO, RETURN_TRAP,
};
use crate::model::{self, all_components, Placement, RegClass, Shape};
use crate::schedule::{self, Schedule};
use crate::stacks::{Growth, StackCounts, STACK_LIMIT};
use janus_backend::compile::{Safepoint, SafepointKind};
use janus_backend::object::read_meta;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::rc::Rc;

/// What the poisoned region below a stack is called in findings.
pub const GAP_BELOW: &str = "the gap below a stack";
/// What a frame that ran past the stack's low end is reported as.
pub const STACK_END: &str = "past the stack's end";
/// The runtime function the prologue's cold path calls.
pub const MORESTACK: &str = "runtime.morestack_noctxt";
/// The runtime's allocator (type index in RAX, the object back in RAX).
pub const NEWOBJECT: &str = "runtime.newobject";
/// Go's `_StackGuard` on linux/amd64: stackguard0 sits this far above the
/// stack's low end.
pub const STACK_GUARD: u64 = 928;
/// A stackguard0 no RSP is above: every check fails (Go's
/// `stackForceMove`, as `gcTestMoveStackOnNextCall` sets it).
pub const STACK_FORCE_MOVE: u64 = u64::MAX - 0x521;
/// Where the runtime puts the stacks it makes (far from everything the
/// machine maps).
const STACK_ARENA: u64 = 0x6000_0000_0000;
/// The arenas are mapped in chunks this big, once per machine: changing the
/// emulator's memory map costs far more than a run, so retired spaces and
/// stacks are not unmapped but poisoned, and checked at the end of the run
/// for writes through stale pointers ([`Runtime::finish`]).
const ARENA_CHUNK: u64 = 256 << 20;
/// How far below a frame a nosplit chain may write, with margin (Go
/// allows 800 bytes; see `Runtime::move_stack`).
const FORCED_MOVE_REACH: u64 = 64 << 10;
/// Bytes below each stack the runtime makes, poisoned and checked like a
/// retired stack: an overflow that no prologue check stopped shows there.
const STACK_GAP: u64 = 16 << 10;

/// Where type descriptors and itabs go: Go keeps them in the binary's
/// read-only data, outside the heap; the collector neither moves nor frees
/// them, and a pointer to one is a valid pointer in any stack map.
const DESCRIPTOR_ARENA: u64 = 0x4000_0000_0000;

/// The address ranges the runtime maps (and keeps mapped from run to run).
pub fn arenas() -> [std::ops::Range<u64>; 3] {
    [
        HEAP_ARENA..HEAP_ARENA + (1 << 40),
        STACK_ARENA..STACK_ARENA + (1 << 40),
        DESCRIPTOR_ARENA..DESCRIPTOR_ARENA + ARENA_CHUNK,
    ]
}

/// The offset of the first byte of `bytes` that is not poison (compared a
/// page at a time: retired stacks add up to megabytes per run).
fn first_not_poison(bytes: &[u8]) -> Option<usize> {
    static PAGE: [u8; 4096] = [POISON; 4096];
    let mut at = 0;
    for chunk in bytes.chunks(PAGE.len()) {
        if chunk != &PAGE[..chunk.len()] {
            return chunk.iter().position(|b| *b != POISON).map(|i| at + i);
        }
        at += chunk.len();
    }
    None
}

/// Writes poison over `lo..hi`, a chunk at a time (no buffer as big as
/// the range: stacks go up to half a gigabyte).
fn poison<C: Cpu + ?Sized>(cpu: &mut C, lo: u64, hi: u64) -> Result<(), Finding> {
    static CHUNK: [u8; 64 << 10] = [POISON; 64 << 10];
    let mut at = lo;
    while at < hi {
        let n = (hi - at).min(CHUNK.len() as u64);
        cpu.write_bytes(at, &CHUNK[..n as usize])
            .map_err(|e| Finding(e.to_string()))?;
        at += n;
    }
    Ok(())
}

/// Maps the arena chunks covering `lo..hi` that are not mapped yet.
fn ensure_mapped<C: Cpu + ?Sized>(cpu: &mut C, lo: u64, hi: u64) -> Result<(), Finding> {
    let mut chunk = lo - lo % ARENA_CHUNK;
    while chunk < hi {
        if cpu.read_bytes(chunk, 1).is_err() {
            cpu.map_rw(chunk, ARENA_CHUNK)
                .map_err(|e| Finding(e.to_string()))?;
        }
        chunk += ARENA_CHUNK;
    }
    Ok(())
}
/// Go's byte limit on a goroutine stack on 64-bit targets (`maxstacksize`,
/// set in runtime.main): a stack that would grow beyond it is a stack
/// overflow. Stacks are powers of two, so the largest is 512 MiB.
pub const MAX_STACK: u64 = 1_000_000_000;
/// Arena bytes (stacks and the gaps below them, or heap spaces) a run may
/// go through before what it retired is checked (as at the end of the run)
/// and the addresses reused. Retired memory stays poisoned so that a write
/// through a stale pointer shows; but moving the stack at every entry
/// retires the stack in use per call (the corpus's deepest recursion went
/// through gigabytes in one run), and a runaway would take all of the
/// host's memory.
pub const RECYCLE_AFTER: u64 = 64 << 20;
/// Heap objects one run may allocate: more is taken for a runaway
/// (generated modules allocate a few, the corpus at most 50).
pub const MAX_OBJECTS: usize = 10_000;

/// When the stack moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackMode {
    /// Only when it runs out: it doubles.
    Grow,
    /// At function entries (stackguard0 is set so that the entry's
    /// prologue check fails) and allocations, on the schedule of
    /// [`crate::schedule`]: every one while the stack is at most
    /// [`schedule::SPAN`] definition frames deep; the stack keeps its size.
    MoveEveryEntry,
}

/// One entry of the loaded code, with its safepoints by return offset.
#[derive(Clone, Debug)]
pub struct EntryInfo {
    pub symbol: Rc<str>,
    /// The ABI of this entry, and the function's signature (Go syntax).
    pub abi: janus_backend::abi::Abi,
    pub sig: String,
    pub start: u64,
    pub end: u64,
    pub frame: u32,
    pub body: Option<u64>,
    pub safepoints: HashMap<u32, Rc<Safepoint>>,
    /// A definition entry (not an ABI wrapper): its body runs once per call
    /// of the function, whichever entry the call came through.
    pub definition: bool,
    /// Each parameter's shape and where the oracle's model of this entry's
    /// ABI puts it.
    pub params: Vec<(Shape, Placement)>,
    /// The function takes a closure context: on entry RDX is the func
    /// value it was called through (a root, as Go's `g.sched.ctxt`).
    pub context: bool,
}

/// The symbol of a function's static func value, as Go names it (`F·f`).
pub fn funcval_symbol(func: &str) -> String {
    format!("{func}\u{b7}f")
}

/// Every entry of the image, by address.
#[derive(Clone, Debug, Default)]
pub struct FuncTable {
    /// The image's entries, sorted, then foreign definitions
    /// ([`add_foreign`](FuncTable::add_foreign)).
    entries: Vec<EntryInfo>,
    /// How many of `entries` are the image's.
    janus: usize,
    /// The biggest frame of any entry.
    pub max_frame: u64,
    /// The module's type table (`type` lines).
    pub types: Vec<janus_backend::object::TypeMeta>,
    /// The static func values of the image (read-only words, not heap
    /// objects): (address, index of the function in the module), sorted.
    pub funcvals: Vec<(u64, u32)>,
    /// The image's itabs (read-only): (address, index in the module's
    /// itab table, as the symbol `go:itab.K....` says), sorted.
    pub itabs: Vec<(u64, u32)>,
    /// The module's function names, by index (as `funcvals` numbers them).
    pub names: Vec<String>,
}

/// What the symbols of itabs start with (`go:itab.K.METHODS`).
pub const ITAB_PREFIX: &str = "go:itab.";

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
        // A function's entries share its signature: read it once.
        let mut param_shapes: HashMap<&str, Vec<Shape>> = HashMap::new();
        for (func, e) in meta.entries() {
            let sym = image.symbol(&e.symbol).ok_or_else(|| {
                format!(
                    ".janus.meta names {}, which the object does not define",
                    e.symbol
                )
            })?;
            check_entry_symbol(image, e, sym)?;
            let shapes = match param_shapes.get(func.sig.as_str()) {
                Some(shapes) => shapes.clone(),
                None => {
                    let sig = janus_backend::parse_func_type(&func.sig).map_err(|err| {
                        format!(".janus.meta: the signature of {}: {err}", func.name)
                    })?;
                    let shapes: Vec<Shape> = sig.params.iter().map(|p| Shape::of(&p.ty)).collect();
                    param_shapes.insert(&func.sig, shapes.clone());
                    shapes
                }
            };
            let layout = model::assign(&shapes, &[], e.abi.into());
            entries.push(EntryInfo {
                context: func.context,
                definition: e.kind == janus_backend::object::EntryKind::Definition,
                params: shapes.into_iter().zip(layout.params).collect(),
                symbol: e.symbol.as_str().into(),
                abi: e.abi,
                sig: func.sig.clone(),
                start: sym.address,
                end: sym.address + e.size,
                frame: e.frame,
                body: e.body,
                safepoints: e
                    .safepoints
                    .iter()
                    .map(|s| (s.ret, Rc::new(s.clone())))
                    .collect(),
            });
        }
        entries.sort_by_key(|e| e.start);
        let mut funcvals: Vec<(u64, u32)> = meta
            .funcs
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                image
                    .symbol(&funcval_symbol(&f.name))
                    .map(|s| (s.address, i as u32))
            })
            .collect();
        funcvals.sort_unstable();
        let mut itabs: Vec<(u64, u32)> = image
            .symbols()
            .iter()
            .filter_map(|s| {
                let (k, _) = s.name.strip_prefix(ITAB_PREFIX)?.split_once('.')?;
                Some((s.address, k.parse().ok()?))
            })
            .collect();
        itabs.sort_unstable();
        Ok(FuncTable {
            names: meta.funcs.iter().map(|f| f.name.clone()).collect(),
            itabs,
            janus: entries.len(),
            max_frame: entries.iter().map(|e| e.frame as u64).max().unwrap_or(0),
            entries,
            types: meta.types.clone(),
            funcvals,
        })
    }

    /// The itab at `addr`, if one is.
    pub fn itab_at(&self, addr: u64) -> Option<u32> {
        self.itabs
            .binary_search_by_key(&addr, |&(a, _)| a)
            .ok()
            .map(|k| self.itabs[k].1)
    }

    /// The function whose static func value is at `addr`, if one is.
    pub fn funcval_at(&self, addr: u64) -> Option<u32> {
        self.funcvals
            .binary_search_by_key(&addr, |&(a, _)| a)
            .ok()
            .map(|k| self.funcvals[k].1)
    }

    /// The image's entries (not the foreign ones).
    pub fn entries(&self) -> &[EntryInfo] {
        &self.entries[..self.janus]
    }

    /// Adds definition entries of foreign code (a Go executable's
    /// functions, see `crate::peer::goimage`), so that the runtime's entry
    /// methods ([`Runtime::enter`], [`Runtime::record_call`], ...) treat
    /// them as the image's, by index: the first gets the returned index.
    /// They are not the image's code: [`find`](FuncTable::find) and the
    /// unwinder never see them (foreign frames unwind through
    /// [`ForeignFrames`]).
    pub fn add_foreign(&mut self, entries: Vec<EntryInfo>) -> usize {
        let first = self.entries.len();
        self.entries.extend(entries);
        first
    }

    /// The entry containing `pc`, of the image's.
    pub fn find(&self, pc: u64) -> Option<&EntryInfo> {
        let entries = self.entries();
        let i = entries.partition_point(|e| e.start <= pc);
        entries[..i].last().filter(|e| pc < e.end)
    }
}

/// The metadata of an entry agrees with its symbol: defined in `.text`,
/// at the entry's offset, with its size, inside the section. Otherwise the
/// runtime would attribute code (and return addresses) to the wrong entry.
fn check_entry_symbol(
    image: &LoadedImage,
    e: &janus_backend::object::EntryMeta,
    sym: &crate::machine::loader::Symbol,
) -> Result<(), String> {
    let text = sym
        .section
        .and_then(|k| image.sections().get(k))
        .filter(|s| s.name == ".text" && s.perms.exec);
    let Some((text, base)) = text.and_then(|t| Some((t, t.address?))) else {
        return Err(format!(
            ".janus.meta: entry {}: its symbol is not defined in .text",
            e.symbol
        ));
    };
    let fits = e
        .offset
        .checked_add(e.size)
        .is_some_and(|end| end <= text.size);
    if !fits || sym.address != base + e.offset || sym.size != e.size {
        return Err(format!(
            ".janus.meta: entry {}: offset={} size={}, but its symbol is at .text+{:#x}, {} bytes, in a .text of {} bytes",
            e.symbol,
            e.offset,
            e.size,
            sym.address.wrapping_sub(base),
            sym.size,
            text.size
        ));
    }
    Ok(())
}

/// One frame of the emulated stack, as the unwinder found it.
#[derive(Clone, Debug)]
pub struct FrameInfo {
    pub symbol: Rc<str>,
    /// A definition entry's frame (not a wrapper's).
    pub definition: bool,
    /// Where the return address into this entry is.
    pub slot: u64,
    /// The return address into this entry (where its call will return).
    pub ret: u64,
    pub safepoint: Rc<Safepoint>,
    /// The frame pointer (None at a morestack safepoint: no frame yet).
    pub rbp: Option<u64>,
    /// The start of the entry's incoming argument area.
    pub args: u64,
    /// A frame of foreign code (Go's), unwound through its source.
    pub foreign: bool,
}

impl FrameInfo {
    /// Every word the stack map calls a live pointer, with a name for reports.
    pub fn pointer_words(&self) -> impl Iterator<Item = (u64, MapWord)> + '_ {
        let frame = self.rbp.into_iter().flat_map(|rbp| {
            self.safepoint
                .frame
                .iter()
                .map(move |&off| (rbp.wrapping_add(off as i64 as u64), MapWord::Frame(off)))
        });
        let args = self
            .safepoint
            .args
            .iter()
            .map(|&off| (self.args + off as u64, MapWord::Arg(off)));
        frame.chain(args)
    }
}

/// A word of a recorded call or safepoint visit, as runs through
/// different entries can compare it: bits, or where a pointer points (an
/// object and offset, somewhere in the stack, a static func value or
/// itab; `Bits` when it points nowhere the runtime knows). Kept as data,
/// and turned into text only for a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Bits(u64),
    Nil,
    Obj { obj: u32, offset: u64 },
    Stack,
    FuncVal(u32),
    Itab(u32),
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Word::Bits(v) => write!(f, "{v:#x}"),
            Word::Nil => f.write_str("nil"),
            Word::Obj { obj, offset } => write!(f, "obj{obj}+{offset}"),
            Word::Stack => f.write_str("stack"),
            Word::FuncVal(k) => write!(f, "funcval{k}"),
            Word::Itab(k) => write!(f, "itab{k}"),
        }
    }
}

/// A call of a definition entry or an extern, with its arguments as the
/// model of the callee's ABI reads them: `f(0x1 obj0+8, nil)` (words of a
/// parameter apart by spaces, parameters by commas).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub symbol: Rc<str>,
    pub words: Vec<Word>,
    /// Where each parameter's words end in `words`.
    pub ends: Vec<u32>,
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}(", self.symbol)?;
        let mut start = 0;
        for (i, &end) in self.ends.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            for (j, w) in self.words[start..end as usize].iter().enumerate() {
                if j > 0 {
                    f.write_str(" ")?;
                }
                write!(f, "{w}")?;
            }
            start = end as usize;
        }
        f.write_str(")")
    }
}

/// A safepoint visit of a frame of the traced function: where, and what
/// each word its stack map names held: `f+0x2a (call): fp-16=obj0+0`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    pub symbol: Rc<str>,
    pub ret: u64,
    pub kind: &'static str,
    pub words: Vec<(MapWord, Word)>,
}

impl fmt::Display for Visit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}+{:#x} ({}):", self.symbol, self.ret, self.kind)?;
        for (what, w) in &self.words {
            write!(f, " {what}={w}")?;
        }
        Ok(())
    }
}

/// A word a stack map names: in the frame (RBP-relative) or in the
/// incoming argument area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapWord {
    Frame(i32),
    Arg(u32),
}

impl fmt::Display for MapWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MapWord::Frame(off) => write!(f, "frame word RBP{off:+}"),
            MapWord::Arg(off) => write!(f, "argument word +{off}"),
        }
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

/// The depth limit of a run, by default: calls nested at most (`janus run
/// --max-frames`; campaigns use [`crate::campaign::CAMPAIGN_FRAMES`]). See
/// the module documentation for how both sides count. Go itself has no such
/// limit, only [`MAX_STACK`]; this one bounds a runaway recursion's cost
/// (10,000 frames of 1 KiB: a tenth of a second growing the stack, about
/// one second moving it and collecting on their schedules), far above the
/// corpus's deepest recursion (1,501).
pub const MAX_FRAMES: usize = 10_000;

/// How the runtime stopped a run that went too deep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overflow {
    /// A call would have nested deeper than the depth limit.
    Frames(usize),
    /// The stack would have grown beyond [`MAX_STACK`] bytes; `depth`
    /// definition frames were on it (the one being entered included).
    Bytes { depth: usize },
}

impl fmt::Display for Overflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Overflow::Frames(n) => write!(f, "stack overflow: deeper than {n} frames"),
            Overflow::Bytes { depth } => write!(
                f,
                "stack overflow: goroutine stack exceeds {MAX_STACK}-byte limit (at depth {depth})"
            ),
        }
    }
}

/// Frames of code that is not janus's (a Go executable loaded beside the
/// image): the one place where the unwinder learns about them. A source
/// says which return addresses are its code and, for one of them, what
/// janus's `.janus.meta` says of a janus return address: the frame's size
/// (bytes between its frame pointer and its return address less the saved
/// RBP, as [`EntryInfo::frame`]) and the safepoint, whose stack map names
/// the live pointer words (RBP-relative in the frame, and in the incoming
/// argument area) and whose kind says whether the frame is set up yet
/// (`Morestack`: a prologue's call, before the frame exists). With those,
/// a foreign frame is walked, checked, moved and scanned exactly as a
/// janus frame is. For Go, a source reads pclntab (pcsp for the frame
/// size, the args and locals pointer maps at the return address's
/// stack-map index, the register-argument spill information); until that
/// reader exists the source says it cannot, and the walk stops there.
pub trait ForeignFrames: fmt::Debug {
    /// Whether `pc` is in the source's code (cheap: a range check).
    fn contains(&self, pc: u64) -> bool;
    /// The frame of the function that a call returns to at `ret`, or why
    /// it cannot be unwound (the message names the function).
    fn frame_at(&self, ret: u64) -> Result<ForeignFrame, String>;
    /// Whether `v` points into the source's static data (a valid pointer
    /// anywhere: Go's statics are neither moved nor collected).
    fn is_static(&self, v: u64) -> bool;
}

/// A foreign function's frame at a return address (see [`ForeignFrames`]).
#[derive(Clone, Debug)]
pub struct ForeignFrame {
    pub symbol: Rc<str>,
    /// A function's own frame, not an ABI wrapper's (`pkg.F.abi0`): the
    /// depth limit counts those.
    pub definition: bool,
    /// The frame the function's body sets up, as [`EntryInfo::frame`]
    /// (RBP less this less 8 is where its return address is), also at a
    /// `Morestack` safepoint, where it is not set up yet (morestack grows
    /// the stack until it fits).
    pub frame: u32,
    pub safepoint: Rc<Safepoint>,
}

/// Why an unwind stopped short of the return trap.
#[derive(Clone, Debug, PartialEq)]
pub enum UnwindStop {
    /// The stack does not tell a consistent story (a finding).
    Broken(String),
    /// A foreign frame its source cannot unwind (yet): what it said. The
    /// frames inside it were found.
    Foreign(String),
}

impl fmt::Display for UnwindStop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnwindStop::Broken(s) | UnwindStop::Foreign(s) => f.write_str(s),
        }
    }
}

impl From<String> for UnwindStop {
    fn from(s: String) -> UnwindStop {
        UnwindStop::Broken(s)
    }
}

/// Frames an unwind walks at most under depth limit `max_frames`: each
/// definition frame may sit on a wrapper's, and one more entry may be in
/// its prologue. More is a cycle in the RBP chain (or a runaway the depth
/// limit did not see).
pub fn unwind_limit(max_frames: usize) -> usize {
    max_frames.saturating_mul(2).saturating_add(2)
}

/// Walks the stack from a runtime call: `[ret_slot]` is the return address
/// into the code that called the runtime, `rbp` the current RBP. The frames
/// go onto `frames` (outermost first), which holds those of an earlier walk:
/// the ones whose return-address slot is above `clean_above` have not run
/// since (see [`Runtime::enter`]), so the walk stops at the first of them it
/// reaches, and keeps them. Returns how many frames it found anew (the last
/// ones of `frames`); at most `limit` frames in all.
///
/// A return address in `foreign` code is unwound through its source (see
/// [`ForeignFrames`]); when the source cannot, the walk stops with
/// [`UnwindStop::Foreign`], leaving `frames` empty.
#[allow(clippy::too_many_arguments)]
pub fn unwind_onto(
    cpu: &dyn CpuDyn,
    table: &FuncTable,
    foreign: Option<&dyn ForeignFrames>,
    ret_slot: u64,
    rbp: u64,
    limit: usize,
    frames: &mut Vec<FrameInfo>,
    clean_above: u64,
) -> Result<usize, UnwindStop> {
    let valid = frames.partition_point(|f| f.slot > clean_above);
    let mut fresh: Vec<FrameInfo> = Vec::new();
    let (mut slot, mut rbp) = (ret_slot, rbp);
    let give_up = |n: usize| {
        format!(
            "unwinding gave up after {n} frames without reaching the return trap: a runaway recursion, or a cycle in the RBP chain"
        )
    };
    loop {
        let ret = read(cpu, slot)?;
        if !fresh.is_empty() && slot > clean_above {
            // Frames are at lower addresses the deeper they are.
            let i = frames[..valid].partition_point(|f| f.slot > slot);
            if i < valid
                && frames[i].slot == slot
                && frames[i].rbp == Some(rbp)
                && frames[i].ret == ret
            {
                if i + 1 + fresh.len() > limit {
                    return Err(give_up(limit).into());
                }
                frames.truncate(i + 1);
                let n = fresh.len();
                frames.extend(fresh.into_iter().rev());
                return Ok(n);
            }
        }
        if ret == RETURN_TRAP {
            frames.clear();
            let n = fresh.len();
            frames.extend(fresh.into_iter().rev());
            return Ok(n);
        }
        if fresh.len() >= limit {
            return Err(give_up(limit).into());
        }
        let (symbol, definition, frame, sp, off, foreign_frame) = match table.find(ret) {
            Some(e) => {
                let off = (ret - e.start) as u32;
                let sp = e.safepoints.get(&off).ok_or_else(|| {
                    format!("{}+{off:#x}: a return address with no safepoint", e.symbol)
                })?;
                (
                    e.symbol.clone(),
                    e.definition,
                    e.frame,
                    sp.clone(),
                    off,
                    false,
                )
            }
            None => match foreign.filter(|f| f.contains(ret)) {
                Some(source) => match source.frame_at(ret) {
                    Ok(ff) => (
                        ff.symbol,
                        ff.definition,
                        ff.frame,
                        ff.safepoint.clone(),
                        ff.safepoint.ret,
                        true,
                    ),
                    Err(why) => {
                        frames.clear();
                        return Err(UnwindStop::Foreign(why));
                    }
                },
                None => {
                    return Err(
                        format!("return address {ret:#x} (at {slot:#x}) is in no entry").into(),
                    )
                }
            },
        };
        match sp.kind {
            SafepointKind::Morestack => {
                fresh.push(FrameInfo {
                    symbol: symbol.clone(),
                    definition,
                    ret,
                    slot,
                    safepoint: sp.clone(),
                    rbp: None,
                    args: slot + 16,
                    foreign: foreign_frame,
                });
                slot += 8;
            }
            SafepointKind::Call | SafepointKind::NoReturn => {
                // The RBP chain and the frame size must tell the same story.
                let expect = rbp.wrapping_sub(frame as u64 + 8);
                if expect != slot {
                    return Err(format!(
                        "{symbol}+{off:#x}: the return address is at {slot:#x}, but RBP {rbp:#x} and frame size {frame} put it at {expect:#x}",
                    ).into());
                }
                fresh.push(FrameInfo {
                    symbol: symbol.clone(),
                    definition,
                    ret,
                    slot,
                    safepoint: sp.clone(),
                    rbp: Some(rbp),
                    args: rbp + 16,
                    foreign: foreign_frame,
                });
                slot = rbp + 8;
                rbp = read(cpu, rbp)?;
            }
        }
    }
}

/// A heap object: where it is now, and its pointer map.
#[derive(Clone, Debug, PartialEq)]
pub struct HeapObject {
    /// None once the collector found it unreachable.
    pub addr: Option<u64>,
    pub size: u64,
    pub align: u64,
    pub ptr_words: Vec<u64>,
}

/// What never-written stack memory holds.
pub const POISON: u8 = 0xa5;

/// Where heap spaces go.
const HEAP_ARENA: u64 = 0x5000_0000_0000;
/// The first heap space's size.
const FIRST_SPACE: u64 = 1 << 20;
/// Bytes left between objects, so that a pointer just past an object's end
/// is not the start of the next one.
const OBJECT_GAP: u64 = 8;

/// The runtime's state during one run.
#[derive(Debug)]
pub struct Runtime {
    pub table: std::rc::Rc<FuncTable>,
    pub mode: StackMode,
    /// Collect at safepoints (runtime calls and function entries), on the
    /// schedule of [`crate::schedule`]: every one while the frames and live
    /// objects are at most [`schedule::SPAN`].
    pub gc_every_safepoint: bool,
    /// The depth limit ([`MAX_FRAMES`] unless set): definition frames on
    /// the stack at most.
    pub max_frames: usize,
    /// Set when the run is stopped at a stack limit.
    pub overflow: Option<Overflow>,
    /// The frames of the last walk, outermost first; those whose
    /// return-address slot is above `clean_above` have not run since, and
    /// the next walk keeps them (unwinding and checking the whole stack at
    /// every safepoint made deep runs quadratic).
    frames: Vec<FrameInfo>,
    clean_above: u64,
    /// Where each definition frame on the stack was entered: its entry
    /// RSP as an offset below the stack's top (a move keeps those), from
    /// the outermost; frames that returned are dropped at the next entry.
    entered: Vec<u64>,
    /// Heap objects by ordinal: the input objects, then allocations.
    pub objects: Vec<HeapObject>,
    /// The ordinal of each live object by its address (pointers are
    /// classified at every safepoint: a scan of `objects` made deep or
    /// allocation-heavy runs quadratic).
    by_addr: BTreeMap<u64, usize>,
    /// The input descriptors (type descriptors and itabs: objects too, by
    /// ordinal, but outside the heap) by address, and where the next goes.
    descriptors: BTreeMap<u64, usize>,
    descriptor_bump: u64,
    /// The current heap space and its bump pointer.
    pub space: (u64, u64),
    pub bump: u64,
    /// Earlier spaces (their used parts) that still hold live objects: a
    /// collection that could not move them ([`Runtime::sweep`]) left them
    /// for a new current space when room ran out. The next moving
    /// collection copies out of them too.
    full_spaces: Vec<(u64, u64)>,
    /// Collections that did not move objects (see [`Runtime::sweep`]).
    pub sweeps: u32,
    next_space: u64,
    /// The types `runtime.newobject` may be asked for, by index.
    pub types: Vec<janus_backend::object::TypeMeta>,
    pub collections: u32,
    /// When moves and collections happen (see [`crate::schedule`]).
    move_plan: Schedule,
    gc_plan: Schedule,
    /// Objects live at the last counted collection, plus those allocated
    /// since: what a collection's work is measured in (the objects live
    /// now depend on uncounted collections, which differ between the
    /// outer entries).
    live_estimate: u64,
    /// Bytes of stack the moves copied, and objects the collections
    /// copied, in all: the work the schedule keeps linear in the depth.
    pub moved_bytes: u64,
    pub copied_objects: u64,
    /// How many of the objects are the run's inputs.
    pub inputs: usize,
    /// The current stack.
    pub stack_lo: u64,
    pub stack_hi: u64,
    /// The lowest address of the current stack that the program may have
    /// written (below it, the stack was not even poisoned: see
    /// `move_stack`).
    written_lo: u64,
    /// A buffer for copying stacks (kept: allocating and zeroing one per
    /// move cost as much as the copy).
    scratch: Vec<u8>,
    /// How far the stack's top has moved since the run started.
    pub displacement: i64,
    pub moves: u32,
    pub findings: Vec<Finding>,
    /// The definition entry of the function under test: at every
    /// deterministic safepoint visit (forced stack moves, allocations,
    /// collections at entries) the live pointers of its frames are
    /// recorded in `trace`, which must not depend on the entry the run
    /// came in through.
    pub trace_symbol: Option<String>,
    pub trace: Vec<Visit>,
    /// Visits beyond the first `MAX_CALLS`, counted, not recorded.
    pub trace_dropped: u64,
    /// Every call of a definition entry with its arguments as the model of
    /// that entry's ABI reads them (the first `MAX_CALLS`), and how many
    /// there were: the callee behaviour must not depend on the outer entry.
    pub calls: Vec<Call>,
    pub calls_total: u64,
    /// The foreign definitions (Go's, see `FuncTable::add_foreign`)
    /// entered, by symbol: the functions whose Go code a run checked.
    pub foreign_entered: std::collections::BTreeSet<Rc<str>>,
    next_stack: u64,
    /// Retired spaces and stacks, and stack gaps: poisoned, and must still
    /// be when the run ends.
    pub retired: Vec<(u64, u64, &'static str)>,
    /// Heap bytes this run wrote: zeroed when it ends, so that the next run
    /// on the machine finds the arena as a fresh one.
    dirty_heap: Vec<std::ops::Range<u64>>,
    /// The entry a function that called morestack restarts at.
    restarting: Option<u64>,
    /// The stack, and the heap space, live at the last recycling (see
    /// [`RECYCLE_AFTER`]): allocation skips them until the next one.
    stack_avoid: (u64, u64),
    heap_avoid: (u64, u64),
    /// Prologue checks and stack growth of this run (see
    /// [`crate::stacks`]).
    pub stacks: StackCounts,
    /// Frames of foreign code on the stack (a Go executable's), if any is
    /// loaded: see [`ForeignFrames`].
    pub foreign: Option<Rc<dyn ForeignFrames>>,
    /// The foreign code's own static func values and itabs of the module's
    /// functions, `(address, index)` sorted by address: recorded calls name
    /// them as the image's own (`funcvalN`, `itabK`), whichever side made
    /// the value.
    pub foreign_funcvals: Vec<(u64, u32)>,
    pub foreign_itabs: Vec<(u64, u32)>,
}

/// Calls, and safepoint visits of the trace, recorded in full per run;
/// beyond, only counted (a runaway would otherwise fill the host's memory;
/// generated modules make a few dozen).
pub const MAX_CALLS: usize = 10_000;

impl Runtime {
    pub fn new(
        table: std::rc::Rc<FuncTable>,
        mode: StackMode,
        stack_lo: u64,
        stack_hi: u64,
    ) -> Runtime {
        Runtime {
            table,
            mode,
            gc_every_safepoint: false,
            max_frames: MAX_FRAMES,
            overflow: None,
            frames: Vec::new(),
            clean_above: u64::MAX,
            entered: Vec::new(),
            objects: Vec::new(),
            by_addr: BTreeMap::new(),
            descriptors: BTreeMap::new(),
            descriptor_bump: DESCRIPTOR_ARENA,
            space: (0, 0),
            bump: 0,
            full_spaces: Vec::new(),
            sweeps: 0,
            next_space: HEAP_ARENA,
            types: Vec::new(),
            collections: 0,
            move_plan: Schedule::default(),
            gc_plan: Schedule::default(),
            live_estimate: 0,
            moved_bytes: 0,
            copied_objects: 0,
            inputs: 0,
            stack_lo,
            stack_hi,
            written_lo: stack_lo,
            scratch: Vec::new(),
            displacement: 0,
            moves: 0,
            findings: Vec::new(),
            trace_symbol: None,
            trace: Vec::new(),
            trace_dropped: 0,
            calls: Vec::new(),
            calls_total: 0,
            foreign_entered: Default::default(),
            next_stack: STACK_ARENA,
            retired: Vec::new(),
            dirty_heap: Vec::new(),
            restarting: None,
            stack_avoid: (0, 0),
            heap_avoid: (0, 0),
            stacks: StackCounts::default(),
            foreign: None,
            foreign_funcvals: Vec::new(),
            foreign_itabs: Vec::new(),
        }
    }

    /// The object (ordinal) a heap pointer points into, if any (a pointer
    /// just past the end counts: slices and strings make those).
    pub fn object_at(&self, v: u64) -> Option<usize> {
        containing(&self.by_addr, v, |i| self.objects[i].size).map(|(_, i)| i)
    }

    /// The descriptor (ordinal) a pointer points into, if any.
    fn descriptor_at(&self, v: u64) -> Option<usize> {
        if v < DESCRIPTOR_ARENA || v >= self.descriptor_bump {
            return None;
        }
        containing(&self.descriptors, v, |i| self.objects[i].size).map(|(_, i)| i)
    }

    fn valid_pointer(&self, v: u64) -> bool {
        v == 0
            || (self.stack_lo..=self.stack_hi).contains(&v)
            || self.object_at(v).is_some()
            || self.descriptor_at(v).is_some()
            || self.table.funcval_at(v).is_some()
            || self.table.itab_at(v).is_some()
            || self.foreign.as_ref().is_some_and(|f| f.is_static(v))
    }

    /// Maps a fresh heap space of at least `size` bytes.
    fn new_space<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        size: u64,
    ) -> Result<(u64, u64), Finding> {
        let size = size.max(FIRST_SPACE).next_multiple_of(4096);
        // Recycling keeps out of the current space only: not while older
        // spaces still hold objects.
        if self.next_space - HEAP_ARENA > RECYCLE_AFTER && self.full_spaces.is_empty() {
            self.recycle(cpu, HEAP_ARENA)?;
        }
        // After a recycling, allocation starts over from the arena's base:
        // not over the space that was live then (retired since, or still
        // live), which stays until the next recycling.
        let mut lo = self.next_space;
        let (alo, ahi) = self.heap_avoid;
        if lo < ahi && alo < lo + size + 4096 {
            lo = ahi;
        }
        // A page between spaces: a pointer just past one space's last
        // object is not in the next.
        self.next_space = lo + size + 4096;
        ensure_mapped(cpu, lo, lo + size)?;
        Ok((lo, lo + size))
    }

    /// Allocates an object in the current space (the caller made room).
    fn bump_alloc(&mut self, size: u64, align: u64, ptr_words: Vec<u64>) -> usize {
        let addr = self.bump.next_multiple_of(align.max(8));
        self.bump = addr + size + OBJECT_GAP;
        self.live_estimate += 1;
        self.by_addr.insert(addr, self.objects.len());
        self.objects.push(HeapObject {
            addr: Some(addr),
            size,
            align,
            ptr_words,
        });
        self.objects.len() - 1
    }

    fn room(&self, size: u64, align: u64) -> bool {
        self.space != (0, 0)
            && self.bump.next_multiple_of(align.max(8)) + size + OBJECT_GAP <= self.space.1
    }

    /// Places an input object before the run; returns its address. Inputs
    /// are all placed in the first space, which is made big enough.
    pub fn place_input<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        size: u64,
        align: u64,
        ptr_words: Vec<u64>,
        total: u64,
    ) -> Result<u64, Finding> {
        if self.space == (0, 0) {
            self.space = self.new_space(cpu, 2 * total)?;
            self.bump = self.space.0;
        }
        let n = self.bump_alloc(size, align, ptr_words);
        self.inputs = self.objects.len();
        Ok(self.objects[n].addr.expect("just allocated"))
    }

    /// Places an input type descriptor or itab before the run, outside
    /// the heap (it is never moved or collected); returns its address.
    pub fn place_descriptor<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        size: u64,
        align: u64,
    ) -> Result<u64, Finding> {
        // Whatever it points at is a descriptor too: nothing to scan.
        self.place_pinned(cpu, size, align, Vec::new())
    }

    /// Places an input object that stands for a type (an interface's type
    /// word names it: see `crate::inputs::type_objects`) before the run,
    /// beside the descriptors: never moved nor freed, as Go's collector
    /// never moves anything and Go's stack maps do not count type words
    /// (so Go's copies of one would go stale). Unlike a descriptor it is
    /// scanned: every collection updates its pointer words (`ptr_words`).
    pub fn place_pinned<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        size: u64,
        align: u64,
        ptr_words: Vec<u64>,
    ) -> Result<u64, Finding> {
        let addr = self.descriptor_bump.next_multiple_of(align.max(8));
        let end = addr + size + OBJECT_GAP;
        if end > DESCRIPTOR_ARENA + ARENA_CHUNK {
            return Err(Finding("too many type descriptors".into()));
        }
        ensure_mapped(cpu, addr, end)?;
        self.descriptor_bump = end;
        self.descriptors.insert(addr, self.objects.len());
        self.objects.push(HeapObject {
            addr: Some(addr),
            size,
            align,
            ptr_words,
        });
        self.inputs = self.objects.len();
        Ok(addr)
    }

    /// The inputs are placed and the first space exists.
    pub fn ready<C: Cpu + ?Sized>(&mut self, cpu: &mut C) -> Result<(), Finding> {
        if self.space == (0, 0) {
            self.space = self.new_space(cpu, FIRST_SPACE)?;
            self.bump = self.space.0;
        }
        Ok(())
    }

    /// `runtime.newobject`: RAX holds a type index; the new zeroed object's
    /// address goes back in RAX. A safepoint, and a counted visit of the
    /// schedules (see [`crate::schedule`]): the stack may move and the
    /// collector run first.
    pub fn newobject<C: Cpu>(&mut self, cpu: &mut C) -> Result<(), Finding> {
        if self.objects.len() >= MAX_OBJECTS {
            return Err(Finding(format!(
                "runaway: more than {MAX_OBJECTS} heap objects allocated in one run"
            )));
        }
        let index = cpu.reg(Reg::Rax) as usize;
        let t =
            self.types.get(index).cloned().ok_or_else(|| {
                Finding(format!("runtime.newobject: no type {index} in .janus.meta"))
            })?;
        self.allocate(cpu, t.size, t.align, t.ptrs.clone())
    }

    /// What `runtime.newobject` does once it knows the type, whoever's
    /// type description it was (janus's type index, Go's `*_type`): a
    /// safepoint visit, then a zeroed object of `size` bytes whose pointer
    /// words (byte offsets) are `ptrs`, its address in RAX.
    pub fn allocate<C: Cpu>(
        &mut self,
        cpu: &mut C,
        size: u64,
        align: u64,
        ptrs: Vec<u64>,
    ) -> Result<(), Finding> {
        if self.objects.len() >= MAX_OBJECTS {
            return Err(Finding(format!(
                "runaway: more than {MAX_OBJECTS} heap objects allocated in one run"
            )));
        }
        let (frames, gc_due, unwalked) = self.visit_safepoint(cpu)?;
        if gc_due || !self.room(size, align) {
            if let Some(why) = unwalked {
                return Err(Finding(format!(
                    "{why}; a collection needs every frame's roots"
                )));
            }
            let roots = frame_roots(&frames);
            let extra = size + align + OBJECT_GAP;
            self.collect_under(cpu, &frames, &roots, &[], extra)?;
            if gc_due {
                self.live_estimate = self.by_addr.len() as u64;
            }
            if !self.room(size, align) {
                // Nothing moved (Go's code is running): a new space beside.
                self.full_spaces
                    .push((self.space.0, self.bump.max(self.space.0)));
                self.dirty_heap
                    .push(self.space.0..self.bump.max(self.space.0));
                let (lo, hi) = self.new_space(cpu, 2 * extra)?;
                self.space = (lo, hi);
                self.bump = lo;
            }
        }
        self.frames = frames;
        let n = self.bump_alloc(size, align, ptrs);
        let addr = self.objects[n].addr.expect("just allocated");
        cpu.write_bytes(addr, &vec![0; size as usize])
            .map_err(|e| Finding(e.to_string()))?;
        cpu.set_reg(Reg::Rax, addr);
        Ok(())
    }

    /// What every safepoint inside a runtime call does (an allocation, an
    /// extern): walks the frames and checks those that ran since the last
    /// visit; records the visit where the mode does its work (in the plain
    /// mode, at every one: it is deterministic); moves the stack when the
    /// schedule says (Go may copy a stack during a runtime call: a
    /// collection shrinks stacks). Returns the frames (after any move) and
    /// whether a collection is due, which the caller makes with its own
    /// roots.
    ///
    /// In the plain mode (grow, no collections), where a visit moves and
    /// collects nothing, foreign frames that cannot be unwound yet (see
    /// [`ForeignFrames`]) do not stop the run: the visit checks no frame,
    /// and the third value says why (a collection the caller then needs
    /// must not go ahead without the roots).
    fn visit_safepoint<C: Cpu>(
        &mut self,
        cpu: &mut C,
    ) -> Result<(Vec<FrameInfo>, bool, Option<String>), Finding> {
        let depth = self.depth_at(cpu.reg(Reg::Rsp));
        let plain = self.mode == StackMode::Grow && !self.gc_every_safepoint;
        let (mut frames, fresh) = match self.try_walk(cpu) {
            Ok(found) => found,
            Err(UnwindStop::Foreign(why)) if plain => return Ok((Vec::new(), false, Some(why))),
            Err(stop) => return Err(Finding(stop.to_string())),
        };
        self.check_frames(cpu, &frames[frames.len() - fresh..])?;
        let move_due = self.mode == StackMode::MoveEveryEntry && self.move_plan.counted(depth);
        let gc_due = self.gc_every_safepoint && self.gc_plan.counted(depth + self.live_estimate);
        if plain || move_due || gc_due {
            self.record(cpu, &frames)?;
        }
        if move_due {
            let size = self.stack_hi - self.stack_lo;
            self.move_stack(cpu, &mut frames, size)?;
        }
        Ok((frames, gc_due, None))
    }

    /// A call of an extern (see [`crate::externs`]): a safepoint as an
    /// allocation is (Go's assembly may grow the stack, and the runtime may
    /// collect while it runs): the frames are walked and checked, the stack
    /// moves and the heap is collected when the schedule says, and the
    /// extern's own pointer arguments — stack words `arg_words`, relative
    /// to RSP, and registers `arg_regs` — are roots, checked and updated.
    pub fn extern_safepoint<C: Cpu>(
        &mut self,
        cpu: &mut C,
        arg_words: &[u64],
        arg_regs: &[Reg],
    ) -> Result<(), Finding> {
        for r in arg_regs {
            let v = cpu.reg(*r);
            if !self.valid_pointer(v) {
                return Err(Finding(format!(
                    "at a call of an extern: pointer argument in {r:?} holds {v:#x}, not a valid pointer"
                )));
            }
        }
        let (frames, gc_due, _) = self.visit_safepoint(cpu)?;
        if gc_due {
            let rsp = cpu.reg(Reg::Rsp);
            let mut roots = frame_roots(&frames);
            roots.extend(arg_words.iter().map(|w| rsp + w));
            self.collect_under(cpu, &frames, &roots, arg_regs, 0)?;
            self.live_estimate = self.by_addr.len() as u64;
        }
        self.frames = frames;
        Ok(())
    }

    /// A collection at the first instruction of an entry (the call that got
    /// here is the caller's safepoint), when the schedule says (see
    /// [`crate::schedule`]: a definition's entry is a counted visit, a
    /// wrapper's or a restart's is not): the entry's own arguments are roots
    /// too, found through the oracle's ABI model — pointer components in
    /// registers, and pointer words of stack arguments above the return
    /// address. They are checked at every entry (that costs what the
    /// entry's parameters are).
    ///
    /// `restart`: the restart of a function after morestack, which depends
    /// on the outer entry; not a deterministic visit, not recorded in the
    /// trace.
    pub fn collect_at_entry<C: Cpu>(
        &mut self,
        cpu: &mut C,
        entry: usize,
        restart: bool,
    ) -> Result<(), Finding> {
        let rsp = cpu.reg(Reg::Rsp);
        let (frames, fresh) = self.walk(cpu)?;
        self.check_frames(cpu, &frames[frames.len() - fresh..])?;
        let work = self.entered.len() as u64 + self.live_estimate;
        let counted = !restart && self.table.entries[entry].definition;
        let due = if counted {
            self.gc_plan.counted(work)
        } else {
            schedule::eager(work)
        };
        if due && !restart {
            self.record(cpu, &frames)?;
        }
        let mut words = if due {
            frame_roots(&frames)
        } else {
            Vec::new()
        };
        self.frames = frames;
        let e = &self.table.entries[entry];
        let (mut regs, mut args) = (Vec::new(), Vec::new());
        // A foreign (Go) function restarting after morestack: its
        // arguments are what Go's own maps at the morestack call made of
        // them, which leave out arguments Go's code no longer uses (those
        // may be stale after a collection, as in Go). The oracle's model
        // checked them all at the first entry; here the valid ones are
        // roots, the others are left alone.
        let foreign_restart = restart && entry >= self.table.entries().len();
        for (shape, place) in &e.params {
            match place {
                Placement::Stack(off) => {
                    for c in all_components(shape) {
                        if c.pointer {
                            args.push(rsp + 8 + off + c.offset);
                        }
                    }
                }
                Placement::Regs { regs: rs, .. } => {
                    for (class, idx, c) in rs {
                        if c.pointer && *class == RegClass::Int {
                            regs.push(crate::exec::INT_ARG_REGS[*idx]);
                        }
                    }
                }
            }
        }
        // A closure's context is live on entry (the func value in RDX).
        if e.context && e.definition {
            regs.push(Reg::Rdx);
        }
        if foreign_restart {
            regs.retain(|r| self.valid_pointer(cpu.reg(*r)));
            args.retain(|w| cpu.read_u64(*w).is_ok_and(|v| self.valid_pointer(v)));
        }
        for r in &regs {
            let v = cpu.reg(*r);
            if !self.valid_pointer(v) {
                return Err(Finding(format!(
                    "at the entry of {}: pointer argument in {r:?} holds {v:#x}, not a valid pointer",
                    e.symbol
                )));
            }
        }
        for w in &args {
            let v = cpu.read_u64(*w).map_err(|err| Finding(err.to_string()))?;
            if !self.valid_pointer(v) {
                return Err(Finding(format!(
                    "at the entry of {}: argument word at {w:#x} holds {v:#x}, not a valid pointer",
                    e.symbol
                )));
            }
        }
        if !due {
            return Ok(());
        }
        words.extend(args);
        let frames = std::mem::take(&mut self.frames);
        let collected = self.collect_under(cpu, &frames, &words, &regs, 0);
        self.frames = frames;
        collected?;
        if counted {
            self.live_estimate = self.by_addr.len() as u64;
        }
        Ok(())
    }

    /// A collection with the stack as `frames` (the roots are in them):
    /// a moving one ([`collect`](Runtime::collect)), unless a frame of
    /// foreign (Go) code that has started running is on the stack; then a
    /// non-moving one ([`sweep`](Runtime::sweep)), as Go's own collector
    /// is. Go's compiled code relies on heap objects staying put: it may
    /// keep a copy of a pointer as an integer across a call while another
    /// copy keeps the object alive (Go 1.19's flagalloc splits a
    /// `CMPQload` of a pointer whose flags must outlive a call into a
    /// `MOVQload <uint64>`, spilled as a scalar that no stack map names;
    /// docs/peer.md, "Go in the machine"). A Go function at its prologue's
    /// morestack call has not run: its arguments are in Go's entry map.
    fn collect_under<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        frames: &[FrameInfo],
        root_words: &[u64],
        root_regs: &[Reg],
        extra: u64,
    ) -> Result<(), Finding> {
        let go_running = frames.iter().any(|f| f.foreign && f.rbp.is_some());
        if go_running {
            self.sweep(cpu, root_words, root_regs)
        } else {
            self.collect(cpu, root_words, root_regs, extra)
        }
    }

    /// Whether `v` is in a heap space that holds objects (the current one
    /// or a full one), where a pointer must point into a live object.
    fn in_heap_spaces(&self, v: u64) -> bool {
        (self.space.0..=self.space.1).contains(&v)
            || self.full_spaces.iter().any(|s| (s.0..=s.1).contains(&v))
    }

    /// A collection that moves nothing, as Go's mark-sweep collector: the
    /// objects reachable from the inputs, the pinned objects, the root
    /// words and registers are marked (the roots checked first, as in
    /// [`collect`](Runtime::collect)); every other object is freed: its
    /// bytes poisoned (a pointer the stack maps missed reads garbage) and
    /// its range retired (a write through one shows when the run ends).
    pub fn sweep<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        root_words: &[u64],
        root_regs: &[Reg],
    ) -> Result<(), Finding> {
        let roots = RootWords::read(cpu, root_words)?;
        for (&w, &v) in root_words.iter().zip(&roots.values) {
            if !self.valid_pointer(v) {
                return Err(Finding(format!(
                    "a root word at {w:#x} holds {v:#x}, which is neither nil nor a pointer into the heap or the stack"
                )));
            }
        }
        let mut marked = vec![false; self.objects.len()];
        let mut queue: Vec<usize> = Vec::new();
        let mut mark = |rt: &Runtime, v: u64, queue: &mut Vec<usize>| -> Result<(), Finding> {
            match rt.object_at(v) {
                Some(i) => {
                    if !marked[i] {
                        marked[i] = true;
                        queue.push(i);
                    }
                    Ok(())
                }
                None if v != 0 && rt.in_heap_spaces(v) => Err(Finding(format!(
                    "the word {v:#x} points into the heap space but into no object"
                ))),
                None => Ok(()),
            }
        };
        for i in 0..self.inputs {
            if let Some(a) = self.objects[i].addr {
                mark(self, a, &mut queue)?;
            }
        }
        let pinned: Vec<usize> = self.descriptors.values().copied().collect();
        for &v in roots
            .values
            .iter()
            .chain(&root_regs.iter().map(|&r| cpu.reg(r)).collect::<Vec<u64>>())
        {
            mark(self, v, &mut queue)?;
        }
        // Pinned objects are scanned, and so is every marked object.
        queue.extend(pinned);
        let mut k = 0;
        while k < queue.len() {
            let i = queue[k];
            k += 1;
            let a = self.objects[i].addr.expect("live objects have addresses");
            for &w in &self.objects[i].ptr_words {
                let v = cpu.read_u64(a + w).map_err(|e| Finding(e.to_string()))?;
                mark(self, v, &mut queue)?;
            }
        }
        let dead: Vec<(u64, usize)> = self
            .by_addr
            .iter()
            .filter(|(_, &i)| !marked[i])
            .map(|(&a, &i)| (a, i))
            .collect();
        for (a, i) in dead {
            self.by_addr.remove(&a);
            self.objects[i].addr = None;
            let end = a + self.objects[i].size;
            if end > a {
                self.retire(cpu, a, end, "a freed object")?;
            }
        }
        self.collections += 1;
        self.sweeps += 1;
        Ok(())
    }

    /// Copies every reachable object to a new space (Cheney), updates the
    /// root words and registers, and poisons the old space, so a pointer the
    /// stack maps missed faults or reads garbage. `extra` is room the caller
    /// needs afterwards. The inputs are roots too: the oracle reads them.
    /// The old spaces are the current one and any full ones.
    pub fn collect<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        root_words: &[u64],
        root_regs: &[Reg],
        extra: u64,
    ) -> Result<(), Finding> {
        // The root words (all in the stack in use), read and written back
        // a cluster of neighbours at a time, and checked first, whatever
        // frame they are in: nil, or a pointer into the heap or the stack.
        let mut roots = RootWords::read(cpu, root_words)?;
        for (&w, &v) in root_words.iter().zip(&roots.values) {
            if !self.valid_pointer(v) {
                return Err(Finding(format!(
                    "a root word at {w:#x} holds {v:#x}, which is neither nil nor a pointer into the heap or the stack"
                )));
            }
        }
        let old = self.space;
        let old_used = (old.0, self.bump.max(old.0));
        let mut old_spaces = std::mem::take(&mut self.full_spaces);
        old_spaces.push(old);
        // Only live objects are visited (the dead ones of a run that
        // allocates without end would make every collection slower).
        let live: u64 = self
            .by_addr
            .values()
            .map(|&i| self.objects[i].size + self.objects[i].align + OBJECT_GAP)
            .sum();
        let (lo, hi) = self.new_space(cpu, 2 * (live + extra))?;
        self.space = (lo, hi);
        self.bump = lo;
        let mut c = Copier {
            old: old_spaces.clone(),
            from_by_addr: std::mem::take(&mut self.by_addr),
            forwarded: HashMap::new(),
            queue: Vec::new(),
        };
        for i in 0..self.inputs {
            if let Some(a) = self.objects[i].addr {
                c.forward(self, cpu, a)?;
            }
        }
        // Pinned objects stay where they are; what they point at moves.
        for &i in self.descriptors.clone().values() {
            let a = self.objects[i].addr.expect("pinned objects stay");
            for w in self.objects[i].ptr_words.clone() {
                let v = cpu.read_u64(a + w).map_err(|e| Finding(e.to_string()))?;
                let n = c.forward(self, cpu, v)?;
                cpu.write_u64(a + w, n)
                    .map_err(|e| Finding(e.to_string()))?;
            }
        }
        for k in 0..root_words.len() {
            roots.values[k] = c.forward(self, cpu, roots.values[k])?;
        }
        roots.write(cpu, root_words)?;
        for &r in root_regs {
            let v = cpu.reg(r);
            let n = c.forward(self, cpu, v)?;
            cpu.set_reg(r, n);
        }
        let mut k = 0;
        while k < c.queue.len() {
            let i = c.queue[k];
            k += 1;
            let copy = c.forwarded[&i];
            for w in self.objects[i].ptr_words.clone() {
                let v = cpu.read_u64(copy + w).map_err(|e| Finding(e.to_string()))?;
                let n = c.forward(self, cpu, v)?;
                cpu.write_u64(copy + w, n)
                    .map_err(|e| Finding(e.to_string()))?;
            }
        }
        for &i in c.from_by_addr.values() {
            self.objects[i].addr = c.forwarded.get(&i).copied();
        }
        for (&i, &a) in &c.forwarded {
            self.by_addr.insert(a, i);
        }
        self.copied_objects += c.forwarded.len() as u64;
        // The old space is retired: what was in it becomes poison, so a
        // pointer the maps missed reads garbage, and a write through one
        // shows when the run ends.
        if old != (0, 0) {
            self.retire(cpu, old_used.0, old_used.1, "a retired heap space")?;
            self.dirty_heap.push(old_used.0..old_used.1);
        }
        // Full spaces are their used parts already (and in the dirty heap).
        for &(lo, hi) in &old_spaces[..old_spaces.len() - 1] {
            self.retire(cpu, lo, hi, "a retired heap space")?;
        }
        self.collections += 1;
        Ok(())
    }

    /// Records the live pointer words of the frames of the function under
    /// test, each value classified so that runs through different entries
    /// compare: nil, an object and offset, or somewhere in the stack.
    fn record(&mut self, cpu: &dyn CpuDyn, frames: &[FrameInfo]) -> Result<(), Finding> {
        let Some(sym) = self.trace_symbol.clone() else {
            return Ok(());
        };
        // Innermost first.
        for f in frames.iter().rev().filter(|f| *f.symbol == *sym) {
            if self.trace.len() >= MAX_CALLS {
                self.trace_dropped += 1;
                continue;
            }
            let mut words = Vec::new();
            for (addr, what) in f.pointer_words() {
                let v = read(cpu, addr).map_err(Finding)?;
                words.push((what, self.classify_pointer(v)));
            }
            self.trace.push(Visit {
                symbol: f.symbol.clone(),
                ret: f.safepoint.ret as u64,
                kind: f.safepoint.kind.token(),
                words,
            });
        }
        Ok(())
    }

    /// A pointer value as runs through different entries can compare it:
    /// nil, an object and offset, or somewhere in the stack.
    fn classify_pointer(&self, v: u64) -> Word {
        let at = |l: &[(u64, u32)]| l.binary_search_by_key(&v, |&(a, _)| a).ok().map(|k| l[k].1);
        if v == 0 {
            Word::Nil
        } else if let Some(i) = self.object_at(v).or_else(|| self.descriptor_at(v)) {
            Word::Obj {
                obj: i as u32,
                offset: v - self.objects[i].addr.unwrap_or(v),
            }
        } else if (self.stack_lo..=self.stack_hi).contains(&v) {
            Word::Stack
        } else if let Some(f) = self
            .table
            .funcval_at(v)
            .or_else(|| at(&self.foreign_funcvals))
        {
            Word::FuncVal(f)
        } else if let Some(k) = self.table.itab_at(v).or_else(|| at(&self.foreign_itabs)) {
            Word::Itab(k)
        } else {
            Word::Bits(v)
        }
    }

    /// At entry `entry`: if it is a definition entry, records the call with
    /// the arguments as the oracle's model of its ABI places them (integer
    /// and float registers, or the argument area above the return address),
    /// each component masked to its size, pointers classified.
    pub fn record_call<C: Cpu + ?Sized>(&mut self, cpu: &C, entry: usize) -> Result<(), Finding> {
        let e = &self.table.entries[entry];
        if !e.definition {
            return Ok(());
        }
        if entry >= self.table.janus {
            self.foreign_entered.insert(e.symbol.clone());
        }
        self.calls_total += 1;
        if self.calls.len() >= MAX_CALLS {
            return Ok(());
        }
        let rsp = cpu.reg(Reg::Rsp);
        let mut call = Call {
            symbol: e.symbol.clone(),
            words: Vec::new(),
            ends: Vec::with_capacity(e.params.len()),
        };
        let words = &mut call.words;
        for (shape, place) in &e.params {
            match place {
                Placement::Stack(off) => {
                    for c in all_components(shape) {
                        let bytes = cpu
                            .read_bytes(rsp + 8 + off + c.offset, c.bytes as usize)
                            .map_err(|err| Finding(err.to_string()))?;
                        let mut v = [0u8; 8];
                        v[..bytes.len()].copy_from_slice(&bytes);
                        words.push(self.classify_word(c.pointer, u64::from_le_bytes(v)));
                    }
                }
                Placement::Regs { regs, .. } => {
                    for (class, idx, c) in regs {
                        let raw = match class {
                            RegClass::Int => cpu.reg(crate::exec::INT_ARG_REGS[*idx]),
                            RegClass::Float => cpu.xmm(*idx) as u64,
                        };
                        let v = if c.bytes >= 8 {
                            raw
                        } else {
                            raw & ((1u64 << (8 * c.bytes)) - 1)
                        };
                        words.push(self.classify_word(c.pointer, v));
                    }
                }
            }
            call.ends.push(words.len() as u32);
        }
        self.calls.push(call);
        Ok(())
    }

    /// Records a call of an extern (see [`crate::externs`]) as
    /// [`record_call`](Runtime::record_call) records a definition's: its
    /// arguments as the extern read them, `(pointer?, bits)` per component
    /// per parameter.
    pub fn record_extern_call(&mut self, symbol: &str, params: &[Vec<(bool, u64)>]) {
        self.calls_total += 1;
        if self.calls.len() >= MAX_CALLS {
            return;
        }
        let mut call = Call {
            symbol: symbol.into(),
            words: Vec::new(),
            ends: Vec::with_capacity(params.len()),
        };
        for ws in params {
            call.words
                .extend(ws.iter().map(|&(p, v)| self.classify_word(p, v)));
            call.ends.push(call.words.len() as u32);
        }
        self.calls.push(call);
    }

    fn classify_word(&self, pointer: bool, v: u64) -> Word {
        if pointer {
            self.classify_pointer(v)
        } else {
            Word::Bits(v)
        }
    }

    /// The frames on the stack at a runtime call, outermost first, and how
    /// many of them (the innermost) were unwound anew: the others are as
    /// the last walk found them, and were checked then (see `frames`). The
    /// caller puts the frames back in `self.frames` when done.
    fn walk<C: Cpu>(&mut self, cpu: &C) -> Result<(Vec<FrameInfo>, usize), Finding> {
        self.try_walk(cpu).map_err(|stop| Finding(stop.to_string()))
    }

    /// [`walk`](Runtime::walk), telling a foreign frame that cannot be
    /// unwound from a broken stack. After a stop nothing is cached: the
    /// next walk starts over.
    fn try_walk<C: Cpu>(&mut self, cpu: &C) -> Result<(Vec<FrameInfo>, usize), UnwindStop> {
        let mut frames = std::mem::take(&mut self.frames);
        let found = unwind_onto(
            cpu,
            &self.table,
            self.foreign.as_deref(),
            cpu.reg(Reg::Rsp),
            cpu.reg(Reg::Rbp),
            unwind_limit(self.max_frames),
            &mut frames,
            self.clean_above,
        );
        match found {
            Ok(fresh) => {
                // The innermost frame runs on from here.
                self.clean_above = frames.last().map_or(u64::MAX, |f| f.slot);
                Ok((frames, fresh))
            }
            Err(stop) => {
                self.clean_above = u64::MAX;
                Err(stop)
            }
        }
    }

    /// The frame size of the function a call returns to at `ret`: janus's
    /// (`.janus.meta`) or a foreign source's.
    fn frame_size_at(&self, ret: u64) -> Option<u32> {
        match self.table.find(ret) {
            Some(e) => Some(e.frame),
            None => self
                .foreign
                .as_ref()
                .filter(|f| f.contains(ret))
                .and_then(|f| f.frame_at(ret).ok())
                .map(|f| f.frame),
        }
    }

    /// Checks every live pointer word of every frame.
    pub fn check_frames(&mut self, cpu: &dyn CpuDyn, frames: &[FrameInfo]) -> Result<(), Finding> {
        for f in frames {
            for (addr, what) in f.pointer_words() {
                let v = read(cpu, addr).map_err(Finding)?;
                if !self.valid_pointer(v) {
                    return Err(bad_pointer(f, what, addr, v));
                }
            }
        }
        Ok(())
    }

    /// `runtime.morestack_noctxt`: moves the stack (to a bigger one when it
    /// ran out), then lets the cold path return on the new stack.
    pub fn morestack<C: Cpu>(&mut self, cpu: &mut C) -> Result<(), Finding> {
        let (mut frames, fresh) = self.walk(cpu)?;
        if frames.last().map(|f| f.safepoint.kind) != Some(SafepointKind::Morestack) {
            return Err(Finding(
                "morestack called from outside a prologue's cold path".into(),
            ));
        }
        self.check_frames(cpu, &frames[frames.len() - fresh..])?;
        let guard = cpu
            .g_field(G_STACKGUARD0)
            .map_err(|e| Finding(e.to_string()))?;
        let old_size = self.stack_hi - self.stack_lo;
        let size = if guard == STACK_FORCE_MOVE {
            // A forced move happens at the same point whichever entry the
            // run came in through: a deterministic visit.
            self.record(cpu, &frames)?;
            self.stacks.growth(Growth::Forced);
            old_size
        } else {
            // As Go's newstack: double, and on until the frame being set up
            // fits (with the guard's room below it).
            let used = self.stack_hi - cpu.reg(Reg::Rsp);
            let frame = frames
                .last()
                .and_then(|f| self.frame_size_at(f.ret))
                .map_or(0, |frame| frame as u64 + 16);
            let mut size = old_size * 2;
            while size < MAX_STACK.next_power_of_two()
                && size - used.min(size) < frame + STACK_GUARD
            {
                size *= 2;
            }
            self.stacks.growth(if size > old_size * 2 {
                Growth::BeyondDouble
            } else {
                Growth::Doubled
            });
            size
        };
        if size > MAX_STACK {
            // Go's limit: the run ends here, `depth` definition frames deep
            // (the function being entered is on the stack when it is one).
            let depth = frames.iter().filter(|f| f.definition).count();
            let o = Overflow::Bytes { depth };
            self.overflow = Some(o);
            return Err(Finding(format!("{o}: a {size}-byte stack is needed")));
        }
        self.move_stack(cpu, &mut frames, size)?;
        // The function starts over from its entry once this returns.
        // (A safepoint's offset is from its function's entry, janus's or
        // a foreign one's.)
        self.restarting = frames.last().map(|f| f.ret - u64::from(f.safepoint.ret));
        // The morestack call is a safepoint too: collect there, with the
        // morestack map (every argument) among the roots (an uncounted
        // visit: where the stack runs out depends on the outer entry).
        let work = self.entered.len() as u64 + self.live_estimate;
        if self.gc_every_safepoint && schedule::eager(work) {
            let roots = frame_roots(&frames);
            // RDX is the closure context, which morestack keeps (Go saves
            // it in g.sched.ctxt, a root, and restores it): a root when it
            // points into the heap (for other functions it is garbage).
            let ctxt = cpu.reg(Reg::Rdx);
            let regs: &[Reg] = if self.object_at(ctxt).is_some() {
                &[Reg::Rdx]
            } else {
                &[]
            };
            self.collect_under(cpu, &frames, &roots, regs, 0)?;
        }
        self.frames = frames;
        Ok(())
    }

    /// At the first instruction of entry `entry`: a definition entry is one
    /// more nested call, unless the frames entered at or below this RSP
    /// have returned (or it is the restart of the same call after
    /// morestack, entered at the same place). More than `max_frames` is a
    /// stack overflow.
    ///
    /// Every entry is also where its caller runs on from another safepoint
    /// than the last walk saw: the frames from the caller's up are no
    /// longer as cached (for a wrapper's call, from the wrapper's caller's
    /// up, wrapper entries not being watched in every mode).
    pub fn enter<C: Cpu + ?Sized>(&mut self, cpu: &C, entry: usize) -> Result<(), Finding> {
        let rsp = cpu.reg(Reg::Rsp);
        let mut caller = rsp;
        // Go's promise about the stack's end: below a splittable
        // function's frame there are at least StackLimit bytes (its
        // prologue check makes sure), and no nosplit chain goes further.
        // So a callee of a function with a check is entered at most a
        // return address below that, and any function above the stack's
        // low end: lower, a frame ran past the end of the stack.
        let mut floor = self.stack_lo;
        if let Some(e) = cpu.read_u64(rsp).ok().and_then(|ret| self.table.find(ret)) {
            if !e.definition {
                caller = caller.max(cpu.reg(Reg::Rbp).wrapping_add(8));
            }
            if e.body.is_some() {
                floor += STACK_LIMIT - 8;
            }
        }
        if rsp < floor {
            let at = if rsp < self.stack_lo {
                format!("{} bytes below", self.stack_lo - rsp)
            } else {
                format!("only {} bytes above", rsp - self.stack_lo)
            };
            return Err(Finding(format!(
                "{STACK_END}: {} is entered with RSP {rsp:#x}, {at} the stack's low end {:#x} (at least {} promised)",
                self.table.entries[entry].symbol,
                self.stack_lo,
                floor - self.stack_lo,
            )));
        }
        self.clean_above = self.clean_above.max(caller);
        if !self.table.entries[entry].definition {
            return Ok(());
        }
        let at = self.stack_hi.wrapping_sub(rsp);
        self.depth_at(rsp);
        self.entered.push(at);
        if self.entered.len() > self.max_frames {
            let o = Overflow::Frames(self.max_frames);
            self.overflow = Some(o);
            return Err(Finding(format!(
                "{o}: {} is entered at depth {}",
                self.table.entries[entry].symbol,
                self.entered.len()
            )));
        }
        Ok(())
    }

    /// The definition frames on the stack at a call whose return address
    /// is at `rsp` (those entered at or below it have returned).
    fn depth_at(&mut self, rsp: u64) -> u64 {
        let at = self.stack_hi.wrapping_sub(rsp);
        while self.entered.last().is_some_and(|&e| e >= at) {
            self.entered.pop();
        }
        self.entered.len() as u64
    }

    /// In the move mode, at entry `entry` (after [`enter`](Runtime::enter)):
    /// whether its prologue is to move the stack (stackguard0 is then set so
    /// that its check fails). A definition's entry is a counted visit of the
    /// schedule, a wrapper's is not (see [`crate::schedule`]); a restart
    /// after morestack, or an entry without a check, never moves.
    pub fn move_due_at_entry(&mut self, entry: usize, restart: bool) -> bool {
        let e = &self.table.entries[entry];
        if self.mode != StackMode::MoveEveryEntry || restart || e.body.is_none() {
            return false;
        }
        let depth = self.entered.len() as u64;
        if e.definition {
            self.move_plan.counted(depth)
        } else {
            schedule::eager(depth)
        }
    }

    /// Counted visits at which the schedules did not move the stack or
    /// collect (0 in a run no deeper than [`schedule::SPAN`] frames, with
    /// few objects).
    pub fn deferred(&self) -> u64 {
        self.move_plan.deferred + self.gc_plan.deferred
    }

    /// Whether reaching entry `entry` is the restart of a function whose
    /// prologue just called morestack (the same call again, not a new
    /// one: where the stack runs out depends on the outer entry, so such
    /// restarts must not count as calls). Consumes the restart.
    pub fn restarted(&mut self, entry: usize) -> bool {
        let start = self.table.entries[entry].start;
        if self.restarting == Some(start) {
            self.restarting = None;
            true
        } else {
            false
        }
    }

    /// Poisons `lo..hi` and remembers it as retired.
    fn retire<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        lo: u64,
        hi: u64,
        what: &'static str,
    ) -> Result<(), Finding> {
        poison(cpu, lo, hi)?;
        self.retired.push((lo, hi, what));
        Ok(())
    }

    /// Checks the retired regions of the arena at `base` now, as
    /// [`finish`](Runtime::finish) would (the first stale write is the
    /// finding), forgets them, and lets that arena's allocations start over
    /// from its base. The gap below the live stack stays retired.
    fn recycle<C: Cpu + ?Sized>(&mut self, cpu: &mut C, base: u64) -> Result<(), Finding> {
        let live_gap = (self.stack_lo.wrapping_sub(STACK_GAP), self.stack_lo);
        let (check, keep): (Vec<_>, Vec<_>) = std::mem::take(&mut self.retired)
            .into_iter()
            .partition(|r| arena_of(r.0) == base && (r.0, r.1) != live_gap);
        self.retired = keep;
        if let Some(f) = check.iter().find_map(|r| stale_write(cpu, *r)) {
            return Err(f);
        }
        if base == STACK_ARENA {
            self.next_stack = STACK_ARENA;
            self.stack_avoid = (live_gap.0, self.stack_hi);
        } else {
            self.next_space = HEAP_ARENA;
            self.heap_avoid = (self.space.0, self.space.1 + 4096);
        }
        Ok(())
    }

    /// At the end of a run: every retired space and stack, and every gap
    /// below a stack, must still be poison (one finding per region written
    /// to); then the heap the run used is zeroed for the next run.
    pub fn finish<C: Cpu + ?Sized>(&mut self, cpu: &mut C) -> Vec<Finding> {
        let mut findings: Vec<Finding> = self
            .retired
            .iter()
            .filter_map(|r| stale_write(cpu, *r))
            .collect();
        if self.space != (0, 0) {
            self.dirty_heap
                .push(self.space.0..self.bump.max(self.space.0));
        }
        for r in std::mem::take(&mut self.dirty_heap) {
            if let Err(e) = cpu.write_bytes(r.start, &vec![0; (r.end - r.start) as usize]) {
                findings.push(Finding(format!("cannot clear the heap: {e}")));
            }
        }
        findings
    }

    /// A new stack of `size` bytes in the arena, poisoned (so that reading
    /// what was never written shows), with a poisoned gap below (an
    /// overflow shows there).
    /// Only the top `poisoned` bytes of the stack are poisoned (see
    /// `move_stack`), less the top `copied` ones, which the caller fills.
    fn carve_stack<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        size: u64,
        poisoned: u64,
        copied: u64,
    ) -> Result<(u64, u64), Finding> {
        // After a recycling, allocation starts over from the arena's base:
        // not over the stack that was live then (retired since, or still
        // live), which stays until the next recycling.
        let mut at = self.next_stack;
        let (alo, ahi) = self.stack_avoid;
        if at < ahi && alo < at + STACK_GAP + size {
            at = ahi;
        }
        let new_lo = at + STACK_GAP;
        let new_hi = new_lo + size;
        self.next_stack = new_hi;
        ensure_mapped(cpu, new_lo - STACK_GAP, new_hi)?;
        poison(cpu, new_lo - STACK_GAP, new_lo)?;
        poison(cpu, new_hi - poisoned.min(size), new_hi - copied.min(size))?;
        self.retired.push((new_lo - STACK_GAP, new_lo, GAP_BELOW));
        Ok((new_lo, new_hi))
    }

    /// Makes the run's first stack, of `size` bytes, in the runtime's arena
    /// (when the machine's own is too small for the arguments): poisoned,
    /// with a poisoned gap below, and in g. Returns its bounds.
    pub fn first_stack<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        size: u64,
    ) -> Result<(u64, u64), Finding> {
        if size > MAX_STACK {
            return Err(Finding(format!(
                "the arguments need a {size}-byte stack, more than Go's {MAX_STACK}-byte limit"
            )));
        }
        let (lo, hi) = self.carve_stack(cpu, size, size, 0)?;
        self.use_stack(cpu, lo, hi)?;
        Ok((lo, hi))
    }

    /// Makes `[lo, hi)` the goroutine's stack, in g and here.
    pub fn use_stack<C: Cpu + ?Sized>(
        &mut self,
        cpu: &mut C,
        lo: u64,
        hi: u64,
    ) -> Result<(), Finding> {
        let set = |cpu: &mut C, off: u64, v: u64| {
            cpu.set_g_field(off, v).map_err(|e| Finding(e.to_string()))
        };
        set(cpu, G_STACK_LO, lo)?;
        set(cpu, G_STACK_HI, hi)?;
        set(cpu, G_STACKGUARD0, lo + STACK_GUARD)?;
        self.stack_lo = lo;
        self.stack_hi = hi;
        self.written_lo = lo;
        Ok(())
    }

    /// Moves the whole stack to a new one of `size` bytes (as Go's
    /// copystack does when it grows or shrinks a stack): everything in use
    /// is copied, the words the maps of `frames` call pointers and the
    /// saved RBPs are adjusted, RSP and RBP follow, g's bounds are updated
    /// and the old stack is poisoned (see [`Runtime::finish`]).
    pub fn move_stack<C: Cpu>(
        &mut self,
        cpu: &mut C,
        frames: &mut [FrameInfo],
        size: u64,
    ) -> Result<(), Finding> {
        let rsp = cpu.reg(Reg::Rsp);
        let rbp = cpu.reg(Reg::Rbp);
        let old_size = self.stack_hi - self.stack_lo;
        if self.next_stack - STACK_ARENA > RECYCLE_AFTER {
            self.recycle(cpu, STACK_ARENA)?;
        }
        let used = self.stack_hi - rsp;
        // In the move mode, the program reaches at most a frame, its
        // wrapper's and a nosplit chain (Go allows 800 bytes) per entry
        // before the next move, for the entries the schedule lets go by,
        // and a nosplit chain below RSP: only that much of the new stack
        // needs to be poison (and then retired), not all of it, however big
        // the stack once grew.
        let reach = if self.mode == StackMode::MoveEveryEntry && size == old_size {
            let ahead = schedule::max_ahead(self.entered.len() as u64) + 1;
            used + ahead * (2 * (self.table.max_frame + 16) + 1024) + FORCED_MOVE_REACH
        } else {
            size
        };
        let (new_lo, new_hi) = self.carve_stack(cpu, size, reach, used)?;
        let delta = new_hi.wrapping_sub(self.stack_hi);
        let old = self.stack_lo..self.stack_hi;
        let moved = |v: u64| {
            if old.contains(&v) {
                v.wrapping_add(delta)
            } else {
                v
            }
        };
        // The stack in use, adjusted in a copy: the words the maps name
        // (each checked on the way, whatever frame it is in), and the saved
        // RBPs of set-up frames.
        let mut bytes = std::mem::take(&mut self.scratch);
        bytes.resize(used as usize, 0);
        cpu.read_into(rsp, &mut bytes)
            .map_err(|e| Finding(e.to_string()))?;
        let new = new_lo..=new_hi;
        for f in frames.iter() {
            for (a, what) in f.pointer_words() {
                let off = a.wrapping_sub(rsp) as usize;
                let Some(w) = bytes.get_mut(off..off.wrapping_add(8)) else {
                    return Err(Finding(format!(
                        "stack map of {} at safepoint {}+{:#x}: {what} at {a:#x} is outside the stack in use",
                        f.symbol, f.symbol, f.safepoint.ret
                    )));
                };
                let v = u64::from_le_bytes((&*w).try_into().expect("8 bytes"));
                // (A word two maps name is adjusted once already.)
                if !new.contains(&v) && !self.valid_pointer(v) {
                    return Err(bad_pointer(f, what, a, v));
                }
                w.copy_from_slice(&moved(v).to_le_bytes());
            }
            if let Some(r) = f.rbp {
                let off = r.wrapping_sub(rsp) as usize;
                if let Some(w) = bytes.get_mut(off..off.wrapping_add(8)) {
                    let v = u64::from_le_bytes((&*w).try_into().expect("8 bytes"));
                    w.copy_from_slice(&moved(v).to_le_bytes());
                }
            }
        }
        cpu.write_bytes(rsp.wrapping_add(delta), &bytes)
            .map_err(|e| Finding(e.to_string()))?;
        self.scratch = bytes;
        cpu.set_reg(Reg::Rsp, rsp.wrapping_add(delta));
        cpu.set_reg(Reg::Rbp, moved(rbp));
        for f in frames.iter_mut() {
            f.slot = f.slot.wrapping_add(delta);
            f.args = f.args.wrapping_add(delta);
            f.rbp = f.rbp.map(|r| r.wrapping_add(delta));
        }
        if old.contains(&self.clean_above) || self.clean_above == old.end {
            self.clean_above = self.clean_above.wrapping_add(delta);
        }
        // The old stack is retired (see `collect`): what the program may
        // have written of it.
        self.retire(cpu, self.written_lo, self.stack_hi, "a retired stack")?;
        self.use_stack(cpu, new_lo, new_hi)?;
        self.written_lo = new_hi - reach.min(size);
        self.displacement = self.displacement.wrapping_add(delta as i64);
        self.moves += 1;
        self.moved_bytes += used;
        Ok(())
    }
}

/// The object (its address and ordinal, from an address index) whose
/// bytes, or whose one-past-the-end address, `v` is: objects never overlap,
/// and a gap separates neighbours, so only the last one starting at or
/// below `v` can be.
fn containing(
    by_addr: &BTreeMap<u64, usize>,
    v: u64,
    size: impl Fn(usize) -> u64,
) -> Option<(u64, usize)> {
    let (&a, &i) = by_addr.range(..=v).next_back()?;
    (v <= a + size(i)).then_some((a, i))
}

/// The arena an address of the runtime's belongs to.
fn arena_of(addr: u64) -> u64 {
    if addr >= STACK_ARENA {
        STACK_ARENA
    } else {
        HEAP_ARENA
    }
}

/// A finding if retired region `lo..hi` is no longer all poison.
fn stale_write<C: Cpu + ?Sized>(
    cpu: &C,
    (lo, hi, what): (u64, u64, &'static str),
) -> Option<Finding> {
    // A chunk at a time: retired stacks go up to half a gigabyte.
    const CHUNK: u64 = 1 << 20;
    let mut at = lo;
    while at < hi {
        let n = (hi - at).min(CHUNK);
        let bytes = match cpu.read_bytes(at, n as usize) {
            Ok(b) => b,
            Err(e) => return Some(Finding(format!("cannot check {what}: {e}"))),
        };
        if let Some(i) = first_not_poison(&bytes) {
            let end = bytes[i..]
                .iter()
                .position(|b| *b == POISON)
                .map_or(bytes.len(), |n| i + n);
            let shown = &bytes[i..end.min(i + 16)];
            let base = at - lo;
            // Below a stack, a frame ran past its end; elsewhere a
            // pointer outlived what it pointed to.
            let how = if what == GAP_BELOW {
                STACK_END
            } else {
                "a write through a stale pointer"
            };
            return Some(Finding(format!(
                "{how}: {what} ({lo:#x}..{hi:#x}) was written at +{:#x}..+{:#x}: {shown:02x?}",
                base + i as u64,
                base + end as u64
            )));
        }
        at += n;
    }
    None
}

/// The state of one collection.
struct Copier {
    /// The spaces objects are copied out of.
    old: Vec<(u64, u64)>,
    /// The live objects (ordinals) by where they were before the collection.
    from_by_addr: BTreeMap<u64, usize>,
    /// Where each copied object is now.
    forwarded: HashMap<usize, u64>,
    /// Copied objects whose pointer words are still to be scanned.
    queue: Vec<usize>,
}

impl Copier {
    /// The new value of a word that may point into the old space.
    fn forward<C: Cpu + ?Sized>(
        &mut self,
        rt: &mut Runtime,
        cpu: &mut C,
        v: u64,
    ) -> Result<u64, Finding> {
        if v == 0 || !self.old.iter().any(|o| (o.0..=o.1).contains(&v)) {
            return Ok(v);
        }
        let Some((base, i)) = containing(&self.from_by_addr, v, |i| rt.objects[i].size) else {
            return Err(Finding(format!(
                "the word {v:#x} points into the heap space but into no object"
            )));
        };
        let new = match self.forwarded.get(&i) {
            Some(&n) => n,
            None => {
                let (size, align) = (rt.objects[i].size, rt.objects[i].align);
                let n = rt.bump.next_multiple_of(align.max(8));
                rt.bump = n + size + OBJECT_GAP;
                let bytes = cpu
                    .read_bytes(base, size as usize)
                    .map_err(|e| Finding(e.to_string()))?;
                cpu.write_bytes(n, &bytes)
                    .map_err(|e| Finding(e.to_string()))?;
                self.forwarded.insert(i, n);
                self.queue.push(i);
                n
            }
        };
        Ok(new + (v - base))
    }
}

/// The values of root words, read a cluster of neighbouring words at a
/// time (a frame's words are close together; frames can be far apart).
struct RootWords {
    /// Each cluster's start and bytes.
    clusters: Vec<(u64, Vec<u8>)>,
    /// The value of each root word, in the order given.
    values: Vec<u64>,
}

impl RootWords {
    /// Words at most this far apart are read together (about where
    /// copying the bytes between costs as much as one more read).
    const GAP: u64 = 512;

    fn read<C: Cpu + ?Sized>(cpu: &C, words: &[u64]) -> Result<RootWords, Finding> {
        let mut sorted = words.to_vec();
        sorted.sort_unstable();
        let mut clusters: Vec<(u64, Vec<u8>)> = Vec::new();
        let mut i = 0;
        while i < sorted.len() {
            let start = sorted[i];
            let mut end = start + 8;
            while i < sorted.len() && sorted[i] <= end + Self::GAP {
                end = end.max(sorted[i] + 8);
                i += 1;
            }
            let bytes = cpu
                .read_bytes(start, (end - start) as usize)
                .map_err(|e| Finding(e.to_string()))?;
            clusters.push((start, bytes));
        }
        let mut r = RootWords {
            clusters,
            values: Vec::with_capacity(words.len()),
        };
        for &w in words {
            let (c, off) = r.locate(w);
            let bytes = &r.clusters[c].1[off..off + 8];
            r.values
                .push(u64::from_le_bytes(bytes.try_into().expect("8 bytes")));
        }
        Ok(r)
    }

    /// The cluster holding word `w`, and its offset there.
    fn locate(&self, w: u64) -> (usize, usize) {
        let c = self.clusters.partition_point(|(s, _)| *s <= w) - 1;
        (c, (w - self.clusters[c].0) as usize)
    }

    /// Writes `values` back to `words`.
    fn write<C: Cpu + ?Sized>(mut self, cpu: &mut C, words: &[u64]) -> Result<(), Finding> {
        for (&w, v) in words.iter().zip(&self.values) {
            let (c, off) = self.locate(w);
            self.clusters[c].1[off..off + 8].copy_from_slice(&v.to_le_bytes());
        }
        for (start, bytes) in &self.clusters {
            cpu.write_bytes(*start, bytes)
                .map_err(|e| Finding(e.to_string()))?;
        }
        Ok(())
    }
}

/// The addresses of every live pointer word of every frame.
pub fn frame_roots(frames: &[FrameInfo]) -> Vec<u64> {
    let mut out: Vec<u64> = frames
        .iter()
        .flat_map(|f| f.pointer_words().map(|(a, _)| a))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The finding for a word a stack map calls a pointer that is none.
fn bad_pointer(f: &FrameInfo, what: MapWord, addr: u64, v: u64) -> Finding {
    Finding(format!(
        "stack map of {} at safepoint {}+{:#x} ({}): {what} at {addr:#x} holds {v:#x}, which is neither nil nor a pointer into the heap or the stack",
        f.symbol,
        f.symbol,
        f.safepoint.ret,
        f.safepoint.kind.token()
    ))
}

/// Error conversion for handlers.
pub fn abort(f: Finding) -> MachineError {
    MachineError::Extern(f.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::machine::{Machine, MachineConfig};

    fn runtime(m: &Machine) -> Runtime {
        Runtime::new(
            std::rc::Rc::new(FuncTable::default()),
            StackMode::Grow,
            m.stack_lo(),
            m.stack_hi(),
        )
    }

    /// A stand-in foreign source: code at 0x1000_0000.., one function
    /// `go.F` with a 24-byte frame whose safepoint at +0x10 has a live
    /// pointer at RBP-8 and in its first argument word; +0x20 is a return
    /// address it cannot unwind.
    #[derive(Debug)]
    struct FakeForeign;

    impl ForeignFrames for FakeForeign {
        fn contains(&self, pc: u64) -> bool {
            (0x1000_0000..0x1000_1000).contains(&pc)
        }
        fn frame_at(&self, ret: u64) -> Result<ForeignFrame, String> {
            if ret != 0x1000_0010 {
                return Err(format!("cannot unwind {ret:#x}"));
            }
            Ok(ForeignFrame {
                symbol: "go.F".into(),
                definition: true,
                frame: 24,
                safepoint: Rc::new(Safepoint {
                    ret: 0x10,
                    kind: SafepointKind::Call,
                    frame: vec![-8],
                    args: vec![0],
                    scalars: Vec::new(),
                }),
            })
        }
        fn is_static(&self, _: u64) -> bool {
            false
        }
    }

    /// The seam for foreign frames: a frame a source describes is walked
    /// as a janus frame is (checked against the RBP chain, its map words
    /// found); one it cannot describe stops the walk with what it said;
    /// without a source its return address is in no entry.
    #[test]
    fn foreign_frames_are_unwound_through_their_source() {
        let mut m = Machine::new(MachineConfig::default()).unwrap();
        let table = FuncTable::default();
        // go.F's own return address (to the oracle), its saved RBP below,
        // its 24-byte frame, and the return address of its call.
        let top = m.stack_hi();
        let rbp = top - 16;
        m.write_u64(top - 8, RETURN_TRAP).unwrap();
        m.write_u64(rbp, 0).unwrap();
        let slot = rbp - 24 - 8;
        let walk = |m: &Machine, rbp: u64, foreign: Option<&dyn ForeignFrames>| {
            let mut frames = Vec::new();
            let r = unwind_onto(m, &table, foreign, slot, rbp, 10, &mut frames, u64::MAX);
            (r, frames)
        };
        m.write_u64(slot, 0x1000_0010).unwrap();
        let (r, frames) = walk(&m, rbp, Some(&FakeForeign));
        assert_eq!(r, Ok(1));
        let f = &frames[0];
        assert_eq!(
            (&*f.symbol, f.slot, f.rbp, f.args),
            ("go.F", slot, Some(rbp), rbp + 16)
        );
        let words: Vec<u64> = f.pointer_words().map(|(a, _)| a).collect();
        assert_eq!(words, vec![rbp - 8, rbp + 16]);
        // The RBP chain must agree with the frame size, as for janus.
        let (r, _) = walk(&m, rbp + 8, Some(&FakeForeign));
        assert!(
            matches!(r, Err(UnwindStop::Broken(ref s)) if s.contains("go.F+0x10")),
            "{r:?}"
        );
        m.write_u64(slot, 0x1000_0020).unwrap();
        let (r, _) = walk(&m, rbp, Some(&FakeForeign));
        assert_eq!(
            r,
            Err(UnwindStop::Foreign("cannot unwind 0x10000020".into()))
        );
        let (r, _) = walk(&m, rbp, None);
        assert!(
            matches!(r, Err(UnwindStop::Broken(ref s)) if s.contains("in no entry")),
            "{r:?}"
        );
    }

    /// Retired stacks pile up (a move at every entry retires the whole
    /// stack per call): past `RECYCLE_AFTER` bytes they are checked for
    /// stale writes then and there, and their addresses reused.
    #[test]
    fn retired_stacks_are_checked_and_reused_once_they_pile_up() {
        let size = 1 << 20;
        let mut m = Machine::new(MachineConfig::default()).unwrap();
        let mut rt = runtime(&m);
        rt.ready(&mut m).unwrap();
        m.set_reg(Reg::Rsp, rt.stack_hi - 64);
        let mut highest = 0;
        for _ in 0..200 {
            rt.move_stack(&mut m, &mut [], size).unwrap();
            highest = highest.max(rt.stack_hi);
        }
        // 200 MiB retired, in at most a few recyclings' worth of addresses.
        assert!(
            highest - STACK_ARENA < 3 * RECYCLE_AFTER,
            "stacks reached {:#x}",
            highest - STACK_ARENA
        );
        assert!(rt.finish(&mut m).is_empty());

        // A write into a retired stack is found by the next recycling.
        let mut rt = runtime(&m);
        rt.ready(&mut m).unwrap();
        m.set_reg(Reg::Rsp, rt.stack_hi - 64);
        rt.move_stack(&mut m, &mut [], size).unwrap();
        let stale = rt.stack_hi - 8;
        rt.move_stack(&mut m, &mut [], size).unwrap();
        m.write_u64(stale, 7).unwrap();
        let found = (0..200)
            .find_map(|_| rt.move_stack(&mut m, &mut [], size).err())
            .expect("the recycling finds the write");
        assert!(
            found.0.contains("stale pointer") && found.0.contains("a retired stack"),
            "{}",
            found.0
        );
    }

    /// A collection retires the old space: still mapped, but poison, and a
    /// write into it is reported when the run ends; the used heap is
    /// zeroed for the next run.
    #[test]
    fn writes_into_retired_spaces_are_found_at_the_end() {
        let mut m = Machine::new(MachineConfig::default()).unwrap();
        let mut rt = runtime(&m);
        let a = rt.place_input(&mut m, 16, 8, vec![], 16).unwrap();
        rt.ready(&mut m).unwrap();
        m.write_u64(a, 0x1234).unwrap();
        rt.collect(&mut m, &[], &[], 0).unwrap();
        let moved = rt.objects[0].addr.unwrap();
        assert_ne!(moved, a);
        assert_eq!(m.read_u64(moved).unwrap(), 0x1234);
        // The old copy is poison now, and still readable.
        assert_eq!(m.read_u64(a).unwrap(), u64::from_le_bytes([POISON; 8]));
        assert!(rt.finish(&mut m).is_empty(), "nothing wrote there");

        let mut rt = runtime(&m);
        let a = rt.place_input(&mut m, 16, 8, vec![], 16).unwrap();
        rt.ready(&mut m).unwrap();
        assert_eq!(m.read_u64(a).unwrap(), 0, "the last run's heap was cleared");
        rt.collect(&mut m, &[], &[], 0).unwrap();
        m.write_u64(a + 8, 7).unwrap();
        let found = rt.finish(&mut m);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].0.contains("stale pointer") && found[0].0.contains("retired heap space"),
            "{}",
            found[0].0
        );
    }

    /// A sweep (Go's code running) moves nothing, frees what nothing
    /// reaches (poisoned, and a write there found at the end); a later
    /// moving collection copies out of a space a sweep had to leave full.
    #[test]
    fn sweeps_free_in_place_and_full_spaces_move_later() {
        let mut m = Machine::new(MachineConfig::default()).unwrap();
        let mut rt = runtime(&m);
        let a = rt.place_input(&mut m, 16, 8, vec![0], 16).unwrap();
        rt.ready(&mut m).unwrap();
        let b = rt.bump_alloc(16, 8, vec![]);
        let c = rt.bump_alloc(16, 8, vec![]);
        let (b_at, c_at) = (rt.objects[b].addr.unwrap(), rt.objects[c].addr.unwrap());
        m.write_u64(a, b_at + 8).unwrap();
        m.write_u64(b_at + 8, 0x55).unwrap();
        m.write_u64(c_at, 0x66).unwrap();
        rt.sweep(&mut m, &[], &[]).unwrap();
        assert_eq!(rt.objects[0].addr, Some(a), "nothing moves");
        assert_eq!(rt.objects[b].addr, Some(b_at), "reached through a's word");
        assert_eq!(m.read_u64(b_at + 8).unwrap(), 0x55);
        assert_eq!(rt.objects[c].addr, None, "c is freed");
        assert_eq!(m.read_u64(c_at).unwrap(), u64::from_le_bytes([POISON; 8]));
        assert_eq!((rt.sweeps, rt.collections), (1, 1));
        // A register still pointing at the freed object is a finding.
        m.set_reg(Reg::Rax, c_at);
        let e = rt.sweep(&mut m, &[], &[Reg::Rax]).unwrap_err();
        assert!(e.0.contains("into no object"), "{e}");
        m.set_reg(Reg::Rax, 0);

        // The space is left full; the next moving collection empties it.
        rt.full_spaces.push((rt.space.0, rt.bump));
        let (lo, hi) = rt.new_space(&mut m, FIRST_SPACE).unwrap();
        (rt.space, rt.bump) = ((lo, hi), lo);
        rt.collect(&mut m, &[], &[], 0).unwrap();
        let (a2, b2) = (rt.objects[0].addr.unwrap(), rt.objects[b].addr.unwrap());
        assert!(a2 != a && b2 != b_at, "both moved out of the full space");
        assert_eq!(m.read_u64(a2).unwrap(), b2 + 8, "a's word follows b");
        assert_eq!(m.read_u64(b2 + 8).unwrap(), 0x55);
        assert!(rt.full_spaces.is_empty());
        assert_eq!(
            m.read_u64(b_at + 8).unwrap(),
            u64::from_le_bytes([POISON; 8])
        );
        assert!(rt.finish(&mut m).is_empty(), "nothing wrote there");

        // A write into a freed object shows at the end.
        let mut rt = runtime(&m);
        rt.place_input(&mut m, 16, 8, vec![], 16).unwrap();
        rt.ready(&mut m).unwrap();
        let d = rt.bump_alloc(16, 8, vec![]);
        let d_at = rt.objects[d].addr.unwrap();
        rt.sweep(&mut m, &[], &[]).unwrap();
        m.write_u64(d_at + 8, 7).unwrap();
        let found = rt.finish(&mut m);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("a freed object"), "{}", found[0].0);
    }
}
