//! The pclntab reader (`peer::pclntab`) and the code statistics
//! (`peer::codesize`) against independent evidence from Go 1.19 itself: a
//! test program (tests/go/peer/pclntab/main.go) built static, `go tool nm
//! -size` for function bounds, the prologue decoded with iced-x86 for frame
//! sizes, and the compiler's own listing (`go tool compile -S`: stack map
//! indices, the slots of named variables, the morestack spills) together
//! with the source's annotations of which pointers are live at each call.
//! Skipped, with a message, when Go 1.19 is missing (`toolchain::for_test`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use goblin::elf::Elf;
use iced_x86::{Decoder, DecoderOptions, Instruction, Mnemonic, OpKind, Register};
use janus_oracle::peer::codesize;
use janus_oracle::peer::pclntab::{FrameObject, GoImageTables, Pclntab};
use janus_oracle::peer::toolchain::{self, GoToolchain};

const PROGRAM_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/go/peer/pclntab");

/// The built test program and what the tests compare against.
struct Built {
    image: Vec<u8>,
    listing: String,
    nm: String,
    source: String,
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn build(go: &GoToolchain, name: &str) -> Built {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("prog");
    let go_cmd = |args: &[&str]| {
        let mut c = Command::new(&go.go);
        c.args(args)
            .current_dir(PROGRAM_DIR)
            .env("CGO_ENABLED", "0")
            .env("GOFLAGS", "");
        c
    };
    run(&mut go_cmd(&[
        "build",
        "-o",
        bin.to_str().unwrap(),
        "main.go",
    ]));
    // The listing of the same compilation (go build does not replay -S
    // output from its cache, so the compiler is run directly).
    let obj = dir.join("main.o");
    let listing = run(&mut go_cmd(&[
        "tool",
        "compile",
        "-S",
        "-p",
        "main",
        "-o",
        obj.to_str().unwrap(),
        "main.go",
    ]));
    let nm = run(&mut go_cmd(&["tool", "nm", "-size", bin.to_str().unwrap()]));
    Built {
        image: std::fs::read(&bin).unwrap(),
        listing,
        nm,
        source: std::fs::read_to_string(Path::new(PROGRAM_DIR).join("main.go")).unwrap(),
    }
}

/// The sections and symbols the parser takes, found with goblin.
struct Image<'a> {
    tables: GoImageTables<'a>,
    text: &'a [u8],
    text_addr: u64,
}

fn image(bytes: &[u8]) -> Image<'_> {
    let elf = Elf::parse(bytes).unwrap();
    let section = |name: &str| {
        let sh = elf
            .section_headers
            .iter()
            .find(|s| elf.shdr_strtab.get_at(s.sh_name) == Some(name))
            .unwrap_or_else(|| panic!("no {name} section"));
        let off = sh.sh_offset as usize;
        (&bytes[off..off + sh.sh_size as usize], sh.sh_addr)
    };
    let symbol = |name: &str| {
        elf.syms
            .iter()
            .find(|s| elf.strtab.get_at(s.st_name) == Some(name))
            .unwrap_or_else(|| panic!("no symbol {name}"))
            .st_value
    };
    let (pclntab, _) = section(".gopclntab");
    let (rodata, rodata_addr) = section(".rodata");
    let (text, text_addr) = section(".text");
    Image {
        tables: GoImageTables {
            pclntab,
            text_start: symbol("runtime.text"),
            rodata,
            rodata_addr,
            gofunc: symbol("go.func.*"),
            rodata_base: symbol("runtime.rodata"),
        },
        text,
        text_addr,
    }
}

/// One instruction of the compiler's listing.
#[derive(Debug)]
struct Line {
    off: u64,
    src_line: u32,
    op: String,
    args: String,
}

/// A function of the listing: its `TEXT` frame and argument sizes.
#[derive(Debug)]
struct Listed {
    frame: u64,
    args: u64,
    lines: Vec<Line>,
}

