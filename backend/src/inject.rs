//! Planted bugs: a self-test of the oracle.
//!
//! Compiled in only with the `inject` cargo feature. Each [`Bug`] is a
//! realistic mistake of an ABI implementation — the kind a compiler
//! engineer makes when writing a calling convention, a wrapper or a stack
//! map — planted at the place in the backend where the real logic lives
//! (each site is marked `#[cfg(feature = "inject")]` and names its bug).
//! With a bug selected ([`set`]), the backend emits wrong code or wrong
//! metadata, and the oracle, which knows nothing of this module, must
//! notice: `janus campaign --inject NAME` shows which check caught it, and
//! `oracle/tests/inject.rs` requires every bug to be caught within a
//! bounded number of generated cases. A check that never fires on a
//! planted bug is a check that cannot fail.
//!
//! The selection is process-wide (one atomic byte, read at each site);
//! nothing is planted until [`set`] selects a bug.

use std::sync::atomic::{AtomicU8, Ordering};

/// A class of ABI bug the backend can be told to commit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Bug {
    /// Wrapper (ABI0 entry of an ABIInternal function): the first two
    /// integer argument registers are loaded into each other.
    SwapArgRegs = 1,
    /// Prologue: an address-taken register argument is stored one slot
    /// above its spill slot, where `paramaddr` does not look.
    SpillSlotOffByOne,
    /// Wrapper (ABIInternal entry of an ABI0 function): X15 is not zeroed
    /// again after the ABI0 definition returns.
    X15NotRezeroed,
    /// Wrapper (ABI0 entry of an ABIInternal function): R14 is not loaded
    /// with `g` before calling the ABIInternal definition.
    R14NotReloaded,
    /// Call lowering: a callee's stack results are read 8 bytes too high.
    StackResultOffBy8,
    /// Call-site stack maps: the first pointer spilled across a call is
    /// left out of the map.
    StackMapDropsPointer,
    /// Body: a narrow integer register argument is assumed to arrive
    /// sign/zero-extended, so extending it is a plain 64-bit move.
    NarrowArgNotExtended,
    /// Incoming stack arguments: a struct's leaves are read at packed
    /// offsets, ignoring the padding between fields.
    StructPaddingIgnored,
    /// Wrapper (either direction): the last result is not moved back.
    WrapperDropsLastResult,
    /// Assignment: a float argument also takes a place in the integer
    /// register sequence.
    FloatArgInIntSeq,
    /// Morestack stack map: register arguments (spilled by the cold path)
    /// are left out; only stack arguments are described.
    MorestackMapMissesSpills,
    /// Frame layout: the outgoing argument area is sized without the
    /// callee's spill area.
    OutgoingAreaNoSpill,
    /// Register allocation: a `runtime.newobject` call is taken to keep
    /// every register but RAX, so values stay in registers across it.
    AllocKeepsRegisters,
    /// Argument stack maps (morestack's, and address-taken parameters'
    /// homes): an interface's data word is taken for a scalar, as if only
    /// its type word could point into the heap.
    IfaceDataNotPointer,
    /// Prologue: a frame bigger than StackBig (4096 bytes) gets the small
    /// frames' check (RSP against stackguard0), as if the guard's room
    /// below it covered any frame: the frame runs past the stack's end.
    BigFramesCheckedAsSmall,
    /// Prologue: a frame between StackSmall and StackBig gets the small
    /// frames' check, without subtracting its excess over StackSmall: it
    /// eats into the room below promised to nosplit callees, or past the
    /// stack's end.
    MediumFramesCheckedAsSmall,
    ClosureContextNotInRdx,
    ClosureMapDropsPointers,
    MethodIndexOffByOne,
    /// A C-like convention for narrow results: definitions zero-extend a
    /// narrow integer result in its register before returning, and
    /// callers take a narrow integer a call returned in a register to be
    /// zero-extended already, so zero-extending it is a plain move. Go's
    /// ABI leaves the bits above a narrow result undefined.
    NarrowResultNotExtended,
    /// R14 taken as kept by ABI0 callees: ABI0 definitions load g into R14
    /// before returning, and ABIInternal callers do not reload g after a
    /// call to an ABI0 entry. ABI0 code (Go's assembly) may use R14 freely.
    Abi0CallKeepsR14,
    /// An interprocedural assumption about narrow results: janus's
    /// definitions zero-extend a narrow integer register result, and a
    /// caller of one of the module's own functions (which janus compiled)
    /// takes such a result to be zero-extended already; results of externs
    /// are extended as Go requires. Only a callee compiled by someone else
    /// (Go's, bound in by a mixed link) breaks the assumption.
    IpaNarrowResults,
    /// The interprocedural assumption of `ipa-narrow-results` with a
    /// RISC-V-like convention: janus's ABIInternal definitions sign-extend
    /// a narrow integer register result to 64 bits, and a caller of one of
    /// the module's own ABIInternal functions (through its definition, not
    /// a wrapper or an extern) takes such a result to be sign-extended
    /// already, so sign-extending it is a plain move. Go's callees leave
    /// the bits above a narrow result undefined.
    IpaSignExtendedResults,
    /// An interprocedural assumption about spill slots, as Win64 callees
    /// may use their caller's shadow space: janus's ABIInternal
    /// definitions store ("home") each non-pointer register argument in
    /// its spill slot of the caller-reserved spill area on entry, and a
    /// caller of one of the module's own ABIInternal functions (through
    /// its definition, not a wrapper or an extern) takes those argument
    /// registers to be kept by the call: the register allocator does not
    /// count them as clobbered (a value passed there stays there across
    /// the call), and the caller reloads them from the spill slots after
    /// it. Go's callees spill an argument only when they need to.
    IpaHomedArgs,
}

