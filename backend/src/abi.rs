//! The ABI assignment: for a function type and a register configuration,
//! where each parameter and result lives — which registers (and which
//! scalar component goes in which register) or which stack offset — plus
//! the spill slots of register arguments and the shape of the argument area.
//!
//! This is the one place janus computes it. It follows Go's internal ABI
//! specification (`src/cmd/compile/abi-internal.md`, "Function call argument
//! and result passing") and mirrors Go 1.19's reference implementation,
//! `cmd/compile/internal/abi/abiutils.go`, step for step; ABI0 is the same
//! algorithm with no registers.

use crate::types::{round_up, Basic, FuncType, Kind, Type, PTR_SIZE};
use std::collections::HashMap;
use std::fmt::{self, Write as _};

/// How many integer and floating-point registers carry arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegConfig {
    pub int_regs: usize,
    pub float_regs: usize,
}

impl RegConfig {
    /// amd64 ABIInternal: RAX RBX RCX RDI RSI R8 R9 R10 R11, and X0–X14.
    pub const ABI_INTERNAL: RegConfig = RegConfig {
        int_regs: 9,
        float_regs: 15,
    };
    /// ABI0: everything on the stack.
    pub const ABI0: RegConfig = RegConfig {
        int_regs: 0,
        float_regs: 0,
    };
}

/// The two Go calling conventions on amd64.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Abi {
    Abi0,
    Internal,
}

impl Abi {
    pub fn regs(self) -> RegConfig {
        match self {
            Abi::Abi0 => RegConfig::ABI0,
            Abi::Internal => RegConfig::ABI_INTERNAL,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Abi::Abi0 => "ABI0",
            Abi::Internal => "ABIInternal",
        }
    }
}

/// The integer argument registers of ABIInternal, in assignment order.
pub const INT_ARG_REGS: [&str; 9] = ["RAX", "RBX", "RCX", "RDI", "RSI", "R8", "R9", "R10", "R11"];

/// An argument register, by its index in the integer or float sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reg {
    Int(u8),
    Float(u8),
}

impl Reg {
    /// The amd64 register (`RAX`, ..., `X14`) this index denotes in ABIInternal.
    pub fn amd64_name(self) -> String {
        match self {
            Reg::Int(i) => INT_ARG_REGS
                .get(i as usize)
                .map_or_else(|| format!("I{i}?"), |s| s.to_string()),
            Reg::Float(i) => format!("X{i}"),
        }
    }
}

/// Go's dump notation: `I3` is the fourth integer register, `F0` the first float.
impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reg::Int(i) => write!(f, "I{i}"),
            Reg::Float(i) => write!(f, "F{i}"),
        }
    }
}

/// What kind of scalar a register component holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PieceClass {
    /// An integer or bool of `size` bytes, sign- or zero-extended as given.
    Int {
        signed: bool,
    },
    /// A pointer word (visible to the garbage collector).
    Pointer,
    Float,
}

/// One scalar component of a register-assigned value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Piece {
    pub reg: Reg,
    /// Byte offset of the component within the value (and its spill slot).
    pub offset: u64,
    /// Size in bytes: 1, 2, 4 or 8.
    pub size: u8,
    pub class: PieceClass,
}

/// Where one parameter or result lives.
#[derive(Clone, Debug, PartialEq)]
pub enum Location {
    /// In memory, at this offset of the argument area (0 = just above the
    /// return address). Zero-size values are always here.
    Stack { offset: u64 },
    /// In registers, one per scalar component, in order. `spill` is the
    /// offset of the argument's spill slot within the spill area; results
    /// have none.
    Registers {
        pieces: Vec<Piece>,
        spill: Option<u64>,
    },
}

/// The assignment of one parameter or result.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamAssignment {
    pub ty: Type,
    pub loc: Location,
}

impl ParamAssignment {
    /// The registers, in component order (empty when on the stack).
    pub fn regs(&self) -> Vec<Reg> {
        match &self.loc {
            Location::Stack { .. } => Vec::new(),
            Location::Registers { pieces, .. } => pieces.iter().map(|p| p.reg).collect(),
        }
    }

