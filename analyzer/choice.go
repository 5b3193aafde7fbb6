package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// choices tells whether code picks the region on purpose, and whether
// code recognizes host names rather than sending to them.
//
// A wrong-region host (or a client built without the region) is excused
// only when it is one arm of a region choice whose sibling arm yields the
// target region's host of the same family for the same path (or a client
// with the region). A branch is an arm of a region choice only when what
// takes it names the region (choicecond.go). The arms are:
//   - the body and the else branches of one if chain; an if without else
//     whose branches all end the flow (flow.go) has the statements after it
//     as its else;
//   - the clauses of one switch, type switch or select;
//   - the results at one index of two return statements of one function
//     that a region branch splits;
//   - the values assigned to one variable (or field of one), when the later
//     one is in a region branch and the variable is not read in between; a
//     package variable's default overwritten in a region branch or a
//     function named for the region;
//   - the values of a map or struct literal whose keys name regions, unless
//     it is always read at one key or ranged over; a bool-keyed map indexed
//     by a region flag; a struct field's default that a region choice
//     overwrites (choicelit.go);
//   - the arguments of one call of a function outside the standard library
//     whose name or other argument names the region.
//
// An arm that is an identifier yields what its constant or variable was
// declared with, field by field for structs, or what its function returns
// (choiceyield.go). A constant, variable or function is excused when every
// use of it that is not recognition (recognize.go) is such an arm; an
// unused member of a per-region set is a table entry.
type choices struct {
	pass    *analysis.Pass
	target  residency.Region
	skip    func(filename string) bool // files not analyzed: their uses do not count
	clients func(call *ast.CallExpr) clientArm

	indexed bool
	uses    map[types.Object][]inspector.Cursor // reads of the package's constants and variables
	inits   map[types.Object]inspector.Cursor   // the expression each was declared with
	assigns map[assignKey][]inspector.Cursor    // values assigned to a variable or field path
	// values assigned to a field of any variable: c.endpoint = … in an option
	fieldAssigns map[*types.Var][]inspector.Cursor
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
	inserted   ast.Node          // an expression to take as holding the ingestion host
	considered map[ast.Node]bool // wrong yields looked at in sibling arms
	visiting   map[types.Object]bool
	picking    map[types.Object]bool // region-keyed literals whose reads are being checked
	depth      int
}

func newSearch() *search {
	return &search{considered: make(map[ast.Node]bool), visiting: make(map[types.Object]bool), picking: make(map[types.Object]bool)}
}

// maxDepth bounds how far a search follows identifiers to declarations.
const maxDepth = 8

// maxFuncDepth bounds how far a search follows functions to their bodies:
// a per-region function is picked near the choice, and bodies that call
// other functions would multiply the work.
const maxFuncDepth = 2

func newChoices(pass *analysis.Pass, target residency.Region, skip func(string) bool, clients func(*ast.CallExpr) clientArm) *choices {
	return &choices{pass: pass, target: target, skip: skip, clients: clients}
}

// excused reports whether the expression at cur, which yields what w
// describes, is an arm of a choice whose sibling arm yields w in the
// target region. Nodes in fixed count as already fixed. It also returns
// the wrong literals and calls it looked at in sibling arms: fixing one of
// those could change the answer.
func (x *choices) excused(cur inspector.Cursor, w want, fixed map[ast.Node]bool) (bool, map[ast.Node]bool) {
	x.index()
	s := newSearch()
	s.fixed = fixed
	return x.armExcused(s, cur, nil, w), s.considered
}

