//! Turns a `run` line's arguments into leaf values and the objects they
//! point to. The interpreter and the emulated machine both start from this
//! one description, so a pointer in a result can be compared across them as
//! (object, offset) whatever address each gave the object.

use janus_backend::ir::{leaves, InputValue, Leaf, Ty};
use janus_backend::types::{Basic, Kind, Type};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// An object made for an input, numbered in creation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// A pointer value: nil, an offset into an object, or a static func value
/// (`funcval`: not an object; `func` is the function's index in the
/// module, whose functions are the object's in the same order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pointer {
    Nil,
    Obj {
        obj: ObjId,
        offset: i64,
    },
    Func {
        func: u32,
    },
    /// A static itab: the module's `itab`th (`ir::itab_table`).
    Itab {
        itab: u32,
    },
}

/// A leaf value: an integer (bits, zero-extended from its width), a float
/// (bits), or a pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeafValue {
    Int { ty: Ty, bits: u64 },
    Float { ty: Ty, bits: u64 },
    Ptr(Pointer),
}

impl LeafValue {
    pub fn ty(&self) -> Ty {
        match self {
            LeafValue::Int { ty, .. } | LeafValue::Float { ty, .. } => *ty,
            LeafValue::Ptr(_) => Ty::Ptr,
        }
    }

    /// The same value, with NaNs of any payload considered equal (Go does
    /// not define NaN payloads; everything else must match bit for bit).
    pub fn same_as(&self, other: &LeafValue) -> bool {
        match (self, other) {
            (LeafValue::Float { ty: a, bits: x }, LeafValue::Float { ty: b, bits: y })
                if a == b =>
            {
                let nan = |t: Ty, bits: u64| match t {
                    Ty::F32 => f32::from_bits(bits as u32).is_nan(),
                    _ => f64::from_bits(bits).is_nan(),
                };
                x == y || (nan(*a, *x) && nan(*b, *y))
            }
            _ => self == other,
        }
    }
}

impl fmt::Display for LeafValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LeafValue::Int { ty, bits } => {
                let shift = 64 - ty.bits();
                let signed = ((*bits << shift) as i64) >> shift;
                if signed < 0 {
                    write!(f, "{ty} {signed} ({bits:#x})")
                } else {
                    write!(f, "{ty} {signed}")
                }
            }
            LeafValue::Float { ty: Ty::F32, bits } => {
                write!(f, "f32 {:?} ({bits:#010x})", f32::from_bits(*bits as u32))
            }
            LeafValue::Float { ty, bits } => {
                write!(f, "{ty} {:?} ({bits:#018x})", f64::from_bits(*bits))
            }
            LeafValue::Ptr(Pointer::Nil) => write!(f, "nil"),
            LeafValue::Ptr(Pointer::Obj { obj, offset }) => write!(f, "&obj{}+{offset}", obj.0),
            LeafValue::Ptr(Pointer::Func { func }) => write!(f, "&funcval{func}"),
            LeafValue::Ptr(Pointer::Itab { itab }) => write!(f, "&itab{itab}"),
        }
    }
}

/// The initial contents of an object: bytes, and the pointers stored in it
/// (by offset; their bytes are zero in `bytes`).
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectInit {
    pub size: u64,
    pub align: u64,
    /// Offsets of the words that may hold pointers (from the object's Go
    /// type); the collector's pointer map of the object.
    pub ptr_words: BTreeSet<u64>,
    pub bytes: Vec<u8>,
    pub pointers: BTreeMap<u64, Pointer>,
}

/// What a run line's arguments amount to.
#[derive(Clone, Debug, PartialEq)]
pub struct Materialized {
    /// Every leaf of every argument, in order.
    pub leaves: Vec<LeafValue>,
    pub objects: Vec<ObjectInit>,
}

/// Why an input does not fit its parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError(pub String);

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Largest object an input may ask for.
const MAX_OBJECT: u64 = 1 << 24;

/// Builds the leaves of `args` for parameters of `types`.
pub fn materialize(types: &[Type], args: &[InputValue]) -> Result<Materialized, InputError> {
    if types.len() != args.len() {
        return Err(InputError(format!(
            "{} arguments for {} parameters",
            args.len(),
            types.len()
        )));
    }
    let mut m = Materialized {
        leaves: Vec::new(),
        objects: Vec::new(),
    };
    for (i, (t, v)) in types.iter().zip(args).enumerate() {
        let mut image = Image::new(t.size());
        m.write(t, v, &mut image, 0)
            .map_err(|e| InputError(format!("argument {i} ({t}): {e}")))?;
        // The leaves are read back from the value's image.
        for l in leaves(t) {
            m.leaves.push(image.leaf(l));
        }
    }
    Ok(m)
}