fn parse_listing(listing: &str) -> BTreeMap<String, Listed> {
    let mut out = BTreeMap::new();
    let mut cur: Option<(String, Listed)> = None;
    for l in listing.lines() {
        if !l.starts_with('\t') {
            if let Some((name, f)) = cur.take() {
                out.insert(name, f);
            }
            if let Some((name, _)) = l.split_once(" STEXT") {
                cur = Some((
                    name.to_string(),
                    Listed {
                        frame: 0,
                        args: 0,
                        lines: Vec::new(),
                    },
                ));
            }
            continue;
        }
        let Some((_, f)) = cur.as_mut() else { continue };
        // "\t0x002c 00044 (main.go:12)\tCALL\tmain.g(SB)"
        let fields: Vec<&str> = l.trim_start().splitn(4, '\t').collect();
        let Some(head) = fields.first() else { continue };
        let Some(off) = head.strip_prefix("0x").and_then(|h| h.get(..4)) else {
            continue;
        };
        if fields.len() < 2 {
            continue; // the hex dump
        }
        let off = u64::from_str_radix(off, 16).unwrap();
        let src_line = head
            .rsplit_once(':')
            .and_then(|(_, n)| n.trim_end_matches(')').parse().ok())
            .unwrap_or(0);
        let op = fields[1].to_string();
        let args = fields.get(2).unwrap_or(&"").to_string();
        if op == "TEXT" {
            // "main.f(SB), ABIInternal, $40-24"
            let (fr, ar) = args.rsplit_once('$').unwrap().1.split_once('-').unwrap();
            f.frame = fr.parse().unwrap();
            f.args = ar.parse().unwrap();
        }
        f.lines.push(Line {
            off,
            src_line,
            op,
            args,
        });
    }
    if let Some((name, f)) = cur {
        out.insert(name, f);
    }
    out
}

impl Listed {
    /// The offset of the instruction after the one at `i` (a call's
    /// return address).
    fn next_off(&self, i: usize) -> u64 {
        let at = self.lines[i].off;
        self.lines[i..].iter().find(|l| l.off > at).unwrap().off
    }

    /// The `PCDATA $1` (stack map index) in force at line `i`.
    fn stack_map_index(&self, i: usize) -> i64 {
        self.lines[..i]
            .iter()
            .rev()
            .find_map(|l| {
                (l.op == "PCDATA" && l.args.starts_with("$1,"))
                    .then(|| l.args[3..].trim().trim_start_matches('$').parse().unwrap())
            })
            .unwrap_or(-1)
    }

    /// The SP offset of the slot the listing names `main.NAME+OFF(SP)`.
    fn slot(&self, name: &str) -> Option<u64> {
        let pat = format!("main.{name}+");
        self.lines.iter().find_map(|l| {
            let at = l.args.find(&pat)?;
            let rest = &l.args[at + pat.len()..];
            rest[..rest.find('(')?].parse().ok()
        })
    }
}

/// `//peer:KEY` annotations: line number to the names after it.
fn annotations(source: &str, key: &str) -> BTreeMap<u32, Vec<String>> {
    let tag = format!("//peer:{key}");
    source
        .lines()
        .enumerate()
        // (Not the file's comment that describes the annotations.)
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .filter_map(|(i, l)| {
            let at = l.find(&tag)?;
            let rest = &l[at + tag.len()..];
            if !rest.is_empty() && !rest.starts_with(' ') {
                return None; // a longer key
            }
            Some((
                i as u32 + 1,
                rest.split_whitespace().map(String::from).collect(),
            ))
        })
        .collect()
}

/// The parameter names of the func declared on `line`, in order.
fn params(source: &str, line: u32) -> Vec<String> {
    let l = source.lines().nth(line as usize - 1).unwrap();
    // Split the parameter list at top-level commas (a func type has its
    // own parentheses).
    let open = l.find('(').unwrap();
    let mut depth = 0;
    let mut names = Vec::new();
    let mut start = open + 1;
    for (k, c) in l.char_indices().skip(open) {
        match c {
            '(' => depth += 1,
            ')' | ',' if depth == 1 => {
                names.extend(l[start..k].split_whitespace().next().map(String::from));
                start = k + 1;
                if c == ')' {
                    break;
                }
            }
            ')' => depth -= 1,
            _ => {}
        }
    }
    names
}

