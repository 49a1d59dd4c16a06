//! ELF output: compiled functions as one ELF64 x86-64 relocatable object
//! (`ET_REL`), and the janus metadata that travels with it.
//!
//! The object is what a system assembler would produce for the same code,
//! so binutils (`readelf`, `objdump`, `ld`) reads it as it is:
//!
//! * `.text` holds every entry of every function, in order, each at a
//!   16-byte aligned offset; the gaps are filled with `int3` (`0xCC`), so
//!   a jump into padding traps instead of sliding into the next entry.
//! * Every entry has a global `STT_FUNC` symbol (default visibility) whose
//!   value is its offset in `.text` and whose size is its code length.
//! * Every call becomes an `R_X86_64_PLT32` relocation in `.rela.text`
//!   against the callee's symbol: an entry of this object, or else an
//!   undefined global (such as `runtime.panicdivide`) that whoever loads
//!   the object provides. The field itself is left zero, the addend is in
//!   the relocation (RELA), as x86-64 requires.
//! * `.janus.meta` (non-alloc `PROGBITS`) describes the functions and
//!   their entries (ABI, definition or wrapper, frame size) in a
//!   line-oriented text format, so that `readelf -p .janus.meta` shows it
//!   to a person and [`read_meta`] reads it back for the oracle. The
//!   grammar is in `docs/object-format.md`; in short:
//!
//!   ```text
//!   janus-meta 1
//!   func NAME abi=internal|abi0 sig=SIGNATURE
//!   entry SYMBOL abi=internal|abi0 kind=definition|wrapper offset=N size=N frame=N
//!   ```
//!
//!   Text was chosen over a binary table because the metadata is small,
//!   must be inspectable with standard tools, and must grow (stack maps are
//!   next): a reader skips line kinds and `key=value` fields it does not
//!   know, so new ones can be added without breaking old readers, and the
//!   version on the first line changes only for incompatible changes.
//! * `.note.GNU-stack` (empty) says the code does not need an executable
//!   stack, so that linking the object with GNU `ld` does not warn.
//!
//! Invalid input (an empty name, a name with whitespace or `=`, a duplicate
//! symbol, a relocation outside its code, ...) is an [`ObjectError`], never
//! a panic. [`read_meta`] likewise never panics: malformed metadata is a
//! [`MetaError`] with the line number and what was expected.

use std::collections::{HashMap, HashSet};
use std::fmt;

use ::object::write::{Object, Relocation, Symbol as ElfSymbol, SymbolId, SymbolSection};
use ::object::{
    elf, Architecture, BinaryFormat, Endianness, RelocationFlags, SectionKind, SymbolFlags,
    SymbolKind, SymbolScope,
};

use crate::abi::Abi;
use crate::compile::{CompiledFunction, Safepoint, SafepointKind};
use crate::isa::x64::RelocKind;
use crate::types::Type;

/// The name of the metadata section.
pub const META_SECTION: &str = ".janus.meta";

/// The metadata format version this module writes and reads.
pub const META_VERSION: u32 = 1;

/// The alignment of every entry in `.text`.
pub const ENTRY_ALIGN: u64 = 16;

/// The byte that fills the gaps between entries: `int3`.
pub const PAD_BYTE: u8 = 0xCC;

/// Why an object could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ObjectError {
    /// A function name, entry symbol or relocation target is unusable as
    /// an ELF symbol or a metadata field. `what` says which name it is.
    BadName {
        what: String,
        name: String,
        why: &'static str,
    },
    /// Two entries define the same symbol.
    DuplicateSymbol { symbol: String },
    /// Two functions have the same name.
    DuplicateFunction { name: String },
    /// A function whose entries do not fit the model: no entries, not
    /// exactly one definition, a definition in the wrong ABI, two entries
    /// for one ABI, or a signature that cannot be written on one line.
    BadFunction { name: String, what: String },
    /// A relocation whose field is not inside its entry's code.
    BadRelocation {
        entry: String,
        offset: u32,
        what: String,
    },
    /// `.text` would exceed 4 GiB (code offsets are 32-bit throughout the
    /// backend).
    TooLarge { size: u64 },
    /// The ELF writer failed.
    Write(String),
}

