//! A Go executable in the emulated machine, beside janus's image: its
//! segments mapped at their link addresses, its text counted as code, and
//! the entry points of Go's runtime that ordinary Go functions call served
//! by the emulated runtime ([`crate::runtime`]) instead of Go's own, which
//! needs a real `m`, heap and scheduler:
//!
//! | Go function                        | served by |
//! |------------------------------------|-----------|
//! | `runtime.morestack_noctxt.abi0`, `runtime.morestack.abi0` | the runtime's morestack (it keeps RDX, the closure context) |
//! | `runtime.newobject` (`*_type` in RAX) | [`go_newobject`]: Go 1.19's `_type` read, allocated in the same heap with the same pointer map |
//! | `runtime.panicdivide`              | the divide panic janus's code gets |
//! | `runtime.gcWriteBarrier*`          | a trap: `runtime.writeBarrier` stays 0 here, so reaching one is a finding |
//! | bounds, shift and nil panics, `runtime.mallocgc` | a trap naming the function: not served |
//!
//! Each is served by rewriting the function's first bytes into a jump to
//! an extern stub ([`Machine::redirect`]); its caller returns from the
//! stub to its call site, as from the real function. Everything else in
//! Go's text (`runtime.duffcopy`, `runtime.memmove`, ...) is pure code and
//! runs as it is.
//!
//! The `g` page, TLS (`FS:-8` = g) and stack bounds the machine sets up
//! are what Go's code expects: Go 1.19's `g` starts with `stack.lo` (0),
//! `stack.hi` (8) and `stackguard0` (16); ABIInternal code has g in R14,
//! ABI0 wrappers load it from `FS:-8`.
//!
//! Go's package init is not run by Go's runtime here (there is none), so
//! [`GoImage::package_inits`] lists the package's own init functions (from
//! its `..inittask`) for the runner to run once in the machine, and
//! [`GoImage::init_data`] keeps what they wrote to the writable segment:
//! the baseline every run starts from (the emitted itabs' method words are
//! filled in so). Go's static func values (`F·f`, content-addressed
//! `go.func.*` data without a symbol) and the emitted itabs are found
//! ([`GoImage::static_values`]) so that pointers to them read back as the
//! interpreter's `funcval`/`itab` pointers.
//!
//! Go's frames on the stack are unwound through [`GoFrames`], the
//! runtime's [`ForeignFrames`] source for Go, which reads Go's own
//! metadata (pclntab: pcsp, the args and locals pointer maps at each
//! return address's stack-map index) as Go's runtime does, so stack moves
//! and the moving collector treat Go frames as Go's runtime would.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use crate::exec::{entry_promise_broken, ExecError, ENTRY_PROMISE, PANIC_DIVIDE};
use crate::machine::{Cpu, ExeSegment, HookAction, Machine, Reg};
use crate::model::{self, Shape};
use crate::peer::goelf::GoExecutable;
use crate::peer::pclntab::{GoFunc, GoImageTables, Pclntab, FUNCID_WRAPPER};
use crate::runtime::{EntryInfo, Finding, ForeignFrame, ForeignFrames, Runtime, MORESTACK};
use janus_backend::compile::{Safepoint, SafepointKind};

/// The extern that serves Go's `runtime.newobject`.
pub const GO_NEWOBJECT: &str = "go:runtime.newobject";

/// Go's `runtime.morestack_noctxt` and `runtime.morestack` (assembly, so
/// their symbols carry `.abi0`), served by the runtime's morestack.
const GO_MORESTACKS: [&str; 2] = ["runtime.morestack_noctxt.abi0", "runtime.morestack.abi0"];

/// Go's write barriers (Go 1.19, amd64): the compiled code calls them only
/// when `runtime.writeBarrier` is set, which it never is here.
const GO_WRITE_BARRIERS: [&str; 8] = [
    "runtime.gcWriteBarrier",
    "runtime.gcWriteBarrierCX",
    "runtime.gcWriteBarrierDX",
    "runtime.gcWriteBarrierBX",
    "runtime.gcWriteBarrierBP",
    "runtime.gcWriteBarrierSI",
    "runtime.gcWriteBarrierR8",
    "runtime.gcWriteBarrierR9",
];

