//! A recursive-descent parser for Go types and function types.
//!
//! Grammar (Go's, restricted to types janus can lay out):
//!
//! ```text
//! Signature   = "func" Parameters [ Result ] .
//! Result      = Parameters | Type .
//! Parameters  = "(" [ ParamDecl { "," ParamDecl } [ "," ] ] ")" .
//! ParamDecl   = [ IdentList ] [ "..." ] Type .
//! Type        = TypeName | "(" Type ")" | "*" Type | "[" "]" Type
//!             | "[" IntLit "]" Type | StructType | InterfaceType
//!             | "map" "[" Type "]" Type | "chan" Type | "chan" "<-" Type
//!             | "<-" "chan" Type | "func" Parameters [ Result ] .
//! TypeName    = predeclared type | "any" | "error" | "unsafe" "." "Pointer" .
//! StructType  = "struct" "{" { (IdentList Type | [ "*" ] TypeName) [ Tag ] ";" } "}" .
//! InterfaceType = "interface" "{" { (ident Parameters [ Result ] | TypeName) ";" } "}" .
//! ```
//!
//! Parameter lists follow Go's grouping (`a, b int` is two ints) but may
//! also mix named and unnamed entries: a lone identifier that names a
//! predeclared type is an unnamed parameter of that type; any other lone
//! identifier is a parameter name, and a run of them shares the type of the
//! named entry that directly follows (`func(a, b int)`). Go would instead
//! read `func(int8, p int)` as two ints named `int8` and `p`; janus reads an
//! `int8` and an `int`.

use super::lexer::{Lexer, Pos, Tok, Token};
use super::ParseError;
use crate::types::{Basic, ChanDir, FuncType, Interface, Kind, LayoutError, Method, Param, Type};

/// How deeply types may nest (each `*`, `[]`, `[N]`, `struct`, `map`,
/// `chan`, `func`, `interface` and parenthesis is one level). Deeper input
/// is rejected with an error instead of risking the stack.
pub const MAX_NESTING: usize = 256;

/// Parses a whole function type, e.g. `func(int8, p *[]string) (string, int64)`.
pub fn parse_func_type(src: &str) -> Result<FuncType, ParseError> {
    let mut p = Parser::new(src);
    p.expect(Tok::Func, "`func`")?;
    let sig = p.signature()?;
    p.end()?;
    Ok(sig)
}

/// Parses a single type, e.g. `struct { a int8; b [2]string }`.
pub fn parse_type(src: &str) -> Result<Type, ParseError> {
    let mut p = Parser::new(src);
    let t = p.ty()?;
    p.end()?;
    Ok(t)
}

pub(crate) struct Parser<'a> {
    pub(crate) lex: Lexer<'a>,
    /// Two tokens of lookahead.
    pub(crate) ahead: [Token; 2],
    pub(crate) depth: usize,
}

/// One entry of a parameter list before names are resolved.
enum Entry {
    /// A bare identifier: a type name, or a name grouped with a later entry.
    Lone { name: String, at: usize },
    /// `name T` or `name ...T`.
    Named {
        name: String,
        ty: Type,
        variadic: Option<usize>,
    },
    /// A type with no name (`*T`, `[]T`, `struct {...}`, `unsafe.Pointer`, ...).
    Bare { ty: Type, variadic: Option<usize> },
}

impl<'a> Parser<'a> {
    pub(crate) fn new(src: &'a str) -> Parser<'a> {
        let mut lex = Lexer::new(src);
        let a = lex.next_token();
        let b = lex.next_token();
        Parser {
            lex,
            ahead: [a, b],
            depth: 0,
        }
    }

    pub(crate) fn peek(&self) -> Tok {
        self.ahead[0].tok
    }

    pub(crate) fn peek2(&self) -> Tok {
        self.ahead[1].tok
    }

    pub(crate) fn bump(&mut self) -> Token {
        let t = self.ahead[0];
        self.ahead[0] = self.ahead[1];
        self.ahead[1] = self.lex.next_token();
        t
    }

    pub(crate) fn text(&self, t: Token) -> &'a str {
        &self.lex.src()[t.start..t.end]
    }

