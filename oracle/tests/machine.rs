//! The machine layer end to end: small x86-64 programs assembled with GNU
//! `as`, loaded and relocated, run under unicorn; plus a robustness test
//! that feeds the loader corrupted objects and random bytes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::rc::Rc;

use janus_oracle::machine::{
    Cpu, FaultKind, HookAction, LoadError, LoadedImage, Machine, MachineConfig, MachineError,
    Outcome, Perms, Reg, SymbolKind, TrapKind, G_STACKGUARD0, G_STACK_HI, G_STACK_LO,
    MXCSR_DEFAULT, RETURN_TRAP,
};

const BUDGET: u64 = 10_000;

/// Assemble Intel-syntax `src` with GNU `as` and return the object bytes.
fn assemble(name: &str, src: &str) -> Vec<u8> {
    // Tests run on several threads: every assembly gets a directory of its
    // own (a shared one could be removed by one thread between another's
    // creating it and writing into it).
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir: PathBuf =
        std::env::temp_dir().join(format!("janus-machine-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let s = dir.join(format!("{name}.s"));
    let o = dir.join(format!("{name}.o"));
    std::fs::write(&s, format!(".intel_syntax noprefix\n{src}\n")).expect("write .s");
    let out = Command::new("as")
        .arg("--64")
        .arg("-o")
        .arg(&o)
        .arg(&s)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run GNU `as` ({e}); these tests need binutils: apt-get install binutils")
        });
    assert!(
        out.status.success(),
        "as failed on {name}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&o).expect("read .o");
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

fn machine(name: &str, src: &str) -> Machine {
    let mut m = Machine::new(MachineConfig::default()).expect("machine");
    let obj = assemble(name, src);
    m.load(&obj).unwrap_or_else(|e| panic!("load {name}: {e}"));
    m
}

fn sym(m: &Machine, name: &str) -> u64 {
    m.symbol_address(name)
        .unwrap_or_else(|| panic!("no symbol {name}"))
}

fn call(m: &mut Machine, name: &str) -> Outcome {
    let entry = sym(m, name);
    m.call(entry, BUDGET)
}

#[test]
fn computes_from_rdi_and_rsi() {
    let mut m = machine(
        "arith",
        "
        .text
        .globl f
        .type f, @function
        f:
            lea rax, [rdi + rsi*2]
            imul rax, rsi
            ret
        .size f, .-f
        ",
    );
    m.set_reg(Reg::Rdi, 7);
    m.set_reg(Reg::Rsi, 5);
    let sp = m.reg(Reg::Rsp);
    assert_eq!(call(&mut m, "f"), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), (7 + 5 * 2) * 5);
    assert_eq!(m.reg(Reg::Rsp), sp, "ret pops the trap address");
    assert_eq!(m.reg(Reg::Rip), RETURN_TRAP);
    assert_eq!(m.instructions_executed(), 3);

    // Runs again from the same state.
    m.set_reg(Reg::Rdi, 1);
    m.set_reg(Reg::Rsi, 1);
    assert_eq!(call(&mut m, "f"), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), 3);
}

#[test]
fn calls_between_sections_and_absolute_relocations() {
    let mut m = machine(
        "calls",
        "
        .section .text.inner, \"ax\", @progbits
        .globl inner
        .type inner, @function
        inner:
            lea rax, [rdi + rdi*2]
            ret
        .size inner, .-inner

        .text
        .globl outer
        .type outer, @function
        outer:
            call inner                # PLT32 into another section
            lea rcx, [rip + table]    # PC32 into .rodata
            add rax, [rcx]
            mov edx, offset table     # R_X86_64_32
            add rax, [rdx + 8]
            mov rdx, offset table     # R_X86_64_32S
            add rax, [rdx + 16]
            ret
        .size outer, .-outer

        .section .rodata
        .type table, @object
        table: .quad 100, 2000, 30000
        .size table, 24
        ",
    );
    m.set_reg(Reg::Rdi, 4);
    assert_eq!(call(&mut m, "outer"), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), 12 + 100 + 2000 + 30000);

    let image = m.image().unwrap();
    let inner = image.symbol("inner").unwrap();
    assert_eq!(inner.kind, SymbolKind::Function);
    assert_eq!(inner.size, 5);
    let outer = image.symbol("outer").unwrap();
    assert_eq!(image.symbol_at(outer.address + 3).unwrap().0.name, "outer");
    assert_eq!(image.symbol_at(outer.address + 3).unwrap().1, 3);
    assert_eq!(
        m.describe(outer.address + 5),
        format!("{:#x} (outer+0x5)", outer.address + 5)
    );
    // Code is r-x, .rodata r--, each group on its own page.
    let ranges = image.code_ranges();
    assert_eq!(ranges.len(), 2);
    let table = image.symbol("table").unwrap().address;
    assert_eq!(table % 0x1000, 0, "read-only group starts a page");
    assert!(m
        .regions()
        .iter()
        .any(|r| r.perms == Perms::R && r.range.contains(&table)));
    let names: Vec<&str> = m.regions().iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["stubs", "tls", "g", "image r-x", "image r--", "stack"]
    );
}