    /// Go's `offset` field: the stack offset, the spill offset, or -1 for a
    /// register result.
    pub fn go_offset(&self) -> i64 {
        match self.loc {
            Location::Stack { offset } => offset as i64,
            Location::Registers { spill: Some(s), .. } => s as i64,
            Location::Registers { spill: None, .. } => -1,
        }
    }
}

/// The complete assignment of a function type under one register configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct AbiLayout {
    pub config: RegConfig,
    /// Receiver (written as the first parameter) and parameters.
    pub params: Vec<ParamAssignment>,
    pub results: Vec<ParamAssignment>,
    /// Offset of the spill area within the argument area.
    pub spill_area_offset: u64,
    pub spill_area_size: u64,
}

/// A signature Go's ABI cannot describe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AbiError {
    /// The argument area reaches 2 GiB: Go records ABI offsets as int32
    /// (`ABIParamAssignment.offset`), and refuses such frames.
    ArgAreaTooLarge { bytes: u128 },
}

impl fmt::Display for AbiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AbiError::ArgAreaTooLarge { bytes } => write!(
                f,
                "argument area of {bytes} bytes is too large: Go's ABI offsets are int32, so it must stay below 2^31 bytes"
            ),
        }
    }
}

impl std::error::Error for AbiError {}

/// The largest argument area whose offsets Go can represent.
const MAX_ARG_AREA: u64 = (1 << 31) - 1;

/// The running state of one assignment (`assignState` in abiutils.go).
struct AssignState {
    /// Registers available in total.
    total: RegConfig,
    /// Registers used by parameters completely assigned so far.
    used_int: usize,
    used_float: usize,
    /// Registers needed so far by the current parameter.
    pending_int: usize,
    pending_float: usize,
    /// Next free offset of the stack-assignment sequence.
    stack_offset: u64,
    /// Next free offset of the spill area.
    spill_offset: u64,
    /// `regassign` of zero-size types already visited (by type identity):
    /// a type shared by many fields is walked once.
    zero_size_ok: HashMap<usize, bool>,
    /// Planted bug `float-arg-in-int-seq`: assigning arguments (not yet
    /// results), with the bug selected.
    #[cfg(feature = "inject")]
    planted_positional: bool,
}

impl AbiLayout {
    /// Computes the assignment of `sig` under `config`.
    pub fn analyze(sig: &FuncType, config: RegConfig) -> Result<AbiLayout, AbiError> {
        let mut s = AssignState {
            total: config,
            used_int: 0,
            used_float: 0,
            pending_int: 0,
            pending_float: 0,
            stack_offset: 0,
            spill_offset: 0,
            zero_size_ok: HashMap::new(),
            #[cfg(feature = "inject")]
            planted_positional: crate::inject::active(crate::inject::Bug::FloatArgInIntSeq),
        };
        // Spec: "assign the receiver (if a method), then each argument, in
        // order" — our receiver is simply the first parameter.
        let params: Vec<ParamAssignment> = sig
            .params
            .iter()
            .map(|p| s.assign_param_or_result(&p.ty, false))
            .collect();
        // Spec: "Add a pointer-alignment field to S." Then results start
        // over at the first register ("Reset I and FP to 0").
        s.stack_offset = round_up(s.stack_offset, PTR_SIZE);
        s.used_int = 0;
        s.used_float = 0;
        #[cfg(feature = "inject")]
        {
            s.planted_positional = false;
        }
        let results: Vec<ParamAssignment> = sig
            .results
            .iter()
            .map(|p| s.assign_param_or_result(&p.ty, true))
            .collect();
        // Spec: "Add a pointer-alignment field to S", then the spill slots of
        // register arguments, then a final pointer-alignment field.
        let spill_area_offset = round_up(s.stack_offset, PTR_SIZE);
        let spill_area_size = round_up(s.spill_offset, PTR_SIZE);
        let total = spill_area_offset as u128 + spill_area_size as u128;
        if total > MAX_ARG_AREA as u128 {
            return Err(AbiError::ArgAreaTooLarge { bytes: total });
        }
        Ok(AbiLayout {
            config,
            params,
            results,
            spill_area_offset,
            spill_area_size,
        })
    }

    /// Bytes of the whole argument area: stack arguments, stack results and
    /// the spill area (Go's `ArgWidth`).
    pub fn arg_area_size(&self) -> u64 {
        self.spill_area_offset + self.spill_area_size
    }

