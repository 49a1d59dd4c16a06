//! The oracle's own model of the Go amd64 ABIs, written from the notes in
//! `shared/ABI.md` (Go's abi-internal.md restated) and sharing no code with
//! the backend's assignment: it computes layouts itself and assigns by
//! first flattening a value into its register components, then laying out
//! the stack sequence S exactly as the spec describes it. The oracle uses it
//! to place arguments and read results, so a bug in the backend's ABI code
//! cannot hide behind the same bug here.
//!
//! The only things taken from the backend are the *structure* of a type (its
//! kind and elements) and the name of the convention an entry uses;
//! sizes, alignments, offsets and the registers of each convention
//! ([`ModelAbi`]) are the model's own.

use janus_backend::types::{Basic, Kind, Type};

/// A value's shape, reduced to what the ABI cares about.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// bool and every integer width (bytes), signed or not.
    Int {
        bytes: u64,
    },
    /// float32 (4) or float64 (8).
    Float {
        bytes: u64,
    },
    /// complex64 (8) or complex128 (16): two floats of half the size.
    Complex {
        bytes: u64,
    },
    /// Anything that is one pointer word: pointers, unsafe.Pointer, map, chan, func.
    Ptr,
    /// (data pointer, length)
    Str,
    /// (data pointer, length, capacity)
    Slice,
    /// (type or itab word, data word)
    Iface,
    Array {
        len: u64,
        elem: Box<Shape>,
    },
    Struct(Vec<Shape>),
}

impl Shape {
    /// The shape of a backend type, from its structure only.
    pub fn of(t: &Type) -> Shape {
        match t.kind() {
            Kind::Basic(b) => match b {
                Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::Byte => Shape::Int { bytes: 1 },
                Basic::Int16 | Basic::Uint16 => Shape::Int { bytes: 2 },
                Basic::Int32 | Basic::Uint32 | Basic::Rune => Shape::Int { bytes: 4 },
                Basic::Int64 | Basic::Uint64 | Basic::Int | Basic::Uint | Basic::Uintptr => {
                    Shape::Int { bytes: 8 }
                }
                Basic::Float32 => Shape::Float { bytes: 4 },
                Basic::Float64 => Shape::Float { bytes: 8 },
                Basic::Complex64 => Shape::Complex { bytes: 8 },
                Basic::Complex128 => Shape::Complex { bytes: 16 },
                Basic::String => Shape::Str,
                Basic::UnsafePointer => Shape::Ptr,
            },
            Kind::Pointer(_) | Kind::Map { .. } | Kind::Chan { .. } | Kind::Func(_) => Shape::Ptr,
            Kind::Slice(_) => Shape::Slice,
            Kind::Interface(_) => Shape::Iface,
            Kind::Array { len, elem } => Shape::Array {
                len: *len,
                elem: Box::new(Shape::of(elem)),
            },
            Kind::Struct(fields) => {
                Shape::Struct(fields.iter().map(|f| Shape::of(&f.ty)).collect())
            }
        }
    }

    /// (size, alignment) per the layout table of ABI.md.
    pub fn size_align(&self) -> (u64, u64) {
        match self {
            Shape::Int { bytes } | Shape::Float { bytes } => (*bytes, *bytes),
            Shape::Complex { bytes } => (*bytes, bytes / 2),
            Shape::Ptr => (8, 8),
            Shape::Str | Shape::Iface => (16, 8),
            Shape::Slice => (24, 8),
            Shape::Array { len, elem } => {
                let (s, a) = elem.size_align();
                (s.saturating_mul(*len), a)
            }
            Shape::Struct(fields) => {
                let offsets = struct_offsets(fields);
                (offsets.size, offsets.align)
            }
        }
    }

    pub fn size(&self) -> u64 {
        self.size_align().0
    }
}

/// The field offsets, size and alignment of a struct.
pub struct StructLayout {
    pub offsets: Vec<u64>,
    pub size: u64,
    pub align: u64,
}

/// "A struct is its fields in order, each at the next offset aligned to the
/// field's alignment; its alignment is the largest field alignment (1 when
/// empty); its size is rounded up to its alignment. If the last field has
/// size 0 and some earlier field does not, one padding byte is added after
/// it before rounding."
pub fn struct_offsets(fields: &[Shape]) -> StructLayout {
    let mut offsets = Vec::with_capacity(fields.len());
    let mut end = 0u64;
    let mut align = 1u64;
    for f in fields {
        let (s, a) = f.size_align();
        let at = align_up(end, a);
        offsets.push(at);
        end = at.saturating_add(s);
        align = align.max(a);
    }
    if let Some(last) = fields.last() {
        // The padding byte: only when the struct ends *at* a zero-size field
        // and something before it had size.
        if last.size() == 0 && end > 0 && offsets.last() == Some(&end) {
            end += 1;
        }
    }
    StructLayout {
        offsets,
        size: align_up(end, align),
        align,
    }
}

fn align_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a).saturating_mul(a)
}

/// A register class of the ABI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegClass {
    Int,
    Float,
}

