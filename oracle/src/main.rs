//! The `janus` command.

use clap::{Parser, Subcommand};
use janus_backend::RegConfig;
use janus_oracle::run::{load_module, BadInput};
use janus_oracle::{abi_cmd, campaign};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "janus",
    version,
    about = "A proving ground for Go's amd64 calling conventions (ABI0 and ABIInternal)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the ABI assignment of Go function types, in the dump format of
    /// Go's compiler tests. Reads one signature per line from stdin, prints
    /// one block per line separated by `----`; exit status 2 if any line
    /// was malformed.
    Abi {
        /// Analyse this one signature instead of reading stdin.
        #[arg(long, value_name = "SIGNATURE")]
        sig: Option<String>,
        /// Print the ABI0 (stack-only) assignment instead of ABIInternal.
        #[arg(long)]
        abi0: bool,
        /// After each dump, say in amd64 terms which register receives
        /// which bytes of each value, and where its stack or spill slot is.
        #[arg(long)]
        explain: bool,
    },
    /// Compile a module (janus IR, see docs/ir.md) and run every `run` line
    /// through the reference interpreter, the ABIInternal entry and the
    /// ABI0 entry; print a verdict per run. Exit status 0 when all agree,
    /// 1 on any disagreement, 2 on bad input.
    Run {
        /// The module file (`-` for stdin).
        file: PathBuf,
        /// Basic blocks each entry may execute (a campaign allows
        /// 2,000,000; its findings' replay lines say so).
        #[arg(long, default_value_t = 200_000_000,
              value_parser = clap::value_parser!(u64).range(1..))]
        budget: u64,
        /// The depth limit: calls nested at most, in the interpreter and
        /// in the emulated runtime alike (wrappers are not counted); the
        /// call beyond it ends that run with "stack overflow: deeper than N
        /// frames" (a campaign allows 256; its replay lines say so).
        #[arg(long, default_value_t = janus_oracle::runtime::MAX_FRAMES as u64,
              value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        max_frames: u64,
        /// When the emulated runtime moves the stack: `grow` (only when it
        /// runs out) or `move` (also at function entries and allocations:
        /// every one while the stack is at most 64 frames deep, every
        /// ceil(depth/64)-th beyond, so deep runs stay linear).
        #[arg(long, default_value = "grow", value_parser = ["grow", "move"])]
        stack: String,
        /// Collect (moving every reachable heap object) at safepoints: every
        /// one while the frames plus live objects are at most 64, every
        /// ceil((frames + objects)/64)-th beyond, so deep runs stay linear.
        #[arg(long)]
        gc: bool,
        /// Run every run line in all four runtime modes (grow, move,
        /// grow+gc, move+gc) on the code translated once, as campaigns do.
        #[arg(long, conflicts_with_all = ["stack", "gc", "peer"])]
        all_modes: bool,
        /// Compile with this planted ABI bug (`--inject list` lists them;
        /// needs a janus built with `--features inject`).
        #[arg(long, value_name = "NAME")]
        inject: Option<String>,
        /// Also compile the module with Go 1.19 and run every run line
        /// through Go's function and Go's ABI0 wrapper of it, in the same
        /// machine and under the same checks, and print both compilers'
        /// code size per function (docs/peer.md).
        #[arg(long, value_name = "PEER", value_parser = ["go"])]
        peer: Option<String>,
        /// With --peer go: write the module as a standalone Go program
        /// (no janus needed) into this directory.
        #[arg(long, value_name = "DIR", requires = "peer")]
        go_program: Option<PathBuf>,
    },
    /// Compile a module to an ELF64 relocatable object: both entries of
    /// every function, relocations for calls, and the `.janus.meta`
    /// section (docs/object-format.md).
    Build {
        /// The module file.
        file: PathBuf,
        /// Where to write the object (default: FILE with extension `.o`).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Print the final code of every entry, decoded with iced-x86: a header
    /// per entry (symbol, ABI, definition or wrapper, frame size), then
    /// offset, bytes and Intel syntax per instruction, calls by symbol.
    /// FILE is a module (compiled first) or an ELF object from `janus build`.
    Asm { file: PathBuf },
    /// Run a differential campaign: generated modules (random signatures,
    /// bodies, calls between functions through both entries, heap objects)
    /// compiled and run through the interpreter and both entries, in each
    /// runtime mode in turn; every signature also checked against the
    /// oracle's independent ABI model. Exit status 1 if anything disagreed
    /// (each finding is saved first, as a module `janus run` replays).
    Campaign {
        /// Seed of the first case; case i uses seed S+i.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of cases (default: 1000 modules, or 200000 signatures with
        /// --signatures, unless --time is given).
        #[arg(long, conflicts_with = "time")]
        cases: Option<u64>,
        /// Run for this long instead: e.g. 90s, 10m, 1h.
        #[arg(long, value_parser = campaign::parse_duration)]
        time: Option<std::time::Duration>,
        /// Large signatures: up to 64 parameters and results.
        #[arg(long)]
        stress: bool,
        /// Where findings are written (default: corpus/regressions, or
        /// target/inject-findings/NAME with --inject).
        #[arg(long)]
        findings: Option<PathBuf>,
        /// Signatures only (the ABI assignment against the independent model),
        /// instead of whole modules run through both entries.
        #[arg(long)]
        signatures: bool,
        /// Worker threads (the cases and verdicts do not depend on it)
        /// [default: one per core, at most 16].
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=256))]
        jobs: Option<u64>,
        /// Self-test: the backend commits this planted ABI bug, which the
        /// campaign should find (`--inject list` lists them; needs a janus
        /// built with `--features inject`).
        #[arg(long, value_name = "NAME")]
        inject: Option<String>,
        /// Stop once this many findings are saved (the cases under way
        /// finish first).
        #[arg(long, value_name = "N")]
        max_findings: Option<u64>,
        /// Generate modules without func values and closures (the modules
        /// of the generator before them, case for case).
        #[arg(long)]
        no_func_values: bool,
        /// Also build every module with Go 1.19 (in batches of 100 cases)
        /// and run every run line through Go's function and Go's ABI0
        /// wrapper in the same machine; findings of kind go-peer; the
        /// summary gives Go's side and code size janus/Go (docs/peer.md).
        #[arg(long, value_name = "PEER", value_parser = ["go"], conflicts_with = "signatures")]
        peer: Option<String>,
        /// Run share K of N of the campaign (K from 0): cases are dealt out
        /// in blocks of 100, block b to share b mod N, so N machines given
        /// the same seed and limit, each its own K, run the campaign
        /// between them; merge their findings directories (docs/campaign.md).
        #[arg(long, value_name = "K/N", value_parser = campaign::parse_shard)]
        shard: Option<campaign::Shard>,
    },
    /// Measure throughput: a module campaign on the default knobs, one
    /// thread, for a fixed time; prints cases (modules) per second, runs and
    /// entry runs per second, and where the time went (generate, compile,
    /// interpret, emulate, check). Findings are saved as in `campaign`.
    Bench {
        /// How long to measure.
        #[arg(long, default_value = "20s", value_parser = campaign::parse_duration)]
        time: std::time::Duration,
        /// Seed of the first case.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where findings are written.
        #[arg(long, default_value = "corpus/regressions")]
        findings: PathBuf,
        /// Generate modules without func values and closures (as
        /// `campaign --no-func-values`).
        #[arg(long)]
        no_func_values: bool,
    },
}

