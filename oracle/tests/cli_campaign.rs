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
