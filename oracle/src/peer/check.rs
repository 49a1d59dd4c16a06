//! The Go peer's check of a module: what `janus run --peer go` and
//! `janus campaign --peer go` add to janus's own runs.
//!
//! A batch of modules is emitted as one Go package and built once
//! ([`PeerBatch::build`]); then each module ([`check_module`]) is compiled by
//! janus and loaded beside the Go executable in one machine, Go's
//! declarations of its `abi0` functions and externs are bound to janus's
//! ABI0 entries, and every `run` line runs through Go's function and Go's
//! ABI0 wrapper of it, under the same checks as janus's entries (results,
//! panics, the input objects afterwards, promises, canaries, stack maps
//! through Go's pclntab), against the interpreter.
//!
//! Each difference names whose code ran (`Go's ABIInternal function
//! main.m0_f`), so it says which compiler's code broke which check; where
//! janus's own entries agree on the same line, [`attribute`] says whether
//! Go's code alone shows it (a standalone Go program, run natively) or
//! only where Go's code meets janus's code or the emulated runtime.
//!
//! The static size of both compilers' code is measured for every function
//! both compiled ([`FunctionSizes`]), the same way for each
//! ([`crate::peer::codesize`]).

use super::build::{self, Built, GoFile, Optimise};
use super::codesize::{self, CodeSize};
use super::emit::{self, EmitError, EmittedModule};
use super::goelf::GoExecutable;
use super::links::{
    call_edges, funcvals_for_links, made_as_one, placeholder_binds, CallEdge, LinkPlan, Side,
};
use super::native::{self, LineVerdict};
use super::toolchain::GoToolchain;
use crate::exec::{EntryLimits, EntryRunner};
use crate::interp::Limits;
use crate::run::{call_text, entry_differences, expected_for_go, BadInput, RunOptions};
use janus_backend::abi::Abi;
use janus_backend::compile::{alloc_types, CompiledFunction};
use janus_backend::ir::Module;
use janus_backend::object::write_object_with;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// A batch of modules built by Go: the executable, and per module what was
/// emitted (or why it could not be). Shared between threads; each thread
/// reads the executable itself ([`executable`]).
pub struct PeerBatch {
    pub built: Built,
    pub emitted: Vec<Result<EmittedModule, EmitError>>,
    /// Wall time of emitting and building (next to nothing from the cache).
    pub build_time: Duration,
}

impl PeerBatch {
    /// Emits `modules` (module `k` gets prefix `m<k>`) as one package and
    /// builds it (or takes it from the cache in `cache_dir`).
    pub fn build(
        go: &GoToolchain,
        cache_dir: &Path,
        modules: &[&Module],
    ) -> Result<PeerBatch, String> {
        PeerBatch::build_with(go, cache_dir, modules, Optimise::On)
    }

    /// [`PeerBatch::build`], Go's optimiser on or off.
    pub fn build_with(
        go: &GoToolchain,
        cache_dir: &Path,
        modules: &[&Module],
        optimise: Optimise,
    ) -> Result<PeerBatch, String> {
        let start = Instant::now();
        let mut emitted = Vec::new();
        let (built, _) = build::build_without_unlinkable_wrappers_with(
            go,
            cache_dir,
            |u, bodies| {
                let (files, e): (Vec<GoFile>, _) = emit::peer_program_for(modules, u, bodies);
                if bodies == build::Bodies::Full {
                    emitted = e;
                }
                files
            },
            optimise,
        )
        .map_err(|e| format!("go build of the peer program: {e}"))?;
        Ok(PeerBatch {
            built,
            emitted,
            build_time: start.elapsed(),
        })
    }
}

