//! Go 1.19's pclntab: the metadata Go's runtime unwinds, scans and copies
//! goroutine stacks with, read from a linked amd64 executable, and the
//! frame-level query the emulated runtime needs to treat Go's frames as Go's
//! own runtime would.
//!
//! # The tables (Go 1.19, amd64)
//!
//! `.gopclntab` starts with `runtime.pcheader` (`runtime/symtab.go`
//! `pcHeader`, written by `cmd/link/internal/ld/pcln.go`
//! `generatePCHeader`): magic `0xfffffff0`, two zero pad bytes, minLC 1,
//! ptrSize 8, nfunc, nfiles, textStart (= `runtime.text`), then the offsets
//! from the header of funcnametab, cutab, filetab, pctab and pclntab. The
//! pclntab part begins with the ftab, nfunc+1 `(entryoff, funcoff)` pairs of
//! u32 (the last entryoff is the end of the last function), followed by the
//! `_func` records (`runtime/runtime2.go`): entryoff, nameoff, args,
//! deferreturn, pcsp, pcfile, pcln, npcdata, cuOffset (u32 each), funcID,
//! flag, pad, nfuncdata (u8 each), then npcdata u32 offsets into pctab and
//! nfuncdata u32 offsets from `go.func.*` (`^0` = absent). Funcdata live in
//! `.rodata`, not in `.gopclntab`, which is why [`GoImageTables`] also takes
//! the read-only data and the address of `go.func.*`.
//!
//! A pc-value table (`symtab.go` `pcvalue`/`step`) is a sequence of
//! (zig-zag varint value delta, varint pc delta) pairs starting at value -1
//! and pc = entry; a value holds for pcs below the pc reached by its pair;
//! a zero value delta other than the first ends the table. Offset 0 means
//! "no table" and reads as -1.
//!
//! Stack maps (`stackmap`): i32 n, i32 nbit, then n bitmaps of
//! `(nbit+7)/8` bytes. Stack objects (`FUNCDATA_StackObjects`): a u64
//! count, then records of i32 off, i32 size, i32 ptrdata (negative: the
//! type's gcdata is a GC program, which [`run_gc_prog`] runs), u32
//! gcdataoff from `runtime.rodata`.
//!
//! # Go's frame rule, as [`Pclntab::frame_at`] computes it
//!
//! From `runtime/traceback.go` `gentraceback` (amd64: no link register,
//! frame pointers on, `MinFrameSize` 0), for a frame whose function is at
//! `pc` with stack pointer `sp` (its RSP, not counting a return address
//! pushed by a call it is making):
//! - `fp = sp + pcsp(pc) + 8` (the caller's SP; `pcsp` is looked up at
//!   `pc` itself, the return address for a caller frame);
//! - the return address is at `fp - 8`;
//! - `varp = fp - 8`, and if `varp > sp` then `varp -= 8`: the saved RBP is
//!   at `varp` whenever the frame is allocated (`argp - varp == 16`, the
//!   condition `stack.go` `adjustframe` uses to adjust it);
//! - `argp = fp`, `arglen = _func.args`.
//!
//! `runtime/stack.go` `getStackMap` picks the stack map: if `pc` is the
//! entry, index -1; otherwise `pc - 1` ("back up to the CALL") is looked up
//! in `PCDATA_StackMapIndex`. Index -1 is then replaced by 0 ("likely ... the
//! function prologue, assume so and hope for the best"), and index 0 is the
//! function-entry liveness (`cmd/compile/internal/liveness/plive.go`
//! `epilogue`: "The runtime assumes the function entry map is index 0").
//! Locals are scanned only when `varp - sp > 0`; then the locals map must
//! exist (else Go throws "missing stackmap") and, when nbit > 0, the index
//! must be in range ("bad symbol table"); bit i is the word at
//! `varp - nbit*8 + 8i`. Args are scanned only when `arglen > 0`; the args
//! map must exist with the index in range; bit i is the word at `argp + 8i`.
//! A bitmap is only as long as the last pointer it holds (plive.go `emit`),
//! not `arglen`. Stack objects (address-taken locals with pointers) are
//! adjusted by a stack copy whether live or not (`adjustframe`), skipping
//! those below `sp` (not yet allocated, as at a morestack call); base is
//! `varp` for a negative offset and `argp` otherwise.
//!
//! # Register arguments at the prologue's morestack call
//!
//! `cmd/internal/obj/x86/obj6.go` `stacksplit` puts the morestack call at
//! the end of the function, after `spfix` resets the SP delta to 0 and
//! `EmitEntryStackMap` sets `PCDATA_StackMapIndex` to -1; `SpillRegisterArgs`
//! and `UnspillRegisterArgs` (`cmd/internal/obj/link.go`) surround the
//! call. `go tool objdump` of `main.regargs(p *int, q *T, n int, dead
//! *int)` in tests/go/peer/pclntab shows it:
//!
//! ```text
//! MOVQ AX, 0x8(SP); MOVQ BX, 0x10(SP); MOVQ CX, 0x18(SP); MOVQ DI, 0x20(SP)
//! CALL runtime.morestack_noctxt.abi0(SB)
//! MOVQ 0x8(SP), AX; MOVQ 0x10(SP), BX; MOVQ 0x18(SP), CX; MOVQ 0x20(SP), DI
//! JMP main.regargs(SB)
//! ```
//!
//! Every register argument, used or not, goes to its ABI spill slot, at
//! `8 + spill offset` above the entry RSP, i.e. `argp + spill offset`, in
//! the area the caller reserved above the return address; the reloads
//! read them back from there. `runtime.morestack` records the return
//! address of that call as `g.sched.pc` and the function's RSP at the call
//! (just above that return address) as `g.sched.sp`, so the frame
//! `copystack` sees has `pc` = that return address, SP delta 0 (no locals
//! scanned, no saved RBP), stack map index -1, hence 0: the entry map.
//! The entry args map covers the stack arguments and the spill slots of
//! the register arguments that hold pointers *and are live at entry*:
//! plive.go `affectedVar` makes `OpArgIntReg` a read of the parameter,
//! whose `FrameOffset` for an in-register parameter is its spill slot,
//! and `pointerMap` sets PPARAM bits at that offset. For `regargs` the map
//! is {argp+0 (p), argp+8 (q)}: `dead` is spilled but not in the map. So
//! a runtime that moves the stack adjusts exactly the spill slots the
//! entry map names, and the reloads hand the function the moved pointers;
//! a pointer argument the function never uses keeps its old value in its
//! register after the move (harmless: it is dead).
//!
//! In the body, too, a register argument live across a call is usually
//! spilled to its ABI spill slot (`MOVQ BX, main.q+56(SP)`), and the args
//! map at that call names it: a Go frame's args map covers words in its
//! caller's frame. `adjustframe` ("the argument/return area is adjusted
//! by the callee") relies on it; a caller's own maps need not cover that
//! area.
//!
//! `FUNCDATA_ArgInfo`/`FUNCDATA_ArgLiveInfo`/`PCDATA_ArgLiveIndex` exist in
//! 1.19 but only serve traceback printing (`printArgs`): they say which
//! spill slots hold a value, never which hold pointers.
//!
//! Every read is bounds-checked: a malformed table gives a
//! [`PclntabError`] that says what was being read and where.