/// One register-sized component of a value: its class, byte offset within
/// the value and size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Component {
    pub class: RegClass,
    pub offset: u64,
    pub bytes: u64,
    /// Holds a pointer ("pointer words: pointers, unsafe.Pointer, map/chan/
    /// func, the first word of strings and slices, both words of
    /// interfaces").
    pub pointer: bool,
}

/// Flattens a value into the components register assignment would give it,
/// or `None` when it cannot go in registers at all (an array of length > 1
/// anywhere inside). "Each component goes to exactly one register: no
/// packing of small fields."
pub fn components(shape: &Shape) -> Option<Vec<Component>> {
    let mut out = Vec::new();
    flatten(shape, 0, &mut out).then_some(out)
}

fn flatten(shape: &Shape, at: u64, out: &mut Vec<Component>) -> bool {
    let int = |offset: u64, bytes: u64, pointer: bool| Component {
        class: RegClass::Int,
        offset,
        bytes,
        pointer,
    };
    match shape {
        Shape::Int { bytes } => out.push(int(at, *bytes, false)),
        Shape::Ptr => out.push(int(at, 8, true)),
        Shape::Float { bytes } => out.push(Component {
            class: RegClass::Float,
            offset: at,
            bytes: *bytes,
            pointer: false,
        }),
        // "complex: real then imaginary part"
        Shape::Complex { bytes } => {
            let half = bytes / 2;
            for k in 0..2 {
                out.push(Component {
                    class: RegClass::Float,
                    offset: at + k * half,
                    bytes: half,
                    pointer: false,
                });
            }
        }
        // "string, interface: their 2 words; slice: 3"
        Shape::Str => out.extend((0..2).map(|k| int(at + 8 * k, 8, k == 0))),
        Shape::Iface => out.extend((0..2).map(|k| int(at + 8 * k, 8, true))),
        Shape::Slice => out.extend((0..3).map(|k| int(at + 8 * k, 8, k == 0))),
        // "array of length 0: nothing; length 1: its element; length > 1: fail"
        Shape::Array { len: 0, .. } => {}
        Shape::Array { len: 1, elem } => return flatten(elem, at, out),
        Shape::Array { .. } => return false,
        // "struct: each field in order"
        Shape::Struct(fields) => {
            let layout = struct_offsets(fields);
            for (f, off) in fields.iter().zip(layout.offsets) {
                if !flatten(f, at + off, out) {
                    return false;
                }
            }
        }
    }
    true
}

