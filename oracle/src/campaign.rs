//! `janus campaign`: a seeded differential campaign.
//!
//! Case `i` of a campaign with seed `S` is generated from seed `S + i`, so
//! any case can be replayed alone (`--seed S+i --cases 1`). Today a case is
//! a random signature, checked three ways:
//!
//! - `abi-model`: the backend's assignment against the oracle's independent
//!   model, under ABIInternal and ABI0;
//! - `round-trip`: the signature prints as text and parses back to itself;
//! - `dump-length`: the predicted dump length is the dump's length.
//!
//! Each finding is shrunk to a small signature that still fails and saved
//! under the findings directory before the campaign goes on, so stopping
//! it (Ctrl-C included) loses nothing.

use crate::check::abi::compare_both;
use crate::exec::RuntimeMode;
use crate::gen::choices::{self, Recording, Replay};
use crate::gen::module::{gen_module, ModuleKnobs};
use crate::gen::seeded;
use crate::gen::sig::{gen_func_type, SigKnobs};
use crate::peer::check::PeerBatch;
use crate::run::{call_text, run_module, BadInput, ModuleVerdict, PhaseTimes, RunOptions};
use crate::runtime::StackMode;
use janus_backend::ir::Module;
use janus_backend::{
    parse_func_type, AbiLayout, FuncType, Kind, Location, Param, Reg, RegConfig, Type,
};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// When a campaign stops.
#[derive(Clone, Copy, Debug)]
pub enum Limit {
    Cases(u64),
    Time(Duration),
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub seed: u64,
    pub limit: Limit,
    pub stress: bool,
    pub findings: PathBuf,
    /// Whole generated modules (compiled, run through both entries and the
    /// interpreter, in a runtime mode chosen per case), rather than
    /// signatures alone.
    pub modules: bool,
    /// Worker threads (each case is still generated from its own seed, so
    /// the cases and verdicts do not depend on this).
    pub jobs: usize,
    /// Flags a finding's replay line needs besides the runtime mode's (e.g.
    /// ` --inject NAME`).
    pub replay_flags: String,
    /// Stop once this many findings are saved.
    pub max_findings: Option<u64>,
    /// Generated modules use func values and closures (`funcval`,
    /// `closure`, `callval`); false generates the modules of a generator
    /// without them, case for case.
    pub func_values: bool,
    /// `--peer go`: every generated module also built by Go 1.19 (in
    /// batches) and run through Go's entries (see [`crate::peer::check`]).
    pub peer: Option<PeerSettings>,
    /// The share of the campaign this run does ([`Shard::ALL`]: all of it).
    pub shard: Shard,
}

/// How a campaign uses Go as a peer.
#[derive(Clone, Debug)]
pub struct PeerSettings {
    pub go: crate::peer::toolchain::GoToolchain,
    /// The build cache ([`crate::peer::build::default_cache_dir`]).
    pub cache: PathBuf,
    /// Cases per `go build`: Go's build time is amortised over them (its
    /// fixed cost, linking the runtime, is about 0.3 s).
    pub batch: u64,
}

/// Cases per `go build` in a Go-peer campaign.
pub const PEER_BATCH: u64 = 100;

/// One of `count` disjoint shares of a campaign (`--shard K/N`), so that
/// machines that know nothing of each other can run one campaign between
/// them: case numbers are dealt out in blocks of [`SHARD_BLOCK`], block
/// `b` to share `b % count`. A case is still generated from its own seed
/// and checked in its own runtime mode, so the union of the `count`
/// shares of a `--cases` campaign is that campaign, case for case and
/// verdict for verdict, and their findings directories merge without
/// clashes. Blocks of a Go-peer batch keep each `go build` within one
/// share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

/// Consecutive cases that go to the same share (a Go-peer batch).
pub const SHARD_BLOCK: u64 = PEER_BATCH;

impl Shard {
    /// The whole campaign.
    pub const ALL: Shard = Shard { index: 0, count: 1 };

    /// The campaign's case number of this share's `j`-th case (saturating:
    /// no campaign gets near the end of the numbers).
    pub fn case(&self, j: u64) -> u64 {
        let block = (j / SHARD_BLOCK)
            .saturating_mul(self.count)
            .saturating_add(self.index);
        block
            .saturating_mul(SHARD_BLOCK)
            .saturating_add(j % SHARD_BLOCK)
    }

    /// How many of the cases `0..n` are this share's.
    pub fn cases_below(&self, n: u64) -> u64 {
        let span = SHARD_BLOCK * self.count;
        let full = n / span * SHARD_BLOCK;
        let rest = n % span;
        let start = self.index * SHARD_BLOCK;
        full + rest.saturating_sub(start).min(SHARD_BLOCK)
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// Parses `K/N` (share K of N, 0 <= K < N).
pub fn parse_shard(s: &str) -> Result<Shard, String> {
    let (k, n) = s
        .split_once('/')
        .ok_or_else(|| format!("`{s}`: expected K/N, share K of N counting from 0 (e.g. 0/4)"))?;
    let num = |t: &str, what: &str| {
        t.trim()
            .parse::<u64>()
            .map_err(|_| format!("`{s}`: {what} `{t}` is not a whole number"))
    };
    let (index, count) = (num(k, "K")?, num(n, "N")?);
    if count == 0 {
        return Err(format!("`{s}`: N must be at least 1"));
    }
    if index >= count {
        return Err(format!(
            "`{s}`: K must be below N (shares are numbered from 0)"
        ));
    }
    Ok(Shard { index, count })
}

/// The runtime mode of case `i`: the four combinations in turn (a Go-peer
/// campaign runs each case in one).
pub fn mode_of(i: u64) -> RuntimeMode {
    RuntimeMode::ALL[(i % 4) as usize]
}

/// Blocks an entry may execute in a campaign. Generated modules take at
/// most a few thousand (1,700 over 30,000 entry runs measured), so a run
/// that exhausts this ran away; a small budget ends it in a fraction of a
/// second (the `janus run` default allows 100 times more).
pub const CAMPAIGN_BUDGET: u64 = 2_000_000;

/// The depth limit of a campaign (see [`crate::runtime::MAX_FRAMES`]). A
/// generated module calls only later functions (at most 4), each recursing
/// at most three deep: under 20 nested calls. A deeper run is a runaway
/// recursion, which costs in proportion to its depth (the moves and
/// collections of the checking modes are amortised beyond 64 frames, see
/// [`crate::schedule`]): at 256 a runaway candidate takes a few
/// milliseconds to minimise.
pub const CAMPAIGN_FRAMES: usize = 256;

/// How a campaign runs a generated module in the runtime modes `modes`.
pub fn campaign_options(modes: &[RuntimeMode]) -> RunOptions {
    RunOptions {
        modes: modes.to_vec(),
        budget: CAMPAIGN_BUDGET,
        frames: CAMPAIGN_FRAMES,
        ..RunOptions::default()
    }
}

/// Blocks an entry may execute while a finding is minimised: still 30
/// times what generated modules take.
const CANDIDATE_BUDGET: u64 = 50_000;

/// The `janus run` flags that select a runtime mode (`None`: all four).
pub fn mode_flags(m: Option<RuntimeMode>) -> String {
    let Some(m) = m else {
        return " --all-modes".to_string();
    };
    let mut f = String::new();
    if m.stack == StackMode::MoveEveryEntry {
        f.push_str(" --stack move");
    }
    if m.gc_every_safepoint {
        f.push_str(" --gc");
    }
    f
}

/// What kind of disagreement a `janus run` difference is.
fn classify(difference: &str) -> &'static str {
    if difference.contains("runtime:") {
        "runtime"
    } else if difference.contains("live pointers of") {
        "stack-maps"
    } else if difference.contains("calls of definition entries differ") {
        "callee-args"
    } else if difference.contains("canary") {
        "canaries"
    } else if difference.contains(crate::exec::ENTRY_PROMISE) {
        "promises"
    } else if difference.contains("crash:") {
        "crash"
    } else if ["RSP is", "RBP is", "R14 is", "X15 is", "DF is", "MXCSR is"]
        .iter()
        .any(|k| difference.contains(k))
    {
        "promises"
    } else if difference.contains("input objects afterwards") {
        "memory"
    } else {
        "results"
    }
}

/// The checks a case goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    AbiModel,
    RoundTrip,
    DumpLength,
}

