//! The listing that `janus asm FILE` prints: every entry of a janus object
//! disassembled, with its metadata, calls shown by symbol name.
//!
//! ```text
//! ; janus listing: 2 functions, 4 entries, .text 0x80 bytes
//!
//! ; func f1 func(a int64) int64, defined as ABIInternal
//! f1:  ; ABIInternal definition, frame 16, .text+0x0, 38 bytes
//!   0000  55                 push rbp
//!   0001  48 89 e5           mov rbp, rsp
//!   0004  48 83 ec 10        sub rsp, 0x10
//! .L8:
//!   0008  48 85 c0           test rax, rax
//!   000b  0f 85 0a 00 00 00  jne .L1b
//!   0011  e8 00 00 00 00     call runtime.panicdivide
//!   0016  e9 ed ff ff ff     jmp .L8
//! .L1b:
//!   001b  e8 00 00 00 00     call f2
//!   ...
//! f1.abi0:  ; ABI0 wrapper, frame 8, .text+0x30, 29 bytes
//!   0000  55              push rbp
//!   ...
//!   0008  48 8b 44 24 20  mov rax, qword ptr [rsp+0x20]
//!   000d  e8 00 00 00 00  call f1
//! ```
//!
//! Per function, a comment with its name, signature and definition ABI;
//! per entry, a header with the entry symbol, its ABI, whether it is the
//! definition or a wrapper, and its frame size (all from `.janus.meta`,
//! read with [`janus_backend::object::read_meta`]), then one line per
//! instruction: the offset within the entry (hex), the raw bytes as they
//! are in the file (relocated fields still zero), and iced-x86's Intel
//! syntax (memory operand sizes always shown, `0x` hex). Jump targets
//! inside the entry are labels `.L<hex offset>`, and a
//! label line precedes the instruction it names. A branch whose rel32 field
//! carries a relocation is printed with the relocation's symbol (`call f2`,
//! `jmp f1.abi0`; `+N` when the addend is not the usual -4): the target is
//! read from the relocation, never guessed from an address. A relocation on
//! any other instruction is appended as a comment. Padding between entries
//! is not shown.
//!
//! The object is read here, not with [`crate::machine::loader`]: the loader
//! resolves relocations away, while the listing must show them, and it
//! must accept the undefined symbols the loader would need addresses for.
//! The input is untrusted: every offset, size and index is checked, and a
//! bad object is a [`ListingError`] that says where (section, metadata
//! line, entry and offset, relocation or symbol). A listing never panics;
//! `catch_unwind` guards the ELF parser as a last line of defence.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::panic::{self, AssertUnwindSafe};

use goblin::container::{Container, Ctx};
use goblin::elf::header::{EI_CLASS, EI_DATA, ELFCLASS64, ELFDATA2LSB, EM_X86_64, ET_REL};
use goblin::elf::reloc::{
    R_X86_64_32, R_X86_64_32S, R_X86_64_64, R_X86_64_PC32, R_X86_64_PC64, R_X86_64_PLT32,
};
use goblin::elf::section_header::{
    SHF_EXECINSTR, SHN_UNDEF, SHT_PROGBITS, SHT_REL, SHT_RELA, SHT_STRTAB, SHT_SYMTAB,
};
use goblin::elf::sym::STT_SECTION;
use goblin::elf::{RelocSection, SectionHeader, Symtab};
use iced_x86::{
    Decoder, DecoderError, DecoderOptions, Formatter, Instruction, IntelFormatter,
    MemorySizeOptions, OpKind,
};
use janus_backend::object::{read_meta, EntryMeta, Meta, META_SECTION};

/// Where in the object a listing error was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Where {
    /// The ELF header or the file as a whole.
    Header,
    /// A section, by name (`#index` when its name is unreadable).
    Section(String),
    /// A line of `.janus.meta`.
    Meta { line: usize },
    /// An entry, and the offset within it when the error is at one.
    Entry { symbol: String, offset: Option<u64> },
    /// One relocation of a relocation section.
    Relocation {
        section: String,
        index: usize,
        offset: u64,
    },
    /// One entry of the symbol table.
    Symbol { index: usize, name: String },
}