    /// The dump Go's compiler tests print (`ABIParamResultInfo.String()`),
    /// one line per parameter and result, and a last line for the spill
    /// area; no trailing newline.
    pub fn dump(&self) -> String {
        // Each distinct type is printed once, however many names share it.
        let mut texts: HashMap<usize, String> = HashMap::new();
        let mut out = String::new();
        for (prefix, list) in [("IN", &self.params), ("OUT", &self.results)] {
            for (k, p) in list.iter().enumerate() {
                let typ = texts.entry(p.ty.id()).or_insert_with(|| p.ty.dump_syntax());
                let _ = writeln!(out, "{} typ: {typ}", Self::dump_head(prefix, k, p));
            }
        }
        out.push_str(&self.dump_tail());
        out
    }

    /// `dump().len()`, computed without building the dump: names grouped
    /// on one type (`a, b, c T`, also in struct fields) print its text once
    /// per name, so the dump can be exponentially larger than the signature.
    pub fn dump_len(&self) -> u64 {
        let mut lens: HashMap<usize, u64> = HashMap::new();
        let mut total: u64 = 0;
        for (prefix, list) in [("IN", &self.params), ("OUT", &self.results)] {
            for (k, p) in list.iter().enumerate() {
                let typ = *lens.entry(p.ty.id()).or_insert_with(|| p.ty.dump_len());
                let line = Self::dump_head(prefix, k, p).len() + " typ: \n".len();
                total = total.saturating_add(line as u64).saturating_add(typ);
            }
        }
        total.saturating_add(self.dump_tail().len() as u64)
    }

    /// `IN 3: R{ I0 F1 } spilloffset: 8` — a dump line up to ` typ:`.
    fn dump_head(prefix: &str, k: usize, p: &ParamAssignment) -> String {
        let mut line = format!("{prefix} {k}: R{{");
        for r in p.regs() {
            let _ = write!(line, " {r}");
        }
        let offname = match p.loc {
            Location::Stack { .. } => "offset",
            Location::Registers { .. } => "spilloffset",
        };
        let _ = write!(line, " }} {offname}: {}", p.go_offset());
        line
    }

    /// A reader's version of the assignment in amd64 terms: for each value,
    /// which register receives which bytes of it, or where on the stack it
    /// lives; offsets relative to the argument area (0 = just above the
    /// return address). One line per parameter and result.
    pub fn explain(&self) -> String {
        let mut out = String::new();
        for (prefix, list) in [("IN", &self.params), ("OUT", &self.results)] {
            for (k, p) in list.iter().enumerate() {
                let _ = write!(out, "    {prefix} {k}: ");
                match &p.loc {
                    Location::Stack { .. } if p.ty.size() == 0 => {
                        let _ = write!(out, "zero-size, nothing passed");
                    }
                    Location::Stack { offset } => {
                        let _ = write!(out, "stack [{offset}, {})", offset + p.ty.size());
                    }
                    Location::Registers { pieces, spill } => {
                        let regs: Vec<String> = pieces
                            .iter()
                            .map(|pc| {
                                let what = match pc.class {
                                    PieceClass::Pointer => "pointer".to_string(),
                                    PieceClass::Float => format!("float{}", pc.size as u32 * 8),
                                    PieceClass::Int { signed: true } => {
                                        format!("int{}", pc.size as u32 * 8)
                                    }
                                    PieceClass::Int { signed: false } => {
                                        format!("uint{}", pc.size as u32 * 8)
                                    }
                                };
                                format!(
                                    "{} <- bytes [{}, {}) {what}",
                                    pc.reg.amd64_name(),
                                    pc.offset,
                                    pc.offset + pc.size as u64
                                )
                            })
                            .collect();
                        out.push_str(&regs.join(", "));
                        if let Some(s) = spill {
                            let at = self.spill_area_offset + s;
                            let _ = write!(out, "; spill slot [{at}, {})", at + p.ty.size());
                        }
                    }
                }
                out.push('\n');
            }
        }
        let _ = write!(
            out,
            "    argument area: {} bytes (stack arguments and results [0, {}), spill area [{}, {}))",
            self.arg_area_size(),
            self.spill_area_offset,
            self.spill_area_offset,
            self.arg_area_size()
        );
        out
    }

