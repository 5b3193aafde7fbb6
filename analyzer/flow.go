package analyzer

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

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
func (x *choices) earlyReturn(s *ast.IfStmt) bool {
	for {
		if !x.terminates(s.Body) {
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
// statement or a call that does not return (panic, log.Fatal, os.Exit,
// t.Fatal, runtime.Goexit), resolved by what it calls, not by its name.
func (x *choices) terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch last := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := ast.Unparen(last.X).(*ast.CallExpr)
		return ok && x.noReturn(call)
	}
	return false
}

// noReturn reports whether call never returns.
func (x *choices) noReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(x.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		if fn.Pkg() == nil {
			return false
		}
		name := fn.Name()
		switch fn.Pkg().Path() {
		case "os":
			return name == "Exit"
		case "runtime":
			return name == "Goexit"
		case "log":
			return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic")
		case "testing":
			return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Skip") || name == "FailNow"
		}
	}
	return false
}
