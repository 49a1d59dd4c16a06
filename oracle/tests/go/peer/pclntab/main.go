// Test program for oracle/tests/peer_pclntab.rs: functions whose stack
// maps, frames and prologues the pclntab reader is checked against.
//
// Annotations the test reads (the expectation is built from the source):
//
//	//peer:live NAMES        on a line with one call: the pointer variables
//	                        live across that call (NAME+8 for a later word;
//	                        NAME@autotmp_N when the compiler keeps it in a
//	                        temporary, as its -S listing shows)
//	//peer:entry-live NAMES  on a func line: the pointer parameters live at
//	                        entry, whose slots the morestack stack map holds
package main

type T struct {
	a, b *int
	n    int
}

//go:noinline
func use(p *int) int { return *p }

//go:noinline
func sink(n int) int { return n + 1 }

//go:noinline
func newT(n int) *T { return &T{n: n} }

//go:noinline
func keep(t *T) int { return *t.a + t.n }

// Pointer register arguments live across calls, and one never used.
//
//go:noinline
func regargs(p *int, q *T, n int, dead *int) int { //peer:entry-live p q
	s := use(p)   //peer:live q
	s += use(q.a) //peer:live
	s += sink(n)  //peer:live
	return s
}

// Pointer locals live across calls.
//
//go:noinline
func locals(n int) int { //peer:entry-live
	x := newT(n)     //peer:live
	y := newT(n + 1) //peer:live x
	s := sink(n)     //peer:live x y
	s += x.n
	s += sink(s) //peer:live y
	return s + y.n
}

// Stack arguments: nine integers fill the registers.
//
//go:noinline
func stackargs(a0, a1, a2, a3, a4, a5, a6, a7, a8 int, p *int, q *T) int { //peer:entry-live p q
	s := use(p) //peer:live q
	return s + q.n + a0 + a8
}

// A frame beyond StackBig (the third prologue form).
//
//go:noinline
func bigframe(n int) int { //peer:entry-live
	var buf [1000]int
	x := newT(n) //peer:live
	for i := range buf {
		buf[i] = i * n
	}
	s := sink(buf[n%1000]) //peer:live x@autotmp_9
	return s + x.n + buf[(n+1)%1000]
}

// A frame between StackSmall and StackBig (the second form).
//
//go:noinline
func midframe(n int, p *int) int { //peer:entry-live p
	var buf [60]int
	for i := range buf {
		buf[i] = i * n
	}
	s := sink(buf[n%60]) //peer:live p
	return s + *p + buf[(n+1)%60]
}

// A func value called, with a pointer live across the call.
//
//go:noinline
func callclosure(f func(int) int, p *int) int { //peer:entry-live f p
	s := f(1)         //peer:live p@autotmp_5
	return s + use(p) //peer:live
}

// An address-taken local with pointers: a stack object. Its pointer
// words are also in the locals bitmaps, as a whole, while any part of it
// is read later (t.n after the second call).
//
//go:noinline
func stackobj(p *int) int { //peer:entry-live p
	var t T
	t.a = p
	t.n = keep(&t) //peer:live t t+8
	s := sink(1)   //peer:live t t+8
	return s + t.n
}

// An address-taken array of pointers whose pointer mask would exceed 2048
// bytes: its stack object's type is described by a GC program.
//
//go:noinline
func gcprog(p *int, n int) int { //peer:entry-live p
	var big [20000]*int
	big[n%20000] = p
	return keepbig(&big)
}

//go:noinline
func keepbig(b *[20000]*int) int { return *b[0] }

// A deferred call: the function records where its deferreturn call is.
//
//go:noinline
func deferred(p *int) (r int) {
	defer func() { r += *p }()
	return sink(1)
}

func main() {
	v := 3
	t := &T{a: &v, n: 4}
	k := 7
	f := func(x int) int { return x + k + use(&v) }
	println(regargs(&v, t, 5, nil), locals(6), stackargs(1, 2, 3, 4, 5, 6, 7, 8, 9, &v, t),
		bigframe(7), midframe(8, &v), callclosure(f, &v), stackobj(&v), gcprog(&v, 0),
		deferred(&v))
}