/// The pointer words of `count` consecutive values of type `t`.
pub fn pointer_words(t: &Type, count: u64) -> BTreeSet<u64> {
    let mut out = BTreeSet::new();
    for k in 0..count {
        t.for_each_pointer_word(k * t.size(), &mut |o| {
            out.insert(o);
        });
    }
    out
}

/// A value laid out in memory, before it becomes leaves or an object.
struct Image {
    bytes: Vec<u8>,
    pointers: BTreeMap<u64, Pointer>,
}

impl Image {
    fn new(size: u64) -> Image {
        Image {
            bytes: vec![0; size as usize],
            pointers: BTreeMap::new(),
        }
    }

    fn put(&mut self, at: u64, bytes: &[u8]) {
        self.bytes[at as usize..at as usize + bytes.len()].copy_from_slice(bytes);
    }

    fn leaf(&self, l: Leaf) -> LeafValue {
        let n = l.ty.bytes() as usize;
        let mut raw = [0u8; 8];
        raw[..n].copy_from_slice(&self.bytes[l.offset as usize..l.offset as usize + n]);
        let bits = u64::from_le_bytes(raw);
        match l.ty {
            Ty::Ptr => LeafValue::Ptr(
                self.pointers
                    .get(&l.offset)
                    .copied()
                    .unwrap_or(Pointer::Nil),
            ),
            Ty::F32 | Ty::F64 => LeafValue::Float { ty: l.ty, bits },
            ty => LeafValue::Int { ty, bits },
        }
    }
}

impl Materialized {
    /// A new object holding `image`, whose type has `ptr_words`.
    fn alloc(&mut self, image: Image, align: u64, ptr_words: BTreeSet<u64>) -> Pointer {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(ObjectInit {
            ptr_words,
            size: image.bytes.len() as u64,
            align: align.max(1),
            bytes: image.bytes,
            pointers: image.pointers,
        });
        Pointer::Obj { obj: id, offset: 0 }
    }

