//! Checks that a module is well formed: every operand has the type its
//! operation needs, calls and returns match the signatures they name, block
//! arguments match block parameters, every use is dominated by its
//! definition, and every signature has an ABI layout.

use super::*;
use crate::abi::{AbiLayout, RegConfig};
use rustc_hash::FxHashMap as HashMap;
use std::fmt;

/// Most leaves a signature may have (an `[N]T` parameter has N times T's).
pub const MAX_LEAVES: u64 = 1 << 16;

/// What is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// The function the error is in, or the one a `run` line names.
    pub function: String,
    /// Where in the module's text, when it was read from text.
    pub pos: Option<Pos>,
    /// What the error is in, as a reader finds it: `in function f, block
    /// b0: ret x` (the statement as written, with the text's names), `in
    /// function f`, or `run f(1, 2)`.
    pub context: String,
    pub message: String,
}

impl VerifyError {
    /// The error without its position: `CONTEXT: MESSAGE`.
    pub fn describe(&self) -> String {
        format!("{}: {}", self.context, self.message)
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{p}: {}", self.describe()),
            None => f.write_str(&self.describe()),
        }
    }
}

impl std::error::Error for VerifyError {}

/// Verifies every function and run line of `m`.
pub fn verify_module(m: &Module) -> Result<(), VerifyError> {
    let mut by_name: HashMap<&str, &Function> = HashMap::default();
    for f in &m.functions {
        if by_name.insert(&f.name, f).is_some() {
            return Err(VerifyError {
                function: f.name.clone(),
                pos: f.pos(),
                context: format!("in function {}", f.name),
                message: "defined twice".into(),
            });
        }
    }
    // What calls may name: functions and externs.
    let mut sigs: HashMap<&str, &crate::types::FuncType> =
        by_name.iter().map(|(n, f)| (*n, &f.sig)).collect();
    for e in &m.externs {
        let err = |message: String| VerifyError {
            function: e.name.clone(),
            pos: e.pos.0,
            context: format!("in extern function {}", e.name),
            message,
        };
        if sigs.insert(&e.name, &e.sig).is_some() {
            return Err(err("defined twice".into()));
        }
        check_signature(&e.sig).map_err(err)?;
    }
    for f in &m.functions {
        Verifier::new(f, &by_name, &sigs).run()?;
    }
    for (k, r) in m.runs.iter().enumerate() {
        let err = |message: String| VerifyError {
            function: r.func.clone(),
            pos: r.pos.0,
            context: m.run_label(k),
            message,
        };
        let Some(f) = by_name.get(r.func.as_str()) else {
            if m.extern_decl(&r.func).is_some() {
                return Err(err(format!(
                    "{} is an extern function, which has no body here to run",
                    r.func
                )));
            }
            return Err(err(format!("no function {}", r.func)));
        };
        if f.context.is_some() {
            return Err(err(format!(
                "{} takes a closure context, so only a func value made by `closure` can call it",
                r.func
            )));
        }
        let (given, want) = (r.args.len(), f.sig.params.len());
        if given != want {
            return Err(err(format!(
                "{} takes {want} argument{}, given {given}",
                r.func,
                if want == 1 { "" } else { "s" }
            )));
        }
        for (i, (p, v)) in f.sig.params.iter().zip(&r.args).enumerate() {
            check_run_funcvals(&p.ty, v, &by_name, m)
                .map_err(|e| err(format!("argument {i} ({}): {e}", p.ty)))?;
        }
    }
    Ok(())
}

