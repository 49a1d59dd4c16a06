//! Executables mapped at their link addresses beside the relocatable
//! image: a Go program's segments (see `crate::peer::goelf`), with their
//! permissions, its text counted as code, and its writable segment put
//! back by [`Machine::restore`] as the image's data is.
//!
//! The machine knows nothing of Go here: an executable is segments, a code
//! range and function symbols (for reports). Redirecting one of its
//! functions to an extern stub ([`Machine::redirect`]) is how the emulated
//! runtime serves the executable's own runtime entry points.

use std::ops::Range;

use super::{engine_error, Machine, MachineError, Perms, PAGE_SIZE};
use crate::machine::cpu::Cpu;

/// One segment to map: `range` (need not be page-aligned), `perms`, and
/// the bytes at its start (the rest is zero).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExeSegment {
    pub range: Range<u64>,
    pub perms: Perms,
    pub data: Vec<u8>,
}

/// An executable as mapped.
#[derive(Clone, Debug)]
pub(super) struct MappedExecutable {
    pub name: String,
    /// The page-rounded ranges mapped.
    pub mapped: Vec<Range<u64>>,
    /// Writable segments' bytes as loaded (memory size, zero-filled).
    pub writable: Vec<(u64, Vec<u8>)>,
    pub code: Range<u64>,
    /// (address, size, name) of every function, by address.
    pub functions: Vec<(u64, u64, String)>,
}

impl MappedExecutable {
    pub fn describe(&self, addr: u64) -> Option<String> {
        if !self.code.contains(&addr) {
            return None;
        }
        let i = self.functions.partition_point(|f| f.0 <= addr);
        let (a, size, name) = self.functions[..i].last()?;
        (addr < a.saturating_add(*size.max(&1))).then(|| format!("{name}+{:#x}", addr - a))
    }
}

impl Machine {
    /// Maps an executable's segments at their addresses with their
    /// permissions, writes their bytes, and registers `code` (which must
    /// lie in an executable segment) as code. `functions` are (address,
    /// size, name), for [`describe`](Machine::describe). The writable
    /// segments are restored by [`restore`](Machine::restore); nothing of
    /// the executable is dropped by [`unload`](Machine::unload). On failure
    /// nothing stays mapped.
    pub fn map_executable(
        &mut self,
        name: &str,
        segments: &[ExeSegment],
        code: Range<u64>,
        mut functions: Vec<(u64, u64, String)>,
    ) -> Result<(), MachineError> {
        let in_exec = segments
            .iter()
            .any(|s| s.perms.exec && s.range.start <= code.start && code.end <= s.range.end);
        if code.is_empty() || !in_exec {
            return Err(MachineError::Config(format!(
                "{name}: its code {:#x}..{:#x} is not inside an executable segment",
                code.start, code.end
            )));
        }
        let mut mapped = Vec::new();
        let mut writable = Vec::new();
        let result = (|| {
            for s in segments {
                if s.data.len() as u64 > s.range.end - s.range.start {
                    return Err(MachineError::Config(format!(
                        "{name}: segment at {:#x} has more bytes than room",
                        s.range.start
                    )));
                }
                let start = s.range.start & !(PAGE_SIZE - 1);
                let end = s.range.end.next_multiple_of(PAGE_SIZE);
                self.map(&format!("{name} {}", s.perms), start..end, s.perms)?;
                mapped.push(start..end);
                self.write_bytes(s.range.start, &s.data)?;
                if s.perms.write {
                    let mut bytes = s.data.clone();
                    bytes.resize((s.range.end - s.range.start) as usize, 0);
                    writable.push((s.range.start, bytes));
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            for range in mapped {
                let _ = self.uc.mem_unmap(range.start, range.end - range.start);
                self.regions.retain(|r| r.range != range);
            }
            return Err(e);
        }
        self.uc.get_data_mut().add_code(code.clone());
        functions.sort();
        self.executables.push(MappedExecutable {
            name: name.to_string(),
            mapped,
            writable,
            code,
            functions,
        });
        Ok(())
    }

    /// Makes the function at `at` (in a mapped executable's code) jump to
    /// `to` (a stub): its first five bytes become `jmp rel32`. Whoever
    /// called the function returns from the stub to its call site.
    pub fn redirect(&mut self, at: u64, to: u64) -> Result<(), MachineError> {
        let ok = self
            .executables
            .iter()
            .any(|e| e.code.start <= at && at + 5 <= e.code.end);
        if !ok {
            return Err(MachineError::Config(format!(
                "cannot redirect {at:#x}: not in the code of a mapped executable"
            )));
        }
        let rel = i32::try_from(to as i64 - (at as i64 + 5)).map_err(|_| {
            MachineError::Config(format!(
                "cannot redirect {at:#x} to {to:#x}: too far for a rel32 jump"
            ))
        })?;
        let mut jmp = vec![0xe9];
        jmp.extend_from_slice(&rel.to_le_bytes());
        self.write_bytes(at, &jmp)?;
        self.uc
            .ctl_remove_cache(at, at + 5)
            .map_err(|e| engine_error("cannot flush the translation cache", e))?;
        Ok(())
    }

    /// Overwrites `bytes.len()` bytes of loaded code at `at` (the image's
    /// code or a mapped executable's) and drops the emulator's translations
    /// of them, so the next run executes the new bytes. (Mixed links,
    /// `crate::peer::links`, retarget calls this way.)
    pub fn patch_code(&mut self, at: u64, bytes: &[u8]) -> Result<(), MachineError> {
        let end = at + bytes.len() as u64;
        let inside = |r: &Range<u64>| r.start <= at && end <= r.end;
        let ok = self.executables.iter().any(|e| inside(&e.code))
            || self
                .image
                .as_ref()
                .is_some_and(|i| i.code_ranges().iter().any(inside));
        if !ok {
            return Err(MachineError::Config(format!(
                "cannot patch {at:#x}..{end:#x}: not inside loaded code"
            )));
        }
        self.write_bytes(at, bytes)?;
        self.uc
            .ctl_remove_cache(at, end)
            .map_err(|e| engine_error("cannot flush the translation cache", e))?;
        Ok(())
    }

    /// Writes the executables' writable segments back as loaded.
    pub(super) fn restore_executables(&mut self) -> Result<(), MachineError> {
        for k in 0..self.executables.len() {
            for w in 0..self.executables[k].writable.len() {
                let (addr, bytes) = std::mem::take(&mut self.executables[k].writable[w]);
                let r = self.write_bytes(addr, &bytes);
                self.executables[k].writable[w] = (addr, bytes);
                r?;
            }
        }
        Ok(())
    }

    /// The names of the executables mapped, in the order they were.
    pub fn executables(&self) -> Vec<&str> {
        self.executables.iter().map(|e| e.name.as_str()).collect()
    }

    /// Whether `addr` is in a mapped executable's code.
    pub fn in_executable_code(&self, addr: u64) -> bool {
        self.executables.iter().any(|e| e.code.contains(&addr))
    }

    /// The page ranges an executable's segments were mapped at.
    pub fn executable_mappings(&self, name: &str) -> Vec<Range<u64>> {
        self.executables
            .iter()
            .filter(|e| e.name == name)
            .flat_map(|e| e.mapped.clone())
            .collect()
    }
}