thread_local! {
    /// The executable this thread read last.
    static EXECUTABLE: std::cell::RefCell<Option<(PathBuf, Rc<GoExecutable>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The batch's executable, read once per thread.
pub fn executable(batch: &PeerBatch) -> Result<Rc<GoExecutable>, String> {
    let path = &batch.built.binary;
    if let Some(exe) = EXECUTABLE.with(|e| {
        e.borrow()
            .as_ref()
            .filter(|(p, _)| p == path)
            .map(|(_, x)| x.clone())
    }) {
        return Ok(exe);
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let exe = Rc::new(GoExecutable::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?);
    EXECUTABLE.with(|e| *e.borrow_mut() = Some((path.clone(), exe.clone())));
    Ok(exe)
}

/// One run line through Go's entries.
#[derive(Clone, Debug)]
pub struct PeerRunVerdict {
    pub call: String,
    /// Every entry run made, labelled (whose code, which entry, which
    /// link plan).
    pub entries: Vec<String>,
    /// Go's symbols it ran through, and the link plans.
    pub go_symbols: std::collections::BTreeSet<String>,
    pub plans: usize,
    pub differences: Vec<String>,
}

/// Both compilers' code for one function: janus's definition and Go's
/// function (for an `internal` function), and each one's wrapper for the
/// other ABI. `None` where one side has no such code.
#[derive(Clone, Debug)]
pub struct FunctionSizes {
    pub name: String,
    /// The function is defined as ABIInternal (its Go definition is Go's
    /// function), or ABI0 (only the wrappers compare: Go's ABI0 side is
    /// janus's code).
    pub abi: Abi,
    pub definition: Option<(CodeSize, CodeSize)>,
    pub wrapper: Option<(CodeSize, CodeSize)>,
}

/// The verdict of the Go peer on one module.
#[derive(Clone, Debug, Default)]
pub struct PeerVerdict {
    pub runs: Vec<PeerRunVerdict>,
    pub sizes: Vec<FunctionSizes>,
    /// Why the module has no Go peer (it could not be emitted), if so.
    pub not_emitted: Option<String>,
    /// Go entry runs made.
    pub go_runs: u64,
    /// The functions whose Go definition some run entered (as the
    /// outer function or as a callee, under any plan).
    pub go_entered: std::collections::BTreeSet<String>,
}

impl PeerVerdict {
    pub fn all_agree(&self) -> bool {
        self.runs.iter().all(|r| r.differences.is_empty())
    }

    /// Whether every difference is in a run of janus's definition (janus's
    /// code calling Go's callees under a link plan): through janus's
    /// entries, or through Go's ABIInternal wrapper of an `abi0` function,
    /// which calls janus's ABI0 definition. None in a run of Go's own
    /// definition, nor in the calls compared across entries.
    pub fn only_through_janus_entries(&self) -> bool {
        let mut d = self.runs.iter().flat_map(|r| &r.differences).peekable();
        d.peek().is_some()
            && d.all(|d| d.starts_with("janus's ") || d.starts_with("Go's ABIInternal wrapper "))
    }

    /// Functions checked through Go's code: those a run line ran through
    /// one of Go's entries (for an `abi0` function, Go's wrapper of it),
    /// and those whose Go definition a checked run entered as a callee.
    pub fn functions_checked(&self) -> usize {
        let mut names: Vec<&str> = self
            .runs
            .iter()
            .filter(|r| !r.go_symbols.is_empty())
            .map(|r| r.call.split('(').next().unwrap_or(""))
            .chain(self.go_entered.iter().map(String::as_str))
            .collect();
        names.sort_unstable();
        names.dedup();
        names.len()
    }

    /// The part of `janus run --peer go`'s report for this module.
    pub fn report(&self, name: &str) -> String {
        let mut out = String::new();
        if let Some(why) = &self.not_emitted {
            let _ = writeln!(out, "{name}: no Go peer: {why}");
            return out;
        }
        for r in &self.runs {
            if r.entries.is_empty() {
                let _ = writeln!(out, "--    {}  (nothing of Go's to run)", r.call);
            } else if r.differences.is_empty() {
                let go: Vec<&str> = r.go_symbols.iter().map(String::as_str).collect();
                let janus =
                    r.entries.len() - r.entries.iter().filter(|e| e.starts_with("Go's")).count();
                let _ = writeln!(
                    out,
                    "ok    {}  through Go's {}{} under {} link plan{} ({} runs)",
                    r.call,
                    go.join(" and "),
                    if janus > 0 {
                        " and janus's entries"
                    } else {
                        ""
                    },
                    r.plans,
                    if r.plans == 1 { "" } else { "s" },
                    r.entries.len()
                );
            } else {
                let _ = writeln!(out, "FAIL  {}", r.call);
                for d in &r.differences {
                    let _ = writeln!(out, "        {d}");
                }
            }
        }
        let bad = self
            .runs
            .iter()
            .filter(|r| !r.differences.is_empty())
            .count();
        let _ = writeln!(
            out,
            "{name} with Go as a peer: {} runs, {} agree, {bad} disagree ({} runs of Go's entries)",
            self.runs.len(),
            self.runs.len() - bad,
            self.go_runs
        );
        out.push_str(&size_table(&self.sizes));
        out
    }
}

/// `a/b` for one statistic, janus first.
fn pair(j: impl std::fmt::Display, g: impl std::fmt::Display) -> String {
    format!("{j}/{g}")
}

/// The code-size table of `janus run --peer go`, and its geometric means.
pub fn size_table(sizes: &[FunctionSizes]) -> String {
    let mut out = String::new();
    if sizes.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "code size, janus/Go: instructions (of which stack check), spill stores, spill loads, frame bytes"
    );
    let width = sizes.iter().map(|s| s.name.len()).max().unwrap_or(0).max(8);
    for s in sizes {
        let rows = [
            ("definition", s.definition),
            (
                match s.abi {
                    Abi::Internal => "ABI0 wrapper",
                    Abi::Abi0 => "ABIInternal wrapper",
                },
                s.wrapper,
            ),
        ];
        for (what, p) in rows {
            let Some((j, g)) = p else { continue };
            let _ = writeln!(
                out,
                "  {:width$}  {what:19}  {:>9} ({:>5})  {:>7}  {:>7}  {:>9}",
                s.name,
                pair(j.instructions, g.instructions),
                pair(j.stack_check, g.stack_check),
                pair(j.spill_stores, g.spill_stores),
                pair(j.spill_loads, g.spill_loads),
                pair(j.frame_size, g.frame_size),
            );
        }
    }
    let means = SizeMeans::of(sizes);
    let _ = writeln!(out, "geometric mean janus/Go: {means}");
    out
}

/// Geometric means of janus/Go over functions, per statistic.
#[derive(Clone, Debug, Default)]
pub struct SizeMeans {
    /// Ratios per statistic, collected: definitions, then wrappers.
    pub definitions: RatioSet,
    pub wrappers: RatioSet,
}

/// Ratios of one kind of code (definitions or wrappers).
#[derive(Clone, Debug, Default)]
pub struct RatioSet {
    pub instructions: Vec<f64>,
    pub without_check: Vec<f64>,
    pub spill_stores: Vec<f64>,
    pub spill_loads: Vec<f64>,
    pub frame: Vec<f64>,
}

/// janus/Go for a statistic that may be zero on either side: (j+1)/(g+1),
/// so that a function neither compiler spills in counts as 1.0 and one
/// that only one side spills in still counts.
pub fn smoothed(j: u64, g: u64) -> f64 {
    (j as f64 + 1.0) / (g as f64 + 1.0)
}

impl RatioSet {
    fn add(&mut self, j: &CodeSize, g: &CodeSize) {
        self.instructions
            .push(smoothed(j.instructions as u64, g.instructions as u64));
        self.without_check.push(smoothed(
            (j.instructions - j.stack_check) as u64,
            (g.instructions - g.stack_check) as u64,
        ));
        self.spill_stores
            .push(smoothed(j.spill_stores as u64, g.spill_stores as u64));
        self.spill_loads
            .push(smoothed(j.spill_loads as u64, g.spill_loads as u64));
        self.frame.push(smoothed(j.frame_size, g.frame_size));
    }

    fn extend(&mut self, o: &RatioSet) {
        self.instructions.extend(&o.instructions);
        self.without_check.extend(&o.without_check);
        self.spill_stores.extend(&o.spill_stores);
        self.spill_loads.extend(&o.spill_loads);
        self.frame.extend(&o.frame);
    }
}

impl std::fmt::Display for RatioSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let g = |v: &[f64]| match codesize::geomean(v) {
            Some(x) => format!("{x:.2}"),
            None => "-".into(),
        };
        write!(
            f,
            "instructions {}, without the stack check {}, spill stores {}, spill loads {}, frame {} (over {})",
            g(&self.instructions),
            g(&self.without_check),
            g(&self.spill_stores),
            g(&self.spill_loads),
            g(&self.frame),
            self.instructions.len()
        )
    }
}