/// Runtime functions ordinary Go code may call that the emulated runtime
/// does not serve: Go's own would need its real state (and then run off
/// into it), so each stops the run with its name instead.
const GO_UNSERVED: [&str; 22] = [
    "runtime.panicIndex",
    "runtime.panicIndexU",
    "runtime.panicSliceAlen",
    "runtime.panicSliceAlenU",
    "runtime.panicSliceAcap",
    "runtime.panicSliceAcapU",
    "runtime.panicSliceB",
    "runtime.panicSliceBU",
    "runtime.panicSlice3Alen",
    "runtime.panicSlice3AlenU",
    "runtime.panicSlice3Acap",
    "runtime.panicSlice3AcapU",
    "runtime.panicSlice3B",
    "runtime.panicSlice3BU",
    "runtime.panicSlice3C",
    "runtime.panicSlice3CU",
    "runtime.panicshift",
    "runtime.panicmem",
    "runtime.panicmemAddr",
    "runtime.sigpanic",
    "runtime.mallocgc",
    "runtime.gopanic",
];

/// Go's frames, as the runtime's unwinder sees them (see
/// [`ForeignFrames`]), read from the executable's pclntab as Go's own
/// `gentraceback` and `getStackMap` read it ([`Pclntab::frame_at`]).
#[derive(Debug)]
pub struct GoFrames {
    exe: Rc<GoExecutable>,
    pclntab: Pclntab,
    /// The non-executable segments: Go's static data (read-only data, type
    /// descriptors, `.data`, `.bss`).
    statics: Vec<Range<u64>>,
    /// Each function's body frame (the largest SP delta in it, less the
    /// saved RBP), by entry: what morestack must make room for.
    body_frames: RefCell<HashMap<u64, u32>>,
}

/// An RSP to read frames at: frames are described relative to their RBP
/// and argument area, so any aligned address far from 0 does.
const CANONICAL_SP: u64 = 1 << 40;

impl GoFrames {
    pub fn new(exe: Rc<GoExecutable>) -> Result<GoFrames, String> {
        let statics: Vec<Range<u64>> = exe
            .segments
            .iter()
            .filter(|s| !s.perms.exec)
            .map(|s| s.range.clone())
            .collect();
        // funcdata live in the read-only segment, at offsets from go.func.*.
        let sym = |name: &str| {
            exe.symbol(name)
                .map(|s| s.address)
                .ok_or_else(|| format!("the Go executable has no symbol {name}"))
        };
        let gofunc = sym("go.func.*")?;
        let rodata = exe
            .segments
            .iter()
            .find(|s| s.range.contains(&gofunc))
            .ok_or_else(|| format!("go.func.* ({gofunc:#x}) is in no segment"))?;
        let pclntab = Pclntab::parse(&GoImageTables {
            pclntab: &exe.pclntab,
            text_start: sym("runtime.text")?,
            rodata: &rodata.data,
            rodata_addr: rodata.range.start,
            gofunc,
            rodata_base: sym("runtime.rodata")?,
        })
        .map_err(|e| format!("Go's pclntab: {e}"))?;
        Ok(GoFrames {
            exe,
            pclntab,
            statics,
            body_frames: RefCell::new(HashMap::new()),
        })
    }

    /// `main.F+0x2a`, or the bare address outside every Go function.
    pub fn describe(&self, pc: u64) -> String {
        match self.exe.function_at(pc) {
            Some((s, off)) => format!("{}+{off:#x}", s.name),
            None => format!("{pc:#x}"),
        }
    }

    /// The frame `f`'s body sets up: its largest SP delta less the saved
    /// RBP (as [`crate::runtime::EntryInfo::frame`]).
    fn body_frame(&self, f: &GoFunc) -> Result<u32, String> {
        if let Some(&b) = self.body_frames.borrow().get(&f.entry) {
            return Ok(b);
        }
        let mut max = 0i32;
        for pc in f.entry..f.end {
            let d = self.pclntab.sp_delta(f, pc).map_err(|e| e.to_string())?;
            max = max.max(d);
        }
        let b = (max as u32).saturating_sub(8);
        self.body_frames.borrow_mut().insert(f.entry, b);
        Ok(b)
    }
}

impl ForeignFrames for GoFrames {
    fn contains(&self, pc: u64) -> bool {
        self.exe.text.contains(&pc)
    }