impl fmt::Display for ObjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ObjectError::BadName { what, name, why } => write!(f, "{what} {name:?} {why}"),
            ObjectError::DuplicateSymbol { symbol } => {
                write!(f, "symbol {symbol} is defined by two entries")
            }
            ObjectError::DuplicateFunction { name } => {
                write!(f, "function {name} is defined twice")
            }
            ObjectError::BadFunction { name, what } => write!(f, "function {name}: {what}"),
            ObjectError::BadRelocation {
                entry,
                offset,
                what,
            } => write!(f, "entry {entry}, relocation at offset {offset:#x}: {what}"),
            ObjectError::TooLarge { size } => {
                write!(f, ".text of {size:#x} bytes exceeds 4 GiB")
            }
            ObjectError::Write(e) => write!(f, "ELF writer: {e}"),
        }
    }
}

impl std::error::Error for ObjectError {}

/// Whether an entry is its function's definition or a wrapper that adapts
/// the other ABI to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Definition,
    Wrapper,
}

impl EntryKind {
    /// The metadata token: `definition` or `wrapper`.
    pub fn token(self) -> &'static str {
        match self {
            EntryKind::Definition => "definition",
            EntryKind::Wrapper => "wrapper",
        }
    }
}

/// The metadata token of an ABI: `internal` or `abi0`.
pub fn abi_token(abi: Abi) -> &'static str {
    match abi {
        Abi::Internal => "internal",
        Abi::Abi0 => "abi0",
    }
}

/// The contents of `.janus.meta`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// The module's type table, by index (`type` lines, in order).
    pub types: Vec<TypeMeta>,
    pub funcs: Vec<FuncMeta>,
}

/// One `type` line: what the allocator and the collector need of a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeMeta {
    pub size: u64,
    pub align: u64,
    /// Offsets of the words that hold pointers.
    pub ptrs: Vec<u64>,
    /// The type in Go syntax (informational).
    pub go: String,
}

/// One `func` line and the `entry` lines that follow it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncMeta {
    pub name: String,
    /// The definition ABI.
    pub abi: Abi,
    /// The signature as `FuncType::go_syntax` prints it.
    pub sig: String,
    pub entries: Vec<EntryMeta>,
    /// The function takes a closure context in RDX (`context=yes`; the
    /// field is left out when it does not).
    pub context: bool,
}

/// One `entry` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryMeta {
    pub symbol: String,
    pub abi: Abi,
    pub kind: EntryKind,
    /// Offset of the entry's first byte in `.text`.
    pub offset: u64,
    /// Length of the entry's code (padding excluded).
    pub size: u64,
    /// Bytes the prologue subtracts from RSP (return address and saved
    /// RBP not counted).
    pub frame: u32,
    /// Offset (within the entry) of the first instruction after the
    /// stack-growth check; `None` for a nosplit entry.
    pub body: Option<u64>,
    /// The entry's safepoints with their stack maps, from `safepoint` lines.
    pub safepoints: Vec<Safepoint>,
}

impl Meta {
    /// Every entry with its function, in order.
    pub fn entries(&self) -> impl Iterator<Item = (&FuncMeta, &EntryMeta)> {
        self.funcs
            .iter()
            .flat_map(|f| f.entries.iter().map(move |e| (f, e)))
    }

    /// The entry defining `symbol`, with its function.
    pub fn entry(&self, symbol: &str) -> Option<(&FuncMeta, &EntryMeta)> {
        self.entries().find(|(_, e)| e.symbol == symbol)
    }
}

/// The canonical text: what [`write_object`] puts in `.janus.meta`.
impl fmt::Display for Meta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "janus-meta {META_VERSION}")?;
        for (i, t) in self.types.iter().enumerate() {
            let ptrs: Vec<String> = t.ptrs.iter().map(|p| p.to_string()).collect();
            writeln!(
                f,
                "type {i} size={} align={} ptrs={} go={}",
                t.size,
                t.align,
                if ptrs.is_empty() {
                    "-".to_string()
                } else {
                    ptrs.join(",")
                },
                t.go
            )?;
        }
        for func in &self.funcs {
            writeln!(
                f,
                "func {} abi={}{} sig={}",
                func.name,
                abi_token(func.abi),
                if func.context { " context=yes" } else { "" },
                func.sig
            )?;
            for e in &func.entries {
                write!(
                    f,
                    "entry {} abi={} kind={} offset={} size={} frame={}",
                    e.symbol,
                    abi_token(e.abi),
                    e.kind.token(),
                    e.offset,
                    e.size,
                    e.frame
                )?;
                if let Some(body) = e.body {
                    write!(f, " body={body}")?;
                }
                writeln!(f)?;
                for sp in &e.safepoints {
                    let list = |v: Vec<String>| {
                        if v.is_empty() {
                            "-".to_string()
                        } else {
                            v.join(",")
                        }
                    };
                    writeln!(
                        f,
                        "safepoint ret={} kind={} frame={} args={} scalars={}",
                        sp.ret,
                        sp.kind.token(),
                        list(sp.frame.iter().map(|x| x.to_string()).collect()),
                        list(sp.args.iter().map(|x| x.to_string()).collect()),
                        list(sp.scalars.iter().map(|x| x.to_string()).collect())
                    )?;
                }
            }
        }
        Ok(())
    }
}