impl fmt::Display for Where {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Where::Header => f.write_str("ELF header"),
            Where::Section(s) => write!(f, "section {s}"),
            Where::Meta { line } => write!(f, "section {META_SECTION}, line {line}"),
            Where::Entry {
                symbol,
                offset: None,
            } => write!(f, "entry {symbol}"),
            Where::Entry {
                symbol,
                offset: Some(o),
            } => write!(f, "entry {symbol} at +{o:#x}"),
            Where::Relocation {
                section,
                index,
                offset,
            } => write!(
                f,
                "section {section}, relocation {index} at offset {offset:#x}"
            ),
            Where::Symbol { index, name } => write!(f, "symbol {index} ({name})"),
        }
    }
}

/// Why an object could not be listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingError {
    pub at: Where,
    pub what: String,
}

impl fmt::Display for ListingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.what)
    }
}

impl std::error::Error for ListingError {}

fn error(at: Where, what: impl Into<String>) -> ListingError {
    ListingError {
        at,
        what: what.into(),
    }
}

/// Lists every entry of a janus object (see the module documentation).
/// Never panics.
pub fn listing(elf: &[u8]) -> Result<String, ListingError> {
    match panic::catch_unwind(AssertUnwindSafe(|| list(elf))) {
        Ok(result) => result,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(error(
                Where::Header,
                format!("the ELF parser panicked: {msg}"),
            ))
        }
    }
}

/// A relocation of `.text`, by the offset of its field.
struct TextReloc {
    index: usize,
    section: String,
    r_type: u32,
    width: u64,
    symbol: String,
    addend: i64,
}

impl TextReloc {
    fn at(&self, offset: u64) -> Where {
        Where::Relocation {
            section: self.section.clone(),
            index: self.index,
            offset,
        }
    }
}

/// The parts of the object a listing needs.
struct Object<'a> {
    text: &'a [u8],
    meta: Meta,
    relocs: BTreeMap<u64, TextReloc>,
}

/// The NUL-terminated string at `offset` in `table`.
fn c_string(table: &[u8], offset: usize) -> Option<String> {
    let rest = table.get(offset..)?;
    let end = rest.iter().position(|&b| b == 0)?;
    Some(String::from_utf8_lossy(&rest[..end]).into_owned())
}

/// The file bytes of a section, checked to lie inside the file.
fn file_bytes<'a>(
    bytes: &'a [u8],
    sh: &SectionHeader,
    name: &str,
) -> Result<&'a [u8], ListingError> {
    sh.sh_offset
        .checked_add(sh.sh_size)
        .filter(|&end| end <= bytes.len() as u64)
        .map(|end| &bytes[sh.sh_offset as usize..end as usize])
        .ok_or_else(|| {
            error(
                Where::Section(name.to_string()),
                format!(
                    "contents (offset {:#x}, size {:#x}) outside the file ({:#x} bytes)",
                    sh.sh_offset,
                    sh.sh_size,
                    bytes.len()
                ),
            )
        })
}

/// A symbol or relocation table (24-byte entries) holds whole entries: a
/// partial last entry would otherwise be dropped without a word.
fn whole_entries(sh: &SectionHeader, name: &str) -> Result<(), ListingError> {
    if !sh.sh_size.is_multiple_of(24) {
        return Err(error(
            Where::Section(name.to_string()),
            format!("size {} is not a multiple of the entry size 24", sh.sh_size),
        ));
    }
    Ok(())
}