use std::fmt;

pub const PCDATA_UNSAFE_POINT: u32 = 0;
pub const PCDATA_STACK_MAP_INDEX: u32 = 1;
pub const PCDATA_INL_TREE_INDEX: u32 = 2;
pub const PCDATA_ARG_LIVE_INDEX: u32 = 3;

pub const FUNCDATA_ARGS_POINTER_MAPS: u8 = 0;
pub const FUNCDATA_LOCALS_POINTER_MAPS: u8 = 1;
pub const FUNCDATA_STACK_OBJECTS: u8 = 2;
pub const FUNCDATA_INL_TREE: u8 = 3;
pub const FUNCDATA_OPEN_CODED_DEFER_INFO: u8 = 4;
pub const FUNCDATA_ARG_INFO: u8 = 5;
pub const FUNCDATA_ARG_LIVE_INFO: u8 = 6;
pub const FUNCDATA_WRAP_INFO: u8 = 7;

/// `_PCDATA_UnsafePointSafe` and `_PCDATA_UnsafePointUnsafe`.
pub const UNSAFE_POINT_SAFE: i32 = -1;
pub const UNSAFE_POINT_UNSAFE: i32 = -2;

pub const FUNCFLAG_TOPFRAME: u8 = 1;
pub const FUNCFLAG_SPWRITE: u8 = 2;
pub const FUNCFLAG_ASM: u8 = 4;

/// The funcIDs the stack code looks at (`symtab.go`).
pub const FUNCID_NORMAL: u8 = 0;
pub const FUNCID_ASYNC_PREEMPT: u8 = 3;
pub const FUNCID_MORESTACK: u8 = 12;
pub const FUNCID_SYSTEMSTACK_SWITCH: u8 = 20;
pub const FUNCID_WRAPPER: u8 = 21;

/// `_ArgsSizeUnknown`.
pub const ARGS_SIZE_UNKNOWN: i32 = -0x8000_0000;

const HEADER_SIZE: usize = 8 + 8 * 8;
const FUNC_SIZE: usize = 10 * 4;
const MAGIC: u32 = 0xffff_fff0;
const NO_FUNCDATA: u32 = u32::MAX;

/// A malformed or inconsistent table: what was read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PclntabError(pub String);

impl fmt::Display for PclntabError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "pclntab: {}", self.0)
    }
}

impl std::error::Error for PclntabError {}

type Result<T> = std::result::Result<T, PclntabError>;

fn err<T>(msg: String) -> Result<T> {
    Err(PclntabError(msg))
}

/// What the parser needs from the executable (another module finds these in
/// the ELF file).
#[derive(Clone, Copy, Debug)]
pub struct GoImageTables<'a> {
    /// The `.gopclntab` section, starting with `runtime.pcheader`.
    pub pclntab: &'a [u8],
    /// `runtime.text`; must equal the header's textStart.
    pub text_start: u64,
    /// Read-only data holding `go.func.*` and the types' gcdata (`.rodata`).
    pub rodata: &'a [u8],
    /// Address of `rodata[0]`.
    pub rodata_addr: u64,
    /// `go.func.*`: the base of funcdata offsets.
    pub gofunc: u64,
    /// `runtime.rodata` (moduledata.rodata): the base of stack objects'
    /// gcdata offsets.
    pub rodata_base: u64,
}

/// One function's `_func` record, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoFunc {
    pub name: String,
    pub entry: u64,
    /// One past the last byte the function's pc tables cover (the symbol's
    /// size; the ftab's next entry may be further on, after padding).
    pub end: u64,
    /// In/out argument area size (`_func.args`), or [`ARGS_SIZE_UNKNOWN`].
    pub args: i32,
    /// Offset of the deferreturn call from the entry, 0 if none.
    pub deferreturn: u32,
    pub func_id: u8,
    pub flag: u8,
    pcsp: u32,
    pcln: u32,
    pcdata: Vec<u32>,
    /// Funcdata addresses (`go.func.*` + offset), `None` when absent.
    funcdata: Vec<Option<u64>>,
}

impl GoFunc {
    pub fn has_flag(&self, flag: u8) -> bool {
        self.flag & flag != 0
    }

    /// The address of funcdata `i`, if the function has it.
    pub fn funcdata_addr(&self, i: u8) -> Option<u64> {
        self.funcdata.get(i as usize).copied().flatten()
    }
}

/// A `stackmap`: `n` bitmaps of `nbit` bits each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackMap {
    pub n: i32,
    pub nbit: i32,
    pub bytedata: Vec<u8>,
}

impl StackMap {
    /// The word indices set in bitmap `index`, or `None` if out of range.
    pub fn words(&self, index: i32) -> Option<Vec<u64>> {
        bitmap_words(self.n, self.nbit, &self.bytedata, index)
    }
}

/// Bitmap `index` of a stack map's `bytedata`, as word indices.
fn bitmap_words(n: i32, nbit: i32, bytedata: &[u8], index: i32) -> Option<Vec<u64>> {
    if index < 0 || index >= n {
        return None;
    }
    let bytes = (nbit.max(0) as usize).div_ceil(8);
    let map = bytedata.get(index as usize * bytes..(index as usize + 1) * bytes)?;
    Some(
        (0..nbit.max(0) as u64)
            .filter(|&i| map[(i / 8) as usize] >> (i % 8) & 1 != 0)
            .collect(),
    )
}

