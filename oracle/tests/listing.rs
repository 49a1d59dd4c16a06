//! The `janus asm` listing of objects written by the backend: headers from
//! the metadata, calls by relocated symbol name, instruction text, and
//! located errors (never panics) on truncated and corrupted objects.

use janus_backend::compile::{CompiledEntry, CompiledFunction};
use janus_backend::isa::x64::{
    AluOp, Amode, Code, Cond, Gpr, Inst, MachBuffer, RegImm, RegMemImm, Size, Symbol,
};
use janus_backend::object::write_object;
use janus_backend::{parse_func_type, Abi};
use janus_oracle::listing::{listing, Where};

fn emit(buf: &mut MachBuffer, insts: &[Inst]) {
    for i in insts {
        buf.emit(i).unwrap_or_else(|e| panic!("{e}"));
    }
}

fn call(sym: &str) -> Inst {
    Inst::Call {
        target: Symbol(sym.into()),
    }
}

fn frame(op: AluOp, n: i32) -> Inst {
    Inst::Alu {
        op,
        size: Size::B64,
        dst: Gpr::RSP,
        src: RegMemImm::Imm(n),
    }
}

fn prologue(n: i32) -> [Inst; 3] {
    [
        Inst::Push { reg: Gpr::RBP },
        Inst::MovRR {
            size: Size::B64,
            dst: Gpr::RBP,
            src: Gpr::RSP,
        },
        frame(AluOp::Sub, n),
    ]
}

fn epilogue(n: i32) -> [Inst; 3] {
    [frame(AluOp::Add, n), Inst::Pop { reg: Gpr::RBP }, Inst::Ret]
}

fn load(disp: i32) -> Inst {
    Inst::Load {
        size: Size::B64,
        dst: Gpr::RAX,
        src: Amode::base_disp(Gpr::RSP, disp),
    }
}

