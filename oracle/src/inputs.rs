//! Turns a `run` line's arguments into leaf values and the objects they
//! point to. The interpreter and the emulated machine both start from this
//! one description, so a pointer in a result can be compared across them as
//! (object, offset) whatever address each gave the object.
//!
//! Non-nil interfaces (`iface(T, v)`) box their value as Go does: the type
//! word points at a type descriptor for `T` (for a non-empty interface, at
//! an itab naming the interface's descriptor and `T`'s), the data word is
//! the value itself when `T` is pointer-shaped (Go's "direct interface"
//! types), else a pointer to a fresh object holding it. Descriptors and
//! itabs are read-only data, one per type in a run (type words of the same
//! dynamic type compare equal); they are objects like the others for the
//! comparison of pointers, but the machine places them outside the heap,
//! where the collector neither moves nor frees them.
//!
//! An input object the code puts in an interface's type word stands for a
//! type made at run time (by reflect, in Go). Go's stack maps and pointer
//! maps never count a type word as a pointer (Go's collector moves
//! nothing), so such an object must not move either, or Go's copies of the
//! word go stale: [`type_objects`] finds, for each function a run line may
//! name, the input objects its parameters hand to type words (through
//! calls, block parameters and `ptradd`, across the module), and the
//! machine pins them (placed outside the moving heap, still scanned).

use janus_backend::ir::{leaves, Function, InputValue, Leaf, Ty};
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
    /// Read-only runtime data (a type descriptor or an itab), as Go keeps
    /// in the binary's rodata: not a heap object, never moved, freed or
    /// written.
    pub descriptor: bool,
}

/// What a run line's arguments amount to.
#[derive(Clone, Debug, PartialEq)]
pub struct Materialized {
    /// Every leaf of every argument, in order.
    pub leaves: Vec<LeafValue>,
    pub objects: Vec<ObjectInit>,
    /// The descriptors made (type descriptors by the type's text, itabs by
    /// `itab I, T`): one per type, shared by every value of it.
    pub descriptors: BTreeMap<String, ObjId>,
    /// By function (those whose parameters these inputs fit): the input
    /// objects the function's code may put in an interface's type word
    /// (see [`type_objects`]), which must never move.
    pub type_objects: BTreeMap<String, BTreeSet<ObjId>>,
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

/// Builds the leaves of `args` for parameters of `types`, for a module
/// without functions to name (`funcval F` is an error).
pub fn materialize(types: &[Type], args: &[InputValue]) -> Result<Materialized, InputError> {
    materialize_in(&[], types, args)
}

/// [`materialize`] for a module of `funcs`: `funcval F` is a pointer to
/// the static func value of `F` (`Pointer::Func` with `F`'s index in
/// `funcs`, the module's functions in their order), with the objects
/// Go's code may use as types found ([`Materialized::find_type_objects`]).
pub fn materialize_in(
    funcs: &[Function],
    types: &[Type],
    args: &[InputValue],
) -> Result<Materialized, InputError> {
    let mut m = materialize_args(funcs, types, args)?;
    m.find_type_objects(funcs, types);
    Ok(m)
}

/// [`materialize_in`] without looking for type objects: what runs of
/// janus's code alone need (only Go's code treats them apart).
pub fn materialize_args(
    funcs: &[Function],
    types: &[Type],
    args: &[InputValue],
) -> Result<Materialized, InputError> {
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
        descriptors: BTreeMap::new(),
        type_objects: BTreeMap::new(),
    };
    for (i, (t, v)) in types.iter().zip(args).enumerate() {
        let mut image = Image::new(t.size());
        m.write(funcs, t, v, &mut image, 0)
            .map_err(|e| InputError(format!("argument {i} ({t}): {e}")))?;
        // The leaves are read back from the value's image.
        for l in leaves(t) {
            m.leaves.push(image.leaf(l));
        }
    }
    Ok(m)
}