/// One element of `FUNCDATA_ArgInfo` (`ssagen.emitArgInfo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgInfoItem {
    /// A scalar piece at `off` from argp (its spill slot if in a register).
    Arg {
        off: u8,
        size: u8,
    },
    StartAgg,
    EndAgg,
    DotDotDot,
    OffsetTooLarge,
}

/// `FUNCDATA_ArgLiveInfo` at one pc: which register-argument spill slots
/// hold a value (for traceback printing only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgLiveness {
    /// Pieces below this offset are always live.
    pub start_offset: u8,
    /// The bitmap at this pc, by spill-slot index; `None`: all live.
    pub bitmap: Option<Vec<u8>>,
}

impl ArgLiveness {
    /// `printArgs`' `isLive`.
    pub fn is_live(&self, off: u8, slot_index: u8) -> bool {
        match &self.bitmap {
            None => true,
            Some(_) if off < self.start_offset => true,
            Some(b) => b
                .get((slot_index / 8) as usize)
                .is_some_and(|byte| byte >> (slot_index % 8) & 1 != 0),
        }
    }
}

/// A `stackObjectRecord` with its pointer words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackObject {
    /// From varp if negative, from argp otherwise.
    pub off: i32,
    pub size: i32,
    /// Byte offsets of the pointer words within the object.
    pub pointer_offsets: Vec<u64>,
}

/// A stack object placed in a frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameObject {
    pub addr: u64,
    pub size: u64,
    /// Addresses of its pointer words.
    pub pointer_slots: Vec<u64>,
}

/// One frame as Go's runtime sees it when it copies or scans the stack:
/// `live_pointer_slots` are the words `adjustframe` adjusts and
/// `scanframeworker` scans, `objects` the stack objects a copy adjusts in
/// full (the collector scans them only when a pointer reaches them), and
/// the saved RBP is adjusted too. The caller's frame is at pc = the word
/// at `return_addr_slot`, sp = `caller_sp`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoFrame<'a> {
    pub func: &'a GoFunc,
    pub pc: u64,
    pub sp: u64,
    /// The SP delta at `pc` (pcsp): the bytes the function has below its
    /// return address.
    pub frame_size: u64,
    /// `fp`: the caller's SP, just above the return address.
    pub caller_sp: u64,
    pub return_addr_slot: u64,
    /// Where the saved RBP is, when the frame is allocated.
    pub saved_bp_slot: Option<u64>,
    pub varp: u64,
    pub argp: u64,
    /// `_func.args`.
    pub arglen: u64,
    /// The index actually used (after -1 became 0).
    pub stack_map_index: i32,
    /// Live pointer words of the locals, by address, ascending.
    pub live_locals: Vec<u64>,
    /// Live pointer words of the incoming argument area (stack arguments,
    /// results and register-argument spill slots), ascending.
    pub live_args: Vec<u64>,
    /// Both of the above, ascending.
    pub live_pointer_slots: Vec<u64>,
    /// Stack objects at or above `sp`, live or not.
    pub objects: Vec<FrameObject>,
}

/// A parsed pclntab with the read-only data its funcdata point into.
#[derive(Clone, Debug)]
pub struct Pclntab {
    text_start: u64,
    pcln: Vec<u8>,
    /// pctab's range within `pcln`.
    pctab: (usize, usize),
    rodata: Vec<u8>,
    rodata_addr: u64,
    rodata_base: u64,
    funcs: Vec<GoFunc>,
    /// ftab entry addresses: `ftab[i]` starts `funcs[i]`, the last is the
    /// end of text covered by the table.
    ftab: Vec<u64>,
}

fn range(len: usize, off: usize, n: usize, what: &dyn Fn() -> String) -> Result<usize> {
    match off.checked_add(n) {
        Some(end) if end <= len => Ok(off),
        _ => err(format!(
            "{} at offset {off:#x} (+{n}) is beyond the end ({len:#x} bytes)",
            what()
        )),
    }
}

fn u32_at(b: &[u8], off: usize, what: &dyn Fn() -> String) -> Result<u32> {
    let o = range(b.len(), off, 4, what)?;
    Ok(u32::from_le_bytes(b[o..o + 4].try_into().unwrap()))
}

fn u64_at(b: &[u8], off: usize, what: &dyn Fn() -> String) -> Result<u64> {
    let o = range(b.len(), off, 8, what)?;
    Ok(u64::from_le_bytes(b[o..o + 8].try_into().unwrap()))
}

fn to_usize(v: u64, what: &dyn Fn() -> String) -> Result<usize> {
    usize::try_from(v).or_else(|_| err(format!("{}: {v:#x} does not fit", what())))
}