    /// At `ret`: the SP delta (pcsp) is the frame below the return address;
    /// 0 means the prologue's morestack call, before the frame exists (a
    /// `Morestack` safepoint, whose arguments Go describes with the entry
    /// map: the spilled pointer register arguments live at entry, and the
    /// stack arguments). Otherwise the frame is set up, RBP is its saved-BP
    /// slot, and the locals and args maps at `ret`'s stack-map index name
    /// its live pointer words.
    fn frame_at(&self, ret: u64) -> Result<ForeignFrame, String> {
        let fail = |e: String| format!("Go frame at {}: {e}", self.describe(ret));
        let f = self
            .pclntab
            .func_at(ret)
            .ok_or_else(|| fail("no Go function holds it".into()))?;
        let frame = self
            .pclntab
            .frame_at(ret, CANONICAL_SP)
            .map_err(|e| fail(e.to_string()))?;
        let morestack = frame.frame_size == 0;
        let (kind, words) = if morestack {
            (SafepointKind::Morestack, Vec::new())
        } else {
            let rbp = frame.saved_bp_slot.ok_or_else(|| {
                fail(format!(
                    "a call from a frame of {} bytes without a saved RBP",
                    frame.frame_size
                ))
            })?;
            let words = frame
                .live_locals
                .iter()
                .map(|&a| (a as i64 - rbp as i64) as i32)
                .collect();
            (SafepointKind::Call, words)
        };
        let args = frame
            .live_args
            .iter()
            .map(|&a| (a - frame.argp) as u32)
            .collect();
        let body = if morestack {
            self.body_frame(f).map_err(fail)?
        } else {
            frame.frame_size as u32 - 8
        };
        Ok(ForeignFrame {
            symbol: f.name.as_str().into(),
            definition: f.func_id != FUNCID_WRAPPER && !f.name.ends_with(".abi0"),
            frame: body,
            safepoint: Rc::new(Safepoint {
                ret: (ret - f.entry) as u32,
                kind,
                frame: words,
                args,
                scalars: Vec::new(),
            }),
        })
    }

    fn is_static(&self, v: u64) -> bool {
        self.statics.iter().any(|r| r.contains(&v))
    }
}

/// A Go executable loaded into an [`crate::exec::EntryRunner`]'s machine.
#[derive(Debug)]
pub struct GoImage {
    pub exe: Rc<GoExecutable>,
    pub frames: Rc<GoFrames>,
    /// The functions whose entries are watched (see
    /// [`watch_entries`](GoImage::watch_entries)): `(address, ABI0?, name)`.
    watched: Vec<(u64, bool, String)>,
    /// What the package's init functions wrote into the writable segment
    /// (runs of changed bytes, by address): written again after every
    /// [`Machine::restore`], which puts the segment back as loaded.
    pub init_data: Vec<(u64, Vec<u8>)>,
    /// Every aligned word of the read-only segments that holds a
    /// function's entry, by entry (see [`static_values`](GoImage::static_values)):
    /// found once per image, not once per module loaded.
    entry_words: std::cell::OnceCell<HashMap<u64, Vec<u64>>>,
}

/// The most init functions a package's `..inittask` may list (a corrupt
/// count must not make the loader read megabytes).
const MAX_INIT_FUNCTIONS: u64 = 4096;