/// The `funcval F` values in a run line's argument `v` of type `t` name
/// functions without a context whose type is exactly the func type they
/// are given as. Other mismatches of value and type are the inputs'
/// business (they are reported when the line is run).
fn check_run_funcvals(
    t: &crate::types::Type,
    v: &InputValue,
    funcs: &HashMap<&str, &Function>,
    m: &Module,
) -> Result<(), String> {
    use crate::types::Kind;
    match (t.kind(), v) {
        (_, InputValue::FuncVal(name)) => {
            let Kind::Func(want) = t.kind() else {
                return Err(format!("funcval {name} is not a {t}"));
            };
            let Some(g) = funcs.get(name.as_str()) else {
                if m.extern_decl(name).is_some() {
                    return Err(format!(
                        "funcval {name}: {name} is an extern function, which has no static func value here"
                    ));
                }
                return Err(format!("funcval {name}: no function {name}"));
            };
            if g.context.is_some() {
                return Err(format!(
                    "funcval {name}: {name} takes a closure context, so it has no static func value"
                ));
            }
            if g.nosplit {
                return Err(format!(
                    "funcval {name}: {name} is nosplit: a func value's function must check its stack"
                ));
            }
            if !g.sig.same_types(want) {
                return Err(format!(
                    "funcval {name}: {name} is a {}, not a {t}",
                    g.sig.go_syntax()
                ));
            }
            Ok(())
        }
        (Kind::Pointer(elem), InputValue::Addr(inner)) => check_run_funcvals(elem, inner, funcs, m),
        (Kind::Slice(elem) | Kind::Array { elem, .. }, InputValue::Composite(items)) => items
            .iter()
            .try_for_each(|item| check_run_funcvals(elem, item, funcs, m)),
        (Kind::Struct(fields), InputValue::Composite(items)) => fields
            .iter()
            .zip(items)
            .try_for_each(|(f, item)| check_run_funcvals(&f.ty, item, funcs, m)),
        (_, InputValue::Iface { ty, value } | InputValue::New { ty, value }) => {
            check_run_funcvals(ty, value, funcs, m)
        }
        _ => Ok(()),
    }
}

/// A signature's leaves are few enough, and it has a layout in both ABIs.
fn check_signature(sig: &crate::types::FuncType) -> Result<(), String> {
    for (what, list) in [("parameters", &sig.params), ("results", &sig.results)] {
        let n = list
            .iter()
            .fold(0u64, |n, p| n.saturating_add(leaf_count(&p.ty)));
        if n > MAX_LEAVES {
            return Err(format!("{what} have {n} leaves, more than {MAX_LEAVES}"));
        }
    }
    for cfg in [RegConfig::ABI_INTERNAL, RegConfig::ABI0] {
        AbiLayout::analyze(sig, cfg).map_err(|e| e.to_string())?;
    }
    Ok(())
}

struct Verifier<'a> {
    f: &'a Function,
    /// Every function, by name.
    funcs: &'a HashMap<&'a str, &'a Function>,
    /// The signature of every function and extern, by name (what `call`
    /// may name).
    sigs: &'a HashMap<&'a str, &'a crate::types::FuncType>,
    param_leaves: Vec<Vec<Leaf>>,
}