    pub(crate) fn error_at(&self, at: usize, message: String) -> ParseError {
        ParseError {
            pos: Pos::of(self.lex.src(), at),
            message,
        }
    }

    /// "expected X, found Y" at the current token.
    pub(crate) fn unexpected(&self, expected: &str) -> ParseError {
        let t = self.ahead[0];
        self.error_at(
            t.start,
            format!("expected {expected}, found {}", self.describe(t)),
        )
    }

    pub(crate) fn describe(&self, t: Token) -> String {
        match t.tok {
            Tok::Eof => "end of input".to_string(),
            Tok::Semi if t.implicit => "newline".to_string(),
            Tok::Str if !self.text(t).ends_with(['"', '`']) || self.text(t).len() < 2 => {
                "unterminated string literal".to_string()
            }
            _ => {
                let text = self.text(t);
                let shown: String = text.chars().take(40).collect();
                let more = if shown.len() < text.len() { "..." } else { "" };
                format!("`{shown}{more}`")
            }
        }
    }

    pub(crate) fn expect(&mut self, tok: Tok, what: &str) -> Result<Token, ParseError> {
        if self.peek() == tok {
            Ok(self.bump())
        } else {
            Err(self.unexpected(what))
        }
    }

    /// Accepts trailing semicolons (a newline at the end), then requires the end.
    pub(crate) fn end(&mut self) -> Result<(), ParseError> {
        while self.peek() == Tok::Semi {
            self.bump();
        }
        if self.peek() == Tok::Eof {
            Ok(())
        } else {
            Err(self.unexpected("end of input"))
        }
    }