impl GoImage {
    /// Maps `exe` into `m` and redirects Go's runtime entry points to the
    /// emulated runtime's (`runtime` is the runner's). The morestack and
    /// panicdivide externs must be registered already (the runner does
    /// that for janus's code). The functions whose names start with
    /// `watch_prefix` (e.g. `main.`) get their entries watched.
    pub fn install(
        m: &mut Machine,
        exe: Rc<GoExecutable>,
        runtime: &Rc<RefCell<Option<Runtime>>>,
        watch_prefix: &str,
    ) -> Result<GoImage, ExecError> {
        let segments: Vec<ExeSegment> = exe
            .segments
            .iter()
            .map(|s| ExeSegment {
                range: s.range.clone(),
                perms: s.perms,
                data: s.data.clone(),
            })
            .collect();
        let functions = exe
            .symbols()
            .iter()
            .filter(|s| s.function)
            .map(|s| (s.address, s.size, s.name.clone()))
            .collect();
        m.map_executable("go", &segments, exe.text.clone(), functions)?;

        // A function is redirected by a 5-byte jump over its first bytes:
        // it must be that long (Go pads functions to 32 bytes, so the jump
        // never reaches into the next one).
        let patchable = |name: &str| -> Result<Option<u64>, ExecError> {
            let Some(s) = exe.symbol(name).filter(|s| s.function) else {
                return Ok(None);
            };
            if s.size < 5 {
                return Err(ExecError(format!(
                    "Go's {name} is {} bytes long: too short to redirect",
                    s.size
                )));
            }
            Ok(Some(s.address))
        };
        let need = |name: &str| {
            patchable(name)?
                .ok_or_else(|| ExecError(format!("the Go executable has no function {name}")))
        };
        let stub = |m: &Machine, name: &str| {
            m.extern_address(name)
                .ok_or_else(|| ExecError(format!("extern {name} is not registered")))
        };
        for name in GO_MORESTACKS {
            let to = stub(m, MORESTACK)?;
            m.redirect(need(name)?, to)?;
        }
        let to = stub(m, PANIC_DIVIDE)?;
        m.redirect(need("runtime.panicdivide")?, to)?;
        let to = match m.extern_address(GO_NEWOBJECT) {
            Some(a) => a,
            None => {
                crate::exec::runtime_extern(m, runtime, GO_NEWOBJECT, &[Reg::Rax], |rt, cpu| {
                    go_newobject(rt, cpu)
                })?
            }
        };
        m.redirect(need("runtime.newobject")?, to)?;
        for name in GO_WRITE_BARRIERS {
            let Some(at) = patchable(name)? else {
                continue;
            };
            let why = format!(
                "Go's write barrier {name} was called: runtime.writeBarrier is 0 in the emulated machine, so Go's code must not reach it"
            );
            let to = trap_extern(m, name, why)?;
            m.redirect(at, to)?;
        }
        for name in GO_UNSERVED {
            let Some(at) = patchable(name)? else {
                continue;
            };
            let why = format!("Go's code called {name}, which the emulated runtime does not serve");
            let to = trap_extern(m, name, why)?;
            m.redirect(at, to)?;
        }
        let watched = exe
            .symbols()
            .iter()
            .filter(|s| s.function && s.name.starts_with(watch_prefix) && !watch_prefix.is_empty())
            .map(|s| (s.address, s.name.ends_with(".abi0"), s.name.clone()))
            .collect();
        Ok(GoImage {
            frames: Rc::new(GoFrames::new(exe.clone()).map_err(ExecError)?),
            exe,
            watched,
            init_data: Vec::new(),
            entry_words: Default::default(),
        })
    }

    /// The init functions of package `pkg` (e.g. `main`) in the order Go
    /// runs them: Go 1.19's `pkg..inittask` is `{state, ndeps, nfns}`
    /// words, then `ndeps` pointers to the inittasks of the packages it
    /// depends on, then `nfns` function addresses. Only the package's own
    /// functions are listed: its dependencies' (the runtime's) need Go's
    /// real runtime, and the peer package imports nothing that has any
    /// (a function that reached one would stop at an unserved runtime
    /// function). No inittask: nothing to run. `(address, name)`.
    pub fn package_inits(&self, pkg: &str) -> Result<Vec<(u64, String)>, String> {
        let task = format!("{pkg}..inittask");
        let Some(sym) = self.exe.symbol(&task) else {
            return Ok(Vec::new());
        };
        let word = |k: u64| -> Result<u64, String> {
            let at = sym.address + 8 * k;
            self.static_word(at).ok_or_else(|| {
                format!(
                    "{task} at {:#x}: word {k} ({at:#x}) is in no segment",
                    sym.address
                )
            })
        };
        let (ndeps, nfns) = (word(1)?, word(2)?);
        if ndeps > MAX_INIT_FUNCTIONS || nfns > MAX_INIT_FUNCTIONS {
            return Err(format!(
                "{task}: {ndeps} dependencies and {nfns} functions: more than {MAX_INIT_FUNCTIONS}"
            ));
        }
        (0..nfns)
            .map(|i| {
                let pc = word(3 + ndeps + i)?;
                match self.exe.function_at(pc) {
                    Some((f, 0)) if f.function => Ok((pc, f.name.clone())),
                    _ => Err(format!(
                        "{task}: init function {i} at {pc:#x} is not the start of a function"
                    )),
                }
            })
            .collect()
    }

    /// The 8 bytes at `at` as loaded (zero in a segment's memory beyond
    /// its file bytes), if a segment holds them.
    fn static_word(&self, at: u64) -> Option<u64> {
        let end = at.checked_add(8)?;
        let s = self
            .exe
            .segments
            .iter()
            .find(|s| s.range.start <= at && end <= s.range.end)?;
        let off = (at - s.range.start) as usize;
        let mut b = [0u8; 8];
        for (i, x) in b.iter_mut().enumerate() {
            *x = s.data.get(off + i).copied().unwrap_or(0);
        }
        Some(u64::from_le_bytes(b))
    }

