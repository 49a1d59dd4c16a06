//! The oracle's checks. Each compares something the backend produced with
//! what the oracle derives on its own, and describes any disagreement.

pub mod abi;
pub mod encoder;