    pub(crate) fn enter(&mut self) -> Result<(), ParseError> {
        if self.depth >= MAX_NESTING {
            return Err(self.error_at(
                self.ahead[0].start,
                format!("types nest more than {MAX_NESTING} levels deep"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    fn layout(&self, at: usize, r: Result<Type, LayoutError>) -> Result<Type, ParseError> {
        r.map_err(|e| self.error_at(at, e.to_string()))
    }

    /// Whether the current token can start a type.
    pub(crate) fn at_type_start(&self) -> bool {
        matches!(
            self.peek(),
            Tok::Ident
                | Tok::LParen
                | Tok::Star
                | Tok::LBrack
                | Tok::Struct
                | Tok::Interface
                | Tok::Map
                | Tok::Chan
                | Tok::Arrow
                | Tok::Func
        )
    }

    pub(crate) fn ty(&mut self) -> Result<Type, ParseError> {
        self.enter()?;
        let t = self.ty_inner();
        self.depth -= 1;
        t
    }

    fn ty_inner(&mut self) -> Result<Type, ParseError> {
        let start = self.ahead[0].start;
        match self.peek() {
            Tok::Ident => self.type_name(),
            Tok::LParen => {
                self.bump();
                let t = self.ty()?;
                self.expect(Tok::RParen, "`)`")?;
                Ok(t)
            }
            Tok::Star => {
                self.bump();
                Ok(Type::pointer(self.ty()?))
            }
            Tok::LBrack => {
                self.bump();
                if self.peek() == Tok::RBrack {
                    self.bump();
                    return Ok(Type::slice(self.ty()?));
                }
                let len = self.array_len()?;
                self.expect(Tok::RBrack, "`]`")?;
                let elem = self.ty()?;
                self.layout(start, Type::array(elem, len))
            }
            Tok::Struct => self.struct_type(),
            Tok::Interface => self.interface_type(),
            Tok::Map => {
                self.bump();
                self.expect(Tok::LBrack, "`[` after `map`")?;
                let key_at = self.ahead[0].start;
                let key = self.ty()?;
                if let Some(why) = not_comparable(&key) {
                    let text = self.lex.src()[key_at..self.ahead[0].start].trim_end();
                    return Err(self.error_at(
                        key_at,
                        format!("invalid map key type {}: {why}", short(text)),
                    ));
                }
                self.expect(Tok::RBrack, "`]`")?;
                let value = self.ty()?;
                Ok(Type::map(key, value))
            }
            Tok::Chan => {
                self.bump();
                let dir = if self.peek() == Tok::Arrow {
                    self.bump();
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.ty()?;
                self.layout(start, Type::chan(dir, elem))
            }
            Tok::Arrow => {
                self.bump();
                self.expect(Tok::Chan, "`chan` after `<-`")?;
                let elem = self.ty()?;
                self.layout(start, Type::chan(ChanDir::Recv, elem))
            }
            Tok::Func => {
                self.bump();
                Ok(Type::func(self.signature()?))
            }
            _ => Err(self.unexpected("type")),
        }
    }

    /// A (possibly qualified) type name at the current identifier.
    fn type_name(&mut self) -> Result<Type, ParseError> {
        let t = self.bump();
        let name = self.text(t);
        if self.peek() == Tok::Dot {
            self.bump();
            let sel = self.expect(Tok::Ident, "identifier after `.`")?;
            let sel = self.text(sel);
            if name == "unsafe" && sel == "Pointer" {
                return Ok(Type::basic(Basic::UnsafePointer));
            }
            return Err(self.error_at(
                t.start,
                format!(
                    "unknown type `{}.{}`: the only qualified type is unsafe.Pointer",
                    short(name),
                    short(sel)
                ),
            ));
        }
        predeclared(name).ok_or_else(|| {
            self.error_at(
                t.start,
                format!(
                    "unknown type `{}`: expected a predeclared type, unsafe.Pointer or a type literal",
                    short(name)
                ),
            )
        })
    }

    fn array_len(&mut self) -> Result<u64, ParseError> {
        match self.peek() {
            Tok::Int => {
                let t = self.bump();
                let text = self.text(t);
                match int_literal(text) {
                    Some(v) if v <= i64::MAX as u128 => Ok(v as u64),
                    Some(_) => Err(self.error_at(
                        t.start,
                        format!("array length {} overflows int", short(text)),
                    )),
                    None => Err(self.error_at(
                        t.start,
                        format!(
                            "invalid array length `{}`: expected an integer literal",
                            short(text)
                        ),
                    )),
                }
            }
            Tok::Minus => Err(self.error_at(
                self.ahead[0].start,
                "array length must be a non-negative integer".to_string(),
            )),
            Tok::Ellipsis => Err(self.error_at(
                self.ahead[0].start,
                "`[...]` array length is only allowed in composite literals".to_string(),
            )),
            _ => Err(self.unexpected("array length or `]`")),
        }
    }

    fn struct_type(&mut self) -> Result<Type, ParseError> {
        let start = self.bump().start;
        self.expect(Tok::LBrace, "`{` after `struct`")?;
        let mut fields: Vec<(Option<String>, Type)> = Vec::new();
        while self.peek() != Tok::RBrace {
            match (self.peek(), self.peek2()) {
                // Embedded `*T`, `unsafe.Pointer`, or a bare type name.
                (Tok::Star, _) | (Tok::Ident, Tok::Dot | Tok::Semi | Tok::RBrace | Tok::Str) => {
                    let pointer = self.peek() == Tok::Star;
                    if pointer {
                        self.bump();
                        if self.peek() != Tok::Ident {
                            return Err(self.unexpected("type name after `*` in embedded field"));
                        }
                    }
                    let mut t = self.type_name()?;
                    if pointer {
                        t = Type::pointer(t);
                    }
                    fields.push((None, t));
                }
                (Tok::Ident, _) => {
                    let mut names = vec![self.ident()?];
                    while self.peek() == Tok::Comma {
                        self.bump();
                        if self.peek() != Tok::Ident {
                            return Err(self.unexpected("field name"));
                        }
                        names.push(self.ident()?);
                    }
                    let t = self.ty()?;
                    for n in names {
                        fields.push((Some(n), t.clone()));
                    }
                }
                _ => return Err(self.unexpected("field name, embedded type or `}`")),
            }
            if self.peek() == Tok::Str {
                let tag = self.bump();
                if self.describe(tag) == "unterminated string literal" {
                    return Err(self.error_at(tag.start, "unterminated string literal".into()));
                }
            }
            match self.peek() {
                Tok::Semi => {
                    self.bump();
                }
                Tok::RBrace => {}
                _ => return Err(self.unexpected("`;` or `}` after field")),
            }
        }
        self.bump();
        self.layout(start, Type::structure(fields))
    }

    fn interface_type(&mut self) -> Result<Type, ParseError> {
        let start = self.bump().start;
        self.expect(Tok::LBrace, "`{` after `interface`")?;
        let mut methods: Vec<Method> = Vec::new();
        while self.peek() != Tok::RBrace {
            match (self.peek(), self.peek2()) {
                (Tok::Ident, Tok::LParen) => {
                    let name = self.ident()?;
                    let sig = self.signature()?;
                    methods.push(Method { name, sig });
                }
                (Tok::Ident, _) => {
                    let at = self.ahead[0].start;
                    let t = self.type_name()?;
                    match t.kind() {
                        Kind::Interface(i) => methods.extend(i.methods.iter().cloned()),
                        _ => {
                            return Err(self.error_at(
                                at,
                                format!(
                                    "cannot embed non-interface type {} (type constraints are not supported)",
                                    t.go_syntax()
                                ),
                            ))
                        }
                    }
                }
                _ => return Err(self.unexpected("method, embedded interface or `}`")),
            }
            match self.peek() {
                Tok::Semi => {
                    self.bump();
                }
                Tok::RBrace => {}
                _ => return Err(self.unexpected("`;` or `}` after method")),
            }
        }
        self.bump();
        // Go sorts the method set (`expandiface`, `Sym.Less`): exported
        // names first, then by name. A name may appear only once.
        methods.sort_by(|a, b| {
            (!is_exported(&a.name), &a.name).cmp(&(!is_exported(&b.name), &b.name))
        });
        if let Some(w) = methods.windows(2).find(|w| w[0].name == w[1].name) {
            return Err(self.error_at(start, format!("duplicate method {}", short(&w[0].name))));
        }
        Ok(Type::interface(Interface {
            alias: None,
            methods,
        }))
    }

    pub(crate) fn ident(&mut self) -> Result<String, ParseError> {
        let t = self.expect(Tok::Ident, "identifier")?;
        Ok(self.text(t).to_string())
    }

    /// Parameters and optional result, after `func` (or a method name).
    pub(crate) fn signature(&mut self) -> Result<FuncType, ParseError> {
        self.enter()?;
        let r = self.signature_inner();
        self.depth -= 1;
        r
    }

    fn signature_inner(&mut self) -> Result<FuncType, ParseError> {
        let (params, variadic) = self.param_list(true)?;
        let results = if self.peek() == Tok::LParen {
            self.param_list(false)?.0
        } else if self.at_type_start() {
            vec![Param::new(self.ty()?)]
        } else {
            Vec::new()
        };
        Ok(FuncType {
            params,
            results,
            variadic,
        })
    }

    fn param_list(&mut self, allow_variadic: bool) -> Result<(Vec<Param>, bool), ParseError> {
        self.expect(Tok::LParen, "`(`")?;
        let mut entries = Vec::new();
        while self.peek() != Tok::RParen {
            entries.push(self.param_entry()?);
            match self.peek() {
                Tok::Comma => {
                    self.bump();
                }
                Tok::RParen => {}
                _ => return Err(self.unexpected("`,` or `)`")),
            }
        }
        self.bump();
        self.resolve_params(entries, allow_variadic)
    }

    fn param_entry(&mut self) -> Result<Entry, ParseError> {
        if self.peek() == Tok::Ident {
            match self.peek2() {
                Tok::Comma | Tok::RParen => {
                    let t = self.bump();
                    return Ok(Entry::Lone {
                        name: self.text(t).to_string(),
                        at: t.start,
                    });
                }
                Tok::Dot => {}
                Tok::Ellipsis
                | Tok::Ident
                | Tok::LParen
                | Tok::Star
                | Tok::LBrack
                | Tok::Struct
                | Tok::Interface
                | Tok::Map
                | Tok::Chan
                | Tok::Arrow
                | Tok::Func => {
                    let name = self.ident()?;
                    let variadic = self.ellipsis();
                    let ty = self.ty()?;
                    return Ok(Entry::Named { name, ty, variadic });
                }
                _ => {}
            }
        }
        let variadic = self.ellipsis();
        let ty = self.ty()?;
        Ok(Entry::Bare { ty, variadic })
    }

    fn ellipsis(&mut self) -> Option<usize> {
        if self.peek() == Tok::Ellipsis {
            Some(self.bump().start)
        } else {
            None
        }
    }

    /// Gives every lone identifier its meaning (see the module comment) and
    /// checks `...` is only on the final parameter.
    fn resolve_params(
        &self,
        entries: Vec<Entry>,
        allow_variadic: bool,
    ) -> Result<(Vec<Param>, bool), ParseError> {
        let n = entries.len();
        let mut params: Vec<Param> = Vec::with_capacity(n);
        // Lone names waiting for the type of the next named entry.
        let mut pending: Vec<(usize, String, usize)> = Vec::new();
        let mut variadic = false;
        for (i, e) in entries.into_iter().enumerate() {
            let (name, ty, dots) = match e {
                Entry::Lone { name, at } => {
                    match predeclared(&name) {
                        // A predeclared type name is always a type.
                        Some(ty) if pending.is_empty() => params.push(Param { name: None, ty }),
                        Some(_) => break,
                        None => {
                            pending.push((params.len(), name, at));
                            // Placeholder, filled when the group's type is known.
                            params.push(Param::new(Type::basic(Basic::Bool)));
                        }
                    }
                    continue;
                }
                Entry::Named { name, ty, variadic } => (Some(name), ty, variadic),
                // A group of names must be followed directly by its type.
                Entry::Bare { .. } if !pending.is_empty() => break,
                Entry::Bare { ty, variadic } => (None, ty, variadic),
            };
            if let Some(at) = dots {
                if !allow_variadic || i + 1 != n || (!pending.is_empty() && name.is_some()) {
                    return Err(self.error_at(
                        at,
                        "can only use `...` with the final parameter".to_string(),
                    ));
                }
                variadic = true;
            }
            let ty = if dots.is_some() { Type::slice(ty) } else { ty };
            if name.is_some() {
                for (slot, pname, _) in pending.drain(..) {
                    params[slot] = Param {
                        name: Some(pname),
                        ty: ty.clone(),
                    };
                }
            }
            params.push(Param { name, ty });
        }
        if let Some((_, name, at)) = pending.first() {
            return Err(self.error_at(
                *at,
                format!(
                    "unknown type `{}`: expected a predeclared type, or a parameter name followed by a type",
                    short(name)
                ),
            ));
        }
        Ok((params, variadic))
    }
}

/// A predeclared type name (and `any`, `error`).
pub(crate) fn predeclared(name: &str) -> Option<Type> {
    match name {
        "any" => Some(Type::interface(Interface {
            alias: Some("any"),
            methods: Vec::new(),
        })),
        "error" => Some(Type::interface(Interface {
            alias: Some("error"),
            methods: vec![Method {
                name: "Error".to_string(),
                sig: FuncType {
                    params: Vec::new(),
                    results: vec![Param::new(Type::basic(Basic::String))],
                    variadic: false,
                },
            }],
        })),
        _ => Basic::from_name(name).map(Type::basic),
    }
}

/// Why a type cannot be a map key (Go's comparability), if it cannot.
fn not_comparable(t: &Type) -> Option<&'static str> {
    if t.comparable() {
        return None;
    }
    Some(match t.kind() {
        Kind::Slice(_) => "slices are not comparable",
        Kind::Map { .. } => "maps are not comparable",
        Kind::Func(_) => "funcs are not comparable",
        Kind::Array { .. } => "its elements are not comparable",
        _ => "it has fields that are not comparable",
    })
}

/// Reads a Go integer literal: decimal, `0x`, `0o`, `0b`, legacy octal, with
/// `_` between digits. `None` when malformed; saturates above `u128`.
pub(crate) fn int_literal(text: &str) -> Option<u128> {
    let lower = text.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.strip_prefix('_').unwrap_or(d))
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.strip_prefix('_').unwrap_or(d))
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.strip_prefix('_').unwrap_or(d))
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut v: u128 = 0;
    for c in digits.chars().filter(|&c| c != '_') {
        let d = c.to_digit(radix)? as u128;
        v = v.saturating_mul(radix as u128).saturating_add(d);
    }
    Some(v)
}

/// Go's `IsExported`: the name starts with an upper-case letter.
pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// At most 40 characters of a name, for messages about huge input.
pub(crate) fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push_str("...");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(s: &str) -> FuncType {
        parse_func_type(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn err(s: &str) -> String {
        parse_func_type(s).unwrap_err().to_string()
    }

    fn types(ps: &[Param]) -> Vec<String> {
        ps.iter().map(|p| p.ty.go_syntax()).collect()
    }

    #[test]
    fn the_issue_example() {
        let f =
            sig("func(int8, struct { a int8; b float64 }, [2]int32, p *[]string) (string, int64)");
        assert_eq!(
            types(&f.params),
            [
                "int8",
                "struct { a int8; b float64 }",
                "[2]int32",
                "*[]string"
            ]
        );
        assert_eq!(f.params[3].name.as_deref(), Some("p"));
        assert_eq!(types(&f.results), ["string", "int64"]);
    }

    #[test]
    fn grouping_and_mixing() {
        let f = sig("func(a, b int, c string)");
        assert_eq!(types(&f.params), ["int", "int", "string"]);
        assert_eq!(f.params[1].name.as_deref(), Some("b"));
        let f = sig("func(int8, p *[]string, float64, q, r uint)");
        assert_eq!(
            types(&f.params),
            ["int8", "*[]string", "float64", "uint", "uint"]
        );
        assert_eq!(f.params[0].name, None);
        let f = sig("func(x ...int) (n int, err error)");
        assert!(f.variadic);
        assert_eq!(types(&f.params), ["[]int"]);
        assert_eq!(f.go_syntax(), "func(x ...int) (n int, err error)");
    }

    #[test]
    fn every_kind_of_type() {
        let s = "func(bool, byte, rune, uintptr, complex64, unsafe.Pointer, any, error, \
                 interface { M() string; A(int) (bool, error) }, map[string][]int, chan<- int, \
                 <-chan int, chan (<-chan int), func(int) string, struct { int8; *int16; a, b [0]int64 \"tag\" }, \
                 [0x10]uint8, ([]string))";
        let f = sig(s);
        assert_eq!(f.params.len(), 17);
        assert_eq!(
            f.params[8].ty.go_syntax(),
            "interface { A(int) (bool, error); M() string }"
        );
        assert_eq!(f.params[15].ty.size(), 16);
        let again = sig(&f.go_syntax());
        assert_eq!(again, f);
    }

    #[test]
    fn single_result_and_func_results() {
        let f = sig("func(f func() int, g func(int) (string, bool)) func() error");
        assert_eq!(types(&f.params), ["func() int", "func(int) (string, bool)"]);
        assert_eq!(types(&f.results), ["func() error"]);
    }

    #[test]
    fn multi_line() {
        let f = sig("func(\n\ta struct {\n\t\tx int\n\t\ty string\n\t},\n) (\n\tint,\n)");
        assert_eq!(types(&f.params), ["struct { x int; y string }"]);
        assert!(err("func(\n a int\n)").contains("2:7: expected `,` or `)`, found newline"));
    }

    #[test]
    fn located_errors() {
        assert_eq!(err("func(int8, foo)"), "1:12: unknown type `foo`: expected a predeclared type, or a parameter name followed by a type");
        assert_eq!(
            err("func(int"),
            "1:9: expected `,` or `)`, found end of input"
        );
        assert_eq!(
            err("func([-1]int)"),
            "1:7: array length must be a non-negative integer"
        );
        assert_eq!(
            err("func([99999999999999999999]int)"),
            "1:7: array length 99999999999999999999 overflows int"
        );
        assert!(err("func([1<<40]int)").starts_with("1:8: expected `]`"));
        assert!(err("func([281474976710656]int64)").contains("larger than the address space"));
        assert_eq!(
            err("func(struct { a int )"),
            "1:21: expected `;` or `}` after field, found `)`"
        );
        assert_eq!(
            err("func(x.Y)"),
            "1:6: unknown type `x.Y`: the only qualified type is unsafe.Pointer"
        );
        assert_eq!(
            err("func(...int, int)"),
            "1:6: can only use `...` with the final parameter"
        );
        assert_eq!(
            err("func() (...int)"),
            "1:9: can only use `...` with the final parameter"
        );
        assert_eq!(
            err("func(map[[]int]int)"),
            "1:10: invalid map key type []int: slices are not comparable"
        );
        assert_eq!(err("func(int) extra"), "1:11: unknown type `extra`: expected a predeclared type, unsafe.Pointer or a type literal");
        assert_eq!(err("fun(int)"), "1:1: expected `func`, found `fun`");
        assert_eq!(err(""), "1:1: expected `func`, found end of input");
        assert_eq!(
            err("func(int) int int"),
            "1:15: expected end of input, found `int`"
        );
        assert_eq!(err("func(0x)"), "1:6: expected type, found `0x`");
        assert_eq!(
            err("func([0x]int)"),
            "1:7: invalid array length `0x`: expected an integer literal"
        );
        assert_eq!(
            err("func(struct { a int `x )"),
            "1:21: unterminated string literal"
        );
        assert_eq!(err("func(#)"), "1:6: expected type, found `#`");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        for open in [
            "struct { a ",
            "*",
            "[1]",
            "[]",
            "(",
            "func() ",
            "map[int]",
            "chan ",
        ] {
            let depth = 100_000;
            let s = format!("func({}int)", open.repeat(depth));
            let e = err(&s);
            assert!(e.contains("nest more than 256 levels"), "{open}: {e}");
        }
        // Just inside the limit parses (the signature itself is one level).
        let ok = format!("func({}int)", "*".repeat(MAX_NESTING - 2));
        assert!(parse_func_type(&ok).is_ok());
    }

    #[test]
    fn literals() {
        assert_eq!(int_literal("0b1_01"), Some(5));
        assert_eq!(int_literal("0o17"), Some(15));
        assert_eq!(int_literal("017"), Some(15));
        assert_eq!(int_literal("0X_fF"), Some(255));
        assert_eq!(int_literal("1__0"), None);
        assert_eq!(int_literal("08"), None);
        assert_eq!(int_literal("1.5"), None);
    }
}
