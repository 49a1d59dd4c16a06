//! A lexer for the Go type syntax janus reads: identifiers, keywords,
//! integer and string literals, punctuation, `//` and `/* */` comments, and
//! Go's automatic semicolon insertion at newlines.
//!
//! Tokens carry byte offsets; [`Pos`] converts one to a line and column only
//! when an error is reported, so lexing stays linear on very long input.

use std::fmt;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident,
    Int,
    Str,
    Func,
    Struct,
    Interface,
    Map,
    Chan,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    /// `;`, written or inserted at a newline.
    Semi,
    Star,
    Dot,
    Ellipsis,
    /// `<-`
    Arrow,
    Minus,
    /// `=`, `:` and `&`: used by the IR's text form.
    Assign,
    Colon,
    Amp,
    /// Any other character: reported by the parser where it is met.
    Bad,
    Eof,
}

/// A token and where it is in the source (byte offsets).
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
    /// A `;` inserted at a newline rather than written.
    pub implicit: bool,
}

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    /// The position of byte offset `at` in `src`.
    pub fn of(src: &str, at: usize) -> Pos {
        let mut at = at.min(src.len());
        while !src.is_char_boundary(at) {
            at -= 1;
        }
        let before = &src[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos {
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

pub struct Lexer<'a> {
    src: &'a str,
    at: usize,
    /// Whether a newline after the previous token ends a statement.
    semi_at_newline: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer {
            src,
            at: 0,
            semi_at_newline: false,
        }
    }

    pub fn src(&self) -> &'a str {
        self.src
    }

    fn peek_byte(&self, k: usize) -> Option<u8> {
        self.src.as_bytes().get(self.at + k).copied()
    }

    /// Skips blanks and comments. Returns the offset of a newline that ends
    /// a statement, if one was crossed.
    fn skip_blanks(&mut self) -> Option<usize> {
        let bytes = self.src.as_bytes();
        while let Some(&c) = bytes.get(self.at) {
            match c {
                b'\n' if self.semi_at_newline => return Some(self.at),
                b' ' | b'\t' | b'\r' | b'\n' => self.at += 1,
                b'/' if self.peek_byte(1) == Some(b'/') => {
                    while self.at < bytes.len() && bytes[self.at] != b'\n' {
                        self.at += 1;
                    }
                }
                b'/' if self.peek_byte(1) == Some(b'*') => {
                    let body = &self.src[self.at + 2..];
                    match body.find("*/") {
                        Some(end) => {
                            let comment = &body[..end];
                            self.at += 2 + end + 2;
                            // A comment spanning lines acts like a newline.
                            if self.semi_at_newline && comment.contains('\n') {
                                return Some(self.at - 2 - end - 2);
                            }
                        }
                        // Unterminated: the parser reports `/` as a bad token.
                        None => return None,
                    }
                }
                _ => return None,
            }
        }
        None
    }

    pub fn next_token(&mut self) -> Token {
        if let Some(nl) = self.skip_blanks() {
            self.semi_at_newline = false;
            self.at = nl + 1;
            return Token {
                tok: Tok::Semi,
                start: nl,
                end: nl,
                implicit: true,
            };
        }
        let start = self.at;
        let bytes = self.src.as_bytes();
        let Some(&c) = bytes.get(start) else {
            return Token {
                tok: Tok::Eof,
                start,
                end: start,
                implicit: false,
            };
        };
        let rest = &self.src[start..];
        let first = rest.chars().next().unwrap_or('\0');
        let (tok, len) = if first == '_' || first.is_alphabetic() {
            // ASCII bytes first (nearly every name); Unicode from the first
            // byte that is not.
            let ascii = rest
                .bytes()
                .position(|b| !(b == b'_' || b.is_ascii_alphanumeric()))
                .unwrap_or(rest.len());
            let len = if rest.as_bytes().get(ascii).is_some_and(|b| !b.is_ascii()) {
                rest[ascii..]
                    .char_indices()
                    .find(|&(_, ch)| !(ch == '_' || ch.is_alphanumeric()))
                    .map_or(rest.len(), |(i, _)| ascii + i)
            } else {
                ascii
            };
            let tok = match &rest[..len] {
                "func" => Tok::Func,
                "struct" => Tok::Struct,
                "interface" => Tok::Interface,
                "map" => Tok::Map,
                "chan" => Tok::Chan,
                _ => Tok::Ident,
            };
            (tok, len)
        } else if c.is_ascii_digit() {
            // Digits, base prefixes, underscores, a fraction and a signed
            // decimal exponent; anything malformed is diagnosed when the
            // literal's value is read.
            let b = rest.as_bytes();
            let hex = b.len() > 1 && b[0] == b'0' && (b[1] | 0x20) == b'x';
            let mut len = 0;
            while len < b.len() {
                let c = b[len];
                let word = c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
                // An exponent's sign (`1e-5`), not in a hex literal.
                let sign = (c == b'+' || c == b'-') && !hex && (b[len - 1] | 0x20) == b'e';
                if !(word || sign) {
                    break;
                }
                len += 1;
            }
            (Tok::Int, len)
        } else {
            match c {
                b'"' | b'`' => (Tok::Str, string_len(rest)),
                b'(' => (Tok::LParen, 1),
                b')' => (Tok::RParen, 1),
                b'[' => (Tok::LBrack, 1),
                b']' => (Tok::RBrack, 1),
                b'{' => (Tok::LBrace, 1),
                b'}' => (Tok::RBrace, 1),
                b',' => (Tok::Comma, 1),
                b';' => (Tok::Semi, 1),
                b'*' => (Tok::Star, 1),
                b'-' => (Tok::Minus, 1),
                b'=' => (Tok::Assign, 1),
                b':' => (Tok::Colon, 1),
                b'&' => (Tok::Amp, 1),
                b'.' if rest.starts_with("...") => (Tok::Ellipsis, 3),
                b'.' => (Tok::Dot, 1),
                b'<' if rest.starts_with("<-") => (Tok::Arrow, 2),
                _ => (Tok::Bad, first.len_utf8()),
            }
        };
        self.at = start + len;
        self.semi_at_newline = matches!(
            tok,
            Tok::Ident | Tok::Int | Tok::Str | Tok::RParen | Tok::RBrack | Tok::RBrace
        );
        Token {
            tok,
            start,
            end: start + len,
            implicit: false,
        }
    }
}

