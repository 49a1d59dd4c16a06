//! Native runs: modules emitted as one standalone Go program
//! ([`Flavour::Native`]), built by Go 1.19 and run on this machine, and
//! every run line's printed outcome compared with the interpreter's.
//!
//! The interpreter runs first. A run line it cannot finish (a stack
//! overflow at its depth limit, which Go's 1 GB stacks would not reach;
//! an invalid program; fuel run out) is skipped: there is nothing to
//! compare natively. The others are compared on the canonical line
//! `emit/native.go` prints: the result leaves (integers and floats by
//! bits, every NaN alike; pointers as (object, offset) in the
//! interpreter's numbering, `funcvalN` or `itabK`) and the input objects
//! afterwards, or the panic.

use super::build::{build_without_unlinkable_wrappers, Bodies, BuildError, GoFile, Unlinkable};
use super::emit::{self, EmitError, EmitOptions, Flavour};
use super::toolchain::GoToolchain;
use crate::inputs::{materialize_in, LeafValue, ObjectInit, Pointer};
use crate::interp::{self, InterpError, Limits, Outcome, PanicKind};
use janus_backend::ir::{Module, Ty};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long a native program may run before it is taken to hang.
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

/// What the interpreter expects of a run line, as the native program
/// prints it, or why the line is skipped.
pub fn expected_line(m: &Module, run: usize, limits: Limits) -> Result<String, String> {
    let r = &m.runs[run];
    let f = m.function(&r.func).ok_or("no such function")?;
    let types: Vec<_> = f.sig.params.iter().map(|p| p.ty.clone()).collect();
    let input = materialize_in(&m.functions, &types, &r.args).map_err(|e| e.to_string())?;
    match interp::run(m, &r.func, &input, limits) {
        Ok(run) => match run.outcome {
            Outcome::Returned(leaves) => {
                let mut s = String::from("ret");
                for l in &leaves {
                    s.push(' ');
                    s.push_str(&canon_leaf(l));
                }
                if !run.objects.is_empty() {
                    s.push_str(" mem");
                }
                for (i, o) in run.objects.iter().enumerate() {
                    s.push_str(&canon_object(i, o));
                }
                Ok(s)
            }
            Outcome::Panic(PanicKind::DivideByZero) => Ok("panic divide".into()),
            Outcome::StackOverflow => {
                Err("the interpreter reached its depth limit (Go's stack would not)".into())
            }
        },
        Err(InterpError::OutOfFuel) => Err("the interpreter ran out of fuel".into()),
        Err(e) => Err(format!("the program is invalid: {e}")),
    }
}

fn canon_ptr(p: &Pointer) -> String {
    match p {
        Pointer::Nil => "nil".into(),
        Pointer::Obj { obj, offset } => format!("obj{}+{offset}", obj.0),
        Pointer::Func { func } => format!("funcval{func}"),
        Pointer::Itab { itab } => format!("itab{itab}"),
    }
}

/// A leaf as `emit/native.go` prints it.
pub fn canon_leaf(l: &LeafValue) -> String {
    match l {
        LeafValue::Int { ty, bits } => format!("{}:{bits:#x}", ty.name()),
        LeafValue::Float { ty: Ty::F32, bits } if f32::from_bits(*bits as u32).is_nan() => {
            "f32:nan".into()
        }
        LeafValue::Float { ty: Ty::F64, bits } if f64::from_bits(*bits).is_nan() => {
            "f64:nan".into()
        }
        LeafValue::Float { ty, bits } => format!("{}:{bits:#x}", ty.name()),
        LeafValue::Ptr(p) => canon_ptr(p),
    }
}

fn canon_object(i: usize, o: &ObjectInit) -> String {
    let mut bytes = o.bytes.clone();
    for &w in &o.ptr_words {
        for b in bytes.iter_mut().skip(w as usize).take(8) {
            *b = 0;
        }
    }
    let mut s = format!(" o{i}:");
    for b in bytes {
        write!(s, "{b:02x}").unwrap();
    }
    for (off, p) in &o.pointers {
        if *p != Pointer::Nil {
            write!(s, " @{off}={}", canon_ptr(p)).unwrap();
        }
    }
    s
}

