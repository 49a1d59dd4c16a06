//! The ELF writer checked by binutils: `readelf` and `objdump` must accept
//! the object without a complaint and see exactly the symbols, sizes,
//! relocations, metadata and instructions the backend put there.
//! Also the metadata reader: round trips, located errors, and no panics
//! on arbitrary text.

use std::process::Command;

use janus_backend::compile::{CompiledEntry, CompiledFunction};
use janus_backend::isa::x64::{
    AluOp, Amode, Code, Cond, Gpr, Inst, MachBuffer, RegImm, RegMemImm, Size, Symbol,
};
use janus_backend::object::{
    read_meta, write_object, EntryKind, EntryMeta, FuncMeta, Meta, ObjectError, META_SECTION,
};
use janus_backend::{parse_func_type, Abi};
use proptest::prelude::*;

/// Records the instructions it encodes, so tests can compare them with
/// what binutils decodes.
struct Asm {
    buf: MachBuffer,
    insts: Vec<Inst>,
}

impl Asm {
    fn new() -> Asm {
        Asm {
            buf: MachBuffer::new(),
            insts: Vec::new(),
        }
    }

    fn emit(&mut self, inst: Inst) -> &mut Asm {
        self.buf.emit(&inst).unwrap_or_else(|e| panic!("{e}"));
        self.insts.push(inst);
        self
    }

    fn call(&mut self, sym: &str) -> &mut Asm {
        self.emit(Inst::Call {
            target: Symbol(sym.into()),
        })
    }

    fn prologue(&mut self, frame: i32) -> &mut Asm {
        self.emit(Inst::Push { reg: Gpr::RBP })
            .emit(Inst::MovRR {
                size: Size::B64,
                dst: Gpr::RBP,
                src: Gpr::RSP,
            })
            .emit(Inst::Alu {
                op: AluOp::Sub,
                size: Size::B64,
                dst: Gpr::RSP,
                src: RegMemImm::Imm(frame),
            })
    }

    fn epilogue(&mut self, frame: i32) -> &mut Asm {
        self.emit(Inst::Alu {
            op: AluOp::Add,
            size: Size::B64,
            dst: Gpr::RSP,
            src: RegMemImm::Imm(frame),
        })
        .emit(Inst::Pop { reg: Gpr::RBP })
        .emit(Inst::Ret)
    }

    fn load(&mut self, disp: i32) -> &mut Asm {
        self.emit(Inst::Load {
            size: Size::B64,
            dst: Gpr::RAX,
            src: Amode::base_disp(Gpr::RSP, disp),
        })
    }

    fn store(&mut self, disp: i32) -> &mut Asm {
        self.emit(Inst::Store {
            size: Size::B64,
            dst: Amode::base_disp(Gpr::RSP, disp),
            src: Gpr::RAX,
        })
    }

    fn finish(self) -> (Code, Vec<Inst>) {
        (self.buf.finish().unwrap(), self.insts)
    }
}

fn entry(symbol: &str, abi: Abi, wrapper: bool, frame: u32, code: Code) -> CompiledEntry {
    CompiledEntry {
        symbol: symbol.into(),
        abi,
        wrapper,
        code,
        frame_size: frame,
        body: None,
        safepoints: Vec::new(),
    }
}