#[test]
fn data_pointer_relocation_and_metadata_sections() {
    let mut m = machine(
        "data",
        "
        .text
        .globl load_through
        .type load_through, @function
        load_through:
            mov rax, [rip + ptr]
            mov rax, [rax]
            ret
        .size load_through, .-load_through

        .section .rodata
        value: .quad 0x1122334455667788, 0x0badc0de

        .data
        .globl ptr
        .type ptr, @object
        ptr: .quad value + 8
        .size ptr, 8

        .bss
        zeros: .zero 64

        .section .janus.meta, \"\", @progbits
        .quad load_through
        .ascii \"meta\"
        ",
    );
    assert_eq!(call(&mut m, "load_through"), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), 0x0badc0de);

    let image = m.image().unwrap();
    let value = image.symbol("value").unwrap().address;
    let ptr = image.symbol("ptr").unwrap().address;
    assert_eq!(m.read_u64(ptr).unwrap(), value + 8);
    assert_eq!(
        image.section_bytes(".data").unwrap(),
        &(value + 8).to_le_bytes()
    );
    // The non-alloc metadata section is kept, relocated, and not mapped.
    let meta = image.section_bytes(".janus.meta").unwrap();
    assert_eq!(&meta[..8], &sym(&m, "load_through").to_le_bytes());
    assert_eq!(&meta[8..], b"meta");
    assert_eq!(image.section(".janus.meta").unwrap().address, None);
    // .bss is mapped, zero and writable.
    let bss = image.section(".bss").unwrap();
    let zeros = bss.address.unwrap();
    assert_eq!(bss.size, 64);
    assert_eq!(m.read_bytes(zeros, 64).unwrap(), vec![0; 64]);
    m.write_u64(zeros, 1).unwrap();
    assert!(m
        .regions()
        .iter()
        .any(|r| r.perms == Perms::RW && r.range.contains(&zeros)));
}

#[test]
fn extern_handler_reads_and_writes_registers_and_memory() {
    let src = "
        .text
        .globl f
        .type f, @function
        f:
            push rbx
            mov rbx, rdi
            mov rdi, 10
            call runtime.triple
            add rax, rbx
            call runtime.triple
            pop rbx
            ret
        .size f, .-f
        ";
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    let calls: Rc<RefCell<Vec<(u64, u64)>>> = Rc::default();
    let log = calls.clone();
    let stub = m
        .add_extern("runtime.triple", move |v| {
            let arg = v.reg(Reg::Rdi);
            let ret = v.return_address()?;
            log.borrow_mut().push((arg, ret));
            v.set_reg(Reg::Rax, arg * 3);
            v.set_reg(Reg::Rdi, arg + 1);
            // Memory is reachable too: bump a counter in g's spare words.
            let n = v.g_field(64)?;
            v.set_g_field(64, n + 1)?;
            Ok(HookAction::Return)
        })
        .unwrap();
    let obj = assemble("extern", src);
    let image = m.load(&obj).unwrap();
    let undefined = image.symbol("runtime.triple").unwrap();
    assert_eq!(undefined.kind, SymbolKind::Undefined);
    assert_eq!(undefined.address, stub);

    m.set_reg(Reg::Rdi, 5);
    assert_eq!(call(&mut m, "f"), Outcome::Returned);
    // First call: 10*3 + 5 = 35; second call sees rdi = 11.
    assert_eq!(m.reg(Reg::Rax), 33);
    let calls = calls.borrow();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].0, 10);
    assert_eq!(calls[1].0, 11);
    let f = sym(&m, "f");
    assert!(
        calls[0].1 > f && calls[0].1 < calls[1].1,
        "return addresses inside f"
    );
    assert_eq!(m.g_field(64).unwrap(), 2);
    assert_eq!(
        m.describe(stub),
        format!("{stub:#x} (extern runtime.triple)")
    );
}