fn parse(bytes: &[u8]) -> Result<Object<'_>, ListingError> {
    let header_err = |what: String| error(Where::Header, what);
    if bytes.len() < 4 || &bytes[..4] != b"\x7fELF" {
        return Err(header_err("not an ELF file".into()));
    }
    if bytes.get(EI_CLASS) != Some(&ELFCLASS64) || bytes.get(EI_DATA) != Some(&ELFDATA2LSB) {
        return Err(header_err("not a 64-bit little-endian ELF file".into()));
    }
    let header = goblin::elf::Elf::parse_header(bytes)
        .map_err(|e| header_err(format!("unreadable header: {e}")))?;
    if header.e_machine != EM_X86_64 || header.e_type != ET_REL {
        return Err(header_err(format!(
            "machine {} type {}: not an x86-64 relocatable object",
            header.e_machine, header.e_type
        )));
    }
    if header.e_shentsize != 64 || header.e_shoff == 0 {
        return Err(header_err(format!(
            "no usable section header table (offset {:#x}, entry size {})",
            header.e_shoff, header.e_shentsize
        )));
    }
    let ctx = Ctx::new(Container::Big, goblin::container::Endian::Little);
    let shdrs = SectionHeader::parse(bytes, header.e_shoff as usize, header.e_shnum as usize, ctx)
        .map_err(|e| {
            header_err(format!(
                "section header table (offset {:#x}, {} entries) unreadable: {e}",
                header.e_shoff, header.e_shnum
            ))
        })?;
    let shstrtab = match shdrs.get(header.e_shstrndx as usize) {
        Some(sh) if header.e_shstrndx != 0 && sh.sh_type == SHT_STRTAB => {
            file_bytes(bytes, sh, "(section names)")?
        }
        _ => return Err(header_err("no section name table".into())),
    };
    let names: Vec<String> = shdrs
        .iter()
        .enumerate()
        .map(|(i, sh)| c_string(shstrtab, sh.sh_name).unwrap_or_else(|| format!("#{i}")))
        .collect();
    let find = |name: &str| -> Result<usize, ListingError> {
        let mut found = names.iter().enumerate().filter(|(_, n)| *n == name);
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Ok(i),
            (None, _) => Err(error(Where::Section(name.into()), "missing")),
            (Some(_), Some(_)) => Err(error(Where::Section(name.into()), "appears twice")),
        }
    };

    let ti = find(".text")?;
    let tsh = &shdrs[ti];
    if tsh.sh_type != SHT_PROGBITS || tsh.sh_flags & u64::from(SHF_EXECINSTR) == 0 {
        return Err(error(
            Where::Section(".text".into()),
            "not an executable PROGBITS section",
        ));
    }
    let text = file_bytes(bytes, tsh, ".text")?;

    let mi = find(META_SECTION)?;
    let meta_bytes = file_bytes(bytes, &shdrs[mi], META_SECTION)?;
    let meta_text = std::str::from_utf8(meta_bytes).map_err(|e| {
        error(
            Where::Section(META_SECTION.into()),
            format!("not UTF-8 text: {e}"),
        )
    })?;
    let meta = read_meta(meta_text).map_err(|e| error(Where::Meta { line: e.line }, e.message))?;

    // The symbol table: (name, section index, value, size) per symbol.
    let si = shdrs
        .iter()
        .position(|sh| sh.sh_type == SHT_SYMTAB)
        .ok_or_else(|| header_err("no symbol table".into()))?;
    let ssh = &shdrs[si];
    let sat = || Where::Section(names[si].clone());
    if ssh.sh_entsize != 24 {
        return Err(error(
            sat(),
            format!("symbol entry size {} (expected 24)", ssh.sh_entsize),
        ));
    }
    file_bytes(bytes, ssh, &names[si])?;
    whole_entries(ssh, &names[si])?;
    let count = (ssh.sh_size / 24) as usize;
    let table = Symtab::parse(bytes, ssh.sh_offset as usize, count, ctx)
        .map_err(|e| error(sat(), format!("unreadable symbol table: {e}")))?;
    let strtab = match shdrs.get(ssh.sh_link as usize) {
        Some(st) if st.sh_type == SHT_STRTAB => {
            file_bytes(bytes, st, &names[ssh.sh_link as usize])?
        }
        _ => return Err(error(sat(), "linked string table is not a string table")),
    };
    let mut symbols = Vec::with_capacity(count);
    for index in 0..count {
        let sym = table.get(index).ok_or_else(|| {
            error(
                Where::Symbol {
                    index,
                    name: String::new(),
                },
                "unreadable",
            )
        })?;
        let name = if sym.st_type() == STT_SECTION {
            names.get(sym.st_shndx).cloned()
        } else {
            c_string(strtab, sym.st_name)
        }
        .ok_or_else(|| {
            error(
                Where::Symbol {
                    index,
                    name: String::new(),
                },
                "name outside its string table or section",
            )
        })?;
        symbols.push((name, sym.st_shndx, sym.st_value, sym.st_size));
    }

    // Every entry is a symbol of .text at its metadata offset and size.
    for (_, e) in meta.entries() {
        let at = || Where::Entry {
            symbol: e.symbol.clone(),
            offset: None,
        };
        let in_text = e
            .offset
            .checked_add(e.size)
            .is_some_and(|end| end <= text.len() as u64);
        if !in_text {
            return Err(error(
                at(),
                format!(
                    "offset {:#x} size {:#x} outside .text ({:#x} bytes)",
                    e.offset,
                    e.size,
                    text.len()
                ),
            ));
        }
        let sym = symbols
            .iter()
            .find(|s| s.0 == e.symbol && s.1 != SHN_UNDEF as usize)
            .ok_or_else(|| error(at(), "no defined symbol of that name"))?;
        if (sym.1, sym.2, sym.3) != (ti, e.offset, e.size) {
            return Err(error(
                at(),
                format!(
                    "symbol is in section {} at {:#x} size {:#x}, metadata says .text at {:#x} size {:#x}",
                    sym.1, sym.2, sym.3, e.offset, e.size
                ),
            ));
        }
    }

    // Relocations of .text.
    let mut relocs = BTreeMap::new();
    for (ri, sh) in shdrs.iter().enumerate() {
        if (sh.sh_type != SHT_RELA && sh.sh_type != SHT_REL) || sh.sh_info as usize != ti {
            continue;
        }
        let rname = &names[ri];
        let at = || Where::Section(rname.clone());
        if sh.sh_type == SHT_REL {
            return Err(error(
                at(),
                "REL relocations (without addend) are not used on x86-64",
            ));
        }
        if sh.sh_entsize != 24 || sh.sh_link as usize != si {
            return Err(error(
                at(),
                format!(
                    "entry size {} (expected 24) or linked section {} (expected the symbol table {si})",
                    sh.sh_entsize, sh.sh_link
                ),
            ));
        }
        file_bytes(bytes, sh, rname)?;
        whole_entries(sh, rname)?;
        let rels =
            RelocSection::parse(bytes, sh.sh_offset as usize, sh.sh_size as usize, true, ctx)
                .map_err(|e| error(at(), format!("unreadable relocations: {e}")))?;
        for index in 0..rels.len() {
            let rel = rels
                .get(index)
                .ok_or_else(|| error(at(), format!("relocation {index} unreadable")))?;
            let rat = Where::Relocation {
                section: rname.clone(),
                index,
                offset: rel.r_offset,
            };
            let width = match rel.r_type {
                R_X86_64_64 | R_X86_64_PC64 => 8,
                R_X86_64_PC32 | R_X86_64_PLT32 | R_X86_64_32 | R_X86_64_32S => 4,
                t => return Err(error(rat, format!("unsupported relocation type {t}"))),
            };
            let symbol = match symbols.get(rel.r_sym) {
                Some(s) if rel.r_sym != 0 => s.0.clone(),
                _ => return Err(error(rat, format!("symbol index {} invalid", rel.r_sym))),
            };
            let in_text = rel
                .r_offset
                .checked_add(width)
                .is_some_and(|end| end <= text.len() as u64);
            if !in_text {
                return Err(error(rat, "field outside .text"));
            }
            let reloc = TextReloc {
                index,
                section: rname.clone(),
                r_type: rel.r_type,
                width,
                symbol,
                addend: rel.r_addend.unwrap_or(0),
            };
            if relocs.insert(rel.r_offset, reloc).is_some() {
                return Err(error(rat, "a second relocation at the same offset"));
            }
        }
    }
    Ok(Object { text, meta, relocs })
}

