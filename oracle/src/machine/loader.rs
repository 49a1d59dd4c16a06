//! Loading an ELF64 x86-64 relocatable object (`.o`) into a flat image.
//!
//! The loader is a small static linker for exactly one object: it lays out
//! every `SHF_ALLOC` section from a base address, applies the RELA
//! relocations janus emits, and resolves undefined symbols through a map
//! supplied by the caller (the machine's runtime stubs). The result is a
//! [`LoadedImage`]: section bytes with their final addresses, the symbol
//! table, and the non-alloc `PROGBITS` sections (janus metadata such as
//! `.janus.meta`) kept by name.
//!
//! Layout: alloc sections are grouped by permission — executable, read-only,
//! writable, writable+executable, in that order — so that each group can be
//! mapped with its own page permissions. Every group starts on a page
//! boundary; within a group sections follow in file order, each at the next
//! address aligned to its `sh_addralign`. Non-alloc sections have no address;
//! relocations inside them are computed as if they sat at address 0, as a
//! static linker does for debug sections.
//!
//! Robustness: the input is untrusted (the fuzzers corrupt objects on
//! purpose). Every offset, size, count and index is checked before use and
//! all arithmetic is checked, so a bad object gives a [`LoadError`] that
//! names the section, relocation or symbol at fault. goblin is used only
//! through its bounded parsers, and the whole load runs under
//! `catch_unwind` as a last line of defence: loading never panics.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};

use goblin::container::{Container, Ctx, Endian};
use goblin::elf::header::{EI_CLASS, EI_DATA, ELFCLASS64, ELFDATA2LSB, EM_X86_64, ET_REL};
use goblin::elf::reloc::{
    R_X86_64_32, R_X86_64_32S, R_X86_64_64, R_X86_64_NONE, R_X86_64_PC32, R_X86_64_PC64,
    R_X86_64_PLT32,
};
use goblin::elf::section_header::{
    SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHN_ABS, SHN_COMMON, SHN_LORESERVE, SHN_UNDEF, SHN_XINDEX,
    SHT_NOBITS, SHT_PROGBITS, SHT_REL, SHT_RELA, SHT_STRTAB, SHT_SYMTAB,
};
use goblin::elf::sym::{
    STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FILE, STT_FUNC, STT_OBJECT, STT_SECTION,
};
use goblin::elf::{RelocSection, SectionHeader, Symtab};

/// Page size used for the layout of permission groups.
pub const PAGE_SIZE: u64 = 0x1000;

/// The largest image (from the base to the end of the last alloc section)
/// the loader accepts; a corrupted `.bss` size must not make us map
/// gigabytes.
pub const MAX_IMAGE_SIZE: u64 = 1 << 30;

const SIZEOF_SHDR64: u16 = 64;
const SIZEOF_SYM64: u64 = 24;
const SIZEOF_RELA64: u64 = 24;

/// Page permissions of a section group or a machine region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Perms {
    pub read: bool,
    pub write: bool,
    pub exec: bool,
}

impl Perms {
    pub const NONE: Perms = Perms::new(false, false, false);
    pub const R: Perms = Perms::new(true, false, false);
    pub const RW: Perms = Perms::new(true, true, false);
    pub const RX: Perms = Perms::new(true, false, true);
    pub const RWX: Perms = Perms::new(true, true, true);

    pub const fn new(read: bool, write: bool, exec: bool) -> Perms {
        Perms { read, write, exec }
    }
}

impl fmt::Display for Perms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let flag = |on: bool, c: char| if on { c } else { '-' };
        write!(
            f,
            "{}{}{}",
            flag(self.read, 'r'),
            flag(self.write, 'w'),
            flag(self.exec, 'x')
        )
    }
}

/// One section of the object that the image keeps: every alloc section,
/// and every non-alloc `PROGBITS` section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    /// Index in the ELF section header table.
    pub elf_index: usize,
    /// Final address for alloc sections; `None` for non-alloc ones.
    pub address: Option<u64>,
    pub size: u64,
    pub align: u64,
    pub perms: Perms,
    /// `SHT_NOBITS` (`.bss`): no bytes in the file, zero-filled when mapped.
    pub nobits: bool,
    /// The relocated bytes; empty for `SHT_NOBITS` sections (they are
    /// zero-filled by the machine when it maps the image).
    pub data: Vec<u8>,
}

