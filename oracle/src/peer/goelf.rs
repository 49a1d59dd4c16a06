//! Reading a Go 1.19 static executable: what loading it into the emulated
//! machine and running its functions needs.
//!
//! Go programs for the peer are built static, without cgo, linked at
//! `0x1000_1000` (`-ldflags=-T=0x10001000`), so that their segments sit
//! far from janus's image (at `0x40_0000`). From the ELF file this reads:
//!
//! * the `PT_LOAD` segments: address, file bytes, memory size (the rest is
//!   `.bss`, zero) and permissions;
//! * the symbol table (`.symtab`): name, address, size, whether a function.
//!   Go 1.19 names a Go function's ABIInternal definition `pkg.F` and its
//!   ABI0 wrapper, when one exists, `pkg.F.abi0`; assembly functions (ABI0)
//!   carry the suffix too (`runtime.morestack_noctxt.abi0`);
//! * the `.gopclntab` section's bytes and address, and the text range
//!   `runtime.text..runtime.etext` (pclntab's offsets are from
//!   `runtime.text`).
//!
//! The file is untrusted: every offset and size is checked, the result
//! says which segment, section or symbol is at fault, and goblin's parser
//! runs under `catch_unwind` as a last line of defence, so reading never
//! panics.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};

use goblin::elf::header::{EM_X86_64, ET_EXEC};
use goblin::elf::program_header::{PF_R, PF_W, PF_X, PT_LOAD};
use goblin::elf::sym::STT_FUNC;
use goblin::elf::Elf;

use crate::machine::{Perms, PAGE_SIZE};

/// The most memory the segments of one executable may take (a corrupted
/// `p_memsz` must not make the machine map gigabytes).
pub const MAX_EXECUTABLE_SIZE: u64 = 1 << 30;

/// Why an executable could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoElfError {
    /// `ELF header`, `program header 3`, `section .gopclntab`, `symbol 12 (main.F)`...
    pub at: String,
    pub what: String,
}

impl fmt::Display for GoElfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Go executable: {}: {}", self.at, self.what)
    }
}

impl std::error::Error for GoElfError {}

fn err(at: impl Into<String>, what: impl Into<String>) -> GoElfError {
    GoElfError {
        at: at.into(),
        what: what.into(),
    }
}

/// One `PT_LOAD` segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoSegment {
    /// `p_vaddr .. p_vaddr + p_memsz`.
    pub range: Range<u64>,
    pub perms: Perms,
    /// The file's bytes (`p_filesz` of them); the rest of the range is zero.
    pub data: Vec<u8>,
}

/// One symbol of `.symtab`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoSymbol {
    pub name: String,
    pub address: u64,
    pub size: u64,
    /// `STT_FUNC` (Go marks text symbols so; data symbols are objects).
    pub function: bool,
}

/// A Go executable as the machine loads it.
#[derive(Clone, Debug)]
pub struct GoExecutable {
    pub segments: Vec<GoSegment>,
    /// Every named symbol, by address (then name).
    symbols: Vec<GoSymbol>,
    by_name: HashMap<String, usize>,
    /// `runtime.text .. runtime.etext`: Go's code.
    pub text: Range<u64>,
    /// `.gopclntab`: its address and bytes.
    pub pclntab_address: u64,
    pub pclntab: Vec<u8>,
}

impl GoExecutable {
    /// Reads an executable's bytes. Never panics.
    pub fn parse(bytes: &[u8]) -> Result<GoExecutable, GoElfError> {
        match panic::catch_unwind(AssertUnwindSafe(|| parse_inner(bytes))) {
            Ok(r) => r,
            Err(payload) => Err(err(
                "ELF file",
                format!(
                    "the ELF parser panicked: {}",
                    payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_default()
                ),
            )),
        }
    }

    /// Every named symbol, in address order.
    pub fn symbols(&self) -> &[GoSymbol] {
        &self.symbols
    }

    pub fn symbol(&self, name: &str) -> Option<&GoSymbol> {
        self.by_name.get(name).map(|&i| &self.symbols[i])
    }

    /// The address of a function symbol.
    pub fn function(&self, name: &str) -> Option<u64> {
        self.symbol(name).filter(|s| s.function).map(|s| s.address)
    }

    /// The code of function `name` (its symbol's size of bytes from its
    /// segment's file data) and its address.
    pub fn function_code(&self, name: &str) -> Option<(&[u8], u64)> {
        let f = self.symbol(name).filter(|s| s.function)?;
        let seg = self
            .segments
            .iter()
            .find(|g| g.range.contains(&f.address))?;
        let lo = usize::try_from(f.address - seg.range.start).ok()?;
        let hi = lo.checked_add(usize::try_from(f.size).ok()?)?;
        Some((seg.data.get(lo..hi)?, f.address))
    }

    /// The function whose code contains `pc`, and the offset into it.
    pub fn function_at(&self, pc: u64) -> Option<(&GoSymbol, u64)> {
        if !self.text.contains(&pc) {
            return None;
        }
        let i = self.symbols.partition_point(|s| s.address <= pc);
        self.symbols[..i]
            .iter()
            .rev()
            .find(|s| s.function)
            .filter(|s| pc < s.address.saturating_add(s.size.max(1)))
            .map(|s| (s, pc - s.address))
    }
}

