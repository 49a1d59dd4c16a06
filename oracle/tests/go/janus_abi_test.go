// janus oracle: dump Go's own ABI analysis for a list of signatures.
//
// This file is not part of GOROOT. It is compiled into Go 1.19's
// cmd/compile/internal/test package through an overlay, so that it can reuse
// that package's TestMain (which sets up types.PtrSize, the universe, ...) and
// its helpers mkstruct, mkFuncType and mkParamResultField:
//
//	overlay.json:
//	  {"Replace": {"$GOROOT/src/cmd/compile/internal/test/janus_abi_test.go":
//	               "<janus>/oracle/tests/go/janus_abi_test.go"}}
//	JANUS_SIGS=sigs.txt JANUS_OUT_INTERNAL=internal.txt JANUS_OUT_ABI0=abi0.txt \
//	  go test -vet=off -count=1 -overlay overlay.json \
//	    -run '^TestJanusABIDump$' cmd/compile/internal/test
//
// Input: one Go function type per line, e.g.
//
//	func(int8, struct { a int8; b float64 }, [2]int32, p *[]string) (string, int64)
//
// Output: for every input line, one block holding
// abi.ABIParamResultInfo.String() plus a newline (or a single
// "ERROR: <message>" line); consecutive blocks are separated by a "----"
// line. JANUS_OUT_INTERNAL gets the ABIInternal analysis (9 integer and 15
// floating-point registers, as on amd64), JANUS_OUT_ABI0 the ABI0 analysis
// (no registers).
//
// Parameter lists may mix named and unnamed parameters (go/parser rejects
// that, so such lists are normalised first, see normaliseParams). Parameter
// and struct field names are dropped: structs are built with unnamed fields
// exactly like mkstruct does, so Go prints them as "struct { int8; float64 }".
package test

