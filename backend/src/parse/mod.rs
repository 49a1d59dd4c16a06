//! Parsing Go function types and types from text.
//!
//! The accepted syntax is Go's (see the README for the exact subset), with
//! one extension: a parameter list may mix named and unnamed parameters, as
//! in `func(int8, p *[]string)`. Errors carry a line and column and say what
//! was expected; nesting is bounded, so no input can overflow the stack.

pub(crate) mod lexer;
pub(crate) mod types;

pub use lexer::Pos;
pub use types::{parse_func_type, parse_type, MAX_NESTING};

use std::fmt;

/// A located parse error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub pos: Pos,
    pub message: String,
}

impl ParseError {
    /// The same error, with its line counted from `first_line` instead of 1
    /// (for text that is one line of a larger input).
    pub fn at_line(mut self, first_line: usize) -> ParseError {
        self.pos.line += first_line - 1;
        self
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pos, self.message)
    }
}

impl std::error::Error for ParseError {}
