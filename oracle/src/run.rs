//! `janus run FILE`: compile a module, then run every `run` line three
//! ways — the reference interpreter, the function's ABIInternal entry and
//! its ABI0 entry under the emulator — and compare results, panics, the
//! input objects afterwards, and what each entry promised on return.
//!
//! A run may go too deep. The one depth limit ([`RunOptions::frames`],
//! `--max-frames`) bounds the calls nested at once on both sides: the
//! interpreter counts nested IR calls, the emulated runtime counts the
//! frames of definition entries (a function's own code: the ABI wrapper an
//! entry or a call goes through is not a call of the IR, and is not
//! counted), so both stop at the same call, and "stack overflow: deeper
//! than N frames" is that run's outcome, which both entries must reach
//! too. The emulated runtime also enforces Go's byte limit on a stack
//! ([`crate::runtime::MAX_STACK`]), which the interpreter cannot know
//! (frame sizes are the backend's): an entry stopped by it at depth D
//! agrees with an interpreter that reached depth D or more on that run.

use crate::exec::RuntimeMode;
use crate::exec::{compare_objects, EntryLimits, EntryOutcome, EntryRun, EntryRunner, RuntimeWork};
use crate::inputs::{materialize_args, LeafValue};
use crate::interp::{self, InterpError, Limits, Outcome};
use crate::runtime::{Call, Overflow, Visit};
use janus_backend::abi::Abi;
use janus_backend::cache::{CacheStats, CompileCache};
use janus_backend::compile::{compile_module_with, CompileError, CompiledFunction};
use janus_backend::ir::{parse_module, verify_module, Module, Pos};
use janus_backend::object::write_object_with;
use janus_backend::ParseError;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// Exit statuses of `janus run`.
pub const EXIT_AGREE: i32 = 0;
pub const EXIT_DISAGREE: i32 = 1;
pub const EXIT_BAD_INPUT: i32 = 2;

/// Settings of a run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Basic blocks an entry may execute.
    pub budget: u64,
    /// The depth limit: calls nested at most, on both sides (see the
    /// module documentation).
    pub frames: usize,
    /// Instructions the interpreter may execute.
    pub fuel: u64,
    /// The runtime modes (when the emulated runtime moves the stack and
    /// collects) each run line runs in, in this order, on the code
    /// translated once. An empty list means the default mode.
    pub modes: Vec<RuntimeMode>,
    /// Compile through this thread's compile cache ([`compile_cached`]).
    /// Worth it where functions repeat (minimisation candidates, replays,
    /// shrinking); a fresh random module's functions almost never do, and
    /// computing their keys doubles compile time.
    pub compile_cache: bool,
}

impl RunOptions {
    /// The first runtime mode (the default mode when none is given): the
    /// mode of a checker that runs in one.
    pub fn first_mode(&self) -> RuntimeMode {
        self.modes.first().copied().unwrap_or_default()
    }

    fn modes(&self) -> &[RuntimeMode] {
        const DEFAULT: [RuntimeMode; 1] = [RuntimeMode::DEFAULT];
        if self.modes.is_empty() {
            &DEFAULT
        } else {
            &self.modes
        }
    }
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            budget: 200_000_000,
            frames: crate::runtime::MAX_FRAMES,
            fuel: Limits::default().fuel,
            modes: vec![RuntimeMode::default()],
            compile_cache: true,
        }
    }
}

/// The verdict on one `run` line in one runtime mode.
#[derive(Clone, Debug)]
pub struct RunVerdict {
    /// `f(args)` as written.
    pub call: String,
    /// Which run line of the module (from 0).
    pub line: usize,
    /// The runtime mode it ran in.
    pub mode: RuntimeMode,
    /// What everyone agreed on, or what differed.
    pub agreed: Option<Agreed>,
    pub differences: Vec<String>,
    /// What the emulated runtime did over both entries.
    pub stack_moves: u32,
    pub collections: u32,
    pub work: RuntimeWork,
    /// Prologue checks and stack growth over both entries.
    pub stacks: crate::stacks::StackCounts,
}