    /// The aligned words of the read-only segments holding a function's
    /// entry, by entry.
    fn find_entry_words(&self) -> HashMap<u64, Vec<u64>> {
        let entries: std::collections::HashSet<u64> = self
            .exe
            .symbols()
            .iter()
            .filter(|s| s.function)
            .map(|s| s.address)
            .collect();
        let mut words: HashMap<u64, Vec<u64>> = HashMap::new();
        for s in self
            .exe
            .segments
            .iter()
            .filter(|s| !s.perms.exec && !s.perms.write)
        {
            let start = s.range.start.next_multiple_of(8);
            let skip = (start - s.range.start) as usize;
            for (k, w) in s
                .data
                .get(skip..)
                .unwrap_or(&[])
                .chunks_exact(8)
                .enumerate()
            {
                let v = u64::from_le_bytes(w.try_into().expect("8 bytes"));
                if entries.contains(&v) {
                    words.entry(v).or_default().push(start + 8 * k as u64);
                }
            }
        }
        words
    }

    /// Go's static func values and the emitted itabs of the module whose
    /// functions are `names` (by index, as the interpreter numbers them),
    /// with IR function F being Go's `{prefix}_F` (the emitter's `m<k>_F`
    /// under `main.m<k>`) or, for a prefix ending in `.`, `{prefix}F` (a
    /// hand-written package's `main.F`); itab K is `{prefix}itab_K`.
    ///
    /// A func value of F is a pointer to F's `F·f`, a word holding F's
    /// ABIInternal entry in the read-only data (`go.func.*`, no symbol of
    /// its own): every aligned word of the read-only segments that holds
    /// the entry of one of the module's functions is taken for one (Go
    /// makes one per function, content-addressed). Returns (func values,
    /// itabs), each `(address, index)`, sorted.
    pub fn static_values(&self, prefix: &str, names: &[String]) -> StaticValues {
        let go_name = |n: &str| {
            if prefix.ends_with('.') {
                format!("{prefix}{n}")
            } else {
                format!("{prefix}_{n}")
            }
        };
        let words = self.entry_words.get_or_init(|| self.find_entry_words());
        let mut funcvals = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let Some(entry) = self.exe.function(&go_name(n)) else {
                continue;
            };
            for &w in words.get(&entry).into_iter().flatten() {
                funcvals.push((w, i as u32));
            }
        }
        funcvals.sort_unstable();
        let mut itabs = Vec::new();
        if !prefix.ends_with('.') {
            let itab_prefix = format!("{prefix}itab_");
            for s in self.exe.symbols().iter().filter(|s| !s.function) {
                if let Some(k) = s
                    .name
                    .strip_prefix(&itab_prefix)
                    .and_then(|k| k.parse().ok())
                {
                    itabs.push((s.address, k));
                }
            }
        }
        itabs.sort_unstable();
        StaticValues { funcvals, itabs }
    }

    /// The address of a Go function (`main.F`, or its ABI0 wrapper
    /// `main.F.abi0`).
    pub fn function(&self, name: &str) -> Option<u64> {
        self.exe.function(name)
    }

    /// Watches (from the next [`watch_entries`](GoImage::watch_entries))
    /// only the functions of the module whose Go names start with `prefix`
    /// (`main.m3`: `main.m3_F`, `main.m3abi0_F`, ..., not `main.m30_F`):
    /// every watched entry costs the emulator a lookup at every block it
    /// translates, so a batch's other modules are left alone.
    pub fn watch_module(&mut self, prefix: &str) {
        self.watched = self
            .exe
            .symbols()
            .iter()
            .filter(|s| {
                s.function
                    && s.name
                        .strip_prefix(prefix)
                        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
            })
            .map(|s| (s.address, s.name.ends_with(".abi0"), s.name.clone()))
            .collect();
    }

    /// Watches the entries of the functions chosen at install, as the
    /// runner watches janus's: an ABI0 entry (`.abi0`) poisons R14 and X15
    /// (they mean nothing in ABI0: whoever relies on them after it must
    /// set them again), an ABIInternal definition checks what its caller
    /// owes it (R14 = g, X15 = 0, DF clear). At the entries of
    /// `definitions` (Go's definitions of the module's functions, see
    /// [`definition_entry`](GoImage::definition_entry)), watched whether
    /// chosen at install or not, the hook then runs: the runtime's part of
    /// a definition entry, as at janus's. Watches go with the janus image
    /// ([`Machine::unload`]): the runner calls this after every load.
    pub fn watch_entries(
        &self,
        m: &mut Machine,
        definitions: &HashMap<u64, DefinitionHook>,
    ) -> Result<(), ExecError> {
        let mut entries: Vec<(u64, bool, String)> = self.watched.clone();
        for &address in definitions.keys() {
            if !entries.iter().any(|(a, _, _)| *a == address) {
                let name = self
                    .exe
                    .function_at(address)
                    .map_or_else(|| format!("{address:#x}"), |(s, _)| s.name.clone());
                entries.push((address, false, name));
            }
        }
        entries.sort();
        for (address, abi0, name) in entries {
            let hook = definitions.get(&address).cloned();
            m.watch(address, &format!("go entry:{name}"), move |cpu| {
                if abi0 {
                    cpu.set_reg(Reg::R14, crate::exec::POISON64 ^ 0x1414);
                    cpu.set_xmm(
                        15,
                        (crate::exec::POISON64 as u128) << 64
                            | (crate::exec::POISON64 ^ 0x1515) as u128,
                    );
                } else if let Some(broken) = entry_promise_broken(cpu) {
                    return Ok(HookAction::Abort(format!(
                        "{ENTRY_PROMISE}: Go's {name} (ABIInternal) entered with {broken}"
                    )));
                }
                match &hook {
                    Some(hook) => hook(cpu),
                    None => Ok(HookAction::Return),
                }
            })?;
        }
        Ok(())
    }

    /// The runtime's view of Go's definition of the IR function `func`,
    /// the Go function `symbol` (`main.m<k>_F`, or a closure literal
    /// `main.m<k>mk_F.func1`; always ABIInternal), under the name janus's
    /// definition has (`F`), so that calls recorded at either compare:
    /// its code range, the frame its body sets up (pclntab), its
    /// parameters as the oracle's model of ABIInternal places them, and
    /// whether it has a stack-growth check (a call of Go's morestack; then
    /// `body` is the offset after the prologue's first conditional branch,
    /// the check's).
    pub fn definition_entry(
        &self,
        symbol: &str,
        func: &janus_backend::ir::Function,
    ) -> Result<EntryInfo, ExecError> {
        let fail =
            |what: String| ExecError(format!("Go's definition {symbol} of {}: {what}", func.name));
        let s = self
            .exe
            .symbol(symbol)
            .filter(|s| s.function && s.size > 0)
            .ok_or_else(|| fail("no such function in the executable".into()))?;
        let (start, end) = (s.address, s.address + s.size);
        let gofunc = self
            .frames
            .pclntab
            .func_at(start)
            .filter(|f| f.entry == start)
            .ok_or_else(|| fail("pclntab has no function at its address".into()))?;
        let frame = self.frames.body_frame(gofunc).map_err(fail)?;
        let code = self
            .exe
            .segments
            .iter()
            .find(|seg| seg.range.start <= start && end <= seg.range.end)
            .and_then(|seg| {
                let i = (start - seg.range.start) as usize;
                seg.data.get(i..i + s.size as usize)
            })
            .ok_or_else(|| fail("its code is not in a segment's bytes".into()))?;
        let morestacks: Vec<u64> = GO_MORESTACKS
            .iter()
            .filter_map(|n| self.exe.function(n))
            .collect();
        let body = stack_check_body(code, start, &morestacks).map_err(fail)?;
        let shapes: Vec<Shape> = func.sig.params.iter().map(|p| Shape::of(&p.ty)).collect();
        let layout = model::assign(&shapes, &[], model::ModelAbi::Internal);
        Ok(EntryInfo {
            symbol: func.name.as_str().into(),
            abi: janus_backend::abi::Abi::Internal,
            sig: func.sig.to_string(),
            start,
            end,
            frame,
            body,
            safepoints: HashMap::new(),
            definition: true,
            params: shapes.into_iter().zip(layout.params).collect(),
            context: func.context.is_some(),
        })
    }
}