impl Check {
    pub const ALL: [Check; 3] = [Check::AbiModel, Check::RoundTrip, Check::DumpLength];

    pub fn name(self) -> &'static str {
        match self {
            Check::AbiModel => "abi-model",
            Check::RoundTrip => "round-trip",
            Check::DumpLength => "dump-length",
        }
    }
}

/// Runs every check on `sig`; the first failure, with its description.
pub fn check_signature(sig: &FuncType) -> Result<(), (Check, String)> {
    let text = sig.go_syntax();
    match parse_func_type(&text) {
        Ok(back) if back == *sig => {}
        Ok(back) => {
            return Err((
                Check::RoundTrip,
                format!("reparsed as {}", back.go_syntax()),
            ))
        }
        Err(e) => return Err((Check::RoundTrip, format!("does not parse: {e}"))),
    }
    compare_both(sig).map_err(|m| (Check::AbiModel, m.to_string()))?;
    if let Ok(l) = AbiLayout::analyze(sig, RegConfig::ABI_INTERNAL) {
        let (predicted, actual) = (l.dump_len(), l.dump().len() as u64);
        if predicted != actual {
            return Err((
                Check::DumpLength,
                format!("predicted {predicted} bytes, dump has {actual}"),
            ));
        }
    }
    Ok(())
}

/// ABI features a case reached (for the coverage summary).
#[derive(Default)]
struct Coverage {
    /// Signatures seen.
    seen: u64,
    stack_args: u64,
    stack_results: u64,
    reg_args_spilled: u64,
    float_regs: u64,
    aggregates_in_regs: u64,
    last_int_reg: u64,
    last_float_reg: u64,
    zero_size: u64,
}

impl Coverage {
    fn add(&mut self, sig: &FuncType) {
        self.seen += 1;
        let Ok(l) = AbiLayout::analyze(sig, RegConfig::ABI_INTERNAL) else {
            return;
        };
        let all = || l.params.iter().chain(&l.results);
        let stack = |ps: &[janus_backend::ParamAssignment]| {
            ps.iter()
                .any(|p| matches!(p.loc, Location::Stack { .. }) && p.ty.size() > 0)
        };
        self.stack_args += stack(&l.params) as u64;
        self.stack_results += stack(&l.results) as u64;
        self.reg_args_spilled += (l.spill_area_size > 0) as u64;
        let regs: Vec<Reg> = all().flat_map(|p| p.regs()).collect();
        self.float_regs += regs.iter().any(|r| matches!(r, Reg::Float(_))) as u64;
        self.last_int_reg += regs.contains(&Reg::Int(8)) as u64;
        self.last_float_reg += regs.contains(&Reg::Float(14)) as u64;
        self.aggregates_in_regs += all().any(|p| {
            !p.regs().is_empty() && matches!(p.ty.kind(), Kind::Struct(_) | Kind::Array { .. })
        }) as u64;
        self.zero_size += all().any(|p| p.ty.size() == 0) as u64;
    }

    fn report(&self, cases: u64) -> String {
        let pct = |n: u64| 100.0 * n as f64 / cases.max(1) as f64;
        format!(
            "coverage (share of signatures): stack args {:.0}%, stack results {:.0}%, spill slots {:.0}%, \
             float regs {:.0}%, aggregates in regs {:.0}%, 9th int reg {:.0}%, 15th float reg {:.0}%, \
             zero-size values {:.0}%",
            pct(self.stack_args),
            pct(self.stack_results),
            pct(self.reg_args_spilled),
            pct(self.float_regs),
            pct(self.aggregates_in_regs),
            pct(self.last_int_reg),
            pct(self.last_float_reg),
            pct(self.zero_size),
        )
    }
}

/// Parses a duration as `humantime` reads one (`90s`, `10m`, `1h 30m`,
/// `250ms`), or a plain number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    humantime::parse_duration(s)
        .map_err(|e| format!("`{s}`: {e} (expected a duration like 90s, 10m or 1h 30m)"))
}

/// Shrinks a failing signature greedily: drop parameters and results, and
/// replace composite types by their parts, while the same check still fails.
pub fn shrink(sig: &FuncType, check: Check) -> FuncType {
    shrink_by(
        sig,
        &|s| matches!(check_signature(s), Err((c, _)) if c == check),
    )
}

/// Greedy shrinking against any failure predicate.
pub fn shrink_by(sig: &FuncType, fails: &dyn Fn(&FuncType) -> bool) -> FuncType {
    let mut best = sig.clone();
    loop {
        let Some(smaller) = candidates(&best).into_iter().find(|c| fails(c)) else {
            return best;
        };
        best = smaller;
    }
}

/// Signatures one step simpler than `sig`.
fn candidates(sig: &FuncType) -> Vec<FuncType> {
    let mut out = Vec::new();
    for list in 0..2 {
        let len = if list == 0 {
            sig.params.len()
        } else {
            sig.results.len()
        };
        for i in 0..len {
            let mut c = sig.clone();
            c.variadic = false;
            let l = if list == 0 {
                &mut c.params
            } else {
                &mut c.results
            };
            l.remove(i);
            out.push(c);
        }
        for i in 0..len {
            let ty = if list == 0 {
                &sig.params[i].ty
            } else {
                &sig.results[i].ty
            };
            for simpler in simpler_types(ty) {
                let mut c = sig.clone();
                c.variadic = false;
                let l = if list == 0 {
                    &mut c.params
                } else {
                    &mut c.results
                };
                l[i] = Param {
                    name: None,
                    ty: simpler,
                };
                out.push(c);
            }
        }
    }
    out
}

