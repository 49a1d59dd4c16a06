//! Size: a module of 100,000 blocks in one function builds within a fixed
//! address-space limit. Parsing, verifying and compiling are meant to be
//! close to linear in the module's size; a quadratic part (liveness as a
//! bitset of every register per block, as it once was: gigabytes at this
//! size) runs out of memory here instead of slowing down unnoticed. Times
//! are measured by `cargo bench --bench compile` (its "scale" section), not
//! asserted.

use janus_oracle::gen::scale::scale_module;
use std::os::unix::process::CommandExt;
use std::process::Command;

/// Address space the build may use (the binary and its libraries included).
const LIMIT: u64 = 512 << 20;

#[test]
fn a_hundred_thousand_blocks_build_in_bounded_memory() {
    let dir = std::env::temp_dir().join(format!("janus-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("big.jir");
    let obj = dir.join("big.o");
    std::fs::write(&src, scale_module(100_000, 1)).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_janus"));
    cmd.arg("build").arg(&src).arg("-o").arg(&obj);
    // SAFETY: setrlimit is async-signal-safe; the closure touches nothing else.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: LIMIT,
                rlim_max: LIMIT,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("run janus build");
    assert!(
        out.status.success(),
        "janus build of 100,000 blocks under {} MiB: {:?}\n{}",
        LIMIT >> 20,
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let elf = std::fs::read(&obj).unwrap();
    assert_eq!(&elf[..4], b"\x7fELF");
    // The big function's code is all there: about 4 bytes per block at least.
    let nm = Command::new("nm").arg("-S").arg(&obj).output().expect("nm");
    let symbols = String::from_utf8_lossy(&nm.stdout);
    let size = symbols
        .lines()
        .find(|l| l.ends_with(" f0"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| u64::from_str_radix(s, 16).ok())
        .unwrap_or_else(|| panic!("no f0 in\n{symbols}"));
    assert!(size > 400_000, "f0 is {size} bytes");
    std::fs::remove_dir_all(&dir).ok();
}