/// Reads a module file (or stdin for `-`) as text, with a message on failure.
fn read_text(file: &std::path::Path) -> Result<String, String> {
    use std::io::Read;
    let name = file.display().to_string();
    let bytes = if name == "-" {
        let mut b = Vec::new();
        io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("{name}: {e}"))?;
        b
    } else {
        std::fs::read(file).map_err(|e| format!("{name}: {e}"))?
    };
    if bytes.starts_with(b"\x7fELF") {
        return Err(format!(
            "{name}: an ELF object, not module text (`janus asm` lists an object)"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Compiles module text read from `name` into an ELF object. `run`,
/// `build` and `asm` all read modules through [`load_module`] and word
/// errors with [`BadInput::in_file`]: `NAME:LINE:COLUMN: MESSAGE`.
fn compile_text(name: &str, text: &str) -> Result<Vec<u8>, String> {
    let m = load_module(text).map_err(|e| e.in_file(name))?;
    let compiled =
        janus_backend::compile::compile_module(&m).map_err(|e| BadInput::from(e).in_file(name))?;
    let types = janus_backend::compile::alloc_types(&m);
    janus_backend::object::write_object_with(&compiled, &types, &m.run_funcvals())
        .map_err(|e| format!("{name}: object: {e}"))
}

/// `janus asm FILE`.
fn asm_file(file: &std::path::Path) -> i32 {
    let name = file.display().to_string();
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("janus asm: {name}: {e}");
            return 2;
        }
    };
    let elf = if bytes.starts_with(b"\x7fELF") {
        bytes
    } else {
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "janus asm: {name}: neither an ELF object nor UTF-8 text (byte {})",
                    e.utf8_error().valid_up_to()
                );
                return 2;
            }
        };
        match compile_text(&name, &text) {
            Ok(elf) => elf,
            Err(e) => {
                eprintln!("{e}");
                return 2;
            }
        }
    };
    match janus_oracle::listing::listing(&elf) {
        Ok(text) => {
            let mut out = io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            0
        }
        Err(e) => {
            eprintln!("janus asm: {name}: {e}");
            2
        }
    }
}

