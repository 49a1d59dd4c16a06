// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(struct { f float32; c complex64; i int32 }, [1]complex128) (complex64, complex128)
