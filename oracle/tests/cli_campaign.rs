//! `janus campaign`'s defaults, as a user meets them.

mod common;

use common::janus;

/// Without `--jobs`, a campaign uses every core (up to 16 workers), and
/// finds what one worker finds.
#[test]
fn a_campaign_uses_every_core_by_default() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(16));
    let dir = std::env::temp_dir().join(format!("janus-default-jobs-{}", std::process::id()));
    let findings = dir.to_str().unwrap();
    let plural = |n: usize| format!("{n} job{}", if n == 1 { "" } else { "s" });
    let default = janus(
        &["campaign", "--cases", "8", "--findings", findings],
        vec![],
    );
    let one = janus(
        &[
            "campaign",
            "--cases",
            "8",
            "--jobs",
            "1",
            "--findings",
            findings,
        ],
        vec![],
    );
    let _ = std::fs::remove_dir_all(&dir);
    for (run, jobs) in [(&default, cores), (&one, 1)] {
        assert_eq!(run.status, Some(0), "{}\n{}", run.stdout, run.stderr);
        let summary = run.stdout.lines().next().unwrap_or_default();
        assert!(
            summary.ends_with(&format!(" cases/s, {})", plural(jobs))),
            "{summary}"
        );
    }
    let verdicts = |out: &str| {
        out.lines()
            .filter(|l| l.starts_with("findings:") || l.starts_with("coverage"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(verdicts(&default.stdout), verdicts(&one.stdout));
}

/// `--shard K/N`: the shares of a campaign add up to it, case for case:
/// every count of the summary's runtime line (runs, stack moves,
/// collections, functions and externs by ABI, extern call sites) summed
/// over the shares is the whole campaign's, and so is the number of
/// modules.
#[test]
fn the_shares_of_a_campaign_add_up_to_it() {
    let dir = std::env::temp_dir().join(format!("janus-shards-{}", std::process::id()));
    let findings = dir.to_str().unwrap();
    // 230 cases: blocks of 100 go to shares 0, 1, 0 (the last one partly).
    let run = |shard: Option<&str>| {
        let mut args = vec!["campaign", "--cases", "230", "--findings", findings];
        if let Some(s) = shard {
            args.extend(["--shard", s]);
        }
        let out = janus(&args, vec![]);
        assert_eq!(out.status, Some(0), "{}\n{}", out.stdout, out.stderr);
        out
    };
    let counts = |out: &common::Run| -> Vec<u64> {
        let modules = out
            .stdout
            .lines()
            .next()
            .and_then(|l| l.split(", ").nth(1))
            .and_then(|w| w.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no module count in {}", out.stdout));
        let runtime = out
            .stdout
            .lines()
            .find(|l| l.starts_with("runtime: "))
            .unwrap_or_else(|| panic!("no runtime line in {}", out.stdout));
        let mut v = vec![modules];
        v.extend(
            runtime
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| !w.is_empty())
                .map(|w| w.parse::<u64>().unwrap()),
        );
        v
    };
    let whole = counts(&run(None));
    let shares = [counts(&run(Some("0/2"))), counts(&run(Some("1/2")))];
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(shares[0][0], 130, "share 0 has cases 0-99 and 200-229");
    assert_eq!(shares[1][0], 100, "share 1 has cases 100-199");
    let sum: Vec<u64> = (0..whole.len())
        .map(|k| shares[0][k] + shares[1][k])
        .collect();
    assert_eq!(sum, whole, "shares {shares:?} against the whole campaign");
}