/// Why a name cannot be a symbol or a metadata field, if it cannot.
fn name_problem(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        Some("is empty")
    } else if name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some("contains whitespace or a control character")
    } else if name.contains('=') {
        Some("contains `=`")
    } else {
        None
    }
}

fn check_name(what: impl Into<String>, name: &str) -> Result<(), ObjectError> {
    match name_problem(name) {
        None => Ok(()),
        Some(why) => Err(ObjectError::BadName {
            what: what.into(),
            name: name.to_string(),
            why,
        }),
    }
}

/// Checks `funcs` and lays their entries out in `.text`: the metadata.
fn layout(funcs: &[CompiledFunction]) -> Result<Meta, ObjectError> {
    let mut names = HashSet::new();
    let mut symbols = HashSet::new();
    let mut cursor = 0u64;
    let mut meta = Meta::default();
    for func in funcs {
        check_name("function name", &func.name)?;
        if !names.insert(func.name.as_str()) {
            return Err(ObjectError::DuplicateFunction {
                name: func.name.clone(),
            });
        }
        let bad = |what: String| ObjectError::BadFunction {
            name: func.name.clone(),
            what,
        };
        let sig = func.sig.go_syntax();
        if sig.contains(['\n', '\r']) {
            return Err(bad("signature contains a line break".into()));
        }
        let definitions: Vec<_> = func.entries.iter().filter(|e| !e.wrapper).collect();
        match definitions.as_slice() {
            // An extern's definition is the loader's: an undefined symbol.
            [] if func.external => {}
            [d] if func.external => {
                return Err(bad(format!(
                    "extern function has a definition entry {}",
                    d.symbol
                )))
            }
            [] => return Err(bad("no definition entry".into())),
            [d] if d.abi != func.abi => {
                return Err(bad(format!(
                    "definition entry {} is {} but the function is defined as {}",
                    d.symbol,
                    d.abi.name(),
                    func.abi.name()
                )))
            }
            [_] => {}
            _ => return Err(bad("more than one definition entry".into())),
        }
        let mut abis = HashSet::new();
        let mut entries = Vec::new();
        for entry in &func.entries {
            check_name(
                format!("entry symbol of function {}", func.name),
                &entry.symbol,
            )?;
            if !symbols.insert(entry.symbol.as_str()) {
                return Err(ObjectError::DuplicateSymbol {
                    symbol: entry.symbol.clone(),
                });
            }
            if !abis.insert(entry.abi) {
                return Err(bad(format!("two entries for {}", entry.abi.name())));
            }
            let code = &entry.code;
            for r in &code.relocs {
                check_name(
                    format!("relocation target in entry {}", entry.symbol),
                    &r.symbol.0,
                )?;
                let width = match r.kind {
                    RelocKind::X86Pc32 | RelocKind::X86Pc32Data => 4,
                };
                if u64::from(r.offset) + width > code.bytes.len() as u64 {
                    return Err(ObjectError::BadRelocation {
                        entry: entry.symbol.clone(),
                        offset: r.offset,
                        what: format!(
                            "{width}-byte field outside the code ({:#x} bytes)",
                            code.bytes.len()
                        ),
                    });
                }
            }
            let offset = cursor.next_multiple_of(ENTRY_ALIGN);
            let size = code.bytes.len() as u64;
            cursor = offset + size;
            if cursor > u64::from(u32::MAX) {
                return Err(ObjectError::TooLarge { size: cursor });
            }
            entries.push(EntryMeta {
                symbol: entry.symbol.clone(),
                abi: entry.abi,
                kind: if entry.wrapper {
                    EntryKind::Wrapper
                } else {
                    EntryKind::Definition
                },
                offset,
                size,
                frame: entry.frame_size,
                body: entry.body.map(u64::from),
                safepoints: entry.safepoints.clone(),
            });
        }
        meta.funcs.push(FuncMeta {
            name: func.name.clone(),
            abi: func.abi,
            sig,
            entries,
            context: func.context,
        });
    }
    Ok(meta)
}

/// Writes `funcs` as an ELF64 x86-64 relocatable object (see the module
/// documentation for its sections and symbols).
pub fn write_object(funcs: &[CompiledFunction]) -> Result<Vec<u8>, ObjectError> {
    write_object_with_types(funcs, &[])
}