impl<'a> Verifier<'a> {
    fn new(
        f: &'a Function,
        funcs: &'a HashMap<&'a str, &'a Function>,
        sigs: &'a HashMap<&'a str, &'a crate::types::FuncType>,
    ) -> Verifier<'a> {
        Verifier {
            f,
            funcs,
            sigs,
            param_leaves: Vec::new(),
        }
    }

    /// An error in the function as a whole (at its `func`).
    fn err(&self, message: String) -> VerifyError {
        VerifyError {
            function: self.f.name.clone(),
            pos: self.f.pos(),
            context: format!("in function {}", self.f.name),
            message,
        }
    }

    /// An error in block `b` as a whole (at its label).
    fn err_block(&self, b: usize, message: String) -> VerifyError {
        VerifyError {
            function: self.f.name.clone(),
            pos: self.f.source.block_pos(b),
            context: format!(
                "in function {}, block {}",
                self.f.name,
                self.f.block_name(Block(b as u32))
            ),
            message,
        }
    }

    /// An error in statement `i` of block `b` (its terminator when `i` is
    /// the number of instructions).
    fn err_stmt(&self, b: usize, i: usize, message: String) -> VerifyError {
        VerifyError {
            function: self.f.name.clone(),
            pos: self.f.stmt_pos(b, i),
            context: format!(
                "in function {}, block {}: {}",
                self.f.name,
                self.f.block_name(Block(b as u32)),
                self.f.stmt_text(b, i)
            ),
            message,
        }
    }

    /// A value as the text named it.
    fn name(&self, v: Value) -> String {
        self.f.value_name(v)
    }

    fn run(mut self) -> Result<(), VerifyError> {
        let f = self.f;
        check_signature(&f.sig).map_err(|e| self.err(e))?;
        if let Some(ctx) = &f.context {
            let n = leaf_count(ctx);
            if n > MAX_LEAVES {
                return Err(self.err(format!(
                    "the context type has {n} leaves, more than {MAX_LEAVES}"
                )));
            }
        }
        if f.context.is_some() && f.abi != Abi::Internal {
            return Err(self.err(
                "a function with a context type must be `internal` (closures are called through ABIInternal)"
                    .into(),
            ));
        }
        self.param_leaves = f.sig.params.iter().map(|p| leaves(&p.ty)).collect();
        if f.blocks.is_empty() {
            return Err(self.err("no blocks".into()));
        }
        if !f.blocks[0].params.is_empty() {
            return Err(self.err_block(0, "the entry block cannot have parameters".into()));
        }
        // Each value defined exactly once; remember where.
        let mut def: Vec<Option<(usize, usize)>> = vec![None; f.value_types.len()];
        for (bi, b) in f.blocks.iter().enumerate() {
            let defs = b.params.iter().map(|p| (p, 0)).chain(
                b.insts
                    .iter()
                    .enumerate()
                    .flat_map(|(ii, i)| i.results.iter().map(move |r| (r, ii + 1))),
            );
            for (v, pos) in defs {
                // Parameters are defined at the label, results by statement pos - 1.
                let at = |message: String| match pos {
                    0 => self.err_block(bi, message),
                    _ => self.err_stmt(bi, pos - 1, message),
                };
                // Names are formatted only for a message: most values have none.
                let slot = def
                    .get_mut(v.0 as usize)
                    .ok_or_else(|| at(format!("{} has no type", self.name(*v))))?;
                if slot.is_some() {
                    return Err(at(format!("{} is defined twice", self.name(*v))));
                }
                *slot = Some((bi, pos));
            }
        }
        let dom = DomTree::new(&dominators(f));
        for (bi, b) in f.blocks.iter().enumerate() {
            for (ii, inst) in b.insts.iter().enumerate() {
                self.check_inst(inst)
                    .map_err(|m| self.err_stmt(bi, ii, m))?;
                let mut bad = Ok(());
                inst.op.for_each_arg(|v| {
                    if bad.is_ok() {
                        bad = self.check_use(v, bi, ii + 1, &def, &dom);
                    }
                });
                bad.map_err(|m| self.err_stmt(bi, ii, m))?;
            }
            let term = b.insts.len();
            self.check_term(&b.term)
                .map_err(|m| self.err_stmt(bi, term, m))?;
            let mut bad = Ok(());
            b.term.for_each_arg(|v| {
                if bad.is_ok() {
                    bad = self.check_use(v, bi, term + 1, &def, &dom);
                }
            });
            bad.map_err(|m| self.err_stmt(bi, term, m))?;
        }
        Ok(())
    }

    /// `v`, used at position `pos` of block `bi`, must be defined before:
    /// earlier in the same block, or in a block that dominates this one.
    fn check_use(
        &self,
        v: Value,
        bi: usize,
        pos: usize,
        def: &[Option<(usize, usize)>],
        dom: &DomTree,
    ) -> Result<(), String> {
        let Some(Some((db, dpos))) = def.get(v.0 as usize) else {
            return Err(format!("{} is never defined", self.name(v)));
        };
        if !dom.reachable(bi) {
            // Unreachable block: nothing runs it, nothing to check.
            return Ok(());
        }
        let ok = if *db == bi {
            *dpos < pos
        } else {
            dom.dominates(*db, bi)
        };
        if ok {
            Ok(())
        } else {
            Err(format!(
                "{} is used where its definition (in block {}) does not dominate",
                self.name(v),
                self.f.block_name(Block(*db as u32))
            ))
        }
    }

    fn ty(&self, v: Value) -> Result<Ty, String> {
        self.f
            .value_types
            .get(v.0 as usize)
            .copied()
            .ok_or_else(|| format!("{} is never defined", self.name(v)))
    }

    fn want(&self, v: Value, ty: Ty) -> Result<(), String> {
        let t = self.ty(v)?;
        if t == ty {
            Ok(())
        } else {
            Err(format!("{} is {t}, expected {ty}", self.name(v)))
        }
    }

    /// `v` must be a `ty`, as `what` says: `x is i64, but f returns i32`.
    fn want_as(&self, v: Value, ty: Ty, what: impl FnOnce() -> String) -> Result<(), String> {
        let t = self.ty(v)?;
        if t == ty {
            Ok(())
        } else {
            Err(format!("{} is {t}, but {}", self.name(v), what()))
        }
    }

    fn check_inst(&self, inst: &Inst) -> Result<(), String> {
        let result_ty: Option<Ty> = match &inst.op {
            Op::Iconst { ty, bits } => {
                if !ty.is_int() {
                    return Err(format!("iconst of {ty}"));
                }
                if ty.bits() < 64 && bits >> ty.bits() != 0 {
                    return Err(format!("constant bits {bits:#x} do not fit {ty}"));
                }
                Some(*ty)
            }
            Op::Fconst { ty, bits } => {
                if !ty.is_float() || (*ty == Ty::F32 && *bits > u32::MAX as u64) {
                    return Err(format!("fconst of {ty} with bits {bits:#x}"));
                }
                Some(*ty)
            }
            Op::Nil | Op::Alloc { .. } => Some(Ty::Ptr),
            Op::Param { index, leaf } => {
                let leaves = self.param_leaves.get(*index as usize).ok_or_else(|| {
                    format!(
                        "no parameter {index} (there are {})",
                        self.param_leaves.len()
                    )
                })?;
                let l = leaves.get(*leaf as usize).ok_or_else(|| {
                    format!(
                        "parameter {index} has no leaf {leaf} (it has {})",
                        leaves.len()
                    )
                })?;
                Some(l.ty)
            }
            Op::ParamAddr { index } => {
                if *index as usize >= self.f.sig.params.len() {
                    return Err(format!("no parameter {index}"));
                }
                Some(Ty::Ptr)
            }
            Op::SlotAddr { slot } => {
                if slot.0 as usize >= self.f.slots.len() {
                    return Err(format!("no slot {}", self.f.slot_name(*slot)));
                }
                Some(Ty::Ptr)
            }
            Op::Unary { op, ty, arg } => {
                let ok = match op {
                    UnOp::Neg | UnOp::Not => ty.is_int(),
                    UnOp::FNeg => ty.is_float(),
                };
                if !ok {
                    return Err(format!("{} of {ty}", op.name()));
                }
                self.want(*arg, *ty)?;
                Some(*ty)
            }
            Op::Binary { op, ty, a, b } => {
                if op.is_float() != ty.is_float() || *ty == Ty::Ptr {
                    return Err(format!("{} of {ty}", op.name()));
                }
                self.want(*a, *ty)?;
                if op.is_shift() {
                    let bt = self.ty(*b)?;
                    if !bt.is_int() {
                        return Err(format!(
                            "shift count {} is {bt}, expected an integer",
                            self.name(*b)
                        ));
                    }
                } else {
                    self.want(*b, *ty)?;
                }
                Some(*ty)
            }
            Op::Icmp { cc, ty, a, b } => {
                let ok = ty.is_int() || (*ty == Ty::Ptr && matches!(cc, IntCC::Eq | IntCC::Ne));
                if !ok {
                    return Err(format!("{} of {ty}", cc.name()));
                }
                self.want(*a, *ty)?;
                self.want(*b, *ty)?;
                Some(Ty::I8)
            }
            Op::Fcmp { cc, ty, a, b } => {
                if !ty.is_float() {
                    return Err(format!("{} of {ty}", cc.name()));
                }
                self.want(*a, *ty)?;
                self.want(*b, *ty)?;
                Some(Ty::I8)
            }
            Op::Conv { op, from, to, arg } => {
                if !op.allows(*from, *to) {
                    return Err(format!("{} from {from} to {to}", op.name()));
                }
                self.want(*arg, *from)?;
                Some(*to)
            }
            Op::Load { ty, ptr, .. } => {
                self.want(*ptr, Ty::Ptr)?;
                Some(*ty)
            }
            Op::Store { ty, ptr, value, .. } => {
                self.want(*ptr, Ty::Ptr)?;
                self.want(*value, *ty)?;
                None
            }
            Op::PtrAdd { ptr, offset } => {
                self.want(*ptr, Ty::Ptr)?;
                self.want(*offset, Ty::I64)?;
                Some(Ty::Ptr)
            }
            Op::FuncVal { .. } | Op::Closure { .. } | Op::Context | Op::CallVal { .. } => {
                return self.check_closure_op(inst);
            }
            Op::Itab { .. } | Op::CallMethod { .. } => return self.check_method_op(inst),
            Op::Call { callee, args, .. } => {
                let g = self
                    .sigs
                    .get(callee.as_str())
                    .ok_or_else(|| format!("no function {callee}"))?;
                if self
                    .funcs
                    .get(callee.as_str())
                    .is_some_and(|g| g.context.is_some())
                {
                    return Err(format!(
                        "{callee} takes a closure context: call it through a func value made by `closure` (callval)"
                    ));
                }
                let want = list_leaves(&g.params);
                if want.len() != args.len() {
                    return Err(format!(
                        "{callee} takes {} leaves, given {}",
                        want.len(),
                        args.len()
                    ));
                }
                for (k, (a, l)) in args.iter().zip(&want).enumerate() {
                    self.want_as(*a, l.ty, || match want.len() {
                        1 => format!("{callee} takes {}", l.ty),
                        _ => format!("{callee}'s parameter leaf {k} is {}", l.ty),
                    })?;
                }
                let res = list_leaves(&g.results);
                if res.len() != inst.results.len() {
                    return Err(format!(
                        "{callee} returns {} leaves, {} named",
                        res.len(),
                        inst.results.len()
                    ));
                }
                for (k, (r, l)) in inst.results.iter().zip(&res).enumerate() {
                    self.want_as(*r, l.ty, || match res.len() {
                        1 => format!("{callee} returns {}", l.ty),
                        _ => format!("{callee}'s result leaf {k} is {}", l.ty),
                    })?;
                }
                return Ok(());
            }
        };
        match (result_ty, inst.results.as_slice()) {
            (None, []) => Ok(()),
            (Some(t), [r]) => self.want(*r, t),
            (None, rs) => Err(format!("defines {} values, expected none", rs.len())),
            (Some(_), rs) => Err(format!("defines {} values, expected one", rs.len())),
        }
    }

    /// `funcval`, `closure`, `ctx` and `callval`.
    fn check_closure_op(&self, inst: &Inst) -> Result<(), String> {
        // The function a func value calls: it must check its stack (Go's
        // linker takes an indirect call for a call to a splitting function).
        let target = |func: &str| -> Result<&Function, String> {
            let g = self
                .funcs
                .get(func)
                .ok_or_else(|| format!("no function {func}"))?;
            if g.nosplit {
                return Err(format!(
                    "{func} is nosplit: a func value's function must check its stack"
                ));
            }
            Ok(g)
        };
        let one_ptr = |what: &str| match inst.results.as_slice() {
            [r] => self.want(*r, Ty::Ptr),
            rs => Err(format!("{what} defines {} values, expected one", rs.len())),
        };
        match &inst.op {
            Op::FuncVal { func } => {
                if target(func)?.context.is_some() {
                    return Err(format!(
                        "{func} takes a closure context: make its func value with `closure`"
                    ));
                }
                one_ptr("funcval")
            }
            Op::Closure { func, args } => {
                let g = target(func)?;
                let Some(ctx) = &g.context else {
                    return Err(format!(
                        "{func} has no context type: its func value is `funcval {func}`"
                    ));
                };
                let want = leaves(ctx);
                if want.len() != args.len() {
                    return Err(format!(
                        "{func}'s context has {} leaves, given {}",
                        want.len(),
                        args.len()
                    ));
                }
                for (k, (a, l)) in args.iter().zip(&want).enumerate() {
                    self.want_as(*a, l.ty, || {
                        format!("{func}'s context leaf {k} is {}", l.ty)
                    })?;
                }
                one_ptr("closure")
            }
            Op::Context => {
                if self.f.context.is_none() {
                    return Err(format!("ctx in {}, which has no context type", self.f.name));
                }
                one_ptr("ctx")
            }
            Op::CallVal { sig, callee, args } => {
                if self.f.nosplit {
                    return Err(
                        "a nosplit function cannot call through a func value (its callee is unknown)"
                            .into(),
                    );
                }
                self.want(*callee, Ty::Ptr)?;
                self.check_indirect_call(sig, args, &inst.results)
            }
            _ => Ok(()),
        }
    }

    /// `itab` and `callmethod`.
    fn check_method_op(&self, inst: &Inst) -> Result<(), String> {
        match &inst.op {
            Op::Itab { methods } => {
                for m in methods {
                    let g = self
                        .funcs
                        .get(m.as_str())
                        .ok_or_else(|| format!("no function {m}"))?;
                    if g.nosplit {
                        return Err(format!(
                            "{m} is nosplit: a method's function must check its stack"
                        ));
                    }
                    if g.context.is_some() {
                        return Err(format!(
                            "{m} takes a closure context: it cannot be a method"
                        ));
                    }
                    let recv = g.sig.params.first().map(|p| leaves(&p.ty));
                    if !matches!(recv.as_deref(), Some([l]) if l.ty == Ty::Ptr) {
                        return Err(format!(
                            "{m} cannot be a method: its first parameter (the receiver) must be one pointer word"
                        ));
                    }
                }
                match inst.results.as_slice() {
                    [r] => self.want(*r, Ty::Ptr),
                    rs => Err(format!("itab defines {} values, expected one", rs.len())),
                }
            }
            Op::CallMethod {
                sig,
                itab,
                recv,
                args,
                ..
            } => {
                if self.f.nosplit {
                    return Err(
                        "a nosplit function cannot call a method through an itab (its callee is unknown)"
                            .into(),
                    );
                }
                self.want(*itab, Ty::Ptr)?;
                self.want(*recv, Ty::Ptr)?;
                self.check_indirect_call(sig, args, &inst.results)?;
                AbiLayout::analyze(&method_type(sig), RegConfig::ABI_INTERNAL)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }
            _ => Ok(()),
        }
    }

    /// The arguments and results of a call through a func value or an
    /// itab, against the func type `sig` the call names.
    fn check_indirect_call(
        &self,
        sig: &FuncType,
        args: &[Value],
        results: &[Value],
    ) -> Result<(), String> {
        for (what, list) in [("parameters", &sig.params), ("results", &sig.results)] {
            let n = list
                .iter()
                .fold(0u64, |n, p| n.saturating_add(leaf_count(&p.ty)));
            if n > MAX_LEAVES {
                return Err(format!(
                    "the func type's {what} have {n} leaves, more than {MAX_LEAVES}"
                ));
            }
        }
        for cfg in [RegConfig::ABI_INTERNAL, RegConfig::ABI0] {
            AbiLayout::analyze(sig, cfg).map_err(|e| e.to_string())?;
        }
        let want = list_leaves(&sig.params);
        if want.len() != args.len() {
            return Err(format!(
                "the func type takes {} leaves, given {}",
                want.len(),
                args.len()
            ));
        }
        for (k, (a, l)) in args.iter().zip(&want).enumerate() {
            self.want_as(*a, l.ty, || {
                format!("the func type's parameter leaf {k} is {}", l.ty)
            })?;
        }
        let res = list_leaves(&sig.results);
        if res.len() != results.len() {
            return Err(format!(
                "the func type returns {} leaves, {} named",
                res.len(),
                results.len()
            ));
        }
        for (k, (r, l)) in results.iter().zip(&res).enumerate() {
            self.want_as(*r, l.ty, || {
                format!("the func type's result leaf {k} is {}", l.ty)
            })?;
        }
        Ok(())
    }

    fn check_term(&self, t: &Terminator) -> Result<(), String> {
        if let Terminator::Brif { cond, .. } = t {
            let ct = self.ty(*cond)?;
            if !ct.is_int() {
                return Err(format!(
                    "branch condition {} is {ct}, expected an integer",
                    self.name(*cond)
                ));
            }
        }
        for bc in t.targets() {
            let target = self
                .f
                .blocks
                .get(bc.block.0 as usize)
                .ok_or_else(|| format!("no block {}", self.f.block_name(bc.block)))?;
            if bc.block.0 == 0 {
                return Err("the entry block cannot be branched to".into());
            }
            if target.params.len() != bc.args.len() {
                let want = target.params.len();
                return Err(format!(
                    "block {} takes {want} argument{}, given {}",
                    self.f.block_name(bc.block),
                    if want == 1 { "" } else { "s" },
                    bc.args.len()
                ));
            }
            for (a, p) in bc.args.iter().zip(&target.params) {
                self.want_as(*a, self.ty(*p)?, || {
                    format!(
                        "block {}'s parameter {} is {}",
                        self.f.block_name(bc.block),
                        self.name(*p),
                        self.f.ty(*p)
                    )
                })?;
            }
        }
        if let Terminator::Return(vs) = t {
            let want = list_leaves(&self.f.sig.results);
            if want.len() != vs.len() {
                return Err(format!(
                    "returns {} values, the results have {} leaves",
                    vs.len(),
                    want.len()
                ));
            }
            let f = &self.f.name;
            for (k, (v, l)) in vs.iter().zip(&want).enumerate() {
                self.want_as(*v, l.ty, || match want.len() {
                    1 => format!("{f} returns {}", l.ty),
                    _ => format!("{f}'s result leaf {k} is {}", l.ty),
                })?;
            }
        }
        Ok(())
    }
}