#[test]
fn emulation_time_is_split_between_the_engine_and_the_handlers() {
    let src = "
        .text
        .globl f
        .type f, @function
        f:
            call rt.slow
            call rt.slow
            ret
        .size f, .-f
        ";
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    m.add_extern("rt.slow", |_| {
        std::thread::sleep(std::time::Duration::from_millis(20));
        Ok(HookAction::Return)
    })
    .unwrap();
    m.load(&assemble("slow", src)).unwrap();
    assert_eq!(m.time_split(), Default::default());
    let started = std::time::Instant::now();
    assert_eq!(call(&mut m, "f"), Outcome::Returned);
    let wall = started.elapsed();
    let t = m.time_split();
    // Both sleeps are the handlers'; the rest of the call is the engine's.
    assert!(t.handlers >= std::time::Duration::from_millis(40), "{t:?}");
    assert!(t.engine > std::time::Duration::ZERO, "{t:?}");
    assert!(t.engine + t.handlers <= wall, "{t:?} in {wall:?}");
}

#[test]
fn extern_handler_abort_error_and_panic_stop_the_run() {
    let src = "
        .text
        .globl f
        f:
            call rt.abort
            ret
        .globl g
        g:
            call rt.fail
            ret
        .globl h
        h:
            call rt.panic
            ret
        ";
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    m.add_extern("rt.abort", |_| {
        Ok(HookAction::Abort("no more memory".into()))
    })
    .unwrap();
    m.add_extern("rt.fail", |v| {
        v.read_u64(8)?;
        Ok(HookAction::Return)
    })
    .unwrap();
    m.add_extern("rt.panic", |_| panic!("handler bug")).unwrap();
    assert!(matches!(
        m.add_extern("rt.abort", |_| Ok(HookAction::Return)),
        Err(MachineError::Extern(_))
    ));
    m.load(&assemble("abort", src)).unwrap();

    assert_eq!(
        call(&mut m, "f"),
        Outcome::Aborted {
            reason: "no more memory".into()
        }
    );
    match call(&mut m, "g") {
        Outcome::Aborted { reason } => {
            assert!(
                reason.contains("rt.fail") && reason.contains("0x8"),
                "{reason}"
            )
        }
        o => panic!("{o:?}"),
    }
    match call(&mut m, "h") {
        Outcome::Aborted { reason } => assert!(reason.contains("handler bug"), "{reason}"),
        o => panic!("{o:?}"),
    }
    // The machine is still usable after all that.
    m.set_reg(Reg::Rsp, m.stack_hi());
    assert!(matches!(call(&mut m, "f"), Outcome::Aborted { .. }));
}

#[test]
fn extern_handler_can_switch_stacks_through_rsp() {
    // The handler moves execution to a fresh stack, as a stack-growing
    // runtime would: it copies the return address there and points RSP at
    // it. RIP must not be touched.
    let src = "
        .text
        .globl f
        f:
            call runtime.switch
            mov rax, rsp
            mov rsp, rbx
            ret
        .globl g
        g:
            call runtime.jump
            ret
        ";
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    let new_stack = m.map_named_region("stack 2", 0x2000, Perms::RW).unwrap();
    let top = new_stack + 0x2000;
    m.add_extern("runtime.switch", move |v| {
        let sp = v.reg(Reg::Rsp);
        let ret = v.return_address()?;
        v.write_u64(top - 8, ret)?;
        v.set_reg(Reg::Rsp, top - 8);
        // Where the caller's RSP would be after a plain return.
        v.set_reg(Reg::Rbx, sp + 8);
        Ok(HookAction::Return)
    })
    .unwrap();
    m.add_extern("runtime.jump", |v| {
        v.set_reg(Reg::Rip, 0x1234);
        Ok(HookAction::Return)
    })
    .unwrap();
    m.load(&assemble("switch", src)).unwrap();
    let sp = m.reg(Reg::Rsp);
    assert_eq!(call(&mut m, "f"), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), top, "ran on the new stack");
    assert_eq!(m.reg(Reg::Rsp), sp);
    match call(&mut m, "g") {
        Outcome::Aborted { reason } => assert!(reason.contains("changed RIP"), "{reason}"),
        o => panic!("{o:?}"),
    }
    assert!(m.regions().iter().any(|r| r.name == "stack 2"));
}