/// [`write_object`] for a module whose `alloc` instructions name `types`
/// (its type table, see `compile::alloc_types`): each is described on a
/// `type` line for the runtime's allocator and collector.
pub fn write_object_with_types(
    funcs: &[CompiledFunction],
    types: &[Type],
) -> Result<Vec<u8>, ObjectError> {
    write_object_with(funcs, types, &[])
}

/// [`write_object_with_types`] that also holds the static func values of
/// the functions `funcvals` names (those a module's run lines pass as
/// arguments, `Module::run_funcvals`), whether or not the code refers to
/// them.
pub fn write_object_with(
    funcs: &[CompiledFunction],
    types: &[Type],
    funcvals: &[&str],
) -> Result<Vec<u8>, ObjectError> {
    let mut meta = layout(funcs)?;
    meta.types = types
        .iter()
        .map(|t| {
            let mut ptrs = Vec::new();
            t.for_each_pointer_word(0, &mut |o| ptrs.push(o));
            TypeMeta {
                size: t.size(),
                align: t.align() as u64,
                ptrs,
                go: t.go_syntax(),
            }
        })
        .collect();

    let mut text = Vec::new();
    let codes = funcs.iter().flat_map(|f| &f.entries).map(|e| &e.code);
    for ((_, entry), code) in meta.entries().zip(codes) {
        text.resize(entry.offset as usize, PAD_BYTE);
        text.extend_from_slice(&code.bytes);
    }
    text.resize(
        (text.len() as u64).next_multiple_of(ENTRY_ALIGN) as usize,
        PAD_BYTE,
    );

    let mut obj = Object::new(BinaryFormat::Elf, Architecture::X86_64, Endianness::Little);
    let text_id = obj.add_section(Vec::new(), b".text".to_vec(), SectionKind::Text);
    obj.set_section_data(text_id, text, ENTRY_ALIGN);

    let statics = static_data_used(funcs, funcvals);
    let mut ids: HashMap<&str, SymbolId> = HashMap::new();
    for (_, entry) in meta.entries() {
        let id = obj.add_symbol(ElfSymbol {
            name: entry.symbol.as_bytes().to_vec(),
            value: entry.offset,
            size: entry.size,
            kind: SymbolKind::Text,
            scope: SymbolScope::Dynamic,
            weak: false,
            section: SymbolSection::Section(text_id),
            flags: SymbolFlags::None,
        });
        ids.insert(&entry.symbol, id);
    }
    add_static_data(&mut obj, &statics, &mut ids)?;

    let entries = funcs.iter().flat_map(|f| &f.entries);
    for ((_, at), entry) in meta.entries().zip(entries) {
        for r in &entry.code.relocs {
            let target = r.symbol.0.as_str();
            let symbol = *ids.entry(target).or_insert_with(|| {
                obj.add_symbol(ElfSymbol {
                    name: target.as_bytes().to_vec(),
                    value: 0,
                    size: 0,
                    kind: SymbolKind::Unknown,
                    scope: SymbolScope::Dynamic,
                    weak: false,
                    section: SymbolSection::Undefined,
                    flags: SymbolFlags::None,
                })
            });
            let r_type = match r.kind {
                RelocKind::X86Pc32 => elf::R_X86_64_PLT32,
                RelocKind::X86Pc32Data => elf::R_X86_64_PC32,
            };
            obj.add_relocation(
                text_id,
                Relocation {
                    offset: at.offset + u64::from(r.offset),
                    symbol,
                    addend: r.addend,
                    flags: RelocationFlags::Elf { r_type },
                },
            )
            .map_err(|e| ObjectError::Write(e.to_string()))?;
        }
    }

    let meta_id = obj.add_section(
        Vec::new(),
        META_SECTION.as_bytes().to_vec(),
        SectionKind::Other,
    );
    obj.set_section_data(meta_id, meta.to_string().into_bytes(), 1);
    obj.add_section(
        Vec::new(),
        b".note.GNU-stack".to_vec(),
        SectionKind::Elf(elf::SHT_PROGBITS),
    );

    obj.write().map_err(|e| ObjectError::Write(e.to_string()))
}

