// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(int, int, int, int, int, int, int, int, int, int)
