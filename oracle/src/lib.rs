//! janus-oracle: checks the janus backend against an independent model of
//! Go's amd64 ABIs, a reference interpreter and execution under an
//! emulator with a Go-like runtime, and provides the `janus` command.
//!
//! # What the oracle takes from the backend, and why
//!
//! The oracle must not share the logic it checks, so it takes from
//! `janus-backend` only what describes the input, the entry point of what
//! is checked, and the checked thing's own output:
//!
//! - Go types and their parser (`types`, `parse_func_type`): the *structure*
//!   of a type (kinds, elements, fields), which every side reads the same
//!   way. The sizes, alignments and offsets that decide where an argument
//!   goes are computed by [`model`] itself.
//! - The IR's data types, its parser and its definitions (`ir`): the module
//!   the interpreter runs and the generators build, and what the IR means
//!   by a value's leaves (`ir::leaves`: the components `param i, k` names),
//!   which the interpreter and the inputs must read as the IR defines them;
//!   `Abi` names which convention an entry uses, and [`model::ModelAbi`]
//!   decides what that convention is.
//! - The compile entry point and the object writer (`compile`, `object`):
//!   what is checked. The object's metadata (entries, safepoints, stack
//!   maps) is read with the format's reader, then validated against the
//!   code (the metadata is the backend's claim; the runtime checks it at
//!   run time).
//! - The backend's ABI assignment (`AbiLayout`, `RegConfig`) only where it
//!   is itself under test or on show: [`check::abi`] compares it with the
//!   model, `janus abi` prints it, and the campaign's coverage line counts
//!   what it did.
//!
//! No ABI fact reaches the checking code from the backend: register counts,
//! names and order, stack and spill offsets, and where each argument and
//! result lives are the model's ([`model`], [`model::ModelAbi`]).

pub mod abi_cmd;
pub mod campaign;
pub mod check;
pub mod exec;
pub mod externs;
pub mod gen;
pub mod inputs;
pub mod interp;
pub mod listing;
pub mod machine;
pub mod made;
pub mod model;
pub mod peer;
pub mod run;
pub mod runtime;
pub mod schedule;
pub mod stacks;
