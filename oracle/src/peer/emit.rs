//! IR to Go: a module's functions as Go source with the interpreter's
//! semantics (docs/peer.md says what becomes what).
//!
//! Two flavours share everything but the edges:
//! - [`Flavour::Peer`]: `internal` functions in Go; `abi0` functions and
//!   externs as Go declarations with placeholder assembly bodies that the
//!   loader binds to janus's (or the oracle's) definitions; calls through
//!   the other ABI's entry through assembly trampolines or Go's own
//!   ABIInternal wrappers, so that Go's linker makes Go's ABI wrappers.
//! - [`Flavour::Native`]: every function in Go, externs computing what
//!   `crate::externs::extern_results` computes, and a `main` that runs the
//!   run lines and prints canonical results ([`crate::peer::native`]).
//!
//! Values are Go variables of one type per machine type (`uintN` for
//! integers, so that wrapping and unsigned operations are Go's own, and
//! signed operations convert), all declared at the top of the function
//! because `goto` may not jump over a declaration. Whatever cannot be
//! expressed faithfully is an [`EmitError`], never silently wrong code.

use crate::model::{assign, ModelAbi, Shape};
use janus_backend::abi::Abi;
use janus_backend::ir::{
    itab_table, leaves, BinOp, ConvOp, Extern, FloatCC, Function, IntCC, Module, Op, Terminator,
    Ty, UnOp, Value, CLOSURE_CONTEXT_OFFSET, ITAB_FUN_OFFSET,
};
use janus_backend::types::{Basic, ChanDir, FuncType, Kind, Param, Type};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};

/// Which program the emitted source is part of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    /// Go code to run beside janus's in the emulator.
    Peer,
    /// A standalone program: everything in Go.
    Native,
}

/// A construct the emitter cannot express in Go with the interpreter's
/// semantics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmitError {
    /// The function (or extern, or `run` line) it is in.
    pub function: String,
    pub message: String,
}

impl fmt::Display for EmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot emit Go for {}: {}", self.function, self.message)
    }
}

impl std::error::Error for EmitError {}

/// The Go symbols one IR function (or extern) becomes, as the ELF symbol
/// table names them (Go 1.19: `main.NAME` is the ABIInternal symbol,
/// `main.NAME.abi0` the ABI0 one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncSymbols {
    /// The IR name.
    pub ir_name: String,
    /// The function's ABIInternal code: the Go function; for an `abi0`
    /// function or an extern (peer), Go's ABIInternal wrapper of the
    /// assembly declaration; for a closure function, the closure literal
    /// inside its maker (`main.m0mk_F.func1`). `None` where Go 1.19
    /// cannot link the wrapper (see [`WRAPPER_AREA_LIMIT`] and
    /// [`unlinkable_wrappers`]).
    pub internal: Option<String>,
    /// Its ABI0 code: Go's ABI0 wrapper of a Go function (made because a
    /// trampoline references it), or (peer) the assembly placeholder the
    /// loader binds. `None` for a closure function (called only through
    /// func values), natively without trampolines, and where Go 1.19
    /// cannot link the wrapper.
    pub abi0: Option<String>,
    /// Peer only: the placeholder's symbol, which the loader overwrites
    /// with a jump to janus's ABI0 definition (or the oracle's extern).
    pub placeholder: Option<String>,
    /// Peer only: the assembly trampoline `JMP ·F(SB)` through which Go
    /// code calls an `internal` function's ABI0 entry (ABI0 symbol).
    pub via_abi0: Option<String>,
    /// Peer only: the package variable holding F's func value, through
    /// which Go code calls an `abi0` function's (or extern's) ABIInternal
    /// entry, Go's ABIInternal wrapper.
    pub via_internal: Option<String>,
}

/// One module as Go: files to put in the package, and its symbols.
#[derive(Clone, Debug)]
pub struct EmittedModule {
    /// The Go identifier prefix of everything the module defines (`m3`).
    pub prefix: String,
    /// `m3.go`.
    pub go: String,
    /// `m3_amd64.s` (peer flavour; empty for native).
    pub asm: String,
    /// Functions, then externs, in module order.
    pub symbols: Vec<FuncSymbols>,
    /// Native flavour: which run lines `main` runs (the rest are skipped,
    /// see [`crate::peer::native`]), by index in `Module::runs`.
    pub runs: Vec<usize>,
}

/// Choices the emitter leaves to its caller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmitOptions {
    /// Native flavour: calls through an ABI0 entry (`call abi0 F`) go
    /// through an assembly trampoline to Go's ABI0 wrapper of F, as in the
    /// peer flavour, so that a native run exercises the trampolines and
    /// Go's ABI0 wrappers (the peer flavour always does this).
    pub native_abi0_trampolines: bool,
    /// Every function body is `panic(0)`: the probe package of
    /// `build::build_without_unlinkable_wrappers`. Go makes an ABI
    /// wrapper from its target's signature alone, so the probe's
    /// wrappers have the frames of the real package's, and Go's linker
    /// refuses the same ones, for a fraction of the compile.
    pub stub_bodies: bool,
}

/// The first line of an assembly file.
const TEXTFLAG: &str = "#include \"textflag.h\"\n\n";

/// The Go package's module name (go.mod).
pub const GO_MODULE: &str = "janus.peer/m";

/// go.mod of the emitted package.
pub fn go_mod() -> String {
    format!("module {GO_MODULE}\n\ngo 1.19\n")
}

/// The helpers every emitted file uses (one file per package).
pub const PRELUDE: &str = include_str!("emit/prelude.go");

/// The native program's runtime: the object registry and the printing of
/// canonical results (one file per native package).
pub const NATIVE_RUNTIME: &str = include_str!("emit/native.go");

/// The Go type of each machine type.
fn vty(t: Ty) -> &'static str {
    match t {
        Ty::I8 => "uint8",
        Ty::I16 => "uint16",
        Ty::I32 => "uint32",
        Ty::I64 => "uint64",
        Ty::F32 => "float32",
        Ty::F64 => "float64",
        Ty::Ptr => "unsafe.Pointer",
    }
}

/// The signed Go type of an integer machine type.
fn sty(t: Ty) -> &'static str {
    match t {
        Ty::I8 => "int8",
        Ty::I16 => "int16",
        Ty::I32 => "int32",
        _ => "int64",
    }
}

/// A Go type, with every struct field named `F<i>` (an IR field may be
/// embedded, blank or a keyword; names do not change layout or ABI) and
/// interface methods named `M<i>`.
pub fn go_type(t: &Type) -> Result<String, String> {
    let mut s = String::new();
    write_type(&mut s, t)?;
    Ok(s)
}

fn write_type(s: &mut String, t: &Type) -> Result<(), String> {
    match t.kind() {
        Kind::Basic(b) => s.push_str(b.name()),
        Kind::Pointer(e) => {
            s.push('*');
            write_type(s, e)?;
        }
        Kind::Slice(e) => {
            s.push_str("[]");
            write_type(s, e)?;
        }
        Kind::Array { len, elem } => {
            write!(s, "[{len}]").unwrap();
            write_type(s, elem)?;
        }
        Kind::Struct(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i != 0 {
                    s.push_str("; ");
                }
                write!(s, "F{i} ").unwrap();
                write_type(s, &f.ty)?;
            }
            s.push('}');
        }
        Kind::Interface(iface) => {
            s.push_str("interface{");
            for (i, m) in iface.methods.iter().enumerate() {
                if i != 0 {
                    s.push_str("; ");
                }
                write!(s, "M{i}").unwrap();
                write_sig(s, &m.sig)?;
            }
            s.push('}');
        }
        Kind::Map { key, value } => {
            if !key.comparable() {
                return Err(format!(
                    "map key type {key} is not comparable, which Go rejects"
                ));
            }
            s.push_str("map[");
            write_type(s, key)?;
            s.push(']');
            write_type(s, value)?;
        }
        Kind::Chan { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            // `chan (<-chan T)` needs the parentheses.
            let recv_elem = matches!(
                elem.kind(),
                Kind::Chan {
                    dir: ChanDir::Recv,
                    ..
                }
            );
            if recv_elem {
                s.push('(');
            }
            write_type(s, elem)?;
            if recv_elem {
                s.push(')');
            }
        }
        Kind::Func(sig) => {
            s.push_str("func");
            write_sig(s, sig)?;
        }
    }
    Ok(())
}

/// `(T0, T1) (R0, R1)`: a variadic `...T` is written `[]T`, which has the
/// same ABI.
fn write_sig(s: &mut String, sig: &FuncType) -> Result<(), String> {
    s.push('(');
    for (i, p) in sig.params.iter().enumerate() {
        if i != 0 {
            s.push_str(", ");
        }
        write_type(s, &p.ty)?;
    }
    s.push(')');
    if !sig.results.is_empty() {
        s.push_str(" (");
        for (i, p) in sig.results.iter().enumerate() {
            if i != 0 {
                s.push_str(", ");
            }
            write_type(s, &p.ty)?;
        }
        s.push(')');
    }
    Ok(())
}

fn func_type(sig: &FuncType) -> Result<String, String> {
    let mut s = String::from("func");
    write_sig(&mut s, sig)?;
    Ok(s)
}

