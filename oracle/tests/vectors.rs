//! Every case of Go's own ABI tests (shared/vectors/go-abiutils.txt, with a
//! copy in corpus/abi/) through the `janus abi` binary.

mod common;

use std::path::PathBuf;

struct Case {
    line: usize,
    sig: String,
    expected: Vec<String>,
}

fn read_cases(path: &PathBuf) -> Vec<Case> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut cases = Vec::new();
    let mut current: Option<Case> = None;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(sig) = line.strip_prefix("sig: ") {
            assert!(
                current.is_none(),
                "{}:{}: case not closed by ----",
                path.display(),
                i + 1
            );
            current = Some(Case {
                line: i + 1,
                sig: sig.to_string(),
                expected: Vec::new(),
            });
        } else if line == "----" {
            cases.push(current.take().expect("---- without a case"));
        } else {
            current
                .as_mut()
                .expect("dump line outside a case")
                .expected
                .push(line.to_string());
        }
    }
    assert!(
        current.is_none(),
        "{}: last case not closed",
        path.display()
    );
    cases
}

fn vector_files() -> Vec<PathBuf> {
    let root = common::repo();
    let mut files = vec![root.join("corpus/abi/go-abiutils.txt")];
    // The team's shared copy, beside the checkout, when present.
    let shared = root.join("../shared/vectors/go-abiutils.txt");
    if shared.exists() {
        files.push(shared);
    }
    files
}

fn janus_abi(input: &str, args: &[&str]) -> (String, String, Option<i32>) {
    let mut all = vec!["abi"];
    all.extend_from_slice(args);
    let r = common::janus(&all, input.as_bytes().to_vec());
    (r.stdout, r.stderr, r.status)
}

/// The part of a dump line that the vectors fix exactly: the type text in
/// the vectors is Go's rewritten by hand, so compare it separately.
fn before_typ(line: &str) -> &str {
    line.split(" typ: ").next().unwrap()
}

#[test]
fn go_abiutils_vectors() {
    for file in vector_files() {
        let cases = read_cases(&file);
        assert!(
            cases.len() >= 8,
            "{}: only {} cases",
            file.display(),
            cases.len()
        );
        let input: String = cases.iter().map(|c| format!("{}\n", c.sig)).collect();
        let (out, err, status) = janus_abi(&input, &[]);
        assert_eq!(status, Some(0), "stderr: {err}");
        let blocks: Vec<&str> = out.strip_suffix('\n').unwrap().split("\n----\n").collect();
        assert_eq!(blocks.len(), cases.len());
        let mut failures = Vec::new();
        for (case, block) in cases.iter().zip(&blocks) {
            let got: Vec<&str> = block.lines().collect();
            let exp: Vec<&str> = case.expected.iter().map(String::as_str).collect();
            let same = got.len() == exp.len()
                && got
                    .iter()
                    .zip(&exp)
                    .all(|(g, e)| before_typ(g) == before_typ(e));
            // The type text must match too, wherever the vectors spell it
            // as Go prints it (they do for all but hand-rewritten interfaces).
            let same_types = got
                .iter()
                .zip(&exp)
                .all(|(g, e)| g.split(" typ: ").nth(1) == e.split(" typ: ").nth(1));
            if !same || !same_types {
                failures.push(format!(
                    "{}:{}: {}\nexpected:\n{}\ngot:\n{}",
                    file.display(),
                    case.line,
                    case.sig,
                    exp.join("\n"),
                    got.join("\n")
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }
}

#[test]
fn abi0_of_the_vectors_is_all_stack() {
    let cases = read_cases(&vector_files()[0]);
    let input: String = cases.iter().map(|c| format!("{}\n", c.sig)).collect();
    let (out, _, status) = janus_abi(&input, &["--abi0"]);
    assert_eq!(status, Some(0));
    assert!(!out.contains("spilloffset"), "{out}");
    assert!(out
        .lines()
        .filter(|l| l.starts_with("offsetToSpillArea"))
        .all(|l| l.ends_with("spillAreaSize: 0")));
}