    /// Writes `v`, a value of type `t`, at `at` in `img`.
    fn write(&mut self, t: &Type, v: &InputValue, img: &mut Image, at: u64) -> Result<(), String> {
        let mismatch = || format!("{v} is not a {t}");
        match (t.kind(), v) {
            (Kind::Basic(b), InputValue::Int(i))
                if !matches!(b, Basic::String) && !b.is_complex() =>
            {
                match b {
                    Basic::Float32 => img.put(at, &(*i as f32).to_le_bytes()),
                    Basic::Float64 => img.put(at, &(*i as f64).to_le_bytes()),
                    Basic::UnsafePointer => return Err(mismatch()),
                    _ => {
                        let size = t.size() as u32;
                        let (lo, hi) = if b.is_signed() {
                            (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1)
                        } else {
                            (0, (1i128 << (size * 8)) - 1)
                        };
                        if matches!(b, Basic::Bool) && !(0..=1).contains(i) {
                            return Err(format!("{i} is not a bool"));
                        }
                        if *i < lo || *i > hi {
                            return Err(format!("{i} is out of range for {t}"));
                        }
                        img.put(at, &(*i as u64).to_le_bytes()[..size as usize]);
                    }
                }
            }
            (Kind::Basic(Basic::Float32), InputValue::Float { bits }) => {
                img.put(at, &(f64::from_bits(*bits) as f32).to_le_bytes())
            }
            (Kind::Basic(Basic::Float64), InputValue::Float { bits }) => {
                img.put(at, &bits.to_le_bytes())
            }
            (Kind::Basic(Basic::Complex64 | Basic::Complex128), InputValue::Composite(parts))
                if parts.len() == 2 =>
            {
                let part = Type::basic(if t.size() == 8 {
                    Basic::Float32
                } else {
                    Basic::Float64
                });
                self.write(&part, &parts[0], img, at)?;
                self.write(&part, &parts[1], img, at + part.size())?;
            }
            (Kind::Basic(Basic::String), InputValue::Str(bytes)) => {
                if bytes.len() as u64 > MAX_OBJECT {
                    return Err("string too long".into());
                }
                if !bytes.is_empty() {
                    let mut data = Image::new(bytes.len() as u64);
                    data.put(0, bytes);
                    let p = self.alloc(data, 1, BTreeSet::new());
                    img.pointers.insert(at, p);
                }
                img.put(at + 8, &(bytes.len() as u64).to_le_bytes());
            }
            (Kind::Slice(elem), InputValue::Composite(items)) => {
                let size = elem.size().saturating_mul(items.len() as u64);
                if size > MAX_OBJECT {
                    return Err("slice too large".into());
                }
                let mut data = Image::new(size);
                for (k, item) in items.iter().enumerate() {
                    self.write(elem, item, &mut data, k as u64 * elem.size())?;
                }
                if !items.is_empty() {
                    let p = self.alloc(
                        data,
                        elem.align() as u64,
                        pointer_words(elem, items.len() as u64),
                    );
                    img.pointers.insert(at, p);
                }
                img.put(at + 8, &(items.len() as u64).to_le_bytes());
                img.put(at + 16, &(items.len() as u64).to_le_bytes());
            }
            (Kind::Pointer(elem), InputValue::Addr(inner)) => {
                if elem.size() > MAX_OBJECT {
                    return Err("pointee too large".into());
                }
                let mut data = Image::new(elem.size());
                self.write(elem, inner, &mut data, 0)?;
                let p = self.alloc(data, elem.align() as u64, pointer_words(elem, 1));
                img.pointers.insert(at, p);
            }
            (
                Kind::Pointer(_)
                | Kind::Slice(_)
                | Kind::Map { .. }
                | Kind::Chan { .. }
                | Kind::Func(_)
                | Kind::Interface(_)
                | Kind::Basic(Basic::UnsafePointer),
                InputValue::Nil,
            ) => {}
            (Kind::Array { len, elem }, InputValue::Composite(items)) => {
                if items.len() as u64 != *len {
                    return Err(format!("{} elements for {t}", items.len()));
                }
                for (k, item) in items.iter().enumerate() {
                    self.write(elem, item, img, at + k as u64 * elem.size())?;
                }
            }
            (Kind::Struct(fields), InputValue::Composite(items)) => {
                if items.len() != fields.len() {
                    return Err(format!(
                        "{} values for the {} fields of {t}",
                        items.len(),
                        fields.len()
                    ));
                }
                for (f, item) in fields.iter().zip(items) {
                    self.write(&f.ty, item, img, at + f.offset)?;
                }
            }
            _ => return Err(mismatch()),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use janus_backend::parse_type;

    fn mat(ty: &str, v: InputValue) -> Result<Materialized, InputError> {
        materialize(&[parse_type(ty).unwrap()], &[v])
    }

    #[test]
    fn scalars_structs_strings_slices_pointers() {
        use InputValue::*;
        let m = mat(
            "struct { a int8; b float64; c string }",
            Composite(vec![
                Int(-1),
                Float {
                    bits: 1.5f64.to_bits(),
                },
                Str(b"hi".to_vec()),
            ]),
        )
        .unwrap();
        assert_eq!(m.leaves.len(), 4);
        assert_eq!(
            m.leaves[0],
            LeafValue::Int {
                ty: Ty::I8,
                bits: 0xff
            }
        );
        assert_eq!(
            m.leaves[2],
            LeafValue::Ptr(Pointer::Obj {
                obj: ObjId(0),
                offset: 0
            })
        );
        assert_eq!(
            m.leaves[3],
            LeafValue::Int {
                ty: Ty::I64,
                bits: 2
            }
        );
        assert_eq!(m.objects[0].bytes, b"hi");
        let m = mat("*[]int16", Addr(Box::new(Composite(vec![Int(1), Int(-2)])))).unwrap();
        assert_eq!(m.objects.len(), 2);
        assert_eq!(m.objects[0].bytes, [1, 0, 0xfe, 0xff]);
        assert_eq!(
            m.objects[1].pointers.get(&0),
            Some(&Pointer::Obj {
                obj: ObjId(0),
                offset: 0
            })
        );
        assert!(mat("int8", Int(128)).is_err());
        assert!(mat("[2]int", Composite(vec![Int(1)])).is_err());
        assert!(mat("bool", Int(2)).is_err());
        assert!(mat("string", Int(2)).is_err());
    }
}