// excusedIfInserted reports whether the expression at cur, which yields
// what w describes, would be excused if the fix that writes the target
// region's ingestion host at the expression inserted (a flags config's
// APIHost) were applied.
func (x *choices) excusedIfInserted(cur inspector.Cursor, w want, inserted ast.Node) bool {
	x.index()
	s := newSearch()
	s.inserted = inserted
	return x.armExcused(s, cur, nil, w)
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
			if _, ok := parent.Parent().Node().(*ast.CompositeLit); !ok {
				return false
			}
			kv := parent.Node().(*ast.KeyValueExpr)
			if x.regionKey(kv.Key) && x.siblingKeyYields(s, parent.Parent(), kv, path, w) &&
				!x.alwaysPicked(s, parent.Parent(), x.keyName(kv.Key), w) {
				return true
			}
			if x.boolRegionMap(s, parent.Parent(), kv, path, w) || x.fieldOverwritten(s, parent.Parent(), kv.Key, path, w) {
				return true
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
					if i != idx && x.callSplitsByRegion(call, idx, i) && x.yields(s, parent.ChildAt(edge.CallExpr_Args, i), path, w) {
						return true
					}
				}
			}
			cur, path = parent, nil
		case edge.ReturnStmt_Results:
			if x.returnsExcuse(s, parent, idx, path, w) || x.stmtExcused(s, parent, w) {
				return true
			}
			// A per-region function (usEndpoint beside euEndpoint) is
			// excused where every use of it is an arm of a region choice.
			if fn, ok := enclosingFunc(parent); ok {
				if decl, ok := fn.Node().(*ast.FuncDecl); ok && decl.Recv == nil {
					return x.objectExcused(s, x.pass.TypesInfo.Defs[decl.Name], path, w)
				}
			}
			return false
		case edge.AssignStmt_Rhs:
			as := parent.Node().(*ast.AssignStmt)
			if len(as.Lhs) == len(as.Rhs) {
				if x.fieldOptionsExcuse(s, cur, as.Lhs[idx], path, w) {
					return true
				}
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
	if len(x.uses[obj]) == 0 && x.perRegionMember(obj) != nil {
		return true // an unused entry of a per-region table, not a send
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
		if other == ret || !sameFunc(other, fn) || len(other.Node().(*ast.ReturnStmt).Results) <= idx || !x.splitByRegion(ret, other) {
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
	fn, inFunc := enclosingFunc(value)
	for _, other := range x.assigns[key] {
		if other == value {
			continue
		}
		if !inFunc || !sameFunc(other, fn) {
			// A package variable's default overwritten in a region choice,
			// or in a function named for the region (SetRegion, init).
			_, otherInFunc := enclosingFunc(other)
			if (!inFunc && x.inRegionBranch(other) || !otherInFunc && x.inRegionBranch(value)) && x.yields(s, other, path, w) {
				return true
			}
			continue
		}
		switch {
		case x.laterInRegionBranch(other, value):
			if x.readBefore(key, value, other) {
				continue // a default sent before the branch overwrites it
			}
		case !x.laterInRegionBranch(value, other):
			continue
		}
		if x.yields(s, other, path, w) {
			return true
		}
	}
	return false
}

// readBefore reports whether the variable key, given value, is read
// after it and before the branches that hold the later assignment other.
func (x *choices) readBefore(key assignKey, value, other inspector.Cursor) bool {
	if key.fields != "" {
		return false
	}
	start := other.Node().Pos()
	for br := range enclosingBranches(other) {
		if !br.Contains(value) {
			start = br.Parent().Node().Pos()
		}
	}
	for _, use := range x.uses[key.obj] {
		if p := use.Node().Pos(); p > value.Node().End() && p < start && !x.recognizes(use) && !x.isMention(use) {
			return true
		}
	}
	return false
}

// laterInRegionBranch reports whether a comes after b, in a branch of a
// region choice that does not hold b.
func (x *choices) laterInRegionBranch(a, b inspector.Cursor) bool {
	if a.Node().Pos() < b.Node().Pos() {
		return false
	}
	for br := range enclosingBranches(a) {
		if !br.Contains(b) && x.branchNamesRegion(br) {
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
			arms := ifChainArms(top)
			at := slices.Index(arms, cur)
			for i, arm := range arms {
				if i != at && x.armsSplitByRegion(top, i, at) && x.yields(s, arm, nil, w) {
					return true
				}
			}
			if x.statementsAfterExcuse(s, top, at, w) {
				return true
			}
		case edge.CaseClause_Body, edge.CommClause_Body:
			clause := cur.Parent()
			if !x.switchNamesRegion(clause.Parent().Parent()) {
				break
			}
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
				if ifStmt, isIf := prev.Node().(*ast.IfStmt); isIf && x.earlyReturn(ifStmt) {
					for i, arm := range ifChainArms(prev) {
						if x.armsSplitByRegion(prev, i, i) && x.yields(s, arm, nil, w) {
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
// at top, when it has no else and each of its branches ends the flow, yield
// w, and what takes its arm number at names the region.
func (x *choices) statementsAfterExcuse(s *search, top inspector.Cursor, at int, w want) bool {
	if !x.earlyReturn(top.Node().(*ast.IfStmt)) || !x.armsSplitByRegion(top, at, at) {
		return false
	}
	for next, ok := top.NextSibling(); ok; next, ok = next.NextSibling() {
		if x.yields(s, next, nil, w) {
			return true
		}
	}
	return false
}