/// Every scalar component of a value in memory order, arrays of any
/// length included: where each leaf of a stack-passed value is.
pub fn all_components(shape: &Shape) -> Vec<Component> {
    fn walk(shape: &Shape, at: u64, out: &mut Vec<Component>) {
        match shape {
            Shape::Array { len, elem } => {
                let size = elem.size();
                for i in 0..*len {
                    walk(elem, at + i * size, out);
                }
            }
            Shape::Struct(fields) => {
                let layout = struct_offsets(fields);
                for (f, off) in fields.iter().zip(layout.offsets) {
                    walk(f, at + off, out);
                }
            }
            other => {
                flatten(other, at, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(shape, 0, &mut out);
    out
}

/// Where the model puts one parameter or result.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// At this offset of the argument area.
    Stack(u64),
    /// In registers: (class, index in that class's sequence, component), in
    /// order; `spill` is the offset in the spill area (arguments only).
    Regs {
        regs: Vec<(RegClass, usize, Component)>,
        spill: Option<u64>,
    },
}

/// The model's assignment of a whole function type.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelLayout {
    pub params: Vec<Placement>,
    pub results: Vec<Placement>,
    pub spill_area_offset: u64,
    pub spill_area_size: u64,
}

/// The stack sequence S of the spec: laid out like a struct.
struct Sequence {
    end: u64,
}

impl Sequence {
    /// Appends a field of the given size and alignment; returns its offset.
    fn push(&mut self, size: u64, align: u64) -> u64 {
        let at = align_up(self.end, align);
        self.end = at.saturating_add(size);
        at
    }

    /// "a pointer-alignment marker (size 0, align 8)"
    fn pointer_align(&mut self) {
        self.push(0, 8);
    }
}

/// Places one list (the arguments, or the results) starting from the first
/// register of each class. A register-assigned value also returns its size
/// and alignment, for its spill slot.
fn place_list(
    values: &[Shape],
    s: &mut Sequence,
    int_regs: usize,
    float_regs: usize,
) -> Vec<(Placement, Option<(u64, u64)>)> {
    // "Reset I and FP to 0": each list starts over.
    let (mut next_int, mut next_float) = (0usize, 0usize);
    let mut out = Vec::with_capacity(values.len());
    for v in values {
        let (size, align) = v.size_align();
        // "if T has size 0, append T to S and stop"
        let comps = if size == 0 { None } else { components(v) };
        let fits = comps.as_ref().is_some_and(|c| {
            let ints = c.iter().filter(|c| c.class == RegClass::Int).count();
            next_int + ints <= int_regs && next_float + (c.len() - ints) <= float_regs
        });
        match comps {
            Some(c) if fits => {
                let regs = c
                    .into_iter()
                    .map(|c| {
                        let n = match c.class {
                            RegClass::Int => &mut next_int,
                            RegClass::Float => &mut next_float,
                        };
                        *n += 1;
                        (c.class, *n - 1, c)
                    })
                    .collect();
                out.push((Placement::Regs { regs, spill: None }, Some((size, align))));
            }
            // "if that fails, restore I and FP and append T to S"
            _ => out.push((Placement::Stack(s.push(size, align)), None)),
        }
    }
    out
}

/// The two conventions, as the model knows them: the register counts,
/// names and order below are the model's own, from ABI.md ("amd64
/// architecture": RAX, RBX, RCX, RDI, RSI, R8, R9, R10, R11 for integers,
/// X0-X14 for floats; X15 is the zero register and R14 the current g), not
/// the backend's `RegConfig`, so a wrong register count in the backend
/// cannot hide behind the same count here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelAbi {
    /// ABI0: every argument and result on the stack.
    Abi0,
    /// ABIInternal: the register sequences below, then the stack.
    Internal,
}

/// ABIInternal's integer argument and result registers, in assignment order.
pub const INT_ARG_REG_NAMES: [&str; 9] =
    ["RAX", "RBX", "RCX", "RDI", "RSI", "R8", "R9", "R10", "R11"];

/// ABIInternal's float argument and result registers, in assignment order.
pub const FLOAT_ARG_REG_NAMES: [&str; 15] = [
    "X0", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "X10", "X11", "X12", "X13", "X14",
];

impl ModelAbi {
    /// Integer registers the assignment may use.
    pub fn int_regs(self) -> usize {
        match self {
            ModelAbi::Abi0 => 0,
            ModelAbi::Internal => INT_ARG_REG_NAMES.len(),
        }
    }

    /// Float registers the assignment may use.
    pub fn float_regs(self) -> usize {
        match self {
            ModelAbi::Abi0 => 0,
            ModelAbi::Internal => FLOAT_ARG_REG_NAMES.len(),
        }
    }
}

/// Which convention an entry of the IR uses (the IR names it; the model
/// decides what that means).
impl From<janus_backend::abi::Abi> for ModelAbi {
    fn from(abi: janus_backend::abi::Abi) -> ModelAbi {
        match abi {
            janus_backend::abi::Abi::Abi0 => ModelAbi::Abi0,
            janus_backend::abi::Abi::Internal => ModelAbi::Internal,
        }
    }
}

/// Assigns `params` then `results` under `abi`.
pub fn assign(params: &[Shape], results: &[Shape], abi: ModelAbi) -> ModelLayout {
    let (int_regs, float_regs) = (abi.int_regs(), abi.float_regs());
    let mut s = Sequence { end: 0 };
    let params = place_list(params, &mut s, int_regs, float_regs);
    s.pointer_align();
    let results = place_list(results, &mut s, int_regs, float_regs);
    s.pointer_align();
    // "For each argument that went to registers, append its type to S: that
    // field is the argument's spill slot."
    let spill_area_offset = s.end;
    let params = params
        .into_iter()
        .map(|(p, reg_value)| match (p, reg_value) {
            (Placement::Regs { regs, .. }, Some((size, align))) => Placement::Regs {
                regs,
                spill: Some(s.push(size, align) - spill_area_offset),
            },
            (p, _) => p,
        })
        .collect();
    s.pointer_align();
    ModelLayout {
        params,
        results: results.into_iter().map(|(p, _)| p).collect(),
        spill_area_offset,
        spill_area_size: s.end - spill_area_offset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const I8: Shape = Shape::Int { bytes: 1 };
    const I64: Shape = Shape::Int { bytes: 8 };

    #[test]
    fn padding_byte_after_trailing_zero_size_field() {
        let s = Shape::Struct(vec![I64, Shape::Struct(vec![])]);
        assert_eq!(s.size_align(), (16, 8));
        let z = Shape::Array {
            len: 0,
            elem: Box::new(I64),
        };
        assert_eq!(Shape::Struct(vec![I8, z.clone()]).size_align(), (16, 8));
        assert_eq!(Shape::Struct(vec![z, I8]).size_align(), (8, 8));
    }

    #[test]
    fn results_restart_the_registers_and_get_no_spill_slot() {
        let l = assign(
            &[I64, Shape::Float { bytes: 8 }],
            &[I64],
            ModelAbi::Internal,
        );
        assert_eq!(l.spill_area_offset, 0);
        assert_eq!(l.spill_area_size, 16);
        let Placement::Regs { regs, spill } = &l.results[0] else {
            panic!()
        };
        assert_eq!((regs[0].0, regs[0].1, *spill), (RegClass::Int, 0, None));
    }

    #[test]
    fn abi0_puts_everything_on_the_stack() {
        let l = assign(&[I8, I64, Shape::Struct(vec![])], &[I8], ModelAbi::Abi0);
        assert_eq!(
            l.params,
            [
                Placement::Stack(0),
                Placement::Stack(8),
                Placement::Stack(16)
            ]
        );
        assert_eq!(l.results, [Placement::Stack(16)]);
        assert_eq!((l.spill_area_offset, l.spill_area_size), (24, 0));
    }
}
