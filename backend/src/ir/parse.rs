//! Reads the IR's text form (see `docs/ir.md`), with located errors.
//!
//! Values, blocks and slots may have any identifier as a name (`v3`,
//! `sum`, `loop`); the parser numbers them in the order they are defined,
//! so a printed module reads back to itself. Names are resolved once a
//! whole function is read (blocks may be named before they are defined),
//! and call results are typed once the whole module is read (callees may
//! come later in the file).

use super::*;
use crate::parse::lexer::Tok;
use crate::parse::types::{int_literal, short, Parser};
use crate::parse::ParseError;
use rustc_hash::FxHashMap;

/// Parses a module. The result is not verified: see [`super::verify_module`].
pub fn parse_module(src: &str) -> Result<Module, ParseError> {
    let mut p = IrParser {
        p: Parser::new(src),
        lines: Lines::new(src),
        source: SourceMap::default(),
        stmts: Vec::new(),
    };
    let mut module = Module::default();
    let mut calls: Vec<PendingCall> = Vec::new();
    // Function names to their index.
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    // Extern names to their index.
    let mut externs: FxHashMap<String, usize> = FxHashMap::default();
    loop {
        p.skip_semis();
        match p.p.peek() {
            Tok::Eof => break,
            Tok::Ident if p.word() == "run" => module.runs.push(p.run()?),
            Tok::Ident if p.word() == "extern" => {
                let at = p.p.ahead[0].start;
                let e = p.extern_decl()?;
                if index.contains_key(&e.name)
                    || externs
                        .insert(e.name.clone(), module.externs.len())
                        .is_some()
                {
                    return Err(p
                        .p
                        .error_at(at, format!("function {} is defined twice", e.name)));
                }
                module.externs.push(e);
            }
            _ => {
                let at = p.p.ahead[0].start;
                let (f, pending) = p.function(module.functions.len())?;
                if externs.contains_key(&f.name)
                    || index
                        .insert(f.name.clone(), module.functions.len())
                        .is_some()
                {
                    return Err(p
                        .p
                        .error_at(at, format!("function {} is defined twice", f.name)));
                }
                module.functions.push(f);
                calls.extend(pending);
            }
        }
    }
    // Type call results from the callees' signatures.
    for c in calls {
        let sig = match (index.get(&c.callee), externs.get(&c.callee)) {
            (Some(&i), _) => &module.functions[i].sig,
            (None, Some(&i)) => &module.externs[i].sig,
            (None, None) => {
                return Err(p.p.error_at(
                    c.at,
                    format!("call to undefined function {}", short(&c.callee)),
                ))
            }
        };
        // Counted before listed: a result of a huge array type (refused by the
        // verifier) would take gigabytes to list.
        let count = results_leaf_count(&sig.results);
        if count != c.results.len() as u64 {
            let kinds = if count <= 64 {
                let names: Vec<_> = list_leaves(&sig.results)
                    .iter()
                    .map(|l| l.ty.name())
                    .collect();
                format!(" ({})", names.join(", "))
            } else {
                String::new()
            };
            return Err(p.p.error_at(
                c.at,
                format!(
                    "{} returns {count} leaves{kinds}, but the call names {} results",
                    c.callee,
                    c.results.len()
                ),
            ));
        }
        let leaves = list_leaves(&sig.results);
        let f = &mut module.functions[c.func];
        for (v, leaf) in c.results.iter().zip(&leaves) {
            f.value_types[v.0 as usize] = leaf.ty;
        }
    }
    for r in &module.runs {
        if externs.contains_key(&r.func) {
            return Err(ParseError {
                pos: r.pos.0.unwrap_or(Pos { line: 1, column: 1 }),
                message: format!(
                    "run names extern function {}, which has no body here to run",
                    short(&r.func)
                ),
            });
        }
        if !index.contains_key(&r.func) {
            return Err(ParseError {
                pos: r.pos.0.unwrap_or(Pos { line: 1, column: 1 }),
                message: format!("run names undefined function {}", short(&r.func)),
            });
        }
    }
    Ok(module)
}

/// A call whose result types wait for the callee's signature.
struct PendingCall {
    func: usize,
    callee: String,
    results: Vec<Value>,
    at: usize,
}

struct IrParser<'a> {
    p: Parser<'a>,
    lines: Lines<'a>,
    /// The function being read: where its parts are, and their names.
    source: SourceMap,
    /// The block being read: where its statements are.
    stmts: Vec<Pos>,
}

/// Turns byte offsets into lines and columns by walking forward from the
/// last offset asked about: the parser asks in increasing order, so a whole
/// module costs one pass over its text (where [`Pos::of`] counts from the
/// start each time).
struct Lines<'a> {
    src: &'a str,
    at: usize,
    pos: Pos,
}