impl SizeMeans {
    pub fn of(sizes: &[FunctionSizes]) -> SizeMeans {
        let mut m = SizeMeans::default();
        m.add(sizes);
        m
    }

    pub fn add(&mut self, sizes: &[FunctionSizes]) {
        for s in sizes {
            if let Some((j, g)) = &s.definition {
                self.definitions.add(j, g);
            }
            if let Some((j, g)) = &s.wrapper {
                self.wrappers.add(j, g);
            }
        }
    }

    pub fn merge(&mut self, o: &SizeMeans) {
        self.definitions.extend(&o.definitions);
        self.wrappers.extend(&o.wrappers);
    }
}

impl std::fmt::Display for SizeMeans {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "definitions: {}; wrappers: {} (spills and frames as (janus+1)/(Go+1))",
            self.definitions, self.wrappers
        )
    }
}

/// The statistics of janus's and Go's code for every function of `m` both
/// compiled (externs are the oracle's: neither compiled them).
pub fn function_sizes(
    compiled: &[CompiledFunction],
    em: &EmittedModule,
    exe: &GoExecutable,
) -> Result<Vec<FunctionSizes>, String> {
    let go_size = |sym: &Option<String>| -> Result<Option<CodeSize>, String> {
        let Some(sym) = sym else { return Ok(None) };
        let Some((code, at)) = exe.function_code(sym) else {
            return Ok(None);
        };
        codesize::measure(code, at)
            .map(Some)
            .map_err(|e| format!("Go's {sym}: {e}"))
    };
    let mut out = Vec::new();
    // In the module's order (the emitted symbols'), not the compiler's.
    let mut compiled: Vec<&CompiledFunction> = compiled.iter().filter(|f| !f.external).collect();
    compiled.sort_by_key(|f| em.symbols.iter().position(|s| s.ir_name == f.name));
    for f in compiled {
        let Some(sy) = em.symbols.iter().find(|s| s.ir_name == f.name) else {
            continue;
        };
        let janus = |wrapper: bool| -> Result<Option<CodeSize>, String> {
            let Some(e) = f.entries.iter().find(|e| e.wrapper == wrapper) else {
                return Ok(None);
            };
            codesize::measure(&e.code.bytes, 0)
                .map(Some)
                .map_err(|err| format!("janus's {}: {err}", e.symbol))
        };
        let (go_def, go_wrapper) = match f.abi {
            // Go's function, and the ABI0 wrapper Go made of it.
            Abi::Internal => (go_size(&sy.internal)?, go_size(&sy.abi0)?),
            // Go's ABI0 side is the placeholder bound to janus's code; its
            // ABIInternal wrapper is Go's.
            Abi::Abi0 => (None, go_size(&sy.internal)?),
        };
        let both = |j: Option<CodeSize>, g: Option<CodeSize>| j.zip(g);
        out.push(FunctionSizes {
            name: f.name.clone(),
            abi: f.abi,
            definition: both(janus(false)?, go_def),
            wrapper: both(janus(true)?, go_wrapper),
        });
    }
    Ok(out)
}

