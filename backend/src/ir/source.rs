//! Where a function's parts were written, and the names its text gave
//! them: the verifier and the commands use these to say `FILE:LINE:COLUMN`
//! and `x`, where the IR alone knows only `v3` and no place.
//!
//! Kept beside the IR rather than in it, compactly (a line and a column in
//! 32 bits each per statement, names in one string), and optional
//! throughout: a function built in memory (the generator's) has an empty
//! map, and messages fall back to printer names and no position. Equality
//! ignores all of it, so a module printed and read back equals the original.

use super::{Block, Pos, Slot, Value};

/// A line and a column, 1-based (the column in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Loc {
    line: u32,
    column: u32,
}

impl Loc {
    fn new(p: Pos) -> Loc {
        let clamp = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Loc {
            line: clamp(p.line),
            column: clamp(p.column),
        }
    }

    fn pos(self) -> Pos {
        Pos {
            line: self.line as usize,
            column: self.column as usize,
        }
    }
}

/// Where something was written in a module's text, if it was read from
/// text. Equality ignores it.
#[derive(Clone, Copy, Debug, Default)]
pub struct SrcPos(pub Option<Pos>);

impl PartialEq for SrcPos {
    fn eq(&self, _: &SrcPos) -> bool {
        true
    }
}

/// Names, concatenated, by index; an empty name is no name.
#[derive(Clone, Debug, Default)]
struct NameTable {
    text: String,
    ends: Vec<u32>,
}

impl NameTable {
    fn push(&mut self, name: &str) {
        self.text.push_str(name);
        self.ends.push(self.text.len() as u32);
    }

    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some(&self.text[start..end]).filter(|n| !n.is_empty())
    }
}

/// A function's positions and source names (see the module's doc).
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    /// The start of the declaration (`nosplit`, `internal` or `abi0`).
    func: Option<Loc>,
    /// Per block, its label.
    labels: Vec<Loc>,
    /// Per block, where its statements start in `stmts`, and one more
    /// entry for the end of the last block's.
    block_stmts: Vec<u32>,
    /// Every statement — a block's instructions, then its terminator —
    /// block after block.
    stmts: Vec<Loc>,
    values: NameTable,
    blocks: NameTable,
    slots: NameTable,
}

impl PartialEq for SourceMap {
    fn eq(&self, _: &SourceMap) -> bool {
        true
    }
}

impl SourceMap {
    /// Whether nothing is known (a function built in memory).
    pub fn is_empty(&self) -> bool {
        self.func.is_none()
    }

    pub fn func_pos(&self) -> Option<Pos> {
        self.func.map(Loc::pos)
    }

    /// Where block `b`'s label was written.
    pub fn block_pos(&self, b: usize) -> Option<Pos> {
        self.labels.get(b).map(|l| l.pos())
    }

    /// Where statement `i` of block `b` was written: its instruction `i`,
    /// or its terminator when `i` is the number of instructions. `None` when
    /// the block has no statement `i` here.
    pub fn stmt_pos(&self, b: usize, i: usize) -> Option<Pos> {
        let start = *self.block_stmts.get(b)? as usize;
        let end = *self.block_stmts.get(b + 1)? as usize;
        (start + i < end).then(|| self.stmts[start + i].pos())
    }

    /// How many statements block `b` had in the text.
    pub fn stmt_count(&self, b: usize) -> Option<usize> {
        let start = *self.block_stmts.get(b)? as usize;
        let end = *self.block_stmts.get(b + 1)? as usize;
        Some(end - start)
    }

    pub fn value_name(&self, v: Value) -> Option<&str> {
        self.values.get(v.0 as usize)
    }

    pub fn block_name(&self, b: Block) -> Option<&str> {
        self.blocks.get(b.0 as usize)
    }

    pub fn slot_name(&self, s: Slot) -> Option<&str> {
        self.slots.get(s.0 as usize)
    }

    /// Only the function's own position: what stays true of a function
    /// whose blocks, statements and slots were rewritten (the optimiser's
    /// output), so that no message names a place that no longer matches.
    pub fn function_only(&self) -> SourceMap {
        SourceMap {
            func: self.func,
            ..SourceMap::default()
        }
    }

    // Building, in the order the parser reads things.

    pub(crate) fn set_func(&mut self, p: Pos) {
        self.func = Some(Loc::new(p));
    }

    pub(crate) fn add_slot(&mut self, name: &str) {
        self.slots.push(name);
    }

    /// The next block: its name, label and statements' positions.
    pub(crate) fn add_block(&mut self, name: &str, label: Pos, stmts: &[Pos]) {
        if self.block_stmts.is_empty() {
            self.block_stmts.push(0);
        }
        self.blocks.push(name);
        self.labels.push(Loc::new(label));
        self.stmts.extend(stmts.iter().map(|p| Loc::new(*p)));
        self.block_stmts.push(self.stmts.len() as u32);
    }

    /// Every value's name, by value number.
    pub(crate) fn set_value_names(&mut self, names: &[&str]) {
        let mut table = NameTable {
            text: String::with_capacity(names.iter().map(|n| n.len()).sum()),
            ends: Vec::with_capacity(names.len()),
        };
        for n in names {
            table.push(n);
        }
        self.values = table;
    }

    /// Values renumbered: value `v` is now `map(v)` (`count` values in all).
    pub(crate) fn renumber_values(&mut self, count: usize, map: impl Fn(Value) -> Option<Value>) {
        if self.values.ends.is_empty() {
            return;
        }
        let mut names: Vec<&str> = vec![""; count];
        for old in 0..self.values.ends.len() {
            if let (Some(name), Some(new)) = (self.values.get(old), map(Value(old as u32))) {
                if let Some(slot) = names.get_mut(new.0 as usize) {
                    *slot = name;
                }
            }
        }
        let mut table = NameTable::default();
        for n in names {
            table.push(n);
        }
        self.values = table;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_found_by_block_and_index() {
        let p = |line, column| Pos { line, column };
        let mut m = SourceMap::default();
        assert_eq!(m.stmt_pos(0, 0), None);
        m.set_func(p(1, 10));
        m.add_block("entry", p(2, 1), &[p(3, 5), p(4, 5)]);
        m.add_block("exit", p(5, 1), &[p(6, 5)]);
        assert_eq!(m.func_pos(), Some(p(1, 10)));
        assert_eq!(m.stmt_pos(0, 1), Some(p(4, 5)));
        assert_eq!(m.stmt_pos(0, 2), None);
        assert_eq!(m.stmt_pos(1, 0), Some(p(6, 5)));
        assert_eq!(m.stmt_pos(2, 0), None);
        assert_eq!(m.block_name(Block(1)), Some("exit"));
        m.set_value_names(&["a", "", "c"]);
        assert_eq!(m.value_name(Value(1)), None);
        m.renumber_values(3, |v| Some(Value(2 - v.0)));
        assert_eq!(m.value_name(Value(0)), Some("c"));
        assert_eq!(m.value_name(Value(2)), Some("a"));
        assert_eq!(m.value_name(Value(3)), None);
    }
}
