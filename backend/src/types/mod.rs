//! Go types and their amd64 layout: size, alignment, field offsets and
//! pointer words, computed exactly as Go 1.19's `cmd/compile/internal/types`
//! (`size.go`: `CalcSize`, `calcStructOffset`) does for a 64-bit target.
//!
//! A [`Type`] is immutable and cheap to clone; its layout is computed once,
//! when it is built, so a type that exists always has a valid layout.
//! Constructors that can overflow the address space return a [`LayoutError`].

mod print;

use print::Style;
use std::fmt;
use std::sync::Arc;

/// Go's `types.MaxWidth` on amd64: no value may be this large or larger.
pub const MAX_WIDTH: u64 = 1 << 50;
/// Pointer (and register) size on amd64.
pub const PTR_SIZE: u64 = 8;
/// Go rejects channel element types of this size or more (`size.go`).
pub const MAX_CHAN_ELEM: u64 = 1 << 16;

/// The predeclared types, plus `unsafe.Pointer`. `byte` and `rune` are kept
/// apart from `uint8` and `int32` only so that they print as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    Int,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uint,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    /// Alias of `uint8`.
    Byte,
    /// Alias of `int32`.
    Rune,
}

impl Basic {
    pub const ALL: [Basic; 20] = [
        Basic::Bool,
        Basic::Int8,
        Basic::Int16,
        Basic::Int32,
        Basic::Int64,
        Basic::Int,
        Basic::Uint8,
        Basic::Uint16,
        Basic::Uint32,
        Basic::Uint64,
        Basic::Uint,
        Basic::Uintptr,
        Basic::Float32,
        Basic::Float64,
        Basic::Complex64,
        Basic::Complex128,
        Basic::String,
        Basic::UnsafePointer,
        Basic::Byte,
        Basic::Rune,
    ];

    /// The name Go spells this type with.
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Int => "int",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uint => "uint",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::Complex64 => "complex64",
            Basic::Complex128 => "complex128",
            Basic::String => "string",
            Basic::UnsafePointer => "unsafe.Pointer",
            Basic::Byte => "byte",
            Basic::Rune => "rune",
        }
    }

    /// Looks up a predeclared type name (`unsafe.Pointer` is qualified and
    /// therefore not found here).
    pub fn from_name(name: &str) -> Option<Basic> {
        Basic::ALL
            .iter()
            .copied()
            .find(|b| *b != Basic::UnsafePointer && b.name() == name)
    }

    /// Size and alignment (the table in ABI.md).
    pub fn size_align(self) -> (u64, u8) {
        match self {
            Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::Byte => (1, 1),
            Basic::Int16 | Basic::Uint16 => (2, 2),
            Basic::Int32 | Basic::Uint32 | Basic::Rune | Basic::Float32 => (4, 4),
            Basic::Int64
            | Basic::Int
            | Basic::Uint64
            | Basic::Uint
            | Basic::Uintptr
            | Basic::Float64
            | Basic::UnsafePointer => (8, 8),
            Basic::Complex64 => (8, 4),
            Basic::Complex128 => (16, 8),
            Basic::String => (16, 8),
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }

    pub fn is_signed(self) -> bool {
        matches!(
            self,
            Basic::Int8 | Basic::Int16 | Basic::Int32 | Basic::Int64 | Basic::Int | Basic::Rune
        )
    }
}

/// Channel direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A struct field. `name` is `None` for an embedded field written as a bare
/// type (Go's compiler prints every field of an ABI test struct that way).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: Option<String>,
    pub ty: Type,
    /// Byte offset within the struct.
    pub offset: u64,
}

/// An interface method: its name and signature (irrelevant to layout, kept
/// so that the type prints as written).
#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    pub name: String,
    pub sig: FuncType,
}

/// An interface type. `alias` remembers `any` / `error` for printing.
#[derive(Clone, Debug, PartialEq)]
pub struct Interface {
    pub alias: Option<&'static str>,
    pub methods: Vec<Method>,
}