impl Section {
    pub fn is_alloc(&self) -> bool {
        self.address.is_some()
    }

    /// The address range of an alloc section.
    pub fn range(&self) -> Option<Range<u64>> {
        self.address.map(|a| a..a + self.size)
    }
}

/// What a symbol names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolKind {
    Function,
    Object,
    /// The symbol of a section (named after the section here).
    Section,
    /// A defined symbol without a type (e.g. an assembler label).
    NoType,
    /// A symbol defined outside the object, resolved through the extern map.
    Undefined,
    /// Any other type (`STT_FILE`, `STT_TLS`, ...): kept for completeness.
    Other(u8),
}

/// Symbol binding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Binding {
    Local,
    Global,
    Weak,
    Other(u8),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    /// Index in the ELF symbol table.
    pub elf_index: usize,
    pub kind: SymbolKind,
    pub binding: Binding,
    /// Index into [`LoadedImage::sections`] of the defining section, if
    /// the image keeps it.
    pub section: Option<usize>,
    /// Final address: section address + value for symbols in alloc
    /// sections, the value itself for absolute symbols and symbols of
    /// non-alloc sections, the resolved extern address for undefined ones.
    pub address: u64,
    pub size: u64,
}

/// Where in the object a load error was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The ELF header.
    Header,
    /// A section, by name (or `#index` when its name is unreadable).
    Section(String),
    /// One entry of a relocation section.
    Relocation {
        section: String,
        index: usize,
        offset: u64,
    },
    /// One entry of the symbol table.
    Symbol { index: usize, name: String },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Header => write!(f, "ELF header"),
            Location::Section(s) => write!(f, "section {s}"),
            Location::Relocation {
                section,
                index,
                offset,
            } => write!(
                f,
                "section {section}, relocation {index} at offset {offset:#x}"
            ),
            Location::Symbol { index, name } if name.is_empty() => write!(f, "symbol {index}"),
            Location::Symbol { index, name } => write!(f, "symbol {index} ({name})"),
        }
    }
}