import (
	"bufio"
	"cmd/compile/internal/abi"
	"cmd/compile/internal/base"
	"cmd/compile/internal/typecheck"
	"cmd/compile/internal/types"
	"cmd/internal/src"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/printer"
	"go/scanner"
	"go/token"
	"io"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestJanusABIDump(t *testing.T) {
	sigsPath := os.Getenv("JANUS_SIGS")
	if sigsPath == "" {
		t.Skip("JANUS_SIGS not set")
	}
	outInternal := os.Getenv("JANUS_OUT_INTERNAL")
	outABI0 := os.Getenv("JANUS_OUT_ABI0")
	if outInternal == "" || outABI0 == "" {
		t.Fatal("JANUS_OUT_INTERNAL and JANUS_OUT_ABI0 must be set")
	}

	lines, err := readLines(sigsPath)
	if err != nil {
		t.Fatal(err)
	}

	// Compiler diagnostics are written to os.Stdout; they are captured in
	// this file while a signature is analysed.
	capture, err := os.CreateTemp(t.TempDir(), "diag")
	if err != nil {
		t.Fatal(err)
	}
	defer capture.Close()

	// Make compiler errors recoverable: with -h, base.ErrorfAt and
	// base.FatalfAt panic instead of calling os.Exit; with -d=panic,
	// FatalfAt always prints its message; with -e there is no exit after
	// ten errors.
	saveH, saveE, savePanic, savePos := base.Flag.LowerH, base.Flag.LowerE, base.Debug.Panic, base.Pos
	base.Flag.LowerH, base.Flag.LowerE, base.Debug.Panic = 1, 1, 1
	defer func() {
		base.Flag.LowerH, base.Flag.LowerE, base.Debug.Panic, base.Pos = saveH, saveE, savePanic, savePos
	}()
	posBase := src.NewFileBase("sig", "sig")

	internalCfg := abi.NewABIConfig(9, 15, 0) // ABIInternal on amd64
	abi0Cfg := abi.NewABIConfig(0, 0, 0)      // ABI0: everything on the stack

	var bufInternal, bufABI0 strings.Builder
	nerr := 0
	for i, line := range lines {
		if i > 0 {
			bufInternal.WriteString("----\n")
			bufABI0.WriteString("----\n")
		}
		// A distinct position per line keeps base.ErrorfAt from
		// silently dropping an error already reported for an earlier
		// line (it suppresses repeated messages on the same line).
		base.Pos = base.Ctxt.PosTable.XPos(src.MakePos(posBase, uint(i+1), 1))
		dInternal, dABI0, err := analyseLine(line, base.Pos, capture, internalCfg, abi0Cfg)
		if err != nil {
			nerr++
			msg := "ERROR: " + oneLine(err.Error()) + "\n"
			bufInternal.WriteString(msg)
			bufABI0.WriteString(msg)
			continue
		}
		bufInternal.WriteString(dInternal + "\n")
		bufABI0.WriteString(dABI0 + "\n")
	}

	if err := os.WriteFile(outInternal, []byte(bufInternal.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outABI0, []byte(bufABI0.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d signatures, %d errors", len(lines), nerr)
}

// readLines returns the lines of the file at path, without line terminators.
// Every line, even an empty one, yields one output block.
func readLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text := strings.TrimSuffix(string(data), "\n")
	if text == "" {
		return nil, nil
	}
	lines := strings.Split(text, "\n")
	for i := range lines {
		lines[i] = strings.TrimSuffix(lines[i], "\r")
	}
	return lines, nil
}

// oneLine flattens a message onto a single line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// analyseLine converts one signature and runs both ABI analyses on it.
// Conversion errors, panics and compiler diagnostics become an error.
func analyseLine(line string, pos src.XPos, capture *os.File, internalCfg, abi0Cfg *abi.ABIConfig) (dInternal, dABI0 string, err error) {
	if err := capture.Truncate(0); err != nil {
		return "", "", err
	}
	if _, err := capture.Seek(0, io.SeekStart); err != nil {
		return "", "", err
	}
	errorsBefore := base.Errors()
	stdout := os.Stdout
	os.Stdout = capture
	func() {
		defer func() {
			os.Stdout = stdout
			if r := recover(); r != nil {
				err = compilerFailure(r, capture)
				resetSizeState()
			}
		}()
		// Conversion may already compute sizes (map keys), so it
		// runs under the same protection as the analysis.
		var ft *types.Type
		if ft, err = parseSignature(line, pos); err != nil {
			return
		}
		// As abitest does: compute sizes, then analyse.
		types.CalcSize(ft)
		// setNname=false: the analysis leaves ft untouched, so it
		// can be analysed once per config.
		dInternal = internalCfg.ABIAnalyze(ft, false).String()
		dABI0 = abi0Cfg.ABIAnalyze(ft, false).String()
	}()
	if err == nil && base.Errors() != errorsBefore {
		// Not expected with -h, but never let a diagnosed line through.
		err = compilerFailure("compiler reported an error", capture)
	}
	if err != nil {
		return "", "", err
	}
	return dInternal, dABI0, nil
}

// compilerFailure builds an error from a recovered panic value and the
// first diagnostic the compiler printed, if any.
func compilerFailure(r interface{}, capture *os.File) error {
	diag := ""
	if _, err := capture.Seek(0, io.SeekStart); err == nil {
		sc := bufio.NewScanner(capture)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" {
				diag = l
				break
			}
		}
	}
	if diag != "" {
		// Drop the "sig:LINE:COL: " position prefix: the message
		// should not depend on where the line sits in the input.
		if strings.HasPrefix(diag, "sig:") {
			if k := strings.Index(diag, ": "); k >= 0 {
				diag = diag[k+2:]
			}
		}
		return fmt.Errorf("go compiler: %s", diag)
	}
	return fmt.Errorf("go compiler panic: %v", r)
}

// resetSizeState repairs the types package's deferred size-calculation
// state after a panic escaped from types.CalcSize (which leaves its
// DeferCheckSize counter raised): it runs ResumeCheckSize until a fresh
// CheckSize is computed at once again.
func resetSizeState() {
	for i := 0; i < 1000; i++ {
		done := func() (done bool) {
			defer func() {
				if recover() != nil {
					done = false
				}
			}()
			probe := types.NewArray(types.Types[types.TINT8], 1)
			types.CheckSize(probe)
			if !probe.Deferwidth() {
				return true
			}
			types.ResumeCheckSize()
			return false
		}()
		if done {
			return
		}
	}
}

// parseSignature parses one line into a compiler function type built with
// mkFuncType, as the package's own ABI tests do.
func parseSignature(line string, pos src.XPos) (*types.Type, error) {
	if strings.TrimSpace(line) == "" {
		return nil, fmt.Errorf("empty line")
	}
	text, err := normaliseParams(line)
	if err != nil {
		return nil, err
	}
	expr, err := parser.ParseExpr(text)
	if err != nil {
		return nil, fmt.Errorf("parse: %v", err)
	}
	fn, ok := expr.(*ast.FuncType)
	if !ok {
		return nil, fmt.Errorf("not a function type: %T", expr)
	}
	if fn.TypeParams != nil {
		return nil, fmt.Errorf("type parameters are not supported")
	}
	c := &converter{pos: pos}
	ins, variadic, err := c.fieldTypes(fn.Params, true)
	if err != nil {
		return nil, err
	}
	outs, _, err := c.fieldTypes(fn.Results, false)
	if err != nil {
		return nil, err
	}
	ft := mkFuncType(nil, ins, outs)
	if variadic {
		// The ...T parameter is passed as a []T; marking it only
		// affects how the function type prints.
		ft.Params().Field(len(ins) - 1).SetIsDDD(true)
	}
	return ft, nil
}

// converter turns go/ast type expressions into compiler types.
type converter struct {
	pos src.XPos // position given to interface methods (for diagnostics)
}

// basicTypes maps predeclared type names to compiler types; filled on first
// use, after TestMain has run typecheck.InitUniverse.
var basicTypes map[string]*types.Type

func lookupBasic(name string) *types.Type {
	if basicTypes == nil {
		basicTypes = map[string]*types.Type{
			"bool":       types.Types[types.TBOOL],
			"int":        types.Types[types.TINT],
			"int8":       types.Types[types.TINT8],
			"int16":      types.Types[types.TINT16],
			"int32":      types.Types[types.TINT32],
			"int64":      types.Types[types.TINT64],
			"uint":       types.Types[types.TUINT],
			"uint8":      types.Types[types.TUINT8],
			"uint16":     types.Types[types.TUINT16],
			"uint32":     types.Types[types.TUINT32],
			"uint64":     types.Types[types.TUINT64],
			"uintptr":    types.Types[types.TUINTPTR],
			"float32":    types.Types[types.TFLOAT32],
			"float64":    types.Types[types.TFLOAT64],
			"complex64":  types.Types[types.TCOMPLEX64],
			"complex128": types.Types[types.TCOMPLEX128],
			"string":     types.Types[types.TSTRING],
			"byte":       types.ByteType,
			"rune":       types.RuneType,
			"any":        types.AnyType,
			"error":      types.ErrorType,
		}
	}
	return basicTypes[name]
}

func (c *converter) typ(e ast.Expr) (*types.Type, error) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return c.typ(e.X)

	case *ast.Ident:
		if t := lookupBasic(e.Name); t != nil {
			return t, nil
		}
		return nil, fmt.Errorf("unsupported type name %s", e.Name)

	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok && x.Name == "unsafe" && e.Sel.Name == "Pointer" {
			return types.Types[types.TUNSAFEPTR], nil
		}
		return nil, fmt.Errorf("unsupported qualified type %s", exprString(e))

	case *ast.StarExpr:
		elem, err := c.typ(e.X)
		if err != nil {
			return nil, err
		}
		return types.NewPtr(elem), nil

	case *ast.ArrayType:
		elem, err := c.typ(e.Elt)
		if err != nil {
			return nil, err
		}
		if e.Len == nil {
			return types.NewSlice(elem), nil
		}
		n, err := arrayLength(e.Len)
		if err != nil {
			return nil, err
		}
		return types.NewArray(elem, n), nil

	case *ast.StructType:
		// Field names (and tags) are dropped: one unnamed field per
		// declared name, or one for an embedded field.
		fts, _, err := c.fieldTypes(e.Fields, false)
		if err != nil {
			return nil, err
		}
		return mkstruct(fts), nil

	case *ast.InterfaceType:
		return c.iface(e)

	case *ast.MapType:
		k, err := c.typ(e.Key)
		if err != nil {
			return nil, err
		}
		v, err := c.typ(e.Value)
		if err != nil {
			return nil, err
		}
		// As the type checker does, reject non-comparable keys.
		types.CalcSize(k)
		if !types.IsComparable(k) {
			return nil, fmt.Errorf("invalid map key type %v", k)
		}
		return types.NewMap(k, v), nil

	case *ast.ChanType:
		elem, err := c.typ(e.Value)
		if err != nil {
			return nil, err
		}
		dir := types.Cboth
		switch e.Dir {
		case ast.SEND:
			dir = types.Csend
		case ast.RECV:
			dir = types.Crecv
		}
		return types.NewChan(elem, dir), nil

	case *ast.FuncType:
		return c.signature(e, nil)

	case *ast.Ellipsis:
		return nil, fmt.Errorf("can only use ... with final parameter in list")

	case nil:
		return nil, fmt.Errorf("missing type")
	}
	return nil, fmt.Errorf("unsupported type syntax %s (%T)", exprString(e), e)
}

