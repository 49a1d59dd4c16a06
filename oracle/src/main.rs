//! The `janus` command.

use clap::{Parser, Subcommand};
use janus_backend::RegConfig;
use janus_oracle::abi_cmd;
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "janus",
    version,
    about = "A proving ground for Go's amd64 calling conventions (ABI0 and ABIInternal)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the ABI assignment of Go function types, in the dump format of
    /// Go's compiler tests. Reads one signature per line from stdin, prints
    /// one block per line separated by `----`; exit status 2 if any line
    /// was malformed.
    Abi {
        /// Analyse this one signature instead of reading stdin.
        #[arg(long, value_name = "SIGNATURE")]
        sig: Option<String>,
        /// Print the ABI0 (stack-only) assignment instead of ABIInternal.
        #[arg(long)]
        abi0: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Abi { sig, abi0 } => {
            let config = if abi0 {
                RegConfig::ABI0
            } else {
                RegConfig::ABI_INTERNAL
            };
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let mut err = io::stderr();
            let status = match sig {
                Some(text) => abi_cmd::run_one(&text, config, &mut out, &mut err),
                None => abi_cmd::run(&mut io::stdin().lock(), "stdin", config, &mut out, &mut err),
            };
            let _ = out.flush();
            status
        }
    };
    ExitCode::from(status as u8)
}
