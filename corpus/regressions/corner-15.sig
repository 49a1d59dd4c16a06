// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(struct { a int8; b int16; c struct {}; d int32; e int64 }, struct { int8; *int16; unsafe.Pointer })