/// Where a module's time went.
#[derive(Clone, Copy, Debug, Default)]
pub struct PhaseTimes {
    /// Generating the case (campaigns fill this in).
    pub generate: Duration,
    /// Compiling the module and writing its object.
    pub compile: Duration,
    /// The reference interpreter, and materialising the inputs.
    pub interpret: Duration,
    /// Loading the object and running the entries on the emulator,
    /// runtime included.
    pub emulate: Duration,
    /// Comparing everything.
    pub check: Duration,
    /// Parts of `emulate`: loading the object (and unloading the last) ...
    pub load: Duration,
    /// ... in unicorn itself (translating the module's code, nearly all of
    /// it, and running it) ...
    pub engine: Duration,
    /// ... and in the emulated runtime's handlers. The rest of `emulate`
    /// is setting up each run and reading back its state.
    pub handlers: Duration,
}

impl PhaseTimes {
    pub fn add(&mut self, o: &PhaseTimes) {
        self.generate += o.generate;
        self.compile += o.compile;
        self.interpret += o.interpret;
        self.emulate += o.emulate;
        self.check += o.check;
        self.load += o.load;
        self.engine += o.engine;
        self.handlers += o.handlers;
    }

    pub fn total(&self) -> Duration {
        self.generate + self.compile + self.interpret + self.emulate + self.check
    }