impl Bug {
    /// Every planted bug, in a fixed order.
    pub const ALL: [Bug; 24] = [
        Bug::SwapArgRegs,
        Bug::SpillSlotOffByOne,
        Bug::X15NotRezeroed,
        Bug::R14NotReloaded,
        Bug::StackResultOffBy8,
        Bug::StackMapDropsPointer,
        Bug::NarrowArgNotExtended,
        Bug::StructPaddingIgnored,
        Bug::WrapperDropsLastResult,
        Bug::FloatArgInIntSeq,
        Bug::MorestackMapMissesSpills,
        Bug::OutgoingAreaNoSpill,
        Bug::AllocKeepsRegisters,
        Bug::IfaceDataNotPointer,
        Bug::BigFramesCheckedAsSmall,
        Bug::MediumFramesCheckedAsSmall,
        Bug::ClosureContextNotInRdx,
        Bug::ClosureMapDropsPointers,
        Bug::MethodIndexOffByOne,
        Bug::NarrowResultNotExtended,
        Bug::Abi0CallKeepsR14,
        Bug::IpaNarrowResults,
        Bug::IpaSignExtendedResults,
        Bug::IpaHomedArgs,
    ];

    /// The name `--inject` takes (kebab-case).
    pub fn name(self) -> &'static str {
        match self {
            Bug::SwapArgRegs => "swap-arg-regs",
            Bug::SpillSlotOffByOne => "spill-slot-off-by-one",
            Bug::X15NotRezeroed => "x15-not-rezeroed",
            Bug::R14NotReloaded => "r14-not-reloaded",
            Bug::StackResultOffBy8 => "stack-result-off-by-8",
            Bug::StackMapDropsPointer => "stack-map-drops-pointer",
            Bug::NarrowArgNotExtended => "narrow-arg-not-extended",
            Bug::StructPaddingIgnored => "struct-padding-ignored",
            Bug::WrapperDropsLastResult => "wrapper-drops-last-result",
            Bug::FloatArgInIntSeq => "float-arg-in-int-seq",
            Bug::MorestackMapMissesSpills => "morestack-map-misses-spills",
            Bug::OutgoingAreaNoSpill => "outgoing-area-no-spill",
            Bug::AllocKeepsRegisters => "alloc-keeps-registers",
            Bug::IfaceDataNotPointer => "iface-data-not-pointer",
            Bug::BigFramesCheckedAsSmall => "big-frames-checked-as-small",
            Bug::MediumFramesCheckedAsSmall => "medium-frames-checked-as-small",
            Bug::ClosureContextNotInRdx => "closure-context-not-in-rdx",
            Bug::ClosureMapDropsPointers => "closure-map-drops-pointers",
            Bug::MethodIndexOffByOne => "method-index-off-by-one",
            Bug::NarrowResultNotExtended => "narrow-result-not-extended",
            Bug::Abi0CallKeepsR14 => "abi0-call-keeps-r14",
            Bug::IpaNarrowResults => "ipa-narrow-results",
            Bug::IpaSignExtendedResults => "ipa-sign-extended-results",
            Bug::IpaHomedArgs => "ipa-homed-args",
        }
    }

    /// One line: what the backend does wrong.
    pub fn describe(self) -> &'static str {
        match self {
            Bug::SwapArgRegs => {
                "the ABI0->ABIInternal wrapper loads the 1st and 2nd integer argument registers (RAX, RBX) into each other"
            }
            Bug::SpillSlotOffByOne => {
                "the prologue homes an address-taken register argument 8 bytes above its spill slot"
            }
            Bug::X15NotRezeroed => {
                "the ABIInternal->ABI0 wrapper does not zero X15 again after the ABI0 definition returns"
            }
            Bug::R14NotReloaded => {
                "the ABI0->ABIInternal wrapper calls the definition without loading g into R14"
            }
            Bug::StackResultOffBy8 => {
                "a caller reads its callee's stack results 8 bytes above where they are"
            }
            Bug::StackMapDropsPointer => {
                "a call's stack map leaves out the first pointer spilled across the call"
            }
            Bug::NarrowArgNotExtended => {
                "the body assumes narrow integer register arguments arrive extended and skips extending them"
            }
            Bug::StructPaddingIgnored => {
                "a stack-passed struct argument is read at packed field offsets, ignoring alignment padding"
            }
            Bug::WrapperDropsLastResult => {
                "wrappers (both directions) do not move the last result back to their caller"
            }
            Bug::FloatArgInIntSeq => {
                "a float argument also takes a place in the integer register sequence (positional, as on Windows x64)"
            }
            Bug::MorestackMapMissesSpills => {
                "the morestack stack map omits the register arguments the cold path spilled"
            }
            Bug::OutgoingAreaNoSpill => {
                "the outgoing argument area is sized without the callee's spill area"
            }
            Bug::AllocKeepsRegisters => {
                "values stay in registers across runtime.newobject, as if the runtime kept every register but RAX"
            }
            Bug::IfaceDataNotPointer => {
                "argument stack maps (morestack's, address-taken parameters') treat an interface's data word as a scalar"
            }
            Bug::BigFramesCheckedAsSmall => {
                "a frame bigger than StackBig (4096 bytes) is checked as a small one: RSP against stackguard0, not RSP minus the frame"
            }
            Bug::MediumFramesCheckedAsSmall => {
                "a frame between StackSmall (128 bytes) and StackBig is checked as a small one: RSP against stackguard0, not RSP minus the frame's excess"
            }
            Bug::ClosureContextNotInRdx => {
                "a call through a func value passes the func value in R15 (and calls through it), not in RDX, the closure context register"
            }
            Bug::ClosureMapDropsPointers => {
                "a closure object is allocated with its captured variables as plain bytes, so the collector misses their pointers"
            }
            Bug::MethodIndexOffByOne => {
                "a method call through an itab loads the code pointer of the next method (fun[i+1])"
            }
            Bug::NarrowResultNotExtended => {
                "definitions zero-extend narrow integer results, and callers rely on it and skip zero-extending them"
            }
            Bug::Abi0CallKeepsR14 => {
                "ABI0 definitions return with g in R14, and ABIInternal callers rely on it and do not reload g after ABI0 calls"
            }
            Bug::IpaNarrowResults => {
                "definitions zero-extend narrow integer results, and callers of the module's own functions (not externs) rely on it (an interprocedural assumption that a callee compiled by Go breaks)"
            }
            Bug::IpaSignExtendedResults => {
                "definitions sign-extend narrow integer results to 64 bits, and callers of the module's own functions (not externs or wrappers) rely on it and skip sign-extending them (an interprocedural assumption that a callee compiled by Go breaks)"
            }
            Bug::IpaHomedArgs => {
                "ABIInternal definitions home non-pointer register arguments in their spill slots, and callers of the module's own ABIInternal functions take those registers as kept by the call, reloading them from the spill slots (an interprocedural assumption that a callee compiled by Go breaks)"
            }
        }
    }

    /// A convention janus keeps with itself that only a callee compiled by
    /// someone else exposes: the Go peer's mixed links (`janus campaign
    /// --peer go`) catch it, no check of janus's code alone does.
    pub fn needs_go_peer(self) -> bool {
        matches!(
            self,
            Bug::IpaNarrowResults | Bug::IpaSignExtendedResults | Bug::IpaHomedArgs
        )
    }

    /// The bug named `name` (as [`Bug::name`] prints it).
    pub fn from_name(name: &str) -> Option<Bug> {
        Bug::ALL.into_iter().find(|b| b.name() == name)
    }
}

