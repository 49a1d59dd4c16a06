//! Conformance with Go 1.19 itself: random signatures (and the cases under
//! corpus/regressions/) are analysed by Go's own `cmd/compile/internal/abi`,
//! through the test file `tests/go/janus_abi_test.go` compiled into Go's
//! `cmd/compile/internal/test` package with `-overlay`, and by `janus abi`;
//! every line of both dumps, ABIInternal and ABI0, must be identical.
//!
//! Needs Go 1.19 with its sources (Debian: golang-1.19-go golang-1.19-src).
//! The go binary is found through $JANUS_GO, then /usr/lib/go-1.19/bin/go,
//! then `go` on PATH. Without it the test fails, unless JANUS_SKIP_GO=1.
//! JANUS_GO_SIGS sets how many random signatures (default 600) and
//! JANUS_GO_SEED the first seed (default 1).

mod common;

use janus_oracle::gen::{seeded, sig::gen_func_type, sig::SigKnobs};
use std::path::PathBuf;
use std::process::Command;

/// The cases under corpus/regressions/ (hand-picked corners and campaign
/// findings), each as one line without its `//` comments.
fn regression_cases() -> Vec<String> {
    common::regression_files()
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let lines: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            lines.join(" ")
        })
        .collect()
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .map(|v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name}={v}: not a number"))
        })
        .unwrap_or(default)
}

fn janus_abi(input: &str, abi0: bool) -> String {
    let args: &[&str] = if abi0 { &["abi", "--abi0"] } else { &["abi"] };
    let r = common::janus(args, input.as_bytes().to_vec());
    assert_eq!(r.status, Some(0), "janus abi failed: {}", r.stderr);
    r.stdout
}

fn blocks(text: &str) -> Vec<String> {
    text.strip_suffix('\n')
        .unwrap_or(text)
        .split("\n----\n")
        .map(str::to_string)
        .collect()
}

#[test]
fn janus_abi_matches_go_1_19() {
    let Ok(toolchain) = janus_oracle::peer::toolchain::GoToolchain::find() else {
        if std::env::var("JANUS_SKIP_GO").as_deref() == Ok("1") {
            eprintln!("JANUS_SKIP_GO=1: Go 1.19 conformance test skipped");
            return;
        }
        panic!(
            "Go 1.19 not found: install golang-1.19-go and golang-1.19-src, set JANUS_GO, \
             or set JANUS_SKIP_GO=1 to skip this test knowingly"
        );
    };
    let go = toolchain.go.clone();
    let goroot = PathBuf::from(toolchain.env("GOROOT").expect("go env GOROOT"));
    let target = goroot.join("src/cmd/compile/internal/test/janus_abi_test.go");
    assert!(
        target.parent().unwrap().join("abiutils_test.go").exists(),
        "{} has no compiler test sources: install golang-1.19-src",
        goroot.display()
    );

    // The signatures: corners, then random ones with default and stress knobs.
    let count = env_u64("JANUS_GO_SIGS", 600);
    let seed = env_u64("JANUS_GO_SEED", 1);
    let mut sigs: Vec<String> = regression_cases();
    assert!(
        sigs.len() >= 10,
        "corpus/regressions/ holds the corner cases"
    );
    for i in 0..count {
        let knobs = if i % 5 == 4 {
            SigKnobs::stress()
        } else {
            SigKnobs::default()
        };
        sigs.push(gen_func_type(&mut seeded(seed.wrapping_add(i)), &knobs).go_syntax());
    }
    let input: String = sigs.iter().map(|s| format!("{s}\n")).collect();

    let dir = std::env::temp_dir().join(format!("janus-go-conformance-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let harness = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/go/janus_abi_test.go");
    let overlay = format!(
        "{{\"Replace\": {{{:?}: {:?}}}}}",
        target.to_str().unwrap(),
        harness.canonicalize().unwrap().to_str().unwrap()
    );
    std::fs::write(dir.join("overlay.json"), overlay).unwrap();
    std::fs::write(dir.join("sigs.txt"), &input).unwrap();
    let (out_internal, out_abi0) = (dir.join("internal.txt"), dir.join("abi0.txt"));
    let run = Command::new(&go)
        .args(["test", "-vet=off", "-count=1", "-overlay"])
        .arg(dir.join("overlay.json"))
        .args(["-run", "^TestJanusABIDump$", "cmd/compile/internal/test"])
        .current_dir(&dir)
        .env("JANUS_SIGS", dir.join("sigs.txt"))
        .env("JANUS_OUT_INTERNAL", &out_internal)
        .env("JANUS_OUT_ABI0", &out_abi0)
        .env("GOFLAGS", "")
        .output()
        .expect("run go test");
    assert!(
        run.status.success(),
        "go test failed:\n{}\n{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );

    let mut mismatches = Vec::new();
    for (abi0, go_out) in [(false, &out_internal), (true, &out_abi0)] {
        let go_blocks = blocks(&std::fs::read_to_string(go_out).expect("Go wrote its dump"));
        let ours = blocks(&janus_abi(&input, abi0));
        assert_eq!(
            go_blocks.len(),
            sigs.len(),
            "Go produced one block per signature"
        );
        assert_eq!(
            ours.len(),
            sigs.len(),
            "janus produced one block per signature"
        );
        for ((sig, g), j) in sigs.iter().zip(&go_blocks).zip(&ours) {
            if g != j {
                // Show only the lines that differ.
                let (gl, jl): (Vec<&str>, Vec<&str>) = (g.lines().collect(), j.lines().collect());
                let mut diff = String::new();
                for k in 0..gl.len().max(jl.len()) {
                    let (a, b) = (
                        gl.get(k).copied().unwrap_or("<none>"),
                        jl.get(k).copied().unwrap_or("<none>"),
                    );
                    if a != b {
                        diff.push_str(&format!("  Go:    {a}\n  janus: {b}\n"));
                    }
                }
                mismatches.push(format!(
                    "{} {sig}\n{diff}",
                    if abi0 { "ABI0" } else { "ABIInternal" }
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!(
        "{} signatures compared with Go 1.19 under both ABIs",
        sigs.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} of {} dumps differ from Go 1.19; first ones:\n\n{}",
        mismatches.len(),
        2 * sigs.len(),
        mismatches
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