    /// `generate 3% · compile 20% · ...`, with milliseconds per case.
    pub fn split(&self, cases: u64) -> String {
        let total = self.total().as_secs_f64().max(1e-12);
        let per = |d: Duration| d.as_secs_f64() * 1e3 / cases.max(1) as f64;
        [
            ("generate", self.generate),
            ("compile", self.compile),
            ("interpret", self.interpret),
            ("emulate", self.emulate),
            ("check", self.check),
        ]
        .iter()
        .map(|(n, d)| {
            format!(
                "{n} {:.0}% ({:.3} ms)",
                100.0 * d.as_secs_f64() / total,
                per(*d)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
    }

    /// The parts of `emulate`: `load 0.3 ms, unicorn 1.4 ms, ...` per case.
    pub fn emulate_split(&self, cases: u64) -> String {
        let per = |d: Duration| d.as_secs_f64() * 1e3 / cases.max(1) as f64;
        let rest = self
            .emulate
            .saturating_sub(self.load + self.engine + self.handlers);
        format!(
            "load {:.3} ms, in unicorn {:.3} ms (translating each new module's code, nearly all of it, and running it), runtime handlers {:.3} ms, run setup and read-back {:.3} ms",
            per(self.load),
            per(self.engine),
            per(self.handlers),
            per(rest)
        )
    }
}

/// The verdict on a module.
#[derive(Clone, Debug)]
pub struct ModuleVerdict {
    pub runs: Vec<RunVerdict>,
    pub times: PhaseTimes,
    /// Machine code compiled for the module (every entry): bytes and
    /// instructions, which the emulator translates anew for each module.
    pub code: (u64, u64),
}

impl ModuleVerdict {
    pub fn all_agree(&self) -> bool {
        self.runs.iter().all(|r| r.differences.is_empty())
    }

    /// The report `janus run` prints: a line per run line (naming the
    /// modes it ran in when there are several), or per run line and mode
    /// where the modes do not all agree.
    pub fn report(&self, name: &str) -> String {
        let mut out = String::new();
        let several = self.runs.iter().any(|r| r.mode != self.runs[0].mode);
        for line in self.runs.chunk_by(|a, b| a.line == b.line) {
            let all_agree = line
                .iter()
                .all(|r| r.differences.is_empty() && r.agreed == line[0].agreed);
            if all_agree {
                let modes = if several {
                    let names: Vec<String> = line.iter().map(|r| r.mode.to_string()).collect();
                    format!("   [{}]", names.join(", "))
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "ok    {}  ->  {}{modes}",
                    line[0].call,
                    line[0]
                        .agreed
                        .as_ref()
                        .map(Agreed::to_string)
                        .unwrap_or_default()
                );
                continue;
            }
            for r in line {
                let mode = if several {
                    format!(" [{}]", r.mode)
                } else {
                    String::new()
                };
                if r.differences.is_empty() {
                    let _ = writeln!(
                        out,
                        "ok    {}{mode}  ->  {}",
                        r.call,
                        r.agreed.as_ref().map(Agreed::to_string).unwrap_or_default()
                    );
                } else {
                    let _ = writeln!(out, "FAIL  {}{mode}", r.call);
                    for d in &r.differences {
                        let _ = writeln!(out, "        {d}");
                    }
                }
            }
        }
        let bad = self
            .runs
            .iter()
            .filter(|r| !r.differences.is_empty())
            .count();
        let moves: u32 = self.runs.iter().map(|r| r.stack_moves).sum();
        let gcs: u32 = self.runs.iter().map(|r| r.collections).sum();
        let _ = writeln!(
            out,
            "{name}: {} runs, {} agree, {bad} disagree ({moves} stack moves, {gcs} collections)",
            self.runs.len(),
            self.runs.len() - bad
        );
        out
    }
}

/// The module is not something janus can run (bad text, invalid IR, an
/// input that does not fit, a program the interpreter rejects).
#[derive(Clone, Debug)]
pub struct BadInput {
    /// Where in the module's text, when it was read from text.
    pub pos: Option<Pos>,
    /// What is wrong, and in what, without the position.
    pub message: String,
}

impl BadInput {
    fn new(pos: Option<Pos>, message: String) -> BadInput {
        BadInput { pos, message }
    }

    /// The message for a module read from `name` (a file name, or `stdin`),
    /// as every command words it: `NAME:LINE:COLUMN: MESSAGE`, or `NAME:
    /// MESSAGE` when there is no position.
    pub fn in_file(&self, name: &str) -> String {
        match self.pos {
            Some(p) => format!("{name}:{p}: {}", self.message),
            None => format!("{name}: {}", self.message),
        }
    }
}

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{p}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl From<ParseError> for BadInput {
    fn from(e: ParseError) -> BadInput {
        BadInput::new(Some(e.pos), e.message)
    }
}

impl From<CompileError> for BadInput {
    fn from(e: CompileError) -> BadInput {
        BadInput::new(e.pos, e.message)
    }
}

/// Parses and verifies a module given as text: what every command does
/// first, so that they all report bad text and invalid IR alike.
pub fn load_module(src: &str) -> Result<Module, BadInput> {
    let m = parse_module(src)?;
    verify_module(&m).map_err(|e| BadInput::new(e.pos, e.describe()))?;
    Ok(m)
}

/// Parses, compiles and runs a module given as text.
pub fn run_text(src: &str, opts: &RunOptions) -> Result<ModuleVerdict, BadInput> {
    run_module(&load_module(src)?, opts)
}

pub(crate) fn show_outcome(o: &EntryOutcome) -> String {
    match o {
        EntryOutcome::Returned(vs) => show_values(vs),
        EntryOutcome::Panic(p) => p.to_string(),
        EntryOutcome::StackOverflow(o) => o.to_string(),
        EntryOutcome::Crashed(why) => format!("crash: {why}"),
    }
}

fn show_values(vs: &[LeafValue]) -> String {
    if vs.is_empty() {
        return "()".to_string();
    }
    vs.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether an entry's outcome agrees with the interpreter's, which went
/// `max_depth` calls deep.
#[cfg(test)]
fn agrees(want: &EntryOutcome, max_depth: usize, got: &EntryOutcome) -> bool {
    agrees_by(want, max_depth, got, LeafValue::same_as)
}

/// Whether an entry's outcome agrees with the interpreter's, which went
/// `max_depth` calls deep, results compared leaf by leaf by `same`.
fn agrees_by(
    want: &EntryOutcome,
    max_depth: usize,
    got: &EntryOutcome,
    same: impl Fn(&LeafValue, &LeafValue) -> bool,
) -> bool {
    match (want, got) {
        (EntryOutcome::Returned(a), EntryOutcome::Returned(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        // Go's byte limit, which only the emulated stack has: the
        // interpreter must have gone as deep.
        (a, EntryOutcome::StackOverflow(Overflow::Bytes { depth })) => {
            a == got || max_depth >= *depth
        }
        (a, b) => a == b,
    }
}

/// What run line `k` of `m` must give: its function, its input objects,
/// and the interpreter's run.
pub(crate) struct Expected<'m> {
    pub func: &'m janus_backend::ir::Function,
    pub input: crate::inputs::Materialized,
    pub run: interp::Run,
    /// The interpreter's outcome as an entry's.
    pub want: EntryOutcome,
}

/// Materialises run line `k`'s input and runs the interpreter on it. Its
/// errors are located at the line, naming it as written.
pub(crate) fn expected<'m>(
    m: &'m Module,
    k: usize,
    opts: &RunOptions,
) -> Result<Expected<'m>, BadInput> {
    let r = &m.runs[k];
    let bad = |what: String| BadInput::new(r.pos.0, format!("{}: {what}", m.run_label(k)));
    let func = m
        .function(&r.func)
        .ok_or_else(|| bad(format!("no function {}", r.func)))?;
    let types: Vec<_> = func.sig.params.iter().map(|p| p.ty.clone()).collect();
    // (Type objects are found only for Go's code: see `expected_for_go`.)
    let input = materialize_args(&m.functions, &types, &r.args).map_err(|e| bad(e.to_string()))?;
    let limits = Limits {
        fuel: opts.fuel,
        max_depth: opts.frames,
    };
    let run = match interp::run(m, &r.func, &input, limits) {
        Ok(run) => run,
        Err(e @ InterpError::Invalid { .. }) => {
            return Err(bad(format!("the program is invalid: {e}")))
        }
        Err(e) => return Err(bad(e.to_string())),
    };
    let want = match &run.outcome {
        Outcome::Returned(vs) => EntryOutcome::Returned(vs.clone()),
        Outcome::Panic(p) => EntryOutcome::Panic(*p),
        Outcome::StackOverflow => EntryOutcome::StackOverflow(Overflow::Frames(opts.frames)),
    };
    Ok(Expected {
        func,
        input,
        run,
        want,
    })
}

/// [`expected`] for runs that may enter Go's code: the input objects Go's
/// code may use as types are found too (they must not move).
pub(crate) fn expected_for_go<'m>(
    m: &'m Module,
    k: usize,
    opts: &RunOptions,
) -> Result<Expected<'m>, BadInput> {
    let mut e = expected(m, k, opts)?;
    let types: Vec<_> = e.func.sig.params.iter().map(|p| p.ty.clone()).collect();
    e.input.find_type_objects(&m.functions, &types);
    Ok(e)
}

/// Everything an entry run (`label`: which entry, whose code: janus's or
/// Go's) did differently from the interpreter (`expected`, whose outcome
/// as an entry outcome is `want`): its outcome, the violations the runtime
/// saw, and the input objects afterwards. Pointers into objects the run
/// made are paired by [`crate::made::MadeObjects`], not by number: Go's
/// escape analysis keeps some allocations on the stack and puts some
/// locals on the heap, and janus's optimiser keeps some on the stack (a
/// finding of a Go-peer campaign, seed 40278755: a closure returned,
/// `obj3` through Go's code, `obj4` in the interpreter, because Go kept a
/// `new(uint)` that does not escape on its stack).
pub(crate) fn entry_differences(
    label: &str,
    want: &EntryOutcome,
    expected: &interp::Run,
    got: &EntryRun,
) -> Vec<String> {
    let made = std::cell::RefCell::new(crate::made::MadeObjects::new(expected.objects.len()));
    let same = |x: &LeafValue, y: &LeafValue| made.borrow_mut().same_leaf(x, y);
    let mut differences = Vec::new();
    if !agrees_by(want, expected.max_depth, &got.outcome, same) {
        let mut d = format!("{label}: {}", show_outcome(&got.outcome));
        if let (EntryOutcome::Returned(a), EntryOutcome::Returned(b)) = (want, &got.outcome) {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                if !same(x, y) {
                    let _ = write!(d, "\n          result leaf {i}: interpreter {x}, entry {y}");
                }
            }
        }
        let _ = write!(d, "\n          interpreter: {}", show_outcome(want));
        differences.push(d);
    }
    for v in &got.violations {
        differences.push(format!("{label}: {v}"));
    }
    // (An entry stopped by the byte limit stopped earlier than the
    // interpreter: its objects are those of an earlier point.)
    if !matches!(
        got.outcome,
        EntryOutcome::StackOverflow(Overflow::Bytes { .. })
    ) {
        for o in compare_objects(&expected.objects, got, &mut made.borrow_mut()) {
            differences.push(format!("{label}: input objects afterwards: {o}"));
        }
        // Only for a run that returned: a panic's objects are those of
        // wherever it stopped.
        if matches!(got.outcome, EntryOutcome::Returned(_)) {
            for o in made
                .borrow_mut()
                .compare_contents(&expected.made, &got.made, &got.heap)
            {
                differences.push(format!("{label}: afterwards: {o}"));
            }
        }
    }
    differences
}

