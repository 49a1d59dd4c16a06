//! janus-backend: a compiler backend for Go's two amd64 calling conventions,
//! the stack-based ABI0 and the register-based ABIInternal.
//!
//! Data flow: signature text → [`parse`] → [`types`] (layout) → [`abi`]
//! (the assignment of every parameter and result under one convention).

pub mod abi;
pub mod cache;
pub mod compile;
#[cfg(feature = "inject")]
pub mod inject;
pub mod ir;
pub mod isa;
pub mod object;
pub mod opt;
pub mod parse;
pub mod regalloc;
pub mod types;

pub use abi::{
    Abi, AbiError, AbiLayout, Location, ParamAssignment, Piece, PieceClass, Reg, RegConfig,
};
pub use parse::{parse_func_type, parse_type, ParseError};
pub use types::{
    Basic, ChanDir, Field, FuncType, Interface, Kind, LayoutError, Method, Param, Type,
};