/// The static func values the code refers to (Go's read-only `F·f`, see
/// `vcode::funcval_symbol`), in function order, and the itabs it refers
/// to (`vcode::itab_symbol`), in the order of their index: each a symbol
/// and the functions whose ABIInternal entries its words hold after a
/// header of `header` zero bytes. Only those referred to are made, as Go
/// does, and the func values of the functions `named`.
fn static_data_used<'a>(
    funcs: &'a [CompiledFunction],
    named: &[&str],
) -> Vec<(String, u64, Vec<&'a str>)> {
    use crate::isa::x64::vcode::{funcval_symbol, ITAB_PREFIX};
    let referred: HashSet<&str> = funcs
        .iter()
        .flat_map(|g| &g.entries)
        .flat_map(|e| &e.code.relocs)
        .filter(|r| r.kind == RelocKind::X86Pc32Data)
        .map(|r| r.symbol.0.as_str())
        .collect();
    let mut out = Vec::new();
    for f in funcs {
        let symbol = funcval_symbol(&f.name);
        if referred.contains(symbol.as_str()) || named.contains(&f.name.as_str()) {
            out.push((symbol, 0, vec![f.name.as_str()]));
        }
    }
    // `go:itab.K.M0,M1`: by K, then the methods.
    let mut itabs: Vec<(u64, &str, Vec<&str>)> = referred
        .iter()
        .filter_map(|s| {
            let (k, methods) = s.strip_prefix(ITAB_PREFIX)?.split_once('.')?;
            Some((k.parse().ok()?, *s, methods.split(',').collect()))
        })
        .collect();
    itabs.sort();
    for (_, symbol, methods) in itabs {
        out.push((symbol.to_string(), crate::ir::ITAB_FUN_OFFSET, methods));
    }
    out
}

/// The static data in `.rodata`, 8-aligned: per symbol of `data`, its
/// header's zero bytes (an itab's `inter`, `_type` and `hash`: janus has no
/// type descriptors) then one word per function, the address of its
/// ABIInternal entry (an `R_X86_64_64` relocation); a global `STT_OBJECT`
/// symbol over the whole.
fn add_static_data<'a>(
    obj: &mut Object,
    data: &'a [(String, u64, Vec<&'a str>)],
    ids: &mut HashMap<&'a str, SymbolId>,
) -> Result<(), ObjectError> {
    if data.is_empty() {
        return Ok(());
    }
    let size: u64 = data
        .iter()
        .map(|(_, header, words)| header + 8 * words.len() as u64)
        .sum();
    let rodata = obj.add_section(Vec::new(), b".rodata".to_vec(), SectionKind::ReadOnlyData);
    obj.set_section_data(rodata, vec![0u8; size as usize], 8);
    let mut at = 0u64;
    for (symbol, header, words) in data {
        check_name("static data symbol", symbol)?;
        let len = header + 8 * words.len() as u64;
        let id = obj.add_symbol(ElfSymbol {
            name: symbol.as_bytes().to_vec(),
            value: at,
            size: len,
            kind: SymbolKind::Data,
            scope: SymbolScope::Dynamic,
            weak: false,
            section: SymbolSection::Section(rodata),
            flags: SymbolFlags::None,
        });
        ids.insert(symbol.as_str(), id);
        for (w, func) in words.iter().enumerate() {
            let entry = *ids.get(func).ok_or_else(|| {
                ObjectError::Write(format!(
                    "{symbol}: function {func} has no ABIInternal entry"
                ))
            })?;
            obj.add_relocation(
                rodata,
                Relocation {
                    offset: at + header + 8 * w as u64,
                    symbol: entry,
                    addend: 0,
                    flags: RelocationFlags::Elf {
                        r_type: elf::R_X86_64_64,
                    },
                },
            )
            .map_err(|e| ObjectError::Write(e.to_string()))?;
        }
        at += len;
    }
    Ok(())
}

/// Malformed metadata: the 1-based line and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for MetaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for MetaError {}

/// A comma-separated list of integers, or `-` for none.
fn int_list<T: std::str::FromStr>(v: &str) -> Result<Vec<T>, String> {
    if v == "-" {
        return Ok(Vec::new());
    }
    v.split(',')
        .map(|x| {
            x.parse::<T>().map_err(|_| {
                format!(
                    "expected integers separated by commas, found {:?}",
                    truncate(x)
                )
            })
        })
        .collect()
}

