// A hand-picked ABI corner (also checked against Go 1.19 by tests/go_conformance.rs).
func(unsafe.Pointer, map[string]int, chan<- int, <-chan int, chan (<-chan int), func(int) string) any