/// What one function's slot names resolve to, SP-relative in its body:
/// `x` is `main.x+N(SP)`, `x@autotmp_9` is the compiler's temporary that
/// holds x (`main..autotmp_9+N(SP)`), `x+8` the word 8 bytes further.
fn resolve(f: &Listed, spec: &str) -> u64 {
    let (spec, plus) = match spec.split_once('+') {
        Some((s, p)) => (s, p.parse::<u64>().unwrap()),
        None => (spec, 0),
    };
    let slot = match spec.split_once('@') {
        Some((_, tmp)) => f.slot(&format!(".{tmp}")),
        None => f.slot(spec),
    };
    slot.unwrap_or_else(|| panic!("no slot {spec} in the listing")) + plus
}

fn decode_at(img: &Image<'_>, addr: u64, end: u64) -> Vec<Instruction> {
    let lo = (addr - img.text_addr) as usize;
    let hi = (end - img.text_addr) as usize;
    let mut d = Decoder::with_ip(64, &img.text[lo..hi], addr, DecoderOptions::NONE);
    let mut out = Vec::new();
    while d.can_decode() {
        out.push(d.decode());
    }
    out
}

/// An SP well away from zero: frame queries read no memory.
const SP: u64 = 0xc000_1000_0000;

fn with_go(test: &str) -> Option<Built> {
    let go = toolchain::for_test(test)?;
    Some(build(&go, test))
}

#[test]
fn functions_match_go_tool_nm() {
    let Some(b) = with_go("functions_match_go_tool_nm") else {
        return;
    };
    let img = image(&b.image);
    let tab = Pclntab::parse(&img.tables).unwrap();
    // The linker's funcnametab writes `[N]` in type functions' names as
    // `[...]`; the symbol table keeps N.
    let elide = |n: &str| {
        let mut out = String::new();
        let mut rest = n;
        while let Some(at) = rest.find('[') {
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
            let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 && rest[digits..].starts_with(']') {
                out.push_str("...");
                rest = &rest[digits..];
            }
        }
        out + rest
    };
    let mut nm: BTreeMap<u64, Vec<(String, u64)>> = BTreeMap::new();
    for l in b.nm.lines() {
        // "addr size type name", the name possibly with spaces.
        let mut rest = l.trim_start();
        let mut f = Vec::new();
        for _ in 0..3 {
            let Some((w, r)) = rest.split_once(' ') else {
                break;
            };
            f.push(w);
            rest = r.trim_start();
        }
        if f.len() == 3 && (f[2] == "T" || f[2] == "t") {
            let addr = u64::from_str_radix(f[0], 16).unwrap();
            nm.entry(addr)
                .or_default()
                .push((elide(rest), f[1].parse().unwrap()));
        }
    }
    assert!(tab.funcs().len() > 1000, "{} functions", tab.funcs().len());
    for f in tab.funcs() {
        let syms = nm
            .get(&f.entry)
            .unwrap_or_else(|| panic!("{} at {:#x}: no nm symbol", f.name, f.entry));
        let size = syms
            .iter()
            // nm names assembly functions' ABI0 symbols with a suffix.
            .find(|(n, _)| *n == f.name || *n == format!("{}.abi0", f.name))
            .unwrap_or_else(|| panic!("{} at {:#x}: nm says {syms:?}", f.name, f.entry))
            .1;
        assert_eq!(f.end - f.entry, size, "size of {}", f.name);
        assert_eq!(tab.func_at(f.entry).map(|g| &g.name), Some(&f.name));
        assert_eq!(tab.func_at(f.end - 1).map(|g| &g.name), Some(&f.name));
    }
    for name in [
        "main.regargs",
        "main.stackobj",
        "main.main.func1",
        "runtime.morestack",
    ] {
        assert!(tab.func_named(name).is_some(), "{name}");
    }
    assert!(tab.func_at(tab.text_start() - 1).is_none());

    // funcIDs and flags the stack code looks at, by the functions Go's
    // linker gives them to (cmd/internal/objabi/funcid.go).
    use janus_oracle::peer::pclntab::*;
    let named = |n: &str| tab.func_named(n).unwrap_or_else(|| panic!("{n}"));
    assert_eq!(named("runtime.morestack").func_id, FUNCID_MORESTACK);
    assert_eq!(named("runtime.asyncPreempt").func_id, FUNCID_ASYNC_PREEMPT);
    assert_eq!(
        named("runtime.systemstack_switch").func_id,
        FUNCID_SYSTEMSTACK_SWITCH
    );
    assert!(named("runtime.goexit").has_flag(FUNCFLAG_TOPFRAME));
    // morestack switches to g0's stack: MOVQ (g_sched+gobuf_sp)(BX), SP.
    assert!(named("runtime.morestack").has_flag(FUNCFLAG_SPWRITE));
    assert!(named("runtime.morestack").has_flag(FUNCFLAG_ASM));
    assert!(!named("main.regargs").has_flag(FUNCFLAG_ASM));
    assert_eq!(named("main.regargs").func_id, FUNCID_NORMAL);

    // deferreturn: the offset of the function's call to
    // runtime.deferreturn, as the decoder finds it.
    let f = named("main.deferred");
    assert_ne!(f.deferreturn, 0);
    let at = f.entry + f.deferreturn as u64;
    let call = decode_at(&img, at, f.end)[0];
    assert_eq!(call.mnemonic(), Mnemonic::Call);
    assert_eq!(call.near_branch64(), named("runtime.deferreturn").entry);
    assert_eq!(named("main.regargs").deferreturn, 0);
}

