//! What the benchmarks share: their command line.

/// `--rounds N` from the command line (libtest's own flags, such as
/// `--bench`, come along and are ignored), or 10; a bad count ends the
/// process with status 2.
pub fn rounds(bench: &str) -> usize {
    let args: Vec<String> = std::env::args().collect();
    match args.iter().position(|a| a == "--rounds") {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n > 0 => n,
            _ => {
                eprintln!("{bench} bench: --rounds needs a positive count");
                std::process::exit(2);
            }
        },
        None => 10,
    }
}
