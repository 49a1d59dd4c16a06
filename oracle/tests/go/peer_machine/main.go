// Functions the oracle runs in its emulated machine (oracle/tests/peer_machine.rs).
// main references each one so that the linker keeps it; the oracle never runs main.
package main

import "os"

type Pair struct {
	A int64
	B float64
}

type Node struct {
	Next *Node
	Val  int64
	Name *byte
}

//go:noinline
func AddMul(a, b, c int64) int64 { return a*b + c }

//go:noinline
func Narrow(a int8, b uint16, c int32) int32 { return int32(a)*int32(b) - c }

//go:noinline
func Fma(x, y float64, z float32) float64 { return x*y + float64(z) }

//go:noinline
func Swap(p Pair) Pair { return Pair{A: int64(p.B), B: float64(p.A)} }

//go:noinline
func StrLen(s string, t []int64) (int, int64, string) {
	var sum int64
	for _, v := range t {
		sum += v
	}
	return len(s) + cap(t), sum, s[1:]
}

// Ten int64 arguments: one more than ABIInternal's nine integer registers.
//go:noinline
func Many(a, b, c, d, e, f, g, h, i, j int64) int64 {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j
}

//go:noinline
func Div(a, b int64) int64 { return a / b }

//go:noinline
func NewNode(next *Node, v int64) *Node { return &Node{Next: next, Val: v} }

//go:noinline
func Caller(a, b int64) int64 { return AddMul(a, b, 7) + Div(a, 3) }

//go:noinline
func Chain(v int64) int64 {
	b := NewNode(NewNode(nil, v), v+1)
	return b.Val*10 + b.Next.Val
}

// A pointer local live across a call: a is kept in a slot of the frame
// (a bit of Go's locals stack map at the second call) and read after it;
// nothing else points at its node. In the collecting modes the second
// NewNode's allocation moves a's node, so the slot must be updated.
//go:noinline
func KeepLocal(v int64) int64 {
	a := NewNode(nil, v)
	b := NewNode(nil, v+1)
	return a.Val*10 + b.Val
}

// A global the machine must put back between runs (its writable segment).
var counter int64

//go:noinline
func Bump() int64 {
	counter++
	return counter
}

// A 128-byte array copied through pointers: Go copies it with
// runtime.duffcopy (pure code, which runs as it is).
//go:noinline
func CopyArr(p, q *[16]int64) { *p = *q }

// copy between slices: runtime.memmove (pure code too).
//go:noinline
func CopySlice(dst, src []int64) int { return copy(dst, src) }

// A signed shift count: Go checks it and calls runtime.panicshift when it
// is negative, which the emulated runtime does not serve (a clear stop).
//go:noinline
func Shift(x, s int64) int64 { return x << s }

// Sets Go 1.19's runtime.writeBarrier.enabled (refs_amd64.s); it stays 0
// in the emulated machine, so Go's code must never reach a write barrier.
func enableWriteBarrier()

// Turns the write barrier on, then stores a pointer into the heap: Go's
// code calls runtime.gcWriteBarrierCX, which stops the run.
//go:noinline
func WithBarrier(next *Node) *Node {
	enableWriteBarrier()
	return NewNode(next, 1)
}

// A frame far bigger than the first stack: its prologue calls morestack.
//go:noinline
func BigFrame(n int64) int64 {
	var buf [4096]int64
	for i := range buf {
		buf[i] = n + int64(i)
	}
	return buf[n&4095]
}

var sink []interface{}

// Defined in refs_amd64.s.
var abi0refs [17]uintptr

func main() {
	if len(os.Args) < 1000 {
		return
	}
	sink = append(sink, abi0refs[len(os.Args)%17])
	s := "abc"
	n := NewNode(nil, 1)
	sink = append(sink, AddMul(1, 2, 3), Narrow(1, 2, 3), Fma(1, 2, 3), Swap(Pair{}),
		Many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Div(1, 1), n, Caller(1, 2), BigFrame(3), Chain(4), KeepLocal(5), Bump(), Shift(1, 2), CopySlice(nil, nil), WithBarrier(nil))
	var arr1, arr2 [16]int64
	CopyArr(&arr1, &arr2)
	sink = append(sink, arr1)
	a, b, c := StrLen(s, nil)
	sink = append(sink, a, b, c)
}
