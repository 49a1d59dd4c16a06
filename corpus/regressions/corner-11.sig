// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(int8, p *[]string, q, r uint16, float32) (string, x bool)
