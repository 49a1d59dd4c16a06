// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(struct { a int8; b [2]struct {} })