/// What the runner does at a Go definition's entry once its promises
/// hold (see [`GoImage::watch_entries`]).
pub type DefinitionHook = Rc<
    dyn Fn(
        &mut crate::machine::MachineView<'_>,
    ) -> Result<HookAction, crate::machine::MachineError>,
>;

/// Whether Go's function `code` (at `start`) has a stack-growth check: a
/// call of one of `morestacks`. If so, the offset after its first
/// conditional branch (the check's `JLS`/`JBE`, which Go puts in the
/// prologue), as janus's `body=`.
fn stack_check_body(code: &[u8], start: u64, morestacks: &[u64]) -> Result<Option<u64>, String> {
    use iced_x86::{Decoder, DecoderOptions, FlowControl};
    let mut decoder = Decoder::with_ip(64, code, start, DecoderOptions::NONE);
    let mut first_branch = None;
    let mut checks = false;
    while decoder.can_decode() {
        let inst = decoder.decode();
        if inst.is_invalid() {
            return Err(format!("undecodable instruction at {:#x}", inst.ip()));
        }
        match inst.flow_control() {
            FlowControl::ConditionalBranch if first_branch.is_none() => {
                first_branch = Some(inst.next_ip() - start);
            }
            FlowControl::Call if morestacks.contains(&inst.near_branch_target()) => checks = true,
            _ => {}
        }
    }
    match (checks, first_branch) {
        (false, _) => Ok(None),
        (true, Some(b)) => Ok(Some(b)),
        (true, None) => Err("it calls morestack without a conditional branch to it".into()),
    }
}

