//! Pointers into the objects a run made, compared up to their numbering.
//!
//! The interpreter and the runtime number heap objects in order of
//! creation: the run's input objects first, then every object the run
//! made (`alloc`, `closure`). A compiler may make fewer of them, since Go's
//! escape analysis keeps an object whose address never leaves its
//! function on the stack (and janus's optimiser does the same), or more,
//! since Go moves an address-taken local to the heap. The objects a run
//! made are therefore matched, not numbered: a pointer the interpreter
//! has into its made object `a` agrees with one the entry has into its
//! made object `b` at the same offset when pairing `a` with `b` is
//! consistent with every pairing made before it in the same comparison:
//! - one to one (an object is never paired with two), so a function that
//!   returns the same new object twice must return one object twice, and
//!   one that returns two must return two;
//! - in order of creation (`a < a'` exactly when `b < b'`), since leaving
//!   out or adding objects does not reorder the ones both made: returning
//!   the second of two new objects where the first is due is a difference.
//!
//! Input objects, func values and itabs compare exactly.
//!
//! Paired objects must then hold the same bytes and pointers at the end
//! ([`MadeObjects::compare_contents`]), which pairs the objects they point
//! to in turn: everything the run made that its results and input objects
//! reach is compared, as the input objects themselves are. (A stack map
//! that loses a pointer held in a stack object shows up so: the collector
//! moves the object it points to without updating it, and the writes
//! through it land in the old copy.)

use crate::exec::Heap;
use crate::inputs::{LeafValue, Pointer};
use std::collections::{BTreeMap, BTreeSet};

/// A heap object the interpreter made, as it was at the end.
#[derive(Clone, Debug, PartialEq)]
pub struct MadeContents {
    pub bytes: Vec<u8>,
    /// The pointers in its pointer words, by offset.
    pub pointers: BTreeMap<u64, Pointer>,
    /// A closure: its first word is its code pointer, an address in the
    /// code in an entry run (not compared).
    pub code_word: bool,
}

/// A heap object an entry run made, as it was at the end.
#[derive(Clone, Debug, PartialEq)]
pub struct MadeBytes {
    pub bytes: Vec<u8>,
    /// The words that may hold pointers (from its type).
    pub ptr_words: Vec<u64>,
}

/// The pairing built while comparing one run with the interpreter's.
#[derive(Clone, Debug)]
pub struct MadeObjects {
    /// Objects numbered below this are the run's inputs.
    first: u32,
    /// Interpreter's object -> entry's object.
    pairs: BTreeMap<u32, u32>,
    /// Entry's object -> interpreter's object.
    back: BTreeMap<u32, u32>,
}

impl MadeObjects {
    /// A pairing for a run with `inputs` input objects.
    pub fn new(inputs: usize) -> MadeObjects {
        MadeObjects {
            first: inputs as u32,
            pairs: BTreeMap::new(),
            back: BTreeMap::new(),
        }
    }

    /// Whether the entry's leaf `got` agrees with the interpreter's `want`
    /// (NaNs of any payload agreeing, as [`LeafValue::same_as`]); pairs
    /// made objects as it goes.
    pub fn same_leaf(&mut self, want: &LeafValue, got: &LeafValue) -> bool {
        match (want, got) {
            (LeafValue::Ptr(a), LeafValue::Ptr(b)) => self.same_pointer(*a, *b),
            _ => want.same_as(got),
        }
    }

    /// Whether the entry's pointer `got` agrees with the interpreter's
    /// `want`; pairs made objects as it goes.
    pub fn same_pointer(&mut self, want: Pointer, got: Pointer) -> bool {
        match (want, got) {
            (Pointer::Obj { obj: a, offset: i }, Pointer::Obj { obj: b, offset: j })
                if a.0 >= self.first && b.0 >= self.first =>
            {
                i == j && self.pair(a.0, b.0)
            }
            _ => want == got,
        }
    }