impl<'a> Lines<'a> {
    fn new(src: &'a str) -> Lines<'a> {
        Lines {
            src,
            at: 0,
            pos: Pos { line: 1, column: 1 },
        }
    }

    /// The position of byte offset `at` (the start of a token).
    fn pos(&mut self, at: usize) -> Pos {
        if at < self.at || !self.src.is_char_boundary(at) {
            return Pos::of(self.src, at);
        }
        // One pass over the bytes: a newline starts a line, and every byte
        // that does not continue a UTF-8 sequence is a character.
        for &b in &self.src.as_bytes()[self.at..at] {
            if b == b'\n' {
                self.pos.line += 1;
                self.pos.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.pos.column += 1;
            }
        }
        self.at = at;
        self.pos
    }
}

/// A map keyed by names borrowed from the source text, hashed with rustc's
/// Fx hash: many times cheaper than SipHash, whose resistance to chosen
/// collisions a parser of the user's own files does not need.
type NameMap<'a, V> = FxHashMap<&'a str, V>;

/// Names of one function's values, blocks and slots (borrowed from the
/// source: parsing allocates no string per mention).
#[derive(Default)]
struct Names<'a> {
    values: NameMap<'a, Value>,
    /// Where each value was first mentioned, and whether it is defined.
    value_first: Vec<usize>,
    value_defined: Vec<bool>,
    value_types: Vec<Option<Ty>>,
    blocks: NameMap<'a, Block>,
    block_first: Vec<usize>,
    block_defined: Vec<Option<usize>>,
    slots: NameMap<'a, Slot>,
}

impl<'a> Names<'a> {
    fn value(&mut self, name: &'a str, at: usize) -> Value {
        if let Some(v) = self.values.get(name) {
            return *v;
        }
        let v = Value(self.value_first.len() as u32);
        self.values.insert(name, v);
        self.value_first.push(at);
        self.value_defined.push(false);
        self.value_types.push(None);
        v
    }

    fn block(&mut self, name: &'a str, at: usize) -> Block {
        if let Some(b) = self.blocks.get(name) {
            return *b;
        }
        let b = Block(self.block_first.len() as u32);
        self.blocks.insert(name, b);
        self.block_first.push(at);
        self.block_defined.push(None);
        b
    }
}