thread_local! {
    /// The machine the last module on this thread ran on with the Go
    /// executable attached, for the next module of the same executable.
    static RUNNER: std::cell::RefCell<Option<(PathBuf, EntryRunner)>> =
        const { std::cell::RefCell::new(None) };
}

/// Which link plans a module's run lines run under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plans {
    /// One plan per case, as a campaign does: [`LinkPlan::mixed`] of the
    /// case under the campaign's seed (each edge bound to janus or Go), or
    /// Go's code alone when the module has no call edges.
    Case { seed: u64, case: u64 },
    /// Every edge to Go, every edge to janus, and two mixed plans: what
    /// `janus run --peer go` does.
    Thorough,
}

impl Plans {
    /// The plans for a module with call `edges`, each named.
    pub fn of(self, edges: &[CallEdge]) -> Vec<(String, LinkPlan)> {
        let go = ("Go's own".to_string(), LinkPlan::all(edges, Side::Go));
        if edges.is_empty() {
            return vec![go];
        }
        match self {
            Plans::Case { seed, case } => {
                vec![(
                    format!("mixed {seed}/{case}"),
                    LinkPlan::mixed(edges, seed, case),
                )]
            }
            Plans::Thorough => vec![
                go,
                ("janus's own".to_string(), LinkPlan::all(edges, Side::Janus)),
                ("mixed 0/0".to_string(), LinkPlan::mixed(edges, 0, 0)),
                ("mixed 0/1".to_string(), LinkPlan::mixed(edges, 0, 1)),
            ],
        }
    }
}