/// What a run's verdict says everyone agreed on: the interpreter's
/// outcome, and which entries ended at Go's byte limit on the stack
/// instead (the interpreter has no such limit). Kept as data: a report
/// formats it.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreed {
    pub want: EntryOutcome,
    /// Entries stopped by the byte limit where the interpreter was not.
    pub at_byte_limit: Vec<(String, EntryOutcome)>,
    /// How deep the interpreter went.
    pub depth: usize,
}

impl Agreed {
    fn new(want: &EntryOutcome, got: &[(String, EntryOutcome)], expected: &interp::Run) -> Agreed {
        Agreed {
            want: want.clone(),
            at_byte_limit: got
                .iter()
                .filter(|(_, o)| {
                    matches!(o, EntryOutcome::StackOverflow(Overflow::Bytes { .. })) && o != want
                })
                .cloned()
                .collect(),
            depth: expected.max_depth,
        }
    }
}

impl std::fmt::Display for Agreed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&show_outcome(&self.want))?;
        for (label, o) in &self.at_byte_limit {
            write!(f, "; {label}: {}", show_outcome(o))?;
        }
        if !self.at_byte_limit.is_empty() {
            write!(
                f,
                " (the interpreter, which has no byte limit, reached depth {})",
                self.depth
            )?;
        }
        Ok(())
    }
}