#[test]
fn frames_and_stack_maps_match_the_compiler() {
    let Some(b) = with_go("frames_and_stack_maps_match_the_compiler") else {
        return;
    };
    let img = image(&b.image);
    let tab = Pclntab::parse(&img.tables).unwrap();
    let listing = parse_listing(&b.listing);
    let live = annotations(&b.source, "live");
    let entry_live = annotations(&b.source, "entry-live");
    let mut calls_checked = 0;
    let mut morestacks_checked = 0;
    for (name, lf) in listing.iter().filter(|(n, _)| n.starts_with("main.")) {
        let f = tab.func_named(name).unwrap();
        assert_eq!(f.args as u64, lf.args, "{name}: args");
        let code = decode_at(&img, f.entry, f.end);
        // The prologue's SUB RSP, imm is the frame the listing declares.
        let sub = code.iter().find_map(|i| {
            (i.mnemonic() == Mnemonic::Sub
                && i.op0_kind() == OpKind::Register
                && i.op0_register() == Register::RSP)
                .then(|| i.immediate(1))
        });
        assert_eq!(sub.unwrap_or(0), lf.frame, "{name}: SUB RSP");
        // pcsp at every instruction, against the SP changes decoded from
        // the code: 0 up to the prologue's SUB, the frame in the body, 0
        // between the epilogue's ADD and its RET, the frame again in the
        // blocks after a RET or JMP, and 0 in the morestack tail.
        let cold: Option<u64> = lf
            .lines
            .iter()
            .find(|l| l.op == "JLS")
            .map(|l| l.args.parse().unwrap());
        let mut delta: i64 = 0;
        for ins in &code {
            let o = ins.ip() - f.entry;
            let want = if cold.is_some_and(|c| o >= c) {
                0
            } else {
                delta
            };
            assert_eq!(
                tab.sp_delta(f, ins.ip()).unwrap() as i64,
                want,
                "{name}+{o:#x}: pcsp"
            );
            let imm_rsp = ins.op0_kind() == OpKind::Register
                && ins.op0_register() == Register::RSP
                && ins.op1_kind() != OpKind::Register;
            match ins.mnemonic() {
                Mnemonic::Sub if imm_rsp => delta += ins.immediate(1) as i64,
                Mnemonic::Add if imm_rsp => delta -= ins.immediate(1) as i64,
                Mnemonic::Ret | Mnemonic::Jmp => delta = lf.frame as i64,
                _ => {}
            }
        }
        for (i, l) in lf.lines.iter().enumerate() {
            if l.op != "CALL" {
                continue;
            }
            let ret = f.entry + lf.next_off(i);
            // The decoder agrees that a call ends there.
            let call = code.iter().find(|c| c.next_ip() == ret).unwrap();
            assert_eq!(call.mnemonic(), Mnemonic::Call, "{name} at {ret:#x}");
            let fr = tab.frame_at(ret, SP).unwrap();
            assert_eq!(fr.func.name, *name);
            if l.args.starts_with("runtime.morestack") {
                // Go's rule at the prologue's morestack call: no frame yet,
                // stack map index -1 read as 0, the entry map covering the
                // spill slots of the pointer arguments live at entry.
                assert_eq!(fr.frame_size, 0, "{name}: pcsp at morestack");
                assert_eq!(lf.stack_map_index(i), -1);
                assert_eq!(fr.stack_map_index, 0);
                assert_eq!(fr.saved_bp_slot, None);
                assert!(fr.live_locals.is_empty());
                let ps = params(&b.source, lf.lines[0].src_line);
                // The spills: the tail's stores from the JLS target on.
                let cold: u64 = lf
                    .lines
                    .iter()
                    .find(|l| l.op == "JLS")
                    .unwrap()
                    .args
                    .parse()
                    .unwrap();
                let spills: Vec<u64> = lf.lines[..i]
                    .iter()
                    .filter(|s| s.off >= cold && s.op == "MOVQ" && s.args.ends_with("(SP)"))
                    .map(|s| {
                        let d = s.args.split(", ").nth(1).unwrap();
                        d.trim_end_matches("(SP)").parse().unwrap()
                    })
                    .collect();
                assert_eq!(spills.len(), ps.len().min(9), "{name}: spills");
                let Some(names) = entry_live.get(&lf.lines[0].src_line) else {
                    continue;
                };
                let want: BTreeSet<u64> = names
                    .iter()
                    .map(|p| {
                        let k = ps.iter().position(|q| q == p).unwrap();
                        if k < 9 {
                            spills[k]
                        } else {
                            resolve(lf, p) - lf.frame
                        }
                    })
                    .collect();
                let got: BTreeSet<u64> = fr.live_args.iter().map(|a| a - SP).collect();
                assert_eq!(got, want, "{name}: live at the morestack call");
                morestacks_checked += 1;
                continue;
            }
            assert_eq!(fr.frame_size, lf.frame, "{name}: pcsp at {ret:#x}");
            assert_eq!(fr.caller_sp, SP + lf.frame + 8);
            assert_eq!(fr.return_addr_slot, SP + lf.frame);
            assert_eq!(fr.saved_bp_slot, Some(SP + lf.frame - 8));
            let idx = lf.stack_map_index(i);
            assert_eq!(fr.stack_map_index as i64, idx.max(0), "{name} at {ret:#x}");
            // The annotation is about the source's call; the compiler's
            // calls into the runtime (panicIndex) share its line.
            let runtime_call = l.args.starts_with("runtime.");
            if let Some(names) = live.get(&l.src_line).filter(|_| !runtime_call) {
                let want: BTreeSet<u64> = names.iter().map(|n| resolve(lf, n)).collect();
                let got: BTreeSet<u64> = fr.live_pointer_slots.iter().map(|a| a - SP).collect();
                assert_eq!(got, want, "{name}: live at the call on line {}", l.src_line);
                calls_checked += 1;
            }
        }
    }
    assert_eq!(
        calls_checked,
        live.values().count(),
        "every annotated call was found"
    );
    assert_eq!(morestacks_checked, entry_live.len());
}

