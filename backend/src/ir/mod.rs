//! janus IR: typed SSA over machine-level values.
//!
//! A [`Module`] holds functions and the inputs its functions are run with.
//! A [`Function`] has a Go signature (its parameters and results are Go
//! types, laid out by [`crate::abi`]), a definition ABI, stack slots, and
//! blocks with parameters; values have one of seven machine types ([`Ty`]),
//! with pointers kept apart from integers so that stack maps can be
//! computed. Aggregates never become values: a Go value is its *leaves* —
//! the scalars it is made of, in memory order ([`leaves`]) — so a function
//! reads one leaf of a parameter with `param`, returns every leaf of every
//! result with `ret`, and passes every leaf of every argument to `call`.
//!
//! The text form is documented in `docs/ir.md`; [`parse_module`] reads it and
//! [`Module`]'s `Display` writes it back.

mod parse;
mod print;
mod source;
mod verify;

pub use crate::parse::Pos;
pub use parse::parse_module;
pub use source::{SourceMap, SrcPos};
pub use verify::{verify_module, VerifyError};

use crate::abi::Abi;
use crate::types::{Basic, FuncType, Kind, Type};

/// A machine-level value type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
    /// A pointer: 8 bytes, and visible to the garbage collector.
    Ptr,
}

impl Ty {
    pub const ALL: [Ty; 7] = [Ty::I8, Ty::I16, Ty::I32, Ty::I64, Ty::F32, Ty::F64, Ty::Ptr];

    pub fn bytes(self) -> u32 {
        match self {
            Ty::I8 => 1,
            Ty::I16 => 2,
            Ty::I32 | Ty::F32 => 4,
            Ty::I64 | Ty::F64 | Ty::Ptr => 8,
        }
    }

    pub fn bits(self) -> u32 {
        self.bytes() * 8
    }

    pub fn is_int(self) -> bool {
        matches!(self, Ty::I8 | Ty::I16 | Ty::I32 | Ty::I64)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Ty::F32 | Ty::F64)
    }

    pub fn name(self) -> &'static str {
        match self {
            Ty::I8 => "i8",
            Ty::I16 => "i16",
            Ty::I32 => "i32",
            Ty::I64 => "i64",
            Ty::F32 => "f32",
            Ty::F64 => "f64",
            Ty::Ptr => "ptr",
        }
    }

    pub fn from_name(s: &str) -> Option<Ty> {
        Ty::ALL.iter().copied().find(|t| t.name() == s)
    }
}

/// An SSA value, printed `vN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

/// A block, printed `bN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Block(pub u32);

/// A stack slot, printed `sN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot(pub u32);

/// Two-operand operations. Integer ones wrap; shifts follow Go: the count
/// (any integer type, read as unsigned) may reach or exceed the width, which
/// gives 0 (`shl`, `shru`) or the sign (`shrs`). Division by zero panics;
/// `MinInt / -1` is `MinInt` and `MinInt % -1` is 0, as in Go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    DivS,
    DivU,
    RemS,
    RemU,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    ShrS,
    ShrU,
    FAdd,
    FSub,
    FMul,
    FDiv,
}

impl BinOp {
    pub const ALL: [BinOp; 18] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::DivS,
        BinOp::DivU,
        BinOp::RemS,
        BinOp::RemU,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::AndNot,
        BinOp::Shl,
        BinOp::ShrS,
        BinOp::ShrU,
        BinOp::FAdd,
        BinOp::FSub,
        BinOp::FMul,
        BinOp::FDiv,
    ];

    pub fn name(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::DivS => "divs",
            BinOp::DivU => "divu",
            BinOp::RemS => "rems",
            BinOp::RemU => "remu",
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Xor => "xor",
            BinOp::AndNot => "andnot",
            BinOp::Shl => "shl",
            BinOp::ShrS => "shrs",
            BinOp::ShrU => "shru",
            BinOp::FAdd => "fadd",
            BinOp::FSub => "fsub",
            BinOp::FMul => "fmul",
            BinOp::FDiv => "fdiv",
        }
    }

    /// Whether `a op b` is `b op a`: what lets code generation take either
    /// operand as the one a two-address instruction overwrites. Float
    /// addition and multiplication commute too, NaN payloads aside, which
    /// Go leaves undefined.
    pub fn is_commutative(self) -> bool {
        matches!(
            self,
            BinOp::Add
                | BinOp::Mul
                | BinOp::And
                | BinOp::Or
                | BinOp::Xor
                | BinOp::FAdd
                | BinOp::FMul
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, BinOp::FAdd | BinOp::FSub | BinOp::FMul | BinOp::FDiv)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinOp::Shl | BinOp::ShrS | BinOp::ShrU)
    }

    /// Whether the operation can panic (integer division by zero).
    pub fn can_panic(self) -> bool {
        matches!(self, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU)
    }
}