/// Two functions, four entries: `f1` (ABIInternal) checks its argument,
/// calls `runtime.panicdivide` when it is zero, then calls `f2`; `f2` is
/// defined as ABI0 and its ABIInternal wrapper calls `f2.abi0`.
/// Returns the functions and, per entry, the instructions emitted.
fn sample() -> (Vec<CompiledFunction>, Vec<Vec<Inst>>) {
    let mut f1 = Asm::new();
    let ok = f1.buf.new_label();
    f1.prologue(16)
        .emit(Inst::Test {
            size: Size::B64,
            a: Gpr::RAX,
            b: RegImm::Reg(Gpr::RAX),
        })
        .emit(Inst::Jcc {
            cond: Cond::NE,
            target: ok,
        })
        .call("runtime.panicdivide");
    f1.buf.bind_label(ok).unwrap();
    f1.call("f2").epilogue(16);
    let (f1_code, f1_insts) = f1.finish();

    let mut f1_abi0 = Asm::new();
    f1_abi0
        .prologue(8)
        .load(32)
        .call("f1")
        .store(40)
        .epilogue(8);
    let (f1_abi0_code, f1_abi0_insts) = f1_abi0.finish();

    let mut f2_abi0 = Asm::new();
    f2_abi0.load(8).store(16).emit(Inst::Ret);
    let (f2_abi0_code, f2_abi0_insts) = f2_abi0.finish();

    let mut f2 = Asm::new();
    f2.prologue(24)
        .store(0)
        .call("f2.abi0")
        .load(8)
        .epilogue(24);
    let (f2_code, f2_insts) = f2.finish();

    let funcs = vec![
        CompiledFunction {
            name: "f1".into(),
            abi: Abi::Internal,
            sig: parse_func_type("func(a int64) int64").unwrap(),
            entries: vec![
                entry("f1", Abi::Internal, false, 16, f1_code),
                entry("f1.abi0", Abi::Abi0, true, 8, f1_abi0_code),
            ],
            context: false,
            external: false,
        },
        CompiledFunction {
            name: "f2".into(),
            abi: Abi::Abi0,
            sig: parse_func_type("func(x int64, s []string) (int64, error)").unwrap(),
            entries: vec![
                entry("f2.abi0", Abi::Abi0, false, 0, f2_abi0_code),
                entry("f2", Abi::Internal, true, 24, f2_code),
            ],
            context: false,
            external: false,
        },
    ];
    (
        funcs,
        vec![f1_insts, f1_abi0_insts, f2_abi0_insts, f2_insts],
    )
}

/// Runs a binutils tool on `obj` and returns its stdout, after checking
/// that it succeeded without a warning or an error on stderr.
fn binutils(tool: &str, args: &[&str], obj: &[u8], name: &str) -> String {
    let path = std::env::temp_dir().join(format!("janus-object-{}-{name}.o", std::process::id()));
    std::fs::write(&path, obj).unwrap();
    let out = Command::new(tool)
        .args(args)
        .arg(&path)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run `{tool}` ({e}): install binutils (apt-get install binutils)")
        });
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "{tool} {args:?} failed ({}):\n{stderr}",
        out.status
    );
    for line in stderr.lines() {
        let l = line.to_lowercase();
        assert!(
            !l.contains("warning") && !l.contains("error"),
            "{tool} {args:?} complained: {line}"
        );
    }
    stdout
}

/// The bytes of section `name`, read from the section headers directly.
fn section_bytes<'a>(elf: &'a [u8], name: &str) -> &'a [u8] {
    let u16_at = |o: usize| u16::from_le_bytes(elf[o..o + 2].try_into().unwrap()) as usize;
    let u32_at = |o: usize| u32::from_le_bytes(elf[o..o + 4].try_into().unwrap()) as usize;
    let u64_at = |o: usize| u64::from_le_bytes(elf[o..o + 8].try_into().unwrap()) as usize;
    let (shoff, shnum, shstrndx) = (u64_at(0x28), u16_at(0x3c), u16_at(0x3e));
    let shdr = |i: usize| shoff + i * 64;
    let strtab = u64_at(shdr(shstrndx) + 0x18);
    (0..shnum)
        .find_map(|i| {
            let n = strtab + u32_at(shdr(i));
            let end = n + elf[n..].iter().position(|&b| b == 0).unwrap();
            (&elf[n..end] == name.as_bytes()).then(|| {
                let (off, size) = (u64_at(shdr(i) + 0x18), u64_at(shdr(i) + 0x20));
                &elf[off..off + size]
            })
        })
        .unwrap_or_else(|| panic!("no section {name}"))
}

/// Where each entry starts in `.text`: 16-byte aligned, in order.
fn offsets(funcs: &[CompiledFunction]) -> Vec<u64> {
    let mut at = 0u64;
    let mut v = Vec::new();
    for e in funcs.iter().flat_map(|f| &f.entries) {
        at = at.next_multiple_of(16);
        v.push(at);
        at += e.code.bytes.len() as u64;
    }
    v
}