#[test]
fn stack_objects_are_placed_in_the_frame() {
    let Some(b) = with_go("stack_objects_are_placed_in_the_frame") else {
        return;
    };
    let img = image(&b.image);
    let tab = Pclntab::parse(&img.tables).unwrap();
    let lf = &parse_listing(&b.listing)["main.stackobj"];
    let f = tab.func_named("main.stackobj").unwrap();
    let i = lf
        .lines
        .iter()
        .position(|l| l.op == "CALL" && l.args.starts_with("main.keep"))
        .unwrap();
    let fr = tab.frame_at(f.entry + lf.next_off(i), SP).unwrap();
    // t is a T {a, b *int; n int} at main.t+N(SP).
    let t = SP + resolve(lf, "t");
    assert_eq!(
        fr.objects,
        vec![FrameObject {
            addr: t,
            size: 24,
            pointer_slots: vec![t, t + 8],
        }]
    );
    // An array of 20,000 pointers: its type's pointer mask would take more
    // than 2048 bytes, so a GC program describes it.
    let lg = &parse_listing(&b.listing)["main.gcprog"];
    let g = tab.func_named("main.gcprog").unwrap();
    let k = lg
        .lines
        .iter()
        .position(|l| l.op == "CALL" && l.args.starts_with("main.keepbig"))
        .unwrap();
    let fr = tab.frame_at(g.entry + lg.next_off(k), SP).unwrap();
    let big = SP + resolve(lg, "big");
    assert_eq!(fr.objects.len(), 1);
    assert_eq!((fr.objects[0].addr, fr.objects[0].size), (big, 160_000));
    assert_eq!(
        fr.objects[0].pointer_slots,
        (0..20_000).map(|i| big + 8 * i).collect::<Vec<u64>>()
    );
    // At the morestack call the frame is not allocated: no object yet.
    let m = lf
        .lines
        .iter()
        .position(|l| l.op == "CALL" && l.args.starts_with("runtime.morestack"))
        .unwrap();
    assert!(tab
        .frame_at(f.entry + lf.next_off(m), SP)
        .unwrap()
        .objects
        .is_empty());
}

