//! Target instruction sets. janus targets amd64 only; the split mirrors
//! Cranelift's so that machine code stays apart from the IR above it.

pub mod x64;
