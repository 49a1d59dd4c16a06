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

use crate::inputs::{LeafValue, Pointer};
use std::collections::BTreeMap;

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

    /// Pairs `a` (interpreter) with `b` (entry) unless that breaks one to
    /// one or the order of creation; returns whether they are paired.
    fn pair(&mut self, a: u32, b: u32) -> bool {
        if let Some(&x) = self.pairs.get(&a) {
            return x == b;
        }
        if self.back.contains_key(&b) {
            return false;
        }
        if self.pairs.range(..a).next_back().is_some_and(|(_, &x)| x >= b) {
            return false;
        }
        if self.pairs.range(a + 1..).next().is_some_and(|(_, &x)| x <= b) {
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