/// Why an object could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The bytes do not start with the ELF magic.
    NotElf,
    /// A valid ELF file of a kind we do not load: 32-bit, big-endian, not
    /// x86-64, not relocatable. The string says which.
    Unsupported(String),
    /// The file is inconsistent: out-of-range offset, size or index.
    Malformed { at: Location, what: String },
    /// A relocation type the loader does not implement.
    UnsupportedRelocation { at: Location, r_type: u32 },
    /// A relocation whose value does not fit its field.
    RelocationOverflow {
        at: Location,
        r_type: u32,
        value: i128,
    },
    /// An undefined symbol that the extern map does not provide.
    UndefinedSymbol { at: Location, name: String },
    /// The image would exceed [`MAX_IMAGE_SIZE`] or the address space.
    TooLarge { at: Location, what: String },
    /// The ELF parser panicked; the payload's message.
    ParserPanic(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotElf => write!(f, "not an ELF file"),
            LoadError::Unsupported(what) => write!(f, "{what}"),
            LoadError::Malformed { at, what } => write!(f, "{at}: {what}"),
            LoadError::UnsupportedRelocation { at, r_type } => write!(
                f,
                "{at}: unsupported relocation type {r_type} ({})",
                reloc_name(*r_type)
            ),
            LoadError::RelocationOverflow { at, r_type, value } => write!(
                f,
                "{at}: value {value:#x} does not fit relocation {}",
                reloc_name(*r_type)
            ),
            LoadError::UndefinedSymbol { at, name } => write!(
                f,
                "{at}: undefined symbol {name} is not among the extern symbols"
            ),
            LoadError::TooLarge { at, what } => write!(f, "{at}: {what}"),
            LoadError::ParserPanic(msg) => write!(f, "the ELF parser panicked: {msg}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// `R_X86_64_PC32` and so on (goblin spells most names without the `R_`).
fn reloc_name(r_type: u32) -> String {
    match goblin::elf::reloc::r_to_str(r_type, EM_X86_64) {
        "UNKNOWN_RELOCATION" => "unknown".to_string(),
        s => format!("R_{}", s.trim_start_matches("R_")),
    }
}

/// An object laid out at its final addresses and relocated.
#[derive(Clone, Debug)]
pub struct LoadedImage {
    base: u64,
    end: u64,
    sections: Vec<Section>,
    symbols: Vec<Symbol>,
    by_name: HashMap<String, usize>,
}

impl LoadedImage {
    /// Load `bytes` (an ELF64 little-endian x86-64 `ET_REL` object) with
    /// its first alloc section group at `code_base` (which must be
    /// page-aligned), resolving undefined symbols through
    /// `extern_symbols`. Never panics.
    pub fn load(
        bytes: &[u8],
        code_base: u64,
        extern_symbols: &HashMap<String, u64>,
    ) -> Result<LoadedImage, LoadError> {
        match panic::catch_unwind(AssertUnwindSafe(|| {
            load_inner(bytes, code_base, extern_symbols)
        })) {
            Ok(result) => result,
            Err(payload) => Err(LoadError::ParserPanic(panic_message(&*payload))),
        }
    }

    /// The address of the first alloc section group.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// One past the last byte of the last alloc section.
    pub fn end(&self) -> u64 {
        self.end
    }

    /// Every kept section: alloc sections (with addresses) and non-alloc
    /// `PROGBITS` sections, in ELF order.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// The first kept section with this name.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// The (relocated) bytes of the first kept section with this name;
    /// empty for `.bss`-like sections.
    pub fn section_bytes(&self, name: &str) -> Option<&[u8]> {
        self.section(name).map(|s| s.data.as_slice())
    }

    /// Every symbol of the object except the null symbol.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The symbol with this name; a global or weak definition wins over a
    /// local one. Section and file symbols are not found by name.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.by_name.get(name).map(|&i| &self.symbols[i])
    }

    /// The address ranges of the executable sections (non-empty ones).
    pub fn code_ranges(&self) -> Vec<Range<u64>> {
        self.sections
            .iter()
            .filter(|s| s.perms.exec && s.size > 0)
            .filter_map(Section::range)
            .collect()
    }

    /// The page-aligned regions the image occupies, one per permission
    /// group, in address order: (range, permissions).
    pub fn segments(&self) -> Vec<(Range<u64>, Perms)> {
        let mut alloc: Vec<(Range<u64>, Perms)> = self
            .sections
            .iter()
            .filter_map(|s| s.range().map(|r| (r, s.perms)))
            .filter(|(r, _)| !r.is_empty())
            .collect();
        alloc.sort_by_key(|(r, _)| r.start);
        let mut segs: Vec<(Range<u64>, Perms)> = Vec::new();
        for (r, perms) in alloc {
            let start = r.start & !(PAGE_SIZE - 1);
            // Cannot overflow: the layout checked end <= base + MAX_IMAGE_SIZE.
            let end = align_up(r.end, PAGE_SIZE).unwrap_or(u64::MAX);
            match segs.last_mut() {
                Some((last, p)) if *p == perms && last.end >= start => last.end = last.end.max(end),
                _ => segs.push((start..end, perms)),
            }
        }
        segs
    }

    /// The symbol that best describes `addr`, with the offset of `addr`
    /// from it: a function or object containing it, else the closest
    /// label before it in the same section, else the section itself.
    pub fn symbol_at(&self, addr: u64) -> Option<(&Symbol, u64)> {
        let section = self
            .sections
            .iter()
            .position(|s| s.range().is_some_and(|r| r.contains(&addr)))?;
        let mut best: Option<(&Symbol, u64, u8)> = None;
        for sym in &self.symbols {
            if sym.section != Some(section) || sym.address > addr {
                continue;
            }
            let offset = addr - sym.address;
            // Rank: a sized symbol covering addr, then a nearer label, then the section.
            let rank = match sym.kind {
                SymbolKind::Section => 0,
                _ if sym.size > 0 && offset < sym.size => 2,
                _ => 1,
            };
            let better = match best {
                None => true,
                Some((_, o, r)) => rank > r || (rank == r && offset < o),
            };
            if better {
                best = Some((sym, offset, rank));
            }
        }
        best.map(|(s, o, _)| (s, o))
    }

    /// A human-readable name for `addr`: `symbol+0xoff` when it is inside
    /// the image.
    pub fn describe(&self, addr: u64) -> Option<String> {
        self.symbol_at(addr).map(|(s, off)| {
            if off == 0 {
                s.name.clone()
            } else {
                format!("{}+{off:#x}", s.name)
            }
        })
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "non-string panic payload".to_string()
    }
}

pub(crate) fn align_up(value: u64, align: u64) -> Option<u64> {
    debug_assert!(align.is_power_of_two());
    value.checked_add(align - 1).map(|v| v & !(align - 1))
}

/// The NUL-terminated string at `offset` of a string table.
fn c_string(table: &[u8], offset: usize) -> Option<String> {
    let rest = table.get(offset..)?;
    let len = rest.iter().position(|&b| b == 0)?;
    Some(String::from_utf8_lossy(&rest[..len]).into_owned())
}

/// The file bytes of a section, bounds-checked.
fn file_range<'a>(bytes: &'a [u8], sh: &SectionHeader, name: &str) -> Result<&'a [u8], LoadError> {
    let bad = || LoadError::Malformed {
        at: Location::Section(name.to_string()),
        what: format!(
            "offset/size outside the file (offset {:#x}, size {:#x}, file size {:#x})",
            sh.sh_offset,
            sh.sh_size,
            bytes.len()
        ),
    };
    let start = usize::try_from(sh.sh_offset).map_err(|_| bad())?;
    let size = usize::try_from(sh.sh_size).map_err(|_| bad())?;
    let end = start.checked_add(size).ok_or_else(bad)?;
    bytes.get(start..end).ok_or_else(bad)
}