/// One-operand operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Neg,
    Not,
    FNeg,
}

impl UnOp {
    pub const ALL: [UnOp; 3] = [UnOp::Neg, UnOp::Not, UnOp::FNeg];

    pub fn name(self) -> &'static str {
        match self {
            UnOp::Neg => "neg",
            UnOp::Not => "not",
            UnOp::FNeg => "fneg",
        }
    }
}

/// Integer (and pointer: `eq`, `ne`) comparisons; the result is an `i8`, 0 or 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntCC {
    Eq,
    Ne,
    Slt,
    Sle,
    Sgt,
    Sge,
    Ult,
    Ule,
    Ugt,
    Uge,
}

impl IntCC {
    pub const ALL: [IntCC; 10] = [
        IntCC::Eq,
        IntCC::Ne,
        IntCC::Slt,
        IntCC::Sle,
        IntCC::Sgt,
        IntCC::Sge,
        IntCC::Ult,
        IntCC::Ule,
        IntCC::Ugt,
        IntCC::Uge,
    ];

    pub fn name(self) -> &'static str {
        match self {
            IntCC::Eq => "eq",
            IntCC::Ne => "ne",
            IntCC::Slt => "slt",
            IntCC::Sle => "sle",
            IntCC::Sgt => "sgt",
            IntCC::Sge => "sge",
            IntCC::Ult => "ult",
            IntCC::Ule => "ule",
            IntCC::Ugt => "ugt",
            IntCC::Uge => "uge",
        }
    }
}

/// Float comparisons with Go's semantics: every comparison with a NaN is
/// false except `fne`, which is true.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatCC {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl FloatCC {
    pub const ALL: [FloatCC; 6] = [
        FloatCC::Eq,
        FloatCC::Ne,
        FloatCC::Lt,
        FloatCC::Le,
        FloatCC::Gt,
        FloatCC::Ge,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FloatCC::Eq => "feq",
            FloatCC::Ne => "fne",
            FloatCC::Lt => "flt",
            FloatCC::Le => "fle",
            FloatCC::Gt => "fgt",
            FloatCC::Ge => "fge",
        }
    }
}

/// Conversions between machine types (written `op.FROM.TO`).
///
/// Float-to-integer conversions truncate toward zero. Values out of range
/// (and NaN) give what Go 1.19 gives on amd64 (docs/ir.md, after
/// cmd/compile/internal/ssagen/ssa.go): a signed 64-bit result is
/// `CVTTSD2SQ`'s answer, the "integer indefinite" `0x8000...`; narrower
/// signed results and 8/16-bit unsigned ones are the 32-bit signed
/// conversion truncated; a 32-bit unsigned result is the 64-bit signed
/// conversion truncated; a 64-bit unsigned result is, below 2^63, the
/// signed conversion, otherwise the signed conversion of `x - 2^63` with
/// the top bit ORed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConvOp {
    Sext,
    Zext,
    Trunc,
    SIToF,
    UIToF,
    FToSI,
    FToUI,
    FConv,
}

impl ConvOp {
    pub const ALL: [ConvOp; 8] = [
        ConvOp::Sext,
        ConvOp::Zext,
        ConvOp::Trunc,
        ConvOp::SIToF,
        ConvOp::UIToF,
        ConvOp::FToSI,
        ConvOp::FToUI,
        ConvOp::FConv,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ConvOp::Sext => "sext",
            ConvOp::Zext => "zext",
            ConvOp::Trunc => "trunc",
            ConvOp::SIToF => "sitof",
            ConvOp::UIToF => "uitof",
            ConvOp::FToSI => "ftosi",
            ConvOp::FToUI => "ftoui",
            ConvOp::FConv => "fconv",
        }
    }

    /// Whether `from -> to` is a valid pair for this conversion.
    pub fn allows(self, from: Ty, to: Ty) -> bool {
        match self {
            ConvOp::Sext | ConvOp::Zext => {
                from.is_int() && to.is_int() && from.bytes() < to.bytes()
            }
            ConvOp::Trunc => from.is_int() && to.is_int() && from.bytes() > to.bytes(),
            ConvOp::SIToF | ConvOp::UIToF => from.is_int() && to.is_float(),
            ConvOp::FToSI | ConvOp::FToUI => from.is_float() && to.is_int(),
            ConvOp::FConv => from.is_float() && to.is_float() && from != to,
        }
    }
}

