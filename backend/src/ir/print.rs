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

fn list(values: &[Value]) -> String {
    values
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn block_call(bc: &BlockCall) -> String {
    if bc.args.is_empty() {
        bc.block.to_string()
    } else {
        format!("{}({})", bc.block, list(&bc.args))
    }
}

impl Display for Op {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Op::Iconst { ty, bits } => write!(f, "iconst.{ty} {}", signed(*ty, *bits)),
            Op::Fconst { ty, bits } => write!(f, "fconst.{ty} {}", float_text(*ty, *bits)),
            Op::Nil => write!(f, "nil"),
            Op::Param { index, leaf } => write!(f, "param {index}, {leaf}"),
            Op::ParamAddr { index } => write!(f, "paramaddr {index}"),
            Op::SlotAddr { slot } => write!(f, "slotaddr {slot}"),
            Op::Unary { op, ty, arg } => write!(f, "{}.{ty} {arg}", op.name()),
            Op::Binary { op, ty, a, b } => write!(f, "{}.{ty} {a}, {b}", op.name()),
            Op::Icmp { cc, ty, a, b } => write!(f, "{}.{ty} {a}, {b}", cc.name()),
            Op::Fcmp { cc, ty, a, b } => write!(f, "{}.{ty} {a}, {b}", cc.name()),
            Op::Conv { op, from, to, arg } => write!(f, "{}.{from}.{to} {arg}", op.name()),
            Op::Load { ty, ptr, offset } => write!(f, "load.{ty} {ptr}, {offset}"),
            Op::Store {
                ty,
                ptr,
                offset,
                value,
            } => write!(f, "store.{ty} {ptr}, {offset}, {value}"),
            Op::PtrAdd { ptr, offset } => write!(f, "ptradd {ptr}, {offset}"),
            Op::Alloc { ty } => write!(f, "alloc {}", ty.go_syntax()),
            Op::Call {
                callee,
                entry,
                args,
            } => {
                write!(f, "call {} {callee}({})", abi_word(*entry), list(args))
            }
        }
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
                if inst.results.is_empty() {
                    writeln!(f, "    {}", inst.op)?;
                } else {
                    writeln!(f, "    {} = {}", list(&inst.results), inst.op)?;
                }
            }
            match &b.term {
                Terminator::Jump(bc) => writeln!(f, "    jump {}", block_call(bc))?,
                Terminator::Brif { cond, then, els } => writeln!(
                    f,
                    "    brif {cond}, {}, {}",
                    block_call(then),
                    block_call(els)
                )?,
                Terminator::Return(vs) if vs.is_empty() => writeln!(f, "    ret")?,
                Terminator::Return(vs) => writeln!(f, "    ret {}", list(vs))?,
            }
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

impl Display for Module {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
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
