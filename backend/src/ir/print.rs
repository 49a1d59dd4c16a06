//! Writes a module in the text form that [`super::parse_module`] reads.

use super::*;
use std::fmt::{self, Display, Formatter, Write as _};

impl Display for Value {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

impl Display for Block {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}

impl Display for Slot {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "s{}", self.0)
    }
}

impl Display for Ty {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `abi0` or `internal`, as written before `func`.
pub(super) fn abi_word(abi: Abi) -> &'static str {
    match abi {
        Abi::Abi0 => "abi0",
        Abi::Internal => "internal",
    }
}

/// An integer constant as a signed number of its width.
fn signed(ty: Ty, bits: u64) -> i64 {
    let shift = 64 - ty.bits();
    ((bits << shift) as i64) >> shift
}

/// A float constant: the shortest decimal that reads back to the same
/// bits, or the bits in hex for NaNs and infinities.
pub(super) fn float_text(ty: Ty, bits: u64) -> String {
    if ty == Ty::F32 {
        let x = f32::from_bits(bits as u32);
        if x.is_finite() {
            return format!("{x:?}");
        }
        format!("{:#010x}", bits as u32)
    } else {
        let x = f64::from_bits(bits);
        if x.is_finite() {
            return format!("{x:?}");
        }
        format!("{bits:#018x}")
    }
}

/// How values, blocks and slots are called when written.
trait Namer {
    fn value(&self, v: Value) -> String;
    fn block(&self, b: Block) -> String;
    fn slot(&self, s: Slot) -> String;
}

/// The printer's names: `v3`, `b1`, `s0`.
struct Numbers;

impl Namer for Numbers {
    fn value(&self, v: Value) -> String {
        v.to_string()
    }
    fn block(&self, b: Block) -> String {
        b.to_string()
    }
    fn slot(&self, s: Slot) -> String {
        s.to_string()
    }
}

/// The names a function's text gave, where it has them.
impl Namer for Function {
    fn value(&self, v: Value) -> String {
        self.value_name(v)
    }
    fn block(&self, b: Block) -> String {
        self.block_name(b)
    }
    fn slot(&self, s: Slot) -> String {
        self.slot_name(s)
    }
}

fn list(values: &[Value], n: &dyn Namer) -> String {
    values
        .iter()
        .map(|v| n.value(*v))
        .collect::<Vec<_>>()
        .join(", ")
}

fn block_call(bc: &BlockCall, n: &dyn Namer) -> String {
    if bc.args.is_empty() {
        n.block(bc.block)
    } else {
        format!("{}({})", n.block(bc.block), list(&bc.args, n))
    }
}

fn write_op(f: &mut dyn fmt::Write, op: &Op, n: &dyn Namer) -> fmt::Result {
    let v = |x: &Value| n.value(*x);
    match op {
        Op::Iconst { ty, bits } => write!(f, "iconst.{ty} {}", signed(*ty, *bits)),
        Op::Fconst { ty, bits } => write!(f, "fconst.{ty} {}", float_text(*ty, *bits)),
        Op::Nil => write!(f, "nil"),
        Op::Param { index, leaf } => write!(f, "param {index}, {leaf}"),
        Op::ParamAddr { index } => write!(f, "paramaddr {index}"),
        Op::SlotAddr { slot } => write!(f, "slotaddr {}", n.slot(*slot)),
        Op::Unary { op, ty, arg } => write!(f, "{}.{ty} {}", op.name(), v(arg)),
        Op::Binary { op, ty, a, b } => write!(f, "{}.{ty} {}, {}", op.name(), v(a), v(b)),
        Op::Icmp { cc, ty, a, b } => write!(f, "{}.{ty} {}, {}", cc.name(), v(a), v(b)),
        Op::Fcmp { cc, ty, a, b } => write!(f, "{}.{ty} {}, {}", cc.name(), v(a), v(b)),
        Op::Conv { op, from, to, arg } => write!(f, "{}.{from}.{to} {}", op.name(), v(arg)),
        Op::Load { ty, ptr, offset } => write!(f, "load.{ty} {}, {offset}", v(ptr)),
        Op::Store {
            ty,
            ptr,
            offset,
            value,
        } => write!(f, "store.{ty} {}, {offset}, {}", v(ptr), v(value)),
        Op::PtrAdd { ptr, offset } => write!(f, "ptradd {}, {}", v(ptr), v(offset)),
        Op::Alloc { ty } => write!(f, "alloc {}", ty.go_syntax()),
        Op::Call {
            callee,
            entry,
            args,
        } => write!(f, "call {} {callee}({})", abi_word(*entry), list(args, n)),
        Op::FuncVal { func } => write!(f, "funcval {func}"),
        Op::Closure { func, args } => write!(f, "closure {func}({})", list(args, n)),
        Op::Context => write!(f, "ctx"),
        Op::CallVal { sig, callee, args } => write!(
            f,
            "callval {}, {}({})",
            sig.go_syntax(),
            n.value(*callee),
            list(args, n)
        ),
        Op::Itab { methods } => write!(f, "itab {}", methods.join(", ")),
        Op::CallMethod {
            sig,
            itab,
            index,
            recv,
            args,
        } => write!(
            f,
            "callmethod {}, {}, {index}, {}({})",
            sig.go_syntax(),
            n.value(*itab),
            n.value(*recv),
            list(args, n)
        ),
    }
}