/// Expressions reading every leaf of the Go value `base` (an addressable
/// expression of type `t`) as its machine type's Go type.
fn leaf_reads(t: &Type, base: &str, out: &mut Vec<String>) {
    let word = |b: &str| format!("*(*unsafe.Pointer)(unsafe.Pointer(&{b}))");
    match t.kind() {
        Kind::Basic(b) => match b {
            Basic::Bool => out.push(format!("jr_bbits({base})")),
            Basic::Float32 | Basic::Float64 => out.push(base.to_string()),
            Basic::Complex64 | Basic::Complex128 => {
                out.push(format!("real({base})"));
                out.push(format!("imag({base})"));
            }
            Basic::String => {
                out.push(word(base));
                out.push(format!("uint64(len({base}))"));
            }
            Basic::UnsafePointer => out.push(base.to_string()),
            _ => {
                let ty = leaves(t)[0].ty;
                out.push(format!("{}({base})", vty(ty)));
            }
        },
        Kind::Pointer(_) => out.push(format!("unsafe.Pointer({base})")),
        Kind::Map { .. } | Kind::Chan { .. } | Kind::Func(_) => out.push(word(base)),
        Kind::Slice(elem) => {
            // The data word without taking the slice's address (which
            // would keep it in memory): Go 1.17's slice to array pointer
            // conversion gives it, nil for a nil slice.
            match go_type(elem) {
                Ok(e) => out.push(format!("unsafe.Pointer((*[0]{e})({base}))")),
                Err(_) => out.push(word(base)),
            }
            out.push(format!("uint64(len({base}))"));
            out.push(format!("uint64(cap({base}))"));
        }
        Kind::Interface(_) => {
            for k in 0..2 {
                out.push(format!(
                    "(*[2]unsafe.Pointer)(unsafe.Pointer(&{base}))[{k}]"
                ));
            }
        }
        Kind::Array { len, elem } => {
            for i in 0..*len {
                leaf_reads(elem, &format!("{base}[{i}]"), out);
            }
        }
        Kind::Struct(fields) => {
            for (i, f) in fields.iter().enumerate() {
                leaf_reads(&f.ty, &format!("{base}.F{i}"), out);
            }
        }
    }
}

/// A Go expression of type `t` built from its leaves (expressions of the
/// machine types' Go types), taking them from `leaves` in order.
fn build(t: &Type, leaves: &mut dyn Iterator<Item = String>) -> Result<String, String> {
    let mut next = || leaves.next().ok_or("too few leaves".to_string());
    let gt = go_type(t)?;
    Ok(match t.kind() {
        Kind::Basic(b) => match b {
            // The byte as it is: a bool leaf other than 0 or 1 stays so.
            Basic::Bool => format!("jr_u2b({})", next()?),
            Basic::Float32 | Basic::Float64 | Basic::UnsafePointer => next()?,
            Basic::Complex64 | Basic::Complex128 => {
                let re = next()?;
                let im = next()?;
                format!("complex({re}, {im})")
            }
            Basic::String => {
                let p = next()?;
                let n = next()?;
                format!("*(*string)(unsafe.Pointer(&jr_strh{{{p}, int({n})}}))")
            }
            _ => format!("{gt}({})", next()?),
        },
        Kind::Pointer(_) => format!("({gt})({})", next()?),
        Kind::Map { .. } | Kind::Chan { .. } | Kind::Func(_) => {
            format!(
                "*(*{gt})(unsafe.Pointer(&[1]unsafe.Pointer{{{}}}))",
                next()?
            )
        }
        Kind::Slice(_) => {
            let p = next()?;
            let n = next()?;
            let c = next()?;
            format!("*(*{gt})(unsafe.Pointer(&jr_sliceh{{{p}, int({n}), int({c})}}))")
        }
        Kind::Interface(_) => {
            let a = next()?;
            let b = next()?;
            format!("*(*{gt})(unsafe.Pointer(&[2]unsafe.Pointer{{{a}, {b}}}))")
        }
        Kind::Array { len, elem } => {
            let mut parts = Vec::new();
            for _ in 0..*len {
                parts.push(build(elem, leaves)?);
            }
            format!("{gt}{{{}}}", parts.join(", "))
        }
        Kind::Struct(fields) => {
            let mut parts = Vec::new();
            for f in fields {
                parts.push(build(&f.ty, leaves)?);
            }
            format!("{gt}{{{}}}", parts.join(", "))
        }
    })
}

/// Go arguments for `params` from IR leaf values.
fn build_args(params: &[Param], leaves: &[String]) -> Result<String, String> {
    let mut it = leaves.iter().cloned();
    let mut out = Vec::new();
    for p in params {
        out.push(build(&p.ty, &mut it)?);
    }
    if it.next().is_some() {
        return Err("too many leaves".into());
    }
    Ok(out.join(", "))
}

/// The argument size of an ABI0 TEXT directive (`$0-N`): parameters,
/// then results, each list pointer-aligned, as the oracle's model lays
/// them out. This is the size cmd/compile gives Go's own ABI0 wrappers of
/// functions of the same type (`peer_argument_sizes_are_the_compilers` in
/// oracle/tests/peer_native.rs compares them); `go vet`'s asmdecl check
/// expects the end of the last result instead, which is not what the
/// compiler records.
fn abi0_arg_size(sig: &FuncType) -> u64 {
    let shapes = |ps: &[Param]| ps.iter().map(|p| Shape::of(&p.ty)).collect::<Vec<_>>();
    assign(&shapes(&sig.params), &shapes(&sig.results), ModelAbi::Abi0).spill_area_offset
}

/// The largest ABIInternal argument area (stack arguments, stack results
/// and the spill area) whose ABI0 wrapper Go 1.19 can link behind a
/// NOSPLIT|NOFRAME trampoline; the largest ABI0 argument area whose
/// ABIInternal wrapper it can link. Go marks every ABI wrapper NOSPLIT
/// (cmd/compile/internal/ssagen/abi.go, makeABIWrapper), the wrapper's
/// frame is that area plus 16 bytes, and the linker's nosplit limit is 792
/// bytes (measured with Go 1.19: [96]int64 links, [97]int64 does not).
pub const WRAPPER_AREA_LIMIT: (u64, u64) = (768, 776);

fn arg_area(sig: &FuncType, abi: ModelAbi) -> u64 {
    let shapes = |ps: &[Param]| ps.iter().map(|p| Shape::of(&p.ty)).collect::<Vec<_>>();
    let l = assign(&shapes(&sig.params), &shapes(&sig.results), abi);
    l.spill_area_offset + l.spill_area_size
}

/// Whether Go can link the ABI0 wrapper of the Go function `name`: not
/// if its ABIInternal argument area alone is over the limit, nor if a build
/// said so (`unlinkable`, from [`unlinkable_wrappers`]).
fn abi0_wrapper_links(
    name: &str,
    sig: &FuncType,
    unlinkable: &BTreeSet<String>,
) -> Result<(), String> {
    let a = arg_area(sig, ModelAbi::Internal);
    if a > WRAPPER_AREA_LIMIT.0 {
        return Err(format!(
            "Go 1.19 cannot link an ABI0 wrapper of it: its ABIInternal argument area is {a} bytes, and Go's ABI wrappers are NOSPLIT (at most {} bytes link)",
            WRAPPER_AREA_LIMIT.0
        ));
    }
    if unlinkable.contains(name) {
        return Err("Go 1.19 cannot link an ABI0 wrapper of it: Go's ABI wrappers are NOSPLIT, and the linker found its frame over the nosplit limit".into());
    }
    Ok(())
}

/// Whether Go can link the ABIInternal wrapper of the ABI0 (assembly)
/// declaration `name` (as [`abi0_wrapper_links`]).
fn internal_wrapper_links(
    name: &str,
    sig: &FuncType,
    unlinkable: &BTreeSet<String>,
) -> Result<(), String> {
    let a = arg_area(sig, ModelAbi::Abi0);
    if a > WRAPPER_AREA_LIMIT.1 {
        return Err(format!(
            "Go 1.19 cannot link an ABIInternal wrapper of its ABI0 declaration: its ABI0 argument area is {a} bytes, and Go's ABI wrappers are NOSPLIT (at most {} bytes link)",
            WRAPPER_AREA_LIMIT.1
        ));
    }
    if unlinkable.contains(name) {
        return Err("Go 1.19 cannot link an ABIInternal wrapper of its ABI0 declaration: Go's ABI wrappers are NOSPLIT, and the linker found its frame over the nosplit limit".into());
    }
    Ok(())
}

/// The functions of module `k` whose ABI wrappers Go's linker refused in
/// a failed build (its message names each root of a nosplit chain over
/// the limit: `main.m<k>abi0_F` for F's trampoline to its ABI0 wrapper,
/// `main.m<k>_F` for the ABI0 declaration whose ABIInternal wrapper it
/// is). The frame of a wrapper is Go's to choose (it may copy aggregates
/// to temporaries), so the area limit alone cannot tell; emit again
/// without these wrappers.
pub fn unlinkable_wrappers(go_message: &str) -> BTreeMap<usize, BTreeSet<String>> {
    let mut out: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for line in go_message.lines() {
        let Some(sym) = line.strip_suffix(": nosplit stack over 792 byte limit") else {
            continue;
        };
        let Some(rest) = sym.strip_prefix("main.m") else {
            continue;
        };
        let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        let Ok(k) = rest[..digits].parse::<usize>() else {
            continue;
        };
        let tail = &rest[digits..];
        let name = tail
            .strip_prefix("abi0_")
            .or_else(|| tail.strip_prefix('_'));
        if let Some(name) = name {
            out.entry(k).or_default().insert(name.to_string());
        }
    }
    out
}

/// A call of `name` with zero arguments (keeps an ABI0 function in the
/// binary without taking its func value, which would make Go build an
/// ABIInternal wrapper of it).
fn zero_call(name: &str, sig: &FuncType) -> Result<String, String> {
    let mut s = String::from("\t{\n");
    let mut args = Vec::new();
    for (i, p) in sig.params.iter().enumerate() {
        writeln!(s, "\t\tvar a{i} {}", go_type(&p.ty)?).unwrap();
        args.push(format!("a{i}"));
    }
    writeln!(s, "\t\t{name}({})\n\t}}", args.join(", ")).unwrap();
    Ok(s)
}

