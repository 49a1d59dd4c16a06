//! Finding Go 1.19, and what tests do when it is not there.
//!
//! The go command is looked up as `$JANUS_GO`, then
//! `/usr/lib/go-1.19/bin/go` (Debian's golang-1.19-go), then `go` on PATH;
//! the first whose `go version` says go1.19 is used. Go is the ground
//! truth for the peer, so nothing falls back to another version.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The Go release every comparison is made against.
pub const GO_RELEASE: &str = "go1.19";

/// A Go 1.19 toolchain: its go command and `go version` line (part of the
/// build cache's key).
#[derive(Clone, Debug)]
pub struct GoToolchain {
    pub go: PathBuf,
    pub version: String,
}

impl GoToolchain {
    /// The first Go 1.19 among the candidates, or why none was found.
    pub fn find() -> Result<GoToolchain, String> {
        let candidates: Vec<PathBuf> = std::env::var_os("JANUS_GO")
            .map(PathBuf::from)
            .into_iter()
            .chain([
                PathBuf::from("/usr/lib/go-1.19/bin/go"),
                PathBuf::from("go"),
            ])
            .collect();
        let mut tried = Vec::new();
        for go in &candidates {
            match version(go) {
                Some(v) if is_go_1_19(&v) => {
                    return Ok(GoToolchain {
                        go: go.clone(),
                        version: v,
                    })
                }
                Some(v) => tried.push(format!("{}: {v}", go.display())),
                None => tried.push(format!("{}: not runnable", go.display())),
            }
        }
        Err(format!(
            "Go 1.19 not found (tried {}); install golang-1.19-go and golang-1.19-src, \
             or set JANUS_GO to a go1.19 go command",
            tried.join("; ")
        ))
    }

    /// `go env VAR`.
    pub fn env(&self, var: &str) -> Result<String, String> {
        let out = Command::new(&self.go)
            .args(["env", var])
            .output()
            .map_err(|e| format!("{} env {var}: {e}", self.go.display()))?;
        if !out.status.success() {
            return Err(format!(
                "{} env {var}: {}",
                self.go.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }
}

/// `go1.19` or `go1.19.N`, not `go1.190`.
fn is_go_1_19(version_line: &str) -> bool {
    version_line.split_whitespace().any(|w| {
        w.strip_prefix(GO_RELEASE)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    })
}

fn version(go: &Path) -> Option<String> {
    let out = Command::new(go).arg("version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// For tests that need Go: the toolchain, or `None` after printing why the
/// test is skipped. With `JANUS_REQUIRE_GO=1` (CI sets it, since CI
/// installs Go) a missing Go is a failure instead of a skip.
pub fn for_test(test: &str) -> Option<GoToolchain> {
    match GoToolchain::find() {
        Ok(t) => Some(t),
        Err(why) if std::env::var("JANUS_REQUIRE_GO").as_deref() == Ok("1") => {
            panic!("{test}: JANUS_REQUIRE_GO=1 but {why}")
        }
        Err(why) => {
            eprintln!("{test}: skipped, {why}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_go_1_19;

    #[test]
    fn only_go_1_19_releases_count() {
        assert!(is_go_1_19("go version go1.19.8 linux/amd64"));
        assert!(is_go_1_19("go version go1.19 linux/amd64"));
        assert!(!is_go_1_19("go version go1.190 linux/amd64"));
        assert!(!is_go_1_19("go version go1.21.0 linux/amd64"));
    }
}