/// A table section holds whole entries: a size that is not a multiple of
/// the entry size would silently drop the last, partial one.
fn whole_entries(sh: &SectionHeader, entry: u64, name: &str) -> Result<(), LoadError> {
    if !sh.sh_size.is_multiple_of(entry) {
        return Err(LoadError::Malformed {
            at: Location::Section(name.to_string()),
            what: format!(
                "size {} is not a multiple of the entry size {entry}",
                sh.sh_size
            ),
        });
    }
    Ok(())
}

fn load_inner(
    bytes: &[u8],
    code_base: u64,
    extern_symbols: &HashMap<String, u64>,
) -> Result<LoadedImage, LoadError> {
    let header_err = |what: String| LoadError::Malformed {
        at: Location::Header,
        what,
    };
    if bytes.len() < 4 || &bytes[..4] != b"\x7fELF" {
        return Err(LoadError::NotElf);
    }
    match bytes.get(EI_CLASS) {
        Some(&ELFCLASS64) => {}
        Some(1) => return Err(LoadError::Unsupported("ELF is 32-bit".into())),
        Some(c) => return Err(header_err(format!("invalid ELF class {c}"))),
        None => return Err(header_err("truncated ELF identification".into())),
    }
    match bytes.get(EI_DATA) {
        Some(&ELFDATA2LSB) => {}
        Some(2) => return Err(LoadError::Unsupported("ELF is big-endian".into())),
        Some(d) => return Err(header_err(format!("invalid ELF data encoding {d}"))),
        None => return Err(header_err("truncated ELF identification".into())),
    }
    let header = goblin::elf::Elf::parse_header(bytes)
        .map_err(|e| header_err(format!("unreadable header: {e}")))?;
    if header.e_machine != EM_X86_64 {
        return Err(LoadError::Unsupported(format!(
            "ELF machine {} is not x86-64",
            header.e_machine
        )));
    }
    if header.e_type != ET_REL {
        return Err(LoadError::Unsupported(format!(
            "ELF type {} is not a relocatable object (ET_REL)",
            header.e_type
        )));
    }
    if !code_base.is_multiple_of(PAGE_SIZE) {
        return Err(LoadError::TooLarge {
            at: Location::Header,
            what: format!("code base {code_base:#x} is not page-aligned"),
        });
    }
    if header.e_shoff == 0 {
        return Err(header_err("no section header table".into()));
    }
    if header.e_shentsize != SIZEOF_SHDR64 {
        return Err(header_err(format!(
            "section header entry size {} (expected {SIZEOF_SHDR64})",
            header.e_shentsize
        )));
    }
    let ctx = Ctx::new(Container::Big, Endian::Little);
    let shoff = usize::try_from(header.e_shoff)
        .map_err(|_| header_err(format!("section header offset {:#x}", header.e_shoff)))?;
    let shdrs = SectionHeader::parse(bytes, shoff, header.e_shnum as usize, ctx).map_err(|e| {
        header_err(format!(
            "section header table (offset {:#x}, {} entries) unreadable: {e}",
            header.e_shoff, header.e_shnum
        ))
    })?;

    // Section names.
    let mut shstrndx = header.e_shstrndx as u32;
    if shstrndx == SHN_XINDEX {
        shstrndx = shdrs.first().map_or(0, |s| s.sh_link);
    }
    let shstrtab: &[u8] = match shdrs.get(shstrndx as usize) {
        Some(sh) if shstrndx != 0 => {
            let name = format!("#{shstrndx}");
            if sh.sh_type != SHT_STRTAB {
                return Err(LoadError::Malformed {
                    at: Location::Section(name),
                    what: "section name table is not a string table".into(),
                });
            }
            file_range(bytes, sh, &name)?
        }
        _ => &[],
    };
    let names: Vec<String> = shdrs
        .iter()
        .enumerate()
        .map(|(i, sh)| c_string(shstrtab, sh.sh_name).unwrap_or_else(|| format!("#{i}")))
        .collect();

    // Layout of alloc sections, grouped by permissions.
    let perms_of = |sh: &SectionHeader| {
        Perms::new(
            true,
            sh.sh_flags & SHF_WRITE as u64 != 0,
            sh.sh_flags & SHF_EXECINSTR as u64 != 0,
        )
    };
    let groups = [Perms::RX, Perms::R, Perms::RW, Perms::RWX];
    let mut addresses: Vec<Option<u64>> = vec![None; shdrs.len()];
    let mut cursor = code_base;
    let limit = code_base
        .checked_add(MAX_IMAGE_SIZE)
        .ok_or(LoadError::TooLarge {
            at: Location::Header,
            what: format!("code base {code_base:#x} leaves no room for an image"),
        })?;
    for group in groups {
        let mut started = false;
        for (i, sh) in shdrs.iter().enumerate() {
            if i == 0 || sh.sh_flags & SHF_ALLOC as u64 == 0 || perms_of(sh) != group {
                continue;
            }
            let at = || Location::Section(names[i].clone());
            let align = sh.sh_addralign.max(1);
            if !align.is_power_of_two() {
                return Err(LoadError::Malformed {
                    at: at(),
                    what: format!("alignment {align:#x} is not a power of two"),
                });
            }
            let too_large = || {
                LoadError::TooLarge {
                at: at(),
                what: format!(
                    "size {:#x} with alignment {align:#x} exceeds the image limit of {MAX_IMAGE_SIZE:#x} bytes",
                    sh.sh_size
                ),
            }
            };
            if !started {
                cursor = align_up(cursor, PAGE_SIZE).ok_or_else(too_large)?;
                started = true;
            }
            let addr = align_up(cursor, align).ok_or_else(too_large)?;
            let end = addr.checked_add(sh.sh_size).ok_or_else(too_large)?;
            if end > limit {
                return Err(too_large());
            }
            addresses[i] = Some(addr);
            cursor = end;
        }
    }
    let image_end = cursor;

    // Kept sections: alloc ones and non-alloc PROGBITS.
    let mut sections = Vec::new();
    let mut kept_index: Vec<Option<usize>> = vec![None; shdrs.len()];
    // Sections of a sound object do not overlap in the file, so their bytes
    // add up to at most the file size; a corrupted table whose sections all
    // claim the whole file would otherwise copy it thousands of times.
    let mut copied = 0usize;
    for (i, sh) in shdrs.iter().enumerate() {
        let alloc = addresses[i].is_some();
        if !alloc && (i == 0 || sh.sh_type != SHT_PROGBITS) {
            continue;
        }
        let nobits = sh.sh_type == SHT_NOBITS;
        let data = if nobits {
            Vec::new()
        } else {
            let range = file_range(bytes, sh, &names[i])?;
            copied += range.len();
            if copied > bytes.len() {
                return Err(LoadError::Malformed {
                    at: Location::Section(names[i].clone()),
                    what: "section contents overlap other sections".into(),
                });
            }
            range.to_vec()
        };
        kept_index[i] = Some(sections.len());
        sections.push(Section {
            name: names[i].clone(),
            elf_index: i,
            address: addresses[i],
            size: sh.sh_size,
            align: sh.sh_addralign.max(1),
            perms: if alloc { perms_of(sh) } else { Perms::NONE },
            nobits,
            data,
        });
    }

    // The symbol table (at most one in a relocatable object).
    let symtab_index = shdrs.iter().position(|sh| sh.sh_type == SHT_SYMTAB);
    let mut raw_syms = Vec::new();
    let mut symbols = Vec::new();
    // ELF symbol index -> index in `symbols` (the null symbol has none).
    let mut sym_slot: Vec<Option<usize>> = Vec::new();
    if let Some(si) = symtab_index {
        let sh = &shdrs[si];
        let at = || Location::Section(names[si].clone());
        if sh.sh_entsize != SIZEOF_SYM64 {
            return Err(LoadError::Malformed {
                at: at(),
                what: format!(
                    "symbol entry size {} (expected {SIZEOF_SYM64})",
                    sh.sh_entsize
                ),
            });
        }
        file_range(bytes, sh, &names[si])?;
        whole_entries(sh, SIZEOF_SYM64, &names[si])?;
        let count = (sh.sh_size / SIZEOF_SYM64) as usize;
        let table = Symtab::parse(bytes, sh.sh_offset as usize, count, ctx).map_err(|e| {
            LoadError::Malformed {
                at: at(),
                what: format!("unreadable symbol table: {e}"),
            }
        })?;
        let strtab: &[u8] = match shdrs.get(sh.sh_link as usize) {
            Some(st) if st.sh_type == SHT_STRTAB => {
                file_range(bytes, st, &names[sh.sh_link as usize])?
            }
            _ => {
                return Err(LoadError::Malformed {
                    at: at(),
                    what: format!("string table index {} is not a string table", sh.sh_link),
                })
            }
        };
        for index in 0..count {
            let sym = table.get(index).ok_or_else(|| LoadError::Malformed {
                at: Location::Symbol {
                    index,
                    name: String::new(),
                },
                what: "unreadable symbol".into(),
            })?;
            raw_syms.push(sym);
            if index == 0 {
                sym_slot.push(None);
                continue;
            }
            let raw_name = c_string(strtab, sym.st_name).ok_or_else(|| LoadError::Malformed {
                at: Location::Symbol {
                    index,
                    name: String::new(),
                },
                what: format!("name offset {:#x} outside the string table", sym.st_name),
            })?;
            let at = || Location::Symbol {
                index,
                name: raw_name.clone(),
            };
            let st_type = sym.st_type();
            let binding = match sym.st_bind() {
                STB_LOCAL => Binding::Local,
                STB_GLOBAL => Binding::Global,
                STB_WEAK => Binding::Weak,
                b => Binding::Other(b),
            };
            let shndx = sym.st_shndx as u32;
            let (kind, section, address, name) = if shndx == SHN_UNDEF {
                let address = match extern_symbols.get(&raw_name) {
                    Some(&a) => a,
                    None if binding == Binding::Weak => 0,
                    None => {
                        return Err(LoadError::UndefinedSymbol {
                            at: at(),
                            name: raw_name.clone(),
                        })
                    }
                };
                (SymbolKind::Undefined, None, address, raw_name)
            } else if shndx == SHN_ABS {
                (kind_of(st_type), None, sym.st_value, raw_name)
            } else if shndx == SHN_COMMON {
                return Err(LoadError::Malformed {
                    at: at(),
                    what: "common symbols are not supported".into(),
                });
            } else if shndx >= SHN_LORESERVE {
                return Err(LoadError::Malformed {
                    at: at(),
                    what: format!("reserved section index {shndx:#x} is not supported"),
                });
            } else {
                let sidx = shndx as usize;
                if sidx >= shdrs.len() {
                    return Err(LoadError::Malformed {
                        at: at(),
                        what: format!("section index {sidx} out of range"),
                    });
                }
                let base = addresses[sidx].unwrap_or(0);
                let address =
                    base.checked_add(sym.st_value)
                        .ok_or_else(|| LoadError::Malformed {
                            at: at(),
                            what: format!("value {:#x} overflows the address space", sym.st_value),
                        })?;
                let name = if st_type == STT_SECTION && raw_name.is_empty() {
                    names[sidx].clone()
                } else {
                    raw_name
                };
                (kind_of(st_type), kept_index[sidx], address, name)
            };
            sym_slot.push(Some(symbols.len()));
            symbols.push(Symbol {
                name,
                elf_index: index,
                kind,
                binding,
                section,
                address,
                size: sym.st_size,
            });
        }
    }

    // Name lookup: definitions beat undefined references; globals beat locals.
    let rank = |s: &Symbol| match (s.kind, s.binding) {
        (SymbolKind::Undefined, _) => 0,
        (_, Binding::Local) => 1,
        _ => 2,
    };
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, s) in symbols.iter().enumerate() {
        if s.name.is_empty() || matches!(s.kind, SymbolKind::Section | SymbolKind::Other(STT_FILE))
        {
            continue;
        }
        match by_name.get(&s.name) {
            Some(&j) if rank(&symbols[j]) >= rank(s) => {}
            _ => {
                by_name.insert(s.name.clone(), i);
            }
        }
    }

    // Relocations.
    for (ri, sh) in shdrs.iter().enumerate() {
        let rname = &names[ri];
        if sh.sh_type == SHT_REL {
            return Err(LoadError::Malformed {
                at: Location::Section(rname.clone()),
                what: "REL relocations (without addend) are not supported on x86-64".into(),
            });
        }
        if sh.sh_type != SHT_RELA {
            continue;
        }
        let at = || Location::Section(rname.clone());
        if sh.sh_entsize != SIZEOF_RELA64 {
            return Err(LoadError::Malformed {
                at: at(),
                what: format!(
                    "relocation entry size {} (expected {SIZEOF_RELA64})",
                    sh.sh_entsize
                ),
            });
        }
        if Some(sh.sh_link as usize) != symtab_index {
            return Err(LoadError::Malformed {
                at: at(),
                what: format!("linked section {} is not the symbol table", sh.sh_link),
            });
        }
        let target = sh.sh_info as usize;
        let Some(slot) = kept_index.get(target).copied().flatten() else {
            return Err(LoadError::Malformed {
                at: at(),
                what: format!("target section {target} is out of range or not a loadable section"),
            });
        };
        if sections[slot].nobits {
            return Err(LoadError::Malformed {
                at: at(),
                what: format!("target section {} has no file bytes", sections[slot].name),
            });
        }
        file_range(bytes, sh, rname)?;
        whole_entries(sh, SIZEOF_RELA64, rname)?;
        let relocs =
            RelocSection::parse(bytes, sh.sh_offset as usize, sh.sh_size as usize, true, ctx)
                .map_err(|e| LoadError::Malformed {
                    at: at(),
                    what: format!("unreadable relocations: {e}"),
                })?;
        let section_base = sections[slot].address.unwrap_or(0);
        for index in 0..relocs.len() {
            let Some(rel) = relocs.get(index) else {
                return Err(LoadError::Malformed {
                    at: at(),
                    what: format!("relocation {index} unreadable"),
                });
            };
            let at = || Location::Relocation {
                section: rname.clone(),
                index,
                offset: rel.r_offset,
            };
            let width: u64 = match rel.r_type {
                R_X86_64_NONE => continue,
                R_X86_64_64 | R_X86_64_PC64 => 8,
                R_X86_64_PC32 | R_X86_64_PLT32 | R_X86_64_32 | R_X86_64_32S => 4,
                r_type => return Err(LoadError::UnsupportedRelocation { at: at(), r_type }),
            };
            let s: u64 = if rel.r_sym == 0 {
                0
            } else {
                match sym_slot.get(rel.r_sym) {
                    Some(Some(k)) => symbols[*k].address,
                    _ => {
                        return Err(LoadError::Malformed {
                            at: at(),
                            what: format!("symbol index {} out of range", rel.r_sym),
                        })
                    }
                }
            };
            let data = &mut sections[slot].data;
            let field = rel
                .r_offset
                .checked_add(width)
                .filter(|&end| end <= data.len() as u64)
                .map(|end| (rel.r_offset as usize)..(end as usize))
                .ok_or_else(|| LoadError::Malformed {
                    at: at(),
                    what: format!(
                        "field of {width} bytes outside the target section ({:#x} bytes)",
                        data.len()
                    ),
                })?;
            let a = rel.r_addend.unwrap_or(0) as i128;
            let p = section_base as i128 + rel.r_offset as i128;
            let value = match rel.r_type {
                R_X86_64_PC32 | R_X86_64_PLT32 | R_X86_64_PC64 => s as i128 + a - p,
                _ => s as i128 + a,
            };
            let fits = match rel.r_type {
                R_X86_64_64 | R_X86_64_PC64 => true,
                R_X86_64_32 => (0..=u32::MAX as i128).contains(&value),
                _ => (i32::MIN as i128..=i32::MAX as i128).contains(&value),
            };
            if !fits {
                return Err(LoadError::RelocationOverflow {
                    at: at(),
                    r_type: rel.r_type,
                    value,
                });
            }
            // Two's complement truncation to the field width is exactly the
            // encoding once the range check above has passed.
            let le = (value as u64).to_le_bytes();
            data[field].copy_from_slice(&le[..width as usize]);
        }
    }

    Ok(LoadedImage {
        base: code_base,
        end: image_end,
        sections,
        symbols,
        by_name,
    })
}