#[test]
fn arg_info_describes_the_register_arguments() {
    let Some(b) = with_go("arg_info_describes_the_register_arguments") else {
        return;
    };
    let img = image(&b.image);
    let tab = Pclntab::parse(&img.tables).unwrap();
    let f = tab.func_named("main.regargs").unwrap();
    use janus_oracle::peer::pclntab::ArgInfoItem::Arg;
    // Four one-word register arguments, at their spill slots.
    assert_eq!(
        tab.arg_info(f).unwrap().unwrap(),
        vec![
            Arg { off: 0, size: 8 },
            Arg { off: 8, size: 8 },
            Arg { off: 16, size: 8 },
            Arg { off: 24, size: 8 }
        ]
    );
    // The traceback's spill-slot liveness: everything counts as live at
    // the entry (no PCDATA $3 yet); from the first call on, exactly the
    // parameters the listing stores to their own slots (q) are.
    let at_entry = tab.arg_liveness(f, f.entry).unwrap().unwrap();
    assert_eq!(at_entry.bitmap, None);
    assert!((0..4).all(|k| at_entry.is_live(8 * k, k)));
    let lf = &parse_listing(&b.listing)["main.regargs"];
    let ps = params(&b.source, lf.lines[0].src_line);
    let spilled: Vec<bool> = ps
        .iter()
        .map(|p| {
            lf.lines
                .iter()
                .any(|l| l.op == "MOVQ" && l.args.contains(&format!(", main.{p}+")))
        })
        .collect();
    assert_eq!(spilled, [false, true, false, false]);
    let call = lf.lines.iter().position(|l| l.op == "CALL").unwrap();
    let ret = f.entry + lf.next_off(call);
    // As printArgs is given it: the return address minus one.
    let live = tab.arg_liveness(f, ret - 1).unwrap().unwrap();
    assert!(live.bitmap.is_some());
    for (k, want) in spilled.iter().enumerate() {
        assert_eq!(live.is_live(8 * k as u8, k as u8), *want, "slot {k}");
    }
}

/// Corrupting the real table anywhere gives errors, never a panic.
#[test]
fn corrupted_tables_give_errors_not_panics() {
    let Some(b) = with_go("corrupted_tables_give_errors_not_panics") else {
        return;
    };
    let img = image(&b.image);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut parsed = 0;
    for round in 0..300 {
        let mut pcln = img.tables.pclntab.to_vec();
        let mut rodata = img.tables.rodata.to_vec();
        for _ in 0..1 + round % 8 {
            // Mostly the header, ftab and _func records, where a bad byte
            // is most likely to be read.
            let region = if next() % 2 == 0 {
                pcln.len().min(0x20000)
            } else {
                pcln.len()
            };
            let at = (next() % region as u64) as usize;
            pcln[at] ^= (next() % 255 + 1) as u8;
            let at = (next() % rodata.len() as u64) as usize;
            rodata[at] = next() as u8;
        }
        if round % 50 == 0 {
            pcln.truncate((next() % pcln.len() as u64) as usize);
        }
        let t = GoImageTables {
            pclntab: &pcln,
            rodata: &rodata,
            ..img.tables
        };
        let Ok(tab) = Pclntab::parse(&t) else {
            continue;
        };
        parsed += 1;
        for f in tab.funcs().iter().step_by(7) {
            for pc in [f.entry, f.entry + 1, (f.entry + f.end) / 2, f.end - 1] {
                let _ = tab.frame_at(pc, SP);
                let _ = tab.arg_liveness(f, pc);
            }
            let _ = tab.arg_info(f);
            let _ = tab.stack_objects(f);
        }
    }
    assert!(parsed > 0, "some corruptions leave the table parseable");
}