fn write_inst(f: &mut dyn fmt::Write, inst: &Inst, n: &dyn Namer) -> fmt::Result {
    if !inst.results.is_empty() {
        write!(f, "{} = ", list(&inst.results, n))?;
    }
    write_op(f, &inst.op, n)
}

fn write_term(f: &mut dyn fmt::Write, term: &Terminator, n: &dyn Namer) -> fmt::Result {
    match term {
        Terminator::Jump(bc) => write!(f, "jump {}", block_call(bc, n)),
        Terminator::Brif { cond, then, els } => write!(
            f,
            "brif {}, {}, {}",
            n.value(*cond),
            block_call(then, n),
            block_call(els, n)
        ),
        Terminator::Return(vs) if vs.is_empty() => write!(f, "ret"),
        Terminator::Return(vs) => write!(f, "ret {}", list(vs, n)),
    }
}

impl Display for Op {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write_op(f, self, &Numbers)
    }
}

impl Function {
    /// Statement `i` of block `b` (its terminator when `i` is the number of
    /// instructions), written with the names the function's text gave.
    pub fn stmt_text(&self, b: usize, i: usize) -> String {
        let mut out = String::new();
        let block = &self.blocks[b];
        let _ = match block.insts.get(i) {
            Some(inst) => write_inst(&mut out, inst, self),
            None => write_term(&mut out, &block.term, self),
        };
        out
    }
}

impl Display for Function {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.nosplit {
            f.write_str("nosplit ")?;
        }
        let sig = self.sig.go_syntax();
        writeln!(
            f,
            "{} func {}{} {{",
            abi_word(self.abi),
            self.name,
            sig.strip_prefix("func").unwrap_or(&sig)
        )?;
        if let Some(t) = &self.context {
            writeln!(f, "    context {}", t.go_syntax())?;
        }
        for (i, s) in self.slots.iter().enumerate() {
            match &s.ty {
                Some(t) => writeln!(f, "    slot s{i} {}", t.go_syntax())?,
                None => writeln!(f, "    slot s{i} {}, {}", s.size, s.align)?,
            }
        }
        for (i, b) in self.blocks.iter().enumerate() {
            let mut head = format!("b{i}");
            if !b.params.is_empty() {
                let ps: Vec<String> = b
                    .params
                    .iter()
                    .map(|p| format!("{p} {}", self.ty(*p)))
                    .collect();
                let _ = write!(head, "({})", ps.join(", "));
            }
            writeln!(f, "{head}:")?;
            for inst in &b.insts {
                f.write_str("    ")?;
                write_inst(f, inst, &Numbers)?;
                f.write_str("\n")?;
            }
            f.write_str("    ")?;
            write_term(f, &b.term, &Numbers)?;
            f.write_str("\n")?;
        }
        writeln!(f, "}}")
    }
}

impl Display for InputValue {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            InputValue::Int(i) => write!(f, "{i}"),
            InputValue::Float { bits } => {
                let x = f64::from_bits(*bits);
                if x.is_nan() {
                    write!(f, "nan")
                } else if x.is_infinite() {
                    write!(f, "{}inf", if x < 0.0 { "-" } else { "" })
                } else {
                    write!(f, "{x:?}")
                }
            }
            InputValue::Str(bytes) => write!(f, "{}", go_quote(bytes)),
            InputValue::Nil => write!(f, "nil"),
            InputValue::Composite(vs) => {
                let items: Vec<String> = vs.iter().map(|v| v.to_string()).collect();
                write!(f, "{{{}}}", items.join(", "))
            }
            InputValue::Addr(v) => write!(f, "&{v}"),
            InputValue::Iface { ty, value } => write!(f, "iface({ty}, {value})"),
            InputValue::New { ty, value } => write!(f, "new({ty}, {value})"),
            InputValue::FuncVal(func) => write!(f, "funcval {func}"),
        }
    }
}

/// A Go double-quoted string literal for `bytes`: valid UTF-8 as text,
/// anything else as `\xNN`.
fn go_quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 || c == '\u{7f}' => {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                }
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push('"');
    out
}

impl Display for Extern {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let sig = self.sig.go_syntax();
        writeln!(
            f,
            "extern {} func {}{}",
            abi_word(self.abi),
            self.name,
            sig.strip_prefix("func").unwrap_or(&sig)
        )
    }
}

impl Display for Module {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for e in &self.externs {
            write!(f, "{e}")?;
        }
        if !self.externs.is_empty() && !self.functions.is_empty() {
            writeln!(f)?;
        }
        for (i, func) in self.functions.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{func}")?;
        }
        if !self.runs.is_empty() {
            writeln!(f)?;
        }
        for r in &self.runs {
            let args: Vec<String> = r.args.iter().map(|a| a.to_string()).collect();
            writeln!(f, "run {}({})", r.func, args.join(", "))?;
        }
        Ok(())
    }
}
