//! Building emitted Go: many modules in one package, one `go build`, one
//! static binary, kept in an on-disk cache.
//!
//! The cache key is a SHA-256 of Go's version line, the build flags and
//! every file (name and text), so a changed emitter, module or Go gives a
//! new binary and an unchanged one costs nothing. Go's own build cache
//! and module path live under the cache directory too, so that a fresh
//! machine (or CI) needs nothing but Go. Binaries are linked at
//! [`TEXT_ADDRESS`], away from janus's image at 0x400000.

use super::toolchain::GoToolchain;
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

/// Where Go's linker puts the text (`-T`): Go's default, 0x401000, is in
/// janus's image in the emulator. With it the segments are 0x10000000
/// (R E, headers and text from 0x10001000), then rodata and data above.
pub const TEXT_ADDRESS: u64 = 0x1000_1000;

/// A file of the package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoFile {
    pub name: String,
    pub text: String,
}

/// A built (or cached) binary.
#[derive(Clone, Debug)]
pub struct Built {
    pub binary: PathBuf,
    /// Whether it came from the cache (no `go build` ran).
    pub cached: bool,
    /// The cache key (hex).
    pub key: String,
    /// `go build`s of the probe run for it, and full builds that Go's
    /// linker refused (see [`build_without_unlinkable_wrappers`]).
    pub probes: u32,
    pub refused: u32,
}

/// Why a build failed.
#[derive(Clone, Debug)]
pub struct BuildError {
    pub message: String,
    /// The package's sources, kept for inspection.
    pub sources: Option<PathBuf>,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(s) = &self.sources {
            write!(f, " (sources kept in {})", s.display())?;
        }
        Ok(())
    }
}

impl std::error::Error for BuildError {}

/// The cache directory: `$JANUS_PEER_CACHE`, else `$XDG_CACHE_HOME/janus-peer`,
/// else `$HOME/.cache/janus-peer`, else one under the system's temp directory.
pub fn default_cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("JANUS_PEER_CACHE") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("janus-peer");
    }
    if let Some(d) = std::env::var_os("HOME") {
        return PathBuf::from(d).join(".cache").join("janus-peer");
    }
    std::env::temp_dir().join("janus-peer")
}

/// The `-ldflags` every build uses: link at [`TEXT_ADDRESS`]; keep the
/// symbol table (no `-s`, `-w`).
fn ldflags() -> String {
    format!("-T {TEXT_ADDRESS:#x}")
}

/// Whether Go's compiler optimises: `Off` builds with `-gcflags=all=-N
/// -l` (no optimisation, no inlining), which tells a difference Go's
/// optimiser makes from one its code makes anyway.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Optimise {
    #[default]
    On,
    Off,
}

impl Optimise {
    /// The compiler's flags. No DWARF: nothing reads it (the machine reads
    /// the symbol table and pclntab), and it is a sixth of the compile.
    fn gcflags(self) -> &'static str {
        match self {
            Optimise::On => "-gcflags=-dwarf=false",
            Optimise::Off => "-gcflags=all=-N -l -dwarf=false",
        }
    }
}

/// The cache key of `files` built by `go`.
pub fn cache_key(go: &GoToolchain, files: &[GoFile]) -> String {
    cache_key_with(go, files, Optimise::On)
}