/// Go's description of a closure context: the context type's leaves as
/// fields `L<i>` of the machine types' Go types, with blank padding where
/// the context type has a gap, so the layout (and the pointer words) is
/// the context type's. Closures then capture one variable of this type,
/// by value, which Go lays out as `struct { F uintptr; c T }`: the IR's
/// `closure_type`.
fn context_struct(ctx: &Type) -> (String, Vec<(u64, Ty)>) {
    let ls = leaves(ctx);
    let mut s = String::from("struct{");
    let mut at = 0u64;
    for (i, l) in ls.iter().enumerate() {
        if l.offset > at {
            write!(s, "_ [{}]byte; ", l.offset - at).unwrap();
        }
        write!(s, "L{i} {}; ", vty(l.ty)).unwrap();
        at = l.offset + l.ty.bytes() as u64;
    }
    if ctx.size() > at {
        write!(s, "_ [{}]byte; ", ctx.size() - at).unwrap();
    }
    s.push('}');
    (s, ls.iter().map(|l| (l.offset, l.ty)).collect())
}

/// Go by-value captures only variables of at most this many bytes
/// (cmd/compile's closure capture rule); bigger ones are captured by
/// reference, which would not be the IR's closure layout.
const MAX_BYVAL_CAPTURE: u64 = 128;

/// Names of a module's Go symbols.
struct Names {
    p: String,
}

impl Names {
    fn func(&self, f: &str) -> String {
        format!("{}_{f}", self.p)
    }
    fn via_abi0(&self, f: &str) -> String {
        format!("{}abi0_{f}", self.p)
    }
    fn via_internal(&self, f: &str) -> String {
        format!("{}int_{f}", self.p)
    }
    fn maker(&self, f: &str) -> String {
        format!("{}mk_{f}", self.p)
    }
    fn ctx_type(&self, f: &str) -> String {
        format!("{}ctx_{f}", self.p)
    }
    fn itab(&self, k: usize) -> String {
        format!("{}itab_{k}", self.p)
    }
    fn run(&self, j: usize) -> String {
        format!("{}run_{j}", self.p)
    }
}

/// Emits module number `k` (its prefix is `m<k>`).
pub fn emit_module(m: &Module, k: usize, flavour: Flavour) -> Result<EmittedModule, EmitError> {
    let all: Vec<usize> = (0..m.runs.len()).collect();
    emit_module_runs(
        m,
        k,
        flavour,
        &all,
        EmitOptions::default(),
        &BTreeSet::new(),
    )
}

/// [`emit_module`] whose native `main` runs only the run lines `runs`.
pub fn emit_module_runs(
    m: &Module,
    k: usize,
    flavour: Flavour,
    runs: &[usize],
    options: EmitOptions,
    unlinkable: &BTreeSet<String>,
) -> Result<EmittedModule, EmitError> {
    let names = Names { p: format!("m{k}") };
    let itabs = itab_table(m);
    let mut go = String::new();
    let mut asm = String::new();
    let mut symbols = Vec::new();
    let mut keep = Keep::default();
    writeln!(
        go,
        "package main\n\nimport \"unsafe\"\n\nvar _ unsafe.Pointer\n"
    )
    .unwrap();
    let trampolines = flavour == Flavour::Peer || options.native_abi0_trampolines;
    if trampolines {
        asm.push_str(TEXTFLAG);
    }
    let err = |function: &str, message: String| EmitError {
        function: function.to_string(),
        message,
    };
    for f in &m.functions {
        let gname = names.func(&f.name);
        let sig_ty = func_type(&f.sig).map_err(|e| err(&f.name, e))?;
        if let Some(ctx) = &f.context {
            if ctx.size() > MAX_BYVAL_CAPTURE {
                return Err(err(
                    &f.name,
                    format!(
                        "its context type is {} bytes; Go captures variables over {MAX_BYVAL_CAPTURE} bytes by reference, so its closure would not have the IR's layout",
                        ctx.size()
                    ),
                ));
            }
            let (cs, _) = context_struct(ctx);
            writeln!(go, "type {} {cs}\n", names.ctx_type(&f.name)).unwrap();
            let body = FnEmitter::new(m, f, &names, flavour, options, unlinkable)
                .body()
                .map_err(|e| err(&f.name, e))?;
            let mk = names.maker(&f.name);
            writeln!(
                go,
                "//go:noinline\nfunc {mk}(c {}) {sig_ty} {{\n\treturn {}\n}}\n",
                names.ctx_type(&f.name),
                body.replacen("func ", "func", 1)
            )
            .unwrap();
            keep.values.push(mk.clone());
            symbols.push(FuncSymbols {
                ir_name: f.name.clone(),
                internal: Some(format!("main.{mk}.func1")),
                abi0: None,
                placeholder: None,
                via_abi0: None,
                via_internal: None,
            });
            continue;
        }
        let asm_bodied = flavour == Flavour::Peer && f.abi == Abi::Abi0;
        if asm_bodied {
            let s = asm_bodied_decl(
                &mut go, &mut asm, &mut keep, &names, &f.name, &f.sig, unlinkable,
            )
            .map_err(|e| err(&f.name, e))?;
            symbols.push(s);
            continue;
        }
        let body = FnEmitter::new(m, f, &names, flavour, options, unlinkable)
            .body()
            .map_err(|e| err(&f.name, e))?;
        writeln!(
            go,
            "//go:noinline\n{}\n",
            body.replacen("func ", &format!("func {gname}"), 1)
        )
        .unwrap();
        keep.values.push(gname.clone());
        let mut syms = FuncSymbols {
            ir_name: f.name.clone(),
            internal: Some(format!("main.{gname}")),
            abi0: None,
            placeholder: None,
            via_abi0: None,
            via_internal: None,
        };
        if trampolines && abi0_wrapper_links(&f.name, &f.sig, unlinkable).is_ok() {
            // A trampoline per internal function: Go code's ABI0 calls of
            // it go through it, and referencing F from assembly makes Go
            // emit F's ABI0 wrapper (which the oracle runs too). It is kept
            // by a call, not a func value, which would make Go build an
            // ABIInternal wrapper of the trampoline too.
            let t = names.via_abi0(&f.name);
            trampoline(&mut go, &mut asm, &t, &gname, &f.sig).map_err(|e| err(&f.name, e))?;
            keep.calls
                .push_str(&zero_call(&t, &f.sig).map_err(|e| err(&f.name, e))?);
            syms.abi0 = Some(format!("main.{gname}.abi0"));
            syms.via_abi0 = Some(format!("main.{t}.abi0"));
        }
        symbols.push(syms);
    }
    for x in &m.externs {
        let gname = names.func(&x.name);
        match flavour {
            Flavour::Peer => {
                // Go cannot declare an ABIInternal assembly function
                // outside the runtime: every extern is an ABI0
                // declaration; its ABIInternal entry is the wrapper Go
                // makes because its address is taken (`via_internal`).
                let s = asm_bodied_decl(
                    &mut go, &mut asm, &mut keep, &names, &x.name, &x.sig, unlinkable,
                )
                .map_err(|e| err(&x.name, e))?;
                symbols.push(s);
            }
            Flavour::Native => {
                let body = native_extern(x).map_err(|e| err(&x.name, e))?;
                writeln!(
                    go,
                    "//go:noinline\n{}\n",
                    body.replacen("func ", &format!("func {gname}"), 1)
                )
                .unwrap();
                let mut via_abi0 = None;
                if trampolines && abi0_wrapper_links(&x.name, &x.sig, unlinkable).is_ok() {
                    let t = names.via_abi0(&x.name);
                    trampoline(&mut go, &mut asm, &t, &gname, &x.sig)
                        .map_err(|e| err(&x.name, e))?;
                    via_abi0 = Some(format!("main.{t}.abi0"));
                }
                symbols.push(FuncSymbols {
                    ir_name: x.name.clone(),
                    internal: Some(format!("main.{gname}")),
                    abi0: via_abi0.as_ref().map(|_| format!("main.{gname}.abi0")),
                    placeholder: None,
                    via_abi0,
                    via_internal: None,
                });
            }
        }
    }
    // Static itabs: inter, _type, hash and padding zero, then the methods'
    // ABIInternal code pointers, filled in when the program starts (Go's
    // assembler may not name a Go function's ABIInternal symbol).
    for (i, methods) in itabs.iter().enumerate() {
        let words = ITAB_FUN_OFFSET / 8 + methods.len() as u64;
        writeln!(go, "var {} [{words}]uintptr\n", names.itab(i)).unwrap();
    }
    if flavour == Flavour::Peer {
        for methods in &itabs {
            for name in methods {
                if let Some(g) = m.function(name).filter(|g| g.abi == Abi::Abi0) {
                    internal_wrapper_links(name, &g.sig, unlinkable)
                        .map_err(|e| err(name, format!("as a method in an itab: {e}")))?;
                }
            }
        }
    }
    if !itabs.is_empty() {
        go.push_str("func init() {\n");
        for (i, methods) in itabs.iter().enumerate() {
            for (j, name) in methods.iter().enumerate() {
                writeln!(
                    go,
                    "\t{{\n\t\tf := {}\n\t\t{}[{}] = **(**uintptr)(unsafe.Pointer(&f))\n\t}}",
                    names.func(name),
                    names.itab(i),
                    ITAB_FUN_OFFSET / 8 + j as u64
                )
                .unwrap();
            }
        }
        go.push_str("}\n\n");
    }
    let mut included = Vec::new();
    match flavour {
        Flavour::Peer => {
            writeln!(
                go,
                "//go:noinline\nfunc {p}keepabi0() {{\n{}}}\n",
                keep.calls,
                p = names.p
            )
            .unwrap();
            keep.values.push(format!("{}keepabi0", names.p));
            writeln!(
                go,
                "var {}keep = []any{{{}}}\n",
                names.p,
                keep.values.join(", ")
            )
            .unwrap();
        }
        Flavour::Native => {
            native_tables(&mut go, m, &names, itabs.len());
            for &j in runs {
                if j >= m.runs.len() {
                    return Err(err("run", format!("no run line {j}")));
                }
                native_run(&mut go, m, &names, j).map_err(|e| err(&m.run_label(j), e))?;
                included.push(j);
            }
            writeln!(go, "var {}_runs = []func(){{", names.p).unwrap();
            for &j in &included {
                writeln!(go, "\t{},", names.run(j)).unwrap();
            }
            go.push_str("}\n");
        }
    }
    Ok(EmittedModule {
        prefix: names.p.clone(),
        go,
        asm,
        symbols,
        runs: included,
    })
}