#[test]
fn executable_regions_count_as_code() {
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    let code = m.map_named_region("jit", 100, Perms::RX).unwrap();
    // lea rax, [rdi + rdi]; ret
    m.write_bytes(code, &[0x48, 0x8d, 0x04, 0x3f, 0xc3])
        .unwrap();
    m.set_reg(Reg::Rdi, 21);
    assert_eq!(m.call(code, 10), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), 42);
    let data = m.map_region(100, Perms::RW).unwrap();
    m.write_bytes(data, &[0xc3]).unwrap();
    assert_eq!(
        m.call(data, 10),
        Outcome::JumpOutsideCode {
            from_pc: None,
            to: data
        }
    );
}

#[test]
fn a_failed_image_mapping_leaves_nothing_behind() {
    let obj = assemble(
        "collide",
        "
        .text
        .globl f
        f: mov rax, [rip + k]
           ret
        .section .rodata
        k: .quad 7
        ",
    );
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    let before = m.regions().to_vec();
    // Code lands just below the TLS page, read-only data on top of it.
    let image = LoadedImage::load(&obj, 0x1f_f000, &HashMap::new()).unwrap();
    match m.map_image(image) {
        Err(MachineError::Map { reason, .. }) => assert!(reason.contains("tls"), "{reason}"),
        r => panic!("{r:?}"),
    }
    assert_eq!(m.regions(), &before[..]);
    assert!(m.image().is_none());
    let image = LoadedImage::load(&obj, 0x40_0000, &HashMap::new()).unwrap();
    m.map_image(image).unwrap();
    assert_eq!(call(&mut m, "f"), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), 7);
    assert!(matches!(m.load(&obj), Err(MachineError::Config(_))));
}

#[test]
fn undefined_symbol_without_extern_is_a_load_error() {
    let obj = assemble(
        "undef",
        "
        .text
        f: call missing.func
           ret
        ",
    );
    let err = LoadedImage::load(&obj, 0x40_0000, &HashMap::new()).unwrap_err();
    assert!(
        matches!(&err, LoadError::UndefinedSymbol { name, .. } if name == "missing.func"),
        "{err}"
    );
    assert!(err.to_string().contains("missing.func"), "{err}");
}

#[test]
fn unsupported_and_overflowing_relocations_are_located_errors() {
    let gotpcrel = assemble(
        "gotpcrel",
        "
        .text
        f: mov rax, [rip + foo@GOTPCREL]
           ret
        ",
    );
    let externs = HashMap::from([
        ("foo".to_string(), 0x10_0010),
        ("_GLOBAL_OFFSET_TABLE_".to_string(), 0x10_0020),
    ]);
    let err = LoadedImage::load(&gotpcrel, 0x40_0000, &externs).unwrap_err();
    assert!(
        matches!(err, LoadError::UnsupportedRelocation { r_type: 42, .. }),
        "{err}"
    );
    assert!(
        err.to_string().starts_with(
            "section .rela.text, relocation 0 at offset 0x3: unsupported relocation type 42"
        ),
        "{err}"
    );

    // A 32-bit absolute reference cannot reach an image above 4 GiB.
    let abs32 = assemble(
        "abs32",
        "
        .text
        f: mov eax, offset f
           ret
        ",
    );
    let err = LoadedImage::load(&abs32, 0x1_0000_0000, &HashMap::new()).unwrap_err();
    assert!(matches!(err, LoadError::RelocationOverflow { .. }), "{err}");
    assert!(LoadedImage::load(&abs32, 0x40_0000, &HashMap::new()).is_ok());
}