fn reloc_name(r_type: u32) -> &'static str {
    match r_type {
        R_X86_64_PLT32 => "R_X86_64_PLT32",
        R_X86_64_PC32 => "R_X86_64_PC32",
        R_X86_64_64 => "R_X86_64_64",
        R_X86_64_PC64 => "R_X86_64_PC64",
        R_X86_64_32 => "R_X86_64_32",
        R_X86_64_32S => "R_X86_64_32S",
        _ => "unknown relocation",
    }
}

/// `sym`, `sym+0x10` or `sym-0x8`.
fn sym_plus(symbol: &str, delta: i128) -> String {
    match delta {
        0 => symbol.to_string(),
        d if d < 0 => format!("{symbol}-{:#x}", d.unsigned_abs()),
        d => format!("{symbol}+{d:#x}"),
    }
}

fn formatter() -> IntelFormatter {
    let mut f = IntelFormatter::new();
    let o = f.options_mut();
    o.set_space_after_operand_separator(true);
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_memory_size_options(MemorySizeOptions::Always);
    o.set_rip_relative_addresses(true);
    o.set_branch_leading_zeros(false);
    f
}

/// One decoded instruction of an entry.
struct Line<'a> {
    /// Offset within the entry.
    offset: u64,
    inst: Instruction,
    /// Entry-relative target of a near branch.
    target: Option<i64>,
    /// The relocation whose field lies in the instruction, with the
    /// field's offset within the entry.
    reloc: Option<(u64, &'a TextReloc)>,
}