/// What keeps a peer module's code in the binary (the linker drops what
/// nothing reaches): func values in `m<k>keep`, and calls in
/// `m<k>keepabi0` of what must not have its func value taken.
#[derive(Default)]
struct Keep {
    values: Vec<String>,
    calls: String,
}

/// The probe of module `k` (peer flavour, see `build::Bodies::Stubs`): only
/// what makes Go build the module's ABI wrappers, each reached as in the
/// full package. An `internal` function is `panic(0)` with its trampoline
/// (its ABI0 wrapper); an `abi0` function or extern is its declaration
/// and the variable holding its func value (its ABIInternal wrapper); an
/// assembly function `m<k>probe`, which `main` calls, calls every
/// trampoline and placeholder. The nosplit chains Go's linker checks
/// start at the trampolines and wrappers, as in the full package, so it
/// refuses the same wrappers, under the same names, at a fraction of the
/// compile (no bodies, no keep lists, no itabs or closures: none of those
/// makes a wrapper).
fn emit_probe_module(
    m: &Module,
    k: usize,
    unlinkable: &BTreeSet<String>,
) -> Result<EmittedModule, EmitError> {
    let names = Names { p: format!("m{k}") };
    let mut go = String::from("package main\n\nimport \"unsafe\"\n\nvar _ unsafe.Pointer\n\n");
    let mut asm = String::from(TEXTFLAG);
    let mut calls = String::new();
    let mut keep = Keep::default();
    let err = |function: &str, message: String| EmitError {
        function: function.to_string(),
        message,
    };
    let decls = m
        .functions
        .iter()
        .filter(|f| f.context.is_none())
        .map(|f| (&f.name, &f.sig, f.abi == Abi::Abi0))
        .chain(m.externs.iter().map(|x| (&x.name, &x.sig, true)));
    for (name, sig, asm_bodied) in decls {
        if asm_bodied {
            asm_bodied_decl(&mut go, &mut asm, &mut keep, &names, name, sig, unlinkable)
                .map_err(|e| err(name, e))?;
            writeln!(calls, "\tCALL ·{}(SB)", names.func(name)).unwrap();
        } else if abi0_wrapper_links(name, sig, unlinkable).is_ok() {
            let gname = names.func(name);
            let head = go_decl(&gname, sig).map_err(|e| err(name, e))?;
            writeln!(go, "//go:noinline\n{head} {{\n\tpanic(0)\n}}\n").unwrap();
            let t = names.via_abi0(name);
            trampoline(&mut go, &mut asm, &t, &gname, sig).map_err(|e| err(name, e))?;
            writeln!(calls, "\tCALL ·{t}(SB)").unwrap();
        }
    }
    writeln!(go, "func {}probe()\n", names.p).unwrap();
    writeln!(asm, "TEXT ·{}probe(SB), $0-0\n{calls}\tRET\n", names.p).unwrap();
    writeln!(
        go,
        "var {}keep = []any{{{}}}",
        names.p,
        keep.values.join(", ")
    )
    .unwrap();
    Ok(EmittedModule {
        prefix: names.p,
        go,
        asm,
        symbols: Vec::new(),
        runs: Vec::new(),
    })
}

/// Peer: an `abi0` function or an extern as an ABI0 declaration with a
/// placeholder body, and its ABIInternal entry (Go's wrapper, through a
/// func value in a variable) where Go can link that wrapper.
fn asm_bodied_decl(
    go: &mut String,
    asm: &mut String,
    keep: &mut Keep,
    names: &Names,
    name: &str,
    sig: &FuncType,
    unlinkable: &BTreeSet<String>,
) -> Result<FuncSymbols, String> {
    let gname = names.func(name);
    writeln!(go, "{}\n", go_decl(&gname, sig)?).unwrap();
    placeholder(asm, &gname, sig);
    let mut s = FuncSymbols {
        ir_name: name.to_string(),
        internal: None,
        abi0: Some(format!("main.{gname}.abi0")),
        placeholder: Some(format!("main.{gname}.abi0")),
        via_abi0: None,
        via_internal: None,
    };
    if internal_wrapper_links(name, sig, unlinkable).is_ok() {
        let v = names.via_internal(name);
        writeln!(go, "var {v} {} = {gname}\n", func_type(sig)?).unwrap();
        keep.values.push(format!("&{v}"));
        s.internal = Some(format!("main.{gname}"));
        s.via_internal = Some(format!("main.{v}"));
    } else {
        keep.calls.push_str(&zero_call(&gname, sig)?);
    }
    Ok(s)
}

/// `func NAME(T0, T1) (R0)`: a declaration whose body is assembly.
fn go_decl(name: &str, sig: &FuncType) -> Result<String, String> {
    let mut s = format!("func {name}");
    write_sig(&mut s, sig)?;
    Ok(s)
}

/// A Go declaration `t` whose assembly body jumps to the Go function
/// `target`: an ABI0 entry of it (Go makes `target`'s ABI0 wrapper, since
/// assembly references it).
fn trampoline(
    go: &mut String,
    asm: &mut String,
    t: &str,
    target: &str,
    sig: &FuncType,
) -> Result<(), String> {
    writeln!(go, "{}\n", go_decl(t, sig)?).unwrap();
    writeln!(
        asm,
        "TEXT ·{t}(SB), NOSPLIT|NOFRAME, $0-{}\n\tJMP ·{target}(SB)\n",
        abi0_arg_size(sig)
    )
    .unwrap();
    Ok(())
}

/// An ABI0 placeholder body: traps (`INT3`) until the loader overwrites
/// it with a jump; 16 bytes so that a jump fits.
fn placeholder(asm: &mut String, gname: &str, sig: &FuncType) {
    writeln!(
        asm,
        "TEXT ·{gname}(SB), NOSPLIT|NOFRAME, $0-{}",
        abi0_arg_size(sig)
    )
    .unwrap();
    for _ in 0..4 {
        asm.push_str("\tBYTE $0xCC; BYTE $0xCC; BYTE $0xCC; BYTE $0xCC\n");
    }
    asm.push('\n');
}

/// A function body in Go (`func(params) results { ... }`, without a name).
struct FnEmitter<'a> {
    m: &'a Module,
    f: &'a Function,
    names: &'a Names,
    flavour: Flavour,
    options: EmitOptions,
    unlinkable: &'a BTreeSet<String>,
    /// Declarations at the top: (name, Go type).
    decls: Vec<(String, String)>,
    code: String,
    /// Parameters whose address is taken: their leaves are read once on
    /// entry (a store through `paramaddr` changes the home, not `param`).
    addr_taken: Vec<bool>,
    /// Values that are `ctx` (only loads may use them).
    ctx_values: Vec<Value>,
    tmp: usize,
}

