//! Where unicorn puts the host code it translates.
//!
//! QEMU's x86-64 backend calls its helpers (every guest load and store has a
//! slow path that calls one) with a direct `call rel32` when the helper lies
//! within 2 GiB of the translated code, and otherwise through a constant
//! pool entry. Inserting into that pool is quadratic in a block's calls
//! (`new_pool_insert` keeps it sorted with a linear `memcmp` scan), and our
//! blocks are long runs of loads and stores: with the buffer where a plain
//! `mmap` puts it, far above the PIE binary that holds the helpers, pool
//! insertion alone was 9% of a campaign.
//!
//! unicorn allocates the buffer with one anonymous read-write-execute
//! `mmap64(NULL, ...)` per engine, and offers no way to say where. So this
//! module defines `mmap64` for the executable: that one kind of request
//! gets an address hint just below this binary's code, so that the whole
//! buffer is within direct-call range of the helpers. Every other request,
//! and a request whose hint is taken, goes to the kernel unchanged. Nothing
//! but speed depends on the hint being honoured.

use std::ffi::c_void;

/// The size each engine's translation buffer is limited to (unicorn's
/// default is 1 GiB). A module's translated code is a few hundred KiB and
/// the cache is flushed at every module; a full buffer only causes a flush.
pub const CODE_BUFFER_SIZE: u32 = 64 << 20;

/// How many buffers fit below the binary within call range; a further
/// engine gets its buffer wherever the kernel puts it. Slots are found free
/// or taken by asking the kernel, so an engine's slot is reused once the
/// engine is closed.
const SLOTS: usize = 16;

/// Limits a new engine's translation buffer to [`CODE_BUFFER_SIZE`]; must
/// be called before anything initialises the engine.
pub fn limit_code_buffer(uc: *mut c_void) -> Result<(), u32> {
    extern "C" {
        fn uc_ctl(uc: *mut c_void, control: u32, ...) -> u32;
    }
    // UC_CTL_WRITE(UC_CTL_TCG_BUFFER_SIZE, 1): type 13, one argument, write.
    const SET_TCG_BUFFER_SIZE: u32 = 13 | (1 << 26) | (1 << 30);
    // SAFETY: `uc` is a live engine; the control takes one uint32_t.
    match unsafe { uc_ctl(uc, SET_TCG_BUFFER_SIZE, CODE_BUFFER_SIZE) } {
        0 => Ok(()),
        e => Err(e),
    }
}

/// A hint for slot `i`: slots stack downwards from 256 MiB below the
/// 256 MiB boundary under this function, so the farthest byte of the
/// lowest slot is at most 256 + 256 + 16 × 64 MiB = 1.5 GiB from here, and
/// the binary's code (a few MiB) stays within the 2 GiB of a `call rel32`.
fn hint(i: usize) -> Option<usize> {
    let here = hint as fn(usize) -> Option<usize> as usize;
    let top = (here & !0xfff_ffff).checked_sub(256 << 20)?;
    top.checked_sub((i + 1) * CODE_BUFFER_SIZE as usize)
        .filter(|&a| a != 0)
}

fn raw_mmap(
    addr: *mut c_void,
    len: usize,
    prot: i32,
    flags: i32,
    fd: i32,
    off: i64,
) -> *mut c_void {
    // SAFETY: the mmap system call with the caller's own arguments.
    unsafe { libc::syscall(libc::SYS_mmap, addr, len, prot, flags, fd, off) as *mut c_void }
}

/// The `mmap64` this executable's code (unicorn's included) links against.
///
/// # Safety
/// As `mmap(2)`.
#[no_mangle]
pub unsafe extern "C" fn mmap64(
    addr: *mut c_void,
    len: usize,
    prot: i32,
    flags: i32,
    fd: i32,
    off: i64,
) -> *mut c_void {
    let code_buffer = addr.is_null()
        && prot & libc::PROT_EXEC != 0
        && flags & libc::MAP_ANONYMOUS != 0
        && len <= CODE_BUFFER_SIZE as usize;
    if code_buffer {
        for want in (0..SLOTS).filter_map(hint) {
            let got = raw_mmap(want as *mut c_void, len, prot, flags, fd, off);
            if got as usize == want {
                return got;
            }
            if got != libc::MAP_FAILED {
                // SAFETY: the mapping was made just above and is unused.
                unsafe { libc::syscall(libc::SYS_munmap, got, len) };
            }
        }
    }
    raw_mmap(addr, len, prot, flags, fd, off)
}
