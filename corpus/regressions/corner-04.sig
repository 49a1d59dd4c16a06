// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(struct { a int64; b struct {} }, struct { a [0]int64; b int8 }, struct { a int8; b [0]int64 })