/// A line kind or field key: `[a-z][a-z0-9_-]*`.
fn is_keyword(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Reads the text of `.janus.meta` (see `docs/object-format.md`).
///
/// Line kinds other than `func` and `entry`, and `key=value` fields other
/// than the known ones, are skipped: they belong to later versions of the
/// format that old readers must tolerate. Never panics.
pub fn read_meta(text: &str) -> Result<Meta, MetaError> {
    // The final newline ends the last line rather than starting another.
    let body = text.strip_suffix('\n').unwrap_or(text);
    let mut lines = body.split('\n').enumerate().map(|(i, l)| (i + 1, l));
    let (_, first) = lines.next().unwrap_or((1, ""));
    let header_err = |message: String| MetaError { line: 1, message };
    match first.split_once(' ') {
        Some(("janus-meta", v)) => match v.parse::<u32>() {
            Ok(META_VERSION) if v.bytes().all(|b| b.is_ascii_digit()) => {}
            Ok(n) if v.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(header_err(format!(
                    "unsupported version {n} (this reader knows version {META_VERSION})"
                )))
            }
            _ => {
                return Err(header_err(format!(
                    "expected a version number, found {v:?}"
                )))
            }
        },
        _ => {
            return Err(header_err(format!(
                "expected `janus-meta {META_VERSION}`, found {:?}",
                truncate(first)
            )))
        }
    }

    let mut meta = Meta::default();
    let mut func_names = HashSet::new();
    let mut symbols = HashSet::new();
    // The most recent function's signature, and the size of the most
    // recent entry's incoming argument area (what its `args` words index).
    let mut sig_type: Option<crate::types::FuncType> = None;
    let mut arg_area = 0u64;
    for (line, text) in lines {
        let err = |message: String| MetaError { line, message };
        if text.is_empty() {
            continue;
        }
        if text.contains('\r') {
            return Err(err(
                "carriage return in line (lines end with \\n alone)".into()
            ));
        }
        let (kind, rest) = text.split_once(' ').unwrap_or((text, ""));
        if !is_keyword(kind) {
            return Err(err(format!(
                "expected a line kind ([a-z][a-z0-9_-]*), found {:?}",
                truncate(kind)
            )));
        }
        match kind {
            "func" => {
                let mut fields = Fields::new(rest, line, true)?;
                let name = fields.name("a function name")?;
                let abi = fields.abi()?;
                let context = match fields.optional("context") {
                    None => false,
                    Some("yes") => true,
                    Some(v) => {
                        return Err(err(format!(
                            "expected `context=yes`, found `context={}`",
                            truncate(v)
                        )))
                    }
                };
                let sig = match fields.sig.take() {
                    Some(sig) if !sig.is_empty() => sig,
                    Some(_) => return Err(err("expected a signature after `sig=`".into())),
                    None => return Err(err("expected a field `sig=` (last on the line)".into())),
                };
                if !func_names.insert(name.clone()) {
                    return Err(err(format!("function {name} already described")));
                }
                sig_type = Some(
                    crate::parse::parse_func_type(&sig).map_err(|e| err(format!("sig=: {e}")))?,
                );
                meta.funcs.push(FuncMeta {
                    name,
                    abi,
                    sig,
                    entries: Vec::new(),
                    context,
                });
            }
            "entry" => {
                let mut fields = Fields::new(rest, line, false)?;
                let symbol = fields.name("an entry symbol")?;
                let abi = fields.abi()?;
                let kind = match fields.take("kind")? {
                    "definition" => EntryKind::Definition,
                    "wrapper" => EntryKind::Wrapper,
                    v => {
                        return Err(err(format!(
                            "expected `kind=definition` or `kind=wrapper`, found `kind={}`",
                            truncate(v)
                        )))
                    }
                };
                let offset = fields.number("offset")?;
                let size = fields.number("size")?;
                let frame = fields.number("frame")?;
                let frame = u32::try_from(frame)
                    .map_err(|_| err(format!("frame={frame} exceeds 32 bits")))?;
                let Some(func) = meta.funcs.last_mut() else {
                    return Err(err("expected a `func` line before the first `entry`".into()));
                };
                if !symbols.insert(symbol.clone()) {
                    return Err(err(format!("entry {symbol} already described")));
                }
                let body = match fields.optional("body") {
                    Some(v) => Some(v.parse::<u64>().map_err(|_| {
                        err(format!(
                            "expected a number after `body=`, found {:?}",
                            truncate(v)
                        ))
                    })?),
                    None => None,
                };
                check_entry(&symbol, offset, size, body).map_err(err)?;
                if let Some(sig) = &sig_type {
                    arg_area = crate::abi::AbiLayout::analyze(sig, abi.regs())
                        .map_err(|e| err(format!("the signature of {}: {e}", func.name)))?
                        .arg_area_size();
                }
                func.entries.push(EntryMeta {
                    symbol,
                    abi,
                    kind,
                    offset,
                    size,
                    frame,
                    body,
                    safepoints: Vec::new(),
                });
            }
            "type" => {
                let (index, fields_text) = rest.split_once(' ').unwrap_or((rest, ""));
                if index.parse::<usize>().ok() != Some(meta.types.len()) {
                    return Err(err(format!(
                        "expected type {} next, found {:?}",
                        meta.types.len(),
                        truncate(index)
                    )));
                }
                let (before, go) = fields_text.split_once(" go=").unwrap_or((fields_text, ""));
                let padded = format!("- {before}");
                let mut fields = Fields::new(&padded, line, false)?;
                let size = fields.number("size")?;
                let align = fields.number("align")?;
                let ptrs = int_list::<u64>(fields.take("ptrs")?)
                    .map_err(|m| err(format!("ptrs=: {m}")))?;
                check_type(meta.types.len(), size, align, &ptrs).map_err(err)?;
                meta.types.push(TypeMeta {
                    size,
                    align,
                    ptrs,
                    go: go.to_string(),
                });
            }
            "safepoint" => {
                let padded = format!("- {rest}");
                let mut fields = Fields::new(&padded, line, false)?;
                let ret = fields.number("ret")?;
                let ret =
                    u32::try_from(ret).map_err(|_| err(format!("ret={ret} exceeds 32 bits")))?;
                let kind = match fields.take("kind")? {
                    "call" => SafepointKind::Call,
                    "morestack" => SafepointKind::Morestack,
                    "noreturn" => SafepointKind::NoReturn,
                    v => {
                        return Err(err(format!(
                            "expected `kind=call`, `kind=morestack` or `kind=noreturn`, found `kind={}`",
                            truncate(v)
                        )))
                    }
                };
                let frame = int_list::<i32>(fields.take("frame")?)
                    .map_err(|m| err(format!("frame=: {m}")))?;
                let args = int_list::<u32>(fields.take("args")?)
                    .map_err(|m| err(format!("args=: {m}")))?;
                let Some(entry) = meta.funcs.last_mut().and_then(|f| f.entries.last_mut()) else {
                    return Err(err(
                        "expected an `entry` line before the first `safepoint`".into()
                    ));
                };
                let scalars = match fields.optional("scalars") {
                    Some(v) => int_list::<i32>(v).map_err(|m| err(format!("scalars=: {m}")))?,
                    None => Vec::new(),
                };
                let sp = Safepoint {
                    ret,
                    kind,
                    frame,
                    args,
                    scalars,
                };
                check_safepoint(entry, &sp, arg_area).map_err(err)?;
                entry.safepoints.push(sp);
            }
            _ => {}
        }
    }
    Ok(meta)
}