/// What an instruction does.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// An integer constant; `bits` holds the value truncated to the type.
    Iconst {
        ty: Ty,
        bits: u64,
    },
    /// A float constant, by its IEEE bits.
    Fconst {
        ty: Ty,
        bits: u64,
    },
    /// The nil pointer.
    Nil,
    /// Leaf `leaf` of parameter `index`.
    Param {
        index: u32,
        leaf: u32,
    },
    /// The address of parameter `index`'s home: its spill slot when it came
    /// in registers (it is stored there on entry), its stack slot otherwise.
    ParamAddr {
        index: u32,
    },
    /// The address of a stack slot.
    SlotAddr {
        slot: Slot,
    },
    Unary {
        op: UnOp,
        ty: Ty,
        arg: Value,
    },
    Binary {
        op: BinOp,
        ty: Ty,
        a: Value,
        b: Value,
    },
    Icmp {
        cc: IntCC,
        ty: Ty,
        a: Value,
        b: Value,
    },
    Fcmp {
        cc: FloatCC,
        ty: Ty,
        a: Value,
        b: Value,
    },
    Conv {
        op: ConvOp,
        from: Ty,
        to: Ty,
        arg: Value,
    },
    /// Loads a `ty` from `ptr + offset`.
    Load {
        ty: Ty,
        ptr: Value,
        offset: i32,
    },
    /// Stores `value` (a `ty`) at `ptr + offset`.
    Store {
        ty: Ty,
        ptr: Value,
        offset: i32,
        value: Value,
    },
    /// `ptr + offset` (an `i64`).
    PtrAdd {
        ptr: Value,
        offset: Value,
    },
    /// A new zeroed heap object of a Go type, from the runtime (a
    /// safepoint: the collector may run).
    Alloc {
        ty: Type,
    },
    /// Calls `callee` through its `entry` ABI with every leaf of every
    /// argument; the results are every leaf of every result.
    Call {
        callee: String,
        entry: Abi,
        args: Vec<Value>,
    },
    /// A pointer to `func`'s static func value (Go's read-only `F·f`: one
    /// word, the code pointer of its ABIInternal entry). Not a heap object.
    FuncVal {
        func: String,
    },
    /// A new closure: a heap object `struct { F uintptr; C T }` (see
    /// [`closure_type`]) holding the code pointer of `func`'s ABIInternal
    /// entry and the captured leaves `args` of `func`'s context type T.
    /// A runtime call (a safepoint), as `alloc`.
    Closure {
        func: String,
        args: Vec<Value>,
    },
    /// The closure this function was called through (the func value the
    /// caller passed in RDX): only in a function with a context type.
    Context,
    /// Calls the func value `callee` (of Go type `func` + `sig`) through
    /// ABIInternal, with the func value in RDX (the closure context
    /// register) and every leaf of every argument; the results are every
    /// leaf of every result.
    CallVal {
        /// Boxed, as in `CallMethod`: a signature is as big as the rest
        /// of an `Op`, and every instruction pays for the largest variant.
        sig: Box<FuncType>,
        callee: Value,
        args: Vec<Value>,
    },
    /// A pointer to the static itab whose method table (`fun`) holds the
    /// ABIInternal entries of `methods`, in order (see [`itab_table`]).
    Itab {
        methods: Vec<String>,
    },
    /// Calls method `index` of the itab `itab` (an interface value's type
    /// word) through ABIInternal, with the receiver `recv` (the interface
    /// value's data word) as the first argument, then every leaf of
    /// `args`: the method's type without its receiver is `func` + `sig`.
    CallMethod {
        sig: Box<FuncType>,
        itab: Value,
        index: u32,
        recv: Value,
        args: Vec<Value>,
    },
}

/// Where an itab's method table starts: after `inter`, `_type`, `hash` and
/// 4 bytes of padding (Go 1.19's `runtime.itab`).
pub const ITAB_FUN_OFFSET: u64 = 24;