impl Interface {
    pub fn is_empty(&self) -> bool {
        self.methods.is_empty()
    }
}

/// A parameter or result of a function type.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Option<String>,
    pub ty: Type,
}

impl Param {
    pub fn new(ty: Type) -> Param {
        Param { name: None, ty }
    }
    pub fn named(name: &str, ty: Type) -> Param {
        Param {
            name: Some(name.to_string()),
            ty,
        }
    }
}

/// A function type: `func(params) results`. A method's receiver is written
/// as its first parameter, which is exactly how the ABI treats it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter was written `...T` (its type is `[]T`).
    pub variadic: bool,
}

/// The shape of a type.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Basic(Basic),
    Pointer(Type),
    Slice(Type),
    Array { len: u64, elem: Type },
    Struct(Vec<Field>),
    Interface(Interface),
    Map { key: Type, value: Type },
    Chan { dir: ChanDir, elem: Type },
    Func(Box<FuncType>),
}

#[derive(Debug)]
struct TypeData {
    kind: Kind,
    size: u64,
    align: u8,
    /// Bytes from the start up to the end of the last pointer word
    /// (Go's `PtrDataSize`); 0 when the type holds no pointers.
    ptrdata: u64,
    /// Whether `==` is defined on the type (Go's comparability).
    comparable: bool,
}

/// A Go type with its layout. Clones share the same data.
#[derive(Clone)]
pub struct Type(Arc<TypeData>);

impl PartialEq for Type {
    fn eq(&self, other: &Type) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.kind == other.0.kind
    }
}

impl fmt::Debug for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Type({})", self.go_syntax())
    }
}

/// A type whose layout cannot exist on amd64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// `[len]elem` would not fit in the address space.
    ArrayTooLarge { len: u64, elem_size: u64 },
    /// A struct's size reached `MAX_WIDTH`.
    StructTooLarge,
    /// A channel element of 64 KiB or more.
    ChanElemTooLarge { size: u64 },
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::ArrayTooLarge { len, elem_size } => write!(
                f,
                "array of {len} elements of {elem_size} bytes is larger than the address space (Go's limit is 2^50 bytes)"
            ),
            LayoutError::StructTooLarge => {
                write!(f, "struct type too large (Go's limit is 2^50 bytes)")
            }
            LayoutError::ChanElemTooLarge { size } => write!(
                f,
                "channel element type too large ({size} bytes; Go's limit is 64kB)"
            ),
        }
    }
}

impl std::error::Error for LayoutError {}

/// Rounds `o` up to a multiple of `r` (a power of two), as Go's `types.Rnd`.
/// Saturates instead of wrapping, so an oversized offset stays oversized.
pub fn round_up(o: u64, r: u64) -> u64 {
    debug_assert!(r.is_power_of_two());
    o.saturating_add(r - 1) & !(r - 1)
}

impl Type {
    fn make(kind: Kind, size: u64, align: u8, ptrdata: u64) -> Type {
        let comparable = match &kind {
            Kind::Slice(_) | Kind::Map { .. } | Kind::Func(_) => false,
            Kind::Array { elem, .. } => elem.comparable(),
            Kind::Struct(fields) => fields.iter().all(|f| f.ty.comparable()),
            _ => true,
        };
        Type(Arc::new(TypeData {
            kind,
            size,
            align,
            ptrdata,
            comparable,
        }))
    }

    /// Whether values of this type can be compared with `==` (and so be map keys).
    pub fn comparable(&self) -> bool {
        self.0.comparable
    }

    /// An identity for this very type object: clones share it. Lets callers
    /// memoise per type when one type is shared by many fields or parameters
    /// (`a, b, c T`).
    pub fn id(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }

    pub fn basic(b: Basic) -> Type {
        let (size, align) = b.size_align();
        let ptrdata = match b {
            // The data word of a string; an unsafe.Pointer.
            Basic::String | Basic::UnsafePointer => PTR_SIZE,
            _ => 0,
        };
        Type::make(Kind::Basic(b), size, align, ptrdata)
    }