#[test]
fn readelf_accepts_symbols_relocations_and_metadata() {
    let (funcs, _) = sample();
    let obj = write_object(&funcs).unwrap();
    let all = binutils("readelf", &["-a", "-W"], &obj, "readelf");
    assert!(all.contains("ELF64"), "{all}");
    assert!(all.contains("REL (Relocatable file)"), "{all}");
    assert!(all.contains("Advanced Micro Devices X86-64"), "{all}");

    // Sections: .text is executable and 16-byte aligned; the metadata is
    // non-alloc PROGBITS.
    let sections = binutils("readelf", &["-S", "-W"], &obj, "sections");
    let sec_line = |name: &str| {
        sections
            .lines()
            .find(|l| l.split_whitespace().any(|w| w == name))
            .unwrap_or_else(|| panic!("no section {name}:\n{sections}"))
            .to_string()
    };
    let text = sec_line(".text");
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.contains(&"PROGBITS") && words.contains(&"AX"),
        "{text}"
    );
    assert_eq!(words.last(), Some(&"16"), "{text}");
    let meta = sec_line(META_SECTION);
    let words: Vec<&str> = meta.split_whitespace().collect();
    assert!(words.contains(&"PROGBITS"), "{meta}");
    assert!(!words.iter().any(|w| w.contains('A')), "alloc flag: {meta}");

    // Symbols: one global function per entry, at its offset, of its size;
    // the runtime call is an undefined global.
    let syms = binutils("readelf", &["-s", "-W"], &obj, "symbols");
    let sym = |name: &str| -> Vec<String> {
        syms.lines()
            .map(|l| l.split_whitespace().map(String::from).collect::<Vec<_>>())
            .find(|w| w.len() == 8 && w[7] == name)
            .unwrap_or_else(|| panic!("no symbol {name}:\n{syms}"))
    };
    let all_entries = funcs.iter().flat_map(|f| &f.entries);
    for (e, off) in all_entries.zip(offsets(&funcs)) {
        let w = sym(&e.symbol);
        assert_eq!(u64::from_str_radix(&w[1], 16).unwrap(), off, "{w:?}");
        assert_eq!(w[2], e.code.bytes.len().to_string(), "{w:?}");
        assert_eq!(&w[3..6], ["FUNC", "GLOBAL", "DEFAULT"], "{w:?}");
        assert_ne!(w[6], "UND", "{w:?}");
    }
    let w = sym("runtime.panicdivide");
    assert_eq!(&w[3..7], ["NOTYPE", "GLOBAL", "DEFAULT", "UND"], "{w:?}");
    // Only the undefined symbol we referenced, and only once.
    let undefined = syms.lines().filter(|l| l.contains(" UND ")).count();
    assert_eq!(undefined, 2, "the null symbol and the runtime's:\n{syms}");

    // Relocations: one R_X86_64_PLT32 per call, with addend -4.
    let rels = binutils("readelf", &["-r", "-W"], &obj, "relocs");
    let mut got: Vec<(u64, String, String)> = rels
        .lines()
        .filter(|l| l.contains("R_X86_64"))
        .map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(w.len(), 7, "{l}");
            assert_eq!(&w[5..], ["-", "4"], "{l}");
            (
                u64::from_str_radix(w[0], 16).unwrap(),
                w[2].to_string(),
                w[4].to_string(),
            )
        })
        .collect();
    got.sort();
    let mut want = Vec::new();
    let all_entries = funcs.iter().flat_map(|f| &f.entries);
    for (e, off) in all_entries.zip(offsets(&funcs)) {
        for r in &e.code.relocs {
            assert_eq!(r.addend, -4);
            want.push((
                off + u64::from(r.offset),
                "R_X86_64_PLT32".to_string(),
                r.symbol.0.clone(),
            ));
        }
    }
    want.sort();
    assert_eq!(got, want);
    assert_eq!(want.len(), 4);

    // The metadata as a person reads it.
    let dump = binutils("readelf", &["-p", META_SECTION], &obj, "meta");
    assert!(dump.contains("janus-meta 1"), "{dump}");
    assert!(
        dump.contains("entry f1.abi0 abi=abi0 kind=wrapper"),
        "{dump}"
    );
}