#[test]
fn fs_minus_8_holds_g() {
    let mut m = machine(
        "tls",
        "
        .text
        .globl getg
        getg:
            mov r14, qword ptr fs:[-8]
            mov rax, [r14 + 16]     # g.stackguard0
            mov rbx, [r14 + 0]      # g.stack.lo
            mov rcx, [r14 + 8]      # g.stack.hi
            ret
        ",
    );
    assert_eq!(call(&mut m, "getg"), Outcome::Returned);
    assert_eq!(m.reg(Reg::R14), m.g_addr());
    assert_eq!(m.reg(Reg::Rax), m.g_field(G_STACKGUARD0).unwrap());
    assert_eq!(m.reg(Reg::Rbx), m.stack_lo());
    assert_eq!(m.reg(Reg::Rcx), m.stack_hi());
    assert_eq!(m.g_field(G_STACK_LO).unwrap(), m.stack_lo());
    assert_eq!(m.g_field(G_STACK_HI).unwrap(), m.stack_hi());
    m.set_g_field(G_STACKGUARD0, 0xdead).unwrap();
    assert_eq!(call(&mut m, "getg"), Outcome::Returned);
    assert_eq!(m.reg(Reg::Rax), 0xdead);
}

#[test]
fn infinite_loop_exhausts_the_budget() {
    let mut m = machine(
        "loop",
        "
        .text
        .globl spin
        spin:
            nop
        again:
            inc rax
            jmp again
        ",
    );
    let again = sym(&m, "again");
    assert_eq!(
        m.call(sym(&m, "spin"), 1001),
        Outcome::BudgetExhausted { pc: again }
    );
    assert_eq!(m.instructions_executed(), 1001);
    // nop, then 500 rounds of (inc, jmp): rax counts the incs.
    assert_eq!(m.reg(Reg::Rax), 500);
    assert_eq!(
        m.call(sym(&m, "spin"), 0),
        Outcome::BudgetExhausted {
            pc: sym(&m, "spin")
        }
    );
}

#[test]
fn stack_overflow_faults_in_the_guard() {
    let mut m = machine(
        "overflow",
        "
        .text
        .globl poke
        poke:
            mov qword ptr [rdi], 1
            ret
        .globl recurse
        recurse:
            sub rsp, 200
            mov [rsp], rax
            call recurse
            ret
        ",
    );
    let below = m.stack_lo() - 16;
    assert!(m.stack_guard().contains(&below));
    m.set_reg(Reg::Rdi, below);
    assert_eq!(
        call(&mut m, "poke"),
        Outcome::Fault {
            kind: FaultKind::UnmappedWrite,
            pc: sym(&m, "poke"),
            address: Some(below),
        }
    );

    m.set_reg(Reg::Rsp, m.stack_hi());
    match m.call(sym(&m, "recurse"), 1_000_000) {
        Outcome::Fault {
            kind: FaultKind::UnmappedWrite,
            address: Some(a),
            ..
        } => assert!(m.stack_guard().contains(&a), "{}", m.describe(a)),
        o => panic!("{o:?}"),
    }
}

#[test]
fn jumps_outside_code_are_caught() {
    let mut m = machine(
        "jumps",
        "
        .text
        .globl to_data
        to_data:
            lea rax, [rip + blob]
        jump_site:
            jmp rax
        .globl to_nowhere
        to_nowhere:
            mov rax, 0x1234
            call rax
        .globl bad_ret
        bad_ret:
            push 0x77
            ret
        .globl to_padding
        to_padding:
            lea rax, [rip + end_of_text]
            add rax, 16
            jmp rax
        end_of_text:
        .data
        blob: .quad 0x90909090c3c3c3c3
        ",
    );
    let blob = sym(&m, "blob");
    assert_eq!(
        call(&mut m, "to_data"),
        Outcome::JumpOutsideCode {
            from_pc: Some(sym(&m, "jump_site")),
            to: blob
        }
    );
    m.set_reg(Reg::Rsp, m.stack_hi());
    assert!(matches!(
        call(&mut m, "to_nowhere"),
        Outcome::JumpOutsideCode {
            to: 0x1234,
            from_pc: Some(_)
        }
    ));
    m.set_reg(Reg::Rsp, m.stack_hi());
    assert!(matches!(
        call(&mut m, "bad_ret"),
        Outcome::JumpOutsideCode { to: 0x77, .. }
    ));
    // Padding after .text is mapped executable but is not code.
    m.set_reg(Reg::Rsp, m.stack_hi());
    let padding = sym(&m, "end_of_text") + 16;
    assert!(matches!(
        call(&mut m, "to_padding"),
        Outcome::JumpOutsideCode { to, .. } if to == padding
    ));
    // An entry outside the code never starts.
    m.set_reg(Reg::Rsp, m.stack_hi());
    assert_eq!(
        m.call(blob, BUDGET),
        Outcome::JumpOutsideCode {
            from_pc: None,
            to: blob
        }
    );
}