    pub fn pointer(elem: Type) -> Type {
        Type::make(Kind::Pointer(elem), PTR_SIZE, 8, PTR_SIZE)
    }

    /// A slice is (ptr, len, cap).
    pub fn slice(elem: Type) -> Type {
        Type::make(Kind::Slice(elem), 3 * PTR_SIZE, 8, PTR_SIZE)
    }

    /// Empty or non-empty, an interface is (type or itab word, data word),
    /// and both words are pointers.
    pub fn interface(iface: Interface) -> Type {
        Type::make(Kind::Interface(iface), 2 * PTR_SIZE, 8, 2 * PTR_SIZE)
    }

    pub fn empty_interface() -> Type {
        Type::interface(Interface {
            alias: None,
            methods: Vec::new(),
        })
    }

    /// A map value is a pointer to the runtime's hmap.
    pub fn map(key: Type, value: Type) -> Type {
        Type::make(Kind::Map { key, value }, PTR_SIZE, 8, PTR_SIZE)
    }

    pub fn chan(dir: ChanDir, elem: Type) -> Result<Type, LayoutError> {
        if elem.size() >= MAX_CHAN_ELEM {
            return Err(LayoutError::ChanElemTooLarge { size: elem.size() });
        }
        Ok(Type::make(Kind::Chan { dir, elem }, PTR_SIZE, 8, PTR_SIZE))
    }

    /// A func value is a pointer to a closure.
    pub fn func(sig: FuncType) -> Type {
        Type::make(Kind::Func(Box::new(sig)), PTR_SIZE, 8, PTR_SIZE)
    }

    /// `[len]elem`: `len` copies of `elem`, aligned as `elem` (`size.go`,
    /// case TARRAY, including its address-space check).
    pub fn array(elem: Type, len: u64) -> Result<Type, LayoutError> {
        let es = elem.size();
        if es != 0 && len > (MAX_WIDTH - 1) / es {
            return Err(LayoutError::ArrayTooLarge { len, elem_size: es });
        }
        let size = len * es;
        let ptrdata = if len == 0 || elem.ptrdata() == 0 {
            0
        } else {
            (len - 1) * es + elem.ptrdata()
        };
        let align = elem.align();
        Ok(Type::make(Kind::Array { len, elem }, size, align, ptrdata))
    }

    /// A struct of the given fields, laid out by `calcStructOffset`: each
    /// field at the next offset aligned for it; alignment the largest field
    /// alignment (1 when empty); one padding byte when a non-empty struct
    /// ends in a zero-size field (Go issue 9401); size rounded to alignment.
    pub fn structure(fields: Vec<(Option<String>, Type)>) -> Result<Type, LayoutError> {
        let mut o: u64 = 0;
        let mut max_align: u8 = 1;
        let mut last_zero: u64 = 0;
        let mut ptrdata: u64 = 0;
        let mut laid = Vec::with_capacity(fields.len());
        for (name, ty) in fields {
            max_align = max_align.max(ty.align());
            o = round_up(o, ty.align() as u64);
            let offset = o;
            if ty.size() == 0 {
                last_zero = o;
            }
            if ty.ptrdata() != 0 {
                ptrdata = offset + ty.ptrdata();
            }
            o += ty.size();
            if o >= MAX_WIDTH {
                return Err(LayoutError::StructTooLarge);
            }
            laid.push(Field { name, ty, offset });
        }
        // A non-empty struct ending in a zero-size field gets a padding byte,
        // so that taking that field's address cannot point past the object.
        if o > 0 && o == last_zero {
            o += 1;
        }
        let size = round_up(o, max_align as u64);
        Ok(Type::make(Kind::Struct(laid), size, max_align, ptrdata))
    }

    pub fn kind(&self) -> &Kind {
        &self.0.kind
    }

    pub fn size(&self) -> u64 {
        self.0.size
    }

    pub fn align(&self) -> u8 {
        self.0.align
    }

    /// Go's `PtrDataSize`: the length of the prefix that holds pointers.
    pub fn ptrdata(&self) -> u64 {
        self.0.ptrdata
    }