/// The module's itabs, each a list of method functions, in order of first
/// appearance (functions in order, instructions in order): the backend
/// names them by this index and the oracle numbers them so.
pub fn itab_table(m: &Module) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for f in &m.functions {
        for b in &f.blocks {
            for i in &b.insts {
                if let Op::Itab { methods } = &i.op {
                    if !out.contains(methods) {
                        out.push(methods.clone());
                    }
                }
            }
        }
    }
    out
}

/// A method's whole signature: the receiver (one pointer word, as
/// `unsafe.Pointer`) then `sig`'s parameters.
pub fn method_type(sig: &FuncType) -> FuncType {
    let mut full = sig.clone();
    full.params.insert(
        0,
        crate::types::Param::new(Type::basic(Basic::UnsafePointer)),
    );
    full
}

#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub results: Results,
    pub op: Op,
}

/// An instruction's results: one or none but for calls, kept inline so
/// that an instruction is one allocation-free record (the optimiser and
/// the lowering walk every instruction several times).
pub type Results = smallvec::SmallVec<[Value; 2]>;

/// A branch target with its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockCall {
    pub block: Block,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(BlockCall),
    /// To `then` when `cond` (an integer) is not zero, else to `els`.
    Brif {
        cond: Value,
        then: BlockCall,
        els: BlockCall,
    },
    /// Every leaf of every result.
    Return(Vec<Value>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
}

/// A stack slot: raw bytes (`slot s 16, 8`, no pointers may be stored
/// in it), or a value of a Go type (`slot s [2]*int64`), whose pointer
/// words may hold pointers. The stack maps report a typed slot's pointer
/// words live at every safepoint, and the prologue zeroes them.
#[derive(Clone, Debug, PartialEq)]
pub struct SlotData {
    pub size: u32,
    pub align: u32,
    pub ty: Option<Type>,
}

impl SlotData {
    pub fn raw(size: u32, align: u32) -> SlotData {
        SlotData {
            size,
            align,
            ty: None,
        }
    }

    /// Byte offsets of the words that may hold pointers.
    pub fn pointer_words(&self) -> Vec<u64> {
        let mut out = Vec::new();
        if let Some(t) = &self.ty {
            t.for_each_pointer_word(0, &mut |o| out.push(o));
        }
        out
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub sig: FuncType,
    /// The ABI of the definition; the other ABI's entry is a wrapper.
    pub abi: Abi,
    /// No stack-growth check in the prologue.
    pub nosplit: bool,
    pub slots: Vec<SlotData>,
    /// `blocks[0]` is the entry block, which has no parameters.
    pub blocks: Vec<BlockData>,
    /// The type of every value, indexed by `Value.0`.
    pub value_types: Vec<Ty>,
    /// Where the function's parts were written and the names the text gave
    /// its values, blocks and slots, for messages; empty for a function
    /// built in memory. Equality ignores it.
    pub source: SourceMap,
    /// A closure's captured variables (`context T`, a struct type): the
    /// function can only be called through a func value made by
    /// `closure`, and reads them through `ctx` (RDX on entry).
    pub context: Option<Type>,
}

/// The heap object a `closure` of a function with context type `ctx`
/// makes: the code pointer, then the captured variables, as Go lays out a
/// closure (`struct { F uintptr; X0 T0; ... }`; here the variables are one
/// struct field, which has the same layout because `ctx` is a struct).
pub fn closure_type(ctx: &Type) -> Type {
    Type::structure(vec![
        (Some("F".to_string()), Type::basic(Basic::Uintptr)),
        (Some("C".to_string()), ctx.clone()),
    ])
    .expect("a struct of a word and a laid-out type lays out")
}

/// Where a closure object's captured variables start (after the code word).
pub const CLOSURE_CONTEXT_OFFSET: u64 = 8;

impl Function {
    pub fn ty(&self, v: Value) -> Ty {
        self.value_types[v.0 as usize]
    }

    /// Where the function was written (the start of its declaration), if it was read
    /// from text.
    pub fn pos(&self) -> Option<Pos> {
        self.source.func_pos()
    }

    /// Where statement `i` of block `b` was written: instruction `i`, or
    /// the terminator when `i` is the number of instructions. `None` for a
    /// function built in memory, or a block changed since it was read.
    pub fn stmt_pos(&self, b: usize, i: usize) -> Option<Pos> {
        let block = self.blocks.get(b)?;
        if self.source.stmt_count(b)? != block.insts.len() + 1 {
            return None;
        }
        self.source.stmt_pos(b, i)
    }