impl Pclntab {
    /// Parses the header, the ftab and every `_func` record, checking them
    /// as `runtime.moduledataverify1` does (magic, pointer size, textStart,
    /// entries in order) and that every offset stays in bounds.
    pub fn parse(t: &GoImageTables<'_>) -> Result<Pclntab> {
        let b = t.pclntab;
        let hdr = || "pcHeader".to_string();
        range(b.len(), 0, HEADER_SIZE, &hdr)?;
        let magic = u32_at(b, 0, &hdr)?;
        let (pad1, pad2, min_lc, ptr_size) = (b[4], b[5], b[6], b[7]);
        if magic != MAGIC || pad1 != 0 || pad2 != 0 || min_lc != 1 || ptr_size != 8 {
            return err(format!(
                "pcHeader: magic {magic:#x} pad {pad1},{pad2} minLC {min_lc} ptrSize {ptr_size}; \
                 want Go 1.18+ amd64 (magic 0xfffffff0, pad 0,0, minLC 1, ptrSize 8)"
            ));
        }
        let field = |i: usize| u64_at(b, 8 + 8 * i, &hdr);
        let nfunc = to_usize(field(0)?, &|| "pcHeader.nfunc".into())?;
        let text_start = field(2)?;
        if text_start != t.text_start {
            return err(format!(
                "pcHeader.textStart {text_start:#x} differs from runtime.text {:#x}",
                t.text_start
            ));
        }
        let off = |i: usize, name: &str| -> Result<usize> {
            let v = to_usize(field(i)?, &|| format!("pcHeader.{name}"))?;
            if v > b.len() {
                return err(format!(
                    "pcHeader.{name} {v:#x} is beyond the section ({:#x} bytes)",
                    b.len()
                ));
            }
            Ok(v)
        };
        let funcnametab = off(3, "funcnameOffset")?;
        let pctab = off(6, "pctabOffset")?;
        let pclntable = off(7, "pclnOffset")?;
        let pctab_end = if pclntable > pctab {
            pclntable
        } else {
            b.len()
        };

        // The ftab: nfunc+1 (entryoff, funcoff) pairs.
        let ftab_bytes = nfunc
            .checked_add(1)
            .and_then(|n| n.checked_mul(8))
            .ok_or_else(|| PclntabError(format!("pcHeader.nfunc {nfunc} is too large")))?;
        range(b.len(), pclntable, ftab_bytes, &|| {
            format!("ftab of {nfunc} functions")
        })?;
        let mut ftab = Vec::with_capacity(nfunc + 1);
        let mut funcoffs = Vec::with_capacity(nfunc);
        for i in 0..=nfunc {
            let at = pclntable + 8 * i;
            let entryoff = u32_at(b, at, &|| format!("ftab[{i}].entryoff"))?;
            let entry = text_start.wrapping_add(entryoff as u64);
            if let Some(&prev) = ftab.last() {
                if entry < prev {
                    return err(format!(
                        "ftab not sorted: entry {i} at {entry:#x} is below entry {} at {prev:#x}",
                        i - 1
                    ));
                }
            }
            ftab.push(entry);
            if i < nfunc {
                funcoffs.push(u32_at(b, at + 4, &|| format!("ftab[{i}].funcoff"))?);
            }
        }

        let mut tab = Pclntab {
            text_start,
            pcln: b.to_vec(),
            pctab: (pctab, pctab_end),
            rodata: t.rodata.to_vec(),
            rodata_addr: t.rodata_addr,
            rodata_base: t.rodata_base,
            funcs: Vec::with_capacity(nfunc),
            ftab,
        };
        for (i, &funcoff) in funcoffs.iter().enumerate() {
            let f = tab.read_func(i, pclntable, funcnametab, funcoff as usize, t.gofunc)?;
            tab.funcs.push(f);
        }
        Ok(tab)
    }

    fn read_func(
        &self,
        i: usize,
        pclntable: usize,
        funcnametab: usize,
        funcoff: usize,
        gofunc: u64,
    ) -> Result<GoFunc> {
        let b = &self.pcln[..];
        let at = pclntable.saturating_add(funcoff);
        let what = |field: &str| format!("_func of ftab[{i}] at {at:#x}: {field}");
        range(b.len(), at, FUNC_SIZE, &|| what("record"))?;
        let w = |k: usize| u32::from_le_bytes(b[at + 4 * k..at + 4 * k + 4].try_into().unwrap());
        let entry = self.text_start.wrapping_add(w(0) as u64);
        if entry != self.ftab[i] {
            return err(format!(
                "{}: entry {entry:#x} differs from the ftab's {:#x}",
                what("entryoff"),
                self.ftab[i]
            ));
        }
        let nameoff = w(1) as i32;
        let npcdata = w(7) as usize;
        let (func_id, flag, nfuncdata) = (b[at + 36], b[at + 37], b[at + 39] as usize);

        let name_at = funcnametab
            .saturating_add(usize::try_from(nameoff).or_else(|_| err(what("negative nameoff")))?);
        range(b.len(), name_at, 1, &|| what("name"))?;
        let name_len = b[name_at..]
            .iter()
            .position(|&c| c == 0)
            .ok_or_else(|| PclntabError(what("name without its NUL")))?;
        let name = String::from_utf8_lossy(&b[name_at..name_at + name_len]).into_owned();

        let tables = at + FUNC_SIZE;
        range(b.len(), tables, 4 * (npcdata + nfuncdata), &|| {
            format!("{name}: {npcdata} pcdata and {nfuncdata} funcdata offsets")
        })?;
        let pcdata: Vec<u32> = (0..npcdata)
            .map(|k| u32_at(b, tables + 4 * k, &|| String::new()))
            .collect::<Result<_>>()?;
        let funcdata: Vec<Option<u64>> = (0..nfuncdata)
            .map(|k| {
                let off = u32_at(b, tables + 4 * (npcdata + k), &|| String::new())?;
                Ok((off != NO_FUNCDATA).then(|| gofunc.wrapping_add(off as u64)))
            })
            .collect::<Result<_>>()?;

        let mut f = GoFunc {
            name,
            entry,
            end: self.ftab[i + 1],
            args: w(2) as i32,
            deferreturn: w(3),
            func_id,
            flag,
            pcsp: w(4),
            pcln: w(6),
            pcdata,
            funcdata,
        };
        // The line table covers exactly the function's code.
        if f.pcln != 0 {
            let end = self.table_end(&f, f.pcln, "pcln")?;
            if end > self.ftab[i + 1] {
                return err(format!(
                    "{}: its pcln table runs to {end:#x}, past the next function at {:#x}",
                    f.name,
                    self.ftab[i + 1]
                ));
            }
            f.end = end;
        }
        Ok(f)
    }

    /// Every function, by entry.
    pub fn funcs(&self) -> &[GoFunc] {
        &self.funcs
    }

    pub fn text_start(&self) -> u64 {
        self.text_start
    }

    /// The function whose ftab range holds `pc` (Go's `findfunc`: from its
    /// entry up to the next function's, padding included).
    pub fn func_at(&self, pc: u64) -> Option<&GoFunc> {
        if pc < *self.ftab.first()? || pc >= *self.ftab.last()? {
            return None;
        }
        let i = self.ftab.partition_point(|&e| e <= pc) - 1;
        self.funcs.get(i)
    }

    /// The function called `name` (the first, if several).
    pub fn func_named(&self, name: &str) -> Option<&GoFunc> {
        self.funcs.iter().find(|f| f.name == name)
    }

