// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func([1][1][1]complex64, [1]struct { a [1]string; b [0]float64 }) ([1]interface {}, [1][]int)
