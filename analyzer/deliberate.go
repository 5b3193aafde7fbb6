package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// deliberateIndex tells whether code picks the region on purpose.
//
// A US host is fine in the same top-level declaration as the target
// region's host of the same family (a region map, a switch on residency,
// an if/else, two constants in one block). A package-level constant or
// variable also counts as chosen when every use of it is in a declaration
// that holds the target form.
//
// A client built without the region is fine when a branch of the same
// declaration that does not hold it builds one with the region:
// `if eu { …EuResidency()… } else { NewApiClient(t) }`.
type deliberateIndex struct {
	pass   *analysis.Pass
	target residency.Region
	skip   func(filename string) bool // files not analyzed, whose uses do not count
	decls  map[ast.Node]*declFacts    // by top-level declaration, computed lazily
	uses   map[types.Object][]inspector.Cursor
}

// declFacts is where one top-level declaration holds the target region.
type declFacts struct {
	hosts   map[residency.Family][]inspector.Cursor // target hosts it names
	options []inspector.Cursor                      // the SDK's target region option
}

func newDeliberateIndex(pass *analysis.Pass, target residency.Region, skip func(string) bool) *deliberateIndex {
	return &deliberateIndex{pass: pass, target: target, skip: skip, decls: make(map[ast.Node]*declFacts)}
}

// chosen reports whether the host of family f at cur is picked on purpose.
func (x *deliberateIndex) chosen(cur inspector.Cursor, f residency.Family) bool {
	decl, ok := declOf(cur)
	if !ok {
		return false
	}
	if len(x.facts(decl).hosts[f]) > 0 {
		return true
	}
	obj := x.declaredObject(cur)
	if obj == nil {
		return false
	}
	uses := x.usesOf(obj)
	for _, use := range uses {
		if len(x.facts(use).hosts[f]) == 0 {
			return false
		}
	}
	return len(uses) > 0
}

// optionChosen reports whether the client built at call is one branch of
// a choice whose other branch adds the SDK's region option.
func (x *deliberateIndex) optionChosen(call inspector.Cursor) bool {
	decl, ok := declOf(call)
	return ok && slices.ContainsFunc(x.facts(decl).options, func(opt inspector.Cursor) bool { return inOtherBranch(opt, call) })
}

// urlChosen reports whether the client built at call is one branch of a
// choice whose other branch uses the target host of family f.
func (x *deliberateIndex) urlChosen(call inspector.Cursor, f residency.Family) bool {
	decl, ok := declOf(call)
	return ok && slices.ContainsFunc(x.facts(decl).hosts[f], func(host inspector.Cursor) bool { return inOtherBranch(host, call) })
}

// inOtherBranch reports whether a branch of an if statement, a switch or
// a select holds cur but not other.
func inOtherBranch(cur, other inspector.Cursor) bool {
	for branch := range cur.Enclosing((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil)) {
		if _, ok := branch.Node().(*ast.BlockStmt); ok {
			if k := branch.ParentEdgeKind(); k != edge.IfStmt_Body && k != edge.IfStmt_Else {
				continue // a plain block, or a function's body
			}
		}
		if !branch.Contains(other) {
			return true
		}
	}
	return false
}

func (x *deliberateIndex) facts(decl inspector.Cursor) *declFacts {
	if f, ok := x.decls[decl.Node()]; ok {
		return f
	}
	f := &declFacts{hosts: make(map[residency.Family][]inspector.Cursor)}
	option := regionOption(x.target)
	for cur := range decl.Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil), (*ast.SelectorExpr)(nil), (*ast.BinaryExpr)(nil)) {
		e := cur.Node().(ast.Expr)
		if id, ok := e.(*ast.Ident); ok && id.Name == option {
			f.options = append(f.options, cur)
		}
		tv, ok := x.pass.TypesInfo.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			continue
		}
		s := constant.StringVal(tv.Value)
		if !residency.Mentions(s) {
			continue
		}
		for _, m := range residency.Find(s) {
			if !m.Wrong(x.target) {
				f.hosts[m.Family] = append(f.hosts[m.Family], cur)
			}
		}
	}
	x.decls[decl.Node()] = f
	return f
}

// declaredObject returns the package-level constant or variable whose
// declared value holds cur.
func (x *deliberateIndex) declaredObject(cur inspector.Cursor) types.Object {
	for enc := range cur.Enclosing((*ast.ValueSpec)(nil)) {
		spec := enc.Node().(*ast.ValueSpec)
		for i, v := range spec.Values {
			if i < len(spec.Names) && v.Pos() <= cur.Node().Pos() && cur.Node().End() <= v.End() {
				obj := x.pass.TypesInfo.Defs[spec.Names[i]]
				if obj != nil && obj.Parent() == x.pass.Pkg.Scope() {
					return obj
				}
			}
		}
		return nil
	}
	return nil
}

// usesOf returns the top-level declarations that use the package-level
// object obj.
func (x *deliberateIndex) usesOf(obj types.Object) []inspector.Cursor {
	if x.uses == nil {
		x.uses = make(map[types.Object][]inspector.Cursor)
		insp := x.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		scope := x.pass.Pkg.Scope()
		forEachFile(insp, func(curFile inspector.Cursor, file *ast.File) {
			if x.skip(x.pass.Fset.File(file.FileStart).Name()) {
				return // e.g. a test file: uses there must not change findings elsewhere
			}
			for cur := range curFile.Preorder((*ast.Ident)(nil)) {
				used := x.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)]
				if used == nil || used.Parent() != scope {
					continue
				}
				if decl, ok := declOf(cur); ok {
					x.uses[used] = append(x.uses[used], decl)
				}
			}
		})
	}
	return x.uses[obj]
}