// fieldTypes converts a parameter, result or struct field list: one type
// per declared name, or one for an unnamed/embedded entry. If allowDDD, a
// final ...T becomes []T and variadic is reported.
func (c *converter) fieldTypes(fl *ast.FieldList, allowDDD bool) (ts []*types.Type, variadic bool, err error) {
	if fl == nil {
		return nil, false, nil
	}
	for i, f := range fl.List {
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		var t *types.Type
		if dd, ok := f.Type.(*ast.Ellipsis); ok {
			if !allowDDD || i != len(fl.List)-1 || n != 1 {
				return nil, false, fmt.Errorf("can only use ... with final parameter in list")
			}
			elem, err := c.typ(dd.Elt)
			if err != nil {
				return nil, false, err
			}
			t = types.NewSlice(elem)
			variadic = true
		} else if t, err = c.typ(f.Type); err != nil {
			return nil, false, err
		}
		for j := 0; j < n; j++ {
			ts = append(ts, t)
		}
	}
	return ts, variadic, nil
}

// signature converts a func type literal (recv nil) or an interface method
// signature (recv = types.FakeRecvType(), as TestABIUtilsInterfaces does).
// Parameters are unnamed fields, so the type prints as "func(int) string".
func (c *converter) signature(fn *ast.FuncType, recv *types.Type) (*types.Type, error) {
	if fn.TypeParams != nil {
		return nil, fmt.Errorf("type parameters are not supported")
	}
	ins, variadic, err := c.fieldTypes(fn.Params, true)
	if err != nil {
		return nil, err
	}
	outs, _, err := c.fieldTypes(fn.Results, false)
	if err != nil {
		return nil, err
	}
	fields := func(ts []*types.Type) []*types.Field {
		fs := make([]*types.Field, len(ts))
		for i, t := range ts {
			fs[i] = types.NewField(src.NoXPos, nil, t)
		}
		return fs
	}
	inf := fields(ins)
	if variadic {
		inf[len(inf)-1].SetIsDDD(true)
	}
	var rf *types.Field
	if recv != nil {
		rf = types.NewField(src.NoXPos, nil, recv)
	}
	return types.NewSignature(types.LocalPkg, rf, nil, inf, fields(outs)), nil
}