impl Line<'_> {
    fn end(&self) -> u64 {
        self.offset + self.inst.len() as u64
    }

    /// A near branch whose rel32 field (its last 4 bytes) is relocated
    /// PC-relative: the relocation names the target.
    fn relocated_branch(&self) -> Option<&TextReloc> {
        match self.reloc {
            Some((field, r))
                if self.target.is_some()
                    && field + 4 == self.end()
                    && matches!(r.r_type, R_X86_64_PLT32 | R_X86_64_PC32) =>
            {
                Some(r)
            }
            _ => None,
        }
    }
}

fn list(bytes: &[u8]) -> Result<String, ListingError> {
    let obj = parse(bytes)?;
    let mut used = BTreeSet::new();
    let mut fmt = formatter();
    let mut out = format!(
        "; janus listing: {} functions, {} entries, .text {:#x} bytes\n",
        obj.meta.funcs.len(),
        obj.meta.entries().count(),
        obj.text.len()
    );
    for func in &obj.meta.funcs {
        // An extern's definition is not in the object (only its wrapper).
        let external = !func
            .entries
            .iter()
            .any(|e| e.kind == janus_backend::object::EntryKind::Definition);
        out += &format!(
            "\n; func {} {}, defined as {}{}\n",
            func.name,
            func.sig,
            func.abi.name(),
            if external {
                " (an extern: the definition is not in the object)"
            } else {
                ""
            }
        );
        for e in &func.entries {
            let lines = decode(&obj, e, &mut used)?;
            print_entry(&obj, e, &lines, &mut fmt, &mut out);
        }
    }
    if let Some((&offset, r)) = obj.relocs.iter().find(|(o, _)| !used.contains(*o)) {
        return Err(error(
            r.at(offset),
            "relocation is not inside any listed instruction",
        ));
    }
    Ok(out)
}

/// Decodes an entry and attaches the relocations of its instructions
/// (recording their offsets in `used`).
fn decode<'a>(
    obj: &'a Object,
    e: &EntryMeta,
    used: &mut BTreeSet<u64>,
) -> Result<Vec<Line<'a>>, ListingError> {
    let at = |offset: u64| Where::Entry {
        symbol: e.symbol.clone(),
        offset: Some(offset),
    };
    // `parse` checked the range against .text.
    let code = &obj.text[e.offset as usize..(e.offset + e.size) as usize];
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut lines = Vec::new();
    while decoder.can_decode() {
        let offset = decoder.position() as u64;
        let inst = decoder.decode();
        if inst.is_invalid() {
            let end = code.len().min(offset as usize + 15);
            let what = match decoder.last_error() {
                DecoderError::NoMoreBytes => "instruction runs past the end of the entry",
                _ => "undecodable instruction",
            };
            return Err(error(
                at(offset),
                format!("{what}: {}", hex_bytes(&code[offset as usize..end])),
            ));
        }
        let target = matches!(
            inst.op0_kind(),
            OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64
        )
        .then(|| inst.near_branch_target() as i64);
        let (start, end) = (e.offset + offset, e.offset + offset + inst.len() as u64);
        let mut reloc = None;
        for (&field, r) in obj.relocs.range(start..end) {
            if field + r.width > end {
                return Err(error(
                    r.at(field),
                    format!(
                        "field crosses the end of the instruction at {} +{offset:#x}",
                        e.symbol
                    ),
                ));
            }
            if reloc.replace((field - e.offset, r)).is_some() {
                return Err(error(at(offset), "two relocations in one instruction"));
            }
            used.insert(field);
        }
        lines.push(Line {
            offset,
            inst,
            target,
            reloc,
        });
    }
    Ok(lines)
}