/// Length of a string literal at the start of `s` (to the closing quote,
/// or to the end of the line when unterminated: the parser checks).
fn string_len(s: &str) -> usize {
    let quote = s.as_bytes()[0];
    let bytes = s.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\n' if quote == b'"' => return i,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len().min(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        let mut l = Lexer::new(s);
        let mut v = vec![];
        loop {
            let t = l.next_token();
            v.push(t.tok);
            if t.tok == Tok::Eof {
                return v;
            }
        }
    }

    #[test]
    fn semicolons_at_newlines() {
        use Tok::*;
        assert_eq!(
            toks("struct {\n a int\n b chan<- x\n}"),
            [Struct, LBrace, Ident, Ident, Semi, Ident, Chan, Arrow, Ident, Semi, RBrace, Eof]
        );
        assert_eq!(
            toks("f(a, // c\n b)"),
            [Ident, LParen, Ident, Comma, Ident, RParen, Eof]
        );
        assert_eq!(toks("[0x1_0]..."), [LBrack, Int, RBrack, Ellipsis, Eof]);
        assert_eq!(toks("a `x` \"y\\\"\" #"), [Ident, Str, Str, Bad, Eof]);
    }

    #[test]
    fn identifiers_may_mix_ascii_and_unicode() {
        let s = "abçé_1 xéy, é, a·b";
        let mut l = Lexer::new(s);
        let mut words = vec![];
        loop {
            let t = l.next_token();
            match t.tok {
                Tok::Eof => break,
                Tok::Ident => words.push(&s[t.start..t.end]),
                _ => {}
            }
        }
        // U+00B7 (middle dot) is not alphanumeric: it ends the name.
        assert_eq!(words, ["abçé_1", "xéy", "é", "a", "b"]);
    }

    #[test]
    fn positions_count_characters() {
        let s = "ab\nçé x";
        assert_eq!(Pos::of(s, 0), Pos { line: 1, column: 1 });
        assert_eq!(Pos::of(s, s.find('x').unwrap()), Pos { line: 2, column: 4 });
    }
}
