//! `janus run --peer go`: Go's entries in the same machine, the code-size
//! table, whose code a difference is, the standalone Go program, and the
//! usage errors. Skips with a message without Go 1.19 (fails under
//! JANUS_REQUIRE_GO=1).

mod common;

use common::janus;
use janus_oracle::peer::toolchain;

fn corpus(name: &str) -> String {
    common::repo()
        .join("corpus/modules")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn a_corpus_module_agrees_through_go_s_entries_and_prints_sizes() {
    if toolchain::for_test("a_corpus_module_agrees_through_go_s_entries").is_none() {
        return;
    }
    let r = janus(
        &["run", "--peer", "go", &corpus("call_chain_mixed.jir")],
        Vec::new(),
    );
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("with Go as a peer: 9 runs, 9 agree, 0 disagree"),
        "{}",
        r.stdout
    );
    // b's line through Go's function and wrapper and janus's two entries
    // under each of four link plans (janus's own plan has no run of
    // janus's: it is janus's own run above).
    assert!(
        r.stdout.contains(
            "ok    b(1, 2, \"zz\", 3)  through Go's main.m0_b and main.m0_b.abi0 and janus's entries under 4 link plans (14 runs)"
        ),
        "{}",
        r.stdout
    );
    // a is an abi0 function: Go has only its ABIInternal wrapper of it.
    assert!(
        r.stdout.contains(
            "ok    a(1, 1, \"abc\", 10, 5)  through Go's main.m0_a and janus's entries under 4 link plans (10 runs)"
        ),
        "{}",
        r.stdout
    );
    // a and c are abi0 functions: janus's definitions, Go's ABIInternal
    // wrappers; b, d and top have both compilers' definitions.
    for row in [
        "  top       definition",
        "  top       ABI0 wrapper",
        "  a         ABIInternal wrapper",
        "  d         definition",
    ] {
        assert!(r.stdout.contains(row), "no row {row:?}:\n{}", r.stdout);
    }
    assert!(!r.stdout.contains("  a         definition"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("geometric mean janus/Go: definitions: instructions ")
            && r.stdout.contains("(over 3); wrappers: instructions "),
        "{}",
        r.stdout
    );
}

/// Go 1.19's ADDQ miscompile (docs/peer.md, Findings), reached from janus
/// IR: janus's entries agree with the interpreter, Go's both disagree, and
/// the standalone program shows it is Go's code.
#[test]
fn a_go_miscompile_is_reported_as_go_s_with_a_standalone_program() {
    let Some(go) = toolchain::for_test("a_go_miscompile_is_reported_as_go_s") else {
        return;
    };
    let file = common::repo().join("oracle/tests/go/peer_findings/go_addq_sign_extends.jir");
    let dir = std::env::temp_dir().join(format!("janus-cli-peer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let r = janus(
        &[
            "run",
            "--peer",
            "go",
            file.to_str().unwrap(),
            "--go-program",
            dir.to_str().unwrap(),
        ],
        Vec::new(),
    );
    assert_eq!(r.status, Some(1), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("ok    viaslot(0)  ->  i64 4294902221"),
        "janus's own entries agree:\n{}",
        r.stdout
    );
    for entry in [
        "Go's ABIInternal function main.m0_viaslot: i64 -65075",
        "Go's ABI0 wrapper main.m0_viaslot.abi0: i64 -65075",
    ] {
        assert!(r.stdout.contains(entry), "{entry}:\n{}", r.stdout);
    }
    assert!(
        r.stdout.contains("whose code: Go 1.19's code is at fault")
            && r.stdout.contains("Go program:  ret i64:0xffffffffffff01cd"),
        "{}",
        r.stdout
    );
    // The program needs no janus: Go builds and runs it as it is.
    assert!(dir.join("README").exists() && dir.join("go.mod").exists());
    let bin = dir.join("prog");
    let built = std::process::Command::new(&go.go)
        .args(["build", "-o"])
        .arg(&bin)
        .arg(".")
        .current_dir(&dir)
        .env("GOFLAGS", "-mod=mod")
        .env("GOCACHE", dir.join(".gocache"))
        .env("GO111MODULE", "on")
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let out = std::process::Command::new(&bin).output().unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("ret i64:0xffffffffffff01cd"),
        "the standalone program shows Go's answer: {printed}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn peer_usage_errors() {
    let file = corpus("sum_loop.jir");
    let r = janus(&["run", "--peer", "rust", &file], Vec::new());
    assert_eq!(r.status, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("invalid value 'rust'"), "{}", r.stderr);
    let r = janus(&["run", &file, "--go-program", "/tmp/x"], Vec::new());
    assert_eq!(r.status, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("--peer"), "{}", r.stderr);
}

/// A Go function restarting after morestack in a collecting mode: an
/// argument its code no longer uses is left stale by the collection at the
/// morestack call (Go's maps leave it out, as Go's runtime does), so the
/// oracle's model does not require it to be a valid pointer at the restart
/// (it did at the first entry). A campaign finding (seed 108) before.
#[test]
fn go_restarts_leave_dead_arguments_alone() {
    if toolchain::for_test("go_restarts_leave_dead_arguments_alone").is_none() {
        return;
    }
    let file = common::repo().join("oracle/tests/go/peer_findings/go_restart_dead_argument.jir");
    let r = janus(
        &["run", "--peer", "go", "--gc", file.to_str().unwrap()],
        Vec::new(),
    );
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("with Go as a peer: 1 runs, 1 agree, 0 disagree"),
        "{}",
        r.stdout
    );
}

/// Objects a run makes through Go's code are numbered as Go allocates them:
/// Go keeps an allocation that does not escape on its stack, so a pointer
/// result into a made object names another number than the interpreter's
/// (`obj3` for `obj4`). A campaign finding (seed 40278755) before.
#[test]
fn objects_made_through_go_s_code_compare_as_one() {
    if toolchain::for_test("objects_made_through_go_s_code_compare_as_one").is_none() {
        return;
    }
    let file =
        common::repo().join("oracle/tests/go/peer_findings/go_escape_analysis_numbering.jir");
    let r = janus(&["run", "--peer", "go", file.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("with Go as a peer: 3 runs, 3 agree, 0 disagree"),
        "{}",
        r.stdout
    );
}

/// IR names that are also the emitter's own names for a module's
/// keep-alive variable and function build and run (they clashed:
/// `m0_keep redeclared`).
#[test]
fn functions_named_like_the_emitter_s_own_names_build() {
    if toolchain::for_test("functions_named_like_the_emitter_s_own_names_build").is_none() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("janus-cli-peer-keep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("keep.jir");
    std::fs::write(
        &file,
        "internal func keep(a int64) int64 {
b0:
    a = param 0, 0
    r = call internal keepabi0(a)
    ret r
}
internal func keepabi0(a int64) int64 {
b0:
    a = param 0, 0
    one = iconst.i64 1
    r = add.i64 a, one
    ret r
}
run keep(41)
",
    )
    .unwrap();
    let r = janus(&["run", "--peer", "go", file.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("with Go as a peer: 1 runs, 1 agree, 0 disagree"),
        "{}",
        r.stdout
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A module one of whose functions Go 1.19 cannot link an ABI wrapper of
/// (a NOSPLIT frame over the linker's limit): link plans bind the edges
/// that would need it to janus's callee, and the run goes on (a campaign
/// finding: "the Go executable has no f2 entry of f2").
#[test]
fn edges_to_entries_go_cannot_link_stay_janus_s() {
    if toolchain::for_test("edges_to_entries_go_cannot_link_stay_janus_s").is_none() {
        return;
    }
    let file = common::repo().join("oracle/tests/go/peer_findings/go_unlinkable_wrapper_edge.jir");
    let r = janus(&["run", "--peer", "go", file.to_str().unwrap()], Vec::new());
    assert_eq!(r.status, Some(0), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("with Go as a peer: 8 runs, 8 agree, 0 disagree"),
        "{}",
        r.stdout
    );
}

/// A difference Go 1.19's optimiser makes in the peer program that the
/// standalone program does not show (Go compiles it differently): the
/// peer program built without optimisation agrees in the machine, so
/// `whose code` names Go's optimiser instead of clearing Go's code.
#[test]
fn a_difference_only_go_s_optimiser_makes_is_named() {
    if toolchain::for_test("a_difference_only_go_s_optimiser_makes_is_named").is_none() {
        return;
    }
    let file =
        common::repo().join("oracle/tests/go/peer_findings/go_optimiser_only_in_the_machine.jir");
    let r = janus(
        &[
            "run",
            "--peer",
            "go",
            "--stack",
            "move",
            "--gc",
            file.to_str().unwrap(),
        ],
        Vec::new(),
    );
    assert_eq!(r.status, Some(1), "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("disagree")
            && r.stdout
                .contains("whose code: Go 1.19's optimiser is at fault"),
        "{}",
        r.stdout
    );
}