fn print_entry(
    obj: &Object,
    e: &EntryMeta,
    lines: &[Line],
    fmt: &mut IntelFormatter,
    out: &mut String,
) {
    let labels: BTreeSet<u64> = lines
        .iter()
        .filter(|l| l.relocated_branch().is_none())
        .filter_map(|l| l.target)
        .filter(|&t| 0 <= t && (t as u64) < e.size)
        .map(|t| t as u64)
        .collect();
    let width = lines
        .iter()
        .map(|l| 3 * l.inst.len() - 1)
        .max()
        .unwrap_or(0);
    *out += &format!(
        "{}:  ; {} {}, frame {}, .text+{:#x}, {} bytes\n",
        e.symbol,
        e.abi.name(),
        e.kind.token(),
        e.frame,
        e.offset,
        e.size
    );
    let code = &obj.text[e.offset as usize..(e.offset + e.size) as usize];
    for line in lines {
        if labels.contains(&line.offset) {
            *out += &format!(".L{:x}:\n", line.offset);
        }
        let mut text = String::new();
        if let Some(r) = line.relocated_branch() {
            fmt.format_mnemonic(&line.inst, &mut text);
            // The CPU adds the end of the instruction, 4 past the field.
            text += &format!(" {}", sym_plus(&r.symbol, i128::from(r.addend) + 4));
        } else if let (Some(t), None) = (line.target, line.reloc) {
            fmt.format_mnemonic(&line.inst, &mut text);
            text.push(' ');
            text += &branch_target(obj, e, t);
        } else {
            fmt.format(&line.inst, &mut text);
            if let Some((field, r)) = line.reloc {
                text += &format!(
                    "  ; {} at +{field:#x}: {}",
                    reloc_name(r.r_type),
                    sym_plus(&r.symbol, r.addend.into())
                );
            }
        }
        // A call's stack map: which words hold live pointers while it runs.
        if let Some(sp) = e
            .safepoints
            .iter()
            .find(|sp| u64::from(sp.ret) == line.end())
        {
            let frame: Vec<String> = sp.frame.iter().map(|o| format!("rbp{o:+}")).collect();
            let args: Vec<String> = sp.args.iter().map(|o| format!("+{o}")).collect();
            let list = |v: Vec<String>| {
                if v.is_empty() {
                    "-".to_string()
                } else {
                    v.join(" ")
                }
            };
            text += &format!(
                "  ; safepoint ({}): pointers in frame {}, in args {}",
                sp.kind.token(),
                list(frame),
                list(args)
            );
        }
        let raw = hex_bytes(&code[line.offset as usize..line.end() as usize]);
        *out += &format!("  {:04x}  {raw:<width$}  {text}\n", line.offset);
    }
}

/// A branch target without a relocation: a label inside the entry, else
/// another entry (`sym+0x4`), else an offset in `.text`.
fn branch_target(obj: &Object, e: &EntryMeta, target: i64) -> String {
    if 0 <= target && (target as u64) < e.size {
        return format!(".L{target:x}");
    }
    let in_text = i128::from(e.offset) + i128::from(target);
    let other = obj.meta.entries().find(|(_, o)| {
        (i128::from(o.offset)..i128::from(o.offset) + i128::from(o.size)).contains(&in_text)
    });
    match other {
        Some((_, o)) => sym_plus(&o.symbol, in_text - i128::from(o.offset)),
        None if in_text < 0 => format!(".text-{:#x}", -in_text),
        None => format!(".text+{in_text:#x}"),
    }
}

fn hex_bytes(bytes: &[u8]) -> String {
    let v: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    v.join(" ")
}