    /// A value as the text named it (`sum`), or as the printer does (`v3`).
    pub fn value_name(&self, v: Value) -> String {
        match self.source.value_name(v) {
            Some(n) => n.to_string(),
            None => v.to_string(),
        }
    }

    /// A block as the text named it (`loop`), or as the printer does (`b1`).
    pub fn block_name(&self, b: Block) -> String {
        match self.source.block_name(b) {
            Some(n) => n.to_string(),
            None => b.to_string(),
        }
    }

    /// A slot as the text named it, or as the printer does (`s0`).
    pub fn slot_name(&self, s: Slot) -> String {
        match self.source.slot_name(s) {
            Some(n) => n.to_string(),
            None => s.to_string(),
        }
    }

    /// The leaves of every parameter, as `(param index, leaf)` per value.
    pub fn param_leaves(&self, index: usize) -> Vec<Leaf> {
        leaves(&self.sig.params[index].ty)
    }
}

/// A value given to a function in a `run` line.
#[derive(Clone, Debug, PartialEq)]
pub enum InputValue {
    /// An integer (any width, signed or not) or a bool (`true` = 1).
    Int(i128),
    /// A float, by value (`bits` keeps NaN payloads and -0).
    Float {
        bits: u64,
    },
    /// A string's bytes (not necessarily UTF-8).
    Str(Vec<u8>),
    Nil,
    /// A struct, array or complex value (by position), or a slice's
    /// elements (its backing array is allocated).
    Composite(Vec<InputValue>),
    /// `&v`: a pointer to a fresh object holding `v`.
    Addr(Box<InputValue>),
    /// `iface(T, v)`: a non-nil interface whose dynamic type is `ty`
    /// holding `value` (its type word points at a type descriptor, or an
    /// itab for a non-empty interface; its data word at a fresh object
    /// holding `value`, or is `value` itself when `ty` is pointer-shaped).
    Iface {
        ty: crate::types::Type,
        value: Box<InputValue>,
    },
    /// `new(T, v)`: a pointer to a fresh object of type `ty` holding
    /// `value`, for any pointer-shaped leaf (unsafe.Pointer, map, chan,
    /// func; for `*T`, `ty` must be `T`).
    New {
        ty: crate::types::Type,
        value: Box<InputValue>,
    },
    /// `funcval F`: a func value, the address of function `F`'s static
    /// funcval (the one `funcval F` in code gives). `F` must have no
    /// context and exactly the parameter's func type.
    FuncVal(String),
}

/// `run NAME(args...)`: run a function with these arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct RunSpec {
    pub func: String,
    pub args: Vec<InputValue>,
    /// Where the line was written (its `run`), if it was read from text.
    pub pos: SrcPos,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Module {
    pub functions: Vec<Function>,
    pub runs: Vec<RunSpec>,
    /// Functions declared without a body (`extern`): whoever loads the
    /// object implements them (the oracle does, see `docs/ir.md`).
    pub externs: Vec<Extern>,
}

/// An external function: a signature and the ABI of a definition that is
/// not in the module (as Go's assembly functions, declared in Go). janus
/// emits the other ABI's entry, a wrapper calling the definition's symbol,
/// which stays undefined in the object.
#[derive(Clone, Debug, PartialEq)]
pub struct Extern {
    pub name: String,
    pub sig: FuncType,
    /// The ABI of the definition the loader provides.
    pub abi: Abi,
    /// Where the declaration was written, if it was read from text.
    pub pos: SrcPos,
}

/// What a call names: a function of the module, or an extern.
#[derive(Clone, Copy, Debug)]
pub enum Callee<'a> {
    Func(&'a Function),
    Extern(&'a Extern),
}

impl<'a> Callee<'a> {
    pub fn sig(self) -> &'a FuncType {
        match self {
            Callee::Func(f) => &f.sig,
            Callee::Extern(e) => &e.sig,
        }
    }

    /// The definition ABI.
    pub fn abi(self) -> Abi {
        match self {
            Callee::Func(f) => f.abi,
            Callee::Extern(e) => e.abi,
        }
    }

    pub fn name(self) -> &'a str {
        match self {
            Callee::Func(f) => &f.name,
            Callee::Extern(e) => &e.name,
        }
    }
}