    pub fn has_pointers(&self) -> bool {
        self.0.ptrdata != 0
    }

    pub fn as_basic(&self) -> Option<Basic> {
        match self.kind() {
            Kind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    /// Calls `f` with the byte offset (relative to `base`) of every
    /// pointer-holding word, in increasing order: pointers, unsafe.Pointer,
    /// maps, chans, funcs, the data word of strings and slices, and both
    /// words of interfaces. Pointer-free parts are skipped without a walk.
    pub fn for_each_pointer_word(&self, base: u64, f: &mut dyn FnMut(u64)) {
        if !self.has_pointers() {
            return;
        }
        match self.kind() {
            Kind::Basic(_)
            | Kind::Pointer(_)
            | Kind::Slice(_)
            | Kind::Map { .. }
            | Kind::Chan { .. }
            | Kind::Func(_) => f(base),
            Kind::Interface(_) => {
                f(base);
                f(base + PTR_SIZE);
            }
            Kind::Array { len, elem } => {
                for i in 0..*len {
                    elem.for_each_pointer_word(base + i * elem.size(), f);
                }
            }
            Kind::Struct(fields) => {
                for fld in fields {
                    fld.ty.for_each_pointer_word(base + fld.offset, f);
                }
            }
        }
    }

    /// The pointer bitmap of this type, one bit per 8-byte word of its
    /// `ptrdata` prefix (bit i of word i/64 set when word i holds a pointer).
    pub fn pointer_bitmap(&self) -> Vec<u64> {
        let words = self.ptrdata().div_ceil(PTR_SIZE);
        let mut bits = vec![0u64; words.div_ceil(64) as usize];
        self.for_each_pointer_word(0, &mut |off| {
            let w = off / PTR_SIZE;
            bits[(w / 64) as usize] |= 1 << (w % 64);
        });
        bits
    }

    /// The type in Go syntax, with field and parameter names where known.
    /// The parser reads it back to the same type.
    pub fn go_syntax(&self) -> String {
        let mut s = String::new();
        print::write_type(&mut s, self, Style::Source);
        s
    }

    /// The type as Go's compiler prints it in an ABI dump (`%v` of a
    /// `*types.Type` built as in its ABI tests): struct fields unnamed.
    pub fn dump_syntax(&self) -> String {
        let mut s = String::new();
        print::write_type(&mut s, self, Style::Dump);
        s
    }

    /// `dump_syntax().len()`, computed without building the text, and in
    /// time linear in the number of distinct type objects: a type shared by
    /// many fields or parameters (`a, b, c T`) prints once per use, so the
    /// text can be exponentially larger than the type.
    pub fn dump_len(&self) -> u64 {
        let mut c = print::Counter::default();
        print::Sink::ty(&mut c, self, Style::Dump);
        c.total()
    }
}

/// Displays as [`Type::go_syntax`].
impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.go_syntax())
    }
}

