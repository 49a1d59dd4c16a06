//! `janus abi`: prints the ABI assignment of signatures in the dump format
//! of Go's own compiler tests (`ABIParamResultInfo.String()`).
//!
//! One signature per input line; one output block per input line, blocks
//! separated by a line `----`. A malformed line gets a located message on
//! stderr and an empty block, and makes the exit status 2.

use janus_backend::{parse_func_type, AbiLayout, RegConfig};
use std::io::{self, BufRead, Write};

/// Exit status when every line was fine.
pub const EXIT_OK: i32 = 0;
/// Exit status when any line was malformed (or input could not be read).
pub const EXIT_BAD_INPUT: i32 = 2;

/// The largest dump printed for one signature. Names grouped on one type
/// (`a, b, c T`, also in struct fields) repeat its text once per name, so a
/// short line can ask for an astronomically long dump.
pub const MAX_DUMP_BYTES: u64 = 256 << 20;

/// Computes the dump for one signature, or a message saying what is wrong
/// (with a line:column relative to `text`).
pub fn dump_signature(text: &str, config: RegConfig) -> Result<String, String> {
    dump_with(
        text,
        Options {
            config,
            explain: false,
        },
    )
}

/// What `janus abi` prints.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub config: RegConfig,
    /// After the dump, one line per value in amd64 terms (`--explain`).
    pub explain: bool,
}

impl From<RegConfig> for Options {
    fn from(config: RegConfig) -> Options {
        Options {
            config,
            explain: false,
        }
    }
}

fn dump_with(text: &str, opts: Options) -> Result<String, String> {
    let config = opts.config;
    let sig = parse_func_type(text).map_err(|e| e.to_string())?;
    let layout = AbiLayout::analyze(&sig, config).map_err(|e| format!("1:1: {e}"))?;
    let len = layout.dump_len();
    if len > MAX_DUMP_BYTES {
        return Err(format!(
            "1:1: the dump of this signature would be {len} bytes, more than the limit of {MAX_DUMP_BYTES} \
             (types shared by grouped names are printed once per name)"
        ));
    }
    if opts.explain {
        Ok(format!("{}\n{}", layout.dump(), layout.explain()))
    } else {
        Ok(layout.dump())
    }
}

/// Reads signatures from `input` (named `source` in messages), writes the
/// blocks to `out` and messages to `err`; returns the exit status.
pub fn run(
    input: &mut dyn BufRead,
    source: &str,
    opts: Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut status = EXIT_OK;
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                let _ = writeln!(err, "janus abi: {source}: cannot read input: {e}");
                return EXIT_BAD_INPUT;
            }
        }
        line_no += 1;
        if buf.ends_with(b"\n") {
            buf.pop();
        }
        if buf.ends_with(b"\r") {
            buf.pop();
        }
        let block = match std::str::from_utf8(&buf) {
            Err(e) => Err(format!(
                "1:{}: line is not valid UTF-8",
                String::from_utf8_lossy(&buf[..e.valid_up_to()])
                    .chars()
                    .count()
                    + 1
            )),
            Ok(text) if text.trim().is_empty() => {
                Err("1:1: expected a signature (`func(...) ...`), found an empty line".to_string())
            }
            Ok(text) => dump_with(text, opts),
        };
        if line_no > 1 && writeln!(out, "----").is_err() {
            return status; // stdout closed (e.g. piped into `head`): stop quietly
        }
        match block {
            Ok(dump) => {
                if writeln!(out, "{dump}").is_err() {
                    return status;
                }
            }
            Err(msg) => {
                status = EXIT_BAD_INPUT;
                // Messages are "line:col: text" relative to the line; make the
                // line number that of the input.
                let msg = relocate(&msg, line_no);
                let _ = writeln!(err, "{source}:{msg}");
            }
        }
    }
    let _ = out.flush();
    status
}

/// Turns a message located at "1:COL: ..." in a one-line text into one at
/// "LINE:COL: ...". (Signatures on stdin are single lines.)
fn relocate(msg: &str, line_no: usize) -> String {
    match msg.split_once(':') {
        Some((l, rest)) if l.parse::<usize>().is_ok() => {
            let l: usize = l.parse().unwrap_or(1);
            format!("{}:{rest}", line_no + l - 1)
        }
        _ => format!("{line_no}: {msg}"),
    }
}

/// `janus abi --sig TEXT`: one signature, possibly spanning several lines.
pub fn run_one(text: &str, opts: Options, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match dump_with(text, opts) {
        Ok(dump) => {
            let _ = writeln!(out, "{dump}");
            EXIT_OK
        }
        Err(msg) => {
            let _ = writeln!(err, "--sig:{msg}");
            EXIT_BAD_INPUT
        }
    }
}

/// Convenience for tests: runs `janus abi` over a string.
pub fn run_str(input: &str, config: RegConfig) -> (String, String, i32) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let status = run(
        &mut io::Cursor::new(input.as_bytes()),
        "stdin",
        config.into(),
        &mut out,
        &mut err,
    );
    (
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
        status,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_errors() {
        let (out, err, status) = run_str("func(int)\nfunc(bogus)\nfunc() int\n", RegConfig::ABI0);
        assert_eq!(status, EXIT_BAD_INPUT);
        assert_eq!(
            out,
            "IN 0: R{ } offset: 0 typ: int\noffsetToSpillArea: 8 spillAreaSize: 0\n----\n----\n\
             OUT 0: R{ } offset: 0 typ: int\noffsetToSpillArea: 8 spillAreaSize: 0\n"
        );
        assert!(err.starts_with("stdin:2:6: unknown type `bogus`"), "{err}");
    }

    #[test]
    fn exponential_dumps_are_refused() {
        // Each level doubles the printed size of the (zero-size) type.
        let mut t = String::from("struct {}");
        for _ in 0..60 {
            t = format!("struct {{ a, b {t} }}");
        }
        // The second one also makes the register assignment walk the shared
        // zero-size fields (memoised, or this would not finish).
        let input = format!("func({t})\nfunc(int)\nfunc(struct {{ x int; y {t} }})\n");
        let (out, err, status) = run_str(&input, RegConfig::ABI_INTERNAL);
        assert!(err.contains("stdin:3:1: the dump"), "{err}");
        assert_eq!(status, EXIT_BAD_INPUT);
        assert!(
            err.starts_with("stdin:1:1: the dump of this signature would be"),
            "{err}"
        );
        assert!(
            out.starts_with("----\nIN 0: R{ I0 } spilloffset: 0 typ: int\n"),
            "{out}"
        );
    }

    #[test]
    fn bad_utf8_and_empty_lines() {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let input: &[u8] = b"func(\xff)\n\nfunc()\r\n";
        let status = run(
            &mut io::Cursor::new(input),
            "in",
            RegConfig::ABI0.into(),
            &mut out,
            &mut err,
        );
        assert_eq!(status, EXIT_BAD_INPUT);
        let err = String::from_utf8(err).unwrap();
        assert!(err.contains("in:1:6: line is not valid UTF-8"), "{err}");
        assert!(err.contains("in:2:1: expected a signature"), "{err}");
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "----\n----\noffsetToSpillArea: 0 spillAreaSize: 0\n"
        );
    }
}
