package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mpreslint/mpreslint/residency"
)

// deliberateIndex tells whether code picks the region on purpose: a US
// host is fine next to the target region's host of the same family (a
// region map, a switch on residency, an if/else), and a client without the
// region option is fine next to one with it.
//
// "Next to" means in the same top-level declaration. A package-level
// constant or variable also counts as chosen when every use of it is in a
// declaration that holds the target form.
type deliberateIndex struct {
	pass   *analysis.Pass
	target residency.Region
	skip   func(filename string) bool // files not analyzed, whose uses do not count
	decls  map[ast.Node]*declFacts    // by top-level declaration, computed lazily
	uses   map[types.Object][]inspector.Cursor
}

// declFacts is what one top-level declaration holds of the target region.
type declFacts struct {
	families     map[residency.Family]bool // target hosts it names
	regionOption bool                      // it mentions the SDK's target region option
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
	if x.facts(decl).families[f] {
		return true
	}
	obj := x.declaredObject(cur)
	if obj == nil {
		return false
	}
	uses := x.usesOf(obj)
	for _, use := range uses {
		if !x.facts(use).families[f] {
			return false
		}
	}
	return len(uses) > 0
}

// optionChosen reports whether the declaration holding cur mentions the
// SDK's region option, as in `if eu { …EuResidency()… } else { … }`.
func (x *deliberateIndex) optionChosen(cur inspector.Cursor) bool {
	decl, ok := declOf(cur)
	return ok && x.facts(decl).regionOption
}

func (x *deliberateIndex) facts(decl inspector.Cursor) *declFacts {
	if f, ok := x.decls[decl.Node()]; ok {
		return f
	}
	f := &declFacts{families: make(map[residency.Family]bool)}
	option := regionOption(x.target)
	for cur := range decl.Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil), (*ast.SelectorExpr)(nil), (*ast.BinaryExpr)(nil)) {
		e := cur.Node().(ast.Expr)
		if id, ok := e.(*ast.Ident); ok && id.Name == option {
			f.regionOption = true
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
				f.families[m.Family] = true
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