    /// Compares every paired object's contents at the end, the interpreter's
    /// (`interp`, numbered from the first made object) with the entry's
    /// (`entry`, read through its `heap` map), pairing the objects their
    /// pointers reach as it goes; returns a description of each difference.
    /// An object the entry run did not read back (see
    /// [`crate::exec::MADE_BYTES_READ`]) is not compared.
    pub fn compare_contents(
        &mut self,
        interp: &[MadeContents],
        entry: &[Option<MadeBytes>],
        heap: &Heap,
    ) -> Vec<String> {
        let mut diffs = Vec::new();
        let mut done: BTreeSet<u32> = BTreeSet::new();
        while let Some((a, b)) = self
            .pairs
            .iter()
            .map(|(a, b)| (*a, *b))
            .find(|(a, _)| !done.contains(a))
        {
            done.insert(a);
            let (Some(want), Some(Some(got))) = (
                interp.get((a - self.first) as usize),
                entry.get((b - self.first) as usize),
            ) else {
                continue;
            };
            let name = format!("made object obj{b} (the interpreter's obj{a})");
            if want.bytes.len() != got.bytes.len() {
                diffs.push(format!(
                    "{name}: {} bytes, {} expected",
                    got.bytes.len(),
                    want.bytes.len()
                ));
                continue;
            }
            let mut k = if want.code_word { 8 } else { 0 };
            while k < want.bytes.len() {
                if got.ptr_words.contains(&(k as u64)) || want.pointers.contains_key(&(k as u64)) {
                    let p = want
                        .pointers
                        .get(&(k as u64))
                        .copied()
                        .unwrap_or(Pointer::Nil);
                    let word = got
                        .bytes
                        .get(k..k + 8)
                        .map_or(0, |w| u64::from_le_bytes(w.try_into().expect("8 bytes")));
                    if !heap.pointer(word).is_some_and(|q| self.same_pointer(p, q)) {
                        diffs.push(format!(
                            "{name}+{k}: pointer {p:?} expected, found {word:#x}"
                        ));
                    }
                    k += 8;
                    continue;
                }
                if want.bytes[k] != got.bytes[k] {
                    diffs.push(format!(
                        "{name}+{k}: byte {:#04x} expected, found {:#04x}",
                        want.bytes[k], got.bytes[k]
                    ));
                }
                k += 1;
            }
        }
        diffs
    }

    /// Pairs `a` (interpreter) with `b` (entry) unless that breaks one to
    /// one or the order of creation; returns whether they are paired.
    fn pair(&mut self, a: u32, b: u32) -> bool {
        if let Some(&x) = self.pairs.get(&a) {
            return x == b;
        }
        if self.back.contains_key(&b) {
            return false;
        }
        if self
            .pairs
            .range(..a)
            .next_back()
            .is_some_and(|(_, &x)| x >= b)
        {
            return false;
        }
        if self
            .pairs
            .range(a + 1..)
            .next()
            .is_some_and(|(_, &x)| x <= b)
        {
            return false;
        }
        self.pairs.insert(a, b);
        self.back.insert(b, a);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::ObjId;

    fn obj(n: u32, offset: i64) -> Pointer {
        Pointer::Obj {
            obj: ObjId(n),
            offset,
        }
    }

    /// With two input objects: made objects pair up in order, one to
    /// one, at the same offset; inputs compare exactly.
    #[test]
    fn made_objects_pair_one_to_one_in_order() {
        let mut m = MadeObjects::new(2);
        // The interpreter's obj3 is the entry's obj2 (the entry kept the
        // interpreter's obj2 on its stack).
        assert!(m.same_pointer(obj(3, 8), obj(2, 8)));
        assert!(m.same_pointer(obj(3, 0), obj(2, 0)));
        // obj3 is paired already.
        assert!(!m.same_pointer(obj(3, 0), obj(4, 0)));
        // obj2 of the entry is taken.
        assert!(!m.same_pointer(obj(5, 0), obj(2, 0)));
        // Same object, different offset.
        assert!(!m.same_pointer(obj(3, 0), obj(2, 8)));
        // Out of order: the interpreter's obj4 made after obj3 cannot be
        // an object the entry made before obj2.
        let mut n = m.clone();
        assert!(!n.same_pointer(obj(4, 0), obj(1, 0)));
        assert!(m.same_pointer(obj(4, 0), obj(6, 0)));
        // obj5, made after obj4 (paired with obj6), cannot be obj4.
        assert!(!m.same_pointer(obj(5, 0), obj(4, 0)));
        assert!(m.same_pointer(obj(5, 0), obj(7, 0)));
        // Inputs compare exactly.
        assert!(m.same_pointer(obj(1, 0), obj(1, 0)));
        assert!(!m.same_pointer(obj(0, 0), obj(1, 0)));
        assert!(!m.same_pointer(obj(1, 0), obj(3, 0)));
    }

    /// Returning the second of two new objects where the first is due,
    /// and the first where the second is, is a difference.
    #[test]
    fn swapped_objects_differ() {
        let mut m = MadeObjects::new(0);
        assert!(m.same_pointer(obj(0, 0), obj(1, 0)));
        assert!(!m.same_pointer(obj(1, 0), obj(0, 0)));
    }
}
