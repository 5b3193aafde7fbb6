package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/mpreslint/mpreslint/residency"
)

// choices tells whether code picks the region on purpose, and whether
// code recognizes host names rather than sending to them.
//
// A wrong-region host (or a client built without the region) is excused
// only when it is one arm of a choice whose sibling arm yields the target
// region's host of the same family for the same path (or a client with the
// region). The arms of a choice are:
//   - the body and the else branches of one if chain; an if without else
//     whose branches all end in return, break, continue or panic has the
//     statements after it as its else;
//   - the clauses of one switch, type switch or select;
//   - the results at one index of the return statements of one function;
//   - the values assigned to one local variable (or field of one) in one
//     function, when one assignment is in a branch that the other is not in
//     and comes after it: a default that a later if or switch overwrites;
//   - the values of a map or struct literal whose keys name regions;
//   - the arguments of one call of a function outside the standard library.
//
// An arm that is an identifier yields what its constant or variable was
// declared with, field by field for structs. A constant or variable is
// excused when every use of it that is not recognition is such an arm.
type choices struct {
	pass    *analysis.Pass
	target  residency.Region
	skip    func(filename string) bool // files not analyzed: their uses do not count
	clients func(call *ast.CallExpr) (client, regional, urlFix bool)

	indexed bool
	uses    map[types.Object][]inspector.Cursor // reads of the package's constants and variables
	inits   map[types.Object]inspector.Cursor   // the expression each was declared with
	assigns map[assignKey][]inspector.Cursor    // values assigned to a variable or field path
}

// assignKey names what an assignment writes: a variable, or a field path
// under one (cfg.Hosts.Track).
type assignKey struct {
	obj    types.Object
	fields string
}

// want is what a sibling arm must yield to excuse a finding.
type want struct {
	host   bool // a host of family in the target region, at path rest
	family residency.Family
	rest   string
	client bool // an SDK client built with the region or a proxy
}

// search is the state of one question to choices.
type search struct {
	fixed      map[ast.Node]bool // literals and calls to take as already fixed
	considered map[ast.Node]bool // wrong yields looked at in sibling arms
	visiting   map[types.Object]bool
	depth      int
}

// maxDepth bounds how far a search follows identifiers to declarations.
const maxDepth = 8

func newChoices(pass *analysis.Pass, target residency.Region, skip func(string) bool, clients func(*ast.CallExpr) (bool, bool, bool)) *choices {
	return &choices{pass: pass, target: target, skip: skip, clients: clients}
}

// excused reports whether the expression at cur, which yields what w
// describes, is an arm of a choice whose sibling arm yields w in the
// target region. Nodes in fixed count as already fixed. It also returns
// the wrong literals and calls it looked at in sibling arms: fixing one of
// those could change the answer.
func (x *choices) excused(cur inspector.Cursor, w want, fixed map[ast.Node]bool) (bool, map[ast.Node]bool) {
	x.index()
	s := &search{fixed: fixed, considered: make(map[ast.Node]bool), visiting: make(map[types.Object]bool)}
	return x.armExcused(s, cur, nil, w), s.considered
}