/// The selected bug (`Bug as u8`), or 0 for none.
static ACTIVE: AtomicU8 = AtomicU8::new(0);

/// Selects the bug the backend commits from now on, process-wide (`None`:
/// none).
pub fn set(bug: Option<Bug>) {
    ACTIVE.store(bug.map_or(0, |b| b as u8), Ordering::Relaxed);
}

/// Whether `bug` is the selected one.
#[inline]
pub fn active(bug: Bug) -> bool {
    ACTIVE.load(Ordering::Relaxed) == bug as u8
}

/// The selected bug, if any.
pub fn selected() -> Option<Bug> {
    let v = ACTIVE.load(Ordering::Relaxed);
    Bug::ALL.into_iter().find(|b| *b as u8 == v)
}

/// Planted bug `iface-data-not-pointer`: the pointer words of a value of
/// type `t` at `base`, as [`Type::for_each_pointer_word`] gives them but
/// without the data words of interfaces.
///
/// [`Type::for_each_pointer_word`]: crate::types::Type::for_each_pointer_word
pub fn pointer_words_but_iface_data(t: &crate::types::Type, base: u64, f: &mut dyn FnMut(u64)) {
    let mut data = Vec::new();
    iface_data_words(t, base, &mut data);
    t.for_each_pointer_word(base, &mut |o| {
        if !data.contains(&o) {
            f(o)
        }
    });
}

fn iface_data_words(t: &crate::types::Type, base: u64, out: &mut Vec<u64>) {
    use crate::types::Kind;
    match t.kind() {
        Kind::Interface(_) => out.push(base + 8),
        Kind::Array { len, elem } if elem.has_pointers() => {
            for i in 0..*len {
                iface_data_words(elem, base + i * elem.size(), out);
            }
        }
        Kind::Struct(fields) => {
            for fld in fields {
                iface_data_words(&fld.ty, base + fld.offset, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_distinct() {
        for b in Bug::ALL {
            assert_eq!(Bug::from_name(b.name()), Some(b));
            assert!(!b.describe().is_empty());
        }
        let mut names: Vec<_> = Bug::ALL.iter().map(|b| b.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Bug::ALL.len());
        assert_eq!(Bug::from_name("no-such-bug"), None);
    }
}
