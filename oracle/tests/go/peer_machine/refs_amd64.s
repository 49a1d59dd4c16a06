// A table of ABI0 references: a Go function referenced from assembly gets
// an ABI0 wrapper (main.F.abi0), which the oracle runs as well.
#include "textflag.h"

DATA ·abi0refs+0(SB)/8, $·AddMul(SB)
DATA ·abi0refs+8(SB)/8, $·Narrow(SB)
DATA ·abi0refs+16(SB)/8, $·Fma(SB)
DATA ·abi0refs+24(SB)/8, $·Swap(SB)
DATA ·abi0refs+32(SB)/8, $·StrLen(SB)
DATA ·abi0refs+40(SB)/8, $·Many(SB)
DATA ·abi0refs+48(SB)/8, $·Div(SB)
DATA ·abi0refs+56(SB)/8, $·NewNode(SB)
DATA ·abi0refs+64(SB)/8, $·Caller(SB)
DATA ·abi0refs+72(SB)/8, $·BigFrame(SB)
DATA ·abi0refs+80(SB)/8, $·Chain(SB)
DATA ·abi0refs+88(SB)/8, $·Bump(SB)
DATA ·abi0refs+96(SB)/8, $·CopyArr(SB)
DATA ·abi0refs+104(SB)/8, $·CopySlice(SB)
DATA ·abi0refs+112(SB)/8, $·Shift(SB)
DATA ·abi0refs+120(SB)/8, $·WithBarrier(SB)
DATA ·abi0refs+128(SB)/8, $·KeepLocal(SB)
GLOBL ·abi0refs(SB), RODATA, $136

// func enableWriteBarrier(): runtime.writeBarrier.enabled = true.
TEXT ·enableWriteBarrier(SB), NOSPLIT, $0-0
	MOVB $1, runtime·writeBarrier(SB)
	RET