// armExcused climbs from cur, an expression whose value holds the host
// (at the field path path), through the expressions, declarations and
// statements that carry it, and reports whether one of them is an arm of a
// choice with a sibling arm that yields w.
func (x *choices) armExcused(s *search, cur inspector.Cursor, path []string, w want) bool {
	for {
		parent := cur.Parent()
		k, idx := cur.ParentEdge()
		switch k {
		case edge.ParenExpr_X, edge.StarExpr_X, edge.CompositeLit_Elts:
			// An element of a list is carried by the list: a list is not a choice.
			cur = parent
		case edge.UnaryExpr_X:
			if parent.Node().(*ast.UnaryExpr).Op != token.AND {
				return false
			}
			cur = parent
		case edge.KeyValueExpr_Value:
			lit, ok := parent.Parent().Node().(*ast.CompositeLit)
			if !ok {
				return false
			}
			kv := parent.Node().(*ast.KeyValueExpr)
			if x.regionKey(kv.Key) {
				for i, elt := range lit.Elts {
					if other, ok := elt.(*ast.KeyValueExpr); ok && other != kv && x.regionKey(other.Key) {
						value := parent.Parent().ChildAt(edge.CompositeLit_Elts, i).ChildAt(edge.KeyValueExpr_Value, -1)
						if x.yields(s, value, path, w) {
							return true
						}
					}
				}
			}
			path = append([]string{x.keyName(kv.Key)}, path...)
			cur = parent.Parent()
		case edge.SelectorExpr_X:
			if len(path) > 0 {
				if parent.Node().(*ast.SelectorExpr).Sel.Name != path[0] {
					return false // another field: not an arm that carries the host
				}
				path = path[1:]
			}
			cur = parent
		case edge.CallExpr_Args:
			call := parent.Node().(*ast.CallExpr)
			if x.isChoiceCall(call) {
				for i := range call.Args {
					if i != idx && x.yields(s, parent.ChildAt(edge.CallExpr_Args, i), path, w) {
						return true
					}
				}
			}
			cur, path = parent, nil
		case edge.ReturnStmt_Results:
			if x.returnsExcuse(s, parent, idx, path, w) {
				return true
			}
			return x.stmtExcused(s, parent, w)
		case edge.AssignStmt_Rhs:
			as := parent.Node().(*ast.AssignStmt)
			if len(as.Lhs) == len(as.Rhs) {
				if key, ok := x.assignKey(as.Lhs[idx]); ok {
					if x.assignmentsExcuse(s, cur, key, path, w) {
						return true
					}
					if as.Tok == token.DEFINE && key.fields == "" && x.objectExcused(s, key.obj, path, w) {
						return true
					}
				}
			}
			return x.stmtExcused(s, parent, w)
		case edge.ValueSpec_Values:
			spec := parent.Node().(*ast.ValueSpec)
			if len(spec.Names) == len(spec.Values) {
				if obj := x.pass.TypesInfo.Defs[spec.Names[idx]]; obj != nil {
					if x.assignmentsExcuse(s, cur, assignKey{obj: obj}, path, w) || x.objectExcused(s, obj, path, w) {
						return true
					}
				}
			}
			return x.stmtExcused(s, parent, w)
		default:
			switch parent.Node().(type) {
			case ast.Expr:
				cur, path = parent, nil
			case ast.Stmt:
				return x.stmtExcused(s, parent, w)
			default:
				return false
			}
		}
	}
}

// objectExcused reports whether every use of obj that is not recognition
// is an arm of a choice whose sibling arm yields w.
func (x *choices) objectExcused(s *search, obj types.Object, path []string, w want) bool {
	if s.visiting[obj] || s.depth >= maxDepth {
		return false
	}
	s.visiting[obj] = true
	s.depth++
	defer func() { s.visiting[obj] = false; s.depth-- }()
	n := 0
	for _, use := range x.uses[obj] {
		if x.recognizes(use) || !carries(use, path) {
			continue // recognition, or the use of another field
		}
		if !x.armExcused(s, use, path, w) {
			return false
		}
		n++
	}
	return n > 0
}

// carries reports whether the use of a variable at use carries the value
// at the field path path: the whole variable, or a selection of that field.
func carries(use inspector.Cursor, path []string) bool {
	for _, field := range path {
		if use.ParentEdgeKind() != edge.SelectorExpr_X {
			return true
		}
		use = use.Parent()
		if use.Node().(*ast.SelectorExpr).Sel.Name != field {
			return false
		}
	}
	return true
}

// returnsExcuse reports whether another return statement of the function
// that holds ret yields w as its result number idx.
func (x *choices) returnsExcuse(s *search, ret inspector.Cursor, idx int, path []string, w want) bool {
	fn, ok := enclosingFunc(ret)
	if !ok {
		return false
	}
	for other := range fn.Preorder((*ast.ReturnStmt)(nil)) {
		if other == ret || !sameFunc(other, fn) || len(other.Node().(*ast.ReturnStmt).Results) <= idx {
			continue
		}
		if x.yields(s, other.ChildAt(edge.ReturnStmt_Results, idx), path, w) {
			return true
		}
	}
	return false
}

