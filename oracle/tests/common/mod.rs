//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a run of the `janus` binary produced.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: Option<i32>,
    pub took: Duration,
}

/// Runs `janus ARGS` with `input` on stdin (written from another thread,
/// so a large input cannot deadlock against a large output).
pub fn janus(args: &[&str], input: Vec<u8>) -> Run {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_janus"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start janus");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for janus");
    writer.join().unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code(),
        took: start.elapsed(),
    }
}

/// The repository's top directory.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The `*.sig` files under corpus/regressions/, sorted.
pub fn regression_files() -> Vec<PathBuf> {
    let dir = repo().join("corpus/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sig"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no cases in {}", dir.display());
    files
}

/// Corpus modules whose Go peer does not agree yet, and why (peer_corpus
/// requires each still to differ; peer_links leaves them out).
#[allow(dead_code)]
pub const PEER_KNOWN_DIFFERENCES: &[(&str, &str)] = &[];

/// How an entry run differs from the interpreter's (`want`: its outcome,
/// and the input objects afterwards when it returned), as
/// `oracle/tests/peer_corpus.rs` compares them: results, panics, the input
/// objects afterwards, then every violation the run reported (promises,
/// canaries, runtime findings).
pub fn interpreter_differences(
    want: &janus_oracle::exec::EntryOutcome,
    want_objects: &[janus_oracle::inputs::ObjectInit],
    got: &janus_oracle::exec::EntryRun,
) -> Vec<String> {
    use janus_oracle::exec::{compare_objects, EntryOutcome};
    let mut d = Vec::new();
    // Objects the run made are paired, not numbered (janus_oracle::made).
    let mut made = janus_oracle::made::MadeObjects::new(want_objects.len());
    match (want, &got.outcome) {
        (EntryOutcome::Returned(a), EntryOutcome::Returned(b)) => {
            if a.len() != b.len() || a.iter().zip(b).any(|(x, y)| !made.same_leaf(x, y)) {
                d.push(format!("results {b:?}, interpreter {a:?}"));
            }
            d.extend(compare_objects(want_objects, got, &mut made));
        }
        (a, b) if a == b => {}
        (a, b) => d.push(format!("outcome {b:?}, interpreter {a:?}")),
    }
    d.extend(got.violations.iter().cloned());
    d
}
