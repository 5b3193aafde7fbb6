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

	"github.com/mpreslint/mpreslint/residency"
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

// withholdUnstableFixes drops the fix of a finding when applying it alone
// would excuse another finding: fixing one arm of a region choice whose
// other arm is wrong too would make that other arm look deliberate, and its
// finding would vanish unfixed. Fixes are applied one at a time in editors;
// each must remove exactly its own finding.
func (c *checker) withholdUnstableFixes() {
	byNode := make(map[ast.Node][]*finding) // a literal may have a host and a mixpanel.init finding
	for _, f := range c.findings {
		if f.node != nil && len(f.diag.SuggestedFixes) > 0 {
			byNode[f.node] = append(byNode[f.node], f)
		}
	}
	for _, g := range c.findings {
		for n := range g.considered {
			fixed := map[ast.Node]bool{n: true}
			for _, f := range byNode[n] {
				if f == g {
					continue
				}
				for _, w := range g.wants {
					if ok, _ := c.choices.excused(g.cursor, w, fixed); ok {
						// Both, so that neither fix depends on the other finding.
						withholdFix(f)
						withholdFix(g)
						break
					}
				}
			}
		}
	}
}

// withholdHostInserts drops the fixes of a finding whose fix inserts the
// region's ingestion host (a flags config's APIHost) and of a finding that
// this fix would excuse: an arm of the same region choice.
func (c *checker) withholdHostInserts() {
	for _, f := range c.findings {
		if !f.insertsHost || f.diag.SuggestedFixes == nil {
			continue
		}
		for _, g := range c.findings {
			if g == f || g.node == nil {
				continue
			}
			for _, w := range g.wants {
				if w.host && w.family == residency.Ingestion {
					if c.choices.excusedIfInserted(g.cursor, w, f.node) {
						withholdFix(f)
						withholdFix(g)
						break
					}
				}
			}
		}
	}
}

func withholdFix(f *finding) {
	withholdFixBecause(f, "another arm of the same region choice is wrong too; change them together")
}

// withholdFixBecause drops f's fix and says why in its message.
func withholdFixBecause(f *finding, why string) {
	if f.diag.SuggestedFixes != nil {
		f.diag.SuggestedFixes = nil
		f.diag.Message += " (no fix: " + why + ")"
	}
}