    fn dump_tail(&self) -> String {
        format!(
            "offsetToSpillArea: {} spillAreaSize: {}",
            self.spill_area_offset, self.spill_area_size
        )
    }
}

/// A scalar as the register assignment sees it (`IsScalar || IsPtrShaped`).
enum Scalar {
    Int { size: u8, signed: bool },
    Pointer,
    Float { size: u8 },
    Complex { part: u8 },
}

fn scalar(t: &Type) -> Option<Scalar> {
    Some(match t.kind() {
        Kind::Basic(b) => match b {
            Basic::String => return None,
            Basic::UnsafePointer => Scalar::Pointer,
            Basic::Float32 => Scalar::Float { size: 4 },
            Basic::Float64 => Scalar::Float { size: 8 },
            Basic::Complex64 => Scalar::Complex { part: 4 },
            Basic::Complex128 => Scalar::Complex { part: 8 },
            _ => Scalar::Int {
                size: t.size() as u8,
                signed: b.is_signed(),
            },
        },
        Kind::Pointer(_) | Kind::Map { .. } | Kind::Chan { .. } | Kind::Func(_) => Scalar::Pointer,
        _ => return None,
    })
}

/// How strings, slices and interfaces are split into register words
/// (the synthesized structs of abiutils.go's `setup`).
fn words_of(t: &Type) -> Option<&'static [PieceClass]> {
    const INT: PieceClass = PieceClass::Int { signed: true };
    match t.kind() {
        // { data *uint8; len int }
        Kind::Basic(Basic::String) => Some(&[PieceClass::Pointer, INT]),
        // { ptr *uint8; len int; cap int }
        Kind::Slice(_) => Some(&[PieceClass::Pointer, INT, INT]),
        // { itab or type unsafe.Pointer; data unsafe.Pointer }
        Kind::Interface(_) => Some(&[PieceClass::Pointer, PieceClass::Pointer]),
        _ => None,
    }
}

impl AssignState {
    /// `assignParamOrReturn`: a zero-size value goes to the stack sequence;
    /// otherwise try registers, and fall back to the stack sequence.
    fn assign_param_or_result(&mut self, t: &Type, is_result: bool) -> ParamAssignment {
        self.pending_int = 0;
        self.pending_float = 0;
        // Spec: "If T has size 0, add T to the stack sequence S and return."
        if t.size() != 0 && self.regassign(t) {
            self.reg_allocate(t, is_result)
        } else {
            // Spec: "If register-assignment of V fails, reset I and FP to the
            // values from step 1, add T to the stack sequence S" — nothing
            // was committed to `used_*` yet, so there is nothing to undo.
            self.stack_allocate(t)
        }
    }

    /// `stackAllocate` / `stackSlot`: the next offset of S aligned for `t`.
    fn stack_allocate(&mut self, t: &Type) -> ParamAssignment {
        let offset = round_up(self.stack_offset, t.align() as u64);
        self.stack_offset = offset.saturating_add(t.size());
        ParamAssignment {
            ty: t.clone(),
            loc: Location::Stack { offset },
        }
    }

    /// `regAllocate`: commit the registers counted by `regassign`; an
    /// argument also gets a spill slot aligned for its type.
    fn reg_allocate(&mut self, t: &Type, is_result: bool) -> ParamAssignment {
        let spill = if is_result {
            None
        } else {
            let at = round_up(self.spill_offset, t.align() as u64);
            self.spill_offset = at.saturating_add(t.size());
            Some(at)
        };
        let mut pieces = Vec::with_capacity(self.pending_int + self.pending_float);
        self.allocate_regs(t, 0, &mut pieces);
        ParamAssignment {
            ty: t.clone(),
            loc: Location::Registers { pieces, spill },
        }
    }

    /// `regassign`: can `t` (a parameter or a component of one) be register
    /// assigned with what is left? Counts what it needs in `pending_*`.
    fn regassign(&mut self, t: &Type) -> bool {
        if t.size() == 0 {
            // Needs no registers; only an array of length > 1 inside can
            // make it fail. Same answer as the walk below, memoised.
            if let Some(&ok) = self.zero_size_ok.get(&t.id()) {
                return ok;
            }
            let ok = self.regassign_walk(t);
            self.zero_size_ok.insert(t.id(), ok);
            return ok;
        }
        self.regassign_walk(t)
    }