fn simpler_types(t: &Type) -> Vec<Type> {
    let mut out = Vec::new();
    match t.kind() {
        Kind::Array { len, elem } => {
            out.push(elem.clone());
            if *len > 2 {
                out.extend(Type::array(elem.clone(), 2).ok());
            }
        }
        Kind::Struct(fields) => {
            out.extend(fields.iter().map(|f| f.ty.clone()));
            for i in 0..fields.len() {
                let rest = fields
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, f)| (f.name.clone(), f.ty.clone()))
                    .collect();
                out.extend(Type::structure(rest).ok());
            }
        }
        Kind::Slice(e) | Kind::Pointer(e) => out.push(e.clone()),
        Kind::Interface(i) if !i.methods.is_empty() || i.alias.is_some() => {
            out.push(Type::empty_interface())
        }
        _ => {}
    }
    // Any other type might do as plainly as an int.
    if t.as_basic().is_none() {
        out.push(Type::basic(janus_backend::Basic::Int));
    }
    out
}

/// The file name of a case's `nth` finding (from 0) of check `name`.
fn finding_file(name: &str, seed: u64, nth: usize, ext: &str) -> String {
    match nth {
        0 => format!("{name}-seed{seed}.{ext}"),
        n => format!("{name}-seed{seed}-{}.{ext}", n + 1),
    }
}

/// Writes a finding as a signature file with `//` comments: readable, and
/// replayable with `janus abi --sig "$(cat FILE)"` or by `cargo test`.
/// `nth`: how many findings of the same check the case had before this one
/// (several signatures of one module may fail the same check; each is
/// saved).
#[allow(clippy::too_many_arguments)]
fn save_finding(
    dir: &PathBuf,
    stress: bool,
    seed: u64,
    nth: usize,
    check: Check,
    detail: &str,
    original: &FuncType,
    shrunk: &FuncType,
) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(finding_file(check.name(), seed, nth, "sig"));
    let mut text = format!(
        "// janus campaign finding: check {}\n// replay: janus campaign --seed {seed} --cases 1{}\n",
        check.name(),
        if stress { " --stress" } else { "" }
    );
    for line in detail.lines() {
        text.push_str(&format!("// {line}\n"));
    }
    text.push_str(&format!("// original: {}\n", original.go_syntax()));
    text.push_str(&shrunk.go_syntax());
    text.push('\n');
    std::fs::write(&path, text)?;
    Ok(path)
}

/// Writes a module finding as a `.jir` file that `janus run` replays
/// (and `cargo test` replays, from corpus/regressions/).
fn save_module_finding(
    dir: &PathBuf,
    seed: u64,
    kind: &str,
    mode: Option<RuntimeMode>,
    replay_flags: &str,
    detail: &str,
    m: &janus_backend::ir::Module,
) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{kind}-seed{seed}.jir"));
    let mut text = format!(
        "// janus campaign finding: {kind} (seed {seed})\n// replay: janus run {}{} --budget {CAMPAIGN_BUDGET} --max-frames {CAMPAIGN_FRAMES}{replay_flags}\n",
        path.display(),
        mode_flags(mode)
    );
    for line in detail.lines() {
        text.push_str(&format!("// {line}\n"));
    }
    text.push_str(&m.to_string());
    std::fs::write(&path, text)?;
    Ok(path)
}

/// A finding of one case, ready to be saved.
enum Found {
    Module {
        kind: &'static str,
        /// The runtime mode it fails in (`None`: every mode is to be run).
        mode: Option<RuntimeMode>,
        detail: String,
        module: janus_backend::ir::Module,
        /// Go's code alone shows it: save the standalone Go program too.
        go_program: bool,
    },
    Signature {
        check: Check,
        detail: String,
        original: FuncType,
        shrunk: FuncType,
    },
}

/// What one case gave: computed by a worker, reported by the main thread.
struct CaseResult {
    case: u64,
    seed: u64,
    sigs: Vec<FuncType>,
    found: Vec<Found>,
    times: PhaseTimes,
    /// Runs (a run line in one runtime mode, through both entries), stack
    /// moves, collections.
    runtime: (u64, u64, u64),
    /// Distinct functions run lines checked (each through the interpreter
    /// and both entries, in every mode).
    functions: u64,
    /// The compile cache's hits and misses over the case (its module, the
    /// minimisation of a finding, the Go peer's compilation).
    cache: janus_backend::cache::CacheStats,
    /// Machine code of the module: bytes, instructions.
    code: (u64, u64),
    /// Functions defined as ABIInternal, and as ABI0.
    defined: (u64, u64),
    /// Prologue checks and stack growth over the case's runs.
    stacks: crate::stacks::StackCounts,
    /// Externs defined as ABIInternal, as ABI0, and the calls to them.
    externs: (u64, u64, u64),
    /// With Go as a peer: what Go's side of the case gave.
    peer: PeerStats,
}

/// What the Go peer did over cases.
#[derive(Clone, Debug, Default)]
struct PeerStats {
    /// Modules run with Go's entries, and those Go could not be emitted for.
    modules: u64,
    not_emitted: u64,
    /// Runs of Go's entries.
    go_runs: u64,
    /// Distinct functions checked through Go's code.
    functions: u64,
    /// `go build`s made (not cached) and their wall time.
    builds: u64,
    cached: u64,
    /// Of the builds: probe links made, and full builds Go's linker
    /// refused anyway (`build::Built`).
    probes: u64,
    refused: u64,
    build_time: Duration,
    /// `go-peer` findings by whose code: Go's code alone, Go's optimiser,
    /// janus calling Go, the boundary, no native verdict.
    whose: [u64; 5],
    /// Time checking with Go's entries (the machine, the interpreter).
    check_time: Duration,
    sizes: crate::peer::check::SizeMeans,
}

impl PeerStats {
    fn add(&mut self, o: &PeerStats) {
        self.modules += o.modules;
        self.not_emitted += o.not_emitted;
        self.go_runs += o.go_runs;
        self.functions += o.functions;
        self.builds += o.builds;
        self.cached += o.cached;
        self.probes += o.probes;
        self.refused += o.refused;
        for (w, o) in self.whose.iter_mut().zip(o.whose) {
            *w += o;
        }
        self.build_time += o.build_time;
        self.check_time += o.check_time;
        self.sizes.merge(&o.sizes);
    }
}