// iface converts an interface type literal. interface {} is
// types.Types[types.TINTER], as in TestABIUtilsInterfaces; methods are
// fields named with typecheck.Lookup, as that test does. Embedded
// interfaces and type-set terms are not supported.
func (c *converter) iface(it *ast.InterfaceType) (*types.Type, error) {
	if len(it.Methods.List) == 0 {
		return types.Types[types.TINTER], nil
	}
	seen := map[string]bool{}
	var methods []*types.Field
	for _, m := range it.Methods.List {
		fn, ok := m.Type.(*ast.FuncType)
		if !ok || len(m.Names) != 1 {
			return nil, fmt.Errorf("unsupported interface element %s", exprString(m.Type))
		}
		name := m.Names[0].Name
		if name == "_" {
			return nil, fmt.Errorf("methods must have a unique non-blank name")
		}
		if seen[name] {
			return nil, fmt.Errorf("duplicate method %s", name)
		}
		seen[name] = true
		sig, err := c.signature(fn, types.FakeRecvType())
		if err != nil {
			return nil, err
		}
		methods = append(methods, types.NewField(c.pos, typecheck.Lookup(name), sig))
	}
	return types.NewInterface(types.LocalPkg, methods, false), nil
}

// arrayLength evaluates an array length: a Go integer literal (decimal,
// 0x, 0o, 0b, legacy octal, with underscores), possibly parenthesised.
func arrayLength(e ast.Expr) (int64, error) {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return 0, fmt.Errorf("unsupported array length %s", exprString(e))
	}
	v := constant.MakeFromLiteral(lit.Value, token.INT, 0)
	n, exact := constant.Int64Val(v)
	if v.Kind() != constant.Int || !exact || n < 0 {
		return 0, fmt.Errorf("invalid array length %s", lit.Value)
	}
	return n, nil
}