/// `plan` with every edge whose callee has no Go code for the entry the
/// edge goes through (Go could not link that ABI wrapper: see
/// [`emit::WRAPPER_AREA_LIMIT`]) bound to janus's callee instead.
fn go_entries_only(plan: &LinkPlan, symbols: &[emit::FuncSymbols]) -> LinkPlan {
    LinkPlan {
        edges: plan
            .edges
            .iter()
            .map(|(e, side)| {
                let go = symbols
                    .iter()
                    .find(|s| s.ir_name == e.callee)
                    .and_then(|s| match e.entry {
                        Abi::Internal => s.internal.as_ref(),
                        Abi::Abi0 => s.abi0.as_ref(),
                    });
                let side = if go.is_none() { Side::Janus } else { *side };
                (e.clone(), side)
            })
            .collect(),
    }
}

/// Runs every run line of module `k` of `batch` through Go's entries
/// (Go's function and its ABI0 wrapper; for an `abi0` function, Go's
/// ABIInternal wrapper of it) and janus's, in `opts.runtime`'s mode, under
/// each link plan of `plans` (see the module documentation).
pub fn check_module(
    m: &Module,
    k: usize,
    batch: &PeerBatch,
    opts: &RunOptions,
    plans: Plans,
) -> Result<PeerVerdict, BadInput> {
    let em = match &batch.emitted[k] {
        Ok(e) => e,
        Err(e) => {
            return Ok(PeerVerdict {
                not_emitted: Some(e.to_string()),
                ..PeerVerdict::default()
            })
        }
    };
    let compiled = crate::run::compile_cached(m)?;
    let obj =
        write_object_with(&compiled, &alloc_types(m), &funcvals_for_links(m)).map_err(|e| {
            BadInput {
                pos: None,
                message: format!("object: {e}"),
            }
        })?;
    let machine_error = |e: crate::exec::ExecError| BadInput {
        pos: None,
        message: format!("the Go peer's machine: {e}"),
    };
    let exe = executable(batch).map_err(|message| BadInput { pos: None, message })?;
    let mut v = PeerVerdict {
        sizes: function_sizes(&compiled, em, &exe)
            .map_err(|message| BadInput { pos: None, message })?,
        ..PeerVerdict::default()
    };
    // One machine per thread and executable: the executable's code is
    // translated once for the whole batch.
    let reuse = RUNNER.with(|r| r.borrow_mut().take());
    let mut runner = match reuse {
        Some((path, mut r)) if path == batch.built.binary => {
            // The last module's plan names its symbols: undone first.
            r.unlink().map_err(machine_error)?;
            r.reload(&obj, opts.first_mode()).map_err(machine_error)?;
            r
        }
        _ => {
            let mut r = EntryRunner::new(&obj, opts.first_mode(), false).map_err(machine_error)?;
            // The module's own names and watches are set below, for
            // every module this runner loads.
            r.attach_go(exe.clone(), &format!("main.{}", em.prefix))
                .map_err(machine_error)?;
            r
        }
    };
    let prefix = format!("main.{}", em.prefix);
    runner.set_go_module(&prefix).map_err(machine_error)?;
    runner
        .bind_go_placeholders(&placeholder_binds(&em.symbols))
        .map_err(machine_error)?;
    runner
        .watch_go_definitions(&m.functions, &em.symbols)
        .map_err(machine_error)?;
    let limits = EntryLimits {
        budget: opts.budget,
        frames: opts.frames,
    };
    let edges = call_edges(m);
    let plans = plans.of(&edges);
    let mut expectations = Vec::new();
    for (i, r) in m.runs.iter().enumerate() {
        expectations.push(expected_for_go(m, i, opts)?);
        v.runs.push(PeerRunVerdict {
            call: call_text(r),
            entries: Vec::new(),
            go_symbols: Default::default(),
            plans: plans.len(),
            differences: Vec::new(),
        });
    }
    for (plan_name, plan) in &plans {
        let plan = &go_entries_only(plan, &em.symbols);
        runner.link(plan, &em.symbols).map_err(machine_error)?;
        let crossing = plan.edges.iter().filter(|(_, s)| *s == Side::Go).count();
        let under = format!(
            "plan {plan_name} ({crossing} of {} call edges to Go's callee)",
            plan.edges.len()
        );
        for (e, verdict) in expectations.iter().zip(&mut v.runs) {
            let sy = em.symbols.iter().find(|s| s.ir_name == e.func.name);
            let mut targets: Vec<(String, Option<&str>, Abi)> = Vec::new();
            // janus's entries, when the plan sends some call to Go's code
            // (with none, that is janus's own run).
            if crossing > 0 {
                for abi in [Abi::Internal, Abi::Abi0] {
                    let entry = if abi == e.func.abi {
                        "definition"
                    } else {
                        "wrapper"
                    };
                    targets.push((format!("janus's {} entry ({entry})", abi.name()), None, abi));
                }
            }
            if let Some(sy) = sy {
                let go: [(&Option<String>, Abi, &str); 2] = match e.func.abi {
                    Abi::Internal => [
                        (&sy.internal, Abi::Internal, "Go's ABIInternal function"),
                        (&sy.abi0, Abi::Abi0, "Go's ABI0 wrapper"),
                    ],
                    // Go's ABI0 side is the placeholder, janus's code.
                    Abi::Abi0 => [
                        (&sy.internal, Abi::Internal, "Go's ABIInternal wrapper"),
                        (&None, Abi::Abi0, ""),
                    ],
                };
                for (sym, abi, what) in go {
                    if let Some(sym) = sym {
                        targets.push((format!("{what} {sym}"), Some(sym.as_str()), abi));
                    }
                }
            }
            let inputs = e.input.objects.len();
            let mut calls: Vec<(String, Vec<String>, u64, bool)> = Vec::new();
            for (label, sym, abi) in targets {
                let label = if plans.len() > 1 || crossing > 0 {
                    format!("{label}, {under}")
                } else {
                    label
                };
                let got = match sym {
                    Some(sym) => {
                        v.go_runs += 1;
                        verdict.go_symbols.insert(sym.to_string());
                        runner.run_go(sym, e.func, abi, &e.input, limits)
                    }
                    None => runner.run(e.func, abi, &e.input, limits),
                };
                verdict.entries.push(label.clone());
                match got {
                    Ok(got) => {
                        v.go_entered
                            .extend(got.go_entered.iter().map(|s| s.to_string()));
                        verdict
                            .differences
                            .extend(entry_differences(&label, &e.want, &e.run, &got));
                        let text = got.calls.iter().map(|c| c.to_string()).collect();
                        calls.push((label, text, got.calls_total, sym.is_some()));
                    }
                    Err(err) => verdict
                        .differences
                        .push(format!("{label}: could not run: {err}")),
                }
            }
            // The callees' arguments, as the oracle's model reads them at
            // every definition entry, are the same whichever compiler's
            // outer function made the calls (pointers to memory the run
            // made compare as one: Go keeps an address-taken local on the
            // heap, janus on its stack).
            if let Some(((first, first_calls, first_total, _), rest)) = calls.split_first() {
                let norm = |c: &[String]| -> Vec<String> {
                    c.iter().map(|c| made_as_one(c, inputs)).collect()
                };
                let first_made = norm(first_calls);
                for (label, c, total, _) in rest {
                    let made = norm(c);
                    if made != first_made || total != first_total {
                        let at = made
                            .iter()
                            .zip(&first_made)
                            .position(|(a, b)| a != b)
                            .unwrap_or(made.len().min(first_made.len()));
                        verdict.differences.push(format!(
                            "calls of definition entries differ at call {at} ({total} and {first_total} calls in all):\n          {label}: {}\n          {first}: {}",
                            c.get(at).map(String::as_str).unwrap_or("(no more calls)"),
                            first_calls.get(at).map(String::as_str).unwrap_or("(no more calls)")
                        ));
                    }
                }
            }
        }
    }
    RUNNER.with(|slot| *slot.borrow_mut() = Some((batch.built.binary.clone(), runner)));
    Ok(v)
}