#[test]
fn metadata_round_trips() {
    let (funcs, _) = sample();
    let obj = write_object(&funcs).unwrap();
    let text = std::str::from_utf8(section_bytes(&obj, META_SECTION)).unwrap();
    let o = offsets(&funcs);
    let size = |f: usize, e: usize| funcs[f].entries[e].code.bytes.len() as u64;
    let want = Meta {
        types: Vec::new(),
        funcs: vec![
            FuncMeta {
                context: false,
                name: "f1".into(),
                abi: Abi::Internal,
                sig: "func(a int64) int64".into(),
                entries: vec![
                    EntryMeta {
                        symbol: "f1".into(),
                        abi: Abi::Internal,
                        kind: EntryKind::Definition,
                        offset: o[0],
                        size: size(0, 0),
                        frame: 16,
                        body: None,
                        safepoints: Vec::new(),
                    },
                    EntryMeta {
                        symbol: "f1.abi0".into(),
                        abi: Abi::Abi0,
                        kind: EntryKind::Wrapper,
                        offset: o[1],
                        size: size(0, 1),
                        frame: 8,
                        body: None,
                        safepoints: Vec::new(),
                    },
                ],
            },
            FuncMeta {
                context: false,
                name: "f2".into(),
                abi: Abi::Abi0,
                sig: "func(x int64, s []string) (int64, error)".into(),
                entries: vec![
                    EntryMeta {
                        symbol: "f2.abi0".into(),
                        abi: Abi::Abi0,
                        kind: EntryKind::Definition,
                        offset: o[2],
                        size: size(1, 0),
                        frame: 0,
                        body: None,
                        safepoints: Vec::new(),
                    },
                    EntryMeta {
                        symbol: "f2".into(),
                        abi: Abi::Internal,
                        kind: EntryKind::Wrapper,
                        offset: o[3],
                        size: size(1, 1),
                        frame: 24,
                        body: None,
                        safepoints: Vec::new(),
                    },
                ],
            },
        ],
    };
    let meta = read_meta(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(meta, want, "{text}");
    assert_eq!(meta.to_string(), text);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "janus-meta 1");
    assert_eq!(lines[1], "func f1 abi=internal sig=func(a int64) int64");
    assert_eq!(
        lines[2],
        format!(
            "entry f1 abi=internal kind=definition offset=0 size={} frame=16",
            size(0, 0)
        )
    );
    assert_eq!(meta.entry("f2").unwrap().0.name, "f2");
    assert!(meta.entry("f3").is_none());
}

/// Instructions `(section offset, bytes, normalised text)` per symbol.
type Disasm = Vec<(String, Vec<(u64, String, String)>)>;