// assignmentsExcuse reports whether another value assigned to key in the
// same function yields w, where one of the two assignments is in a branch
// that the other is not in and comes after it.
func (x *choices) assignmentsExcuse(s *search, value inspector.Cursor, key assignKey, path []string, w want) bool {
	fn, ok := enclosingFunc(value)
	if !ok {
		return false
	}
	for _, other := range x.assigns[key] {
		if other == value || !sameFunc(other, fn) {
			continue
		}
		if !laterInOtherBranch(other, value) && !laterInOtherBranch(value, other) {
			continue
		}
		if x.yields(s, other, path, w) {
			return true
		}
	}
	return false
}

// laterInOtherBranch reports whether a comes after b, in a branch of an if,
// switch or select that does not hold b.
func laterInOtherBranch(a, b inspector.Cursor) bool {
	if a.Node().Pos() < b.Node().Pos() {
		return false
	}
	for br := range enclosingBranches(a) {
		if !br.Contains(b) {
			return true
		}
	}
	return false
}

// stmtExcused reports whether stmt is in an arm of an if chain, a switch or
// a select whose sibling arm yields w.
func (x *choices) stmtExcused(s *search, stmt inspector.Cursor, w want) bool {
	for cur := stmt; cur.Valid(); cur = cur.Parent() {
		switch cur.Node().(type) {
		case *ast.FuncDecl, *ast.File:
			return false
		}
		switch cur.ParentEdgeKind() {
		case edge.IfStmt_Body, edge.IfStmt_Else:
			if _, ok := cur.Node().(*ast.BlockStmt); !ok {
				continue // an else if: its own branches are arms of the chain
			}
			top := ifChainTop(cur.Parent())
			for _, arm := range ifChainArms(top) {
				if arm != cur && x.yields(s, arm, nil, w) {
					return true
				}
			}
			if x.statementsAfterExcuse(s, top, w) {
				return true
			}
		case edge.CaseClause_Body, edge.CommClause_Body:
			clause := cur.Parent()
			for other := range clause.Parent().Children() {
				if other != clause && x.yields(s, other, nil, w) {
					return true
				}
			}
		}
		if k := cur.ParentEdgeKind(); k == edge.BlockStmt_List || k == edge.CaseClause_Body || k == edge.CommClause_Body {
			// An if before cur in its block whose branches all return
			// has the statements after it, cur among them, as its else.
			for prev, ok := cur.PrevSibling(); ok; prev, ok = prev.PrevSibling() {
				if ifStmt, isIf := prev.Node().(*ast.IfStmt); isIf && earlyReturn(ifStmt) {
					for _, arm := range ifChainArms(prev) {
						if x.yields(s, arm, nil, w) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// statementsAfterExcuse reports whether the statements after the if chain
// at top, when it has no else and each of its branches ends the flow, yield w.
func (x *choices) statementsAfterExcuse(s *search, top inspector.Cursor, w want) bool {
	if !earlyReturn(top.Node().(*ast.IfStmt)) {
		return false
	}
	for next, ok := top.NextSibling(); ok; next, ok = next.NextSibling() {
		if x.yields(s, next, nil, w) {
			return true
		}
	}
	return false
}

// yields reports whether the arm at cur yields what w wants in the target
// region, at the field path path. Wrong yields it meets are recorded.
func (x *choices) yields(s *search, cur inspector.Cursor, path []string, w want) bool {
	if len(path) > 0 {
		field, ok := x.field(s, cur, path[0])
		if !ok {
			return false
		}
		return x.yields(s, field, path[1:], w)
	}
	found := false
	cur.Inspect([]ast.Node{(*ast.BasicLit)(nil), (*ast.CallExpr)(nil), (*ast.Ident)(nil)}, func(c inspector.Cursor) bool {
		if !found {
			found = x.yieldsAt(s, c, w)
		}
		return !found && !x.isLogCall(c.Node())
	})
	return found
}

// yieldsAt reports whether the literal, call or identifier at c yields
// what w wants in the target region.
func (x *choices) yieldsAt(s *search, c inspector.Cursor, w want) bool {
	switch n := c.Node().(type) {
	case *ast.BasicLit:
		return w.host && n.Kind == token.STRING && residency.Mentions(n.Value) && !x.recognizes(c) && x.litYields(s, n, w)
	case *ast.CallExpr:
		client, regional, urlFix := x.clients(n)
		// A client's fix gives it the region; a URL argument's fix
		// writes the ingestion host.
		if client && (w.client || urlFix && w.host && w.family == residency.Ingestion) {
			if regional && w.client || s.fixed[n] {
				return true
			}
			s.considered[n] = true
		}
	case *ast.Ident:
		obj := x.pass.TypesInfo.Uses[n]
		init, ok := x.inits[obj]
		if !ok || s.visiting[obj] || s.depth >= maxDepth || x.recognizes(c) {
			return false
		}
		s.visiting[obj] = true
		s.depth++
		defer func() { s.visiting[obj] = false; s.depth-- }()
		return x.yields(s, init, nil, w)
	}
	return false
}

// isLogCall reports whether n calls a function that logs or builds an
// error or a message: a host it names is mentioned, not yielded.
func (x *choices) isLogCall(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(x.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "log", "log/slog":
		return true
	case "fmt":
		return fn.Name() != "Sprintf" && fn.Name() != "Sprint" && fn.Name() != "Sprintln"
	case "errors":
		return fn.Name() == "New"
	}
	return false
}

// litYields reports whether the string literal lit names the host that w
// wants in the target region.
func (x *choices) litYields(s *search, lit *ast.BasicLit, w want) bool {
	value, err := strconv.Unquote(lit.Value)
	if err != nil {
		return false
	}
	for _, m := range residency.Find(value) {
		if m.Family != w.family || !samePlace(m.Rest, w.rest) {
			continue
		}
		if m.Exists && m.Region == x.target || s.fixed[lit] {
			return true
		}
		s.considered[lit] = true
	}
	// The fix of a mixpanel.init call without api_host adds the region's
	// ingestion host.
	if w.family == residency.Ingestion && len(residency.FindJSInits(value, x.target)) > 0 {
		if s.fixed[lit] {
			return true
		}
		s.considered[lit] = true
	}
	return false
}

// samePlace reports whether two URLs' parts after the host, a and b, name
// the same place: equal but for a trailing slash, or one of them empty
// (a base URL).
func samePlace(a, b string) bool {
	a, b = normalPath(a), normalPath(b)
	return a == "" || b == "" || a == b
}

// normalPath returns the part of a URL after its host without a trailing
// dot before it or a trailing slash.
func normalPath(rest string) string {
	return strings.TrimSuffix(strings.TrimPrefix(rest, "."), "/")
}

// field returns the value of the field (or string map key) name in the
// composite literal that cur is, points to, or was declared with.
func (x *choices) field(s *search, cur inspector.Cursor, name string) (inspector.Cursor, bool) {
	for range maxDepth {
		switch n := cur.Node().(type) {
		case *ast.ParenExpr:
			cur = cur.ChildAt(edge.ParenExpr_X, -1)
		case *ast.UnaryExpr:
			cur = cur.ChildAt(edge.UnaryExpr_X, -1)
		case *ast.Ident:
			init, ok := x.inits[x.pass.TypesInfo.Uses[n]]
			if !ok {
				return cur, false
			}
			cur = init
		case *ast.CompositeLit:
			for i, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && x.keyName(kv.Key) == name {
					return cur.ChildAt(edge.CompositeLit_Elts, i).ChildAt(edge.KeyValueExpr_Value, -1), true
				}
			}
			return cur, false
		default:
			return cur, false
		}
	}
	return cur, false
}

// keyName names a composite literal's key: a field name, or a string
// constant's value.
func (x *choices) keyName(key ast.Expr) string {
	if tv, ok := x.pass.TypesInfo.Types[key]; ok && tv.Value != nil {
		return tv.Value.ExactString()
	}
	if id, ok := key.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// regionKey reports whether a composite literal's key names a region:
// "eu", "US", RegionIN, a field EU, Europe or India, a field USHost.
func (x *choices) regionKey(key ast.Expr) bool {
	var names []string
	if tv, ok := x.pass.TypesInfo.Types[key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		names = append(names, constant.StringVal(tv.Value))
	}
	switch key := ast.Unparen(key).(type) {
	case *ast.Ident:
		names = append(names, key.Name)
	case *ast.SelectorExpr:
		names = append(names, key.Sel.Name)
	case *ast.BasicLit:
		if s, err := strconv.Unquote(key.Value); err == nil {
			names = append(names, s)
		}
	}
	for _, name := range names {
		for _, word := range residency.Words(name) {
			if _, ok := residency.WordRegion(word); ok || residency.IsDefaultWord(word) {
				return true
			}
		}
	}
	return false
}

// isChoiceCall reports whether the arguments of call are arms of a choice:
// it calls a function of the user's (a ternary helper), not one of the
// standard library or a builtin.
func (x *choices) isChoiceCall(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(x.pass.TypesInfo, call).(type) {
	case *types.Func:
		pkg := fn.Pkg()
		if pkg == nil {
			return false
		}
		return pkg == x.pass.Pkg || strings.Contains(strings.Split(pkg.Path(), "/")[0], ".")
	case *types.Var:
		return true // a function value
	}
	return false
}

// assignKey returns what the assignment target lhs writes.
func (x *choices) assignKey(lhs ast.Expr) (assignKey, bool) {
	var fields []string
	for {
		switch e := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			obj := x.pass.TypesInfo.ObjectOf(e)
			if obj == nil {
				return assignKey{}, false
			}
			return assignKey{obj: obj, fields: strings.Join(fields, ".")}, true
		case *ast.SelectorExpr:
			fields = append([]string{e.Sel.Name}, fields...)
			lhs = e.X
		default:
			return assignKey{}, false
		}
	}
}

// recognizes reports whether the expression at cur is matched against
// rather than used: a switch case, an operand of == or !=, a map key, a
// pattern of a strings or bytes function, a value looked for in a slice,
// or a list that is only ever searched.
func (x *choices) recognizes(cur inspector.Cursor) bool {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	k, idx := cur.ParentEdge()
	switch k {
	case edge.CaseClause_List, edge.KeyValueExpr_Key:
		return true // a string key of a composite literal is a map key
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		bin := cur.Parent().Node().(*ast.BinaryExpr)
		if bin.Op != token.EQL && bin.Op != token.NEQ {
			return false
		}
		// Compared with a host, not checked for emptiness (u == "").
		other := bin.X
		if k == edge.BinaryExpr_X {
			other = bin.Y
		}
		tv, ok := x.pass.TypesInfo.Types[other]
		return !ok || tv.Value == nil || tv.Value.Kind() != constant.String || residency.Mentions(constant.StringVal(tv.Value))
	case edge.CallExpr_Args:
		fn, ok := typeutil.Callee(x.pass.TypesInfo, cur.Parent().Node().(*ast.CallExpr)).(*types.Func)
		return ok && fn.Pkg() != nil && isPatternArg(fn.Pkg().Path(), fn.Name(), idx)
	case edge.RangeStmt_X:
		// for _, h := range hosts { if h == host … }
		rng := cur.Parent().Node().(*ast.RangeStmt)
		id, ok := rng.Value.(*ast.Ident)
		if !ok {
			return false
		}
		x.index()
		return x.onlyRecognized(x.pass.TypesInfo.Defs[id])
	}
	return false
}

// recognized reports whether the literal at cur is recognition: in a
// recognizing position itself, or the value (or list element) a constant
// or variable is declared with whose every use recognizes.
func (x *choices) recognized(cur inspector.Cursor) bool {
	if x.recognizes(cur) {
		return true
	}
	for {
		switch cur.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.CompositeLit_Elts:
			cur = cur.Parent()
			continue
		case edge.ValueSpec_Values, edge.AssignStmt_Rhs:
			x.index()
			return x.onlyRecognized(x.declaredWith(cur))
		}
		return false
	}
}

// declaredWith returns the constant or variable declared with the value at
// cur, if any.
func (x *choices) declaredWith(cur inspector.Cursor) types.Object {
	idx := cur.ParentEdgeIndex()
	switch p := cur.Parent().Node().(type) {
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			return x.pass.TypesInfo.Defs[p.Names[idx]]
		}
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE && len(p.Lhs) == len(p.Rhs) {
			if id, ok := p.Lhs[idx].(*ast.Ident); ok {
				return x.pass.TypesInfo.Defs[id]
			}
		}
	}
	return nil
}

// onlyRecognized reports whether obj is used, and only to recognize.
func (x *choices) onlyRecognized(obj types.Object) bool {
	uses := x.uses[obj]
	for _, use := range uses {
		if !x.recognizes(use) {
			return false
		}
	}
	return len(uses) > 0
}

// isPatternArg reports whether argument idx of the function name of
// package path is a pattern to look for rather than a value to use.
func isPatternArg(path, name string, idx int) bool {
	switch path {
	case "strings", "bytes":
		switch name {
		case "Contains", "ContainsAny", "Count", "EqualFold", "HasPrefix", "HasSuffix",
			"Index", "IndexAny", "LastIndex", "LastIndexAny", "Compare":
			return true // the result is a bool or an index
		case "Cut", "CutPrefix", "CutSuffix", "Split", "SplitN", "SplitAfter", "SplitAfterN",
			"TrimPrefix", "TrimSuffix", "Replace", "ReplaceAll":
			return idx == 1 // the subject and a replacement are uses
		case "NewReplacer":
			return idx%2 == 0 // old, new, old, new…
		}
	case "slices":
		switch name {
		case "Contains", "Index":
			return true
		}
	}
	return false
}

// index records the uses, declarations and assignments of the package's
// constants and variables, once, on the first question.
func (x *choices) index() {
	if x.indexed {
		return
	}
	x.indexed = true
	x.uses = make(map[types.Object][]inspector.Cursor)
	x.inits = make(map[types.Object]inspector.Cursor)
	x.assigns = make(map[assignKey][]inspector.Cursor)
	info := x.pass.TypesInfo
	insp := x.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	forEachFile(insp, func(curFile inspector.Cursor, file *ast.File) {
		if x.skip(x.pass.Fset.File(file.FileStart).Name()) {
			return // e.g. a test file: uses there must not change findings elsewhere
		}
		for cur := range curFile.Preorder((*ast.Ident)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.Ident:
				if cur.ParentEdgeKind() == edge.AssignStmt_Lhs {
					continue // a write, not a use
				}
				switch obj := info.Uses[n].(type) {
				case *types.Const:
					x.uses[obj] = append(x.uses[obj], cur)
				case *types.Var:
					if !obj.IsField() && obj.Pkg() == x.pass.Pkg {
						x.uses[obj] = append(x.uses[obj], cur)
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					key, ok := x.assignKey(lhs)
					if !ok {
						continue
					}
					value := cur.ChildAt(edge.AssignStmt_Rhs, i)
					x.assigns[key] = append(x.assigns[key], value)
					if n.Tok == token.DEFINE && info.Defs[lhs.(*ast.Ident)] != nil {
						x.inits[key.obj] = value
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) != len(n.Values) {
					continue
				}
				for i, name := range n.Names {
					if obj := info.Defs[name]; obj != nil {
						value := cur.ChildAt(edge.ValueSpec_Values, i)
						x.inits[obj] = value
						x.assigns[assignKey{obj: obj}] = append(x.assigns[assignKey{obj: obj}], value)
					}
				}
			}
		}
	})
}

// enclosingFunc returns the innermost function (declaration or literal)
// that holds cur.
func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fn, true
	}
	return cur, false
}

// sameFunc reports whether fn is the innermost function that holds cur.
func sameFunc(cur, fn inspector.Cursor) bool {
	inner, ok := enclosingFunc(cur)
	return ok && inner == fn
}

// enclosingBranches yields the branches of if chains, switches and selects
// that hold cur, innermost first, up to its function.
func enclosingBranches(cur inspector.Cursor) func(yield func(inspector.Cursor) bool) {
	return func(yield func(inspector.Cursor) bool) {
		for c := cur; c.Valid(); c = c.Parent() {
			switch c.Node().(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				return
			case *ast.CaseClause, *ast.CommClause:
				if !yield(c) {
					return
				}
			case *ast.BlockStmt:
				if k := c.ParentEdgeKind(); (k == edge.IfStmt_Body || k == edge.IfStmt_Else) && !yield(c) {
					return
				}
			}
		}
	}
}

// ifChainTop returns the first if of the chain that the if at cur is in.
func ifChainTop(cur inspector.Cursor) inspector.Cursor {
	for cur.ParentEdgeKind() == edge.IfStmt_Else {
		cur = cur.Parent()
	}
	return cur
}

// ifChainArms returns the bodies and the final else of the if chain at top.
func ifChainArms(top inspector.Cursor) []inspector.Cursor {
	var arms []inspector.Cursor
	for cur := top; ; {
		arms = append(arms, cur.ChildAt(edge.IfStmt_Body, -1))
		els := cur.Node().(*ast.IfStmt).Else
		if els == nil {
			return arms
		}
		next := cur.ChildAt(edge.IfStmt_Else, -1)
		if _, ok := els.(*ast.IfStmt); !ok {
			return append(arms, next)
		}
		cur = next
	}
}

// earlyReturn reports whether the if chain s has no final else and each
// of its branches ends the flow of its block.
func earlyReturn(s *ast.IfStmt) bool {
	for {
		if !terminates(s.Body) {
			return false
		}
		switch els := s.Else.(type) {
		case nil:
			return true
		case *ast.IfStmt:
			s = els
		default:
			return false
		}
	}
}

// terminates reports whether the block ends in a return, a branch
// statement or a call of panic.
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch last := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := last.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := call.Fun.(*ast.Ident)
		return ok && id.Name == "panic"
	}
	return false
}