/// `janus build FILE [-o OUT]`.
fn build_file(file: &std::path::Path, output: Option<PathBuf>) -> i32 {
    let name = file.display().to_string();
    let text = match read_text(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("janus build: {e}");
            return 2;
        }
    };
    // With the module's type table, which `alloc` needs at run time.
    let elf = match compile_text(&name, &text) {
        Ok(elf) => elf,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let out = output.unwrap_or_else(|| file.with_extension("o"));
    if let Err(e) = std::fs::write(&out, elf) {
        eprintln!("janus build: {}: {e}", out.display());
        return 2;
    }
    0
}

/// `janus run FILE`.
/// `janus run --peer go`'s settings.
struct PeerRun {
    go_program: Option<PathBuf>,
}

fn run_file(
    file: &std::path::Path,
    budget: u64,
    frames: usize,
    modes: Vec<janus_oracle::exec::RuntimeMode>,
    peer: Option<&PeerRun>,
) -> i32 {
    use janus_oracle::run::{run_module, RunOptions, EXIT_AGREE, EXIT_BAD_INPUT, EXIT_DISAGREE};
    let name = file.display().to_string();
    let text = match read_text(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("janus run: {e}");
            return EXIT_BAD_INPUT;
        }
    };
    let opts = RunOptions {
        budget,
        frames,
        modes,
        ..RunOptions::default()
    };
    let module = match load_module(&text) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{}", e.in_file(&name));
            return EXIT_BAD_INPUT;
        }
    };
    // Go first: a missing Go is a usage error, before any output.
    let go = match peer.map(|_| janus_oracle::peer::toolchain::GoToolchain::find()) {
        Some(Err(e)) => {
            eprintln!("janus run --peer go: {e}");
            return EXIT_BAD_INPUT;
        }
        Some(Ok(go)) => Some(go),
        None => None,
    };
    let mut status = match run_module(&module, &opts) {
        Ok(v) => {
            print!("{}", v.report(&name));
            if v.all_agree() {
                EXIT_AGREE
            } else {
                EXIT_DISAGREE
            }
        }
        Err(e) => {
            eprintln!("{}", e.in_file(&name));
            return EXIT_BAD_INPUT;
        }
    };
    if let (Some(peer), Some(go)) = (peer, go) {
        status = status.max(peer_run(&go, &name, &module, &opts, peer));
    }
    status
}

/// The Go-peer half of `janus run --peer go`: Go's entries, code sizes,
/// and for a difference whose code it is.
fn peer_run(
    go: &janus_oracle::peer::toolchain::GoToolchain,
    name: &str,
    module: &janus_backend::ir::Module,
    opts: &janus_oracle::run::RunOptions,
    peer: &PeerRun,
) -> i32 {
    use janus_oracle::peer::{build::default_cache_dir, check};
    use janus_oracle::run::{EXIT_AGREE, EXIT_BAD_INPUT, EXIT_DISAGREE};
    let cache = default_cache_dir();
    let (v, took, cached) = match check::check_one(go, &cache, module, opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("janus run --peer go: {name}: {e}");
            return EXIT_BAD_INPUT;
        }
    };
    println!(
        "Go peer ({}): {}",
        go.version,
        if cached {
            "binary from the cache".to_string()
        } else {
            format!("built in {:.1} s", took.as_secs_f64())
        }
    );
    print!("{}", v.report(name));
    if let Some(dir) = &peer.go_program {
        let why = format!("janus run --peer go {name}");
        match check::write_reproducer(dir, module, &why) {
            Ok(()) => println!("standalone Go program written to {}", dir.display()),
            Err(e) => {
                eprintln!("janus run --peer go: {}: {e}", dir.display());
                return EXIT_BAD_INPUT;
            }
        }
    }
    if v.all_agree() {
        return EXIT_AGREE;
    }
    println!(
        "whose code: {}",
        check::attribute_in_machine(go, &cache, module, opts, check::Plans::Thorough, &v)
    );
    EXIT_DISAGREE
}