impl<'a> IrParser<'a> {
    fn word(&self) -> &'a str {
        self.p.text(self.p.ahead[0])
    }

    fn skip_semis(&mut self) {
        while self.p.peek() == Tok::Semi {
            self.p.bump();
        }
    }

    /// The end of a statement: `;` or a newline, or a closing `}` next.
    fn end_stmt(&mut self) -> Result<(), ParseError> {
        match self.p.peek() {
            Tok::Semi => {
                self.skip_semis();
                Ok(())
            }
            Tok::RBrace | Tok::Eof => Ok(()),
            _ => Err(self.p.unexpected("end of line")),
        }
    }

    fn keyword(&mut self, word: &str) -> Result<usize, ParseError> {
        if self.p.peek() == Tok::Ident && self.word() == word {
            Ok(self.p.bump().start)
        } else {
            Err(self.p.unexpected(&format!("`{word}`")))
        }
    }

    fn name(&mut self, what: &str) -> Result<(&'a str, usize), ParseError> {
        if self.p.peek() != Tok::Ident {
            return Err(self.p.unexpected(what));
        }
        let t = self.p.bump();
        Ok((self.p.text(t), t.start))
    }

    fn uint(&mut self, what: &str, max: u64) -> Result<u64, ParseError> {
        let t = self.p.expect(Tok::Int, what)?;
        let text = self.p.text(t);
        match int_literal(text) {
            Some(v) if v <= max as u128 => Ok(v as u64),
            _ => Err(self.p.error_at(
                t.start,
                format!("expected {what} (at most {max}), found `{}`", short(text)),
            )),
        }
    }

    /// A possibly negative integer literal.
    fn int(&mut self, what: &str) -> Result<(i128, usize), ParseError> {
        let at = self.p.ahead[0].start;
        let neg = self.p.peek() == Tok::Minus;
        if neg {
            self.p.bump();
        }
        let t = self.p.expect(Tok::Int, what)?;
        let text = self.p.text(t);
        let v = int_literal(text)
            .filter(|v| *v <= u64::MAX as u128)
            .ok_or_else(|| {
                self.p
                    .error_at(t.start, format!("expected {what}, found `{}`", short(text)))
            })? as i128;
        Ok((if neg { -v } else { v }, at))
    }

    fn ty(&mut self) -> Result<Ty, ParseError> {
        let (name, at) = self.name("a type (i8, i16, i32, i64, f32, f64, ptr)")?;
        Ty::from_name(name).ok_or_else(|| {
            self.p.error_at(
                at,
                format!(
                    "unknown type `{}`: expected i8, i16, i32, i64, f32, f64 or ptr",
                    short(name)
                ),
            )
        })
    }

    /// `.T` after an operation name.
    fn dot_ty(&mut self) -> Result<Ty, ParseError> {
        self.p.expect(Tok::Dot, "`.` and a type")?;
        self.ty()
    }

    fn abi(&mut self) -> Result<Abi, ParseError> {
        let (w, at) = self.name("`abi0` or `internal`")?;
        match w {
            "abi0" => Ok(Abi::Abi0),
            "internal" => Ok(Abi::Internal),
            _ => Err(self.p.error_at(
                at,
                format!("expected `abi0` or `internal`, found `{}`", short(w)),
            )),
        }
    }

    /// `extern (abi0|internal) func NAME(params) results`: a declaration,
    /// to the end of its line.
    fn extern_decl(&mut self) -> Result<Extern, ParseError> {
        let at = self.keyword("extern")?;
        let pos = self.lines.pos(at);
        if self.p.peek() == Tok::Ident && self.word() == "nosplit" {
            let t = self.p.bump();
            return Err(self.p.error_at(
                t.start,
                "an extern function cannot be nosplit: janus does not compile it, and its wrapper checks the stack".into(),
            ));
        }
        let abi = self.abi()?;
        self.p.expect(Tok::Func, "`func`")?;
        let (name, _) = self.name("function name")?;
        let sig = self.p.signature()?;
        if self.p.peek() == Tok::LBrace {
            let t = self.p.bump();
            return Err(self.p.error_at(
                t.start,
                format!("extern function {name} has a body: an extern is only declared (drop `extern` to define it)"),
            ));
        }
        self.end_stmt()?;
        Ok(Extern {
            name: name.to_string(),
            sig,
            abi,
            pos: SrcPos(Some(pos)),
        })
    }

    /// `[nosplit] (abi0|internal) func NAME(params) results { body }`
    fn function(&mut self, index: usize) -> Result<(Function, Vec<PendingCall>), ParseError> {
        // The function is located where its declaration starts (`nosplit`,
        // `internal` or `abi0`).
        let decl_at = self.p.ahead[0].start;
        let mut nosplit = false;
        if self.p.peek() == Tok::Ident && self.word() == "nosplit" {
            self.p.bump();
            nosplit = true;
            if self.p.peek() == Tok::Ident && self.word() == "extern" {
                return Err(self.p.error_at(
                    decl_at,
                    "an extern function cannot be nosplit: janus does not compile it, and its wrapper checks the stack".into(),
                ));
            }
        }
        if self.p.peek() != Tok::Ident {
            return Err(self
                .p
                .unexpected("a function (`internal func ...` or `abi0 func ...`) or `run`"));
        }
        let abi = self.abi()?;
        self.p.expect(Tok::Func, "`func`")?;
        self.source = SourceMap::default();
        let func_pos = self.lines.pos(decl_at);
        self.source.set_func(func_pos);
        let (name, _) = self.name("function name")?;
        let sig = self.p.signature()?;
        self.p.expect(Tok::LBrace, "`{`")?;
        self.skip_semis();
        // `context T` first in the body: a closure's captured variables
        // (in the body, as a function without results could not tell it
        // from a result type).
        let context = self.context_clause()?;
        if context.is_some() {
            self.end_stmt()?;
        }
        let mut names = Names::default();
        let mut slots = Vec::new();
        while self.p.peek() == Tok::Ident && self.word() == "slot" {
            self.p.bump();
            let (sname, at) = self.name("slot name")?;
            let slot = if self.p.peek() == Tok::Int {
                let size = self.uint("slot size", 1 << 30)? as u32;
                self.p.expect(Tok::Comma, "`,`")?;
                let align = self.uint("slot alignment (1, 2, 4 or 8)", 8)? as u32;
                if !align.is_power_of_two() {
                    return Err(self
                        .p
                        .error_at(at, format!("slot alignment {align} is not a power of two")));
                }
                SlotData::raw(size, align)
            } else {
                let tat = self.p.ahead[0].start;
                let ty = self.p.ty()?;
                if ty.size() > 1 << 30 {
                    return Err(self.p.error_at(
                        tat,
                        format!("slot type of {} bytes is too large", ty.size()),
                    ));
                }
                SlotData {
                    size: ty.size() as u32,
                    align: ty.align() as u32,
                    ty: Some(ty),
                }
            };
            if names
                .slots
                .insert(sname, Slot(slots.len() as u32))
                .is_some()
            {
                return Err(self
                    .p
                    .error_at(at, format!("slot {} is declared twice", short(sname))));
            }
            slots.push(slot);
            self.source.add_slot(sname);
            self.end_stmt()?;
        }
        let mut blocks: Vec<(Block, BlockData)> = Vec::new();
        let mut pending = Vec::new();
        while self.p.peek() != Tok::RBrace {
            blocks.push(self.block(&mut names, index, &mut pending)?);
        }
        let close = self.p.bump().start;
        if blocks.is_empty() {
            return Err(self
                .p
                .error_at(close, format!("function {name} has no blocks")));
        }
        // Every mentioned block and value must be defined.
        for (b, def) in names.block_defined.iter().enumerate() {
            if def.is_none() {
                let at = names.block_first[b];
                let bname = names
                    .blocks
                    .iter()
                    .find(|(_, v)| v.0 as usize == b)
                    .map(|(k, _)| *k);
                return Err(self
                    .p
                    .error_at(at, format!("undefined block {}", bname.unwrap_or_default())));
            }
        }
        for (v, defined) in names.value_defined.iter().enumerate() {
            if !defined {
                let vname = names
                    .values
                    .iter()
                    .find(|(_, x)| x.0 as usize == v)
                    .map(|(k, _)| *k);
                return Err(self.p.error_at(
                    names.value_first[v],
                    format!("undefined value {}", vname.unwrap_or_default()),
                ));
            }
        }
        // Blocks in the order they are written; block ids by mention order.
        let mut order = vec![Block(0); blocks.len()];
        for (pos, (b, _)) in blocks.iter().enumerate() {
            order[b.0 as usize] = Block(pos as u32);
        }
        let value_types: Vec<Ty> = names
            .value_types
            .iter()
            .map(|t| t.unwrap_or(Ty::I64))
            .collect();
        let mut f = Function {
            name: name.to_string(),
            sig,
            abi,
            nosplit,
            slots,
            blocks: blocks.into_iter().map(|(_, d)| d).collect(),
            value_types,
            source: std::mem::take(&mut self.source),
            context,
        };
        for b in &mut f.blocks {
            b.term.map(|v| v, |blk| order[blk.0 as usize]);
        }
        // `param` results take their leaf's type (the verifier checks the indices).
        for b in &f.blocks {
            for i in &b.insts {
                if let (Op::Param { index, leaf }, [r]) = (&i.op, i.results.as_slice()) {
                    let ty = f
                        .sig
                        .params
                        .get(*index as usize)
                        // A type of more leaves than any signature may have
                        // is refused by the verifier: not listed here (an
                        // array of 400 million int32s would take gigabytes).
                        .filter(|p| super::leaf_count(&p.ty) <= super::verify::MAX_LEAVES)
                        .and_then(|p| leaves(&p.ty).get(*leaf as usize).map(|l| l.ty));
                    if let Some(ty) = ty {
                        f.value_types[r.0 as usize] = ty;
                    }
                }
            }
        }
        // Number values in definition order; pending calls follow.
        let map = definition_order(&f);
        f.canonicalize();
        let mut value_names = vec![""; f.value_types.len()];
        for (name, v) in &names.values {
            value_names[map[v.0 as usize].0 as usize] = name;
        }
        f.source.set_value_names(&value_names);
        for c in &mut pending {
            c.results = c.results.iter().map(|v| map[v.0 as usize]).collect();
        }
        Ok((f, pending))
    }

    /// `NAME[(params)]:` then statements up to a terminator.
    fn block(
        &mut self,
        names: &mut Names<'a>,
        func: usize,
        pending: &mut Vec<PendingCall>,
    ) -> Result<(Block, BlockData), ParseError> {
        let (bname, at) = self.name("a block name (e.g. `b0:`) or `}`")?;
        let b = names.block(bname, at);
        if names.block_defined[b.0 as usize].is_some() {
            return Err(self
                .p
                .error_at(at, format!("block {} is defined twice", short(bname))));
        }
        names.block_defined[b.0 as usize] = Some(at);
        let label = self.lines.pos(at);
        self.stmts.clear();
        let mut params = Vec::new();
        if self.p.peek() == Tok::LParen {
            self.p.bump();
            while self.p.peek() != Tok::RParen {
                let (vname, vat) = self.name("block parameter name")?;
                let ty = self.ty()?;
                params.push(self.define(names, vname, vat, ty)?);
                if self.p.peek() == Tok::Comma {
                    self.p.bump();
                } else if self.p.peek() != Tok::RParen {
                    return Err(self.p.unexpected("`,` or `)`"));
                }
            }
            self.p.bump();
        }
        self.p.expect(Tok::Colon, "`:` after the block name")?;
        self.skip_semis();
        let mut insts = Vec::new();
        loop {
            if self.p.peek() != Tok::Ident {
                return Err(self
                    .p
                    .unexpected("an instruction or a terminator (jump, brif, ret)"));
            }
            let word = self.word();
            match word {
                "jump" | "brif" | "ret" => {
                    let stmt_at = self.lines.pos(self.p.ahead[0].start);
                    self.stmts.push(stmt_at);
                    let term = self.terminator(names)?;
                    self.source.add_block(bname, label, &self.stmts);
                    self.end_stmt()?;
                    return Ok((
                        b,
                        BlockData {
                            params,
                            insts,
                            term,
                        },
                    ));
                }
                _ => {
                    let stmt_at = self.lines.pos(self.p.ahead[0].start);
                    self.stmts.push(stmt_at);
                    insts.push(self.inst(names, func, pending)?);
                    self.end_stmt()?;
                }
            }
        }
    }

    fn define(
        &mut self,
        names: &mut Names<'a>,
        name: &'a str,
        at: usize,
        ty: Ty,
    ) -> Result<Value, ParseError> {
        let v = names.value(name, at);
        if names.value_defined[v.0 as usize] {
            return Err(self
                .p
                .error_at(at, format!("value {} is defined twice", short(name))));
        }
        names.value_defined[v.0 as usize] = true;
        names.value_types[v.0 as usize] = Some(ty);
        Ok(v)
    }

    fn use_value(&mut self, names: &mut Names<'a>) -> Result<Value, ParseError> {
        let (name, at) = self.name("a value")?;
        Ok(names.value(name, at))
    }

    fn values_until(
        &mut self,
        names: &mut Names<'a>,
        close: Tok,
    ) -> Result<Vec<Value>, ParseError> {
        let mut out = Vec::new();
        while self.p.peek() != close {
            out.push(self.use_value(names)?);
            if self.p.peek() == Tok::Comma {
                self.p.bump();
            } else if self.p.peek() != close {
                return Err(self.p.unexpected("`,` or `)`"));
            }
        }
        self.p.bump();
        Ok(out)
    }

    fn block_call(&mut self, names: &mut Names<'a>) -> Result<BlockCall, ParseError> {
        let (bname, at) = self.name("block name")?;
        let block = names.block(bname, at);
        let args = if self.p.peek() == Tok::LParen {
            self.p.bump();
            self.values_until(names, Tok::RParen)?
        } else {
            Vec::new()
        };
        Ok(BlockCall { block, args })
    }

    fn terminator(&mut self, names: &mut Names<'a>) -> Result<Terminator, ParseError> {
        let word = self.word();
        self.p.bump();
        Ok(match word {
            "jump" => Terminator::Jump(self.block_call(names)?),
            "brif" => {
                let cond = self.use_value(names)?;
                self.p.expect(Tok::Comma, "`,`")?;
                let then = self.block_call(names)?;
                self.p.expect(Tok::Comma, "`,`")?;
                let els = self.block_call(names)?;
                Terminator::Brif { cond, then, els }
            }
            _ => {
                let mut vs = Vec::new();
                if self.p.peek() == Tok::Ident {
                    vs.push(self.use_value(names)?);
                    while self.p.peek() == Tok::Comma {
                        self.p.bump();
                        vs.push(self.use_value(names)?);
                    }
                }
                Terminator::Return(vs)
            }
        })
    }

    /// `[results =] op`.
    fn inst(
        &mut self,
        names: &mut Names<'a>,
        func: usize,
        pending: &mut Vec<PendingCall>,
    ) -> Result<Inst, ParseError> {
        let mut results: Vec<(&'a str, usize)> = Vec::new();
        if matches!(self.p.peek2(), Tok::Assign | Tok::Comma) {
            loop {
                results.push(self.name("result name")?);
                match self.p.peek() {
                    Tok::Comma => {
                        self.p.bump();
                    }
                    Tok::Assign => {
                        self.p.bump();
                        break;
                    }
                    _ => return Err(self.p.unexpected("`,` or `=`")),
                }
            }
        }
        let (opname, at) = self.name("an operation")?;
        let (op, ty) = self.op(opname, at, names)?;
        let want = match (&op, ty) {
            (Op::Call { .. }, _) => results.len(),
            (Op::CallVal { sig, .. } | Op::CallMethod { sig, .. }, _) => {
                // Counted, not listed (see `results_leaf_count`).
                usize::try_from(results_leaf_count(&sig.results)).unwrap_or(usize::MAX)
            }
            (Op::Store { .. }, _) => 0,
            _ => 1,
        };
        if results.len() != want {
            return Err(self.p.error_at(
                at,
                format!(
                    "`{opname}` defines {want} value{}, found {}",
                    if want == 1 { "" } else { "s" },
                    results.len()
                ),
            ));
        }
        let mut vs = Vec::with_capacity(results.len());
        for (name, rat) in &results {
            // Call result types are filled in once the callee is known.
            vs.push(self.define(names, name, *rat, ty.unwrap_or(Ty::I64))?);
        }
        // A call through a func value: its type gives the results' types.
        if let Op::CallVal { sig, .. } | Op::CallMethod { sig, .. } = &op {
            for (v, l) in vs.iter().zip(list_leaves(&sig.results)) {
                names.value_types[v.0 as usize] = Some(l.ty);
            }
        }
        if let Op::Call { callee, .. } = &op {
            pending.push(PendingCall {
                func,
                callee: callee.clone(),
                results: vs.clone(),
                at,
            });
        }
        Ok(Inst {
            results: vs.into(),
            op,
        })
    }

    /// An operation and the type of its result (None for calls and stores).
    fn op(
        &mut self,
        name: &str,
        at: usize,
        names: &mut Names<'a>,
    ) -> Result<(Op, Option<Ty>), ParseError> {
        if let Some(op) = BinOp::ALL.iter().find(|o| o.name() == name).copied() {
            let ty = self.dot_ty()?;
            let (a, b) = self.two_values(names)?;
            return Ok((Op::Binary { op, ty, a, b }, Some(ty)));
        }
        if let Some(op) = UnOp::ALL.iter().find(|o| o.name() == name).copied() {
            let ty = self.dot_ty()?;
            let arg = self.use_value(names)?;
            return Ok((Op::Unary { op, ty, arg }, Some(ty)));
        }
        if let Some(cc) = IntCC::ALL.iter().find(|o| o.name() == name).copied() {
            let ty = self.dot_ty()?;
            let (a, b) = self.two_values(names)?;
            return Ok((Op::Icmp { cc, ty, a, b }, Some(Ty::I8)));
        }
        if let Some(cc) = FloatCC::ALL.iter().find(|o| o.name() == name).copied() {
            let ty = self.dot_ty()?;
            let (a, b) = self.two_values(names)?;
            return Ok((Op::Fcmp { cc, ty, a, b }, Some(Ty::I8)));
        }
        if let Some(op) = ConvOp::ALL.iter().find(|o| o.name() == name).copied() {
            let from = self.dot_ty()?;
            let to = self.dot_ty()?;
            let arg = self.use_value(names)?;
            return Ok((Op::Conv { op, from, to, arg }, Some(to)));
        }
        Ok(match name {
            "iconst" => {
                let ty = self.dot_ty()?;
                let (v, vat) = self.int("an integer")?;
                let bits = ty.bits();
                let (lo, hi) = (-(1i128 << (bits - 1)), (1i128 << bits) - 1);
                if !ty.is_int() || v < lo || v > hi {
                    return Err(self.p.error_at(vat, format!("{v} is not an {ty} constant")));
                }
                let mask = if bits == 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                };
                (
                    Op::Iconst {
                        ty,
                        bits: (v as u64) & mask,
                    },
                    Some(ty),
                )
            }
            "fconst" => {
                let ty = self.dot_ty()?;
                if !ty.is_float() {
                    return Err(self
                        .p
                        .error_at(at, format!("fconst needs f32 or f64, not {ty}")));
                }
                let bits = self.float_bits(ty)?;
                (Op::Fconst { ty, bits }, Some(ty))
            }
            "nil" => (Op::Nil, Some(Ty::Ptr)),
            "alloc" => {
                let tat = self.p.ahead[0].start;
                let ty = self.p.ty()?;
                if ty.size() > 1 << 30 {
                    return Err(self
                        .p
                        .error_at(tat, format!("alloc of {} bytes is too large", ty.size())));
                }
                (Op::Alloc { ty }, Some(Ty::Ptr))
            }
            "param" => {
                let index = self.uint("parameter index", u32::MAX as u64)? as u32;
                self.p.expect(Tok::Comma, "`,`")?;
                let leaf = self.uint("leaf index", u32::MAX as u64)? as u32;
                // The type comes from the signature; the verifier checks the indices.
                (Op::Param { index, leaf }, Some(Ty::I64))
            }
            "paramaddr" => {
                let index = self.uint("parameter index", u32::MAX as u64)? as u32;
                (Op::ParamAddr { index }, Some(Ty::Ptr))
            }
            "slotaddr" => {
                let (sname, sat) = self.name("slot name")?;
                let slot = *names.slots.get(&sname).ok_or_else(|| {
                    self.p
                        .error_at(sat, format!("undefined slot {}", short(sname)))
                })?;
                (Op::SlotAddr { slot }, Some(Ty::Ptr))
            }
            "load" => {
                let ty = self.dot_ty()?;
                let ptr = self.use_value(names)?;
                self.p.expect(Tok::Comma, "`,`")?;
                let offset = self.offset()?;
                (Op::Load { ty, ptr, offset }, Some(ty))
            }
            "store" => {
                let ty = self.dot_ty()?;
                let ptr = self.use_value(names)?;
                self.p.expect(Tok::Comma, "`,`")?;
                let offset = self.offset()?;
                self.p.expect(Tok::Comma, "`,`")?;
                let value = self.use_value(names)?;
                (
                    Op::Store {
                        ty,
                        ptr,
                        offset,
                        value,
                    },
                    None,
                )
            }
            "ptradd" => {
                let ptr = self.use_value(names)?;
                self.p.expect(Tok::Comma, "`,`")?;
                let offset = self.use_value(names)?;
                (Op::PtrAdd { ptr, offset }, Some(Ty::Ptr))
            }
            "call" => {
                let entry = self.abi()?;
                let (callee, _) = self.name("callee name")?;
                self.p.expect(Tok::LParen, "`(`")?;
                let args = self.values_until(names, Tok::RParen)?;
                (
                    Op::Call {
                        callee: callee.to_string(),
                        entry,
                        args,
                    },
                    None,
                )
            }
            "funcval" | "closure" | "ctx" | "callval" => self.closure_op(name, names)?,
            "itab" | "callmethod" => self.method_op(name, names)?,
            _ => {
                return Err(self
                    .p
                    .error_at(at, format!("unknown operation `{}`", short(name))))
            }
        })
    }

    /// Interface method calls: `itab F, G, ...` and
    /// `callmethod TYPE, tab, N, recv(args)`.
    fn method_op(
        &mut self,
        name: &str,
        names: &mut Names<'a>,
    ) -> Result<(Op, Option<Ty>), ParseError> {
        if name == "itab" {
            let mut methods = vec![self.name("method function name")?.0.to_string()];
            while self.p.peek() == Tok::Comma {
                self.p.bump();
                methods.push(self.name("method function name")?.0.to_string());
            }
            return Ok((Op::Itab { methods }, Some(Ty::Ptr)));
        }
        let tat = self.p.ahead[0].start;
        let ty = self.p.ty()?;
        let Kind::Func(sig) = ty.kind() else {
            return Err(self.p.error_at(
                tat,
                format!(
                    "callmethod needs a func type (the method's, without its receiver), not {}",
                    short(&ty.go_syntax())
                ),
            ));
        };
        let sig = (**sig).clone();
        self.p.expect(Tok::Comma, "`,` after the func type")?;
        let itab = self.use_value(names)?;
        self.p.expect(Tok::Comma, "`,`")?;
        let index = self.uint("method index", u32::MAX as u64)? as u32;
        self.p.expect(Tok::Comma, "`,`")?;
        let recv = self.use_value(names)?;
        self.p.expect(Tok::LParen, "`(`")?;
        let args = self.values_until(names, Tok::RParen)?;
        Ok((
            Op::CallMethod {
                sig: Box::new(sig),
                itab,
                index,
                recv,
                args,
            },
            None,
        ))
    }

    /// `[context T]` after a function's signature: T must be a struct.
    fn context_clause(&mut self) -> Result<Option<Type>, ParseError> {
        if !(self.p.peek() == Tok::Ident && self.word() == "context") {
            return Ok(None);
        }
        self.p.bump();
        let tat = self.p.ahead[0].start;
        let ty = self.p.ty()?;
        if !matches!(ty.kind(), Kind::Struct(_)) {
            return Err(self.p.error_at(
                tat,
                format!(
                    "a context type must be a struct (the captured variables), not {}",
                    short(&ty.go_syntax())
                ),
            ));
        }
        if ty.size() > 1 << 30 {
            return Err(self.p.error_at(
                tat,
                format!("context type of {} bytes is too large", ty.size()),
            ));
        }
        Ok(Some(ty))
    }

    /// Func values and closures: `funcval F`, `closure F(args)`, `ctx`,
    /// `callval TYPE, fv(args)`.
    fn closure_op(
        &mut self,
        name: &str,
        names: &mut Names<'a>,
    ) -> Result<(Op, Option<Ty>), ParseError> {
        Ok(match name {
            "funcval" => {
                let (func, _) = self.name("function name")?;
                (
                    Op::FuncVal {
                        func: func.to_string(),
                    },
                    Some(Ty::Ptr),
                )
            }
            "closure" => {
                let (func, _) = self.name("function name")?;
                self.p.expect(Tok::LParen, "`(`")?;
                let args = self.values_until(names, Tok::RParen)?;
                (
                    Op::Closure {
                        func: func.to_string(),
                        args,
                    },
                    Some(Ty::Ptr),
                )
            }
            "ctx" => (Op::Context, Some(Ty::Ptr)),
            _ => {
                let tat = self.p.ahead[0].start;
                let ty = self.p.ty()?;
                let Kind::Func(sig) = ty.kind() else {
                    return Err(self.p.error_at(
                        tat,
                        format!("callval needs a func type, not {}", short(&ty.go_syntax())),
                    ));
                };
                let sig = sig.clone();
                self.p.expect(Tok::Comma, "`,` after the func type")?;
                let callee = self.use_value(names)?;
                self.p.expect(Tok::LParen, "`(`")?;
                let args = self.values_until(names, Tok::RParen)?;
                (Op::CallVal { sig, callee, args }, None)
            }
        })
    }

    fn two_values(&mut self, names: &mut Names<'a>) -> Result<(Value, Value), ParseError> {
        let a = self.use_value(names)?;
        self.p.expect(Tok::Comma, "`,`")?;
        let b = self.use_value(names)?;
        Ok((a, b))
    }

    fn offset(&mut self) -> Result<i32, ParseError> {
        let (v, at) = self.int("an offset")?;
        i32::try_from(v).map_err(|_| {
            self.p
                .error_at(at, format!("offset {v} does not fit in 32 bits"))
        })
    }

    /// A float literal for `ty`: decimal (read directly at that precision),
    /// `inf`, `nan`, or IEEE bits in hex (`0x7ff8000000000001`).
    fn float_bits(&mut self, ty: Ty) -> Result<u64, ParseError> {
        let at = self.p.ahead[0].start;
        let neg = self.p.peek() == Tok::Minus;
        if neg {
            self.p.bump();
        }
        let t = self.p.bump();
        let text = self.p.text(t);
        let bad = || {
            self.p.error_at(
                at,
                format!("expected a {ty} constant, found `{}`", short(text)),
            )
        };
        let lower = text.to_ascii_lowercase();
        if t.tok == Tok::Int && lower.starts_with("0x") {
            let bits = u64::from_str_radix(&lower[2..].replace('_', ""), 16).map_err(|_| bad())?;
            if neg || (ty == Ty::F32 && bits > u32::MAX as u64) {
                return Err(bad());
            }
            return Ok(bits);
        }
        if !matches!(t.tok, Tok::Int | Tok::Ident) {
            return Err(bad());
        }
        let body = if neg { format!("-{lower}") } else { lower };
        if ty == Ty::F32 {
            body.parse::<f32>()
                .map(|x| x.to_bits() as u64)
                .map_err(|_| bad())
        } else {
            body.parse::<f64>().map(f64::to_bits).map_err(|_| bad())
        }
    }

    /// `run NAME(input, ...)`
    fn run(&mut self) -> Result<RunSpec, ParseError> {
        let at = self.keyword("run")?;
        let pos = self.lines.pos(at);
        let (func, _) = self.name("function name")?;
        self.p.expect(Tok::LParen, "`(`")?;
        let mut args = Vec::new();
        while self.p.peek() != Tok::RParen {
            args.push(self.input()?);
            if self.p.peek() == Tok::Comma {
                self.p.bump();
            } else if self.p.peek() != Tok::RParen {
                return Err(self.p.unexpected("`,` or `)`"));
            }
        }
        self.p.bump();
        self.end_stmt()?;
        Ok(RunSpec {
            func: func.to_string(),
            args,
            pos: SrcPos(Some(pos)),
        })
    }

    fn input(&mut self) -> Result<InputValue, ParseError> {
        self.p.enter()?;
        let v = self.input_inner();
        self.p.depth -= 1;
        v
    }

    fn input_inner(&mut self) -> Result<InputValue, ParseError> {
        match self.p.peek() {
            Tok::LBrace => {
                self.p.bump();
                let mut items = Vec::new();
                while self.p.peek() != Tok::RBrace {
                    items.push(self.input()?);
                    if self.p.peek() == Tok::Comma {
                        self.p.bump();
                    } else if self.p.peek() != Tok::RBrace {
                        return Err(self.p.unexpected("`,` or `}`"));
                    }
                }
                self.p.bump();
                Ok(InputValue::Composite(items))
            }
            Tok::Amp => {
                self.p.bump();
                Ok(InputValue::Addr(Box::new(self.input()?)))
            }
            Tok::Str => {
                let t = self.p.bump();
                let text = self.p.text(t);
                unquote(text)
                    .map(InputValue::Str)
                    .map_err(|e| self.p.error_at(t.start, e))
            }
            Tok::Ident => {
                let (w, at) = self.name("a value")?;
                match w {
                    "iface" | "new" => {
                        // `iface(T, v)` / `new(T, v)`: a type, then a value.
                        self.p.expect(Tok::LParen, "`(` after `iface` or `new`")?;
                        let ty = self.p.ty()?;
                        self.p.expect(Tok::Comma, "`,` after the type")?;
                        let value = Box::new(self.input()?);
                        self.p.expect(Tok::RParen, "`)`")?;
                        Ok(if w == "iface" {
                            InputValue::Iface { ty, value }
                        } else {
                            InputValue::New { ty, value }
                        })
                    }
                    "funcval" => {
                        let (func, _) = self.name("a function name after `funcval`")?;
                        Ok(InputValue::FuncVal(func.to_string()))
                    }
                    "nil" => Ok(InputValue::Nil),
                    "true" => Ok(InputValue::Int(1)),
                    "false" => Ok(InputValue::Int(0)),
                    "inf" => Ok(InputValue::Float {
                        bits: f64::INFINITY.to_bits(),
                    }),
                    "nan" => Ok(InputValue::Float {
                        bits: f64::NAN.to_bits(),
                    }),
                    _ => Err(self
                        .p
                        .error_at(at, format!("expected an input value, found `{}`", short(w)))),
                }
            }
            Tok::Minus | Tok::Int => {
                let at = self.p.ahead[0].start;
                let neg = self.p.peek() == Tok::Minus;
                if neg {
                    self.p.bump();
                }
                let t = self.p.bump();
                let text = self.p.text(t);
                if t.tok == Tok::Ident && text == "inf" {
                    return Ok(InputValue::Float {
                        bits: f64::NEG_INFINITY.to_bits(),
                    });
                }
                if let Some(v) = int_literal(text).filter(|v| *v <= u64::MAX as u128) {
                    return Ok(InputValue::Int(if neg { -(v as i128) } else { v as i128 }));
                }
                let body = if neg {
                    format!("-{text}")
                } else {
                    text.to_string()
                };
                body.parse::<f64>()
                    .map(|x| InputValue::Float { bits: x.to_bits() })
                    .map_err(|_| {
                        self.p
                            .error_at(at, format!("expected a number, found `{}`", short(&body)))
                    })
            }
            _ => Err(self.p.unexpected(
                "an input value (number, string, nil, {...}, &value, iface(T, v), new(T, v) or funcval F)",
            )),
        }
    }
}