/// [`run_case`], and if the harness itself panics, a finding of kind
/// `harness` holding the generated case (so that nothing is lost).
fn run_case_guarded(s: &Settings, case: u64, seed: u64) -> CaseResult {
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_case(s, case, seed)));
    match caught {
        Ok(r) => r,
        Err(payload) => {
            let why = panic_message(payload.as_ref());
            let mut r = CaseResult::new(case, seed);
            if s.modules {
                let m = gen_module(&mut seeded(seed), &module_knobs(s));
                r.found.push(Found::Module {
                    kind: "harness",
                    mode: None,
                    detail: format!("janus itself panicked on this case: {why}"),
                    module: m,
                    go_program: false,
                });
            } else {
                let sig = gen_func_type(&mut seeded(seed), &sig_knobs(s));
                r.found.push(Found::Signature {
                    check: Check::AbiModel,
                    detail: format!("janus itself panicked on this signature: {why}"),
                    original: sig.clone(),
                    shrunk: sig,
                });
            }
            r
        }
    }
}

fn module_knobs(s: &Settings) -> ModuleKnobs {
    let k = if s.stress {
        ModuleKnobs {
            sig: SigKnobs::stress(),
            max_ops: 60,
            ..ModuleKnobs::default()
        }
    } else {
        ModuleKnobs::default()
    };
    if s.func_values {
        k
    } else {
        ModuleKnobs {
            closure_percent: 0,
            ..k
        }
    }
}

fn sig_knobs(s: &Settings) -> SigKnobs {
    if s.stress {
        SigKnobs::stress()
    } else {
        SigKnobs::default()
    }
}

impl CaseResult {
    /// Nothing done yet.
    fn new(case: u64, seed: u64) -> CaseResult {
        CaseResult {
            case,
            seed,
            sigs: Vec::new(),
            found: Vec::new(),
            times: PhaseTimes::default(),
            runtime: (0, 0, 0),
            functions: 0,
            cache: Default::default(),
            code: (0, 0),
            defined: (0, 0),
            stacks: Default::default(),
            externs: (0, 0, 0),
            peer: PeerStats::default(),
        }
    }
}

/// Generates and checks case `case` (seed `seed`).
fn run_case(s: &Settings, case: u64, seed: u64) -> CaseResult {
    let mut r = CaseResult::new(case, seed);
    if s.modules {
        let module_knobs = module_knobs(s);
        let t = Instant::now();
        let mut recording = Recording::new(seed);
        let m = gen_module(&mut recording, &module_knobs);
        let generate = t.elapsed();
        r.sigs.extend(m.functions.iter().map(|f| f.sig.clone()));
        for f in &m.functions {
            match f.abi {
                janus_backend::abi::Abi::Internal => r.defined.0 += 1,
                janus_backend::abi::Abi::Abi0 => r.defined.1 += 1,
            }
        }
        for x in &m.externs {
            match x.abi {
                janus_backend::abi::Abi::Internal => r.externs.0 += 1,
                janus_backend::abi::Abi::Abi0 => r.externs.1 += 1,
            }
        }
        r.externs.2 += m
            .functions
            .iter()
            .flat_map(|f| f.blocks.iter().flat_map(|b| &b.insts))
            .filter(|i| matches!(&i.op, janus_backend::ir::Op::Call { callee, .. } if m.extern_decl(callee).is_some()))
            .count() as u64;
        // Every run line in all four runtime modes, on one translation.
        // (Not through the compile cache: a fresh module's functions are
        // new; its minimisation's candidates below repeat them.)
        let verdict = run_module(
            &m,
            &RunOptions {
                compile_cache: false,
                ..campaign_options(&RuntimeMode::ALL)
            },
        );
        if let Ok(v) = &verdict {
            r.times = v.times;
            r.code = v.code;
            r.runtime.0 += v.runs.len() as u64;
            r.runtime.1 += v.runs.iter().map(|r| r.stack_moves as u64).sum::<u64>();
            r.runtime.2 += v.runs.iter().map(|r| r.collections as u64).sum::<u64>();
            for run in &v.runs {
                r.stacks += run.stacks;
            }
            let names: std::collections::BTreeSet<&str> =
                m.runs.iter().map(|r| r.func.as_str()).collect();
            r.functions = names.len() as u64;
        }
        if let Some(kind) = module_failure(&verdict) {
            // Minimise in the generator's choice space: the smallest choice
            // sequence found whose module still fails the same way. (A
            // rejected module is left as it is: other modules are rejected
            // for other reasons.)
            let budget = if kind == "generator" {
                0
            } else {
                MINIMISE_BUDGET
            };
            // Minimised in the mode of the first failing run (`None`: the
            // module was rejected, in every mode).
            let mode = failing_mode(&verdict);
            let opts = campaign_options(&[mode.unwrap_or_default()]);
            // Candidates run on a smaller budget: one that runs away takes
            // far less time to say so, and one that does not stays far
            // below it. The result is checked on the full budget.
            let candidate_opts = RunOptions {
                budget: CANDIDATE_BUDGET,
                ..opts.clone()
            };
            let mut fails = |c: &[u64]| {
                let m = gen_module(&mut Replay::new(c), &module_knobs);
                module_failure(&run_module(&m, &candidate_opts)) == Some(kind)
            };
            let small = choices::shrink(&recording.choices, budget, &mut fails);
            let mut small_m = gen_module(&mut Replay::new(&small), &module_knobs);
            // Then functions the failure does not need, one at a time.
            let mut i = if kind == "generator" {
                0
            } else {
                small_m.functions.len()
            };
            while i > 0 {
                i -= 1;
                let mut c = small_m.clone();
                let gone = c.functions.remove(i).name;
                c.runs.retain(|r| r.func != gone);
                if !c.runs.is_empty()
                    && module_failure(&run_module(&c, &candidate_opts)) == Some(kind)
                {
                    small_m = c;
                }
            }
            let (mut module, verdict) = match run_module(&small_m, &opts) {
                v if module_failure(&v) == Some(kind) => (small_m, v),
                _ => (m.clone(), verdict),
            };
            let detail = match &verdict {
                Ok(v) => {
                    // Only the failing runs.
                    let bad: Vec<&str> = v
                        .runs
                        .iter()
                        .filter(|r| !r.differences.is_empty())
                        .map(|r| r.call.as_str())
                        .collect();
                    module.runs.retain(|r| bad.contains(&call_text(r).as_str()));
                    v.report("generated")
                }
                Err(e) => format!("a generated module was rejected: {e}\n"),
            };
            let detail = format!(
                "{detail}minimised: {} functions and {} lines (the case had {} and {}); replay the original with --seed {seed} --cases 1",
                module.functions.len(),
                module.to_string().lines().count(),
                m.functions.len(),
                m.to_string().lines().count(),
            );
            r.found.push(Found::Module {
                kind,
                mode,
                detail,
                module,
                go_program: false,
            });
        }
        r.times.generate = generate;
    } else {
        let t = Instant::now();
        r.sigs.push(gen_func_type(&mut seeded(seed), &sig_knobs(s)));
        r.times.generate = t.elapsed();
    }
    let t = Instant::now();
    for sig in &r.sigs {
        if let Err((check, detail)) = check_signature(sig) {
            let shrunk = shrink(sig, check);
            let detail = match check_signature(&shrunk) {
                Err((_, d)) => d,
                Ok(()) => detail,
            };
            r.found.push(Found::Signature {
                check,
                detail,
                original: sig.clone(),
                shrunk,
            });
        }
    }
    r.times.check += t.elapsed();
    r
}