impl<'a> FnEmitter<'a> {
    fn new(
        m: &'a Module,
        f: &'a Function,
        names: &'a Names,
        flavour: Flavour,
        options: EmitOptions,
        unlinkable: &'a BTreeSet<String>,
    ) -> FnEmitter<'a> {
        FnEmitter {
            m,
            f,
            names,
            flavour,
            options,
            unlinkable,
            decls: Vec::new(),
            code: String::new(),
            addr_taken: vec![false; f.sig.params.len()],
            ctx_values: Vec::new(),
            tmp: 0,
        }
    }

    fn v(&self, v: Value) -> String {
        format!("v{}", v.0)
    }

    fn temp(&mut self, ty: String) -> String {
        let n = format!("t{}", self.tmp);
        self.tmp += 1;
        self.decls.push((n.clone(), ty));
        n
    }

    fn line(&mut self, s: &str) {
        self.code.push('\t');
        self.code.push_str(s);
        self.code.push('\n');
    }

    fn body(mut self) -> Result<String, String> {
        let f = self.f;
        for b in &f.blocks {
            for i in &b.insts {
                if let Op::ParamAddr { index } = i.op {
                    self.addr_taken[index as usize] = true;
                }
                if let Op::Context = i.op {
                    self.ctx_values.extend(i.results.iter().copied());
                }
            }
        }
        self.check_ctx_uses()?;
        // Values, except `ctx` (which has no Go variable).
        let mut defined = vec![false; f.value_types.len()];
        for b in &f.blocks {
            for p in &b.params {
                defined[p.0 as usize] = true;
            }
            for i in &b.insts {
                for r in &i.results {
                    defined[r.0 as usize] = true;
                }
            }
        }
        for (n, &d) in defined.iter().enumerate() {
            if d && !self.ctx_values.contains(&Value(n as u32)) {
                self.decls
                    .push((format!("v{n}"), vty(f.value_types[n]).to_string()));
            }
        }
        for (i, s) in f.slots.iter().enumerate() {
            let ty = match &s.ty {
                Some(t) => go_type(t)?,
                None => {
                    let unit = match s.align {
                        8 => "uint64",
                        4 => "uint32",
                        2 => "uint16",
                        _ => "byte",
                    };
                    // Raw bytes at the slot's alignment.
                    format!("struct{{ _ [0]{unit}; b [{}]byte }}", s.size)
                }
            };
            self.decls.push((format!("s{i}"), ty));
        }
        // Copies of address-taken parameters' leaves.
        let mut param_leaf_copy: BTreeMap<(u32, u32), String> = BTreeMap::new();
        for (i, p) in f.sig.params.iter().enumerate() {
            if !self.addr_taken[i] {
                continue;
            }
            let mut reads = Vec::new();
            leaf_reads(&p.ty, &format!("p{i}"), &mut reads);
            for (k, (r, l)) in reads.iter().zip(leaves(&p.ty)).enumerate() {
                let n = format!("q{i}_{k}");
                self.decls.push((n.clone(), vty(l.ty).to_string()));
                self.line(&format!("{n} = {r}"));
                param_leaf_copy.insert((i as u32, k as u32), n);
            }
        }
        // Blocks that are jumped to get labels.
        let mut targets = vec![false; f.blocks.len()];
        for b in &f.blocks {
            for t in b.term.targets() {
                targets[t.block.0 as usize] = true;
            }
        }
        for (bi, b) in f.blocks.iter().enumerate() {
            if targets[bi] {
                self.code.push_str(&format!("b{bi}:\n"));
            }
            for inst in &b.insts {
                self.inst(inst, &param_leaf_copy)?;
            }
            self.term(&b.term)?;
        }
        // Signature.
        let mut head = String::from("func (");
        for (i, p) in f.sig.params.iter().enumerate() {
            if i != 0 {
                head.push_str(", ");
            }
            write!(head, "p{i} {}", go_type(&p.ty)?).unwrap();
        }
        head.push(')');
        if !f.sig.results.is_empty() {
            let rs: Result<Vec<String>, String> =
                f.sig.results.iter().map(|r| go_type(&r.ty)).collect();
            write!(head, " ({})", rs?.join(", ")).unwrap();
        }
        let mut out = head;
        if self.options.stub_bodies {
            out.push_str(" {\n\tpanic(0)\n}");
            return Ok(out);
        }
        out.push_str(" {\n");
        // One declaration per type: Go's front end (parsing and type
        // checking, half of a peer build) spends a quarter less on a
        // function's hundreds of variables declared this way.
        let mut by_type: Vec<(&str, Vec<&str>)> = Vec::new();
        for (n, t) in &self.decls {
            match by_type.iter_mut().find(|(u, _)| u == t) {
                Some((_, ns)) => ns.push(n),
                None => by_type.push((t, vec![n])),
            }
        }
        for (t, ns) in &by_type {
            writeln!(out, "\tvar {} {t}", ns.join(", ")).unwrap();
        }
        if !self.decls.is_empty() {
            let names: Vec<&str> = self.decls.iter().map(|(n, _)| n.as_str()).collect();
            writeln!(
                out,
                "\t{} = {}",
                vec!["_"; names.len()].join(", "),
                names.join(", ")
            )
            .unwrap();
        }
        out.push_str(&self.code);
        out.push('}');
        Ok(out)
    }

    /// `ctx` may only be the pointer of loads of captured leaves: Go
    /// gives a closure body its captured variables, not the closure's
    /// address.
    fn check_ctx_uses(&self) -> Result<(), String> {
        if self.ctx_values.is_empty() {
            return Ok(());
        }
        let ctx_ty = self
            .f
            .context
            .as_ref()
            .ok_or("ctx outside a closure function")?;
        let (_, ls) = context_struct(ctx_ty);
        for b in &self.f.blocks {
            for i in &b.insts {
                if let Op::Load { ty, ptr, offset } = &i.op {
                    if self.ctx_values.contains(ptr) {
                        let at = *offset as i64 - CLOSURE_CONTEXT_OFFSET as i64;
                        if !ls.iter().any(|(o, t)| *o as i64 == at && t == ty) {
                            return Err(format!(
                                "load.{} ctx, {offset} does not read a captured leaf of the context {ctx_ty}",
                                ty.name()
                            ));
                        }
                        continue;
                    }
                }
                let mut bad = false;
                i.op.for_each_arg(|a| bad |= self.ctx_values.contains(&a));
                if bad {
                    return Err(format!(
                        "the closure context (ctx) is used by {:?}, not only loaded from: Go code cannot name a closure's own object",
                        opname(&i.op)
                    ));
                }
            }
            let mut bad = false;
            b.term.for_each_arg(|a| bad |= self.ctx_values.contains(&a));
            if bad {
                return Err("the closure context (ctx) is passed to a block or returned: Go code cannot name a closure's own object".into());
            }
        }
        Ok(())
    }

    fn inst(
        &mut self,
        inst: &janus_backend::ir::Inst,
        param_copy: &BTreeMap<(u32, u32), String>,
    ) -> Result<(), String> {
        let f = self.f;
        let r = |k: usize| format!("v{}", inst.results[k].0);
        match &inst.op {
            Op::Iconst { bits, .. } => self.line(&format!("{} = {bits:#x}", r(0))),
            Op::Fconst { ty, bits } => {
                let e = float_const(*ty, *bits);
                self.line(&format!("{} = {e}", r(0)));
            }
            Op::Nil => self.line(&format!("{} = nil", r(0))),
            Op::Param { index, leaf } => {
                let e = match param_copy.get(&(*index, *leaf)) {
                    Some(n) => n.clone(),
                    None => {
                        let mut reads = Vec::new();
                        leaf_reads(
                            &f.sig.params[*index as usize].ty,
                            &format!("p{index}"),
                            &mut reads,
                        );
                        reads
                            .get(*leaf as usize)
                            .cloned()
                            .ok_or("param leaf out of range")?
                    }
                };
                self.line(&format!("{} = {e}", r(0)));
            }
            Op::ParamAddr { index } => self.line(&format!("{} = unsafe.Pointer(&p{index})", r(0))),
            Op::SlotAddr { slot } => self.line(&format!("{} = unsafe.Pointer(&s{})", r(0), slot.0)),
            Op::Unary { op, arg, .. } => {
                let a = self.v(*arg);
                let e = match op {
                    UnOp::Neg | UnOp::FNeg => format!("-{a}"),
                    UnOp::Not => format!("^{a}"),
                };
                self.line(&format!("{} = {e}", r(0)));
            }
            Op::Binary { op, ty, a, b } => {
                let (x, y) = (self.v(*a), self.v(*b));
                let s = sty(*ty);
                let u = vty(*ty);
                let e = match op {
                    BinOp::Add | BinOp::FAdd => format!("{x} + {y}"),
                    BinOp::Sub | BinOp::FSub => format!("{x} - {y}"),
                    BinOp::Mul | BinOp::FMul => format!("{x} * {y}"),
                    BinOp::FDiv | BinOp::DivU => format!("{x} / {y}"),
                    BinOp::RemU => format!("{x} % {y}"),
                    BinOp::DivS => format!("{u}({s}({x}) / {s}({y}))"),
                    BinOp::RemS => format!("{u}({s}({x}) % {s}({y}))"),
                    BinOp::And => format!("{x} & {y}"),
                    BinOp::Or => format!("{x} | {y}"),
                    BinOp::Xor => format!("{x} ^ {y}"),
                    BinOp::AndNot => format!("{x} &^ {y}"),
                    // Counts are unsigned Go values: Go's shifts then give
                    // 0 (or the sign) for counts of the width or more, as
                    // the IR's do.
                    BinOp::Shl => format!("{x} << {y}"),
                    BinOp::ShrU => format!("{x} >> {y}"),
                    BinOp::ShrS => format!("{u}({s}({x}) >> {y})"),
                };
                self.line(&format!("{} = {e}", r(0)));
            }
            Op::Icmp { cc, ty, a, b } => {
                let (x, y) = (self.v(*a), self.v(*b));
                let s = sty(*ty);
                let e = match cc {
                    IntCC::Eq => format!("{x} == {y}"),
                    IntCC::Ne => format!("{x} != {y}"),
                    IntCC::Slt => format!("{s}({x}) < {s}({y})"),
                    IntCC::Sle => format!("{s}({x}) <= {s}({y})"),
                    IntCC::Sgt => format!("{s}({x}) > {s}({y})"),
                    IntCC::Sge => format!("{s}({x}) >= {s}({y})"),
                    IntCC::Ult => format!("{x} < {y}"),
                    IntCC::Ule => format!("{x} <= {y}"),
                    IntCC::Ugt => format!("{x} > {y}"),
                    IntCC::Uge => format!("{x} >= {y}"),
                };
                self.line(&format!("{} = jr_b2u({e})", r(0)));
            }
            Op::Fcmp { cc, a, b, .. } => {
                let (x, y) = (self.v(*a), self.v(*b));
                let o = match cc {
                    FloatCC::Eq => "==",
                    FloatCC::Ne => "!=",
                    FloatCC::Lt => "<",
                    FloatCC::Le => "<=",
                    FloatCC::Gt => ">",
                    FloatCC::Ge => ">=",
                };
                self.line(&format!("{} = jr_b2u({x} {o} {y})", r(0)));
            }
            Op::Conv { op, from, to, arg } => {
                let a = self.v(*arg);
                let tt = vty(*to);
                let e = match op {
                    ConvOp::Sext => format!("{tt}({}({a}))", sty(*from)),
                    // `ftoui` is Go's own conversion: docs/ir.md defines it
                    // as Go 1.19's.
                    ConvOp::Zext
                    | ConvOp::Trunc
                    | ConvOp::UIToF
                    | ConvOp::FConv
                    | ConvOp::FToUI => format!("{tt}({a})"),
                    ConvOp::SIToF => format!("{tt}({}({a}))", sty(*from)),
                    ConvOp::FToSI => format!("{tt}({}({a}))", sty(*to)),
                };
                self.line(&format!("{} = {e}", r(0)));
            }
            Op::Load { ty, ptr, offset } => {
                if self.ctx_values.contains(ptr) {
                    let ctx_ty = f.context.as_ref().ok_or("ctx outside a closure")?;
                    let (_, ls) = context_struct(ctx_ty);
                    let at = (*offset as i64 - CLOSURE_CONTEXT_OFFSET as i64) as u64;
                    let i = ls
                        .iter()
                        .position(|(o, t)| *o == at && t == ty)
                        .ok_or("load of ctx off a captured leaf")?;
                    self.line(&format!("{} = c.L{i}", r(0)));
                } else {
                    let p = addr(&self.v(*ptr), *offset);
                    self.line(&format!("{} = *(*{})({p})", r(0), vty(*ty)));
                }
            }
            Op::Store {
                ty,
                ptr,
                offset,
                value,
            } => {
                let p = addr(&self.v(*ptr), *offset);
                self.line(&format!("*(*{})({p}) = {}", vty(*ty), self.v(*value)));
            }
            Op::PtrAdd { ptr, offset } => {
                let e = format!("unsafe.Add({}, int64({}))", self.v(*ptr), self.v(*offset));
                self.line(&format!("{} = {e}", r(0)));
            }
            Op::Alloc { ty } => {
                let gt = go_type(ty)?;
                self.line(&format!("{} = unsafe.Pointer(new({gt}))", r(0)));
                if self.flavour == Flavour::Native {
                    self.line(&format!("jr_reg({}, {})", r(0), ty.size()));
                }
            }
            Op::Call {
                callee,
                entry,
                args,
            } => {
                let c = self.m.callee(callee).ok_or("call of an unknown function")?;
                let sig = c.sig();
                let target = self.call_target(callee, sig, c.abi(), *entry)?;
                let a: Vec<String> = args.iter().map(|v| self.v(*v)).collect();
                let call = format!("{target}({})", build_args(&sig.params, &a)?);
                self.results(&inst.results, &sig.results, &call)?;
            }
            Op::FuncVal { func } => {
                let g = self
                    .m
                    .function(func)
                    .ok_or("funcval of an unknown function")?;
                if self.flavour == Flavour::Peer && g.abi == Abi::Abi0 {
                    internal_wrapper_links(func, &g.sig, self.unlinkable)
                        .map_err(|e| format!("funcval {func}: {e}"))?;
                }
                let t = self.temp(func_type(&g.sig)?);
                self.line(&format!("{t} = {}", self.names.func(func)));
                self.line(&format!(
                    "{} = *(*unsafe.Pointer)(unsafe.Pointer(&{t}))",
                    r(0)
                ));
            }
            Op::Closure { func, args } => {
                let g = self
                    .m
                    .function(func)
                    .ok_or("closure of an unknown function")?;
                let ctx = g
                    .context
                    .as_ref()
                    .ok_or("closure of a function without context")?;
                let t = self.temp(func_type(&g.sig)?);
                let fields: Vec<String> = args
                    .iter()
                    .enumerate()
                    .map(|(i, v)| format!("L{i}: {}", self.v(*v)))
                    .collect();
                self.line(&format!(
                    "{t} = {}({}{{{}}})",
                    self.names.maker(func),
                    self.names.ctx_type(func),
                    fields.join(", ")
                ));
                self.line(&format!(
                    "{} = *(*unsafe.Pointer)(unsafe.Pointer(&{t}))",
                    r(0)
                ));
                if self.flavour == Flavour::Native {
                    let size = janus_backend::ir::closure_type(ctx).size();
                    self.line(&format!("jr_reg({}, {size})", r(0)));
                    // Go must have laid the closure out as the IR does:
                    // each captured leaf at 8 + its offset (compared as
                    // bits, so that NaNs compare too).
                    for (v, l) in args.iter().zip(leaves(ctx)) {
                        let bits = match l.ty {
                            Ty::F32 => "uint32",
                            Ty::F64 => "uint64",
                            t => vty(t),
                        };
                        self.line(&format!(
                            "if *(*{bits})(unsafe.Add({}, {})) != *(*{bits})(unsafe.Pointer(&{})) {{ panic(\"closure layout\") }}",
                            r(0),
                            CLOSURE_CONTEXT_OFFSET + l.offset,
                            self.v(*v)
                        ));
                    }
                }
            }
            Op::Context => {}
            Op::CallVal { sig, callee, args } => {
                let ft = func_type(sig)?;
                let a: Vec<String> = args.iter().map(|v| self.v(*v)).collect();
                let call = format!(
                    "(*(*{ft})(unsafe.Pointer(&{})))({})",
                    self.v(*callee),
                    build_args(&sig.params, &a)?
                );
                self.results(&inst.results, &sig.results, &call)?;
            }
            Op::Itab { methods } => {
                let k = itab_table(self.m)
                    .iter()
                    .position(|x| x == methods)
                    .ok_or("itab missing from the table")?;
                self.line(&format!(
                    "{} = unsafe.Pointer(&{})",
                    r(0),
                    self.names.itab(k)
                ));
            }
            Op::CallMethod {
                sig,
                itab,
                index,
                recv,
                args,
            } => {
                let full = janus_backend::ir::method_type(sig);
                let ft = func_type(&full)?;
                // A funcval of the method's code: a word holding it.
                let code = self.temp("uintptr".into());
                let fv = self.temp("unsafe.Pointer".into());
                self.line(&format!(
                    "{code} = *(*uintptr)(unsafe.Add({}, {}))",
                    self.v(*itab),
                    ITAB_FUN_OFFSET + 8 * *index as u64
                ));
                self.line(&format!("{fv} = unsafe.Pointer(&{code})"));
                let mut a = vec![self.v(*recv)];
                a.extend(args.iter().map(|v| self.v(*v)));
                let call = format!(
                    "(*(*{ft})(unsafe.Pointer(&{fv})))({})",
                    build_args(&full.params, &a)?
                );
                self.results(&inst.results, &sig.results, &call)?;
            }
        }
        Ok(())
    }

    /// What Go code calls for `call ENTRY callee`, or why Go cannot.
    fn call_target(
        &self,
        callee: &str,
        sig: &FuncType,
        def: Abi,
        entry: Abi,
    ) -> Result<String, String> {
        let why = |e: String| format!("call {} {callee}: {e}", entry_name(entry));
        if self.flavour == Flavour::Native {
            // Natively every function is Go's: ABI0 calls through a
            // trampoline to Go's ABI0 wrapper if asked (and Go can link
            // it), else direct.
            return Ok(match entry {
                Abi::Abi0
                    if self.options.native_abi0_trampolines
                        && abi0_wrapper_links(callee, sig, self.unlinkable).is_ok() =>
                {
                    self.names.via_abi0(callee)
                }
                _ => self.names.func(callee),
            });
        }
        let asm_bodied = self.m.extern_decl(callee).is_some() || def == Abi::Abi0;
        Ok(match (asm_bodied, entry) {
            // Every extern and abi0 function is an ABI0 declaration (see
            // emit_module): its ABI0 entry is the placeholder, its
            // ABIInternal entry Go's wrapper, reached through the func value.
            (true, Abi::Abi0) | (false, Abi::Internal) => self.names.func(callee),
            (true, Abi::Internal) => {
                internal_wrapper_links(callee, sig, self.unlinkable).map_err(why)?;
                self.names.via_internal(callee)
            }
            (false, Abi::Abi0) => {
                abi0_wrapper_links(callee, sig, self.unlinkable).map_err(why)?;
                self.names.via_abi0(callee)
            }
        })
    }

    /// Calls `call` and puts its results' leaves in `values`.
    fn results(&mut self, values: &[Value], results: &[Param], call: &str) -> Result<(), String> {
        if results.is_empty() {
            self.line(call);
            return Ok(());
        }
        let mut temps = Vec::new();
        for r in results {
            temps.push(self.temp(go_type(&r.ty)?));
        }
        self.line(&format!("{} = {call}", temps.join(", ")));
        let mut reads = Vec::new();
        for (t, r) in temps.iter().zip(results) {
            leaf_reads(&r.ty, t, &mut reads);
        }
        if reads.len() != values.len() {
            return Err("call results do not match the callee's leaves".into());
        }
        for (v, e) in values.iter().zip(reads) {
            self.line(&format!("v{} = {e}", v.0));
        }
        Ok(())
    }

    fn term(&mut self, t: &Terminator) -> Result<(), String> {
        match t {
            Terminator::Jump(bc) => self.jump(bc, ""),
            Terminator::Brif { cond, then, els } => {
                self.line(&format!("if {} != 0 {{", self.v(*cond)));
                self.jump(then, "\t");
                self.line("}");
                self.jump(els, "");
            }
            Terminator::Return(vs) => {
                let a: Vec<String> = vs.iter().map(|v| self.v(*v)).collect();
                let e = build_args(&self.f.sig.results, &a)?;
                if e.is_empty() {
                    self.line("return");
                } else {
                    self.line(&format!("return {e}"));
                }
            }
        }
        Ok(())
    }

    /// Block arguments assigned at once (Go's tuple assignment is
    /// parallel), then the jump.
    fn jump(&mut self, bc: &janus_backend::ir::BlockCall, indent: &str) {
        let params = &self.f.blocks[bc.block.0 as usize].params;
        if !params.is_empty() {
            let l: Vec<String> = params.iter().map(|v| self.v(*v)).collect();
            let r: Vec<String> = bc.args.iter().map(|v| self.v(*v)).collect();
            self.line(&format!("{indent}{} = {}", l.join(", "), r.join(", ")));
        }
        self.line(&format!("{indent}goto b{}", bc.block.0));
    }
}