/// The dominator tree, numbered so that dominance is a constant-time test:
/// `a` dominates `b` when `b`'s preorder number lies within `a`'s subtree
/// (walking up the immediate dominators instead costs the depth of the tree
/// per use, which a long chain of blocks makes quadratic).
pub struct DomTree {
    /// Per block: its preorder number and the last number in its subtree;
    /// `None` for unreachable blocks.
    span: Vec<Option<(u32, u32)>>,
}

impl DomTree {
    /// The tree of the immediate dominators `idom` (from [`dominators`]).
    pub fn new(idom: &[Option<usize>]) -> DomTree {
        let n = idom.len();
        let mut span = vec![None; n];
        if n == 0 || idom[0].is_none() {
            return DomTree { span };
        }
        // Children lists in one array: block d's children are
        // children[start[d]..start[d + 1]].
        let parent = |b: usize| idom[b].filter(|&d| d != b);
        let mut start = vec![0usize; n + 1];
        for b in 0..n {
            if let Some(d) = parent(b) {
                start[d + 1] += 1;
            }
        }
        for d in 0..n {
            start[d + 1] += start[d];
        }
        let mut children = vec![0usize; start[n]];
        let mut fill = start.clone();
        for b in 0..n {
            if let Some(d) = parent(b) {
                children[fill[d]] = b;
                fill[d] += 1;
            }
        }
        // Iterative preorder walk: (block, next child to visit).
        let mut next = 1u32;
        let mut stack = vec![(0usize, start[0])];
        span[0] = Some((0, 0));
        while let Some((b, i)) = stack.pop() {
            if i < start[b + 1] {
                let c = children[i];
                stack.push((b, i + 1));
                span[c] = Some((next, next));
                next += 1;
                stack.push((c, start[c]));
            } else if let Some((pre, _)) = span[b] {
                span[b] = Some((pre, next - 1));
            }
        }
        DomTree { span }
    }