/// A Go-peer campaign's builds: batch `case / batch` holds the modules of
/// its cases, built by the first worker that needs it. The last two stay,
/// for a worker still finishing a case of the previous batch.
#[derive(Default)]
struct PeerBatches {
    recent: std::sync::Mutex<Vec<(u64, SharedBatch)>>,
}

/// A batch's build, or why it failed, shared by the workers.
type SharedBatch = Arc<Result<PeerBatch, String>>;

impl PeerBatches {
    /// Case `case`'s batch, and whether this call built it.
    fn get(&self, s: &Settings, p: &PeerSettings, case: u64) -> (SharedBatch, bool) {
        let b = case / p.batch;
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, batch)) = recent.iter().find(|(i, _)| *i == b) {
            return (batch.clone(), false);
        }
        // Built while holding the lock: the other workers need it too.
        let last = match s.limit {
            Limit::Cases(n) => n.min((b + 1) * p.batch),
            Limit::Time(_) => (b + 1) * p.batch,
        };
        let knobs = module_knobs(s);
        let modules: Vec<Module> = (b * p.batch..last)
            .map(|c| gen_module(&mut seeded(s.seed.wrapping_add(c)), &knobs))
            .collect();
        let refs: Vec<&Module> = modules.iter().collect();
        let batch = Arc::new(PeerBatch::build(&p.go, &p.cache, &refs));
        recent.push((b, batch.clone()));
        if recent.len() > 2 {
            recent.remove(0);
        }
        (batch, true)
    }
}

/// Case `case` through Go's entries (its module is module `case % batch`
/// of its batch): findings of kind `go-peer`, saved with the standalone
/// Go program when Go's code alone shows the difference.
fn peer_case(
    s: &Settings,
    p: &PeerSettings,
    batches: &PeerBatches,
    case: u64,
    seed: u64,
    r: &mut CaseResult,
) {
    let (batch, built) = batches.get(s, p, case);
    let mode = mode_of(case);
    let m = gen_module(&mut seeded(seed), &module_knobs(s));
    let batch = match batch.as_ref() {
        Ok(b) => b,
        Err(e) => {
            r.found.push(Found::Module {
                kind: "go-peer",
                mode: Some(mode),
                detail: format!("the Go peer could not be built for this case's batch: {e}"),
                module: m,
                go_program: false,
            });
            return;
        }
    };
    if built {
        if batch.built.cached {
            r.peer.cached += 1;
        } else {
            r.peer.builds += 1;
            r.peer.probes += batch.built.probes as u64;
            r.peer.refused += batch.built.refused as u64;
        }
        r.peer.build_time += batch.build_time;
    }
    let t = Instant::now();
    let opts = campaign_options(&[mode]);
    let k = (case % p.batch) as usize;
    let v = crate::peer::check::check_module(
        &m,
        k,
        batch,
        &opts,
        crate::peer::check::Plans::Case { seed: s.seed, case },
    );
    r.peer.check_time += t.elapsed();
    let v = match v {
        Ok(v) => v,
        Err(e) => {
            r.found.push(Found::Module {
                kind: "go-peer",
                mode: Some(mode),
                detail: format!("the Go peer could not run this case: {e}"),
                module: m,
                go_program: false,
            });
            return;
        }
    };
    if v.not_emitted.is_some() {
        r.peer.not_emitted += 1;
        return;
    }
    r.peer.modules += 1;
    r.peer.go_runs += v.go_runs;
    r.peer.functions += v.functions_checked() as u64;
    r.peer.sizes.add(&v.sizes);
    if v.all_agree() {
        return;
    }
    // janus's own entries agreed (or the case has a finding of its own).
    let mut module = m.clone();
    let bad: Vec<&str> = v
        .runs
        .iter()
        .filter(|r| !r.differences.is_empty())
        .map(|r| r.call.as_str())
        .collect();
    module.runs.retain(|r| bad.contains(&call_text(r).as_str()));
    let plans = crate::peer::check::Plans::Case { seed: s.seed, case };
    let who = crate::peer::check::attribute_in_machine(&p.go, &p.cache, &module, &opts, plans, &v);
    use crate::peer::check::Attribution;
    r.peer.whose[match who {
        Attribution::Go(_) => 0,
        Attribution::Optimiser => 1,
        Attribution::JanusCallingGo => 2,
        Attribution::Boundary => 3,
        Attribution::Unknown(_) => 4,
    }] += 1;
    let detail = format!("{}whose code: {who}\n", v.report("generated"));
    r.found.push(Found::Module {
        kind: "go-peer",
        mode: Some(mode),
        detail,
        module,
        go_program: matches!(who, crate::peer::check::Attribution::Go(_)),
    });
}

/// What a caught panic said.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|m| m.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

/// [`peer_case`], and if the harness panics, a `harness` finding holding
/// the case (so that nothing is lost).
fn peer_case_guarded(
    s: &Settings,
    p: &PeerSettings,
    batches: &PeerBatches,
    case: u64,
    seed: u64,
    r: &mut CaseResult,
) {
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut part = CaseResult::new(case, seed);
        peer_case(s, p, batches, case, seed, &mut part);
        part
    }));
    match caught {
        Ok(part) => {
            r.found.extend(part.found);
            r.peer.add(&part.peer);
        }
        Err(payload) => {
            let why = panic_message(payload.as_ref());
            r.found.push(Found::Module {
                kind: "harness",
                mode: Some(mode_of(case)),
                detail: format!("janus itself panicked on this case's Go peer: {why}"),
                module: gen_module(&mut seeded(seed), &module_knobs(s)),
                go_program: false,
            });
        }
    }
}

/// CPU time of this process and of its children that have ended (`go
/// build`), in seconds.
fn cpu_seconds() -> f64 {
    let of = |who| {
        // SAFETY: getrusage writes into the struct it is given.
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(who, &mut u) } != 0 {
            return 0.0;
        }
        let t = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 * 1e-6;
        t(u.ru_utime) + t(u.ru_stime)
    };
    of(libc::RUSAGE_SELF) + of(libc::RUSAGE_CHILDREN)
}

/// Candidate modules a finding's minimisation may try.
const MINIMISE_BUDGET: usize = 300;

/// The runtime mode of a module's first failing run, if a run failed.
fn failing_mode(v: &Result<ModuleVerdict, BadInput>) -> Option<RuntimeMode> {
    v.as_ref()
        .ok()?
        .runs
        .iter()
        .find(|r| !r.differences.is_empty())
        .map(|r| r.mode)
}

