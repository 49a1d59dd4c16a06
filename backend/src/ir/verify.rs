//! Checks that a module is well formed: every operand has the type its
//! operation needs, calls and returns match the signatures they name, block
//! arguments match block parameters, every use is dominated by its
//! definition, and every signature has an ABI layout.

use super::*;
use crate::abi::{AbiLayout, RegConfig};
use std::collections::HashMap;
use std::fmt;

/// Most leaves a signature may have (an `[N]T` parameter has N times T's).
pub const MAX_LEAVES: u64 = 1 << 16;

/// What is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub function: String,
    /// The block and the instruction (its text), when the error is in one.
    pub place: Option<String>,
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(p) => write!(f, "function {}, {p}: {}", self.function, self.message),
            None => write!(f, "function {}: {}", self.function, self.message),
        }
    }
}

impl std::error::Error for VerifyError {}

/// Verifies every function and run line of `m`.
pub fn verify_module(m: &Module) -> Result<(), VerifyError> {
    let mut by_name: HashMap<&str, &Function> = HashMap::new();
    for f in &m.functions {
        if by_name.insert(&f.name, f).is_some() {
            return Err(VerifyError {
                function: f.name.clone(),
                place: None,
                message: "defined twice".into(),
            });
        }
    }
    for f in &m.functions {
        Verifier::new(f, &by_name).run()?;
    }
    for r in &m.runs {
        let Some(f) = by_name.get(r.func.as_str()) else {
            return Err(VerifyError {
                function: r.func.clone(),
                place: Some("run".into()),
                message: "no such function".into(),
            });
        };
        if r.args.len() != f.sig.params.len() {
            return Err(VerifyError {
                function: r.func.clone(),
                place: Some("run".into()),
                message: format!(
                    "{} arguments for {} parameters",
                    r.args.len(),
                    f.sig.params.len()
                ),
            });
        }
    }
    Ok(())
}

struct Verifier<'a> {
    f: &'a Function,
    funcs: &'a HashMap<&'a str, &'a Function>,
    param_leaves: Vec<Vec<Leaf>>,
}