fn entry_name(a: Abi) -> &'static str {
    match a {
        Abi::Abi0 => "abi0",
        Abi::Internal => "internal",
    }
}

fn opname(op: &Op) -> &'static str {
    match op {
        Op::Load { .. } => "load",
        Op::Store { .. } => "store",
        Op::PtrAdd { .. } => "ptradd",
        Op::Call { .. } => "call",
        Op::CallVal { .. } => "callval",
        Op::CallMethod { .. } => "callmethod",
        Op::Closure { .. } => "closure",
        Op::Icmp { .. } => "a comparison",
        _ => "an instruction",
    }
}

/// `p+offset` as an unsafe.Pointer expression.
fn addr(p: &str, offset: i32) -> String {
    if offset == 0 {
        p.to_string()
    } else {
        format!("unsafe.Add({p}, {offset})")
    }
}

/// A float constant: a decimal literal (Go rounds it correctly, and the
/// shortest round-trip decimal gives the same bits back), or the bits for
/// NaN, infinities and -0 (which Go constants cannot express).
fn float_const(ty: Ty, bits: u64) -> String {
    match ty {
        Ty::F32 => {
            let x = f32::from_bits(bits as u32);
            if x.is_finite() && !(x == 0.0 && x.is_sign_negative()) {
                format!("{x:?}")
            } else {
                format!("jr_f32({:#x})", bits as u32)
            }
        }
        _ => {
            let x = f64::from_bits(bits);
            if x.is_finite() && !(x == 0.0 && x.is_sign_negative()) {
                format!("{x:?}")
            } else {
                format!("jr_f64({bits:#x})")
            }
        }
    }
}

