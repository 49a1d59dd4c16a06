//! Ctrl-C during a campaign: the cases under way finish, the summary is
//! printed, and with nothing found the exit status is 130 (an interrupted
//! campaign is not a clean pass).

use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn an_interrupted_campaign_reports_and_exits_130() {
    let dir = std::env::temp_dir().join(format!("janus-interrupt-{}", std::process::id()));
    let child = Command::new(env!("CARGO_BIN_EXE_janus"))
        .args(["campaign", "--time", "10m", "--findings"])
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Some cases in, then Ctrl-C.
    std::thread::sleep(Duration::from_secs(3));
    // The shell's own `kill`: no procps needed.
    let kill = Command::new("sh")
        .args(["-c", &format!("kill -INT {}", child.id())])
        .status()
        .unwrap();
    assert!(kill.success());
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(130),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(
        stderr.contains("interrupted: finishing the cases under way"),
        "{stderr}"
    );
    assert!(stdout.contains("janus campaign: seed 1, "), "{stdout}");
    assert!(stdout.contains("findings: 0 "), "{stdout}");
}