impl<'a> Verifier<'a> {
    fn new(f: &'a Function, funcs: &'a HashMap<&'a str, &'a Function>) -> Verifier<'a> {
        Verifier {
            f,
            funcs,
            param_leaves: Vec::new(),
        }
    }

    fn err(&self, place: Option<String>, message: String) -> VerifyError {
        VerifyError {
            function: self.f.name.clone(),
            place,
            message,
        }
    }

    fn run(mut self) -> Result<(), VerifyError> {
        let f = self.f;
        for (what, list) in [("parameters", &f.sig.params), ("results", &f.sig.results)] {
            let n = list
                .iter()
                .fold(0u64, |n, p| n.saturating_add(leaf_count(&p.ty)));
            if n > MAX_LEAVES {
                return Err(self.err(
                    None,
                    format!("{what} have {n} leaves, more than {MAX_LEAVES}"),
                ));
            }
        }
        for cfg in [RegConfig::ABI_INTERNAL, RegConfig::ABI0] {
            if let Err(e) = AbiLayout::analyze(&f.sig, cfg) {
                return Err(self.err(None, e.to_string()));
            }
        }
        self.param_leaves = f.sig.params.iter().map(|p| leaves(&p.ty)).collect();
        if f.blocks.is_empty() {
            return Err(self.err(None, "no blocks".into()));
        }
        if !f.blocks[0].params.is_empty() {
            return Err(self.err(
                Some("b0".into()),
                "the entry block cannot have parameters".into(),
            ));
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
                let slot = def
                    .get_mut(v.0 as usize)
                    .ok_or_else(|| self.err(Some(format!("b{bi}")), format!("{v} has no type")))?;
                if slot.is_some() {
                    return Err(self.err(Some(format!("b{bi}")), format!("{v} is defined twice")));
                }
                *slot = Some((bi, pos));
            }
        }
        let dom = DomTree::new(&dominators(f));
        for (bi, b) in f.blocks.iter().enumerate() {
            for (ii, inst) in b.insts.iter().enumerate() {
                let place = || Some(format!("b{bi}, `{}`", show_inst(inst)));
                self.check_inst(inst).map_err(|m| self.err(place(), m))?;
                for v in inst.op.args() {
                    self.check_use(v, bi, ii + 1, &def, &dom)
                        .map_err(|m| self.err(place(), m))?;
                }
            }
            let place = || Some(format!("b{bi}, terminator"));
            self.check_term(&b.term).map_err(|m| self.err(place(), m))?;
            let mut uses = Vec::new();
            b.term.for_each_arg(|v| uses.push(v));
            for v in uses {
                self.check_use(v, bi, b.insts.len() + 1, &def, &dom)
                    .map_err(|m| self.err(place(), m))?;
            }
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
            return Err(format!("{v} is never defined"));
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
                "{v} is used where its definition (in b{db}) does not dominate"
            ))
        }
    }

    fn ty(&self, v: Value) -> Result<Ty, String> {
        self.f
            .value_types
            .get(v.0 as usize)
            .copied()
            .ok_or_else(|| format!("{v} is never defined"))
    }

    fn want(&self, v: Value, ty: Ty) -> Result<(), String> {
        let t = self.ty(v)?;
        if t == ty {
            Ok(())
        } else {
            Err(format!("{v} is {t}, expected {ty}"))
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
                    return Err(format!("no slot {slot}"));
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
                        return Err(format!("shift count {b} is {bt}, expected an integer"));
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
            Op::Call { callee, args, .. } => {
                let g = self
                    .funcs
                    .get(callee.as_str())
                    .ok_or_else(|| format!("no function {callee}"))?;
                let want = list_leaves(&g.sig.params);
                if want.len() != args.len() {
                    return Err(format!(
                        "{callee} takes {} leaves, given {}",
                        want.len(),
                        args.len()
                    ));
                }
                for (a, l) in args.iter().zip(&want) {
                    self.want(*a, l.ty)?;
                }
                let res = list_leaves(&g.sig.results);
                if res.len() != inst.results.len() {
                    return Err(format!(
                        "{callee} returns {} leaves, {} named",
                        res.len(),
                        inst.results.len()
                    ));
                }
                for (r, l) in inst.results.iter().zip(&res) {
                    self.want(*r, l.ty)?;
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

    fn check_term(&self, t: &Terminator) -> Result<(), String> {
        if let Terminator::Brif { cond, .. } = t {
            let ct = self.ty(*cond)?;
            if !ct.is_int() {
                return Err(format!("branch condition {cond} is {ct}"));
            }
        }
        for bc in t.targets() {
            let target = self
                .f
                .blocks
                .get(bc.block.0 as usize)
                .ok_or_else(|| format!("no block {}", bc.block))?;
            if bc.block.0 == 0 {
                return Err("the entry block cannot be branched to".into());
            }
            if target.params.len() != bc.args.len() {
                return Err(format!(
                    "{} takes {} arguments, given {}",
                    bc.block,
                    target.params.len(),
                    bc.args.len()
                ));
            }
            for (a, p) in bc.args.iter().zip(&target.params) {
                self.want(*a, self.ty(*p)?)?;
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
            for (v, l) in vs.iter().zip(&want) {
                self.want(*v, l.ty)?;
            }
        }
        Ok(())
    }
}

fn show_inst(i: &Inst) -> String {
    if i.results.is_empty() {
        i.op.to_string()
    } else {
        let rs: Vec<String> = i.results.iter().map(|r| r.to_string()).collect();
        format!("{} = {}", rs.join(", "), i.op)
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
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (b, d) in idom.iter().enumerate() {
            if let Some(d) = *d {
                if d != b {
                    children[d].push(b);
                }
            }
        }
        let mut span = vec![None; n];
        if n == 0 || idom[0].is_none() {
            return DomTree { span };
        }
        // Iterative preorder walk: (block, next child to visit).
        let mut next = 0u32;
        let mut stack = vec![(0usize, 0usize)];
        span[0] = Some((0, 0));
        next += 1;
        while let Some((b, i)) = stack.pop() {
            if let Some(&c) = children[b].get(i) {
                stack.push((b, i + 1));
                span[c] = Some((next, next));
                next += 1;
                stack.push((c, 0));
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