fn parse_inner(bytes: &[u8]) -> Result<GoExecutable, GoElfError> {
    if bytes.len() < 4 || &bytes[..4] != b"\x7fELF" {
        return Err(err("ELF header", "not an ELF file"));
    }
    let elf = Elf::parse(bytes).map_err(|e| err("ELF file", e.to_string()))?;
    let h = &elf.header;
    if !elf.is_64 || !elf.little_endian || h.e_machine != EM_X86_64 {
        return Err(err("ELF header", "not a little-endian x86-64 ELF64 file"));
    }
    if h.e_type != ET_EXEC {
        return Err(err(
            "ELF header",
            format!(
                "type {} is not an executable (ET_EXEC: Go builds static executables)",
                h.e_type
            ),
        ));
    }

    let mut segments: Vec<GoSegment> = Vec::new();
    let mut total = 0u64;
    for (i, ph) in elf.program_headers.iter().enumerate() {
        if ph.p_type != PT_LOAD {
            continue;
        }
        let at = format!("program header {i} (PT_LOAD at {:#x})", ph.p_vaddr);
        if ph.p_filesz > ph.p_memsz {
            return Err(err(at, "file size beyond memory size"));
        }
        let file_end = ph
            .p_offset
            .checked_add(ph.p_filesz)
            .filter(|&e| e <= bytes.len() as u64)
            .ok_or_else(|| err(&at, "file range beyond the end of the file"))?;
        let end = ph
            .p_vaddr
            .checked_add(ph.p_memsz)
            .filter(|&e| e <= 1 << 47)
            .ok_or_else(|| err(&at, "address range beyond the address space"))?;
        total = total.saturating_add(ph.p_memsz);
        if total > MAX_EXECUTABLE_SIZE {
            return Err(err(
                &at,
                format!("segments take more than {MAX_EXECUTABLE_SIZE} bytes"),
            ));
        }
        if ph.p_vaddr % PAGE_SIZE != ph.p_offset % PAGE_SIZE {
            return Err(err(
                &at,
                "address and file offset disagree modulo the page size",
            ));
        }
        segments.push(GoSegment {
            range: ph.p_vaddr..end,
            perms: Perms::new(
                ph.p_flags & PF_R != 0,
                ph.p_flags & PF_W != 0,
                ph.p_flags & PF_X != 0,
            ),
            data: bytes[ph.p_offset as usize..file_end as usize].to_vec(),
        });
    }
    if segments.is_empty() {
        return Err(err("program headers", "no PT_LOAD segment"));
    }
    segments.sort_by_key(|s| s.range.start);
    // Mapped a page at a time: segments must not share a page.
    let page = |a: u64| a & !(PAGE_SIZE - 1);
    for w in segments.windows(2) {
        if page(w[1].range.start) < w[0].range.end.next_multiple_of(PAGE_SIZE) {
            return Err(err(
                format!("PT_LOAD at {:#x}", w[1].range.start),
                format!(
                    "shares a page with the segment {:#x}..{:#x}",
                    w[0].range.start, w[0].range.end
                ),
            ));
        }
    }

    let mut symbols = Vec::new();
    for (i, sym) in elf.syms.iter().enumerate() {
        let Some(name) = elf.strtab.get_at(sym.st_name) else {
            return Err(err(format!("symbol {i}"), "name beyond the string table"));
        };
        if name.is_empty() || sym.st_shndx == 0 {
            continue;
        }
        symbols.push(GoSymbol {
            name: name.to_string(),
            address: sym.st_value,
            size: sym.st_size,
            function: sym.st_type() == STT_FUNC,
        });
    }
    symbols.sort_by(|a, b| (a.address, &a.name).cmp(&(b.address, &b.name)));
    let by_name: HashMap<String, usize> = symbols
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.clone(), i))
        .collect();
    let addr = |name: &str| {
        by_name
            .get(name)
            .map(|&i| symbols[i].address)
            .ok_or_else(|| {
                err(
                    "symbol table",
                    format!("no symbol {name} (not a Go executable?)"),
                )
            })
    };
    let text = addr("runtime.text")?..addr("runtime.etext")?;
    let in_exec = segments
        .iter()
        .any(|s| s.perms.exec && s.range.start <= text.start && text.end <= s.range.end);
    if text.is_empty() || !in_exec {
        return Err(err(
            "symbol table",
            format!(
                "runtime.text..runtime.etext ({:#x}..{:#x}) is not inside an executable segment",
                text.start, text.end
            ),
        ));
    }

    let sh = elf
        .section_headers
        .iter()
        .find(|s| elf.shdr_strtab.get_at(s.sh_name) == Some(".gopclntab"))
        .ok_or_else(|| err("section headers", "no .gopclntab section"))?;
    let pclntab = sh
        .sh_offset
        .checked_add(sh.sh_size)
        .filter(|&e| e <= bytes.len() as u64)
        .map(|e| bytes[sh.sh_offset as usize..e as usize].to_vec())
        .ok_or_else(|| {
            err(
                "section .gopclntab",
                "file range beyond the end of the file",
            )
        })?;

    Ok(GoExecutable {
        segments,
        symbols,
        by_name,
        text,
        pclntab_address: sh.sh_addr,
        pclntab,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_a_go_executable() {
        let e = GoExecutable::parse(b"hello").unwrap_err();
        assert!(e.to_string().contains("not an ELF file"), "{e}");
        let e = GoExecutable::parse(b"\x7fELF\x02\x01\x01").unwrap_err();
        assert!(e.to_string().contains("Go executable"), "{e}");
    }
}