impl Materialized {
    /// Finds, for each function of `funcs` taking parameters of `types`,
    /// the input objects its code may use as types (see
    /// [`type_word_params`], a module-wide analysis): objects Go's code
    /// must find where they were put.
    pub fn find_type_objects(&mut self, funcs: &[Function], types: &[Type]) {
        let fits = |f: &&Function| {
            f.sig.params.len() == types.len()
                && f.sig.params.iter().zip(types).all(|(p, t)| p.ty == *t)
        };
        if !funcs.iter().any(|f| fits(&f)) {
            return;
        }
        let tainted = type_word_params(funcs);
        for (k, f) in funcs.iter().enumerate().filter(|(_, f)| fits(f)) {
            let objs: BTreeSet<ObjId> = tainted[k]
                .iter()
                .filter_map(|&l| match self.leaves.get(l) {
                    Some(LeafValue::Ptr(Pointer::Obj { obj, .. }))
                        if !self.objects[obj.0 as usize].descriptor =>
                    {
                        Some(*obj)
                    }
                    _ => None,
                })
                .collect();
            if !objs.is_empty() {
                self.type_objects.insert(f.name.clone(), objs);
            }
        }
    }
}

/// The input objects `m` hands the code of `func` for use as types (see
/// [`type_word_params`]): they must never move.
pub fn type_objects<'a>(m: &'a Materialized, func: &str) -> Option<&'a BTreeSet<ObjId>> {
    m.type_objects.get(func)
}