/// The kind of a module's failure (after its first failing run's first
/// difference), if it failed.
fn module_failure(v: &Result<ModuleVerdict, BadInput>) -> Option<&'static str> {
    match v {
        Ok(v) => v
            .runs
            .iter()
            .find(|r| !r.differences.is_empty())
            .map(|r| classify(&r.differences[0])),
        Err(_) => Some("generator"),
    }
}

/// The kinds of module findings, in report order.
const MODULE_KINDS: [&str; 10] = [
    "results",
    "memory",
    "promises",
    "callee-args",
    "crash",
    "runtime",
    "stack-maps",
    "canaries",
    "generator",
    "harness",
];

/// Writes a fuzz target's finding under `dir` as
/// `fuzz-TARGET-HASH.EXT`: `detail` as `//` comment lines, then `body` (a
/// module for `.jir`, a signature for `.sig`), so that `janus run` or
/// `janus abi` replays it and `cargo test` does, from corpus/regressions/.
pub fn save_fuzz_finding(
    dir: &std::path::Path,
    target: &str,
    ext: &str,
    detail: &str,
    body: &str,
) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    });
    let path = dir.join(format!("fuzz-{target}-{hash:016x}.{ext}"));
    let mut text = format!("// janus fuzz finding: target {target}\n");
    for line in detail.lines() {
        text.push_str(&format!("// {line}\n"));
    }
    text.push_str(body);
    if !body.ends_with('\n') {
        text.push('\n');
    }
    std::fs::write(&path, text)?;
    Ok(path)
}

/// For the signature fuzz targets: saves `sig`, on which the backend and
/// the model disagree (`mismatch`), under corpus/regressions/, then panics
/// with it.
pub fn fail_with_sig_finding(target: &str, sig: &FuncType, mismatch: &dyn std::fmt::Display) -> ! {
    let printed = sig.go_syntax();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/regressions");
    match save_fuzz_finding(&dir, target, "sig", &mismatch.to_string(), &printed) {
        Ok(path) => panic!("{printed}: {mismatch}\nsaved to {}", path.display()),
        Err(e) => panic!("{printed}: {mismatch}\n(NOT SAVED: {e})"),
    }
}

/// The campaign's progress on stderr: an `indicatif` bar on a terminal
/// (cases done, cases/s, findings), or a plain line every 10 s otherwise,
/// so that a CI log shows a long campaign moving without filling up.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    limit: Limit,
    last_line: std::cell::Cell<Instant>,
}

impl Progress {
    fn new(limit: &Limit) -> Progress {
        let limit = *limit;
        let bar = std::io::stderr().is_terminal().then(|| {
            let (len, template) = match limit {
                Limit::Cases(n) => (n, "[{bar:30}] {pos}/{len} cases, {elapsed}, {msg}"),
                Limit::Time(t) => (t.as_secs().max(1), "[{bar:30}] {elapsed}/{len}s, {msg}"),
            };
            let bar = indicatif::ProgressBar::new(len);
            if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("#>-"));
            }
            bar.set_message("0 findings");
            bar
        });
        Progress {
            bar,
            limit,
            last_line: std::cell::Cell::new(Instant::now()),
        }
    }

    fn update(&self, cases: u64, findings: u64, elapsed: Duration) {
        let rate = cases as f64 / elapsed.as_secs_f64().max(1e-9);
        match &self.bar {
            Some(bar) => match self.limit {
                Limit::Cases(_) => {
                    bar.set_position(cases);
                    bar.set_message(format!("{rate:.0} cases/s, {findings} findings"));
                }
                Limit::Time(_) => {
                    bar.set_position(elapsed.as_secs());
                    bar.set_message(format!(
                        "{cases} cases, {rate:.0} cases/s, {findings} findings"
                    ));
                }
            },
            None => {
                if self.last_line.get().elapsed() < Duration::from_secs(10) {
                    return;
                }
                self.last_line.set(Instant::now());
                let of = match self.limit {
                    Limit::Cases(n) => format!("/{n}"),
                    Limit::Time(_) => String::new(),
                };
                eprintln!(
                    "[{:5.0} s] {cases}{of} cases, {rate:.0} cases/s, {findings} findings",
                    elapsed.as_secs_f64()
                );
            }
        }
    }

    /// Prints a message (a finding) above the bar.
    fn println(&self, text: String) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{text}")),
            None => eprintln!("{text}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish();
        }
    }
}

