//! How a run ends, and what an extern handler asks the machine to do.

use std::fmt;

/// A CPU fault: the instruction at `pc` could not complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FaultKind {
    /// A data read from an address nothing is mapped at.
    UnmappedRead,
    /// A data write to an address nothing is mapped at (a stack overflow
    /// into the guard pages lands here).
    UnmappedWrite,
    /// A read from memory mapped without read permission.
    ProtectedRead,
    /// A write to memory mapped without write permission (e.g. code).
    ProtectedWrite,
    /// An undefined opcode other than `ud2`.
    InvalidInstruction,
    /// `#DE`: division by zero or a quotient that does not fit.
    DivideError,
    /// `#GP`: e.g. a non-canonical address or a misaligned SSE operand.
    GeneralProtection,
    /// Any other CPU exception or software interrupt, by vector.
    Exception(u32),
}

/// An instruction that stops the program on purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TrapKind {
    /// `ud2` (0F 0B): what Go emits for unreachable code.
    Ud2,
    /// `int3`.
    Int3,
    /// `syscall` or `sysenter`: generated code never makes system calls.
    Syscall,
    /// `hlt` anywhere but the return trap.
    Hlt,
}

/// How [`Machine::call`](super::Machine::call) ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The function returned to the return trap.
    Returned,
    /// The instruction at `pc` faulted; `address` is the data address for
    /// memory faults.
    Fault {
        kind: FaultKind,
        pc: u64,
        address: Option<u64>,
    },
    /// The instruction at `pc` would have exceeded the instruction budget.
    BudgetExhausted { pc: u64 },
    /// Control went to `to`, which is not in any code range (image code
    /// sections, registered extern stubs, the return trap). `from_pc` is the
    /// last instruction executed, `None` when the entry itself was bad.
    JumpOutsideCode { from_pc: Option<u64>, to: u64 },
    /// A trapping instruction at `pc`.
    Trap { kind: TrapKind, pc: u64 },
    /// Stopped by an extern handler ([`HookAction::Abort`], an error or a
    /// panic in the handler), or by a setup failure; `reason` says which.
    Aborted { reason: String },
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Returned => write!(f, "returned"),
            Outcome::Fault {
                kind,
                pc,
                address: Some(a),
            } => write!(f, "fault {kind:?} at pc {pc:#x}, address {a:#x}"),
            Outcome::Fault {
                kind,
                pc,
                address: None,
            } => write!(f, "fault {kind:?} at pc {pc:#x}"),
            Outcome::BudgetExhausted { pc } => {
                write!(f, "instruction budget exhausted at pc {pc:#x}")
            }
            Outcome::JumpOutsideCode {
                from_pc: Some(from),
                to,
            } => write!(f, "jump from {from:#x} to {to:#x}, outside the code"),
            Outcome::JumpOutsideCode { from_pc: None, to } => {
                write!(f, "entry {to:#x} is outside the code")
            }
            Outcome::Trap { kind, pc } => write!(f, "trap {kind:?} at pc {pc:#x}"),
            Outcome::Aborted { reason } => write!(f, "aborted: {reason}"),
        }
    }
}

/// What an extern handler asks for once it is done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HookAction {
    /// Return to the caller: the stub executes `ret`, popping `[RSP]`.
    Return,
    /// Stop the run with [`Outcome::Aborted`] and this reason.
    Abort(String),
}
