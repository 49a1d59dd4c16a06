#!/bin/bash -eu
# Builds every fuzz target of fuzz/Cargo.toml into $OUT, with
# $OUT/<target>_seed_corpus.zip from corpus/fuzz/<target>/ (OSS-Fuzz's
# convention). ClusterFuzzLite runs it as $SRC/build.sh in the image of
# .clusterfuzzlite/Dockerfile; it also runs outside Docker:
#
#     OUT=/tmp/cfl-out .clusterfuzzlite/build.sh
#
# ($SANITIZER defaults to none there; needs nightly Rust, cargo-fuzz, zip
# or python3.)
#
# $SANITIZER, as OSS-Fuzz sets it:
#   address   ASan on the Rust code. unicorn's C (QEMU) is built without
#             it: the cc crate would instrument it, and two of its tables
#             (fcomi_ccval, comis_eflags: equal constants merged into one
#             address) then abort every target at start-up with a false
#             ODR violation. The only sanitizer ClusterFuzzLite offers for
#             Rust.
#   none      no sanitizer, the build .ci/run uses (the targets are safe
#             Rust; the emulator's per-instruction hook is faster without).
#   coverage  the image's cargo wrapper turns `cargo fuzz build` into a
#             -Cinstrument-coverage build for coverage reports.
#   undefined built as none: rustc has no UBSan (overflow checks come from
#             --debug-assertions in every build).
#   memory, thread and others are refused: MSan needs every C library
#             instrumented, unicorn included; neither is offered for Rust.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -f "$here/../fuzz/Cargo.toml" ]; then
  repo=$(cd "$here/.." && pwd)            # .clusterfuzzlite/build.sh
elif [ -f "${SRC:-/src}/janus/fuzz/Cargo.toml" ]; then
  repo=${SRC:-/src}/janus                 # $SRC/build.sh in the image
else
  repo=$PWD
fi

case "${SANITIZER:-none}" in
  address) sanitizer=address ;;
  none | coverage | undefined) sanitizer=none ;;
  *)
    echo "build.sh: SANITIZER=$SANITIZER is not supported (address, none, coverage, undefined)" >&2
    exit 1
    ;;
esac
: "${OUT:?set OUT to the directory for the fuzzer binaries}"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# The sanitizer is cargo-fuzz's --sanitizer alone: drop the one the image
# puts in RUSTFLAGS, and keep sanitizers and coverage out of the C code.
# (Variables that are not set stay unset: .ci/run's build is then exactly
# `cargo fuzz build --sanitizer none`.)
strip_flags() {
  local name=$1 kept=() w
  [ -n "${!name+x}" ] || return 0
  local -; set -f
  for w in ${!name}; do
    case $w in
      -Zsanitizer=* | -Csanitizer=* | -fsanitize* | -fprofile-instr-generate | -fcoverage-mapping) ;;
      *) kept+=("$w") ;;
    esac
  done
  export "$name=${kept[*]:-}"
}
strip_flags RUSTFLAGS
strip_flags CFLAGS
strip_flags CXXFLAGS
if [ "$sanitizer" = address ]; then
  # The cc crate adds -fsanitize=address to C code when rustc has ASan.
  export CFLAGS="${CFLAGS:-} -fno-sanitize=address"
  export CXXFLAGS="${CXXFLAGS:-} -fno-sanitize=address"
fi
# cargo-fuzz needs nightly; the image's default toolchain is nightly. Not
# `cargo +nightly`: the image's cargo wrapper looks for `fuzz` as the first
# argument.
case "$(rustc --version)" in *nightly*) ;; *) export RUSTUP_TOOLCHAIN=nightly ;; esac

cd "$repo"
targets=$(awk '/^\[\[bin\]\]/ { bin = 1; next } /^\[/ { bin = 0 }
  bin && $1 == "name" { gsub(/"/, "", $3); print $3 }' fuzz/Cargo.toml)
[ -n "$targets" ] || { echo "build.sh: no [[bin]] in fuzz/Cargo.toml" >&2; exit 1; }

(cd fuzz && cargo fuzz build -O --debug-assertions --sanitizer "$sanitizer")

bin_dir="${CARGO_TARGET_DIR:-$repo/fuzz/target}/x86_64-unknown-linux-gnu/release"
for t in $targets; do
  cp "$bin_dir/$t" "$OUT/"
  if [ -d "corpus/fuzz/$t" ]; then
    zip_file="$OUT/${t}_seed_corpus.zip"
    rm -f "$zip_file"
    if command -v zip >/dev/null 2>&1; then
      zip -q -j -r "$zip_file" "corpus/fuzz/$t"
    elif command -v python3 >/dev/null 2>&1; then
      python3 -m zipfile -c "$zip_file" "corpus/fuzz/$t"/*
    else
      echo "build.sh: no zip or python3: $zip_file not written" >&2
    fi
  fi
done
echo "build.sh: $(echo $targets) in $OUT (SANITIZER=${SANITIZER:-none}, cargo fuzz --sanitizer $sanitizer)"