/// Runs module `m` alone (as module 0) with the Go peer: builds it, then
/// [`check_module`].
pub fn check_one(
    go: &GoToolchain,
    cache_dir: &Path,
    m: &Module,
    opts: &RunOptions,
) -> Result<(PeerVerdict, Duration, bool), String> {
    let batch = PeerBatch::build(go, cache_dir, &[m])?;
    let v = check_module(m, 0, &batch, opts, Plans::Thorough).map_err(|e| e.to_string())?;
    Ok((v, batch.build_time, batch.built.cached))
}

/// Whose code a Go-peer difference comes from, as far as a standalone Go
/// program can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attribution {
    /// Go's code alone disagrees with the interpreter: the standalone
    /// program prints something else for these run lines (label, the
    /// interpreter's line, the program's).
    Go(Vec<(String, String, String)>),
    /// The standalone program agrees on every line: the difference appears
    /// only in the machine, where Go's code meets janus's code (its `abi0`
    /// functions, bound in), the oracle's externs or its runtime.
    Boundary,
    /// The standalone program agrees, but the same peer program built
    /// without optimisation (`-gcflags=all=-N -l`) agrees in the machine
    /// too: Go's optimiser makes the difference (it compiled the
    /// standalone program differently).
    Optimiser,
    /// As [`Attribution::Optimiser`], but only runs through janus's
    /// entries disagree: janus's code calling Go's optimised callees,
    /// while Go's own callers of the same callees agree. janus's caller
    /// relies on something Go's unoptimised code happens to do and the ABI
    /// does not promise, or Go's optimised callee breaks a promise Go's
    /// own callers do not rely on and the oracle does not check.
    JanusCallingGo,
    /// No native verdict (why).
    Unknown(String),
}