    pub fn reachable(&self, b: usize) -> bool {
        self.span[b].is_some()
    }

    /// Whether `a` dominates `b` (every block dominates itself).
    pub fn dominates(&self, a: usize, b: usize) -> bool {
        match (self.span[a], self.span[b]) {
            (Some((a0, a1)), Some((b0, _))) => a0 <= b0 && b0 <= a1,
            _ => false,
        }
    }
}

/// Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm):
/// `idom[0] = Some(0)`, `None` for unreachable blocks.
pub fn dominators(f: &Function) -> Vec<Option<usize>> {
    let n = f.blocks.len();
    let succs: Vec<Vec<usize>> = f
        .blocks
        .iter()
        .map(|b| {
            b.term
                .targets()
                .iter()
                .map(|bc| bc.block.0 as usize)
                .filter(|&t| t < n)
                .collect()
        })
        .collect();
    // Reverse postorder, iteratively.
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    let mut stack = vec![(0usize, 0usize)];
    seen[0] = true;
    while let Some((b, i)) = stack.pop() {
        if i < succs[b].len() {
            stack.push((b, i + 1));
            let s = succs[b][i];
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            order.push(b);
        }
    }
    order.reverse();
    let mut rpo_index = vec![usize::MAX; n];
    for (i, &b) in order.iter().enumerate() {
        rpo_index[b] = i;
    }
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (b, ss) in succs.iter().enumerate() {
        if seen[b] {
            for &s in ss {
                preds[s].push(b);
            }
        }
    }
    let mut idom: Vec<Option<usize>> = vec![None; n];
    idom[0] = Some(0);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in order.iter().skip(1) {
            let mut new: Option<usize> = None;
            for &p in &preds[b] {
                if idom[p].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(cur) => {
                        let (mut x, mut y) = (p, cur);
                        while x != y {
                            while rpo_index[x] > rpo_index[y] {
                                x = idom[x].unwrap_or(0);
                            }
                            while rpo_index[y] > rpo_index[x] {
                                y = idom[y].unwrap_or(0);
                            }
                        }
                        x
                    }
                });
            }
            if new.is_some() && idom[b] != new {
                idom[b] = new;
                changed = true;
            }
        }
    }
    idom
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dominance by walking up the immediate dominators.
    fn dominates_by_walking(idom: &[Option<usize>], a: usize, b: usize) -> bool {
        if idom[a].is_none() || idom[b].is_none() {
            return false;
        }
        let mut x = b;
        loop {
            if x == a {
                return true;
            }
            match idom[x] {
                Some(d) if d != x => x = d,
                _ => return false,
            }
        }
    }

    #[test]
    fn dominator_tree_numbering_agrees_with_walking_up() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        for _ in 0..300 {
            let n = 1 + next(30);
            // A tree over the reachable blocks (each block's parent comes
            // before it), and some unreachable ones.
            let idom: Vec<Option<usize>> = (0..n)
                .map(|b| match b {
                    0 => Some(0),
                    _ if next(5) == 0 => None,
                    _ => Some(next(b)),
                })
                .collect();
            // A block under an unreachable one is unreachable too.
            let mut idom = idom;
            for b in 1..n {
                if idom[b].is_some_and(|d| idom[d].is_none()) {
                    idom[b] = None;
                }
            }
            let tree = DomTree::new(&idom);
            for a in 0..n {
                assert_eq!(tree.reachable(a), idom[a].is_some());
                for b in 0..n {
                    assert_eq!(
                        tree.dominates(a, b),
                        dominates_by_walking(&idom, a, b),
                        "{a} dom {b} in {idom:?}"
                    );
                }
            }
        }
    }
}