// caseClash returns why the literal at cur must not be rewritten to fixed,
// or "": it declares a constant that is also a switch case or a map key
// beside a constant equal to fixed, so the fix would repeat a case or a
// key, and the code would not compile.
func (x *choices) caseClash(cur inspector.Cursor, fixed string) string {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	if cur.ParentEdgeKind() != edge.ValueSpec_Values {
		return ""
	}
	obj, ok := x.declaredWith(cur).(*types.Const)
	if !ok {
		return ""
	}
	x.index()
	for _, use := range x.uses[obj] {
		for use.ParentEdgeKind() == edge.ParenExpr_X {
			use = use.Parent()
		}
		var (
			others []ast.Expr
			what   string
		)
		switch use.ParentEdgeKind() {
		case edge.CaseClause_List:
			what = "switch case"
			for clause := range use.Parent().Parent().Children() {
				others = append(others, clause.Node().(*ast.CaseClause).List...)
			}
		case edge.KeyValueExpr_Key:
			what = "map key"
			for _, elt := range use.Parent().Parent().Node().(*ast.CompositeLit).Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					others = append(others, kv.Key)
				}
			}
		default:
			continue
		}
		for _, other := range others {
			tv, ok := x.pass.TypesInfo.Types[other]
			if other != use.Node() && ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == fixed {
				return fmt.Sprintf(" (no fix: %s is also a %s beside %s, which the fix would repeat)", obj.Name(), what, types.ExprString(other))
			}
		}
	}
	return ""
}
