package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/mpreslint/mpreslint/residency"
)

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
