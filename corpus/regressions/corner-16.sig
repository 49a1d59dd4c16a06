// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func([3]int16, [2]bool, struct { a [3]int16; b struct {} }) struct { a float64; b struct { a [2]int64; b struct {} }; c struct {} }
