// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(float64, float64, float64, float64, float64, float64, float64, float64, float64, float64, float64, float64, float64, float64, complex128, float32)