/// `f(a, b)`: a `run` line's call as reports name it.
pub fn call_text(r: &janus_backend::ir::RunSpec) -> String {
    format!(
        "{}({})",
        r.func,
        r.args
            .iter()
            .map(|a| a.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The first position where two sequences differ (one may be a prefix of
/// the other), or `None` when they are equal.
fn first_difference<T: PartialEq>(a: &[T], b: &[T]) -> Option<usize> {
    (a != b).then(|| {
        a.iter()
            .zip(b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()))
    })
}

thread_local! {
    /// The machine the last module on this thread ran on, for the next.
    static RUNNER: std::cell::RefCell<Option<EntryRunner>> = const { std::cell::RefCell::new(None) };
    /// The functions this thread compiled lately, by what their code
    /// depends on (see `janus_backend::cache`): a minimisation's
    /// candidates, a replay, the Go peer's compilation of a module just
    /// run, take them from here.
    static CACHE: std::cell::RefCell<CompileCache> = std::cell::RefCell::new(CompileCache::default());
}

/// Compiles `m` through this thread's compile cache.
pub fn compile_cached(m: &Module) -> Result<Vec<CompiledFunction>, CompileError> {
    CACHE.with(|c| compile_module_with(m, Some(&mut c.borrow_mut())))
}

/// This thread's compile cache's hits and misses so far.
pub fn cache_stats() -> CacheStats {
    CACHE.with(|c| c.borrow().stats)
}

/// Runs every `run` line of a module.
pub fn run_module(m: &Module, opts: &RunOptions) -> Result<ModuleVerdict, BadInput> {
    let start = Instant::now();
    let compiled = if opts.compile_cache {
        compile_cached(m)?
    } else {
        janus_backend::compile::compile_module(m)?
    };
    let types = janus_backend::compile::alloc_types(m);
    let elf = write_object_with(&compiled, &types, &m.run_funcvals())
        .map_err(|e| BadInput::new(None, format!("object: {e}")))?;
    let compile = start.elapsed();
    let mut v = run_object(m, &elf, opts)?;
    v.times.compile = compile;
    for e in compiled.iter().flat_map(|f| &f.entries) {
        v.code.0 += e.code.bytes.len() as u64;
        v.code.1 += e.code.inst_offsets.len() as u64;
    }
    Ok(v)
}

/// Runs every `run` line of `m` against an object compiled from it (or a
/// deliberately altered one: the stack-map mutation test uses this).
pub fn run_object(m: &Module, elf: &[u8], opts: &RunOptions) -> Result<ModuleVerdict, BadInput> {
    let mut times = PhaseTimes::default();
    let mut clock = Instant::now();
    // Charges the time since the last lap to a phase.
    let mut lap = |phase: &mut Duration| {
        let now = Instant::now();
        *phase += now - clock;
        clock = now;
    };
    // One machine for every run of the module (the emulator translates the
    // module's code once), and from module to module on this thread.
    let modes = opts.modes();
    let mut runner = match RUNNER.with(|r| r.borrow_mut().take()) {
        Some(mut r) => r.reload(elf, modes[0]).map(|()| r),
        None => EntryRunner::new(elf, modes[0], false),
    }
    .map_err(|e| e.to_string());
    lap(&mut times.emulate);
    times.load = times.emulate;
    let engine_before = runner.as_ref().map(|r| r.time_split()).unwrap_or_default();
    let entry_limits = EntryLimits {
        budget: opts.budget,
        frames: opts.frames,
    };
    let mut runs = Vec::new();
    for (k, r) in m.runs.iter().enumerate() {
        let call = call_text(r);
        let Expected {
            func: f,
            input,
            run: expected,
            want,
        } = expected(m, k, opts)?;
        lap(&mut times.interpret);
        // The interpreter's run, once; the entries', in every mode.
        for &mode in modes {
            if let Ok(runner) = &mut runner {
                runner.set_mode(mode);
            }
            runs.push(check_entries(
                &mut runner,
                &mut lap,
                &mut times,
                (f, &input, &expected, &want),
                entry_limits,
                (call.clone(), k),
                mode,
            ));
            lap(&mut times.check);
        }
    }
    if let Ok(r) = runner {
        let after = r.time_split();
        times.engine = after.engine.saturating_sub(engine_before.engine);
        times.handlers = after.handlers.saturating_sub(engine_before.handlers);
        RUNNER.with(|slot| *slot.borrow_mut() = Some(r));
    }
    Ok(ModuleVerdict {
        runs,
        times,
        code: (0, 0),
    })
}

/// Runs both entries of `f` in the runner's mode (`mode`) with `input`,
/// and compares each with the interpreter's run (`expected`, whose outcome
/// as an entry's is `want`) and the two with each other. `lap` charges the
/// time since its last call to a phase of `times`.
fn check_entries(
    runner: &mut Result<EntryRunner, String>,
    lap: &mut impl FnMut(&mut Duration),
    times: &mut PhaseTimes,
    (f, input, expected, want): (
        &janus_backend::ir::Function,
        &crate::inputs::Materialized,
        &interp::Run,
        &EntryOutcome,
    ),
    entry_limits: EntryLimits,
    (call, line): (String, usize),
    mode: RuntimeMode,
) -> RunVerdict {
    let mut outcomes = Vec::new();
    let mut differences = Vec::new();
    let (mut stack_moves, mut collections) = (0, 0);
    let mut work = RuntimeWork::default();
    let mut stacks = crate::stacks::StackCounts::default();
    let mut traces: Vec<(Vec<Visit>, u64)> = Vec::new();
    let mut calls: Vec<(Vec<Call>, u64)> = Vec::new();
    for abi in [Abi::Internal, Abi::Abi0] {
        let entry = if abi == f.abi {
            "definition"
        } else {
            "wrapper"
        };
        let label = format!("{} entry ({entry})", abi.name());
        lap(&mut times.check);
        let got = match runner {
            Ok(runner) => runner
                .run(f, abi, input, entry_limits)
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.clone()),
        };
        lap(&mut times.emulate);
        let got: EntryRun = match got {
            Ok(g) => g,
            Err(e) => {
                differences.push(format!("{label}: could not run: {e}"));
                continue;
            }
        };
        outcomes.push((label.clone(), got.outcome.clone()));
        differences.extend(entry_differences(&label, want, expected, &got));
        stack_moves += got.stack_moves;
        collections += got.collections;
        work += got.work;
        stacks += got.stacks;
        traces.push((got.trace, got.trace_dropped));
        calls.push((got.calls, got.calls_total));
    }
    // One entry stopped by the byte limit and not the other (its extra
    // wrapper frame took it over): what each saw must agree up to where
    // the first stopped.
    let stopped_apart = outcomes.len() == 2
        && outcomes[0].1 != outcomes[1].1
        && outcomes
            .iter()
            .any(|(_, o)| matches!(o, EntryOutcome::StackOverflow(Overflow::Bytes { .. })));
    fn cut<T: PartialEq>(stopped_apart: bool, a: &[T], b: &[T]) -> Option<usize> {
        if stopped_apart {
            let n = a.len().min(b.len());
            first_difference(&a[..n], &b[..n])
        } else {
            first_difference(a, b)
        }
    }
    // Record `k` of a list, as a report shows it.
    fn nth<T: std::fmt::Display>(l: &[T], k: usize, none: &str) -> String {
        l.get(k).map_or_else(|| none.to_string(), T::to_string)
    }
    // The function's own frames held the same live pointers at the same
    // safepoints whichever entry the outer call came through (and as many
    // visits went unrecorded).
    if let [(a, da), (b, db)] = traces.as_slice() {
        let at =
            cut(stopped_apart, a, b).or_else(|| (!stopped_apart && da != db).then_some(a.len()));
        if let Some(k) = at {
            let show = |l: &[Visit], dropped: u64| {
                if k == l.len() && dropped > 0 {
                    format!("({dropped} more visits, not recorded)")
                } else {
                    nth(l, k, "(no more visits)")
                }
            };
            differences.push(format!(
                "live pointers of {}'s frames differ between the entries at safepoint visit {k}:\n          ABIInternal entry: {}\n          ABI0 entry:        {}",
                f.name,
                show(a, *da),
                show(b, *db)
            ));
        }
    }
    // Every body ran with the same arguments, in the same order, whichever
    // entry the outer call came through: the wrappers convert exactly,
    // and no caller depends on how it was entered.
    if let [(a, na), (b, nb)] = calls.as_slice() {
        let differ = if stopped_apart {
            cut(stopped_apart, a, b).is_some()
        } else {
            a != b || na != nb
        };
        if differ {
            let k = first_difference(a, b).unwrap_or(a.len());
            differences.push(format!(
                "calls of definition entries differ between the entries at call {k} ({na} and {nb} calls in all):\n          ABIInternal entry: {}\n          ABI0 entry:        {}",
                nth(a, k, "(no more calls)"),
                nth(b, k, "(no more calls)")
            ));
        }
    }
    RunVerdict {
        call,
        line,
        mode,
        agreed: Some(Agreed::new(want, &outcomes, expected)),
        differences,
        stack_moves,
        collections,
        work,
        stacks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use janus_backend::ir::Ty;

    /// A line whose modes disagree prints a line per mode, naming it; a
    /// line they agree on prints once.
    #[test]
    fn a_report_names_the_modes_that_differ() {
        let verdict = |line: usize, mode: RuntimeMode, bad: bool| RunVerdict {
            call: format!("f({line})"),
            line,
            mode,
            agreed: Some(Agreed {
                want: EntryOutcome::Returned(vec![LeafValue::Int {
                    ty: Ty::I64,
                    bits: 1,
                }]),
                at_byte_limit: Vec::new(),
                depth: 1,
            }),
            differences: if bad {
                vec!["ABI0 entry (wrapper): crash".into()]
            } else {
                vec![]
            },
            stack_moves: 0,
            collections: 0,
            work: RuntimeWork::default(),
            stacks: Default::default(),
        };
        let mut runs = Vec::new();
        for line in 0..2 {
            for (i, mode) in RuntimeMode::ALL.into_iter().enumerate() {
                runs.push(verdict(line, mode, line == 1 && i == 3));
            }
        }
        let v = ModuleVerdict {
            runs,
            times: PhaseTimes::default(),
            code: (0, 0),
        };
        let report = v.report("m");
        assert!(
            report.contains("ok    f(0)  ->  i64 1   [grow, move, grow+gc, move+gc]\n"),
            "{report}"
        );
        assert!(
            report.contains("ok    f(1) [grow]  ->  i64 1\n"),
            "{report}"
        );
        assert!(
            report.contains("FAIL  f(1) [move+gc]\n        ABI0 entry (wrapper): crash\n"),
            "{report}"
        );
        assert!(
            report.contains("m: 8 runs, 7 agree, 1 disagree"),
            "{report}"
        );
    }

    /// An entry stopped by the byte limit at depth D agrees with an
    /// interpreter that went D deep or deeper (whatever it ended with),
    /// and with none that stayed shallower.
    #[test]
    fn the_byte_limit_agrees_with_an_interpreter_that_went_as_deep() {
        let five = EntryOutcome::Returned(vec![LeafValue::Int {
            ty: Ty::I64,
            bits: 5,
        }]);
        let frames = EntryOutcome::StackOverflow(Overflow::Frames(100));
        let bytes = EntryOutcome::StackOverflow(Overflow::Bytes { depth: 40 });
        assert!(agrees(&five, 40, &bytes));
        assert!(agrees(&five, 41, &bytes));
        assert!(!agrees(&five, 39, &bytes));
        assert!(agrees(&frames, 100, &bytes));
        // The depth limit is not a matter of frame sizes: both stop at the
        // same call, or they disagree.
        assert!(agrees(&frames, 100, &frames));
        assert!(!agrees(&five, 100, &frames));
        assert!(!agrees(&frames, 100, &five));
        assert!(!agrees(
            &frames,
            100,
            &EntryOutcome::StackOverflow(Overflow::Frames(99))
        ));
    }
}
