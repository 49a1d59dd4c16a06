//! Corrupted objects: a real object from `janus build`, damaged
//! byte-precisely, is refused whole, with a message that says where, by
//! both readers: the listing (`janus asm`, exit 2) and the loader and
//! runtime that `janus run`'s machine uses (`EntryRunner::new`). `janus
//! run` itself takes module text, and says so of an object (exit 2).

mod common;

use common::janus;
use goblin::elf::Elf;
use janus_oracle::exec::{EntryRunner, RuntimeMode};

const MODULE: &str = "corpus/modules/heap_list.jir";

fn dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("janus-malformed-objects-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The object `janus build` writes for the module (`good.o`).
fn built() -> Vec<u8> {
    built_from(MODULE, "good.o")
}

/// The object `janus build` writes for the module at `module`, as `file`.
fn built_from(module: &str, file: &str) -> Vec<u8> {
    // Tests run in parallel and build the same file: each builds a file of
    // its own and renames it into place (atomic), so that no test reads
    // another's half-written object.
    static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir().join(format!("{file}.{n}.tmp"));
    let src = common::repo().join(module);
    let r = janus(
        &["build", src.to_str().unwrap(), "-o", tmp.to_str().unwrap()],
        Vec::new(),
    );
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    let bytes = std::fs::read(&tmp).unwrap();
    std::fs::rename(&tmp, dir().join(file)).unwrap();
    bytes
}

/// A section's header offset in the file, its contents' offset and size.
fn section(elf: &[u8], name: &str) -> (usize, usize, usize) {
    let e = Elf::parse(elf).unwrap();
    let (i, sh) = e
        .section_headers
        .iter()
        .enumerate()
        .find(|(_, sh)| e.shdr_strtab.get_at(sh.sh_name) == Some(name))
        .unwrap_or_else(|| panic!("no section {name}"));
    let header = e.header.e_shoff as usize + i * 64;
    (header, sh.sh_offset as usize, sh.sh_size as usize)
}

fn put_u64(elf: &mut [u8], at: usize, v: u64) {
    elf[at..at + 8].copy_from_slice(&v.to_le_bytes());
}

/// The object with section `name`'s `sh_size` (at +32 in its header) set.
fn with_size(elf: &[u8], name: &str, size: impl Fn(u64) -> u64) -> Vec<u8> {
    let mut out = elf.to_vec();
    let (header, _, old) = section(elf, name);
    put_u64(&mut out, header + 32, size(old as u64));
    out
}

fn meta(elf: &[u8]) -> String {
    let (_, at, size) = section(elf, ".janus.meta");
    String::from_utf8(elf[at..at + size].to_vec()).unwrap()
}

/// The index of the `nth` (from 0) metadata line starting with `starts`
/// at or after the first line starting with `after`.
fn line_index(text: &str, after: &str, starts: &str, nth: usize) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let from = lines
        .iter()
        .position(|l| l.starts_with(after))
        .unwrap_or_else(|| panic!("no line {after:?} in\n{text}"));
    (from..lines.len())
        .filter(|&i| lines[i].starts_with(starts))
        .nth(nth)
        .unwrap_or_else(|| panic!("no line {starts:?} #{nth} after {after:?} in\n{text}"))
}

/// The object with `.janus.meta` line `i` (from 0) edited in place by
/// `edit`. The section keeps its size: the first `go=` text
/// (informational) is shortened to make room, and blank lines (allowed)
/// fill what is left. Returns the object and the line's number (from 1).
fn with_meta_line(elf: &[u8], i: usize, edit: impl Fn(&str) -> String) -> (Vec<u8>, usize) {
    let text = meta(elf);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[i] = edit(&lines[i]);
    if let Some(t) = lines.iter_mut().find(|l| l.contains(" go=")) {
        let cut = t.find(" go=").unwrap();
        t.truncate(cut);
        t.push_str(" go=T");
    }
    let mut new = lines.join("\n") + "\n";
    assert!(new.len() <= text.len(), "no room for the edit");
    while new.len() < text.len() {
        new.push('\n');
    }
    let mut out = elf.to_vec();
    let (_, at, size) = section(elf, ".janus.meta");
    out[at..at + size].copy_from_slice(new.as_bytes());
    (out, i + 1)
}