impl std::fmt::Display for Attribution {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Attribution::Go(lines) => {
                write!(
                    f,
                    "Go 1.19's code is at fault: the standalone Go program (no janus in it) disagrees with the interpreter on {} run line(s)",
                    lines.len()
                )?;
                for (label, want, got) in lines {
                    write!(f, "\n  {label}\n    interpreter: {want}\n    Go program:  {got}")?;
                }
                Ok(())
            }
            Attribution::Boundary => f.write_str(
                "the standalone Go program agrees with the interpreter: the difference appears only in the machine, where Go's code meets janus's code (its abi0 functions and externs) or the emulated runtime; or Go compiles the standalone program differently (its run lines' inputs are made by its main, not passed in), so Go's code is not cleared: compare `go build -gcflags=-S` of both",
            ),
            Attribution::Optimiser => f.write_str(
                "Go 1.19's optimiser is at fault: the standalone Go program agrees with the interpreter (Go compiles it differently), and the same peer program built with -gcflags=all='-N -l' agrees in the machine under the same link plans and runtime mode",
            ),
            Attribution::JanusCallingGo => f.write_str(
                "only janus's code calling Go's callees disagrees (Go's own entries agree), and with Go's code built with -gcflags=all='-N -l' it agrees: janus's caller relies on something Go's unoptimised code happens to do and the ABI does not promise (unoptimised Go spills every register argument to its spill slot, for example), or Go's optimised callee breaks a promise that Go's own callers do not rely on and the oracle does not check; look at janus's caller first",
            ),
            Attribution::Unknown(why) => write!(f, "no native verdict: {why}"),
        }
    }
}