#[test]
fn traps_and_faults() {
    let mut m = machine(
        "traps",
        "
        .text
        .globl t_ud2, t_int3, t_div, t_null, t_code_write, t_hlt, t_syscall, t_bad_opcode
        t_ud2:
            nop
        ud2_site:
            ud2
        t_int3:
            nop
        int3_site:
            int3
            ret
        t_div:
            xor ecx, ecx
            mov eax, 1
            cdq
        div_site:
            idiv ecx
            ret
        t_null:
            xor eax, eax
        null_site:
            mov rax, [rax + 8]
            ret
        t_code_write:
            lea rax, [rip + t_code_write]
        write_site:
            mov byte ptr [rax], 0xcc
            ret
        t_hlt:
            nop
        hlt_site:
            hlt
            ret
        t_syscall:
            mov eax, 60
        syscall_site:
            syscall
            ret
        t_bad_opcode:
            nop
        bad_site:
            .byte 0x0f, 0xff
        ",
    );
    let run = |m: &mut Machine, f: &str| {
        m.set_reg(Reg::Rsp, m.stack_hi());
        call(m, f)
    };
    assert_eq!(
        run(&mut m, "t_ud2"),
        Outcome::Trap {
            kind: TrapKind::Ud2,
            pc: sym(&m, "ud2_site")
        }
    );
    assert_eq!(
        run(&mut m, "t_int3"),
        Outcome::Trap {
            kind: TrapKind::Int3,
            pc: sym(&m, "int3_site")
        }
    );
    assert_eq!(
        run(&mut m, "t_div"),
        Outcome::Fault {
            kind: FaultKind::DivideError,
            pc: sym(&m, "div_site"),
            address: None
        }
    );
    assert_eq!(
        run(&mut m, "t_null"),
        Outcome::Fault {
            kind: FaultKind::UnmappedRead,
            pc: sym(&m, "null_site"),
            address: Some(8)
        }
    );
    assert_eq!(
        run(&mut m, "t_code_write"),
        Outcome::Fault {
            kind: FaultKind::ProtectedWrite,
            pc: sym(&m, "write_site"),
            address: Some(sym(&m, "t_code_write"))
        }
    );
    assert_eq!(
        run(&mut m, "t_hlt"),
        Outcome::Trap {
            kind: TrapKind::Hlt,
            pc: sym(&m, "hlt_site")
        }
    );
    assert_eq!(
        run(&mut m, "t_syscall"),
        Outcome::Trap {
            kind: TrapKind::Syscall,
            pc: sym(&m, "syscall_site")
        }
    );
    assert_eq!(
        run(&mut m, "t_bad_opcode"),
        Outcome::Fault {
            kind: FaultKind::InvalidInstruction,
            pc: sym(&m, "bad_site"),
            address: None
        }
    );
    // After all those, a plain function still runs.
    assert_eq!(
        run(&mut m, "t_null"),
        Outcome::Fault {
            kind: FaultKind::UnmappedRead,
            pc: sym(&m, "null_site"),
            address: Some(8)
        }
    );
}

#[test]
fn xmm_df_and_mxcsr() {
    let mut m = machine(
        "sse",
        "
        .text
        .globl copy_xmm
        copy_xmm:
            movdqa xmm2, xmm1
            movq xmm15, rdi
            pxor xmm0, xmm0
            ret
        .globl set_df
        set_df:
            std
            ret
        .globl clear_df
        clear_df:
            cld
            ret
        .globl set_mxcsr
        set_mxcsr:
            ldmxcsr [rdi]
            ret
        ",
    );
    for n in 0..16 {
        let v = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128.rotate_left(n as u32 * 8) ^ n as u128;
        m.set_xmm(n, v);
        assert_eq!(m.xmm(n), v, "xmm{n}");
    }
    let x1 = m.xmm(1);
    m.set_reg(Reg::Rdi, 0xfeed);
    assert_eq!(call(&mut m, "copy_xmm"), Outcome::Returned);
    assert_eq!(m.xmm(2), x1);
    assert_eq!(m.xmm(15), 0xfeed);
    assert_eq!(m.xmm(0), 0);

    assert!(!m.df());
    assert_eq!(call(&mut m, "set_df"), Outcome::Returned);
    assert!(m.df());
    assert_eq!(call(&mut m, "clear_df"), Outcome::Returned);
    assert!(!m.df());

    assert_eq!(m.mxcsr(), MXCSR_DEFAULT);
    let scratch = m.map_region(16, Perms::RW).unwrap();
    m.write_u32(scratch, 0x7f80).unwrap(); // round toward zero
    m.set_reg(Reg::Rdi, scratch);
    assert_eq!(call(&mut m, "set_mxcsr"), Outcome::Returned);
    assert_eq!(m.mxcsr(), 0x7f80);
    m.set_mxcsr(MXCSR_DEFAULT);
    assert_eq!(m.mxcsr(), MXCSR_DEFAULT);
}