/// Runs a campaign; returns the exit status (0 clean, 1 findings, 2 could
/// not save a finding, 130 interrupted before the end with no finding).
pub fn run(s: &Settings) -> i32 {
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        // If a handler is already installed (a second campaign in one
        // process), the first one keeps working.
        let _ = ctrlc::set_handler(move || {
            if !stop.swap(true, Ordering::SeqCst) {
                eprintln!("\ninterrupted: finishing the cases under way, then saving and reporting (Ctrl-C again to kill)");
            } else {
                std::process::exit(130);
            }
        });
    }
    let start = Instant::now();
    let mut coverage = Coverage::default();
    let mut by_check = [0u64; 3];
    let mut module_findings: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut runtime_stats = (0u64, 0u64, 0u64);
    let mut functions = 0u64;
    let mut cache = janus_backend::cache::CacheStats::default();
    let mut code = (0u64, 0u64);
    let mut defined = (0u64, 0u64);
    let mut stacks = crate::stacks::StackCounts::default();
    let mut externs = (0u64, 0u64, 0u64);
    let mut times = PhaseTimes::default();
    let mut first_finding: Option<(u64, f64)> = None;
    let mut cases = 0u64;
    let mut status = 0;
    let jobs = s.jobs.max(1);
    eprintln!(
        "janus campaign: seed {}, {}{}, {} knobs, {} job{}",
        s.seed,
        match s.limit {
            Limit::Cases(n) => format!("{n} cases"),
            Limit::Time(t) => format!("{:?}", t),
        },
        match (s.shard == Shard::ALL, s.limit) {
            (true, _) => String::new(),
            (false, Limit::Cases(n)) =>
                format!(", shard {} ({} of them)", s.shard, s.shard.cases_below(n)),
            (false, Limit::Time(_)) => format!(", shard {}", s.shard),
        },
        if s.stress { "stress" } else { "default" },
        jobs,
        if jobs == 1 { "" } else { "s" }
    );
    let progress = Progress::new(&match s.limit {
        Limit::Cases(n) => Limit::Cases(s.shard.cases_below(n)),
        time => time,
    });
    let next = std::sync::atomic::AtomicU64::new(0);
    let found_in_workers = std::sync::atomic::AtomicU64::new(0);
    let (tx, rx) = std::sync::mpsc::channel::<CaseResult>();
    let peer_batches = PeerBatches::default();
    let mut peer = PeerStats::default();
    let cpu_start = cpu_seconds();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, stop, found_in_workers, peer_batches) =
                (&next, &stop, &found_in_workers, &peer_batches);
            scope.spawn(move || {
                let work = || loop {
                    let done = match s.limit {
                        Limit::Cases(n) => s.shard.case(next.load(Ordering::SeqCst)) >= n,
                        Limit::Time(t) => start.elapsed() >= t,
                    };
                    if done || stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let case = s.shard.case(next.fetch_add(1, Ordering::SeqCst));
                    if matches!(s.limit, Limit::Cases(n) if case >= n) {
                        break;
                    }
                    let seed = s.seed.wrapping_add(case);
                    let cache_before = crate::run::cache_stats();
                    let mut r = run_case_guarded(s, case, seed);
                    if let Some(p) = &s.peer {
                        peer_case_guarded(s, p, peer_batches, case, seed, &mut r);
                    }
                    r.cache = crate::run::cache_stats() - cache_before;
                    // Enough findings: no new case starts (the main thread,
                    // still saving, would notice only after this worker
                    // had begun the next one).
                    let n = r.found.len() as u64;
                    let total = found_in_workers.fetch_add(n, Ordering::SeqCst) + n;
                    if s.max_findings.is_some_and(|max| total >= max) {
                        stop.store(true, Ordering::SeqCst);
                    }
                    if tx.send(r).is_err() {
                        break;
                    }
                };
                if let Err(e) = crate::interp::with_big_stack(work) {
                    eprintln!("janus campaign: cannot start a worker: {e}");
                    stop.store(true, Ordering::SeqCst);
                }
            });
        }
        drop(tx);
        for r in rx {
            cases += 1;
            times.add(&r.times);
            runtime_stats.0 += r.runtime.0;
            runtime_stats.1 += r.runtime.1;
            runtime_stats.2 += r.runtime.2;
            functions += r.functions;
            cache.hits += r.cache.hits;
            cache.misses += r.cache.misses;
            code.0 += r.code.0;
            code.1 += r.code.1;
            defined.0 += r.defined.0;
            defined.1 += r.defined.1;
            stacks += r.stacks;
            peer.add(&r.peer);
            externs.0 += r.externs.0;
            externs.1 += r.externs.1;
            externs.2 += r.externs.2;
            for sig in &r.sigs {
                coverage.add(sig);
            }
            let seed = r.seed;
            // Findings of this case so far, per check.
            let mut in_case: BTreeMap<&str, usize> = BTreeMap::new();
            for f in r.found {
                if first_finding.is_none() {
                    first_finding = Some((r.case + 1, start.elapsed().as_secs_f64()));
                }
                let (name, detail, saved) = match &f {
                    Found::Module {
                        kind,
                        mode,
                        detail,
                        module,
                        go_program,
                    } => {
                        *module_findings.entry(kind).or_default() += 1;
                        let flags = if *kind == "go-peer" {
                            format!("{} --peer go", s.replay_flags)
                        } else {
                            s.replay_flags.clone()
                        };
                        let saved = save_module_finding(
                            &s.findings,
                            seed,
                            kind,
                            *mode,
                            &flags,
                            detail,
                            module,
                        );
                        // Beside it, the program a Go engineer needs.
                        let saved = match saved {
                            Ok(path) if *go_program => {
                                let dir = path.with_extension("go-program");
                                crate::peer::check::write_reproducer(&dir, module, detail)
                                    .map(|()| path)
                            }
                            other => other,
                        };
                        (*kind, detail.clone(), saved)
                    }
                    Found::Signature {
                        check,
                        detail,
                        original,
                        shrunk,
                    } => {
                        by_check[Check::ALL.iter().position(|c| c == check).unwrap_or(0)] += 1;
                        let nth = in_case.entry(check.name()).or_default();
                        *nth += 1;
                        (
                            check.name(),
                            detail.clone(),
                            save_finding(
                                &s.findings,
                                s.stress,
                                seed,
                                *nth - 1,
                                *check,
                                detail,
                                original,
                                shrunk,
                            ),
                        )
                    }
                };
                let at = start.elapsed().as_secs_f64();
                match saved {
                    Ok(path) => {
                        status = status.max(1);
                        progress.println(format!(
                            "[{at:6.1}s] finding [{name}] seed {seed}:\n{}\n  saved to {}",
                            detail.trim_end(),
                            path.display()
                        ));
                    }
                    Err(e) => {
                        status = 2;
                        let text = match &f {
                            Found::Module { module, .. } => module.to_string(),
                            Found::Signature { shrunk, .. } => shrunk.go_syntax(),
                        };
                        progress.println(format!("[{at:6.1}s] finding [{name}] seed {seed}: NOT SAVED: {e}\n{detail}\n{text}"));
                    }
                }
            }
            let found = by_check.iter().sum::<u64>() + module_findings.values().sum::<u64>();
            if s.max_findings.is_some_and(|n| found >= n) {
                stop.store(true, Ordering::SeqCst);
            }
            progress.update(cases, found, start.elapsed());
        }
    });
    let secs = start.elapsed().as_secs_f64();
    progress.finish();
    let findings_so_far = by_check.iter().sum::<u64>() + module_findings.values().sum::<u64>();
    if s.max_findings.is_some_and(|n| findings_so_far >= n) {
        eprintln!("stopped after {findings_so_far} findings (--max-findings)");
    } else if stop.load(Ordering::SeqCst) {
        eprintln!("interrupted after {cases} cases");
    }
    let findings: u64 = by_check.iter().sum::<u64>() + module_findings.values().sum::<u64>();
    println!(
        "janus campaign: seed {}, {cases} {} in {secs:.1} s ({:.0} cases/s, {jobs} job{})",
        s.seed,
        if s.modules { "modules" } else { "signatures" },
        cases as f64 / secs.max(1e-9),
        if jobs == 1 { "" } else { "s" }
    );
    let mut by: Vec<String> = Check::ALL
        .iter()
        .zip(by_check)
        .map(|(c, n)| format!("{} {n}", c.name()))
        .collect();
    if s.modules {
        let peer_kind = s.peer.as_ref().map(|_| "go-peer");
        for k in MODULE_KINDS.iter().copied().chain(peer_kind) {
            by.push(format!(
                "{k} {}",
                module_findings.get(k).copied().unwrap_or(0)
            ));
        }
    }
    println!("findings: {findings} ({})", by.join(", "));
    if let Some((n, at)) = first_finding {
        println!("first finding: case {n} of the campaign, after {at:.1} s");
    }
    println!("{}", coverage.report(coverage.seen.max(1)));
    if s.modules {
        println!("{stacks}");
        let per_s = |n: u64| n as f64 / secs.max(1e-9);
        println!(
            "throughput: {:.0} modules/s, {:.0} functions checked/s (each through the interpreter and both entries in all four runtime modes), {:.0} runs/s (a run line in one mode), {:.0} entry runs/s; {:.0}% of the time in unicorn",
            per_s(cases),
            per_s(functions),
            per_s(runtime_stats.0),
            per_s(2 * runtime_stats.0),
            100.0 * times.engine.as_secs_f64() / times.total().as_secs_f64().max(1e-12)
        );
        println!(
            "runtime: {} runs through both entries (run lines in each of four modes), {} stack moves, {} collections; functions defined as ABIInternal {} (their ABI0 entry is a wrapper), as ABI0 {} (their ABIInternal entry is a wrapper); externs (the oracle implements them) defined as ABIInternal {}, as ABI0 {}, called at {} call sites",
            runtime_stats.0, runtime_stats.1, runtime_stats.2, defined.0, defined.1, externs.0, externs.1, externs.2
        );
        let n = cases.max(1) as f64;
        println!(
            "code (what the emulator translates, per module): {:.0} bytes, {:.0} instructions",
            code.0 as f64 / n,
            code.1 as f64 / n
        );
    }
    if s.peer.is_some() {
        let cpu = (cpu_seconds() - cpu_start).max(1e-9);
        println!(
            "Go peer: {} modules through Go's entries ({} could not be emitted), {} runs of Go's entries, {} functions checked through Go's code; go build {} times ({} probes, {} refused links; {} batches from the cache), {:.1} s; checking with Go's entries {:.1} s (summed over jobs)",
            peer.modules,
            peer.not_emitted,
            peer.go_runs,
            peer.functions,
            peer.builds,
            peer.probes,
            peer.refused,
            peer.cached,
            peer.build_time.as_secs_f64(),
            peer.check_time.as_secs_f64()
        );
        println!(
            "Go peer throughput: {:.0} functions checked through Go per CPU second (janus and go build together, {cpu:.1} CPU s)",
            peer.functions as f64 / cpu
        );
        let w = peer.whose;
        if w.iter().sum::<u64>() > 0 {
            println!(
                "go-peer findings by whose code: Go's code alone {}, Go's optimiser {}, janus calling Go {}, at the boundary {}, no native verdict {}",
                w[0], w[1], w[2], w[3], w[4]
            );
        }
        println!("code size janus/Go, geometric means: {}", peer.sizes);
    }
    if s.modules {
        let looked_up = (cache.hits + cache.misses).max(1);
        println!(
            "compile cache: {} of {} functions compiled through it came from it ({:.1}%; fresh modules are compiled without it, minimisation candidates and the Go peer's builds through it)",
            cache.hits,
            cache.hits + cache.misses,
            100.0 * cache.hits as f64 / looked_up as f64
        );
    }
    println!("time (summed over jobs, per case): {}", times.split(cases));
    if s.modules {
        println!("  of which emulate: {}", times.emulate_split(cases));
    }
    // Interrupted with nothing found: not a clean pass either.
    let interrupted = stop.load(Ordering::SeqCst) && s.max_findings.is_none_or(|n| findings < n);
    if status == 0 && interrupted {
        130
    } else {
        status
    }
}

