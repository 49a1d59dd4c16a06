//! Go's entries under the collecting runtime modes (`janus run --peer go
//! --gc`, with and without `--stack move`): reduced campaign findings where
//! a Go copy of a pointer to a moving object was left stale by the
//! oracle's collector (docs/peer.md, "Go in the machine"). Each module must
//! agree through Go's entries in both collecting modes. Skips with a
//! message without Go 1.19 (fails under JANUS_REQUIRE_GO=1).

mod common;

use common::janus;
use janus_oracle::peer::toolchain;

/// Runs `janus run --peer go --gc [--stack move]` on a finding and expects
/// every run line to agree (`runs` of them).
fn agrees_in_collecting_modes(test: &str, file: &str, runs: usize) {
    if toolchain::for_test(test).is_none() {
        return;
    }
    let file = common::repo()
        .join("oracle/tests/go/peer_findings")
        .join(file);
    let file = file.to_str().unwrap();
    for mode in [&["--gc"][..], &["--gc", "--stack", "move"][..]] {
        let mut args = vec!["run", "--peer", "go"];
        args.extend_from_slice(mode);
        args.push(file);
        let r = janus(&args, Vec::new());
        assert_eq!(r.status, Some(0), "{mode:?}:\n{}{}", r.stdout, r.stderr);
        let want = format!("with Go as a peer: {runs} runs, {runs} agree, 0 disagree");
        assert!(r.stdout.contains(&want), "{mode:?}:\n{}", r.stdout);
    }
}

/// Seeds 91 and 20: an object Go allocated holds itself in an interface's
/// type word, which Go's gcdata does not count; the collector must find it
/// from Go's type descriptor.
#[test]
fn type_words_of_objects_go_allocates_are_updated() {
    agrees_in_collecting_modes(
        "type_words_of_objects_go_allocates_are_updated",
        "go_heap_type_word.jir",
        1,
    );
}

/// corpus/modules/iface_nonnil_values.jir runs 9 and 10, reduced: Go's
/// code keeps a copy of a pointer as an integer across calls (flagalloc's
/// split of a CMPQload), which only a collector that never moves objects
/// while Go's code runs leaves right.
#[test]
fn go_code_s_integer_copies_of_pointers_stay_right() {
    agrees_in_collecting_modes(
        "go_code_s_integer_copies_of_pointers_stay_right",
        "go_pointer_kept_as_integer.jir",
        1,
    );
}