/// Go's static func values and itabs of a module (see
/// [`GoImage::static_values`]): `(address, index)`, sorted by address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaticValues {
    pub funcvals: Vec<(u64, u32)>,
    pub itabs: Vec<(u64, u32)>,
}

/// An extern that stops the run with `why`.
fn trap_extern(m: &mut Machine, name: &str, why: String) -> Result<u64, ExecError> {
    let stub_name = format!("go:{name}");
    if let Some(a) = m.extern_address(&stub_name) {
        return Ok(a);
    }
    Ok(m.add_extern(&stub_name, move |_| Ok(HookAction::Abort(why.clone())))?)
}

/// Go 1.19's `_type` (runtime/type.go), the fields allocation needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoType {
    pub size: u64,
    pub ptrdata: u64,
    pub align: u64,
    pub kind: u8,
    /// Byte offsets of the pointer words, from the `gcdata` bitmap.
    pub ptr_words: Vec<u64>,
    /// Byte offsets of the interfaces' type words (see
    /// [`type_words_of`]), which `gcdata` leaves out.
    pub type_words: Vec<u64>,
}

/// `kind & KIND_GC_PROG`: `gcdata` is a GC program, not a bitmap.
pub const KIND_GC_PROG: u8 = 1 << 6;
/// `kind & KIND_MASK` is the type's kind (runtime/typekind.go).
const KIND_MASK: u8 = (1 << 5) - 1;
const KIND_ARRAY: u8 = 17;
const KIND_INTERFACE: u8 = 20;
const KIND_STRUCT: u8 = 25;
/// How deep [`GoType::type_words`] follows element and field types (a
/// cycle in corrupt data must not recurse without end).
const MAX_TYPE_NESTING: u32 = 64;
/// The largest object [`go_newobject`] allocates (a corrupt size must not
/// allocate gigabytes).
const MAX_GO_OBJECT: u64 = 1 << 30;

impl GoType {
    /// Reads the `_type` at `at`: size at 0, ptrdata at 8, align at 21,
    /// kind at 23, gcdata at 32 (one bit per word of the first `ptrdata`
    /// bytes, least significant bit first).
    pub fn read<C: Cpu + ?Sized>(cpu: &C, at: u64) -> Result<GoType, String> {
        let b = cpu
            .read_bytes(at, 40)
            .map_err(|e| format!("runtime.newobject: the *_type {at:#x} is unreadable: {e}"))?;
        let word = |o: usize| u64::from_le_bytes(b[o..o + 8].try_into().expect("8 bytes"));
        let (size, ptrdata, align, kind, gcdata) =
            (word(0), word(8), b[21] as u64, b[23], word(32));
        let bad = |what: String| format!("runtime.newobject: the _type at {at:#x}: {what}");
        if size > MAX_GO_OBJECT {
            return Err(bad(format!("size {size} is beyond {MAX_GO_OBJECT}")));
        }
        if ptrdata > size || ptrdata % 8 != 0 {
            return Err(bad(format!(
                "ptrdata {ptrdata} is not a multiple of 8 within the size {size}"
            )));
        }
        if !align.is_power_of_two() || align > 4096 {
            return Err(bad(format!(
                "alignment {align} is not a power of two up to 4096"
            )));
        }
        if kind & KIND_GC_PROG != 0 {
            return Err(bad(
                "its pointer map is a GC program (kindGCProg), which is not supported".into(),
            ));
        }
        let words = ptrdata / 8;
        let mut ptr_words = Vec::new();
        if words > 0 {
            let bits = cpu
                .read_bytes(gcdata, words.div_ceil(8) as usize)
                .map_err(|e| bad(format!("its gcdata {gcdata:#x} is unreadable: {e}")))?;
            for w in 0..words {
                if bits[(w / 8) as usize] >> (w % 8) & 1 != 0 {
                    ptr_words.push(w * 8);
                }
            }
        }
        let mut type_words = Vec::new();
        if ptrdata > 0 {
            type_words_of(cpu, at, 0, ptrdata, 0, &mut type_words).map_err(bad)?;
        }
        Ok(GoType {
            size,
            ptrdata,
            align,
            kind,
            ptr_words,
            type_words,
        })
    }

