package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

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
	for {
		// Through parentheses and concatenations: case usEngage + "?verbose=1".
		k := cur.ParentEdgeKind()
		concat := (k == edge.BinaryExpr_X || k == edge.BinaryExpr_Y) && cur.Parent().Node().(*ast.BinaryExpr).Op == token.ADD
		if k != edge.ParenExpr_X && !concat {
			break
		}
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

// onlyRecognized reports whether obj is used to recognize, and otherwise
// only named in messages (a constant compared, then named in fmt.Errorf).
func (x *choices) onlyRecognized(obj types.Object) bool {
	recognized := false
	for _, use := range x.uses[obj] {
		switch {
		case x.recognizes(use):
			recognized = true
		case !x.isMention(use):
			return false
		}
	}
	return recognized
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
// error or a message: a host it names is mentioned, not yielded. Loggers
// are known by their verb (Printf, Logf, Infow, Debug, Warn, Errorf,
// Fatal, Panic, Trace, InfoContext), by their package (log, slog, zap,
// logrus, zerolog…) or by a receiver named for a logger, so that project
// loggers and testing.T count too.
func (x *choices) isLogCall(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(x.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return false
	}
	if fn.Pkg() != nil {
		switch path := fn.Pkg().Path(); path {
		case "fmt":
			return !strings.HasPrefix(fn.Name(), "Sprint") && !strings.HasPrefix(fn.Name(), "Append")
		case "errors":
			return fn.Name() == "New"
		default:
			if loggerPackages[path[strings.LastIndex(path, "/")+1:]] {
				return true
			}
		}
	}
	if isLogVerb(fn.Name()) {
		return true
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && strings.Contains(strings.ToLower(named.Obj().Name()), "log")
}

// loggerPackages are the last elements of the paths of logging packages.
var loggerPackages = map[string]bool{
	"log": true, "slog": true, "zap": true, "zapcore": true, "logrus": true, "zerolog": true,
	"glog": true, "klog": true, "logr": true, "log15": true,
}

// logVerbs begin the names of logging functions and methods.
var logVerbs = map[string]bool{
	"Print": true, "Log": true, "Debug": true, "Info": true, "Warn": true, "Warning": true,
	"Error": true, "Fatal": true, "Panic": true, "Trace": true,
}

// isLogVerb reports whether name, a function's, is a logging verb with
// its usual suffixes: Printf, Println, Infow, Logs; not Login or Errors.
func isLogVerb(name string) bool {
	words := residency.Words(name)
	if len(words) == 0 {
		return false
	}
	first := words[0]
	if logVerbs[first] {
		return true
	}
	for _, suffix := range []string{"f", "ln", "w"} {
		if logVerbs[strings.TrimSuffix(first, suffix)] && strings.HasSuffix(first, suffix) {
			return true
		}
	}
	return false
}

// isMention reports whether the expression at cur is an argument of a
// logging call, or of one that builds an error or a message.
func (x *choices) isMention(cur inspector.Cursor) bool {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	return cur.ParentEdgeKind() == edge.CallExpr_Args && x.isLogCall(cur.Parent().Node())
}