fn cache_key_with(go: &GoToolchain, files: &[GoFile], optimise: Optimise) -> String {
    let mut h = Sha256::new();
    for part in [
        go.version.as_str(),
        &ldflags(),
        "CGO_ENABLED=0 linux/amd64",
        optimise.gcflags(),
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    let mut sorted: Vec<&GoFile> = files.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    for f in sorted {
        h.update((f.name.len() as u64).to_le_bytes());
        h.update(f.name.as_bytes());
        h.update((f.text.len() as u64).to_le_bytes());
        h.update(f.text.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Builds `files` as one package into a static binary, or finds it in the
/// cache under `cache_dir`.
pub fn build(go: &GoToolchain, cache_dir: &Path, files: &[GoFile]) -> Result<Built, BuildError> {
    build_with(go, cache_dir, files, Optimise::On)
}

/// [`build`], optimised or not.
pub fn build_with(
    go: &GoToolchain,
    cache_dir: &Path,
    files: &[GoFile],
    optimise: Optimise,
) -> Result<Built, BuildError> {
    let key = cache_key_with(go, files, optimise);
    let bin_dir = cache_dir.join("bin");
    let binary = bin_dir.join(&key);
    if binary.is_file() {
        return Ok(Built {
            binary,
            cached: true,
            key,
            probes: 0,
            refused: 0,
        });
    }
    std::fs::create_dir_all(&bin_dir).map_err(|e| io_error("cannot create", &bin_dir, e))?;
    let (src, tmp_bin) = go_build(go, cache_dir, &key, files, optimise)?;
    std::fs::rename(&tmp_bin, &binary)
        .map_err(|e| io_error("cannot move the binary to", &binary, e))?;
    // The sources of a good build are not needed again.
    let _ = std::fs::remove_dir_all(&src);
    Ok(Built {
        binary,
        cached: false,
        key,
        probes: 0,
        refused: 0,
    })
}

fn io_error(what: &str, p: &Path, e: std::io::Error) -> BuildError {
    BuildError {
        message: format!("{what} {}: {e}", p.display()),
        sources: None,
    }
}

/// Runs `go build` on `files` in a directory of its own under
/// `cache_dir/src`; returns the directory and the binary in it. A failed
/// build keeps its sources (named in the error).
fn go_build(
    go: &GoToolchain,
    cache_dir: &Path,
    key: &str,
    files: &[GoFile],
    optimise: Optimise,
) -> Result<(PathBuf, PathBuf), BuildError> {
    // A directory of its own per build: builds of one key may race (test
    // threads, campaign workers); the binary is renamed into place, which
    // is atomic, and the last one wins with identical contents.
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let src = cache_dir.join("src").join(format!(
        "{key}.{}.{}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&src).map_err(|e| io_error("cannot create", &src, e))?;
    for f in files {
        let p = src.join(&f.name);
        std::fs::write(&p, &f.text).map_err(|e| io_error("cannot write", &p, e))?;
    }
    let tmp_bin = src.join("prog");
    let out = Command::new(&go.go)
        .current_dir(&src)
        .args(["build", "-o"])
        .arg(&tmp_bin)
        .arg(format!("-ldflags={}", ldflags()))
        .arg(optimise.gcflags())
        .arg(".")
        .env("CGO_ENABLED", "0")
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("GOFLAGS", "")
        .env("GO111MODULE", "on")
        .env("GOWORK", "off")
        .env("GOPROXY", "off")
        .env("GOCACHE", cache_dir.join("gocache"))
        .env("GOPATH", cache_dir.join("gopath"))
        // The compiler's collector costs a fifth of a peer build's CPU
        // time; a batch's compile peaks under a GiB, so it collects only
        // near the limit.
        .env("GOGC", "off")
        .env("GOMEMLIMIT", "3GiB")
        .output()
        .map_err(|e| BuildError {
            message: format!("cannot run {}: {e}", go.go.display()),
            sources: Some(src.clone()),
        })?;
    if !out.status.success() {
        return Err(BuildError {
            message: format!(
                "go build failed ({}):\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim_end()
            ),
            sources: Some(src),
        });
    }
    Ok((src, tmp_bin))
}

/// Modules' functions (by module number, then IR name) whose ABI
/// wrappers Go cannot link (`emit::unlinkable_wrappers`).
pub type Unlinkable = std::collections::BTreeMap<usize, std::collections::BTreeSet<String>>;

/// What the package maker of [`build_without_unlinkable_wrappers`] is
/// asked to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bodies {
    /// The package to run.
    Full,
    /// The probe: only what makes Go build the package's ABI wrappers,
    /// with every function body `panic(0)` (`emit::peer_program_for`; the
    /// native flavour's `EmitOptions::stub_bodies`). Go makes an ABI
    /// wrapper from its target's signature alone, so the probe's link
    /// refuses the same wrappers as the full package's, at a fraction of
    /// the compile.
    Stubs,
}

/// Whether [`build_without_unlinkable_wrappers`] probes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Probe {
    /// When the package is big: a refused link of a smaller one costs
    /// about what a probe does.
    Auto,
    Always,
    Never,
}

/// What [`Probe::Auto`] calls big: the package's text in bytes.
const PROBE_FROM_BYTES: usize = 256 * 1024;

/// Builds the package `files_for` makes; when Go's linker refuses ABI
/// wrappers (NOSPLIT frames over its limit), makes it again without them
/// and builds again. Returns the binary and what was left out.
///
/// Only a link tells which wrappers Go refuses, and a refused link of a
/// batch would cost a whole second compile; so a big package is probed
/// first ([`Bodies::Stubs`]) and what the probe learns is left out of the
/// first full build. What was left out is kept in the cache
/// (`unlinkable/KEY`, under the key of the package as first made), so
/// that building the same package again costs neither. The last call of
/// `files_for` is for the package built.
pub fn build_without_unlinkable_wrappers(
    go: &GoToolchain,
    cache_dir: &Path,
    files_for: impl FnMut(&Unlinkable, Bodies) -> Vec<GoFile>,
) -> Result<(Built, Unlinkable), BuildError> {
    build_without_unlinkable_wrappers_with(go, cache_dir, files_for, Optimise::On)
}

/// [`build_without_unlinkable_wrappers`], optimised or not.
pub fn build_without_unlinkable_wrappers_with(
    go: &GoToolchain,
    cache_dir: &Path,
    files_for: impl FnMut(&Unlinkable, Bodies) -> Vec<GoFile>,
    optimise: Optimise,
) -> Result<(Built, Unlinkable), BuildError> {
    build_without_unlinkable_wrappers_probing(go, cache_dir, files_for, optimise, Probe::Auto)
}

/// [`build_without_unlinkable_wrappers_with`], probing as `probe` says.
pub fn build_without_unlinkable_wrappers_probing(
    go: &GoToolchain,
    cache_dir: &Path,
    mut files_for: impl FnMut(&Unlinkable, Bodies) -> Vec<GoFile>,
    optimise: Optimise,
    probe: Probe,
) -> Result<(Built, Unlinkable), BuildError> {
    let first = files_for(&Unlinkable::new(), Bodies::Full);
    let first_key = cache_key_with(go, &first, optimise);
    let learnt = cache_dir.join("unlinkable").join(&first_key);
    let mut unlinkable = Unlinkable::new();
    let (mut probes, mut refused) = (0, 0);
    match std::fs::read_to_string(&learnt) {
        Ok(t) => unlinkable = parse_unlinkable(&t),
        Err(_) => {
            let size: usize = first.iter().map(|f| f.text.len()).sum();
            let built = cache_dir.join("bin").join(&first_key).is_file();
            let wanted = match probe {
                Probe::Auto => size >= PROBE_FROM_BYTES,
                Probe::Always => true,
                Probe::Never => false,
            };
            if !built && wanted {
                probes = run_probe(go, cache_dir, &mut files_for, &mut unlinkable, optimise);
            }
        }
    }
    let known = learnt.is_file().then(|| unlinkable.clone());
    // The last call of `files_for` is always for the package built.
    let mut files = if unlinkable.is_empty() && probes == 0 {
        first
    } else {
        files_for(&unlinkable, Bodies::Full)
    };
    loop {
        match build_with(go, cache_dir, &files, optimise) {
            Ok(mut b) => {
                b.probes = probes;
                b.refused = refused;
                if known.as_ref() != Some(&unlinkable) && !unlinkable.is_empty() {
                    // Best effort: without it the next build learns again.
                    let _ = std::fs::create_dir_all(cache_dir.join("unlinkable"));
                    let _ = std::fs::write(&learnt, show_unlinkable(&unlinkable));
                }
                return Ok((b, unlinkable));
            }
            Err(e) => {
                if !learn(&e.message, &mut unlinkable) {
                    return Err(e);
                }
                refused += 1;
                // Only what Go refused went wrong: the sources are not
                // worth keeping.
                if let Some(s) = &e.sources {
                    let _ = std::fs::remove_dir_all(s);
                }
                files = files_for(&unlinkable, Bodies::Full);
            }
        }
    }
}

/// Links the probe, adding what Go refuses to `unlinkable`; returns how
/// many times it ran. A probe that fails otherwise teaches nothing and is
/// left to the full build to report.
fn run_probe(
    go: &GoToolchain,
    cache_dir: &Path,
    files_for: &mut impl FnMut(&Unlinkable, Bodies) -> Vec<GoFile>,
    unlinkable: &mut Unlinkable,
    optimise: Optimise,
) -> u32 {
    let mut runs = 0;
    loop {
        runs += 1;
        let files = files_for(unlinkable, Bodies::Stubs);
        let key = cache_key_with(go, &files, optimise);
        // Go's linker stops after 20 errors; short of that, one probe
        // has said all it can.
        let (sources, again) = match go_build(go, cache_dir, &key, &files, optimise) {
            Ok((src, _)) => (Some(src), false),
            Err(e) => {
                let grew = learn(&e.message, unlinkable);
                (e.sources, grew && e.message.contains("too many errors"))
            }
        };
        if let Some(s) = sources {
            let _ = std::fs::remove_dir_all(s);
        }
        if !again {
            return runs;
        }
    }
}

/// Adds the wrappers Go's message says it refused; whether any was new.
fn learn(go_message: &str, unlinkable: &mut Unlinkable) -> bool {
    let mut grew = false;
    for (k, names) in super::emit::unlinkable_wrappers(go_message) {
        let set = unlinkable.entry(k).or_default();
        for n in names {
            grew |= set.insert(n);
        }
    }
    grew
}

/// `Unlinkable` as the cache keeps it: a line `K NAME` per function.
fn show_unlinkable(u: &Unlinkable) -> String {
    let mut s = String::new();
    for (k, names) in u {
        for n in names {
            s.push_str(&format!("{k} {n}\n"));
        }
    }
    s
}

/// The cache's `K NAME` lines back (a line that does not parse is
/// ignored: the build would learn it again).
fn parse_unlinkable(text: &str) -> Unlinkable {
    let mut u = Unlinkable::new();
    for line in text.lines() {
        if let Some((k, n)) = line.split_once(' ') {
            if let Ok(k) = k.parse::<usize>() {
                u.entry(k).or_default().insert(n.to_string());
            }
        }
    }
    u
}