#[cfg(test)]
mod tests {
    /// The shares of a `--cases` campaign are disjoint and together are
    /// exactly its cases, each share's count as its progress bar says.
    #[test]
    fn the_shares_of_a_campaign_are_the_campaign() {
        use super::{Shard, SHARD_BLOCK};
        for count in 1..=5u64 {
            for n in [
                0,
                1,
                7,
                99,
                100,
                101,
                250,
                999,
                1000,
                1234,
                5 * SHARD_BLOCK + 3,
            ] {
                let mut seen = vec![0u32; n as usize];
                for index in 0..count {
                    let shard = Shard { index, count };
                    let mut mine = 0;
                    for j in 0.. {
                        let case = shard.case(j);
                        if case >= n {
                            break;
                        }
                        seen[case as usize] += 1;
                        mine += 1;
                    }
                    assert_eq!(mine, shard.cases_below(n), "{shard} of {n} cases");
                }
                assert!(
                    seen.iter().all(|&k| k == 1),
                    "{count} shares of {n} cases: {seen:?}"
                );
            }
        }
        assert_eq!(Shard::ALL.case(12345), 12345);
        // A Go-peer batch stays within one share.
        let s = Shard { index: 1, count: 3 };
        assert_eq!(
            (s.case(0), s.case(SHARD_BLOCK - 1), s.case(SHARD_BLOCK)),
            (100, 199, 400)
        );
    }

    #[test]
    fn bad_shards_are_refused_with_a_reason() {
        use super::parse_shard;
        assert_eq!(parse_shard("2/5").map(|s| (s.index, s.count)), Ok((2, 5)));
        for (text, why) in [
            ("3", "expected K/N"),
            ("1/0", "N must be at least 1"),
            ("4/4", "K must be below N"),
            ("a/2", "K `a` is not a whole number"),
            ("0/-1", "N `-1` is not a whole number"),
        ] {
            let e = parse_shard(text).unwrap_err();
            assert!(e.contains(why), "{text}: {e}");
        }
    }

    use super::*;

    #[test]
    fn fuzz_findings_replay_as_modules_and_signatures() {
        let dir = std::env::temp_dir().join(format!("janus-fuzz-finding-{}", std::process::id()));
        let m = gen_module(&mut seeded(3), &ModuleKnobs::default());
        let path = save_fuzz_finding(
            &dir,
            "differential",
            "jir",
            "FAIL  f0()\n  why",
            &m.to_string(),
        )
        .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text
            .starts_with("// janus fuzz finding: target differential\n// FAIL  f0()\n//   why\n"));
        let back = janus_backend::ir::parse_module(&text).unwrap();
        assert_eq!(back.to_string(), m.to_string());
        let sig = "func(int8, string) (float64, [2]int32)";
        let path =
            save_fuzz_finding(&dir, "sig_text", "sig", "backend and model differ", sig).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().last(), Some(sig));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(parse_duration("1h 30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        assert!(parse_duration("7 parsecs").is_err());
        assert_eq!(parse_duration("1.5h"), Ok(Duration::from_secs(5400)));
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn shrinking_keeps_the_failure_and_simplifies() {
        // A stand-in failure: "some parameter holds an int16 array".
        fn has_i16_array(t: &Type) -> bool {
            match t.kind() {
                Kind::Array { elem, .. } => elem.go_syntax() == "int16" || has_i16_array(elem),
                Kind::Struct(fs) => fs.iter().any(|f| has_i16_array(&f.ty)),
                _ => false,
            }
        }
        let fails = |s: &FuncType| s.params.iter().any(|p| has_i16_array(&p.ty));
        let sig =
            parse_func_type("func(int, struct { a [3]int16; b string }, x float64) bool").unwrap();
        let small = shrink_by(&sig, &fails);
        assert_eq!(small.go_syntax(), "func([2]int16)");
        // A signature that passes every check is left alone.
        assert_eq!(shrink(&sig, Check::AbiModel), sig);
    }
}