    fn regassign_walk(&mut self, t: &Type) -> bool {
        if let Some(sc) = scalar(t) {
            // Spec: integer/pointer → next integer register; float → next
            // float register; complex → two float registers (real, imag).
            let (ints, floats) = match sc {
                Scalar::Int { .. } | Scalar::Pointer => (1, 0),
                Scalar::Float { .. } => (0, 1),
                Scalar::Complex { .. } => (0, 2),
            };
            return self.take(ints, floats);
        }
        if let Some(words) = words_of(t) {
            // Strings, slices and interfaces: their words as integer registers.
            return words.iter().all(|_| self.take(1, 0));
        }
        match t.kind() {
            // Spec: "If T is an array type of length 0, do nothing. If T is an
            // array type of length 1, recursively register-assign its one
            // element. If T is an array type of length > 1, fail."
            Kind::Array { len: 0, .. } => true,
            Kind::Array { len: 1, elem } => self.regassign(elem),
            Kind::Array { .. } => false,
            // Spec: "If T is a struct type, recursively register-assign each
            // field of V."
            Kind::Struct(fields) => fields.iter().all(|f| self.regassign(&f.ty)),
            _ => unreachable!("scalar() and words_of() cover every other kind"),
        }
    }

    /// Needs `ints` more integer and `floats` more float registers; fails
    /// ("if I > NI or FP > NFP") when the sequence would run out.
    fn take(&mut self, ints: usize, floats: usize) -> bool {
        // Planted bug `float-arg-in-int-seq`: a float argument needs a
        // place in the integer sequence too.
        #[cfg(feature = "inject")]
        let ints = ints + if self.planted_positional { floats } else { 0 };
        if self.used_int + self.pending_int + ints > self.total.int_regs
            || self.used_float + self.pending_float + floats > self.total.float_regs
        {
            return false;
        }
        self.pending_int += ints;
        self.pending_float += floats;
        true
    }

    /// `allocateRegs`: hand out registers to each scalar component of `t`
    /// (at byte offset `base` within the parameter), in order.
    fn allocate_regs(&mut self, t: &Type, base: u64, out: &mut Vec<Piece>) {
        if t.size() == 0 {
            return;
        }
        if let Some(sc) = scalar(t) {
            match sc {
                Scalar::Int { size, signed } => {
                    out.push(self.next_int(base, size, PieceClass::Int { signed }))
                }
                Scalar::Pointer => out.push(self.next_int(base, 8, PieceClass::Pointer)),
                Scalar::Float { size } => out.push(self.next_float(base, size)),
                Scalar::Complex { part } => {
                    out.push(self.next_float(base, part));
                    out.push(self.next_float(base + part as u64, part));
                }
            }
            return;
        }
        if let Some(words) = words_of(t) {
            for (i, &class) in words.iter().enumerate() {
                out.push(self.next_int(base + i as u64 * PTR_SIZE, 8, class));
            }
            return;
        }
        match t.kind() {
            Kind::Array { len, elem } => {
                for i in 0..*len {
                    self.allocate_regs(elem, base + i * elem.size(), out);
                }
            }
            Kind::Struct(fields) => {
                for f in fields {
                    self.allocate_regs(&f.ty, base + f.offset, out);
                }
            }
            _ => unreachable!("scalar() and words_of() cover every other kind"),
        }
    }

    fn next_int(&mut self, offset: u64, size: u8, class: PieceClass) -> Piece {
        let reg = Reg::Int(self.used_int as u8);
        self.used_int += 1;
        Piece {
            reg,
            offset,
            size,
            class,
        }
    }

