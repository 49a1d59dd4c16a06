// Helpers of the Go code janus emits for IR modules (oracle/src/peer/emit.rs).
// Small enough that Go inlines every one.

package main

import "unsafe"

// A comparison's result as the IR's i8.
func jr_b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// A bool's byte as it is, and a byte as a bool as it is: the IR passes
// bool leaves as bytes, which need not be 0 or 1.
func jr_bbits(b bool) uint8 { return *(*uint8)(unsafe.Pointer(&b)) }
func jr_u2b(x uint8) bool   { return *(*bool)(unsafe.Pointer(&x)) }

// Floats by their bits (NaNs, infinities and -0 have no Go constant).
func jr_f32(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }
func jr_f64(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// String and slice headers, to build them from their leaves.
type jr_strh struct {
	p unsafe.Pointer
	n int
}

type jr_sliceh struct {
	p    unsafe.Pointer
	n, c int
}

// The oracle's extern results (oracle/src/externs.rs, extern_results),
// ported: a hash of the name and the argument leaves (NaNs alike,
// pointers only nil or not), then one value per result leaf.
func jr_mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func jr_ext_absorb(h, x uint64) uint64 { return jr_mix(h^x) + 0x9E3779B97F4A7C15 }

func jr_ext_name(n string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(n); i++ {
		h = jr_ext_absorb(h, uint64(n[i]))
	}
	return h
}

func jr_ext_f32(x float32) uint64 {
	if x != x {
		return 0x7fc00000
	}
	return uint64(*(*uint32)(unsafe.Pointer(&x)))
}

func jr_ext_f64(x float64) uint64 {
	if x != x {
		return 0x7ff8000000000000
	}
	return *(*uint64)(unsafe.Pointer(&x))
}

func jr_ext_ptr(p unsafe.Pointer) uint64 {
	if p == nil {
		return 0x1000000000001
	}
	return 0x1000000000000
}

func jr_ext_r(h uint64, j uint64) uint64 { return jr_mix(h ^ j*0xA24BAED4963EE407) }

func jr_ext_rptr(h uint64, j uint64, ptrs []unsafe.Pointer) unsafe.Pointer {
	k := jr_ext_r(h, j) % uint64(len(ptrs)+1)
	if k < uint64(len(ptrs)) {
		return ptrs[k]
	}
	return nil
}

func jr_ext_rf64(h uint64, j uint64) float64 {
	return float64(jr_ext_r(h, j)%4001)/16.0 - 125.0
}

func jr_ext_rf32(h uint64, j uint64) float32 {
	return float32(jr_ext_r(h, j)%4001)/float32(16.0) - float32(125.0)
}