/// Where each value of `f` lands when it is canonicalised.
/// The number of leaves of a result list, saturating: counted without
/// listing them, since a type the verifier refuses may have billions.
fn results_leaf_count(results: &[crate::types::Param]) -> u64 {
    results
        .iter()
        .fold(0u64, |n, r| n.saturating_add(leaf_count(&r.ty)))
}

fn definition_order(f: &Function) -> Vec<Value> {
    let mut map = vec![Value(u32::MAX); f.value_types.len()];
    let mut n = 0u32;
    for b in &f.blocks {
        for v in b
            .params
            .iter()
            .chain(b.insts.iter().flat_map(|i| i.results.iter()))
        {
            map[v.0 as usize] = Value(n);
            n += 1;
        }
    }
    map
}

/// Decodes a Go string literal (`"..."` with escapes, or a raw `` `...` ``).
fn unquote(text: &str) -> Result<Vec<u8>, String> {
    if text.len() >= 2 && text.starts_with('`') && text.ends_with('`') {
        return Ok(text.as_bytes()[1..text.len() - 1].to_vec());
    }
    if text.len() < 2 || !text.starts_with('"') || !text.ends_with('"') {
        return Err("unterminated string literal".to_string());
    }
    let mut out = Vec::new();
    let mut chars = text[1..text.len() - 1].chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next() {
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('r') => out.push(b'\r'),
            Some('0') => out.push(0),
            Some('\\') => out.push(b'\\'),
            Some('"') => out.push(b'"'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                let b = u8::from_str_radix(&hex, 16).map_err(|_| format!("bad escape \\x{hex}"))?;
                out.push(b);
            }
            other => {
                return Err(format!(
                    "unknown escape \\{}",
                    other.map(String::from).unwrap_or_default()
                ))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// hashbrown picks a name's bucket by the low bits of its hash: names
    /// that differ only in a late character (`acc1234A`, `acc1234B`, ...)
    /// must still differ there. (A hand-written Fx hasher that returned
    /// the last multiply as it was kept them in 32 of 1,024 buckets, and
    /// a 200,000-block module parsed in superlinear time.)
    #[test]
    fn names_that_differ_late_spread_over_buckets() {
        let map: NameMap<'static, ()> = NameMap::default();
        let hasher = map.hasher();
        let buckets: std::collections::HashSet<u64> = (0..64u8)
            .map(|i| {
                let name = format!("acc1234{}", (b'0' + i) as char);
                hasher.hash_one(name.as_str()) & 1023
            })
            .collect();
        assert!(buckets.len() > 48, "64 names in {} buckets", buckets.len());
    }
}

#[cfg(test)]
mod huge_types {
    /// Found by the `ir_text` fuzz target (an out-of-memory): a `param`
    /// of a parameter with 421 million leaves parses without listing them.
    #[test]
    fn a_param_of_a_huge_array_parses_without_listing_its_leaves() {
        let text =
            "internal func f(xs [421474836]int32) int32 {\nb0:\n    x = param 0, 0\n    ret x\n}\n";
        let m = super::parse_module(text).expect("parses");
        assert!(
            crate::ir::verify_module(&m).is_err(),
            "too many leaves to verify"
        );
    }

    /// The same for a callee's results: counted, not listed, whether the
    /// call names the wrong number of results or (impossibly) the right one.
    #[test]
    fn a_call_to_a_function_of_huge_results_is_refused_without_listing_them() {
        let callee = "extern internal func g() [421474836]int32\n";
        let text = format!(
            "{callee}internal func f() int32 {{\nb0:\n    x = call internal g()\n    ret x\n}}\n"
        );
        let err = super::parse_module(&text).expect_err("count mismatch");
        assert!(
            err.to_string()
                .contains("returns 421474836 leaves, but the call names 1 results"),
            "{err}"
        );
        let text = "internal func f(fv func() [421474836]int32) int32 {\nb0:\n    v = param 0, 0\n    x = callval func() [421474836]int32, v()\n    ret x\n}\n";
        let err = super::parse_module(text).expect_err("count mismatch");
        assert!(
            err.to_string()
                .contains("defines 421474836 values, found 1"),
            "{err}"
        );
    }
}