    fn next_float(&mut self, offset: u64, size: u8) -> Piece {
        let reg = Reg::Float(self.used_float as u8);
        self.used_float += 1;
        // Planted bug `float-arg-in-int-seq`: ... and takes it (`take`
        // counted it).
        #[cfg(feature = "inject")]
        if self.planted_positional {
            self.used_int += 1;
        }
        Piece {
            reg,
            offset,
            size,
            class: PieceClass::Float,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_func_type;

    fn layout(sig: &str, cfg: RegConfig) -> AbiLayout {
        AbiLayout::analyze(&parse_func_type(sig).unwrap(), cfg).unwrap()
    }

    #[test]
    fn basic_dump() {
        let l = layout("func(int32) int32", RegConfig::ABI_INTERNAL);
        assert_eq!(
            l.dump(),
            "IN 0: R{ I0 } spilloffset: 0 typ: int32\n\
             OUT 0: R{ I0 } spilloffset: -1 typ: int32\n\
             offsetToSpillArea: 0 spillAreaSize: 8"
        );
        let l = layout("func(int32) int32", RegConfig::ABI0);
        assert_eq!(
            l.dump(),
            "IN 0: R{ } offset: 0 typ: int32\n\
             OUT 0: R{ } offset: 8 typ: int32\n\
             offsetToSpillArea: 16 spillAreaSize: 0"
        );
    }

    #[test]
    fn pieces_name_components() {
        let l = layout(
            "func(struct { a int8; b float64; c string }, complex64, []int)",
            RegConfig::ABI_INTERNAL,
        );
        let Location::Registers { pieces, spill } = &l.params[0].loc else {
            panic!()
        };
        assert_eq!(*spill, Some(0));
        let got: Vec<(Reg, u64, u8)> = pieces.iter().map(|p| (p.reg, p.offset, p.size)).collect();
        assert_eq!(
            got,
            [
                (Reg::Int(0), 0, 1),
                (Reg::Float(0), 8, 8),
                (Reg::Int(1), 16, 8),
                (Reg::Int(2), 24, 8)
            ]
        );
        assert_eq!(pieces[2].class, PieceClass::Pointer);
        assert_eq!(l.params[1].regs(), [Reg::Float(1), Reg::Float(2)]);
        assert_eq!(l.params[2].regs(), [Reg::Int(3), Reg::Int(4), Reg::Int(5)]);
        assert_eq!(Reg::Int(5).amd64_name(), "R8");
    }

    #[test]
    fn explain_names_amd64_registers() {
        let l = layout(
            "func(b bool, s struct { a int8; f float64 }, p *int, [2]int) string",
            RegConfig::ABI_INTERNAL,
        );
        assert_eq!(
            l.explain(),
            "    IN 0: RAX <- bytes [0, 1) uint8; spill slot [16, 17)\n\
             \x20   IN 1: RBX <- bytes [0, 1) int8, X0 <- bytes [8, 16) float64; spill slot [24, 40)\n\
             \x20   IN 2: RCX <- bytes [0, 8) pointer; spill slot [40, 48)\n\
             \x20   IN 3: stack [0, 16)\n\
             \x20   OUT 0: RAX <- bytes [0, 8) pointer, RBX <- bytes [8, 16) int64\n\
             \x20   argument area: 48 bytes (stack arguments and results [0, 16), spill area [16, 48))"
        );
    }

    #[test]
    fn a_failed_aggregate_leaves_registers_for_later_params() {
        // 8 ints used; a string needs two: it goes to the stack, and the
        // int after it still gets the 9th register.
        let l = layout(
            "func(int, int, int, int, int, int, int, int, string, int)",
            RegConfig::ABI_INTERNAL,
        );
        assert_eq!(l.params[8].loc, Location::Stack { offset: 0 });
        assert_eq!(l.params[9].regs(), [Reg::Int(8)]);
    }

    #[test]
    fn zero_size_arrays_of_length_two_are_not_register_assignable() {
        // struct { int8; [2]struct{} } has size 1 but contains an array of
        // length 2, which regassignArray refuses.
        let l = layout(
            "func(struct { a int8; b [2]struct{} })",
            RegConfig::ABI_INTERNAL,
        );
        assert_eq!(l.params[0].loc, Location::Stack { offset: 0 });
    }

    #[test]
    fn too_large_argument_areas_are_errors() {
        let sig = parse_func_type("func([1073741824]int8, [1073741824]int8)").unwrap();
        assert!(AbiLayout::analyze(&sig, RegConfig::ABI0).is_err());
        let sig = parse_func_type("func([1073741824]int8)").unwrap();
        assert!(AbiLayout::analyze(&sig, RegConfig::ABI0).is_ok());
    }
}