/// An extern, natively: what `crate::externs::extern_results` computes
/// from the argument leaves (the prelude's `jr_ext*` helpers port it).
fn native_extern(x: &Extern) -> Result<String, String> {
    let mut head = String::from("func (");
    let mut reads = Vec::new();
    for (i, p) in x.sig.params.iter().enumerate() {
        if i != 0 {
            head.push_str(", ");
        }
        write!(head, "p{i} {}", go_type(&p.ty)?).unwrap();
        leaf_reads(&p.ty, &format!("p{i}"), &mut reads);
    }
    head.push(')');
    if !x.sig.results.is_empty() {
        let rs: Result<Vec<String>, String> =
            x.sig.results.iter().map(|r| go_type(&r.ty)).collect();
        write!(head, " ({})", rs?.join(", ")).unwrap();
    }
    let arg_tys: Vec<Ty> = janus_backend::ir::list_leaves(&x.sig.params)
        .iter()
        .map(|l| l.ty)
        .collect();
    let res_tys: Vec<Ty> = janus_backend::ir::list_leaves(&x.sig.results)
        .iter()
        .map(|l| l.ty)
        .collect();
    let mut out = head;
    out.push_str(" {\n");
    writeln!(out, "\th := jr_ext_name({:?})", x.name).unwrap();
    let mut ptrs = Vec::new();
    for (k, (e, ty)) in reads.iter().zip(&arg_tys).enumerate() {
        let absorb = match ty {
            Ty::F32 => format!("jr_ext_f32({e})"),
            Ty::F64 => format!("jr_ext_f64({e})"),
            Ty::Ptr => {
                writeln!(out, "\ta{k} := {e}").unwrap();
                ptrs.push(format!("a{k}"));
                format!("jr_ext_ptr(a{k})")
            }
            _ => format!("uint64({e})"),
        };
        writeln!(out, "\th = jr_ext_absorb(h, {absorb})").unwrap();
    }
    writeln!(
        out,
        "\tptrs := []unsafe.Pointer{{{}}}\n\t_, _ = h, ptrs",
        ptrs.join(", ")
    )
    .unwrap();
    let mut rs = Vec::new();
    for (j, ty) in res_tys.iter().enumerate() {
        let e = match ty {
            Ty::Ptr => format!("jr_ext_rptr(h, {j}, ptrs)"),
            Ty::F64 => format!("jr_ext_rf64(h, {j})"),
            Ty::F32 => format!("jr_ext_rf32(h, {j})"),
            t => format!("{}(jr_ext_r(h, {j}))", vty(*t)),
        };
        writeln!(out, "\tr{j} := {e}").unwrap();
        rs.push(format!("r{j}"));
    }
    let e = build_args(&x.sig.results, &rs)?;
    if !e.is_empty() {
        writeln!(out, "\treturn {e}").unwrap();
    }
    out.push('}');
    Ok(out)
}

/// The native program's per-module tables: each function's static func
/// value (`&funcvalN` in results), and the itabs (`&itabK`).
fn native_tables(go: &mut String, m: &Module, names: &Names, itabs: usize) {
    writeln!(
        go,
        "var {}_funcvals [{}]unsafe.Pointer",
        names.p,
        m.functions.len()
    )
    .unwrap();
    let its: Vec<String> = (0..itabs)
        .map(|k| format!("unsafe.Pointer(&{})", names.itab(k)))
        .collect();
    writeln!(
        go,
        "var {}_itabs = []unsafe.Pointer{{{}}}\n",
        names.p,
        its.join(", ")
    )
    .unwrap();
    go.push_str("func init() {\n");
    for (i, f) in m.functions.iter().enumerate() {
        if f.context.is_some() {
            continue;
        }
        writeln!(
            go,
            "\t{{\n\t\tf := {}\n\t\t{}_funcvals[{i}] = *(*unsafe.Pointer)(unsafe.Pointer(&f))\n\t}}",
            names.func(&f.name),
            names.p
        )
        .unwrap();
    }
    go.push_str("}\n\n");
}

/// Run line `j` as a Go function: make the input objects as
/// `crate::inputs` describes them, call, print the canonical outcome
/// (see `emit/native.go`).
fn native_run(go: &mut String, m: &Module, names: &Names, j: usize) -> Result<(), String> {
    use crate::inputs::{materialize_in, LeafValue, Pointer};
    let r = &m.runs[j];
    let f = m
        .function(&r.func)
        .ok_or("run line of an unknown function")?;
    let types: Vec<Type> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
    let input = materialize_in(&m.functions, &types, &r.args).map_err(|e| e.to_string())?;
    writeln!(go, "func {}() {{", names.run(j)).unwrap();
    writeln!(
        go,
        "\tjr_begin({}, {j}, {}_funcvals[:], {}_itabs)",
        names.p.trim_start_matches('m'),
        names.p,
        names.p
    )
    .unwrap();
    let ptr = |p: &Pointer| -> String {
        match p {
            Pointer::Nil => "nil".into(),
            Pointer::Obj { obj, offset } => format!("unsafe.Add(o{}, {offset})", obj.0),
            Pointer::Func { func } => format!("{}_funcvals[{func}]", names.p),
            Pointer::Itab { itab } => format!("{}_itabs[{itab}]", names.p),
        }
    };
    for (i, o) in input.objects.iter().enumerate() {
        // A Go type with the object's size and pointer words.
        let mut t = String::from("struct{");
        let mut at = 0u64;
        while at < o.size {
            if o.ptr_words.contains(&at) {
                write!(t, "P{at} unsafe.Pointer; ").unwrap();
                at += 8;
            } else if at.is_multiple_of(8) && at + 8 <= o.size && o.align >= 8 {
                write!(t, "W{at} uint64; ").unwrap();
                at += 8;
            } else {
                write!(t, "B{at} byte; ").unwrap();
                at += 1;
            }
        }
        t.push('}');
        if o.size == 0 {
            // Go gives every zero-size allocation one address; the
            // interpreter's input objects are distinct, so these get a
            // byte of their own (nothing reads it).
            writeln!(go, "\to{i} := unsafe.Pointer(new([1]byte))").unwrap();
        } else {
            writeln!(go, "\to{i} := unsafe.Pointer(new({t}))").unwrap();
        }
        writeln!(go, "\tjr_reg(o{i}, {})", o.size).unwrap();
    }
    for (i, o) in input.objects.iter().enumerate() {
        if o.bytes.iter().any(|b| *b != 0) {
            writeln!(go, "\tjr_fill(o{i}, {})", go_bytes(&o.bytes)).unwrap();
        }
        for (off, p) in &o.pointers {
            writeln!(
                go,
                "\t*(*unsafe.Pointer)(unsafe.Add(o{i}, {off})) = {}",
                ptr(p)
            )
            .unwrap();
        }
    }
    let mut args = Vec::new();
    for (k, l) in input.leaves.iter().enumerate() {
        let e = match l {
            LeafValue::Int { ty, bits } => format!("{}({bits:#x})", vty(*ty)),
            LeafValue::Float { ty: Ty::F32, bits } => format!("jr_f32({bits:#x})"),
            LeafValue::Float { bits, .. } => format!("jr_f64({bits:#x})"),
            LeafValue::Ptr(p) => ptr(p),
        };
        writeln!(go, "\tvar a{k} {} = {e}", vty(l.ty())).unwrap();
        args.push(format!("a{k}"));
    }
    let call = format!(
        "{}({})",
        names.func(&f.name),
        build_args(&f.sig.params, &args)?
    );
    if f.sig.results.is_empty() {
        writeln!(go, "\t{call}").unwrap();
    } else {
        let rs: Vec<String> = (0..f.sig.results.len()).map(|i| format!("r{i}")).collect();
        writeln!(go, "\t{} := {call}", rs.join(", ")).unwrap();
        // Zero-size results have no leaves, and Go wants every variable used.
        writeln!(
            go,
            "\t{} = {}",
            vec!["_"; rs.len()].join(", "),
            rs.join(", ")
        )
        .unwrap();
        let mut reads = Vec::new();
        for (i, p) in f.sig.results.iter().enumerate() {
            leaf_reads(&p.ty, &format!("r{i}"), &mut reads);
        }
        let tys: Vec<Ty> = janus_backend::ir::list_leaves(&f.sig.results)
            .iter()
            .map(|l| l.ty)
            .collect();
        for (e, ty) in reads.iter().zip(tys) {
            let put = match ty {
                Ty::Ptr => format!("jr_put_ptr({e})"),
                Ty::F32 => format!("jr_put_f32({e})"),
                Ty::F64 => format!("jr_put_f64({e})"),
                t => format!("jr_put_int({:?}, uint64({e}))", t.name()),
            };
            writeln!(go, "\t{put}").unwrap();
        }
    }
    for (i, o) in input.objects.iter().enumerate() {
        let words: Vec<String> = o.ptr_words.iter().map(|w| w.to_string()).collect();
        writeln!(
            go,
            "\tjr_put_obj({i}, o{i}, {}, []uintptr{{{}}})",
            o.size,
            words.join(", ")
        )
        .unwrap();
    }
    go.push_str("}\n\n");
    Ok(())
}

