//! What compiling a module produces: for every function, its two entries
//! (the definition, and the wrapper for the other ABI), each as machine
//! code with the relocations its calls need.

use crate::abi::Abi;
use crate::isa::x64::Code;
use crate::types::FuncType;

/// One entry point of a function.
#[derive(Clone, Debug)]
pub struct CompiledEntry {
    /// `NAME` for the ABIInternal entry, `NAME.abi0` for the ABI0 entry.
    pub symbol: String,
    pub abi: Abi,
    /// A wrapper (true) or the function's definition (false).
    pub wrapper: bool,
    pub code: Code,
    /// Bytes the entry's prologue subtracts from RSP, not counting the
    /// return address and the saved RBP.
    pub frame_size: u32,
}

/// A compiled function: its definition entry and its wrapper.
#[derive(Clone, Debug)]
pub struct CompiledFunction {
    pub name: String,
    /// The definition ABI.
    pub abi: Abi,
    pub sig: FuncType,
    pub entries: Vec<CompiledEntry>,
}