fn store(disp: i32) -> Inst {
    Inst::Store {
        size: Size::B64,
        dst: Amode::base_disp(Gpr::RSP, disp),
        src: Gpr::RAX,
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

/// `f1` (ABIInternal) panics through `runtime.panicdivide` on a zero
/// argument, loops back once over a label, and calls `f2`; its ABI0
/// wrapper calls it. `f2` is defined as ABI0 with an ABIInternal wrapper.
fn sample() -> Vec<CompiledFunction> {
    let mut b = MachBuffer::new();
    let (ok, top) = (b.new_label(), b.new_label());
    emit(&mut b, &prologue(16));
    b.bind_label(top).unwrap();
    emit(
        &mut b,
        &[
            Inst::Test {
                size: Size::B64,
                a: Gpr::RAX,
                b: RegImm::Reg(Gpr::RAX),
            },
            Inst::Jcc {
                cond: Cond::NE,
                target: ok,
            },
            call("runtime.panicdivide"),
            Inst::Jmp { target: top },
        ],
    );
    b.bind_label(ok).unwrap();
    emit(&mut b, &[call("f2")]);
    emit(&mut b, &epilogue(16));
    let f1 = b.finish().unwrap();

    let mut b = MachBuffer::new();
    emit(&mut b, &prologue(8));
    emit(&mut b, &[load(32), call("f1"), store(40)]);
    emit(&mut b, &epilogue(8));
    let f1_abi0 = b.finish().unwrap();

    let mut b = MachBuffer::new();
    emit(&mut b, &[load(8), store(16), Inst::Ret]);
    let f2_abi0 = b.finish().unwrap();

    let mut b = MachBuffer::new();
    emit(&mut b, &prologue(24));
    emit(&mut b, &[store(0), call("f2.abi0"), load(8)]);
    emit(&mut b, &epilogue(24));
    let f2 = b.finish().unwrap();

    vec![
        CompiledFunction {
            name: "f1".into(),
            abi: Abi::Internal,
            sig: parse_func_type("func(a int64) int64").unwrap(),
            entries: vec![
                entry("f1", Abi::Internal, false, 16, f1),
                entry("f1.abi0", Abi::Abi0, true, 8, f1_abi0),
            ],
            context: false,
            external: false,
        },
        CompiledFunction {
            name: "f2".into(),
            abi: Abi::Abi0,
            sig: parse_func_type("func(x int64) int64").unwrap(),
            entries: vec![
                entry("f2.abi0", Abi::Abi0, false, 0, f2_abi0),
                entry("f2", Abi::Internal, true, 24, f2),
            ],
            context: false,
            external: false,
        },
    ]
}

/// The instruction lines of one entry's block: (offset, bytes, text).
fn block(list: &str, symbol: &str) -> Vec<(u64, String, String)> {
    let header = format!("{symbol}:  ;");
    list.lines()
        .skip_while(|l| !l.starts_with(&header))
        .skip(1)
        .take_while(|l| l.starts_with("  ") || l.starts_with(".L"))
        .filter(|l| l.starts_with("  "))
        .map(|l| {
            let (off, rest) = l.trim_start().split_once("  ").unwrap();
            let (bytes, text) = rest.trim_start().split_once("  ").unwrap();
            (
                u64::from_str_radix(off, 16).unwrap(),
                bytes.to_string(),
                text.trim().to_string(),
            )
        })
        .collect()
}

#[test]
fn lists_entries_with_headers_and_calls_by_symbol() {
    let funcs = sample();
    let obj = write_object(&funcs).unwrap();
    let list = listing(&obj).unwrap_or_else(|e| panic!("{e}"));
    println!("{list}");

    assert!(list.starts_with("; janus listing: 2 functions, 4 entries, .text 0x"));
    assert!(list.contains("\n; func f1 func(a int64) int64, defined as ABIInternal\n"));
    assert!(list.contains("\n; func f2 func(x int64) int64, defined as ABI0\n"));
    let f1_len = funcs[0].entries[0].code.bytes.len();
    for header in [
        format!("f1:  ; ABIInternal definition, frame 16, .text+0x0, {f1_len} bytes"),
        "f1.abi0:  ; ABI0 wrapper, frame 8, .text+0x30,".to_string(),
        "f2.abi0:  ; ABI0 definition, frame 0, .text+0x50,".to_string(),
        "f2:  ; ABIInternal wrapper, frame 24, .text+0x60,".to_string(),
    ] {
        assert!(
            list.lines().any(|l| l.starts_with(&header)),
            "{header}\n{list}"
        );
    }

    // Every instruction, at the offsets the encoder recorded, with the
    // bytes it emitted.
    for e in funcs.iter().flat_map(|f| &f.entries) {
        let lines = block(&list, &e.symbol);
        let offsets: Vec<u64> = lines.iter().map(|l| l.0).collect();
        let want: Vec<u64> = e.code.inst_offsets.iter().map(|&o| u64::from(o)).collect();
        assert_eq!(offsets, want, "{}\n{list}", e.symbol);
        let bytes: String = lines.iter().map(|l| l.1.replace(' ', "")).collect();
        let want: String = e.code.bytes.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(bytes, want, "{}", e.symbol);
    }

    let text =
        |symbol: &str| -> Vec<String> { block(&list, symbol).into_iter().map(|l| l.2).collect() };
    assert_eq!(
        text("f1"),
        [
            "push rbp",
            "mov rbp, rsp",
            "sub rsp, 0x10",
            "test rax, rax",
            "jne .L1b",
            "call runtime.panicdivide",
            "jmp .L8",
            "call f2",
            "add rsp, 0x10",
            "pop rbp",
            "ret",
        ]
    );
    // Labels name the jump targets, and only those.
    let labels: Vec<&str> = list.lines().filter(|l| l.starts_with(".L")).collect();
    assert_eq!(labels, [".L8:", ".L1b:"], "{list}");
    assert!(list.contains("\n.L8:\n  0008  "), "{list}");
    assert!(list.contains("\n.L1b:\n  001b  "), "{list}");
    assert_eq!(
        text("f1.abi0")[3..6],
        [
            "mov rax, qword ptr [rsp+0x20]",
            "call f1",
            "mov qword ptr [rsp+0x28], rax",
        ]
    );
    assert_eq!(
        text("f2.abi0"),
        [
            "mov rax, qword ptr [rsp+8]",
            "mov qword ptr [rsp+0x10], rax",
            "ret"
        ]
    );
    assert_eq!(text("f2")[4], "call f2.abi0");
}

#[test]
fn call_targets_come_from_relocations() {
    // The raw rel32 fields are zero: an address-based guess would name the
    // next instruction. An addend other than -4 shows as an offset.
    let mut funcs = sample();
    funcs[0].entries[1].code.relocs[0].addend = 4;
    let obj = write_object(&funcs).unwrap();
    let list = listing(&obj).unwrap();
    let f1_abi0 = block(&list, "f1.abi0");
    assert_eq!(f1_abi0[4].1, "e8 00 00 00 00");
    assert_eq!(f1_abi0[4].2, "call f1+0x8");
    assert!(!list.contains("call f1\n"), "{list}");
}

#[test]
fn the_loader_accepts_the_object() {
    // The same object, relocated by the oracle's loader: calls reach the
    // entries and the runtime stub, and the metadata survives.
    use janus_oracle::machine::loader::LoadedImage;
    let funcs = sample();
    let obj = write_object(&funcs).unwrap();
    let stub = 0x10_0010u64;
    let externs = [("runtime.panicdivide".to_string(), stub)].into();
    let image = LoadedImage::load(&obj, 0x40_0000, &externs).unwrap_or_else(|e| panic!("{e}"));
    let text = image.section(".text").unwrap();
    let base = text.address.unwrap();
    let addr = |s: &str| image.symbol(s).unwrap().address;
    for (f, e) in funcs
        .iter()
        .flat_map(|f| f.entries.iter().map(move |e| (f, e)))
    {
        let start = addr(&e.symbol) - base;
        for r in &e.code.relocs {
            let field = (start + u64::from(r.offset)) as usize;
            let rel = i32::from_le_bytes(text.data[field..field + 4].try_into().unwrap());
            let target = (base + field as u64 + 4).wrapping_add(rel as i64 as u64);
            let want = match r.symbol.0.as_str() {
                "runtime.panicdivide" => stub,
                s => addr(s),
            };
            assert_eq!(target, want, "{} in {}", r.symbol, f.name);
        }
    }
    let meta = std::str::from_utf8(image.section_bytes(".janus.meta").unwrap()).unwrap();
    let meta = janus_backend::object::read_meta(meta).unwrap();
    assert_eq!(
        meta.entry("f2.abi0").unwrap().1.offset,
        addr("f2.abi0") - base
    );
}

/// The position of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len())
        .position(|w| w == needle)
        .unwrap_or_else(|| panic!("{:?} not found", String::from_utf8_lossy(needle)))
}

fn err(obj: &[u8]) -> janus_oracle::listing::ListingError {
    let e = listing(obj).expect_err("corrupted object listed");
    assert!(!e.to_string().contains("panicked"), "{e}");
    e
}

#[test]
fn corruptions_give_located_errors() {
    let funcs = sample();
    let obj = write_object(&funcs).unwrap();

    let e = err(b"MZ\x90\x00");
    assert_eq!(e.at, Where::Header);
    assert_eq!(e.to_string(), "ELF header: not an ELF file");

    // Metadata: an unknown entry kind on line 4.
    let mut bad = obj.clone();
    let at = find(&bad, b"kind=wrapper");
    bad[at + 5] = b'W';
    let e = err(&bad);
    assert_eq!(e.at, Where::Meta { line: 4 }, "{e}");
    assert!(e.to_string().starts_with(".janus.meta") || e.to_string().contains("line 4"));

    // Metadata disagreeing with the symbol table.
    let size = funcs[1].entries[0].code.bytes.len();
    let mut bad = obj.clone();
    let at = find(&bad, format!("offset=80 size={size} ").as_bytes());
    bad[at + "offset=80 size=".len()] = b'9';
    let e = err(&bad);
    assert_eq!(
        e.at,
        Where::Entry {
            symbol: "f2.abi0".into(),
            offset: None
        },
        "{e}"
    );

    // An undecodable byte in f1.abi0's code, at its third instruction.
    let mut bad = obj.clone();
    let code = &funcs[0].entries[1].code;
    let at = find(&bad, &code.bytes) + code.inst_offsets[2] as usize;
    bad[at] = 0x06; // `push es`: invalid in 64-bit mode
    let e = err(&bad);
    assert_eq!(
        e.at,
        Where::Entry {
            symbol: "f1.abi0".into(),
            offset: Some(u64::from(code.inst_offsets[2]))
        },
        "{e}"
    );
    assert!(e.what.starts_with("undecodable instruction: 06"), "{e}");

    // A relocation whose symbol index is out of range.
    let mut bad = obj.clone();
    // The first RELA entry: r_offset 0x12, then r_info with type PLT32 (4).
    let rela = find(&bad, &[0x12, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0]);
    bad[rela + 12..rela + 16].copy_from_slice(&999u32.to_le_bytes());
    let e = err(&bad);
    assert!(
        matches!(&e.at, Where::Relocation { section, index: 0, offset: 0x12 } if section == ".rela.text"),
        "{e}"
    );
}

#[test]
fn truncated_and_corrupted_objects_never_panic() {
    let obj = write_object(&sample()).unwrap();
    assert!(listing(&obj).is_ok());
    for len in 0..obj.len() {
        // Every proper prefix loses the section header table at the end.
        err(&obj[..len]);
    }
    // Seeded byte corruptions (xorshift, so the run is reproducible).
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut ok, mut failed) = (0, 0);
    for _ in 0..20_000 {
        let mut bad = obj.clone();
        for _ in 0..1 + next() % 4 {
            let i = (next() % bad.len() as u64) as usize;
            bad[i] = next() as u8;
        }
        match listing(&bad) {
            Ok(_) => ok += 1,
            Err(e) => {
                assert!(!e.to_string().contains("panicked"), "{e}");
                failed += 1;
            }
        }
    }
    assert!(ok > 0 && failed > 0, "ok {ok}, failed {failed}");
}