    /// Reads one varint of a pc-value table at `p` (within pctab).
    fn varint(&self, p: &mut usize, what: &dyn Fn() -> String) -> Result<u32> {
        let (_, end) = self.pctab;
        let mut v: u32 = 0;
        for shift in (0..35).step_by(7) {
            if *p >= end {
                return err(format!("{} runs off the end of pctab at {:#x}", what(), *p));
            }
            let byte = self.pcln[*p];
            *p += 1;
            v |= ((byte & 0x7f) as u32) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        err(format!(
            "{}: varint longer than 5 bytes at {:#x}",
            what(),
            *p
        ))
    }

    /// Walks table `off` of `f` (`runtime.step`), calling `visit(value,
    /// start, end)` for each run until it returns true; returns the end pc.
    fn walk(
        &self,
        f: &GoFunc,
        off: u32,
        table: &str,
        visit: &mut dyn FnMut(i32, u64, u64) -> bool,
    ) -> Result<u64> {
        let (start, end) = self.pctab;
        let what = || format!("{} table of {} at pctab+{off:#x}", table, f.name);
        let mut p = start.saturating_add(off as usize);
        if p >= end {
            return err(format!("{} is beyond pctab", what()));
        }
        let mut pc = f.entry;
        let mut val: i32 = -1;
        let mut first = true;
        loop {
            let uv = self.varint(&mut p, &what)?;
            if uv == 0 && !first {
                return Ok(pc);
            }
            first = false;
            val = val.wrapping_add((-((uv & 1) as i32)) ^ ((uv >> 1) as i32));
            let pcdelta = self.varint(&mut p, &what)?;
            let next = pc.wrapping_add(pcdelta as u64);
            if visit(val, pc, next) {
                return Ok(next);
            }
            pc = next;
        }
    }

    fn table_end(&self, f: &GoFunc, off: u32, table: &str) -> Result<u64> {
        self.walk(f, off, table, &mut |_, _, _| false)
    }

    /// `runtime.pcvalue` with strict checking: the value of table `off` at
    /// `pc`; -1 for no table; an error if the table does not cover `pc`.
    fn pcvalue(&self, f: &GoFunc, off: u32, pc: u64, table: &str) -> Result<i32> {
        if off == 0 {
            return Ok(-1);
        }
        let mut found = None;
        self.walk(f, off, table, &mut |v, _, next| {
            if pc < next {
                found = Some(v);
                true
            } else {
                false
            }
        })?;
        found.ok_or_else(|| {
            PclntabError(format!(
                "{} table of {} does not cover pc {pc:#x}",
                table, f.name
            ))
        })
    }

    /// The SP delta at `pc` (`funcspdelta`): bytes below the return address.
    pub fn sp_delta(&self, f: &GoFunc, pc: u64) -> Result<i32> {
        self.pcvalue(f, f.pcsp, pc, "pcsp")
    }

    /// The value of PCDATA table `table` at `pc` (`pcdatavalue`), -1 when
    /// the function has no such table.
    pub fn pcdata(&self, f: &GoFunc, table: u32, pc: u64) -> Result<i32> {
        match f.pcdata.get(table as usize) {
            None => Ok(-1),
            Some(&off) => self.pcvalue(f, off, pc, &format!("pcdata {table}")),
        }
    }

    fn ro(&self, addr: u64, n: usize, what: &dyn Fn() -> String) -> Result<&[u8]> {
        let off = addr
            .checked_sub(self.rodata_addr)
            .and_then(|o| usize::try_from(o).ok())
            .filter(|&o| o.checked_add(n).is_some_and(|e| e <= self.rodata.len()));
        match off {
            Some(o) => Ok(&self.rodata[o..o + n]),
            None => err(format!(
                "{} at {addr:#x} (+{n}) is outside rodata [{:#x}, {:#x})",
                what(),
                self.rodata_addr,
                self.rodata_addr + self.rodata.len() as u64
            )),
        }
    }

    /// The args (`FUNCDATA_ArgsPointerMaps`) or locals
    /// (`FUNCDATA_LocalsPointerMaps`) stack map of `f`, if it has one.
    pub fn stack_map(&self, f: &GoFunc, which: u8) -> Result<Option<StackMap>> {
        Ok(self
            .stack_map_in_place(f, which)?
            .map(|(n, nbit, b)| StackMap {
                n,
                nbit,
                bytedata: b.to_vec(),
            }))
    }

    /// A stack map's n, nbit and bytedata, read where they are (frames are
    /// queried often: no copy).
    fn stack_map_in_place(&self, f: &GoFunc, which: u8) -> Result<Option<(i32, i32, &[u8])>> {
        let Some(addr) = f.funcdata_addr(which) else {
            return Ok(None);
        };
        let what = || format!("stack map {which} of {}", f.name);
        let h = self.ro(addr, 8, &what)?;
        let n = i32::from_le_bytes(h[0..4].try_into().unwrap());
        let nbit = i32::from_le_bytes(h[4..8].try_into().unwrap());
        if n < 0 || nbit < 0 {
            return err(format!("{}: n {n}, nbit {nbit}", what()));
        }
        let len = (n as usize).checked_mul((nbit as usize).div_ceil(8));
        let len = len.ok_or_else(|| PclntabError(format!("{}: too large", what())))?;
        let bytedata = self.ro(addr.wrapping_add(8), len, &what)?;
        Ok(Some((n, nbit, bytedata)))
    }

    /// `FUNCDATA_ArgInfo`, the traceback's description of the arguments.
    pub fn arg_info(&self, f: &GoFunc) -> Result<Option<Vec<ArgInfoItem>>> {
        let Some(addr) = f.funcdata_addr(FUNCDATA_ARG_INFO) else {
            return Ok(None);
        };
        // printArgs' maxLen: (maxDepth*3+2)*limit + 1.
        const MAX_LEN: u64 = (5 * 3 + 2) * 10 + 1;
        let what = || format!("arg info of {}", f.name);
        let mut items = Vec::new();
        let mut p = addr;
        for _ in 0..MAX_LEN {
            let o = self.ro(p, 1, &what)?[0];
            p = p.wrapping_add(1);
            items.push(match o {
                0xff => return Ok(Some(items)),
                0xfe => ArgInfoItem::StartAgg,
                0xfd => ArgInfoItem::EndAgg,
                0xfc => ArgInfoItem::DotDotDot,
                0xfb => ArgInfoItem::OffsetTooLarge,
                off => {
                    let size = self.ro(p, 1, &what)?[0];
                    p = p.wrapping_add(1);
                    ArgInfoItem::Arg { off, size }
                }
            });
        }
        err(format!("{}: no end marker within {MAX_LEN} bytes", what()))
    }

    /// Register-argument spill slot liveness at `pc` (as `printArgs` is
    /// given it: a caller frame's return address minus one).
    pub fn arg_liveness(&self, f: &GoFunc, pc: u64) -> Result<Option<ArgLiveness>> {
        let Some(addr) = f.funcdata_addr(FUNCDATA_ARG_LIVE_INFO) else {
            return Ok(None);
        };
        let what = || format!("arg liveness of {}", f.name);
        let start_offset = self.ro(addr, 1, &what)?[0];
        let index = self.pcdata(f, PCDATA_ARG_LIVE_INDEX, pc)?;
        if index <= 0 {
            return Ok(Some(ArgLiveness {
                start_offset,
                bitmap: None,
            }));
        }
        let slots = self
            .arg_info(f)?
            .unwrap_or_default()
            .iter()
            .filter(|i| matches!(i, ArgInfoItem::Arg { off, .. } if *off >= start_offset))
            .count();
        let bitmap = self
            .ro(addr.wrapping_add(index as u64), slots.div_ceil(8), &what)?
            .to_vec();
        Ok(Some(ArgLiveness {
            start_offset,
            bitmap: Some(bitmap),
        }))
    }

    /// `FUNCDATA_StackObjects` with each object's pointer words.
    pub fn stack_objects(&self, f: &GoFunc) -> Result<Vec<StackObject>> {
        let Some(addr) = f.funcdata_addr(FUNCDATA_STACK_OBJECTS) else {
            return Ok(Vec::new());
        };
        let what = || format!("stack objects of {}", f.name);
        let n = u64::from_le_bytes(self.ro(addr, 8, &what)?.try_into().unwrap());
        if n > 1 << 20 {
            return err(format!("{}: {n} objects", what()));
        }
        let mut out = Vec::with_capacity(n as usize);
        for k in 0..n {
            let r = self.ro(addr.wrapping_add(8 + 16 * k), 16, &what)?;
            let field = |i: usize| u32::from_le_bytes(r[4 * i..4 * i + 4].try_into().unwrap());
            let (off, size, ptrdata, gcdataoff) =
                (field(0) as i32, field(1) as i32, field(2) as i32, field(3));
            let words = (ptrdata as i64).unsigned_abs() / 8;
            let gcdata = self.rodata_base.wrapping_add(gcdataoff as u64);
            let what_gc = || format!("{}: gcdata of object {k} (offset {off})", what());
            let pointer_offsets = if ptrdata < 0 {
                // A GC program (types with more than 2048 bytes of
                // pointer mask), prefixed by its u32 length
                // (`materializeGCProg`).
                let len = u32::from_le_bytes(self.ro(gcdata, 4, &what_gc)?.try_into().unwrap());
                let prog = self.ro(gcdata.wrapping_add(4), len as usize, &what_gc)?;
                run_gc_prog(prog, words).map_err(|e| PclntabError(format!("{}: {e}", what_gc())))?
            } else {
                let mask = self.ro(gcdata, words.div_ceil(8) as usize, &what_gc)?;
                (0..words)
                    .filter(|&i| mask[(i / 8) as usize] >> (i % 8) & 1 != 0)
                    .collect()
            };
            let pointer_offsets = pointer_offsets.iter().map(|i| 8 * i).collect();
            out.push(StackObject {
                off,
                size,
                pointer_offsets,
            });
        }
        Ok(out)
    }

    /// The frame of the function at `pc` whose RSP is `sp`, as Go's
    /// `gentraceback` + `getStackMap` compute it (see the module doc).
    /// `pc` is what Go calls `frame.pc`: a return address for a caller's
    /// frame (and for the innermost frame of a goroutine in morestack,
    /// whose `g.sched.pc` is the return address of the morestack call).
    pub fn frame_at(&self, pc: u64, sp: u64) -> Result<GoFrame<'_>> {
        let f = self
            .func_at(pc)
            .ok_or_else(|| PclntabError(format!("no Go function holds pc {pc:#x}")))?;
        let delta = self.sp_delta(f, pc)?;
        if delta < 0 || delta % 8 != 0 {
            return err(format!(
                "{}: SP delta {delta} at pc {pc:#x} is not a whole number of words",
                f.name
            ));
        }
        let fp = sp.checked_add(delta as u64 + 8).ok_or_else(|| {
            PclntabError(format!("{}: sp {sp:#x} + frame {delta} overflows", f.name))
        })?;
        let return_addr_slot = fp - 8;
        let mut varp = fp - 8;
        if varp > sp {
            varp -= 8;
        }
        let argp = fp;
        let saved_bp_slot = (argp - varp == 16).then_some(varp);

        let mut index = -1;
        if pc != f.entry {
            index = self.pcdata(f, PCDATA_STACK_MAP_INDEX, pc - 1)?;
        }
        if index == -1 {
            index = 0;
        }

        let mut live_locals = Vec::new();
        if varp - sp > 0 {
            let map = self.stack_map_in_place(f, FUNCDATA_LOCALS_POINTER_MAPS)?;
            let (n, nbit, bytedata) = match map {
                Some(m) if m.0 > 0 => m,
                _ => {
                    return err(format!(
                        "{}: frame of {} bytes at pc {pc:#x} without a locals stack map",
                        f.name,
                        varp - sp
                    ))
                }
            };
            if nbit > 0 {
                let words = bitmap_words(n, nbit, bytedata, index).ok_or_else(|| {
                    PclntabError(format!(
                        "{}: stack map index {index} at pc {pc:#x}, but {} locals maps",
                        f.name, n
                    ))
                })?;
                let base = varp - 8 * nbit as u64;
                live_locals = words.iter().map(|w| base + 8 * w).collect();
            }
        }

        let arglen = if f.args == ARGS_SIZE_UNKNOWN {
            return err(format!(
                "{}: argument size unknown (only runtime/reflect stubs, which the caller describes)",
                f.name
            ));
        } else {
            f.args.max(0) as u64
        };
        let mut live_args = Vec::new();
        if arglen > 0 {
            let (n, nbit, bytedata) =
                match self.stack_map_in_place(f, FUNCDATA_ARGS_POINTER_MAPS)? {
                    Some(m) if m.0 > 0 => m,
                    _ => {
                        return err(format!(
                            "{}: {arglen} bytes of arguments without an args stack map",
                            f.name
                        ))
                    }
                };
            if index >= n {
                return err(format!(
                    "{}: stack map index {index} at pc {pc:#x}, but {n} args maps",
                    f.name
                ));
            }
            if nbit > 0 {
                live_args = bitmap_words(n, nbit, bytedata, index)
                    .unwrap_or_default()
                    .iter()
                    .map(|w| argp + 8 * w)
                    .collect();
            }
        }

        let mut objects = Vec::new();
        for o in self.stack_objects(f)? {
            let base = if o.off >= 0 { argp } else { varp };
            let addr = base.wrapping_add(o.off as i64 as u64);
            if addr < sp {
                continue;
            }
            objects.push(FrameObject {
                addr,
                size: o.size.max(0) as u64,
                pointer_slots: o.pointer_offsets.iter().map(|p| addr + p).collect(),
            });
        }

        let mut live_pointer_slots: Vec<u64> =
            live_locals.iter().chain(&live_args).copied().collect();
        live_pointer_slots.sort_unstable();
        Ok(GoFrame {
            func: f,
            pc,
            sp,
            frame_size: delta as u64,
            caller_sp: fp,
            return_addr_slot,
            saved_bp_slot,
            varp,
            argp,
            arglen,
            stack_map_index: index,
            live_locals,
            live_args,
            live_pointer_slots,
            objects,
        })
    }
}

