//! Printing types: as Go source (names kept, re-parseable) and exactly as
//! `cmd/compile` prints them in ABI dumps (`types/fmt.go`, `tconv2`).
//!
//! The printer writes to a [`Sink`]: a `String`, or a [`Counter`] that
//! measures the text without building it, memoising each distinct type.

use super::{Basic, ChanDir, FuncType, Kind, Param, Type};
use std::collections::HashMap;

/// Where printed text goes. `ty` prints a nested type, so that a sink can
/// short-cut types it has seen.
pub(super) trait Sink {
    fn push_str(&mut self, s: &str);
    fn push(&mut self, c: char);
    fn ty(&mut self, t: &Type, style: Style);
}

impl Sink for String {
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s)
    }
    fn push(&mut self, c: char) {
        String::push(self, c)
    }
    fn ty(&mut self, t: &Type, style: Style) {
        write_type(self, t, style)
    }
}

/// Counts bytes; each (type, style) is measured once.
#[derive(Default)]
pub(super) struct Counter {
    total: u64,
    memo: HashMap<(usize, Style), u64>,
}

impl Counter {
    pub(super) fn total(&self) -> u64 {
        self.total
    }
}

impl Sink for Counter {
    fn push_str(&mut self, s: &str) {
        self.total = self.total.saturating_add(s.len() as u64);
    }
    fn push(&mut self, c: char) {
        self.total = self.total.saturating_add(c.len_utf8() as u64);
    }
    fn ty(&mut self, t: &Type, style: Style) {
        let key = (t.id(), style);
        if let Some(&n) = self.memo.get(&key) {
            self.total = self.total.saturating_add(n);
            return;
        }
        let before = self.total;
        write_type(self, t, style);
        self.memo.insert(key, self.total - before);
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Style {
    /// Names where known; reads back through the parser.
    Source,
    /// As `cmd/compile` prints types in ABI dumps.
    Dump,
    /// As `cmd/compile` prints inside the signature of an unexported
    /// interface method (its `fmtTypeID` mode): `byte`, `rune` and `any`
    /// collapse to `uint8`, `int32` and `interface {}`.
    DumpTypeId,
}

pub(super) fn write_type<S: Sink>(s: &mut S, t: &Type, style: Style) {
    match t.kind() {
        Kind::Basic(b) => s.push_str(match (b, style) {
            (Basic::Byte, Style::DumpTypeId) => "uint8",
            (Basic::Rune, Style::DumpTypeId) => "int32",
            _ => b.name(),
        }),
        Kind::Pointer(e) => {
            s.push('*');
            s.ty(e, style);
        }
        Kind::Slice(e) => {
            s.push_str("[]");
            s.ty(e, style);
        }
        Kind::Array { len, elem } => {
            s.push('[');
            s.push_str(&len.to_string());
            s.push(']');
            s.ty(elem, style);
        }
        Kind::Struct(fields) => {
            // cmd/compile: "struct {" then " f;" ... then " }" ("struct {}" when empty).
            s.push_str("struct {");
            for (i, fld) in fields.iter().enumerate() {
                if i != 0 {
                    s.push(';');
                }
                s.push(' ');
                if let (Some(name), Style::Source) = (&fld.name, style) {
                    s.push_str(name);
                    s.push(' ');
                }
                s.ty(&fld.ty, style);
            }
            if !fields.is_empty() {
                s.push(' ');
            }
            s.push('}');
        }
        Kind::Interface(iface) => {
            match (iface.alias, style) {
                (Some("any"), Style::DumpTypeId) => {}
                (Some(alias), _) => {
                    s.push_str(alias);
                    return;
                }
                (None, _) => {}
            }
            if iface.methods.is_empty() {
                s.push_str("interface {}");
                return;
            }
            let mut style = style;
            s.push_str("interface {");
            for (i, m) in iface.methods.iter().enumerate() {
                if i != 0 {
                    s.push(';');
                }
                s.push(' ');
                // cmd/compile qualifies unexported method names with the
                // package (the ABI tests' package is `p`), and from there on
                // prints in its type-identity mode (fmt.go, case TINTER).
                if style != Style::Source && !m.name.starts_with(char::is_uppercase) {
                    s.push_str("p.");
                    style = Style::DumpTypeId;
                }
                s.push_str(&m.name);
                write_signature(s, &m.sig, style);
            }
            if !iface.methods.is_empty() {
                s.push(' ');
            }
            s.push('}');
        }
        Kind::Map { key, value } => {
            s.push_str("map[");
            s.ty(key, style);
            s.push(']');
            s.ty(value, style);
        }
        Kind::Chan { dir, elem } => {
            match dir {
                ChanDir::Both => s.push_str("chan "),
                ChanDir::Send => s.push_str("chan<- "),
                ChanDir::Recv => s.push_str("<-chan "),
            }
            // `chan (<-chan T)`: without the parentheses `chan <-chan T`
            // reads as `chan<- (chan T)` (fmt.go, case TCHAN).
            let paren = *dir == ChanDir::Both
                && matches!(
                    elem.kind(),
                    Kind::Chan {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            if paren {
                s.push('(');
            }
            s.ty(elem, style);
            if paren {
                s.push(')');
            }
        }
        Kind::Func(sig) => {
            s.push_str("func");
            write_signature(s, sig, style);
        }
    }
}

fn write_params<S: Sink>(s: &mut S, params: &[Param], variadic: bool, style: Style) {
    s.push('(');
    for (i, p) in params.iter().enumerate() {
        if i != 0 {
            s.push_str(", ");
        }
        if let (Some(name), Style::Source) = (&p.name, style) {
            s.push_str(name);
            s.push(' ');
        }
        match (variadic && i + 1 == params.len(), p.ty.kind()) {
            (true, Kind::Slice(elem)) => {
                s.push_str("...");
                s.ty(elem, style);
            }
            _ => s.ty(&p.ty, style),
        }
    }
    s.push(')');
}

pub(super) fn write_signature<S: Sink>(s: &mut S, sig: &FuncType, style: Style) {
    write_params(s, &sig.params, sig.variadic, style);
    match sig.results.as_slice() {
        [] => {}
        [one] if one.name.is_none() || style != Style::Source => {
            s.push(' ');
            s.ty(&one.ty, style);
        }
        results => {
            s.push(' ');
            write_params(s, results, false, style);
        }
    }
}