// exprString renders an expression for error messages.
func exprString(e ast.Expr) string {
	var b strings.Builder
	if err := printer.Fprint(&b, token.NewFileSet(), e); err != nil {
		return fmt.Sprintf("%T", e)
	}
	return b.String()
}

// normaliseParams rewrites every parameter and result list of a signature
// (including those of nested func types and interface methods) so that
// go/parser accepts it, by giving unnamed parameters the name "_" in lists
// that also contain named ones. go/parser in Go 1.19 rejects such lists
// ("mixed named and unnamed parameters") and returns a mangled AST.
//
// Each list is split at top-level commas. An entry is "named" if it is an
// identifier followed by a type, a "lone identifier" if it is a single
// identifier, and a "type" otherwise. As in Go, a run of lone identifiers
// directly followed by a named entry are names sharing that entry's type
// (func(a, b int) has two int parameters). Unlike Go, and as janus's parser
// does, a lone predeclared type name is always a type: func(int8, p int)
// has an int8 and an int. Any other lone identifier is a type. If a
// list then has at least one named entry, "_ " is inserted before each
// type entry. Lists without named entries are left alone.
func normaliseParams(line string) (string, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("sig", -1, len(line))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, []byte(line), func(p token.Position, msg string) { errs.Add(p, msg) }, 0)

	type tok struct {
		tok token.Token
		off int
		lit string
	}
	var toks []tok
	for {
		p, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		if t == token.SEMICOLON && lit == "\n" {
			continue // automatically inserted
		}
		toks = append(toks, tok{t, file.Offset(p), lit})
	}
	if errs.Len() > 0 {
		return "", fmt.Errorf("parse: %v", errs.Err())
	}

	// Match brackets and record, for each '{', whether it opens an
	// interface body.
	closing := map[token.Token]token.Token{
		token.LPAREN: token.RPAREN, token.LBRACK: token.RBRACK, token.LBRACE: token.RBRACE,
	}
	match := make([]int, len(toks))
	ifaceBody := make([]bool, len(toks))
	var stack []int
	for i, t := range toks {
		match[i] = -1
		switch t.tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			if t.tok == token.LBRACE && i > 0 && toks[i-1].tok == token.INTERFACE {
				ifaceBody[i] = true
			}
			stack = append(stack, i)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			if len(stack) == 0 {
				return "", fmt.Errorf("parse: unbalanced %s", t.tok)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if closing[toks[open].tok] != t.tok {
				return "", fmt.Errorf("parse: mismatched %s", t.tok)
			}
			match[open], match[i] = i, open
		}
	}
	if len(stack) != 0 {
		return "", fmt.Errorf("parse: unbalanced %s", toks[stack[len(stack)-1]].tok)
	}

	// Find the '(' that open parameter lists: after "func", after a
	// method name in an interface body, and result lists right after
	// the ')' closing a parameter list.
	isParams := make([]bool, len(toks))
	var enclosing []int // stack of open brackets, to find the innermost '{'
	for i, t := range toks {
		switch t.tok {
		case token.LPAREN:
			switch {
			case i > 0 && toks[i-1].tok == token.FUNC:
				isParams[i] = true
			case i > 0 && toks[i-1].tok == token.RPAREN && isParams[match[i-1]]:
				isParams[i] = true
			case i > 1 && toks[i-1].tok == token.IDENT &&
				(toks[i-2].tok == token.LBRACE || toks[i-2].tok == token.SEMICOLON) &&
				len(enclosing) > 0 && ifaceBody[enclosing[len(enclosing)-1]]:
				isParams[i] = true
			}
			enclosing = append(enclosing, i)
		case token.LBRACK, token.LBRACE:
			enclosing = append(enclosing, i)
		case token.RPAREN, token.RBRACK, token.RBRACE:
			enclosing = enclosing[:len(enclosing)-1]
		}
	}

	var inserts []int // offsets before which "_ " is inserted
	for open, ok := range isParams {
		if !ok {
			continue
		}
		close := match[open]
		// Split into entries [a, b) at top-level commas.
		type entry struct{ a, b int }
		var entries []entry
		depth, a := 0, open+1
		for i := open + 1; i <= close; i++ {
			switch toks[i].tok {
			case token.LPAREN, token.LBRACK, token.LBRACE:
				depth++
			case token.RPAREN, token.RBRACK, token.RBRACE:
				depth--
			}
			if i == close || (depth == 0 && toks[i].tok == token.COMMA) {
				if i > a {
					entries = append(entries, entry{a, i})
				}
				a = i + 1
			}
		}
		const (
			kType = iota
			kLone
			kNamed
		)
		kinds := make([]int, len(entries))
		for k, e := range entries {
			switch {
			case e.b-e.a == 1 && toks[e.a].tok == token.IDENT && lookupBasic(toks[e.a].lit) != nil:
				// janus's rule for mixed lists: a lone predeclared type
				// name is always a type, never a parameter name.
				kinds[k] = kType
			case e.b-e.a == 1 && toks[e.a].tok == token.IDENT:
				kinds[k] = kLone
			case toks[e.a].tok == token.IDENT && toks[e.a+1].tok != token.PERIOD:
				kinds[k] = kNamed
			default:
				kinds[k] = kType
			}
		}
		// Lone identifiers directly followed by a named entry are names.
		for k := len(kinds) - 2; k >= 0; k-- {
			if kinds[k] == kLone && kinds[k+1] == kNamed {
				kinds[k] = kNamed
			}
		}
		anyNamed := false
		for _, k := range kinds {
			if k == kNamed {
				anyNamed = true
			}
		}
		if !anyNamed {
			continue
		}
		for k, e := range entries {
			if kinds[k] != kNamed {
				inserts = append(inserts, toks[e.a].off)
			}
		}
	}
	if len(inserts) == 0 {
		return line, nil
	}
	sort.Ints(inserts)
	var b strings.Builder
	prev := 0
	for _, off := range inserts {
		b.WriteString(line[prev:off])
		b.WriteString("_ ")
		prev = off
	}
	b.WriteString(line[prev:])
	return b.String(), nil
}