/// `--inject NAME`: selects a planted bug of the backend
/// (backend/src/inject.rs) before anything is compiled. `Ok` to go on;
/// `Err(status)` to stop at once: the list was printed (`--inject list`,
/// 0), or no such bug can be planted (2).
fn plant(name: Option<&str>) -> Result<(), i32> {
    let Some(name) = name else {
        return Ok(());
    };
    #[cfg(feature = "inject")]
    {
        use janus_backend::inject::{self, Bug};
        let list = || {
            Bug::ALL
                .iter()
                .map(|b| format!("  {:28} {}", b.name(), b.describe()))
                .collect::<Vec<_>>()
                .join("\n")
        };
        if name == "list" {
            println!("{}", list());
            return Err(0);
        }
        match Bug::from_name(name) {
            Some(bug) => {
                inject::set(Some(bug));
                eprintln!("janus: planted bug {}: {}", bug.name(), bug.describe());
                Ok(())
            }
            None => {
                eprintln!(
                    "janus: --inject: no planted bug named `{name}`; the bugs are:\n{}",
                    list()
                );
                Err(2)
            }
        }
    }
    #[cfg(not(feature = "inject"))]
    {
        eprintln!(
            "janus: --inject {name}: janus was built without planted bugs; rebuild with `--features inject` (cargo build --release -p janus-oracle --features inject)"
        );
        Err(2)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Abi { sig, abi0, explain } => {
            let config = if abi0 {
                RegConfig::ABI0
            } else {
                RegConfig::ABI_INTERNAL
            };
            let config = abi_cmd::Options { config, explain };
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let mut err = io::stderr();
            let status = match sig {
                Some(text) => abi_cmd::run_one(&text, config, &mut out, &mut err),
                None => abi_cmd::run(&mut io::stdin().lock(), "stdin", config, &mut out, &mut err),
            };
            let _ = out.flush();
            status
        }
        Command::Run {
            file,
            budget,
            max_frames,
            stack,
            gc,
            all_modes,
            inject,
            peer,
            go_program,
        } => {
            if let Err(status) = plant(inject.as_deref()) {
                return ExitCode::from(status as u8);
            }
            let mode = janus_oracle::exec::RuntimeMode {
                stack: if stack == "move" {
                    janus_oracle::runtime::StackMode::MoveEveryEntry
                } else {
                    janus_oracle::runtime::StackMode::Grow
                },
                gc_every_safepoint: gc,
            };
            let modes = if all_modes {
                janus_oracle::exec::RuntimeMode::ALL.to_vec()
            } else {
                vec![mode]
            };
            let peer = peer.map(|_| PeerRun { go_program });
            run_file(&file, budget, max_frames as usize, modes, peer.as_ref())
        }
        Command::Build { file, output } => build_file(&file, output),
        Command::Asm { file } => asm_file(&file),
        Command::Bench {
            time,
            seed,
            findings,
            no_func_values,
        } => campaign::run(&campaign::Settings {
            seed,
            limit: campaign::Limit::Time(time),
            stress: false,
            findings,
            modules: true,
            jobs: 1,
            replay_flags: String::new(),
            max_findings: None,
            func_values: !no_func_values,
            peer: None,
            shard: campaign::Shard::ALL,
        }),
        Command::Campaign {
            seed,
            cases,
            time,
            stress,
            findings,
            signatures,
            jobs,
            inject,
            max_findings,
            no_func_values,
            peer,
            shard,
        } => {
            if let Err(status) = plant(inject.as_deref()) {
                return ExitCode::from(status as u8);
            }
            let peer = match peer.map(|_| janus_oracle::peer::toolchain::GoToolchain::find()) {
                None => None,
                Some(Ok(go)) => Some(campaign::PeerSettings {
                    go,
                    cache: janus_oracle::peer::build::default_cache_dir(),
                    batch: campaign::PEER_BATCH,
                }),
                Some(Err(e)) => {
                    eprintln!("janus campaign --peer go: {e}");
                    return ExitCode::from(2);
                }
            };
            // Planted-bug findings never go to the regression corpus.
            let findings = findings.unwrap_or_else(|| match &inject {
                Some(name) => PathBuf::from("target/inject-findings").join(name),
                None => PathBuf::from("corpus/regressions"),
            });
            let limit = match (cases, time) {
                (_, Some(t)) => campaign::Limit::Time(t),
                (Some(n), None) => campaign::Limit::Cases(n),
                (None, None) if signatures => campaign::Limit::Cases(200_000),
                (None, None) => campaign::Limit::Cases(1000),
            };
            campaign::run(&campaign::Settings {
                seed,
                limit,
                stress,
                findings,
                modules: !signatures,
                jobs: jobs.map_or_else(default_jobs, |j| j as usize),
                replay_flags: inject
                    .map(|name| format!(" --inject {name}"))
                    .unwrap_or_default(),
                max_findings,
                func_values: !no_func_values,
                peer,
                shard: shard.unwrap_or(campaign::Shard::ALL),
            })
        }
    };
    ExitCode::from(status as u8)
}

/// Campaign workers when `--jobs` is not given: one per core, but at most
/// 16, as many engines as get a translation buffer within direct-call range
/// of unicorn's helpers (see `machine::codebuf`); more would translate
/// slower.
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(16))
}