    /// Every word the collector must update in an object of this type:
    /// the pointer words and the type words, sorted.
    pub fn collector_words(&self) -> Vec<u64> {
        let mut w: Vec<u64> = self
            .ptr_words
            .iter()
            .chain(&self.type_words)
            .copied()
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    }
}

/// The byte offsets (from `base`) of the type words of the interfaces in
/// an object of the `_type` at `at`, below `limit` (the object's
/// `ptrdata`: an interface's data word is a pointer, so its type word
/// is below the last one). Go's `gcdata`, like its stack maps, never
/// counts a type word (cmd/compile/internal/typebits: its collector never
/// moves, and a type word points at a type descriptor or itab in read-only
/// data, or at a type reflect made, which reflect keeps alive). The
/// oracle's collector moves objects, and the IR may put any object in a
/// type word (docs/peer.md, "Go in the machine"), so an object Go's
/// `newobject` allocates has its type words found from Go's own type
/// descriptors: arrays (`arraytype`: elem at 48, len at 64) and structs
/// (`structtype`: fields at 56, their count at 64; `structfield`: typ at
/// 8, offset at 16, 24 bytes each) are walked down to their interfaces.
fn type_words_of<C: Cpu + ?Sized>(
    cpu: &C,
    at: u64,
    base: u64,
    limit: u64,
    depth: u32,
    out: &mut Vec<u64>,
) -> Result<(), String> {
    if depth > MAX_TYPE_NESTING {
        return Err(format!(
            "types nested more than {MAX_TYPE_NESTING} deep (at the _type {at:#x})"
        ));
    }
    let read = |addr: u64, what: &str| -> Result<u64, String> {
        cpu.read_u64(addr)
            .map_err(|e| format!("{what} of the _type {at:#x} at {addr:#x} is unreadable: {e}"))
    };
    let ptrdata = read(at + 8, "ptrdata")?;
    if ptrdata == 0 || base >= limit {
        return Ok(());
    }
    let kind = cpu
        .read_bytes(at + 23, 1)
        .map_err(|e| format!("the kind of the _type {at:#x} is unreadable: {e}"))?[0]
        & KIND_MASK;
    match kind {
        KIND_INTERFACE => out.push(base),
        KIND_ARRAY => {
            let (elem, len) = (
                read(at + 48, "the element type")?,
                read(at + 64, "the length")?,
            );
            let size = read(elem, "the size")?;
            if size == 0 {
                return Ok(());
            }
            // Only the elements below the limit can hold pointers.
            let n = len.min((limit - base).div_ceil(size));
            for k in 0..n {
                type_words_of(cpu, elem, base + k * size, limit, depth + 1, out)?;
            }
        }
        KIND_STRUCT => {
            let (fields, n) = (
                read(at + 56, "the fields")?,
                read(at + 64, "the field count")?,
            );
            if n > limit {
                return Err(format!("the struct _type {at:#x} has {n} fields"));
            }
            for k in 0..n {
                let f = fields + 24 * k;
                let (typ, off) = (
                    read(f + 8, "a field's type")?,
                    read(f + 16, "a field's offset")?,
                );
                type_words_of(cpu, typ, base + off, limit, depth + 1, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Go's `runtime.newobject(typ *_type) unsafe.Pointer` (ABIInternal: typ
/// in RAX, the object back in RAX): the type read from Go's data, the
/// object allocated by the runtime in the same heap as janus's, with the
/// pointer map the type's `gcdata` gives and its interfaces' type words
/// (see [`type_words_of`]), so the collector traces and updates it.
pub fn go_newobject<C: Cpu>(rt: &mut Runtime, cpu: &mut C) -> Result<(), Finding> {
    let t = GoType::read(cpu, cpu.reg(Reg::Rax)).map_err(Finding)?;
    let words = t.collector_words();
    rt.allocate(cpu, t.size, t.align, words)
}
