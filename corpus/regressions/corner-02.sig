// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(struct {}, [0]int64, [2]struct {}, [1]struct {}) (struct {}, [0]string)
