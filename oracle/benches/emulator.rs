//! What unicorn alone costs per generated module: a floor under the
//! campaign's time per case that nothing in the oracle can lower.
//!
//! A campaign translates each module's code once (unicorn's cache is
//! flushed between modules) and runs it a few times; translation dominates.
//! This benchmark translates the code of 300 generated modules (default
//! knobs, seeds 0..300, every entry of every function) on a bare engine,
//! block by block with `uc_ctl_request_cache`, without running any of it,
//! and reports the time per module and per guest instruction, and the
//! ceiling that puts on a campaign's modules per second on one core. It
//! does so twice: with no hook at all, and with the hooks a campaign's
//! machine installs (a block hook everywhere, a code hook on the stubs),
//! which add a call to every translated block.
//!
//! `cargo bench -p janus-oracle --bench emulator [-- --rounds N]`

mod common;

use janus_backend::compile::compile_module;
use janus_oracle::gen::module::{gen_module, ModuleKnobs};
use janus_oracle::gen::seeded;
use std::time::{Duration, Instant};
use unicorn_engine::unicorn_const::{Arch, Mode, Prot};
use unicorn_engine::{TranslationBlock, Unicorn};

/// Generated modules in the workload.
const GENERATED: u64 = 300;
/// Where the code goes, as in the oracle's machine.
const CODE_BASE: u64 = 0x40_0000;
/// Entries start 16-byte aligned, as the object writer places them.
const ALIGN: u64 = 16;

/// One module's machine code laid out as it is loaded: each entry's bytes
/// at its address (calls are left unrelocated: where a call goes does not
/// change how its block translates).
struct ModuleCode {
    bytes: Vec<u8>,
    /// Each entry's range, relative to [`CODE_BASE`].
    entries: Vec<(u64, u64)>,
    instructions: u64,
}

fn workload() -> Result<Vec<ModuleCode>, String> {
    let mut out = Vec::new();
    for seed in 0..GENERATED {
        let m = gen_module(&mut seeded(seed), &ModuleKnobs::default());
        let compiled = compile_module(&m).map_err(|e| format!("seed {seed}: {e}"))?;
        let mut code = ModuleCode {
            bytes: Vec::new(),
            entries: Vec::new(),
            instructions: 0,
        };
        for e in compiled.iter().flat_map(|f| &f.entries) {
            let start = code.bytes.len() as u64;
            code.bytes.extend_from_slice(&e.code.bytes);
            code.entries.push((start, code.bytes.len() as u64));
            code.instructions += e.code.inst_offsets.len() as u64;
            let padded = code.bytes.len().next_multiple_of(ALIGN as usize);
            code.bytes.resize(padded, 0xcc);
        }
        out.push(code);
    }
    Ok(out)
}

type Engine = Unicorn<'static, ()>;

/// A bare x86-64 engine with room for the largest module's code.
fn engine(code_size: u64, hooked: bool) -> Result<Engine, String> {
    let mut uc = Unicorn::new(Arch::X86, Mode::MODE_64).map_err(|e| format!("engine: {e:?}"))?;
    let size = code_size.next_multiple_of(0x1000).max(0x1000);
    uc.mem_map(CODE_BASE, size, Prot::READ | Prot::EXEC)
        .map_err(|e| format!("map: {e:?}"))?;
    if hooked {
        uc.add_block_hook(1, 0, |_, _, _| {})
            .map_err(|e| format!("block hook: {e:?}"))?;
        uc.add_code_hook(0x10_0000, 0x10_ffff, |_, _, _| {})
            .map_err(|e| format!("code hook: {e:?}"))?;
    }
    Ok(uc)
}

/// Translates every block of `code` (after dropping every earlier
/// translation); returns the blocks translated.
fn translate(uc: &mut Engine, code: &ModuleCode) -> Result<u64, String> {
    uc.ctl_flush_tb().map_err(|e| format!("flush: {e:?}"))?;
    uc.mem_write(CODE_BASE, &code.bytes)
        .map_err(|e| format!("write: {e:?}"))?;
    let mut blocks = 0;
    for &(start, end) in &code.entries {
        let mut at = start;
        while at < end {
            let mut tb = TranslationBlock {
                pc: 0,
                icount: 0,
                size: 0,
            };
            uc.ctl_request_cache(CODE_BASE + at, Some(&mut tb))
                .map_err(|e| format!("translate at {:#x}: {e:?}", CODE_BASE + at))?;
            if tb.size == 0 {
                return Err(format!("an empty block at {:#x}", CODE_BASE + at));
            }
            at += tb.size as u64;
            blocks += 1;
        }
    }
    Ok(blocks)
}

fn report(modules: &[ModuleCode], rounds: usize, hooked: bool) -> Result<(), String> {
    let largest = modules
        .iter()
        .map(|m| m.bytes.len() as u64)
        .max()
        .unwrap_or(0);
    let mut uc = engine(largest, hooked)?;
    let mut times: Vec<Duration> = Vec::new();
    let mut blocks = 0;
    for _ in 0..rounds {
        let t = Instant::now();
        blocks = 0;
        for m in modules {
            blocks += translate(&mut uc, m)?;
        }
        times.push(t.elapsed());
    }
    times.sort();
    let (best, median) = (times[0], times[times.len() / 2]);
    let n = modules.len() as f64;
    let instructions: u64 = modules.iter().map(|m| m.instructions).sum();
    let per_module = best.as_secs_f64() / n;
    println!(
        "  {:28} {:7.3} ms per module (median round {:7.3}), {:5.0} ns per guest instruction, {:5.1} blocks per module: at most {:4.0} modules/s",
        if hooked {
            "with the campaign's hooks"
        } else {
            "bare engine, no hooks"
        },
        per_module * 1e3,
        median.as_secs_f64() * 1e3 / n,
        best.as_secs_f64() * 1e9 / instructions.max(1) as f64,
        blocks as f64 / n,
        1.0 / per_module,
    );
    Ok(())
}

fn main() {
    let rounds = common::rounds("emulator");
    let modules = match workload() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("emulator bench: {e}");
            std::process::exit(2);
        }
    };
    let instructions: u64 = modules.iter().map(|m| m.instructions).sum();
    let bytes: u64 = modules.iter().map(|m| m.bytes.len() as u64).sum();
    println!(
        "unicorn translating generated modules' code (fastest of {rounds} rounds, one thread): {} modules, {:.0} guest instructions and {:.0} bytes per module",
        modules.len(),
        instructions as f64 / modules.len() as f64,
        bytes as f64 / modules.len() as f64,
    );
    for hooked in [false, true] {
        if let Err(e) = report(&modules, rounds, hooked) {
            eprintln!("emulator bench: {e}");
            std::process::exit(1);
        }
    }
}
