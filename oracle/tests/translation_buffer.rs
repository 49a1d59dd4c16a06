//! unicorn's translation buffer lands within `call rel32` range of its
//! helpers (see `machine::codebuf`).
//!
//! A test binary of its own, with a single test: adjacent engines'
//! buffers have the same protection and the kernel merges them into one
//! line of /proc/self/maps, so with other tests creating engines on other
//! threads a line could hold two buffers and look too big.

use janus_oracle::machine::{Machine, MachineConfig, CODE_BUFFER_SIZE};

/// The read-write-execute mappings of this process, from /proc/self/maps.
fn rwx_mappings() -> Vec<(usize, usize)> {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    maps.lines()
        .filter(|l| {
            l.split_whitespace()
                .nth(1)
                .is_some_and(|p| p.starts_with("rwx"))
        })
        .map(|l| {
            let range = l.split_whitespace().next().unwrap();
            let (lo, hi) = range.split_once('-').unwrap();
            (
                usize::from_str_radix(lo, 16).unwrap(),
                usize::from_str_radix(hi, 16).unwrap(),
            )
        })
        .collect()
}

#[test]
fn translation_buffer_is_within_call_range_of_the_helpers() {
    extern "C" {
        // One of the helpers translated code calls on a slow-path load.
        fn helper_le_ldq_mmu_x86_64();
    }
    let helper = helper_le_ldq_mmu_x86_64 as unsafe extern "C" fn() as usize;
    let before = rwx_mappings();
    let _m = Machine::new(MachineConfig::default()).unwrap();
    let new: Vec<_> = rwx_mappings()
        .into_iter()
        .filter(|m| !before.contains(m))
        .collect();
    assert_eq!(
        new.len(),
        1,
        "expected one new translation buffer: {new:x?}"
    );
    let (lo, hi) = new[0];
    assert!(
        hi - lo <= CODE_BUFFER_SIZE as usize,
        "{lo:#x}-{hi:#x} is larger than the limit of {CODE_BUFFER_SIZE:#x}"
    );
    let far = hi.abs_diff(helper).max(lo.abs_diff(helper));
    assert!(
        far < 1 << 31,
        "buffer {lo:#x}-{hi:#x} is {far:#x} bytes from the helper at {helper:#x}"
    );
}