#[test]
fn code_size_of_go_functions() {
    let Some(b) = with_go("code_size_of_go_functions") else {
        return;
    };
    let img = image(&b.image);
    let tab = Pclntab::parse(&img.tables).unwrap();
    let listing = parse_listing(&b.listing);
    for (name, lf) in listing.iter().filter(|(n, _)| n.starts_with("main.")) {
        let f = tab.func_named(name).unwrap();
        let lo = (f.entry - img.text_addr) as usize;
        let code = &img.text[lo..lo + (f.end - f.entry) as usize];
        let s = codesize::measure(code, f.entry).unwrap();
        // Against the listing: instructions (every one starts at its own
        // offset; pseudo-ops share the next one's, and the listing writes a
        // REP prefix as an instruction of its own), the frame, the stack
        // check, and the spills of registers to named slots read back.
        // Every instruction the listing shows starts where the decoder
        // finds one, except a REP prefix's STOS (one instruction); every
        // decoded instruction the listing does not show lies in a padding
        // NOP (one line, many NOPs) or a DUFFZERO/DUFFCOPY (one line, the
        // frame-pointer save, the call and the restore).
        let code = decode_at(&img, f.entry, f.end);
        let decoded: BTreeSet<u64> = code.iter().map(|i| i.ip() - f.entry).collect();
        for (k, l) in lf.lines.iter().enumerate() {
            let after_rep = k > 0 && lf.lines[k - 1].op == "REP";
            if !matches!(l.op.as_str(), "PCDATA" | "FUNCDATA") && !after_rep {
                assert!(
                    decoded.contains(&l.off),
                    "{name}+{:#x}: {} {}",
                    l.off,
                    l.op,
                    l.args
                );
            }
        }
        for &o in &decoded {
            if lf.lines.iter().any(|l| l.off == o) {
                continue;
            }
            let covering = lf.lines.iter().rev().find(|l| l.off < o).unwrap();
            assert!(
                matches!(covering.op.as_str(), "NOP" | "DUFFZERO" | "DUFFCOPY"),
                "{name}+{o:#x}: decoded inside {} {}",
                covering.op,
                covering.args
            );
        }
        assert_eq!(s.instructions, code.len(), "{name}");
        assert_eq!(s.frame_size, lf.frame, "{name}: frame");
        assert_eq!(s.bytes, f.end - f.entry);
        let nosplit = !lf
            .lines
            .iter()
            .any(|l| l.args.starts_with("runtime.morestack"));
        if nosplit {
            assert_eq!(s.stack_check, 0, "{name}");
        } else {
            // The check at the entry up to its JLS, and the tail from the
            // morestack spills to the JMP back.
            let jls = lf.lines.iter().find(|l| l.op == "JLS").unwrap();
            let target: u64 = jls.args.parse().unwrap();
            let check = decoded
                .iter()
                .filter(|&&o| o <= jls.off || o >= target)
                .count();
            assert_eq!(s.stack_check, check, "{name}: stack check");
        }
        let spill_stores = spill_moves(lf, true);
        let spill_loads = spill_moves(lf, false);
        assert_eq!(
            (s.spill_stores, s.spill_loads),
            (spill_stores, spill_loads),
            "{name}: spills"
        );
    }
    // regargs spills q and n and reloads both: a concrete case.
    let f = tab.func_named("main.regargs").unwrap();
    let lo = (f.entry - img.text_addr) as usize;
    let s = codesize::measure(&img.text[lo..lo + (f.end - f.entry) as usize], f.entry).unwrap();
    assert_eq!((s.spill_stores, s.spill_loads), (4, 4), "{s:?}");
}