/// Splits the output of `objdump -d -r -w -M intel` into the instructions
/// of each symbol and the relocations `(offset, type, target)`, which `-w`
/// prints after a tab on the line of their instruction.
fn parse_objdump(out: &str) -> (Disasm, Vec<(u64, String, String)>) {
    let mut blocks: Disasm = Vec::new();
    let mut relocs = Vec::new();
    let hex = |s: &str| u64::from_str_radix(s.trim().trim_end_matches(':'), 16).ok();
    for line in out.lines() {
        if let Some(head) = line.strip_suffix(">:") {
            let (_, name) = head.split_once(" <").expect(line);
            blocks.push((name.to_string(), Vec::new()));
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let (Some(off), true) = (hex(fields[0]), fields.len() >= 3) else {
            continue;
        };
        let text = fields[2].split_whitespace().collect::<Vec<_>>().join(" ");
        let bytes = fields[1].trim().to_string();
        blocks.last_mut().expect(line).1.push((off, bytes, text));
        if let [_, _, _, at, target] = fields.as_slice() {
            let (at, ty) = at.split_once(": ").expect(line);
            relocs.push((hex(at).expect(line), ty.to_string(), target.to_string()));
        }
    }
    (blocks, relocs)
}

#[test]
fn objdump_disassembly_agrees_with_inst_offsets() {
    let (funcs, insts) = sample();
    let obj = write_object(&funcs).unwrap();
    let out = binutils(
        "objdump",
        &["-d", "-r", "-w", "-M", "intel"],
        &obj,
        "objdump",
    );
    let (blocks, _) = parse_objdump(&out);
    let entries: Vec<&CompiledEntry> = funcs.iter().flat_map(|f| &f.entries).collect();
    assert_eq!(
        blocks.iter().map(|b| b.0.as_str()).collect::<Vec<_>>(),
        entries
            .iter()
            .map(|e| e.symbol.as_str())
            .collect::<Vec<_>>(),
        "{out}"
    );
    for (((e, off), insts), (_, lines)) in
        entries.iter().zip(offsets(&funcs)).zip(&insts).zip(&blocks)
    {
        // Ours: the offset and mnemonic of each emitted instruction.
        let ours: Vec<(u64, String)> = e
            .code
            .inst_offsets
            .iter()
            .zip(insts)
            .map(|(&o, i)| {
                let text = i.to_string();
                (
                    off + u64::from(o),
                    text.split_whitespace().next().unwrap().to_string(),
                )
            })
            .collect();
        let end = off + e.code.bytes.len() as u64;
        let (inside, padding): (Vec<_>, Vec<_>) = lines.iter().partition(|l| l.0 < end);
        let theirs: Vec<(u64, String)> = inside
            .iter()
            .map(|(o, _, t)| (*o, t.split(' ').next().unwrap().to_string()))
            .collect();
        assert_eq!(theirs, ours, "entry {}:\n{out}", e.symbol);
        for (o, bytes, text) in padding {
            assert_eq!(
                (bytes.as_str(), text.as_str()),
                ("cc", "int3"),
                "at {o:#x}:\n{out}"
            );
        }
    }
    // Each call is shown with its relocation, against the right symbol.
    let (_, relocs) = parse_objdump(&out);
    let mut want = Vec::new();
    for (e, off) in entries.iter().zip(offsets(&funcs)) {
        for r in &e.code.relocs {
            let field = off + u64::from(r.offset);
            want.push((
                field,
                "R_X86_64_PLT32".to_string(),
                format!("{}-0x4", r.symbol),
            ));
        }
    }
    assert_eq!(relocs, want, "{out}");
}

fn err(funcs: &[CompiledFunction]) -> ObjectError {
    write_object(funcs).expect_err("invalid input accepted")
}

#[test]
fn invalid_input_is_an_error() {
    let (funcs, _) = sample();
    let mut dup = funcs.clone();
    dup[1].entries[1].symbol = "f1".into();
    assert_eq!(
        err(&dup),
        ObjectError::DuplicateSymbol {
            symbol: "f1".into()
        }
    );
    let mut dup = funcs.clone();
    dup[1].name = "f1".into();
    assert_eq!(err(&dup).to_string(), "function f1 is defined twice");

    for bad in ["", "f 1", "f\t1", "f\n1", "f\u{0}1", "f=1"] {
        let mut f = funcs.clone();
        f[0].entries[0].symbol = bad.into();
        assert!(matches!(err(&f), ObjectError::BadName { .. }), "{bad:?}");
        let mut f = funcs.clone();
        f[0].name = bad.into();
        let e = err(&f);
        assert!(e.to_string().starts_with("function name"), "{e}");
        let mut f = funcs.clone();
        f[0].entries[0].code.relocs[0].symbol = Symbol(bad.into());
        let e = err(&f);
        assert!(
            e.to_string().starts_with("relocation target in entry f1"),
            "{e}"
        );
    }

    let mut f = funcs.clone();
    let len = f[0].entries[0].code.bytes.len() as u32;
    f[0].entries[0].code.relocs[0].offset = len - 3;
    assert!(matches!(err(&f), ObjectError::BadRelocation { .. }));
    f[0].entries[0].code.relocs[0].offset = u32::MAX;
    assert!(matches!(err(&f), ObjectError::BadRelocation { .. }));

    let mut f = funcs.clone();
    f[0].entries[0].wrapper = true;
    assert_eq!(err(&f).to_string(), "function f1: no definition entry");
    let mut f = funcs.clone();
    f[0].entries[1].wrapper = false;
    assert_eq!(
        err(&f).to_string(),
        "function f1: more than one definition entry"
    );
    let mut f = funcs.clone();
    f[0].abi = Abi::Abi0;
    assert!(
        err(&f).to_string().contains("is ABIInternal"),
        "{}",
        err(&f)
    );
    let mut f = funcs.clone();
    f[0].entries[1].abi = Abi::Internal;
    assert_eq!(
        err(&f).to_string(),
        "function f1: two entries for ABIInternal"
    );

    // No functions at all is a valid, empty object.
    let empty = write_object(&[]).unwrap();
    binutils("readelf", &["-a", "-W"], &empty, "empty");
    assert_eq!(
        std::str::from_utf8(section_bytes(&empty, META_SECTION)).unwrap(),
        "janus-meta 1\n"
    );
}

const GOOD: &str = "janus-meta 1\n\
func f abi=internal sig=func(a int) (bool, error)\n\
entry f abi=internal kind=definition offset=0 size=12 frame=8\n\
entry f.abi0 abi=abi0 kind=wrapper offset=16 size=30 frame=40\n";

#[test]
fn metadata_reader_is_forward_compatible() {
    let meta = read_meta(GOOD).unwrap();
    assert_eq!(meta.to_string(), GOOD);
    // Unknown line kinds and unknown fields are skipped; blank lines and a
    // missing final newline are fine.
    let future = "janus-meta 1\n\
stackmap-format 3 words\n\
func f abi=internal inline=no sig=func(a int) (bool, error)\n\
\n\
entry f abi=internal kind=definition offset=0 size=12 frame=8 args=16\n\
gcinfo f offset=5 live=0b101\n\
entry f.abi0 kind=wrapper abi=abi0 frame=40 size=30 offset=16";
    assert_eq!(read_meta(future).unwrap(), meta);
}

#[test]
fn metadata_errors_are_located() {
    let cases: &[(&str, usize, &str)] = &[
        ("", 1, "expected `janus-meta 1`"),
        ("janus-meta 2\n", 1, "unsupported version 2"),
        ("janus-meta x\n", 1, "expected a version number"),
        ("JANUS 1\n", 1, "expected `janus-meta 1`"),
        ("janus-meta 1\nFunc f\n", 2, "expected a line kind"),
        ("janus-meta 1\n func f\n", 2, "expected a line kind"),
        ("janus-meta 1\nfunc f abi=internal\n", 2, "expected a field `sig=`"),
        ("janus-meta 1\nfunc f abi=internal sig=\n", 2, "expected a signature"),
        ("janus-meta 1\nfunc f sig=func()\n", 2, "expected a field `abi=`"),
        ("janus-meta 1\nfunc f abi=go sig=func()\n", 2, "found `abi=go`"),
        ("janus-meta 1\nfunc  abi=abi0 sig=func()\n", 2, "expected a function name"),
        ("janus-meta 1\nfunc f abi=abi0  sig=func()\n", 2, "separated by one space"),
        ("janus-meta 1\nfunc f abi=abi0 abi=abi0 sig=func()\n", 2, "given twice"),
        ("janus-meta 1\nfunc f abi=abi0 sig=func()\r\n", 2, "carriage return"),
        (
            "janus-meta 1\nentry f abi=abi0 kind=wrapper offset=0 size=1 frame=0\n",
            2,
            "before the first `entry`",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=wrapper offset=-1 size=1 frame=0\n",
            3,
            "found `offset=-1`",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=wrapper offset=+1 size=1 frame=0\n",
            3,
            "found `offset=+1`",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=wrapper offset=0 size=99999999999999999999 frame=0\n",
            3,
            "below 2^64",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=wrapper offset=0 size=1 frame=4294967296\n",
            3,
            "exceeds 32 bits",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=thunk offset=0 size=1 frame=0\n",
            3,
            "expected `kind=definition` or `kind=wrapper`",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 offset=0 size=1 frame=0\n",
            3,
            "expected a field `kind=`",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry abi=abi0 kind=wrapper offset=0 size=1 frame=0\n",
            3,
            "expected an entry symbol (no whitespace or `=`)",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=wrapper offset=0 size=1 frame=0 junk\n",
            3,
            "found \"junk\"",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=wrapper offset=0 size=1 frame=0\nentry f abi=abi0 kind=wrapper offset=0 size=1 frame=0\n",
            4,
            "entry f already described",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nfunc f abi=abi0 sig=func()\n",
            3,
            "function f already described",
        ),
        // Metadata that points outside its entry, frame or type.
        ("janus-meta 1\nfunc f abi=abi0 sig=func(x)\n", 2, "sig=: 1:6: unknown type `x`"),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=18446744073709551615 size=2 frame=0\n",
            3,
            "ends past 2^64",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=0 body=20\n",
            3,
            "body=20 is past the end of entry f's code (20 bytes)",
        ),
        (
            "janus-meta 1\ntype 0 size=16 align=3 ptrs=- go=T\n",
            2,
            "type 0: align=3 is not a power of two",
        ),
        (
            "janus-meta 1\ntype 0 size=16 align=8 ptrs=0,12 go=T\n",
            2,
            "type 0: pointer word 12 is not a word inside the type (16 bytes)",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=21 kind=call frame=- args=-\n",
            4,
            "safepoint ret=21 is outside entry f's code (20 bytes",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=0 kind=call frame=- args=-\n",
            4,
            "safepoint ret=0 is outside entry f's code",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=5 kind=call frame=- args=-\nsafepoint ret=5 kind=call frame=- args=-\n",
            5,
            "a second safepoint at ret=5 in entry f",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=5 kind=call frame=-24 args=-\n",
            4,
            "frame= word -24 is not a word of entry f's frame (RBP-16 to RBP-8)",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=5 kind=call frame=-12 args=-\n",
            4,
            "frame= word -12 is not a word",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=5 kind=call frame=- args=- scalars=8\n",
            4,
            "scalars= word 8 is not a word of entry f's frame",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func(p *int, s string)\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=5 kind=call frame=- args=0,8,24\n",
            4,
            "args= word 24 is not a word of entry f's incoming argument area (24 bytes)",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16\nsafepoint ret=5 kind=morestack frame=- args=-\n",
            4,
            "a morestack safepoint in entry f, which has no stack-growth check",
        ),
        (
            "janus-meta 1\nfunc f abi=abi0 sig=func()\nentry f abi=abi0 kind=definition offset=0 size=20 frame=16 body=4\nsafepoint ret=5 kind=morestack frame=-8 args=-\n",
            4,
            "a morestack safepoint names frame words",
        ),
    ];
    for &(text, line, want) in cases {
        let e = read_meta(text).expect_err(text);
        assert_eq!(e.line, line, "{text:?}: {e}");
        assert!(e.message.contains(want), "{text:?}: {e}");
        assert!(e.to_string().starts_with(&format!("line {line}: ")), "{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Arbitrary text never panics the reader.
    #[test]
    fn reader_never_panics_on_text(s in "\\PC{0,200}") {
        let _ = read_meta(&s);
        let _ = read_meta(&format!("janus-meta 1\n{s}"));
    }

    /// Valid text with bytes replaced: an error or a result, never a panic;
    /// whatever is accepted prints as text that reads back the same.
    #[test]
    fn reader_never_panics_on_mutations(
        edits in proptest::collection::vec((0..GOOD.len(), proptest::char::any()), 1..4)
    ) {
        let mut chars: Vec<char> = GOOD.chars().collect();
        for (i, c) in edits {
            chars[i % GOOD.len()] = c;
        }
        let text: String = chars.into_iter().collect();
        if let Ok(meta) = read_meta(&text) {
            let again = read_meta(&meta.to_string());
            prop_assert_eq!(again, Ok(meta));
        }
    }
}
