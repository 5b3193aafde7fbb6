package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

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
	old := constant.StringVal(obj.Val())
	for _, use := range x.uses[obj] {
		// The case or key may be a concatenation: usEngage + "?verbose=1".
		for k := use.ParentEdgeKind(); k == edge.ParenExpr_X ||
			(k == edge.BinaryExpr_X || k == edge.BinaryExpr_Y) && use.Parent().Node().(*ast.BinaryExpr).Op == token.ADD; k = use.ParentEdgeKind() {
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
		after := fixed
		if tv, ok := x.pass.TypesInfo.Types[use.Node().(ast.Expr)]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			after = strings.Replace(constant.StringVal(tv.Value), old, fixed, 1)
		}
		for _, other := range others {
			tv, ok := x.pass.TypesInfo.Types[other]
			if other != use.Node() && ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == after {
				return fmt.Sprintf(" (no fix: %s is also a %s beside %s, which the fix would repeat)", obj.Name(), what, types.ExprString(other))
			}
		}
	}
	return ""
}