impl Module {
    /// The functions whose static func values the run lines name
    /// (`funcval F` anywhere in their arguments), each once, in order of
    /// first mention: the object must hold their `F·f` too.
    pub fn run_funcvals(&self) -> Vec<&str> {
        fn walk<'a>(v: &'a InputValue, out: &mut Vec<&'a str>) {
            match v {
                InputValue::FuncVal(f) => {
                    if !out.contains(&f.as_str()) {
                        out.push(f);
                    }
                }
                InputValue::Composite(items) => items.iter().for_each(|i| walk(i, out)),
                InputValue::Addr(v)
                | InputValue::Iface { value: v, .. }
                | InputValue::New { value: v, .. } => walk(v, out),
                InputValue::Int(_)
                | InputValue::Float { .. }
                | InputValue::Str(_)
                | InputValue::Nil => {}
            }
        }
        let mut out = Vec::new();
        for r in &self.runs {
            r.args.iter().for_each(|a| walk(a, &mut out));
        }
        out
    }

    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }

    pub fn extern_decl(&self, name: &str) -> Option<&Extern> {
        self.externs.iter().find(|e| e.name == name)
    }

    /// The module with every function and extern renamed by `rename`, and
    /// every reference to one (calls, func values, closures, itabs, run
    /// lines) with it. (Names in source maps, which only messages read,
    /// stay.) `rename` must not give two names one name.
    pub fn renamed(&self, rename: &dyn Fn(&str) -> String) -> Module {
        fn input(v: &InputValue, rename: &dyn Fn(&str) -> String) -> InputValue {
            match v {
                InputValue::FuncVal(f) => InputValue::FuncVal(rename(f)),
                InputValue::Composite(vs) => {
                    InputValue::Composite(vs.iter().map(|v| input(v, rename)).collect())
                }
                InputValue::Addr(v) => InputValue::Addr(Box::new(input(v, rename))),
                InputValue::Iface { ty, value } => InputValue::Iface {
                    ty: ty.clone(),
                    value: Box::new(input(value, rename)),
                },
                InputValue::New { ty, value } => InputValue::New {
                    ty: ty.clone(),
                    value: Box::new(input(value, rename)),
                },
                other => other.clone(),
            }
        }
        let mut m = self.clone();
        for f in &mut m.functions {
            f.name = rename(&f.name);
            for b in &mut f.blocks {
                for i in &mut b.insts {
                    match &mut i.op {
                        Op::Call { callee: n, .. }
                        | Op::FuncVal { func: n }
                        | Op::Closure { func: n, .. } => *n = rename(n),
                        Op::Itab { methods } => {
                            for n in methods {
                                *n = rename(n);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        for x in &mut m.externs {
            x.name = rename(&x.name);
        }
        for r in &mut m.runs {
            r.func = rename(&r.func);
            r.args = r.args.iter().map(|a| input(a, rename)).collect();
        }
        m
    }

    /// The function or extern named `name`.
    pub fn callee(&self, name: &str) -> Option<Callee<'_>> {
        self.function(name)
            .map(Callee::Func)
            .or_else(|| self.extern_decl(name).map(Callee::Extern))
    }

    /// Run line `k` as messages name it: `run f(1, 2)`, and which of the
    /// function's run lines it is when the function has several (`run
    /// f(1, 2) (run line 2 of f)`).
    pub fn run_label(&self, k: usize) -> String {
        let r = &self.runs[k];
        let args: Vec<String> = r.args.iter().map(|a| a.to_string()).collect();
        let mut out = format!("run {}({})", r.func, args.join(", "));
        let same = |s: &&RunSpec| s.func == r.func;
        if self.runs.iter().filter(same).nth(1).is_some() {
            let nth = self.runs[..k].iter().filter(same).count() + 1;
            out.push_str(&format!(" (run line {nth} of {})", r.func));
        }
        out
    }
}

/// One scalar of a Go value: its offset and machine type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leaf {
    pub offset: u64,
    pub ty: Ty,
}

/// The scalars a Go value is made of, in memory order: integers and bools
/// by size, floats, both halves of a complex, the (pointer, length[,
/// capacity]) of strings and slices, both pointer words of interfaces, one
/// pointer for pointer-shaped types, every element of arrays and every
/// field of structs. Zero-size values have none.
pub fn leaves(t: &Type) -> Vec<Leaf> {
    let mut out = Vec::new();
    push_leaves(t, 0, &mut out);
    out
}

/// How many leaves `t` has, without listing them (saturating).
pub fn leaf_count(t: &Type) -> u64 {
    match t.kind() {
        Kind::Basic(Basic::String) | Kind::Interface(_) => 2,
        Kind::Basic(Basic::Complex64 | Basic::Complex128) => 2,
        Kind::Basic(_)
        | Kind::Pointer(_)
        | Kind::Map { .. }
        | Kind::Chan { .. }
        | Kind::Func(_) => 1,
        Kind::Slice(_) => 3,
        Kind::Array { len, elem } => len.saturating_mul(leaf_count(elem)),
        Kind::Struct(fields) => fields
            .iter()
            .fold(0u64, |n, f| n.saturating_add(leaf_count(&f.ty))),
    }
}

fn push_leaves(t: &Type, base: u64, out: &mut Vec<Leaf>) {
    let mut leaf = |offset: u64, ty: Ty| {
        out.push(Leaf {
            offset: base + offset,
            ty,
        })
    };
    match t.kind() {
        Kind::Basic(b) => match b {
            Basic::String => {
                leaf(0, Ty::Ptr);
                leaf(8, Ty::I64);
            }
            Basic::UnsafePointer => leaf(0, Ty::Ptr),
            Basic::Float32 => leaf(0, Ty::F32),
            Basic::Float64 => leaf(0, Ty::F64),
            Basic::Complex64 => {
                leaf(0, Ty::F32);
                leaf(4, Ty::F32);
            }
            Basic::Complex128 => {
                leaf(0, Ty::F64);
                leaf(8, Ty::F64);
            }
            _ => leaf(
                0,
                match t.size() {
                    1 => Ty::I8,
                    2 => Ty::I16,
                    4 => Ty::I32,
                    _ => Ty::I64,
                },
            ),
        },
        Kind::Pointer(_) | Kind::Map { .. } | Kind::Chan { .. } | Kind::Func(_) => leaf(0, Ty::Ptr),
        Kind::Slice(_) => {
            leaf(0, Ty::Ptr);
            leaf(8, Ty::I64);
            leaf(16, Ty::I64);
        }
        Kind::Interface(_) => {
            leaf(0, Ty::Ptr);
            leaf(8, Ty::Ptr);
        }
        Kind::Array { len, elem } => {
            for i in 0..*len {
                push_leaves(elem, base + i * elem.size(), out);
            }
        }
        Kind::Struct(fields) => {
            for f in fields {
                push_leaves(&f.ty, base + f.offset, out);
            }
        }
    }
}

/// Leaves of a whole parameter or result list, concatenated.
pub fn list_leaves(params: &[crate::types::Param]) -> Vec<Leaf> {
    params.iter().flat_map(|p| leaves(&p.ty)).collect()
}

impl Op {
    /// Calls `f` with each value this operation reads, in operand order.
    pub fn for_each_arg(&self, mut f: impl FnMut(Value)) {
        match self {
            Op::Iconst { .. }
            | Op::Fconst { .. }
            | Op::Nil
            | Op::Param { .. }
            | Op::ParamAddr { .. }
            | Op::SlotAddr { .. }
            | Op::Alloc { .. }
            | Op::FuncVal { .. }
            | Op::Context
            | Op::Itab { .. } => {}
            Op::Unary { arg, .. } | Op::Conv { arg, .. } => f(*arg),
            Op::Binary { a, b, .. } | Op::Icmp { a, b, .. } | Op::Fcmp { a, b, .. } => {
                f(*a);
                f(*b)
            }
            Op::Load { ptr, .. } => f(*ptr),
            Op::Store { ptr, value, .. } => {
                f(*ptr);
                f(*value)
            }
            Op::PtrAdd { ptr, offset } => {
                f(*ptr);
                f(*offset)
            }
            Op::Call { args, .. } | Op::Closure { args, .. } => args.iter().copied().for_each(f),
            Op::CallVal { callee, args, .. } => {
                f(*callee);
                args.iter().copied().for_each(f)
            }
            Op::CallMethod {
                itab, recv, args, ..
            } => {
                f(*itab);
                f(*recv);
                args.iter().copied().for_each(f)
            }
        }
    }

    /// Rewrites every value this operation reads.
    pub fn map_args(&mut self, mut f: impl FnMut(Value) -> Value) {
        match self {
            Op::Iconst { .. }
            | Op::Fconst { .. }
            | Op::Nil
            | Op::Param { .. }
            | Op::ParamAddr { .. }
            | Op::SlotAddr { .. }
            | Op::Alloc { .. }
            | Op::FuncVal { .. }
            | Op::Context
            | Op::Itab { .. } => {}
            Op::Unary { arg, .. } | Op::Conv { arg, .. } => *arg = f(*arg),
            Op::Binary { a, b, .. } | Op::Icmp { a, b, .. } | Op::Fcmp { a, b, .. } => {
                *a = f(*a);
                *b = f(*b)
            }
            Op::Load { ptr, .. } => *ptr = f(*ptr),
            Op::Store { ptr, value, .. } => {
                *ptr = f(*ptr);
                *value = f(*value)
            }
            Op::PtrAdd { ptr, offset } => {
                *ptr = f(*ptr);
                *offset = f(*offset)
            }
            Op::Call { args, .. } | Op::Closure { args, .. } => {
                args.iter_mut().for_each(|a| *a = f(*a))
            }
            Op::CallVal { callee, args, .. } => {
                *callee = f(*callee);
                args.iter_mut().for_each(|a| *a = f(*a))
            }
            Op::CallMethod {
                itab, recv, args, ..
            } => {
                *itab = f(*itab);
                *recv = f(*recv);
                args.iter_mut().for_each(|a| *a = f(*a))
            }
        }
    }
}

impl Terminator {
    /// The blocks this terminator may go to, with their arguments.
    pub fn targets(&self) -> Vec<&BlockCall> {
        match self {
            Terminator::Jump(bc) => vec![bc],
            Terminator::Brif { then, els, .. } => vec![then, els],
            Terminator::Return(_) => Vec::new(),
        }
    }

    /// Rewrites every value and block this terminator names.
    pub fn map(
        &mut self,
        mut value: impl FnMut(Value) -> Value,
        mut block: impl FnMut(Block) -> Block,
    ) {
        let mut bc = |bc: &mut BlockCall, value: &mut dyn FnMut(Value) -> Value| {
            bc.block = block(bc.block);
            bc.args.iter_mut().for_each(|a| *a = value(*a));
        };
        match self {
            Terminator::Jump(b) => bc(b, &mut value),
            Terminator::Brif { cond, then, els } => {
                *cond = value(*cond);
                bc(then, &mut value);
                bc(els, &mut value);
            }
            Terminator::Return(vs) => vs.iter_mut().for_each(|v| *v = value(*v)),
        }
    }

    pub fn for_each_arg(&self, mut f: impl FnMut(Value)) {
        match self {
            Terminator::Jump(b) => b.args.iter().copied().for_each(f),
            Terminator::Brif { cond, then, els } => {
                f(*cond);
                then.args.iter().chain(&els.args).copied().for_each(f);
            }
            Terminator::Return(vs) => vs.iter().copied().for_each(f),
        }
    }
}

impl Function {
    /// Renumbers values in the order they are defined (block by block:
    /// parameters, then instruction results). The printer and parser use
    /// this order, so a canonical function prints and parses back to itself.
    pub fn canonicalize(&mut self) {
        let mut map: Vec<Option<Value>> = vec![None; self.value_types.len()];
        let mut types = Vec::with_capacity(self.value_types.len());
        let next = |v: Value, types: &mut Vec<Ty>, map: &mut Vec<Option<Value>>| {
            let new = Value(types.len() as u32);
            types.push(self.value_types[v.0 as usize]);
            map[v.0 as usize] = Some(new);
        };
        for b in &self.blocks {
            for p in &b.params {
                next(*p, &mut types, &mut map);
            }
            for i in &b.insts {
                for r in &i.results {
                    next(*r, &mut types, &mut map);
                }
            }
        }
        // Values used but never defined keep an index past the defined ones
        // (the verifier reports them).
        let mut remap = |v: Value| match map[v.0 as usize] {
            Some(n) => n,
            None => {
                let n = Value(types.len() as u32);
                types.push(self.value_types[v.0 as usize]);
                map[v.0 as usize] = Some(n);
                n
            }
        };
        for b in &mut self.blocks {
            b.params.iter_mut().for_each(|p| *p = remap(*p));
            for i in &mut b.insts {
                i.results.iter_mut().for_each(|r| *r = remap(*r));
                i.op.map_args(&mut remap);
            }
            b.term.map(&mut remap, |b| b);
        }
        self.source
            .renumber_values(types.len(), |v| map.get(v.0 as usize).copied().flatten());
        self.value_types = types;
    }
}