/// `key=VALUE` in `line` replaced by `key=value`.
fn set_field(line: &str, key: &str, value: &str) -> String {
    line.split(' ')
        .map(|f| match f.split_once('=') {
            Some((k, _)) if k == key => format!("{key}={value}"),
            _ => f.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn field(line: &str, key: &str) -> String {
    line.split(' ')
        .find_map(|f| f.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key}= in {line}"))
        .to_string()
}

/// Both readers refuse `elf`: `janus asm` with exit 2 and a message
/// containing `listing`, the machine with one containing `loader`.
fn refused(elf: &[u8], case: &str, listing: &str, loader: &str) {
    let path = dir().join(format!("{case}.o"));
    std::fs::write(&path, elf).unwrap();
    let file = path.to_str().unwrap();
    let r = janus(&["asm", file], Vec::new());
    assert_eq!(r.status, Some(2), "{case}: {}{}", r.stdout, r.stderr);
    assert!(r.stdout.is_empty(), "{case}: half a listing:\n{}", r.stdout);
    assert!(
        r.stderr.starts_with(&format!("janus asm: {file}: ")) && r.stderr.contains(listing),
        "{case}: want {listing:?}, got {}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"), "{case}: {}", r.stderr);
    match EntryRunner::new(elf, RuntimeMode::default(), false) {
        Ok(_) => panic!("{case}: the machine loaded it"),
        Err(e) => assert!(
            e.to_string().contains(loader),
            "{case}: want {loader:?}, got {e}"
        ),
    }
    let r = janus(&["run", file], Vec::new());
    assert_eq!(r.status, Some(2), "{case}: {}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("an ELF object, not module text"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_uncorrupted_object_is_read_by_both() {
    let elf = built();
    let r = janus(&["asm", dir().join("good.o").to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    EntryRunner::new(&elf, RuntimeMode::default(), false).unwrap();
    // The in-place metadata edit itself, with nothing changed, is harmless.
    let at = line_index(&meta(&elf), "entry build ", "entry", 0);
    let (same, _) = with_meta_line(&elf, at, |l| l.to_string());
    EntryRunner::new(&same, RuntimeMode::default(), false).unwrap();
    let path = dir().join("same.o");
    std::fs::write(&path, &same).unwrap();
    assert_eq!(
        janus(&["asm", path.to_str().unwrap()], Vec::new()).status,
        Some(0)
    );
}

#[test]
fn tables_of_partial_entries_are_refused() {
    let elf = built();
    let (_, _, rela) = section(&elf, ".rela.text");
    // One relocation short by 8 bytes: it used to be dropped silently.
    let want = format!(
        "section .rela.text: size {} is not a multiple of the entry size 24",
        rela - 8
    );
    refused(
        &with_size(&elf, ".rela.text", |s| s - 8),
        "rela-size",
        &want,
        &want,
    );
    let (_, _, symtab) = section(&elf, ".symtab");
    let want = format!(
        "section .symtab: size {} is not a multiple of the entry size 24",
        symtab + 1
    );
    refused(
        &with_size(&elf, ".symtab", |s| s + 1),
        "symtab-size",
        &want,
        &want,
    );
}

#[test]
fn relocations_outside_their_section_or_symbols_are_refused() {
    let elf = built();
    let (_, rela, size) = section(&elf, ".rela.text");
    let (_, _, text) = section(&elf, ".text");
    let last = rela + size - 24;
    let mut bad = elf.clone();
    put_u64(&mut bad, last, text as u64 - 2);
    refused(
        &bad,
        "reloc-offset",
        "field outside .text",
        "field of 4 bytes outside the target section",
    );
    let mut bad = elf.clone();
    // r_info: symbol index in the high 32 bits, type in the low.
    put_u64(&mut bad, last + 8, (999u64 << 32) | 4);
    refused(
        &bad,
        "reloc-symbol",
        "symbol index 999 invalid",
        "symbol index 999 out of range",
    );
}

#[test]
fn metadata_pointing_outside_its_entry_is_refused() {
    let elf = built();
    let text = meta(&elf);
    let lines: Vec<&str> = text.lines().collect();
    let entry = line_index(&text, "entry build ", "entry", 0);
    let size: u64 = field(lines[entry], "size").parse().unwrap();
    let frame: i64 = field(lines[entry], "frame").parse().unwrap();
    // build's first two safepoints (calls, so it has a frame there).
    let first = line_index(&text, "entry build ", "safepoint ret=", 0);
    let second = line_index(&text, "entry build ", "safepoint ret=", 1);
    assert!(lines[first].contains("kind=call") && lines[second].contains("kind=call"));

    // A return address past the end of the code.
    let (bad, line) = with_meta_line(&elf, first, |l| {
        set_field(l, "ret", &(size + 1).to_string())
    });
    let want = format!(
        "line {line}: safepoint ret={} is outside entry build's code ({size} bytes",
        size + 1
    );
    refused(&bad, "ret-past-end", &want, &want);

    // A frame word below the frame, and one above RBP (the saved RBP).
    for (case, w) in [("frame-below", -frame - 8), ("frame-above", 0)] {
        let (bad, line) = with_meta_line(&elf, first, |l| set_field(l, "frame", &w.to_string()));
        let want = format!(
            "line {line}: frame= word {w} is not a word of entry build's frame (RBP-{frame} to RBP-8)"
        );
        refused(&bad, case, &want, &want);
    }

    // An argument word past walk.abi0's incoming area (its pointer
    // parameter and its int64 result).
    let at = line_index(&text, "entry walk.abi0 ", "safepoint ret=", 1);
    assert!(
        lines[at].contains("kind=morestack") && field(lines[at], "args") == "0",
        "{}",
        lines[at]
    );
    let (bad, line) = with_meta_line(&elf, at, |l| set_field(l, "args", "0,16"));
    let want = format!(
        "line {line}: args= word 16 is not a word of entry walk.abi0's incoming argument area (16 bytes)"
    );
    refused(&bad, "args-past-area", &want, &want);

    // The end of the stack-growth check past the code.
    let (bad, line) = with_meta_line(&elf, entry, |l| set_field(l, "body", &size.to_string()));
    let want =
        format!("line {line}: body={size} is past the end of entry build's code ({size} bytes)");
    refused(&bad, "body-past-end", &want, &want);

    // A pointer word past the end of a heap type.
    let at = line_index(&text, "type 0 ", "type 0 ", 0);
    assert!(
        lines[at].contains(" size=16 align=8 ptrs=8 "),
        "{}",
        lines[at]
    );
    let (bad, line) = with_meta_line(&elf, at, |l| set_field(l, "ptrs", "16"));
    let want =
        format!("line {line}: type 0: pointer word 16 is not a word inside the type (16 bytes)");
    refused(&bad, "type-pointer", &want, &want);

    // Two safepoints at one return address: one would hide the other.
    let ret = field(lines[first], "ret");
    let (bad, line) = with_meta_line(&elf, second, |l| set_field(l, "ret", &ret));
    let want = format!("line {line}: a second safepoint at ret={ret} in entry build");
    refused(&bad, "ret-twice", &want, &want);

    // An entry one byte shorter than its symbol.
    let (bad, _) = with_meta_line(&elf, entry, |l| {
        set_field(l, "size", &(size - 1).to_string())
    });
    refused(
        &bad,
        "entry-size",
        &format!("entry build: symbol is in section 1 at 0x0 size {size:#x}, metadata says .text at 0x0 size {:#x}", size - 1),
        &format!(
            ".janus.meta: entry build: offset=0 size={}, but its symbol is at .text+0x0, {size} bytes",
            size - 1
        ),
    );
}

/// An object's externs are the functions its metadata describes without a
/// definition: the machine binds those names and no others, so a call to
/// an undefined symbol that no such function names is refused by the
/// loader (here the extern `xa`, ABI0, renamed `xb` in the metadata: its
/// symbol `xa.abi0` is still called and now bound by nobody).
#[test]
fn an_undefined_symbol_no_extern_describes_is_refused() {
    let elf = built_from("corpus/modules/extern_calls.jir", "externs.o");
    EntryRunner::new(&elf, RuntimeMode::default(), false)
        .unwrap_or_else(|e| panic!("the good object: {e}"));
    let text = meta(&elf);
    let i = line_index(&text, "func xa ", "func xa ", 0);
    let (bad, _) = with_meta_line(&elf, i, |l| l.replacen("func xa ", "func xb ", 1));
    match EntryRunner::new(&bad, RuntimeMode::default(), false) {
        Ok(_) => panic!("the machine loaded it"),
        Err(e) => assert!(e.to_string().contains("undefined symbol xa.abi0"), "{e}"),
    }
}
