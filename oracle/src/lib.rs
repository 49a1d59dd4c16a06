//! janus-oracle: checks the janus backend against an independent model of
//! Go's amd64 ABIs (and, later, against execution under an emulator), and
//! provides the `janus` command.

pub mod abi_cmd;
pub mod campaign;
pub mod check;
pub mod exec;
pub mod gen;
pub mod inputs;
pub mod interp;
pub mod listing;
pub mod machine;
pub mod model;
pub mod run;
pub mod runtime;
pub mod schedule;
