package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// assignKey names what an assignment writes: a variable, or a field path
// under one (cfg.Hosts.Track).
type assignKey struct {
	obj    types.Object
	fields string
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
	x.fieldAssigns = make(map[*types.Var][]inspector.Cursor)
	info := x.pass.TypesInfo
	insp := x.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	forEachFile(insp, func(curFile inspector.Cursor, file *ast.File) {
		if x.skip(x.pass.Fset.File(file.FileStart).Name()) {
			return // e.g. a test file: uses there must not change findings elsewhere
		}
		for cur := range curFile.Preorder((*ast.Ident)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.FuncDecl)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.Ident:
				if cur.ParentEdgeKind() == edge.AssignStmt_Lhs {
					continue // a write, not a use
				}
				switch obj := info.Uses[n].(type) {
				case *types.Const:
					x.uses[obj] = append(x.uses[obj], cur)
				case *types.Func:
					if obj.Pkg() == x.pass.Pkg {
						x.uses[obj] = append(x.uses[obj], cur)
					}
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
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
						if field, ok := info.Uses[sel.Sel].(*types.Var); ok && field.IsField() {
							x.fieldAssigns[field] = append(x.fieldAssigns[field], value)
						}
					}
					if n.Tok == token.DEFINE && info.Defs[lhs.(*ast.Ident)] != nil {
						x.inits[key.obj] = value
					}
				}
			case *ast.FuncDecl:
				// A function without receiver yields what its body returns.
				if obj := info.Defs[n.Name]; obj != nil && n.Recv == nil && n.Body != nil {
					x.inits[obj] = cur.ChildAt(edge.FuncDecl_Body, -1)
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