/// An entry's own fields agree: its code fits the address space, and the
/// stack-growth check ends inside it.
fn check_entry(symbol: &str, offset: u64, size: u64, body: Option<u64>) -> Result<(), String> {
    if offset.checked_add(size).is_none() {
        return Err(format!(
            "entry {symbol}: offset={offset} size={size} ends past 2^64"
        ));
    }
    match body {
        Some(b) if b >= size => Err(format!(
            "body={b} is past the end of entry {symbol}'s code ({size} bytes)"
        )),
        _ => Ok(()),
    }
}

/// A type's pointer words lie inside it, and its alignment is a power of two.
fn check_type(index: usize, size: u64, align: u64, ptrs: &[u64]) -> Result<(), String> {
    if !align.is_power_of_two() {
        return Err(format!("type {index}: align={align} is not a power of two"));
    }
    for &p in ptrs {
        if p % 8 != 0 || p.checked_add(8).is_none_or(|end| end > size) {
            return Err(format!(
                "type {index}: pointer word {p} is not a word inside the type ({size} bytes)"
            ));
        }
    }
    Ok(())
}

/// A safepoint describes its own entry: the return address lies inside
/// the entry's code (after its first byte), once per entry; every word of
/// the map lies inside the frame (`frame`, `scalars`: RBP-relative, between
/// RBP-`frame` and RBP-8) or the incoming argument area (`args`: below
/// `arg_area`), 8-byte aligned; and a morestack safepoint, made before the
/// frame exists, names no frame words and belongs to an entry with a
/// stack-growth check.
fn check_safepoint(e: &EntryMeta, sp: &Safepoint, arg_area: u64) -> Result<(), String> {
    let (symbol, ret) = (&e.symbol, sp.ret);
    if ret == 0 || u64::from(ret) > e.size {
        return Err(format!(
            "safepoint ret={ret} is outside entry {symbol}'s code ({} bytes; a return address is after a call, from 1 to the size)",
            e.size
        ));
    }
    if e.safepoints.iter().any(|s| s.ret == ret) {
        return Err(format!("a second safepoint at ret={ret} in entry {symbol}"));
    }
    if sp.kind == SafepointKind::Morestack {
        if e.body.is_none() {
            return Err(format!(
                "a morestack safepoint in entry {symbol}, which has no stack-growth check (no body=)"
            ));
        }
        if !sp.frame.is_empty() || !sp.scalars.is_empty() {
            return Err(format!(
                "a morestack safepoint names frame words, but entry {symbol} has no frame yet there"
            ));
        }
    }
    let frame = i64::from(e.frame);
    for (key, words) in [("frame", &sp.frame), ("scalars", &sp.scalars)] {
        for &w in words.iter() {
            let w = i64::from(w);
            if w % 8 != 0 || w > -8 || w < -frame {
                return Err(format!(
                    "{key}= word {w} is not a word of entry {symbol}'s frame (RBP-{frame} to RBP-8)"
                ));
            }
        }
    }
    for &a in &sp.args {
        if a % 8 != 0 || u64::from(a) + 8 > arg_area {
            return Err(format!(
                "args= word {a} is not a word of entry {symbol}'s incoming argument area ({arg_area} bytes)"
            ));
        }
    }
    Ok(())
}