/// Register moves to or from an SP slot (`main.x+N(SP)` or `N(SP)`, not
/// indexed) that the function both stores from a register and loads into
/// one: the listing's view of a spill, outside the morestack tail and not
/// the frame pointer's save and restore.
fn spill_moves(lf: &Listed, stores: bool) -> usize {
    let is_reg = |s: &str| {
        !s.is_empty()
            && !s.contains('(')
            && !s.starts_with('$')
            && !s.contains('.')
            && s != "BP"
            && s != "SP"
    };
    let slot = |s: &str| -> Option<u64> {
        let s = s.strip_suffix("(SP)")?;
        let n = match s.rsplit_once('+') {
            Some((name, n)) if name.starts_with("main.") => n,
            Some(_) => return None,
            None => s,
        };
        n.parse().ok()
    };
    let cold: u64 = lf
        .lines
        .iter()
        .find(|l| l.op == "JLS")
        .map_or(u64::MAX, |l| l.args.parse().unwrap());
    let moves: Vec<(bool, u64)> = lf
        .lines
        .iter()
        .filter(|l| l.op.starts_with("MOV") && l.off < cold)
        .filter_map(|l| {
            let (src, dst) = l.args.split_once(", ")?;
            match (slot(src), slot(dst)) {
                (None, Some(d)) if is_reg(src) => Some((true, d)),
                (Some(s), None) if is_reg(dst) => Some((false, s)),
                _ => None,
            }
        })
        .collect();
    let stored: BTreeSet<u64> = moves.iter().filter(|m| m.0).map(|m| m.1).collect();
    let loaded: BTreeSet<u64> = moves.iter().filter(|m| !m.0).map(|m| m.1).collect();
    moves
        .iter()
        .filter(|m| m.0 == stores && stored.contains(&m.1) && loaded.contains(&m.1))
        .count()
}

/// janus's code measured the same way, against the backend's own record
/// of each entry: its instruction starts, its frame (the prologue's SUB,
/// not counting the pushed RBP, which a frameless leaf does not push) and
/// where the body starts after the stack check. Needs no Go.
#[test]
fn code_size_of_janus_entries() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/modules");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jir"))
        .collect();
    files.sort();
    let (mut entries, mut with_spills) = (0, 0);
    for file in &files {
        let m = janus_backend::ir::parse_module(&std::fs::read_to_string(file).unwrap()).unwrap();
        for f in janus_backend::compile::compile_module(&m).unwrap() {
            for e in &f.entries {
                let at = format!("{} {}", file.display(), e.symbol);
                let s = codesize::measure(&e.code.bytes, 0).unwrap();
                assert_eq!(s.instructions, e.code.inst_offsets.len(), "{at}");
                // Go's rule: a function that calls nothing and has a frame
                // of 0 bytes saves no RBP; any other pushes it.
                let calls = e
                    .code
                    .relocs
                    .iter()
                    .any(|r| r.kind == janus_backend::isa::x64::RelocKind::X86Pc32);
                let saved_rbp = if !calls && e.frame_size == 0 { 0 } else { 8 };
                assert_eq!(s.frame_size, e.frame_size as u64 + saved_rbp, "{at}");
                match e.body {
                    None => assert_eq!(s.stack_check, 0, "{at}"),
                    Some(body) => {
                        let check = e.code.inst_offsets.iter().filter(|&&o| o < body).count();
                        // The cold path is emitted last: from the JBE's
                        // target to the end.
                        let code = &e.code.bytes;
                        let jbe_at = *e.code.inst_offsets.iter().rfind(|&&o| o < body).unwrap();
                        let mut d = Decoder::with_ip(
                            64,
                            &code[jbe_at as usize..],
                            jbe_at as u64,
                            DecoderOptions::NONE,
                        );
                        let jbe = d.decode();
                        assert_eq!(jbe.mnemonic(), Mnemonic::Jbe, "{at}");
                        let cold = jbe.near_branch64() as u32;
                        let tail = e.code.inst_offsets.iter().filter(|&&o| o >= cold).count();
                        assert_eq!(s.stack_check, check + tail, "{at}");
                    }
                }
                entries += 1;
                with_spills += (s.spill_stores > 0) as usize;
            }
        }
    }
    assert!(entries > 100, "{entries} entries");
    assert!(with_spills > 0, "some corpus entry spills");
}