impl FuncType {
    /// Whether values of the two func types are interchangeable: the same
    /// parameter and result types, in order (names aside), as a call
    /// through a func value needs of its function.
    pub fn same_types(&self, other: &FuncType) -> bool {
        let same = |a: &[Param], b: &[Param]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.ty == y.ty)
        };
        same(&self.params, &other.params) && same(&self.results, &other.results)
    }

    /// The signature in Go syntax (`func(a int8, string) (bool, error)`).
    pub fn go_syntax(&self) -> String {
        let mut s = String::from("func");
        print::write_signature(&mut s, self, Style::Source);
        s
    }
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.go_syntax())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(k: Basic) -> Type {
        Type::basic(k)
    }

    fn st(fields: Vec<Type>) -> Type {
        Type::structure(fields.into_iter().map(|t| (None, t)).collect()).unwrap()
    }

    #[test]
    fn basic_table() {
        assert_eq!(
            (b(Basic::Complex64).size(), b(Basic::Complex64).align()),
            (8, 4)
        );
        assert_eq!(
            (b(Basic::Complex128).size(), b(Basic::Complex128).align()),
            (16, 8)
        );
        assert_eq!(b(Basic::String).size(), 16);
        assert_eq!(Type::slice(b(Basic::Int8)).size(), 24);
        assert_eq!(Type::empty_interface().size(), 16);
        assert_eq!(b(Basic::Rune).size(), 4);
    }

    #[test]
    fn struct_offsets_and_padding() {
        // struct { a int8; b int16; c struct {}; d int32; e int64 }
        let t = st(vec![
            b(Basic::Int8),
            b(Basic::Int16),
            st(vec![]),
            b(Basic::Int32),
            b(Basic::Int64),
        ]);
        let Kind::Struct(f) = t.kind() else { panic!() };
        let offs: Vec<u64> = f.iter().map(|f| f.offset).collect();
        assert_eq!(offs, [0, 2, 4, 4, 8]);
        assert_eq!((t.size(), t.align()), (16, 8));
    }

    #[test]
    fn trailing_zero_size_field_adds_a_byte() {
        // struct { a int64; b struct {} } is 16 bytes, not 8.
        assert_eq!(st(vec![b(Basic::Int64), st(vec![])]).size(), 16);
        // struct { a [3]int16; b struct {} } is 8 bytes (6 + 1, rounded to 2).
        let a3 = Type::array(b(Basic::Int16), 3).unwrap();
        assert_eq!(st(vec![a3, st(vec![])]).size(), 8);
        // The padding check is after alignment: struct { int8; [0]int64 }.
        let z = Type::array(b(Basic::Int64), 0).unwrap();
        assert_eq!(st(vec![b(Basic::Int8), z.clone()]).size(), 16);
        // A struct of only zero-size fields stays empty.
        assert_eq!(st(vec![z, st(vec![])]).size(), 0);
    }

    #[test]
    fn pointer_words() {
        // struct { s string; i int; e interface{}; p *int; xs []int }
        let t = st(vec![
            b(Basic::String),
            b(Basic::Int),
            Type::empty_interface(),
            Type::pointer(b(Basic::Int)),
            Type::slice(b(Basic::Int)),
        ]);
        let mut words = vec![];
        t.for_each_pointer_word(0, &mut |o| words.push(o / 8));
        assert_eq!(words, [0, 3, 4, 5, 6]);
        assert_eq!(t.ptrdata(), 7 * 8);
        assert_eq!(t.pointer_bitmap(), vec![0b111_1001]);
        let arr = Type::array(t, 2).unwrap();
        assert_eq!(arr.ptrdata(), 72 + 56);
    }

    #[test]
    fn address_space_limits() {
        assert!(Type::array(b(Basic::Int64), 1 << 47).is_err());
        assert!(Type::array(b(Basic::Int64), (1 << 47) - 1).is_ok());
        assert!(Type::array(st(vec![]), u64::MAX).is_ok());
        let big = Type::array(b(Basic::Int8), (1 << 50) - 1).unwrap();
        assert_eq!(
            Type::structure(vec![(None, big.clone()), (None, big)]),
            Err(LayoutError::StructTooLarge)
        );
        let e = Type::array(b(Basic::Int8), 1 << 16).unwrap();
        assert!(Type::chan(ChanDir::Both, e).is_err());
    }

    #[test]
    fn printing() {
        let s = Type::structure(vec![
            (Some("a".into()), b(Basic::Int8)),
            (None, Type::chan(ChanDir::Recv, b(Basic::Int)).unwrap()),
        ])
        .unwrap();
        let c = Type::chan(ChanDir::Both, s.clone().chan_recv_for_test()).unwrap();
        assert_eq!(s.go_syntax(), "struct { a int8; <-chan int }");
        assert_eq!(s.dump_syntax(), "struct { int8; <-chan int }");
        assert_eq!(c.go_syntax(), "chan (<-chan struct { a int8; <-chan int })");
    }

    impl Type {
        fn chan_recv_for_test(self) -> Type {
            Type::chan(ChanDir::Recv, self).unwrap()
        }
    }
}