fn kind_of(st_type: u8) -> SymbolKind {
    match st_type {
        STT_FUNC => SymbolKind::Function,
        STT_OBJECT => SymbolKind::Object,
        STT_SECTION => SymbolKind::Section,
        goblin::elf::sym::STT_NOTYPE => SymbolKind::NoType,
        t => SymbolKind::Other(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_elf_and_wrong_kinds() {
        let none = HashMap::new();
        assert_eq!(
            LoadedImage::load(b"", 0x1000, &none).unwrap_err(),
            LoadError::NotElf
        );
        assert_eq!(
            LoadedImage::load(b"MZ\x90\x00", 0x1000, &none).unwrap_err(),
            LoadError::NotElf
        );
        let mut ident = b"\x7fELF\x01\x01\x01\x00".to_vec();
        ident.resize(64, 0);
        assert_eq!(
            LoadedImage::load(&ident, 0x1000, &none)
                .unwrap_err()
                .to_string(),
            "ELF is 32-bit"
        );
        ident[4] = 2;
        ident[5] = 2;
        assert_eq!(
            LoadedImage::load(&ident, 0x1000, &none)
                .unwrap_err()
                .to_string(),
            "ELF is big-endian"
        );
        // A 64-bit little-endian header of the wrong machine.
        ident[5] = 1;
        ident[16] = ET_REL as u8;
        ident[18] = 3; // EM_386
        let err = LoadedImage::load(&ident, 0x1000, &none).unwrap_err();
        assert!(err.to_string().contains("not x86-64"), "{err}");
    }

    #[test]
    fn location_messages() {
        let at = Location::Relocation {
            section: ".rela.text".into(),
            index: 3,
            offset: 0x10,
        };
        assert_eq!(
            LoadError::UnsupportedRelocation {
                at: at.clone(),
                r_type: 42
            }
            .to_string(),
            "section .rela.text, relocation 3 at offset 0x10: unsupported relocation type 42 (R_X86_64_REX_GOTPCRELX)"
        );
        assert_eq!(
            LoadError::Malformed {
                at,
                what: "symbol index 99 out of range".into()
            }
            .to_string(),
            "section .rela.text, relocation 3 at offset 0x10: symbol index 99 out of range"
        );
    }

    #[test]
    fn perms_display() {
        assert_eq!(Perms::RX.to_string(), "r-x");
        assert_eq!(Perms::RW.to_string(), "rw-");
    }
}