/// Bytes as a Go string literal.
fn go_bytes(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for x in b {
        write!(s, "\\x{x:02x}").unwrap();
    }
    s.push('"');
    s
}

/// The native program's `main.go`: runs every module's run lines in order
/// (one line of output per run line; `emit/native.go`).
pub fn native_main(prefixes: &[String]) -> String {
    let mut s = String::from("package main\n\nfunc main() {\n");
    for p in prefixes {
        writeln!(s, "\tfor _, r := range {p}_runs {{\n\t\tjr_run(r)\n\t}}").unwrap();
    }
    s.push_str("\tjr_flush()\n}\n");
    s
}

/// The peer program of `modules` (module `k` gets prefix `m<k>`): its
/// files, and per module the emitted module or why it could not be.
/// `unlinkable` names functions whose ABI wrappers Go cannot link
/// (`build::build_without_unlinkable_wrappers` finds them).
pub fn peer_program(
    modules: &[&Module],
    unlinkable: &crate::peer::build::Unlinkable,
) -> (
    Vec<crate::peer::build::GoFile>,
    Vec<Result<EmittedModule, EmitError>>,
) {
    peer_program_for(modules, unlinkable, crate::peer::build::Bodies::Full)
}

/// [`peer_program`], or its probe (`build::Bodies`).
pub fn peer_program_for(
    modules: &[&Module],
    unlinkable: &crate::peer::build::Unlinkable,
    bodies: crate::peer::build::Bodies,
) -> (
    Vec<crate::peer::build::GoFile>,
    Vec<Result<EmittedModule, EmitError>>,
) {
    use crate::peer::build::GoFile;
    let mut files = vec![
        GoFile {
            name: "go.mod".into(),
            text: go_mod(),
        },
        GoFile {
            name: "jr_prelude.go".into(),
            text: PRELUDE.into(),
        },
    ];
    let probe = bodies == crate::peer::build::Bodies::Stubs;
    let mut emitted = Vec::new();
    let mut prefixes = Vec::new();
    let mut asm = String::from(TEXTFLAG);
    let none = BTreeSet::new();
    for (k, m) in modules.iter().enumerate() {
        let all: Vec<usize> = (0..m.runs.len()).collect();
        let unlinkable = unlinkable.get(&k).unwrap_or(&none);
        let e = if probe {
            emit_probe_module(m, k, unlinkable)
        } else {
            emit_module_runs(
                m,
                k,
                Flavour::Peer,
                &all,
                EmitOptions::default(),
                unlinkable,
            )
        };
        if let Ok(e) = &e {
            files.push(GoFile {
                name: format!("{}.go", e.prefix),
                text: e.go.clone(),
            });
            asm.push_str(e.asm.strip_prefix(TEXTFLAG).unwrap_or(&e.asm));
            prefixes.push(e.prefix.clone());
        }
        emitted.push(e);
    }
    let mut main = peer_main(&prefixes);
    if probe {
        // The probe's modules are reached through their `probe` functions.
        let calls: String = prefixes.iter().map(|p| format!("\t{p}probe()\n")).collect();
        main = main.replacen("func main() {\n", &format!("func main() {{\n{calls}"), 1);
    }
    files.push(GoFile {
        name: "main.go".into(),
        text: main,
    });
    // All modules' assembly in one file: `go build` runs the assembler
    // once per file, a process each.
    files.push(GoFile {
        name: "jr_amd64.s".into(),
        text: asm,
    });
    (files, emitted)
}

/// The peer program's `main.go`: keeps every module's functions in the
/// binary (the linker drops what nothing reaches) and does nothing.
pub fn peer_main(prefixes: &[String]) -> String {
    // (With no module emitted, `runtime` would be imported and not used.)
    let mut s = String::from(
        "package main\n\nimport \"runtime\"\n\nvar _ = runtime.KeepAlive\n\nfunc main() {\n",
    );
    for p in prefixes {
        writeln!(s, "\truntime.KeepAlive({p}keep)").unwrap();
    }
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use janus_backend::ir::{parse_module, verify_module};

    fn module(src: &str) -> Module {
        let m = parse_module(src).unwrap_or_else(|e| panic!("{e}"));
        verify_module(&m).unwrap_or_else(|e| panic!("{e}"));
        m
    }

    const CALLS: &str = "
extern internal func xi(a int64) int64
extern abi0 func xa(a int64) int64
abi0 func g(a int64, b int8) (int64, int8) {
b0:
    a = param 0, 0
    b = param 1, 0
    ret a, b
}
internal func h(a int64) int64 {
b0:
    a = param 0, 0
    ret a
}
internal func f(a int64) int64 {
b0:
    a = param 0, 0
    b = iconst.i8 1
    c, d = call internal g(a, b)
    e = call abi0 h(c)
    k = call internal xi(e)
    l = call abi0 xi(k)
    n = call internal xa(l)
    o = call abi0 xa(n)
    ret o
}
run f(1)
";

    /// Each call goes through the entry the IR names: Go's direct call,
    /// an assembly trampoline to Go's ABI0 wrapper, or the func value of
    /// an ABI0 declaration (Go's ABIInternal wrapper).
    #[test]
    fn peer_calls_go_through_the_named_entry() {
        let e = emit_module(&module(CALLS), 0, Flavour::Peer).unwrap();
        for want in [
            "= m0int_g(",  // internal entry of an abi0 function
            "= m0abi0_h(", // abi0 entry of an internal function
            "= m0int_xi(", // internal entry of an extern
            "= m0_xi(",    // abi0 entry of an extern: the placeholder
            "= m0int_xa(",
            "= m0_xa(",
        ] {
            assert!(e.go.contains(want), "no {want} in\n{}", e.go);
        }
        // g's placeholder: ABI0 arguments int64, int8 (8+1, rounded to
        // 16), then results int64, int8 (8+1, rounded to 32).
        assert!(
            e.asm.contains("TEXT ·m0_g(SB), NOSPLIT|NOFRAME, $0-32\n"),
            "{}",
            e.asm
        );
        assert!(e
            .asm
            .contains("TEXT ·m0abi0_h(SB), NOSPLIT|NOFRAME, $0-16\n\tJMP ·m0_h(SB)"));
        let g = e.symbols.iter().find(|s| s.ir_name == "g").unwrap();
        assert_eq!(g.placeholder.as_deref(), Some("main.m0_g.abi0"));
        assert_eq!(g.internal.as_deref(), Some("main.m0_g"));
        let h = e.symbols.iter().find(|s| s.ir_name == "h").unwrap();
        assert_eq!(h.abi0.as_deref(), Some("main.m0_h.abi0"));
        assert_eq!(h.via_abi0.as_deref(), Some("main.m0abi0_h.abi0"));
    }

    /// Natively every function is Go's, called directly.
    #[test]
    fn native_calls_are_direct() {
        let e = emit_module(&module(CALLS), 0, Flavour::Native).unwrap();
        assert!(e.asm.is_empty());
        assert!(
            !e.go.contains("m0int_") && !e.go.contains("m0abi0_"),
            "{}",
            e.go
        );
        assert!(e.go.contains("func m0_xi(p0 int64) (int64) {"), "{}", e.go);
    }

    #[test]
    fn a_closure_context_used_otherwise_than_loaded_is_an_error() {
        let m = module(
            "
internal func c(x int64) int64 {
    context struct { k int64 }
b0:
    c = ctx
    k = load.i64 c, 8
    store.i64 c, 8, k
    ret k
}
internal func mk(k int64) func(int64) int64 {
b0:
    k = param 0, 0
    f = closure c(k)
    ret f
}
",
        );
        let e = emit_module(&m, 0, Flavour::Native).unwrap_err();
        assert_eq!(e.function, "c");
        assert!(e.message.contains("not only loaded from"), "{e}");
    }

    #[test]
    fn a_closure_context_go_would_capture_by_reference_is_an_error() {
        let m = module(
            "
internal func c(x int64) int64 {
    context struct { k [17]int64 }
b0:
    c = ctx
    k = load.i64 c, 8
    ret k
}
",
        );
        let e = emit_module(&m, 0, Flavour::Peer).unwrap_err();
        assert!(e.message.contains("136 bytes"), "{e}");
    }

    #[test]
    fn float_constants_keep_their_bits() {
        assert_eq!(float_const(Ty::F64, 1.5f64.to_bits()), "1.5");
        assert_eq!(
            float_const(Ty::F64, (-0.0f64).to_bits()),
            "jr_f64(0x8000000000000000)"
        );
        assert_eq!(float_const(Ty::F32, 0.1f32.to_bits() as u64), "0.1");
        assert_eq!(
            float_const(Ty::F32, f32::NAN.to_bits() as u64),
            "jr_f32(0x7fc00000)"
        );
    }
}