/// Runs a GC program (`runtime/mbitmap.go` `runGCProg`, one bit per
/// word) and returns the indices of the pointer words among the first
/// `words`. Instructions: `0x00` ends; `0nnnnnnn` copies the next n bits
/// (least significant first) from the following bytes; `1nnnnnnn` repeats
/// the last n bits (n = 0: n is a varint that follows) c times (c a
/// varint). Writing past `words` is an error, as it would overrun the
/// runtime's bitmap.
pub fn run_gc_prog(prog: &[u8], words: u64) -> std::result::Result<Vec<u64>, String> {
    let mut bits: Vec<bool> = Vec::new();
    let mut p = 0usize;
    let byte = |p: &mut usize| -> std::result::Result<u8, String> {
        let b = *prog
            .get(*p)
            .ok_or_else(|| format!("GC program ends without its end at byte {}", *p))?;
        *p += 1;
        Ok(b)
    };
    let varint = |p: &mut usize| -> std::result::Result<u64, String> {
        let mut v: u64 = 0;
        for shift in (0..63).step_by(7) {
            let x = byte(p)?;
            v |= ((x & 0x7f) as u64) << shift;
            if x & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(format!("GC program varint too long at byte {}", *p))
    };
    let overrun = |n: u64| format!("GC program writes {n} bits, beyond the object's {words} words");
    loop {
        let inst = byte(&mut p)?;
        let n = (inst & 0x7f) as u64;
        if inst & 0x80 == 0 {
            if n == 0 {
                break;
            }
            if bits.len() as u64 + n > words {
                return Err(overrun(bits.len() as u64 + n));
            }
            let mut cur = 0u8;
            for i in 0..n {
                if i % 8 == 0 {
                    cur = byte(&mut p)?;
                }
                bits.push(cur >> (i % 8) & 1 != 0);
            }
            continue;
        }
        let n = if n == 0 { varint(&mut p)? } else { n };
        let c = varint(&mut p)?;
        if n == 0 || n > bits.len() as u64 {
            return Err(format!(
                "GC program repeats {n} bits at byte {p}, with {} written",
                bits.len()
            ));
        }
        let total = n
            .checked_mul(c)
            .and_then(|t| t.checked_add(bits.len() as u64))
            .filter(|&t| t <= words)
            .ok_or_else(|| overrun(n.saturating_mul(c)))?;
        let start = bits.len() - n as usize;
        while (bits.len() as u64) < total {
            let b = bits[start + (bits.len() - start) % n as usize];
            bits.push(b);
        }
    }
    Ok((0..bits.len() as u64)
        .filter(|&i| bits[i as usize])
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: u64 = 0x1000;
    const GOFUNC: u64 = 0x5000;
    const SP: u64 = 0x10_0000;

    fn put32(b: &mut Vec<u8>, v: u32) {
        b.extend_from_slice(&v.to_le_bytes());
    }

    /// A hand-made table: one function `main.f` of 0x2a bytes with a
    /// 40-byte frame from 0x6 to 0x26 (0 again in a tail at 0x26), stack
    /// map index -1, then 1 on [0x10, 0x20), then -1; args maps {0},
    /// {0, 1} (2 bits), locals maps {}, {0, 2} (3 bits); args 16 bytes.
    fn synthetic() -> (Vec<u8>, Vec<u8>) {
        let mut b = Vec::new();
        let funcname = HEADER_SIZE;
        let pctab = funcname + 8;
        // pctab: a leading 0 so that no table has offset 0.
        let mut pc = vec![0u8];
        let pcsp = pc.len() as u32;
        pc.extend_from_slice(&[2, 6, 80, 0x20, 79, 4, 0]);
        let pcln = pc.len() as u32;
        pc.extend_from_slice(&[4, 0x2a, 0]);
        let stackmap = pc.len() as u32;
        pc.extend_from_slice(&[0, 0x10, 4, 0x10, 3, 0x0a, 0]);
        let pclntable = pctab + pc.len().next_multiple_of(8);

        put32(&mut b, MAGIC);
        b.extend_from_slice(&[0, 0, 1, 8]);
        for v in [
            1,
            0,
            TEXT,
            funcname as u64,
            pctab as u64,
            pctab as u64,
            pctab as u64,
            pclntable as u64,
        ] {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b.extend_from_slice(b"main.f\0\0");
        b.extend_from_slice(&pc);
        b.resize(pclntable, 0);
        // ftab, then the _func at funcoff 16.
        for v in [0, 16, 0x2a, 0] {
            put32(&mut b, v);
        }
        for v in [0, 0, 16, 0, pcsp, 0, pcln, 2, 0] {
            put32(&mut b, v);
        }
        b.extend_from_slice(&[0, 0, 0, 2]);
        for v in [0, stackmap, 0, 16] {
            put32(&mut b, v);
        }
        let mut ro = Vec::new();
        for v in [2u32, 2] {
            put32(&mut ro, v);
        }
        ro.extend_from_slice(&[0b01, 0b11, 0, 0, 0, 0, 0, 0]);
        for v in [2u32, 3] {
            put32(&mut ro, v);
        }
        ro.extend_from_slice(&[0b000, 0b101]);
        (b, ro)
    }

    fn tables<'a>(pcln: &'a [u8], ro: &'a [u8]) -> GoImageTables<'a> {
        GoImageTables {
            pclntab: pcln,
            text_start: TEXT,
            rodata: ro,
            rodata_addr: GOFUNC,
            gofunc: GOFUNC,
            rodata_base: GOFUNC,
        }
    }

    #[test]
    fn synthetic_table_frames() {
        let (pcln, ro) = synthetic();
        let tab = Pclntab::parse(&tables(&pcln, &ro)).unwrap();
        let f = tab.func_at(TEXT + 0x11).unwrap();
        assert_eq!(
            (f.name.as_str(), f.entry, f.end, f.args),
            ("main.f", TEXT, TEXT + 0x2a, 16)
        );
        assert!(tab.func_at(TEXT + 0x2a).is_none());
        let deltas: Vec<i32> = [0, 5, 6, 0x25, 0x26, 0x29]
            .iter()
            .map(|o| tab.sp_delta(f, TEXT + o).unwrap())
            .collect();
        assert_eq!(deltas, [0, 0, 40, 40, 0, 0]);
        let idx: Vec<i32> = [0, 0xf, 0x10, 0x1f, 0x20]
            .iter()
            .map(|o| tab.pcdata(f, PCDATA_STACK_MAP_INDEX, TEXT + o).unwrap())
            .collect();
        assert_eq!(idx, [-1, -1, 1, 1, -1]);
        // No table: -1.
        assert_eq!(tab.pcdata(f, PCDATA_UNSAFE_POINT, TEXT).unwrap(), -1);
        assert_eq!(tab.pcdata(f, PCDATA_ARG_LIVE_INDEX, TEXT).unwrap(), -1);

        // A return address at 0x15: the map of the call at 0x14.
        let fr = tab.frame_at(TEXT + 0x15, SP).unwrap();
        assert_eq!(fr.frame_size, 40);
        assert_eq!(fr.caller_sp, SP + 48);
        assert_eq!(fr.return_addr_slot, SP + 40);
        assert_eq!(fr.saved_bp_slot, Some(SP + 32));
        assert_eq!(fr.stack_map_index, 1);
        assert_eq!(fr.live_locals, [SP + 8, SP + 24]);
        assert_eq!(fr.live_args, [SP + 48, SP + 56]);
        assert_eq!(fr.live_pointer_slots, [SP + 8, SP + 24, SP + 48, SP + 56]);
        // A return address at 0x10: the call ends where index 1 begins,
        // so the call itself had -1, read as the entry map 0.
        let fr = tab.frame_at(TEXT + 0x10, SP).unwrap();
        assert_eq!((fr.stack_map_index, fr.live_locals.len()), (0, 0));
        assert_eq!(fr.live_args, [SP + 48]);
        // At the entry and in the tail (a morestack return address): no
        // frame, no saved RBP, the entry map for the arguments.
        for pc in [TEXT, TEXT + 0x29] {
            let fr = tab.frame_at(pc, SP).unwrap();
            assert_eq!((fr.frame_size, fr.varp, fr.saved_bp_slot), (0, SP, None));
            assert_eq!(fr.stack_map_index, 0);
            assert_eq!(fr.live_args, [SP + 8]);
            assert!(fr.live_locals.is_empty());
        }
        assert!(tab.frame_at(TEXT + 0x2a, SP).is_err());
    }

    #[test]
    fn gc_programs() {
        // Bits 1,0, then those 2 bits 3 more times: words 0, 2, 4, 6.
        assert_eq!(
            run_gc_prog(&[0x02, 0b01, 0x82, 0x03, 0x00], 8),
            Ok(vec![0, 2, 4, 6])
        );
        // A 9-bit literal, then the last 3 bits (n as a varint) twice.
        let prog = [0x09, 0b1000_0001, 0b1, 0x80, 0x03, 0x02, 0x00];
        assert_eq!(run_gc_prog(&prog, 15), Ok(vec![0, 7, 8, 10, 11, 13, 14]));
        // Beyond the object, a repeat of more than was written, no end.
        assert!(run_gc_prog(&prog, 14).unwrap_err().contains("beyond"));
        assert!(run_gc_prog(&[0x82, 0x01, 0x00], 8)
            .unwrap_err()
            .contains("repeats"));
        assert!(run_gc_prog(&[0x01, 0x01], 8).unwrap_err().contains("end"));
    }

    #[test]
    fn header_checks_say_what_is_wrong() {
        let (pcln, ro) = synthetic();
        let mut t = tables(&pcln, &ro);
        t.text_start = TEXT + 1;
        let e = Pclntab::parse(&t).unwrap_err();
        assert!(e.0.contains("textStart"), "{e}");
        let mut bad = pcln.clone();
        bad[0] = 0xf1;
        let e = Pclntab::parse(&tables(&bad, &ro)).unwrap_err();
        assert!(e.0.contains("magic"), "{e}");
        let e = Pclntab::parse(&tables(&pcln[..HEADER_SIZE - 1], &ro)).unwrap_err();
        assert!(e.0.contains("pcHeader"), "{e}");
    }

    /// Every single-byte corruption and every truncation of the tables
    /// gives results or errors, never a panic.
    #[test]
    fn corruptions_never_panic() {
        let (pcln, ro) = synthetic();
        let probe = |pcln: &[u8], ro: &[u8]| {
            let Ok(tab) = Pclntab::parse(&tables(pcln, ro)) else {
                return;
            };
            for f in tab.funcs() {
                for pc in f.entry..f.end.min(f.entry + 0x40) {
                    let _ = tab.frame_at(pc, SP);
                    let _ = tab.arg_liveness(f, pc);
                }
                let _ = tab.arg_info(f);
                let _ = tab.stack_objects(f);
            }
        };
        for at in 0..pcln.len() {
            for x in [0x01, 0x80, 0xff, 0x7f] {
                let mut bad = pcln.clone();
                bad[at] ^= x;
                probe(&bad, &ro);
            }
            probe(&pcln[..at], &ro);
        }
        for at in 0..ro.len() {
            for x in [0x01, 0x80, 0xff] {
                let mut bad = ro.clone();
                bad[at] ^= x;
                probe(&pcln, &bad);
            }
            probe(&pcln, &ro[..at]);
        }
    }
}
