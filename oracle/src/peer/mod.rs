//! Go as a peer: the module's functions also compiled by Go 1.19 and run in
//! the same emulated machine as janus's code, calling it and called by it
//! through both ABIs (issue 14).
//!
//! The data flow mirrors janus's own: a module is turned into Go source
//! (`emit`), built by Go in batches with an on-disk cache (`build`),
//! read back from the executable (`goelf`: symbols and the pclntab that
//! Go's runtime unwinds with), and loaded beside janus's image.
//!
//! [`toolchain`] finds Go 1.19; everything that needs Go says clearly what
//! is missing when it is not there.

pub mod build;
pub mod check;
pub mod codesize;
pub mod emit;
pub mod goelf;
pub mod goimage;
pub mod links;
pub mod native;
pub mod pclntab;
pub mod toolchain;