/// One run line's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineVerdict {
    Agree,
    /// Expected (the interpreter's) and what the native program printed.
    Disagree {
        expected: String,
        native: String,
    },
    /// Not compared, and why.
    Skipped(String),
}

/// The verdicts on one module.
#[derive(Clone, Debug)]
pub struct ModuleVerdict {
    pub name: String,
    /// Per run line: its label (`run f(1, 2)`) and verdict.
    pub lines: Vec<(String, LineVerdict)>,
    /// The module could not be emitted.
    pub unsupported: Option<EmitError>,
}

impl ModuleVerdict {
    pub fn disagreements(&self) -> impl Iterator<Item = &(String, LineVerdict)> {
        self.lines
            .iter()
            .filter(|(_, v)| matches!(v, LineVerdict::Disagree { .. }))
    }
}

/// What a batch came to.
#[derive(Clone, Debug)]
pub struct NativeReport {
    pub modules: Vec<ModuleVerdict>,
    /// Whether the binary came from the cache.
    pub cached: bool,
    pub build_time: Duration,
    pub run_time: Duration,
}

/// Why a batch could not be checked at all.
#[derive(Debug)]
pub enum NativeError {
    Build(BuildError),
    Run(String),
}

impl std::fmt::Display for NativeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NativeError::Build(e) => write!(f, "{e}"),
            NativeError::Run(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for NativeError {}

/// The native program of `modules` (module `k` gets prefix `m<k>`), with
/// `main` running the run lines in `runs[k]`: its files, and per module
/// the emitted module or why it could not be.
pub fn native_program(
    modules: &[&Module],
    runs: &[Vec<usize>],
    options: EmitOptions,
    unlinkable: &Unlinkable,
) -> (Vec<GoFile>, Vec<Result<emit::EmittedModule, EmitError>>) {
    let mut files = vec![
        GoFile {
            name: "go.mod".into(),
            text: emit::go_mod(),
        },
        GoFile {
            name: "jr_prelude.go".into(),
            text: emit::PRELUDE.into(),
        },
        GoFile {
            name: "jr_native.go".into(),
            text: emit::NATIVE_RUNTIME.into(),
        },
    ];
    let mut emitted = Vec::new();
    let mut prefixes = Vec::new();
    for (k, m) in modules.iter().enumerate() {
        let none = Default::default();
        let e = emit::emit_module_runs(
            m,
            k,
            Flavour::Native,
            &runs[k],
            options,
            unlinkable.get(&k).unwrap_or(&none),
        );
        if let Ok(e) = &e {
            files.push(GoFile {
                name: format!("{}.go", e.prefix),
                text: e.go.clone(),
            });
            if !e.asm.is_empty() {
                files.push(GoFile {
                    name: format!("{}_amd64.s", e.prefix),
                    text: e.asm.clone(),
                });
            }
            prefixes.push(e.prefix.clone());
        }
        emitted.push(e);
    }
    files.push(GoFile {
        name: "main.go".into(),
        text: emit::native_main(&prefixes),
    });
    (files, emitted)
}

/// Runs every run line of `modules` natively, as one Go program, and
/// compares each with the interpreter.
pub fn check(
    go: &GoToolchain,
    cache_dir: &Path,
    modules: &[(String, Module)],
    limits: Limits,
    options: EmitOptions,
) -> Result<NativeReport, NativeError> {
    // The interpreter's expectations, and which lines run natively.
    let mut expected: Vec<Vec<Result<String, String>>> = Vec::new();
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for (_, m) in modules {
        let e: Vec<Result<String, String>> = (0..m.runs.len())
            .map(|j| expected_line(m, j, limits))
            .collect();
        runs.push((0..m.runs.len()).filter(|&j| e[j].is_ok()).collect());
        expected.push(e);
    }
    let refs: Vec<&Module> = modules.iter().map(|(_, m)| m).collect();
    let t0 = Instant::now();
    let (built, unlinkable) = build_without_unlinkable_wrappers(go, cache_dir, |u, bodies| {
        let options = EmitOptions {
            stub_bodies: bodies == Bodies::Stubs,
            ..options
        };
        native_program(&refs, &runs, options, u).0
    })
    .map_err(NativeError::Build)?;
    let (_, emitted) = native_program(&refs, &runs, options, &unlinkable);
    let build_time = t0.elapsed();
    let t1 = Instant::now();
    let (stdout, crash) = run_binary(&built.binary)?;
    let run_time = t1.elapsed();
    let mut printed: HashMap<(usize, usize), String> = HashMap::new();
    for line in stdout.lines() {
        let mut parts = line.splitn(4, ' ');
        let (Some("R"), Some(k), Some(j), Some(rest)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if let (Ok(k), Ok(j)) = (k.parse(), j.parse()) {
            printed.insert((k, j), rest.to_string());
        }
    }
    let mut out = Vec::new();
    for (k, ((name, m), em)) in modules.iter().zip(emitted).enumerate() {
        let mut lines = Vec::new();
        let unsupported = em.err();
        for (j, want) in expected[k].iter().enumerate() {
            let label = m.run_label(j);
            let v = match (want, &unsupported) {
                (Err(why), _) => LineVerdict::Skipped(why.clone()),
                (Ok(_), Some(e)) => LineVerdict::Skipped(e.to_string()),
                (Ok(want), None) => match printed.get(&(k, j)) {
                    Some(got) if got == want => LineVerdict::Agree,
                    Some(got) => LineVerdict::Disagree {
                        expected: want.clone(),
                        native: got.clone(),
                    },
                    None => LineVerdict::Disagree {
                        expected: want.clone(),
                        native: match &crash {
                            Some(c) => format!("no output: the program died: {c}"),
                            None => "no output".into(),
                        },
                    },
                },
            };
            lines.push((label, v));
        }
        out.push(ModuleVerdict {
            name: name.clone(),
            lines,
            unsupported,
        });
    }
    Ok(NativeReport {
        modules: out,
        cached: built.cached,
        build_time,
        run_time,
    })
}

/// Runs the program: its output, and how it died if it did.
fn run_binary(bin: &Path) -> Result<(String, Option<String>), NativeError> {
    let mut child = Command::new(bin)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| NativeError::Run(format!("cannot run {}: {e}", bin.display())))?;
    // Drain both pipes on threads so that a chatty program cannot block.
    let mut so = child.stdout.take().expect("piped");
    let mut se = child.stderr.take().expect("piped");
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut so, &mut s).map(|_| s)
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut se, &mut s).map(|_| s)
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > RUN_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(NativeError::Run(format!(
                    "{} ran over {}s (a run line that should end does not)",
                    bin.display(),
                    RUN_TIMEOUT.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => {
                return Err(NativeError::Run(format!(
                    "waiting for {}: {e}",
                    bin.display()
                )))
            }
        }
    };
    let stdout = out_t.join().ok().and_then(|r| r.ok()).unwrap_or_default();
    let stderr = err_t.join().ok().and_then(|r| r.ok()).unwrap_or_default();
    let crash = (!status.success()).then(|| {
        let e = String::from_utf8_lossy(&stderr);
        let tail: String = e.lines().take(12).collect::<Vec<_>>().join("\n");
        format!("{status}: {tail}")
    });
    Ok((String::from_utf8_lossy(&stdout).into_owned(), crash))
}

/// Writes the native program of `modules` (every run line) into `dir`, as
/// a standalone reproducer: `go build` there makes a program that prints
/// one canonical line per run line, with no janus needed. Returns the
/// modules that could not be emitted (left out of the program).
pub fn write_program(
    dir: &Path,
    modules: &[&Module],
    options: EmitOptions,
) -> std::io::Result<Vec<EmitError>> {
    let runs: Vec<Vec<usize>> = modules
        .iter()
        .map(|m| (0..m.runs.len()).collect())
        .collect();
    let (files, emitted) = native_program(modules, &runs, options, &Unlinkable::new());
    std::fs::create_dir_all(dir)?;
    for f in files {
        std::fs::write(dir.join(&f.name), f.text)?;
    }
    Ok(emitted.into_iter().filter_map(|e| e.err()).collect())
}
