package analyzer

// Arms in composite literals: the values of a map or struct literal whose
// keys name regions, unless it is always read at one key or ranged over;
// a bool-keyed map indexed by a region flag; a struct field's default that
// a region choice overwrites.

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// fieldOverwritten reports whether the struct field named by key, whose
// value in the literal lit that a variable is declared with is a default,
// is assigned later in a region choice a value that yields w:
// c := Config{Host: US} then c.Host = EU under if region == "eu", or in an
// option WithRegion.
func (x *choices) fieldOverwritten(s *search, lit inspector.Cursor, key ast.Expr, path []string, w want) bool {
	for k := lit.ParentEdgeKind(); k == edge.ParenExpr_X || k == edge.UnaryExpr_X; k = lit.ParentEdgeKind() {
		lit = lit.Parent()
	}
	if x.declaredWith(lit) == nil {
		return false
	}
	fn, inFunc := enclosingFunc(lit)
	id, ok := key.(*ast.Ident)
	if !ok {
		return false
	}
	field, ok := x.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !field.IsField() {
		return false
	}
	for _, other := range x.fieldAssigns[field] {
		if inFunc && sameFunc(other, fn) && other.Node().Pos() < lit.Node().Pos() {
			continue // not a default it overwrites
		}
		if x.inRegionBranch(other) && x.yields(s, other, path, w) {
			return true
		}
	}
	return false
}

// fieldOptionsExcuse reports whether value, assigned to the struct field
// lhs in a region branch or a function named for the region (an option
// EuResidency, InResidency, a method UseIndia), has a sibling: another
// assignment to the same field, in a region branch or such a function
// too, that yields w. The options are the arms of a choice their callers
// make.
func (x *choices) fieldOptionsExcuse(s *search, value inspector.Cursor, lhs ast.Expr, path []string, w want) bool {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	field, ok := x.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() || !x.inRegionBranch(value) {
		return false
	}
	for _, other := range x.fieldAssigns[field] {
		if other != value && x.inRegionBranch(other) && x.yields(s, other, path, w) {
			return true
		}
	}
	return false
}

// boolRegionMap reports whether the literal at lit is a map keyed by
// bools, every read of which is indexed by an expression that names the
// region (byEU[isEU]), and another key of it than kv's yields w.
func (x *choices) boolRegionMap(s *search, lit inspector.Cursor, kv *ast.KeyValueExpr, path []string, w want) bool {
	tv, ok := x.pass.TypesInfo.Types[kv.Key]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false
	}
	for k := lit.ParentEdgeKind(); k == edge.ParenExpr_X; k = lit.ParentEdgeKind() {
		lit = lit.Parent()
	}
	obj := x.declaredWith(lit)
	if obj == nil || len(x.uses[obj]) == 0 {
		return false
	}
	for _, use := range x.uses[obj] {
		if use.ParentEdgeKind() != edge.IndexExpr_X || !x.condNamesRegion(use.Parent().Node().(*ast.IndexExpr).Index) {
			return false
		}
	}
	for i, elt := range lit.Node().(*ast.CompositeLit).Elts {
		if other, ok := elt.(*ast.KeyValueExpr); ok && other != kv {
			if x.yields(s, lit.ChildAt(edge.CompositeLit_Elts, i).ChildAt(edge.KeyValueExpr_Value, -1), path, w) {
				return true
			}
		}
	}
	return false
}

// siblingKeyYields reports whether another region key of the map or
// struct literal at lit than kv's has a value that yields w.
func (x *choices) siblingKeyYields(s *search, lit inspector.Cursor, kv *ast.KeyValueExpr, path []string, w want) bool {
	for i, elt := range lit.Node().(*ast.CompositeLit).Elts {
		if other, ok := elt.(*ast.KeyValueExpr); ok && other != kv && x.regionKey(other.Key) {
			value := lit.ChildAt(edge.CompositeLit_Elts, i).ChildAt(edge.KeyValueExpr_Value, -1)
			if x.yields(s, value, path, w) {
				return true
			}
		}
	}
	return false
}

// alwaysPicked reports whether the region-keyed map or struct literal at
// lit, declared as a constant or variable, is read at key outside a region
// choice (hosts["us"], hosts.US), or ranged over: a dual write.
func (x *choices) alwaysPicked(s *search, lit inspector.Cursor, key string, w want) bool {
	for k := lit.ParentEdgeKind(); k == edge.ParenExpr_X || k == edge.UnaryExpr_X; k = lit.ParentEdgeKind() {
		lit = lit.Parent()
	}
	obj := x.declaredWith(lit)
	if obj == nil || s.picking[obj] {
		return false
	}
	s.picking[obj] = true
	defer func() { s.picking[obj] = false }()
	for _, use := range x.uses[obj] {
		for use.ParentEdgeKind() == edge.ParenExpr_X {
			use = use.Parent()
		}
		var picked inspector.Cursor
		switch use.ParentEdgeKind() {
		case edge.RangeStmt_X:
			if !x.recognizes(use) {
				return true
			}
			continue
		case edge.IndexExpr_X:
			if x.keyName(use.Parent().Node().(*ast.IndexExpr).Index) != key {
				continue
			}
		case edge.SelectorExpr_X:
			if use.Parent().Node().(*ast.SelectorExpr).Sel.Name != key {
				continue
			}
		default:
			continue
		}
		picked = use.Parent()
		if !x.recognizes(picked) && !x.isMention(picked) && !x.armExcused(s, picked, nil, w) {
			return true
		}
	}
	return false
}
