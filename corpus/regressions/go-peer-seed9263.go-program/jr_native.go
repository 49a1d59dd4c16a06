// The native program's runtime (oracle/src/peer/native.rs): the objects a
// run line made, in the interpreter's order (its inputs, then every
// allocation and closure), so that pointers print as the interpreter's
// (object, offset); and one line of canonical output per run line:
//
//	R <module> <run> ret <leaf>... mem o<i>:<hex>[@<off>=<ptr>]...
//	R <module> <run> panic divide | panic other <message>
//
// A leaf is i8:0x.. i16 i32 i64, f32:0x.. f64:0x.. (or f32:nan), nil,
// obj<k>+<off>, funcval<n>, itab<n>, or ?0x.. for an address outside them.

package main

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"unsafe"
)

type jr_obj struct {
	base unsafe.Pointer
	size uintptr
}

var (
	jr_objs []jr_obj
	jr_fvs  []unsafe.Pointer
	jr_its  []unsafe.Pointer
	jr_out  = bufio.NewWriterSize(os.Stdout, 1<<16)
	jr_head []byte
	jr_line []byte
)

func jr_begin(module, run int, fvs, its []unsafe.Pointer) {
	jr_objs = nil
	jr_fvs, jr_its = fvs, its
	jr_head = append(jr_head[:0], "R "...)
	jr_head = strconv.AppendInt(jr_head, int64(module), 10)
	jr_head = append(jr_head, ' ')
	jr_head = strconv.AppendInt(jr_head, int64(run), 10)
	jr_line = append(append(jr_line[:0], jr_head...), " ret"...)
}

func jr_reg(p unsafe.Pointer, size uintptr) {
	jr_objs = append(jr_objs, jr_obj{p, size})
}

func jr_fill(p unsafe.Pointer, b string) {
	for i := 0; i < len(b); i++ {
		*(*byte)(unsafe.Add(p, i)) = b[i]
	}
}

func jr_canon(b []byte, p unsafe.Pointer) []byte {
	if p == nil {
		return append(b, "nil"...)
	}
	for i, f := range jr_fvs {
		if f != nil && f == p {
			return strconv.AppendInt(append(b, "funcval"...), int64(i), 10)
		}
	}
	for i, t := range jr_its {
		if t == p {
			return strconv.AppendInt(append(b, "itab"...), int64(i), 10)
		}
	}
	a := uintptr(p)
	for pass := 0; pass < 3; pass++ {
		for i, o := range jr_objs {
			base := uintptr(o.base)
			// Inside first; then a zero-size object's address (Go gives
			// zero-size allocations one address: the first such object
			// made wins); then one past the end.
			if (pass == 0 && a >= base && a < base+o.size) ||
				(pass == 1 && o.size == 0 && a == base) ||
				(pass == 2 && a == base+o.size) {
				b = strconv.AppendInt(append(b, "obj"...), int64(i), 10)
				return strconv.AppendInt(append(b, '+'), int64(a-base), 10)
			}
		}
	}
	return strconv.AppendUint(append(b, "?0x"...), uint64(a), 16)
}

func jr_put_int(ty string, bits uint64) {
	jr_line = append(append(append(jr_line, ' '), ty...), ":0x"...)
	jr_line = strconv.AppendUint(jr_line, bits, 16)
}

func jr_put_f32(x float32) {
	if x != x {
		jr_line = append(jr_line, " f32:nan"...)
		return
	}
	jr_line = strconv.AppendUint(append(jr_line, " f32:0x"...), uint64(*(*uint32)(unsafe.Pointer(&x))), 16)
}

func jr_put_f64(x float64) {
	if x != x {
		jr_line = append(jr_line, " f64:nan"...)
		return
	}
	jr_line = strconv.AppendUint(append(jr_line, " f64:0x"...), *(*uint64)(unsafe.Pointer(&x)), 16)
}

func jr_put_ptr(p unsafe.Pointer) {
	jr_line = jr_canon(append(jr_line, ' '), p)
}

// An input object afterwards: its bytes with the pointer words zeroed,
// then the non-nil pointer words.
func jr_put_obj(i int, p unsafe.Pointer, size uintptr, ptrWords []uintptr) {
	if i == 0 {
		jr_line = append(jr_line, " mem"...)
	}
	jr_line = strconv.AppendInt(append(jr_line, " o"...), int64(i), 10)
	jr_line = append(jr_line, ':')
	const hexd = "0123456789abcdef"
	for k := uintptr(0); k < size; k++ {
		c := *(*byte)(unsafe.Add(p, k))
		for _, w := range ptrWords {
			if k >= w && k < w+8 {
				c = 0
			}
		}
		jr_line = append(jr_line, hexd[c>>4], hexd[c&15])
	}
	for _, w := range ptrWords {
		q := *(*unsafe.Pointer)(unsafe.Add(p, w))
		if q != nil {
			jr_line = strconv.AppendUint(append(jr_line, " @"...), uint64(w), 10)
			jr_line = jr_canon(append(jr_line, '='), q)
		}
	}
}

// Runs one run line; a Go panic becomes its line.
func jr_run(r func()) {
	defer func() {
		if e := recover(); e != nil {
			jr_line = append(jr_line[:0], jr_head...)
			if re, ok := e.(runtime.Error); ok && re.Error() == "runtime error: integer divide by zero" {
				jr_line = append(jr_line, " panic divide"...)
			} else {
				jr_line = append(jr_line, " panic other "...)
				if re, ok := e.(error); ok {
					jr_line = append(jr_line, strconv.Quote(re.Error())...)
				} else if s, ok := e.(string); ok {
					jr_line = append(jr_line, strconv.Quote(s)...)
				} else {
					jr_line = append(jr_line, "(not an error)"...)
				}
			}
			jr_out.Write(append(jr_line, '\n'))
		}
	}()
	r()
	jr_out.Write(append(jr_line, '\n'))
}

func jr_flush() { jr_out.Flush() }