#[test]
fn memory_access_errors_do_not_panic() {
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    assert!(m.read_u64(0).is_err());
    assert!(m.write_u64(0x5000, 1).is_err());
    assert!(m.read_bytes(u64::MAX - 3, 8).is_err());
    assert!(
        m.read_bytes(m.stack_hi() - 4, 8).is_err(),
        "runs off the stack top"
    );
    assert!(m.read_bytes(0x1000, usize::MAX).is_err());
    assert_eq!(m.read_bytes(0, 0).unwrap(), Vec::<u8>::new());
    let err = m.read_u64(0x5000).unwrap_err();
    assert!(err.to_string().contains("0x5000"), "{err}");
}

// ---------------------------------------------------------------------
// Robustness of the loader against corrupted objects.

/// A deterministic xorshift generator: the test must not depend on a seed
/// source.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn rich_object() -> Vec<u8> {
    assemble(
        "rich",
        "
        .section .text.inner, \"ax\", @progbits
        .globl inner
        .type inner, @function
        inner: lea rax, [rdi + 1]
               ret
        .size inner, .-inner
        .text
        .globl outer
        .type outer, @function
        outer:
            call inner
            call runtime.stub
            lea rcx, [rip + table]
            mov edx, offset table
            mov rdx, offset table
            add rax, [rcx]
            ret
        .size outer, .-outer
        .section .rodata
        .balign 16
        table: .quad 1, 2
        .data
        .balign 8
        ptr: .quad table + 8, outer
        .bss
        .balign 32
        buf: .zero 100
        .section .janus.meta, \"\", @progbits
        .quad outer, inner
        ",
    )
}