/// The leaf indices (over all of a list's leaves) that are interfaces'
/// type words.
fn type_word_leaves<'a>(types: impl IntoIterator<Item = &'a Type>) -> BTreeSet<usize> {
    fn offsets(t: &Type, base: u64, out: &mut BTreeSet<u64>) {
        match t.kind() {
            Kind::Interface(_) => {
                out.insert(base);
            }
            Kind::Array { len, elem } => {
                for i in 0..*len {
                    offsets(elem, base + i * elem.size(), out);
                }
            }
            Kind::Struct(fields) => {
                for f in fields {
                    offsets(&f.ty, base + f.offset, out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    let mut at = 0;
    for t in types {
        let mut words = BTreeSet::new();
        offsets(t, 0, &mut words);
        for (i, l) in leaves(t).iter().enumerate() {
            if l.ty == Ty::Ptr && words.contains(&l.offset) {
                out.insert(at + i);
            }
        }
        at += leaves(t).len();
    }
    out
}

/// For each function (by index), the leaves of its parameters whose
/// values may end up in an interface's type word: a module-wide,
/// flow-insensitive backward analysis from the type words of call, func
/// value and method call arguments, closure contexts and results, through
/// block parameters, `ptradd`, parameters (to every call of the function:
/// direct, or through a func value or itab of its type) and call results
/// (to the callees' returns). A pointer loaded from memory, allocated or
/// made by `closure` is not traced further: only input objects are pinned
/// (an object the code allocates for a type word would still move).
pub fn type_word_params(funcs: &[Function]) -> Vec<BTreeSet<usize>> {
    use janus_backend::ir::{Op, Terminator, Value};
    let by_name: BTreeMap<&str, usize> = funcs
        .iter()
        .enumerate()
        .map(|(i, f)| (f.name.as_str(), i))
        .collect();
    let param_words: Vec<BTreeSet<usize>> = funcs
        .iter()
        .map(|f| type_word_leaves(f.sig.params.iter().map(|p| &p.ty)))
        .collect();
    // Functions reached indirectly: through func values or itabs.
    let mut indirect = BTreeSet::new();
    for f in funcs {
        for b in &f.blocks {
            for i in &b.insts {
                match &i.op {
                    Op::FuncVal { func } => {
                        indirect.extend(by_name.get(func.as_str()).copied());
                    }
                    Op::Itab { methods } => {
                        indirect.extend(
                            methods
                                .iter()
                                .filter_map(|m| by_name.get(m.as_str()).copied()),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
    // Where each value is defined: (block, Some(inst) | None for a block
    // parameter, position).
    type Def = (usize, Option<usize>, usize);
    let defs: Vec<BTreeMap<Value, Def>> = funcs
        .iter()
        .map(|f| {
            let mut d = BTreeMap::new();
            for (bi, b) in f.blocks.iter().enumerate() {
                for (j, p) in b.params.iter().enumerate() {
                    d.insert(*p, (bi, None, j));
                }
                for (ii, i) in b.insts.iter().enumerate() {
                    for (j, r) in i.results.iter().enumerate() {
                        d.insert(*r, (bi, Some(ii), j));
                    }
                }
            }
            d
        })
        .collect();
    // The call sites of each function's parameters: (caller, the
    // arguments of the call, leaf offset of the callee's first parameter
    // in them).
    let callers = |k: usize| {
        let mut out: Vec<(usize, Vec<Value>)> = Vec::new();
        let g = &funcs[k];
        let n = janus_backend::ir::list_leaves(&g.sig.params).len();
        for (ci, f) in funcs.iter().enumerate() {
            for b in &f.blocks {
                for i in &b.insts {
                    match &i.op {
                        Op::Call { callee, args, .. } if *callee == g.name => {
                            out.push((ci, args.clone()))
                        }
                        Op::CallVal { sig, args, .. }
                            if indirect.contains(&k) && sig.params == g.sig.params =>
                        {
                            out.push((ci, args.clone()))
                        }
                        Op::CallMethod { recv, args, .. }
                            if indirect.contains(&k) && args.len() + 1 == n =>
                        {
                            let mut a = vec![*recv];
                            a.extend(args);
                            out.push((ci, a));
                        }
                        _ => {}
                    }
                }
            }
        }
        out
    };
    let returns = |k: usize| {
        funcs[k]
            .blocks
            .iter()
            .filter_map(|b| match &b.term {
                Terminator::Return(v) => Some(v.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let mut tainted: BTreeSet<(usize, Value)> = BTreeSet::new();
    let mut work: Vec<(usize, Value)> = Vec::new();
    let mut taint = |k: usize, v: Value, work: &mut Vec<(usize, Value)>| {
        if tainted.insert((k, v)) {
            work.push((k, v));
        }
    };
    // The seeds: values put in type words.
    for (k, f) in funcs.iter().enumerate() {
        let results = type_word_leaves(f.sig.results.iter().map(|p| &p.ty));
        for b in &f.blocks {
            for i in &b.insts {
                let (words, args): (BTreeSet<usize>, Vec<Value>) = match &i.op {
                    Op::Call { callee, args, .. } => match by_name.get(callee.as_str()) {
                        Some(&g) => (param_words[g].clone(), args.clone()),
                        None => continue,
                    },
                    Op::CallVal { sig, args, .. } => (
                        type_word_leaves(sig.params.iter().map(|p| &p.ty)),
                        args.clone(),
                    ),
                    Op::CallMethod { recv, args, .. } => {
                        let mut a = vec![*recv];
                        a.extend(args);
                        let words = indirect
                            .iter()
                            .filter(|&&g| {
                                janus_backend::ir::list_leaves(&funcs[g].sig.params).len()
                                    == a.len()
                            })
                            .flat_map(|&g| param_words[g].iter().copied())
                            .collect();
                        (words, a)
                    }
                    Op::Closure { func, args } => {
                        match by_name
                            .get(func.as_str())
                            .and_then(|&g| funcs[g].context.as_ref())
                        {
                            Some(ctx) => (type_word_leaves([ctx]), args.clone()),
                            None => continue,
                        }
                    }
                    _ => continue,
                };
                for w in words {
                    if let Some(&v) = args.get(w) {
                        taint(k, v, &mut work);
                    }
                }
            }
            if let Terminator::Return(vals) = &b.term {
                for &w in &results {
                    if let Some(&v) = vals.get(w) {
                        taint(k, v, &mut work);
                    }
                }
            }
        }
    }
    let mut params: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); funcs.len()];
    while let Some((k, v)) = work.pop() {
        let f = &funcs[k];
        let Some(&(bi, inst, j)) = defs[k].get(&v) else {
            continue;
        };
        let Some(ii) = inst else {
            // A block parameter: every branch's argument to it.
            for b in &f.blocks {
                let calls = match &b.term {
                    Terminator::Jump(c) => vec![c],
                    Terminator::Brif { then, els, .. } => vec![then, els],
                    Terminator::Return(_) => vec![],
                };
                for c in calls.into_iter().filter(|c| c.block.0 as usize == bi) {
                    if let Some(&a) = c.args.get(j) {
                        taint(k, a, &mut work);
                    }
                }
            }
            continue;
        };
        match &f.blocks[bi].insts[ii].op {
            Op::Param { index, leaf } => {
                let before: usize = f.sig.params[..*index as usize]
                    .iter()
                    .map(|p| leaves(&p.ty).len())
                    .sum();
                let l = before + *leaf as usize;
                if params[k].insert(l) {
                    for (ci, args) in callers(k) {
                        if let Some(&a) = args.get(l) {
                            taint(ci, a, &mut work);
                        }
                    }
                }
            }
            Op::PtrAdd { ptr, .. } => taint(k, *ptr, &mut work),
            Op::Call { callee, .. } => {
                if let Some(&g) = by_name.get(callee.as_str()) {
                    for r in returns(g) {
                        if let Some(&a) = r.get(j) {
                            taint(g, a, &mut work);
                        }
                    }
                }
            }
            Op::CallVal { sig, .. } => {
                for &g in indirect
                    .iter()
                    .filter(|&&g| funcs[g].sig.results == sig.results)
                {
                    for r in returns(g) {
                        if let Some(&a) = r.get(j) {
                            taint(g, a, &mut work);
                        }
                    }
                }
            }
            Op::CallMethod { sig, .. } => {
                for &g in indirect
                    .iter()
                    .filter(|&&g| funcs[g].sig.results == sig.results)
                {
                    for r in returns(g) {
                        if let Some(&a) = r.get(j) {
                            taint(g, a, &mut work);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    params
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
            descriptor: false,
        });
        Pointer::Obj { obj: id, offset: 0 }
    }

    /// The type descriptor of `t` (Go 1.19's `runtime._type`, 48 bytes:
    /// size, ptrdata, hash, tflag, align, fieldAlign, kind, then the equal
    /// func, gcdata, str and ptrToThis, left zero: nothing here has code or
    /// names), made once per type.
    fn descriptor(&mut self, t: &Type) -> Pointer {
        let key = t.to_string();
        if let Some(&obj) = self.descriptors.get(&key) {
            return Pointer::Obj { obj, offset: 0 };
        }
        let mut img = Image::new(TYPE_DESCRIPTOR_SIZE);
        img.put(0, &t.size().to_le_bytes());
        img.put(8, &t.ptrdata().to_le_bytes());
        img.put(16, &type_hash(&key).to_le_bytes());
        img.put(21, &[t.align(), t.align()]);
        let direct = if is_direct_iface(t) {
            KIND_DIRECT_IFACE
        } else {
            0
        };
        img.put(23, &[go_kind(t) | direct]);
        // `equal` and `gcdata` are pointer words (nil here): loading them
        // is fine, as in Go.
        self.add_descriptor(key, img, [24, 32].into())
    }

    /// The itab of dynamic type `t` in non-empty interface type `iface`
    /// (Go's `runtime.itab`: the interface's descriptor, `t`'s, `t`'s hash,
    /// then one word per method, left zero: the IR has no method code).
    fn itab(&mut self, iface: &Type, t: &Type, methods: usize) -> Pointer {
        let key = format!("itab {iface}, {t}");
        if let Some(&obj) = self.descriptors.get(&key) {
            return Pointer::Obj { obj, offset: 0 };
        }
        let inter = self.descriptor(iface);
        let dynamic = self.descriptor(t);
        let mut img = Image::new(24 + 8 * methods.max(1) as u64);
        img.pointers.insert(0, inter);
        img.pointers.insert(8, dynamic);
        img.put(16, &type_hash(&t.to_string()).to_le_bytes());
        self.add_descriptor(key, img, [0, 8].into())
    }

    fn add_descriptor(&mut self, key: String, img: Image, ptr_words: BTreeSet<u64>) -> Pointer {
        let p = self.alloc(img, 8, ptr_words);
        let Pointer::Obj { obj, .. } = p else {
            unreachable!("alloc makes an object")
        };
        self.objects[obj.0 as usize].descriptor = true;
        self.descriptors.insert(key, obj);
        p
    }

    /// A fresh object of type `t` holding `v`.
    fn boxed(&mut self, funcs: &[Function], t: &Type, v: &InputValue) -> Result<Pointer, String> {
        if t.size() > MAX_OBJECT {
            return Err(format!("{t} is too large"));
        }
        let mut data = Image::new(t.size());
        self.write(funcs, t, v, &mut data, 0)?;
        Ok(self.alloc(data, t.align() as u64, pointer_words(t, 1)))
    }

    /// Writes `v`, a value of type `t`, at `at` in `img`.
    fn write(
        &mut self,
        funcs: &[Function],
        t: &Type,
        v: &InputValue,
        img: &mut Image,
        at: u64,
    ) -> Result<(), String> {
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
                self.write(funcs, &part, &parts[0], img, at)?;
                self.write(funcs, &part, &parts[1], img, at + part.size())?;
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
                    self.write(funcs, elem, item, &mut data, k as u64 * elem.size())?;
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
                self.write(funcs, elem, inner, &mut data, 0)?;
                let p = self.alloc(data, elem.align() as u64, pointer_words(elem, 1));
                img.pointers.insert(at, p);
            }
            (Kind::Interface(i), InputValue::Iface { ty, value }) => {
                if matches!(ty.kind(), Kind::Interface(_)) {
                    return Err(format!(
                        "{v}: the dynamic type {ty} is an interface (a value's dynamic type never is)"
                    ));
                }
                let type_word = if i.is_empty() {
                    self.descriptor(ty)
                } else {
                    self.itab(t, ty, i.methods.len())
                };
                let data = if is_direct_iface(ty) {
                    // The value is one pointer word: it is the data word.
                    let mut word = Image::new(8);
                    self.write(funcs, ty, value, &mut word, 0)
                        .map_err(|e| format!("in {v}: {e}"))?;
                    word.pointers.get(&0).copied()
                } else {
                    Some(
                        self.boxed(funcs, ty, value)
                            .map_err(|e| format!("in {v}: {e}"))?,
                    )
                };
                img.pointers.insert(at, type_word);
                if let Some(d) = data.filter(|d| *d != Pointer::Nil) {
                    img.pointers.insert(at + 8, d);
                }
            }
            (
                Kind::Pointer(_)
                | Kind::Map { .. }
                | Kind::Chan { .. }
                | Kind::Func(_)
                | Kind::Basic(Basic::UnsafePointer),
                InputValue::New { ty, value },
            ) => {
                if let Kind::Pointer(elem) = t.kind() {
                    if elem != ty {
                        return Err(format!("{v}: a {t} points to a {elem}, not a {ty}"));
                    }
                }
                let p = self
                    .boxed(funcs, ty, value)
                    .map_err(|e| format!("in {v}: {e}"))?;
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
            (Kind::Func(want), InputValue::FuncVal(name)) => {
                // The verifier checked the function; a run line not
                // verified still gets a message, never a wrong pointer.
                let k = funcs
                    .iter()
                    .position(|f| f.name == *name)
                    .ok_or_else(|| format!("{v}: no function {name}"))?;
                let g = &funcs[k];
                if g.context.is_some() {
                    return Err(format!("{v}: {name} takes a closure context"));
                }
                if !g.sig.same_types(want) {
                    return Err(format!("{v}: {name} is a {}, not a {t}", g.sig.go_syntax()));
                }
                img.pointers.insert(at, Pointer::Func { func: k as u32 });
            }
            (Kind::Array { len, elem }, InputValue::Composite(items)) => {
                if items.len() as u64 != *len {
                    return Err(format!("{} elements for {t}", items.len()));
                }
                for (k, item) in items.iter().enumerate() {
                    self.write(funcs, elem, item, img, at + k as u64 * elem.size())?;
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
                    self.write(funcs, &f.ty, item, img, at + f.offset)?;
                }
            }
            _ => return Err(mismatch()),
        }
        Ok(())
    }
}

/// Go 1.19's `runtime._type` size.
const TYPE_DESCRIPTOR_SIZE: u64 = 48;
/// Go's `kindDirectIface`: the data word of an interface holding this
/// type is the value itself.
const KIND_DIRECT_IFACE: u8 = 1 << 5;

/// Whether values of `t` are stored directly in an interface's data word
/// (Go's `isdirectiface`: pointer-shaped types, and arrays of one and
/// structs of one field whose element is).
pub fn is_direct_iface(t: &Type) -> bool {
    match t.kind() {
        Kind::Pointer(_)
        | Kind::Map { .. }
        | Kind::Chan { .. }
        | Kind::Func(_)
        | Kind::Basic(Basic::UnsafePointer) => true,
        Kind::Array { len: 1, elem } => is_direct_iface(elem),
        Kind::Struct(fields) if fields.len() == 1 => is_direct_iface(&fields[0].ty),
        _ => false,
    }
}

/// Go's `reflect.Kind` number of `t` (the low bits of `_type.kind`).
fn go_kind(t: &Type) -> u8 {
    match t.kind() {
        Kind::Basic(b) => match b {
            Basic::Bool => 1,
            Basic::Int => 2,
            Basic::Int8 => 3,
            Basic::Int16 => 4,
            Basic::Int32 | Basic::Rune => 5,
            Basic::Int64 => 6,
            Basic::Uint => 7,
            Basic::Uint8 | Basic::Byte => 8,
            Basic::Uint16 => 9,
            Basic::Uint32 => 10,
            Basic::Uint64 => 11,
            Basic::Uintptr => 12,
            Basic::Float32 => 13,
            Basic::Float64 => 14,
            Basic::Complex64 => 15,
            Basic::Complex128 => 16,
            Basic::String => 24,
            Basic::UnsafePointer => 26,
        },
        Kind::Array { .. } => 17,
        Kind::Chan { .. } => 18,
        Kind::Func(_) => 19,
        Kind::Interface(_) => 20,
        Kind::Map { .. } => 21,
        Kind::Pointer(_) => 22,
        Kind::Slice(_) => 23,
        Kind::Struct(_) => 25,
    }
}

/// A type's hash (FNV-1a of its text; Go hashes its own way, but only
/// equality matters: equal types, equal hashes).
fn type_hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
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

    fn ty(t: &str) -> Type {
        parse_type(t).unwrap()
    }

    fn obj(i: u32) -> Pointer {
        Pointer::Obj {
            obj: ObjId(i),
            offset: 0,
        }
    }

    #[test]
    fn interfaces_box_values_as_go_does() {
        use InputValue::*;
        let iface = |t: &str, v: InputValue| Iface {
            ty: ty(t),
            value: Box::new(v),
        };
        // A boxed int64: type word -> descriptor (obj0), data word -> a
        // fresh 8-byte object (obj1); the second int64 shares obj0.
        let m = materialize(
            &[ty("any"), ty("any")],
            &[iface("int64", Int(-2)), iface("int64", Int(5))],
        )
        .unwrap();
        assert_eq!(
            m.leaves,
            [obj(0), obj(1), obj(0), obj(2)].map(LeafValue::Ptr)
        );
        let d = &m.objects[0];
        assert!(d.descriptor && !m.objects[1].descriptor);
        assert_eq!(d.size, TYPE_DESCRIPTOR_SIZE);
        assert_eq!(d.bytes[0..8], 8u64.to_le_bytes(), "size");
        assert_eq!(d.bytes[8..16], 0u64.to_le_bytes(), "ptrdata");
        assert_eq!(d.bytes[23], 6, "kind int64, not direct");
        assert_eq!(d.ptr_words, [24, 32].into());
        assert_eq!(m.objects[1].bytes, (-2i64).to_le_bytes());
        assert_eq!(m.descriptors.len(), 1);
        // Pointer-shaped dynamic types go in the data word directly (nil
        // too, under a non-nil type word).
        let m = mat("any", iface("*int64", Addr(Box::new(Int(7))))).unwrap();
        assert_eq!(m.objects.len(), 2);
        assert_eq!(m.leaves, [obj(0), obj(1)].map(LeafValue::Ptr));
        assert_eq!(m.objects[0].bytes[23], 22 | KIND_DIRECT_IFACE);
        assert_eq!(m.objects[1].bytes, 7i64.to_le_bytes());
        let m = mat("any", iface("struct { p *int64 }", Composite(vec![Nil]))).unwrap();
        assert_eq!(m.objects.len(), 1);
        assert_eq!(
            m.leaves,
            [LeafValue::Ptr(obj(0)), LeafValue::Ptr(Pointer::Nil)]
        );
        // A non-empty interface's type word is an itab: the interface's
        // descriptor at 0, the dynamic type's at 8, a word per method.
        let m = mat("error", iface("string", Str(b"e".to_vec()))).unwrap();
        let itab = match m.leaves[0] {
            LeafValue::Ptr(Pointer::Obj { obj, .. }) => &m.objects[obj.0 as usize],
            other => panic!("{other}"),
        };
        assert!(itab.descriptor);
        assert_eq!(itab.size, 32);
        assert_eq!(itab.ptr_words, [0, 8].into());
        let inter = itab.pointers[&0];
        let dynamic = itab.pointers[&8];
        let Pointer::Obj { obj: dt, .. } = dynamic else {
            panic!()
        };
        assert_ne!(inter, dynamic);
        assert_eq!(m.objects[dt.0 as usize].bytes[23], 24, "kind string");
        assert_eq!(m.descriptors.len(), 3, "{:?}", m.descriptors);
        // new(T, v) for the other pointer-shaped kinds.
        for t in ["unsafe.Pointer", "map[int]string", "chan int", "func()"] {
            let m = mat(
                t,
                New {
                    ty: ty("[2]int16"),
                    value: Box::new(Composite(vec![Int(1), Int(-1)])),
                },
            )
            .unwrap();
            assert_eq!(m.leaves, [LeafValue::Ptr(obj(0))], "{t}");
            assert_eq!(m.objects[0].bytes, [1, 0, 0xff, 0xff], "{t}");
        }
    }

    #[test]
    fn interface_and_new_values_that_do_not_fit_are_refused() {
        use InputValue::*;
        let iface = |t: &str, v: InputValue| Iface {
            ty: ty(t),
            value: Box::new(v),
        };
        let new = |t: &str, v: InputValue| New {
            ty: ty(t),
            value: Box::new(v),
        };
        let err = |t: &str, v: InputValue| mat(t, v).expect_err(t).to_string();
        assert_eq!(
            err("*int64", iface("int64", Int(1))),
            "argument 0 (*int64): iface(int64, 1) is not a *int64"
        );
        assert_eq!(
            err("any", iface("error", Nil)),
            "argument 0 (any): iface(error, nil): the dynamic type error is an interface (a value's dynamic type never is)"
        );
        assert_eq!(
            err("any", iface("int8", Int(300))),
            "argument 0 (any): in iface(int8, 300): 300 is out of range for int8"
        );
        assert_eq!(
            err("any", iface("*int64", Int(1))),
            "argument 0 (any): in iface(*int64, 1): 1 is not a *int64"
        );
        assert_eq!(
            err("*int64", new("int32", Int(1))),
            "argument 0 (*int64): new(int32, 1): a *int64 points to a int64, not a int32"
        );
        assert_eq!(
            err("any", new("int64", Int(1))),
            "argument 0 (any): new(int64, 1) is not a any"
        );
        assert_eq!(
            err("[]int64", new("int64", Int(1))),
            "argument 0 ([]int64): new(int64, 1) is not a []int64"
        );
        assert!(err("chan int", new("[1073741824]int64", Composite(vec![]))).contains("too large"));
    }
}