/// At most 40 characters of `s`, for error messages.
fn truncate(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

/// The fields of one line after its kind: a leading name, then
/// `key=value` tokens separated by single spaces, and (on `func` lines) a
/// final `sig=` that takes the rest of the line.
struct Fields<'a> {
    line: usize,
    name: &'a str,
    pairs: Vec<(&'a str, &'a str)>,
    sig: Option<String>,
}

impl<'a> Fields<'a> {
    fn new(rest: &'a str, line: usize, has_sig: bool) -> Result<Fields<'a>, MetaError> {
        let err = |message: String| MetaError { line, message };
        let (name, mut rest) = rest.split_once(' ').unwrap_or((rest, ""));
        let mut fields = Fields {
            line,
            name,
            pairs: Vec::new(),
            sig: None,
        };
        while !rest.is_empty() {
            if has_sig {
                if let Some(sig) = rest.strip_prefix("sig=") {
                    fields.sig = Some(sig.to_string());
                    break;
                }
            }
            let (token, next) = rest.split_once(' ').unwrap_or((rest, ""));
            rest = next;
            let Some((key, value)) = token.split_once('=').filter(|(k, _)| is_keyword(k)) else {
                return Err(err(format!(
                    "expected a `key=value` field separated by one space, found {:?}",
                    truncate(token)
                )));
            };
            if key == "sig" || fields.pairs.iter().any(|&(k, _)| k == key) {
                return Err(err(format!("field `{key}` given twice")));
            }
            fields.pairs.push((key, value));
        }
        Ok(fields)
    }

    fn err(&self, message: String) -> MetaError {
        MetaError {
            line: self.line,
            message,
        }
    }

    /// The leading name (function name or symbol).
    fn name(&self, what: &str) -> Result<String, MetaError> {
        match name_problem(self.name) {
            None => Ok(self.name.to_string()),
            Some(_) => Err(self.err(format!(
                "expected {what} (no whitespace or `=`), found {:?}",
                truncate(self.name)
            ))),
        }
    }

    /// The value of a required field, which is consumed.
    /// A field that may be absent (added in a later revision of version 1).
    fn optional(&mut self, key: &str) -> Option<&'a str> {
        let i = self.pairs.iter().position(|&(k, _)| k == key)?;
        Some(self.pairs.remove(i).1)
    }

    fn take(&mut self, key: &str) -> Result<&'a str, MetaError> {
        match self.pairs.iter().position(|&(k, _)| k == key) {
            Some(i) => Ok(self.pairs.remove(i).1),
            None => Err(self.err(format!("expected a field `{key}=`"))),
        }
    }

    fn abi(&mut self) -> Result<Abi, MetaError> {
        match self.take("abi")? {
            "internal" => Ok(Abi::Internal),
            "abi0" => Ok(Abi::Abi0),
            v => Err(self.err(format!(
                "expected `abi=internal` or `abi=abi0`, found `abi={}`",
                truncate(v)
            ))),
        }
    }

    /// A decimal number field.
    fn number(&mut self, key: &str) -> Result<u64, MetaError> {
        let v = self.take(key)?;
        v.parse::<u64>()
            .ok()
            .filter(|_| v.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| {
                self.err(format!(
                    "expected `{key}=` and a decimal number below 2^64, found `{key}={}`",
                    truncate(v)
                ))
            })
    }
}