fn u16_at(b: &[u8], at: usize) -> usize {
    u16::from_le_bytes([b[at], b[at + 1]]) as usize
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

/// Load and check it neither panicked nor had to be rescued from a panic.
fn load_survives(bytes: &[u8], externs: &HashMap<String, u64>, what: &str) -> bool {
    let result = std::panic::catch_unwind(|| LoadedImage::load(bytes, 0x40_0000, externs));
    match result {
        Err(_) => panic!("LoadedImage::load panicked on {what}"),
        Ok(Err(LoadError::ParserPanic(msg))) => panic!("parser panicked on {what}: {msg}"),
        Ok(r) => r.is_ok(),
    }
}

#[test]
fn loader_never_panics_on_corrupted_objects() {
    let obj = rich_object();
    let externs = HashMap::from([("runtime.stub".to_string(), 0x10_0010u64)]);
    assert!(load_survives(&obj, &externs, "the valid object"));
    let mut oks = 0usize;
    let mut loads = 0usize;
    let mut try_load = |bytes: &[u8], what: &dyn Fn() -> String| {
        loads += 1;
        if load_survives(bytes, &externs, &what()) {
            oks += 1;
        }
    };

    // Every truncation.
    for len in 0..obj.len() {
        try_load(&obj[..len], &|| format!("truncation to {len} bytes"));
    }

    // Every byte flipped, in a few ways.
    for pos in 0..obj.len() {
        for x in [0xff, 0x80, 0x01] {
            let mut b = obj.clone();
            b[pos] ^= x;
            try_load(&b, &|| format!("byte {pos} xor {x:#x}"));
        }
    }

    // Section header fields, symbols and relocations set to hostile values.
    let shoff = u64_at(&obj, 0x28) as usize;
    let shnum = u16_at(&obj, 0x3c);
    let hostile: [u64; 7] = [
        u64::MAX,
        1 << 63,
        0xffff_ffff,
        0x8000_0000,
        obj.len() as u64,
        obj.len() as u64 + 1,
        3,
    ];
    for i in 0..shnum {
        let sh = shoff + i * 64;
        // (offset within the header, width)
        for (field, width) in [
            (0, 4),
            (4, 4),
            (8, 8),
            (0x18, 8),
            (0x20, 8),
            (0x28, 4),
            (0x2c, 4),
            (0x30, 8),
            (0x38, 8),
        ] {
            for &v in &hostile {
                let mut b = obj.clone();
                b[sh + field..sh + field + width].copy_from_slice(&v.to_le_bytes()[..width]);
                try_load(&b, &|| format!("section {i} field {field:#x} = {v:#x}"));
            }
        }
        let sh_type = u32_at(&obj, sh + 4);
        let (off, size) = (
            u64_at(&obj, sh + 0x18) as usize,
            u64_at(&obj, sh + 0x20) as usize,
        );
        if sh_type == 2 {
            // SHT_SYMTAB: every symbol's name, section index, value and size.
            for s in (off..off + size).step_by(24) {
                for (field, width) in [(0, 4), (4, 1), (6, 2), (8, 8), (16, 8)] {
                    for &v in &hostile {
                        let mut b = obj.clone();
                        b[s + field..s + field + width].copy_from_slice(&v.to_le_bytes()[..width]);
                        try_load(&b, &|| format!("symbol at {s:#x} field {field} = {v:#x}"));
                    }
                }
            }
        }
        if sh_type == 4 {
            // SHT_RELA: every relocation's offset, type, symbol and addend.
            for r in (off..off + size).step_by(24) {
                for (field, width) in [(0, 8), (8, 4), (12, 4), (16, 8)] {
                    for &v in &hostile {
                        let mut b = obj.clone();
                        b[r + field..r + field + width].copy_from_slice(&v.to_le_bytes()[..width]);
                        try_load(&b, &|| {
                            format!("relocation at {r:#x} field {field} = {v:#x}")
                        });
                    }
                }
            }
        }
    }
    // Header fields.
    for (field, width) in [
        (0x10, 2),
        (0x12, 2),
        (0x28, 8),
        (0x3a, 2),
        (0x3c, 2),
        (0x3e, 2),
    ] {
        for &v in &hostile {
            let mut b = obj.clone();
            b[field..field + width].copy_from_slice(&v.to_le_bytes()[..width]);
            try_load(&b, &|| format!("header field {field:#x} = {v:#x}"));
        }
    }

    // Random bytes, and random bytes behind a valid ELF header.
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for i in 0..3000 {
        let len = rng.below(600) as usize;
        let mut b: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if i % 2 == 1 {
            let keep = 64.min(b.len());
            b[..keep].copy_from_slice(&obj[..keep]);
        }
        try_load(&b, &|| format!("random string {i}"));
    }
    // Many random flips at once.
    for i in 0..2000 {
        let mut b = obj.clone();
        for _ in 0..1 + rng.below(8) {
            let p = rng.below(b.len() as u64) as usize;
            b[p] = rng.next() as u8;
        }
        try_load(&b, &|| format!("multi-flip {i}"));
    }

    assert!(loads > 10_000, "{loads} loads");
    // Most flips hit bytes that do not matter (code, padding): plenty load.
    assert!(oks > 100, "only {oks} of {loads} corrupted objects loaded");
}

#[test]
fn corrupted_objects_that_load_also_map_and_run_without_panicking() {
    let obj = rich_object();
    let mut m = Machine::new(MachineConfig::default()).unwrap();
    m.add_extern("runtime.stub", |_| Ok(HookAction::Return))
        .unwrap();
    m.load(&obj).unwrap();
    assert_eq!(call(&mut m, "outer"), Outcome::Returned);
    let mut rng = Rng(42);
    let mut mapped = 0;
    for i in 0..300 {
        let mut b = obj.clone();
        let p = rng.below(b.len() as u64) as usize;
        b[p] = rng.next() as u8;
        let mut m = Machine::new(MachineConfig::default()).unwrap();
        m.add_extern("runtime.stub", |_| Ok(HookAction::Return))
            .unwrap();
        if m.load(&b).is_err() {
            continue;
        }
        mapped += 1;
        if let Some(entry) = m.symbol_address("outer") {
            // Any outcome is fine; what matters is that there is one.
            let _ = m.call(entry, 1000);
            let _ = format!("{i}");
        }
    }
    assert!(mapped > 50, "{mapped}");
}