/// Says whose code a Go-peer difference of `m` (checked under `plans` in
/// `opts`'s mode, with verdict `seen`) comes from: [`attribute`], and when
/// the standalone program agrees, the peer program built without Go's
/// optimiser, checked again the same way.
pub fn attribute_in_machine(
    go: &GoToolchain,
    cache_dir: &Path,
    m: &Module,
    opts: &RunOptions,
    plans: Plans,
    seen: &PeerVerdict,
) -> Attribution {
    let limits = Limits {
        fuel: opts.fuel,
        max_depth: opts.frames,
    };
    let native = attribute(go, cache_dir, m, limits);
    if native != Attribution::Boundary {
        return native;
    }
    let unoptimised = PeerBatch::build_with(go, cache_dir, &[m], Optimise::Off)
        .and_then(|b| check_module(m, 0, &b, opts, plans).map_err(|e| e.to_string()));
    // (Unoptimised, Go may refuse more ABI wrappers, and the module may
    // then not be emitted: that clears nothing.)
    match unoptimised {
        Ok(v) if v.not_emitted.is_none() && v.go_runs > 0 && v.all_agree() => {
            if seen.only_through_janus_entries() {
                Attribution::JanusCallingGo
            } else {
                Attribution::Optimiser
            }
        }
        _ => Attribution::Boundary,
    }
}

/// Runs `m`'s run lines as a standalone Go program on this machine and
/// says whose code a Go-peer difference comes from.
pub fn attribute(go: &GoToolchain, cache_dir: &Path, m: &Module, limits: Limits) -> Attribution {
    let modules = [("module".to_string(), m.clone())];
    match native::check(go, cache_dir, &modules, limits, Default::default()) {
        Ok(report) => {
            let Some(v) = report.modules.first() else {
                return Attribution::Unknown("the native check reported no module".into());
            };
            if let Some(e) = &v.unsupported {
                return Attribution::Unknown(e.to_string());
            }
            let bad: Vec<(String, String, String)> = v
                .lines
                .iter()
                .filter_map(|(label, verdict)| match verdict {
                    LineVerdict::Disagree { expected, native } => {
                        Some((label.clone(), expected.clone(), native.clone()))
                    }
                    _ => None,
                })
                .collect();
            if bad.is_empty() {
                Attribution::Boundary
            } else {
                Attribution::Go(bad)
            }
        }
        Err(e) => Attribution::Unknown(e.to_string()),
    }
}

/// Writes the standalone Go program of `m` into `dir` (see
/// [`native::write_program`]) with a README saying how to run it.
pub fn write_reproducer(dir: &Path, m: &Module, why: &str) -> std::io::Result<()> {
    let skipped = native::write_program(dir, &[m], Default::default())?;
    let mut readme = String::from(
        "A standalone Go 1.19 program made from a janus module (no janus needed):\n\n    go build -o prog . && ./prog\n\nIt prints one line per run line: `ret` and the result leaves (integers and\nfloats by bits; pointers as object/offset), `mem` and the input objects\nafterwards, or the panic.\n\n",
    );
    let _ = writeln!(readme, "Why it was written:\n{why}");
    for e in skipped {
        let _ = writeln!(readme, "\nLeft out: {e}");
    }
    std::fs::write(dir.join("README"), readme)
}
