//! What compiling a module produces: for every function, its two entries
//! (the definition, and the wrapper for the other ABI), each as machine
//! code with the relocations its calls need.

use crate::abi::Abi;
use crate::ir::{verify_module, Module};
use crate::isa::x64::codegen::{layout_frame, Emitter};
use crate::isa::x64::vcode::{allocatable, entry_symbol, lower};
use crate::isa::x64::wrapper::wrapper;
use crate::isa::x64::Code;
use crate::regalloc::allocate;
use crate::types::FuncType;
use std::fmt;

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

/// Why a module could not be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub function: String,
    pub message: String,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.function.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "function {}: {}", self.function, self.message)
        }
    }
}

impl std::error::Error for CompileError {}

/// Verifies and compiles every function of `m`, with its wrapper.
pub fn compile_module(m: &Module) -> Result<Vec<CompiledFunction>, CompileError> {
    verify_module(m).map_err(|e| CompileError {
        function: e.function.clone(),
        message: e.to_string(),
    })?;
    let mut out = Vec::with_capacity(m.functions.len());
    for f in &m.functions {
        let err = |message: String| CompileError {
            function: f.name.clone(),
            message,
        };
        let vcode = lower(m, f).map_err(|e| err(e.0))?;
        let alloc = allocate(&vcode, allocatable());
        let frame = layout_frame(&vcode, &f.slots, &alloc);
        let mut em = Emitter::new(&vcode, &alloc, &frame);
        em.emit_function(f).map_err(|e| err(e.to_string()))?;
        let code = em.finish().map_err(|e| err(e.to_string()))?;
        let (wcode, wframe) =
            wrapper(&f.name, &f.sig, f.abi).map_err(|e| err(format!("wrapper: {e}")))?;
        let other = match f.abi {
            Abi::Internal => Abi::Abi0,
            Abi::Abi0 => Abi::Internal,
        };
        out.push(CompiledFunction {
            name: f.name.clone(),
            abi: f.abi,
            sig: f.sig.clone(),
            entries: vec![
                CompiledEntry {
                    symbol: entry_symbol(&f.name, f.abi),
                    abi: f.abi,
                    wrapper: false,
                    code,
                    frame_size: frame.size,
                },
                CompiledEntry {
                    symbol: entry_symbol(&f.name, other),
                    abi: other,
                    wrapper: true,
                    code: wcode,
                    frame_size: wframe.size,
                },
            ],
        });
    }
    Ok(out)
}
